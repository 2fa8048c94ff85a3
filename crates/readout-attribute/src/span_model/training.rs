//! Training the span model: annotated texts in (each with its gold
//! attributions as byte ranges), the bytes of a span model file out.
//!
//! Each text runs through the rules as extraction runs it (quotations,
//! cues from the given cue model, the rules' attributions), and its gold
//! spans are projected onto readout's tokens as BIO labels: a token takes
//! the role of the innermost gold span over it, cue before source before
//! content. The sentences worth tagging (see `features.rs`) are the
//! training sequences. An averaged structured perceptron learns the
//! weights: a fixed number of passes in corpus order, so the same corpus
//! gives the same bytes.

use super::features::SpanContext;
use super::{to_bytes, viterbi, Row, CONTENT, CUE, NUM_LABELS, OUTSIDE, SOURCE};
use crate::cue_model::CueModel;
use readout_segment::{Document, Segmented};
use std::collections::HashMap;
use std::ops::Range;

/// One gold attribution's spans, as byte ranges.
#[derive(Debug, Clone, Default)]
pub struct GoldSpans {
    pub cue: Vec<Range<usize>>,
    pub sources: Vec<Range<usize>>,
    pub contents: Vec<Range<usize>>,
}

/// One text's training sequences: per sentence, the feature keys, their
/// offsets per token and the gold labels.
pub struct SpanExample {
    sequences: Vec<(Vec<u64>, Vec<u32>, Vec<u8>)>,
}

impl SpanExample {
    /// `gold`: per attribution, its cue, source and content byte ranges.
    pub fn new(text: &str, seg: &Segmented, gold: &[GoldSpans], model: &CueModel) -> SpanExample {
        let doc = Document::new(text, seg);
        let rules = crate::front::rules(&doc, model);
        let context = SpanContext::new(&doc, &rules.inside, &rules.cues, &rules.attributions, model);
        let labels = project(&doc, gold);
        let mut sequences = Vec::new();
        for sentence in &seg.sentences {
            let (first, end) = (sentence.first_token, sentence.end_token);
            if first >= end || !context.worth_tagging(first, end) {
                continue;
            }
            let (mut keys, mut offsets) = (Vec::new(), Vec::new());
            context.sentence(first, end, &mut keys, &mut offsets);
            sequences.push((keys, offsets, labels[first..end].to_vec()));
        }
        SpanExample { sequences }
    }
}

/// BIO labels of the document's tokens for gold spans: a token takes the
/// innermost (shortest) span over it, cues before sources before contents.
fn project(doc: &Document, gold: &[GoldSpans]) -> Vec<u8> {
    // Per token: (rank, span length, span id, role); lower wins.
    let mut best: Vec<Option<(u8, usize, usize, usize)>> = vec![None; doc.len()];
    let mut span_id = 0;
    for attribution in gold {
        let roles =
            [(CUE, 0u8, &attribution.cue), (SOURCE, 1, &attribution.sources), (CONTENT, 2, &attribution.contents)];
        for (role, rank, spans) in roles {
            for bytes in spans.iter() {
                span_id += 1;
                let first = doc.seg.tokens.partition_point(|t| t.range.end <= bytes.start);
                let end = doc.seg.tokens.partition_point(|t| t.range.start < bytes.end);
                for slot in best.iter_mut().take(end).skip(first) {
                    let candidate = (rank, bytes.len(), span_id, role);
                    if slot.is_none_or(|current| (candidate.0, candidate.1) < (current.0, current.1)) {
                        *slot = Some(candidate);
                    }
                }
            }
        }
    }
    let mut labels = vec![OUTSIDE as u8; doc.len()];
    for index in 0..doc.len() {
        if let Some((_, _, id, role)) = best[index] {
            let continues = index > 0
                && doc.token_sentence[index - 1] == doc.token_sentence[index]
                && best[index - 1].is_some_and(|previous| previous.2 == id);
            labels[index] = (role + usize::from(continues)) as u8;
        }
    }
    labels
}

#[derive(Debug, Clone)]
pub struct SpanTrainOptions {
    /// Passes over the training sequences.
    pub epochs: usize,
    /// Averaged weights of smaller magnitude (on every label) are left out.
    /// The perceptron's weights are sums of whole updates before averaging,
    /// so 10 is small: it keeps the file near 600 kB at no cost in
    /// cross-validation.
    pub min_weight: f32,
}

impl Default for SpanTrainOptions {
    fn default() -> Self {
        SpanTrainOptions { epochs: 8, min_weight: 10.0 }
    }
}

/// Weights being learned: current ones and the running sums for averaging.
#[derive(Default)]
struct Learner {
    weights: HashMap<u64, (Row, Row)>,
    transitions: [Row; NUM_LABELS],
    transition_sums: [Row; NUM_LABELS],
    /// Updates so far, the averaging clock.
    clock: f32,
}

impl Learner {
    fn update(&mut self, key: u64, label: usize, delta: f32) {
        let entry = self.weights.entry(key).or_insert(([0.0; NUM_LABELS], [0.0; NUM_LABELS]));
        entry.0[label] += delta;
        entry.1[label] += self.clock * delta;
    }

    fn scores(&self, keys: &[u64], offsets: &[u32]) -> Vec<Row> {
        offsets
            .windows(2)
            .map(|w| {
                let mut row = [0.0; NUM_LABELS];
                for key in &keys[w[0] as usize..w[1] as usize] {
                    if let Some((weights, _)) = self.weights.get(key) {
                        for (total, weight) in row.iter_mut().zip(weights) {
                            *total += weight;
                        }
                    }
                }
                row
            })
            .collect()
    }
}

/// Learn a span model from examples; the bytes of its file.
pub fn train_spans(examples: &[SpanExample], options: &SpanTrainOptions) -> Vec<u8> {
    let mut learner = Learner { clock: 1.0, ..Default::default() };
    for _ in 0..options.epochs {
        for (keys, offsets, gold) in examples.iter().flat_map(|e| &e.sequences) {
            let guess = viterbi(&learner.scores(keys, offsets), &learner.transitions);
            if guess != *gold {
                for (index, (&want, &got)) in gold.iter().zip(&guess).enumerate() {
                    if want != got {
                        for &key in &keys[offsets[index] as usize..offsets[index + 1] as usize] {
                            learner.update(key, usize::from(want), 1.0);
                            learner.update(key, usize::from(got), -1.0);
                        }
                    }
                    if index > 0 {
                        let (want_from, got_from) = (usize::from(gold[index - 1]), usize::from(guess[index - 1]));
                        if (want_from, want) != (got_from, got) {
                            let clock = learner.clock;
                            learner.transitions[want_from][usize::from(want)] += 1.0;
                            learner.transition_sums[want_from][usize::from(want)] += clock;
                            learner.transitions[got_from][usize::from(got)] -= 1.0;
                            learner.transition_sums[got_from][usize::from(got)] -= clock;
                        }
                    }
                }
            }
            learner.clock += 1.0;
        }
    }
    // Averaged weight: w - sums / clock.
    let clock = learner.clock;
    let average = |w: &Row, sums: &Row| -> Row { std::array::from_fn(|l| w[l] - sums[l] / clock) };
    let entries: Vec<(u64, Row)> = learner
        .weights
        .iter()
        .map(|(&key, (w, sums))| (key, average(w, sums)))
        .filter(|(_, row)| row.iter().any(|w| w.abs() >= options.min_weight))
        .collect();
    let transitions: [Row; NUM_LABELS] =
        std::array::from_fn(|from| average(&learner.transitions[from], &learner.transition_sums[from]));
    to_bytes(&entries, &transitions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// "Officials said the plan would fail." as gold.
    fn officials_said() -> GoldSpans {
        let one = |range: Range<usize>| std::iter::once(range).collect();
        GoldSpans { cue: one(10..14), sources: one(0..9), contents: one(15..34) }
    }

    fn check(text: &str, gold: GoldSpans, expect: &str) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let names = ["O", "B-CUE", "I-CUE", "B-SRC", "I-SRC", "B-CON", "I-CON"];
        let got: Vec<&str> = project(&doc, &[gold]).iter().map(|&l| names[usize::from(l)]).collect();
        assert_eq!(got.join(" "), expect);
    }

    #[test]
    fn gold_spans_become_bio_labels() {
        let text = "Officials said the plan would fail.";
        let gold = officials_said();
        check(text, gold, "B-SRC B-CUE B-CON I-CON I-CON I-CON O");
    }

    #[test]
    fn training_is_deterministic() {
        let text = "Officials said the plan would fail. The mayor said it would not.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let gold = vec![officials_said()];
        let model = CueModel::default();
        let examples = vec![SpanExample::new(text, &seg, &gold, &model)];
        let options = SpanTrainOptions { epochs: 3, min_weight: 0.0 };
        assert_eq!(train_spans(&examples, &options), train_spans(&examples, &options));
    }
}
