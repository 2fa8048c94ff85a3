//! Anchoring: the narrative's reference time. Recognition takes tokens and
//! a starting index and gives phrases that hang on the last date the text
//! gave ("that same day", "the next day", "Earlier that day", "the following
//! year", "the night before"); [`Anchor`] takes each resolved value in text
//! order, keeps the last day, month and year it named, and resolves anchored
//! mentions and clock times against them, falling back on the publication
//! date where the text has named none.
//!
//! News moves its reference time only where the words say so: "that day"
//! refers back, "yesterday" does not (it is the publication date's), so only
//! these phrases read the anchor, while every dated value moves it, bar a
//! year that dates someone's act ("Russia's 2014 annexation", `scan.rs`). "The
//! day's events" and "the year's budget" are recognised here, being led by
//! "the" like the anchored phrases, but they are the report's own day and
//! year, as "today" and "this year" are.

use crate::clock::clock_suffix;
use crate::lexicon::{CalendarUnit, Lexeme, PartOfDay};
use crate::mention::{Found, Mention};
use crate::resolve::unit_value;
use crate::tokens::{Case, TokenKind, TokenView};
use chrono::{Datelike, NaiveDate};

/// The last day, month and year the text has named so far.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Anchor {
    day: Option<NaiveDate>,
    month: Option<NaiveDate>,
    year: Option<i32>,
}

impl Anchor {
    /// Moves the reference time to a value the text just gave, if it names
    /// a day, month or year; a coarser value forgets a finer anchor that
    /// does not fall inside it.
    pub(crate) fn update(&mut self, value: &str) {
        let digits = |range: std::ops::Range<usize>| value.get(range).and_then(|s| s.parse::<u32>().ok());
        let dash = |at: usize| value.as_bytes().get(at) == Some(&b'-');
        let Some(year) = digits(0..4).and_then(|y| i32::try_from(y).ok()) else {
            return;
        };
        let month = if dash(4) && value.len() >= 7 { digits(5..7) } else { None };
        let day = if dash(7) && value.len() >= 10 { digits(8..10) } else { None };
        match (month, day) {
            (Some(month), Some(day)) => {
                let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else {
                    return;
                };
                *self = Anchor { day: Some(date), month: date.with_day(1), year: Some(year) };
            }
            (Some(month), None) if value.len() == 7 => {
                let first = NaiveDate::from_ymd_opt(year, month, 1);
                let day = self.day.filter(|d| d.with_day(1) == first);
                *self = Anchor { day, month: first, year: Some(year) };
            }
            (None, None) if value.len() == 4 => {
                let day = self.day.filter(|d| d.year() == year);
                let month = self.month.filter(|d| d.year() == year);
                *self = Anchor { day, month, year: Some(year) };
            }
            _ => {}
        }
    }

    /// The value of an anchored mention or clock time.
    pub(crate) fn resolve(&self, mention: Mention, publication: Option<NaiveDate>) -> Option<String> {
        let publication_day = publication;
        let day = self.day.or(publication_day);
        match mention {
            Mention::Clock { hour, minute, second } => {
                let date = day.map_or_else(|| "XXXX-XX-XX".to_string(), |d| d.format("%Y-%m-%d").to_string());
                Some(date + &clock_suffix(hour, minute, second))
            }
            Mention::Anchored { unit, offset, part } => {
                // The finest date the text gave that is fine enough for the unit.
                let year_start = self.year.and_then(|y| NaiveDate::from_ymd_opt(y, 1, 1));
                let base = match unit {
                    CalendarUnit::Year | CalendarUnit::Decade | CalendarUnit::Century => {
                        self.day.or(self.month).or(year_start).or(publication_day)
                    }
                    CalendarUnit::Month | CalendarUnit::Quarter => self.day.or(self.month).or(publication_day),
                    _ => day,
                };
                let value = match base {
                    Some(base) => unit_value(unit, offset, base)?,
                    None => open(unit)?.to_string(),
                };
                Some(match part {
                    Some(part) => value + part.timex_suffix(),
                    None => value,
                })
            }
            _ => None,
        }
    }
}

/// An anchored value with no date at all to hang on.
fn open(unit: CalendarUnit) -> Option<&'static str> {
    match unit {
        CalendarUnit::Day => Some("XXXX-XX-XX"),
        CalendarUnit::Week => Some("XXXX-WXX"),
        CalendarUnit::Month => Some("XXXX-XX"),
        CalendarUnit::Year => Some("XXXX"),
        _ => None,
    }
}

/// A day, a part of the day or a larger unit after "that", "the next":
/// returns the unit and the part of day.
fn anchored_noun(view: TokenView<'_>, index: usize) -> Option<(CalendarUnit, Option<PartOfDay>)> {
    let token = view.get(index)?;
    if token.case != Case::Lower {
        return None;
    }
    match token.lexeme {
        Lexeme::Unit { unit, plural: false } if !unit.is_clock() => Some((unit, None)),
        Lexeme::PartOfDay(part) => Some((CalendarUnit::Day, Some(part))),
        _ => None,
    }
}

/// "that day", "that same day", "that night", "that year"; `index` is "that".
pub(crate) fn that_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    if !matches!(view.get(index)?.case, Case::Lower | Case::Title) {
        return None;
    }
    let noun = index + 1 + usize::from(view.lexeme(index + 1) == Lexeme::Same);
    let (unit, part) = anchored_noun(view, noun)?;
    // "that day-to-day work" is no day.
    if view.touches_next(noun) && view.is_punct(noun + 1, b'-') {
        return None;
    }
    Some(Found { first: index, end: noun + 1, mention: Mention::Anchored { unit, offset: 0, part } })
}

/// "the same day", "the next day", "the following morning", "the previous
/// week", "the day before", "the night before"; `index` is "the".
pub(crate) fn the_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    let next = index + 1;
    let offset = match view.lexeme(next) {
        Lexeme::Same => 0,
        Lexeme::Next | Lexeme::Following => 1,
        Lexeme::Previous => -1,
        _ => {
            let (unit, part) = anchored_noun(view, next)?;
            // "the day's events", "the year's budget": in news, the day or
            // year of the report, like "today" and "this year", whatever
            // date the story last gave.
            if view.possessive_follows(next) {
                let mention = match unit {
                    CalendarUnit::Day => Mention::DayOffset { days: 0, part },
                    _ => Mention::UnitOffset { unit, offset: 0 },
                };
                return Some(Found { first: index, end: next + 1, mention });
            }
            // "the day before", "the night before", "the year before" at a clause's end.
            let before = view.lexeme(next + 1) == Lexeme::TemporalPreposition && view.is_word(next + 1, "before");
            let ends = view.get(next + 2).is_none_or(|t| matches!(t.kind, TokenKind::Punct(_)));
            if !before || !ends {
                return None;
            }
            return Some(Found { first: index, end: next + 2, mention: Mention::Anchored { unit, offset: -1, part } });
        }
    };
    if view.get(next)?.case != Case::Lower {
        return None;
    }
    let (unit, part) = anchored_noun(view, next + 1)?;
    // "the next week" and "the next year" stretch from now; "the next day" moves on.
    let shifts = offset == 0 || unit == CalendarUnit::Day || view.lexeme(next) != Lexeme::Next;
    if !shifts {
        return None;
    }
    if view.touches_next(next + 1) && view.is_punct(next + 2, b'-') {
        return None;
    }
    Some(Found { first: index, end: next + 2, mention: Mention::Anchored { unit, offset, part } })
}

#[cfg(test)]
mod tests {
    use crate::test_support::check;

    #[test]
    fn anchored_on_the_last_date() {
        check(
            "He was arrested on July 4. That same day, police searched his home.",
            "1998-08-07",
            &[("July 4", "1998-07-04"), ("That same day", "1998-07-04")],
        );
        check(
            "The bombing was on July 27, 1996. The next day, the FBI arrived.",
            "1998-08-07",
            &[("July 27, 1996", "1996-07-27"), ("The next day", "1996-07-28")],
        );
        check(
            "They met on March 3. Two days later, he quit. Earlier that day he had called.",
            "1998-08-07",
            &[("March 3", "1998-03-03"), ("Two days later", "1998-03-05"), ("Earlier that day", "1998-03-05")],
        );
        check(
            "In 1996 he ran. The following year he won.",
            "1998-08-07",
            &[("1996", "1996"), ("The following year", "1997")],
        );
        check("It began on Monday at 10:35 a.m.", "1998-08-07", &[("Monday at 10:35 a.m.", "1998-08-03T10:35")]);
        check("He had left the night before.", "1998-08-07", &[("the night before", "1998-08-06TNI")]);
        check(
            "After the vote on July 27, he turned to the day's events.",
            "1998-08-07",
            &[("July 27", "1998-07-27"), ("the day", "1998-08-07")],
        );
        check("The night's talks ended.", "1998-08-07", &[("The night", "1998-08-07TNI")]);
        check("The day's events.", "", &[("The day", "XXXX-XX-XX")]);
        check("He praised the year's budget.", "1998-08-07", &[("the year", "1998")]);
        // A year that dates a thing does not move the story's year.
        check(
            "It began in 1968, after the senator's 1964 law passed. He ran that year.",
            "1998-08-07",
            &[("1968", "1968"), ("1964", "1964"), ("that year", "1968")],
        );
        check(
            "In 1997 it sold more than the year before.",
            "1998-08-07",
            &[("1997", "1997"), ("the year before", "1996")],
        );
    }

    #[test]
    fn publication_when_the_text_gave_no_date() {
        check("The next day, he left.", "1998-08-07", &[("The next day", "1998-08-08")]);
        check("That day he left.", "", &[("That day", "XXXX-XX-XX")]);
        check("The same day-to-day work. That is all.", "1998-08-07", &[]);
    }
}
