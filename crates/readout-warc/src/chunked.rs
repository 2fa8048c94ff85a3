//! An HTTP body with `Transfer-Encoding: chunked` in, the joined chunk data out.
//! Lenient like browsers: a body whose first size line is not hexadecimal is taken to be
//! unchunked (some archives keep the header after removing the coding), and a body cut
//! off mid-chunk yields the data decoded so far.

/// Undoes chunked transfer coding. `None` when `body` does not start with a chunk-size line.
pub(crate) fn decode_chunked(body: &[u8]) -> Option<Vec<u8>> {
    let mut decoded = Vec::with_capacity(body.len());
    let mut rest = body;
    let mut first_chunk = true;
    loop {
        let Some((size, after_size_line)) = parse_size_line(rest) else {
            return if first_chunk { None } else { Some(decoded) };
        };
        first_chunk = false;
        if size == 0 {
            return Some(decoded);
        }
        let available = after_size_line.len().min(size);
        decoded.extend_from_slice(&after_size_line[..available]);
        if available < size {
            return Some(decoded);
        }
        rest = skip_line_ending(&after_size_line[size..]);
    }
}

/// Parses `HEX[;extensions][spaces]\r\n`; returns the size and the bytes after the line.
fn parse_size_line(input: &[u8]) -> Option<(usize, &[u8])> {
    let line_end = memchr::memchr(b'\n', input)?;
    let line = &input[..line_end];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let size_text = match memchr::memchr(b';', line) {
        Some(semicolon) => &line[..semicolon],
        None => line,
    };
    let size_text = size_text.trim_ascii();
    if size_text.is_empty() || size_text.len() > 15 || !size_text.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    let size = usize::from_str_radix(std::str::from_utf8(size_text).ok()?, 16).ok()?;
    Some((size, &input[line_end + 1..]))
}

fn skip_line_ending(input: &[u8]) -> &[u8] {
    let input = input.strip_prefix(b"\r").unwrap_or(input);
    input.strip_prefix(b"\n").unwrap_or(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[u8], expect: Option<&[u8]>) {
        assert_eq!(decode_chunked(input).as_deref(), expect, "input {:?}", String::from_utf8_lossy(input));
    }

    #[test]
    fn joins_chunks_until_the_last_chunk() {
        check(b"5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n", Some(b"hello, world"));
        check(b"5\r\nhello\r\n0\r\nX-Trailer: 1\r\n\r\n", Some(b"hello"));
        check(b"0\r\n\r\n", Some(b""));
    }

    #[test]
    fn accepts_extensions_uppercase_hex_and_bare_newlines() {
        check(b"A;name=value\r\n0123456789\r\n0\r\n\r\n", Some(b"0123456789"));
        check(b"3\nabc\n2 \nde\n0\n\n", Some(b"abcde"));
    }

    #[test]
    fn truncated_body_keeps_what_was_decoded() {
        check(b"5\r\nhello\r\n10\r\nshort", Some(b"helloshort"));
        check(b"5\r\nhello\r\n", Some(b"hello"));
        check(b"5\r\nhel", Some(b"hel"));
    }

    #[test]
    fn body_that_is_not_chunked_is_reported_as_such() {
        check(b"<html>hello</html>", None);
        check(b"", None);
        check(b"ffffffffffffffffffff\r\nx", None);
    }
}
