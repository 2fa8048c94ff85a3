//! The analysed document: a text and its segmentation in, per-token
//! look-ups out (lower-case form, sentence, paragraph) that every later
//! pass (the entity layer in `readout-entities`, attribution in
//! `readout-attribute`) shares so none of them recomputes it.

use crate::{Segmented, Token, TokenKind};

/// A text, its segmentation, and per-token facts worked out once.
pub struct Document<'a> {
    pub text: &'a str,
    pub seg: &'a Segmented,
    /// Per token: its text in lower case.
    pub lower: Vec<String>,
    /// Per token: the index of its sentence in [`Segmented::sentences`].
    pub token_sentence: Vec<usize>,
    /// Per token: the index of its paragraph in [`Segmented::paragraphs`].
    pub token_paragraph: Vec<usize>,
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str, seg: &'a Segmented) -> Self {
        let lower = seg.tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
        let mut token_sentence = vec![0; seg.tokens.len()];
        let mut token_paragraph = vec![0; seg.tokens.len()];
        for (index, sentence) in seg.sentences.iter().enumerate() {
            for token in sentence.first_token..sentence.end_token {
                token_sentence[token] = index;
                token_paragraph[token] = sentence.paragraph;
            }
        }
        Document { text, seg, lower, token_sentence, token_paragraph }
    }

    pub fn token(&self, index: usize) -> &Token {
        &self.seg.tokens[index]
    }

    pub fn len(&self) -> usize {
        self.seg.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.seg.tokens.is_empty()
    }

    /// Token `index` in lower case; empty past the end.
    pub fn word(&self, index: usize) -> &str {
        self.lower.get(index).map_or("", String::as_str)
    }

    /// Token `index` as written.
    pub fn raw(&self, index: usize) -> &'a str {
        self.seg.tokens[index].text(self.text)
    }

    /// Whether token `index` is the punctuation mark `mark`.
    pub fn is_punct(&self, index: usize, mark: &str) -> bool {
        let token = &self.seg.tokens[index];
        token.kind == TokenKind::Punct && token.text(self.text) == mark
    }

    /// Whether token `index` is a word or a number.
    pub fn is_word(&self, index: usize) -> bool {
        matches!(self.seg.tokens[index].kind, TokenKind::Word | TokenKind::Number)
    }

    /// Token range `[first, end)` of the sentence holding token `index`.
    pub fn sentence_bounds(&self, index: usize) -> (usize, usize) {
        let sentence = &self.seg.sentences[self.token_sentence[index]];
        (sentence.first_token, sentence.end_token)
    }

    /// The byte range covered by tokens `[first, end)`.
    pub fn byte_range(&self, first: usize, end: usize) -> std::ops::Range<usize> {
        self.seg.tokens[first].range.start..self.seg.tokens[end - 1].range.end
    }
}
