//! A quote beside its cue: a document, a cue, the sentence around it and the
//! quoted segments in, the attribution of the quote right after the cue
//! (`X said: “…”`), right before it (`“…,” he said`) or after its object
//! (`told reporters on Monday, “…”`) out, with that quote marked as claimed.
//!
//! Each shape gives nothing when its quote is missing or already claimed,
//! and the driver then tries the next shape.

use super::name_led_source::name_led_source;
use super::opening_subject::participle_source;
use super::source_phrase::{appositive_source, source_after, source_before};
use super::{trim_end, Attribution, Cue, CueInDocument, TokenRange};
use crate::lexicon::is_determiner;
use crate::quote_marks::QuotedSegment;
use readout_record::QuoteKind;
use readout_segment::Document;
use readout_segment::TokenKind;

fn segment_ending_before(doc: &Document, segments: &[QuotedSegment], cue: usize) -> Option<(usize, usize)> {
    // `“…,” he said` / `“…” said Mr X` / `“…”, she said`: between the
    // closing mark and the cue stand at most a comma and a short subject.
    let (sentence_first, _) = doc.sentence_bounds(cue);
    segments.iter().enumerate().rev().find_map(|(index, segment)| {
        let end = segment.end_token();
        if end > cue || end + 40 < cue || segment.first_token() < sentence_first.saturating_sub(400) {
            return None;
        }
        // Between them: a subject with its titles, abbreviations and
        // bracketed party labels ("Rep. Gwen Moore (D-Wis.)"), nothing that
        // ends a sentence or opens another quote.
        let between_ok = (end..cue).all(|t| !doc.token(t).is_quote() && !matches!(doc.raw(t), "!" | "?" | ";" | ":"))
            && doc.token_sentence[end.min(cue)] == doc.token_sentence[cue]
            && doc.token_paragraph[end - 1] == doc.token_paragraph[cue]
            && (end..cue).filter(|&t| doc.is_word(t)).count() <= 24;
        let close_is_quote = doc.token(end - 1).kind == TokenKind::CloseQuote;
        // The quote must end its clause: a comma inside or right after it,
        // or the cue right after it.
        // Or, where writers close the quotation with a full stop, a bare
        // tag of its own: `“… missing.” Trump said.`
        let (_, cue_sentence_end) = doc.sentence_bounds(cue);
        let bare_tag = end >= 2
            && doc.is_punct(end - 2, ".")
            && cue + 2 >= cue_sentence_end
            && (end..cue).filter(|&t| doc.is_word(t)).count() <= 3;
        let ends_clause = end == cue
            || doc.is_punct(end, ",")
            || bare_tag
            || (end >= 2 && (doc.is_punct(end - 2, ",") || doc.is_punct(end - 2, "?") || doc.is_punct(end - 2, "!")));
        // `''…?'' Ms. Patel noted that …`: a quotation that ends its own
        // sentence is not what a cue with a clause of its own reports.
        let own_clause = doc.token_sentence[end - 1] != doc.token_sentence[cue]
            && cue + 1 < doc.len()
            && doc.word(cue + 1) == "that";
        (between_ok && close_is_quote && ends_clause && !own_clause).then_some((index, end))
    })
}

fn segment_starting_after(doc: &Document, segments: &[QuotedSegment], cue_end: usize) -> Option<usize> {
    // `said: “…”` / `said “…”` / `said, “…”` / `said that “…”`.
    let mut at = cue_end;
    while at < doc.len()
        && (doc.is_punct(at, ":") || doc.is_punct(at, ",") || doc.word(at) == "that")
        && at < cue_end + 2
    {
        at += 1;
    }
    segments.iter().position(|s| s.first_token() == at)
}

/// Whether the conjunction at `and` joins two adverbs that end the run
/// before a quotation's comma: "so eloquently and timelessly, “…”" (but
/// "and repeatedly says" joins a verb).
fn adverbs_joined(doc: &Document, and: usize) -> bool {
    and + 2 < doc.len() && doc.word(and + 1).ends_with("ly") && doc.is_punct(and + 2, ",")
}

/// A subject pronoun or a finite auxiliary: a word that makes a run of
/// words a clause of its own ("she has"). Not "it" or "you", as often
/// objects ("called it, “…”"), nor "be", "been" or "do", which follow "to".
fn opens_a_clause(word: &str) -> bool {
    (crate::lexicon::is_pronoun_subject(word) && !matches!(word, "it" | "you"))
        || (readout_entities::clause_words::is_auxiliary(word) && !matches!(word, "be" | "been" | "do"))
}

/// Tokens an object or adverbial between a cue and its quotation may run
/// to: "in an op-ed piece before a 2014 Senate Benghazi hearing, “…”"
/// (chosen by cross-validation: 8 missed such quotes, 16 and 20 took
/// quotes from the cues after them).
const MAX_OBJECT_WORDS: usize = 12;

/// A quoted segment that opens right after a short run of words and a comma
/// or colon that follow the cue; also returns that run of words.
fn segment_after_object(
    doc: &Document,
    segments: &[QuotedSegment],
    cue_end: usize,
    sentence_end: usize,
) -> Option<(usize, TokenRange)> {
    let mut at = cue_end;
    // `reads, in part: “…”`: an aside set off before the colon.
    let aside = at + 2 < sentence_end && doc.is_punct(at, ",") && doc.is_word(at + 1);
    if aside {
        at += 1;
    }
    while at < sentence_end && at < cue_end + MAX_OBJECT_WORDS {
        // `wrote on her Facebook page, in all capital letters, “…”`: an
        // adverbial set off by commas may stand between object and quote.
        let adverbial_comma = doc.is_punct(at, ",")
            && at > cue_end
            && at + 1 < sentence_end
            && super::source_phrase::PREPOSITIONS.contains(&doc.word(at + 1));
        // `called on her to resign and said, "…"`: a second verb of the
        // clause, not the cue's object, stands before the quote; not two
        // adverbs ("so eloquently and timelessly, "…"").
        // `said she has the quality for the job: “…”`: a clause with a
        // subject or an auxiliary is what was said, not the cue's object.
        let second_verb = at > cue_end
            && at + 1 < sentence_end
            && ((matches!(doc.word(at), "and" | "but") && !adverbs_joined(doc, at)) || opens_a_clause(doc.word(at)));
        if second_verb {
            return None;
        }
        if doc.is_word(at) || doc.is_punct(at, ".") || adverbial_comma {
            at += 1;
        } else {
            break;
        }
    }
    let separated = at < doc.len() && (doc.is_punct(at, ",") || doc.is_punct(at, ":"));
    if at == cue_end + usize::from(aside) || !separated || (aside && !doc.is_punct(at, ":")) {
        return None;
    }
    // `Said Dorothy Poynter, who grew up with Ali: “…”`: an inverted
    // subject's relative clause runs on to the colon before the quote.
    let name_first = (cue_end..at).all(|t| doc.token(t).capitalized || doc.is_punct(t, "."));
    if name_first && doc.is_punct(at, ",") && at + 1 < sentence_end && doc.word(at + 1) == "who" {
        let colon = (at + 2..sentence_end.min(at + 26))
            .take_while(|&t| !doc.token(t).is_quote())
            .find(|&t| doc.is_punct(t, ":"));
        if let Some(colon) = colon {
            let index = segments.iter().position(|s| s.first_token() == colon + 1)?;
            return Some((index, (cue_end, colon)));
        }
    }
    let index = segments.iter().position(|s| s.first_token() == at + 1)?;
    Some((index, (cue_end, at)))
}

/// `X said: “…”`, `said that “…”`: the quote that opens right after the cue,
/// unless a quote before the cue leads and this one resumes it.
pub(super) fn quote_after_cue(
    CueInDocument { doc, cue, sentence_first, sentence_end, content_end_limit }: CueInDocument,
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Attribution> {
    // A quote right after the cue: `X said: “…”`; but in `“…,” he said,
    // “…”` the quote before the cue leads and the one after resumes it.
    // The quote before must open the sentence (`… the row was “overblown”,
    // adding: “…”` quotes a word, then a new quote).
    // Or is set off from the clause before it by a dash or a bracket
    // (`… to Mexico - ''I love Oreos,'' he said, ''I will never …'' -`).
    let set_off = |index: usize| {
        let first = segments[index].first_token();
        first > sentence_first && ["-", "—", "–", "("].iter().any(|mark| doc.is_punct(first - 1, mark))
    };
    let quote_before = segment_ending_before(doc, segments, cue.0).is_some_and(|(index, _)| {
        !claimed[index]
            && (segments[index].first_token() == sentence_first || set_off(index))
            && !(cue.1 < doc.len() && doc.is_punct(cue.1, ":"))
    });
    if let Some(index) = segment_starting_after(doc, segments, cue.1).filter(|_| !quote_before) {
        if !claimed[index] {
            let segment = &segments[index];
            let after = segment.end_token();
            // `chanted “What curfew?” and kept going`: a new clause after the
            // quote is narration, not more of what was said.
            // `said “budget reforms” and the collection of taxes would …`: an
            // "and" before a determiner joins a noun phrase to the quote.
            let joins_noun = after + 1 < doc.len() && doc.word(after) == "and" && is_determiner(doc.word(after + 1));
            let new_clause = after < doc.len()
                && matches!(doc.word(after), "and" | "but" | "before" | "then" | "while")
                && !joins_noun;
            let rest_is_words = (after..sentence_end.max(after)).any(|t| doc.is_word(t))
                && doc.token_sentence[after.min(doc.len() - 1)] == doc.token_sentence[cue.0]
                && !new_clause;
            claimed[index] = true;
            let source = participle_source(doc, cue.0, sentence_first)
                .or_else(|| name_led_source(doc, cue.0, sentence_first))
                .or_else(|| source_before(doc, cue.0, sentence_first))
                .or_else(|| appositive_source(doc, cue.0, sentence_first));
            // `said that “…”`: annotators start the content at "that", which
            // makes it a reported clause rather than a direct quote.
            let that = (cue.1..segment.first_token()).find(|&t| doc.word(t) == "that");
            if let Some(that) = that {
                let mut content = segment.pieces.clone();
                content[0].0 = that;
                if rest_is_words && segment.pieces.len() == 1 {
                    content[0].1 = trim_end(doc, that, content_end_limit);
                }
                return Some(Attribution { kind: QuoteKind::Mixed, cue: Some(cue), source, content });
            }
            if rest_is_words && segment.pieces.len() == 1 {
                let end = trim_end(doc, segment.first_token(), content_end_limit);
                return Some(Attribution {
                    kind: QuoteKind::Mixed,
                    cue: Some(cue),
                    source,
                    content: vec![(segment.first_token(), end)],
                });
            }
            return Some(Attribution {
                kind: QuoteKind::Direct,
                cue: Some(cue),
                source,
                content: segment.pieces.clone(),
            });
        }
    }
    None
}

/// `“…,” he said.`: the quote that ends right before the cue, with the
/// subject between them or after the cue as its source.
pub(super) fn quote_before_cue(
    CueInDocument { doc, cue, sentence_first, sentence_end, .. }: CueInDocument,
    later_cues: &[Cue],
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Attribution> {
    // A quote right before the cue: `“…,” he said.`
    if let Some((index, end)) = segment_ending_before(doc, segments, cue.0) {
        if !claimed[index] {
            claimed[index] = true;
            let mut subject_start = end;
            while subject_start < cue.0 && doc.is_punct(subject_start, ",") {
                subject_start += 1;
            }
            let source = if subject_start < cue.0 {
                // `“…,” Blige sings to Clinton before asking her`: a
                // participle after a clause has that clause's subject.
                let clause = (subject_start..cue.0)
                    .any(|t| !doc.token(t).capitalized && crate::lexicon::stops_noun_phrase(doc.word(t)));
                let participle = clause && doc.word(cue.0).ends_with("ing");
                participle
                    .then(|| participle_source(doc, cue.0, subject_start))
                    .flatten()
                    .or(Some((subject_start, cue.0)))
            } else {
                source_after(doc, cue.1, sentence_end)
            };
            let segment = &segments[index];
            // `The rule “is a misguided approach,” Mr X said`: words of the
            // clause before the quote make it a mixed quote of the clause,
            // even a lone subject (`Clinton “is the only candidate …”`).
            let lead_in = (sentence_first..segment.first_token()).filter(|&t| doc.is_word(t)).count();
            // `As for cost, “…,” said Mr X`: an adverbial set off by a comma
            // is not part of the quote, nor is the clause before a bracket
            // or a dash (`… blowback from members ("…," wrote Edward
            // Nelson)`).
            let set_off = segment.first_token() > 0
                && [",", "(", "-", "—", "–"].iter().any(|mark| doc.is_punct(segment.first_token() - 1, mark));
            if segment.pieces.len() == 1 && segment.first_token() > sentence_first && lead_in >= 1 && !set_off {
                let content = vec![(sentence_first, segment.end_token())];
                return Some(Attribution { kind: QuoteKind::Mixed, cue: Some(cue), source, content });
            }
            let mut content = segment.pieces.clone();
            // `“…,” Tester said, referring to X, “…”`: the quote resumes in
            // the same sentence after the cue.
            for (later, segment) in segments.iter().enumerate().skip(index + 1) {
                if segment.first_token() >= sentence_end {
                    break;
                }
                // A cue in between claims the quote after it: `“…,” Sanders
                // said, suggesting a few questions, including, “…”`.
                let cue_between = later_cues.iter().any(|c| c.0 >= cue.1 && c.0 < segment.first_token());
                // So does a later cue this quote stands right before:
                // `“…,” she said, but despite …, “…,” said Kunin` (or
                // "Madeleine Kunin said").
                let cue_after = later_cues
                    .iter()
                    .any(|c| segment_ending_before(doc, segments, c.0).is_some_and(|(found, _)| found == later));
                if segment.first_token() > cue.1
                    && !claimed[later]
                    && segment.end_token() - segment.first_token() > 3
                    && !cue_between
                    && !cue_after
                {
                    claimed[later] = true;
                    content.extend(segment.pieces.iter().copied());
                }
            }
            return Some(Attribution { kind: QuoteKind::Direct, cue: Some(cue), source, content });
        }
    }
    None
}

/// `told his radio audience on Monday, “…”`: the quote that opens after a
/// short object or adverbial and a comma or colon.
pub(super) fn quote_after_object(
    CueInDocument { doc, cue, sentence_first, sentence_end, content_end_limit }: CueInDocument,
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Attribution> {
    // A quote after an object or adverbial and a comma: `told his radio
    // audience on Monday, “…”`, `says of Clinton, “…”`, `Said Ellis: “…”`.
    if let Some((index, gap)) = segment_after_object(doc, segments, cue.1, sentence_end) {
        if !claimed[index] {
            claimed[index] = true;
            // `Said Ellis: “…”`, `Said Dorothy Poynter, who grew up …: “…”`:
            // the words after the cue are its subject when they open with
            // a name.
            let name_end =
                (gap.0..gap.1).find(|&t| !doc.token(t).capitalized && !doc.is_punct(t, ".")).unwrap_or(gap.1);
            let inverted = name_end == gap.1 || (name_end > gap.0 && doc.is_punct(name_end, ","));
            let source = participle_source(doc, cue.0, sentence_first)
                .or_else(|| name_led_source(doc, cue.0, sentence_first))
                .or_else(|| source_before(doc, cue.0, sentence_first))
                .or_else(|| appositive_source(doc, cue.0, sentence_first))
                .or_else(|| inverted.then_some(gap));
            // `said via email that, “…” against …`: as with `said that “…”`,
            // the content opens at "that" and runs on to the clause end.
            if gap.1 > gap.0 && doc.word(gap.1 - 1) == "that" {
                let that = gap.1 - 1;
                let end = trim_end(doc, that, content_end_limit).max(segments[index].end_token());
                return Some(Attribution {
                    kind: QuoteKind::Mixed,
                    cue: Some(cue),
                    source,
                    content: vec![(that, end)],
                });
            }
            // `says things such as, “…”`: the object the quote exemplifies
            // is part of what was said.
            if gap.1 > gap.0 && matches!(doc.word(gap.1 - 1), "as" | "like") {
                let content = vec![(gap.0, segments[index].end_token())];
                return Some(Attribution { kind: QuoteKind::Mixed, cue: Some(cue), source, content });
            }
            let content = segments[index].pieces.clone();
            return Some(Attribution { kind: QuoteKind::Direct, cue: Some(cue), source, content });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::{check, check_with_cue_words};

    #[test]
    fn a_longer_adverbial_between_cue_and_quotation_is_no_content() {
        check(
            "Clinton wrote in an op-ed piece before a 2014 Senate hearing, “The State Department failed.”",
            &["direct | Clinton | wrote | “The State Department failed.”"],
        );
        // An adverbial set off by commas inside it.
        check(
            "She wrote on her Facebook page, in all capital letters, “I am leaving.”",
            &["direct | She | wrote | “I am leaving.”"],
        );
    }

    #[test]
    fn a_clause_before_a_quotation_is_what_was_said() {
        // A subject and its verb: the clause is part of the content.
        check(
            "Clinton said she has the quality for the job of president: “Steadiness.”",
            &["mixed | Clinton | said | she has the quality for the job of president: “Steadiness.”"],
        );
        // A second verb: the quotation is the later cue's.
        check(
            "She urges her husband to come out of the car and repeatedly says, “Don't you do it.”",
            &["indirect | She | urges | to come out of the car", "direct | She | says | “Don't you do it.”"],
        );
    }

    #[test]
    fn an_inverted_subject_keeps_its_relative_clause() {
        check(
            "Said Dorothy Poynter, who grew up with Ali in the neighborhood: “He was kind.”",
            &["direct | Dorothy Poynter, who grew up with Ali in the neighborhood | Said | “He was kind.”"],
        );
    }

    #[test]
    fn quote_after_a_cue_and_its_colon() {
        check(
            "A Downing Street spokesperson said: “Both agreed.”",
            &["direct | A Downing Street spokesperson | said | “Both agreed.”"],
        );
    }

    #[test]
    fn that_before_a_quote_makes_it_a_reported_clause() {
        check(
            "The commission says that “there were issues with the audio.”",
            &["mixed | The commission | says | that “there were issues with the audio.”"],
        );
    }

    #[test]
    fn quoted_phrase_joined_to_a_noun_phrase() {
        check(
            "He said “tax cuts” and the sale of land would pay for it.",
            &["mixed | He | said | “tax cuts” and the sale of land would pay for it"],
        );
    }

    #[test]
    fn narration_after_a_quote_is_not_content() {
        check_with_cue_words(
            "Protesters chanted “What curfew?” and kept going until 2 a.m.",
            &["chanted"],
            &["direct | Protesters | chanted | “What curfew?”"],
        );
    }

    #[test]
    fn a_quotation_set_off_by_a_dash_leads_the_one_after_its_cue() {
        check(
            "He railed against plans to shift production to Mexico - ''I love Oreos,'' he said, ''I will never eat them again'' - and left.",
            &["direct | he | said | ''I love Oreos,'' + ''I will never eat them again''"],
        );
    }

    #[test]
    fn a_quotation_in_brackets_is_no_part_of_the_clause_before_it() {
        check(
            "The deal prompted blowback from members (\"I want my dues back,\" wrote Edward Nelson, a technician).",
            &["direct | Edward Nelson, a technician | wrote | \"I want my dues back,\""],
        );
    }

    #[test]
    fn a_quotation_closed_with_a_full_stop_takes_a_bare_tag_after_it() {
        check(
            "“Russia, if you’re listening, I hope you find the emails.” Trump said.",
            &["direct | Trump | said | “Russia, if you’re listening, I hope you find the emails.”"],
        );
        // Not a tag with its own words.
        check(
            "“We will win.” Trump said that the polls were wrong.",
            &["indirect | Trump | said | that the polls were wrong"],
        );
    }

    #[test]
    fn regression_a_cue_with_a_clause_of_its_own_took_the_quotation_before_it() {
        check(
            "''It's one thing,'' said Faiza Patel. ''But how do you define terrorist content?'' Ms. Patel noted that the accounts may be of value.",
            &[
                "direct | Faiza Patel | said | ''It's one thing,'' + ''But how do you define terrorist content?''",
                "indirect | Ms. Patel | noted | that the accounts may be of value",
            ],
        );
    }

    #[test]
    fn regression_a_quote_with_its_own_cue_after_it_does_not_resume_the_one_before() {
        check(
            "\"His demeanor is grumpy,\" she said, but despite the tone, \"I think he will do it,\" said Kunin.",
            &[
                "direct | she | said | \"His demeanor is grumpy,\"",
                "direct | Kunin | said | \"I think he will do it,\"",
            ],
        );
        check(
            "\"His demeanor is grumpy,\" she said, but despite the tone, \"I think he will do it,\" Madeleine Kunin said.",
            &[
                "direct | she | said | \"His demeanor is grumpy,\"",
                "direct | Madeleine Kunin | said | \"I think he will do it,\"",
            ],
        );
    }

    #[test]
    fn regression_quoted_word_before_a_participle_cue_does_not_take_its_quote() {
        check(
            "Ms Haig told reporters the row was “overblown”, adding: \"We agree on far more.\"",
            &[
                "mixed | Ms Haig | told | the row was “overblown”",
                "direct | Ms Haig | adding | \"We agree on far more.\"",
            ],
        );
    }

    #[test]
    fn quote_before_a_cue_leads_the_quote_after_it() {
        check(
            "“My adviser brings me charts,” he said, “and they are terrifying.”",
            &["direct | he | said | “My adviser brings me charts,” + “and they are terrifying.”"],
        );
    }

    #[test]
    fn quote_before_a_cue_resumes_after_it() {
        check(
            "“Every time you say that,” Tester said, referring to the excuse, “you give them ammunition.”",
            &["direct | Tester | said | “Every time you say that,” + “you give them ammunition.”"],
        );
    }

    #[test]
    fn words_before_the_quote_make_it_mixed() {
        check(
            "The plan “is a misguided approach,” Mr. Smith said.",
            &["mixed | Mr. Smith | said | The plan “is a misguided approach,”"],
        );
    }

    #[test]
    fn adverbial_set_off_before_a_quote() {
        check(
            "As for cost, “the plan pays for itself,” said Mr. Lee.",
            &["direct | Mr. Lee | said | “the plan pays for itself,”"],
        );
    }

    #[test]
    fn cue_at_the_very_end_of_the_text() {
        check("“We will win,” he said", &["direct | he | said | “We will win,”"]);
    }

    #[test]
    fn quote_after_an_object_or_an_inverted_subject() {
        check(
            "Limbaugh told his radio audience on Monday, “What has happened is this.”",
            &["direct | Limbaugh | told | “What has happened is this.”"],
        );
        check(
            "Said Ellis: “I do not get the sense she cares.”",
            &["direct | Ellis | Said | “I do not get the sense she cares.”"],
        );
        // An aside before the colon, the quotation in the next paragraph.
        check(
            "The letter reads, in part:\n\n“We will not give up.”",
            &["direct | The letter | reads | “We will not give up.”"],
        );
    }

    #[test]
    fn that_and_a_comma_before_a_quote() {
        check(
            "A spokesman said in a statement that, “We will fight it” in every court.",
            &["mixed | A spokesman | said | that, “We will fight it” in every court"],
        );
    }

    #[test]
    fn quote_given_as_an_example_keeps_its_object() {
        check(
            "She says things like, “Nobody reads anymore.”",
            &["mixed | She | says | things like, “Nobody reads anymore.”"],
        );
    }
}
