//! A quote's `text`: the pieces of its content as written (and whether
//! each begins a sentence) in, the words as one string that reads right
//! out.
//!
//! A quotation split by its cue (`“I will,” he said, “deliver.”`) has two
//! content pieces, each with its own marks; one that runs over paragraphs
//! opens every paragraph with a mark and closes only the last. Glued
//! together as written, they show marks in the middle of the sentence
//! (`“I will,” “deliver.”`), and a piece that holds nothing but marks
//! shows as `“”`. So the pieces are joined with a space, the marks where
//! one piece closes and the next opens the same quotation are left out
//! (`“I will, deliver.”`), and the comma a writer puts before the cue
//! becomes a full stop where the next piece begins a new sentence
//! (`“It’s sad,” she said. “We go on.”` → `“It’s sad. We go on.”`).
//! Pieces without a word are dropped, a mark at either end that nothing
//! pairs with is dropped, and runs of white space (a paragraph break
//! inside a piece) become one space. No word is added or taken away: the
//! record's `content` spans keep the exact pieces; `text` is for reading,
//! searching and showing.

use readout_segment::Sentence;
use std::ops::Range;

/// Marks that open a quotation.
const OPENING_MARKS: &[char] = &['“', '"', '‘', '«', '„'];
/// Marks that close a quotation.
const CLOSING_MARKS: &[char] = &['”', '"', '’', '»', '“'];

/// One piece of a quote's content as the text writes it.
#[derive(Debug, Clone, Copy)]
pub struct ContentPiece<'a> {
    pub text: &'a str,
    /// Whether the piece begins a sentence of the text: `“B.”` in
    /// `“A,” she said. “B.”` does, `“deliver.”` in `“I will,” he said,
    /// “deliver.”` does not.
    pub begins_sentence: bool,
}

/// The quote's text from its content pieces, in text order.
pub fn quote_text<'a>(pieces: impl IntoIterator<Item = ContentPiece<'a>>) -> String {
    let mut joined = String::new();
    for ContentPiece { text, begins_sentence } in pieces {
        let piece = one_line(text);
        if !piece.chars().any(char::is_alphanumeric) {
            continue;
        }
        if joined.is_empty() {
            joined = piece;
            continue;
        }
        let mut next = piece.as_str();
        if let Some(opening) = next.chars().next().filter(|c| OPENING_MARKS.contains(c)) {
            if let Some(closing) = joined.chars().last().filter(|c| CLOSING_MARKS.contains(c)) {
                // `“I will,”` then `“deliver.”`: one quotation the cue interrupted.
                if closes(opening, closing) {
                    joined.pop();
                    next = &next[opening.len_utf8()..];
                    // `“It’s sad,” she said. “We go on.”`: the comma stood
                    // before the cue; the words after it are a new sentence.
                    if begins_sentence && joined.ends_with(',') {
                        joined.pop();
                        joined.push('.');
                    }
                }
            } else if is_open(&joined, opening) {
                // `“First paragraph.` then `“Second.”`: the mark that opens a
                // paragraph of a quotation already open.
                next = &next[opening.len_utf8()..];
            }
        }
        joined.push(' ');
        joined.push_str(next.trim_start());
    }
    drop_unpaired_end_marks(joined)
}

/// The pieces of a quote's content, byte ranges of `text`, each with
/// whether it begins one of `sentences` (the segmenter's, in text order):
/// no letter or digit of the sentence comes before the piece's first.
pub fn content_pieces<'a>(text: &'a str, sentences: &[Sentence], content: &[Range<usize>]) -> Vec<ContentPiece<'a>> {
    content
        .iter()
        .map(|range| {
            let piece = &text[range.clone()];
            let first_word = piece.char_indices().find(|(_, c)| c.is_alphanumeric()).map(|(at, _)| range.start + at);
            let begins_sentence = first_word.is_some_and(|first_word| {
                let after = sentences.partition_point(|sentence| sentence.range.start <= first_word);
                after > 0 && !text[sentences[after - 1].range.start..first_word].chars().any(char::is_alphanumeric)
            });
            ContentPiece { text: piece, begins_sentence }
        })
        .collect()
}

/// The piece with every run of white space made one space, and trimmed.
fn one_line(piece: &str) -> String {
    piece.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `closing` is the mark that ends a quotation `opening` begins.
/// Double marks of either family count: writers (and pasted sources) mix
/// curly and straight ones within one quotation.
fn closes(opening: char, closing: char) -> bool {
    let double = |mark: char| matches!(mark, '“' | '”' | '"' | '„');
    (double(opening) && double(closing)) || matches!((opening, closing), ('‘', '’') | ('«', '»'))
}

/// Whether `text` leaves a quotation opened by `opening` unclosed. Only
/// double marks are counted: a single closing mark is also an apostrophe.
fn is_open(text: &str, opening: char) -> bool {
    let count = |mark: char| text.chars().filter(|&c| c == mark).count();
    match opening {
        '“' => count('“') > count('”'),
        '"' => count('"') % 2 == 1,
        '«' => count('«') > count('»'),
        _ => false,
    }
}

/// The text without a double mark at its start that no mark after it
/// closes, or at its end that no mark before it opens: what is left of a
/// quotation the content took only part of. Double marks pair from left to
/// right, whatever their family (`“highly significant."` is paired): `“`
/// and `„` open, `”` closes, and a straight mark closes an open quotation
/// or opens one.
fn drop_unpaired_end_marks(mut text: String) -> String {
    let mut open_at: Option<usize> = None;
    let mut paired = Vec::new();
    for (at, mark) in text.char_indices() {
        match mark {
            '“' | '„' => open_at = Some(at),
            '”' => paired.extend(open_at.take().map(|opened| [opened, at]).into_iter().flatten()),
            '"' => match open_at.take() {
                Some(opened) => paired.extend([opened, at]),
                None => open_at = Some(at),
            },
            _ => {}
        }
    }
    let is_double_mark = |mark: char| matches!(mark, '“' | '”' | '"' | '„');
    if let Some((at, mark)) = text.char_indices().next_back() {
        if is_double_mark(mark) && !paired.contains(&at) {
            text.truncate(at);
        }
    }
    if text.chars().next().is_some_and(is_double_mark) && !paired.contains(&0) {
        text.remove(0);
    }
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `input`'s pieces; one that begins a sentence of the text is
    /// written with a `^` before it.
    fn check(input: &[&str], expect: &str) {
        let pieces = input.iter().map(|piece| match piece.strip_prefix('^') {
            Some(text) => ContentPiece { text, begins_sentence: true },
            None => ContentPiece { text: piece, begins_sentence: false },
        });
        assert_eq!(quote_text(pieces), expect);
    }

    #[test]
    fn a_quote_split_around_its_cue_shows_no_stray_marks() {
        // The bug of issue 21: `“I will,” he said, “deliver.”` was shown as
        // `“I will,” “deliver.”`, and a piece of marks alone as `“”`.
        check(&["“I will,”", "“deliver.”"], "“I will, deliver.”");
        check(&["\"I will,\"", "\"deliver.\""], "\"I will, deliver.\"");
        check(&["“”", "“he delivered.”"], "“he delivered.”");
        check(&["“I will,”", "“”", "“deliver.”"], "“I will, deliver.”");
    }

    #[test]
    fn a_comma_before_the_cue_ends_the_sentence_when_the_next_piece_begins_one() {
        check(
            &["“It’s a very sad development,”", "^“This is the consequence.”"],
            "“It’s a very sad development. This is the consequence.”",
        );
        check(&["“When I met him,”", "“Trump was kind.”"], "“When I met him, Trump was kind.”");
        // Curly and straight marks mixed in one quotation.
        check(&["“I won’t just talk,”", "^\"I am a champion.\""], "“I won’t just talk. I am a champion.\"");
    }

    #[test]
    fn a_piece_begins_a_sentence_where_the_segmenter_starts_one() {
        let text = "“It’s sad,” she said. “We go on,” she added, “as ever.”";
        let segmented = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let piece = |words: &str| {
            let start = text.find(words).expect("in the text");
            start..start + words.len()
        };
        let content = [piece("“It’s sad,”"), piece("“We go on,”"), piece("“as ever.”")];
        let pieces = content_pieces(text, &segmented.sentences, &content);
        let begins: Vec<bool> = pieces.iter().map(|p| p.begins_sentence).collect();
        assert_eq!(begins, [true, true, false]);
        assert_eq!(quote_text(pieces), "“It’s sad. We go on, as ever.”");
    }

    #[test]
    fn one_piece_is_its_words_on_one_line() {
        check(&["“We will win,”"], "“We will win,”");
        check(&["that the talks\nhad ended"], "that the talks had ended");
        check(&[], "");
        check(&["“”"], "");
    }

    #[test]
    fn a_quote_over_paragraphs_opens_once() {
        check(&["“The first paragraph.", "“The second.”"], "“The first paragraph. The second.”");
        check(&["\"One.", "\"Two.", "\"Three.\""], "\"One. Two. Three.\"");
    }

    #[test]
    fn marks_inside_a_piece_and_between_unrelated_pieces_stay() {
        // A reported clause around a quoted phrase: the marks pair up inside.
        check(&["the plan was “dead on arrival”", "and would fail"], "the plan was “dead on arrival” and would fail");
        check(&["“They said ‘no,’ and left,”"], "“They said ‘no,’ and left,”");
        // A closing single mark that is an apostrophe is not a quotation's end.
        check(&["the senators’", "“great bill”"], "the senators’ “great bill”");
    }

    #[test]
    fn a_mark_nothing_pairs_with_at_either_end_is_dropped() {
        check(&["“We will win."], "We will win.");
        check(&["and we will win.”"], "and we will win.");
        check(&["\"We will win."], "We will win.");
        // Only the mark at the end is looked at, and only when it is unpaired.
        check(&["“A” and “B"], "“A” and “B");
        check(&["“A,” and “B” said"], "“A,” and “B” said");
        check(&["called it “highly significant.\""], "called it “highly significant.\"");
    }
}
