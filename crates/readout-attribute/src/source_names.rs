//! Sources that a name finishes: the attributions and the document's
//! mentions in, each source that begins inside a name widened to the whole
//! name out.
//!
//! The walk that finds a source (`quotes/source_phrase.rs`) reads words,
//! not names: it stops at a lower-case "and", "for" or "of", which inside
//! a name of several words are the name's own ("which the Organization for
//! Economic Cooperation and Development says" gave the source
//! "Development", a name no one has). The name tagger has read the whole
//! name by the time sources are resolved, so a source whose first word
//! lies inside a name's span takes the name's start, and the article
//! before it ("the Organization …").

use crate::quotes::Attribution;
use readout_entities::{Mention, MentionForm};
use readout_segment::Document;

/// Widens each source that starts inside a name to the name's start (and
/// its article). Returns whether any source changed.
pub(crate) fn widen_sources_over_names(doc: &Document, mentions: &[Mention], attributions: &mut [Attribution]) -> bool {
    let mut changed = false;
    for attribution in attributions.iter_mut() {
        let Some((first, end)) = attribution.source else { continue };
        let enclosing = mentions.iter().find(|m| {
            matches!(m.form, MentionForm::Name { .. }) && m.tokens.0 < first && first < m.tokens.1 && end >= m.tokens.1
        });
        let Some(name) = enclosing else { continue };
        let start = name.tokens.0;
        // Only within the source's sentence: a name never runs across one,
        // but a tagger's span might.
        if doc.token_sentence[start] != doc.token_sentence[first] {
            continue;
        }
        let start = if start > 0
            && doc.word(start - 1) == "the"
            && doc.token_sentence[start - 1] == doc.token_sentence[start]
        {
            start - 1
        } else {
            start
        };
        attribution.source = Some((start, end));
        changed = true;
    }
    changed
}

#[cfg(test)]
mod tests {
    use crate::speakers::tests::check;

    #[test]
    fn a_source_cut_at_and_inside_a_name_is_the_whole_name() {
        check(
            "The wage would be higher than in France, which the Organization for Economic Cooperation and \
             Development says is too high.",
            &["Organization for Economic Cooperation and Development"],
        );
    }

    #[test]
    fn a_source_after_a_spaced_dash_is_what_follows_the_dash() {
        check(
            "In May 2013 - four months after Clinton left office - the State Department told CREW that no \
             records were found.",
            &["The State Department"],
        );
    }
}
