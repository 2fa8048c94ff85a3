//! Decoded HTML text in, a stream of start tags, end tags and text runs out
//! (through the [`Sink`] callbacks).
//!
//! A forgiving, allocation-light subset of the HTML tokenizer: comments,
//! doctypes, CDATA and processing instructions are skipped; the content of
//! raw-text elements (`script`, `style`, `title`, ...) is handed over in one
//! piece; a truncated tag at the end of input is dropped. Runs in one pass,
//! never recurses, never panics.

use crate::tags;
use memchr::{memchr, memmem};

/// One attribute as written: name (any case) and raw value (undecoded).
pub type Attr<'a> = (&'a str, &'a str);

/// Receives tokens in document order.
pub trait Sink {
    /// A start tag; `name` is lowercase.
    fn start_tag(&mut self, name: &str, attrs: &[Attr<'_>], self_closing: bool);
    /// An end tag; `name` is lowercase.
    fn end_tag(&mut self, name: &str);
    /// A run of text; `raw` text (script, style) must not be entity-decoded.
    fn text(&mut self, text: &str, raw: bool);
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Tokenizes all of `s` into `sink`.
pub fn tokenize<'a, S: Sink>(s: &'a str, sink: &mut S) {
    let b = s.as_bytes();
    let n = b.len();
    let mut attrs: Vec<Attr<'a>> = Vec::new();
    let mut lower = String::new();
    let mut i = 0;
    while i < n {
        let lt = memchr(b'<', &b[i..]).map_or(n, |p| i + p);
        if lt > i {
            sink.text(&s[i..lt], false);
        }
        i = lt;
        if i >= n {
            break;
        }
        match b.get(i + 1) {
            Some(c) if c.is_ascii_alphabetic() => {
                let Some((name, self_closing, next)) = start_tag(s, i, &mut attrs) else {
                    return;
                };
                let name = lowercase(name, &mut lower);
                sink.start_tag(name, &attrs, self_closing);
                i = next;
                if let Some(t) = tags::known(name).filter(|&t| tags::is_raw_text(t)) {
                    i = raw_text(s, i, name, t, sink);
                }
            }
            Some(b'/') => match b.get(i + 2) {
                Some(c) if c.is_ascii_alphabetic() => {
                    let mut j = i + 2;
                    while j < n && !is_ws(b[j]) && b[j] != b'/' && b[j] != b'>' {
                        j += 1;
                    }
                    let Some(gt) = memchr(b'>', &b[j..]) else {
                        return;
                    };
                    let name = lowercase(&s[i + 2..j], &mut lower);
                    sink.end_tag(name);
                    i = j + gt + 1;
                }
                _ => i = skip_to(b, i + 2, b">"),
            },
            Some(b'!') => {
                i = if b[i..].starts_with(b"<!--") {
                    skip_to(b, i + 4, b"-->")
                } else if b[i..].starts_with(b"<![CDATA[") {
                    skip_to(b, i + 9, b"]]>")
                } else {
                    skip_to(b, i + 2, b">")
                }
            }
            Some(b'?') => i = skip_to(b, i + 2, b">"),
            _ => {
                sink.text("<", false);
                i += 1;
            }
        }
    }
}

/// Position just past `needle` at or after `from`, or the end of input.
fn skip_to(b: &[u8], from: usize, needle: &[u8]) -> usize {
    let from = from.min(b.len());
    memmem::find(&b[from..], needle).map_or(b.len(), |p| from + p + needle.len())
}

fn lowercase<'s>(name: &'s str, buf: &'s mut String) -> &'s str {
    if name.bytes().any(|c| c.is_ascii_uppercase()) {
        buf.clear();
        buf.push_str(name);
        buf.make_ascii_lowercase();
        buf
    } else {
        name
    }
}

/// Parses the start tag at `i` (`<` then a letter): the name, whether it was
/// self-closing and the position after `>`. `None` when the input ends inside.
fn start_tag<'a>(s: &'a str, i: usize, attrs: &mut Vec<Attr<'a>>) -> Option<(&'a str, bool, usize)> {
    let b = s.as_bytes();
    let n = b.len();
    let mut j = i + 1;
    while j < n && !is_ws(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = &s[i + 1..j];
    attrs.clear();
    let mut self_closing = false;
    loop {
        while j < n && (is_ws(b[j]) || b[j] == b'/') {
            self_closing = b[j] == b'/' && b.get(j + 1) == Some(&b'>');
            j += 1;
        }
        if j >= n {
            return None;
        }
        if b[j] == b'>' {
            return Some((name, self_closing, j + 1));
        }
        self_closing = false;
        let ns = j;
        j += 1;
        while j < n && !is_ws(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let attr = &s[ns..j];
        while j < n && is_ws(b[j]) {
            j += 1;
        }
        let mut value = "";
        if j < n && b[j] == b'=' {
            j += 1;
            while j < n && is_ws(b[j]) {
                j += 1;
            }
            if j < n && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                let end = memchr(q, &b[j + 1..]).map_or(n, |p| j + 1 + p);
                value = &s[j + 1..end];
                j = (end + 1).min(n);
            } else {
                let vs = j;
                while j < n && !is_ws(b[j]) && b[j] != b'>' {
                    j += 1;
                }
                value = &s[vs..j];
            }
        }
        if attrs.len() < 256 {
            attrs.push((attr, value));
        }
    }
}

/// Hands the raw content of element `name` (starting at `i`) to the sink,
/// then its end tag; returns the position after the end tag.
fn raw_text<S: Sink>(s: &str, i: usize, name: &str, t: tags::Tag, sink: &mut S) -> usize {
    let b = s.as_bytes();
    let n = b.len();
    let decode = matches!(t, tags::TITLE | tags::TEXTAREA);
    if t == tags::PLAINTEXT {
        sink.text(&s[i..], !decode);
        return n;
    }
    let mut from = i;
    let end = loop {
        let Some(p) = memmem::find(&b[from..], b"</") else {
            break n;
        };
        let at = from + p;
        let after = at + 2 + name.len();
        let matches_name = b.get(at + 2..after).is_some_and(|x| x.eq_ignore_ascii_case(name.as_bytes()));
        if matches_name && b.get(after).is_none_or(|&c| is_ws(c) || c == b'/' || c == b'>') {
            break at;
        }
        from = at + 2;
    };
    if end > i {
        sink.text(&s[i..end], !decode);
    }
    sink.end_tag(name);
    if end >= n {
        return n;
    }
    skip_to(b, end, b">")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Default)]
    struct Log(Vec<String>);

    impl Sink for Log {
        fn start_tag(&mut self, name: &str, attrs: &[Attr<'_>], self_closing: bool) {
            let a: Vec<String> = attrs.iter().map(|(k, v)| format!(" {k}={v}")).collect();
            let slash = if self_closing { "/" } else { "" };
            self.0.push(format!("<{name}{}{slash}>", a.concat()));
        }
        fn end_tag(&mut self, name: &str) {
            self.0.push(format!("</{name}>"));
        }
        fn text(&mut self, text: &str, raw: bool) {
            self.0.push(if raw { format!("raw:{text}") } else { text.to_string() });
        }
    }

    fn check(input: &str, expect: &str) {
        let mut log = Log::default();
        tokenize(input, &mut log);
        assert_eq!(log.0.join("|"), expect, "{input}");
    }

    #[test]
    fn tags_and_text() {
        check(r#"<P Class="a b" id=x data-y>Hi</P>"#, "<p Class=a b id=x data-y=>|Hi|</p>");
        check(r#"a<br/>b<img src='x.png' alt = "y" />"#, "a|<br/>|b|<img src=x.png alt=y/>");
        check("<!-- c --><!DOCTYPE html>x<?xml v?>y<![CDATA[z]]>", "x|y");
        check("1 < 2 </> ok", "1 |<| 2 | ok");
    }

    #[test]
    fn raw_text_elements() {
        check("<script>if (a</b) x='</scriptx>';</script>t", "<script>|raw:if (a</b) x='</scriptx>';|</script>|t");
        check("<title>A &amp; B</TITLE>", "<title>|A &amp; B|</title>");
        check("<style>p{}", "<style>|raw:p{}|</style>");
    }

    #[test]
    fn truncated() {
        check("text<div class=\"a", "text");
        check("text</div", "text");
        check("<p>é<!-- open", "<p>|é");
    }
}
