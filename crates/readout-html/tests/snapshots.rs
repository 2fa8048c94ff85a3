//! The tricky pages in `tests/pages/*.html` in, reviewed `insta` snapshots of
//! what `extract` makes of them out (title, date, diagnostics, and the text
//! with boilerplate spans marked `[[boilerplate: ...]]`).

use readout_html::{extract, Article, PageHints};
use std::path::Path;

fn render(a: &Article) -> String {
    let mut text = String::new();
    let mut at = 0;
    for r in &a.boilerplate {
        text.push_str(&a.text[at..r.start]);
        text.push_str("[[boilerplate: ");
        text.push_str(&a.text[r.clone()]);
        text.push_str("]]");
        at = r.end;
    }
    text.push_str(&a.text[at..]);
    format!("title: {:?}\ndate: {:?}\ndiagnostics: {:?}\n---\n{}\n", a.title, a.date, a.diagnostics, text)
}

#[test]
fn pages() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/pages exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 7, "expected the tricky pages, found {}", paths.len());
    for path in paths {
        let html = std::fs::read(&path).expect("page readable");
        let article = extract(&html, &PageHints::default());
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("page").to_string();
        insta::assert_snapshot!(name, render(&article));
    }
}
