//! Headings and the voice of a page: a document in, which sentences are
//! its headings, and for an event a heading tells with one side only
//! ("Bilateral Meeting With President Biden", "Remarks with Foreign
//! Minister Lavrov Before Their Meeting", "Telephone conversation with
//! President Erdogan"), the person the page speaks for: the first person
//! it names after the heading, in its byline or first lines.

use super::scene::Scene;
use readout_entities::{EntityKind, MentionForm};
use readout_segment::Document;

/// How many words a heading may have.
const HEADING_WORDS: usize = 25;
/// A paragraph this long is running text: no heading comes after it.
const BODY_WORDS: usize = 30;
/// How many paragraphs after a heading the page's person may be named in.
const AUTHOR_PARAGRAPHS: usize = 4;

/// Per sentence: whether it is a heading: the short first line of a
/// paragraph with no full stop in it (a title, perhaps with dateline
/// lines under it), before the running text starts.
pub(super) fn headings(doc: &Document) -> Vec<bool> {
    let sentences = &doc.seg.sentences;
    let words = |first: usize, end: usize| (first..end).filter(|&t| doc.is_word(t)).count();
    let stops = |end: usize| end > 0 && matches!(doc.word(end - 1), "." | "!" | "?");
    // Per paragraph: its words, and whether a sentence of it ends with a
    // full stop (running text, not a block of heading and dateline lines).
    let mut tally = vec![(0usize, false); doc.seg.paragraphs.len()];
    for sentence in sentences {
        if let Some(entry) = tally.get_mut(sentence.paragraph) {
            entry.0 += words(sentence.first_token, sentence.end_token);
            entry.1 |= stops(sentence.end_token);
        }
    }
    let mut out = vec![false; sentences.len()];
    let mut body = false;
    for (index, sentence) in sentences.iter().enumerate() {
        let (first, end) = (sentence.first_token, sentence.end_token);
        let Some(&(paragraph_words, prose)) = tally.get(sentence.paragraph) else { continue };
        if first >= end {
            continue;
        }
        let opens = index == 0 || sentences[index - 1].paragraph != sentence.paragraph;
        out[index] = !body && opens && !prose && words(first, end) <= HEADING_WORDS;
        body |= paragraph_words >= BODY_WORDS;
    }
    out
}

/// The first person named by name after token `after`, within a few
/// paragraphs, who is not among `taken`.
pub(super) fn author(scene: &Scene, after: usize, taken: &[usize]) -> Option<usize> {
    let doc = scene.doc;
    let paragraph = doc.token_paragraph.get(after.saturating_sub(1)).copied()?;
    scene.mentions.iter().enumerate().find_map(|(m, mention)| {
        let first = mention.tokens.0;
        if first < after || first >= doc.len() || doc.token_paragraph[first] > paragraph + AUTHOR_PARAGRAPHS {
            return None;
        }
        let group = scene.group_of(m)?;
        let named = matches!(mention.form, MentionForm::Name { .. });
        (named && scene.kind(group) == EntityKind::Person && !taken.contains(&group)).then_some(group)
    })
}
