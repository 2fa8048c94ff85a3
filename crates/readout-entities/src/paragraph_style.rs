//! Paragraph styles: a segmented text and its word facts in, for each
//! paragraph a byte of style bits out: how its words are cased (ordinary,
//! mostly title case, title case, upper case), whether it ends without a
//! final mark, whether it is the text's first. Headlines show up as title
//! case or upper case, with or without a final mark; short function words
//! ("to", "of") do not count against title case.

use crate::word_facts::{Facts, CAP, LETTER, MINOR, UPPER};
use readout_segment::{Segmented, TokenKind};

// Paragraph style bits.
pub(crate) const CASE_MASK: u8 = 3;
pub(crate) const CASE_MOSTLY_TITLE: u8 = 1;
pub(crate) const CASE_TITLE: u8 = 2;
pub(crate) const CASE_UPPER: u8 = 3;
pub(crate) const NO_FINAL_MARK: u8 = 4;
pub(crate) const FIRST_PARAGRAPH: u8 = 8;

/// Style bits of each paragraph: how its words are cased, whether it lacks
/// a final mark, whether it is the text's first.
pub(crate) fn paragraph_styles(text: &str, seg: &Segmented, facts: &[Facts]) -> Vec<u8> {
    #[derive(Default, Clone, Copy)]
    struct Counts {
        content: u32,
        content_cap: u32,
        cased_words: u32,
        upper_words: u32,
        last_token: Option<usize>,
    }
    let mut counts = vec![Counts::default(); seg.paragraphs.len()];
    for sentence in &seg.sentences {
        let c = &mut counts[sentence.paragraph];
        let range = sentence.first_token..sentence.end_token;
        for (i, (f, token)) in range.clone().zip(facts[range].iter().zip(&seg.tokens[sentence.first_token..])) {
            c.last_token = Some(i);
            if f.flags & LETTER == 0 {
                continue;
            }
            let word = token.text(text);
            let letters = word.chars().filter(|ch| ch.is_alphabetic()).count();
            if letters >= 2 {
                c.cased_words += 1;
                if f.flags & UPPER != 0 {
                    c.upper_words += 1;
                }
            }
            if f.flags & MINOR == 0 {
                c.content += 1;
                if f.flags & CAP != 0 {
                    c.content_cap += 1;
                }
            }
        }
    }
    counts
        .iter()
        .enumerate()
        .map(|(p, c)| {
            let mut style = if c.cased_words >= 2 && c.upper_words * 5 >= c.cased_words * 4 {
                CASE_UPPER
            } else if c.content >= 2 && c.content_cap == c.content {
                CASE_TITLE
            } else if c.content >= 3 && c.content_cap * 5 >= c.content * 4 {
                CASE_MOSTLY_TITLE
            } else {
                0
            };
            let final_mark = c.last_token.is_some_and(|i| {
                let t = &seg.tokens[i];
                let s = t.text(text);
                s.ends_with(['.', '!', '?', ':']) || (t.kind == TokenKind::CloseQuote && i > 0)
            });
            if !final_mark {
                style |= NO_FINAL_MARK;
            }
            if p == 0 {
                style |= FIRST_PARAGRAPH;
            }
            style
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::word_facts::token_facts;
    use readout_segment::segment;

    /// The style of each paragraph of `input`, as letters: `n` ordinary,
    /// `m` mostly title case, `t` title case, `u` upper case.
    fn check(input: &str, expect: &str) {
        let seg = segment(input, std::slice::from_ref(&(0..input.len())));
        let facts: Vec<Facts> = seg.tokens.iter().map(|t| token_facts(t.text(input), t.kind)).collect();
        let styles = paragraph_styles(input, &seg, &facts);
        let shown: String = styles.iter().map(|s| ['n', 'm', 't', 'u'][usize::from(s & CASE_MASK)]).collect();
        assert_eq!(shown, expect);
    }

    #[test]
    fn headlines_are_recognised_by_their_casing() {
        check(
            r"Budget Deal: Mayor Ann Holt Says Talks Will Resume in May.

The Daily Ledger reports that Ann Holt left early.

SPRINGFIELD, ILL. HOLT SAID NO",
            "tnu",
        );
        check(r"Donald Trump met Angela Merkel in Berlin.", "m");
        check(r"Donald Trump met the press.", "n");
    }
}
