//! Through what a statement was made, from the words around it: an
//! attribution's frame in (its sentence outside quotation marks), the
//! channel's kind, the outlet or platform the text names and the words that
//! say it out ("in a recent interview with Time magazine", "In a post on
//! his Truth Social site", "A statement released by Number 10").
//!
//! A channel is a head noun ("interview", "post", "statement", "letter")
//! that a determiner or a preposition makes a noun, or a cue that is its
//! own channel ("tweeted"). Words that only look like one are left alone:
//! "a post" that is a job, "called for", "a call to action", "address" the
//! verb.

use super::channel_words::{head_kind, is_platform_word};
use super::Frame;
use readout_record::ChannelKind;

/// A channel found in a frame, as token ranges.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct FoundChannel {
    pub kind: ChannelKind,
    /// The outlet or platform as written, without a possessive ending.
    pub name: Option<String>,
    /// The words that say it.
    pub mention: (usize, usize),
}

/// Words that may stand between a determiner and a channel's head noun
/// ("a recent interview", "a televised address", "a lengthy Facebook post").
fn is_modifier(frame: &Frame, index: usize) -> bool {
    let word = frame.doc.word(index);
    if crate::lexicon::is_determiner(word) || matches!(word, "in" | "during" | "at" | "on" | "by" | "via") {
        return false;
    }
    frame.doc.token(index).capitalized
        || word.ends_with("ly")
        || word.ends_with("ed")
        || matches!(
            word,
            "recent"
                | "new"
                | "joint"
                | "brief"
                | "short"
                | "long"
                | "lengthy"
                | "social"
                | "media"
                | "press"
                | "news"
                | "phone"
                | "telephone"
                | "video"
                | "radio"
                | "television"
                | "tv"
                | "written"
                | "open"
                | "public"
                | "private"
                | "bilateral"
                | "separate"
                | "exclusive"
                | "online"
                | "earlier"
                | "later"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "campaign"
                | "first"
                | "second"
                | "-"
        )
}

/// Where the noun phrase of a head noun at `head` starts, when a
/// determiner or a preposition makes the word a noun: `None` for a verb
/// ("to address the nation") or a noun used otherwise.
fn noun_phrase_start(frame: &Frame, head: usize) -> Option<usize> {
    let mut start = head;
    while start > frame.first && start + 3 > head && frame.usable(start - 1) && is_modifier(frame, start - 1) {
        start -= 1;
    }
    let before = start.checked_sub(1).filter(|&b| b >= frame.first && frame.usable(b))?;
    let word = frame.doc.word(before);
    let determiner = matches!(word, "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my" | "this");
    if determiner || matches!(word, "in" | "during" | "at" | "by" | "on" | "via") {
        Some(before)
    } else {
        None
    }
}

/// The capitalised words from `index` on ("Truth Social", "BBC Radio 4"),
/// as their token range, skipping one leading determiner or possessive.
fn name_after(frame: &Frame, index: usize) -> Option<(usize, usize)> {
    let mut start = index;
    if start < frame.end && matches!(frame.doc.word(start), "the" | "his" | "her" | "their" | "its") {
        start += 1;
    }
    let mut end = start;
    while end < frame.end && frame.usable(end) && end < start + 5 {
        let token = frame.doc.token(end);
        let number_in_name = end > start && frame.doc.raw(end).chars().all(|c| c.is_ascii_digit());
        if !(token.capitalized || number_in_name) || !frame.doc.is_word(end) {
            break;
        }
        end += 1;
    }
    // A day is no outlet: "an interview on Monday".
    (end > start && !readout_entities::is_time_word(frame.doc.word(start))).then_some((start, end))
}

/// The capitalised words right before a head noun ("a Facebook post").
fn name_before(frame: &Frame, start: usize, head: usize) -> Option<(usize, usize)> {
    let mut first = head;
    while first > start && frame.doc.token(first - 1).capitalized && frame.doc.is_word(first - 1) {
        first -= 1;
    }
    (first < head).then_some((first, head))
}

/// A name as the record gives it: without possessive endings ("the BBC's
/// Today programme" is on "BBC Today").
fn name_text(frame: &Frame, (start, end): (usize, usize)) -> String {
    (start..end).map(|t| readout_entities::without_possessive(frame.doc.raw(t))).collect::<Vec<_>>().join(" ")
}

/// Whether the word at `index` makes the noun before it something else: "a
/// post of", "the call for", "a call to action", "the statement of
/// account".
fn head_used_otherwise(frame: &Frame, head: usize) -> bool {
    let next = frame.doc.word(head + 1);
    match frame.doc.word(head) {
        "post" | "posts" => matches!(next, "of" | "as" | "office" | "-"),
        "call" => matches!(next, "for" | "to" | "on" | "of" | "centre" | "center"),
        "phone" | "telephone" => matches!(next, "number" | "numbers" | "records" | "company" | "hacking"),
        "conference" => !matches!(frame.doc.word(head.wrapping_sub(1)), "press" | "news"),
        "briefing" => matches!(next, "paper" | "room"),
        "show" | "program" | "programme" => matches!(next, "of" | "that"),
        "report" => matches!(next, "card"),
        "address" => matches!(next, "book"),
        _ => false,
    }
}

/// The channel a cue word is by itself ("tweeted", "posted"), or one a
/// cue builds with the word after it ("wrote on Facebook").
fn cue_channel(frame: &Frame, cue: usize) -> Option<FoundChannel> {
    let word = frame.doc.word(cue);
    match word {
        "tweeted" | "tweets" | "tweeting" | "retweeted" => {
            Some(FoundChannel { kind: ChannelKind::SocialMedia, name: Some("Twitter".into()), mention: (cue, cue + 1) })
        }
        "posted" | "posts" | "wrote" | "writes" | "said" if frame.doc.word(cue + 1) == "on" => {
            let name = name_after(frame, cue + 2)?;
            if !is_platform_word(frame.doc.word(name.0)) {
                return None;
            }
            let end = name.1 + usize::from(matches!(frame.doc.word(name.1), "site" | "account" | "page" | "feed"));
            Some(FoundChannel {
                kind: ChannelKind::SocialMedia,
                name: Some(name_text(frame, name)),
                mention: (cue, end),
            })
        }
        _ => None,
    }
}

/// The channel a frame names, the one nearest the cue where it names
/// several.
pub(crate) fn channel_in(frame: &Frame) -> Option<FoundChannel> {
    if let Some(found) = frame.cue.and_then(|(cue, _)| cue_channel(frame, cue)) {
        return Some(found);
    }
    // "took to Twitter overnight to accuse …": the platform is the channel.
    for took in frame.first..frame.end.saturating_sub(2) {
        let platform = took + 2;
        if frame.doc.word(took) == "took"
            && frame.doc.word(took + 1) == "to"
            && frame.usable(platform)
            && !frame.in_content(platform)
            && is_platform_word(frame.doc.word(platform))
        {
            let name = name_after(frame, platform)?;
            return Some(FoundChannel {
                kind: ChannelKind::SocialMedia,
                name: Some(name_text(frame, name)),
                mention: (took, name.1),
            });
        }
    }
    let mut best: Option<(usize, FoundChannel)> = None;
    for head in frame.first..frame.end {
        if !frame.usable(head) {
            continue;
        }
        let Some(kind) = head_kind(frame.doc.word(head)) else { continue };
        // A capitalised head inside a sentence is part of a name: "told The
        // Huffington Post".
        if frame.doc.token(head).capitalized && head > frame.doc.sentence_bounds(head).0 {
            continue;
        }
        if head_used_otherwise(frame, head) {
            continue;
        }
        let Some(start) = noun_phrase_start(frame, head) else { continue };
        // "the day before the debate", "the transcript of the debate": the
        // noun dates or describes something else.
        let governor = frame.doc.word(start.wrapping_sub(1));
        if matches!(governor, "before" | "after" | "since" | "until" | "of" | "ahead") {
            continue;
        }
        // "program" and "show" are a broadcast only where something was
        // said on one ("on the Today programme"), not "the Nuclear Policy
        // Program" or "the program intact".
        let on_air = |index: usize| frame.doc.word(index) == "on";
        if kind == ChannelKind::Broadcast && !(on_air(start) || (start > 0 && on_air(start - 1))) {
            continue;
        }
        // Inside reported words a channel noun is mostly what was talked
        // about ("said the report was flawed"); only an adjunct of the
        // saying ("... in a recent interview with Time") names the channel.
        // Of the adjuncts, only the channels of words themselves: "agreed
        // to meet at the summit" names where they will meet.
        let adjunct = |index: usize| matches!(frame.doc.word(index), "in" | "during" | "at" | "via");
        let of_words =
            !matches!(kind, ChannelKind::Call | ChannelKind::Meeting | ChannelKind::Document | ChannelKind::Debate);
        if frame.in_content(head)
            && !(of_words && frame.in_own_content(head) && (adjunct(start) || (start > 0 && adjunct(start - 1))))
        {
            continue;
        }
        // "the press" and "the news" say nothing about a conference alone.
        let kind = match (kind, frame.doc.word(head.wrapping_sub(1))) {
            (ChannelKind::PressConference, "press" | "news") => ChannelKind::PressConference,
            (ChannelKind::Call | ChannelKind::Meeting, _) if frame.doc.word(head) == "phone" => ChannelKind::Call,
            (kind, _) => kind,
        };
        let after = frame.doc.word(head + 1);
        let name = match kind {
            ChannelKind::Interview | ChannelKind::Broadcast if matches!(after, "with" | "on" | "to") => {
                name_after(frame, head + 2).or_else(|| name_before(frame, start, head))
            }
            ChannelKind::SocialMedia if after == "on" => name_after(frame, head + 2),
            ChannelKind::Interview | ChannelKind::Broadcast | ChannelKind::SocialMedia => {
                name_before(frame, start, head)
            }
            _ => None,
        };
        // A name is an outlet only where it is one word run; a person
        // interviewed ("an interview with Mr Trump") is an addressee, not
        // an outlet, and is told apart by the honorific.
        let name = name.filter(|&(s, _)| !readout_entities::is_honorific(frame.doc.word(s)));
        let mut end = name.map_or(head + 1, |(_, e)| e.max(head + 1));
        if matches!(frame.doc.word(end), "site" | "account" | "page" | "feed" | "magazine" | "newspaper") {
            end += 1;
        }
        let distance = frame.cue.map_or(0, |(cue, _)| cue.abs_diff(head));
        let found = FoundChannel { kind, name: name.map(|n| name_text(frame, n)), mention: (start, end) };
        if best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, found));
        }
    }
    best.map(|(_, found)| found)
}

/// A source that is itself a statement's voice ("A Downing Street
/// spokesperson", "a statement from the White House") makes the quote a
/// statement.
pub(crate) fn source_is_statement(frame: &Frame, (start, end): (usize, usize)) -> Option<FoundChannel> {
    (start..end)
        .find(|&t| {
            matches!(
                frame.doc.word(t),
                "spokesperson"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokespeople"
                    | "spokespersons"
                    | "statement"
                    | "communique"
                    | "communiqué"
                    | "readout"
            )
        })
        .map(|t| FoundChannel { kind: ChannelKind::Statement, name: None, mention: (t, t + 1) })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::frames;
    use super::*;

    /// The channel of the first attribution of `text`, as `kind name
    /// "mention"`, or `-`.
    fn check(text: &str, expect: &str) {
        let shown = frames(text, |frame| {
            channel_in(frame).map_or("-".to_string(), |c| {
                let mention = &frame.doc.text[frame.doc.byte_range(c.mention.0, c.mention.1)];
                format!("{} {} {mention:?}", c.kind.as_str(), c.name.as_deref().unwrap_or("-"))
            })
        });
        assert_eq!(shown.first().map(String::as_str).unwrap_or("no attribution"), expect, "{text}");
    }

    #[test]
    fn interview_with_an_outlet() {
        check(
            r#"Mr Trump said that he disagreed "very vehemently" with the strikes in a recent interview with Time magazine."#,
            r#"interview Time "a recent interview with Time magazine""#,
        );
    }

    #[test]
    fn post_on_a_platform() {
        check(
            r#"In a post on his Truth Social site, Mr Trump wrote: "Please let this serve as a warning.""#,
            r#"social_media Truth Social "a post on his Truth Social site""#,
        );
        check(
            r#"The senator wrote on Facebook that she would run again."#,
            r#"social_media Facebook "wrote on Facebook""#,
        );
        check(r#""We won," the mayor tweeted."#, r#"social_media Twitter "tweeted""#);
        check(
            r#"Trump took to Twitter overnight to accuse the campaign of being "duped.""#,
            r#"social_media Twitter "took to Twitter""#,
        );
    }

    #[test]
    fn a_rally_on_an_evening() {
        check(
            r#"Trump said during a Friday evening rally in Michigan that the deal was "a disaster.""#,
            r#"speech - "a Friday evening rally""#,
        );
    }

    #[test]
    fn regression_a_day_is_no_outlet() {
        check(r#""It is wise," he said in an interview on Monday."#, r#"interview - "an interview""#);
    }

    #[test]
    fn said_on_a_programme() {
        check(
            r#""We are ready," the minister said on the BBC's Today programme."#,
            r#"broadcast BBC Today "the BBC's Today programme""#,
        );
    }

    #[test]
    fn statement_letter_and_call() {
        check(
            r#"A statement released by Number 10 on Wednesday evening said that the talks went well."#,
            r#"statement - "A statement""#,
        );
        check(r#"In a letter to the Speaker, the minister said the bill was dead."#, r#"letter - "a letter""#);
        check(r#"During a phone call with Mr Biden, the king said he was grateful."#, r#"call - "a phone call""#);
    }

    #[test]
    fn words_that_are_not_channels() {
        check(r#"She took up a post as adviser and said the plan was sound."#, "-");
        check(r#""It works," the director told The Huffington Post."#, "-");
        check(r#"In a column the day before the debate, two writers said she should act."#, r#"document - "a column""#);
        check(r#"The transcript of the debate shows that she talked about reform."#, "-");
        check(r#"He called for calm and said the call to action was heard."#, "-");
        check(r#"The minister said she would address the issue on Monday."#, "-");
        check(r#"The governor said on Monday that taxes would fall."#, "-");
        check(r#"The governor said the report was flawed and the talks had failed."#, "-");
        check(r#""It will," said the co-director of the Nuclear Policy Program at the institute."#, "-");
    }
}
