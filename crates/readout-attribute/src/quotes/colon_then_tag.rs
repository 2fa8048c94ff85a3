//! A quote introduced by a colon and then tagged: a document, a cue (the
//! `she said` after the first quote), the cues before it and the quoted
//! segments in, the attributions of both quotes out (`X scolded him: “A,”
//! she said. “B”`), or of the second alone where a cue before already
//! reports the first.
//!
//! Without this shape the pronoun tag would take the first quote, whose
//! speaker the sentence names before the colon.

use super::source_phrase::source_before;
use super::{trim_end, Attribution, Cue};
use crate::lexicon::{is_pronoun_subject, is_speech_verb};
use crate::quote_marks::QuotedSegment;
use readout_record::QuoteKind;
use readout_segment::Document;

/// `X scolded him: “A,” she said. “B”`: the verb before the colon
/// introduces the first quote, and the `she said` after it the quote that
/// opens the next sentence. Taken only when that next quote is there. So
/// too in `X said she felt … because “A,” she said. “B”`, where the first
/// cue already reports the clause with the first quote.
pub(super) fn colon_then_tag(
    doc: &Document,
    cue: Cue,
    earlier: &[Cue],
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Vec<Attribution>> {
    let (sentence_first, sentence_end) = doc.sentence_bounds(cue.0);
    // The tag's subject is a pronoun right after the quote: `she said`.
    let subject = cue.0.checked_sub(1)?;
    if subject <= sentence_first || !is_pronoun_subject(doc.word(subject)) {
        return None;
    }
    let end = if doc.is_punct(subject - 1, ",") { subject - 1 } else { subject };
    // The outermost quote closing there (`… called ‘miracles,’”` nests
    // one), ending with a comma inside its marks.
    let index = segments.iter().position(|s| s.end_token() == end)?;
    if !(end.saturating_sub(3)..end).any(|t| doc.is_punct(t, ",")) {
        return None;
    }
    let first = segments[index].first_token();
    let next = segments.iter().position(|s| s.first_token() > cue.0)?;
    if claimed[index] || claimed[next] || first <= sentence_first + 1 {
        return None;
    }
    let lead_cue = earlier.iter().any(|c| c.0 >= sentence_first && c.1 < first);
    if !doc.is_punct(first - 1, ":") && !lead_cue {
        return None;
    }
    // The tag ends its sentence and the next quote opens the one after.
    let tag_end = trim_end(doc, cue.1, sentence_end);
    let after = segments[next].first_token();
    if tag_end != cue.1
        || doc.sentence_bounds(after).0 != after
        || doc.token_sentence[after] != doc.token_sentence[cue.0] + 1
    {
        return None;
    }
    let tag = Attribution {
        kind: QuoteKind::Direct,
        cue: Some(cue),
        source: Some((subject, subject + 1)),
        content: segments[next].pieces.clone(),
    };
    if !doc.is_punct(first - 1, ":") {
        claimed[index] = true;
        claimed[next] = true;
        return Some(vec![tag]);
    }
    // Before the colon: a subject, then a lower-case verb and at most a
    // short object (`scolded him`, `told reporters`).
    let verb = (sentence_first..first - 1).find(|&t| doc.is_word(t) && !doc.token(t).capitalized)?;
    let object_words = (verb + 1..first - 1).filter(|&t| doc.is_word(t)).count();
    let verb_word = doc.word(verb);
    if verb == sentence_first || object_words > 3 || !(verb_word.ends_with("ed") || is_speech_verb(verb_word)) {
        return None;
    }
    let source = source_before(doc, verb, sentence_first)?;
    claimed[index] = true;
    claimed[next] = true;
    Some(vec![
        Attribution {
            kind: QuoteKind::Direct,
            cue: Some((verb, verb + 1)),
            source: Some(source),
            content: segments[index].pieces.clone(),
        },
        tag,
    ])
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check;

    #[test]
    fn colon_quote_then_a_pronoun_tag_and_a_new_quote() {
        check(
            "Sen. Jane Roe scolded him: “The science is against what you call ‘cures,’” she said. “I don't see why you go there.”",
            &[
                "direct | Sen. Jane Roe | scolded | “The science is against what you call ‘cures,’”",
                "direct | she | said | “I don't see why you go there.”",
            ],
        );
    }

    #[test]
    fn cued_clause_with_a_quote_then_a_pronoun_tag() {
        check(
            "Roe said she wrote it because “few people know the story,” she said. “We need to know it.”",
            &[
                "mixed | Roe | said | she wrote it because “few people know the story,”",
                "mixed | she | wrote | it because “few people know the story,”",
                "direct | she | said | “We need to know it.”",
            ],
        );
    }
}
