//! Resolution: a mention, the publication date and the sentence's tense in,
//! an ISO 8601 / TIMEX3 value out ("2024-12-18", "2024-12", "2024-W51",
//! "2024-12-18TAF", "199" for the 1990s).
//!
//! All date arithmetic is checked: a mention that would leave chrono's range
//! ("9999 years ago") resolves to nothing rather than panicking.

use crate::lexicon::{CalendarUnit, PartOfDay, Season};
use crate::mention::{Lean, Mention, YearOf};
use crate::tense::Tense;
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How many days ahead a date named in a past-tense sentence may lie and
/// still be read as upcoming rather than as last year's.
const NEAR_FUTURE_DAYS: i64 = 45;

/// The value of `mention`, or `None` when it cannot be resolved (an
/// impossible date, a relative mention without a publication date whose
/// value would be all unknown).
pub(crate) fn resolve(mention: Mention, publication: Option<NaiveDate>, tense: Tense) -> Option<String> {
    match mention {
        Mention::Date { year, month, day } => NaiveDate::from_ymd_opt(year, month, day).and_then(day_value),
        Mention::MonthOfYear { year, month } => month_value(year, month),
        Mention::Year(year) | Mention::YearModifier(year) => year_value(year),
        Mention::Decade(start) => (1000..=9990).contains(&start).then(|| format!("{:03}", start / 10)),
        Mention::Reference(reference) => Some(crate::references::reference_value(reference).to_string()),
        Mention::Duration { unit, amount } => Some(crate::durations::duration_value(unit, amount)),
        Mention::Set { unit, count } => Some(crate::sets::set_value(unit, count)),
        Mention::SetWeekday(weekday) => Some(format!("XXXX-WXX-{}", weekday.number_from_monday())),
        Mention::Season { season, year: YearOf::Given(year) } => crate::seasons::season_value(season, year),
        Mention::Quarter { number, half, year: YearOf::Given(year) } => quarter_value(year, number, half),
        Mention::Holiday { holiday, eve, year: YearOf::Given(year) } => {
            let date = crate::holidays::date_in(holiday, year)?;
            day_value(if eve { shift_days(date, -1)? } else { date })
        }
        // Anchored mentions are the anchor's to resolve (see anchoring.rs).
        Mention::Anchored { .. } | Mention::Clock { .. } => None,
        relative => match publication {
            Some(publication) => resolve_relative(relative, publication, tense),
            None => open_value(relative),
        },
    }
}

/// A relative mention's value when the text has no publication date: the
/// parts it cannot know left open as TIMEX3 writes them ("today" is
/// `XXXX-XX-XX`, "on Wednesday" `XXXX-WXX-3`, "December 18" `XXXX-12-18`),
/// never a guess at the year. Offsets in weeks, months and years have no
/// such form and stay unresolved.
fn open_value(mention: Mention) -> Option<String> {
    match mention {
        Mention::MonthDay { month, day, .. } => {
            // 2000 is a leap year: a day that exists in some year is kept.
            NaiveDate::from_ymd_opt(2000, month, day).map(|_| format!("XXXX-{month:02}-{day:02}"))
        }
        Mention::Month { month, .. } => (1..=12).contains(&month).then(|| format!("XXXX-{month:02}")),
        Mention::Weekday { weekday, part, .. } => with_part(format!("XXXX-WXX-{}", weekday.number_from_monday()), part),
        Mention::DayOffset { part, .. } => with_part("XXXX-XX-XX".to_string(), part),
        Mention::Ago { unit, .. } | Mention::UnitOffset { unit, .. } => match unit {
            CalendarUnit::Day => Some("XXXX-XX-XX".to_string()),
            CalendarUnit::Week => Some("XXXX-WXX".to_string()),
            CalendarUnit::Month => Some("XXXX-XX".to_string()),
            CalendarUnit::Year => Some("XXXX".to_string()),
            _ => None,
        },
        Mention::Season { season, .. } => Some(format!("XXXX-{}", season.timex_suffix())),
        Mention::Quarter { number, half, .. } => Some(format!("XXXX-{}{number}", if half { 'H' } else { 'Q' })),
        Mention::Holiday { holiday, eve, .. } => {
            // 2000 is as good as any year for holidays fixed to a month and day.
            let date = crate::holidays::date_in(holiday, 2000)?;
            let date = if eve { shift_days(date, -1)? } else { date };
            let fixed = matches!(
                holiday,
                crate::lexicon::Holiday::Christmas
                    | crate::lexicon::Holiday::NewYear
                    | crate::lexicon::Holiday::Halloween
                    | crate::lexicon::Holiday::Valentine
            );
            Some(if fixed { date.format("XXXX-%m-%d").to_string() } else { "XXXX-XX-XX".to_string() })
        }
        _ => None,
    }
}

fn resolve_relative(mention: Mention, publication: NaiveDate, tense: Tense) -> Option<String> {
    match mention {
        Mention::MonthDay { month, day, lean } => {
            let past_tense_only = lean == Lean::ByTense && tense == Tense::Past;
            let date = month_day(month, day, lean_for(lean, tense), publication);
            // A past-tense sentence still often names a date just ahead ("were
            // allowed to switch before April 26"); weeks ahead beats a year back.
            let soon = month_day(month, day, Lean::OnOrAfter, publication)
                .filter(|soon| (*soon - publication).num_days() <= NEAR_FUTURE_DAYS);
            match (past_tense_only, soon) {
                (true, Some(soon)) => day_value(soon),
                _ => date.and_then(day_value),
            }
        }
        Mention::Month { month, lean } => {
            let year = month_year(month, lean_for(lean, tense), publication);
            month_value(year, month)
        }
        Mention::Weekday { weekday, lean, part } => {
            // A bare weekday in news is a recent past day unless the sentence is future.
            let lean = match lean_for(lean, tense) {
                Lean::ByTense => Lean::OnOrBefore,
                other => other,
            };
            let date = weekday_date(weekday, lean, publication)?;
            with_part(day_value(date)?, part)
        }
        Mention::DayOffset { days, part } => {
            let date = shift_days(publication, days)?;
            with_part(day_value(date)?, part)
        }
        Mention::UnitOffset { unit, offset } => unit_value(unit, offset, publication),
        Mention::Ago { unit, count } => unit_value(unit, -i64::from(count), publication),
        Mention::Weekend { lean } => {
            let weeks_back = match lean_for(lean, tense) {
                Lean::StrictlyBefore => -1,
                Lean::Same | Lean::OnOrAfter => 0,
                Lean::StrictlyAfter => 1,
                // "over the weekend" in past news: the one just gone, or the current one.
                Lean::OnOrBefore | Lean::ByTense => {
                    if publication.weekday().number_from_monday() >= 6 {
                        0
                    } else {
                        -1
                    }
                }
            };
            let week = week_value(shift_days(publication, weeks_back * 7)?)?;
            Some(format!("{week}-WE"))
        }
        Mention::Season { season, year: YearOf::Lean(lean) } => {
            let year = season_year(season, lean_for(lean, tense), publication);
            crate::seasons::season_value(season, year)
        }
        Mention::Quarter { number, half, year: YearOf::Lean(lean) } => {
            // A quarter still ahead in the year is last year's unless the
            // sentence looks forward ("fourth-quarter profit" in February).
            let current = (publication.month() - 1) / if half { 6 } else { 3 } + 1;
            let year = match lean_for(lean, tense) {
                Lean::OnOrAfter | Lean::StrictlyAfter if number < current => publication.year() + 1,
                Lean::OnOrAfter | Lean::StrictlyAfter | Lean::Same => publication.year(),
                _ if number > current => publication.year() - 1,
                _ => publication.year(),
            };
            quarter_value(year, number, half)
        }
        Mention::Holiday { holiday, eve, year: YearOf::Lean(lean) } => {
            let on = |year| {
                let date = crate::holidays::date_in(holiday, year)?;
                if eve {
                    shift_days(date, -1)
                } else {
                    Some(date)
                }
            };
            let year = publication.year();
            let candidates = [on(year - 1), on(year), on(year + 1)];
            day_value(pick(candidates.into_iter().flatten(), lean_for(lean, tense), publication)?)
        }
        absolute => resolve(absolute, None, tense),
    }
}

fn quarter_value(year: i32, number: u32, half: bool) -> Option<String> {
    four_digit(year).then(|| format!("{year:04}-{}{number}", if half { 'H' } else { 'Q' }))
}

/// The year a season named without one is written with: "last fall" is the
/// most recent fall before the current season, "this spring" the current
/// year's, "next summer" the first one after the current season.
fn season_year(season: Season, lean: Lean, publication: NaiveDate) -> i32 {
    let (current, current_year) = crate::seasons::season_of(publication.year(), publication.month());
    let (rank, current_rank) = (crate::seasons::season_rank(season), crate::seasons::season_rank(current));
    match lean {
        Lean::StrictlyBefore => current_year - i32::from(rank >= current_rank),
        Lean::OnOrBefore => current_year - i32::from(rank > current_rank),
        Lean::StrictlyAfter => current_year + i32::from(rank <= current_rank),
        Lean::OnOrAfter => current_year + i32::from(rank < current_rank),
        // With no cue, the occurrence whose middle month is nearest.
        Lean::ByTense => {
            let middle = 4 + 3 * rank;
            let here = i64::from(publication.year()) * 12 + i64::from(publication.month());
            let distance = |year: i32| (i64::from(year) * 12 + i64::from(middle) - here).abs();
            let year = publication.year();
            [year - 1, year, year + 1].into_iter().min_by_key(|&y| distance(y)).unwrap_or(year)
        }
        Lean::Same => {
            if season == Season::Winter && publication.month() <= 2 {
                publication.year() - 1
            } else {
                publication.year()
            }
        }
    }
}

/// The date among `candidates` (in order) that `lean` picks relative to publication.
fn pick(candidates: impl Iterator<Item = NaiveDate> + Clone, lean: Lean, publication: NaiveDate) -> Option<NaiveDate> {
    let mut candidates = candidates;
    match lean {
        Lean::StrictlyBefore => candidates.filter(|d| *d < publication).max(),
        Lean::OnOrBefore => candidates.filter(|d| *d <= publication).max(),
        Lean::Same => candidates.find(|d| d.year() == publication.year()),
        Lean::OnOrAfter => candidates.find(|d| *d >= publication),
        Lean::StrictlyAfter => candidates.find(|d| *d > publication),
        // With no cue, a day weeks ahead is upcoming, one months ahead is
        // more likely last year's: news reports the past.
        Lean::ByTense => {
            let ahead = candidates.clone().find(|d| *d >= publication);
            let behind = candidates.filter(|d| *d < publication).max();
            match (ahead, behind) {
                (Some(ahead), Some(behind)) => {
                    let ahead_days = (ahead - publication).num_days();
                    let behind_days = (publication - behind).num_days();
                    Some(if ahead_days <= behind_days.min(UPCOMING_DAYS) { ahead } else { behind })
                }
                (ahead, behind) => ahead.or(behind),
            }
        }
    }
}

/// How far ahead a date named with no tense cue may lie and still be read as upcoming.
const UPCOMING_DAYS: i64 = 120;

/// Turns "the tense decides" into a direction; unknown tense stays `ByTense`,
/// which each kind of mention reads its own way.
fn lean_for(lean: Lean, tense: Tense) -> Lean {
    match (lean, tense) {
        (Lean::ByTense, Tense::Future) => Lean::OnOrAfter,
        (Lean::ByTense, Tense::Past) => Lean::OnOrBefore,
        (lean, _) => lean,
    }
}

fn weekday_date(weekday: Weekday, lean: Lean, publication: NaiveDate) -> Option<NaiveDate> {
    let today = i64::from(publication.weekday().num_days_from_monday());
    let target = i64::from(weekday.num_days_from_monday());
    let back = (today - target).rem_euclid(7);
    let forward = (target - today).rem_euclid(7);
    let offset = match lean {
        Lean::StrictlyBefore => -(if back == 0 { 7 } else { back }),
        Lean::OnOrBefore | Lean::ByTense => -back,
        Lean::Same => target - today,
        Lean::OnOrAfter => forward,
        Lean::StrictlyAfter => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
    };
    shift_days(publication, offset)
}

/// The year of a month named without one. With no cue, the occurrence
/// closest to publication wins ("in January" written in December is next
/// January), ties going to the past.
fn month_year(month: u32, lean: Lean, publication: NaiveDate) -> i32 {
    let year = publication.year();
    let current = publication.month();
    match lean {
        Lean::StrictlyBefore => year - i32::from(month >= current),
        Lean::OnOrBefore => year - i32::from(month > current),
        Lean::Same => year,
        Lean::OnOrAfter => year + i32::from(month < current),
        Lean::StrictlyAfter => year + i32::from(month <= current),
        Lean::ByTense => {
            let ahead = i64::from(month) - i64::from(current);
            if ahead > 5 {
                year - 1
            } else if ahead < -6 {
                year + 1
            } else {
                year
            }
        }
    }
}

/// The date of a day named without a year, chosen like [`month_year`] but
/// with a past bias when nothing in the sentence says which way (see [`pick`]).
fn month_day(month: u32, day: u32, lean: Lean, publication: NaiveDate) -> Option<NaiveDate> {
    let year = publication.year();
    if lean == Lean::Same {
        return NaiveDate::from_ymd_opt(year, month, day);
    }
    let candidates = [year - 1, year, year + 1].map(|year| NaiveDate::from_ymd_opt(year, month, day));
    pick(candidates.into_iter().flatten(), lean, publication)
}

/// "last week", "this month", "three years ago": the unit containing the
/// publication date shifted by `offset` units.
pub(crate) fn unit_value(unit: CalendarUnit, offset: i64, publication: NaiveDate) -> Option<String> {
    match unit {
        CalendarUnit::Second | CalendarUnit::Minute | CalendarUnit::Hour => None,
        CalendarUnit::Quarter => {
            let index = i64::from(publication.year()) * 4 + i64::from((publication.month() - 1) / 3) + offset;
            quarter_value(i32::try_from(index.div_euclid(4)).ok()?, u32::try_from(index.rem_euclid(4)).ok()? + 1, false)
        }
        CalendarUnit::Decade => {
            let decade = i64::from(publication.year()).div_euclid(10).checked_add(offset)?;
            (100..=999).contains(&decade).then(|| format!("{decade:03}"))
        }
        CalendarUnit::Century => {
            let century = i64::from(publication.year()).div_euclid(100).checked_add(offset)?;
            (10..=99).contains(&century).then(|| format!("{century:02}"))
        }
        CalendarUnit::Day => day_value(shift_days(publication, offset)?),
        CalendarUnit::Week => week_value(shift_days(publication, offset.checked_mul(7)?)?),
        CalendarUnit::Month => {
            let first = publication.with_day(1)?;
            let months = Months::new(u32::try_from(offset.unsigned_abs()).ok()?);
            let shifted =
                if offset < 0 { first.checked_sub_months(months)? } else { first.checked_add_months(months)? };
            month_value(shifted.year(), shifted.month())
        }
        CalendarUnit::Year => {
            let year = i64::from(publication.year()).checked_add(offset)?;
            year_value(i32::try_from(year).ok()?)
        }
    }
}

fn shift_days(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    let magnitude = Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(magnitude)
    } else {
        date.checked_add_days(magnitude)
    }
}

/// Values are kept to four-digit years so every one is plain ISO 8601.
fn four_digit(year: i32) -> bool {
    (0..=9999).contains(&year)
}

fn day_value(date: NaiveDate) -> Option<String> {
    four_digit(date.year()).then(|| date.format("%Y-%m-%d").to_string())
}

fn month_value(year: i32, month: u32) -> Option<String> {
    (four_digit(year) && (1..=12).contains(&month)).then(|| format!("{year:04}-{month:02}"))
}

fn year_value(year: i32) -> Option<String> {
    four_digit(year).then(|| format!("{year:04}"))
}

fn week_value(date: NaiveDate) -> Option<String> {
    let week = date.iso_week();
    four_digit(week.year()).then(|| format!("{:04}-W{:02}", week.year(), week.week()))
}

fn with_part(day: String, part: Option<PartOfDay>) -> Option<String> {
    Some(match part {
        Some(part) => day + part.timex_suffix(),
        None => day,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(mention: Mention, tense: Tense, expect: Option<&str>) {
        let publication = NaiveDate::from_ymd_opt(2024, 12, 18);
        assert_eq!(resolve(mention, publication, tense).as_deref(), expect, "{mention:?}");
    }

    #[test]
    fn resolution_table() {
        use Lean::*;
        let weekday = |weekday, lean| Mention::Weekday { weekday, lean, part: None };
        check(weekday(Weekday::Wed, ByTense), Tense::Unknown, Some("2024-12-18"));
        check(weekday(Weekday::Mon, ByTense), Tense::Unknown, Some("2024-12-16"));
        check(weekday(Weekday::Fri, ByTense), Tense::Future, Some("2024-12-20"));
        check(weekday(Weekday::Tue, StrictlyAfter), Tense::Past, Some("2024-12-24"));
        check(weekday(Weekday::Wed, StrictlyBefore), Tense::Future, Some("2024-12-11"));
        check(weekday(Weekday::Mon, Same), Tense::Unknown, Some("2024-12-16"));
        check(Mention::Month { month: 1, lean: ByTense }, Tense::Unknown, Some("2025-01"));
        check(Mention::Month { month: 1, lean: ByTense }, Tense::Past, Some("2024-01"));
        check(Mention::Month { month: 6, lean: ByTense }, Tense::Unknown, Some("2024-06"));
        check(Mention::Month { month: 12, lean: StrictlyBefore }, Tense::Unknown, Some("2023-12"));
        check(Mention::MonthDay { month: 1, day: 20, lean: ByTense }, Tense::Unknown, Some("2025-01-20"));
        check(Mention::MonthDay { month: 2, day: 29, lean: ByTense }, Tense::Unknown, Some("2024-02-29"));
        check(Mention::Date { year: 2023, month: 2, day: 29 }, Tense::Unknown, None);
        check(Mention::Ago { unit: CalendarUnit::Year, count: 1 }, Tense::Unknown, Some("2023"));
        check(Mention::Ago { unit: CalendarUnit::Week, count: 3 }, Tense::Unknown, Some("2024-W48"));
        check(Mention::Ago { unit: CalendarUnit::Day, count: u32::MAX }, Tense::Unknown, None);
        check(Mention::Ago { unit: CalendarUnit::Month, count: u32::MAX }, Tense::Unknown, None);
        check(Mention::Weekend { lean: ByTense }, Tense::Unknown, Some("2024-W50-WE"));
        check(Mention::Decade(1990), Tense::Unknown, Some("199"));
    }

    #[test]
    fn without_a_publication_date_unknown_parts_stay_open() {
        let open = |mention| resolve(mention, None, Tense::Past);
        assert_eq!(open(Mention::DayOffset { days: 0, part: None }).as_deref(), Some("XXXX-XX-XX"));
        assert_eq!(
            open(Mention::DayOffset { days: 0, part: Some(PartOfDay::Evening) }).as_deref(),
            Some("XXXX-XX-XXTEV")
        );
        let wednesday = Mention::Weekday { weekday: Weekday::Wed, lean: Lean::ByTense, part: None };
        assert_eq!(open(wednesday).as_deref(), Some("XXXX-WXX-3"));
        assert_eq!(open(Mention::MonthDay { month: 2, day: 29, lean: Lean::ByTense }).as_deref(), Some("XXXX-02-29"));
        assert_eq!(open(Mention::Month { month: 12, lean: Lean::ByTense }).as_deref(), Some("XXXX-12"));
        assert_eq!(open(Mention::UnitOffset { unit: CalendarUnit::Week, offset: -1 }).as_deref(), Some("XXXX-WXX"));
    }
}
