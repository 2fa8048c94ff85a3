//! The sentence a quote sits in, cut from the document text.
//!
//! In: a document's text and a code-point range (the union of a quote's
//! content, cue and speaker mention). Out: the code-point range and text of
//! the sentence(s) around it, so query results can show a quote in context
//! without loading the article. Offsets from a record may be wrong; they are
//! clamped, never trusted, so bad data cannot panic here.

/// `start..end` clamped to a text of `length` code points and put in order.
pub(crate) fn clamp_span(length: usize, start: usize, end: usize) -> (usize, usize) {
    let (start, end) = (start.min(length), end.min(length));
    if start <= end {
        (start, end)
    } else {
        (end, start)
    }
}

/// A document's text indexed by code point.
pub(crate) struct CodePointText {
    characters: Vec<char>,
}

/// How far either way to look for a sentence boundary before giving up;
/// keeps a missing full stop from pulling a whole article into one row.
const MAXIMUM_REACH: usize = 600;

impl CodePointText {
    pub(crate) fn new(text: &str) -> Self {
        CodePointText { characters: text.chars().collect() }
    }

    pub(crate) fn len(&self) -> usize {
        self.characters.len()
    }

    /// `start..end` clamped to the text and put in order.
    pub(crate) fn clamp(&self, start: usize, end: usize) -> (usize, usize) {
        clamp_span(self.len(), start, end)
    }

    pub(crate) fn slice(&self, start: usize, end: usize) -> String {
        let (start, end) = self.clamp(start, end);
        self.characters[start..end].iter().collect()
    }

    /// The sentence range containing `start..end`: back to the previous
    /// sentence end or line break, forward to the next one (keeping a
    /// closing quotation mark that follows the full stop).
    pub(crate) fn sentence_around(&self, start: usize, end: usize) -> (usize, usize) {
        let (start, end) = self.clamp(start, end);
        let characters = &self.characters;
        let lower_limit = start.saturating_sub(MAXIMUM_REACH);
        let mut sentence_start = lower_limit;
        let mut index = start;
        while index > lower_limit {
            let previous = characters[index - 1];
            if previous == '\n' {
                sentence_start = index;
                break;
            }
            if matches!(previous, '.' | '!' | '?') && characters.get(index).is_some_and(|next| next.is_whitespace()) {
                sentence_start = index;
                break;
            }
            index -= 1;
        }
        while sentence_start < start && characters[sentence_start].is_whitespace() {
            sentence_start += 1;
        }

        let upper_limit = (end + MAXIMUM_REACH).min(characters.len());
        let mut sentence_end = upper_limit;
        // Start on the last character of the range: a quote that ends in its
        // own full stop ends the sentence right there.
        let mut index = if end > start { end - 1 } else { end };
        while index < upper_limit {
            let character = characters[index];
            if character == '\n' {
                sentence_end = index;
                break;
            }
            if matches!(character, '.' | '!' | '?') {
                let mut after = index + 1;
                while after < characters.len() && is_closing_mark(characters[after]) {
                    after += 1;
                }
                if after >= characters.len() || characters[after].is_whitespace() {
                    sentence_end = after;
                    break;
                }
            }
            index += 1;
        }
        (sentence_start, sentence_end.max(end))
    }
}

fn is_closing_mark(character: char) -> bool {
    matches!(character, '"' | '\'' | '”' | '’' | '»' | ')')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str, needle: &str) -> String {
        let indexed = CodePointText::new(text);
        let byte_start = text.find(needle).unwrap();
        let start = text[..byte_start].chars().count();
        let end = start + needle.chars().count();
        let (sentence_start, sentence_end) = indexed.sentence_around(start, end);
        indexed.slice(sentence_start, sentence_end)
    }

    #[test]
    fn finds_the_sentence_around_a_quote() {
        let text = "First line. “We will win,” Starmer said on Monday. Then he left.";
        assert_eq!(sentence(text, "We will win"), "“We will win,” Starmer said on Monday.");
    }

    #[test]
    fn stops_at_line_breaks_and_keeps_closing_marks() {
        let text = "Headline\nHe said: “It is over.” Next.";
        assert_eq!(sentence(text, "It is over"), "He said: “It is over.”");
    }

    #[test]
    fn out_of_range_offsets_are_clamped() {
        let indexed = CodePointText::new("short");
        assert_eq!(indexed.sentence_around(3, 99), (0, 5));
        assert_eq!(indexed.slice(10, 2), "ort");
        assert_eq!(CodePointText::new("").sentence_around(5, 9), (0, 0));
    }
}
