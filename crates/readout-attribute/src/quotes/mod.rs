//! Attributions: cues and quoted segments in, quotes with source, cue and
//! content (as token ranges) out.
//!
//! Each cue (a speech verb, "according to") looks for its content in the
//! shapes news writing uses: a quote right after it (`said: “…”`), a quote
//! right before it (`“…,” he said`), a clause before it (`…, officials
//! said.`) or a clause after it (`said that …`). Its source is the noun
//! phrase on the other side. Quoted paragraphs that no cue claims continue
//! the quote before them.
//!
//! This file holds the driver, which tries the shapes on each cue in turn,
//! and the two helpers every shape uses on its content: one trims its end,
//! the other tells its kind (direct, mixed or indirect). Each shape has a
//! file of its own:
//! `quote_beside_cue.rs` (a quote right after the cue, right before it or
//! after its object), `colon_then_tag.rs` (`X scolded him: “A,” she said.
//! “B”`), `colon_quotation.rs` (`She went on: “…”`, where no cue is
//! known), `according_to.rs`, `passive_agent.rs` (`was reported by The
//! Washington Post`), `clause_before.rs` (`…, officials said.`) and
//! `clause_after.rs` (`X said that …`). `source_phrase.rs` finds the noun
//! phrase that names the source (`name_led_source.rs` the subject a name
//! opens before its appositives, `noun_cue.rs` the verb whose subject a
//! noun cue's source is), `continuation.rs` carries sources and
//! quotes on from the attribution before, and `speaker_lines.rs` reads a
//! transcript's `NAME: …` turns.

mod according_to;
mod clause_after;
mod clause_before;
mod colon_quotation;
mod colon_then_tag;
mod continuation;
mod name_led_source;
mod noun_cue;
mod opening_subject;
mod passive_agent;
mod quote_beside_cue;
mod source_phrase;
mod speaker_lines;
mod statement_chain;
#[cfg(test)]
mod test_support;

pub use source_phrase::source_before;

use crate::quote_marks::QuotedSegment;
use according_to::according_to;
use clause_after::{clause_after, content_limit};
use clause_before::clause_before;
use colon_quotation::colon_quotations;
use colon_then_tag::colon_then_tag;
use continuation::{
    continue_quotes, continue_reported_speech, inherit_sources, participles_share_the_speakers_subject,
    share_sentence_subjects,
};
use passive_agent::passive_with_agent;
use quote_beside_cue::{quote_after_cue, quote_after_object, quote_before_cue};
use readout_record::QuoteKind;
use readout_segment::Document;
use readout_segment::TokenKind;
use source_phrase::is_passive;
use speaker_lines::speaker_lines;
use statement_chain::one_attribution_per_statement;

/// A token range `[first, end)`.
pub type TokenRange = (usize, usize);

#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub kind: QuoteKind,
    pub cue: Option<TokenRange>,
    pub source: Option<TokenRange>,
    pub content: Vec<TokenRange>,
}

impl Attribution {
    pub(crate) fn content_start(&self) -> usize {
        self.content.first().map_or(0, |c| c.0)
    }
}

/// Where a cue was found: its token range.
pub type Cue = TokenRange;

/// A cue where it stands: the document, the cue, the first token and the
/// end of its sentence, and where the content after it must end. The shapes
/// of a quote beside the cue take it whole, so that their long list of
/// positions is written once.
#[derive(Clone, Copy)]
struct CueInDocument<'a, 'd> {
    doc: &'a Document<'d>,
    cue: Cue,
    sentence_first: usize,
    sentence_end: usize,
    content_end_limit: usize,
}

/// `readout`: the text is a readout (see [`crate::genre`]).
pub fn attribute(doc: &Document, cues: &[Cue], segments: &[QuotedSegment], readout: bool) -> Vec<Attribution> {
    let mut claimed = vec![false; segments.len()];
    let mut out: Vec<Attribution> = Vec::new();
    for (cue_index, &cue) in cues.iter().enumerate() {
        let later_cues = &cues[cue_index + 1..];
        if let Some(found) = colon_then_tag(doc, cue, &cues[..cue_index], segments, &mut claimed) {
            out.extend(found);
            continue;
        }
        if let Some(attribution) = attribute_cue(doc, cue, later_cues, segments, &mut claimed) {
            out.push(attribution);
        }
    }
    let introduced_by_colons = colon_quotations(doc, segments, &mut claimed, &out);
    out.extend(introduced_by_colons);
    out.extend(speaker_lines(doc, &out));
    let introduced = crate::introduced::introduced_statements(doc, &mut out, readout);
    out.extend(introduced);
    for attribution in &mut out {
        if attribution.cue.is_some_and(|cue| is_passive(doc, cue.0)) {
            attribution.source = None;
        }
    }
    inherit_sources(doc, &mut out);
    share_sentence_subjects(doc, &mut out);
    participles_share_the_speakers_subject(doc, &mut out);
    one_attribution_per_statement(doc, &mut out);
    continue_quotes(doc, segments, &mut claimed, &mut out);
    if readout {
        continue_reported_speech(doc, &mut out);
    }
    out.sort_by_key(Attribution::content_start);
    one_attribution_per_content(doc, &mut out);
    out
}

/// `Mr. Bush responded by first saying that …`, `Mr Duarte expressed his
/// hope that …`: two cues before one content are one attribution. Of one
/// subject, the first cue (the main verb) keeps it; where the later cue
/// has a subject of its own ("The leaders discussed Brexit and the Prime
/// Minister reiterated that …"), the later one does. A source that ran on
/// over the other cue ("Mr Duarte expressed his" for "hope") loses.
fn one_attribution_per_content(doc: &Document, attributions: &mut Vec<Attribution>) {
    // Whether `a`'s source holds `b`'s cue ("Mr Duarte expressed his" for
    // "hope"): `b` found the cleaner source.
    let holds_cue =
        |a: &Attribution, b: &Attribution| matches!((a.source, b.cue), (Some(s), Some(c)) if s.0 <= c.0 && c.1 <= s.1);
    let mut kept: Vec<Attribution> = Vec::with_capacity(attributions.len());
    for attribution in attributions.drain(..) {
        let same = kept.iter().position(|k| {
            k.content == attribution.content
                && !k.content.is_empty()
                && k.cue.is_some()
                && attribution.cue.is_some()
                && k.cue.map(|c| c.1) <= attribution.content.first().map(|c| c.0)
                && attribution.cue.map(|c| c.1) <= attribution.content.first().map(|c| c.0)
        });
        match same {
            Some(index) => {
                let (first, second) = if kept[index].cue <= attribution.cue {
                    (&kept[index], &attribution)
                } else {
                    (&attribution, &kept[index])
                };
                // "expressed his hope": the owner of a noun cue that the
                // first cue's verb puts out is no subject of its own (but
                // "mocked his claim" is the owner's claim).
                let owner = matches!((first.cue, second.cue), (Some(verb), Some(noun))
                    if noun_cue::verb_of_noun_cue(doc, noun.0, doc.sentence_bounds(noun.0).0) == Some(verb.0));
                let own_subject = second.source != first.source && !holds_cue(first, second) && !owner;
                let keep_second = !holds_cue(second, first) && (own_subject || holds_cue(first, second));
                let chosen = if keep_second { second.clone() } else { first.clone() };
                kept[index] = chosen;
            }
            None => kept.push(attribution),
        }
    }
    *attributions = kept;
}

/// One cue's attribution: the shapes are tried in turn and the first that
/// fits gives it. A shape that takes a quoted segment marks it claimed, so
/// that no later cue takes it again.
fn attribute_cue(
    doc: &Document,
    cue: Cue,
    later_cues: &[Cue],
    segments: &[QuotedSegment],
    claimed: &mut [bool],
) -> Option<Attribution> {
    let (sentence_first, sentence_end) = doc.sentence_bounds(cue.0);
    let content_end_limit = content_limit(doc, cue, later_cues, sentence_end);

    if doc.word(cue.0) == "according" {
        return according_to(doc, cue, sentence_first, content_end_limit, segments);
    }

    // A quote beside the cue: right after it, right before it, or after
    // its object.
    let cue_in_document = CueInDocument { doc, cue, sentence_first, sentence_end, content_end_limit };
    if let Some(attribution) = quote_after_cue(cue_in_document, segments, claimed) {
        return Some(attribution);
    }
    if let Some(attribution) = quote_before_cue(cue_in_document, later_cues, segments, claimed) {
        return Some(attribution);
    }
    if let Some(attribution) = quote_after_object(cue_in_document, segments, claimed) {
        return Some(attribution);
    }

    // A passive cue with its agent: `was first reported by The Washington
    // Post`.
    if let Some(attribution) = passive_with_agent(doc, cue, sentence_first, content_end_limit) {
        return Some(attribution);
    }

    // A clause before the cue: `…, officials said.` / `…, said Mr X.`
    if let Some(attribution) = clause_before(doc, cue, sentence_first, sentence_end, segments) {
        return Some(attribution);
    }

    clause_after(doc, cue, sentence_first, content_end_limit)
}

/// Drop trailing punctuation, conjunctions and `, he said`-style tails.
/// A slash glued to the words on both sides joins two names into one
/// phrase: "a CNN/ORC poll", "a Washington Post/ABC News survey".
fn is_glued_slash(doc: &Document, index: usize) -> bool {
    index > 0
        && index + 1 < doc.len()
        && doc.is_punct(index, "/")
        && !doc.token(index).space_before
        && !doc.token(index + 1).space_before
        && doc.is_word(index - 1)
        && doc.is_word(index + 1)
}

fn trim_end(doc: &Document, start: usize, mut end: usize) -> usize {
    while end > start {
        let last = end - 1;
        let token = doc.token(last);
        let drop = matches!(token.kind, TokenKind::Punct) && !doc.is_punct(last, "%")
            || matches!(doc.word(last), "but" | "and" | "or");
        if drop {
            end -= 1;
        } else {
            break;
        }
    }
    end
}

/// Direct when the content is one quotation from its opening mark to its
/// closing one, mixed when it holds quotation marks otherwise, indirect when
/// it holds none.
pub(crate) fn content_kind(doc: &Document, start: usize, end: usize) -> QuoteKind {
    let quotes = (start..end).filter(|&t| doc.token(t).is_quote() && matches!(doc.raw(t), "“" | "”" | "\"")).count();
    if quotes == 0 {
        QuoteKind::Indirect
    } else if doc.token(start).kind == TokenKind::OpenQuote
        && (start..end).filter(|&t| doc.token(t).kind == TokenKind::CloseQuote).count() == 1
        && doc.token(end - 1).kind == TokenKind::CloseQuote
    {
        QuoteKind::Direct
    } else {
        QuoteKind::Mixed
    }
}
