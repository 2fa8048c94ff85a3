//! What the time tests share: a text and a publication date in, the time
//! expressions found as `(words, value)` pairs out, compared with what a
//! test expects (and, where a test asks, with the TimeML type every one of
//! them must have).

use crate::{find_times, TimeType};
use chrono::NaiveDate;

/// `date` is `YYYY-MM-DD`, or anything else for a text without one.
pub(crate) fn check(text: &str, date: &str, expect: &[(&str, &str)]) {
    check_typed(text, date, None, expect);
}

/// As [`check`], and every expression found is of type `kind`.
pub(crate) fn check_typed(text: &str, date: &str, kind: Option<TimeType>, expect: &[(&str, &str)]) {
    let publication = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok();
    let found = find_times(text, publication);
    let got: Vec<(&str, &str)> = found.iter().map(|t| (&text[t.range.clone()], t.value.as_str())).collect();
    assert_eq!(got, expect, "text {text:?}, publication {date:?}");
    if let Some(kind) = kind {
        assert!(found.iter().all(|t| t.kind == kind), "text {text:?}: not all of type {kind:?}");
    }
}
