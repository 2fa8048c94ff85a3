//! Raw HTML text in, the same text with character references decoded out.
//!
//! Handles named references from the `entity_table` module (with the legacy
//! semicolon-less forms of the commonest ones), decimal and hex numeric
//! references with the windows-1252 remapping of 0x80..0x9F, and leaves
//! anything unrecognised untouched.

use crate::entity_table::ENTITIES;
use std::borrow::Cow;

/// Legacy names that browsers decode even without the closing semicolon.
const LEGACY: &[&str] = &["amp", "lt", "gt", "quot", "nbsp", "copy", "reg"];

/// Windows-1252 characters for numeric references 0x80..=0x9F.
const C1: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}',
    '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}',
    '\u{0153}', '\u{9D}', '\u{017E}', '\u{0178}',
];

/// Decodes character references; borrows when there is no `&`.
pub fn decode(raw: &str) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', raw.as_bytes()) else {
        return Cow::Borrowed(raw);
    };
    let mut out = String::with_capacity(raw.len());
    out.push_str(&raw[..first]);
    let mut rest = &raw[first..];
    while let Some(at) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((c, used)) => {
                out.push(c);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Decodes one reference at the start of `s` (which starts with `&`):
/// the character and the bytes used.
fn reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        return numeric(b);
    }
    let len = b[1..].iter().take(32).take_while(|c| c.is_ascii_alphanumeric()).count();
    if len == 0 {
        return None;
    }
    let name = &s[1..1 + len];
    if b.get(1 + len) == Some(&b';') {
        if let Ok(i) = ENTITIES.binary_search_by(|(n, _)| n.as_bytes().cmp(name.as_bytes())) {
            return Some((ENTITIES[i].1, len + 2));
        }
    }
    // Legacy forms: `&amp` `&nbsp` without the semicolon, longest prefix.
    for legacy in LEGACY {
        if name.starts_with(legacy) {
            let i = ENTITIES.binary_search_by(|(n, _)| n.cmp(legacy)).ok()?;
            return Some((ENTITIES[i].1, legacy.len() + 1));
        }
    }
    None
}

fn numeric(b: &[u8]) -> Option<(char, usize)> {
    let hex = matches!(b.get(2), Some(b'x' | b'X'));
    let start = if hex { 3 } else { 2 };
    let mut value: u32 = 0;
    let mut i = start;
    while let Some(&c) = b.get(i) {
        let d = if hex { (c as char).to_digit(16) } else { (c as char).to_digit(10) };
        let Some(d) = d else { break };
        value = value.saturating_mul(if hex { 16 } else { 10 }).saturating_add(d);
        i += 1;
    }
    if i == start {
        return None;
    }
    if b.get(i) == Some(&b';') {
        i += 1;
    }
    let c = match value {
        0x80..=0x9F => C1[(value - 0x80) as usize],
        0 => '\u{FFFD}',
        v => char::from_u32(v).unwrap_or('\u{FFFD}'),
    };
    Some((c, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        assert_eq!(decode(input), expect, "{input}");
    }

    #[test]
    fn table_is_sorted() {
        assert!(ENTITIES.windows(2).all(|w| w[0].0.as_bytes() < w[1].0.as_bytes()));
    }

    #[test]
    fn named_and_numeric() {
        check("plain", "plain");
        check("Tom &amp; Jerry", "Tom & Jerry");
        check("&ldquo;Hi&rdquo; &mdash; &eacute;t&eacute;", "\u{201c}Hi\u{201d} \u{2014} été");
        check("&#8217;&#x2019;&#X41;&#65", "\u{2019}\u{2019}AA");
        check("&#150;&#0;&#xFFFFFFFFFF;", "\u{2013}\u{FFFD}\u{FFFD}");
        check("a &nbspb &amp c", "a \u{a0}b & c");
        check("&unknown; & &#; &", "&unknown; & &#; &");
    }
}
