//! A folder of `.html.gz` pages in (first argument), one JSON record per page
//! out on stdout: `{"source", "title", "date", "text", "boilerplate": [{"start",
//! "end", "text"}]}` with start/end in Unicode code points, the format
//! `score_article_body.py --records` reads.
//!
//! Usage: `cargo run --release -p readout-html --example score_bodies -- DIR > out.jsonl`

use std::io::{Read, Write};

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: score_bodies DIR");
        std::process::exit(2);
    };
    let mut paths: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            eprintln!("{dir}: {e}");
            std::process::exit(1);
        }
    };
    paths.retain(|p| p.to_string_lossy().ends_with(".html.gz"));
    paths.sort();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in paths {
        let mut html = Vec::new();
        let read = std::fs::File::open(&path).and_then(|f| flate2::read::GzDecoder::new(f).read_to_end(&mut html));
        if let Err(e) = read {
            eprintln!("{}: {e}", path.display());
            continue;
        }
        let article = readout_html::extract(&html, &readout_html::PageHints::default());
        let boilerplate: Vec<serde_json::Value> = article
            .boilerplate
            .iter()
            .map(|r| {
                let start = article.text[..r.start].chars().count();
                let text = &article.text[r.clone()];
                serde_json::json!({"start": start, "end": start + text.chars().count(), "text": text})
            })
            .collect();
        let rec = serde_json::json!({
            "source": path.display().to_string(),
            "title": article.title,
            "date": article.date,
            "text": article.text,
            "boilerplate": boilerplate,
            "diagnostics": article.diagnostics,
        });
        if writeln!(out, "{rec}").is_err() {
            return;
        }
    }
}
