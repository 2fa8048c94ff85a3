//! When an event happened: a cue, the time expressions of its sentence
//! (TIMEX3 values) and the publication date in, a calendar date out
//! (`2024-11-18`, `2024-10`, `2015`, with the time of day where the text
//! gives one: `2023-08-02TMO`).
//!
//! The time nearest the cue wins, passing over times that cannot be of
//! something that has happened (those after the publication date, and
//! those told with "next", "ahead", "until", "later" or "since") and times
//! of a report the cue is told in ("a statement on Wednesday said he began
//! the call") or of another event before it ("spoke to him in November
//! and visited on Monday"). A week is
//! given as the month that holds it (the year where it spans two months),
//! so that event dates are calendar dates that sort and compare alike.

use super::cues::{is_event_word, Cue};
use super::scene::Scene;
use crate::lexicon::is_speech_verb;

pub(super) fn event_date(scene: &Scene, cue: &Cue, publication: Option<&str>) -> Option<String> {
    candidates(scene, cue)
        .filter_map(|(distance, value)| {
            let (date, start) = calendar(value)?;
            (!after_publication(&start, publication)).then_some((distance, date))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, date)| date)
}

/// The time of an event as the text gives it, a TIMEX3 value unchanged: a
/// week stays a week (`2024-W43`), and a text without a publication date
/// keeps its open parts (`XXXX-XX-XX` for "today"). The statements made at
/// the event are dated by it; `None` where the text gives no time.
pub(super) fn event_time(scene: &Scene, cue: &Cue, publication: Option<&str>) -> Option<String> {
    candidates(scene, cue)
        .filter(|(_, value)| match calendar(value) {
            Some((_, start)) => !after_publication(&start, publication),
            None => value.starts_with("XXXX"),
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, value)| value.clone())
}

/// Whether a day (`2024-11-18`, or a prefix of one) is after the
/// publication date: an event that has happened cannot be.
fn after_publication(start: &str, publication: Option<&str>) -> bool {
    publication.is_some_and(|p| {
        let n = start.len().min(p.len());
        start[..n] > p[..n]
    })
}

/// The time expressions of the cue's sentence that can date it, with their
/// distance in bytes from the cue.
fn candidates<'s>(scene: &'s Scene, cue: &Cue) -> impl Iterator<Item = (usize, &'s String)> + 's {
    let doc = scene.doc;
    let (first, end) = doc.sentence_bounds(cue.head);
    let sentence = doc.byte_range(first, end);
    let at = doc.token(cue.head).range.start;
    let head = cue.head;
    scene
        .times
        .iter()
        .filter(move |(range, _)| sentence.start <= range.start && range.end <= sentence.end)
        .filter(move |(range, _)| !told_as_ahead(scene, range.start, first))
        .filter(move |(range, _)| !reported_apart(scene, range, head, (first, end)))
        .filter(move |(range, _)| !after_another_cue(scene, range, head, first))
        .map(move |(range, value)| (range.start.abs_diff(at), value))
}

/// Whether the time starting at byte `start` is told as one to come or as
/// a bound: "next week", "ahead of Friday", "until March", "later in the
/// year", "since 2019".
fn told_as_ahead(scene: &Scene, start: usize, floor: usize) -> bool {
    let doc = scene.doc;
    let Some(t) = (floor..doc.len()).find(|&t| doc.token(t).range.start >= start) else { return false };
    let from = t.saturating_sub(2).max(floor);
    (from..(t + 2).min(doc.len())).any(|u| {
        matches!(
            scene.word(u),
            "next" | "ahead" | "until" | "till" | "later" | "since" | "upcoming" | "coming" | "forthcoming"
        )
    })
}

/// Whether a speech verb stands between the time and the cue: "A
/// statement released on Wednesday evening said that he began the call"
/// dates the statement, not the call.
fn reported_apart(scene: &Scene, range: &std::ops::Range<usize>, cue: usize, (first, end): (usize, usize)) -> bool {
    let doc = scene.doc;
    let at = doc.token(cue).range.start;
    (first..end).any(|t| {
        let r = &doc.token(t).range;
        let between = (range.end <= r.start && r.end <= at) || (at < r.start && r.end <= range.start);
        between && is_speech_verb(scene.word(t))
    })
}

/// Whether a time before the cue comes after another event word: "spoke
/// to him earlier in November and visited the streets on Monday" — a time
/// follows the verb it dates.
fn after_another_cue(scene: &Scene, range: &std::ops::Range<usize>, cue: usize, first: usize) -> bool {
    let doc = scene.doc;
    let before_cue = range.end <= doc.token(cue).range.start;
    before_cue && (first..cue).any(|t| doc.token(t).range.end <= range.start && is_event_word(scene.word(t)))
}

/// A TIMEX3 value as a calendar date, and the day it starts on for
/// comparing with the publication date; `None` for values that are no
/// date ("PRESENT_REF", durations).
fn calendar(value: &str) -> Option<(String, String)> {
    let bytes = value.as_bytes();
    if bytes.len() < 4 || !bytes[..4].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let year: i64 = value[..4].parse().ok()?;
    if let Some(week) = value.get(4..).and_then(|rest| rest.strip_prefix("-W")) {
        let week: i64 = week.get(..2)?.parse().ok()?;
        let monday = iso_week_monday(year, week);
        let (y1, m1, d1) = civil_from_days(monday);
        let (y2, m2, _) = civil_from_days(monday + 6);
        let date = if (y1, m1) == (y2, m2) {
            format!("{y1:04}-{m1:02}")
        } else {
            // The week's year is its Thursday's.
            format!("{:04}", civil_from_days(monday + 3).0)
        };
        return Some((date, format!("{y1:04}-{m1:02}-{d1:02}")));
    }
    let day = value.split('T').next().unwrap_or(value);
    let calendar_like = |s: &str| {
        s.len() == 4
            || (s.len() == 7 && s.as_bytes()[4] == b'-' && s[5..].bytes().all(|b| b.is_ascii_digit()))
            || (s.len() == 10
                && s.as_bytes()[4] == b'-'
                && s.as_bytes()[7] == b'-'
                && s[5..7].bytes().chain(s[8..].bytes()).all(|b| b.is_ascii_digit()))
    };
    if calendar_like(day) {
        Some((value.to_string(), day.to_string()))
    } else {
        // A season or a quarter ("2015-SU", "2024-Q1") is dated by its year.
        Some((value[..4].to_string(), value[..4].to_string()))
    }
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a count of days since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// The Monday of ISO week `week` of `year`, in days since 1970-01-01.
fn iso_week_monday(year: i64, week: i64) -> i64 {
    let january_4 = days_from_civil(year, 1, 4);
    // 1970-01-01 was a Thursday: Monday is 0.
    let weekday = (january_4 + 3).rem_euclid(7);
    january_4 - weekday + 7 * (week - 1)
}

#[cfg(test)]
mod tests {
    use super::calendar;

    #[test]
    fn a_week_is_the_month_that_holds_it() {
        assert_eq!(calendar("2024-W43"), Some(("2024-10".into(), "2024-10-21".into())));
        // 2024-W44 runs from 28 October to 3 November.
        assert_eq!(calendar("2024-W44").map(|c| c.0), Some("2024".into()));
        assert_eq!(calendar("2021-W01").map(|c| c.1), Some("2021-01-04".into()));
    }

    #[test]
    fn dates_stay_and_what_is_no_date_goes() {
        assert_eq!(calendar("2023-08-02TMO").map(|c| c.0), Some("2023-08-02TMO".into()));
        assert_eq!(calendar("2015-SU").map(|c| c.0), Some("2015".into()));
        assert_eq!(calendar("PRESENT_REF"), None);
        assert_eq!(calendar("P1D"), None);
    }
}
