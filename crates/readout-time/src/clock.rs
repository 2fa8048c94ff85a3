//! Clock times: tokens and a starting index in, a [`Found`] time of day out
//! — "10:35 a.m.", "7 p.m.", "15:05", "07:23 AM EDT", "15:03:23", "noon",
//! "midnight" — and [`after_date`], which extends a date with the clock
//! time that follows it ("Friday 28 Oct 2022 @ 15:05", "March 23, 2024,
//! 19:30"), giving `2022-10-28T15:05`.
//!
//! A bare number is a time only with "a.m." or "p.m."; "12:30" alone is a
//! time when it has two minute digits, since scores ("3-2") and ratios use
//! other marks. Time zones after the time belong to the expression but not
//! to the value, which TIMEX3 keeps local.

use crate::lexicon::Lexeme;
use crate::mention::{Found, Mention};
use crate::tokens::{Case, TokenKind, TokenView};

/// A clock time's TIMEX3 suffix after a date: `T10:35`, `T15:03:23`.
pub(crate) fn clock_suffix(hour: u32, minute: u32, second: Option<u32>) -> String {
    match second {
        Some(second) => format!("T{hour:02}:{minute:02}:{second:02}"),
        None => format!("T{hour:02}:{minute:02}"),
    }
}

/// Time zones written after a clock time.
const ZONES: &[&str] = &["GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "ET", "PT"];

/// "a.m.", "am", "A.M.", "p.m.", "PM" at `index`: whether it is afternoon,
/// and the index after it.
fn meridiem(view: TokenView<'_>, index: usize) -> Option<(bool, usize)> {
    let word = view.bytes(index);
    let pm = match word.first()?.to_ascii_lowercase() {
        b'a' => false,
        b'p' => true,
        _ => return None,
    };
    if word.len() == 2 && word[1].eq_ignore_ascii_case(&b'm') {
        let end = index + 1 + usize::from(view.touches_next(index) && view.is_punct(index + 1, b'.'));
        return Some((pm, end));
    }
    let dotted = word.len() == 1
        && view.touches_next(index)
        && view.is_punct(index + 1, b'.')
        && view.touches_next(index + 1)
        && view.bytes(index + 2).eq_ignore_ascii_case(b"m");
    if !dotted {
        return None;
    }
    let end = index + 3 + usize::from(view.touches_next(index + 2) && view.is_punct(index + 3, b'.'));
    Some((pm, end))
}

/// Two digits touching a colon before them: ":35".
fn minutes_at(view: TokenView<'_>, colon: usize) -> Option<u32> {
    let digits = view.get(colon + 1)?;
    let two = digits.kind == TokenKind::Number && digits.end - digits.start == 2 && digits.number < 60;
    (view.is_punct(colon, b':') && view.touches_next(colon - 1) && view.touches_next(colon) && two)
        .then_some(digits.number)
}

/// A clock time starting at the number at `index`.
pub(crate) fn clock_at(view: TokenView<'_>, index: usize) -> Option<Found> {
    let token = view.get(index)?;
    if token.kind != TokenKind::Number || token.end - token.start > 2 || token.number > 24 {
        return None;
    }
    // A number glued to something before it ("v2", "3:10:35") starts no time.
    if index > 0 && view.touches_next(index - 1) && !matches!(view.get(index - 1)?.kind, TokenKind::Punct(b'@' | b'('))
    {
        return None;
    }
    let mut hour = token.number;
    let mut end = index + 1;
    let mut minute = 0;
    let mut second = None;
    let with_minutes = minutes_at(view, index + 1);
    if let Some(m) = with_minutes {
        minute = m;
        end = index + 3;
        if let Some(s) = minutes_at(view, end) {
            second = Some(s);
            end += 2;
        }
    }
    // "12:30.5" or "3:10:35:01" is a count, not a time.
    if view.touches_next(end - 1)
        && matches!(view.get(end).map(|t| t.kind), Some(TokenKind::Punct(b':' | b'.') | TokenKind::Number))
        && meridiem(view, end).is_none()
    {
        let dot_ends_sentence =
            view.is_punct(end, b'.') && !view.get(end + 1).is_some_and(|t| t.kind == TokenKind::Number);
        if !dot_ends_sentence {
            return None;
        }
    }
    match meridiem(view, end) {
        Some((pm, after)) if hour <= 12 && hour > 0 => {
            hour = match (pm, hour) {
                (true, 12) => 12,
                (true, h) => h + 12,
                (false, 12) => 0,
                (false, h) => h,
            };
            end = after;
        }
        Some(_) => return None,
        None if with_minutes.is_none() => return None,
        None => {}
    }
    if hour > 23 && !(hour == 24 && minute == 0) {
        return None;
    }
    if ZONES.iter().any(|zone| view.bytes(end) == zone.as_bytes()) {
        end += 1;
    }
    Some(Found { first: index, end, mention: Mention::Clock { hour, minute, second } })
}

/// "noon", "midnight".
pub(crate) fn named_hour(view: TokenView<'_>, index: usize) -> Option<Found> {
    let token = view.get(index)?;
    let Lexeme::NamedHour { hour } = token.lexeme else {
        return None;
    };
    (token.case == Case::Lower).then_some(Found {
        first: index,
        end: index + 1,
        mention: Mention::Clock { hour, minute: 0, second: None },
    })
}

/// A clock time right after a date ending before `index`, joined by nothing,
/// a comma, "at" or "@"; returns the clock and the index after it.
pub(crate) fn after_date(view: TokenView<'_>, index: usize) -> Option<(usize, String)> {
    let joined = view.is_punct(index, b',') || view.is_punct(index, b'@') || view.is_word(index, "at");
    let start = if joined { index + 1 } else { index };
    let found = clock_at(view, start).or_else(|| named_hour(view, start))?;
    let Mention::Clock { hour, minute, second } = found.mention else {
        return None;
    };
    Some((found.end, clock_suffix(hour, minute, second)))
}

#[cfg(test)]
mod tests {
    use crate::TimeType;

    /// Publication date of these fixtures: Friday 7 August 1998.
    fn check(text: &str, expect: &[(&str, &str)]) {
        crate::test_support::check_typed(text, "1998-08-07", Some(TimeType::Time), expect);
    }

    #[test]
    fn clock_times() {
        check("The blast came at 10:35 a.m.", &[("10:35 a.m.", "1998-08-07T10:35")]);
        check("It starts at 7 p.m. sharp.", &[("7 p.m.", "1998-08-07T19:00")]);
        check("Posted 15:05 GMT.", &[("15:05 GMT", "1998-08-07T15:05")]);
        check("They met at noon.", &[("noon", "1998-08-07T12:00")]);
        check("Friday 28 Oct 2022 @ 15:05", &[("Friday 28 Oct 2022 @ 15:05", "2022-10-28T15:05")]);
        check("March 23, 2024, 19:30", &[("March 23, 2024, 19:30", "2024-03-23T19:30")]);
        check("13/08/2020 15:03:23", &[("13/08/2020 15:03:23", "2020-08-13T15:03:23")]);
        check("On Monday at 9 a.m. he left.", &[("Monday at 9 a.m.", "1998-08-03T09:00")]);
    }

    #[test]
    fn not_clock_times() {
        check("The score was 3-2 and 7 people.", &[]);
        check("The ratio was 2:1 and 3:5.5.", &[]);
    }
}
