//! Quotation marks: tokens in, quoted segments out.
//!
//! A segment runs from an opening mark to its closing mark. A quote that
//! runs over paragraphs opens each paragraph with a mark and closes only in
//! the last, so a paragraph that starts with an opening mark while a quote
//! is open continues it (one segment, one piece per paragraph). A quote left
//! open at the end of a paragraph that the next paragraph does not continue
//! ends there. Single marks count only outside double ones and only when
//! they close within the paragraph.

use readout_segment::Document;
use readout_segment::TokenKind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedSegment {
    /// Token ranges `[first, end)` of each piece, marks included.
    pub pieces: Vec<(usize, usize)>,
}

impl QuotedSegment {
    pub fn first_token(&self) -> usize {
        self.pieces[0].0
    }

    pub fn end_token(&self) -> usize {
        self.pieces[self.pieces.len() - 1].1
    }
}

fn is_double(mark: &str) -> bool {
    matches!(mark, "“" | "”" | "\"" | "„" | "«" | "»" | "''" | "``")
}

/// Which family a double mark belongs to: a quote opened with one family is
/// continued and closed only by the same family, so a stray straight mark
/// does not swallow the curly quotes after it.
fn family(mark: &str) -> u8 {
    match mark {
        "\"" => 0,
        "''" | "``" => 1,
        _ => 2,
    }
}

pub fn quoted_segments(doc: &Document) -> Vec<QuotedSegment> {
    let mut out = Vec::new();
    let mut open: Option<QuotedSegment> = None;
    let mut piece_start = 0usize;
    let mut single_open: Option<usize> = None;
    let mut open_family = 0u8;
    let mut nested_open = false;
    for index in 0..doc.len() {
        let token = doc.token(index);
        let mark = doc.raw(index);
        let paragraph = doc.token_paragraph[index];
        if let Some(segment) = open.as_mut() {
            let piece_paragraph = doc.token_paragraph[piece_start];
            if paragraph != piece_paragraph {
                // A new paragraph while a quote is open: it continues only
                // when the paragraph opens with a mark.
                segment.pieces.push((piece_start, index));
                let continues = token.kind == TokenKind::OpenQuote && is_double(mark) && family(mark) == open_family;
                if continues {
                    piece_start = index;
                    continue;
                }
                out.push(open.take().expect("checked above"));
            }
        }
        if single_open.is_some_and(|start| doc.token_paragraph[start] != paragraph) {
            single_open = None;
        }
        match token.kind {
            TokenKind::OpenQuote if is_double(mark) && open.is_none() => {
                open = Some(QuotedSegment { pieces: Vec::new() });
                open_family = family(mark);
                nested_open = false;
                piece_start = index;
                single_open = None;
            }
            // A quote opened with one family of marks and closed with another
            // in the same paragraph (`"Oz has a huge bully pulpit,” said …`)
            // is a typing slip, unless a mark of that other family opened a
            // quote inside it.
            TokenKind::OpenQuote if is_double(mark) && family(mark) != open_family => nested_open = true,
            TokenKind::CloseQuote if is_double(mark) && family(mark) != open_family && nested_open => {
                nested_open = false;
            }
            TokenKind::CloseQuote if is_double(mark) => {
                if let Some(mut segment) = open.take() {
                    segment.pieces.push((piece_start, index + 1));
                    out.push(segment);
                }
            }
            TokenKind::OpenQuote if open.is_none() => single_open = Some(index),
            TokenKind::CloseQuote if open.is_none() => {
                if let Some(start) = single_open.take() {
                    if index > start + 1 {
                        out.push(QuotedSegment { pieces: vec![(start, index + 1)] });
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(mut segment) = open.take() {
        segment.pieces.push((piece_start, doc.len()));
        out.push(segment);
    }
    out.retain(|s| s.pieces.iter().all(|&(a, b)| a < b) && !is_title(doc, s));
    out.sort_by_key(QuotedSegment::first_token);
    out
}

/// Quotation marks around a title ("Fox News Sunday", ''A Change Is Gonna
/// Come'') mark a name, not speech: a short run of words that are all
/// capitalised but for small function words, with no exclamation or
/// question.
fn is_title(doc: &Document, segment: &QuotedSegment) -> bool {
    let [(first, end)] = segment.pieces[..] else { return false };
    let words: Vec<usize> = (first..end).filter(|&t| doc.is_word(t)).collect();
    let small =
        |w: &str| matches!(w, "of" | "the" | "a" | "an" | "and" | "to" | "in" | "for" | "on" | "at" | "with" | "or");
    !words.is_empty()
        && words.len() <= 8
        && (first..end).all(|t| !matches!(doc.raw(t), "!" | "?"))
        && words
            .iter()
            .all(|&t| doc.token(t).capitalized || doc.token(t).kind == TokenKind::Number || small(doc.word(t)))
        && words.iter().skip(1).any(|&t| doc.token(t).capitalized)
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(text: &str, expect: &[&str]) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let got: Vec<String> = quoted_segments(&doc)
            .iter()
            .map(|s| s.pieces.iter().map(|&(a, b)| &text[doc.byte_range(a, b)]).collect::<Vec<_>>().join(" | "))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn simple_and_straight_quotes() {
        check("He said “no” and “yes”.", &["“no”", "“yes”"]);
        check(r#"He said "no way" today."#, &[r#""no way""#]);
    }

    #[test]
    fn quote_running_over_paragraphs() {
        check("He said: “One.\n\n“Two.\n\n“Three.”\n\nAfter.", &["“One. | “Two. | “Three.”"]);
    }

    #[test]
    fn unclosed_quote_ends_with_its_paragraph() {
        check("He said: “One.\n\nAfter “this” one.", &["“One.", "“this”"]);
    }

    #[test]
    fn regression_titles_in_quotation_marks_are_not_quotes() {
        check("He told “Fox News Sunday,” that “we will win”.", &["“we will win”"]);
    }

    #[test]
    fn regression_straight_quote_left_open_does_not_swallow_curly_quotes() {
        check("He said \"one thing.\n\n“Another,” she said.", &["\"one thing.", "“Another,”"]);
    }

    #[test]
    fn quote_opened_and_closed_with_different_families() {
        check("\"Oz has a huge pulpit,” said Gorski.", &["\"Oz has a huge pulpit,”"]);
        check("“He called it \"fake\" today,” she said.", &["“He called it \"fake\" today,”"]);
    }

    #[test]
    fn single_marks_and_possessives() {
        check("the ‘big’ mistake", &["‘big’"]);
        check("the allies’ support", &[]);
    }
}
