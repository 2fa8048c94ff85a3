//! Nouns that name a kind of person, from WordNet: a lower-case word in,
//! whether WordNet files its first sense, or only a later one, among
//! people out ("lawyer" and "guy" first; "head" and "star" later).
//!
//! The table (`data/person_nouns.tsv`, written by
//! `scripts/person_nouns.py` from WordNet 3.1's noun.person file) gives
//! the nominal person model vocabulary its training documents lack: GUM's
//! licensed genres never say "mom", "suspect" or "widow", so the model
//! learns what being a person noun is worth instead of each word's weight.

use crate::hashing::{hash_str, Fnv, HashedKeys};
use std::collections::HashMap;
use std::sync::OnceLock;

/// What WordNet says of a word as a noun for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PersonSense {
    /// Its first, most frequent sense is a kind of person.
    First,
    /// A later sense is; the first is not ("head", "star", "party").
    Later,
}

fn table() -> &'static HashMap<u64, PersonSense, HashedKeys> {
    static TABLE: OnceLock<HashMap<u64, PersonSense, HashedKeys>> = OnceLock::new();
    TABLE.get_or_init(|| parse(include_str!("../data/person_nouns.tsv")))
}

fn parse(tsv: &str) -> HashMap<u64, PersonSense, HashedKeys> {
    tsv.lines()
        .filter_map(|line| {
            let (word, sense) = line.split_once('\t')?;
            let sense = match sense.trim() {
                "1" => PersonSense::First,
                "2" => PersonSense::Later,
                _ => return None,
            };
            Some((hash_str(word), sense))
        })
        .collect()
}

/// Whether WordNet's first sense of the lower-case noun `word` is a kind of
/// person: "host", "member", "columnist"; not "head" or "star".
pub fn is_person_noun(word: &str) -> bool {
    person_sense(word) == Some(PersonSense::First)
}

/// What WordNet says of `word` (lower case, no possessive ending) as a
/// noun for people, if anything.
pub(crate) fn person_sense(word: &str) -> Option<PersonSense> {
    person_sense_of_hash(hash_str(word))
}

/// [`person_sense`] of a word by its hash (`hashing::hash_str`), for a
/// caller that has it already.
pub(crate) fn person_sense_of_hash(word_hash: u64) -> Option<PersonSense> {
    table().get(&word_hash).copied()
}

/// What WordNet says of the word `stem` + `ending`, hashed without
/// building it (this runs on every candidate word of every text).
fn person_sense_of_parts(stem: &str, ending: &str) -> Option<PersonSense> {
    let mut hash = Fnv::new();
    for &byte in stem.as_bytes().iter().chain(ending.as_bytes()) {
        hash.byte(byte);
    }
    table().get(&hash.finish()).copied()
}

/// What WordNet says of the singular of `word`, a plural (lower case):
/// "lawyers", "witnesses", "families", "women", "people".
pub(crate) fn person_sense_of_plural(word: &str) -> Option<PersonSense> {
    match word {
        "people" => return person_sense("person"),
        "children" => return person_sense("child"),
        _ => {}
    }
    // "women", "businessmen", "congresswomen": the singular ends in "man".
    if let Some(stem) = word.strip_suffix("men") {
        return person_sense_of_parts(stem, "man");
    }
    if let Some(sense) = word.strip_suffix("ies").and_then(|stem| person_sense_of_parts(stem, "y")) {
        return Some(sense);
    }
    if let Some(sense) = word.strip_suffix("es").and_then(person_sense) {
        return Some(sense);
    }
    word.strip_suffix('s').filter(|stem| !stem.ends_with('s')).and_then(person_sense)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, expect: Option<PersonSense>) {
        assert_eq!(person_sense(word), expect, "{word}");
    }

    #[test]
    fn words_for_people_and_words_that_are_only_sometimes() {
        check("lawyer", Some(PersonSense::First));
        check("mom", Some(PersonSense::First));
        check("suspect", Some(PersonSense::First));
        check("head", Some(PersonSense::Later));
        check("report", None);
        check("statement", None);
        // Plurals and multi-word entries are not in the table.
        check("lawyers", None);
        check("prime_minister", None);
    }

    #[test]
    fn plurals_of_words_for_people() {
        let check_plural =
            |word: &str, expect: Option<PersonSense>| assert_eq!(person_sense_of_plural(word), expect, "{word}");
        check_plural("lawyers", Some(PersonSense::First));
        check_plural("witnesses", Some(PersonSense::First));
        check_plural("babies", Some(PersonSense::First));
        check_plural("women", Some(PersonSense::First));
        check_plural("people", Some(PersonSense::First));
        check_plural("businessmen", Some(PersonSense::First));
        check_plural("reports", None);
        check_plural("lawyer", None);
    }

    #[test]
    fn the_table_parses_every_line() {
        let text = include_str!("../data/person_nouns.tsv");
        assert_eq!(parse(text).len(), text.lines().count());
    }
}
