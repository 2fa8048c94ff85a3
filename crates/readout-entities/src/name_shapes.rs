//! What a capitalised run's shape says of it: a run and its words in, the
//! signs that make it a place, a thing, shouting, a page's section label, a
//! description before a name ("Oscar-winner"), or a country set before a
//! person's name, out. The files of `mentions/` ask them while they
//! classify a run.

use crate::gazetteer::is_place;
use crate::kind_words::{is_honorific, is_organization_word};
use crate::mentions::{Mention, MentionForm};
use readout_record::EntityKind;
use readout_segment::Document;

/// A capitalised word ending like a participle or an adverb ("Debating",
/// "Understated", "Reportedly") that is no one's first name ("Sterling",
/// "Kelly").
pub(crate) fn opens_like_a_participle(raw: &str) -> bool {
    let lower = raw.to_lowercase();
    lower.chars().count() >= 5
        && ["ing", "ed", "ly"].iter().any(|ending| lower.ends_with(ending))
        && crate::gender::Gender::of_first_name(raw).is_none()
}

/// A sentence's capitalised first word that the same text writes in lower
/// case elsewhere and that is no one's first name ("Top Clinton adviser
/// …", "Young Sanders supporters …"), a verb of saying ("Said Comey, …"),
/// or the auxiliary that opens a question ("Will Sanders come down …?").
/// The capital is the sentence's, not a name's ("Bill Clinton" keeps his
/// first name, though the text may speak of a bill).
///
/// `lower_case_words` holds the words the text writes in lower case, made
/// at the first call for a document: asking the
/// whole text at every sentence would make long texts quadratic.
pub(crate) fn opens_with_a_common_word<'a>(
    doc: &'a Document,
    start: usize,
    lower_case_words: &std::cell::OnceCell<std::collections::HashSet<&'a str>>,
) -> bool {
    let word = doc.word(start);
    // A verb of saying first: "Said" is also a first name.
    if crate::clause_words::is_speech_verb(word) {
        return true;
    }
    // "Will Sanders come down off the pique?", "Can Trump win?": a
    // question opens with its auxiliary, however many are called Will.
    // The question mark must be the sentence's own, not a quotation's
    // ("Will Smith asked, “Why not?”").
    let (_, sentence_end) = doc.sentence_bounds(start);
    let question = sentence_end > start + 1 && doc.is_punct(sentence_end - 1, "?");
    if question
        && matches!(
            word,
            "will"
                | "can"
                | "could"
                | "would"
                | "should"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
                | "do"
                | "is"
                | "was"
                | "has"
                | "had"
        )
    {
        return true;
    }
    if crate::gender::Gender::of_first_name(word).is_some() || is_honorific(word) {
        return false;
    }
    lower_case_words.get_or_init(|| lower_case_words_of(doc)).contains(word)
}

/// The words (lower-cased forms) a document writes in lower case somewhere.
pub(crate) fn lower_case_words_of<'a>(doc: &'a Document) -> std::collections::HashSet<&'a str> {
    (0..doc.len()).filter(|&t| !doc.token(t).capitalized).map(|t| doc.word(t)).collect()
}

/// The end of a known place that opens the run `[start, end)` when a first
/// name and at least one more word follow it.
pub(crate) fn place_before_full_name(doc: &Document, start: usize, end: usize) -> Option<usize> {
    (1..=3).rev().find_map(|length| {
        let place_end = start + length;
        if place_end + 2 > end {
            return None;
        }
        let place = (start..place_end).map(|t| doc.raw(t)).collect::<Vec<_>>().join(" ");
        let first_name = crate::gender::Gender::of_first_name(doc.raw(place_end)).is_some();
        (first_name && crate::gazetteer::country_code(&place).is_some()).then_some(place_end)
    })
}

/// Capitals that shout rather than name: a quoted phrase in capitals
/// (`“HELL TO PAY”`), or a run of three words or more in capitals with a
/// function word in it and no one's first name at its head ("there will be
/// ALL HELL TO PAY"); not a transcript's label ("SECRETARY OF STATE
/// KERRY:"), a body's name ("DEPARTMENT OF STATE") or a titled person's.
pub(crate) fn is_shouting(doc: &Document, start: usize, end: usize) -> bool {
    let words: Vec<usize> = (start..end).filter(|&t| doc.is_word(t)).collect();
    let capitals = words.iter().all(|&t| doc.raw(t).chars().all(|c| !c.is_lowercase()));
    if words.len() < 2 || !capitals {
        return false;
    }
    let quoted = start > 0 && end < doc.len() && doc.token(start - 1).is_quote() && doc.token(end).is_quote();
    let function_word = words.iter().any(|&t| {
        matches!(
            doc.word(t),
            "to" | "of" | "the" | "and" | "for" | "in" | "on" | "a" | "is" | "be" | "with" | "at" | "by"
        )
    });
    let label = end < doc.len() && doc.is_punct(end, ":");
    // A body's or a titled person's name in capitals ("ORAL ARGUMENT OF GEN.
    // ELIZABETH B. PRELOGAR") still names them.
    let body = words.iter().any(|&t| {
        let word = doc.word(t);
        is_organization_word(word) || is_honorific(word) || is_honorific(word.trim_end_matches('.'))
    });
    let first_name = crate::gender::Gender::of_first_name(doc.raw(words[0])).is_some();
    quoted || (words.len() >= 3 && function_word && !label && !body && !first_name)
}

/// A name mention of `kind` whose canonical name is its words as written.
pub(crate) fn named(
    tokens: (usize, usize),
    bytes: std::ops::Range<usize>,
    kind: EntityKind,
    words: Vec<String>,
    full: String,
) -> Option<Mention> {
    Some(Mention {
        tokens,
        bytes,
        kind,
        form: MentionForm::Name { words, honorifics: vec![] },
        canonical: Some(full),
        untyped: false,
    })
}

/// A name that says it is a law, a text, an event or a prize ("the HEROES
/// Act", "the Constitution", "Cyclone Phailin").
pub(crate) fn names_a_thing(words: &[String]) -> bool {
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    // "Thanksgiving Day", "Election Day", "Christmas Eve" are days; "Doris
    // Day" is a person, named by a first name.
    let holiday = words.len() >= 2
        && matches!(last.to_lowercase().as_str(), "day" | "eve")
        && crate::gender::Gender::of_first_name(first).is_none();
    holiday
        || crate::kind_words::is_thing_head_word(&last.to_lowercase())
        || (words.len() >= 2 && crate::kind_words::is_thing_opening_word(&first.to_lowercase()))
}

/// A name of two words or more that says it is a place: its last word is
/// a kind of place ("Crater Lake", but not "Michael Bay"), its first one
/// is ("Mount Hood"), or a qualifier stands before a known place ("South
/// Australia", "New England").
pub(crate) fn names_a_kind_of_place(words: &[String]) -> bool {
    let [first, .., last] = words else { return false };
    let lower = |word: &String| word.to_lowercase();
    // "Rachel Bridge" may be a woman called Bridge; "Ross Sea" is no one: only a
    // head that is also a surname lets a first name before it make a
    // person.
    let first_name = words.len() == 2
        && crate::kind_words::is_surname_like_place_head(&lower(last))
        && crate::gender::Gender::of_first_name(first).is_some();
    (crate::kind_words::is_place_head_word(&lower(last)) && !first_name)
        || crate::kind_words::is_place_opening_word(&lower(first))
        || (crate::kind_words::is_place_qualifier(&lower(first)) && is_place(&words[1..].join(" ")))
}

/// "ABSTRACT.", "FULL TEXT.": a paragraph of nothing but the run, in
/// capitals, labels the part of the page that follows; it names no one.
/// A name in capitals opens with a first name ("JANE DOE." under a
/// letter).
pub(crate) fn is_label_paragraph(doc: &Document, start: usize, end: usize) -> bool {
    let upper_case = (start..end).filter(|&t| doc.is_word(t)).all(|t| doc.raw(t).chars().all(|c| !c.is_lowercase()));
    if !upper_case || crate::gender::is_first_name(doc.raw(start)) {
        return false;
    }
    let paragraph = doc.token_paragraph[start];
    let in_paragraph = |t: usize| doc.token_paragraph[t] == paragraph;
    let word_outside = |t: usize| in_paragraph(t) && doc.is_word(t);
    let before = (0..start).rev().take_while(|&t| in_paragraph(t)).any(word_outside);
    let after = (end..doc.len()).take_while(|&t| in_paragraph(t)).any(word_outside);
    !before && !after
}

/// "Oscar-winner", "Nobel-winning", "Texas-born", "Co-moderator": a
/// capitalised word joined to a word of description describes the person
/// after it and is no part of their name, where a given name has its own
/// lower-case tail ("Hyun-jin") and a double-barrelled name two capitals
/// ("Hartsell-Gundy"). "Minister-designate" and "President-elect" are
/// titles, which the office rules read.
pub(crate) fn is_hyphenated_description(word: &str) -> bool {
    word.split_once('-').is_some_and(|(head, tail)| {
        head.starts_with(char::is_uppercase)
            && matches!(
                tail,
                "winner"
                    | "winning"
                    | "born"
                    | "bred"
                    | "based"
                    | "educated"
                    | "backed"
                    | "nominated"
                    | "owned"
                    | "funded"
                    | "leaning"
                    | "moderator"
                    | "host"
                    | "anchor"
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, expect: bool) {
        let words: Vec<String> = name.split(' ').map(str::to_string).collect();
        assert_eq!(names_a_kind_of_place(&words), expect, "{name}");
    }

    #[test]
    fn a_kind_of_place_at_either_end_names_a_place() {
        check("Ozark Plateau", true);
        check("Amazon Basin", true);
        check("York Minster", true);
        check("Fort Lee", true);
        check("River Ouse", true);
        check("Crater Lake", true);
        check("Ross Sea", true);
    }

    #[test]
    fn a_first_name_before_a_head_that_is_also_a_surname_is_a_person() {
        check("John Tower", false);
        check("Shirley Temple", false);
        check("Michael Bay", false);
        check("Jordan Peterson", false);
    }
}
