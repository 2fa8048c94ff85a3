//! Span features: a document, what the rules found in it (cues, their
//! attributions, quotations) and a sentence in, for each token of the
//! sentence the 64-bit keys of the features that fire on it out.
//!
//! A feature is a template and a value ("the word before is `said`"),
//! hashed into one key by FNV-1a and a SplitMix64 finaliser, so a model file
//! means the same on every platform. The rules' own reading is a feature
//! too (the token is in a rule's cue, source, direct or other content): the
//! model learns where to trust it and where it goes wrong.

use crate::cue_model::CueModel;
use crate::quotes::{Attribution, Cue};
use readout_record::QuoteKind;
use readout_segment::{Document, TokenKind};

/// Changes whenever a feature is added, removed or computed differently: a
/// model trained with other features is refused.
pub(crate) const FEATURES_VERSION: u32 = 1;

// Templates: distinct constants mixed with each feature's value.
const T_BIAS: u64 = 1;
const T_W0: u64 = 2;
const T_WM1: u64 = 3;
const T_WP1: u64 = 4;
const T_WM2: u64 = 5;
const T_WP2: u64 = 6;
const T_SHAPE0: u64 = 7;
const T_SHAPES: u64 = 8;
const T_SUFFIX: u64 = 9;
const T_INSIDE: u64 = 10;
const T_RULE: u64 = 11;
const T_RULE_WINDOW: u64 = 12;
const T_CUE_LEFT: u64 = 13;
const T_CUE_RIGHT: u64 = 14;
const T_CUE_WORD: u64 = 15;
const T_CUE_PROBABILITY: u64 = 16;
const T_POSITION: u64 = 17;
const T_RULE_W0: u64 = 18;
const T_BIGRAM_LEFT: u64 = 19;
const T_BIGRAM_RIGHT: u64 = 20;
const T_COMMA_LEFT: u64 = 21;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

fn hash_str(s: &str) -> u64 {
    s.bytes().fold(FNV_OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// Two keys into one (SplitMix64's finaliser over their combination);
/// never 0, which marks an empty slot of the weight table.
fn mix(a: u64, b: u64) -> u64 {
    let mut z = a.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ b;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)).max(1)
}

/// The rules' reading of a token.
const RULE_NONE: u64 = 0;
const RULE_CUE: u64 = 1;
const RULE_SOURCE: u64 = 2;
const RULE_DIRECT: u64 = 3;
const RULE_CONTENT: u64 = 4;

/// Per-document facts every sentence's features read.
pub(crate) struct SpanContext<'a, 'd> {
    pub doc: &'a Document<'d>,
    pub inside: &'a [bool],
    /// Per token: the rules' reading (`RULE_*`).
    rule: Vec<u8>,
    /// Per token: inside one of the cues found (rules and cue model).
    cue: Vec<bool>,
    /// Per token: the cue model's probability in tenths, for its candidates.
    probability: Vec<Option<u8>>,
    /// Per token: a hash of its shape.
    shape: Vec<u64>,
}

impl<'a, 'd> SpanContext<'a, 'd> {
    pub(crate) fn new(
        doc: &'a Document<'d>,
        inside: &'a [bool],
        cues: &[Cue],
        attributions: &[Attribution],
        model: &CueModel,
    ) -> SpanContext<'a, 'd> {
        let mut rule = vec![RULE_NONE as u8; doc.len()];
        for attribution in attributions {
            let reading = if attribution.kind == QuoteKind::Direct { RULE_DIRECT } else { RULE_CONTENT };
            for &(first, end) in &attribution.content {
                rule[first.min(doc.len())..end.min(doc.len())].iter_mut().for_each(|r| *r = reading as u8);
            }
        }
        for attribution in attributions {
            if let Some((first, end)) = attribution.source {
                rule[first.min(doc.len())..end.min(doc.len())].iter_mut().for_each(|r| *r = RULE_SOURCE as u8);
            }
            if let Some((first, end)) = attribution.cue {
                rule[first.min(doc.len())..end.min(doc.len())].iter_mut().for_each(|r| *r = RULE_CUE as u8);
            }
        }
        let mut cue = vec![false; doc.len()];
        for &(first, end) in cues {
            cue[first.min(doc.len())..end.min(doc.len())].iter_mut().for_each(|c| *c = true);
        }
        let probability = (0..doc.len())
            .map(|index| {
                model.is_candidate(doc, index).then(|| (model.probability(doc, index, inside[index]) * 10.0) as u8)
            })
            .collect();
        let shape = (0..doc.len()).map(|index| shape(doc, index)).collect();
        SpanContext { doc, inside, rule, cue, probability, shape }
    }

    /// Whether the sentence `[first, end)` is worth tagging: it holds a cue
    /// or a word the cue model scores. Other sentences are all outside.
    pub(crate) fn worth_tagging(&self, first: usize, end: usize) -> bool {
        (first..end).any(|t| self.cue[t] || self.probability[t].is_some_and(|p| p >= 1))
    }

    /// The features of the sentence `[first, end)`: keys of token `i` are
    /// `keys[offsets[i]..offsets[i + 1]]`.
    pub(crate) fn sentence(&self, first: usize, end: usize, keys: &mut Vec<u64>, offsets: &mut Vec<u32>) {
        keys.clear();
        offsets.clear();
        offsets.push(0);
        let doc = self.doc;
        let word = |index: isize| -> u64 {
            if index < first as isize || index >= end as isize {
                hash_str("<edge>")
            } else {
                hash_str(doc.word(index as usize))
            }
        };
        let rule_at = |index: isize| -> u64 {
            if index < first as isize || index >= end as isize {
                9
            } else {
                u64::from(self.rule[index as usize])
            }
        };
        // The nearest cue on each side, for distance features.
        let cue_starts: Vec<usize> =
            (first..end).filter(|&t| self.cue[t] && (t == first || !self.cue[t - 1])).collect();
        for index in first..end {
            let at = index as isize;
            let w0 = word(at);
            let wm1 = word(at - 1);
            let wp1 = word(at + 1);
            keys.push(mix(T_BIAS, 0));
            keys.push(mix(T_W0, w0));
            keys.push(mix(T_WM1, wm1));
            keys.push(mix(T_WP1, wp1));
            keys.push(mix(T_WM2, word(at - 2)));
            keys.push(mix(T_WP2, word(at + 2)));
            keys.push(mix(T_BIGRAM_LEFT, mix(wm1, w0)));
            keys.push(mix(T_BIGRAM_RIGHT, mix(w0, wp1)));
            keys.push(mix(T_SHAPE0, self.shape[index]));
            let shape_left = if index > first { self.shape[index - 1] } else { 0 };
            let shape_right = if index + 1 < end { self.shape[index + 1] } else { 0 };
            keys.push(mix(T_SHAPES, mix(mix(shape_left, self.shape[index]), shape_right)));
            let lower = doc.word(index);
            let suffix_start = lower.char_indices().rev().nth(2).map_or(0, |(b, _)| b);
            keys.push(mix(T_SUFFIX, hash_str(&lower[suffix_start..])));
            keys.push(mix(T_INSIDE, u64::from(self.inside[index])));
            let rule = rule_at(at);
            keys.push(mix(T_RULE, rule));
            keys.push(mix(T_RULE_W0, mix(rule, w0)));
            keys.push(mix(T_RULE_WINDOW, mix(mix(rule_at(at - 1), rule), rule_at(at + 1))));
            let position = if index == first {
                1
            } else if index + 1 == end {
                2
            } else {
                0
            };
            keys.push(mix(T_POSITION, position));
            if self.cue[index] {
                keys.push(mix(T_CUE_WORD, w0));
            }
            if let Some(probability) = self.probability[index] {
                keys.push(mix(T_CUE_PROBABILITY, u64::from(probability)));
            }
            // The nearest cue before and after, by distance bucket and word;
            // a comma between a cue and the token before it.
            let before = cue_starts.iter().rev().find(|&&c| c < index);
            let after = cue_starts.iter().find(|&&c| c > index);
            if let Some(&cue) = before {
                let distance = bucket(index - cue);
                keys.push(mix(T_CUE_LEFT, distance));
                keys.push(mix(T_CUE_LEFT, mix(distance, hash_str(doc.word(cue)))));
                let comma = (cue..index).any(|t| doc.is_punct(t, ","));
                keys.push(mix(T_COMMA_LEFT, mix(u64::from(comma), distance)));
            } else {
                keys.push(mix(T_CUE_LEFT, 99));
            }
            if let Some(&cue) = after {
                let distance = bucket(cue - index);
                keys.push(mix(T_CUE_RIGHT, distance));
                keys.push(mix(T_CUE_RIGHT, mix(distance, hash_str(doc.word(cue)))));
            } else {
                keys.push(mix(T_CUE_RIGHT, 99));
            }
            offsets.push(keys.len() as u32);
        }
    }
}

fn bucket(distance: usize) -> u64 {
    match distance {
        0..=3 => distance as u64,
        4..=6 => 4,
        7..=12 => 5,
        _ => 6,
    }
}

fn shape(doc: &Document, index: usize) -> u64 {
    let token = doc.token(index);
    let raw = doc.raw(index);
    let shape = match token.kind {
        TokenKind::OpenQuote => "“",
        TokenKind::CloseQuote => "”",
        TokenKind::Punct => raw,
        TokenKind::Number => "9",
        TokenKind::Word if raw.chars().all(|c| !c.is_lowercase()) && raw.chars().count() > 1 => "AA",
        TokenKind::Word if token.capitalized => "Aa",
        TokenKind::Word => "aa",
    };
    hash_str(shape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    #[test]
    fn every_token_gets_features_and_keys_are_stable() {
        let text = "Officials said the plan would fail.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let inside = vec![false; doc.len()];
        let model = CueModel::default();
        let context = SpanContext::new(&doc, &inside, &[(1, 2)], &[], &model);
        let (mut keys, mut offsets) = (Vec::new(), Vec::new());
        context.sentence(0, doc.len(), &mut keys, &mut offsets);
        assert_eq!(offsets.len(), doc.len() + 1);
        assert!(keys.iter().all(|&k| k != 0));
        // FNV-1a of nothing is its offset basis: the keys do not depend on
        // the platform or the run.
        assert_eq!(hash_str(""), FNV_OFFSET);
    }
}
