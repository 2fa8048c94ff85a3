//! Raw archive bytes in (any `BufRead`), the same bytes out through `BufRead`, with
//! three additions the gzip layer needs: the absolute byte position of the next
//! unread byte, a look-ahead of several bytes across buffer boundaries, and an
//! optional recording of consumed bytes that can be replayed to rewind after a
//! corrupt gzip member.

use std::io::{self, BufRead, Read};

/// A `BufRead` wrapper that counts, peeks, records and replays.
pub(crate) struct RawInput<R> {
    inner: R,
    /// Bytes to serve before `inner` (look-ahead or rewound bytes).
    replay: Vec<u8>,
    replay_position: usize,
    /// Absolute offset of the next byte `fill_buf` returns.
    position: u64,
    /// Consumed bytes since `start_recording`, while recording is on.
    recording: Vec<u8>,
    recording_enabled: bool,
    recording_limit: usize,
    recording_overflowed: bool,
    /// Whether `inner` returned an error (a real I/O failure, not bad data).
    inner_failed: bool,
    /// Whether `inner` has reported end of input at least once.
    inner_exhausted: bool,
}

impl<R: BufRead> RawInput<R> {
    pub(crate) fn new(inner: R, recording_limit: usize) -> Self {
        RawInput {
            inner,
            replay: Vec::new(),
            replay_position: 0,
            position: 0,
            recording: Vec::new(),
            recording_enabled: false,
            recording_limit,
            recording_overflowed: false,
            inner_failed: false,
            inner_exhausted: false,
        }
    }

    /// Absolute offset of the next unread byte.
    pub(crate) fn position(&self) -> u64 {
        self.position
    }

    pub(crate) fn inner_failed(&self) -> bool {
        self.inner_failed
    }

    pub(crate) fn inner_exhausted(&self) -> bool {
        self.inner_exhausted
    }

    /// Returns at least `count` bytes unless the input ends first (then all that is left).
    pub(crate) fn peek(&mut self, count: usize) -> io::Result<&[u8]> {
        let buffered = self.replay.len() - self.replay_position;
        if buffered == 0 {
            let available = self.fill_inner()?;
            if available >= count {
                return self.inner.fill_buf();
            }
        }
        if self.replay.len() - self.replay_position < count {
            self.replay.drain(..self.replay_position);
            self.replay_position = 0;
            while self.replay.len() < count {
                let chunk = match self.inner.fill_buf() {
                    Ok(chunk) => chunk,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    Err(error) => {
                        self.inner_failed = true;
                        return Err(error);
                    }
                };
                if chunk.is_empty() {
                    self.inner_exhausted = true;
                    break;
                }
                let take = chunk.len().min(count - self.replay.len());
                self.replay.extend_from_slice(&chunk[..take]);
                self.inner.consume(take);
            }
        }
        Ok(&self.replay[self.replay_position..])
    }

    fn fill_inner(&mut self) -> io::Result<usize> {
        loop {
            match self.inner.fill_buf() {
                Ok(chunk) => {
                    if chunk.is_empty() {
                        self.inner_exhausted = true;
                    }
                    return Ok(chunk.len());
                }
                Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                Err(error) => {
                    self.inner_failed = true;
                    return Err(error);
                }
            }
        }
    }

    /// Starts recording consumed bytes from the current position, dropping any earlier recording.
    pub(crate) fn start_recording(&mut self) {
        self.recording.clear();
        self.recording_enabled = true;
        self.recording_overflowed = false;
    }

    pub(crate) fn stop_recording(&mut self) {
        self.recording_enabled = false;
        self.recording.clear();
    }

    /// Rewinds to `skip` bytes after the start of the recording, so those bytes are read
    /// again. Returns false (and rewinds nothing) when the recording overflowed its limit
    /// or is shorter than `skip`.
    pub(crate) fn rewind_recording(&mut self, skip: usize) -> bool {
        self.recording_enabled = false;
        if self.recording_overflowed || self.recording.len() < skip {
            self.recording.clear();
            return false;
        }
        let mut replayed = self.recording.split_off(skip);
        self.recording.clear();
        replayed.extend_from_slice(&self.replay[self.replay_position..]);
        self.position -= replayed.len() as u64 - (self.replay.len() - self.replay_position) as u64;
        self.replay = replayed;
        self.replay_position = 0;
        true
    }
}

impl<R: BufRead> Read for RawInput<R> {
    fn read(&mut self, destination: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let count = available.len().min(destination.len());
        destination[..count].copy_from_slice(&available[..count]);
        self.consume(count);
        Ok(count)
    }
}

impl<R: BufRead> BufRead for RawInput<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.replay_position < self.replay.len() {
            return Ok(&self.replay[self.replay_position..]);
        }
        self.fill_inner()?;
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        if self.replay_position < self.replay.len() {
            let amount = amount.min(self.replay.len() - self.replay_position);
            if self.recording_enabled {
                let consumed = &self.replay[self.replay_position..self.replay_position + amount];
                record(&mut self.recording, &mut self.recording_overflowed, self.recording_limit, consumed);
            }
            self.replay_position += amount;
            if self.replay_position == self.replay.len() {
                self.replay.clear();
                self.replay_position = 0;
            }
            self.position += amount as u64;
            return;
        }
        if self.recording_enabled {
            if let Ok(chunk) = self.inner.fill_buf() {
                let amount = amount.min(chunk.len());
                record(&mut self.recording, &mut self.recording_overflowed, self.recording_limit, &chunk[..amount]);
            }
        }
        self.inner.consume(amount);
        self.position += amount as u64;
    }
}

fn record(recording: &mut Vec<u8>, overflowed: &mut bool, limit: usize, consumed: &[u8]) {
    if *overflowed {
        return;
    }
    if recording.len() + consumed.len() > limit {
        *overflowed = true;
        recording.clear();
        return;
    }
    recording.extend_from_slice(consumed);
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    fn small_chunks(bytes: &'static [u8]) -> RawInput<BufReader<&'static [u8]>> {
        RawInput::new(BufReader::with_capacity(2, bytes), 1024)
    }

    #[test]
    fn peek_crosses_the_inner_buffer_boundary() {
        let mut input = small_chunks(b"abcdefgh");
        assert_eq!(input.peek(5).unwrap(), b"abcde");
        input.consume(3);
        assert_eq!(input.fill_buf().unwrap(), b"de");
        assert_eq!(input.position(), 3);
        let mut rest = Vec::new();
        input.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, b"defgh");
        assert_eq!(input.position(), 8);
    }

    #[test]
    fn peek_near_the_end_returns_what_is_left() {
        let mut input = small_chunks(b"abc");
        assert_eq!(input.peek(10).unwrap(), b"abc");
    }

    #[test]
    fn rewind_replays_recorded_bytes_after_the_skip() {
        let mut input = small_chunks(b"0123456789");
        assert_eq!(input.fill_buf().unwrap(), b"01");
        input.consume(2);
        input.start_recording();
        let mut first = [0u8; 5];
        input.read_exact(&mut first).unwrap();
        assert_eq!(&first, b"23456");
        let _ = input.peek(2).unwrap();
        assert!(input.rewind_recording(1));
        assert_eq!(input.position(), 3);
        let mut rest = Vec::new();
        input.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, b"3456789");
    }

    #[test]
    fn rewind_refuses_after_overflow() {
        let mut input = RawInput::new(BufReader::new(&b"0123456789"[..]), 4);
        input.start_recording();
        let mut sink = Vec::new();
        input.read_to_end(&mut sink).unwrap();
        assert!(!input.rewind_recording(1));
        assert_eq!(input.position(), 10);
    }
}
