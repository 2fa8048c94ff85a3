//! A reported clause before its cue: a document, a cue, its sentence's
//! bounds and the quoted segments in, the attribution of the clause that
//! ends at the comma before the cue out (`The talks will resume, officials
//! said.`, `…, said Mr X.`, `…, he said in a statement.`).
//!
//! The shape fits only a parenthetical cue, one followed by nothing, an
//! adverbial or an inverted subject; a cue with an object after it reports
//! what follows instead. A cue set off by commas inside its clause
//! (`The golf industry, she said, is doing better`) takes the clause on
//! both sides.

use super::source_phrase::{source_after, strip_auxiliaries};
use super::{content_kind, trim_end, Attribution, Cue};
use crate::lexicon::{is_auxiliary_or_adverb, is_determiner, is_pronoun_subject, stops_noun_phrase};
use crate::quote_marks::QuotedSegment;
use readout_segment::Document;
use readout_segment::TokenKind;

/// `…, officials said.` / `…, said Mr X.` / `…, he said in a statement.`
pub(super) fn clause_before(
    doc: &Document,
    cue: Cue,
    first: usize,
    end: usize,
    segments: &[QuotedSegment],
) -> Option<Attribution> {
    let (tail_is_short, tail_end) = {
        let mut words = 0;
        // `…, Trump said the host did well`: a verb after the cue makes
        // what follows a clause, not an inverted subject.
        let mut has_verb = false;
        let mut at = cue.1;
        while at < end && !doc.is_punct(at, ",") {
            if doc.is_word(at) {
                words += 1;
                has_verb |= matches!(
                    doc.word(at),
                    "has" | "have" | "had" | "was" | "were" | "is" | "are" | "did" | "does" | "do" | "will" | "would"
                );
            }
            at += 1;
        }
        // What follows a parenthetical cue is nothing, an adverbial ("in a
        // statement", "on Tuesday") or an inverted subject ("said Mr X");
        // a pronoun or an object ("called half of his supporters …") means
        // the content follows the cue instead.
        let first_tail = doc.word(cue.1);
        // A participle never has its subject after it: `…, saying the debate
        // was rigged` reports what follows.
        // Nor does a telling, whose capitalised word after it is its
        // listener: `…, Kelly Schmdit, told POLITICO she was leaning`.
        let inverts = !doc.word(cue.0).ends_with("ing") && !matches!(doc.word(cue.0), "told" | "tells" | "tell");
        // An inverted "the" subject is short: "said the senator", not "said
        // the Khan family deserved better".
        // A relative clause marks a subject of any length: "said several
        // people who knew him".
        let short_the_subject =
            words <= 3 || (at < end && doc.is_punct(at, ",")) || (cue.1..at).any(|t| doc.word(t) == "who");
        // A listener with a clause of its own after it reports that clause:
        // `…, Kelly Schmdit, told POLITICO she was leaning toward Cruz`.
        let clause_follows = (cue.1..at).any(|t| crate::lexicon::is_pronoun_subject(doc.word(t)));
        let tail_fits = words == 0
            || (is_adverbial_opener(first_tail) && !clause_follows)
            || (inverts
                && doc.token(cue.1).capitalized
                && !crate::lexicon::is_pronoun_subject(first_tail)
                && !has_verb)
            || (inverts
                && first_tail == "the"
                && crate::lexicon::is_speech_verb(doc.word(cue.0))
                && !has_verb
                && short_the_subject)
            // `…, said several people who knew him`, `…, said his wife`: a
            // subject after another article only right after the comma (a
            // subject before the cue has its object after it: "Last year,
            // he said his party lost"), after a plain verb of saying, and
            // no second verb phrase ("walked in, said a few words, and left").
            || (inverts
                && first_tail != "the"
                && is_subject_determiner(first_tail)
                && cue.0 > first
                && doc.is_punct(cue.0 - 1, ",")
                && matches!(doc.word(cue.0), "said" | "says" | "added" | "adds" | "wrote" | "writes" | "explained")
                && !has_verb
                && !(cue.1..at).any(|t| matches!(doc.word(t), "and" | "or"))
                && !(at + 1 < end && doc.is_punct(at, ",") && matches!(doc.word(at + 1), "and" | "then" | "or"))
                && short_the_subject);
        (words <= 6 && (at >= end || doc.is_punct(at, ",")) && tail_fits, at)
    };
    if !tail_is_short {
        return None;
    }
    // Find the comma (or closing mark) that ends the content clause.
    let mut at = cue.0;
    let mut subject_words = 0;
    while at > first {
        let previous = at - 1;
        if doc.is_punct(previous, ",") || doc.token(previous).kind == TokenKind::CloseQuote {
            break;
        }
        if !doc.is_word(previous) || subject_words > 7 {
            return None;
        }
        if stops_noun_phrase(doc.word(previous)) && !is_auxiliary_or_adverb(doc.word(previous)) {
            return None;
        }
        subject_words += 1;
        at = previous;
    }
    if at <= first + 2 {
        return None;
    }
    let comma = at - 1;
    let source = if subject_words > 0 {
        let (s, e) = (comma + 1, cue.0);
        Some(strip_auxiliaries(doc, s, e))
    } else {
        source_after(doc, cue.1, end)
    };
    // Content: from the clause start to the comma; a quote that opened in an
    // earlier sentence makes the content start at its mark.
    let start = segments
        .iter()
        .find(|s| s.first_token() < first && s.end_token() > comma)
        .map_or(first, QuotedSegment::first_token);
    let content_end = trim_end(doc, start, comma + 1);
    if content_end <= start {
        return None;
    }
    let mut content = vec![(start, content_end)];
    // `The golf industry, she said, is ''doing much better …''`: a cue set
    // off by commas inside its clause; the clause's verb after the second
    // comma carries on what was said.
    // `In 2008, Trump said, the foundation's donation had …`: after an
    // opening phrase, the clause itself follows the cue; its subject opens
    // it.
    let opens_clause = |t: usize| {
        let word = doc.word(t);
        is_auxiliary_or_adverb(word)
            || (opening_phrase_only(doc, start, content_end) && (is_determiner(word) || is_pronoun_subject(word)))
    };
    let resumes = tail_end + 2 < end
        && doc.is_punct(tail_end, ",")
        && doc.is_word(tail_end + 1)
        && !doc.token(tail_end + 1).capitalized
        && opens_clause(tail_end + 1);
    if resumes {
        let resumed_end = trim_end(doc, tail_end + 1, end);
        if resumed_end > tail_end + 1 {
            content.push((tail_end + 1, resumed_end));
        }
    }
    let kind = content_kind(doc, start, content.last().map_or(content_end, |piece| piece.1));
    Some(Attribution { kind, cue: Some(cue), source, content })
}

/// Words that open an inverted subject: "said the senator", "said his
/// spokesman", "said several analysts". Not the demonstratives, which open
/// a time as often ("said that day").
fn is_subject_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "several"
            | "two"
            | "three"
            | "both"
            | "many"
            | "some"
            | "one"
            | "another"
    )
}

/// Whether tokens `[start, end)` are only an opening adverbial phrase,
/// with no verb: "In 2008", "In cases of abortion", "On Tuesday".
fn opening_phrase_only(doc: &Document, start: usize, end: usize) -> bool {
    end > start
        && end - start <= 6
        && matches!(doc.word(start), "in" | "on" | "at" | "during" | "after" | "before" | "since" | "for" | "by")
        && (start + 1..end).all(|t| {
            doc.is_word(t) && !is_auxiliary_or_adverb(doc.word(t)) && !stops_noun_phrase(doc.word(t))
                || doc.is_punct(t, ",")
        })
}

/// Words that open an adverbial after a cue: `said in a statement`, `told
/// reporters on Tuesday`, `wrote later`.
pub(super) fn is_adverbial_opener(word: &str) -> bool {
    matches!(
        word,
        "in" | "on"
            | "at"
            | "to"
            | "during"
            | "after"
            | "before"
            | "of"
            | "via"
            | "through"
            | "from"
            | "with"
            | "later"
            | "recently"
            | "earlier"
            | "yesterday"
            | "today"
            | "tonight"
            | "last"
            | "this"
            | "then"
            | "also"
            | "again"
            | "afterward"
            | "afterwards"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "reporters"
            | "journalists"
            | "cnn"
            | "npr"
            | "abc"
            | "nbc"
            | "cbs"
            | "fox"
            | "politico"
            | "bloomberg"
            | "reuters"
            | "when"
            | "while"
            | "as"
            | "by"
            | "about"
            | "late"
            | "publicly"
            | "privately"
            | "repeatedly"
            | "once"
            | "too"
            | "shortly"
            | "previously"
    )
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check;

    #[test]
    fn a_cue_set_off_inside_its_clause_takes_the_clause_on_both_sides() {
        check(
            "Her countrymen, she said, should not listen to those with hate in their hearts.",
            &["indirect | she | said | Her countrymen + should not listen to those with hate in their hearts"],
        );
        // A new clause after the second comma is the narration's.
        check(
            "The talks will resume, officials said, and the markets rose.",
            &["indirect | officials | said | The talks will resume"],
        );
    }

    #[test]
    fn after_an_opening_phrase_the_clause_follows_the_cue() {
        check(
            "In 2008, Trump said, the foundation had made his father a sponsor.",
            &["indirect | Trump | said | In 2008 + the foundation had made his father a sponsor"],
        );
        // A whole clause before the cue keeps the narration after it out.
        check(
            "The vote was close, Trump said, the closest in years.",
            &["indirect | Trump | said | The vote was close"],
        );
    }

    #[test]
    fn regression_a_clause_after_the_cue_was_taken_for_an_inverted_subject() {
        check(
            "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.",
            &["indirect | Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, | said | the Khan family deserved better"],
        );
        check(
            "Mr. Coffman, who represents a swing district, said Mr. Trump had disrespected American troops.",
            &["indirect | Mr. Coffman, who represents a swing district, | said | Mr. Trump had disrespected American troops"],
        );
        // Short inverted subjects stay.
        check("The talks will resume, said the senator.", &["indirect | the senator | said | The talks will resume"]);
        check(
            "His rise was a surprise to many, said several people who knew him.",
            &["indirect | several people who knew him | said | His rise was a surprise to many"],
        );
        // Regression: a subject before the cue has its object after it.
        check("Last year, he said his party lost.", &["indirect | he | said | his party lost"]);
        // A listener with a clause after it.
        check(
            "One delegate, Kelly Schmdit, told POLITICO she was leaning toward Cruz.",
            &["indirect | One delegate, Kelly Schmdit, | told | she was leaning toward Cruz"],
        );
    }

    #[test]
    fn clause_before_and_after_the_cue() {
        check(
            "The talks will resume on Monday, officials said.",
            &["indirect | officials | said | The talks will resume on Monday"],
        );
        check(
            "Mr Trump said that he disagreed, but insisted that he would not abandon Kyiv.",
            &[
                "indirect | Mr Trump | said | that he disagreed",
                "indirect | Mr Trump | insisted | that he would not abandon Kyiv",
            ],
        );
    }
}
