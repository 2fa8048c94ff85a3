//! Tense: the tokens around a mention in, whether its sentence speaks of the
//! future, the past, or neither out.
//!
//! Only cues matter, not a parse: "will", "'ll", "won't", "scheduled",
//! "ahead of", "look forward to" point forward; "said", "was" and regular "-ed" verbs point back. The nearest cue
//! before the mention in its sentence wins, because the verb governing a
//! time phrase usually precedes it ("said he will meet on Friday"); when there
//! is none, the nearest cue after it is used ("On Friday, the House will
//! vote"). The search back stops at a comma: a verb in another clause ("a win
//! in Texas, which votes on March 1") rarely governs the time. A mention used
//! as a modifier ("the March 1 primary", "November's election") is not
//! governed by a verb at all, so its tense is unknown, except a bare month
//! between an article and its noun ("an August speech"), which dates what
//! the clause reports. Both searches are
//! bounded so the whole scan stays linear.

use crate::lexicon::Lexeme;
use crate::tokens::{Case, TokenView};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Future,
    Past,
    Unknown,
}

/// How far to look back for a governing verb, in tokens.
const LOOK_BEHIND: usize = 12;
/// How far to look ahead when nothing precedes the mention, in tokens.
const LOOK_AHEAD: usize = 15;

/// The tense of the sentence holding tokens `first..end`.
pub(crate) fn tense_around(view: TokenView<'_>, first: usize, end: usize) -> Tense {
    // A bare month between an article and its noun ("an August speech",
    // "the March budget") names when the thing the clause talks about
    // happened, so the clause's verb dates it ("followed", "will present");
    // a day ("the March 1 primary") or a possessive ("November's
    // election") names an event of its own that the verb need not govern.
    let bare_month = end == first + 1 && matches!(view.lexeme(first), Lexeme::Month { .. });
    let attributive = (!bare_month && matches!(view.lexeme(first.wrapping_sub(1)), Lexeme::The | Lexeme::Count(1)))
        || view.possessive_follows(end.wrapping_sub(1));
    if attributive {
        return Tense::Unknown;
    }
    let lowest = first.saturating_sub(LOOK_BEHIND);
    for index in (lowest..first).rev() {
        if view.is_sentence_end(index) || view.is_punct(index, b',') || view.is_punct(index, b';') {
            break;
        }
        if let Some(tense) = cue_at(view, index) {
            return tense;
        }
        // In a relative clause ("who faces an election in February, said")
        // the clause's own verb governs, and the main verb after it does not.
        if ["who", "which", "whose"].iter().any(|word| view.is_word(index, word)) {
            return Tense::Unknown;
        }
    }
    for index in end..end.saturating_add(LOOK_AHEAD) {
        if view.get(index).is_none() || view.is_sentence_end(index) {
            break;
        }
        if let Some(tense) = cue_at(view, index) {
            return tense;
        }
    }
    Tense::Unknown
}

/// The tense a single word announces, if any.
fn cue_at(view: TokenView<'_>, index: usize) -> Option<Tense> {
    let token = view.get(index)?;
    // Capitalised "-ed" words are names ("United"); only lowercase cues count,
    // except a sentence-initial "Will" or "Said", which is rare enough to skip.
    if token.case != Case::Lower {
        return None;
    }
    match token.lexeme {
        // "ahead of the summit on Monday", "looked forward to meeting on Monday".
        Lexeme::FutureCue | Lexeme::Ahead => Some(Tense::Future),
        _ if view.is_word(index, "forward") => Some(Tense::Future),
        Lexeme::PastVerb if is_wont(view, index) => Some(Tense::Future),
        // "if he were to win in November", "the talks were to resume on
        // Friday": what was still to come.
        Lexeme::PastVerb
            if (view.is_word(index, "were") || view.is_word(index, "was")) && view.is_word(index + 1, "to") =>
        {
            Some(Tense::Future)
        }
        // A participle after "be" or "have" ("will be decided") takes its
        // auxiliary's tense, which the search meets next.
        Lexeme::PastVerb if follows_auxiliary(view, index) => None,
        Lexeme::PastVerb => Some(Tense::Past),
        _ => None,
    }
}

fn follows_auxiliary(view: TokenView<'_>, index: usize) -> bool {
    let previous = index.wrapping_sub(1);
    ["be", "been", "being", "is", "are", "has", "have"].iter().any(|word| view.is_word(previous, word))
}

/// "won't" is tokenized "won", "'", "t" and is a future, not the past of "win".
fn is_wont(view: TokenView<'_>, index: usize) -> bool {
    view.is_word(index, "won")
        && view.touches_next(index)
        && view.is_punct(index + 1, b'\'')
        && view.touches_next(index + 1)
        && view.is_word(index + 2, "t")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenize_into;

    /// `marker` is the word whose tense is asked.
    fn check(text: &str, marker: &str, expect: Tense) {
        let mut tokens = Vec::new();
        tokenize_into(text, &mut tokens);
        let view = TokenView { text, tokens: &tokens };
        let index = (0..tokens.len()).find(|&index| view.is_word(index, marker)).expect("marker present");
        assert_eq!(tense_around(view, index, index + 1), expect, "text {text:?}");
    }

    #[test]
    fn tense_table() {
        check("He said he will meet them on Friday.", "Friday", Tense::Future);
        check("He said on Friday that he would go.", "Friday", Tense::Past);
        check("On Friday, the House will vote.", "Friday", Tense::Future);
        check("In January, he announced a bid.", "January", Tense::Past);
        check("They won't decide until January.", "January", Tense::Future);
        check("He won in January.", "January", Tense::Past);
        check("It will be decided in May.", "May", Tense::Future);
        check("It was decided in May.", "May", Tense::Past);
        check("A win in Texas, which votes on March 1.", "March", Tense::Unknown);
        check("Cross called November's election rigged.", "November", Tense::Unknown);
        check("He attended the March rally.", "March", Tense::Past);
        check("She will give an August speech.", "August", Tense::Future);
        check("The vote is in January.", "January", Tense::Unknown);
        check("He will go. In January it rains.", "January", Tense::Unknown);
        check("They welcomed talks ahead of the summit on Monday.", "Monday", Tense::Future);
        check("They looked forward to meeting on Monday.", "Monday", Tense::Future);
        check("Mr Scholz, who faces an election in February, said so.", "February", Tense::Unknown);
        check("Repairs could take until spring.", "spring", Tense::Future);
        check("The United States meets in January.", "January", Tense::Unknown);
        check("If he were to win in November, taxes would rise.", "November", Tense::Future);
        check("The talks were to resume on Friday.", "Friday", Tense::Future);
        check("The talks were held on Friday.", "Friday", Tense::Past);
    }
}
