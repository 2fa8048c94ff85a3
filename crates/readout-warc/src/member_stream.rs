//! Raw archive bytes in, the decoded WARC byte stream out: gzip members are inflated
//! one at a time (so each record knows the compressed offset of the member it starts
//! in), plain stretches pass through. Corrupt or truncated members are reported as a
//! [`StreamFailure`] and [`MemberStream::recover_after_member_failure`] rewinds to just
//! after the failed member's start and scans for the next gzip magic or `WARC/` line.

use std::io::{self, BufRead, Read};

use flate2::bufread::GzDecoder;

use crate::raw_input::RawInput;

/// The three bytes that open every gzip member using deflate.
pub(crate) const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

const DECODED_BUFFER_BYTES: usize = 64 * 1024;

/// Why the decoded stream could not deliver bytes.
#[derive(Debug)]
pub(crate) enum StreamFailure {
    /// A gzip member ended before its deflate data or trailer was complete.
    TruncatedMember { member_offset: u64 },
    /// A gzip member's header, deflate data or checksum was invalid.
    CorruptMember { member_offset: u64, detail: String },
    /// The underlying reader failed; nothing more can be read.
    Io { position: u64, error: io::Error },
}

enum Mode<R> {
    Plain(RawInput<R>),
    Gzip(Box<GzDecoder<RawInput<R>>>),
    /// Only seen transiently while switching modes.
    Switching,
}

/// The decoded byte stream of a WARC file, whether plain, gzip per record or one gzip stream.
pub(crate) struct MemberStream<R> {
    mode: Mode<R>,
    buffer: Box<[u8]>,
    buffer_start: usize,
    buffer_end: usize,
    member_offset: u64,
    consumed_in_member: u64,
    total_consumed: u64,
    after_newline: bool,
}

impl<R: BufRead> MemberStream<R> {
    pub(crate) fn new(reader: R, recording_limit: usize) -> Self {
        MemberStream {
            mode: Mode::Plain(RawInput::new(reader, recording_limit)),
            buffer: vec![0u8; DECODED_BUFFER_BYTES].into_boxed_slice(),
            buffer_start: 0,
            buffer_end: 0,
            member_offset: 0,
            consumed_in_member: 0,
            total_consumed: 0,
            after_newline: true,
        }
    }

    /// The offset to report for a record whose first byte is the next unread byte: the
    /// compressed offset of the current gzip member, or the plain byte offset.
    pub(crate) fn record_offset(&self) -> u64 {
        match &self.mode {
            Mode::Gzip(_) => self.member_offset,
            Mode::Plain(raw) => raw.position(),
            Mode::Switching => self.member_offset,
        }
    }

    /// A measure of progress: raw position and decoded bytes consumed so far.
    pub(crate) fn progress_marker(&self) -> (u64, u64) {
        let raw_position = match &self.mode {
            Mode::Gzip(decoder) => decoder.get_ref().position(),
            Mode::Plain(raw) => raw.position(),
            Mode::Switching => 0,
        };
        (raw_position, self.total_consumed)
    }

    /// True when the next unread byte is the first decoded byte of a gzip member.
    pub(crate) fn at_member_start(&self) -> bool {
        matches!(self.mode, Mode::Gzip(_)) && self.consumed_in_member == 0
    }

    /// True when the last consumed byte was a line feed (or nothing was consumed yet).
    pub(crate) fn after_newline(&self) -> bool {
        self.after_newline
    }

    /// In plain mode, starts inflating if the next raw bytes are a gzip member.
    pub(crate) fn switch_to_gzip_if_member_follows(&mut self) -> Result<bool, StreamFailure> {
        let Mode::Plain(raw) = &mut self.mode else {
            return Ok(false);
        };
        let position = raw.position();
        let starts_member =
            raw.peek(GZIP_MAGIC.len()).map_err(|error| StreamFailure::Io { position, error })?.starts_with(&GZIP_MAGIC);
        if starts_member {
            if let Mode::Plain(raw) = std::mem::replace(&mut self.mode, Mode::Switching) {
                self.begin_member(raw);
            }
        }
        Ok(starts_member)
    }

    fn begin_member(&mut self, mut raw: RawInput<R>) {
        self.member_offset = raw.position();
        self.consumed_in_member = 0;
        self.after_newline = true;
        self.buffer_start = 0;
        self.buffer_end = 0;
        raw.start_recording();
        self.mode = Mode::Gzip(Box::new(GzDecoder::new(raw)));
    }

    /// After a member ends: the next member if gzip magic follows, otherwise plain bytes.
    fn continue_after_member(&mut self, mut raw: RawInput<R>) -> Result<(), StreamFailure> {
        raw.stop_recording();
        let position = raw.position();
        let peeked = raw.peek(GZIP_MAGIC.len());
        match peeked {
            Ok(bytes) if bytes.starts_with(&GZIP_MAGIC) => {
                self.begin_member(raw);
                Ok(())
            }
            Ok(_) => {
                self.mode = Mode::Plain(raw);
                Ok(())
            }
            Err(error) => {
                self.mode = Mode::Plain(raw);
                Err(StreamFailure::Io { position, error })
            }
        }
    }

    fn classify_member_error(&self, error: io::Error) -> StreamFailure {
        match &self.mode {
            Mode::Gzip(decoder) => classify_member_error(decoder.get_ref(), self.member_offset, error),
            _ => StreamFailure::Io { position: self.member_offset, error },
        }
    }

    /// Makes sure decoded bytes are buffered (gzip mode); returns false at the end of input.
    fn refill_decoded(&mut self) -> Result<bool, StreamFailure> {
        loop {
            if self.buffer_start < self.buffer_end {
                return Ok(true);
            }
            let Mode::Gzip(decoder) = &mut self.mode else {
                return Ok(false);
            };
            self.buffer_start = 0;
            self.buffer_end = 0;
            match decoder.read(&mut self.buffer) {
                Ok(0) => {
                    if let Mode::Gzip(decoder) = std::mem::replace(&mut self.mode, Mode::Switching) {
                        self.continue_after_member(decoder.into_inner())?;
                    }
                    if matches!(self.mode, Mode::Plain(_)) {
                        return Ok(false);
                    }
                }
                Ok(count) => self.buffer_end = count,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(self.classify_member_error(error)),
            }
        }
    }

    /// The next decoded bytes; empty at the end of input.
    pub(crate) fn fill_buf(&mut self) -> Result<&[u8], StreamFailure> {
        self.refill_decoded()?;
        match &mut self.mode {
            Mode::Gzip(_) => Ok(&self.buffer[self.buffer_start..self.buffer_end]),
            Mode::Plain(raw) => {
                let position = raw.position();
                raw.fill_buf().map_err(|error| StreamFailure::Io { position, error })
            }
            Mode::Switching => Ok(&[]),
        }
    }

    /// At least `count` decoded bytes when they exist within the current member or plain
    /// stretch; fewer only at such an end.
    pub(crate) fn peek(&mut self, count: usize) -> Result<&[u8], StreamFailure> {
        self.refill_decoded()?;
        match &mut self.mode {
            Mode::Gzip(decoder) => {
                let count = count.min(self.buffer.len());
                if self.buffer_end - self.buffer_start < count {
                    self.buffer.copy_within(self.buffer_start..self.buffer_end, 0);
                    self.buffer_end -= self.buffer_start;
                    self.buffer_start = 0;
                    while self.buffer_end < count {
                        match decoder.read(&mut self.buffer[self.buffer_end..]) {
                            Ok(0) => break,
                            Ok(read) => self.buffer_end += read,
                            Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                            Err(error) => {
                                return Err(classify_member_error(decoder.get_ref(), self.member_offset, error))
                            }
                        }
                    }
                }
                Ok(&self.buffer[self.buffer_start..self.buffer_end])
            }
            Mode::Plain(raw) => {
                let position = raw.position();
                raw.peek(count).map_err(|error| StreamFailure::Io { position, error })
            }
            Mode::Switching => Ok(&[]),
        }
    }

    /// Marks `amount` bytes of the last `fill_buf`/`peek` result as read.
    pub(crate) fn consume(&mut self, amount: usize) {
        if amount == 0 {
            return;
        }
        match &mut self.mode {
            Mode::Gzip(_) => {
                let amount = amount.min(self.buffer_end - self.buffer_start);
                if amount == 0 {
                    return;
                }
                self.after_newline = self.buffer[self.buffer_start + amount - 1] == b'\n';
                self.buffer_start += amount;
                self.consumed_in_member += amount as u64;
                self.total_consumed += amount as u64;
            }
            Mode::Plain(raw) => {
                if let Ok(bytes) = raw.fill_buf() {
                    let amount = amount.min(bytes.len());
                    if amount > 0 {
                        self.after_newline = bytes[amount - 1] == b'\n';
                    }
                }
                raw.consume(amount);
                self.total_consumed += amount as u64;
            }
            Mode::Switching => {}
        }
    }

    /// After a member failure: rewinds to one byte past the failed member's start (when
    /// its bytes were recorded) and moves to the next gzip magic or `WARC/` line.
    pub(crate) fn recover_after_member_failure(&mut self) -> Result<(), StreamFailure> {
        let mut raw = match std::mem::replace(&mut self.mode, Mode::Switching) {
            Mode::Gzip(decoder) => {
                let mut raw = decoder.into_inner();
                raw.rewind_recording(1);
                raw
            }
            Mode::Plain(raw) => raw,
            Mode::Switching => return Ok(()),
        };
        self.buffer_start = 0;
        self.buffer_end = 0;
        loop {
            let position = raw.position();
            let chunk = match raw.fill_buf() {
                Ok(chunk) => chunk,
                Err(error) => {
                    self.mode = Mode::Plain(raw);
                    return Err(StreamFailure::Io { position, error });
                }
            };
            if chunk.is_empty() {
                self.mode = Mode::Plain(raw);
                return Ok(());
            }
            let Some(candidate) = memchr::memchr2(GZIP_MAGIC[0], b'\n', chunk) else {
                let length = chunk.len();
                raw.consume(length);
                continue;
            };
            raw.consume(candidate);
            let looks_like = match raw.peek(8) {
                Ok(bytes) if bytes.starts_with(&GZIP_MAGIC) => Some(true),
                Ok(bytes) if bytes.len() > 1 && is_version_line_start(&bytes[1..]) => Some(false),
                Ok(_) => None,
                Err(error) => {
                    self.mode = Mode::Plain(raw);
                    return Err(StreamFailure::Io { position, error });
                }
            };
            match looks_like {
                Some(true) => {
                    self.begin_member(raw);
                    return Ok(());
                }
                Some(false) => {
                    raw.consume(1);
                    self.after_newline = true;
                    self.mode = Mode::Plain(raw);
                    return Ok(());
                }
                None => raw.consume(1),
            }
        }
    }

    /// Skips at least one byte, then everything up to the next place a record may start:
    /// a `WARC/` line, the start of a gzip member, or the end of input. Returns the number
    /// of decoded bytes skipped.
    pub(crate) fn skip_to_record_start(&mut self) -> Result<u64, StreamFailure> {
        let mut skipped: u64 = 0;
        loop {
            if skipped > 0 {
                if self.at_member_start() || self.switch_to_gzip_if_member_follows()? {
                    return Ok(skipped);
                }
                if self.after_newline && is_version_line_start(self.peek(VERSION_PREFIX_BYTES)?) {
                    return Ok(skipped);
                }
            }
            let plain = matches!(self.mode, Mode::Plain(_));
            let chunk = self.fill_buf()?;
            if chunk.is_empty() {
                return Ok(skipped);
            }
            let step = if plain {
                match memchr::memchr2(b'\n', GZIP_MAGIC[0], chunk) {
                    Some(index) if chunk[index] == b'\n' => index + 1,
                    Some(index) => index.max(1),
                    None => chunk.len(),
                }
            } else {
                memchr::memchr(b'\n', chunk).map_or(chunk.len(), |index| index + 1)
            };
            self.consume(step);
            skipped += step as u64;
        }
    }
}

/// Tells a truncated member from a corrupt one and both from a failing reader.
fn classify_member_error<R: BufRead>(raw: &RawInput<R>, member_offset: u64, error: io::Error) -> StreamFailure {
    if raw.inner_failed() {
        StreamFailure::Io { position: raw.position(), error }
    } else if raw.inner_exhausted() && error.kind() == io::ErrorKind::UnexpectedEof {
        StreamFailure::TruncatedMember { member_offset }
    } else {
        StreamFailure::CorruptMember { member_offset, detail: error.to_string().to_lowercase() }
    }
}

/// Bytes needed to recognise a version line: `WARC/` and one digit.
pub(crate) const VERSION_PREFIX_BYTES: usize = 6;

/// Whether `bytes` begins like a WARC version line (`WARC/` followed by a digit).
pub(crate) fn is_version_line_start(bytes: &[u8]) -> bool {
    bytes.len() >= VERSION_PREFIX_BYTES && bytes.starts_with(b"WARC/") && bytes[5].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{write::GzEncoder, Compression};
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        encoder.write_all(bytes).unwrap();
        encoder.finish().unwrap()
    }

    fn drain(stream: &mut MemberStream<&[u8]>) -> Result<Vec<u8>, StreamFailure> {
        let mut out = Vec::new();
        loop {
            let chunk = stream.fill_buf()?;
            if chunk.is_empty() {
                return Ok(out);
            }
            let length = chunk.len();
            out.extend_from_slice(chunk);
            stream.consume(length);
        }
    }

    #[test]
    fn members_are_concatenated_and_offsets_follow_members() {
        let first = gzip(b"first member\n");
        let second = gzip(b"second member\n");
        let mut file = first.clone();
        file.extend_from_slice(&second);
        let mut stream = MemberStream::new(&file[..], 1 << 20);
        assert!(stream.switch_to_gzip_if_member_follows().unwrap());
        assert_eq!(stream.record_offset(), 0);
        let mut line = Vec::new();
        while !line.ends_with(b"\n") {
            let chunk = stream.fill_buf().unwrap();
            line.push(chunk[0]);
            stream.consume(1);
        }
        stream.fill_buf().unwrap();
        assert!(stream.at_member_start());
        assert_eq!(stream.record_offset(), first.len() as u64);
        assert_eq!(drain(&mut stream).unwrap(), b"second member\n");
    }

    #[test]
    fn truncated_member_reports_and_recovers_to_the_next_member() {
        let first = gzip(&b"x".repeat(5000));
        let second = gzip(b"after\n");
        let mut file = first[..first.len() / 2].to_vec();
        let second_offset = file.len() as u64;
        file.extend_from_slice(&second);
        let mut stream = MemberStream::new(&file[..], 1 << 20);
        stream.switch_to_gzip_if_member_follows().unwrap();
        let failure = drain(&mut stream).unwrap_err();
        assert!(matches!(
            failure,
            StreamFailure::CorruptMember { member_offset: 0, .. } | StreamFailure::TruncatedMember { member_offset: 0 }
        ));
        stream.recover_after_member_failure().unwrap();
        stream.fill_buf().unwrap();
        assert_eq!(stream.record_offset(), second_offset);
        assert_eq!(drain(&mut stream).unwrap(), b"after\n");
    }

    #[test]
    fn truncated_last_member_is_reported_as_truncated() {
        let member = gzip(b"some text that will be cut off before the trailer");
        let file = &member[..member.len() - 4];
        let mut stream = MemberStream::new(file, 1 << 20);
        stream.switch_to_gzip_if_member_follows().unwrap();
        let failure = drain(&mut stream).unwrap_err();
        assert!(matches!(failure, StreamFailure::TruncatedMember { member_offset: 0 }), "{failure:?}");
        stream.recover_after_member_failure().unwrap();
        assert_eq!(drain(&mut stream).unwrap(), b"");
    }

    #[test]
    fn skip_to_record_start_stops_at_version_line() {
        let mut stream = MemberStream::new(&b"garbage\nmore WARC/1.0\nWARC/1.1\r\n"[..], 1 << 20);
        assert_eq!(stream.skip_to_record_start().unwrap(), 22);
        assert_eq!(drain(&mut stream).unwrap(), b"WARC/1.1\r\n");
    }
}
