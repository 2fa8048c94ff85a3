//! A document and the countries whose office holders it calls foreign in,
//! the country it pairs with them out: "between the UK and France",
//! "UK-France talks", "the Anglo-French relationship".
//!
//! A readout of a call between two leaders names the other side's leader
//! with title and country and its own only by role ("The Prime Minister
//! spoke to President Emmanuel Macron of France"). The country it sets
//! beside the other side's is its own, however often it names a third
//! (Russia, in a call about Ukraine).

use readout_offices::country_of_cue;
use readout_segment::Document;
use std::collections::HashMap;

/// The country paired most often with one of `foreign`, if any is.
pub(crate) fn country_paired_with(doc: &Document, foreign: &[&str]) -> Option<&'static str> {
    if foreign.is_empty() {
        return None;
    }
    let mut counts: HashMap<&'static str, usize> = HashMap::new();
    let mut count_pair = |a: &'static str, b: &'static str| match (foreign.contains(&a), foreign.contains(&b)) {
        (true, false) => *counts.entry(b).or_insert(0) += 1,
        (false, true) => *counts.entry(a).or_insert(0) += 1,
        _ => {}
    };
    for index in 0..doc.len() {
        let raw = doc.raw(index);
        // "UK-France", "Anglo-French", "US–Israel": one word, two countries.
        let parts: Vec<&str> = raw.split(['-', '–']).collect();
        if let [first, second] = parts.as_slice() {
            if let (Some(a), Some(b)) = (compound_part_country(first), compound_part_country(second)) {
                count_pair(a, b);
            }
            continue;
        }
        // "the UK and France", "France and the United Kingdom".
        let Some(a) = country_at(doc, index) else { continue };
        let mut next = index + 1;
        if next < doc.len() && doc.word(next) == "and" {
            next += 1;
            if next < doc.len() && doc.word(next) == "the" {
                next += 1;
            }
            if let Some(b) = (next < doc.len()).then(|| country_at(doc, next)).flatten() {
                count_pair(a, b);
            }
        }
    }
    // The most paired; of equals, the first by code, so the answer never
    // depends on the map's order.
    counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(a.0))).map(|(country, _)| country)
}

/// The country a word names, as a country word or a place name of one or
/// two words ("United Kingdom").
fn country_at(doc: &Document, index: usize) -> Option<&'static str> {
    if !doc.token(index).capitalized {
        return None;
    }
    let one = country_of_cue(doc.raw(index));
    one.or_else(|| {
        (index + 1 < doc.len()).then(|| country_of_cue(&format!("{} {}", doc.raw(index), doc.raw(index + 1)))).flatten()
    })
}

/// The country one part of a compound names: "UK", "French", and "Anglo",
/// which only ever stands for Britain in such a compound.
fn compound_part_country(part: &str) -> Option<&'static str> {
    if part == "Anglo" {
        return Some("GB");
    }
    if !part.starts_with(char::is_uppercase) {
        return None;
    }
    country_of_cue(part)
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(text: &str, foreign: &[&str], expect: Option<&str>) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        assert_eq!(country_paired_with(&doc, foreign), expect, "{text}");
    }

    #[test]
    fn the_country_beside_the_foreign_one_is_home() {
        check(
            "The leaders discussed collaboration between the UK and France. Russia was not invited.",
            &["FR"],
            Some("GB"),
        );
        check("They will reinvigorate the Anglo-French relationship.", &["FR"], Some("GB"));
        check("They welcomed the US-Israel partnership.", &["IL"], Some("US"));
    }

    #[test]
    fn no_pair_or_no_foreign_country_says_nothing() {
        check("Russia and Ukraine were discussed.", &["FR"], None);
        check("The UK and France agreed.", &[], None);
    }
}
