//! General references: tokens and a starting index in, a [`Found`]
//! `PRESENT_REF`, `PAST_REF` or `FUTURE_REF` out — "now", "currently",
//! "current", "recently", "soon", "the future", "in the past", "at present",
//! "as soon as possible".
//!
//! "past", "future" and "present" are references only as nouns ("in the
//! past", "the near future", "at present"); as adjectives ("past
//! presidents", "future talks") or a verb ("present a plan") they are not.
//! "recent years" is an open duration rather than a reference.

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
    // "the past week" is a span; "the future king" an adjective.
    if !noun_ends(view, position + 1) || (near && reference == TimeRef::Present) {
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
    }
}
