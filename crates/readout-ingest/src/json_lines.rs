//! JSON Lines: one line in (`{"id", "text", "date", "title", "url"}`), a
//! [`Document`] out, or an error naming the line. A line may carry `html`
//! instead of `text`; the caller extracts the article from it.

use crate::InputError;
use readout_record::{stable_id, Document};
use serde::Deserialize;

#[derive(Deserialize)]
struct Line {
    id: Option<serde_json::Value>,
    text: Option<String>,
    html: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
}

/// A parsed line: the document, and the HTML it came as, if any (its text is
/// then empty until the caller extracts it).
pub fn parse_json_line(line: &str, line_number: usize, origin: &str) -> Result<(Document, Option<String>), InputError> {
    let parsed: Line = serde_json::from_str(line).map_err(|e| InputError::MalformedJson {
        origin: origin.to_string(),
        line: line_number,
        message: e.to_string(),
    })?;
    let bad = |message: &str| InputError::BadLine {
        origin: origin.to_string(),
        line: line_number,
        message: message.to_string(),
    };
    if parsed.text.is_none() && parsed.html.is_none() {
        return Err(bad("neither \"text\" nor \"html\" is given"));
    }
    let source = parsed.url.clone().unwrap_or_else(|| format!("{origin}:{line_number}"));
    let text = parsed.text.unwrap_or_default();
    let id = match parsed.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => return Err(bad("\"id\" is neither a string nor a number")),
        None => stable_id(&source, parsed.html.as_deref().unwrap_or(&text)),
    };
    let date = parsed.date.map(|d| d.chars().take(10).collect::<String>());
    let document = Document { id, source, title: parsed.title, date, text, known_boilerplate: Vec::new() };
    Ok((document, parsed.html))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expect: &str) {
        let got = match parse_json_line(line, 3, "<stdin>") {
            Ok((doc, html)) => format!("{} {} {:?} {}", doc.id, doc.text, doc.date, html.is_some()),
            Err(e) => e.to_string(),
        };
        assert_eq!(got, expect);
    }

    #[test]
    fn good_lines() {
        check(r#"{"id": "a1", "text": "Hi.", "date": "2024-12-18T10:00:00Z"}"#, r#"a1 Hi. Some("2024-12-18") false"#);
        check(r#"{"id": 7, "html": "<p>x</p>"}"#, "7  None true");
    }

    #[test]
    fn bad_lines_name_the_line() {
        check(
            r#"{"id": "a1", "text": "#,
            "<stdin> line 3: malformed JSON: EOF while parsing a value at line 1 column 21",
        );
        check(r#"{"id": "a1"}"#, "<stdin> line 3: neither \"text\" nor \"html\" is given");
        check(
            "42",
            "<stdin> line 3: malformed JSON: invalid type: integer `42`, expected struct Line at line 1 column 2",
        );
    }
}
