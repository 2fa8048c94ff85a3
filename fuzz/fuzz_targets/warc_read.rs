//! Arbitrary bytes in, nothing out: the bytes are read as a WARC archive (plain or gzip)
//! and every record or error is drained. The reader must never panic or loop forever.

#![no_main]

use libfuzzer_sys::fuzz_target;
use readout_warc::WarcReader;

fuzz_target!(|data: &[u8]| {
    for item in WarcReader::new(std::io::Cursor::new(data)) {
        if let Ok(record) = item {
            let _ = record.is_html_response();
            let _ = record.date_ymd();
        }
    }
});
