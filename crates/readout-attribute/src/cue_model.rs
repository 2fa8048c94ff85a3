//! The learned cue model: a token in context in, the probability that it is
//! an attribution cue out; and the trainer that learns it from annotated
//! text (PolNeAR's brat standoff files).
//!
//! A logistic regression over sparse, hashed-free string features (the word,
//! its neighbours, the marks around it, whether it sits inside a quote). The
//! model file is plain text, one `feature<TAB>weight` a line, so a diff of a
//! retrained model can be read.

use crate::lexicon::{is_pronoun_subject, is_speech_verb};
use readout_segment::Document;
use std::collections::HashMap;
use std::fmt::Write as _;

/// The model's tables are keyed by strings and looked up for every feature
/// of every candidate token: SipHash, std's default, took about 8% of
/// extraction's CPU samples. foldhash is several times faster on short strings;
/// the keys come from the model file, so no input can choose collisions.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// The hash a feature's weight is looked up by at extraction: comparing
/// feature strings on every look-up (thirty per candidate word) took about
/// a tenth of extraction's time. A fixed seed, so that every run reads a
/// model alike; 64 bits, so that two of the model's features sharing one
/// is not to be expected.
fn feature_hash(feature: &str) -> u64 {
    use std::hash::BuildHasher;
    const STATE: foldhash::fast::FixedState = foldhash::fast::FixedState::with_seed(0x5eed_c0de);
    STATE.hash_one(feature)
}

/// A map keyed by [`feature_hash`]es, hashed no further.
type HashedMap = HashMap<u64, f32, std::hash::BuildHasherDefault<PassThroughHasher>>;

/// Hashes a `u64` that is already a hash to itself.
#[derive(Default)]
struct PassThroughHasher(u64);

impl std::hash::Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used; fold anything else in all the same.
        for &byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(byte);
        }
    }
    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

#[derive(Debug, Clone, Default)]
pub struct CueModel {
    /// The weights by feature, as training learns them and
    /// [`CueModel::to_text`] writes them; empty in a model read by
    /// [`CueModel::parse`], which keeps only `hashed_weights` (the strings
    /// would cost 8 MiB of every process for nothing).
    weights: FastMap<String, f32>,
    /// The weights keyed by [`feature_hash`], for [`CueModel::probability`].
    hashed_weights: HashedMap,
    bias: f32,
    /// Words seen inside gold cues: the candidates the model scores.
    vocabulary: FastMap<String, u32>,
    pub threshold: f32,
    /// Speech verbs are cues without the model's say, unless the model gives
    /// them a probability under this floor.
    pub speech_floor: f32,
    /// A candidate under the threshold but at or above this floor is a
    /// tentative cue: its attribution stands only where its speaker is
    /// someone the text names (see `cues.rs`). Equal to the threshold, no
    /// cue is tentative.
    pub named_speaker_floor: f32,
    /// Which attributions of tentative cues stand (`t` lines); empty, those
    /// whose speaker resolves to an entity.
    pub tentative: crate::tentative::TentativeFilter,
}

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model line {line}: {problem}")]
    Malformed { line: usize, problem: String },
    /// A file that parses but holds no weight: empty, or only comments.
    #[error("no weights: not a cue model from `readout train cues`")]
    NoWeights,
    /// A span model file (`readout train spans`) that cannot be read.
    #[error("span model: {0}")]
    SpanModel(String),
}

impl CueModel {
    /// The model that ships with readout, trained on PolNeAR train.
    pub fn builtin() -> &'static CueModel {
        static MODEL: std::sync::OnceLock<CueModel> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            CueModel::parse(include_str!("../models/cues.tsv"))
                .unwrap_or_else(|_| CueModel { threshold: 0.5, ..Default::default() })
        })
    }

    pub fn parse(text: &str) -> Result<CueModel, ModelError> {
        let mut model = CueModel { threshold: 0.5, ..Default::default() };
        // A model file from before the floor existed has no tentative cues.
        let mut named_speaker_floor = None;
        for (index, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut parts = line.splitn(3, '\t');
            let kind = parts.next().unwrap_or("");
            let key = parts.next().unwrap_or("");
            let value = parts.next().unwrap_or("");
            let malformed = |problem: &str| ModelError::Malformed { line: index + 1, problem: problem.to_string() };
            match kind {
                "bias" => model.bias = value.parse().map_err(|_| malformed("bias is not a number"))?,
                "threshold" => model.threshold = value.parse().map_err(|_| malformed("threshold is not a number"))?,
                "speech_floor" => {
                    model.speech_floor = value.parse().map_err(|_| malformed("speech floor is not a number"))?
                }
                "named_speaker_floor" => {
                    named_speaker_floor =
                        Some(value.parse().map_err(|_| malformed("named speaker floor is not a number"))?)
                }
                "vocab" => {
                    model
                        .vocabulary
                        .insert(key.to_string(), value.parse().map_err(|_| malformed("count is not a number"))?);
                }
                "t" => {
                    model
                        .tentative
                        .weights
                        .insert(key.to_string(), value.parse().map_err(|_| malformed("weight is not a number"))?);
                }
                "tentative_threshold" => {
                    model.tentative.threshold =
                        value.parse().map_err(|_| malformed("tentative threshold is not a number"))?
                }
                "w" => {
                    model
                        .hashed_weights
                        .insert(feature_hash(key), value.parse().map_err(|_| malformed("weight is not a number"))?);
                }
                _ => return Err(malformed("unknown line kind")),
            }
        }
        model.named_speaker_floor = named_speaker_floor.unwrap_or(model.threshold);
        Ok(model)
    }

    /// A model from a file's text, as `--model` reads it: [`CueModel::parse`],
    /// and a model without weights (an empty file) is refused rather than
    /// run as one that finds only speech verbs.
    pub fn parse_model_file(text: &str) -> Result<CueModel, ModelError> {
        let model = CueModel::parse(text)?;
        if model.is_empty() {
            return Err(ModelError::NoWeights);
        }
        Ok(model)
    }

    /// The model file of a model [`train`] learned. A model read by
    /// [`CueModel::parse`] keeps its weights only by feature hash and
    /// writes none of them.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "# readout cue model: logistic regression; retrain with `readout train`");
        let _ = writeln!(out, "bias\t\t{}", self.bias);
        let _ = writeln!(out, "threshold\t\t{}", self.threshold);
        let _ = writeln!(out, "speech_floor\t\t{}", self.speech_floor);
        let _ = writeln!(out, "named_speaker_floor\t\t{}", self.named_speaker_floor);
        if !self.tentative.is_empty() {
            let _ = writeln!(out, "tentative_threshold\t\t{}", self.tentative.threshold);
            let mut weights: Vec<_> = self.tentative.weights.iter().collect();
            weights.sort_by(|a, b| a.0.cmp(b.0));
            for (feature, weight) in weights {
                let _ = writeln!(out, "t\t{feature}\t{weight:.4}");
            }
        }
        let mut vocabulary: Vec<_> = self.vocabulary.iter().collect();
        vocabulary.sort();
        for (word, count) in vocabulary {
            let _ = writeln!(out, "vocab\t{word}\t{count}");
        }
        // Weights this small change no decision at the shipped threshold; leaving
        // them out keeps the model file small enough to read.
        let mut weights: Vec<_> = self.weights.iter().filter(|(_, w)| w.abs() > 0.02).collect();
        weights.sort_by(|a, b| a.0.cmp(b.0));
        for (feature, weight) in weights {
            let _ = writeln!(out, "w\t{feature}\t{weight:.4}");
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.hashed_weights.is_empty()
    }

    /// Is this token one the model scores?
    pub fn is_candidate(&self, doc: &Document, index: usize) -> bool {
        let word = doc.word(index);
        if !doc.is_word(index) {
            return word == ":" && self.vocabulary.contains_key(":");
        }
        self.vocabulary.get(word).is_some_and(|&c| c >= 2) || is_speech_verb(word)
    }

    pub fn probability(&self, doc: &Document, index: usize, inside_quote: bool) -> f32 {
        let mut sum = self.bias;
        features(doc, index, inside_quote, |feature| {
            sum += self.hashed_weights.get(&feature_hash(feature)).copied().unwrap_or(0.0)
        });
        1.0 / (1.0 + (-sum).exp())
    }

    /// Builds the look-up [`CueModel::probability`] uses from the weights
    /// training learned.
    fn index_weights(&mut self) {
        self.hashed_weights = self.weights.iter().map(|(feature, &weight)| (feature_hash(feature), weight)).collect();
    }
}

fn shape(doc: &Document, index: Option<usize>) -> &'static str {
    let Some(index) = index else { return "NONE" };
    let token = doc.token(index);
    let word = doc.word(index);
    if token.is_quote() {
        return if token.kind == readout_segment::TokenKind::OpenQuote { "OQ" } else { "CQ" };
    }
    if !doc.is_word(index) {
        return match word {
            "," => "COMMA",
            ":" => "COLON",
            "." | "!" | "?" => "END",
            _ => "P",
        };
    }
    if is_pronoun_subject(word) {
        "PRON"
    } else if token.capitalized {
        "CAP"
    } else {
        "low"
    }
}

/// Call `emit` with every feature of token `index`.
pub fn features(doc: &Document, index: usize, inside_quote: bool, mut emit: impl FnMut(&str)) {
    let (first, end) = doc.sentence_bounds(index);
    let word = doc.word(index);
    let previous = (index > first).then(|| index - 1);
    let next = (index + 1 < end).then_some(index + 1);
    let previous_word = previous.map_or("<s>", |p| doc.word(p));
    let next_word = next.map_or("</s>", |n| doc.word(n));
    let mut buffer = String::with_capacity(48);
    let mut put = |parts: &[&str]| {
        buffer.clear();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                buffer.push('|');
            }
            buffer.push_str(part);
        }
        emit(&buffer);
    };
    put(&["w", word]);
    put(&["p1", previous_word]);
    put(&["n1", next_word]);
    put(&["w+n1", word, next_word]);
    put(&["p1+w", previous_word, word]);
    put(&["ps", shape(doc, previous)]);
    put(&["ns", shape(doc, next)]);
    put(&["ps+ns", shape(doc, previous), shape(doc, next)]);
    put(&["w+ns", word, shape(doc, next)]);
    put(&["w+ps", word, shape(doc, previous)]);
    put(&["inq", if inside_quote { "1" } else { "0" }]);
    put(&["w+inq", word, if inside_quote { "1" } else { "0" }]);
    let sentence_has_quote = (first..end).any(|t| doc.token(t).is_quote());
    put(&["sq", if sentence_has_quote { "1" } else { "0" }]);
    put(&["first", if index == first { "1" } else { "0" }]);
    let that_follows = (index + 1..(index + 6).min(end)).any(|t| doc.word(t) == "that");
    put(&["that", if that_follows { "1" } else { "0" }]);
    put(&["speech", if is_speech_verb(word) { "1" } else { "0" }]);
    // Wider context: the words two away, a quotation before or after the
    // word in its sentence, an auxiliary right before it ("has learned",
    // "is demanding") and whether a subject stands just before it.
    let previous2 = if index >= first + 2 { doc.word(index - 2) } else { "<s>" };
    let next2 = if index + 2 < end { doc.word(index + 2) } else { "</s>" };
    put(&["p2", previous2]);
    put(&["n2", next2]);
    put(&["w+n2", word, next2]);
    let quote_before = (first..index).any(|t| doc.token(t).is_quote());
    let quote_after = (index + 1..end).any(|t| doc.token(t).is_quote());
    put(&["qb+qa", if quote_before { "1" } else { "0" }, if quote_after { "1" } else { "0" }]);
    put(&["w+qa", word, if quote_after { "1" } else { "0" }]);
    let auxiliary_before = previous.is_some_and(|p| crate::lexicon::is_auxiliary_or_adverb(doc.word(p)));
    put(&["aux", if auxiliary_before { "1" } else { "0" }]);
    put(&["w+that", word, if that_follows { "1" } else { "0" }]);
    // The stem shares what is learned between inflections: "demanded",
    // "demands" and "demanding" all count for "demand".
    let stem = ["ing", "ed", "es", "s"].iter().find_map(|ending| word.strip_suffix(ending)).unwrap_or(word);
    put(&["stem", stem]);
    put(&["stem+n1", stem, next_word]);
    let subject_shape =
        shape(doc, (first..index).rev().find(|&t| !crate::lexicon::is_auxiliary_or_adverb(doc.word(t))));
    put(&["subj", subject_shape]);
    let suffix: String = word.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
    put(&["suf", &suffix]);
    put(&[
        "pos",
        if index + 2 >= end {
            "end"
        } else if index <= first + 1 {
            "start"
        } else {
            "mid"
        },
    ]);
}

/// One training example: a text and the byte ranges of its gold cues.
pub struct CueExample<'a> {
    pub doc: Document<'a>,
    pub inside_quote: Vec<bool>,
    pub cue_bytes: Vec<std::ops::Range<usize>>,
}

/// Learn a cue model: logistic regression by stochastic gradient descent
/// with L2 decay, a fixed number of epochs and a fixed order (so the same
/// data gives the same model).
pub fn train(examples: &[CueExample], epochs: usize) -> CueModel {
    let mut model = CueModel { threshold: 0.5, ..Default::default() };
    for example in examples {
        for range in &example.cue_bytes {
            for index in 0..example.doc.len() {
                let token = &example.doc.token(index).range;
                if token.start >= range.start && token.end <= range.end {
                    *model.vocabulary.entry(example.doc.word(index).to_string()).or_insert(0) += 1;
                }
            }
        }
    }
    // Candidates are the words that are cues often enough to be worth
    // scoring: "said" is, "the" (inside "said in the statement") is not.
    // Scoring every word would cost time and precision for nothing.
    let mut totals: HashMap<&str, u32> = HashMap::new();
    for example in examples {
        for index in 0..example.doc.len() {
            let word = example.doc.word(index);
            if model.vocabulary.contains_key(word) {
                *totals.entry(word).or_insert(0) += 1;
            }
        }
    }
    let vocabulary = std::mem::take(&mut model.vocabulary);
    model.vocabulary = vocabulary
        .into_iter()
        .filter(|(word, positives)| {
            let total = totals.get(word.as_str()).copied().unwrap_or(u32::MAX).max(1);
            *positives >= 3 && (*positives as f32) / (total as f32) >= 0.1
        })
        .collect();
    let mut samples: Vec<(Vec<String>, f32)> = Vec::new();
    for example in examples {
        for index in 0..example.doc.len() {
            if !model.is_candidate(&example.doc, index) {
                continue;
            }
            let token = &example.doc.token(index).range;
            let positive = example.cue_bytes.iter().any(|r| token.start >= r.start && token.end <= r.end);
            let mut feats = Vec::new();
            features(&example.doc, index, example.inside_quote[index], |f| feats.push(f.to_string()));
            samples.push((feats, if positive { 1.0 } else { 0.0 }));
        }
    }
    let l2 = 1e-6f32;
    for epoch in 0..epochs {
        let rate = 0.2 / (1.0 + epoch as f32);
        for (feats, label) in &samples {
            let mut sum = model.bias;
            for f in feats {
                sum += model.weights.get(f).copied().unwrap_or(0.0);
            }
            let p = 1.0 / (1.0 + (-sum).exp());
            let gradient = label - p;
            model.bias += rate * gradient;
            for f in feats {
                let w = model.weights.entry(f.clone()).or_insert(0.0);
                *w += rate * (gradient - l2 * *w);
            }
        }
    }
    model.index_weights();
    model
}

impl<'a> CueExample<'a> {
    /// An example from a segmented text and its gold cues as byte ranges.
    pub fn new(
        text: &'a str,
        segmented: &'a readout_segment::Segmented,
        cue_bytes: Vec<std::ops::Range<usize>>,
    ) -> Self {
        let doc = Document::new(text, segmented);
        let segments = crate::quote_marks::quoted_segments(&doc);
        let inside_quote = crate::cues::inside_quotes(&doc, &segments);
        CueExample { doc, inside_quote, cue_bytes }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        let shown = match CueModel::parse_model_file(input) {
            Ok(model) => format!("ok, threshold {}", model.threshold),
            Err(error) => error.to_string(),
        };
        assert_eq!(shown, expect);
    }

    #[test]
    fn a_model_file_is_checked_before_use() {
        check("threshold\t\t0.9\nw\tw|said\t2.5\n", "ok, threshold 0.9");
        check("", "no weights: not a cue model from `readout train cues`");
        check("# header\nthreshold\t\t0.9\n", "no weights: not a cue model from `readout train cues`");
        // A pronoun ranker's file given for the cue model.
        check("g:agree\t1.5\n", "model line 1: unknown line kind");
        check("bias\t\tlots\n", "model line 1: bias is not a number");
        check("w\tw|said\t2.5\nt\tbias\tlots\n", "model line 2: weight is not a number");
    }

    #[test]
    fn the_tentative_filter_is_written_and_read_back() {
        let text = "threshold\t\t0.9\nw\tw|said\t2.5\ntentative_threshold\t\t0.5\nt\tcue:voted\t1.25\n";
        let model = CueModel::parse(text).unwrap();
        assert_eq!(model.tentative.threshold, 0.5);
        assert_eq!(model.tentative.weights.get("cue:voted"), Some(&1.25));
        let again = CueModel::parse(&model.to_text()).unwrap();
        assert_eq!(again.tentative, model.tentative);
        // A model without a filter writes none.
        assert!(!CueModel::parse("w\tw|said\t2.5\n").unwrap().to_text().contains("tentative"));
    }
}
