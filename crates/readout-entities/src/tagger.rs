//! The name tagger: a text and its segmentation in, the name mentions of
//! people, organisations and places out, each as a token range, a byte
//! range and a kind.
//!
//! Each sentence is labelled by a linear-chain CRF: per token the weights
//! of its features are summed into one score per label, and Viterbi finds
//! the best label sequence under the learned transition weights, with `I-`
//! labels allowed only after a `B-` or `I-` of the same kind. Spans are read
//! off the labels and cut as the gold spans were: without marks at either
//! end, without titles in front ("Justice Thomas" gives "Thomas"), and
//! without a possessive "'s" in their bytes ("Clinton’s" gives "Clinton").

use crate::error::Result;
use crate::features::DocFeatures;
use crate::labels::{allowed, decode, NUM_LABELS};
use crate::lexicon::is_title_word;
use crate::model::{Row, Weights};
use readout_record::EntityKind;
use readout_segment::{Segmented, TokenKind};
use std::ops::Range;
use std::sync::OnceLock;

/// One name mention found by the tagger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameSpan {
    /// Token range `[first, end)` in [`Segmented::tokens`].
    pub tokens: Range<usize>,
    /// Byte range of the name in the text.
    pub bytes: Range<usize>,
    /// Person, organisation or place (never `Other`).
    pub kind: EntityKind,
}

/// A learned name recogniser.
#[derive(Clone)]
pub struct NameTagger {
    weights: Weights,
}

impl std::fmt::Debug for NameTagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NameTagger").field("features", &self.weights.len()).finish()
    }
}

impl NameTagger {
    /// The model that ships with readout (see `models/README.md`), parsed on
    /// first use.
    pub fn builtin() -> &'static NameTagger {
        static TAGGER: OnceLock<NameTagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            NameTagger::from_bytes(include_bytes!("../models/names.bin")).unwrap_or_else(|error| {
                tracing::error!(%error, "the built-in name model does not load; no names will be tagged");
                NameTagger { weights: Weights::empty() }
            })
        })
    }

    /// A tagger from the bytes of a model file (as `train_from_gum` makes).
    pub fn from_bytes(bytes: &[u8]) -> Result<NameTagger> {
        Ok(NameTagger { weights: Weights::from_bytes(bytes)? })
    }

    /// Number of features the model weighs.
    pub fn num_features(&self) -> usize {
        self.weights.len()
    }

    /// The name mentions of `text`, in text order.
    pub fn tag(&self, text: &str, seg: &Segmented) -> Vec<NameSpan> {
        self.tag_sentences(text, seg, |_| true)
    }

    /// The name mentions of the sentences of `text` whose index `wanted`
    /// accepts, in text order: the features still see the whole document,
    /// but only those sentences are decoded (and nothing at all is computed
    /// when none is wanted).
    pub fn tag_sentences(&self, text: &str, seg: &Segmented, wanted: impl Fn(usize) -> bool) -> Vec<NameSpan> {
        if !(0..seg.sentences.len()).any(&wanted) {
            return Vec::new();
        }
        let doc = DocFeatures::new(text, seg);
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        for (index, sentence) in seg.sentences.iter().enumerate() {
            if sentence.first_token == sentence.end_token || !wanted(index) {
                continue;
            }
            doc.sentence(sentence, &mut scratch.keys, &mut scratch.offsets);
            scratch.continues.clear();
            scratch
                .continues
                .extend((sentence.first_token..sentence.end_token).map(|t| may_continue_a_name(text, seg, t)));
            self.label(&mut scratch);
            for (range, kind) in decode(&scratch.labels) {
                let tokens = sentence.first_token + range.start..sentence.first_token + range.end;
                let tokens = trim(text, seg, tokens);
                if !tokens.is_empty() {
                    let bytes = byte_range(text, seg, &tokens);
                    out.push(NameSpan { tokens, bytes, kind });
                }
            }
        }
        out
    }

    /// Score the tokens whose features are in `scratch` and leave the best
    /// labels in `scratch.labels`.
    fn label(&self, scratch: &mut Scratch) {
        self.weights.score_tokens(&scratch.keys, &scratch.offsets, &mut scratch.scores);
        for (row, &continues) in scratch.scores.iter_mut().zip(&scratch.continues) {
            if !continues {
                for label in [2, 4, 6] {
                    row[label] = f32::NEG_INFINITY;
                }
            }
        }
        viterbi(&scratch.scores, &self.weights.transitions, &mut scratch.back, &mut scratch.labels);
    }
}

/// Whether token `t` may stand inside a name: anything but a lower-case
/// word, bar the few that join the parts of names ("Bank of America",
/// "Center for American Progress", "Bill de Blasio"). A name does not run
/// on over "at" or a verb: "Emmanuel Macron at Chequers" is two names, and
/// "Prime Minister hosted Emmanuel Macron" no name at all, whatever the
/// weights say of a short line of capitals.
fn may_continue_a_name(text: &str, seg: &Segmented, t: usize) -> bool {
    let token = &seg.tokens[t];
    if token.kind != TokenKind::Word || token.capitalized {
        return true;
    }
    // "Bashar al-Assad", "Valéry Giscard d’Estaing": a particle glued to a
    // surname.
    let word = token.text(text);
    if ["al-", "el-", "ibn-", "bin-", "d'", "d’"].iter().any(|particle| word.starts_with(particle)) {
        return true;
    }
    matches!(
        word,
        "of" | "for"
            | "and"
            | "the"
            | "de"
            | "da"
            | "di"
            | "do"
            | "dos"
            | "das"
            | "du"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "la"
            | "le"
            | "les"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "y"
            | "on"
            | "upon"
            | "in"
            | "'s"
            | "’s"
    )
}

#[derive(Default)]
struct Scratch {
    /// Per token of the sentence: whether it may continue a name.
    continues: Vec<bool>,
    keys: Vec<u64>,
    offsets: Vec<u32>,
    scores: Vec<Row>,
    back: Vec<[u8; NUM_LABELS]>,
    labels: Vec<u8>,
}

/// The best label sequence for per-token `scores` under `transitions`
/// (from, to), with the BIO constraint.
pub fn viterbi(
    scores: &[Row],
    transitions: &[Row; NUM_LABELS],
    back: &mut Vec<[u8; NUM_LABELS]>,
    labels: &mut Vec<u8>,
) {
    labels.clear();
    back.clear();
    let Some(first) = scores.first() else { return };
    let mut best: Row = [f32::NEG_INFINITY; NUM_LABELS];
    for (label, b) in best.iter_mut().enumerate() {
        if allowed(None, label as u8) {
            *b = first[label];
        }
    }
    back.push([0; NUM_LABELS]);
    for row in &scores[1..] {
        let mut next: Row = [f32::NEG_INFINITY; NUM_LABELS];
        let mut from = [0u8; NUM_LABELS];
        for to in 0..NUM_LABELS {
            for prev in 0..NUM_LABELS {
                if !allowed(Some(prev as u8), to as u8) {
                    continue;
                }
                let s = best[prev] + transitions[prev][to];
                if s > next[to] {
                    next[to] = s;
                    from[to] = prev as u8;
                }
            }
            next[to] += row[to];
        }
        best = next;
        back.push(from);
    }
    let mut label = (0..NUM_LABELS).fold(0, |b, l| if best[l] > best[b] { l } else { b }) as u8;
    labels.resize(scores.len(), 0);
    for k in (0..scores.len()).rev() {
        labels[k] = label;
        label = back[k][usize::from(label)];
    }
}

/// A span less marks at either end and less any titles in front of the
/// name ("Justice Thomas", "Ukrainian President Petro Poroshenko"), as the
/// gold spans the model learned from are cut.
fn trim(text: &str, seg: &Segmented, mut tokens: Range<usize>) -> Range<usize> {
    let is_mark = |i: usize| !matches!(seg.tokens[i].kind, TokenKind::Word | TokenKind::Number);
    while !tokens.is_empty() && is_mark(tokens.start) {
        tokens.start += 1;
    }
    while !tokens.is_empty() && is_mark(tokens.end - 1) {
        tokens.end -= 1;
    }
    for i in (tokens.start..tokens.end).rev() {
        let mut next = i + 1;
        while next < tokens.end && seg.tokens[next].text(text) == "." {
            next += 1;
        }
        if next < tokens.end && seg.tokens[next].capitalized && is_title_word(&seg.tokens[i].text(text).to_lowercase())
        {
            tokens.start = next;
            break;
        }
    }
    tokens
}

/// The bytes of tokens `tokens`, less a possessive ending of the last one.
fn byte_range(text: &str, seg: &Segmented, tokens: &Range<usize>) -> Range<usize> {
    let start = seg.tokens[tokens.start].range.start;
    let last = &seg.tokens[tokens.end - 1];
    let word = last.text(text);
    let trimmed = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|s| word.strip_suffix(s).filter(|rest| !rest.is_empty()))
        .map_or(word.len(), str::len);
    start..last.range.start + trimmed
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// Tag `input` with `tagger`; show the spans as `[kind text]`.
    fn check(tagger: &NameTagger, input: &str, expect: &str) {
        let seg = segment(input, std::slice::from_ref(&(0..input.len())));
        let shown: Vec<String> = tagger
            .tag(input, &seg)
            .iter()
            .map(|s| format!("[{} {}]", s.kind.as_str(), &input[s.bytes.clone()]))
            .collect();
        assert_eq!(shown.join(" "), expect, "{input:?}");
    }

    #[test]
    fn viterbi_respects_bio() {
        // Scores prefer I-PER everywhere; the constraint forces B-PER first.
        let scores = vec![[0.0, 1.0, 2.0, 0.0, 0.0, 0.0, 0.0]; 3];
        let (mut back, mut labels) = (Vec::new(), Vec::new());
        viterbi(&scores, &[[0.0; NUM_LABELS]; NUM_LABELS], &mut back, &mut labels);
        assert_eq!(labels, [1, 2, 2]);
    }

    #[test]
    fn regression_a_name_ran_on_over_at_in_a_short_line() {
        let tagger = NameTagger::builtin();
        check(
            tagger,
            "Keir Starmer hosted Olaf Scholz at Chequers.",
            "[person Keir Starmer] [person Olaf Scholz] [place Chequers]",
        );
    }

    #[test]
    fn empty_model_tags_nothing() {
        check(&NameTagger { weights: Weights::empty() }, r"Donald Trump spoke.", "");
    }

    #[test]
    fn builtin_model_loads_and_finds_names() {
        let tagger = NameTagger::builtin();
        assert!(tagger.num_features() > 1000, "{tagger:?}");
        check(
            tagger,
            r"Ukrainian President Petro Poroshenko met Donald J. Trump in Washington on Monday.",
            "[person Petro Poroshenko] [person Donald J. Trump] [place Washington]",
        );
        check(tagger, r"Clinton’s aides left.", "[person Clinton]");
    }
}
