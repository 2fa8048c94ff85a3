//! Which attributions of tentative cues stand: such an attribution, with
//! what the analysis made of it (its speaker's kind, its source, cue and
//! content), in; its features, and the filter's yes or no, out; and the
//! trainer that learns the filter from annotated text.
//!
//! A tentative cue is one the cue model scored between its named-speaker
//! floor and its threshold (`cues.rs`): likely enough to try, not to be
//! sure of. Its attribution used to stand only where its speaker resolved
//! to an entity. On PolNeAR train about half of those are right, and some
//! without a speaker are right too: whether the cue is "voted" or
//! "warned", whether the source is a pronoun, a name or nothing, whether
//! the content opens with "that", all tell. The filter is a logistic
//! regression over such features, trained on the tentative attributions
//! the pipeline finds in a training corpus, each labelled right when a
//! gold attribution has its content (word-token F1 at least 0.5), a source
//! word and a cue word, as the scorer pairs them. An attribution whose
//! speaker the text names still stands; the filter decides the others.
//! Its weights are lines of the cue model file (`t`), written by `readout
//! train cues`; a file without them keeps the named-speaker rule alone.

use crate::quotes::Attribution;
use crate::span_model::GoldSpans;
use crate::CueModel;
use readout_record::{EntityKind, QuoteKind};
use readout_segment::{Document, Segmented};
use std::collections::HashMap;
use std::ops::Range;

/// The features of the attribution `attribution` of a tentative cue whose
/// model probability is `probability`, its speaker of kind `speaker` (or
/// none), one a line.
pub(crate) fn tentative_features(
    doc: &Document,
    attribution: &Attribution,
    probability: f32,
    speaker: Option<EntityKind>,
) -> String {
    let mut out = String::from("bias");
    let mut add = |feature: &str| {
        out.push('\n');
        out.push_str(feature);
    };
    let speaker = match speaker {
        None => "none",
        Some(EntityKind::Person) => "person",
        Some(EntityKind::Organization) => "organization",
        Some(EntityKind::Place) => "place",
        Some(_) => "other",
    };
    add(&format!("speaker:{speaker}"));
    let cue_word = attribution.cue.map_or(String::new(), |(first, _)| doc.word(first).to_lowercase());
    add(&format!("cue:{cue_word}"));
    // A cue the model has seen little of is told by its ending ("-ed",
    // "-ing") and the word before it ("to", "not").
    if let Some((first, _)) = attribution.cue {
        let ending: String = cue_word.chars().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
        add(&format!("cue_end:{ending}"));
        let before = if first > 0 && doc.is_word(first - 1) { doc.word(first - 1).to_lowercase() } else { "|".into() };
        add(&format!("before_cue:{before}"));
        // A headline or a text's first sentence is read apart.
        add(&format!("first_sentence:{}", doc.token_sentence[first] == 0));
    }
    add(&format!("cue&speaker:{cue_word}&{}", speaker != "none"));
    // Tenths of the cue model's probability, from the floor to the
    // threshold.
    add(&format!("p:{}", (probability * 10.0).floor() as i32));
    let source = match attribution.source {
        None => "none".to_string(),
        Some((first, end)) => {
            let word = doc.word(first);
            if end == first + 1 && crate::lexicon::is_pronoun_subject(word) {
                format!("pronoun:{word}")
            } else if doc.token(first).capitalized {
                "capitalised".to_string()
            } else {
                "lower".to_string()
            }
        }
    };
    add(&format!("source:{source}"));
    if let Some((first, end)) = attribution.source {
        add(&format!("source_words:{}", end.saturating_sub(first).min(5)));
    }
    add(&format!("source&speaker:{source}&{speaker}"));
    let kind = match attribution.kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Indirect => "indirect",
        QuoteKind::Mixed => "mixed",
    };
    add(&format!("kind:{kind}"));
    let words: usize =
        attribution.content.iter().map(|&(first, end)| (first..end).filter(|&t| doc.is_word(t)).count()).sum();
    let length = match words {
        0..=2 => "1",
        3..=5 => "3",
        6..=10 => "6",
        11..=20 => "11",
        _ => "21",
    };
    add(&format!("length:{length}"));
    if let Some(&(first, _)) = attribution.content.first() {
        let opening = doc.word(first).to_lowercase();
        let opening = if matches!(opening.as_str(), "that" | "to" | "the" | "a" | "his" | "her" | "their" | "it") {
            opening
        } else if doc.is_word(first) {
            "word".to_string()
        } else {
            "mark".to_string()
        };
        add(&format!("opens:{opening}"));
        add(&format!("cue&opens:{cue_word}&{opening}"));
        if let Some((cue, _)) = attribution.cue {
            add(if cue < first { "cue_before_content" } else { "cue_after_content" });
        }
    }
    out
}

/// The filter's weights by feature, and the probability from which an
/// attribution whose speaker the text does not name stands.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TentativeFilter {
    pub weights: HashMap<String, f32>,
    pub threshold: f32,
}

impl TentativeFilter {
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The probability that an attribution with `features` is right.
    pub fn probability(&self, features: &str) -> f32 {
        let sum: f32 = features.lines().map(|feature| self.weights.get(feature).copied().unwrap_or(0.0)).sum();
        1.0 / (1.0 + (-sum).exp())
    }

    /// Whether an attribution with `features` stands: one whose speaker
    /// the text names (`named`) always does. Cross-validated, the filter
    /// deciding those too found more right attributions but lost right
    /// speakers (BENCHMARKS.md, "The tentative filter").
    pub fn keeps(&self, features: &str, named: bool) -> bool {
        named || self.probability(features) >= self.threshold
    }
}

/// One tentative attribution of a training text: its features and byte
/// ranges, for labelling against the gold ones.
#[derive(Debug, Clone)]
pub struct TentativeExample {
    pub features: String,
    pub cue: Option<Range<usize>>,
    pub source: Option<Range<usize>>,
    pub content: Vec<Range<usize>>,
}

/// Whether `example` is right against one of `gold`, as the scorer pairs
/// (`score_attributions.py`): content word-token F1 at least 0.5, and the
/// sources and the cues each share a word token (or are both empty).
pub fn is_right(text: &str, example: &TentativeExample, gold: &[GoldSpans]) -> bool {
    let content = word_starts(text, &example.content);
    let source = word_starts(text, example.source.as_slice());
    let cue = word_starts(text, example.cue.as_slice());
    gold.iter().any(|g| {
        let gold_content = word_starts(text, &g.contents);
        let shared = content.iter().filter(|t| gold_content.contains(t)).count();
        let f1 = if shared == 0 { 0.0 } else { 2.0 * shared as f32 / (content.len() + gold_content.len()) as f32 };
        let shares = |a: &[usize], b: &[usize]| (a.is_empty() && b.is_empty()) || a.iter().any(|t| b.contains(t));
        f1 >= 0.5 && shares(&source, &word_starts(text, &g.sources)) && shares(&cue, &word_starts(text, &g.cue))
    })
}

/// The byte offsets where the word tokens (runs of letters, digits and
/// "_", the scorer's `\w+`) in `ranges` begin.
fn word_starts(text: &str, ranges: &[Range<usize>]) -> Vec<usize> {
    let mut out = Vec::new();
    for range in ranges {
        let (start, end) = (range.start.min(text.len()), range.end.min(text.len()));
        let Some(piece) = text.get(start..end) else { continue };
        let mut previous_is_word = false;
        for (offset, c) in piece.char_indices() {
            let is_word = c.is_alphanumeric() || c == '_';
            if is_word && !previous_is_word {
                out.push(start + offset);
            }
            previous_is_word = is_word;
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The tentative filter of `model` (its cues and floors trained) and how
/// many examples it learned from and how many of them were right: the
/// attributions of tentative cues that the whole analysis finds in `texts`
/// with this model, each labelled against the text's gold attributions.
/// The pronoun ranker and the office table are the built-in ones; no date.
pub fn learn_tentative_filter(
    model: &CueModel,
    texts: &[(&str, &Segmented, &[GoldSpans])],
    threshold: f32,
) -> (TentativeFilter, usize, usize) {
    let options = crate::Options {
        date: None,
        offices: readout_offices::OfficeTable::builtin(),
        model,
        pronouns: readout_entities::PronounModel::builtin(),
        spans: None,
        times: &[],
        stamp_times: &[],
    };
    let mut labelled = Vec::new();
    for &(text, segmented, gold) in texts {
        for example in crate::tentative_examples(text, segmented, &options) {
            let right = is_right(text, &example, gold);
            labelled.push((example.features, right));
        }
    }
    let right = labelled.iter().filter(|(_, right)| *right).count();
    (train_tentative_filter(&labelled, 10, threshold), labelled.len(), right)
}

/// Learns the filter: a logistic regression by stochastic gradient descent
/// with L2 decay, in the order given, the weights averaged over the steps
/// (as the pronoun ranker is). The same examples give the same filter.
pub fn train_tentative_filter(examples: &[(String, bool)], epochs: usize, threshold: f32) -> TentativeFilter {
    let mut weights: HashMap<String, f32> = HashMap::new();
    // Per feature: the sum of its weight over the steps before `last`.
    let mut sums: HashMap<String, (f64, u64)> = HashMap::new();
    let mut step = 0u64;
    let l2 = 1e-4f32;
    for epoch in 0..epochs {
        let rate = 0.1 / (1.0 + epoch as f32);
        for (features, right) in examples {
            step += 1;
            let sum: f32 = features.lines().map(|f| weights.get(f).copied().unwrap_or(0.0)).sum();
            let predicted = 1.0 / (1.0 + (-sum).exp());
            let gradient = f32::from(u8::from(*right)) - predicted;
            for feature in features.lines() {
                let weight = weights.entry(feature.to_string()).or_insert(0.0);
                let (total, last) = sums.entry(feature.to_string()).or_insert((0.0, step));
                *total += f64::from(*weight) * (step - *last) as f64;
                *last = step;
                *weight += rate * (gradient - l2 * *weight);
            }
        }
    }
    let mut averaged = HashMap::new();
    for (feature, (total, last)) in sums {
        let weight = weights[&feature];
        let total = total + f64::from(weight) * (step + 1 - last) as f64;
        let mean = (total / step as f64) as f32;
        // Weights this small change no decision; the file stays readable.
        if mean.abs() >= 0.005 {
            averaged.insert(feature, mean);
        }
    }
    TentativeFilter { weights: averaged, threshold }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range_of(text: &str, piece: &str) -> Range<usize> {
        let start = text.find(piece).expect("piece in text");
        start..start + piece.len()
    }

    fn example(text: &str, cue: &str, source: Option<&str>, content: &str) -> TentativeExample {
        let at = |piece: &str| range_of(text, piece);
        TentativeExample {
            features: String::new(),
            cue: Some(at(cue)),
            source: source.map(at),
            content: vec![at(content)],
        }
    }

    #[test]
    fn an_example_is_right_as_the_scorer_pairs() {
        let text = "Jane Porter slammed the plan on Monday.";
        let at = |piece: &str| vec![range_of(text, piece)];
        let gold = [GoldSpans { cue: at("slammed"), sources: at("Jane Porter"), contents: at("the plan on Monday") }];
        assert!(is_right(text, &example(text, "slammed", Some("Porter"), "the plan on Monday"), &gold));
        // Half the content's words: F1 0.67, still right.
        assert!(is_right(text, &example(text, "slammed", Some("Jane"), "the plan"), &gold));
        // No source where the gold has one.
        assert!(!is_right(text, &example(text, "slammed", None, "the plan on Monday"), &gold));
        // One word of four: F1 0.4.
        assert!(!is_right(text, &example(text, "slammed", Some("Jane"), "Monday"), &gold));
    }

    #[test]
    fn the_filter_learns_which_features_tell() {
        let examples: Vec<(String, bool)> =
            (0..40)
                .map(|i| {
                    if i % 2 == 0 {
                        ("bias\ncue:voted".to_string(), true)
                    } else {
                        ("bias\ncue:saw".to_string(), false)
                    }
                })
                .collect();
        let filter = train_tentative_filter(&examples, 10, 0.5);
        assert!(filter.keeps("bias\ncue:voted", false));
        assert!(!filter.keeps("bias\ncue:saw", false));
        assert!(filter.keeps("bias\ncue:saw", true), "an attribution with a named speaker stands");
        assert_eq!(filter, train_tentative_filter(&examples, 10, 0.5), "the same examples give the same filter");
    }
}
