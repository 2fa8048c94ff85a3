//! Failures in (gzip, WARC framing and HTTP parsing problems found while reading),
//! [`WarcError`] out: lowercase messages without a trailing period, each naming the
//! byte offset of the record (or gzip member) it concerns.

use std::io;

/// One problem met while reading an archive. After every variant except [`WarcError::Io`]
/// the reader resynchronises and goes on with the next record.
#[derive(Debug, thiserror::Error)]
pub enum WarcError {
    /// The underlying reader failed; the reader stops.
    #[error("record at byte {offset}: read failed: {source}")]
    Io {
        offset: u64,
        #[source]
        source: io::Error,
    },
    /// The archive ended inside a gzip member.
    #[error("record at byte {offset}: truncated gzip member")]
    TruncatedGzipMember { offset: u64 },
    /// A gzip member's header, deflate data or checksum is invalid.
    #[error("record at byte {offset}: corrupt gzip member: {detail}")]
    CorruptGzipMember { offset: u64, detail: String },
    /// Bytes where a record should start that do not begin with a `WARC/` version line.
    #[error("record at byte {offset}: skipped {length} bytes that do not start a warc record")]
    Garbage { offset: u64, length: u64 },
    /// The WARC header block is malformed.
    #[error("record at byte {offset}: malformed warc header: {detail}")]
    MalformedHeader { offset: u64, detail: String },
    /// The archive ended before the record's block was complete.
    #[error("record at byte {offset}: truncated record: content-length is {expected} but only {found} bytes follow")]
    TruncatedRecord { offset: u64, expected: u64, found: u64 },
    /// The block is larger than the reader's limit; it was skipped without being kept.
    #[error("record at byte {offset}: block of {length} bytes exceeds the limit of {limit} bytes and was skipped")]
    RecordTooLarge { offset: u64, length: u64, limit: u64 },
    /// Other bytes follow the block where the next record or the end should be.
    #[error("record at byte {offset}: block is not followed by a record end (content-length may be wrong)")]
    MissingRecordEnd { offset: u64 },
    /// The HTTP response inside a `response` record is malformed.
    #[error("record at byte {offset}: malformed http response: {detail}")]
    MalformedHttp { offset: u64, detail: String },
    /// The payload's content-encoding is unsupported or could not be undone.
    #[error("record at byte {offset}: cannot undo content-encoding {encoding}: {detail}")]
    ContentEncoding { offset: u64, encoding: String, detail: String },
}

impl WarcError {
    /// The byte offset of the record or gzip member the error concerns.
    pub fn offset(&self) -> u64 {
        match self {
            WarcError::Io { offset, .. }
            | WarcError::TruncatedGzipMember { offset }
            | WarcError::CorruptGzipMember { offset, .. }
            | WarcError::Garbage { offset, .. }
            | WarcError::MalformedHeader { offset, .. }
            | WarcError::TruncatedRecord { offset, .. }
            | WarcError::RecordTooLarge { offset, .. }
            | WarcError::MissingRecordEnd { offset }
            | WarcError::MalformedHttp { offset, .. }
            | WarcError::ContentEncoding { offset, .. } => *offset,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_lowercase_with_offset_and_no_trailing_period() {
        let errors = [
            WarcError::TruncatedGzipMember { offset: 1234 },
            WarcError::Garbage { offset: 7, length: 3 },
            WarcError::RecordTooLarge { offset: 9, length: 100, limit: 10 },
            WarcError::Io { offset: 5, source: io::Error::other("disk gone") },
        ];
        for error in errors {
            let message = error.to_string();
            assert!(message.starts_with(&format!("record at byte {}: ", error.offset())), "{message}");
            assert!(!message.ends_with('.'), "{message}");
            assert_eq!(message, message.to_lowercase(), "{message}");
        }
        assert_eq!(
            WarcError::TruncatedGzipMember { offset: 1234 }.to_string(),
            "record at byte 1234: truncated gzip member"
        );
    }
}
