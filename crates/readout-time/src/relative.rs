//! Relative expressions: tokens and a starting index in, a [`Found`] mention
//! that only means something against the publication date out — weekdays
//! ("on Wednesday afternoon", "next Tuesday"), deictic words ("yesterday",
//! "tonight", "last night"), unit offsets ("last week", "earlier this
//! month"), counts back ("two days ago") and weekends.
//!
//! Modifiers ("last", "earlier in", "mid-") are recognised where they stand,
//! because the scan moves left to right and reaches them before the word they
//! modify; the span then starts at the modifier.

use crate::lexicon::{CalendarUnit, Lexeme, PartOfDay};
use crate::mention::{Found, Lean, Mention};
use crate::tokens::{Case, TokenKind, TokenView};
use crate::{anchoring, calendar, clock, durations, holidays, references, seasons, sets};

/// Counts before "ago" above this are not about news time ("10000 years ago").
const LARGEST_AGO_COUNT: u32 = 1000;

/// A relative mention starting at the word at `index`, if there is one.
pub(crate) fn word_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    match view.lexeme(index) {
        Lexeme::Weekday(_) => weekday_phrase(view, index, index, Lean::ByTense),
        Lexeme::Today | Lexeme::Yesterday | Lexeme::Tomorrow | Lexeme::Tonight => deictic(view, index),
        Lexeme::Last | Lexeme::This | Lexeme::Next => modified(view, index),
        Lexeme::Earlier | Lexeme::Later => earlier_or_later(view, index),
        Lexeme::Early | Lexeme::Late | Lexeme::Mid => early_or_late(view, index),
        Lexeme::Count(_) => ago(view, index)
            .or_else(|| references::vague_ago(view, index))
            .or_else(|| durations::count_led(view, index)),
        Lexeme::The => the_led(view, index),
        Lexeme::RefWord(_) => references::word(view, index),
        Lexeme::RefNoun(_) => references::bare_noun(view, index),
        Lexeme::Holiday(_) => holidays::holiday(view, index, Lean::ByTense),
        Lexeme::NamedHour { .. } => clock::named_hour(view, index),
        Lexeme::PartOfDay(PartOfDay::Midday) if plain_case(view, index) => midday(view, index),
        Lexeme::Every => sets::every(view, index),
        Lexeme::SetAdverb(_) => sets::adverb(view, index),
        Lexeme::Times => sets::frequency(view, index),
        Lexeme::Fuzzy => references::vague_ago(view, index).or_else(|| durations::fuzzy_led(view, index)),
        Lexeme::Half => durations::half_led(view, index),
        Lexeme::Approximately => references::vague_ago(view, index).or_else(|| durations::approximate(view, index)),
        Lexeme::Coming | Lexeme::Past => durations::span_led(view, index),
        Lexeme::Ordinal => seasons::ordinal_part(view, index),
        Lexeme::Unit { unit: CalendarUnit::Quarter, plural: false } => seasons::numbered_quarter(view, index),
        Lexeme::Unit { unit: CalendarUnit::Second, plural: false } => seasons::ordinal_part(view, index),
        Lexeme::Unit { plural: true, .. } => {
            references::vague_ago(view, index).or_else(|| durations::bare_plural(view, index))
        }
        Lexeme::That => anchoring::that_led(view, index),
        _ => None,
    }
}

/// "midday", the narrative's current day at midday, or "midday on Sunday",
/// that weekday's.
fn midday(view: TokenView<'_>, index: usize) -> Option<Found> {
    let part = Some(PartOfDay::Midday);
    if view.is_word(index + 1, "on") {
        if let Some(found) = weekday_phrase(view, index, index + 2, Lean::ByTense) {
            if let Mention::Weekday { weekday, lean, part: None } = found.mention {
                return Some(Found { mention: Mention::Weekday { weekday, lean, part }, ..found });
            }
        }
    }
    let mention = Mention::Anchored { unit: CalendarUnit::Day, offset: 0, part };
    Some(Found { first: index, end: index + 1, mention })
}

/// "the end of the year", "the beginning of March", "the end of next
/// week", "the middle of 1998": the period itself, the edge included in the
/// extent as TIMEX3 does. A period led by another edge is not taken, which
/// bounds the recursion.
fn edge_of(view: TokenView<'_>, index: usize) -> Option<Found> {
    if view.lexeme(index + 1) != Lexeme::Edge || view.lexeme(index + 2) != Lexeme::Of {
        return None;
    }
    let period = index + 3;
    if view.lexeme(period) == Lexeme::The {
        if view.lexeme(period + 1) == Lexeme::Edge {
            return None;
        }
        // "the year", "the week": the current one.
        if let Some(unit) = shiftable_unit(view, period + 1) {
            let mention = Mention::UnitOffset { unit, offset: 0 };
            return Some(Found { first: index, end: period + 2, mention });
        }
    }
    let token = view.get(period)?;
    let found = crate::scan::recognize_at(view, period, token, None)?;
    (found.first == period).then_some(Found { first: index, ..found })
}

/// Everything "the" can lead, the narrower shapes first: "the weekend",
/// "the next day", "the fall of 1998", "the future", "the coming months".
fn the_led(view: TokenView<'_>, index: usize) -> Option<Found> {
    // "the" is the commonest word: dispatch on the next word's lexeme so
    // that "the" before an ordinary noun costs one comparison.
    match view.lexeme(index + 1) {
        Lexeme::Other | Lexeme::PastVerb | Lexeme::FutureCue => None,
        Lexeme::Weekend => the_weekend(view, index),
        Lexeme::Edge => edge_of(view, index),
        Lexeme::Season(_) | Lexeme::Ordinal => seasons::the_led(view, index),
        Lexeme::RefNoun(_) | Lexeme::RefWord(_) => references::the_noun(view, index),
        Lexeme::Near => references::the_noun(view, index).or_else(|| references::the_open_future(view, index)),
        // "times" is a title suffix ("Sunday Times") and opens "the times ahead".
        Lexeme::TermLength | Lexeme::TitleSuffix => references::the_open_future(view, index),
        Lexeme::Past => references::the_noun(view, index).or_else(|| durations::the_led(view, index)),
        Lexeme::Unit { unit: CalendarUnit::Second, plural: false } => {
            seasons::the_led(view, index).or_else(|| anchoring::the_led(view, index))
        }
        _ => anchoring::the_led(view, index).or_else(|| durations::the_led(view, index)),
    }
}

/// Modifiers and deictic words count in lowercase or at a sentence start.
fn plain_case(view: TokenView<'_>, index: usize) -> bool {
    view.get(index).is_some_and(|token| matches!(token.case, Case::Lower | Case::Title))
}

/// A lowercase part of the day at `index` ("afternoon"; "Night" is a title).
fn part_of_day_at(view: TokenView<'_>, index: usize) -> Option<crate::lexicon::PartOfDay> {
    match view.get(index)? {
        token if token.case == Case::Lower => match token.lexeme {
            Lexeme::PartOfDay(part) => Some(part),
            _ => None,
        },
        _ => None,
    }
}

/// The weekday at `index`, its span starting at `first` (a modifier or the
/// weekday itself): "Wednesday afternoon", "Wednesday, December 18".
fn weekday_phrase(view: TokenView<'_>, first: usize, index: usize, lean: Lean) -> Option<Found> {
    let token = view.get(index)?;
    let Lexeme::Weekday(weekday) = token.lexeme else {
        return None;
    };
    if !token.is_capitalised() {
        return None;
    }
    let previous = view.before(index);
    let holiday =
        first == index && previous.is_some_and(|p| p.case == Case::Title && p.lexeme == Lexeme::HolidayPrefix);
    let title = view
        .get(index + 1)
        .is_some_and(|next| next.is_capitalised() && matches!(next.lexeme, Lexeme::TitleSuffix | Lexeme::PartOfDay(_)));
    if holiday || title {
        return None;
    }
    // A weekday naming its date takes the date's value: "Wednesday, Dec. 18".
    let date_start = if view.is_punct(index + 1, b',') { index + 2 } else { index + 1 };
    let dated = calendar::month_led(view, date_start, Some(Lean::ByTense))
        .or_else(|| calendar::day_month(view, date_start))
        .filter(|found| matches!(found.mention, Mention::Date { .. } | Mention::MonthDay { .. }));
    if let Some(found) = dated {
        return Some(Found { first, ..found });
    }
    let part = part_of_day_at(view, index + 1);
    let end = index + 1 + usize::from(part.is_some());
    Some(Found { first, end, mention: Mention::Weekday { weekday, lean, part } })
}

/// "yesterday", "today", "tomorrow afternoon", "tonight".
fn deictic(view: TokenView<'_>, index: usize) -> Option<Found> {
    let token = view.get(index)?;
    if token.case == Case::Mixed {
        return None;
    }
    let lexeme = token.lexeme;
    // "USA Today" and "the Today show" are not days.
    let previous = view.lexeme(index.wrapping_sub(1));
    if lexeme == Lexeme::Today && token.case != Case::Lower && matches!(previous, Lexeme::Usa | Lexeme::The) {
        return None;
    }
    let days = match lexeme {
        Lexeme::Yesterday => -1,
        Lexeme::Tomorrow => 1,
        _ => 0,
    };
    if lexeme == Lexeme::Tonight {
        let part = Some(crate::lexicon::PartOfDay::Night);
        return Some(Found { first: index, end: index + 1, mention: Mention::DayOffset { days, part } });
    }
    let part = part_of_day_at(view, index + 1);
    let end = index + 1 + usize::from(part.is_some());
    Some(Found { first: index, end, mention: Mention::DayOffset { days, part } })
}

/// A singular week, month or year at `index`: what "last" and "this" shift.
fn shiftable_unit(view: TokenView<'_>, index: usize) -> Option<CalendarUnit> {
    match view.lexeme(index) {
        Lexeme::Unit { unit, plural: false } if unit != CalendarUnit::Day && !unit.is_clock() => Some(unit),
        _ => None,
    }
}

/// "last week", "this coming Friday", "next January", "last night",
/// "this morning", "last weekend".
fn modified(view: TokenView<'_>, index: usize) -> Option<Found> {
    if !plain_case(view, index) {
        return None;
    }
    let (mut lean, mut offset) = match view.lexeme(index) {
        Lexeme::Last => (Lean::StrictlyBefore, -1),
        Lexeme::Next => (Lean::StrictlyAfter, 1),
        _ => (Lean::Same, 0),
    };
    let mut next = index + 1;
    if offset == 0 {
        match view.lexeme(next) {
            Lexeme::Coming => (lean, offset, next) = (Lean::StrictlyAfter, 1, next + 1),
            Lexeme::Past => (lean, offset, next) = (Lean::StrictlyBefore, -1, next + 1),
            _ => {}
        }
    }
    let found = |end, mention| Some(Found { first: index, end, mention });
    if let Some(unit) = shiftable_unit(view, next) {
        // "the last year" and "the next week" are durations, not dates.
        if view.lexeme(index.wrapping_sub(1)) == Lexeme::The {
            return None;
        }
        return found(next + 1, Mention::UnitOffset { unit, offset });
    }
    match view.lexeme(next) {
        Lexeme::Weekend => found(next + 1, Mention::Weekend { lean }),
        Lexeme::Season(_) => seasons::modified(view, index, lean),
        Lexeme::Holiday(_) => Some(Found { first: index, ..holidays::holiday(view, next, lean)? }),
        Lexeme::Weekday(_) => weekday_phrase(view, index, next, lean),
        Lexeme::Month { .. } => {
            let month = calendar::month_led(view, next, Some(lean))?;
            Some(Found { first: index, ..month })
        }
        Lexeme::PartOfDay(part) if next == index + 1 && plain_case(view, next) => {
            // "this morning" is today's; "last night" is yesterday's.
            let days = match view.lexeme(index) {
                Lexeme::This => 0,
                Lexeme::Last => -1,
                _ => return None,
            };
            found(next + 1, Mention::DayOffset { days, part: Some(part) })
        }
        _ => None,
    }
}

/// "earlier this week", "later this month", "earlier in December",
/// "earlier in the year", "earlier today", and a sentence's opening
/// "Earlier," on its own.
fn earlier_or_later(view: TokenView<'_>, index: usize) -> Option<Found> {
    if !plain_case(view, index) {
        return None;
    }
    let lean = if view.lexeme(index) == Lexeme::Earlier { Lean::OnOrBefore } else { Lean::OnOrAfter };
    let next = index + 1;
    let found = |end, mention| Some(Found { first: index, end, mention });
    if view.lexeme(next) == Lexeme::This {
        let unit = shiftable_unit(view, next + 1)?;
        return found(next + 2, Mention::UnitOffset { unit, offset: 0 });
    }
    // "Earlier that day", "later that night": the narrative's day.
    if view.lexeme(next) == Lexeme::That {
        let that = anchoring::that_led(view, next)?;
        return Some(Found { first: index, ..that });
    }
    if view.lexeme(next) == Lexeme::Today {
        return found(next + 1, Mention::DayOffset { days: 0, part: None });
    }
    if !view.is_word(next, "in") {
        return if lean == Lean::OnOrBefore { references::sentence_initial_earlier(view, index) } else { None };
    }
    if view.lexeme(next + 1) == Lexeme::The {
        let unit = match view.lexeme(next + 2) {
            Lexeme::Unit { unit, plural: false } => unit,
            _ => return None,
        };
        return found(next + 3, Mention::UnitOffset { unit, offset: 0 });
    }
    let month = calendar::month_led(view, next + 1, Some(lean))?;
    Some(Found { first: index, ..month })
}

/// "early December", "mid-2016", "late Wednesday", "the late 1990s".
fn early_or_late(view: TokenView<'_>, index: usize) -> Option<Found> {
    if !plain_case(view, index) {
        return None;
    }
    let hyphenated = view.touches_next(index) && view.is_punct(index + 1, b'-') && view.touches_next(index + 1);
    let next = index + 1 + usize::from(hyphenated);
    let found = match view.lexeme(next) {
        Lexeme::Month { .. } => calendar::month_led(view, next, Some(Lean::ByTense)),
        Lexeme::Weekday(_) => weekday_phrase(view, index, next, Lean::ByTense),
        Lexeme::Season(_) => seasons::modified(view, index + usize::from(hyphenated), Lean::ByTense),
        _ => calendar::number_led(view, next, None).or_else(|| calendar::bare_year(view, next)),
    }?;
    Some(Found { first: index, ..found })
}

/// "two days ago", "a year ago", "3 weeks ago".
pub(crate) fn ago(view: TokenView<'_>, index: usize) -> Option<Found> {
    let token = view.get(index)?;
    let count = match token.kind {
        TokenKind::Number if !view.word_touches_end(index) => view.standalone_number(index)?.0,
        TokenKind::Word if plain_case(view, index) => match token.lexeme {
            Lexeme::Count(count) => count,
            _ => return None,
        },
        _ => return None,
    };
    let Lexeme::Unit { unit, .. } = view.lexeme(index + 1) else {
        return None;
    };
    if view.lexeme(index + 2) != Lexeme::Ago || count > LARGEST_AGO_COUNT {
        return None;
    }
    Some(Found { first: index, end: index + 3, mention: Mention::Ago { unit, count } })
}

/// "over the weekend", "on the weekend".
fn the_weekend(view: TokenView<'_>, index: usize) -> Option<Found> {
    let previous = index.wrapping_sub(1);
    let after_preposition = ["over", "on", "during", "at"].iter().any(|word| view.is_word(previous, word));
    (after_preposition && view.lexeme(index + 1) == Lexeme::Weekend).then_some(Found {
        first: index,
        end: index + 2,
        mention: Mention::Weekend { lean: Lean::ByTense },
    })
}
