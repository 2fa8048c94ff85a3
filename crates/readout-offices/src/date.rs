//! Calendar dates: `YYYY-MM-DD` text in, a validated, ordered [`Date`] out.
//!
//! The crate deliberately avoids `chrono`: office periods only need parsing,
//! comparison and formatting of proleptic Gregorian dates.

use std::fmt;
use std::str::FromStr;

/// A calendar date. Fields are ordered so that the derived `Ord` is
/// chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Why a text is not a `YYYY-MM-DD` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotADate;

impl Date {
    /// A date, if `year-month-day` exists in the Gregorian calendar.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let s = &text[r];
            if s.bytes().all(|c| c.is_ascii_digit()) {
                s.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4)? as i32;
        Date::new(year, digits(5..7)?, digits(8..10)?)
    }

    /// The first day of the following month.
    pub fn next_month(self) -> Date {
        if self.month == 12 {
            Date { year: self.year + 1, month: 1, day: 1 }
        } else {
            Date { year: self.year, month: self.month + 1, day: 1 }
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = NotADate;

    fn from_str(s: &str) -> Result<Date, NotADate> {
        Date::parse(s).ok_or(NotADate)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expected: Option<(i32, u32, u32)>) {
        let got = Date::parse(text).map(|d| (d.year, d.month, d.day));
        assert_eq!(got, expected, "parsing {text:?}");
        if let Some(d) = Date::parse(text) {
            assert_eq!(d.to_string(), text, "round trip of {text:?}");
        }
    }

    #[test]
    fn parses_and_rejects() {
        check("2024-12-18", Some((2024, 12, 18)));
        check("2000-02-29", Some((2000, 2, 29)));
        check("2024-02-29", Some((2024, 2, 29)));
        check("1900-02-29", None);
        check("2023-02-29", None);
        check("2010-13-01", None);
        check("2010-04-31", None);
        check("2010-00-10", None);
        check("2010-1-01", None);
        check("2010/01/01", None);
        check("+201-01-01", None);
        check("", None);
    }

    #[test]
    fn orders_chronologically() {
        let a = Date::parse("2019-12-31").unwrap();
        let b = Date::parse("2020-01-01").unwrap();
        assert!(a < b);
        assert_eq!(a.next_month(), b);
        assert_eq!(Date::parse("2020-01-15").unwrap().next_month().to_string(), "2020-02-01");
    }
}
