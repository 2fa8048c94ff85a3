//! Features: a text and its segmentation in, for each token of a sentence
//! the 64-bit keys of the features that fire on it out.
//!
//! A feature is a template and a value ("the word two to the left is
//! `said`"), hashed into one key; the model holds a weight per key and
//! label. Facts about each token (its lower-case form, shape, affixes) and
//! about the document (how each paragraph is cased, which words also occur
//! in lower case) are computed once per document, so a sentence's features
//! are a handful of hash combinations per token and no allocation.
//!
//! Headline evidence: a paragraph whose content words are all capitalised
//! (or all upper case) is marked, and so is every capitalised word that the
//! same document also writes in lower case ("Says", "Health") or only ever
//! capitalises mid-sentence ("Clinton"). Each capitalised word also gets
//! the words seen around its capitalised occurrences anywhere in the
//! document ("in Valdoria" once helps type "Valdoria" everywhere).
//!
//! One list of names: the place gazetteer (`src/places.rs`, countries,
//! regions and towns from GeoNames). A token in the longest known place
//! name that starts at a capitalised word gets where it stands in it, the
//! name's tier, and whether it is the whole capitalised run; the words
//! either side of the match are told too. It is a feature the model weighs,
//! not a rule: many surnames are also towns ("Clinton", "Warren"), and
//! "Athens" is a university as well as a city. The 54 training documents
//! name too few places for the model to learn most of them itself.

use crate::hashing::{hash_str, mix, HashedKeys};
use crate::paragraph_style::{paragraph_styles, CASE_MASK};
use crate::places::{place_tags, PlaceTag, INSIDE as PLACE_INSIDE, WHOLE_RUN};
use crate::word_facts::{stem, token_facts, trigrams, Facts, CAP, DIGIT, LETTER, POSSESSIVE, TITLE, UPPER};
use readout_segment::{Segmented, Sentence};
use std::collections::{HashMap, HashSet};

/// Changes whenever a feature is added, removed or computed differently: a
/// model trained with other features is refused.
pub(crate) const FEATURES_VERSION: u32 = 4;

// Templates: distinct constants mixed with each feature's value.
const T_BIAS: u64 = 1;
/// The key of the feature every token has.
pub(crate) const BIAS_KEY: u64 = T_BIAS;
const T_W0: u64 = 2;
const T_WM1: u64 = 3;
const T_WM2: u64 = 4;
const T_WP1: u64 = 5;
const T_WP2: u64 = 6;
const T_SH0: u64 = 7;
const T_SHM1: u64 = 8;
const T_SHP1: u64 = 9;
const T_SH3: u64 = 10;
const T_PRE3: u64 = 11;
const T_SUF2: u64 = 12;
const T_SUF3: u64 = 13;
const T_SUF4: u64 = 14;
const T_BIL: u64 = 15;
const T_BIR: u64 = 16;
const T_FIRST: u64 = 17;
const T_STYLE: u64 = 18;
const T_ELSEWHERE: u64 = 19;
const T_TITLE_PREV: u64 = 20;
const T_POSSESSIVE: u64 = 21;
const T_STYLE_W0: u64 = 22;
const T_DOC_LEFT: u64 = 23;
const T_DOC_RIGHT: u64 = 24;
const T_GRAM: u64 = 25;
const T_LEFT_WINDOW: u64 = 26;
const T_RIGHT_WINDOW: u64 = 27;
const T_PLACE: u64 = 28;
const T_PLACE_RUN: u64 = 29;
const T_PLACE_NEXT: u64 = 30;
const T_PLACE_PREVIOUS: u64 = 31;
/// Not a feature: salt for choosing the place names hidden in training.
const T_HIDDEN: u64 = 32;

/// One in this many of the place names the gazetteer knows are hidden from
/// it in training (chosen on GUM dev: hiding a half or a quarter did
/// worse, hiding none lost names the list does not have).
const HIDDEN_SHARE: u64 = 3;

/// Words on either side that capitalised words see regardless of position.
const WINDOW: isize = 4;

/// Neighbours remembered per capitalised word and side.
const BAG: usize = 4;

/// A document prepared for feature extraction.
pub(crate) struct DocFeatures {
    facts: Vec<Facts>,
    /// Per paragraph: case style and the other style bits.
    style: Vec<u8>,
    /// Lower-case forms written with a lower-case initial somewhere.
    lower_seen: HashSet<u64, HashedKeys>,
    /// How often each form is capitalised inside a sentence of an ordinary
    /// paragraph.
    cap_inside: HashMap<u64, u32, HashedKeys>,
    /// Tokens that open their sentence (after opening marks).
    first: Vec<bool>,
    /// Character-trigram keys of capitalised words: token `i` has
    /// `grams[gram_at[i]..gram_at[i + 1]]`.
    grams: Vec<u64>,
    gram_at: Vec<u32>,
    /// Per capitalised form: the first few distinct words seen right
    /// before and right after its capitalised occurrences in the document.
    neighbours: HashMap<u64, ([u64; BAG], [u64; BAG]), HashedKeys>,
    /// Per token: where it stands in a gazetteer place name, if anywhere.
    places: Vec<PlaceTag>,
    bos: u64,
    eos: u64,
}

impl DocFeatures {
    pub(crate) fn new(text: &str, seg: &Segmented) -> DocFeatures {
        let facts: Vec<Facts> = seg.tokens.iter().map(|t| token_facts(t.text(text), t.kind)).collect();
        let mut grams = Vec::new();
        let mut gram_at = Vec::with_capacity(seg.tokens.len() + 1);
        for (t, f) in seg.tokens.iter().zip(&facts) {
            gram_at.push(grams.len() as u32);
            if f.flags & CAP != 0 && f.flags & LETTER != 0 {
                trigrams(stem(t.text(text)).0, &mut grams);
            }
        }
        gram_at.push(grams.len() as u32);
        let mut first = vec![false; seg.tokens.len()];
        for sentence in &seg.sentences {
            let opening = (sentence.first_token..sentence.end_token).find(|&i| facts[i].flags & (LETTER | DIGIT) != 0);
            if let Some(i) = opening {
                first[i] = true;
            }
        }
        let style = paragraph_styles(text, seg, &facts);
        let mut lower_seen = HashSet::default();
        let mut cap_inside: HashMap<u64, u32, HashedKeys> = HashMap::default();
        for sentence in &seg.sentences {
            let ordinary = style[sentence.paragraph] & CASE_MASK == 0;
            for i in sentence.first_token..sentence.end_token {
                let f = &facts[i];
                if f.flags & LETTER == 0 {
                    continue;
                }
                if f.flags & CAP == 0 {
                    if seg.tokens[i].text(text).starts_with(char::is_lowercase) {
                        lower_seen.insert(f.lower);
                    }
                } else if ordinary && !first[i] {
                    *cap_inside.entry(f.lower).or_insert(0) += 1;
                }
            }
        }
        let (bos, eos) = (hash_str("<s>"), hash_str("</s>"));
        let mut neighbours: HashMap<u64, ([u64; BAG], [u64; BAG]), HashedKeys> = HashMap::default();
        for sentence in &seg.sentences {
            let (start, end) = (sentence.first_token, sentence.end_token);
            for i in start..end {
                if facts[i].flags & (CAP | UPPER) == 0 || facts[i].flags & LETTER == 0 {
                    continue;
                }
                let left = if i > start { facts[i - 1].lower } else { bos };
                let right = if i + 1 < end { facts[i + 1].lower } else { eos };
                let (lefts, rights) = neighbours.entry(facts[i].lower).or_insert(([0; BAG], [0; BAG]));
                remember(lefts, left);
                remember(rights, right);
            }
        }
        let places = place_tags(text, seg, &facts);
        DocFeatures { facts, style, lower_seen, cap_inside, first, grams, gram_at, neighbours, places, bos, eos }
    }

    /// As [`DocFeatures::new`], for training: the gazetteer is blind to
    /// some of the place names it knows (a fixed share, chosen by a hash
    /// of the name's first word, so a name is hidden everywhere or
    /// nowhere). Most places a text names are missing from any list, and a
    /// model that only ever saw listed places learns that an unlisted
    /// capitalised word is no place ("from Coron to the island").
    pub(crate) fn for_training(text: &str, seg: &Segmented) -> DocFeatures {
        let mut doc = DocFeatures::new(text, seg);
        let mut hidden = false;
        for (tag, facts) in doc.places.iter_mut().zip(&doc.facts) {
            if *tag & PLACE_INSIDE == 0 && *tag != 0 {
                hidden = mix(T_HIDDEN, facts.lower).is_multiple_of(HIDDEN_SHARE);
            }
            if hidden && *tag != 0 {
                *tag = 0;
            }
        }
        doc
    }

    /// The features of each token of `sentence`: token `k` of the sentence
    /// has `keys[offsets[k]..offsets[k + 1]]`. Both vectors are cleared first.
    pub(crate) fn sentence(&self, sentence: &Sentence, keys: &mut Vec<u64>, offsets: &mut Vec<u32>) {
        keys.clear();
        offsets.clear();
        let (start, end) = (sentence.first_token, sentence.end_token);
        let style = self.style[sentence.paragraph];
        let lower = |i: isize| -> u64 {
            if i < start as isize {
                self.bos
            } else if i >= end as isize {
                self.eos
            } else {
                self.facts[i as usize].lower
            }
        };
        let shape = |i: isize| -> u64 {
            if i < start as isize {
                self.bos
            } else if i >= end as isize {
                self.eos
            } else {
                self.facts[i as usize].shape
            }
        };
        let flags = |i: isize| -> u16 {
            if i < start as isize || i >= end as isize {
                0
            } else {
                self.facts[i as usize].flags
            }
        };
        for index in start..end {
            offsets.push(keys.len() as u32);
            let f = &self.facts[index];
            let i = index as isize;
            let cap = u64::from(f.flags & CAP != 0);
            let upper = u64::from(f.flags & UPPER != 0);
            let first = u64::from(self.first[index]);
            keys.push(T_BIAS);
            keys.push(mix(T_W0, f.lower));
            keys.push(mix(T_WM1, lower(i - 1)));
            keys.push(mix(T_WM2, lower(i - 2)));
            keys.push(mix(T_WP1, lower(i + 1)));
            keys.push(mix(T_WP2, lower(i + 2)));
            keys.push(mix(T_SH0, f.shape));
            keys.push(mix(T_SHM1, shape(i - 1)));
            keys.push(mix(T_SHP1, shape(i + 1)));
            keys.push(mix(mix(mix(T_SH3, shape(i - 1)), f.shape), shape(i + 1)));
            keys.push(mix(T_PRE3, f.pre3));
            keys.push(mix(T_SUF2, f.suf2));
            keys.push(mix(T_SUF3, f.suf3));
            keys.push(mix(T_SUF4, f.suf4));
            keys.push(mix(mix(T_BIL, lower(i - 1)), f.lower));
            keys.push(mix(mix(T_BIR, f.lower), lower(i + 1)));
            keys.push(mix(T_FIRST, first | cap << 1 | upper << 2));
            keys.push(mix(T_STYLE, u64::from(style) | cap << 8 | upper << 9 | first << 10));
            if f.flags & (CAP | UPPER) != 0 {
                let seen_lower = u64::from(self.lower_seen.contains(&f.lower));
                let inside = self.cap_inside.get(&f.lower).copied().unwrap_or(0);
                // This token's own occurrence does not count as "elsewhere".
                let own = u64::from(style & CASE_MASK == 0 && first == 0 && cap == 1);
                let inside = (u64::from(inside) - own.min(u64::from(inside))).min(2);
                let case = u64::from(style & CASE_MASK);
                keys.push(mix(T_ELSEWHERE, seen_lower | inside << 1 | first << 3 | case << 4 | upper << 6));
                let grams = &self.grams[self.gram_at[index] as usize..self.gram_at[index + 1] as usize];
                keys.extend(grams.iter().map(|&g| mix(T_GRAM, g)));
                for d in 1..=WINDOW {
                    keys.push(mix(T_LEFT_WINDOW, lower(i - d)));
                    keys.push(mix(T_RIGHT_WINDOW, lower(i + d)));
                }
                if let Some((lefts, rights)) = self.neighbours.get(&f.lower) {
                    keys.extend(lefts.iter().take_while(|&&h| h != 0).map(|&h| mix(T_DOC_LEFT, h)));
                    keys.extend(rights.iter().take_while(|&&h| h != 0).map(|&h| mix(T_DOC_RIGHT, h)));
                }
            }
            if style & CASE_MASK != 0 {
                keys.push(mix(mix(T_STYLE_W0, u64::from(style & CASE_MASK)), f.lower));
            }
            let previous = flags(i - 1);
            keys.push(mix(
                T_TITLE_PREV,
                u64::from(previous & TITLE != 0) | cap << 1 | u64::from(f.flags & TITLE != 0) << 2,
            ));
            if f.flags & POSSESSIVE != 0 {
                keys.push(mix(T_POSSESSIVE, cap));
            }
            // A known place name, as where the token stands in it and its
            // tier, alone and with whether it is the whole capitalised run,
            // each with the paragraph's casing: in a headline every word is
            // capitalised, so a match there says less.
            let place = self.places[index];
            let case = u64::from(style & CASE_MASK) << 8;
            if place != 0 {
                keys.push(mix(T_PLACE, u64::from(place & !WHOLE_RUN) | case));
                keys.push(mix(T_PLACE_RUN, u64::from(place) | case));
            }
            // The words just outside a match see it too ("in" or "of" before
            // "Portland", a comma after it), which helps decide whether the
            // place is a name of its own or part of an organisation's.
            let next = if index + 1 < end { self.places[index + 1] } else { 0 };
            if next != 0 && next & PLACE_INSIDE == 0 {
                keys.push(mix(T_PLACE_NEXT, u64::from(next)));
            }
            if index > start && self.places[index - 1] != 0 && place & PLACE_INSIDE == 0 {
                keys.push(mix(T_PLACE_PREVIOUS, u64::from(self.places[index - 1])));
            }
        }
        offsets.push(keys.len() as u32);
    }
}

/// Add `word` to a bag of distinct words unless it is there or full.
fn remember(bag: &mut [u64; BAG], word: u64) {
    for slot in bag.iter_mut() {
        if *slot == word {
            return;
        }
        if *slot == 0 {
            *slot = word;
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// Features of the first sentence of `input`: how many each token gets.
    fn check(input: &str, expect: &str) {
        let seg = segment(input, std::slice::from_ref(&(0..input.len())));
        let doc = DocFeatures::new(input, &seg);
        let (mut keys, mut offsets) = (Vec::new(), Vec::new());
        doc.sentence(&seg.sentences[0], &mut keys, &mut offsets);
        let counts: Vec<String> = offsets.windows(2).map(|w| (w[1] - w[0]).to_string()).collect();
        assert_eq!(counts.join(" "), expect, "{input:?}");
    }

    #[test]
    fn capitalised_words_get_more_features() {
        // 19 for every token; "Mr" and "Smith" also get their casing
        // elsewhere, trigrams (2 and 5), 8 window words, 2 neighbours.
        check(r"Mr. Smith says. Yes.", "32 19 35 19 19");
        check(r"it rains.", "19 19 19");
    }

    #[test]
    fn known_places_and_their_neighbours_get_more_features() {
        // "in" is told that a place follows (19 + 1); "Athens" gets two
        // place features besides a capitalised word's own (19 + 2 + casing
        // 1 + 6 trigrams + 8 window words + 2 neighbours); "." is told
        // that a place came before (19 + 1).
        check(r"She lives in Athens.", "33 19 20 38 20");
    }

    #[test]
    fn features_are_the_same_for_the_same_text() {
        let text = r"Kim Lee met Bo in Rome.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let (mut a, mut b, mut offsets) = (Vec::new(), Vec::new(), Vec::new());
        DocFeatures::new(text, &seg).sentence(&seg.sentences[0], &mut a, &mut offsets);
        DocFeatures::new(text, &seg).sentence(&seg.sentences[0], &mut b, &mut offsets);
        assert_eq!(a, b);
    }
}
