//! The block of a `response` record in, an [`HttpResponse`] out: status line, headers
//! (`Content-Type` with its charset, `Transfer-Encoding`, `Content-Encoding`) and the
//! payload with chunked transfer coding and content coding undone. A block that is not
//! an HTTP message (DNS or FTP captures) yields `None`.

use crate::chunked::decode_chunked;
use crate::content_encoding::{decode_content, EncodingFailure};
use crate::record::HttpResponse;

/// Why a `response` block could not be turned into an [`HttpResponse`].
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum HttpFailure {
    Malformed(String),
    Encoding(EncodingFailure),
}

/// The headers of an HTTP response that matter for getting at the payload.
#[derive(Debug, Default, PartialEq, Eq)]
struct PayloadHeaders {
    content_type: Option<String>,
    transfer_encoding: Option<String>,
    content_encoding: Option<String>,
}

/// Parses an HTTP response block. `Ok(None)` when the block does not start with `HTTP/`.
pub(crate) fn parse_http_response(block: Vec<u8>, limit: usize) -> Result<Option<HttpResponse>, HttpFailure> {
    if !block.starts_with(b"HTTP/") {
        return Ok(None);
    }
    let (header_length, payload_start) = find_header_end(&block);
    let header_text = String::from_utf8_lossy(&block[..header_length]);
    let mut lines = header_text.split('\n').map(|line| line.strip_suffix('\r').unwrap_or(line));
    let status_line = lines.next().unwrap_or_default();
    let status = parse_status_line(status_line)?;
    let headers = parse_headers(lines);
    let mut block = block;
    let mut payload = block.split_off(payload_start);
    drop(block);
    let is_chunked =
        headers.transfer_encoding.as_deref().is_some_and(|value| value.to_ascii_lowercase().contains("chunked"));
    if is_chunked {
        if let Some(decoded) = decode_chunked(&payload) {
            payload = decoded;
        }
    }
    if let Some(content_encoding) = headers.content_encoding.as_deref() {
        payload = decode_content(payload, content_encoding, limit).map_err(HttpFailure::Encoding)?;
    }
    let (content_type, charset) = match headers.content_type.as_deref() {
        Some(value) => split_content_type(value),
        None => (None, None),
    };
    Ok(Some(HttpResponse { status, content_type, charset, body: payload }))
}

/// Returns the length of the header part (status line and headers, without the blank
/// line) and where the payload starts. A block without a blank line is all headers.
fn find_header_end(block: &[u8]) -> (usize, usize) {
    let mut search_from = 0;
    while let Some(newline) = memchr::memchr(b'\n', &block[search_from..]) {
        let line_end = search_from + newline;
        let next = &block[line_end + 1..];
        if next.starts_with(b"\r\n") {
            return (line_end + 1, line_end + 3);
        }
        if next.starts_with(b"\n") {
            return (line_end + 1, line_end + 2);
        }
        search_from = line_end + 1;
    }
    (block.len(), block.len())
}

/// `HTTP/1.1 200 OK` → 200.
fn parse_status_line(line: &str) -> Result<u16, HttpFailure> {
    let mut parts = line.split_ascii_whitespace();
    let _version = parts.next();
    let code = parts.next().unwrap_or_default();
    if code.len() != 3 || !code.bytes().all(|byte| byte.is_ascii_digit()) {
        let shown: String = line.chars().take(80).collect();
        return Err(HttpFailure::Malformed(format!("bad status line {shown:?}")));
    }
    code.parse().map_err(|_| HttpFailure::Malformed(format!("bad status code {code:?}")))
}

/// Reads `Name: value` lines; folded continuation lines extend the previous value. The
/// first occurrence of each header wins.
fn parse_headers<'a>(lines: impl Iterator<Item = &'a str>) -> PayloadHeaders {
    let mut headers = PayloadHeaders::default();
    let mut last_field: Option<&mut Option<String>> = None;
    let mut first_seen = [false; 3];
    for line in lines {
        if line.starts_with([' ', '\t']) {
            if let Some(Some(value)) = last_field.as_deref_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        last_field = None;
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        let name = name.trim();
        let slot = if name.eq_ignore_ascii_case("content-type") {
            0
        } else if name.eq_ignore_ascii_case("transfer-encoding") {
            1
        } else if name.eq_ignore_ascii_case("content-encoding") {
            2
        } else {
            continue;
        };
        if first_seen[slot] {
            continue;
        }
        first_seen[slot] = true;
        let field = match slot {
            0 => &mut headers.content_type,
            1 => &mut headers.transfer_encoding,
            _ => &mut headers.content_encoding,
        };
        *field = Some(value.trim().to_string());
        last_field = Some(field);
    }
    headers
}

/// `Text/HTML; Charset="UTF-8"` → (`text/html`, `utf-8`).
pub(crate) fn split_content_type(value: &str) -> (Option<String>, Option<String>) {
    let mut parts = value.split(';');
    let media_type = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
    let media_type = (!media_type.is_empty()).then_some(media_type);
    let charset = parts.find_map(|parameter| {
        let (name, value) = parameter.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(|character| character == '"' || character == '\'').trim();
        (!value.is_empty()).then(|| value.to_ascii_lowercase())
    });
    (media_type, charset)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::Write;

    /// Status, media type, charset and body.
    type Summary<'a> = (u16, Option<&'a str>, Option<&'a str>, &'a [u8]);

    fn check(block: &[u8], expect: Result<Option<Summary<'_>>, ()>) {
        let outcome = parse_http_response(block.to_vec(), 1 << 20);
        let outcome = outcome
            .as_ref()
            .map(|response| {
                response.as_ref().map(|response| {
                    (
                        response.status,
                        response.content_type.as_deref(),
                        response.charset.as_deref(),
                        response.body.as_slice(),
                    )
                })
            })
            .map_err(|_| ());
        assert_eq!(outcome, expect, "block {:?}", String::from_utf8_lossy(block));
    }

    #[test]
    fn parses_status_headers_and_body() {
        check(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nContent-Length: 5\r\n\r\nhello",
            Ok(Some((200, Some("text/html"), Some("iso-8859-1"), b"hello"))),
        );
        check(b"HTTP/1.0 404 Not Found\n\nmissing", Ok(Some((404, None, None, b"missing"))));
        check(b"HTTP/1.1 204 No Content\r\n\r\n", Ok(Some((204, None, None, b""))));
        check(b"HTTP/1.1 200 OK\r\nServer: x", Ok(Some((200, None, None, b""))));
    }

    #[test]
    fn undoes_chunked_then_gzip() {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(b"<p>zipped</p>").unwrap();
        let zipped = encoder.finish().unwrap();
        let mut block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n".to_vec();
        block.extend_from_slice(format!("{:x}\r\n", zipped.len()).as_bytes());
        block.extend_from_slice(&zipped);
        block.extend_from_slice(b"\r\n0\r\n\r\n");
        check(&block, Ok(Some((200, None, None, b"<p>zipped</p>"))));
    }

    #[test]
    fn not_http_and_malformed_status() {
        check(b"dns answer", Ok(None));
        check(b"HTTP/1.1 OK\r\n\r\n", Err(()));
        check(b"HTTP/1.1 2000 OK\r\n\r\n", Err(()));
        check(b"HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", Err(()));
    }

    #[test]
    fn content_type_parameters() {
        let cases: [(&str, Option<&str>, Option<&str>); 5] = [
            ("text/html", Some("text/html"), None),
            ("Text/HTML; Charset=\"UTF-8\"", Some("text/html"), Some("utf-8")),
            ("text/html;boundary=x; charset= 'windows-1252' ", Some("text/html"), Some("windows-1252")),
            ("; charset=utf-8", None, Some("utf-8")),
            ("text/plain; charset=", Some("text/plain"), None),
        ];
        for (value, media_type, charset) in cases {
            let (got_type, got_charset) = split_content_type(value);
            assert_eq!((got_type.as_deref(), got_charset.as_deref()), (media_type, charset), "{value}");
        }
    }

    #[test]
    fn folded_header_lines_extend_the_value() {
        check(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\n\r\nx",
            Ok(Some((200, Some("text/html"), Some("utf-8"), b"x"))),
        );
    }
}
