//! Byte offsets in, code-point offsets out.
//!
//! Analysis slices `&str` by bytes; the record counts Unicode scalar values
//! (as Python's `str` does), so every span crosses this conversion once.

use crate::Span;

/// A lookup from byte offsets of one text to code-point offsets.
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Code-point offset at the start of every 64-byte block, so a lookup
    /// counts at most 63 bytes and the table stays small for large texts.
    block_starts: Vec<usize>,
}

const BLOCK: usize = 64;

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut block_starts = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut chars = 0usize;
        for chunk in bytes.chunks(BLOCK) {
            block_starts.push(chars);
            chars += chunk.iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        }
        block_starts.push(chars);
        CharOffsets { text, block_starts }
    }

    /// The code-point offset of a byte offset on a char boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let from = block * BLOCK;
        let extra = self.text.as_bytes()[from..byte].iter().filter(|&&b| (b & 0xC0) != 0x80).count();
        self.block_starts[block] + extra
    }

    /// A record span for a byte range of the text.
    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        Span {
            start: self.char_offset(range.start),
            end: self.char_offset(range.end),
            text: self.text[range].to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let offsets = CharOffsets::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars, "at byte {byte}");
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_and_multibyte_text() {
        check("");
        check("plain ascii");
        check("“curly” quotes — and dashes ‘here’");
        check(&"é“x”".repeat(100));
    }

    #[test]
    fn span_carries_its_text() {
        let text = "Mr Trump said “no”.";
        let start = text.find('“').unwrap();
        let span = CharOffsets::new(text).span(start..text.len() - 1);
        assert_eq!(span.text, "“no”");
        assert_eq!(span.start, 14);
        assert_eq!(span.end, 18);
    }
}
