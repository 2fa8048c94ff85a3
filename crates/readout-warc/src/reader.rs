//! A `BufRead` over a `.warc` or `.warc.gz` file in, an iterator of
//! `Result<WarcRecord, WarcError>` out. Memory stays bounded: blocks are streamed, only
//! `response` blocks up to the size limit are held, and after any error the reader
//! resynchronises to the next gzip member or `WARC/` line so good records on either
//! side of damage are still returned.

use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::Path;

use crate::error::WarcError;
use crate::http_response::{parse_http_response, HttpFailure};
use crate::member_stream::{is_version_line_start, MemberStream, StreamFailure, GZIP_MAGIC, VERSION_PREFIX_BYTES};
use crate::record::WarcRecord;
use crate::warc_header::{read_warc_header, HeaderFailure, WarcHeader};

/// Default cap on a `response` block (and on its decoded payload): 64 MiB.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 64 * 1024 * 1024;

const FILE_BUFFER_BYTES: usize = 256 * 1024;

/// What the reader must do before it can read the next record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Recovery {
    None,
    /// A gzip member failed: rewind into it and look for the next member or `WARC/` line.
    AfterMemberFailure,
    /// The underlying reader failed or no progress is possible: stop.
    Stop,
}

/// Streaming reader of WARC records from plain or gzip (per record or whole file) input.
pub struct WarcReader<R: BufRead> {
    stream: MemberStream<R>,
    max_record_bytes: usize,
    recovery: Recovery,
    last_error_marker: Option<(u64, u64)>,
}

impl<R: BufRead> WarcReader<R> {
    /// Reads records from `reader`; gzip members are recognised by their magic bytes.
    pub fn new(reader: R) -> Self {
        Self::with_max_record_bytes(reader, DEFAULT_MAX_RECORD_BYTES)
    }

    /// Like [`WarcReader::new`] with a different cap on `response` blocks; larger ones are
    /// skipped with [`WarcError::RecordTooLarge`].
    pub fn with_max_record_bytes(reader: R, max_record_bytes: usize) -> Self {
        let recording_limit = max_record_bytes.saturating_add(1024 * 1024);
        WarcReader {
            stream: MemberStream::new(reader, recording_limit),
            max_record_bytes,
            recovery: Recovery::None,
            last_error_marker: None,
        }
    }

    fn stream_error(&mut self, failure: StreamFailure) -> WarcError {
        match failure {
            StreamFailure::TruncatedMember { member_offset } => {
                self.recovery = Recovery::AfterMemberFailure;
                WarcError::TruncatedGzipMember { offset: member_offset }
            }
            StreamFailure::CorruptMember { member_offset, detail } => {
                self.recovery = Recovery::AfterMemberFailure;
                WarcError::CorruptGzipMember { offset: member_offset, detail }
            }
            StreamFailure::Io { position, error } => {
                self.recovery = Recovery::Stop;
                WarcError::Io { offset: position, source: error }
            }
        }
    }

    /// Skips to the next record start after a framing error. When the skip runs into a
    /// failing gzip member, that failure (the likely cause) is reported instead.
    fn resync_after(&mut self, error: WarcError) -> WarcError {
        match self.stream.skip_to_record_start() {
            Ok(_) => error,
            Err(failure) => self.stream_error(failure),
        }
    }

    /// Runs the pending recovery; an error here is itself reported.
    fn recover(&mut self) -> Result<(), StreamFailure> {
        let recovery = std::mem::replace(&mut self.recovery, Recovery::None);
        match recovery {
            Recovery::None | Recovery::Stop => Ok(()),
            Recovery::AfterMemberFailure => self.stream.recover_after_member_failure(),
        }
    }

    /// Skips line breaks between records; returns false at the end of input.
    fn move_to_next_record(&mut self) -> Result<bool, StreamFailure> {
        loop {
            self.stream.switch_to_gzip_if_member_follows()?;
            let chunk = self.stream.fill_buf()?;
            if chunk.is_empty() {
                return Ok(false);
            }
            let breaks = chunk.iter().take_while(|byte| matches!(byte, b'\r' | b'\n')).count();
            if breaks == 0 {
                return Ok(true);
            }
            self.stream.consume(breaks);
        }
    }

    fn read_record(&mut self) -> Option<Result<WarcRecord, WarcError>> {
        if self.recovery == Recovery::Stop {
            return None;
        }
        if let Err(failure) = self.recover() {
            return Some(Err(self.stream_error(failure)));
        }
        match self.move_to_next_record() {
            Ok(true) => {}
            Ok(false) => return None,
            Err(failure) => return Some(Err(self.stream_error(failure))),
        }
        let offset = self.stream.record_offset();
        match self.stream.peek(VERSION_PREFIX_BYTES) {
            Ok(upcoming) if is_version_line_start(upcoming) => {}
            Ok(_) => {
                return Some(match self.stream.skip_to_record_start() {
                    Ok(length) => Err(WarcError::Garbage { offset, length }),
                    Err(failure) => Err(self.stream_error(failure)),
                })
            }
            Err(failure) => return Some(Err(self.stream_error(failure))),
        }
        let header = match read_warc_header(&mut self.stream) {
            Ok(header) => header,
            Err(HeaderFailure::Stream(failure)) => return Some(Err(self.stream_error(failure))),
            Err(HeaderFailure::Malformed(detail)) => {
                return Some(Err(self.resync_after(WarcError::MalformedHeader { offset, detail })));
            }
        };
        Some(self.read_block(offset, header))
    }

    fn read_block(&mut self, offset: u64, header: WarcHeader) -> Result<WarcRecord, WarcError> {
        let is_response = header.record_type.eq_ignore_ascii_case("response");
        let length = header.content_length;
        let fits = length <= self.max_record_bytes as u64;
        let mut block = Vec::new();
        let found =
            if is_response && fits { self.copy_block(length, Some(&mut block)) } else { self.copy_block(length, None) };
        let found = found.map_err(|failure| self.stream_error(failure))?;
        if found < length {
            return Err(self.resync_after(WarcError::TruncatedRecord { offset, expected: length, found }));
        }
        self.check_record_end(offset)?;
        if is_response && !fits {
            return Err(WarcError::RecordTooLarge { offset, length, limit: self.max_record_bytes as u64 });
        }
        let http = if is_response {
            parse_http_response(block, self.max_record_bytes).map_err(|failure| match failure {
                HttpFailure::Malformed(detail) => WarcError::MalformedHttp { offset, detail },
                HttpFailure::Encoding(failure) => {
                    WarcError::ContentEncoding { offset, encoding: failure.encoding, detail: failure.detail }
                }
            })?
        } else {
            None
        };
        Ok(WarcRecord {
            offset,
            record_type: header.record_type,
            target_uri: header.target_uri,
            date: header.date,
            http,
        })
    }

    /// Reads `length` block bytes into `keep`, or discards them; returns how many there were.
    fn copy_block(&mut self, length: u64, mut keep: Option<&mut Vec<u8>>) -> Result<u64, StreamFailure> {
        let mut copied: u64 = 0;
        while copied < length {
            let chunk = self.stream.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            let take = chunk.len().min(usize::try_from(length - copied).unwrap_or(usize::MAX));
            if let Some(block) = keep.as_deref_mut() {
                block.extend_from_slice(&chunk[..take]);
            }
            self.stream.consume(take);
            copied += take as u64;
        }
        Ok(copied)
    }

    /// After the block: a blank line (`\r\n\r\n`), or at least the end of input, a new
    /// gzip member or a `WARC/` line. Reading on also completes the gzip member, so a bad
    /// checksum or truncated trailer is reported against this record.
    fn check_record_end(&mut self, offset: u64) -> Result<(), WarcError> {
        let outcome = (|| -> Result<bool, StreamFailure> {
            let mut line_feeds = 0usize;
            loop {
                let chunk = self.stream.fill_buf()?;
                if chunk.is_empty() {
                    return Ok(true);
                }
                let breaks = chunk.iter().take_while(|byte| matches!(byte, b'\r' | b'\n')).count();
                let feeds = chunk[..breaks].iter().filter(|byte| **byte == b'\n').count();
                let only_breaks = breaks == chunk.len();
                if self.stream.at_member_start() {
                    return Ok(true);
                }
                line_feeds += feeds;
                self.stream.consume(breaks);
                if !only_breaks {
                    break;
                }
            }
            if line_feeds >= 2 {
                return Ok(true);
            }
            let upcoming = self.stream.peek(VERSION_PREFIX_BYTES)?;
            Ok(upcoming.is_empty() || is_version_line_start(upcoming) || upcoming.starts_with(&GZIP_MAGIC))
        })();
        match outcome {
            Ok(true) => Ok(()),
            Ok(false) => Err(self.resync_after(WarcError::MissingRecordEnd { offset })),
            Err(failure) => Err(self.stream_error(failure)),
        }
    }
}

impl<R: BufRead> Iterator for WarcReader<R> {
    type Item = Result<WarcRecord, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.read_record()?;
        if item.is_err() {
            let marker = self.stream.progress_marker();
            if self.last_error_marker == Some(marker) && self.recovery != Recovery::None {
                self.recovery = Recovery::Stop;
            }
            self.last_error_marker = Some(marker);
        }
        Some(item)
    }
}

/// Opens a `.warc` or `.warc.gz` file (gzip is recognised by its magic bytes, whatever
/// the file name) with a large read buffer.
pub fn open(path: &Path) -> io::Result<WarcReader<Box<dyn BufRead + Send>>> {
    let file = File::open(path)?;
    let reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(FILE_BUFFER_BYTES, file));
    Ok(WarcReader::new(reader))
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::{Cursor, Write};

    fn record(record_type: &str, uri: &str, block: &str) -> Vec<u8> {
        format!(
            "WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nContent-Length: {}\r\n\r\n{block}\r\n\r\n",
            block.len()
        )
        .into_bytes()
    }

    fn html_response(uri: &str, body: &str) -> Vec<u8> {
        record("response", uri, &format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n{body}"))
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::fast());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    /// Summarises each item as `offset type uri` or `error: message`.
    fn summarise(input: &[u8], max_record_bytes: usize) -> Vec<String> {
        WarcReader::with_max_record_bytes(Cursor::new(input.to_vec()), max_record_bytes)
            .map(|item| match item {
                Ok(record) => {
                    format!("{} {} {}", record.offset, record.record_type, record.target_uri.unwrap_or_default())
                }
                Err(error) => format!("error: {error}"),
            })
            .collect()
    }

    fn check(input: &[u8], expect: &[&str]) {
        assert_eq!(summarise(input, DEFAULT_MAX_RECORD_BYTES), expect, "input {:?}", String::from_utf8_lossy(input));
    }

    #[test]
    fn plain_records_in_order_with_offsets() {
        let first = record("warcinfo", "", "software: test\r\n");
        let second = html_response("http://a/", "<p>a</p>");
        let input = [first.clone(), second].concat();
        check(&input, &["0 warcinfo ", &format!("{} response http://a/", first.len())]);
    }

    #[test]
    fn response_body_is_parsed_and_others_are_not() {
        let input =
            [record("request", "http://a/", "GET / HTTP/1.1\r\n\r\n"), html_response("http://a/", "<p>x</p>")].concat();
        let records: Vec<WarcRecord> = WarcReader::new(Cursor::new(input)).map(Result::unwrap).collect();
        assert_eq!(records[0].http, None);
        let http = records[1].http.as_ref().unwrap();
        assert_eq!((http.status, http.body.as_slice()), (200, &b"<p>x</p>"[..]));
        assert!(records[1].is_html_response());
    }

    #[test]
    fn resyncs_after_garbage_between_records() {
        let first = html_response("http://a/", "a");
        let garbage = b"\x00\x01 not a record\nstill not\n".to_vec();
        let second = html_response("http://b/", "b");
        let input = [first.clone(), garbage.clone(), second].concat();
        check(
            &input,
            &[
                "0 response http://a/",
                &format!(
                    "error: record at byte {}: skipped {} bytes that do not start a warc record",
                    first.len(),
                    garbage.len()
                ),
                &format!("{} response http://b/", first.len() + garbage.len()),
            ],
        );
    }

    #[test]
    fn malformed_header_is_reported_and_the_next_record_read() {
        let broken = b"WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\n\r\nbody\r\n\r\n".to_vec();
        let good = html_response("http://b/", "b");
        let input = [broken.clone(), good].concat();
        check(
            &input,
            &[
                "error: record at byte 0: malformed warc header: line without colon \"this line has no colon\"",
                &format!("{} response http://b/", broken.len()),
            ],
        );
    }

    #[test]
    fn wrong_content_length_is_reported_and_the_next_record_read() {
        let mut short = record("response", "http://a/", "HTTP/1.1 200 OK\r\n\r\nabcdef");
        let text = String::from_utf8(short.clone()).unwrap().replace("Content-Length: 25", "Content-Length: 20");
        short = text.into_bytes();
        let good = html_response("http://b/", "b");
        let input = [short.clone(), good].concat();
        check(
            &input,
            &[
                "error: record at byte 0: block is not followed by a record end (content-length may be wrong)",
                &format!("{} response http://b/", short.len()),
            ],
        );
    }

    #[test]
    fn truncated_plain_record_is_reported() {
        let full = html_response("http://a/", "<p>a long enough body</p>");
        let cut = &full[..full.len() - 10];
        let summary = summarise(cut, DEFAULT_MAX_RECORD_BYTES);
        assert_eq!(summary.len(), 1);
        assert!(summary[0].starts_with("error: record at byte 0: truncated record: content-length is "), "{summary:?}");
    }

    #[test]
    fn oversized_response_is_skipped_with_an_error() {
        let big = html_response("http://big/", &"x".repeat(5000));
        let small = html_response("http://small/", "s");
        let input = [big.clone(), small].concat();
        let summary = summarise(&input, 1000);
        assert_eq!(summary.len(), 2);
        assert!(
            summary[0].contains("record at byte 0: block of 5044 bytes exceeds the limit of 1000 bytes"),
            "{summary:?}"
        );
        assert_eq!(summary[1], format!("{} response http://small/", big.len()));
    }

    #[test]
    fn gzip_members_give_compressed_offsets() {
        let first = gzip(&html_response("http://a/", "a"));
        let second = gzip(&record("metadata", "http://a/", "x: y\r\n"));
        let input = [first.clone(), second].concat();
        check(&input, &["0 response http://a/", &format!("{} metadata http://a/", first.len())]);
    }

    #[test]
    fn truncated_member_in_the_middle_is_skipped() {
        let first = gzip(&html_response("http://a/", "a"));
        let damaged = gzip(&html_response("http://b/", &"b".repeat(3000)));
        let third = gzip(&html_response("http://c/", "c"));
        let cut = &damaged[..damaged.len() / 2];
        let input = [first.clone(), cut.to_vec(), third].concat();
        let summary = summarise(&input, DEFAULT_MAX_RECORD_BYTES);
        assert_eq!(summary.len(), 3, "{summary:?}");
        assert_eq!(summary[0], "0 response http://a/");
        assert!(summary[1].starts_with(&format!("error: record at byte {}: ", first.len())), "{summary:?}");
        assert_eq!(summary[2], format!("{} response http://c/", first.len() + cut.len()));
    }

    #[test]
    fn truncated_last_member_is_reported() {
        let first = gzip(&html_response("http://a/", "a"));
        let second = gzip(&html_response("http://b/", &"b".repeat(3000)));
        let input = [first.clone(), second[..second.len() - 3].to_vec()].concat();
        check(
            &input,
            &["0 response http://a/", &format!("error: record at byte {}: truncated gzip member", first.len())],
        );
    }

    #[test]
    fn garbage_between_members_is_skipped() {
        let first = gzip(&html_response("http://a/", "a"));
        let second = gzip(&html_response("http://b/", "b"));
        let input = [first.clone(), b"junk".to_vec(), second].concat();
        check(
            &input,
            &[
                "0 response http://a/",
                &format!("error: record at byte {}: skipped 4 bytes that do not start a warc record", first.len()),
                &format!("{} response http://b/", first.len() + 4),
            ],
        );
    }

    #[test]
    fn flipped_byte_in_a_member_costs_only_that_record() {
        let first = gzip(&html_response("http://a/", "a"));
        let mut second = gzip(&html_response("http://b/", &"b".repeat(100)));
        let middle = second.len() / 2;
        second[middle] ^= 0x55;
        let third = gzip(&html_response("http://c/", "c"));
        let input = [first.clone(), second.clone(), third].concat();
        let summary = summarise(&input, DEFAULT_MAX_RECORD_BYTES);
        assert_eq!(summary.first().map(String::as_str), Some("0 response http://a/"));
        assert_eq!(summary.last(), Some(&format!("{} response http://c/", first.len() + second.len())));
        assert!(summary[1..summary.len() - 1].iter().all(|item| item.starts_with("error: ")), "{summary:?}");
    }

    #[test]
    fn empty_and_blank_inputs_give_nothing() {
        check(b"", &[]);
        check(b"\r\n\r\n", &[]);
    }

    /// A small deterministic generator, so the robustness test needs no extra crate.
    fn next_random(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn mutated_archives_never_panic_and_always_end() {
        let plain: Vec<u8> = [
            html_response("http://a/", "<p>a</p>"),
            record("request", "http://a/", "GET / HTTP/1.1\r\n\r\n"),
            record(
                "response",
                "http://c/",
                "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n5\r\nabcde\r\n0\r\n\r\n",
            ),
        ]
        .concat();
        let gzipped: Vec<u8> = [gzip(&plain[..60]), gzip(&plain[60..]), gzip(&plain)].concat();
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for base in [&plain, &gzipped] {
            for _ in 0..300 {
                let mut input = base.clone();
                for _ in 0..(next_random(&mut state) % 6 + 1) {
                    let position = (next_random(&mut state) % input.len() as u64) as usize;
                    match next_random(&mut state) % 3 {
                        0 => input[position] = next_random(&mut state) as u8,
                        1 => input.truncate(position.max(1)),
                        _ => input.insert(position, next_random(&mut state) as u8),
                    }
                }
                let items = WarcReader::new(Cursor::new(input.clone())).take(10_000).count();
                assert!(items < 10_000, "reader did not end on {input:?}");
            }
        }
    }
}
