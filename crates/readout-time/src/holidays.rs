//! Holidays: tokens and a starting index in, a [`Found`] holiday out —
//! "Christmas", "Christmas Eve", "Christmas Day", "New Year's Day", "New
//! Year's Eve", "Thanksgiving Day", "Halloween", "Valentine's Day", "Easter",
//! "Easter Sunday", "Labor Day", "Memorial Day" — and each holiday's date in
//! a given year, so that resolution can pick the year as it does for
//! "December 25".
//!
//! Only holidays fixed by the calendar alone are known; national days
//! ("Independence Day") differ from country to country and are left out.
//! Holiday names must be capitalised, and words that are also ordinary
//! ("new", "labor", "memorial") count only with their second word.

use crate::lexicon::{CalendarUnit, Holiday, Lexeme};
use crate::mention::{Found, Lean, Mention, YearOf};
use crate::tokens::{Case, TokenView};
use chrono::{Datelike, NaiveDate, Weekday};

/// The holiday's date in `year`.
pub(crate) fn date_in(holiday: Holiday, year: i32) -> Option<NaiveDate> {
    match holiday {
        Holiday::Christmas => NaiveDate::from_ymd_opt(year, 12, 25),
        Holiday::NewYear => NaiveDate::from_ymd_opt(year, 1, 1),
        Holiday::Halloween => NaiveDate::from_ymd_opt(year, 10, 31),
        Holiday::Valentine => NaiveDate::from_ymd_opt(year, 2, 14),
        Holiday::Thanksgiving => NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Thu, 4),
        Holiday::LaborDay => NaiveDate::from_weekday_of_month_opt(year, 9, Weekday::Mon, 1),
        Holiday::MemorialDay => {
            let last = NaiveDate::from_ymd_opt(year, 5, 31)?;
            let back = last.weekday().num_days_from_monday();
            last.checked_sub_days(chrono::Days::new(u64::from(back)))
        }
        Holiday::Easter => easter(year),
    }
}

/// Easter Sunday by the anonymous Gregorian computus.
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn title(view: TokenView<'_>, index: usize) -> bool {
    view.get(index).is_some_and(|t| t.case == Case::Title)
}

/// "Day" or "Sunday" after the holiday's name, possibly after "'s".
fn is_day(view: TokenView<'_>, index: usize) -> bool {
    title(view, index) && view.lexeme(index) == (Lexeme::Unit { unit: CalendarUnit::Day, plural: false })
}

/// The holiday whose name starts at `index`, with `lean` from a modifier
/// before it ("last Christmas") or the sentence's tense.
pub(crate) fn holiday(view: TokenView<'_>, index: usize, lean: Lean) -> Option<Found> {
    let Lexeme::Holiday(holiday) = view.lexeme(index) else {
        return None;
    };
    if !title(view, index) {
        return None;
    }
    let mut end = index + 1;
    let mut eve = false;
    match holiday {
        // "New Year's Day", "New Year's Eve", "New Year".
        Holiday::NewYear => {
            if !(title(view, end) && view.lexeme(end) == (Lexeme::Unit { unit: CalendarUnit::Year, plural: false })) {
                return None;
            }
            end += 1;
            if view.possessive_follows(end - 1) {
                end += 2;
            }
        }
        Holiday::Valentine => {
            if !view.possessive_follows(index) {
                return None;
            }
            end += 2;
        }
        Holiday::LaborDay | Holiday::MemorialDay if !is_day(view, end) => return None,
        _ => {}
    }
    if view.lexeme(end) == Lexeme::HolidaySuffix && title(view, end) {
        eve = true;
        end += 1;
    } else if is_day(view, end) || (holiday == Holiday::Easter && view.is_word(end, "Sunday")) {
        end += 1;
    } else if holiday == Holiday::Valentine {
        return None;
    }
    let year = match view.standalone_number(end) {
        Some((year, 4)) if (1000..=2999).contains(&year) && !view.word_touches_end(end) => {
            end += 1;
            YearOf::Given(i32::try_from(year).ok()?)
        }
        _ => YearOf::Lean(lean),
    };
    Some(Found { first: index, end, mention: Mention::Holiday { holiday, eve, year } })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::check;

    #[test]
    fn holiday_dates() {
        assert_eq!(date_in(Holiday::Easter, 1998), NaiveDate::from_ymd_opt(1998, 4, 12));
        assert_eq!(date_in(Holiday::Easter, 2024), NaiveDate::from_ymd_opt(2024, 3, 31));
        assert_eq!(date_in(Holiday::Thanksgiving, 1998), NaiveDate::from_ymd_opt(1998, 11, 26));
        assert_eq!(date_in(Holiday::MemorialDay, 1998), NaiveDate::from_ymd_opt(1998, 5, 25));
        assert_eq!(date_in(Holiday::LaborDay, 1998), NaiveDate::from_ymd_opt(1998, 9, 7));
    }

    #[test]
    fn holidays() {
        check("He flew home on Christmas Eve.", "1998-12-28", &[("Christmas Eve", "1998-12-24")]);
        check("They will meet on Thanksgiving Day.", "1998-11-02", &[("Thanksgiving Day", "1998-11-26")]);
        check("He was arrested on New Year's Eve.", "1999-01-05", &[("New Year's Eve", "1998-12-31")]);
        check("It closed on Christmas Day 1996.", "1999-01-05", &[("Christmas Day 1996", "1996-12-25")]);
        check("He was seen at Easter.", "1998-05-05", &[("Easter", "1998-04-12")]);
        check("The New York Times and new year plans, labor unions.", "1998-05-05", &[]);
    }
}
