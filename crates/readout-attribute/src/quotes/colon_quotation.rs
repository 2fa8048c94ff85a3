//! A quotation a colon introduces after a clause whose verb readout does
//! not know as a cue: a document, the quoted segments, which of them the
//! cues claimed and the attributions found so far in, an attribution for
//! each such quotation out (`She went on: “…”`, `the board was conclusive
//! in its findings: “…”`, `Sarah Silverman heckles Sanders supporters:
//! ‘You're being ridiculous.’`).
//!
//! News writing introduces a quoted sentence with a colon after whatever
//! its subject did: that clause's subject is the source, and what it did
//! (the words between the subject and the colon) the cue. Only a quoted
//! sentence is taken (a capital, three words or more), not a quoted term
//! or title (`the term: “kitchen sink”`).

use super::opening_subject::opening_subject;
use super::{Attribution, TokenRange};
use crate::quote_marks::QuotedSegment;
use readout_record::QuoteKind;
use readout_segment::Document;

/// How many words may stand between the subject and the colon: further
/// than that, the clause says more than who spoke.
const MAX_CUE_WORDS: usize = 7;

/// The attributions of the quotations a colon introduces that no cue
/// claimed, each marked claimed.
pub(super) fn colon_quotations(
    doc: &Document,
    segments: &[QuotedSegment],
    claimed: &mut [bool],
    found: &[Attribution],
) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (index, segment) in segments.iter().enumerate() {
        if claimed[index] {
            continue;
        }
        let Some(attribution) = colon_quotation(doc, segment, found) else { continue };
        claimed[index] = true;
        out.push(attribution);
    }
    out
}

fn colon_quotation(doc: &Document, segment: &QuotedSegment, found: &[Attribution]) -> Option<Attribution> {
    let open = segment.first_token();
    let colon = open.checked_sub(1).filter(|&colon| doc.is_punct(colon, ":"))?;
    // A quoted sentence: it opens with a capital and runs to three words.
    let words: Vec<usize> = (open..segment.end_token()).filter(|&t| doc.is_word(t)).collect();
    if words.len() < 3 || !doc.token(words[0]).capitalized {
        return None;
    }
    // A transcript quoted whole (`as follows: “WALLACE: …`) is read turn
    // by turn, by its labels.
    let label = doc.raw(words[0]).chars().all(|c| !c.is_lowercase()) && doc.is_punct(words[0] + 1, ":");
    if label {
        return None;
    }
    // The colon is the narration's, not inside what someone is reported
    // to have said.
    let inside_content = found.iter().any(|a| a.content.iter().any(|&(start, end)| start <= colon && colon < end));
    if inside_content {
        return None;
    }
    let (sentence_first, _) = doc.sentence_bounds(colon);
    let (subject_first, subject_end) = opening_subject(doc, sentence_first, colon)?;
    // "Here is the statement: …", "Consider the numbers: …": a word that
    // points at the quotation is no one who said it.
    if subject_end == subject_first + 1 && is_pointing_word(doc.word(subject_first)) {
        return None;
    }
    let cue: TokenRange = (subject_end, colon);
    let cue_words = (cue.0..cue.1).filter(|&t| doc.is_word(t)).count();
    // A subject alone before the colon is a label ("Ann Coulter: …"), which
    // the transcript and headline shapes read; words only between the
    // subject and the colon, not a clause set off by commas (a dateline
    // before the subject, "WASHINGTON — Donald Trump was defiant: …", is
    // skipped by `opening_subject`).
    if cue_words == 0 || cue_words > MAX_CUE_WORDS || (cue.0..cue.1).any(|t| !doc.is_word(t)) {
        return None;
    }
    Some(Attribution {
        kind: QuoteKind::Direct,
        cue: Some(cue),
        source: Some((subject_first, subject_end)),
        content: segment.pieces.clone(),
    })
}

/// Words that open a sentence pointing at what follows.
fn is_pointing_word(word: &str) -> bool {
    matches!(word, "here" | "there" | "below" | "above" | "consider" | "read" | "watch" | "see" | "note" | "this")
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check;

    #[test]
    fn a_colon_after_what_the_subject_did_introduces_a_quotation() {
        check(
            "She went on: \"It's like a leaking house and nobody calls the plumber.\"",
            &["direct | She | went on | \"It's like a leaking house and nobody calls the plumber.\""],
        );
        check(
            "The Illinois Board of Elections was conclusive in its findings: “Further discussion is unnecessary.”",
            &["direct | The Illinois Board of Elections | was conclusive in its findings | “Further discussion is unnecessary.”"],
        );
        // A dateline before the subject is neither subject nor cue.
        check(
            "WASHINGTON — Donald Trump was defiant: “I will not quit the race now.”",
            &["direct | Donald Trump | was defiant | “I will not quit the race now.”"],
        );
    }

    #[test]
    fn a_quoted_term_or_a_long_clause_is_no_attribution() {
        check("They used the term: “kitchen sink”.", &[]);
        check("Here is the full statement: “We will not quit the race now.”", &[]);
        check("Partial transcript as follows: “WALLACE: Let us start. PENCE: Thank you.”", &[]);
        check(
            "Mr. Smith walked for hours through the old town past the river and the market: “It was a fine day.”",
            &[],
        );
    }
}
