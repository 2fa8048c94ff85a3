//! Calendar expressions: tokens and a starting index in, a [`Found`] calendar
//! mention out — numeric dates ("2024-12-18", "12/18/2024"), dates with a
//! month name ("Jan. 20, 2025", "18 December"), months ("December 2024",
//! "in January"), years ("in 2016", "2016's") and decades ("the 1990s").
//!
//! Month names must be capitalised, and a month or year standing alone needs
//! a temporal neighbour ("in", "since", "of", "'s"), or an article and a
//! noun it modifies ("an August speech", "the 2016 election"), or a
//! possessive before it ("Russia's 2014 annexation"), because "May",
//! "March", "August" and bare numbers are far more often something else.

use crate::lexicon::Lexeme;
use crate::mention::{Found, Lean, Mention};
use crate::tokens::{Case, TokenKind, TokenView};

/// Bare four-digit numbers in this range may be years; outside it, they are
/// counts or codes.
const BARE_YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;
/// Years accepted next to a month or inside a numeric date.
const DATED_YEARS: std::ops::RangeInclusive<u32> = 1000..=2999;

/// A date, decade or year starting at the number at `index`.
/// `previous_year_end` is where the last found year ended, so that the second
/// year of "between 2010 and 2016" needs no preposition of its own.
pub(crate) fn number_led(view: TokenView<'_>, index: usize, previous_year_end: Option<usize>) -> Option<Found> {
    iso_date(view, index)
        .or_else(|| us_date(view, index))
        .or_else(|| day_month(view, index))
        .or_else(|| decade(view, index))
        .or_else(|| year_in_context(view, index, previous_year_end))
}

/// A number of `digits` digits (inclusive range) at `index`, with no
/// standalone check: the parts of a numeric date touch punctuation.
fn digits_at(view: TokenView<'_>, index: usize, digits: std::ops::RangeInclusive<usize>) -> Option<u32> {
    let token = view.get(index)?;
    (token.kind == TokenKind::Number && digits.contains(&(token.end - token.start))).then_some(token.number)
}

/// Tokens `index..index + count` all touch each other, with no spaces.
fn touching_run(view: TokenView<'_>, index: usize, count: usize) -> bool {
    (index..index + count - 1).all(|position| view.touches_next(position))
}

fn date(year: u32, month: u32, day: u32) -> Option<Mention> {
    let plausible = DATED_YEARS.contains(&year) && (1..=12).contains(&month) && (1..=31).contains(&day);
    let year = i32::try_from(year).ok().filter(|_| plausible)?;
    Some(Mention::Date { year, month, day })
}

/// "2024-12-18".
fn iso_date(view: TokenView<'_>, index: usize) -> Option<Found> {
    let year = digits_at(view, index, 4..=4)?;
    let dashes = view.is_punct(index + 1, b'-') && view.is_punct(index + 3, b'-');
    if !dashes || !touching_run(view, index, 5) {
        return None;
    }
    let month = digits_at(view, index + 2, 1..=2)?;
    let day = digits_at(view, index + 4, 1..=2)?;
    let mention = date(year, month, day)?;
    Some(Found { first: index, end: index + 5, mention })
}

/// "12/18/2024", read the American way, month first, unless the first
/// number cannot be a month.
fn us_date(view: TokenView<'_>, index: usize) -> Option<Found> {
    let month = digits_at(view, index, 1..=2)?;
    let slashes = view.is_punct(index + 1, b'/') && view.is_punct(index + 3, b'/');
    // "12/18/2024/7" or "12/18/2024a" is a code, not a date.
    let glued = view.touches_next(index + 4)
        && matches!(view.get(index + 5).map(|t| t.kind), Some(TokenKind::Punct(b'/') | TokenKind::Word));
    if !slashes || !touching_run(view, index, 5) || glued || view.standalone_number(index + 4).is_none() {
        return None;
    }
    let day = digits_at(view, index + 2, 1..=2)?;
    let year = digits_at(view, index + 4, 4..=4)?;
    // "13/08/2020" can only be day first, as outside the United States.
    let (month, day) = if month > 12 && day <= 12 { (day, month) } else { (month, day) };
    let mention = date(year, month, day)?;
    Some(Found { first: index, end: index + 5, mention })
}

/// A day of the month at `index`, with an optional ordinal suffix ("18th");
/// returns the day and the index after it.
fn day_at(view: TokenView<'_>, index: usize) -> Option<(u32, usize)> {
    let (day, digits) = view.standalone_number(index)?;
    if digits > 2 || !(1..=31).contains(&day) {
        return None;
    }
    if !view.word_touches_end(index) {
        return Some((day, index + 1));
    }
    let suffix = view.bytes(index + 1);
    let ordinal = [b"st", b"nd", b"rd", b"th"].iter().any(|s| suffix.eq_ignore_ascii_case(*s));
    ordinal.then_some((day, index + 2))
}

/// The second end of a range of days after a date ("Sept. 19 to 22",
/// "19-22"): the day, and the token range of its number, where the words
/// at `index` give one that no month of its own follows ("19 to 22
/// December" dates its second end itself).
pub(crate) fn range_end_day(view: TokenView<'_>, index: usize) -> Option<(u32, usize, usize)> {
    let joins = view.is_word(index, "to") || view.is_word(index, "through") || view.is_punct(index, b'-');
    if !joins {
        return None;
    }
    let (day, end) = day_at(view, index + 1)?;
    if matches!(view.lexeme(end), Lexeme::Month { .. }) {
        return None;
    }
    Some((day, index + 1, end))
}

/// A four-digit year at `index`, not glued to letters; returns it and the
/// index after it.
fn year_at(view: TokenView<'_>, index: usize, years: &std::ops::RangeInclusive<u32>) -> Option<(u32, usize)> {
    let (year, digits) = view.standalone_number(index)?;
    (digits == 4 && years.contains(&year) && !view.word_touches_end(index)).then_some((year, index + 1))
}

/// A year in "the 2016 election" or after "early": a plausible bare year.
pub(crate) fn bare_year(view: TokenView<'_>, index: usize) -> Option<Found> {
    let (year, end) = year_at(view, index, &BARE_YEARS)?;
    let mention = Mention::Year(i32::try_from(year).ok()?);
    Some(Found { first: index, end, mention })
}

/// A year after a date, with an optional comma: "December 18, 2024".
fn year_after_date(view: TokenView<'_>, index: usize) -> Option<(u32, usize)> {
    let index = if view.is_punct(index, b',') { index + 1 } else { index };
    year_at(view, index, &DATED_YEARS)
}

/// "18 December", "18th of December 2024", "5 May".
pub(crate) fn day_month(view: TokenView<'_>, index: usize) -> Option<Found> {
    let (day, mut position) = day_at(view, index)?;
    if view.lexeme(position) == Lexeme::Of {
        position += 1;
    }
    let month_token = view.get(position)?;
    let Lexeme::Month { month, abbreviated } = month_token.lexeme else {
        return None;
    };
    if !month_token.is_capitalised() {
        return None;
    }
    position += 1;
    if abbreviated && view.touches_next(position - 1) && view.is_punct(position, b'.') {
        position += 1;
    }
    Some(match year_after_date(view, position) {
        Some((year, end)) => Found { first: index, end, mention: date(year, month, day)? },
        None => Found { first: index, end: position, mention: Mention::MonthDay { month, day, lean: Lean::ByTense } },
    })
}

/// Anything led by the month name at `index`: "Jan. 20, 2025", "December 18",
/// "December 2024", or a bare month. `bare_lean` is given when a modifier
/// before the month ("last", "earlier in") already makes it temporal.
pub(crate) fn month_led(view: TokenView<'_>, index: usize, bare_lean: Option<Lean>) -> Option<Found> {
    let token = view.get(index)?;
    let Lexeme::Month { month, abbreviated } = token.lexeme else {
        return None;
    };
    if !token.is_capitalised() {
        return None;
    }
    let mut after = index + 1;
    if abbreviated && view.touches_next(index) && view.is_punct(after, b'.') {
        after += 1;
    }
    if let Some((day, after_day)) = day_at(view, after) {
        return Some(match year_after_date(view, after_day) {
            Some((year, end)) => Found { first: index, end, mention: date(year, month, day)? },
            None => {
                let lean = bare_lean.unwrap_or(Lean::ByTense);
                Found { first: index, end: after_day, mention: Mention::MonthDay { month, day, lean } }
            }
        });
    }
    let year_position = if view.is_punct(after, b',') || view.lexeme(after) == Lexeme::Of { after + 1 } else { after };
    if let Some((year, end)) = year_at(view, year_position, &DATED_YEARS) {
        let year = i32::try_from(year).ok()?;
        return Some(Found { first: index, end, mention: Mention::MonthOfYear { year, month } });
    }
    // A bare month must be spelled out and title-cased ("MAY" shouts a verb).
    if abbreviated || token.case != Case::Title {
        return None;
    }
    let lean = match bare_lean {
        Some(lean) => lean,
        None if bare_month_context(view, index, month) => Lean::ByTense,
        None => return None,
    };
    Some(Found { first: index, end: index + 1, mention: Mention::Month { month, lean } })
}

/// Whether a bare month name at `index` is a month rather than a name or verb.
fn bare_month_context(view: TokenView<'_>, index: usize, month: u32) -> bool {
    let previous = index.wrapping_sub(1);
    // "its July summit", "the October debate", "an August speech": a month
    // that modifies the noun after it in a noun phrase led by an article or
    // a possessive.
    let led_by_determiner = determiner(view, previous) || view.is_word(previous, "an");
    if led_by_determiner && month_modifies(view, index + 1, month) {
        return true;
    }
    if month == 5 {
        // "by May", "of May", "May's" usually mean Theresa May.
        return ["in", "since", "until", "till", "during", "through"].iter().any(|word| view.is_word(previous, word));
    }
    matches!(view.lexeme(previous), Lexeme::TemporalPreposition | Lexeme::Of)
        || (month != 3 && view.possessive_follows(index))
}

/// Whether the word at `index` is a noun that a month before it can date.
/// March, May and August are also common words ("the March on Washington",
/// "the May government", "an August body"), so after them only an event
/// noun counts ("a May decision", "the March budget", "an August speech");
/// after the other months any lowercase word that is not a preposition or
/// conjunction does ("the October debate").
fn month_modifies(view: TokenView<'_>, index: usize, month: u32) -> bool {
    let Some(next) = view.get(index) else {
        return false;
    };
    if next.kind != TokenKind::Word || next.case != Case::Lower {
        return false;
    }
    if matches!(month, 3 | 5 | 8) {
        return next.lexeme == Lexeme::EventNoun;
    }
    let function_word = matches!(next.lexeme, Lexeme::TemporalPreposition | Lexeme::Of | Lexeme::Count(_))
        || ["on", "to", "at", "for", "and", "or", "but", "as", "with", "is", "was"]
            .iter()
            .any(|w| view.is_word(index, w));
    !function_word
}

/// "the 1990s".
fn decade(view: TokenView<'_>, index: usize) -> Option<Found> {
    let (year, digits) = view.standalone_number(index)?;
    let decade_start = digits == 4 && year % 10 == 0 && DATED_YEARS.contains(&year);
    if !decade_start || !view.touches_next(index) || view.bytes(index + 1) != b"s" {
        return None;
    }
    let mention = Mention::Decade(i32::try_from(year).ok()?);
    Some(Found { first: index, end: index + 2, mention })
}

/// An article or possessive before a year that modifies a noun.
fn determiner(view: TokenView<'_>, index: usize) -> bool {
    view.lexeme(index) == Lexeme::The
        || ["a", "his", "her", "its", "their", "our", "this", "that"].iter().any(|word| view.is_word(index, word))
}

/// The token at `index` ends a possessive noun that a year can follow:
/// "Russia's" (the "s" of "'s"), "the voters'" (an apostrophe after a
/// plural, with a space after it).
fn possessive_ends(view: TokenView<'_>, index: usize) -> bool {
    let owner = index.wrapping_sub(1);
    let word_before_apostrophe = index.wrapping_sub(2);
    let apostrophe_s = view.possessive_follows(word_before_apostrophe)
        && view.get(word_before_apostrophe).is_some_and(|t| t.kind == TokenKind::Word);
    let plural_apostrophe = view.is_punct(index, b'\'')
        && !view.touches_next(index)
        && view.touches_next(owner)
        && view.get(owner).is_some_and(|t| t.kind == TokenKind::Word)
        && view.bytes(owner).last() == Some(&b's');
    apostrophe_s || plural_apostrophe
}

/// The word after "the 1996" makes it a year: "the 1996 election", "the
/// 1996 Olympic bombing", "the 1998 budget". A lowercase plural ("the 2000
/// votes") makes it a count, unless it is an event noun ("the 2016 elections").
fn year_modifies(view: TokenView<'_>, index: usize) -> bool {
    let Some(token) = view.get(index) else {
        return false;
    };
    if token.kind != TokenKind::Word || view.touches_next(index.wrapping_sub(1)) {
        return false;
    }
    let bytes = view.bytes(index);
    let plural = token.case == Case::Lower && bytes.ends_with(b"s") && !bytes.ends_with(b"ss");
    let unit = matches!(token.lexeme, Lexeme::Unit { .. } | Lexeme::Count(_) | Lexeme::Of);
    token.lexeme == Lexeme::EventNoun
        || (!plural && !unit && !view.is_word(index, "people") && !view.is_word(index, "more"))
}

/// A bare year with temporal context: "in 2016", "since 2000", "2016's",
/// "the 2016 election", "Russia's 2014 annexation", the second year of
/// "from 2010 to 2016".
fn year_in_context(view: TokenView<'_>, index: usize, previous_year_end: Option<usize>) -> Option<Found> {
    let found = bare_year(view, index)?;
    let previous = index.wrapping_sub(1);
    let after_preposition = matches!(view.lexeme(previous), Lexeme::TemporalPreposition | Lexeme::Of);
    let modifies = year_modifies(view, index + 1);
    let election = determiner(view, previous) && modifies;
    let continues_range = previous_year_end == Some(previous)
        && (view.is_punct(previous, b'-')
            || ["and", "to", "or", "through"].iter().any(|word| view.is_word(previous, word)));
    if after_preposition || election || continues_range || view.possessive_follows(index) {
        return Some(found);
    }
    // "Russia's 2014 annexation", "Clinton's 2002 vote": someone's dated act,
    // which news mentions as background, not as a step in its narrative.
    let Mention::Year(year) = found.mention else {
        return None;
    };
    (possessive_ends(view, previous) && modifies).then_some(Found { mention: Mention::YearModifier(year), ..found })
}
