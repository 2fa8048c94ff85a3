//! The persons of the discourse that the text does not name: a document,
//! which tokens lie inside quotation marks and which tokens already belong
//! to an entity in; the unnamed writer's "I", the "we" and the "you" of the
//! narration out, each as one entity of its own.
//!
//! An entity lists every mention that refers to it. Outside quotation
//! marks, "I" and "my" are the writer's (`author.rs` gives them to the
//! writer where the text names one), "we" and "our" the writer's group,
//! and "you" the reader or whoever the writer addresses. A text that never
//! names its writer still refers to them throughout: a letter, a column, a
//! vlog, a story told in the first person. Those words become one entity
//! each, named by the pronoun ("I", "we", "you"), so that a reader of the
//! record sees that the forty "I"s of a column are one person. The store
//! links no such entity across documents: the "I" of one text is not the
//! "I" of another (see `readout_entities::clause_words::is_unnamed_person_name`).
//!
//! Words inside quotation marks are the quoted speaker's (`first_person.rs`)
//! or the speaker's group and audience, whom the text rarely says; they are
//! left alone here.

use crate::quotes::Attribution;
use readout_entities::clause_words::{is_first_person_plural, is_first_person_singular, is_second_person};
use readout_segment::Document;
use std::ops::Range;

/// Which person of the discourse a word is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DiscoursePerson {
    Writer,
    WritersGroup,
    Addressee,
}

impl DiscoursePerson {
    /// The entity's name: the pronoun that stands for it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            DiscoursePerson::Writer => "I",
            DiscoursePerson::WritersGroup => "we",
            DiscoursePerson::Addressee => "you",
        }
    }
}

/// The person of the discourse the word at `token` is, if it is one.
fn discourse_person(doc: &Document, token: usize) -> Option<DiscoursePerson> {
    if !doc.is_word(token) {
        return None;
    }
    // The word first: the checks after it scan the sentence, and almost
    // every word of a text is no pronoun.
    let word = doc.word(token);
    let person = if is_first_person_singular(word) {
        DiscoursePerson::Writer
    } else if is_first_person_plural(word) {
        DiscoursePerson::WritersGroup
    } else if is_second_person(word) {
        DiscoursePerson::Addressee
    } else {
        return None;
    };
    // A headline in title case or capitals ("WE WILL NOT BE SILENCED") is
    // no narration; a pronoun other than "I" is capitalised only where a
    // sentence or a clause after a colon opens, so "Our Lady of Guadalupe",
    // "My Lai" and "You Can't Take It With You" inside a sentence are names.
    if readout_entities::is_title_case_sentence(doc, doc.token_sentence[token]) {
        return None;
    }
    if doc.token(token).capitalized && !is_i_stem(word) && !opens_a_clause(doc, token) {
        return None;
    }
    let pronoun = match person {
        DiscoursePerson::Writer => is_pronoun_i(doc, token) && (word != "mine" || is_possessive_mine(doc, token)),
        // "US" in capitals is the country.
        DiscoursePerson::WritersGroup => doc.raw(token) != "US",
        DiscoursePerson::Addressee => true,
    };
    pronoun.then_some(person)
}

/// "I", alone or with a verb glued on ("I'm", "I've"), lower case.
fn is_i_stem(word: &str) -> bool {
    word == "i" || word.starts_with("i'") || word.starts_with("i’")
}

/// Whether `token` is the first word of its sentence or of a clause after
/// a colon, past quotation marks and brackets.
fn opens_a_clause(doc: &Document, token: usize) -> bool {
    let (first, _) = doc.sentence_bounds(token);
    match (first..token).rev().find(|&t| !doc.token(t).is_quote() && !matches!(doc.word(t), "(" | "[")) {
        None => true,
        Some(before) => matches!(doc.word(before), ":" | "—" | "-" | "–"),
    }
}

/// "Mine" the pronoun stands after a verb of being or "of" ("is mine", "a
/// friend of mine"); after an article or a noun it is a pit or a bomb
/// ("the mine", "a land mine").
fn is_possessive_mine(doc: &Document, token: usize) -> bool {
    token > 0 && matches!(doc.word(token - 1), "is" | "was" | "are" | "were" | "be" | "been" | "of" | "than")
}

/// Whether a first-person singular word at `token` is the pronoun: "I"
/// is written as a capital, and a regnal number ("Emperor Norton I",
/// "Elizabeth I of England") is not.
pub(crate) fn is_pronoun_i(doc: &Document, token: usize) -> bool {
    // Only the bare "I" is ever a numeral; "I'm" and "I've" are the pronoun.
    !is_i_stem(doc.word(token)) || (doc.raw(token).starts_with('I') && !is_regnal_number(doc, token))
}

/// A bare "I" right after a capitalised word and before punctuation or
/// "of" numbers a monarch ("Norton I,", "Elizabeth I of England"); the
/// pronoun goes on to its verb ("But I will", "Then I think"). After a
/// noun that numbers things it is a numeral too ("type I diabetes", "a
/// phase I trial", "Vol. I").
fn is_regnal_number(doc: &Document, token: usize) -> bool {
    let Some(before) = token.checked_sub(1) else { return false };
    if doc.word(token) != "i" || !doc.is_word(before) {
        return false;
    }
    let after_a_name = doc.token(before).capitalized;
    let closes = token + 1 >= doc.len() || !doc.is_word(token + 1) || doc.word(token + 1) == "of";
    (after_a_name && closes) || is_numbering_noun(doc.word(before).trim_end_matches('.'))
}

/// Nouns a Roman numeral numbers: "type I", "class I", "stage I".
fn is_numbering_noun(word: &str) -> bool {
    matches!(
        word,
        "type"
            | "class"
            | "phase"
            | "stage"
            | "schedule"
            | "title"
            | "part"
            | "chapter"
            | "volume"
            | "vol"
            | "grade"
            | "level"
            | "tier"
            | "category"
            | "division"
            | "round"
            | "act"
            | "book"
            | "section"
            | "article"
            | "war"
            | "episode"
            | "season"
            | "appendix"
            | "figure"
            | "table"
    )
}

/// The byte range of the pronoun itself in a token that may carry a verb
/// glued on: "I" in "I've", "we" in "we're".
fn pronoun_bytes(doc: &Document, token: usize) -> Range<usize> {
    let range = doc.token(token).range.clone();
    let raw = doc.raw(token);
    match raw.find(['\'', '’']) {
        Some(stem) if stem > 0 => range.start..range.start + stem,
        _ => range,
    }
}

/// Per token: whether one of `ranges` (byte ranges of mentions) covers
/// its start.
pub(crate) fn tokens_covered<'r>(doc: &Document, ranges: impl Iterator<Item = &'r Range<usize>>) -> Vec<bool> {
    let tokens = &doc.seg.tokens;
    let mut covered = vec![false; tokens.len()];
    for range in ranges {
        let first = tokens.partition_point(|t| t.range.start < range.start);
        for (token, flag) in tokens[first..].iter().zip(&mut covered[first..]) {
            if token.range.start >= range.end {
                break;
            }
            *flag = true;
        }
    }
    covered
}

/// Per token: inside the words a speaker said as they said them without
/// quotation marks (a transcript's `PORTER: I think`, `she said: I have not
/// decided`, `I knew right away, he said`; see
/// `first_person::is_unmarked_direct`). Reported speech after its cue
/// ("Porter said I was wrong") keeps the writer's "I".
pub(crate) fn speakers_words(doc: &Document, attributions: &[Attribution]) -> Vec<bool> {
    let mut spoken = vec![false; doc.len()];
    for attribution in attributions.iter().filter(|a| crate::first_person::is_unmarked_direct(doc, a)) {
        for &(first, end) in &attribution.content {
            spoken[first.min(doc.len())..end.min(doc.len())].fill(true);
        }
    }
    spoken
}

/// The first- and second-person words outside quotation marks and outside
/// words a speaker may have said (`spoken`, from [`speakers_words`]) that no
/// entity holds yet (`taken[token]`), grouped by the person they are, each
/// group in text order. Groups without a word are left out.
pub(crate) fn discourse_persons(
    doc: &Document,
    inside_quote: &[bool],
    spoken: &[bool],
    taken: &[bool],
) -> Vec<(DiscoursePerson, Vec<Range<usize>>)> {
    let mut out: Vec<(DiscoursePerson, Vec<Range<usize>>)> = Vec::new();
    let flag = |flags: &[bool], token: usize| flags.get(token).copied().unwrap_or(false);
    for token in 0..doc.len() {
        if flag(inside_quote, token) || flag(spoken, token) || flag(taken, token) {
            continue;
        }
        let Some(person) = discourse_person(doc, token) else { continue };
        let bytes = pronoun_bytes(doc, token);
        match out.iter_mut().find(|(p, _)| *p == person) {
            Some((_, mentions)) => mentions.push(bytes),
            None => out.push((person, vec![bytes])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::analysis_of;

    /// Each unnamed person of the discourse the analysis lists, with its
    /// mentions as written: `"I: I, my"`.
    fn check(text: &str, expect: &[&str]) {
        let analysis = analysis_of(Some("2016-10-01"), text);
        let got: Vec<String> = analysis
            .entities
            .iter()
            .filter(|e| matches!(e.name.as_str(), "I" | "we" | "you"))
            .map(|e| {
                let mentions: Vec<&str> = e.mentions.iter().map(|m| &text[m.clone()]).collect();
                format!("{}: {}", e.name, mentions.join(", "))
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn the_store_knows_each_unnamed_person_by_its_name() {
        use super::DiscoursePerson::{Addressee, Writer, WritersGroup};
        for person in [Writer, WritersGroup, Addressee] {
            assert!(readout_entities::clause_words::is_unnamed_person_name(person.name()), "{person:?}");
        }
    }

    #[test]
    fn an_unnamed_writers_i_is_one_entity() {
        check("I grew up in a small town. My father ran the store.\n\nI left when I was 18.", &["I: I, My, I, I"]);
    }

    #[test]
    fn we_and_you_are_entities_of_their_own() {
        check(
            "We tried the new bridge on Monday. If you drive, your trip is shorter, and we saved an hour.",
            &["we: We, we", "you: you, your"],
        );
    }

    #[test]
    fn quoted_words_are_the_speakers_not_the_writers() {
        check(
            "Jane Porter spoke on Monday. \"I will not resign, and you know it,\" Porter said. I doubt it.",
            &["I: I"],
        );
    }

    #[test]
    fn a_named_writer_keeps_their_i() {
        check("I grew up in a small town.\n\nJane Porter is a playwright in Boston.", &[]);
    }

    #[test]
    fn a_glued_verb_is_not_part_of_the_mention() {
        check("I've seen it, and we're sure.", &["I: I", "we: we"]);
        // Regression: a glued "I'm" inside a sentence was taken for a name.
        check("So far, I'm fine, but I've been tired.", &["I: I, I"]);
    }

    #[test]
    fn regression_a_regnal_number_is_not_the_writer() {
        check("The city honours Emperor Norton I, its only monarch, every year.", &[]);
        check("He admired Elizabeth I of England.", &[]);
    }

    #[test]
    fn regression_i_after_a_capitalised_word_is_still_the_writer() {
        check("\"But I will not pretend,\" she said. Then I left.", &["I: I"]);
    }

    #[test]
    fn regression_a_numeral_after_a_numbering_noun_is_not_the_writer() {
        check("Patients with type I diabetes joined a phase I trial, said the stage I report.", &[]);
    }

    #[test]
    fn regression_the_mine_is_a_pit() {
        check("The mine, which employs 300 workers, was closed after a land mine exploded.", &[]);
        check("The decision was mine, and a friend of mine agreed.", &["I: mine, mine"]);
    }

    #[test]
    fn regression_a_capitalised_pronoun_inside_a_sentence_is_a_name() {
        check("She sang at Our Lady of Guadalupe and saw You Can't Take It With You.", &[]);
        check("WE WILL NOT BE SILENCED\n\nThe crowd marched on Monday.", &[]);
        // A clause after a colon opens with a capital.
        check("The mayor had one message: We will not raise taxes.", &["we: We"]);
    }

    #[test]
    fn regression_a_transcripts_words_are_the_speakers_not_the_writers() {
        check("PORTER: I think we have to cut spending.\n\nSMITH: You are wrong.", &[]);
        check("Jane Porter spoke on Monday. I knew right away, Porter said.", &[]);
    }

    #[test]
    fn regression_the_us_in_capitals_is_the_country() {
        check("The US said on Monday that it would act.", &[]);
    }
}
