//! An attribution's frame: a document, an attribution and the per-token
//! quotation flags in; the stretch of text whose words can say when, to
//! whom, through what and where it was made out: its sentence (or the
//! sentences of its source and cue) outside quotation marks, with its own
//! content marked so that what was said is not taken for how.

use crate::lexicon::is_auxiliary_or_adverb;
use crate::quotes::Attribution;
use readout_segment::Document;

pub(crate) struct Frame<'a, 'd> {
    pub doc: &'a Document<'d>,
    /// First token of the frame's sentences.
    pub first: usize,
    /// Token after the frame's sentences.
    pub end: usize,
    /// The token the attribution stands at: its cue, else its source, else
    /// its content.
    pub anchor: usize,
    pub cue: Option<(usize, usize)>,
    pub source: Option<(usize, usize)>,
    inside: &'a [bool],
    /// The attribution's own content.
    content: &'a [(usize, usize)],
    /// The content of every attribution in the frame's sentences: a
    /// sentence that reports several things ("offered an update ... and
    /// reiterated his remarks in the region last week") dates none of them
    /// by what another reports.
    contents: Vec<(usize, usize)>,
}

impl<'a, 'd> Frame<'a, 'd> {
    /// The frame of `attributions[index]`; `None` for one with no tokens at
    /// all.
    pub fn of(
        doc: &'a Document<'d>,
        attributions: &'a [Attribution],
        index: usize,
        inside: &'a [bool],
    ) -> Option<Self> {
        let attribution = &attributions[index];
        let anchor = attribution.cue.or(attribution.source).or(attribution.content.first().copied())?.0;
        if anchor >= doc.len() {
            return None;
        }
        let (mut first, mut end) = doc.sentence_bounds(anchor);
        for (start, _) in attribution.cue.into_iter().chain(attribution.source) {
            let (f, e) = doc.sentence_bounds(start);
            first = first.min(f);
            end = end.max(e);
        }
        let contents = attributions
            .iter()
            .flat_map(|a| a.content.iter().copied())
            .filter(|&(start, content_end)| start < end && first < content_end)
            .collect();
        Some(Frame {
            doc,
            first,
            end,
            anchor,
            cue: attribution.cue,
            source: attribution.source,
            inside,
            content: &attribution.content,
            contents,
        })
    }

    /// Whether token `index` is in the frame and outside quotation marks.
    pub fn usable(&self, index: usize) -> bool {
        index >= self.first && index < self.end && !self.inside[index] && !self.doc.token(index).is_quote()
    }

    /// Whether token `index` is part of what this or another attribution
    /// of the sentence reports.
    pub fn in_content(&self, index: usize) -> bool {
        self.contents.iter().any(|&(start, end)| start <= index && index < end)
    }

    /// Whether token `index` is part of what this attribution reports.
    pub fn in_own_content(&self, index: usize) -> bool {
        self.content.iter().any(|&(start, end)| start <= index && index < end)
    }

    /// Whether token `index` is part of the source phrase.
    pub fn in_source(&self, index: usize) -> bool {
        self.source.is_some_and(|(start, end)| start <= index && index < end)
    }

    /// Whether the source is a bare pronoun ("he said").
    pub fn source_is_pronoun(&self) -> bool {
        self.source
            .is_some_and(|(start, end)| end == start + 1 && crate::lexicon::is_personal_pronoun(self.doc.word(start)))
    }

    /// Whether the source stands for several parties at once ("they", "the
    /// leaders", "both men").
    pub fn source_is_plural(&self) -> bool {
        self.source.is_some_and(|(start, end)| {
            (start..end).any(|t| {
                matches!(self.doc.word(t), "they" | "both" | "leaders" | "sides" | "men" | "women" | "pair" | "two")
            })
        })
    }

    /// Whether the cue is passive ("was told by engineers"): its subject
    /// was spoken to, not speaking.
    pub fn cue_is_passive(&self) -> bool {
        self.cue.is_some_and(|(cue, _)| {
            matches!(self.doc.word(cue.wrapping_sub(1)), "was" | "were" | "been" | "being" | "is" | "are")
        })
    }

    /// Whether the cue is in the perfect or the future ("has said", "had
    /// warned", "will tell"): words said at no one time, or not yet, belong
    /// to no occasion the text reports.
    pub fn anchor_is_perfect(&self) -> bool {
        let Some((cue, _)) = self.cue else { return false };
        let mut index = cue;
        while index > self.first {
            index -= 1;
            let word = self.doc.word(index);
            if matches!(word, "has" | "have" | "had" | "will" | "would" | "'s" | "’s") {
                return true;
            }
            if !is_auxiliary_or_adverb(word) || matches!(word, "was" | "were" | "did") {
                return false;
            }
        }
        false
    }
}
