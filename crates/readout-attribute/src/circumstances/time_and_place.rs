//! When and where, from a statement's frame: the time expressions and the
//! entities in, the date that governs the saying ("said on Wednesday",
//! "Earlier this week, Sir Keir said") and the place it was said ("Speaking
//! during a visit to Norway", "told reporters in Kyiv") out.
//!
//! Only words outside the content count: "said the talks would resume on
//! Friday" dates the talks, not the saying.

use super::{Frame, Statements};
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::Range;

/// The time expressions as token ranges, with their values.
pub(super) fn times_as_tokens(doc: &Document, times: &[(Range<usize>, String)]) -> Vec<((usize, usize), String)> {
    let tokens = &doc.seg.tokens;
    times
        .iter()
        .filter_map(|(range, value)| {
            let first = tokens.partition_point(|t| t.range.end <= range.start);
            let end = tokens.partition_point(|t| t.range.start < range.end);
            (first < end).then(|| ((first, end), value.clone()))
        })
        .collect()
}

/// Whether a value dates an occasion: a date or a time, not a duration, a
/// set or a vague reference ("recently").
fn is_a_date(value: &str) -> bool {
    value.starts_with(|c: char| c.is_ascii_digit() || c == 'X')
}

/// The date of the time expression in the frame nearest the cue, outside
/// the content and outside a relative clause about someone else ("her chief
/// of staff, who took up the post in 2019, said").
pub(super) fn date_in(frame: &Frame, times: &[((usize, usize), String)]) -> Option<String> {
    let anchor = frame.anchor;
    times
        .iter()
        .filter(|((first, end), value)| {
            is_a_date(value) && (*first..*end).all(|t| frame.usable(t) && !frame.in_content(t))
        })
        .filter(|((first, _), _)| !in_relative_clause(frame, *first) && !beyond_a_clause(frame, *first))
        .filter(|((first, end), _)| !frame.in_source(*first) || source_is_a_text(frame) || just_before_cue(frame, *end))
        .min_by_key(|((first, _), _)| first.abs_diff(anchor))
        .map(|(_, value)| value.clone())
}

/// Whether the token at `index` is inside a relative clause of the frame:
/// "who", "which" or "whose" before it with no comma or cue between.
fn in_relative_clause(frame: &Frame, index: usize) -> bool {
    let cue = frame.cue.map(|(start, _)| start);
    (frame.first..index)
        .rev()
        .take_while(|&t| !frame.doc.is_punct(t, ",") && Some(t) != cue)
        .any(|t| matches!(frame.doc.word(t), "who" | "which" | "whose"))
}

/// Whether a subordinating word stands between the cue and a time after
/// it: "accused Holt of being a Democrat, though records show he has been a
/// Republican since 2003" dates the records' finding, not the accusation.
fn beyond_a_clause(frame: &Frame, index: usize) -> bool {
    let Some((_, cue_end)) = frame.cue else { return false };
    (cue_end..index)
        .any(|t| matches!(frame.doc.word(t), "though" | "although" | "because" | "whereas" | "unless" | "if"))
}

/// Whether a time in the source ends right where the source meets its cue:
/// "Senator Maria Delgado on Tuesday criticised" dates the criticism.
fn just_before_cue(frame: &Frame, time_end: usize) -> bool {
    match (frame.source, frame.cue) {
        (Some((_, source_end)), Some((cue, _))) => time_end == source_end && source_end == cue,
        _ => false,
    }
}

/// Whether the source is a text that has a date of its own ("A statement
/// released on Wednesday evening said"): the time in a person's source
/// ("a close aide in 2012") describes the person.
fn source_is_a_text(frame: &Frame) -> bool {
    frame.source.is_some_and(|(start, end)| {
        (start..end).any(|t| {
            matches!(
                frame.doc.word(t),
                "statement"
                    | "report"
                    | "letter"
                    | "post"
                    | "tweet"
                    | "release"
                    | "memo"
                    | "readout"
                    | "poll"
                    | "survey"
            )
        })
    })
}

/// Words after which a place is where something was said.
fn leads_to_place(doc: &Document, index: usize) -> bool {
    match doc.word(index) {
        "in" | "from" | "at" => !matches!(doc.word(index.wrapping_sub(1)), "interest" | "invest" | "investment"),
        "to" => matches!(doc.word(index.wrapping_sub(1)), "visit" | "trip" | "journey"),
        "of" => matches!(doc.word(index.wrapping_sub(1)), "tour"),
        "visiting" | "touring" => true,
        _ => false,
    }
}

/// The entity of the place the frame says the words were said in.
pub(super) fn place_in(frame: &Frame, statements: &Statements) -> Option<usize> {
    let doc = frame.doc;
    let mut best: Option<(usize, usize)> = None;
    for index in statements.mentions_from(frame.first + 1, frame.end) {
        let (start, end) = statements.mentions[index].tokens;
        if start <= frame.first || end > frame.end {
            continue;
        }
        if !(start..end).all(|t| frame.usable(t) && !frame.in_content(t) && !frame.in_source(t)) {
            continue;
        }
        let Some(group) = statements.mention_group[index] else { continue };
        let mut lead = start - 1;
        if doc.word(lead) == "the" && lead > frame.first {
            lead -= 1;
        }
        let is_place = match statements.kinds[group] {
            EntityKind::Place => true,
            EntityKind::Organization => doc.word(lead) == "at" && crate::lexicon::is_site_word(doc.word(end - 1)),
            _ => false,
        };
        // "Kyiv’s allies" is about Kyiv, not where anyone spoke.
        let possessive = doc.raw(end - 1).ends_with("’s") || doc.raw(end - 1).ends_with("'s");
        if !is_place || possessive || !leads_to_place(doc, lead) {
            continue;
        }
        let distance = start.abs_diff(frame.anchor);
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, group));
        }
    }
    best.map(|(_, group)| group)
}
