//! Page metadata (meta tags, JSON-LD, `<time datetime>`) and the URL in, the
//! publication date as `YYYY-MM-DD` out.
//!
//! Sources in order: publication-date meta tags, `datePublished` in JSON-LD,
//! the first `<time datetime>`, then a date in the URL path (`/2019/11/19/`,
//! `/2019-11-19`, `/20191119/`). Dates written with month names
//! ("Nov. 19, 2019", "19 November 2019") are understood too.

use crate::dom::Dom;

/// Meta names/properties/itemprops that carry the publication date, best first.
const META_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "article:published",
    "published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published-date",
    "published_date",
    "date_published",
    "pub_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "article.published",
    "article_date_original",
    "originalpublicationdate",
    "datecreated",
    "displaydate",
    "cxenseparse:recs:publishtime",
    "og:pubdate",
    "release_date",
    "citation_publication_date",
];

const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// The publication date of the page, if any source gives one.
pub fn publication_date(dom: &Dom, url: Option<&str>) -> Option<String> {
    for key in META_KEYS {
        for (k, v) in &dom.metas {
            if k == key {
                if let Some(d) = parse(v) {
                    return Some(d);
                }
            }
        }
    }
    for script in &dom.ld_json {
        if let Some(d) = json_ld_date(script) {
            return Some(d);
        }
    }
    if let Some(d) = dom.times.iter().find_map(|t| parse(t)) {
        return Some(d);
    }
    url.and_then(url_date)
}

fn json_ld_date(script: &str) -> Option<String> {
    let mut rest = script;
    while let Some(at) = rest.find("\"datePublished\"") {
        rest = &rest[at + 15..];
        let value = rest.trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
        let end = value.find('"').unwrap_or(value.len());
        if let Some(d) = parse(&value[..end]) {
            return Some(d);
        }
    }
    None
}

/// Parses a date written as ISO-like digits or with a month name.
pub fn parse(s: &str) -> Option<String> {
    let s = s.trim();
    numeric(s).or_else(|| named_month(s))
}

fn valid(y: u32, m: u32, d: u32) -> Option<String> {
    ((1990..=2099).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn digits(b: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = b.get(at..at + n)?;
    if !part.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(part.iter().fold(0, |a, &c| a * 10 + u32::from(c - b'0')))
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `YYYY.MM.DD` or `YYYYMMDD` anywhere in `s`
/// (not inside a longer number).
fn numeric(s: &str) -> Option<String> {
    let b = s.as_bytes();
    for i in 0..b.len() {
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        let Some(y) = digits(b, i, 4) else { continue };
        let sep = b.get(i + 4).copied();
        if matches!(sep, Some(b'-' | b'/' | b'.' | b'_')) {
            let m_len = if b.get(i + 6).is_some_and(u8::is_ascii_digit) { 2 } else { 1 };
            let Some(m) = digits(b, i + 5, m_len) else {
                continue;
            };
            if b.get(i + 5 + m_len).copied() != sep {
                continue;
            }
            let d_at = i + 6 + m_len;
            let d_len = if b.get(d_at + 1).is_some_and(u8::is_ascii_digit) { 2 } else { 1 };
            if b.get(d_at + d_len).is_some_and(u8::is_ascii_digit) {
                continue;
            }
            if let Some(d) = digits(b, d_at, d_len).and_then(|d| valid(y, m, d)) {
                return Some(d);
            }
        } else if let (Some(m), Some(d)) = (digits(b, i + 4, 2), digits(b, i + 6, 2)) {
            if !b.get(i + 8).is_some_and(u8::is_ascii_digit) {
                if let Some(v) = valid(y, m, d) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// "Nov. 19, 2019", "November 19 2019", "19 November 2019", "19 Nov, 2019".
fn named_month(s: &str) -> Option<String> {
    let lower = s.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let month = |w: &str| {
        (w.len() >= 3 && w.is_ascii())
            .then(|| MONTHS.iter().position(|m| w.starts_with(m)))
            .flatten()
            .map(|m| m as u32 + 1)
    };
    let num = |w: &str| w.parse::<u32>().ok();
    for (k, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        let after: Vec<u32> = words[k + 1..].iter().take(2).filter_map(|w| num(w)).collect();
        if let [d, y] = after[..] {
            if let Some(v) = valid(y, m, d) {
                return Some(v);
            }
        }
        if k >= 1 {
            if let (Some(d), Some(y)) = (num(words[k - 1]), words.get(k + 1).and_then(|w| num(w))) {
                if let Some(v) = valid(y, m, d) {
                    return Some(v);
                }
            }
        }
    }
    None
}

/// A date in the URL path.
pub fn url_date(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest);
    let path = path.find('/').map_or("", |i| &path[i..]);
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let b = path.as_bytes();
    for i in 0..b.len() {
        if b[i] != b'/' {
            continue;
        }
        let seg = &path[i + 1..];
        let sb = seg.as_bytes();
        if let (Some(y), Some(m), Some(d)) = (digits(sb, 0, 4), digits(sb, 5, 2), digits(sb, 8, 2)) {
            if sb[4] == sb[7] && matches!(sb[4], b'/' | b'-' | b'_') && !sb.get(10).is_some_and(u8::is_ascii_digit) {
                if let Some(v) = valid(y, m, d) {
                    return Some(v);
                }
            }
        }
        if let (Some(y), Some(m), Some(d)) = (digits(sb, 0, 4), digits(sb, 4, 2), digits(sb, 6, 2)) {
            if matches!(sb.get(8), None | Some(b'/' | b'-' | b'_')) {
                if let Some(v) = valid(y, m, d) {
                    return Some(v);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Option<&str>) {
        assert_eq!(parse(input).as_deref(), expect, "{input}");
    }

    #[test]
    fn formats() {
        check("2019-11-19T10:00:00Z", Some("2019-11-19"));
        check("2019/1/9", Some("2019-01-09"));
        check("20191119", Some("2019-11-19"));
        check("Nov. 19, 2019 at 5pm", Some("2019-11-19"));
        check("19 November 2019", Some("2019-11-19"));
        check("2019-13-45", None);
        check("1574168580", None);
        check("", None);
    }

    #[test]
    fn urls() {
        let u = |s: &str| url_date(s);
        assert_eq!(u("https://x.com/2019/11/19/story").as_deref(), Some("2019-11-19"));
        assert_eq!(u("https://x.com/news/2019-11-19-story").as_deref(), Some("2019-11-19"));
        assert_eq!(u("https://x.com/a/20191119/b").as_deref(), Some("2019-11-19"));
        assert_eq!(u("https://2019.x.com/2019/11/").as_deref(), None);
        assert_eq!(u("https://x.com/a-14848164.php").as_deref(), None);
    }
}
