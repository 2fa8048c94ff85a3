//! Parsed record parts in, the public [`WarcRecord`] and [`HttpResponse`] out, with the
//! two questions callers ask of them: is this an HTML page, and on which day was it captured.

/// One WARC record. Only `response` records carry [`WarcRecord::http`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcRecord {
    /// Byte offset of the record in the file: for gzip input the offset of the gzip member
    /// the record starts in (for a file gzipped as a single stream that is 0 for every record).
    pub offset: u64,
    /// `WARC-Type` as given, e.g. `response`, `request`, `warcinfo`.
    pub record_type: String,
    /// `WARC-Target-URI`, without the angle brackets some old writers put around it.
    pub target_uri: Option<String>,
    /// `WARC-Date` as given, e.g. `2024-03-05T12:34:56Z`.
    pub date: Option<String>,
    /// The HTTP response of a `response` record whose block is an HTTP message.
    pub http: Option<HttpResponse>,
}

/// The HTTP response inside a `response` record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpResponse {
    /// Status code from the status line, e.g. 200.
    pub status: u16,
    /// The media type of `Content-Type`, lowercased, without parameters (`text/html`).
    pub content_type: Option<String>,
    /// The `charset` parameter of `Content-Type`, lowercased, without quotes.
    pub charset: Option<String>,
    /// The payload with chunked transfer coding and gzip/deflate content coding undone.
    pub body: Vec<u8>,
}

impl WarcRecord {
    /// True for a successful (2xx) HTTP response whose content type is HTML, or which has no
    /// content type and whose body begins like an HTML document.
    pub fn is_html_response(&self) -> bool {
        let Some(http) = &self.http else {
            return false;
        };
        if !(200..300).contains(&http.status) {
            return false;
        }
        match http.content_type.as_deref() {
            Some(media_type) => media_type == "text/html" || media_type == "application/xhtml+xml",
            None => body_looks_like_html(&http.body),
        }
    }

    /// The capture day of `WARC-Date` as `YYYY-MM-DD`, when the date starts with a valid one.
    pub fn date_ymd(&self) -> Option<String> {
        let date = self.date.as_deref()?.trim();
        let day = date.get(..10)?;
        let bytes = day.as_bytes();
        let digits_in_place =
            bytes.iter().enumerate().all(
                |(index, byte)| {
                    if index == 4 || index == 7 {
                        *byte == b'-'
                    } else {
                        byte.is_ascii_digit()
                    }
                },
            );
        if !digits_in_place {
            return None;
        }
        let month: u32 = day.get(5..7)?.parse().ok()?;
        let day_of_month: u32 = day.get(8..10)?.parse().ok()?;
        if !(1..=12).contains(&month) || !(1..=31).contains(&day_of_month) {
            return None;
        }
        if date.len() > 10 && !matches!(date.as_bytes()[10], b'T' | b't' | b' ') {
            return None;
        }
        Some(day.to_string())
    }
}

fn body_looks_like_html(body: &[u8]) -> bool {
    let start = &body[..body.len().min(1024)];
    let start = String::from_utf8_lossy(start).to_ascii_lowercase();
    let trimmed = start.trim_start_matches(|character: char| character.is_whitespace() || character == '\u{feff}');
    trimmed.starts_with("<!doctype html") || trimmed.starts_with("<html") || trimmed.contains("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record_with(date: Option<&str>, http: Option<HttpResponse>) -> WarcRecord {
        WarcRecord {
            offset: 0,
            record_type: "response".to_string(),
            target_uri: None,
            date: date.map(str::to_string),
            http,
        }
    }

    fn response(status: u16, content_type: Option<&str>, body: &str) -> HttpResponse {
        HttpResponse {
            status,
            content_type: content_type.map(str::to_string),
            charset: None,
            body: body.as_bytes().to_vec(),
        }
    }

    fn check_date(input: Option<&str>, expect: Option<&str>) {
        assert_eq!(record_with(input, None).date_ymd().as_deref(), expect, "input {input:?}");
    }

    #[test]
    fn date_ymd_takes_the_day_of_warc_dates() {
        check_date(Some("2024-03-05T12:34:56Z"), Some("2024-03-05"));
        check_date(Some("2024-03-05T12:34:56.123456Z"), Some("2024-03-05"));
        check_date(Some("2024-03-05"), Some("2024-03-05"));
        check_date(Some(" 2024-12-31T00:00:00Z "), Some("2024-12-31"));
        check_date(Some("2024-13-05T00:00:00Z"), None);
        check_date(Some("2024-03-5T00:00:00Z"), None);
        check_date(Some("20240305123456"), None);
        check_date(Some("2024-03-05X"), None);
        check_date(Some("é"), None);
        check_date(None, None);
    }

    fn check_html(http: Option<HttpResponse>, expect: bool) {
        assert_eq!(record_with(None, http.clone()).is_html_response(), expect, "{http:?}");
    }

    #[test]
    fn is_html_response_needs_success_and_html() {
        check_html(Some(response(200, Some("text/html"), "")), true);
        check_html(Some(response(200, Some("application/xhtml+xml"), "")), true);
        check_html(Some(response(404, Some("text/html"), "")), false);
        check_html(Some(response(301, Some("text/html"), "")), false);
        check_html(Some(response(200, Some("application/pdf"), "<html>")), false);
        check_html(Some(response(200, None, "  <!DOCTYPE html><p>")), true);
        check_html(Some(response(200, None, "%PDF-1.4")), false);
        check_html(None, false);
    }
}
