//! A parsed page in, the article body out: text with paragraphs separated by
//! a blank line, plus the byte ranges of that text which are boilerplate.
//!
//! Runs feature computation, scoring and rendering with all heuristics on and,
//! like readability, retries with class-name stripping, class weighting and
//! conditional cleaning switched off in turn when the result is too short,
//! keeping a later attempt only when it finds clearly more text.

use crate::boilerplate;
use crate::dom::Dom;
use crate::features::{self, Options};
use crate::render::{self, Block};
use crate::score;
use std::ops::Range;

/// A body shorter than this (in bytes) triggers a retry with fewer heuristics.
const ENOUGH: usize = 500;

/// Extra bytes a retry must add beyond doubling the previous best.
const RETRY_MARGIN: usize = 200;

/// Extracted body text and its boilerplate spans.
#[derive(Debug, Default)]
pub struct Body {
    /// Paragraphs joined by "\n\n".
    pub text: String,
    /// Byte ranges of `text` that are not article.
    pub boilerplate: Vec<Range<usize>>,
}

/// Extracts the body of `dom`.
pub fn extract(dom: &Dom) -> Body {
    let attempts = [
        Options { strip_unlikely: true, weight_classes: true, clean_conditionally: true },
        Options { strip_unlikely: false, weight_classes: true, clean_conditionally: true },
        Options { strip_unlikely: false, weight_classes: false, clean_conditionally: true },
        Options { strip_unlikely: false, weight_classes: false, clean_conditionally: false },
    ];
    let mut best = Body::default();
    let mut best_len = 0;
    for opts in attempts {
        let f = features::compute(dom, opts);
        let sel = score::select(dom, &f, opts);
        let blocks = render::render(dom, &f, &sel, opts);
        let body = assemble(&blocks);
        let len = body_len(&body);
        // A retry must find clearly more text: a short article stays short
        // rather than gaining the comments its first attempt left out.
        if best_len == 0 || len > 2 * best_len + RETRY_MARGIN {
            best_len = len;
            best = body;
        }
        if best_len >= ENOUGH {
            break;
        }
    }
    best
}

/// Length of the text outside boilerplate spans.
fn body_len(b: &Body) -> usize {
    b.text.len() - b.boilerplate.iter().map(|r| r.len()).sum::<usize>()
}

/// Whether a block is boilerplate: an appeal element, appeal wording, or a
/// short line that is mostly a link.
fn is_boilerplate(b: &Block) -> bool {
    b.appeal || boilerplate::is_boilerplate(&b.text) || (b.link_density > 0.9 && b.text.len() < 120 && !b.heading)
}

/// Joins blocks into text and records boilerplate spans.
pub fn assemble(blocks: &[Block]) -> Body {
    let mut body = Body::default();
    for b in blocks {
        if !body.text.is_empty() {
            body.text.push_str("\n\n");
        }
        let start = body.text.len();
        body.text.push_str(&b.text);
        if is_boilerplate(b) {
            match body.boilerplate.last_mut() {
                Some(last) if last.end + 2 == start => last.end = body.text.len(),
                _ => body.boilerplate.push(start..body.text.len()),
            }
        }
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(text: &str, appeal: bool) -> Block {
        Block { text: text.into(), appeal, heading: false, link_density: 0.0 }
    }

    #[test]
    fn spans() {
        let b =
            assemble(&[block("One.", false), block("Box", true), block("Support now", false), block("Two.", false)]);
        assert_eq!(b.text, "One.\n\nBox\n\nSupport now\n\nTwo.");
        assert_eq!(b.boilerplate, vec![6..22]);
    }
}
