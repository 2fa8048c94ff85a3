//! Model attributions beside the rules': a document, what the rules found
//! and a span model in, the rules' attributions with the model's added (and,
//! where the rules' content is not an exact quotation, corrected) out.
//!
//! The model tags each sentence worth tagging; its cue spans gather the
//! content spans nearest them and the nearest source span. Rules stay where
//! they are exact: a rule attribution whose content is one paired
//! quotation is never changed. A model attribution is added only where no
//! rule attribution claims its cue or its content's words.

use super::features::SpanContext;
use super::{SpanModel, CONTENT, CUE, SOURCE};
use crate::cue_model::CueModel;
use crate::quotes::{content_kind, source_before, Attribution, Cue, TokenRange};
use readout_record::QuoteKind;
use readout_segment::{Document, TokenKind};

/// How the model's attributions join the rules'.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanMode {
    /// Only add attributions for cues and contents the rules left alone.
    Add,
    /// Add, and give a rule attribution whose content is not a paired
    /// quotation the model's content for the same cue.
    AddAndCorrect,
}

/// The spans of one role in a tagged sentence.
fn runs(tags: &[u8], first: usize, role: usize) -> Vec<TokenRange> {
    let mut out: Vec<TokenRange> = Vec::new();
    for (offset, &tag) in tags.iter().enumerate() {
        let tag = usize::from(tag);
        let index = first + offset;
        if tag == role + 1 && out.last().is_some_and(|last| last.1 == index) {
            out.last_mut().expect("a run").1 = index + 1;
        } else if tag == role || tag == role + 1 {
            out.push((index, index + 1));
        }
    }
    out
}

fn gap(a: TokenRange, b: TokenRange) -> usize {
    // Tokens between two spans; 0 where they touch or overlap.
    b.0.saturating_sub(a.1).max(a.0.saturating_sub(b.1))
}

fn overlaps(a: TokenRange, b: TokenRange) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The model's attributions of one tagged sentence.
fn sentence_attributions(
    doc: &Document,
    tags: &[u8],
    margins: &[f32],
    first: usize,
    min_margin: f32,
) -> Vec<Attribution> {
    let cues = runs(tags, first, CUE);
    let sources = runs(tags, first, SOURCE);
    let contents = runs(tags, first, CONTENT);
    let mut gathered: Vec<Vec<TokenRange>> = vec![Vec::new(); cues.len()];
    for &content in &contents {
        if let Some(nearest) = (0..cues.len()).min_by_key(|&c| gap(cues[c], content)) {
            gathered[nearest].push(content);
        }
    }
    cues.iter()
        .zip(gathered)
        .filter(|(&(start, end), content)| {
            let margin = margins[start - first..end - first].iter().sum::<f32>() / (end - start) as f32;
            !content.is_empty() && margin >= min_margin
        })
        .map(|(&cue, content)| {
            // The nearest source the model tagged, else the subject before
            // the cue as the rules find it.
            let source = sources
                .iter()
                .copied()
                .min_by_key(|&s| gap(s, cue))
                .or_else(|| source_before(doc, cue.0, doc.sentence_bounds(cue.0).0));
            let (start, end) = (content[0].0, content[content.len() - 1].1);
            Attribution { kind: content_kind(doc, start, end), cue: Some(cue), source, content }
        })
        .collect()
}

/// Whether an attribution's content is or opens with a quotation: a
/// readers' direct quote, which the rules' exact pairing of marks decides.
fn quoted(doc: &Document, attribution: &Attribution) -> bool {
    attribution.kind == QuoteKind::Direct
        || attribution.content.first().is_some_and(|&(first, _)| doc.token(first).kind == TokenKind::OpenQuote)
}

/// Tag the document's sentences with `model` and join its attributions to
/// the rules' `attributions` as `mode` says.
pub fn add_model_attributions(
    doc: &Document,
    inside: &[bool],
    cues: &[Cue],
    attributions: &mut Vec<Attribution>,
    cue_model: &CueModel,
    model: &SpanModel,
) {
    let mode = model.mode;
    let context = SpanContext::new(doc, inside, cues, attributions, cue_model);
    let (mut keys, mut offsets) = (Vec::new(), Vec::new());
    let mut found = Vec::new();
    for sentence in &doc.seg.sentences {
        let (first, end) = (sentence.first_token, sentence.end_token);
        if first >= end || !context.worth_tagging(first, end) {
            continue;
        }
        context.sentence(first, end, &mut keys, &mut offsets);
        let (tags, margins) = model.tag(&keys, &offsets);
        found.extend(sentence_attributions(doc, &tags, &margins, first, model.min_margin));
    }
    let rules = attributions.len();
    for candidate in found {
        let cue = candidate.cue.expect("model attributions have cues");
        let same_cue = attributions[..rules].iter().position(|a| a.cue.is_some_and(|c| overlaps(c, cue)));
        if let Some(index) = same_cue {
            let rule = &mut attributions[index];
            // Neither side's quotation is touched: the rules pair marks
            // exactly.
            if mode == SpanMode::AddAndCorrect && rule.kind != QuoteKind::Direct && !quoted(doc, &candidate) {
                rule.content = candidate.content;
                rule.kind = candidate.kind;
                if rule.source.is_none() {
                    rule.source = candidate.source;
                }
            }
            continue;
        }
        let claimed = attributions[..rules]
            .iter()
            .any(|a| a.content.iter().any(|&c| candidate.content.iter().any(|&m| overlaps(c, m))));
        // A quotation the rules did not take is left alone: they pair
        // quotation marks exactly, and a model's direct quote is mostly one
        // they rejected for a reason.
        if !claimed && !quoted(doc, &candidate) {
            attributions.push(candidate);
        }
    }
    attributions.sort_by_key(|a| a.content.first().map_or(0, |c| c.0));
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(tags: &[u8], expect: &[(TokenRange, Option<TokenRange>, Vec<TokenRange>)]) {
        let text = "Officials said the plan would fail .";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let got: Vec<_> = sentence_attributions(&doc, tags, &[1.0; 7], 0, 0.0)
            .into_iter()
            .map(|a| (a.cue.unwrap(), a.source, a.content))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_cue_gathers_its_source_and_content() {
        check(&[3, 1, 5, 6, 6, 6, 0], &[((1, 2), Some((0, 1)), vec![(2, 6)])]);
    }

    #[test]
    fn a_cue_without_content_gives_nothing() {
        check(&[3, 1, 0, 0, 0, 0, 0], &[]);
    }
}
