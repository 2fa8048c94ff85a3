//! Persons the text describes but does not name: a document, its entities
//! and the tokens they hold in; the descriptions of single persons
//! ("the suspect", "a campaign aide", found by
//! `readout_entities::find_nominal_persons`) added to them out, and the
//! name such an entity goes by.
//!
//! A description in apposition to a person's name ("Jane Porter, a local
//! teacher, said") is that person. An office or a trade ("the minister",
//! "the senator") in a text that names people is most often one of them,
//! which the pronoun ranker decides where it is a source; it is no one new.
//! The same definite description again ("the suspect … the suspect") is
//! the same person. Any other description is an entity of its own.
//!
//! The name is the description as written, its determiner in lower case
//! ("the suspect", "Trump's lawyer"). It never reads as a proper name,
//! whose last word is capitalised: the store links no entity with such a
//! name across documents
//! (`readout_entities::clause_words::is_unnamed_person_name`).

use crate::AnalysedEntity;
use readout_entities::clause_words::is_unnamed_person_name;
use readout_entities::{find_nominal_persons, is_person_description_head, without_possessive, NominalPersonModel};
use readout_record::EntityKind;
use readout_segment::Document;

/// Adds to `entities` the descriptions of single persons in `doc` whose
/// words `taken` does not mark; returns the indexes of the entities that
/// were there before and gained a mention. Inside a source whose speaker
/// is known (`in_resolved_source`) a description is only ever its
/// speaker's apposition: "A Downing Street spokesperson" speaks for Downing
/// Street and is no person of their own.
pub(crate) fn add_described_persons(
    doc: &Document,
    entities: &mut Vec<AnalysedEntity>,
    taken: &[bool],
    in_resolved_source: &[bool],
) -> Vec<usize> {
    let named_persons = entities.len();
    let names_a_person = entities.iter().any(|e| e.kind == EntityKind::Person && !is_unnamed_person_name(&e.name));
    let mut gained = Vec::new();
    for (first, end) in find_nominal_persons(doc, NominalPersonModel::builtin(), taken) {
        let bytes = doc.byte_range(first, end);
        if let Some(person) = apposition_of(doc, &entities[..named_persons], first, end) {
            entities[person].mentions.push(bytes);
            gained.push(person);
            continue;
        }
        if in_resolved_source.get(end - 1).copied().unwrap_or(false) {
            continue;
        }
        if names_a_person && is_person_description_head(without_possessive(doc.word(end - 1))) {
            continue;
        }
        let name = description_name(&doc.text[bytes.clone()]);
        let same = is_definite(&name)
            .then(|| entities.iter().skip(named_persons).position(|e| e.name == name).map(|e| e + named_persons))
            .flatten();
        match same {
            Some(e) => entities[e].mentions.push(bytes),
            None => entities.push(AnalysedEntity { name, kind: EntityKind::Person, mentions: vec![bytes] }),
        }
    }
    gained
}

/// The named person whose name opens the sentence and stands right before
/// the description `[first, end)`, a comma between, with the description
/// closing there (a mark or "who" after it): "Jane Porter, a local teacher,
/// said". A name further in may be the object of an opening phrase whose
/// subject the description is: "Unlike John Smith, the woman, 34, had".
fn apposition_of(doc: &Document, entities: &[AnalysedEntity], first: usize, end: usize) -> Option<usize> {
    if first < 2 || !doc.is_punct(first - 1, ",") {
        return None;
    }
    let sentence_first = doc.sentence_bounds(first).0;
    let opening = (sentence_first..first - 1).find(|&t| doc.is_word(t))?;
    let name_start = doc.token(opening).range.start;
    let closes = end >= doc.sentence_bounds(first).1 || !doc.is_word(end) || doc.word(end) == "who";
    if !closes {
        return None;
    }
    let name_end = doc.token(first - 2).range.end;
    entities.iter().position(|e| {
        e.kind == EntityKind::Person
            && !is_unnamed_person_name(&e.name)
            && e.mentions.iter().any(|m| m.start == name_start && m.end == name_end)
    })
}

/// The entity name of the description `text`, without a possessive
/// ending ("the boy's" of "the boy's mother" is "the boy").
pub(crate) fn description_name(text: &str) -> String {
    let text = without_possessive(text).split_whitespace().collect::<Vec<_>>().join(" ");
    match text.split_once(' ') {
        Some((first, rest)) if first.chars().next().is_some_and(char::is_uppercase) => {
            let lower = first.to_lowercase();
            if readout_entities::clause_words::is_determiner(&lower) {
                format!("{lower} {rest}")
            } else {
                text
            }
        }
        _ => text,
    }
}

/// Whether a description's name opens with "the": one that refers back,
/// so that the same words again are the same person ("the suspect … the
/// suspect"), where "a witness … a witness" are two.
pub(crate) fn is_definite(name: &str) -> bool {
    name.starts_with("the ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speakers::tests::analysis_of;

    /// The entities of `text` that hold a description (a lower-case word
    /// after their name's first), as `name: mention, mention`.
    fn entities_with_descriptions(text: &str) -> Vec<String> {
        let analysis = analysis_of(Some("2024-07-05"), text);
        analysis
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| {
                let mentions: Vec<&str> = e.mentions.iter().map(|m| &text[m.clone()]).collect();
                format!("{}: {}", e.name, mentions.join(", "))
            })
            .collect()
    }

    #[test]
    fn a_description_in_apposition_is_the_person_named_before_it() {
        let got = entities_with_descriptions("Jane Porter, a local teacher, said the school was closing.");
        assert!(got.iter().any(|e| e.starts_with("Jane Porter: Jane Porter, a local teacher")), "{got:?}");
        assert!(!got.iter().any(|e| e.starts_with("a local teacher")), "{got:?}");
        // Regression: a name in an opening phrase is not the subject's.
        let got = entities_with_descriptions("Unlike John Smith, a local teacher, 34, had no record.");
        assert!(got.iter().any(|e| e == "John Smith: John Smith"), "{got:?}");
    }

    fn check(input: &str, expect: &str) {
        assert_eq!(description_name(input), expect);
        assert!(readout_entities::clause_words::is_unnamed_person_name(expect), "{expect}");
    }

    #[test]
    fn a_description_is_named_in_lower_case() {
        check("The suspect", "the suspect");
        check("a campaign\n  aide", "a campaign aide");
        check("Donald Trump's lawyer", "Donald Trump's lawyer");
        check("the boy’s", "the boy");
    }

    #[test]
    fn only_a_definite_description_refers_back() {
        assert!(is_definite("the suspect"));
        assert!(!is_definite("a witness"));
        assert!(!is_definite("theatre critic"));
    }
}
