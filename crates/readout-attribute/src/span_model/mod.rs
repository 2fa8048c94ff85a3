//! The learned span model: a sentence's tokens (with the cues and
//! attributions the rules found) in, a role per token out — outside, or the
//! beginning or inside of a cue, a source or a content (BIO tags) — and the
//! model file's bytes in and out.
//!
//! A linear-chain model: each token's features (`features.rs`) add their
//! weights per label, label transitions add theirs, and Viterbi decoding
//! takes the best sequence. The weights are learned by an averaged
//! perceptron (`training.rs`); `combine.rs` turns the tags into
//! attributions beside the rules' own.
//!
//! File layout (little-endian): the magic `RDSPANS1`, the feature version,
//! the 7×7 transition weights (from, to) as f32, the number of entries,
//! then the entries sorted by key: a u64 feature key and 7 weights as f32.
//! In memory the entries go into the name tagger's own table
//! (`readout_entities::LabelWeights`), whose scoring and Viterbi decoding
//! the model shares.

mod combine;
mod features;
mod training;

pub use combine::{add_model_attributions, SpanMode};
pub use training::{train_spans, GoldSpans, SpanExample, SpanTrainOptions};

use crate::cue_model::ModelError;
use features::FEATURES_VERSION;
use readout_entities::{LabelRow, LabelWeights};

const MAGIC: &[u8; 8] = b"RDSPANS1";

/// Outside, then begin and inside of cue, source and content.
pub(crate) const NUM_LABELS: usize = 7;
pub(crate) const OUTSIDE: usize = 0;
pub(crate) const CUE: usize = 1;
pub(crate) const SOURCE: usize = 3;
pub(crate) const CONTENT: usize = 5;

pub(crate) type Row = LabelRow;

/// Weights and transitions, ready for look-ups: the name tagger's table
/// (`readout_entities::LabelWeights`), seven labels here too.
#[derive(Clone)]
pub struct SpanModel {
    weights: LabelWeights,
    /// How its attributions join the rules'.
    pub mode: SpanMode,
    /// A model attribution joins the rules' only where its cue's label
    /// outscores outside by this much on average.
    pub min_margin: f32,
}

impl std::fmt::Debug for SpanModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SpanModel({} features)", self.weights.len())
    }
}

impl SpanModel {
    pub(crate) fn new(entries: &[(u64, Row)], transitions: [Row; NUM_LABELS]) -> SpanModel {
        SpanModel { weights: LabelWeights::new(entries, transitions), mode: SpanMode::Add, min_margin: 0.0 }
    }

    /// The labels of one sequence whose tokens have the feature keys
    /// `keys[offsets[i]..offsets[i + 1]]`, and per token how much its label
    /// outscores outside.
    pub(crate) fn tag(&self, keys: &[u64], offsets: &[u32]) -> (Vec<u8>, Vec<f32>) {
        let mut scores: Vec<Row> = Vec::new();
        self.weights.score_tokens(keys, offsets, &mut scores);
        let tags = viterbi(&scores, self.weights.transitions());
        let margins = tags.iter().zip(&scores).map(|(&tag, row)| row[usize::from(tag)] - row[OUTSIDE]).collect();
        (tags, margins)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<SpanModel, ModelError> {
        let bad = |what: &str| ModelError::SpanModel(what.to_string());
        let mut at = 0;
        let mut take = |n: usize| -> Result<&[u8], ModelError> {
            let piece = bytes.get(at..at + n).ok_or_else(|| bad("the file ends early"))?;
            at += n;
            Ok(piece)
        };
        if take(8)? != MAGIC {
            return Err(bad("the file does not start with RDSPANS1"));
        }
        let u32_of = |b: &[u8]| u32::from_le_bytes(b.try_into().unwrap_or([0; 4]));
        let version = u32_of(take(4)?);
        if version != FEATURES_VERSION {
            return Err(ModelError::SpanModel(format!(
                "trained with feature version {version}, this build computes version {FEATURES_VERSION}"
            )));
        }
        let mut transitions = [[0.0; NUM_LABELS]; NUM_LABELS];
        for row in &mut transitions {
            for w in row.iter_mut() {
                *w = f32::from_bits(u32_of(take(4)?));
            }
        }
        let count = u32_of(take(4)?) as usize;
        let mut entries = Vec::with_capacity(count.min(bytes.len() / 36));
        for _ in 0..count {
            let key = u64::from_le_bytes(take(8)?.try_into().unwrap_or([0; 8]));
            let mut row = [0.0; NUM_LABELS];
            for w in row.iter_mut() {
                *w = f32::from_bits(u32_of(take(4)?));
            }
            entries.push((key, row));
        }
        if at != bytes.len() {
            return Err(bad("bytes after the last entry"));
        }
        Ok(SpanModel::new(&entries, transitions))
    }
}

/// The bytes of a model file; entries are written sorted by key.
pub(crate) fn to_bytes(entries: &[(u64, Row)], transitions: &[Row; NUM_LABELS]) -> Vec<u8> {
    let mut sorted: Vec<&(u64, Row)> = entries.iter().collect();
    sorted.sort_by_key(|(key, _)| *key);
    let mut out = Vec::with_capacity(64 + sorted.len() * 36);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FEATURES_VERSION.to_le_bytes());
    for row in transitions {
        for w in row {
            out.extend_from_slice(&w.to_bits().to_le_bytes());
        }
    }
    out.extend_from_slice(&(sorted.len() as u32).to_le_bytes());
    for (key, row) in sorted {
        out.extend_from_slice(&key.to_le_bytes());
        for w in row {
            out.extend_from_slice(&w.to_bits().to_le_bytes());
        }
    }
    out
}

/// The best label sequence for per-token label scores and transition
/// weights (from, to): the name tagger's decoding, whose labels are laid
/// out the same way (outside, then a beginning and an inside label per
/// role; an inside label only follows its own beginning or itself).
pub(crate) fn viterbi(scores: &[Row], transitions: &[Row; NUM_LABELS]) -> Vec<u8> {
    let (mut back, mut labels) = (Vec::new(), Vec::new());
    readout_entities::label_viterbi(scores, transitions, &mut back, &mut labels);
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inside_labels_follow_their_beginning() {
        // Token scores favour I-CUE at 0, which is not allowed at the start.
        let mut scores = [[0.0; NUM_LABELS]; 2];
        scores[0][CUE + 1] = 5.0;
        scores[0][CONTENT] = 1.0;
        scores[1][CONTENT + 1] = 2.0;
        let tags = viterbi(&scores, &[[0.0; NUM_LABELS]; NUM_LABELS]);
        assert_eq!(tags, vec![CONTENT as u8, (CONTENT + 1) as u8]);
    }

    #[test]
    fn model_bytes_round_trip() {
        let mut row = [0.0; NUM_LABELS];
        row[CUE] = 1.5;
        let mut transitions = [[0.0; NUM_LABELS]; NUM_LABELS];
        transitions[CUE][CONTENT] = 0.25;
        let bytes = to_bytes(&[(42, row)], &transitions);
        let model = SpanModel::from_bytes(&bytes).expect("model");
        assert_eq!(model.weights.get(42), Some(&row));
        assert_eq!(model.weights.transitions()[CUE][CONTENT], 0.25);
        assert!(SpanModel::from_bytes(&bytes[..bytes.len() - 1]).is_err());
    }
}
