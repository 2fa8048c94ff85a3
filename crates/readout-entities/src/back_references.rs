//! What refers back to a name right after it: a document in, for each name
//! (keyed by its last word), how often a thing's words follow it ("its",
//! "itself", ", which") and how often a person's ("his", "her", "himself",
//! ", who") out.
//!
//! A name no word list types falls to the last resort, a person. Yet the
//! text often says what it is: "Verizon and its unions", "Twitter has
//! positioned itself", "Valeant, which …". A name such words follow more
//! often than a person's is a body, not someone.

use readout_segment::Document;
use std::collections::HashMap;

/// Tokens after a name that a back reference may stand within.
const WINDOW: usize = 5;

/// The back references that follow each name of a document.
#[derive(Debug, Default)]
pub(crate) struct BackReferences {
    /// Last word of a name (lower case, no possessive) to (thing's, person's).
    votes: HashMap<String, (u32, u32)>,
}

/// A back reference: a thing's or a person's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reference {
    Thing,
    Person,
}

impl BackReferences {
    pub(crate) fn from_document(doc: &Document) -> Self {
        let mut votes: HashMap<String, (u32, u32)> = HashMap::new();
        for last in 0..doc.len() {
            let token = doc.token(last);
            let ends_name = token.capitalized
                && doc.is_word(last)
                && !(last + 1 < doc.len() && doc.token(last + 1).capitalized && doc.is_word(last + 1));
            // "Clinton's campaign and its …": the possessed noun is what
            // "its" is of.
            let raw = doc.raw(last);
            if !ends_name || raw.ends_with("’s") || raw.ends_with("'s") {
                continue;
            }
            let Some(reference) = reference_after(doc, last + 1) else { continue };
            let entry = votes.entry(doc.word(last).replace('\'', "’")).or_default();
            match reference {
                Reference::Thing => entry.0 += 1,
                Reference::Person => entry.1 += 1,
            }
        }
        BackReferences { votes }
    }

    /// Whether what follows the name whose last word is `last_word` (lower
    /// case) refers back to it as a thing more often than as a person.
    pub(crate) fn mostly_a_thing(&self, last_word: &str) -> bool {
        self.votes.get(&last_word.replace('\'', "’")).is_some_and(|&(thing, person)| thing > person)
    }
}

/// The back reference that follows a name ending before `from`, if one does
/// before anything else could be what it refers to: another name, a
/// determiner's noun phrase, a clause's end.
fn reference_after(doc: &Document, from: usize) -> Option<Reference> {
    let (_, sentence_end) = doc.sentence_bounds(from.saturating_sub(1));
    // "Valeant, which …", "Stumpf, who …": a relative pronoun right after
    // the name's comma.
    if from + 1 < sentence_end && doc.is_punct(from, ",") {
        return match doc.word(from + 1) {
            "which" => Some(Reference::Thing),
            "who" => Some(Reference::Person),
            _ => None,
        };
    }
    for t in from..sentence_end.min(from + WINDOW) {
        let word = doc.word(t);
        match word {
            "its" | "itself" => return Some(Reference::Thing),
            "his" | "himself" | "herself" => return Some(Reference::Person),
            _ => {}
        }
        let stops = !doc.is_word(t)
            || doc.token(t).capitalized
            || crate::clause_words::is_determiner(word)
            || matches!(word, "her" | "their" | "they" | "them" | "it" | "who" | "which" | "that" | "of" | "to");
        if stops {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// Whether `name` (its last word, lower case) is mostly a thing in `text`.
    fn check(text: &str, name: &str, expect: bool) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        assert_eq!(BackReferences::from_document(&doc).mostly_a_thing(name), expect, "{text:?}");
    }

    #[test]
    fn its_and_itself_make_a_thing() {
        check("Verizon and its unions reached a deal.", "verizon", true);
        check("For years, Twitter has positioned itself as a town square.", "twitter", true);
        check("Analysts said Valeant, which owns the brand, would sell.", "valeant", true);
    }

    #[test]
    fn a_persons_words_outweigh_a_things() {
        let text = "Stumpf defended its record. Stumpf said his bank erred. Stumpf, who leads it, left.";
        check(text, "stumpf", false);
    }

    #[test]
    fn a_noun_phrase_between_takes_the_reference() {
        // The bill's provisions, not Obama's.
        check("Obama signed the bill and its provisions took effect.", "obama", false);
        check("Trump praised NATO and its members.", "trump", false);
    }

    #[test]
    fn a_possessive_name_passes_the_reference_to_its_noun() {
        check("Clinton's campaign and its allies spent more.", "clinton", false);
    }
}
