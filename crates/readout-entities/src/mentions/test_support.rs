//! Test support for the mention files: a text in, its mentions in the
//! forms the tests compare out (each mention as `kind:words`, or the
//! canonical words of each name).

use super::{find_mentions, tagged_mentions, MentionForm};
use readout_segment::{segment, Document};

/// The canonical words of each name mention of `text`, found without
/// the name tagger.
pub(super) fn canonical_words(text: &str) -> Vec<Vec<String>> {
    let seg = segment(text, std::slice::from_ref(&(0..text.len())));
    let doc = Document::new(text, &seg);
    find_mentions(&doc, &[])
        .into_iter()
        .filter_map(|m| match m.form {
            MentionForm::Name { words, .. } => Some(words),
            _ => None,
        })
        .collect()
}

/// Each mention of `text` as `kind:words`, in text order.
pub(super) fn kinds_of(text: &str) -> Vec<String> {
    tagged_mentions(text).iter().map(|m| format!("{}:{}", m.kind.as_str(), &text[m.bytes.clone()])).collect()
}

/// Asserts that the mentions of `text`, as `kind:words`, are `expect`.
pub(super) fn check(text: &str, expect: &[&str]) {
    assert_eq!(kinds_of(text), expect);
}
