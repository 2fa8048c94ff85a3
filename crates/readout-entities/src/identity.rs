//! Cross-document identity, the rules without the database: a parsed name
//! and the known people who answer to its surname (or its first name, or
//! the same alias) in, which of them it is, or that it is someone new, out.
//! The store (`readout-store`'s `identity.rs`) reads the candidates and
//! their weights and writes the answer; the decisions are made here.
//!
//! A name with a first name is the person with exactly that name, else the
//! one compatible person ([`PersonName::same_person_as`]). A surname alone
//! ("Starmer") joins a known person when exactly one person with that
//! surname is known, or when one of them appears in far more documents than
//! the others and no "Mr."/"Mrs." rules that one out
//! ([`dominant_person`]); otherwise it stays apart, because "Clinton" alone
//! could be Bill or Hillary. A lone first name that is nobody's surname
//! ("Hillary") is resolved the same way.

pub use crate::person_name::{
    effective_kind, given_names_agree, name_key, organization_key, organization_key_of, parse_person_name, PersonName,
};
use crate::Gender;

/// A known person who answers to some surname.
#[derive(Debug, Clone)]
pub struct PersonCandidate {
    /// The entity's id where it is stored.
    pub id: i64,
    /// The entity's `name_key`.
    pub name_key: String,
    /// The entity's own name first (when it has this surname), then its
    /// aliases with this surname and a first name.
    pub names: Vec<PersonName>,
}

impl PersonCandidate {
    /// The entity's own name.
    pub fn own_name(&self) -> &PersonName {
        &self.names[0]
    }
}

/// What decides between people who answer to the same surname alone: how
/// many documents link each, and which honorifics its aliases carry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PersonWeight {
    /// Rows of `document_entities` that name the person.
    pub documents: i64,
    /// Aliases that start with "Mr".
    pub male_aliases: i64,
    /// Aliases that start with "Mrs", "Ms" or "Miss".
    pub female_aliases: i64,
}

impl PersonWeight {
    /// Counts a new alias of the person (its [`name_key`]) that opens with a
    /// courtesy title.
    pub fn count_alias(&mut self, alias_key: &str) {
        if alias_key.starts_with("mr ") {
            self.male_aliases += 1;
        } else if ["mrs ", "ms ", "miss "].iter().any(|honorific| alias_key.starts_with(honorific)) {
            self.female_aliases += 1;
        }
    }
}

/// What the known people with a name's surname say about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PersonMatch {
    /// The one person it is.
    Known(i64),
    /// A surname alone that several people answer to: the document counts decide.
    Ambiguous(Vec<i64>),
    /// Nobody known: a new person.
    New,
}

/// A name with a first name: the person with exactly this name, else the one
/// compatible person (preferring the same first name over an initial).
pub fn match_full_name(parsed: &PersonName, stripped_key: &str, candidates: &[&PersonCandidate]) -> PersonMatch {
    if let Some(exact) = candidates.iter().find(|candidate| candidate.name_key == stripped_key) {
        return PersonMatch::Known(exact.id);
    }
    let compatible: Vec<&&PersonCandidate> =
        candidates.iter().filter(|candidate| candidate.names.iter().any(|name| parsed.same_person_as(name))).collect();
    let same_first_name: Vec<&&&PersonCandidate> =
        compatible.iter().filter(|candidate| candidate.names.iter().any(|name| name.given == parsed.given)).collect();
    if same_first_name.len() == 1 {
        return PersonMatch::Known(same_first_name[0].id);
    }
    if compatible.len() == 1 {
        return PersonMatch::Known(compatible[0].id);
    }
    if compatible.len() > 1 {
        tracing::debug!(
            name = stripped_key,
            candidates = compatible.len(),
            "ambiguous person name, creating a new entity"
        );
    }
    PersonMatch::New
}

/// A surname alone. First: an alias written exactly like this that only one
/// person carries ("Mrs. Clinton" seen before as Hillary's). Then the people
/// with this surname and a first name, and (a single word may also be a
/// first name used alone, "Hillary") the people with it as their first
/// name: one of them is the answer, several are for [`dominant_person`] to weigh.
pub fn match_surname_alone(
    parsed: &PersonName,
    candidates: &[&PersonCandidate],
    alias_owners: &[i64],
    first_name_owners: &[i64],
) -> PersonMatch {
    if let [owner] = alias_owners {
        return PersonMatch::Known(*owner);
    }
    let mut ids: Vec<i64> = candidates
        .iter()
        .filter(|candidate| candidate.names.iter().any(|name| name.given.is_some() && name.suffix == parsed.suffix))
        .map(|candidate| candidate.id)
        .collect();
    let by_surname = ids.len();
    for id in first_name_owners {
        if !ids.contains(id) {
            ids.push(*id);
        }
    }
    match ids.as_slice() {
        // A surname alone that one person carries is theirs; a first name
        // alone only when the weights say that person is the one meant:
        // "Francis" in a text about the pope is not Francis Gary Powers,
        // the one Francis another text named in full.
        [id] if by_surname == 1 => PersonMatch::Known(*id),
        _ => PersonMatch::Ambiguous(ids),
    }
}

/// Documents in which a person must appear, and how many times more than
/// the runner-up, to take a name that several people could answer to.
const DOMINANT_MIN_DOCUMENTS: i64 = 3;
const DOMINANT_RATIO: i64 = 3;

/// The gender a name's honorific gives ("Mr.", "Mrs.", "Ms.", "Miss"), from
/// the name's [`name_key`].
pub fn honorific_gender(key: &str) -> Option<Gender> {
    match key.split(' ').next() {
        Some("mr") => Some(Gender::Male),
        Some("mrs" | "ms" | "miss") => Some(Gender::Female),
        _ => None,
    }
}

/// Among the people weighed (id and weight, in the order asked), the one
/// with far more documents than any other, leaving out people only ever
/// called by the other gender's honorific.
pub fn dominant_person(weights: &[(i64, PersonWeight)], gender: Option<Gender>) -> Option<i64> {
    let mut counted: Vec<(i64, i64)> = Vec::with_capacity(weights.len());
    for &(id, weight) in weights {
        let contradicts = match gender {
            Some(Gender::Male) => weight.female_aliases > 0 && weight.male_aliases == 0,
            Some(Gender::Female) => weight.male_aliases > 0 && weight.female_aliases == 0,
            None => false,
        };
        if !contradicts {
            counted.push((weight.documents, id));
        }
    }
    counted.sort_unstable_by(|a, b| b.cmp(a));
    match counted.as_slice() {
        [(top, id)] if *top >= DOMINANT_MIN_DOCUMENTS => Some(*id),
        [(top, id), (second, _), ..] if *top >= DOMINANT_MIN_DOCUMENTS && *top >= DOMINANT_RATIO * second => Some(*id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(id: i64, name: &str) -> PersonCandidate {
        let parsed = parse_person_name(name).unwrap();
        PersonCandidate { id, name_key: parsed.key(), names: vec![parsed] }
    }

    #[test]
    fn a_full_name_is_the_exact_or_the_one_compatible_person() {
        let (hillary, bill) = (candidate(1, "Hillary Clinton"), candidate(2, "Bill Clinton"));
        let known = [&hillary, &bill];
        let check = |name: &str, expect: PersonMatch| {
            let parsed = parse_person_name(name).unwrap();
            assert_eq!(match_full_name(&parsed, &parsed.key(), &known), expect, "{name}");
        };
        check("Hillary Clinton", PersonMatch::Known(1));
        check("Hillary Rodham Clinton", PersonMatch::Known(1));
        check("B. Clinton", PersonMatch::Known(2));
        check("Chelsea Clinton", PersonMatch::New);
    }

    #[test]
    fn a_surname_alone_is_one_person_or_for_the_weights() {
        let (hillary, bill) = (candidate(1, "Hillary Clinton"), candidate(2, "Bill Clinton"));
        let clinton = parse_person_name("Clinton").unwrap();
        assert_eq!(match_surname_alone(&clinton, &[&hillary], &[], &[]), PersonMatch::Known(1));
        assert_eq!(match_surname_alone(&clinton, &[&hillary, &bill], &[], &[]), PersonMatch::Ambiguous(vec![1, 2]));
        // "Mrs. Clinton" seen before as one person's alias.
        assert_eq!(match_surname_alone(&clinton, &[&hillary, &bill], &[1], &[]), PersonMatch::Known(1));
        // A first name alone that one person carries is for the weights.
        let francis = parse_person_name("Francis").unwrap();
        assert_eq!(match_surname_alone(&francis, &[], &[], &[3]), PersonMatch::Ambiguous(vec![3]));
    }

    #[test]
    fn one_person_dominates_by_documents_unless_the_honorific_rules_them_out() {
        let weight = |documents: i64, male_aliases: i64, female_aliases: i64| PersonWeight {
            documents,
            male_aliases,
            female_aliases,
        };
        assert_eq!(dominant_person(&[(1, weight(9, 0, 0)), (2, weight(3, 0, 0))], None), Some(1));
        assert_eq!(dominant_person(&[(1, weight(8, 0, 0)), (2, weight(3, 0, 0))], None), None);
        assert_eq!(dominant_person(&[(1, weight(2, 0, 0))], None), None);
        let gender = honorific_gender("mr clinton");
        assert_eq!(gender, Some(Gender::Male));
        assert_eq!(dominant_person(&[(1, weight(9, 0, 4)), (2, weight(3, 1, 0))], gender), Some(2));
    }
}
