//! Gold names: a GUM document in, its name mentions (the scorer's
//! definition) and the name span inside each, as the tagger should learn
//! it, out.
//!
//! A name mention is a gold mention of a person, organisation or place that
//! holds a proper noun (UPOS `PROPN`) of its own, one not inside a smaller
//! gold mention nested in it (`../shared/eval/score_entities.py`). GUM's
//! mention spans are whole noun phrases ("English captain Harry Kane", "the
//! University of Tarn, which ..."); the name inside is found from the
//! mention's first own proper noun: grown over neighbouring capitalised
//! words and name particles ("of", "de"; for people only particles such as
//! "van"), stopped by commas and brackets, without a leading article, and
//! starting after the last title before a proper noun ("Ukrainian President
//! Petro Poroshenko" gives "Petro Poroshenko"). Where name spans overlap
//! the longer wins ("University of Tarn" over "Tarn"); of equal
//! spans, the one from the smaller mention.

use crate::gum::{GumDocument, GumMention};
use crate::lexicon::{is_name_connector, is_person_particle, is_title_word};
use readout_record::EntityKind;
use std::ops::Range;

/// A gold name span to learn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldName {
    /// Gold tokens `first..=last`.
    pub first: usize,
    pub last: usize,
    pub bytes: Range<usize>,
    pub kind: EntityKind,
}

/// The kind a GUM entity type maps to, for the three kinds that have names.
pub(crate) fn kind_of(etype: &str) -> Option<EntityKind> {
    match etype {
        "person" => Some(EntityKind::Person),
        "organization" => Some(EntityKind::Organization),
        "place" => Some(EntityKind::Place),
        _ => None,
    }
}

/// The `PROPN` tokens in `first..=last` that are not inside a gold mention
/// nested strictly within that range.
pub(crate) fn own_proper_nouns(doc: &GumDocument, first: usize, last: usize) -> Vec<usize> {
    let mut nested = vec![false; last + 1 - first];
    for m in &doc.mentions {
        if first <= m.first && m.last <= last && (m.first, m.last) != (first, last) {
            for flag in &mut nested[m.first - first..=m.last - first] {
                *flag = true;
            }
        }
    }
    (first..=last).filter(|&i| doc.tokens[i].upos == "PROPN" && !nested[i - first]).collect()
}

fn capitalised(form: &str) -> bool {
    form.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn is_stop(form: &str) -> bool {
    matches!(form, "," | "(" | ")" | ";" | ":" | "—" | "–" | "/" | "\"" | "“" | "”")
}

/// The name span inside name mention `m`, as gold tokens `(first, last)`.
fn name_span(doc: &GumDocument, m: &GumMention, anchor: usize) -> (usize, usize) {
    let form = |i: usize| doc.tokens[i].form.as_str();
    let person = m.etype == "person";
    let namey = |i: usize| {
        let lower = form(i).to_lowercase();
        !is_stop(form(i))
            && (capitalised(form(i)) || if person { is_person_particle(&lower) } else { is_name_connector(&lower) })
    };
    let mut last = anchor;
    while last < m.last && namey(last + 1) {
        last += 1;
    }
    while last > anchor && !capitalised(form(last)) {
        last -= 1;
    }
    let mut first = anchor;
    while first > m.first && namey(first - 1) {
        first -= 1;
    }
    while first < anchor
        && (!capitalised(form(first)) || matches!(form(first).to_lowercase().as_str(), "the" | "a" | "an"))
    {
        first += 1;
    }
    for i in (first..last).rev() {
        let next = &doc.tokens[i + 1];
        if i <= anchor && is_title_word(&form(i).to_lowercase()) && next.upos == "PROPN" && capitalised(&next.form) {
            first = i + 1;
            break;
        }
    }
    (first, last)
}

/// The kind and name span (gold tokens `first..=last`) of `m` when it is a
/// name mention.
pub(crate) fn mention_name(doc: &GumDocument, m: &GumMention) -> Option<(EntityKind, usize, usize)> {
    let kind = kind_of(&m.etype)?;
    let &anchor = own_proper_nouns(doc, m.first, m.last).first()?;
    let (first, last) = name_span(doc, m, anchor);
    Some((kind, first, last))
}

/// The name spans of `doc` to learn, non-overlapping, in text order.
pub fn gold_names(doc: &GumDocument) -> Vec<GoldName> {
    let mut candidates: Vec<(GoldName, usize)> = Vec::new();
    for m in &doc.mentions {
        let Some((kind, first, last)) = mention_name(doc, m) else { continue };
        let bytes = doc.tokens[first].bytes.start..doc.tokens[last].bytes.end;
        candidates.push((GoldName { first, last, bytes, kind }, m.last - m.first));
    }
    candidates.sort_by_key(|(g, mention_len)| (std::cmp::Reverse(g.last - g.first), *mention_len, g.first));
    let mut taken = vec![false; doc.tokens.len()];
    let mut out = Vec::new();
    for (g, _) in candidates {
        if taken[g.first..=g.last].iter().any(|&t| t) {
            continue;
        }
        for t in &mut taken[g.first..=g.last] {
            *t = true;
        }
        out.push(g);
    }
    out.sort_by_key(|g| g.first);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gum::bracketed_sentence;

    /// `input`: one sentence as `form/UPOS` words, mentions opened by
    /// `[type` before a word and closed by `]` after one; show the names
    /// to learn as `kind:text`.
    fn check(input: &str, expect: &str) {
        let doc = bracketed_sentence(input);
        let shown: Vec<String> =
            gold_names(&doc).iter().map(|g| format!("{}:{}", g.kind.as_str(), &doc.text[g.bytes.clone()])).collect();
        assert_eq!(shown.join(" "), expect);
    }

    #[test]
    fn titles_and_articles_stay_outside() {
        check(
            r"[person|Ukrainian/ADJ President/PROPN Petro/PROPN Poroshenko/PROPN] met/VERB [place|the/DET United/PROPN States/PROPN]",
            "person:Petro Poroshenko place:United States",
        );
        check(r"[person|Donald/PROPN J./PROPN Trump/PROPN] spoke/VERB", "person:Donald J. Trump");
        check(r"[person|English/ADJ captain/NOUN Harry/PROPN Kane/PROPN]", "person:Harry Kane");
    }

    #[test]
    fn appositions_and_clauses_are_cut_off() {
        check(
            r"[organization|Harbour/PROPN University/PROPN ,/PUNCT [place|New/PROPN Zealand/PROPN]]",
            "organization:Harbour University place:New Zealand",
        );
        check(
            r"[organization|the/DET University/PROPN of/ADP [place|Tarn/PROPN] ,/PUNCT which/PRON failed/VERB]",
            "organization:University of Tarn",
        );
        check(
            r"[person|Mei/PROPN Lin-wah/PROPN from/ADP [organization|the/DET Harbour/PROPN Party/PROPN]]",
            "person:Mei Lin-wah organization:Harbour Party",
        );
    }

    #[test]
    fn mentions_without_own_proper_nouns_are_not_names() {
        check(r"[person|[person|Jenna/PROPN] 's/PART mother/NOUN]", "person:Jenna");
        check(r"[abstract|Paris/PROPN] [person|the/DET man/NOUN]", "");
    }
}
