//! Furniture by repetition: a batch of texts with the site each came from
//! in, for each text the byte ranges of its lines that recur on other pages
//! of the same site out.
//!
//! A line that a site prints on many of its pages is the site's furniture
//! ("Editor's note: …" under every story, "Follow Pam Key On Twitter", a
//! site's name over each headline), whatever its words. Only the top and
//! the bottom of a page are read this way: the body of a story that a site
//! publishes again in a new version repeats too, and it is article.

use std::collections::HashMap;
use std::ops::Range;

/// On how many pages of one site a line must appear to be its furniture.
const PAGES: usize = 3;

/// How many non-empty lines at the top and at the bottom of a page are read
/// for repetition.
const TOP_LINES: usize = 4;
const BOTTOM_LINES: usize = 6;

/// Lines longer than this many words are a story's, not a template's.
const MOST_WORDS: usize = 60;

/// The site of a document: the host of a web address, else the folder a
/// file lies in.
pub fn site_of(source: &str) -> &str {
    if let Some(rest) = source.split_once("://").map(|(_, rest)| rest) {
        return rest.split(['/', '?', '#']).next().unwrap_or(rest);
    }
    source.rsplit_once(['/', '\\']).map_or("", |(folder, _)| folder)
}

/// The lines of `text` read for repetition: its first and last non-empty
/// lines, trimmed, as byte ranges.
fn edge_lines(text: &str) -> Vec<Range<usize>> {
    let mut lines: Vec<Range<usize>> = crate::trimmed_lines(text)
        .into_iter()
        .filter(|range| text[range.clone()].split_whitespace().count() <= MOST_WORDS)
        .collect();
    if lines.len() > TOP_LINES + BOTTOM_LINES {
        lines.drain(TOP_LINES..lines.len() - BOTTOM_LINES);
    }
    lines
}

/// For each `(site, text)` of a batch, the ranges of its edge lines that at
/// least three texts of the same site hold, compared after folding
/// case and white space.
pub fn recurring_lines(batch: &[(&str, &str)]) -> Vec<Vec<Range<usize>>> {
    // Each edge line with its folded text, worked out once.
    let keyed: Vec<Vec<(Range<usize>, String)>> = batch
        .iter()
        .map(|(_, text)| {
            edge_lines(text)
                .into_iter()
                .map(|range| {
                    let key = text[range.clone()].split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                    (range, key)
                })
                .collect()
        })
        .collect();
    let mut pages: HashMap<(&str, &str), usize> = HashMap::new();
    for ((site, _), lines) in batch.iter().zip(&keyed) {
        let mut seen: Vec<&str> = lines.iter().map(|(_, key)| key.as_str()).collect();
        seen.sort_unstable();
        seen.dedup();
        for line in seen {
            *pages.entry((*site, line)).or_insert(0) += 1;
        }
    }
    batch
        .iter()
        .zip(&keyed)
        .map(|((site, _), lines)| {
            lines
                .iter()
                .filter(|(_, key)| pages.get(&(*site, key.as_str())).copied().unwrap_or(0) >= PAGES)
                .map(|(range, _)| range.clone())
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_is_a_host_or_a_folder() {
        assert_eq!(site_of("https://www.example.org/news/a?x=1"), "www.example.org");
        assert_eq!(site_of("/data/huffpost/a.txt"), "/data/huffpost");
        assert_eq!(site_of("a.txt"), "");
    }

    #[test]
    fn a_line_on_three_pages_of_a_site_is_its_furniture() {
        let page = |story: &str| {
            format!("Story {story}\n\nThe council met on {story} and agreed the plan.\n\nFollow Jo Bloggs on Twitter\n")
        };
        let (one, two, three) = (page("Monday"), page("Tuesday"), page("Friday"));
        let other = page("Sunday");
        let batch = [
            ("site-a", one.as_str()),
            ("site-a", two.as_str()),
            ("site-a", three.as_str()),
            ("site-b", other.as_str()),
        ];
        let found = recurring_lines(&batch);
        let lines: Vec<Vec<&str>> = found
            .iter()
            .zip(&batch)
            .map(|(ranges, (_, text))| ranges.iter().map(|r| &text[r.clone()]).collect())
            .collect();
        assert_eq!(lines[0], ["Follow Jo Bloggs on Twitter"]);
        assert_eq!(lines[2], ["Follow Jo Bloggs on Twitter"]);
        // Another site's page, and lines that differ, stay.
        assert!(lines[3].is_empty());
    }

    #[test]
    fn regression_a_line_of_white_space_only() {
        let text = "Title\n \u{a0} \nBody of the story.\n";
        assert!(recurring_lines(&[("s", text), ("s", text), ("s", text)]).iter().all(|r| r.len() == 2));
    }

    #[test]
    fn a_storys_body_repeated_in_its_new_versions_is_not_read() {
        let body = "A paragraph of the story that every version repeats word for word.\n";
        let page = |n: usize| {
            format!("Version {n}\n\nLead {n}.\n\nSecond {n}.\n\nThird {n}.\n\n{body}\nSix {n}.\n\nSeven {n}.\n\nEight {n}.\n\nNine {n}.\n\nTen {n}.\n\nEleven {n}.\n")
        };
        let pages: Vec<String> = (0..3).map(page).collect();
        let batch: Vec<(&str, &str)> = pages.iter().map(|p| ("site", p.as_str())).collect();
        assert!(recurring_lines(&batch).iter().all(Vec::is_empty));
    }
}
