//! Seasons, quarters and halves: tokens and a starting index in, a
//! [`Found`] part of a year out — "last fall", "this spring", "the winter of
//! 1998", "in the summer", "the first quarter", "the fourth quarter of
//! 1998", "first-quarter profits", "quarter 2", "the second half of 1999" —
//! resolved later to `1998-FA`, `1999-Q1`, `1999-H2`.
//!
//! "fall" and "spring" are verbs far more often than seasons, so a season
//! needs a modifier ("last", "this", "next", "early", "late"), "the" after a
//! preposition ("in the fall"), or a year ("the fall of 1998", "spring
//! 1999"); "the fall of Rome" is not a season.

use crate::lexicon::{CalendarUnit, Lexeme, Season};
use crate::mention::{Found, Lean, Mention, YearOf};
use crate::tokens::{Case, TokenKind, TokenView};

/// The season of a year, as TIMEX3 suffixes it; winter is the one that
/// starts in December, so January's winter belongs to the year before.
pub(crate) fn season_value(season: Season, year: i32) -> Option<String> {
    (0..=9999).contains(&year).then(|| format!("{year:04}-{}", season.timex_suffix()))
}

/// The season holding a month, and the year that season is written with.
pub(crate) fn season_of(year: i32, month: u32) -> (Season, i32) {
    match month {
        3..=5 => (Season::Spring, year),
        6..=8 => (Season::Summer, year),
        9..=11 => (Season::Fall, year),
        12 => (Season::Winter, year),
        _ => (Season::Winter, year - 1),
    }
}

/// A season's place in the year, spring first.
pub(crate) fn season_rank(season: Season) -> i32 {
    match season {
        Season::Spring => 0,
        Season::Summer => 1,
        Season::Fall => 2,
        Season::Winter => 3,
    }
}

/// A year after a season or quarter: "of 1998", "1998", ", 1998".
fn year_after(view: TokenView<'_>, index: usize) -> Option<(i32, usize)> {
    let position = if view.lexeme(index) == Lexeme::Of || view.is_punct(index, b',') { index + 1 } else { index };
    let (year, digits) = view.standalone_number(position)?;
    (digits == 4 && (1000..=2999).contains(&year) && !view.word_touches_end(position))
        .then(|| i32::try_from(year).ok().map(|y| (y, position + 1)))
        .flatten()
}

fn season_at(view: TokenView<'_>, index: usize) -> Option<Season> {
    match view.get(index)? {
        token if matches!(token.case, Case::Lower | Case::Title) => match token.lexeme {
            Lexeme::Season(season) => Some(season),
            _ => None,
        },
        _ => None,
    }
}

/// A season after a modifier that makes it one: "last fall", "this
/// spring", "next summer", "early winter"; `index` is the modifier.
pub(crate) fn modified(view: TokenView<'_>, index: usize, lean: Lean) -> Option<Found> {
    let next = index + 1;
    let season = season_at(view, next)?;
    let (year, end) = match year_after(view, next + 1) {
        Some((year, end)) => (YearOf::Given(year), end),
        None => (YearOf::Lean(lean), next + 1),
    };
    Some(Found { first: index, end, mention: Mention::Season { season, year } })
}

/// "the fall of 1998", "in the spring", "the first quarter", "the second
/// half of 1999"; `index` is "the".
pub(crate) fn the_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    let next = index + 1;
    if let Some(season) = season_at(view, next) {
        if let Some((year, end)) = year_after(view, next + 1) {
            return Some(Found { first: index, end, mention: Mention::Season { season, year: YearOf::Given(year) } });
        }
        let previous = index.wrapping_sub(1);
        let temporal =
            ["in", "during", "this", "by", "until", "over", "since"].iter().any(|w| view.is_word(previous, w));
        // "the fall of the government" is a collapse.
        let followed = view.lexeme(next + 1) == Lexeme::Of;
        return (temporal && !followed).then_some(Found {
            first: index,
            end: next + 1,
            mention: Mention::Season { season, year: YearOf::Lean(Lean::ByTense) },
        });
    }
    let found = ordinal_part(view, next)?;
    Some(Found { first: index, ..found })
}

fn ordinal(view: TokenView<'_>, index: usize) -> Option<u32> {
    let token = view.get(index)?;
    if token.case != Case::Lower && token.case != Case::Title {
        return None;
    }
    ["first", "second", "third", "fourth"].iter().position(|w| view.is_word(index, w)).map(|i| i as u32 + 1)
}

/// "first quarter", "fourth-quarter", "second half of 1999"; `index` is the ordinal.
pub(crate) fn ordinal_part(view: TokenView<'_>, index: usize) -> Option<Found> {
    let hyphen = view.touches_next(index) && view.is_punct(index + 1, b'-') && view.touches_next(index + 1);
    let noun = index + 1 + usize::from(hyphen);
    // The noun first: "first" is common, "first quarter" rare.
    if !matches!(view.lexeme(noun), Lexeme::Half | Lexeme::Unit { unit: CalendarUnit::Quarter, plural: false }) {
        return None;
    }
    let number = ordinal(view, index)?;
    let half = if view.lexeme(noun) == Lexeme::Half && number <= 2 {
        true
    } else if view.lexeme(noun) == (Lexeme::Unit { unit: CalendarUnit::Quarter, plural: false }) {
        false
    } else {
        return None;
    };
    if view.get(noun)?.case != Case::Lower {
        return None;
    }
    let (year, end) = match year_after(view, noun + 1) {
        Some((year, end)) if !hyphen => (YearOf::Given(year), end),
        _ => (YearOf::Lean(Lean::ByTense), noun + 1),
    };
    Some(Found { first: index, end, mention: Mention::Quarter { number, half, year } })
}

/// "quarter 2", "Q3 2024": a quarter by number; `index` is "quarter" or "Q3".
pub(crate) fn numbered_quarter(view: TokenView<'_>, index: usize) -> Option<Found> {
    let number_index = index + 1;
    let token = view.get(number_index)?;
    let number = (token.kind == TokenKind::Number).then(|| view.standalone_number(number_index)).flatten()?.0;
    if !(1..=4).contains(&number) || view.word_touches_end(number_index) {
        return None;
    }
    let (year, end) = match year_after(view, number_index + 1) {
        Some((year, end)) => (YearOf::Given(year), end),
        None => (YearOf::Lean(Lean::ByTense), number_index + 1),
    };
    Some(Found { first: index, end, mention: Mention::Quarter { number, half: false, year } })
}

#[cfg(test)]
mod tests {
    use crate::test_support::check;

    #[test]
    fn seasons() {
        check("Sales fell last fall.", "1998-08-07", &[("last fall", "1997-FA")]);
        check("Sales fell last fall.", "1998-12-07", &[("last fall", "1998-FA")]);
        check("It opens this spring.", "1999-01-20", &[("this spring", "1999-SP")]);
        check("It opens next summer.", "1998-08-07", &[("next summer", "1999-SU")]);
        check("It happened in the winter of 1996.", "1998-08-07", &[("the winter of 1996", "1996-WI")]);
        check("It will open in the spring.", "1998-08-07", &[("the spring", "1999-SP")]);
        check("Prices fall in spring.", "1998-08-07", &[]);
        check("The fall of the Wall.", "1998-08-07", &[]);
    }

    #[test]
    fn quarters_and_halves() {
        check("Profit rose in the first quarter.", "1999-05-07", &[("the first quarter", "1999-Q1")]);
        check("Profit rose in the fourth quarter.", "1999-02-07", &[("the fourth quarter", "1998-Q4")]);
        check("Its fourth-quarter profit rose.", "1999-02-07", &[("fourth-quarter", "1998-Q4")]);
        check("In the third quarter of 1997 it fell.", "1999-02-07", &[("the third quarter of 1997", "1997-Q3")]);
        check("It ends in the second half of 1999.", "1999-02-07", &[("the second half of 1999", "1999-H2")]);
        check("Done by the end of quarter 2.", "2021-06-25", &[("the end of quarter 2", "2021-Q2")]);
        check("A quarter of voters agreed.", "2021-06-25", &[]);
    }
}
