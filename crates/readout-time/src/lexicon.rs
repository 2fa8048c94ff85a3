//! Lexicon: one word's bytes in, what that word means to time recognition out.
//!
//! Lookup is case-insensitive; capitalisation is judged separately by the
//! tokenizer, because "May" and "may" share a lexeme but not a meaning.
//! Everything a recognizer cares about is a [`Lexeme`]; every other word is
//! [`Lexeme::Other`] (or [`Lexeme::PastVerb`] when it looks like a past tense).

use chrono::Weekday;

/// A part of the day, written as the TIMEX3 suffix after a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartOfDay {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl PartOfDay {
    /// The TIMEX3 suffix, e.g. `TAF` in `2024-12-18TAF`.
    pub(crate) fn timex_suffix(self) -> &'static str {
        match self {
            PartOfDay::Morning => "TMO",
            PartOfDay::Afternoon => "TAF",
            PartOfDay::Evening => "TEV",
            PartOfDay::Night => "TNI",
        }
    }
}

/// A calendar unit that "last", "next", counts and "ago" can apply to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CalendarUnit {
    Day,
    Week,
    Month,
    Year,
}

/// What a word means to the recognizers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lexeme {
    Other,
    /// Month number 1..=12; abbreviated forms ("Dec") need a day or year.
    Month {
        month: u32,
        abbreviated: bool,
    },
    Weekday(Weekday),
    PartOfDay(PartOfDay),
    /// A unit; `plural` tells "days" from "day".
    Unit {
        unit: CalendarUnit,
        plural: bool,
    },
    /// "a", "an", "one" .. "twelve": counts before a unit and "ago".
    Count(u32),
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Last,
    This,
    Next,
    Coming,
    Past,
    Earlier,
    Later,
    Early,
    Late,
    Mid,
    Ago,
    Weekend,
    The,
    Of,
    /// Prepositions after which a bare month or year is a time: "in", "since".
    TemporalPreposition,
    /// Nouns after "the 2016" that make the number a year: "the 2016 election".
    YearNoun,
    /// Words that make a following weekday a holiday name: "Super Tuesday".
    HolidayPrefix,
    /// Words that make a preceding weekday a title: "Sunday Times".
    TitleSuffix,
    /// "USA" as in "USA Today", a newspaper rather than a day.
    Usa,
    /// Words announcing the future: "will", "shall", "'ll", "scheduled".
    FutureCue,
    /// Words announcing the past: "said", "was" and regular "-ed" forms.
    PastVerb,
}

/// Longest word the table holds; longer words skip the table.
const LONGEST_ENTRY: usize = 12;

/// Looks up a word (ASCII letters only) regardless of its case.
pub(crate) fn lexeme_of(word: &[u8]) -> Lexeme {
    if word.len() > LONGEST_ENTRY {
        return past_tense_guess(word);
    }
    let mut buffer = [0u8; LONGEST_ENTRY];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word);
    lower.make_ascii_lowercase();
    table_entry(lower).unwrap_or_else(|| past_tense_guess(lower))
}

/// Regular past tenses ("announced", "voted") tip an ambiguous date to the
/// past. Short words and "-eed" words ("need", "proceed") are not past forms.
fn past_tense_guess(word: &[u8]) -> Lexeme {
    let looks_past = word.len() >= 5
        && word.ends_with(b"ed")
        && !word.ends_with(b"eed")
        && !word.eq_ignore_ascii_case(b"hundred");
    if looks_past {
        Lexeme::PastVerb
    } else {
        Lexeme::Other
    }
}

fn month(month: u32) -> Option<Lexeme> {
    Some(Lexeme::Month {
        month,
        abbreviated: false,
    })
}

fn month_abbreviation(month: u32) -> Option<Lexeme> {
    Some(Lexeme::Month {
        month,
        abbreviated: true,
    })
}

fn unit(unit: CalendarUnit, plural: bool) -> Option<Lexeme> {
    Some(Lexeme::Unit { unit, plural })
}

/// The table itself, for a lowercase word.
fn table_entry(lower: &[u8]) -> Option<Lexeme> {
    use CalendarUnit::{Day, Month, Week, Year};
    use Lexeme as L;
    match lower {
        b"january" => month(1),
        b"february" => month(2),
        b"march" => month(3),
        b"april" => month(4),
        b"may" => month(5),
        b"june" => month(6),
        b"july" => month(7),
        b"august" => month(8),
        b"september" => month(9),
        b"october" => month(10),
        b"november" => month(11),
        b"december" => month(12),
        b"jan" => month_abbreviation(1),
        b"feb" => month_abbreviation(2),
        b"mar" => month_abbreviation(3),
        b"apr" => month_abbreviation(4),
        b"jun" => month_abbreviation(6),
        b"jul" => month_abbreviation(7),
        b"aug" => month_abbreviation(8),
        b"sep" | b"sept" => month_abbreviation(9),
        b"oct" => month_abbreviation(10),
        b"nov" => month_abbreviation(11),
        b"dec" => month_abbreviation(12),
        b"monday" => Some(L::Weekday(Weekday::Mon)),
        b"tuesday" => Some(L::Weekday(Weekday::Tue)),
        b"wednesday" => Some(L::Weekday(Weekday::Wed)),
        b"thursday" => Some(L::Weekday(Weekday::Thu)),
        b"friday" => Some(L::Weekday(Weekday::Fri)),
        b"saturday" => Some(L::Weekday(Weekday::Sat)),
        b"sunday" => Some(L::Weekday(Weekday::Sun)),
        b"morning" => Some(L::PartOfDay(PartOfDay::Morning)),
        b"afternoon" => Some(L::PartOfDay(PartOfDay::Afternoon)),
        b"evening" => Some(L::PartOfDay(PartOfDay::Evening)),
        b"night" => Some(L::PartOfDay(PartOfDay::Night)),
        b"day" => unit(Day, false),
        b"days" => unit(Day, true),
        b"week" => unit(Week, false),
        b"weeks" => unit(Week, true),
        b"month" => unit(Month, false),
        b"months" => unit(Month, true),
        b"year" => unit(Year, false),
        b"years" => unit(Year, true),
        b"a" | b"an" | b"one" => Some(L::Count(1)),
        b"two" => Some(L::Count(2)),
        b"three" => Some(L::Count(3)),
        b"four" => Some(L::Count(4)),
        b"five" => Some(L::Count(5)),
        b"six" => Some(L::Count(6)),
        b"seven" => Some(L::Count(7)),
        b"eight" => Some(L::Count(8)),
        b"nine" => Some(L::Count(9)),
        b"ten" => Some(L::Count(10)),
        b"eleven" => Some(L::Count(11)),
        b"twelve" => Some(L::Count(12)),
        b"today" => Some(L::Today),
        b"yesterday" => Some(L::Yesterday),
        b"tomorrow" => Some(L::Tomorrow),
        b"tonight" => Some(L::Tonight),
        b"last" => Some(L::Last),
        b"this" => Some(L::This),
        b"next" => Some(L::Next),
        b"coming" | b"upcoming" => Some(L::Coming),
        b"past" => Some(L::Past),
        b"earlier" => Some(L::Earlier),
        b"later" => Some(L::Later),
        b"early" => Some(L::Early),
        b"late" => Some(L::Late),
        b"mid" => Some(L::Mid),
        b"ago" => Some(L::Ago),
        b"weekend" => Some(L::Weekend),
        b"the" => Some(L::The),
        b"of" => Some(L::Of),
        b"in" | b"since" | b"until" | b"till" | b"by" | b"before" | b"after" | b"from"
        | b"during" | b"through" | b"throughout" => Some(L::TemporalPreposition),
        b"election" | b"elections" | b"campaign" | b"race" | b"cycle" | b"presidential"
        | b"primary" | b"primaries" | b"midterm" | b"midterms" | b"general" => Some(L::YearNoun),
        b"super" | b"good" | b"black" | b"ash" | b"holy" | b"easter" | b"cyber" | b"maundy"
        | b"palm" | b"bloody" | b"giving" => Some(L::HolidayPrefix),
        b"times" | b"telegraph" | b"express" | b"mirror" | b"post" | b"herald" | b"mail"
        | b"star" | b"independent" | b"sport" | b"show" | b"edition" | b"review" | b"tribune"
        | b"football" | b"school" => Some(L::TitleSuffix),
        b"usa" => Some(L::Usa),
        b"will" | b"shall" | b"ll" | b"scheduled" | b"expected" | b"planned" | b"plans"
        | b"plan" | b"intends" | b"going" => Some(L::FutureCue),
        b"said" | b"says" | b"told" | b"was" | b"were" | b"had" | b"did" | b"met" | b"won"
        | b"lost" | b"held" | b"spoke" | b"went" | b"came" | b"took" | b"gave" | b"made"
        | b"wrote" | b"sent" | b"began" | b"saw" | b"got" => Some(L::PastVerb),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(word: &str, expect: Lexeme) {
        assert_eq!(lexeme_of(word.as_bytes()), expect, "word {word:?}");
    }

    #[test]
    fn lexicon_table() {
        check(
            "December",
            Lexeme::Month {
                month: 12,
                abbreviated: false,
            },
        );
        check(
            "SEPT",
            Lexeme::Month {
                month: 9,
                abbreviated: true,
            },
        );
        check("wednesday", Lexeme::Weekday(Weekday::Wed));
        check("afternoon", Lexeme::PartOfDay(PartOfDay::Afternoon));
        check("twelve", Lexeme::Count(12));
        check("announced", Lexeme::PastVerb);
        check("administered", Lexeme::PastVerb);
        check("need", Lexeme::Other);
        check("hundred", Lexeme::Other);
        check("red", Lexeme::Other);
        check("scheduled", Lexeme::FutureCue);
        check("Trump", Lexeme::Other);
        check("", Lexeme::Other);
    }
}
