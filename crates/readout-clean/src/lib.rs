//! Cleaning: a raw text in, the byte ranges that are article and the byte
//! ranges that are boilerplate out, plus what a metadata header said.
//!
//! Nothing is deleted: the record keeps the text exactly as read and flags
//! boilerplate as spans, so every offset still points into the input.

mod appeals;
mod furniture;
mod furniture_words;
mod metadata_header;
mod recurring;

pub use appeals::boilerplate_paragraphs;
pub use furniture::{furniture, furniture_lines, Furniture};
pub use metadata_header::{parse_metadata_header, MetadataHeader};
pub use recurring::{recurring_lines, site_of};

use std::ops::Range;

/// What cleaning found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cleaned {
    /// Sorted, non-overlapping byte ranges that are not article text.
    pub boilerplate: Vec<Range<usize>>,
    /// Byte ranges of article text: the complement of `boilerplate`.
    pub article: Vec<Range<usize>>,
    /// The boilerplate lines that are a page's date or time stamps
    /// ("Published 24 September 2015"): their time expressions are the
    /// record's, though no analysis reads them.
    pub stamps: Vec<Range<usize>>,
    pub header: MetadataHeader,
}

/// Split `text` into article and boilerplate. `known` are ranges an earlier
/// stage (HTML extraction) already flagged.
pub fn clean(text: &str, known: &[Range<usize>]) -> Cleaned {
    let header = parse_metadata_header(text);
    let mut boilerplate: Vec<Range<usize>> = known.to_vec();
    if let Some(range) = header.range.clone() {
        boilerplate.push(range);
    }
    boilerplate.extend(boilerplate_paragraphs(text));
    let furniture = furniture(text);
    boilerplate.extend(furniture.lines);
    let boilerplate = merge(boilerplate, text);
    let article = complement(&boilerplate, text.len());
    Cleaned { boilerplate, article, stamps: furniture.stamps, header }
}

/// Sort and merge ranges, joining ranges separated only by white space, and
/// trim white space at their edges.
fn merge(mut ranges: Vec<Range<usize>>, text: &str) -> Vec<Range<usize>> {
    ranges.retain(|r| r.start < r.end && r.end <= text.len());
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::new();
    for range in ranges {
        if let Some(last) = out.last_mut() {
            let gap = text.get(last.end.min(range.start)..range.start).unwrap_or("");
            if range.start <= last.end || (gap.trim().is_empty() && !gap.contains("\n\n")) {
                last.end = last.end.max(range.end);
                continue;
            }
        }
        out.push(range);
    }
    out.into_iter()
        .filter_map(|r| {
            let slice = &text[r.clone()];
            let start = r.start + (slice.len() - slice.trim_start().len());
            let end = r.end - (slice.len() - slice.trim_end().len());
            (start < end).then_some(start..end)
        })
        .collect()
}

/// The non-empty lines of `text`, each trimmed of white space, as byte
/// ranges.
pub(crate) fn trimmed_lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let start = at + (content.len() - content.trim_start().len());
        let end = at + content.trim_end().len();
        at += line.len();
        if start < end {
            lines.push(start..end);
        }
    }
    lines
}

fn complement(boilerplate: &[Range<usize>], len: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut at = 0;
    for range in boilerplate {
        if range.start > at {
            out.push(at..range.start);
        }
        at = at.max(range.end);
    }
    if at < len {
        out.push(at..len);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_appeal_on_one_line_are_boilerplate() {
        let text = " date 2024-12-18 Your support helps us to tell the story Read more Support Now Your donation allows us to keep sending journalists. Close Read more\n\nSir Keir Starmer has spoken to Donald Trump.";
        let cleaned = clean(text, &[]);
        assert_eq!(cleaned.header.date.as_deref(), Some("2024-12-18"));
        assert_eq!(cleaned.boilerplate.len(), 1);
        assert!(text[cleaned.boilerplate[0].clone()].starts_with("date 2024-12-18"));
        assert!(text[cleaned.boilerplate[0].clone()].ends_with("Close Read more"));
        assert_eq!(&text[cleaned.article[1].clone()].trim(), &"Sir Keir Starmer has spoken to Donald Trump.");
    }

    #[test]
    fn plain_article_has_no_boilerplate() {
        let text = "Mr Smith said he would support the bill.\n\nHe read more books than anyone.";
        let cleaned = clean(text, &[]);
        assert!(cleaned.boilerplate.is_empty());
        assert_eq!(cleaned.article, vec![0..text.len()]);
    }
}
