//! Places named inside longer names: a document, its mentions and their
//! entity groups in, the places that organisations' and places' names
//! hold ("Australia" in "the Medical Journal of Australia", "San
//! Francisco" in "San Francisco Bay") out, each with its bytes and the
//! name the gazetteer knows it by.
//!
//! A name mention covers its whole span, so a text that names only "the
//! University of New South Wales" lists no mention of New South Wales,
//! and a search for the state misses it. Annotated corpora that mark
//! every name (GUM) mark the nested one too. Only the place table's first
//! tier (countries, first-level regions, capitals and cities of 100,000
//! or more) counts: its second tier is full of towns that are also
//! surnames ("Collins College" is no place's), and a person's name is
//! never searched ("Jackson" in "Andrew Jackson" is no city). Nor does a
//! one-word place whose first sense is a common word count
//! (`data/place_words.tsv`: "Bay", "Central", "North", "Reading"), unless
//! it is a country ("Chad", "Turkey").

use crate::gazetteer::is_place;
use crate::grouping::EntityGroup;
use crate::mentions::{Mention, MentionForm};
use crate::places::longest_place_match;
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::Range;
use std::sync::OnceLock;

/// A place named inside a longer name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NestedPlace {
    /// Its bytes in the text.
    pub bytes: Range<usize>,
    /// Its words as written ("New South Wales").
    pub name: String,
}

/// The places inside the names of every organisation and place of
/// `groups`, in text order, each once however many mentions share its
/// bytes.
pub fn nested_places(doc: &Document, mentions: &[Mention], groups: &[EntityGroup]) -> Vec<NestedPlace> {
    let mut out = Vec::new();
    for group in groups.iter().filter(|g| matches!(g.kind, EntityKind::Organization | EntityKind::Place)) {
        for &index in &group.mentions {
            let mention = &mentions[index];
            if matches!(mention.form, MentionForm::Name { .. }) {
                places_inside(doc, mention.tokens, &mut out);
            }
        }
    }
    out.sort_by_key(|place| (place.bytes.start, place.bytes.end));
    out.dedup();
    out
}

/// Adds the first-tier places inside the name at tokens `[first, end)`,
/// leftmost longest first, leaving out a match that is the whole name.
fn places_inside(doc: &Document, (first, end): (usize, usize), out: &mut Vec<NestedPlace>) {
    let mut token = first;
    while token < end {
        let capitalised = doc.is_word(token) && doc.token(token).capitalized;
        let found = if capitalised { longest_place_match(doc.text, doc.seg, token, end) } else { None };
        let Some((last, tier)) = found else {
            token += 1;
            continue;
        };
        let whole = token == first && last + 1 == end;
        let bytes = doc.byte_range(token, last + 1);
        let name = crate::without_possessive(&doc.text[bytes.clone()]).to_string();
        let common_word = !name.contains(' ') && is_place_word(&name);
        if !whole && (is_place(&name) || tier == 1 && !common_word) {
            let bytes = bytes.start..bytes.start + name.len();
            out.push(NestedPlace { bytes, name });
        }
        token = last + 1;
    }
}

/// Whether `name` is a one-word place of the table's first tier whose
/// first sense is a common word.
fn is_place_word(name: &str) -> bool {
    static WORDS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        include_str!("../data/place_words.tsv").lines().filter(|line| !line.starts_with('#')).collect()
    });
    words.binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// The places nested in the organisations and places the whole
    /// pipeline of this crate finds in `input`, joined by " | ".
    fn check(input: &str, expect: &str) {
        let seg = segment(input, std::slice::from_ref(&(0..input.len())));
        let doc = Document::new(input, &seg);
        let mentions = crate::find_all_mentions(&doc, &[]);
        let inside = vec![false; doc.len()];
        let groups = crate::group_names_and_roles(&doc, &mentions, &crate::Context::for_tests(&[], &inside));
        let found = nested_places(&doc, &mentions, &groups);
        let shown: Vec<String> = found.iter().map(|p| format!("{} @{}", p.name, p.bytes.start)).collect();
        assert_eq!(shown.join(" | "), expect, "{input:?}");
    }

    #[test]
    fn a_country_inside_an_organisations_name() {
        check("The study appeared in the Medical Journal of Australia on Monday.", "Australia @45");
    }

    #[test]
    fn a_city_opening_a_newspapers_name() {
        check("The San Francisco Bulletin printed the proclamation.", "San Francisco @4");
    }

    #[test]
    fn a_place_that_is_the_whole_name_holds_nothing() {
        check("She flew to New Zealand and then to Mexico City.", "");
    }

    #[test]
    fn a_region_named_by_a_common_word_is_not_a_place_inside_a_name() {
        check("The Central Bank of Nigeria and the Bay Area Council met.", "Nigeria @20");
    }

    #[test]
    fn the_place_word_table_is_sorted() {
        let words: Vec<&str> =
            include_str!("../data/place_words.tsv").lines().filter(|l| !l.starts_with('#')).collect();
        assert!(words.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(is_place_word("Bay") && !is_place_word("Berlin"));
    }

    #[test]
    fn a_persons_name_is_not_searched() {
        check("Andrew Jackson spoke to the crowd.", "");
    }
}
