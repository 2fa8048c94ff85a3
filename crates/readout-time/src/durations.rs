//! Durations: tokens and a starting index in, a [`Found`] length of time out
//! — counts of units ("three years", "30 minutes", "a three-day visit"),
//! halves ("a minute and a half", "half an hour"), open counts ("the coming
//! months", "the past few years", "for decades"), the first end of a
//! range ("two" in "two to three years", which TimeML annotates as two
//! expressions) — with its TIMEX3 value (`P3Y`, `PT1M30S`, `PXM`) written
//! by [`duration_value`].
//!
//! A count of units followed by "later" or "earlier" is not a duration but a
//! shift from the narrative's last date ("two days later"), and "a year"
//! after an amount ("$5 billion a year") is a set; both are told apart here
//! because they start the same way. Ages ("a 50-year-old", "50 years old")
//! are not times at all.

use crate::lexicon::{CalendarUnit, Lexeme};
use crate::mention::{Amount, Found, Mention};
use crate::tokens::{Case, TokenKind, TokenView};

/// Counts above this are not lengths of news time ("10000 years").
const LARGEST_COUNT: u32 = 1000;

/// The TIMEX3 value of a duration: `P3Y`, `PT30M`, `PXD`, `PT1M30S`.
pub(crate) fn duration_value(unit: CalendarUnit, amount: Amount) -> String {
    let (code, clock) = unit.duration_code();
    let t = if clock { "T" } else { "" };
    match amount {
        Amount::Count(count) => format!("P{t}{count}{code}"),
        Amount::Fuzzy => format!("P{t}X{code}"),
        // A half is written in the next smaller unit where that is exact,
        // as TimeML does ("a minute and a half" is PT1M30S).
        Amount::Half(whole) => match unit {
            CalendarUnit::Year => format!("P{}M", whole * 12 + 6),
            CalendarUnit::Day => format!("PT{}H", whole * 24 + 12),
            CalendarUnit::Hour => format!("PT{}M", whole * 60 + 30),
            CalendarUnit::Minute if whole == 0 => "PT30S".to_string(),
            CalendarUnit::Minute => format!("PT{whole}M30S"),
            CalendarUnit::Decade => format!("P{}Y", whole * 10 + 5),
            CalendarUnit::Century => format!("P{}Y", whole * 100 + 50),
            _ => format!("P{t}{whole}.5{code}"),
        },
    }
}

/// The count a token stands for: a standalone number or a count word.
fn count_at(view: TokenView<'_>, index: usize) -> Option<u32> {
    let token = view.get(index)?;
    let count = match token.kind {
        // "3D", "10th": a number with a word glued on is no count.
        TokenKind::Number if view.word_touches_end(index) => return None,
        TokenKind::Number => view.standalone_number(index)?.0,
        TokenKind::Word if matches!(token.case, Case::Lower | Case::Title) => match token.lexeme {
            Lexeme::Count(count) => count,
            _ => return None,
        },
        _ => None?,
    };
    (count <= LARGEST_COUNT).then_some(count)
}

/// The unit at `index`, if the word is one.
fn unit_at(view: TokenView<'_>, index: usize) -> Option<CalendarUnit> {
    match view.get(index)?.lexeme {
        Lexeme::Unit { unit, .. } if view.get(index)?.case == Case::Lower => Some(unit),
        _ => None,
    }
}

/// "and a half" at `index`; returns the index after it.
fn and_a_half(view: TokenView<'_>, index: usize) -> Option<usize> {
    (view.lexeme(index + 2) == Lexeme::Half && view.lexeme(index + 1) == Lexeme::Count(1) && view.is_word(index, "and"))
        .then_some(index + 3)
}

/// An age, not a time: "50-year-old", "50 years old".
fn is_age(view: TokenView<'_>, unit_end: usize) -> bool {
    let next = if view.is_punct(unit_end, b'-') { unit_end + 1 } else { unit_end };
    view.is_word(next, "old")
}

/// A duration, shift or set starting at the count at `index`: "three years",
/// "2 1/2" is left alone, "two and a half years", "a minute and a half",
/// "a 30-minute call", "two days later", "$5 billion a year".
pub(crate) fn count_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    let count = count_at(view, index)?;
    if let Some(first_end) = range_first_end(view, index, count) {
        return Some(first_end);
    }
    let mut position = index + 1;
    // "a few days", "a couple of weeks".
    if count == 1 && view.lexeme(position) == Lexeme::Fuzzy {
        position += 1 + usize::from(view.lexeme(position + 1) == Lexeme::Of);
        let unit = unit_at(view, position)?;
        return Some(Found { first: index, end: position + 1, mention: fuzzy(unit) });
    }
    let mut half = and_a_half(view, position);
    if let Some(after) = half {
        position = after;
    }
    // "three-day", "30-minute": the hyphen makes an adjective of the same length.
    let hyphenated = view.touches_next(position - 1) && view.is_punct(position, b'-') && view.touches_next(position);
    if hyphenated {
        position += 1;
    }
    let unit = unit_at(view, position)?;
    let mut end = position + 1;
    if half.is_none() {
        if let Some(after) = and_a_half(view, end) {
            half = Some(after);
            end = after;
        }
    }
    // "a quarter of voters" is a share, "a second time" an ordinal, "one
    // day" a story's "some day".
    let ordinal = unit == CalendarUnit::Second
        && view.is_word(index, "a")
        && view.get(position + 1).is_some_and(|t| t.kind == TokenKind::Word);
    let share = (count == 1 && unit == CalendarUnit::Quarter) || ordinal;
    // "a day-to-day basis", "a year-round job": the unit starts a compound.
    let compound = view.touches_next(position) && view.is_punct(position + 1, b'-');
    if compound {
        return None;
    }
    if is_age(view, position + 1) || share || (count == 1 && unit == CalendarUnit::Day && view.is_word(index, "one")) {
        return None;
    }
    let amount = if half.is_some() { Amount::Half(count) } else { Amount::Count(count) };
    let found = |mention| Some(Found { first: index, end, mention });
    if !hyphenated && half.is_none() {
        let sign = match view.lexeme(end) {
            Lexeme::Later => 1,
            Lexeme::Earlier => -1,
            _ => 0,
        };
        if sign != 0 && !unit.is_clock() {
            let offset = i64::from(count) * sign;
            return Some(Found { first: index, end: end + 1, mention: Mention::Anchored { unit, offset, part: None } });
        }
        if count == 1 && view.get(index)?.kind == TokenKind::Word && after_amount(view, index) {
            return found(Mention::Set { unit, count: 1 });
        }
    }
    found(Mention::Duration { unit, amount })
}

/// The first end of a range of counts that share one unit: "two" in "two
/// to three years", "five" in "between five and ten days", "5" in "5-10
/// years", "one" in "one or two weeks". TimeML annotates each end of a
/// range as its own expression, so the first end is the count alone with
/// the unit the second end names (`P2Y`); the scan then reaches "three
/// years" as an ordinary duration. The second count must be the larger one
/// ("won 3 to 1" is a score), and a range before "ago", "later", "earlier"
/// or "old" is left alone: it is no pair of lengths of time.
fn range_first_end(view: TokenView<'_>, index: usize, count: u32) -> Option<Found> {
    let joiner = index + 1;
    let numbers_around_dash = view.is_punct(joiner, b'-')
        && view.get(index).is_some_and(|t| t.kind == TokenKind::Number)
        && view.get(joiner + 1).is_some_and(|t| t.kind == TokenKind::Number);
    let joins = view.is_word(joiner, "to")
        || view.is_word(joiner, "or")
        || (view.is_word(joiner, "and") && view.is_word(index.wrapping_sub(1), "between"))
        || numbers_around_dash;
    if !joins || view.is_word(index, "a") || view.is_word(index, "an") {
        return None;
    }
    let second = count_at(view, joiner + 1)?;
    if second <= count {
        return None;
    }
    let unit = unit_at(view, joiner + 2)?;
    let after = joiner + 3;
    if matches!(view.lexeme(after), Lexeme::Ago | Lexeme::Later | Lexeme::Earlier) || is_age(view, after) {
        return None;
    }
    Some(Found { first: index, end: index + 1, mention: Mention::Duration { unit, amount: Amount::Count(count) } })
}

/// "a year" after an amount or a frequency is "per year": "$5 billion a year",
/// "twice a week".
fn after_amount(view: TokenView<'_>, index: usize) -> bool {
    if !view.is_word(index, "a") {
        return false;
    }
    let previous = index.wrapping_sub(1);
    view.get(previous).is_some_and(|t| t.kind == TokenKind::Number)
        || view.lexeme(previous) == Lexeme::Times
        || ["million", "billion", "trillion", "percent", "times", "hundred", "thousand"]
            .iter()
            .any(|word| view.is_word(previous, word))
        || view.is_punct(previous, b'%')
}

fn fuzzy(unit: CalendarUnit) -> Mention {
    Mention::Duration { unit, amount: Amount::Fuzzy }
}

/// "about two years", "nearly a decade": the approximation is part of the
/// expression, as TIMEX3 extents include it.
pub(crate) fn approximate(view: TokenView<'_>, index: usize) -> Option<Found> {
    if !matches!(view.get(index)?.case, Case::Lower | Case::Title) {
        return None;
    }
    let found = count_led(view, index + 1)?;
    match found.mention {
        // "nearly a decade ago" is a point back in time, like "a decade ago".
        Mention::Duration { unit, amount: Amount::Count(count) } if view.lexeme(found.end) == Lexeme::Ago => {
            Some(Found { first: index, end: found.end + 1, mention: Mention::Ago { unit, count } })
        }
        Mention::Duration { .. } => Some(Found { first: index, ..found }),
        _ => None,
    }
}

/// "several years", "few days", "couple of weeks" without an article.
pub(crate) fn fuzzy_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    if view.get(index)?.case != Case::Lower {
        return None;
    }
    let position = index + 1 + usize::from(view.lexeme(index + 1) == Lexeme::Of);
    let unit = plural_unit(view, position)?;
    Some(Found { first: index, end: position + 1, mention: fuzzy(unit) })
}

/// A plural unit at `index`: "years", "days".
fn plural_unit(view: TokenView<'_>, index: usize) -> Option<CalendarUnit> {
    match view.get(index)? {
        token if token.case == Case::Lower => match token.lexeme {
            Lexeme::Unit { unit, plural: true } => Some(unit),
            _ => None,
        },
        _ => None,
    }
}

/// "for years", "over decades", "in months": a bare plural after a
/// preposition of extent is an open duration.
pub(crate) fn bare_plural(view: TokenView<'_>, index: usize) -> Option<Found> {
    let unit = plural_unit(view, index)?;
    let previous = index.wrapping_sub(1);
    let extent = ["for", "over", "within"].iter().any(|word| view.is_word(previous, word));
    (extent && !unit.is_clock()).then_some(Found { first: index, end: index + 1, mention: fuzzy(unit) })
}

/// "coming days", "past few years", "past three months", "next two weeks":
/// a span reaching from now, without "the" (which [`the_led`] takes).
pub(crate) fn span_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    if view.get(index)?.case != Case::Lower {
        return None;
    }
    let mut position = index + 1;
    let amount = match view.lexeme(position) {
        Lexeme::Fuzzy => {
            position += 1;
            Amount::Fuzzy
        }
        _ => match count_at(view, position).filter(|_| view.get(position).is_some_and(|t| t.kind == TokenKind::Word)) {
            Some(count) if count > 1 => {
                position += 1;
                Amount::Count(count)
            }
            _ => Amount::Fuzzy,
        },
    };
    let unit = plural_unit(view, position)?;
    Some(Found { first: index, end: position + 1, mention: Mention::Duration { unit, amount } })
}

/// Spans led by "the": "the coming months", "the past few years", "the last
/// two years", "the next week", "the years ahead", "the past decade".
pub(crate) fn the_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    let next = index + 1;
    match view.lexeme(next) {
        Lexeme::Coming | Lexeme::Past | Lexeme::Last | Lexeme::Next if view.get(next)?.case == Case::Lower => {
            // "the last year" is a year's length, not last year.
            if let Lexeme::Unit { unit, plural: false } = view.lexeme(next + 1) {
                if unit != CalendarUnit::Day && view.get(next + 1)?.case == Case::Lower {
                    let mention = Mention::Duration { unit, amount: Amount::Count(1) };
                    return Some(Found { first: index, end: next + 2, mention });
                }
            }
            span_led(view, next).map(|found| Found { first: index, ..found })
        }
        Lexeme::Fuzzy => {
            let unit = plural_unit(view, next + 1)?;
            Some(Found { first: index, end: next + 2, mention: fuzzy(unit) })
        }
        Lexeme::Unit { unit, plural: true } if view.lexeme(next + 1) == Lexeme::Ahead => {
            Some(Found { first: index, end: next + 2, mention: fuzzy(unit) })
        }
        _ => None,
    }
}

/// "half an hour", "half a century".
pub(crate) fn half_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    if view.lexeme(index + 1) != Lexeme::Count(1) || view.is_word(index + 1, "one") {
        return None;
    }
    let unit = unit_at(view, index + 2)?;
    let first = if view.lexeme(index.wrapping_sub(1)) == Lexeme::Count(1) { index - 1 } else { index };
    Some(Found { first, end: index + 3, mention: Mention::Duration { unit, amount: Amount::Half(0) } })
}

#[cfg(test)]
mod tests {
    use crate::TimeType;

    /// Publication date of these fixtures: Friday 7 August 1998.
    fn check(text: &str, expect: &[(&str, &str)]) {
        crate::test_support::check_typed(text, "1998-08-07", Some(TimeType::Duration), expect);
    }

    #[test]
    fn counts() {
        check("He served three years in prison.", &[("three years", "P3Y")]);
        check("The call lasted 30 minutes.", &[("30 minutes", "PT30M")]);
        check("They spoke for a minute and a half.", &[("a minute and a half", "PT1M30S")]);
        check("It took two and a half years.", &[("two and a half years", "P30M")]);
        check("It took half an hour.", &[("half an hour", "PT30M")]);
        check("It took about two years.", &[("about two years", "P2Y")]);
        check("A three-day visit.", &[("three-day", "P3D")]);
        check("It lasted nearly a decade.", &[("nearly a decade", "P1DE")]);
    }

    #[test]
    fn open_counts() {
        check("Talks go on in the coming months.", &[("the coming months", "PXM")]);
        check("It grew over the past few years.", &[("the past few years", "PXY")]);
        check("It grew over the last two years.", &[("the last two years", "P2Y")]);
        check("It grew over the last year.", &[("the last year", "P1Y")]);
        check("Talks go on in coming days.", &[("coming days", "PXD")]);
        check("It will last for years.", &[("years", "PXY")]);
        check("Hard work lies in the years ahead.", &[("the years ahead", "PXY")]);
        check("It took a few weeks.", &[("a few weeks", "PXW")]);
    }

    #[test]
    fn not_durations() {
        check("A 50-year-old man and a woman, 40 years old.", &[]);
        check("One day he will return.", &[]);
        check("He read the years of records.", &[]);
        check("It was only a second time.", &[]);
        check("On a day-to-day basis, a year-round job.", &[]);
        check("He sold 2016 cars.", &[]);
    }

    #[test]
    fn ranges() {
        check("He faces two to three years in prison.", &[("two", "P2Y"), ("three years", "P3Y")]);
        check("It takes between five and ten days.", &[("five", "P5D"), ("ten days", "P10D")]);
        check("Terms of 5-10 years apply.", &[("5", "P5Y"), ("10 years", "P10Y")]);
        check("It lasts one or two weeks.", &[("one", "P1W"), ("two weeks", "P2W")]);
        check("The call lasted 20 to 30 minutes.", &[("20", "PT20M"), ("30 minutes", "PT30M")]);
        check("It took about two to three months.", &[("about two", "P2M"), ("three months", "P3M")]);
    }

    #[test]
    fn not_ranges() {
        // A score, a share and ages are no ranges of time.
        check("They won 3 to 1 in two days.", &[("two days", "P2D")]);
        check("Between five and ten people came.", &[]);
        check("Children aged two to five years old.", &[]);
        check("Five and ten days passed.", &[("ten days", "P10D")]);
        check("It fell from 3 to 2 years.", &[("2 years", "P2Y")]);
    }
}
