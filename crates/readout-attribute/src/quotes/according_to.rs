//! "According to": a document, the cue, the sentence's first token, where
//! its content must end and the quoted segments in, the attribution out,
//! with the noun phrase after "according to" as its source.
//!
//! At the opening of a sentence the cue reports what follows the source
//! (`According to the poll, Clinton leads`); later in a sentence it reports
//! what came before it (`Clinton leads, according to the poll`).

use super::{content_kind, is_glued_slash, trim_end, Attribution, Cue};
use crate::quote_marks::QuotedSegment;
use readout_record::QuoteKind;
use readout_segment::Document;

/// The attribution of an "according to" cue, or nothing when it has no
/// content on its side.
pub(super) fn according_to(
    doc: &Document,
    cue: Cue,
    sentence_first: usize,
    limit: usize,
    segments: &[QuotedSegment],
) -> Option<Attribution> {
    let cue = (cue.0, (cue.0 + 2).min(doc.len()));
    let mut source_end = cue.1;
    while source_end < limit
        && (doc.is_word(source_end) || is_abbreviation_point(doc, source_end) || is_glued_slash(doc, source_end))
        && !matches!(doc.word(source_end), "that" | "which" | "who")
    {
        source_end += 1;
    }
    let source = (source_end > cue.1).then_some((cue.1, source_end));
    let sentence_opening = (sentence_first..cue.0).all(|t| !doc.is_word(t));
    let content = if sentence_opening {
        let mut start = source_end;
        while start < limit && !doc.is_word(start) && !doc.token(start).is_quote() {
            start += 1;
        }
        // `According to Limbaugh, “… . Because …”`: a quotation runs on
        // over its sentences.
        if let Some(segment) = segments.iter().find(|s| s.first_token() == start && s.end_token() + 1 >= limit) {
            return Some(Attribution {
                kind: QuoteKind::Direct,
                cue: Some(cue),
                source,
                content: segment.pieces.clone(),
            });
        }
        (start, trim_end(doc, start, limit))
    } else {
        (sentence_first, trim_end(doc, sentence_first, cue.0))
    };
    if content.1 <= content.0 {
        return None;
    }
    let kind = content_kind(doc, content.0, content.1);
    Some(Attribution { kind, cue: Some(cue), source, content: vec![content] })
}

/// The point of a title or an initial inside a name ("Mrs. Clinton",
/// "Donald J. Trump"), which does not end the source.
fn is_abbreviation_point(doc: &Document, index: usize) -> bool {
    if index == 0 || index + 1 >= doc.len() || !doc.is_punct(index, ".") || !doc.token(index + 1).capitalized {
        return false;
    }
    let before = doc.raw(index - 1);
    crate::lexicon::is_honorific(doc.word(index - 1))
        || (before.len() == 1 && before.chars().all(|c| c.is_ascii_uppercase()))
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check;

    #[test]
    fn according_to_at_either_end() {
        check(
            "According to the poll, Clinton leads by four points.",
            &["indirect | the poll | According to | Clinton leads by four points"],
        );
        check(
            "Clinton leads by four points, according to the poll.",
            &["indirect | the poll | according to | Clinton leads by four points"],
        );
    }

    #[test]
    fn regression_a_titles_point_does_not_end_the_source() {
        check(
            "Firms should invest for the long run, according to a speech Mrs. Clinton delivered in July.",
            &["indirect | a speech Mrs. Clinton delivered in July | according to | Firms should invest for the long run"],
        );
    }

    #[test]
    fn regression_a_slash_between_two_pollsters_does_not_end_the_source() {
        check(
            "Clinton leads by five points, according to a Reuters/Ipsos poll released Monday.",
            &["indirect | a Reuters/Ipsos poll released Monday | according to | Clinton leads by five points"],
        );
    }

    #[test]
    fn according_to_a_quotation_over_sentences() {
        check(
            "According to Limbaugh, “She would not have time. Because the criticism is that.”",
            &["direct | Limbaugh | According to | “She would not have time. Because the criticism is that.”"],
        );
    }
}
