//! Evaluate the name tagger: GUM dev documents in, span-level P/R/F1 of
//! typed name mentions (overlap as the scorer pairs them, and exact name
//! spans) and tagging throughput out; with `--polnear DIR`, throughput on
//! PolNeAR texts too and the tags of their headlines.
//!
//! `cargo run --release -p readout-entities --example eval_names -- ../shared/corpora/gum [--model FILE] [--polnear ../shared/corpora/polnear/dev/text] [--verbose]`

use readout_entities::{
    evaluate_gum, gold_names, gum_dev_documents, read_gum_document, Evaluation, NameTagger, Score, LICENSED_GENRES,
};
use readout_segment::segment;
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (mut gum, mut model, mut polnear, mut verbose) = (None, None, None, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--model" => model = args.next().map(PathBuf::from),
            "--polnear" => polnear = args.next().map(PathBuf::from),
            "--verbose" => verbose = true,
            _ => gum = Some(PathBuf::from(arg)),
        }
    }
    let gum = gum.ok_or("usage: eval_names GUM_DIR [--model FILE] [--polnear DIR] [--verbose]")?;
    let owned;
    let tagger = match &model {
        Some(path) => {
            owned = NameTagger::from_bytes(&std::fs::read(path)?)?;
            &owned
        }
        None => NameTagger::builtin(),
    };
    println!(
        "model: {} ({} features)",
        model.as_ref().map_or("built-in".into(), |p| p.display().to_string()),
        tagger.num_features()
    );

    let dev = gum_dev_documents(&gum)?;
    let licensed: Vec<String> =
        dev.iter().filter(|d| LICENSED_GENRES.contains(&d.split('_').nth(1).unwrap_or(""))).cloned().collect();
    for (label, docs) in [("all genres", &dev), ("licensed genres", &licensed)] {
        let ev = evaluate_gum(tagger, &gum, docs)?;
        report(&format!("GUM dev, {label}"), &ev);
    }
    if verbose {
        show_errors(tagger, &gum, &dev)?;
    }

    let mut texts = Vec::new();
    for name in &dev {
        texts.push(read_gum_document(&gum, name)?.text);
    }
    throughput("GUM dev texts", tagger, &texts);
    if let Some(dir) = polnear {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        let texts: Vec<String> = paths.iter().map(std::fs::read_to_string).collect::<Result<_, _>>()?;
        throughput("PolNeAR dev texts", tagger, &texts);
        println!("\nPolNeAR headlines (first line of the first 16 texts, tagged in their text), names in [brackets]:");
        for text in texts.iter().take(16) {
            let line = text.lines().next().unwrap_or("");
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let spans: Vec<_> = tagger.tag(text, &seg).into_iter().filter(|s| s.bytes.end <= line.len()).collect();
            println!("  {}", bracket(line, &spans));
        }
    }
    Ok(())
}

fn report(title: &str, ev: &Evaluation) {
    let row = |name: &str, s: Score| {
        println!(
            "  {name:<34} P {:.3}  R {:.3}  F1 {:.3}  ({} matched, {} predicted, {} gold)",
            s.precision(),
            s.recall(),
            s.f1(),
            s.matched,
            s.predicted,
            s.gold
        )
    };
    println!("\n{title} ({} documents)", ev.documents);
    row("overlap, typed (scorer)", ev.overlap_typed);
    row("overlap, detection (scorer)", ev.overlap_detection);
    row("overlap, typed, every prediction", ev.overlap_typed_all);
    row("exact, typed", ev.exact_typed);
    row("exact, detection", ev.exact_detection);
    for (k, kind) in ["person", "organization", "place"].iter().enumerate() {
        row(&format!("{kind}: overlap, typed (scorer)"), ev.per_kind_overlap[k]);
        row(&format!("{kind}: exact, typed"), ev.per_kind_exact[k]);
    }
}

fn bracket(text: &str, spans: &[readout_entities::NameSpan]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for s in spans {
        out.push_str(&text[at..s.bytes.start]);
        out.push_str(&format!("[{} {}]", &text[s.bytes.clone()], &s.kind.as_str()[..3]));
        at = s.bytes.end;
    }
    out.push_str(&text[at..]);
    out
}

fn show_errors(tagger: &NameTagger, gum: &std::path::Path, docs: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    for name in docs {
        let doc = read_gum_document(gum, name)?;
        let seg = segment(&doc.text, std::slice::from_ref(&(0..doc.text.len())));
        let got: Vec<(std::ops::Range<usize>, &str)> =
            tagger.tag(&doc.text, &seg).into_iter().map(|s| (s.bytes, s.kind.as_str())).collect();
        let want: Vec<(std::ops::Range<usize>, &str)> =
            gold_names(&doc).into_iter().map(|g| (g.bytes, g.kind.as_str())).collect();
        println!("== {name}");
        let overlaps = |a: &std::ops::Range<usize>, b: &std::ops::Range<usize>| a.start < b.end && b.start < a.end;
        let context = |r: &std::ops::Range<usize>| {
            let mut a = r.start.saturating_sub(40);
            while !doc.text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (r.end + 30).min(doc.text.len());
            while !doc.text.is_char_boundary(b) {
                b += 1;
            }
            format!("{}[{}]{}", &doc.text[a..r.start], &doc.text[r.clone()], &doc.text[r.end..b]).replace('\n', " ")
        };
        for (r, k) in want.iter().filter(|w| !got.contains(w)) {
            let what = match got.iter().find(|g| overlaps(&g.0, r)) {
                None => "missed".to_string(),
                Some((g, gk)) => format!("got {gk} {:?}", &doc.text[g.clone()]),
            };
            println!("   gold {k:<12} {:?}: {what} | {}", &doc.text[r.clone()], context(r));
        }
        for (r, k) in got.iter().filter(|g| !want.iter().any(|w| overlaps(&w.0, &g.0))) {
            println!("   spurious {k:<12} {:?} | {}", &doc.text[r.clone()], context(r));
        }
    }
    Ok(())
}

/// Tag `texts` repeatedly for about two seconds each way (one thread):
/// segmenting included, and on texts segmented beforehand.
fn throughput(title: &str, tagger: &NameTagger, texts: &[String]) {
    let bytes: usize = texts.iter().map(String::len).sum();
    let segmented: Vec<_> = texts.iter().map(|t| segment(t, std::slice::from_ref(&(0..t.len())))).collect();
    let tokens: usize = segmented.iter().map(|s| s.tokens.len()).sum();
    let mut spans = 0;
    // The fastest of the rounds run in two seconds: the machine may be
    // shared, and the fastest round is the one least disturbed.
    let run = |with_segmenting: bool, spans: &mut usize| {
        let started = Instant::now();
        let mut best = f64::INFINITY;
        while best.is_infinite() || started.elapsed().as_secs_f64() < 2.0 {
            let round = Instant::now();
            for (text, seg) in texts.iter().zip(&segmented) {
                let found = if with_segmenting {
                    let seg = segment(text, std::slice::from_ref(&(0..text.len())));
                    tagger.tag(text, &seg).len()
                } else {
                    tagger.tag(text, seg).len()
                };
                *spans += found;
            }
            best = best.min(round.elapsed().as_secs_f64());
        }
        best
    };
    let with = run(true, &mut spans);
    let without = run(false, &mut spans);
    println!(
        "\n{title}: {} texts, {:.2} MB, {} tokens\n  segment + tag: {:.1} MB/s ({:.2}M tokens/s)\n  tag only:      {:.1} MB/s ({:.2}M tokens/s)",
        texts.len(),
        bytes as f64 / 1e6,
        tokens,
        bytes as f64 / 1e6 / with,
        tokens as f64 / 1e6 / with,
        bytes as f64 / 1e6 / without,
        tokens as f64 / 1e6 / without
    );
}
