//! Sets: tokens and a starting index in, a [`Found`] recurring time out —
//! "every week", "every two years", "each year", "every Monday", "daily",
//! "annually", "once a week", "twice a year" — whose TIMEX3 value is the
//! period (`P1W`, `P2Y`) or the open date that recurs (`XXXX-WXX-1`).
//!
//! "$5 billion a year" is found by the duration recognizer, which meets the
//! count first; "each" before a non-time noun ("each side") is nothing.

use crate::lexicon::{CalendarUnit, Lexeme};
use crate::mention::{Found, Mention};
use crate::tokens::{Case, TokenKind, TokenView};

/// The TIMEX3 value of a set: every `count` units.
pub(crate) fn set_value(unit: CalendarUnit, count: u32) -> String {
    crate::durations::duration_value(unit, crate::mention::Amount::Count(count))
}

fn lower_or_title(view: TokenView<'_>, index: usize) -> bool {
    view.get(index).is_some_and(|t| matches!(t.case, Case::Lower | Case::Title))
}

/// "every week", "every two years", "each Monday", "every other day".
pub(crate) fn every(view: TokenView<'_>, index: usize) -> Option<Found> {
    if !lower_or_title(view, index) {
        return None;
    }
    let mut position = index + 1;
    let mut count = 1;
    if view.is_word(position, "other") {
        count = 2;
        position += 1;
    } else if let Some(token) = view.get(position) {
        let spelled = match token.lexeme {
            Lexeme::Count(n) if n > 1 && token.kind == TokenKind::Word => Some(n),
            _ => None,
        };
        let digits = (token.kind == TokenKind::Number).then(|| view.standalone_number(position).map(|(n, _)| n));
        if let Some(n) = spelled.or(digits.flatten()).filter(|n| (2..=100).contains(n)) {
            count = n;
            position += 1;
        }
    }
    let token = view.get(position)?;
    let mention = match token.lexeme {
        Lexeme::Unit { unit, plural } if token.case == Case::Lower && plural == (count > 1) => {
            Mention::Set { unit, count }
        }
        Lexeme::Weekday(weekday) if token.case == Case::Title && count == 1 => Mention::SetWeekday(weekday),
        _ => return None,
    };
    Some(Found { first: index, end: position + 1, mention })
}

/// "daily", "weekly", "annually"; only as adverbs, since "a daily newspaper"
/// or "the weekly meeting" name no time. An adverb follows a verb or object,
/// so it is taken where a clause, a conjunction or a preposition follows.
pub(crate) fn adverb(view: TokenView<'_>, index: usize) -> Option<Found> {
    let Lexeme::SetAdverb(unit) = view.lexeme(index) else {
        return None;
    };
    let next = index + 1;
    let clause_ends = view.get(next).is_none_or(|t| matches!(t.kind, TokenKind::Punct(_)))
        || matches!(view.lexeme(next), Lexeme::TemporalPreposition | Lexeme::Of)
        || ["and", "or", "but", "at", "on", "to", "for", "with"].iter().any(|word| view.is_word(next, word));
    let attributive = matches!(view.lexeme(index.wrapping_sub(1)), Lexeme::The | Lexeme::Count(1));
    (view.get(index)?.case == Case::Lower && clause_ends && !attributive).then_some(Found {
        first: index,
        end: index + 1,
        mention: Mention::Set { unit, count: 1 },
    })
}

/// "once a week", "twice a year".
pub(crate) fn frequency(view: TokenView<'_>, index: usize) -> Option<Found> {
    if !lower_or_title(view, index) || !view.is_word(index + 1, "a") {
        return None;
    }
    match view.get(index + 2)?.lexeme {
        Lexeme::Unit { unit, plural: false } => {
            Some(Found { first: index, end: index + 3, mention: Mention::Set { unit, count: 1 } })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::TimeType;

    /// Publication date of these fixtures: Friday 7 August 1998.
    fn check(text: &str, expect: &[(&str, &str)]) {
        crate::test_support::check_typed(text, "1998-08-07", Some(TimeType::Set), expect);
    }

    #[test]
    fn sets() {
        check("They meet every week.", &[("every week", "P1W")]);
        check("Elections come every four years.", &[("every four years", "P4Y")]);
        check("He calls every Monday.", &[("every Monday", "XXXX-WXX-1")]);
        check("Prices are set daily.", &[("daily", "P1D")]);
        check("The board meets quarterly and rarely.", &[("quarterly", "P1Q")]);
        check("They meet twice a year.", &[("twice a year", "P1Y")]);
        check("It costs $5 billion a year.", &[("a year", "P1Y")]);
    }

    #[test]
    fn not_sets() {
        check("Each side gave ground.", &[]);
        check("The daily briefing was cancelled.", &[]);
        check("A weekly magazine.", &[]);
    }
}
