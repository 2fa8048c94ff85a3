//! One kind per name in a document: the name tagger's spans in, for each
//! name it found, the kind most of its occurrences got out; and the
//! companies the text names through their executives' titles.
//!
//! A name keeps its kind through a text: "Coron" is a town in every
//! sentence of a travel guide, though the tagger, deciding each sentence on
//! its own, sees a town in some and misses the name or takes it for a
//! person in others. Where the word lists cannot type a name, the kind the
//! tagger gave most of the name's occurrences in the document stands in
//! for the last resort, which is a person.

use crate::NameSpan;
use readout_record::EntityKind;
use readout_segment::Document;
use std::collections::{HashMap, HashSet};

/// Asked once per name run: a fast hasher, not the default SipHash.
type FastHasher = foldhash::fast::RandomState;

/// The tagger's votes for the kind of each name of a document, keyed by the
/// name's lower-case words without possessive endings.
#[derive(Debug, Default)]
pub(crate) struct DocumentKinds {
    votes: HashMap<String, [u32; 3], FastHasher>,
    /// The keys of the names the text gives an executive's title
    /// ([`crate::corporate_titles`]): companies.
    companies: HashSet<String>,
    /// The lower-case words of every name the tagger took for a person's.
    person_words: HashSet<String, FastHasher>,
    /// What refers back to each name right after it ("its", ", who"),
    /// counted the first time a name falls to the last resort: most
    /// documents have none that does.
    back_references: std::cell::OnceCell<crate::back_references::BackReferences>,
}

impl DocumentKinds {
    pub(crate) fn from_tagger(doc: &Document, names: &[NameSpan]) -> Self {
        let mut votes: HashMap<String, [u32; 3], FastHasher> = HashMap::default();
        let mut person_words: HashSet<String, FastHasher> = HashSet::default();
        for name in names {
            let Some(slot) = slot(name.kind) else { continue };
            let key = key(doc, name.tokens.start, name.tokens.end);
            if name.kind == EntityKind::Person {
                person_words.extend(key.split(' ').map(str::to_string));
            }
            votes.entry(key).or_default()[slot] += 1;
        }
        DocumentKinds {
            votes,
            person_words,
            companies: crate::corporate_titles::companies_by_title(doc),
            back_references: std::cell::OnceCell::new(),
        }
    }

    /// Whether the tagger took `word` (any case) for part of a person's
    /// name somewhere in the document: "Trump" in "Donald Trump said" or
    /// alone.
    pub(crate) fn names_a_person(&self, word: &str) -> bool {
        self.person_words.contains(&word.to_lowercase().replace('\'', "’"))
    }

    /// Whether the text names a company on tokens `[start, end)`: "Wells
    /// Fargo" where it also writes "Wells Fargo CEO John Stumpf".
    pub(crate) fn names_a_company(&self, doc: &Document, start: usize, end: usize) -> bool {
        !self.companies.is_empty() && self.companies.contains(&key(doc, start, end))
    }

    /// Whether the tagger took the one word `word` (lower case), standing
    /// alone, for a person more often than for a body or a place: the
    /// surname "Chatwal" said of a man after "Sant Singh Chatwal".
    pub(crate) fn alone_names_a_person(&self, word: &str) -> bool {
        self.votes.get(&word.replace('\'', "’")).is_some_and(|votes| votes[0] > votes[1] + votes[2])
    }

    /// Whether the text refers back to the name whose last word is
    /// `last_word` as a thing more often than as a person: "Verizon and its
    /// unions".
    pub(crate) fn mostly_a_thing(&self, doc: &Document, last_word: &str) -> bool {
        self.back_references
            .get_or_init(|| crate::back_references::BackReferences::from_document(doc))
            .mostly_a_thing(&last_word.to_lowercase())
    }

    /// Whether at least half of the tagger's occurrences of the name on
    /// tokens `[start, end)` are a person's: a tie goes to the person.
    pub(crate) fn often_a_person(&self, doc: &Document, start: usize, end: usize) -> bool {
        self.votes.get(&key(doc, start, end)).is_some_and(|votes| 2 * votes[0] >= votes.iter().sum::<u32>())
    }

    /// The kind most of the tagger's occurrences of the name on tokens
    /// `[start, end)` have, when more than half have it and it is an
    /// organisation or a place; a name the tagger never found, or mostly
    /// found as a person, gets none.
    pub(crate) fn place_or_organisation(&self, doc: &Document, start: usize, end: usize) -> Option<EntityKind> {
        let votes = self.votes.get(&key(doc, start, end))?;
        let total: u32 = votes.iter().sum();
        [EntityKind::Organization, EntityKind::Place]
            .into_iter()
            .find(|&kind| slot(kind).is_some_and(|s| 2 * votes[s] > total))
    }
}

fn slot(kind: EntityKind) -> Option<usize> {
    match kind {
        EntityKind::Person => Some(0),
        EntityKind::Organization => Some(1),
        EntityKind::Place => Some(2),
        EntityKind::Other => None,
    }
}

pub(crate) fn key(doc: &Document, start: usize, end: usize) -> String {
    let mut key = String::new();
    for token in start..end {
        if doc.is_word(token) {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&crate::mentions::without_possessive(doc.word(token)).replace('\'', "’"));
        }
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// The kind `DocumentKinds` gives the `nth` occurrence of `name` in
    /// `text`, from the tagger spans listed as (occurrence, kind).
    fn check(text: &str, name: &str, tagged: &[(usize, EntityKind)], expect: Option<EntityKind>) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let occurrences: Vec<(usize, usize)> = (0..doc.len())
            .filter(|&t| doc.raw(t).starts_with(name))
            .map(|t| (t, t + name.split(' ').count()))
            .collect();
        let spans: Vec<NameSpan> = tagged
            .iter()
            .map(|&(n, kind)| {
                let (start, end) = occurrences[n];
                NameSpan { tokens: start..end, bytes: doc.token(start).range.start..doc.token(end - 1).range.end, kind }
            })
            .collect();
        let kinds = DocumentKinds::from_tagger(&doc, &spans);
        let (start, end) = occurrences[0];
        assert_eq!(kinds.place_or_organisation(&doc, start, end), expect);
    }

    #[test]
    fn a_name_the_tagger_mostly_takes_for_a_place_is_a_place_everywhere() {
        let text = "Coron is quiet. We sailed from Coron at dawn. Coron's reefs are near.";
        check(text, "Coron", &[(1, EntityKind::Place), (2, EntityKind::Place)], Some(EntityKind::Place));
    }

    #[test]
    fn split_votes_decide_nothing() {
        let text = "Coron is quiet. We sailed from Coron at dawn.";
        check(text, "Coron", &[(0, EntityKind::Person), (1, EntityKind::Place)], None);
    }

    #[test]
    fn a_person_is_left_to_the_word_lists() {
        let text = "Gloria spoke. Gloria left.";
        check(text, "Gloria", &[(0, EntityKind::Person), (1, EntityKind::Person)], None);
    }
}
