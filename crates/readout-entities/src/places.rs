//! The place gazetteer: a segmented text and its word facts in, for each
//! token whether it is part of a known place name, and where in it, out
//! (a feature of the name tagger); or a name written out in, its tier out
//! (asked by the files of `mentions/` of a name the word lists cannot type).
//!
//! The table (`data/places.tsv`, from GeoNames and an ISO country list
//! through three npm packages; `data/README.md` says how it was made)
//! lists the world's countries, capitals, regional seats, first-level
//! regions (states, provinces) and places of 100,000 people or more as
//! tier 1, other places of 15,000 or more as tier 2. It is parsed once into a map from the hash of a name's lower-case
//! form, whitespace collapsed to single spaces, to its tier. A text is
//! matched against it by feeding the same hash token by token, so a lookup
//! allocates nothing.
//!
//! Only a capitalised word opens a match and the longest match wins
//! ("New York City" over "New York"). Many surnames and common words are
//! also towns ("Clinton", "Warren", "March", "Nice"), so a match is a
//! feature the tagger weighs against the rest of the evidence, not a rule.

use crate::hashing::{feed_lower, Fnv, HashedKeys};
use crate::lexicon::is_minor_word;
use crate::word_facts::{stem, Facts, CAP, LETTER, MINOR};
use readout_segment::{Segmented, TokenKind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Words a place name may have: longer names cannot match.
const MAX_WORDS: usize = 4;

/// Tokens a match may span, marks inside it included ("St. Louis" is
/// three, "Washington, D.C." three).
const MAX_TOKENS: usize = 8;

// Bits of a table entry: its tier (0 when the key is only a prefix), and
// whether a longer name starts with it.
const TIER_MASK: u8 = 3;
const PREFIX: u8 = 4;

/// Where a token stands in a gazetteer match: nothing (`0`), or the bits
/// below. Kept in one byte per token of the document.
pub(crate) type PlaceTag = u8;
/// The token continues a match (otherwise it opens one).
pub(crate) const INSIDE: u8 = 1;
/// The tier of the match, 1 or 2, in bits 1 and 2.
pub(crate) const TIER_SHIFT: u8 = 1;
/// The match is the whole run of capitalised words it stands in: not part
/// of a longer name ("Athens" in "Athens Olympic Committee" is not).
pub(crate) const WHOLE_RUN: u8 = 8;

/// The parsed table: name hash → entry bits.
struct Table {
    entries: HashMap<u64, u8, HashedKeys>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::parse(include_str!("../data/places.tsv")))
}

impl Table {
    fn parse(tsv: &str) -> Table {
        let mut entries: HashMap<u64, u8, HashedKeys> = HashMap::default();
        for line in tsv.lines().filter(|l| !l.starts_with('#')) {
            let Some((name, tier)) = line.split_once('\t') else { continue };
            let Ok(tier) = tier.trim().parse::<u8>() else { continue };
            // "Of" (a district of Turkey) would fire on every capitalised
            // "Of" in a headline.
            if is_minor_word(&name.to_lowercase()) || !(1..=2).contains(&tier) {
                continue;
            }
            let mut hash = Fnv::new();
            for (n, word) in name.split_whitespace().enumerate() {
                if n > 0 {
                    // Every shorter run of words is a prefix of this name.
                    let entry = entries.entry(hash.finish()).or_insert(0);
                    *entry |= PREFIX;
                    hash.byte(b' ');
                }
                feed_word(&mut hash, word);
            }
            let entry = entries.entry(hash.finish()).or_insert(0);
            let old = *entry & TIER_MASK;
            *entry = (*entry & !TIER_MASK) | if old == 0 { tier } else { old.min(tier) };
        }
        Table { entries }
    }
}

/// Feed a word in lower case, with a curly apostrophe as a straight one
/// ("Côte d’Ivoire" and "Côte d'Ivoire" are one name).
fn feed_word(hash: &mut Fnv, word: &str) {
    for c in word.chars() {
        if c == '’' {
            hash.byte(b'\'');
        } else {
            feed_lower(hash, c);
        }
    }
}

/// Prepositions a place follows ("in York", "near Mecca", "across
/// Ohio"), lower case.
pub(crate) fn is_place_preposition(word: &str) -> bool {
    matches!(word, "in" | "near" | "outside" | "throughout" | "across" | "around")
}

/// Lower-case nouns of a kind of place that name the place after "of":
/// "the island of Busuanga", "the province of Palawan", "the town of
/// Warren". Whatever the name after them is, even a first name, it is a
/// place.
pub(crate) fn is_place_noun_before_of(word: &str) -> bool {
    matches!(
        word,
        "city"
            | "town"
            | "village"
            | "hamlet"
            | "island"
            | "islands"
            | "province"
            | "state"
            | "county"
            | "region"
            | "district"
            | "kingdom"
            | "republic"
            | "municipality"
            | "suburb"
            | "port"
            | "borough"
            | "parish"
            | "territory"
            | "capital"
            | "emirate"
            | "principality"
            | "commune"
            | "prefecture"
            | "canton"
            | "duchy"
            | "oblast"
            | "governorate"
    )
}

/// The tier of a place name written out ("Portland", "New York City"), if
/// the table has it: 1 or 2.
pub(crate) fn tier(name: &str) -> Option<u8> {
    let mut hash = Fnv::new();
    for (n, word) in name.split_whitespace().enumerate() {
        if n > 0 {
            hash.byte(b' ');
        }
        feed_word(&mut hash, word);
    }
    table().entries.get(&hash.finish()).map(|e| e & TIER_MASK).filter(|&t| t != 0)
}

/// The gazetteer tag of every token of `seg` (0 where none).
pub(crate) fn place_tags(text: &str, seg: &Segmented, facts: &[Facts]) -> Vec<PlaceTag> {
    let table = table();
    let mut tags = vec![0; seg.tokens.len()];
    let is_cap_word = |i: usize| facts[i].flags & (CAP | LETTER) == CAP | LETTER;
    for sentence in &seg.sentences {
        let (start, end) = (sentence.first_token, sentence.end_token);
        let mut i = start;
        while i < end {
            let found = if is_cap_word(i) { longest_match(text, seg, table, i, end) } else { None };
            let Some((last, tier)) = found else {
                i += 1;
                continue;
            };
            let before = i > start && is_cap_word(i - 1) && facts[i - 1].flags & MINOR == 0;
            let after = last + 1 < end && is_cap_word(last + 1);
            let whole = if before || after { 0 } else { WHOLE_RUN };
            for (k, tag) in tags[i..=last].iter_mut().enumerate() {
                *tag = (u8::from(k > 0) * INSIDE) | (tier << TIER_SHIFT) | whole;
            }
            i = last + 1;
        }
    }
    tags
}

/// The last token and tier of the longest place name of the table that
/// starts at token `first` of `seg` and ends before token `end`, if any.
pub(crate) fn longest_place_match(text: &str, seg: &Segmented, first: usize, end: usize) -> Option<(usize, u8)> {
    longest_match(text, seg, table(), first, end)
}

/// The last token and tier of the longest table name that starts at token
/// `first` and ends before `end`, if any.
fn longest_match(text: &str, seg: &Segmented, table: &Table, first: usize, end: usize) -> Option<(usize, u8)> {
    if seg.tokens[first].kind != TokenKind::Word {
        return None;
    }
    let mut hash = Fnv::new();
    let (mut best, mut words) = (None, 0);
    for j in first..end.min(first + MAX_TOKENS) {
        let token = &seg.tokens[j];
        if matches!(token.kind, TokenKind::OpenQuote | TokenKind::CloseQuote) {
            break;
        }
        if j > first && token.space_before {
            // A word boundary: go on only where some name goes on.
            if table.entries.get(&hash.finish()).is_none_or(|e| e & PREFIX == 0) || words == MAX_WORDS {
                break;
            }
            hash.byte(b' ');
        }
        let (word, possessive) = stem(token.text(text));
        feed_word(&mut hash, word);
        if token.kind == TokenKind::Word {
            words += usize::from(token.space_before || j == first);
            let tier = table.entries.get(&hash.finish()).map_or(0, |e| e & TIER_MASK);
            if tier != 0 {
                best = Some((j, tier));
            }
        }
        if possessive {
            break;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::word_facts::token_facts;
    use readout_segment::segment;

    /// The text's matches, each as its words and tags: `B`/`I` for the
    /// position, the tier, and `w` where the match is its whole capitalised
    /// run ("New York/B1w York/I1w").
    fn check(input: &str, expect: &str) {
        let seg = segment(input, std::slice::from_ref(&(0..input.len())));
        let facts: Vec<Facts> = seg.tokens.iter().map(|t| token_facts(t.text(input), t.kind)).collect();
        let tags = place_tags(input, &seg, &facts);
        let shown: Vec<String> = seg
            .tokens
            .iter()
            .zip(&tags)
            .filter(|(_, &tag)| tag != 0)
            .map(|(t, &tag)| {
                let position = if tag & INSIDE != 0 { 'I' } else { 'B' };
                let whole = if tag & WHOLE_RUN != 0 { "w" } else { "" };
                format!("{}/{position}{}{whole}", t.text(input), tag >> TIER_SHIFT & TIER_MASK)
            })
            .collect();
        assert_eq!(shown.join(" "), expect, "{input:?}");
    }

    #[test]
    fn the_longest_match_wins() {
        check("They flew to New York City on Monday.", "New/B1w York/I1w City/I1w");
        check("They flew to New York on Monday.", "New/B1w York/I1w");
        check("He lives in St. Louis now.", "St/B1w ./I1w Louis/I1w");
    }

    #[test]
    fn tiers_and_runs() {
        check("She moved to Athens in May.", "Athens/B1w");
        // A town of 15,000 to 100,000 people.
        check("She moved to Clinton.", "Clinton/B2w");
        check("The Athens Olympic Committee met.", "Athens/B1");
        check("Portland’s mayor spoke.", "Portland’s/B1w");
    }

    #[test]
    fn lower_case_words_never_open_a_match() {
        check("the portland of athens", "");
        check("Of course.", "");
    }

    #[test]
    fn names_written_out_have_their_tier() {
        assert_eq!(tier("Portland"), Some(1));
        assert_eq!(tier("new  york"), Some(1));
        assert_eq!(tier("Clinton"), Some(2));
        assert_eq!(tier("Valdoria"), None);
        // A prefix of a longer name is no name.
        assert_eq!(tier("Sant"), None);
    }

    #[test]
    fn accents_may_be_dropped() {
        check("From São Paulo and Sao Paulo.", "São/B1w Paulo/I1w Sao/B1w Paulo/I1w");
    }
}
