//! The tag set: name spans in, one BIO label per token out, and back.
//!
//! Seven labels: `O` and a `B-`/`I-` pair for each kind (person,
//! organisation, place). Their order is the model file's column order.
//! Decoding is forgiving: an `I-` without a matching `B-` before it starts a
//! span of its own (the Viterbi decoder never produces one, but a label
//! sequence from elsewhere might).

use readout_record::EntityKind;
use std::ops::Range;

pub(crate) const NUM_LABELS: usize = 7;

/// Label names as the trainer sees them, in column order.
pub(crate) const LABEL_NAMES: [&str; NUM_LABELS] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

pub(crate) const OUTSIDE: u8 = 0;

const KINDS: [EntityKind; 3] = [EntityKind::Person, EntityKind::Organization, EntityKind::Place];

/// The `B-` label of a kind (`Other` has none and gets `O`).
pub(crate) fn begin(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Person => 1,
        EntityKind::Organization => 3,
        EntityKind::Place => 5,
        EntityKind::Other => OUTSIDE,
    }
}

/// The kind a label names, and whether it begins a span.
pub(crate) fn parts(label: u8) -> Option<(EntityKind, bool)> {
    match label {
        1..=6 => Some((KINDS[usize::from((label - 1) / 2)], label % 2 == 1)),
        _ => None,
    }
}

/// May label `next` follow label `previous` (`None`: the sequence start)?
/// An `I-` label continues a span of its own kind only.
pub(crate) fn allowed(previous: Option<u8>, next: u8) -> bool {
    match parts(next) {
        Some((kind, false)) => previous.and_then(parts).is_some_and(|(k, _)| k == kind),
        _ => true,
    }
}

/// The spans of a label sequence: token ranges (relative to the sequence)
/// and their kinds.
pub(crate) fn decode(labels: &[u8]) -> Vec<(Range<usize>, EntityKind)> {
    let mut out: Vec<(Range<usize>, EntityKind)> = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, &label) in labels.iter().enumerate() {
        let next = parts(label);
        let continues = matches!((open, next), (Some((_, k)), Some((kind, false))) if k == kind);
        if continues {
            continue;
        }
        if let Some((start, kind)) = open.take() {
            out.push((start..i, kind));
        }
        if let Some((kind, _)) = next {
            open = Some((i, kind));
        }
    }
    if let Some((start, kind)) = open {
        out.push((start..labels.len(), kind));
    }
    out
}

/// Labels for `len` tokens from non-overlapping token spans.
pub(crate) fn encode(len: usize, spans: &[(Range<usize>, EntityKind)]) -> Vec<u8> {
    let mut labels = vec![OUTSIDE; len];
    for (range, kind) in spans {
        let b = begin(*kind);
        if b == OUTSIDE || range.is_empty() || range.end > len {
            continue;
        }
        labels[range.start] = b;
        for label in &mut labels[range.start + 1..range.end] {
            *label = b + 1;
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `input`: label names separated by spaces; `expect`: the decoded spans
    /// as `start..end:kind`.
    fn check(input: &str, expect: &str) {
        let labels: Vec<u8> =
            input.split_whitespace().map(|n| LABEL_NAMES.iter().position(|l| *l == n).unwrap() as u8).collect();
        let spans = decode(&labels);
        let shown: Vec<String> = spans.iter().map(|(r, k)| format!("{}..{}:{}", r.start, r.end, k.as_str())).collect();
        assert_eq!(shown.join(" "), expect);
        let valid = labels.iter().enumerate().all(|(i, &l)| allowed(i.checked_sub(1).map(|p| labels[p]), l));
        if valid {
            assert_eq!(encode(labels.len(), &spans), labels, "round trip of {input:?}");
        }
    }

    #[test]
    fn spans_decode_and_encode() {
        check(r"O B-PER I-PER O B-LOC", "1..3:person 4..5:place");
        check(r"B-ORG I-ORG B-ORG", "0..2:organization 2..3:organization");
        check(r"O O", "");
    }

    #[test]
    fn stray_inside_labels_open_spans() {
        check(r"O I-PER I-PER B-LOC I-ORG", "1..3:person 3..4:place 4..5:organization");
        assert!(!allowed(None, 2));
        assert!(!allowed(Some(3), 2));
        assert!(allowed(Some(1), 2));
    }
}
