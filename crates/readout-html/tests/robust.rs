//! Hostile inputs in (huge, deeply nested, binary, truncated pages), the
//! promise out: `extract` returns without panicking or overflowing the stack.

use readout_html::{extract, PageHints};

fn run(html: &[u8]) -> readout_html::Article {
    extract(html, &PageHints::default())
}

#[test]
fn deeply_nested_divs() {
    let mut html = String::from("<html><body>");
    html.push_str(&"<div>".repeat(100_000));
    html.push_str("<p>Deep text that is long enough to count as a paragraph, with commas, here.</p>");
    let a = run(html.as_bytes());
    assert!(a.text.contains("Deep text"), "{:?}", a.text);
}

#[test]
fn deeply_nested_inline_and_unclosed() {
    let html = format!("<body>{}{}", "<span><a><b>".repeat(40_000), "<p>x".repeat(50_000));
    run(html.as_bytes());
    let html = format!("<body>{}", "</div></span><li><td><tr>".repeat(50_000));
    run(html.as_bytes());
}

#[test]
fn large_page() {
    let para = "<p>The council voted on Tuesday to approve the budget, which includes new money for schools, roads and parks.</p>\n";
    let mut html = String::from("<html><head><title>Big</title></head><body><article>");
    while html.len() < 50 * 1024 * 1024 {
        html.push_str(para);
    }
    let a = run(html.as_bytes());
    assert!(a.text.len() > 1_000_000);
}

#[test]
fn binary_and_truncated() {
    let junk: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let a = run(&junk);
    assert!(a.text.is_empty());
    assert!(!a.diagnostics.is_empty());
    let mut html = b"<html><body><p>Hello &#x1F600; &".to_vec();
    html.extend_from_slice(&junk[..1000]);
    run(&html);
    for cut in [1, 7, 13, 20, 29, 40] {
        run(&b"<html><body><div class=\"a\"><p>Hi &amp there</p><!-- c -->"[..cut]);
    }
    run(b"<script>never closed");
    run(b"<div <p <a href='");
}

#[test]
fn every_prefix_of_the_tricky_pages() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let pages = std::fs::read_dir(dir).into_iter().flatten().filter_map(|e| e.ok());
    for entry in pages {
        let html = std::fs::read(entry.path()).unwrap_or_default();
        for cut in 0..html.len() {
            let a = run(&html[..cut]);
            for r in &a.boilerplate {
                assert!(a.text.get(r.clone()).is_some());
            }
        }
    }
}
