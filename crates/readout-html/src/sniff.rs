//! Leading bytes of a document in, a yes/no on "is this an HTML page" out.
//!
//! Binary data (NUL bytes, known magic numbers) and plain text or JSON are
//! refused; anything with a recognisable HTML tag near the start is accepted.

/// How much of the input is inspected.
const WINDOW: usize = 4096;

/// Tag openings that mark HTML.
const MARKERS: &[&[u8]] = &[
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<body",
    b"<meta",
    b"<title",
    b"<div",
    b"<p>",
    b"<p ",
    b"<script",
    b"<link",
    b"<article",
    b"<table",
    b"<span",
    b"<br",
    b"<a href",
    b"<h1",
    b"<h2",
    b"<section",
    b"<main",
    b"<header",
    b"<nav",
    b"<style",
    b"<ul",
    b"<img",
];

/// Whether `bytes` look like an HTML page (or fragment).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(WINDOW)];
    if head.is_empty() || memchr::memchr(0, head).is_some() {
        // UTF-16 pages have NULs; accept them only with a BOM-less tag check below.
        return utf16_html(bytes);
    }
    for magic in [&b"%PDF"[..], b"\x1f\x8b", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff"] {
        if head.starts_with(magic) {
            return false;
        }
    }
    let lower = head.to_ascii_lowercase();
    let first = lower.iter().position(|c| !c.is_ascii_whitespace());
    if first.is_some_and(|i| lower[i] == b'{' || lower[i] == b'[') && !lower.contains(&b'<') {
        return false;
    }
    MARKERS.iter().any(|m| memchr::memmem::find(&lower, m).is_some())
}

fn utf16_html(bytes: &[u8]) -> bool {
    let body = if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        &bytes[2..]
    } else {
        return false;
    };
    let narrow: Vec<u8> = body.iter().take(WINDOW).copied().filter(|&b| b != 0).collect();
    looks_like_html(&narrow)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[u8], expect: bool) {
        assert_eq!(looks_like_html(input), expect, "{}", String::from_utf8_lossy(input));
    }

    #[test]
    fn kinds() {
        check(b"<!DOCTYPE html><html><body>x</body></html>", true);
        check(b"\xef\xbb\xbf  <HTML>", true);
        check(b"<p>just a fragment</p>", true);
        check(b"plain text, no markup at all", false);
        check(b"{\"json\": true}", false);
        check(b"%PDF-1.4 <html>", false);
        check(b"\x00\x01\x02<html>", false);
        check(b"", false);
        check(b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", true);
    }
}
