//! Time expressions: English news text and its publication date in, the byte
//! ranges of time expressions with resolved ISO 8601 / TIMEX3 values out.
//!
//! ```
//! let publication = chrono::NaiveDate::from_ymd_opt(2024, 12, 18);
//! let text = "The senator spoke on Wednesday afternoon.";
//! let found = readout_time::find_times(text, publication);
//! assert_eq!(&text[found[0].range.clone()], "Wednesday afternoon");
//! assert_eq!(found[0].value, "2024-12-18TAF");
//! assert_eq!(found[0].kind, readout_time::TimeType::Time);
//! ```
//!
//! Pipeline: `tokens` splits a chunk into words, numbers and punctuation
//! (looking each word up in `lexicon`); `calendar`, `relative`, `durations`,
//! `sets`, `seasons`, `holidays`, `clock`, `references` and `anchoring`
//! recognise mentions; `tense` reads the sentence's tense; `resolve` turns a
//! mention and the publication date into a value, `anchoring` one that hangs
//! on the last date the text gave; `scan` drives it all.

mod anchoring;
mod calendar;
mod clock;
mod durations;
mod holidays;
mod lexicon;
mod mention;
mod references;
mod relative;
mod resolve;
mod scan;
mod seasons;
mod sets;
mod tense;
#[cfg(test)]
mod test_support;
mod tokens;

use chrono::NaiveDate;
use std::ops::Range;

/// The TimeML type of a time expression (TIMEX3 `type`): the record's.
pub use readout_record::TimeType;

/// One time expression found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeExpression {
    /// Byte range of the expression's words in the text (without a leading
    /// "on" or "in").
    pub range: Range<usize>,
    /// ISO 8601 value: a day `2024-12-18`, possibly with a TIMEX3 part of day
    /// (`2024-12-18TAF`), a month `2024-12`, a year `2024`, an ISO week
    /// `2024-W51`, a weekend `2024-W51-WE`, a decade `199`, a season
    /// `1998-FA`, a quarter `1999-Q1`, a time `1998-08-07T10:35`, a duration
    /// `P3Y` or `PT1M30S`, a set `P1W`, or `PRESENT_REF`, `PAST_REF`,
    /// `FUTURE_REF`; `X` stands for what the text leaves open.
    pub value: String,
    /// The TimeML type of the value.
    pub kind: TimeType,
}

/// Finds the time expressions of `text`, sorted and non-overlapping.
///
/// With a publication date, relative expressions ("yesterday", "on Monday",
/// "last month") are resolved against it, and those that follow the
/// narrative ("the next day", "two days later", "at 10:35 a.m.") against the
/// last date the text gave; without one, they keep the parts they cannot
/// know open, as TIMEX3 writes them ("yesterday" is `XXXX-XX-XX`, "in
/// December" `XXXX-12`, "last month" `XXXX-XX`). Never panics, and runs in
/// time linear in the text's length.
pub fn find_times(text: &str, publication: Option<NaiveDate>) -> Vec<TimeExpression> {
    scan::scan(text, publication)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::check;

    /// Publication date of most fixtures: Wednesday 18 December 2024.
    const WEDNESDAY: &str = "2024-12-18";

    /// `expect` lists `(covered text, value)` pairs in order.

    #[test]
    fn weekdays() {
        check("He spoke on Wednesday afternoon.", WEDNESDAY, &[("Wednesday afternoon", "2024-12-18TAF")]);
        check("Talks ended Wednesday evening.", WEDNESDAY, &[("Wednesday evening", "2024-12-18TEV")]);
        check("They met on Monday.", WEDNESDAY, &[("Monday", "2024-12-16")]);
        check("They met on Friday.", WEDNESDAY, &[("Friday", "2024-12-13")]);
        check("They will meet on Friday.", WEDNESDAY, &[("Friday", "2024-12-20")]);
        check("The vote is next Tuesday.", WEDNESDAY, &[("next Tuesday", "2024-12-24")]);
        check("The vote is this coming Friday.", WEDNESDAY, &[("this coming Friday", "2024-12-20")]);
        check("It happened last Wednesday.", WEDNESDAY, &[("last Wednesday", "2024-12-11")]);
        check("On Wednesday, Dec. 18, 2024, he left.", WEDNESDAY, &[("Wednesday, Dec. 18, 2024", "2024-12-18")]);
        check("It ran late Thursday night.", WEDNESDAY, &[("late Thursday night", "2024-12-12TNI")]);
    }

    #[test]
    fn weekday_false_positives() {
        check("The Sunday Times reported it.", WEDNESDAY, &[]);
        check("Super Tuesday decides it.", WEDNESDAY, &[]);
        check("He watched Saturday Night Live.", WEDNESDAY, &[]);
        check("Nothing happens on a wednesday.", WEDNESDAY, &[]);
    }

    #[test]
    fn months() {
        check("It rose earlier in December.", WEDNESDAY, &[("earlier in December", "2024-12")]);
        check("It re-enters service in January.", WEDNESDAY, &[("January", "2025-01")]);
        check("He announced it in January.", WEDNESDAY, &[("January", "2024-01")]);
        check("Prices fell in June.", WEDNESDAY, &[("June", "2024-06")]);
        check("It happened last December.", WEDNESDAY, &[("last December", "2023-12")]);
        check("Sales peaked in mid-December.", WEDNESDAY, &[("mid-December", "2024-12")]);
        check("The end of March was hard.", WEDNESDAY, &[("The end of March", "2024-03")]);
        check("Elections in December 2024 were close.", "", &[("December 2024", "2024-12")]);
        check("It was dated December of 2023.", "", &[("December of 2023", "2023-12")]);
        check("He left in December.", "", &[("December", "XXXX-12")]);
        check("Leaders met at its July summit.", WEDNESDAY, &[("July", "2024-07")]);
        check("The fair ran Sept. 19 to 22.", WEDNESDAY, &[("Sept. 19", "2024-09-19"), ("22", "2024-09-22")]);
        check("It ran on 19-22 September.", WEDNESDAY, &[("22 September", "2024-09-22")]);
        check("He was 19 to 22 points behind on Sept. 3.", WEDNESDAY, &[("Sept. 3", "2024-09-03")]);
        check("The October debate was close.", WEDNESDAY, &[("October", "2024-10")]);
    }

    #[test]
    fn months_modifying_a_noun() {
        check("He gave an August speech.", WEDNESDAY, &[("August", "2024-08")]);
        check("They held a June meeting.", WEDNESDAY, &[("June", "2024-06")]);
        // The clause's verb dates a month that modifies its noun.
        check("It followed a May decision.", WEDNESDAY, &[("May", "2024-05")]);
        check("The March budget was tight.", WEDNESDAY, &[("March", "2024-03")]);
        check("She will give a March speech.", WEDNESDAY, &[("March", "2025-03")]);
        check("The May elections are near.", WEDNESDAY, &[("May", "2025-05")]);
        check("Their October debate ran late.", WEDNESDAY, &[("October", "2024-10")]);
    }

    #[test]
    fn months_that_modify_nothing() {
        check("He joined the March on Washington.", WEDNESDAY, &[]);
        check("An August body and an August institution met.", WEDNESDAY, &[]);
        check("The May government and the March protest.", WEDNESDAY, &[]);
        check("The June and the July of it.", WEDNESDAY, &[]);
        check("A Mays speech and a MAY speech.", WEDNESDAY, &[]);
    }

    #[test]
    fn month_false_positives() {
        check("Theresa May spoke.", WEDNESDAY, &[]);
        check("It may rain.", WEDNESDAY, &[]);
        check("May said so. March organisers agreed.", WEDNESDAY, &[]);
        check("The vote was backed by May.", WEDNESDAY, &[]);
        check("May's government fell.", WEDNESDAY, &[]);
        check("An August body met in Jan.", WEDNESDAY, &[]);
        check("The March protest and the May government.", WEDNESDAY, &[]);
        check("It will be decided in May.", WEDNESDAY, &[("May", "2025-05")]);
    }

    #[test]
    fn calendar_dates() {
        check("Sworn in on January 20 2025.", "", &[("January 20 2025", "2025-01-20")]);
        check("Sworn in on 20 January 2025.", "", &[("20 January 2025", "2025-01-20")]);
        check("Sworn in on Jan. 20, 2025.", "", &[("Jan. 20, 2025", "2025-01-20")]);
        check("Filed 2024-12-18 and 12/18/2024.", "", &[("2024-12-18", "2024-12-18"), ("12/18/2024", "2024-12-18")]);
        check("It closed on December 18.", WEDNESDAY, &[("December 18", "2024-12-18")]);
        check("It closed on 18 December.", WEDNESDAY, &[("18 December", "2024-12-18")]);
        check("It closed on the 18th of December.", WEDNESDAY, &[("18th of December", "2024-12-18")]);
        check("He takes office January 20.", WEDNESDAY, &[("January 20", "2025-01-20")]);
        check("It closed on December 18.", "", &[("December 18", "XXXX-12-18")]);
        check("Not a date: 2023-02-29 or 13/45/2024.", "", &[]);
        check("DALLAS, DEC. 3, 2015 (AP)", "", &[("DEC. 3, 2015", "2015-12-03")]);
    }

    #[test]
    fn years_and_decades() {
        check("He ran in 2016.", "", &[("2016", "2016")]);
        check("Rates have risen since 2000.", "", &[("2000", "2000")]);
        check("Compared with 2016's result.", "", &[("2016", "2016")]);
        check("Compared with 2016’s result.", "", &[("2016", "2016")]);
        check("He won the 2016 election.", "", &[("2016", "2016")]);
        check("It grew from 2010 to 2016.", "", &[("2010", "2010"), ("2016", "2016")]);
        check("It boomed in the 1990s.", "", &[("1990s", "199")]);
        check("It slowed in early 2016.", "", &[("early 2016", "2016")]);
        check("Launch is due in 2025.", WEDNESDAY, &[("2025", "2025")]);
        check("He got 2016 votes, 2,016 in all, in 3016.", "", &[]);
    }

    #[test]
    fn years_after_a_possessive() {
        check("Russia's 2014 annexation of Crimea.", "", &[("2014", "2014")]);
        check("Russia’s 2014 annexation of Crimea.", "", &[("2014", "2014")]);
        check("It cited its 2022 report.", "", &[("2022", "2022")]);
        check("The voters' 2016 choice stood.", "", &[("2016", "2016")]);
        check("The nominee's 1995 state tax return.", "", &[("1995", "1995")]);
    }

    #[test]
    fn numbers_after_a_possessive_that_are_not_years() {
        check("Russia's 2014 votes and the party's 2000 members.", "", &[]);
        check("The army's 2,000 troops and its 1500 tanks.", "", &[]);
        check("Its 2014 more than doubled.", "", &[]);
    }

    #[test]
    fn deictic_words() {
        check("He left yesterday.", WEDNESDAY, &[("yesterday", "2024-12-17")]);
        check("Today he left.", WEDNESDAY, &[("Today", "2024-12-18")]);
        check("He leaves tomorrow.", WEDNESDAY, &[("tomorrow", "2024-12-19")]);
        check("He speaks tonight.", WEDNESDAY, &[("tonight", "2024-12-18TNI")]);
        check("It rained last night.", WEDNESDAY, &[("last night", "2024-12-17TNI")]);
        check("He spoke yesterday afternoon.", WEDNESDAY, &[("yesterday afternoon", "2024-12-17TAF")]);
        check("He told USA Today and the Today show.", WEDNESDAY, &[]);
        check("He left yesterday.", "", &[("yesterday", "XXXX-XX-XX")]);
    }

    #[test]
    fn weeks_months_years() {
        check("It fell last week.", WEDNESDAY, &[("last week", "2024-W50")]);
        check("It fell this week.", WEDNESDAY, &[("this week", "2024-W51")]);
        check("It fell earlier this week.", WEDNESDAY, &[("earlier this week", "2024-W51")]);
        check("It opens next week.", WEDNESDAY, &[("next week", "2024-W52")]);
        check("It fell last month.", WEDNESDAY, &[("last month", "2024-11")]);
        check("It opens next month.", WEDNESDAY, &[("next month", "2025-01")]);
        check("It fell this month.", WEDNESDAY, &[("this month", "2024-12")]);
        check("It fell last year.", WEDNESDAY, &[("last year", "2023")]);
        check("It fell this year.", WEDNESDAY, &[("this year", "2024")]);
        check("It opens next year.", WEDNESDAY, &[("next year", "2025")]);
        check("It grew over the last year.", WEDNESDAY, &[("the last year", "P1Y")]);
        check("It rained over the weekend.", WEDNESDAY, &[("the weekend", "2024-W50-WE")]);
        check("He retires at the end of the year.", WEDNESDAY, &[("the end of the year", "2024")]);
        check("It ends at the beginning of March.", WEDNESDAY, &[("the beginning of March", "2025-03")]);
        check("It ends at the end of next week.", WEDNESDAY, &[("the end of next week", "2024-W52")]);
        check("At the end of the war, at the start of the end of it.", WEDNESDAY, &[]);
    }

    #[test]
    fn counts_ago() {
        check("He left two days ago.", WEDNESDAY, &[("two days ago", "2024-12-16")]);
        check("He left three weeks ago.", WEDNESDAY, &[("three weeks ago", "2024-W48")]);
        check("He left a year ago.", WEDNESDAY, &[("a year ago", "2023")]);
        check("He left 2 months ago.", WEDNESDAY, &[("2 months ago", "2024-10")]);
        check("Life began 4000000000 years ago.", WEDNESDAY, &[]);
        check("It listed nearly a decade ago.", WEDNESDAY, &[("nearly a decade ago", "201")]);
        check("He left two to three years ago.", WEDNESDAY, &[("three years ago", "2021")]);
    }

    #[test]
    fn year_boundaries() {
        check("They met on Monday.", "2025-01-01", &[("Monday", "2024-12-30")]);
        check("It fell last week.", "2021-01-03", &[("last week", "2020-W52")]);
        check("He left in December.", "2025-01-05", &[("December", "2024-12")]);
    }

    #[test]
    fn several_in_order() {
        check(
            "On Monday, a day after 2016's vote, he said he will go next month.",
            WEDNESDAY,
            &[("Monday", "2024-12-16"), ("a day", "P1D"), ("2016", "2016"), ("next month", "2025-01")],
        );
    }

    #[test]
    fn types() {
        let typed = |text: &str| -> Vec<TimeType> {
            find_times(text, NaiveDate::from_ymd_opt(2024, 12, 18)).iter().map(|t| t.kind).collect()
        };
        assert_eq!(typed("He spoke on Monday, now."), [TimeType::Date, TimeType::Date]);
        assert_eq!(typed("He spoke this morning at 10:35 a.m."), [TimeType::Time, TimeType::Time]);
        assert_eq!(typed("He spoke for three years, every week."), [TimeType::Duration, TimeType::Set]);
    }

    #[test]
    fn without_a_publication_date_nothing_is_guessed() {
        check(
            "He left last week, next month and this year.",
            "",
            &[("last week", "XXXX-WXX"), ("next month", "XXXX-XX"), ("this year", "XXXX")],
        );
        check("The next day he left, at 9 a.m.", "", &[("The next day", "XXXX-XX-XX"), ("9 a.m.", "XXXX-XX-XXT09:00")]);
    }

    #[test]
    fn direction_follows_tense() {
        // Past reporting: the Friday before; future: the one after.
        check("He was charged Friday.", "1998-08-10", &[("Friday", "1998-08-07")]);
        check("He will meet Friday.", "1998-08-10", &[("Friday", "1998-08-14")]);
        // A relative clause in the present: the nearest February.
        check("Mr Scholz, who faces an election in February, said so.", WEDNESDAY, &[("February", "2025-02")]);
        // A date months ahead with no cue is last year's: news reports the past.
        check("The Oct. 23 shooting left two dead.", "1999-05-20", &[("Oct. 23", "1998-10-23")]);
        // No part of the day the text does not give.
        check("The talks ended Sunday.", "1999-10-25", &[("Sunday", "1999-10-24")]);
    }

    #[test]
    fn never_panics() {
        let strange = [
            "",
            " ",
            "\n\n",
            "é",
            "2016",
            "May",
            "Jan.",
            "on",
            "last",
            "\u{2019}s",
            "12/",
            "2024-",
            "99999999999999999999 days ago",
            "mid-",
            "Wednesday,",
            "in 9999 and 10000",
            "the 18th of",
            "\u{0}\u{ffff}\u{10ffff}",
            "a\u{301}Monday",
        ];
        for text in strange {
            find_times(text, NaiveDate::from_ymd_opt(2024, 12, 18));
            find_times(text, NaiveDate::MAX.into());
            find_times(text, NaiveDate::MIN.into());
            find_times(text, None);
        }
        // Pseudo-random bytes made into text, with a chunk-sized span so cuts are exercised.
        let mut state: u32 = 12345;
        let mut random = String::new();
        while random.len() < 300_000 {
            state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let choice = (state >> 16) % 40;
            let piece = match choice {
                0 => "May ",
                1 => "2016",
                2 => "-",
                3 => "/",
                4 => "\u{2019}",
                5 => "é",
                6 => "\n",
                7 => "last ",
                8 => "Wednesday",
                9 => "ago",
                _ => " x",
            };
            random.push_str(piece);
        }
        let found = find_times(&random, NaiveDate::from_ymd_opt(2024, 12, 18));
        assert!(found.windows(2).all(|pair| pair[0].range.end <= pair[1].range.start));
        assert!(found.iter().all(|t| random.get(t.range.clone()).is_some()));
    }
}
