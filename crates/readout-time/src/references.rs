//! General references: tokens and a starting index in, a [`Found`]
//! `PRESENT_REF`, `PAST_REF` or `FUTURE_REF` out — "now", "currently",
//! "current", "recently", "soon", "the future", "in the past", "at present",
//! "as soon as possible".
//!
//! "past", "future" and "present" are references only as nouns ("in the
//! past", "the near future", "at present"); as adjectives ("past
//! presidents", "future talks") or a verb ("present a plan") they are not,
//! except "present" after "the" ("the present crisis"), which can only mean
//! the current one. "recent years" is an open duration rather than a
//! reference. "the times ahead" and "the long term" are the future.
//!
//! A count back that the words leave open ("several weeks ago", "a few
//! days ago", "some years ago", "years ago", "some time ago") is a `DATE`
//! with the value `PAST_REF`, as the TimeML TIMEX3 guidelines value a point
//! in the past that cannot be placed on the calendar (and as TimeBank and
//! HeidelTime do): `XXXX-WXX` would claim a week-sized point, which "several
//! weeks ago" does not name. A sentence-initial "Earlier," is `PAST_REF`
//! too.

use crate::lexicon::{Lexeme, TimeRef};
use crate::mention::{Amount, Found, Mention};
use crate::tokens::{Case, TokenKind, TokenView};

/// The TIMEX3 value of a reference.
pub(crate) fn reference_value(reference: TimeRef) -> &'static str {
    match reference {
        TimeRef::Present => "PRESENT_REF",
        TimeRef::Past => "PAST_REF",
        TimeRef::Future => "FUTURE_REF",
    }
}

/// "now", "currently", "recently", "soon", "as soon as possible", "recent years".
pub(crate) fn word(view: TokenView<'_>, index: usize) -> Option<Found> {
    let token = view.get(index)?;
    let Lexeme::RefWord(reference) = token.lexeme else {
        return None;
    };
    if !matches!(token.case, Case::Lower | Case::Title) {
        return None;
    }
    // "recent years", "recent months": an open stretch up to now.
    if let Lexeme::Unit { unit, plural: true } = view.lexeme(index + 1) {
        let mention = Mention::Duration { unit, amount: Amount::Fuzzy };
        return Some(Found { first: index, end: index + 2, mention });
    }
    // "as soon as possible" is one expression; "as soon as he left" is not a time.
    if view.is_word(index, "soon") && view.is_word(index.wrapping_sub(1), "as") && view.is_word(index + 1, "as") {
        if view.is_word(index + 2, "possible") {
            return Some(Found { first: index - 1, end: index + 3, mention: Mention::Reference(reference) });
        }
        return None;
    }
    // "Current" and "Now" as names ("Current Affairs") are capitalised mid-sentence.
    let name_follows = view.get(index + 1).is_some_and(|t| t.kind == TokenKind::Word && t.is_capitalised());
    if token.case == Case::Title && (!sentence_start(view, index) || name_follows) {
        return None;
    }
    Some(Found { first: index, end: index + 1, mention: Mention::Reference(reference) })
}

/// "several weeks ago", "a few days ago", "a couple of months ago", "some
/// years ago", "many years ago", "Years ago", "some time ago": a point back
/// in time at a distance the words leave open.
pub(crate) fn vague_ago(view: TokenView<'_>, index: usize) -> Option<Found> {
    let token = view.get(index)?;
    if !matches!(token.case, Case::Lower | Case::Title) {
        return None;
    }
    let some = token.lexeme == Lexeme::Approximately && view.is_word(index, "some");
    let mut position = match token.lexeme {
        Lexeme::Count(1) if view.lexeme(index + 1) == Lexeme::Fuzzy && !view.is_word(index, "one") => index + 2,
        Lexeme::Fuzzy => index + 1,
        Lexeme::Approximately if some => index + 1,
        Lexeme::Unit { plural: true, .. } => index,
        _ => return None,
    };
    if position > index && view.lexeme(position) == Lexeme::Of {
        position += 1;
    }
    let unit_case = if position == index { token.case } else { view.get(position)?.case };
    // Only a bare unit may be capitalised, as "Years ago" opening a sentence.
    let plural_unit = matches!(view.lexeme(position), Lexeme::Unit { plural: true, .. })
        && (unit_case == Case::Lower || (position == index && unit_case == Case::Title));
    let some_time = some && view.is_word(position, "time") && view.get(position)?.case == Case::Lower;
    let ago = view.get(position + 1).is_some_and(|t| t.lexeme == Lexeme::Ago && t.case == Case::Lower);
    if !(plural_unit || some_time) || !ago {
        return None;
    }
    // A bare "years ago" must not follow a count ("4000000000 years ago" is
    // no news time), and a capitalised one must open its sentence.
    if position == index {
        let previous = index.wrapping_sub(1);
        let counted = view.get(previous).is_some_and(|t| t.kind == TokenKind::Number)
            || matches!(view.lexeme(previous), Lexeme::Count(_) | Lexeme::Fuzzy | Lexeme::Approximately);
        if counted || (token.case == Case::Title && !sentence_start(view, index)) {
            return None;
        }
    }
    Some(Found { first: index, end: position + 2, mention: Mention::Reference(TimeRef::Past) })
}

/// "the times ahead", "the long term", "the longer term", "the short term",
/// "the near term": the future, as a noun phrase on its own ("the long-term
/// plan" and "the long term effects" are adjectives).
pub(crate) fn the_open_future(view: TokenView<'_>, index: usize) -> Option<Found> {
    let next = index + 1;
    if view.get(next)?.case != Case::Lower {
        return None;
    }
    let times_ahead = view.is_word(next, "times") && view.lexeme(next + 1) == Lexeme::Ahead;
    let term = (view.lexeme(next) == Lexeme::TermLength || view.is_word(next, "near"))
        && view.is_word(next + 1, "term")
        && view.get(next + 1)?.case == Case::Lower
        && noun_ends(view, next + 2);
    (times_ahead || term).then_some(Found { first: index, end: next + 2, mention: Mention::Reference(TimeRef::Future) })
}

/// "Earlier," opening a sentence: some time before the narrative's present.
pub(crate) fn sentence_initial_earlier(view: TokenView<'_>, index: usize) -> Option<Found> {
    let opens = view.get(index)?.case == Case::Title && sentence_start(view, index) && view.is_punct(index + 1, b',');
    opens.then_some(Found { first: index, end: index + 1, mention: Mention::Reference(TimeRef::Past) })
}

fn sentence_start(view: TokenView<'_>, index: usize) -> bool {
    index == 0
        || view.is_sentence_end(index - 1)
        || matches!(view.get(index - 1).map(|t| t.kind), Some(TokenKind::Punct(b'"' | b'\'' | 0)))
}

/// "the future", "the near future", "the past", "the present", led by "the".
pub(crate) fn the_noun(view: TokenView<'_>, index: usize) -> Option<Found> {
    let mut position = index + 1;
    let mut near = false;
    if view.is_word(position, "very") {
        position += 1;
    }
    if matches!(view.lexeme(position), Lexeme::Near | Lexeme::RefWord(TimeRef::Past)) {
        near = true;
        position += 1;
    }
    let token = view.get(position)?;
    if token.case != Case::Lower {
        return None;
    }
    let reference = match token.lexeme {
        Lexeme::RefNoun(reference) => reference,
        Lexeme::Past => TimeRef::Past,
        _ => return None,
    };
    // "the present-day map", "the future-proof plan": a compound adjective.
    if view.touches_next(position) && view.is_punct(position + 1, b'-') {
        return None;
    }
    // "the present crisis", "the present day": "present" after "the" is the
    // current one even as an adjective, the noun it modifies left out of
    // the expression unless it is the day or time itself.
    let modifies = !noun_ends(view, position + 1);
    if reference == TimeRef::Present && !near && modifies {
        let next = view.get(position + 1)?;
        if next.kind != TokenKind::Word || next.case != Case::Lower {
            return None;
        }
        if view.is_word(position + 1, "day") || view.is_word(position + 1, "time") {
            return Some(Found { first: index, end: position + 2, mention: Mention::Reference(reference) });
        }
        return Some(Found { first: position, end: position + 1, mention: Mention::Reference(reference) });
    }
    // "the past week" is a span; "the future king" an adjective.
    if modifies || (near && reference == TimeRef::Present) {
        return None;
    }
    Some(Found { first: index, end: position + 1, mention: Mention::Reference(reference) })
}

/// "in future", "at present": the noun without an article.
pub(crate) fn bare_noun(view: TokenView<'_>, index: usize) -> Option<Found> {
    let token = view.get(index)?;
    let Lexeme::RefNoun(reference) = token.lexeme else {
        return None;
    };
    let previous = index.wrapping_sub(1);
    let preposition = match reference {
        TimeRef::Present => view.is_word(previous, "at"),
        _ => view.is_word(previous, "in"),
    };
    (token.case == Case::Lower && preposition && noun_ends(view, index + 1)).then_some(Found {
        first: index,
        end: index + 1,
        mention: Mention::Reference(reference),
    })
}

/// The noun phrase ends at `index`: punctuation, a conjunction or a
/// preposition follows, not the noun an adjective would modify.
fn noun_ends(view: TokenView<'_>, index: usize) -> bool {
    match view.get(index) {
        None => true,
        Some(token) if matches!(token.kind, TokenKind::Punct(_)) => true,
        Some(_) => {
            matches!(view.lexeme(index), Lexeme::TemporalPreposition | Lexeme::Of | Lexeme::That)
                || [
                    "and", "or", "but", "as", "for", "to", "we", "they", "he", "she", "it", "is", "was", "will", "at",
                    "on", "with",
                ]
                .iter()
                .any(|word| view.is_word(index, word))
        }
    }
}

#[cfg(test)]
mod tests {

    /// Publication date of these fixtures: Friday 7 August 1998.
    fn check(text: &str, expect: &[(&str, &str)]) {
        crate::test_support::check_typed(text, "1998-08-07", None, expect);
    }

    #[test]
    fn references() {
        check("He is now in Paris.", &[("now", "PRESENT_REF")]);
        check("Now the talks resume.", &[("Now", "PRESENT_REF")]);
        check("It is currently closed.", &[("currently", "PRESENT_REF")]);
        check("He recently resigned.", &[("recently", "PAST_REF")]);
        check("Talks will start soon.", &[("soon", "FUTURE_REF")]);
        check("Act as soon as possible.", &[("as soon as possible", "FUTURE_REF")]);
        check("It happened in the past.", &[("the past", "PAST_REF")]);
        check("In the near future, we go.", &[("the near future", "FUTURE_REF")]);
        check("Hope for the future.", &[("the future", "FUTURE_REF")]);
        check("There is none at present.", &[("present", "PRESENT_REF")]);
        check("It grew in recent years.", &[("recent years", "PXY")]);
    }

    #[test]
    fn not_references() {
        check("He will present a plan.", &[]);
        check("The future king and past presidents.", &[]);
        check("As soon as he left, it rained.", &[]);
        check("Current Affairs aired.", &[]);
        check("He sent the present-day map and a present to them.", &[]);
    }

    #[test]
    fn present_as_adjective_after_the() {
        check("They discussed the present state of affairs.", &[("present", "PRESENT_REF")]);
        check("It has lasted to the present day.", &[("the present day", "PRESENT_REF")]);
    }

    #[test]
    fn vague_counts_back() {
        check("He left several weeks ago.", &[("several weeks ago", "PAST_REF")]);
        check("Several weeks ago, he left.", &[("Several weeks ago", "PAST_REF")]);
        check("He left a few days ago.", &[("a few days ago", "PAST_REF")]);
        check("He left a couple of months ago.", &[("a couple of months ago", "PAST_REF")]);
        check("He left some years ago.", &[("some years ago", "PAST_REF")]);
        check("He left many years ago.", &[("many years ago", "PAST_REF")]);
        check("Years ago, he left.", &[("Years ago", "PAST_REF")]);
        check("He left some time ago.", &[("some time ago", "PAST_REF")]);
        // A count is a date; an approximate count keeps its count.
        check("He left three weeks ago.", &[("three weeks ago", "1998-W29")]);
        check("He left some 30 years ago.", &[("some 30 years ago", "1968")]);
    }

    #[test]
    fn not_vague_counts_back() {
        check("Some years are hard; some time is lost.", &[]);
        check("He stayed several weeks.", &[("several weeks", "PXW")]);
        check("The Years Ago tour.", &[]);
    }

    #[test]
    fn open_future() {
        check("We will work together in the times ahead.", &[("the times ahead", "FUTURE_REF")]);
        check("It must be funded for the long term.", &[("the long term", "FUTURE_REF")]);
        check("In the short term, prices rise.", &[("the short term", "FUTURE_REF")]);
        check("The long term effects and the long-term plan.", &[]);
        check("The Times ahead of the vote.", &[]);
    }

    #[test]
    fn earlier_opening_a_sentence() {
        check("He spoke. Earlier, he had written.", &[("Earlier", "PAST_REF")]);
        check("He spoke earlier, then left. Earlier reports differ.", &[]);
    }
}
