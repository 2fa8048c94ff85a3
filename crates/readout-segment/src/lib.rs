//! Segmentation: a text in, its paragraphs, sentences and tokens out.
//!
//! Every unit is a byte range into the original text, so later stages can
//! point back into it without copying. Segmentation never fails: any text,
//! however odd, gives some segmentation. [`Document`] pairs a text with
//! its segmentation and answers the per-token questions later stages ask.

mod document;
mod sentences;
mod tokens;

pub use document::Document;
pub use sentences::{paragraphs, sentences_in};
pub use tokens::{tokenize, Token, TokenKind};

use std::ops::Range;

/// A sentence: its byte range and the tokens inside it.
#[derive(Debug, Clone)]
pub struct Sentence {
    pub range: Range<usize>,
    /// Index of the paragraph this sentence belongs to.
    pub paragraph: usize,
    /// Index of the first token of the sentence in [`Segmented::tokens`].
    pub first_token: usize,
    /// One past the last token of the sentence.
    pub end_token: usize,
}

/// The segmentation of one text.
#[derive(Debug, Clone, Default)]
pub struct Segmented {
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
}

impl Segmented {
    pub fn sentence_tokens(&self, sentence: &Sentence) -> &[Token] {
        &self.tokens[sentence.first_token..sentence.end_token]
    }
}

/// Segment the parts of `text` named by `regions` (the article, without
/// boilerplate); text outside them gets no paragraphs, sentences or tokens.
pub fn segment(text: &str, regions: &[Range<usize>]) -> Segmented {
    let mut out = Segmented::default();
    for region in regions {
        for paragraph in paragraphs(text, region.clone()) {
            let paragraph_index = out.paragraphs.len();
            out.paragraphs.push(paragraph.clone());
            for sentence in sentences_in(text, paragraph) {
                let first_token = out.tokens.len();
                tokenize(text, sentence.clone(), &mut out.tokens);
                out.sentences.push(Sentence {
                    range: sentence,
                    paragraph: paragraph_index,
                    first_token,
                    end_token: out.tokens.len(),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_only_the_regions_given() {
        let text = "Appeal text. Read more\n\nMr Smith said no. He left.";
        let start = text.find("Mr").unwrap();
        let seg = segment(text, std::slice::from_ref(&(start..text.len())));
        assert_eq!(seg.paragraphs.len(), 1);
        let sentences: Vec<&str> = seg.sentences.iter().map(|s| &text[s.range.clone()]).collect();
        assert_eq!(sentences, ["Mr Smith said no.", "He left."]);
        assert_eq!(seg.sentence_tokens(&seg.sentences[1]).len(), 3);
    }
}
