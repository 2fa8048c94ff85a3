//! The scan: a whole text and an optional publication date in, sorted,
//! non-overlapping time expressions out.
//!
//! The text is cut into chunks at line breaks so the token buffer stays small
//! (and in cache) whatever the text's size; time expressions do not cross
//! lines. Within a chunk the scan walks tokens left to right, tries the
//! recognizers that can start at each token, and jumps past whatever matched,
//! so matches never overlap. Every recognizer looks a bounded number of tokens
//! around its start, so the scan is linear in the text.

use crate::calendar;
use crate::lexicon::Lexeme;
use crate::mention::{Found, Mention};
use crate::relative;
use crate::resolve::resolve;
use crate::tense::{tense_around, Tense};
use crate::tokens::{tokenize_into, Token, TokenKind, TokenView};
use crate::TimeExpression;
use chrono::NaiveDate;

/// Aim for chunks of about this many bytes, cut at the next line break.
const CHUNK_BYTES: usize = 64 * 1024;

pub(crate) fn scan(text: &str, publication: Option<NaiveDate>) -> Vec<TimeExpression> {
    let mut expressions = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let end = chunk_end(text, start);
        let Some(chunk) = text.get(start..end) else {
            break;
        };
        tokenize_into(chunk, &mut tokens);
        let view = TokenView { text: chunk, tokens: &tokens };
        scan_chunk(view, publication, start, &mut expressions);
        start = end;
    }
    expressions
}

/// Where the chunk starting at `start` ends: after the first line break past
/// [`CHUNK_BYTES`], else after the first space, else wherever a character
/// boundary allows (a text with neither has no sentences to cut).
fn chunk_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start.saturating_add(CHUNK_BYTES);
    if end >= bytes.len() {
        return bytes.len();
    }
    let window = &bytes[end..bytes.len().min(end + CHUNK_BYTES)];
    if let Some(offset) = window.iter().position(|&b| b == b'\n') {
        return end + offset + 1;
    }
    if let Some(offset) = window.iter().position(u8::is_ascii_whitespace) {
        return end + offset + 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    end
}

/// Finds, resolves and appends the expressions of one chunk; `offset` is the
/// chunk's position in the whole text.
fn scan_chunk(view: TokenView<'_>, publication: Option<NaiveDate>, offset: usize, out: &mut Vec<TimeExpression>) {
    let mut index = 0;
    let mut previous_year_end = None;
    while let Some(token) = view.get(index) {
        let Some(found) = recognize_at(view, index, token, previous_year_end).filter(|f| f.end > index) else {
            index += 1;
            continue;
        };
        previous_year_end = matches!(found.mention, Mention::Year(_)).then_some(found.end);
        index = found.end;
        let tense =
            if found.mention.needs_tense() { tense_around(view, found.first, found.end) } else { Tense::Unknown };
        let (Some(value), Some(first), Some(last)) =
            (resolve(found.mention, publication, tense), view.get(found.first), view.get(found.end - 1))
        else {
            continue;
        };
        out.push(TimeExpression { range: first.start + offset..last.end + offset, value });
    }
}

/// The recognizer that can start at this token, by its kind and lexeme; most
/// words are `Other` and cost one comparison.
fn recognize_at(view: TokenView<'_>, index: usize, token: &Token, previous_year_end: Option<usize>) -> Option<Found> {
    match (token.kind, token.lexeme) {
        (TokenKind::Number, _) => {
            relative::ago(view, index).or_else(|| calendar::number_led(view, index, previous_year_end))
        }
        (TokenKind::Word, Lexeme::Month { .. }) => calendar::month_led(view, index, None),
        (TokenKind::Word, Lexeme::Other | Lexeme::PastVerb | Lexeme::FutureCue) => None,
        (TokenKind::Word, _) => relative::word_led(view, index),
        (TokenKind::Punct(_), _) => None,
    }
}
