//! Cues: a document and its quoted segments in, the token ranges of the
//! words that mark an attribution out ("said", "told", "according to").
//!
//! The learned [`CueModel`] decides for every candidate word; where no model
//! is loaded, the speech-verb list decides. Words inside a quotation are the
//! speaker's own words, not cues, unless the model has learned otherwise.

use crate::cue_model::CueModel;
use crate::document::Document;
use crate::lexicon::is_speech_verb;
use crate::quote_marks::QuotedSegment;
use crate::quotes::Cue;

/// For each token: does it sit inside a quoted segment (marks excluded)?
pub fn inside_quotes(doc: &Document, segments: &[QuotedSegment]) -> Vec<bool> {
    let mut inside = vec![false; doc.len()];
    for segment in segments {
        for &(first, end) in &segment.pieces {
            for flag in inside.iter_mut().take(end.saturating_sub(1)).skip(first + 1) {
                *flag = true;
            }
        }
    }
    inside
}

pub fn find_cues(doc: &Document, inside_quote: &[bool], model: &CueModel) -> Vec<Cue> {
    let mut out = Vec::new();
    let mut index = 0;
    while index < doc.len() {
        let word = doc.word(index);
        if word == "according" && doc.word(index + 1) == "to" && !inside_quote[index] {
            out.push((index, index + 2));
            index += 2;
            continue;
        }
        // Speech verbs outside quotations are cues; the model adds the
        // words annotators also marked (beliefs, intentions, reports).
        // After a determiner the word is a noun: "his tweets", "the
        // reports", "swing states".
        let noun = index > 0
            && matches!(
                doc.word(index - 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
            );
        // A capitalised word inside a sentence is a name: "United States".
        let (sentence_first, _) = doc.sentence_bounds(index);
        let name = doc.token(index).capitalized && index != sentence_first && !doc.token(index - 1).is_quote();
        if name {
            index += 1;
            continue;
        }
        let speech = doc.is_word(index) && !inside_quote[index] && is_speech_verb(word) && !noun;
        let is_cue = speech
            || (!model.is_empty()
                && model.is_candidate(doc, index)
                && model.probability(doc, index, inside_quote[index]) >= threshold_for(doc, index, model.threshold));
        if is_cue && doc.is_word(index) {
            out.push((index, index + 1));
        }
        index += 1;
    }
    out
}

/// A candidate followed by "that" opens a reported clause ("argued that",
/// "believes that"), so less evidence is needed for it to be a cue.
fn threshold_for(doc: &Document, index: usize, threshold: f32) -> f32 {
    if index + 1 < doc.len() && doc.word(index + 1) == "that" {
        threshold * THAT_CLAUSE_FACTOR
    } else {
        threshold
    }
}

const THAT_CLAUSE_FACTOR: f32 = 0.6;
