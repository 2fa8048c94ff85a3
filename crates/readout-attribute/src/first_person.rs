//! First-person mentions of speakers: a document, its attributions, who
//! said each and which tokens lie inside quotation marks in, for each
//! speaker the byte ranges of the "I", "me", "my" (and, for an
//! organisation, "we", "us", "our") that their quoted words use out.
//!
//! An entity lists every mention that refers to it, pronouns included. In
//! “I will not resign,” she said, the "I" is the speaker; so is the "we"
//! of a spokesperson's statement for the body it speaks for. Only words
//! inside quotation marks count: in reported speech ("He said that I was
//! wrong") the "I" is the writer's, not the speaker's.

use crate::quotes::Attribution;
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::Range;

/// Per attribution with a speaker, the first-person words its quoted
/// content uses, as `(entity, byte range)`.
pub(crate) fn first_person_mentions(
    doc: &Document,
    attributions: &[Attribution],
    speakers: &[Option<usize>],
    kinds: &[EntityKind],
    inside_quote: &[bool],
) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    for (attribution, speaker) in attributions.iter().zip(speakers) {
        let Some(speaker) = *speaker else { continue };
        let unmarked_direct = is_unmarked_direct(doc, attribution);
        let plural = match kinds.get(speaker) {
            Some(EntityKind::Person) => false,
            Some(EntityKind::Organization) => true,
            _ => continue,
        };
        for &(start, end) in &attribution.content {
            for token in start..end.min(doc.len()) {
                let word = doc.word(token);
                let first_person = if plural {
                    readout_entities::clause_words::is_first_person_plural(word)
                } else {
                    readout_entities::clause_words::is_first_person_singular(word)
                };
                if first_person
                    && doc.is_word(token)
                    && (unmarked_direct || inside_quote.get(token).copied().unwrap_or(false))
                    && crate::discourse_persons::is_pronoun_i(doc, token)
                {
                    out.push((speaker, doc.token(token).range.clone()));
                }
            }
        }
    }
    out
}

/// Words a speaker said as they said them, without quotation marks: a
/// transcript's or a colon's (`PORTER: I think …`, `she said: I have not
/// decided`), or words the cue follows (`I knew right away, he said`).
pub(crate) fn is_unmarked_direct(doc: &Document, attribution: &Attribution) -> bool {
    let Some(&(first, end)) = attribution.content.first() else { return false };
    let after_colon = first > 0 && doc.is_punct(first - 1, ":");
    let before_cue = attribution.cue.is_some_and(|(cue, _)| end <= cue);
    after_colon || before_cue
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::analysis_of;

    /// Each entity with its mentions as written, for entities that have a
    /// first-person mention.
    fn check(text: &str, expect: &[&str]) {
        let analysis = analysis_of(Some("2016-10-01"), text);
        let got: Vec<String> = analysis
            .entities
            .iter()
            .filter(|e| e.mentions.iter().any(|m| matches!(&text[m.clone()], "I" | "my" | "we" | "We" | "our")))
            .map(|e| {
                let mentions: Vec<&str> = e.mentions.iter().map(|m| &text[m.clone()]).collect();
                format!("{}: {}", e.name, mentions.join(", "))
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_speakers_quoted_i_is_a_mention_of_them() {
        check(
            "Jane Porter spoke on Monday. \"I will not resign, and my party backs me,\" Porter said.",
            &["Jane Porter: Jane Porter, I, my, me, Porter"],
        );
    }

    #[test]
    fn words_without_marks_that_the_cue_follows_or_a_colon_opens_are_the_speakers() {
        check(
            "Jane Porter spoke on Monday. Asked about it, Porter said: I have not decided.",
            &["Jane Porter: Jane Porter, Porter, I"],
        );
        check("Jane Porter spoke on Monday. I knew right away, Porter said.", &["Jane Porter: Jane Porter, I, Porter"]);
    }

    #[test]
    fn reported_speech_keeps_the_writers_i() {
        check("Jane Porter spoke on Monday. Porter said that I was wrong.", &["I: I"]);
    }

    #[test]
    fn regression_a_regnal_number_in_a_quote_is_not_the_speakers_i() {
        check("Joshua Norton spoke on Monday. \"Norton I, Emperor of the United States, rules,\" Norton said.", &[]);
    }

    #[test]
    fn a_bodys_quoted_we_is_a_mention_of_it() {
        check(
            "The Acme Corporation issued a statement. \"We regret the error,\" the Acme Corporation said.",
            &["Acme Corporation: Acme Corporation, We, Acme Corporation"],
        );
    }
}
