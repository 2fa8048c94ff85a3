//! Metadata headers: the start of a text in, the fields it declares and the
//! range they cover out.
//!
//! Scraped texts often open with `date 2024-12-18`, `Title: ...` or
//! `URL: ...` before the article, sometimes on the same line as other text.
//! Only a run of known keys at the very start counts, so an article that
//! happens to begin with the word "Date" is left alone unless a value of the
//! right shape follows.

use std::ops::Range;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetadataHeader {
    /// The bytes the header covers, when there is one.
    pub range: Option<Range<usize>>,
    pub date: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
}

/// `YYYY-MM-DD` at the start of `s` (optionally followed by a time), with
/// the length of what was read.
fn iso_date_prefix(s: &str) -> Option<(String, usize)> {
    let bytes = s.as_bytes();
    if bytes.len() < 10 {
        return None;
    }
    let shape =
        bytes[..10]
            .iter()
            .enumerate()
            .all(|(i, &b)| if i == 4 || i == 7 { b == b'-' || b == b'/' } else { b.is_ascii_digit() });
    if !shape {
        return None;
    }
    let month: u32 = s[5..7].parse().ok()?;
    let day: u32 = s[8..10].parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    // Swallow a time of day such as T09:30:00Z or " 09:30".
    let mut len = 10;
    let rest = &s[10..];
    if rest.starts_with('T') || (rest.starts_with(' ') && rest[1..].chars().take(3).collect::<String>().contains(':')) {
        let extra = rest[1..].find(|c: char| c.is_whitespace()).map_or(rest.len(), |i| i + 1);
        len += extra;
    }
    Some((format!("{}-{}-{}", &s[..4], &s[5..7], &s[8..10]), len))
}

/// Parse a metadata header at the start of `text`.
pub fn parse_metadata_header(text: &str) -> MetadataHeader {
    let mut header = MetadataHeader::default();
    let mut at = text.len() - text.trim_start().len();
    let start = at;
    loop {
        let rest = &text[at..];
        let key_len = rest.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
        let key = rest[..key_len].to_ascii_lowercase();
        let after_key = &rest[key_len..];
        let separator = after_key.len() - after_key.trim_start_matches([':', '=', ' ', '\t']).len();
        if separator == 0 || after_key[..separator].contains('\n') {
            break;
        }
        let value = &after_key[separator..];
        let consumed = match key.as_str() {
            "date" | "published" | "pubdate" | "dated" => match iso_date_prefix(value) {
                Some((date, len)) => {
                    header.date = Some(date);
                    len
                }
                None => break,
            },
            "url" | "source" | "link" if value.starts_with("http") => {
                let len = value.find(char::is_whitespace).unwrap_or(value.len());
                header.url = Some(value[..len].to_string());
                len
            }
            // A title runs to the end of its line.
            "title" | "headline" if after_key[..separator].contains(':') => {
                let len = value.find('\n').unwrap_or(value.len());
                header.title = Some(value[..len].trim().to_string());
                len
            }
            _ => break,
        };
        at += key_len + separator + consumed;
        header.range = Some(start..at);
        let skipped = text[at..].len() - text[at..].trim_start().len();
        at += skipped;
    }
    header
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect_covered: &str, date: Option<&str>) {
        let header = parse_metadata_header(text);
        let covered = header.range.clone().map_or("", |r| &text[r]);
        assert_eq!(covered, expect_covered);
        assert_eq!(header.date.as_deref(), date);
    }

    #[test]
    fn date_key_before_text_on_the_same_line() {
        check(" date 2024-12-18 Your support helps us", "date 2024-12-18", Some("2024-12-18"));
    }

    #[test]
    fn several_keys_on_their_own_lines() {
        check(
            "Title: Talks resume\nURL: https://example.com/a\nDate: 2023-05-01T10:00:00Z\n\nText.",
            "Title: Talks resume\nURL: https://example.com/a\nDate: 2023-05-01T10:00:00Z",
            Some("2023-05-01"),
        );
    }

    #[test]
    fn article_starting_with_a_key_word_is_not_a_header() {
        check("Date night is back, the mayor said.", "", None);
        check("Date: unknown", "", None);
        check("", "", None);
    }

    #[test]
    fn impossible_dates_are_rejected() {
        check("date 2024-13-45 text", "", None);
    }
}
