//! The scan: a whole text and an optional publication date in, sorted,
//! non-overlapping time expressions out.
//!
//! The text is cut into chunks at line breaks so the token buffer stays small
//! (and in cache) whatever the text's size; time expressions do not cross
//! lines. Within a chunk the scan walks tokens left to right, tries the
//! recognizers that can start at each token, and jumps past whatever matched,
//! so matches never overlap. Every recognizer looks a bounded number of tokens
//! around its start, so the scan is linear in the text.

use crate::anchoring::Anchor;
use crate::lexicon::Lexeme;
use crate::mention::{Found, Mention};
use crate::relative;
use crate::resolve::resolve;
use crate::tense::{tense_around, Tense};
use crate::tokens::{tokenize_into, Token, TokenKind, TokenView};
use crate::TimeExpression;
use crate::{calendar, clock, durations};
use chrono::NaiveDate;

/// Aim for chunks of about this many bytes, cut at the next line break.
const CHUNK_BYTES: usize = 64 * 1024;

pub(crate) fn scan(text: &str, publication: Option<NaiveDate>) -> Vec<TimeExpression> {
    let mut expressions = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    let mut anchor = Anchor::default();
    let mut start = 0;
    while start < text.len() {
        let end = chunk_end(text, start);
        let Some(chunk) = text.get(start..end) else {
            break;
        };
        tokenize_into(chunk, &mut tokens);
        let view = TokenView { text: chunk, tokens: &tokens };
        scan_chunk(view, publication, start, &mut anchor, &mut expressions);
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
/// chunk's position in the whole text, `anchor` the narrative's reference
/// time, carried from chunk to chunk.
fn scan_chunk(
    view: TokenView<'_>,
    publication: Option<NaiveDate>,
    offset: usize,
    anchor: &mut Anchor,
    out: &mut Vec<TimeExpression>,
) {
    let mut index = 0;
    let mut previous_year_end = None;
    // Tokens before this belong to an earlier expression; a recognizer that
    // reaches back ("as soon as possible") may not take them again.
    let mut taken = 0;
    while let Some(token) = view.get(index) {
        let Some(mut found) = recognize_at(view, index, token, previous_year_end).filter(|f| f.end > index) else {
            index += 1;
            continue;
        };
        found.first = found.first.max(taken);
        previous_year_end = matches!(found.mention, Mention::Year(_) | Mention::YearModifier(_)).then_some(found.end);
        index = found.end;
        let tense =
            if found.mention.needs_tense() { tense_around(view, found.first, found.end) } else { Tense::Unknown };
        let value = if found.mention.is_anchored() {
            anchor.resolve(found.mention, publication)
        } else {
            resolve(found.mention, publication, tense)
        };
        let Some(mut value) = value else {
            continue;
        };
        // A day followed by its clock time is one time: "March 23, 2024, 19:30".
        if is_day(&value) {
            if let Some((end, suffix)) = clock::after_date(view, found.end) {
                value.push_str(&suffix);
                found.end = end;
                index = end;
            }
        }
        taken = index;
        let (Some(first), Some(last)) = (view.get(found.first), view.get(found.end - 1)) else {
            continue;
        };
        // A year that dates someone's act ("Russia's 2014 annexation") is no
        // step in the narrative.
        if !matches!(found.mention, Mention::YearModifier(_)) {
            anchor.update(&value);
        }
        let kind = found.mention.time_type(&value);
        // "Sept. 19 to 22": the range's second end is a day of the same
        // month, after the first.
        let range_end = is_day(&value)
            .then(|| calendar::range_end_day(view, found.end))
            .flatten()
            .filter(|&(day, _, _)| value[8..10].parse::<u32>().is_ok_and(|first_day| day > first_day));
        let second = range_end.and_then(|(day, number, end)| {
            let token = view.get(number)?;
            Some((format!("{}{day:02}", &value[..8]), token.start + offset..view.get(end - 1)?.end + offset, end))
        });
        out.push(TimeExpression { range: first.start + offset..last.end + offset, value, kind });
        if let Some((value, range, end)) = second {
            index = end;
            taken = end;
            out.push(TimeExpression { range, value, kind });
        }
    }
}

/// A value naming one day, known or open, with nothing after it.
fn is_day(value: &str) -> bool {
    let bytes = value.as_bytes();
    bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' && bytes[..4].iter().all(|b| b.is_ascii_alphanumeric())
}

/// The recognizer that can start at this token, by its kind and lexeme; most
/// words are `Other` and cost one comparison.
pub(crate) fn recognize_at(
    view: TokenView<'_>,
    index: usize,
    token: &Token,
    previous_year_end: Option<usize>,
) -> Option<Found> {
    match (token.kind, token.lexeme) {
        (TokenKind::Number, _) => relative::ago(view, index)
            .or_else(|| clock::clock_at(view, index))
            .or_else(|| calendar::number_led(view, index, previous_year_end))
            .or_else(|| durations::count_led(view, index)),
        (TokenKind::Word, Lexeme::Month { .. }) => calendar::month_led(view, index, None),
        (TokenKind::Word, Lexeme::Other | Lexeme::PastVerb | Lexeme::FutureCue) => None,
        (TokenKind::Word, _) => relative::word_led(view, index),
        (TokenKind::Punct(_), _) => None,
    }
}
