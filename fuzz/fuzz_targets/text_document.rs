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
    let dishonest = record.dishonest_spans();
    assert!(dishonest.is_empty(), "spans that are not their slice of the text: {dishonest:?}");
}

fuzz_target!(|data: &[u8]| {
    if let Ok(document) = readout_ingest::document_from_bytes(Path::new("fuzz.txt"), data.to_vec()) {
        check_spans(&extractor().extract(&document));
    }
});
