//! Persons the text describes but does not name: a document, its entities
//! and the tokens they hold in; the descriptions of single persons
//! ("the suspect", "a campaign aide") and of groups of people ("pregnant
//! women", with the plural pronouns that refer to them), found by
//! `readout_entities::find_descriptions`, added to them out, and the
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
use readout_entities::{find_descriptions, is_person_description_head, without_possessive, NominalPersonModel};
use readout_record::EntityKind;
use readout_segment::Document;

/// How many sentences back a plural pronoun looks for its group: its own
/// and the one before (chosen on GUM dev: none or two more scored lower).
const PLURAL_PRONOUN_REACH: usize = 1;

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
    let models = [NominalPersonModel::builtin(), NominalPersonModel::builtin_groups()];
    let mut found = find_descriptions(doc, &models, taken);
    let groups = found.pop().unwrap_or_default();
    let persons = found.pop().unwrap_or_default();
    for (first, end) in persons {
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
    add_described_groups(doc, entities, &groups, named_persons, taken, in_resolved_source);
    gained
}

/// Adds to `entities` the descriptions of groups of people `groups`
/// (token ranges of `doc` the model of groups found: "pregnant women",
/// "the researchers"), each an entity of its own, of kind person as GUM
/// and the record's entities count people, except that the same definite
/// description again is the same group. A group is never a named person's
/// apposition, and none in a source whose speaker is known is added: that
/// source speaks for its speaker. Nor is a group counted back to people
/// the text has introduced ("the two men", "both leaders"): they are those
/// people, no new one.
fn add_described_groups(
    doc: &Document,
    entities: &mut Vec<AnalysedEntity>,
    groups: &[(usize, usize)],
    named_persons: usize,
    taken: &[bool],
    in_resolved_source: &[bool],
) {
    // Each group's mentions as token ranges, with its entity, for the
    // plural pronouns after them.
    let mut group_mentions: Vec<(usize, usize, usize)> = Vec::new();
    for &(first, end) in groups {
        if in_resolved_source.get(end - 1).copied().unwrap_or(false) {
            continue;
        }
        let bytes = doc.byte_range(first, end);
        let mut name = description_name(&doc.text[bytes.clone()]);
        // A bare plural opening its sentence ("Residents were told") is
        // named in lower case, like every description: a capitalised name
        // would read as a proper name, which the store links across
        // documents. A name that opens it ("Republican voters") stays.
        if !taken.get(first).copied().unwrap_or(false) {
            name = lower_case_first_letter(&name);
        }
        if counts_back(&name) {
            continue;
        }
        let same = is_definite(&name)
            .then(|| entities.iter().skip(named_persons).position(|e| e.name == name).map(|e| e + named_persons))
            .flatten();
        let entity = match same {
            Some(e) => {
                entities[e].mentions.push(bytes);
                e
            }
            None => {
                entities.push(AnalysedEntity { name, kind: EntityKind::Person, mentions: vec![bytes] });
                entities.len() - 1
            }
        };
        group_mentions.push((first, end, entity));
    }
    join_plural_pronouns(doc, entities, taken, &mut group_mentions);
}

/// Joins each "they", "them", "their" and "themselves" that no entity
/// holds to the group of people mentioned nearest before it, in its
/// sentence or the one before ("Pregnant women … what they need"). Plural
/// things are not told apart ("hired forty nurses. Waiting times …
/// we expect them to fall" joins the nurses); preferring the group
/// mentioned most often, or one that opens its sentence, scored no better
/// on GUM. `group_mentions` holds each group mention as (first token, end
/// token, entity), in text order; each pronoun joined is added to it.
fn join_plural_pronouns(
    doc: &Document,
    entities: &mut [AnalysedEntity],
    taken: &[bool],
    group_mentions: &mut Vec<(usize, usize, usize)>,
) {
    for token in 0..doc.len() {
        if taken.get(token).copied().unwrap_or(false)
            || !matches!(doc.word(token), "they" | "them" | "their" | "themselves")
        {
            continue;
        }
        let sentence = doc.token_sentence[token];
        let chosen = group_mentions
            .iter()
            .filter(|&&(_, end, _)| end <= token && doc.token_sentence[end - 1] + PLURAL_PRONOUN_REACH >= sentence)
            .max_by_key(|&&(_, end, _)| end)
            .map(|&(_, _, entity)| entity);
        if let Some(entity) = chosen {
            entities[entity].mentions.push(doc.byte_range(token, token + 1));
            group_mentions.push((token, token + 1, entity));
        }
    }
}

fn lower_case_first_letter(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_lowercase().chain(chars).collect())
}

/// Whether a group's description counts back to people already introduced:
/// "both leaders", "the two men", "these three officials" (not "two
/// officials", who may be anyone).
fn counts_back(name: &str) -> bool {
    let mut words = name.split(' ');
    match (words.next(), words.next()) {
        (Some("both"), _) => true,
        (Some("the" | "these" | "those"), Some(count)) => {
            matches!(count, "two" | "three" | "four" | "five" | "six") || count.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
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

    #[test]
    fn a_group_of_people_is_an_entity_with_the_plural_pronouns_after_it() {
        let got = entities_with_descriptions("Residents were told to leave on Monday. They packed their cars.");
        assert!(got.iter().any(|e| e == "residents: Residents, They, their"), "{got:?}");
    }

    #[test]
    fn a_group_counted_back_to_named_people_is_no_new_entity() {
        let got =
            entities_with_descriptions("Keir Starmer spoke to Donald Trump on Tuesday. The two men agreed to meet.");
        assert!(!got.iter().any(|e| e.contains("two men")), "{got:?}");
    }

    #[test]
    fn plural_pronouns_look_back_one_sentence_only() {
        let got = entities_with_descriptions(
            "Pregnant women need more iodine. The report was published on Monday. It was long. They agreed.",
        );
        assert!(got.iter().any(|e| e == "pregnant women: Pregnant women"), "{got:?}");
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
