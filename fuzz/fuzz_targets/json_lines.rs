//! Arbitrary bytes in, read as JSON Lines the way `readout extract` reads
//! standard input; nothing out. Each line that is not blank is checked as
//! UTF-8 (an invalid line is an error, as in the CLI), parsed by
//! `readout_ingest::parse_json_line`, its `html` (if any) turned into text by
//! `readout_ingest::document_from_html`, and the document run through the
//! extraction pipeline. None of it may panic; errors are expected and
//! ignored. The pipeline's span invariant (each span's text is the record's
//! text at its code-point offsets) is checked as in `text_document`.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use readout_extract::Extractor;
use readout_html::PageHints;
use readout_record::{Document, Record};

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::default)
}

/// As `document_from_line` in crates/readout-cli/src/extract.rs.
fn document_from_line(bytes: &[u8], number: usize) -> Option<Document> {
    let line = std::str::from_utf8(bytes).ok()?;
    let (mut document, html) = readout_ingest::parse_json_line(line.trim_end(), number, "fuzz").ok()?;
    if let Some(html) = html.filter(|_| document.text.is_empty()) {
        let hints = PageHints {
            url: Some(document.source.as_str()).filter(|s| s.contains("://")),
            http_charset: Some("utf-8"),
        };
        let page = readout_ingest::document_from_html(&document.source, html.as_bytes(), &hints).ok()?;
        document.text = page.text;
        document.known_boilerplate = page.known_boilerplate;
        document.title = document.title.or(page.title);
        document.date = document.date.or(page.date);
    }
    Some(document)
}

/// Every span's text is the record text between its code-point offsets.
fn check_spans(record: &Record) {
    let dishonest = record.dishonest_spans();
    assert!(dishonest.is_empty(), "spans that are not their slice of the text: {dishonest:?}");
}

fuzz_target!(|data: &[u8]| {
    for (index, line) in data.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        if let Some(document) = document_from_line(line, index + 1) {
            check_spans(&extractor().extract(&document));
        }
    }
});
