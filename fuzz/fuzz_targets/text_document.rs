//! Arbitrary bytes in, as the contents of a plain-text file; nothing out.
//! `readout_ingest::document_from_bytes` checks and wraps them (empty,
//! binary and invalid UTF-8 inputs are errors), and a document that loads
//! goes through the whole extraction pipeline (`readout_extract`): header
//! lines such as `date 2024-12-18` or `Title: ...` via readout-clean, then
//! segmentation, times and attribution. Nothing may panic, and the record
//! must keep its promise that every span's text is the record's text
//! between the span's code-point offsets.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use readout_extract::Extractor;
use readout_record::Record;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::default)
}

/// Every span's text is the record text between its code-point offsets.
fn check_spans(record: &Record) {
    let characters: Vec<char> = record.text.chars().collect();
    let check = |start: usize, end: usize, text: &str| {
        let slice: Option<String> = characters.get(start..end).map(|c| c.iter().collect());
        assert_eq!(slice.as_deref(), Some(text), "span {start}..{end}");
    };
    let spans = record
        .boilerplate
        .iter()
        .chain(record.entities.iter().flat_map(|e| &e.mentions))
        .chain(record.quotes.iter().flat_map(|q| q.content.iter().chain(&q.cue).chain(&q.speaker.mention)))
        .chain(record.events.iter().map(|e| &e.cue));
    for span in spans {
        check(span.start, span.end, &span.text);
    }
    for time in &record.times {
        check(time.start, time.end, &time.text);
    }
}

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = readout_ingest::document_from_bytes(Path::new("fuzz.txt"), data.to_vec()) {
        check_spans(&extractor().extract(&document));
    }
});
