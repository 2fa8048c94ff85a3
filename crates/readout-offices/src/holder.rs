//! One row of the office table: a person, the office they held and the
//! half-open period `[start, end)` in which they held it.
//!
//! `end` is the day the successor took office (or the office became vacant);
//! on that day the holder is the successor. `None` means still in office.

use crate::date::Date;

/// A person who held an office in a country over a period of time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficeHolder {
    /// ISO 3166-1 alpha-2 code, uppercase (`EU` for the European Union).
    pub country: String,
    /// Normalised office key, e.g. `head_of_government`.
    pub office: String,
    /// The formal title in English, e.g. "Prime Minister".
    pub title: String,
    /// Canonical full name without honorifics, e.g. "Keir Starmer".
    pub name: String,
    /// First day in office.
    pub start: Date,
    /// Day the successor took over; `None` while in office.
    pub end: Option<Date>,
}

impl OfficeHolder {
    /// Whether the person held the office on `date`.
    pub fn covers(&self, date: Date) -> bool {
        self.start <= date && before(date, self.end)
    }

    /// Whether two periods share at least one day (offices not compared).
    pub fn overlaps(&self, other: &OfficeHolder) -> bool {
        let starts_before_other_ends = before(self.start, other.end);
        let other_starts_before_end = before(other.start, self.end);
        starts_before_other_ends && other_starts_before_end
    }

    /// Same country and office.
    pub fn same_office(&self, other: &OfficeHolder) -> bool {
        self.country == other.country && self.office == other.office
    }

    /// What is left of `self` once `other`'s period is cut out of it:
    /// zero, one or two rows.
    pub(crate) fn without(&self, other: &OfficeHolder) -> Vec<OfficeHolder> {
        if !self.overlaps(other) {
            return vec![self.clone()];
        }
        let mut pieces = Vec::new();
        if self.start < other.start {
            pieces.push(OfficeHolder { end: Some(other.start), ..self.clone() });
        }
        if let Some(other_end) = other.end {
            if before(other_end, self.end) {
                pieces.push(OfficeHolder { start: other_end, ..self.clone() });
            }
        }
        pieces
    }
}

/// Whether `date` falls before an optional (open when `None`) end.
fn before(date: Date, end: Option<Date>) -> bool {
    match end {
        None => true,
        Some(end) => date < end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(start: &str, end: &str) -> OfficeHolder {
        OfficeHolder {
            country: "GB".into(),
            office: "head_of_government".into(),
            title: "Prime Minister".into(),
            name: "X".into(),
            start: Date::parse(start).unwrap(),
            end: Date::parse(end),
        }
    }

    fn check(a: (&str, &str), b: (&str, &str), overlaps: bool, a_without_b: &[(&str, &str)]) {
        let (ra, rb) = (row(a.0, a.1), row(b.0, b.1));
        assert_eq!(ra.overlaps(&rb), overlaps, "{a:?} overlaps {b:?}");
        assert_eq!(rb.overlaps(&ra), overlaps, "{b:?} overlaps {a:?}");
        let got: Vec<(String, String)> = ra
            .without(&rb)
            .iter()
            .map(|r| (r.start.to_string(), r.end.map(|e| e.to_string()).unwrap_or_default()))
            .collect();
        let want: Vec<(String, String)> = a_without_b.iter().map(|(s, e)| (s.to_string(), e.to_string())).collect();
        assert_eq!(got, want, "{a:?} without {b:?}");
    }

    #[test]
    fn periods() {
        // Adjacent half-open periods do not overlap.
        check(("2019-07-24", "2022-09-06"), ("2022-09-06", "2022-10-25"), false, &[("2019-07-24", "2022-09-06")]);
        check(
            ("2020-01-01", ""),
            ("2021-01-01", "2022-01-01"),
            true,
            &[("2020-01-01", "2021-01-01"), ("2022-01-01", "")],
        );
        check(("2020-01-01", "2021-06-01"), ("2021-01-01", ""), true, &[("2020-01-01", "2021-01-01")]);
        check(("2021-01-01", "2021-06-01"), ("2020-01-01", ""), true, &[]);
        check(("2021-01-01", ""), ("2020-01-01", "2022-01-01"), true, &[("2022-01-01", "")]);
    }

    #[test]
    fn covers_is_half_open() {
        let r = row("2022-09-06", "2022-10-25");
        assert!(r.covers(Date::parse("2022-09-06").unwrap()));
        assert!(r.covers(Date::parse("2022-10-24").unwrap()));
        assert!(!r.covers(Date::parse("2022-10-25").unwrap()));
        assert!(!r.covers(Date::parse("2022-09-05").unwrap()));
        assert!(row("2024-07-05", "").covers(Date::parse("2999-01-01").unwrap()));
    }
}
