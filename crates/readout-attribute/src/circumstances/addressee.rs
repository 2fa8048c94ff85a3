//! To whom a statement was made, from the words around it: an attribution's
//! frame in, the noun phrase of its addressee out ("told reporters", "urged
//! western allies to", "said to the Prime Minister", "in a letter to the
//! Speaker", "in a call with Mr Trump").
//!
//! The addressee is the object of a verb of telling, or of the preposition
//! after a channel noun. A passive ("he was told"), "all told" and a verb
//! whose next word starts a clause ("warned that") name nobody.

use super::Frame;

/// Verbs whose object is the person spoken to.
fn is_telling_verb(word: &str) -> bool {
    matches!(
        word,
        "told"
            | "tell"
            | "tells"
            | "telling"
            | "urged"
            | "urge"
            | "urges"
            | "urging"
            | "warned"
            | "warns"
            | "warning"
            | "assured"
            | "assures"
            | "reassured"
            | "reminded"
            | "reminds"
            | "informed"
            | "informs"
            | "briefed"
            | "briefs"
            | "promised"
            | "promises"
            | "asked"
            | "asks"
            | "pressed"
            | "presses"
            | "implored"
            | "begged"
            | "advised"
            | "advises"
            | "addressing"
            | "addressed"
    )
}

/// Nouns of a channel after which "to" or "with" names the addressee ("in
/// a letter to", "in a call with", "in a message to").
fn is_channel_noun(word: &str) -> bool {
    matches!(
        word,
        "letter"
            | "message"
            | "call"
            | "conversation"
            | "speech"
            | "remarks"
            | "address"
            | "interview"
            | "meeting"
            | "talks"
            | "note"
            | "email"
            | "memo"
    )
}

/// Words that end the addressee's noun phrase.
fn ends_phrase(frame: &Frame, index: usize) -> bool {
    if index >= frame.end || !frame.usable(index) || frame.in_content(index) || !frame.doc.is_word(index) {
        return true;
    }
    matches!(
        frame.doc.word(index),
        "that"
            | "to"
            | "in"
            | "on"
            | "at"
            | "during"
            | "about"
            | "of"
            | "for"
            | "before"
            | "after"
            | "when"
            | "while"
            | "how"
            | "what"
            | "why"
            | "if"
            | "whether"
            | "it"
            | "not"
            | "this"
            | "last"
            | "earlier"
            | "later"
            | "by"
            | "and"
            | "but"
            | "as"
            | "with"
            | "from"
            | "via"
            | "over"
            | "against"
            | "into"
            | "up"
    ) || crate::lexicon::is_speech_verb(frame.doc.word(index))
}

/// The noun phrase from `start`: its token range, at most six words.
fn noun_phrase(frame: &Frame, start: usize) -> Option<(usize, usize)> {
    let first = frame.doc.word(start);
    if ends_phrase(frame, start)
        || matches!(
            first,
            "you" | "me" | "us" | "myself" | "yourself" | "himself" | "herself" | "itself" | "ourselves" | "themselves"
        )
    {
        return None;
    }
    let mut end = start + 1;
    while end < start + 6 && !ends_phrase(frame, end) {
        end += 1;
    }
    Some((start, end))
}

/// Whether the word at `index` starts a noun phrase that names someone
/// after "to" or "with": a determiner, a name, a pronoun or a plural.
fn names_someone(frame: &Frame, index: usize) -> bool {
    let word = frame.doc.word(index);
    frame.doc.token(index).capitalized
        || readout_entities::clause_words::is_determiner(word)
        || matches!(word, "him" | "her" | "them")
        || matches!(word, "parliament" | "congress" | "staff" | "cabinet" | "police" | "senate" | "council")
        || word.ends_with('s') && !word.ends_with("ss")
}

/// Whether the verb at `index` is passive ("was told") or not a telling
/// ("all told").
fn not_a_telling(frame: &Frame, index: usize) -> bool {
    let before = frame.doc.word(index.wrapping_sub(1));
    matches!(before, "was" | "were" | "been" | "being" | "be" | "is" | "are" | "all" | "get" | "got")
}

/// The addressee's noun phrase in a frame, the one nearest the cue where
/// there are several.
pub(crate) fn addressee_in(frame: &Frame) -> Option<(usize, usize)> {
    let mut best: Option<(usize, (usize, usize))> = None;
    for index in frame.first..frame.end {
        if !frame.usable(index) || frame.in_content(index) {
            continue;
        }
        let word = frame.doc.word(index);
        let next = frame.doc.word(index + 1);
        // A verb of telling names the addressee of its own attribution
        // only: "said it was opposed and warned North Korea" warns North
        // Korea in another attribution.
        let own_cue = frame.cue.is_some_and(|(start, end)| start <= index && index < end);
        let phrase = if own_cue && is_telling_verb(word) && !not_a_telling(frame, index) {
            noun_phrase(frame, index + 1)
        } else if matches!(word, "said" | "says" | "wrote" | "writes" | "spoke" | "speaking") && next == "to"
            || is_channel_noun(word) && matches!(next, "to" | "with")
        {
            // "said to the Prime Minister", not "is said to be".
            noun_phrase(frame, index + 2).filter(|&(s, _)| names_someone(frame, s))
        } else {
            None
        };
        let Some(phrase) = phrase else { continue };
        let distance = frame.cue.map_or(0, |(cue, _)| cue.abs_diff(index));
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, phrase));
        }
    }
    best.map(|(_, phrase)| phrase)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::frames;
    use super::*;

    /// The addressee of the first attribution of `text` as written, or `-`.
    fn check(text: &str, expect: &str) {
        let shown = frames(text, |frame| {
            addressee_in(frame).map_or("-".to_string(), |(s, e)| frame.doc.text[frame.doc.byte_range(s, e)].to_string())
        });
        assert_eq!(shown.first().map(String::as_str).unwrap_or("no attribution"), expect, "{text}");
    }

    #[test]
    fn told_and_urged() {
        check(r#"The mayor told reporters that the roads would reopen."#, "reporters");
        check(r#"He urged western allies to not "take our eye off the ball" this winter."#, "western allies");
        check(r#""We are ready," she told the BBC."#, "the BBC");
    }

    #[test]
    fn channel_nouns_name_the_addressee() {
        check(r#"In a letter to the Speaker, the minister said the bill was dead."#, "the Speaker");
        check(r#"President Obama said to the Prime Minister that his view was clear."#, "the Prime Minister");
    }

    #[test]
    fn no_addressee() {
        check(r#"All told, the mayor said, the flood cost millions."#, "-");
        check(r#"He was told that the plan had failed, the minister said."#, "-");
        check(r#"The minister warned that prices would rise."#, "-");
        check(r#"The minister said the talks would go on."#, "-");
        check(r#"I tell myself that the vote will go our way."#, "-");
        check(r#"China said it was opposed to the test and warned North Korea to stop."#, "-");
    }
}
