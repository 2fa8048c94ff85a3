//! Page bytes plus an optional HTTP charset in, decoded text plus
//! diagnostics out.
//!
//! Order: byte-order mark, the HTTP header's charset, a `<meta charset>` or
//! `http-equiv` declaration in the first 4 KiB, then detection (UTF-8 when the
//! bytes are valid UTF-8, windows-1252 otherwise). A declared UTF-8 page whose
//! bytes are mostly invalid UTF-8 is decoded as windows-1252.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a `<meta>` charset declaration is looked for.
const PRESCAN: usize = 4096;

/// Decodes `bytes` to text; notes oddities in `diagnostics`.
pub fn decode(bytes: &[u8], http_charset: Option<&str>, diagnostics: &mut Vec<String>) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(&bytes[bom_len..]).0.into_owned();
    }
    let declared = http_charset
        .and_then(|label| lookup(label, diagnostics))
        .or_else(|| meta_charset(bytes).and_then(|label| lookup(&label, diagnostics)));
    match declared {
        Some(enc) if enc == UTF_8 => utf8_or_fallback(bytes, true, diagnostics),
        Some(enc) => enc.decode_without_bom_handling(bytes).0.into_owned(),
        None => utf8_or_fallback(bytes, false, diagnostics),
    }
}

fn lookup(label: &str, diagnostics: &mut Vec<String>) -> Option<&'static Encoding> {
    let label = label.trim().trim_matches(|c| c == '"' || c == '\'');
    match Encoding::for_label(label.as_bytes()) {
        // A page can't really be UTF-16 if its bytes spelled out an ASCII label.
        Some(enc) if enc.is_single_byte() || enc.output_encoding() == enc => Some(enc),
        Some(_) => Some(UTF_8),
        None => {
            diagnostics.push(format!("charset {label} unknown, decoded as UTF-8"));
            None
        }
    }
}

fn utf8_or_fallback(bytes: &[u8], declared: bool, diagnostics: &mut Vec<String>) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => {
            let bad = count_invalid_utf8(bytes);
            let non_ascii = bytes.iter().filter(|b| !b.is_ascii()).count();
            // A declared UTF-8 page with a stray bad byte stays UTF-8.
            if declared && bad * 4 < non_ascii {
                return String::from_utf8_lossy(bytes).into_owned();
            }
            if declared {
                diagnostics.push("declared UTF-8 is invalid, decoded as windows-1252".into());
            }
            WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
        }
    }
}

fn count_invalid_utf8(mut bytes: &[u8]) -> usize {
    let mut bad = 0;
    while let Err(e) = std::str::from_utf8(bytes) {
        bad += 1;
        let skip = e.valid_up_to() + e.error_len().unwrap_or(1).max(1);
        bytes = bytes.get(skip..).unwrap_or_default();
    }
    bad
}

/// The charset label from `<meta charset=..>` or
/// `<meta http-equiv=content-type content="..; charset=..">` near the start.
pub fn meta_charset(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let mut at = 0;
    while let Some(i) = memchr::memchr(b'<', &head[at..]) {
        let start = at + i;
        at = start + 1;
        let tag = &head[start..];
        if tag.len() < 6 || !tag[1..5].eq_ignore_ascii_case(b"meta") {
            continue;
        }
        let end = memchr::memchr(b'>', tag).unwrap_or(tag.len());
        let lower = tag[..end].to_ascii_lowercase();
        if let Some(p) = find(&lower, b"charset") {
            let rest = &lower[p + 7..];
            let rest = skip_ws(rest);
            let Some(rest) = rest.strip_prefix(b"=") else {
                continue;
            };
            let rest = skip_ws(rest);
            let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
            let len =
                rest.iter().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b':' | b'.')).count();
            if len > 0 {
                return Some(String::from_utf8_lossy(&rest[..len]).into_owned());
            }
        }
    }
    None
}

fn skip_ws(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &s[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(bytes: &[u8], http: Option<&str>, expect: &str) {
        let mut d = Vec::new();
        assert_eq!(decode(bytes, http, &mut d), expect);
    }

    #[test]
    fn declarations() {
        check(b"<meta charset=\"windows-1252\"><p>caf\xe9", None, "<meta charset=\"windows-1252\"><p>café");
        check(
            b"<META http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>\xe9",
            None,
            "<META http-equiv=Content-Type content='text/html; charset=ISO-8859-1'>é",
        );
        check(b"caf\xe9", Some("latin1"), "café");
        check(b"\xef\xbb\xbfcaf\xc3\xa9", Some("latin1"), "café");
        check(b"caf\xc3\xa9", None, "café");
        check(b"caf\xe9 \x93q\x94", None, "café \u{201c}q\u{201d}");
        check(b"<meta charset=utf-8>caf\xe9", None, "<meta charset=utf-8>café");
    }

    #[test]
    fn unknown_label() {
        let mut d = Vec::new();
        assert_eq!(decode(b"ok", Some("x-klingon"), &mut d), "ok");
        assert_eq!(d, vec!["charset x-klingon unknown, decoded as UTF-8".to_string()]);
    }
}
