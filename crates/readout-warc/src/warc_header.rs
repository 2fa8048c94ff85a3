//! The decoded stream positioned at a `WARC/` version line in, a [`WarcHeader`] out:
//! the named fields the reader needs (`WARC-Type`, `WARC-Target-URI`, `WARC-Date`,
//! `Content-Length`), with the stream left at the first byte of the record block.
//! Field names are matched case-insensitively and folded lines are joined.

use std::io::BufRead;

use crate::member_stream::{is_version_line_start, MemberStream, StreamFailure, VERSION_PREFIX_BYTES};

/// Longest header line accepted.
const MAX_HEADER_LINE_BYTES: usize = 64 * 1024;
/// Largest header block accepted.
const MAX_HEADER_BLOCK_BYTES: usize = 1024 * 1024;

/// The WARC header fields the reader uses.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct WarcHeader {
    pub(crate) record_type: String,
    pub(crate) target_uri: Option<String>,
    pub(crate) date: Option<String>,
    pub(crate) content_length: u64,
}

/// Why a header block could not be read.
#[derive(Debug)]
pub(crate) enum HeaderFailure {
    Stream(StreamFailure),
    Malformed(String),
}

impl From<StreamFailure> for HeaderFailure {
    fn from(failure: StreamFailure) -> Self {
        HeaderFailure::Stream(failure)
    }
}

/// One line read from the stream, without its line ending.
enum Line {
    Complete(Vec<u8>),
    EndOfInput,
    TooLong,
}

fn read_line<R: BufRead>(stream: &mut MemberStream<R>, max_bytes: usize) -> Result<Line, StreamFailure> {
    let mut line = Vec::new();
    loop {
        let chunk = stream.fill_buf()?;
        if chunk.is_empty() {
            return Ok(Line::EndOfInput);
        }
        let (take, complete) = match memchr::memchr(b'\n', chunk) {
            Some(index) => (index + 1, true),
            None => (chunk.len(), false),
        };
        if line.len() + take > max_bytes {
            return Ok(Line::TooLong);
        }
        line.extend_from_slice(&chunk[..take]);
        stream.consume(take);
        if complete {
            line.pop();
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            return Ok(Line::Complete(line));
        }
    }
}

/// Reads the version line and header fields up to the blank line that ends them.
pub(crate) fn read_warc_header<R: BufRead>(stream: &mut MemberStream<R>) -> Result<WarcHeader, HeaderFailure> {
    match read_line(stream, 256)? {
        Line::Complete(line) if is_version_line_start(&line) => {}
        _ => return Err(HeaderFailure::Malformed("missing warc version line".to_string())),
    }
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut header_bytes = 0usize;
    loop {
        let upcoming = stream.peek(VERSION_PREFIX_BYTES)?;
        if upcoming.is_empty() {
            return Err(HeaderFailure::Malformed("input ends inside the header block".to_string()));
        }
        if is_version_line_start(upcoming) && stream.after_newline() {
            return Err(HeaderFailure::Malformed("header block runs into the next record".to_string()));
        }
        let line = match read_line(stream, MAX_HEADER_LINE_BYTES)? {
            Line::Complete(line) => line,
            Line::EndOfInput => return Err(HeaderFailure::Malformed("input ends inside the header block".to_string())),
            Line::TooLong => return Err(HeaderFailure::Malformed("header line too long".to_string())),
        };
        header_bytes += line.len() + 2;
        if header_bytes > MAX_HEADER_BLOCK_BYTES {
            return Err(HeaderFailure::Malformed("header block too large".to_string()));
        }
        if line.is_empty() {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        if text.starts_with([' ', '\t']) {
            match fields.last_mut() {
                Some((_, value)) => {
                    value.push(' ');
                    value.push_str(text.trim());
                }
                None => return Err(HeaderFailure::Malformed("continuation line before any field".to_string())),
            }
            continue;
        }
        let Some((name, value)) = text.split_once(':') else {
            let shown: String = text.chars().take(60).collect();
            return Err(HeaderFailure::Malformed(format!("line without colon {shown:?}")));
        };
        fields.push((name.trim().to_string(), value.trim().to_string()));
    }
    header_from_fields(fields)
}

fn header_from_fields(fields: Vec<(String, String)>) -> Result<WarcHeader, HeaderFailure> {
    let mut header = WarcHeader::default();
    let mut record_type = None;
    let mut content_length = None;
    for (name, value) in fields {
        if name.eq_ignore_ascii_case("warc-type") {
            record_type.get_or_insert(value);
        } else if name.eq_ignore_ascii_case("warc-target-uri") {
            let uri = value.strip_prefix('<').and_then(|uri| uri.strip_suffix('>')).unwrap_or(&value);
            header.target_uri.get_or_insert_with(|| uri.to_string());
        } else if name.eq_ignore_ascii_case("warc-date") {
            header.date.get_or_insert(value);
        } else if name.eq_ignore_ascii_case("content-length") && content_length.is_none() {
            let parsed =
                value.parse::<u64>().map_err(|_| HeaderFailure::Malformed(format!("bad content-length {value:?}")))?;
            content_length = Some(parsed);
        }
    }
    header.record_type = record_type.ok_or_else(|| HeaderFailure::Malformed("missing warc-type".to_string()))?;
    header.content_length =
        content_length.ok_or_else(|| HeaderFailure::Malformed("missing content-length".to_string()))?;
    Ok(header)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Type, target URI, date and content length.
    type Summary<'a> = (&'a str, Option<&'a str>, Option<&'a str>, u64);

    fn check(input: &str, expect: Result<Summary<'_>, &str>, rest: &str) {
        let mut stream = MemberStream::new(input.as_bytes(), 1 << 20);
        let outcome = match read_warc_header(&mut stream) {
            Ok(header) => Ok((header.record_type, header.target_uri, header.date, header.content_length)),
            Err(HeaderFailure::Malformed(detail)) => Err(detail),
            Err(HeaderFailure::Stream(failure)) => Err(format!("{failure:?}")),
        };
        let expect = expect
            .map(|(kind, uri, date, length)| {
                (kind.to_string(), uri.map(str::to_string), date.map(str::to_string), length)
            })
            .map_err(str::to_string);
        assert_eq!(outcome, expect, "input {input:?}");
        let mut left = Vec::new();
        loop {
            let chunk = stream.fill_buf().unwrap();
            if chunk.is_empty() {
                break;
            }
            let length = chunk.len();
            left.extend_from_slice(chunk);
            stream.consume(length);
        }
        assert_eq!(String::from_utf8_lossy(&left), rest, "rest of {input:?}");
    }

    #[test]
    fn reads_the_fields_it_needs() {
        check(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\nWARC-Date: 2024-03-05T01:02:03Z\r\nContent-Length: 4\r\n\r\nbody",
            Ok(("response", Some("http://a.example/"), Some("2024-03-05T01:02:03Z"), 4)),
            "body",
        );
    }

    #[test]
    fn names_are_case_insensitive_and_old_uris_lose_brackets() {
        check(
            "WARC/0.18\nwarc-type:   request\nwarc-target-uri: <http://b.example/>\ncontent-length:0\n\n",
            Ok(("request", Some("http://b.example/"), None, 0)),
            "",
        );
    }

    #[test]
    fn folded_lines_are_joined() {
        check(
            "WARC/1.1\r\nWARC-Type: metadata\r\nX-Long: a\r\n  b\r\nContent-Length: 0\r\n\r\n",
            Ok(("metadata", None, None, 0)),
            "",
        );
    }

    #[test]
    fn malformed_blocks_are_reported() {
        check("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc", Err("missing warc-type"), "abc");
        check("WARC/1.0\r\nWARC-Type: response\r\n\r\n", Err("missing content-length"), "");
        check("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: -1\r\n\r\n", Err("bad content-length \"-1\""), "");
        check(
            "WARC/1.0\r\nWARC-Type: response\r\nno colon here\r\n\r\n",
            Err("line without colon \"no colon here\""),
            "\r\n",
        );
        check("WARC/1.0\r\nWARC-Type: resp", Err("input ends inside the header block"), "");
        check(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC/1.0\r\nWARC-Type: request\r\n",
            Err("header block runs into the next record"),
            "WARC/1.0\r\nWARC-Type: request\r\n",
        );
    }
}
