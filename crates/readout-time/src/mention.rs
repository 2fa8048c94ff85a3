//! Mentions: what the recognizers found, before any date arithmetic.
//!
//! A [`Mention`] records what the words say ("Wednesday", "last month") and
//! a [`Lean`] says which way an incomplete one points in time; resolution
//! against the publication date happens later, in `resolve.rs`, so recognition
//! never needs the date and resolution never needs the text.

use crate::lexicon::{CalendarUnit, Holiday, PartOfDay, Season, TimeRef};
use chrono::Weekday;

/// Which occurrence of a repeating time ("Wednesday", "January") is meant,
/// relative to the publication date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lean {
    /// "last Tuesday", "last December".
    StrictlyBefore,
    /// "earlier in December", or a weekday in a past-tense sentence.
    OnOrBefore,
    /// "this Friday", "this December": the one in the current week or year.
    Same,
    /// A future-tense sentence: "will meet on Friday".
    OnOrAfter,
    /// "next Tuesday", "this coming Friday", "next January".
    StrictlyAfter,
    /// Nothing in the words: the sentence's tense decides.
    ByTense,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mention {
    /// A fully specified day: "January 20 2025", "2024-12-18", "12/18/2024".
    Date { year: i32, month: u32, day: u32 },
    /// A day without its year: "December 18", "18 December".
    MonthDay { month: u32, day: u32, lean: Lean },
    /// "December 2024".
    MonthOfYear { year: i32, month: u32 },
    /// A month without its year: "in January", "earlier in December".
    Month { month: u32, lean: Lean },
    /// "in 2016".
    Year(i32),
    /// A year after a possessive that modifies a noun: "Russia's 2014
    /// annexation", "Clinton's 2002 vote". It dates someone's act that the
    /// story recalls, so unlike [`Mention::Year`] it leaves the narrative's
    /// reference time where it was ("the 2008 election", which often sets
    /// the scene, stays a [`Mention::Year`]).
    YearModifier(i32),
    /// "the 1990s": the year of the decade's start.
    Decade(i32),
    /// "on Wednesday afternoon", "next Tuesday".
    Weekday { weekday: Weekday, lean: Lean, part: Option<PartOfDay> },
    /// "yesterday" (-1), "today", "tomorrow", "tonight", "last night".
    DayOffset { days: i64, part: Option<PartOfDay> },
    /// "last week" (-1), "this week" (0), "next week" (1); likewise months and years.
    UnitOffset { unit: CalendarUnit, offset: i64 },
    /// "two days ago", "a year ago".
    Ago { unit: CalendarUnit, count: u32 },
    /// "last weekend", "over the weekend".
    Weekend { lean: Lean },
    /// "now", "recently", "the future": `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
    Reference(TimeRef),
    /// "three years", "a minute and a half", "the coming months".
    Duration { unit: CalendarUnit, amount: Amount },
    /// "every week", "daily", "twice a year": every `count` units.
    Set { unit: CalendarUnit, count: u32 },
    /// "every Monday".
    SetWeekday(Weekday),
    /// "last fall", "the spring of 1998".
    Season { season: Season, year: YearOf },
    /// "the first quarter" (`half: false`), "the second half of 1999" (`half: true`).
    Quarter { number: u32, half: bool, year: YearOf },
    /// "Christmas Eve", "Thanksgiving Day"; `eve` is the day before.
    Holiday { holiday: Holiday, eve: bool, year: YearOf },
    /// "10:35 a.m.", "noon": a clock time on the narrative's current day.
    Clock { hour: u32, minute: u32, second: Option<u32> },
    /// "the next day" (+1 day), "that same day" (0), "two days later",
    /// "the following year": a shift from the last date the text gave.
    Anchored { unit: CalendarUnit, offset: i64, part: Option<PartOfDay> },
}

/// How many units a duration spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Amount {
    /// "three years".
    Count(u32),
    /// "two and a half years" is `Half(2)`; "half an hour" `Half(0)`.
    Half(u32),
    /// "the coming months", "several years": TIMEX3's `X`.
    Fuzzy,
}

/// Which year a season, quarter or holiday named without a full date is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YearOf {
    /// "the spring of 1998", "1999's first quarter".
    Given(i32),
    /// "last fall", "this spring", "next Christmas", or none: the lean decides.
    Lean(Lean),
}

impl Mention {
    /// Mentions whose value depends on the tense of their sentence.
    pub(crate) fn needs_tense(&self) -> bool {
        match self {
            Mention::MonthDay { lean, .. }
            | Mention::Month { lean, .. }
            | Mention::Weekday { lean, .. }
            | Mention::Weekend { lean }
            | Mention::Season { year: YearOf::Lean(lean), .. }
            | Mention::Quarter { year: YearOf::Lean(lean), .. }
            | Mention::Holiday { year: YearOf::Lean(lean), .. } => *lean == Lean::ByTense,
            _ => false,
        }
    }

    /// Mentions resolved against the narrative's last date, not the publication date.
    pub(crate) fn is_anchored(&self) -> bool {
        matches!(self, Mention::Anchored { .. } | Mention::Clock { .. })
    }

    /// The TimeML type the mention's value has: a duration or a set by what
    /// the words say, a time when the value carries a clock or part of day.
    pub(crate) fn time_type(&self, value: &str) -> crate::TimeType {
        match self {
            Mention::Duration { .. } => crate::TimeType::Duration,
            Mention::Set { .. } | Mention::SetWeekday(_) => crate::TimeType::Set,
            Mention::Reference(_) => crate::TimeType::Date,
            _ if value.contains('T') => crate::TimeType::Time,
            _ => crate::TimeType::Date,
        }
    }
}

/// A mention and the tokens it spans, `first..end` in the chunk's tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub first: usize,
    pub end: usize,
    pub mention: Mention,
}
