//! Mentions: what the recognizers found, before any date arithmetic.
//!
//! A [`Mention`] records what the words say ("Wednesday", "last month") and
//! a [`Lean`] says which way an incomplete one points in time; resolution
//! against the publication date happens later, in `resolve.rs`, so recognition
//! never needs the date and resolution never needs the text.

use crate::lexicon::{CalendarUnit, PartOfDay};
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
}

impl Mention {
    /// Mentions whose value depends on the tense of their sentence.
    pub(crate) fn needs_tense(&self) -> bool {
        match self {
            Mention::MonthDay { lean, .. }
            | Mention::Month { lean, .. }
            | Mention::Weekday { lean, .. }
            | Mention::Weekend { lean } => *lean == Lean::ByTense,
            _ => false,
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
