//! Speaker lines: a document and the attributions found so far in, an
//! attribution for each paragraph that opens with a short capitalised name
//! and a colon out (`WALLACE: Let us start …` in a transcript, `ANTHONY
//! ALBANESE, PRIME MINISTER: Well, …`).
//!
//! A paragraph whose content another attribution already holds is left to
//! it, unless the name is a transcript's label in capitals.

use super::{content_kind, trim_end, Attribution};
use readout_segment::Document;

/// `PENCE: Well, look …` in a transcript, `Poll: Voters abandon …` in a
/// headline: a paragraph that opens with a short capitalised name and a
/// colon attributes the rest of the paragraph to that name.
pub(super) fn speaker_lines(doc: &Document, found: &[Attribution]) -> Vec<Attribution> {
    let mut out = Vec::new();
    // The turn a transcript's label opened: its label and colon, until the
    // next label. Paragraphs after a label with none of their own carry on
    // the turn (`PRESIDENT PUTIN: …` then `Yesterday we …`).
    let mut turn: Option<((usize, usize), usize)> = None;
    let mut labels = 0;
    let mut paragraph_start = 0;
    while paragraph_start < doc.len() {
        let paragraph = doc.token_paragraph[paragraph_start];
        let mut end = paragraph_start;
        while end < doc.len() && doc.token_paragraph[end] == paragraph {
            end += 1;
        }
        // A transcript may quote each turn: `"WALLACE: …`.
        let name_start = if doc.token(paragraph_start).is_quote() { paragraph_start + 1 } else { paragraph_start };
        // A label in capitals may give a role after the name: `ANTHONY
        // ALBANESE, PRIME MINISTER:`.
        let upper_case_label_end = (name_start..end.min(name_start + 8))
            .take_while(|&t| {
                doc.is_punct(t, ",") || doc.is_punct(t, ".") || doc.raw(t).chars().all(|c| !c.is_lowercase())
            })
            .last()
            .map_or(name_start, |t| t + 1);
        let colon = (name_start..end.min(name_start + 5)).find(|&t| doc.is_punct(t, ":")).or_else(|| {
            (upper_case_label_end > name_start + 5 && doc.is_punct(upper_case_label_end - 1, ":"))
                .then(|| upper_case_label_end - 1)
        });
        if let Some(colon) = colon {
            // A transcript's speaker label (`WALLACE:`) heads the turn even when
            // the turn reports speech of its own.
            let label = (name_start..colon).all(|t| !doc.is_word(t) || doc.raw(t).chars().all(|c| !c.is_lowercase()));
            let name_ok = colon > name_start
                && (name_start..colon)
                    .all(|t| doc.token(t).capitalized || doc.is_punct(t, ".") || (label && doc.is_punct(t, ",")))
                && !(colon == name_start + 1 && is_editorial_label(doc.word(name_start)));
            let content_end = trim_end(doc, colon + 1, end);
            let taken = !label && found.iter().any(|a| a.content.iter().any(|c| c.0 < end && c.1 > colon));
            if name_ok && !taken && content_end > colon + 3 {
                out.push(Attribution {
                    kind: content_kind(doc, colon + 1, content_end),
                    cue: Some((colon, colon + 1)),
                    source: Some((name_start, colon)),
                    content: vec![(colon + 1, content_end)],
                });
            }
            if name_ok && label {
                turn = Some(((name_start, colon), colon));
                labels += 1;
            } else {
                turn = None;
            }
        } else if let Some((label, colon)) = turn {
            // Only in a transcript (a second label seen or to come) and only
            // running speech: the turn heads it even where the turn reports
            // speech of its own, as a label does; a paragraph that quotes
            // someone is left to the quote's cue.
            let prose = (paragraph_start..end).any(|t| doc.is_word(t) && !doc.token(t).capitalized);
            let content_end = trim_end(doc, paragraph_start, end);
            if !prose {
                turn = None;
            } else if content_end > paragraph_start + 3 && !(paragraph_start..end).any(|t| doc.token(t).is_quote()) {
                out.push(Attribution {
                    kind: content_kind(doc, paragraph_start, content_end),
                    cue: Some((colon, colon + 1)),
                    source: Some(label),
                    content: vec![(paragraph_start, content_end)],
                });
            }
        }
        paragraph_start = end;
    }
    // One label is a headline's ("Poll: …"), not a transcript: its
    // continuations go.
    if labels < 2 {
        out.retain(|a| a.cue.is_some_and(|(colon, _)| a.content.first().is_some_and(|c| c.0 == colon + 1)));
    }
    out
}

/// "UPDATE:", "CORRECTION:", "EXCLUSIVE:": an editor's label before a
/// note or a headline, which no one says.
fn is_editorial_label(word: &str) -> bool {
    matches!(
        word,
        "update"
            | "updated"
            | "correction"
            | "clarification"
            | "exclusive"
            | "breaking"
            | "developing"
            | "watch"
            | "look"
            | "listen"
            | "read"
            | "related"
            | "see"
            | "also"
            | "previously"
            | "note"
            | "byline"
            | "email"
            | "video"
            | "photos"
            | "advertisement"
            | "warning"
            | "editor"
            | "boom"
            | "busted"
    )
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check;

    #[test]
    fn dash_signature_and_transcript_label() {
        check(
            "“Maybe we can build a wall around him.” ― Steve Quinlan",
            &["direct | Steve Quinlan | ― | “Maybe we can build a wall around him.”"],
        );
        check(
            "WALLACE: Let us start with the breaking news on the debate.",
            &["indirect | WALLACE | : | Let us start with the breaking news on the debate"],
        );
        check(
            "ANTHONY ALBANESE, PRIME MINISTER: Well, thank you very much.",
            &["indirect | ANTHONY ALBANESE, PRIME MINISTER | : | Well, thank you very much"],
        );
    }

    #[test]
    fn regression_an_editors_label_was_a_speaker() {
        check(
            "Clinton spoke on Monday.\n\nUPDATE: The event on Friday was cancelled after the storm.\n\n\
             CORRECTION: An earlier version of this story gave the wrong day.",
            &[],
        );
    }

    #[test]
    fn a_transcripts_turn_runs_on_over_paragraphs_without_a_label() {
        check(
            "PUTIN: Welcome to Sochi.\n\nYesterday we started our talks.\n\nBUSH: Thank you for the dinner.\n\nEND 10:40 A.M.",
            &[
                "indirect | PUTIN | : | Welcome to Sochi",
                "indirect | PUTIN | : | Yesterday we started our talks",
                "indirect | BUSH | : | Thank you for the dinner",
            ],
        );
        // One label is a headline's: the paragraph after it is news.
        check(
            "Poll: Voters abandon the party\n\nThe poll was taken in May by a firm.",
            &["indirect | Poll | : | Voters abandon the party"],
        );
    }
}
