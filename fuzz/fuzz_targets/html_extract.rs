//! Arbitrary bytes in (as a page, with the first line optionally read as an
//! HTTP charset hint), nothing out: `readout_html::extract` must not panic,
//! and its boilerplate ranges must lie on character boundaries of its text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (charset, html) = match data.iter().position(|&b| b == b'\n') {
        Some(i) if i < 32 => (std::str::from_utf8(&data[..i]).ok(), &data[i + 1..]),
        _ => (None, data),
    };
    let hints = readout_html::PageHints { url: Some("https://example.com/2020/01/02/x"), http_charset: charset };
    let article = readout_html::extract(html, &hints);
    for r in &article.boilerplate {
        assert!(article.text.get(r.clone()).is_some(), "bad range {r:?}");
    }
    let _ = readout_html::looks_like_html(data);
});
