//! Golden tests: `readout extract --format json FILE` over every text in
//! `examples/` and in `tests/tricky/`, each record rendered as a short
//! readable summary and compared with its insta snapshot in
//! `tests/snapshots/`, so that a change in behaviour shows up as a diff a
//! person can read.
//!
//! The rendering leaves out what depends on where the repository lives (the
//! id and the absolute source path) and checks on the way that every span's
//! text is the slice of the record's text its offsets name. To accept new
//! output run the tests with `INSTA_UPDATE=always` (or `cargo insta review`)
//! and read the changed snapshots before committing them.

use readout_record::{Record, Span};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `.txt` files of a folder, sorted so the test runs in a fixed order.
fn text_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} holds no .txt files", dir.display());
    files
}

/// Run the binary on one file and parse its single record.
fn extract(path: &Path) -> Record {
    let output = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["extract", "--format", "json"])
        .arg(path)
        .env_remove("READOUT_LOG")
        .output()
        .expect("the readout binary starts");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{}: exit {:?}\n{stderr}", path.display(), output.status);
    assert!(stderr.is_empty(), "{}: unexpected standard error:\n{stderr}", path.display());
    let stdout = String::from_utf8(output.stdout).expect("standard output is UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}: one record expected", path.display());
    serde_json::from_str(lines[0]).unwrap_or_else(|e| panic!("{}: not a record: {e}", path.display()))
}

/// Check that a span's offsets (in code points) name exactly its text.
fn check_span(text: &str, span: &Span, what: &str) {
    let slice: String = text.chars().skip(span.start).take(span.end.saturating_sub(span.start)).collect();
    assert!(span.start <= span.end, "{what}: start {} after end {}", span.start, span.end);
    assert_eq!(slice, span.text, "{what}: offsets {}..{} do not match its text", span.start, span.end);
}

/// A span as `"text"@start`, with line breaks shown as `⏎` so a span stays
/// on one line of the summary.
fn show(span: &Span) -> String {
    format!("{:?}@{}", span.text.replace('\n', "⏎"), span.start)
}

fn one_line(text: &str) -> String {
    text.replace('\n', "⏎")
}

/// The readable summary of one record.
fn render(record: &Record) -> String {
    let text = &record.text;
    let names: HashMap<&str, &str> = record.entities.iter().map(|e| (e.id.as_str(), e.name.as_str())).collect();
    let name_of = |id: &str| names.get(id).map_or_else(|| format!("?{id}"), |name| name.to_string());
    let mut out = String::new();
    writeln!(out, "title: {}", record.title.as_deref().unwrap_or("-")).unwrap();
    writeln!(out, "date: {}", record.date.as_deref().unwrap_or("-")).unwrap();

    writeln!(out, "boilerplate:").unwrap();
    for span in &record.boilerplate {
        check_span(text, span, "boilerplate");
        writeln!(out, "  {}", show(span)).unwrap();
    }

    writeln!(out, "entities:").unwrap();
    for entity in &record.entities {
        let mentions: Vec<String> = entity.mentions.iter().map(show).collect();
        for span in &entity.mentions {
            check_span(text, span, &format!("mention of {}", entity.name));
        }
        writeln!(out, "  {} ({}): {}", entity.name, entity.kind.as_str(), mentions.join(", ")).unwrap();
    }

    writeln!(out, "quotes:").unwrap();
    for quote in &record.quotes {
        let speaker = &quote.speaker;
        if let Some(mention) = &speaker.mention {
            check_span(text, mention, "speaker mention");
        }
        if let Some(cue) = &quote.cue {
            check_span(text, cue, "cue");
        }
        for span in &quote.content {
            check_span(text, span, "quote content");
        }
        if let (Some(id), Some(name)) = (&speaker.entity, &speaker.name) {
            assert_eq!(&name_of(id), name, "speaker name differs from its entity's name");
        }
        writeln!(
            out,
            "  {} | {} | {} | {} | {} part(s) | {}",
            quote.kind.as_str(),
            speaker.name.as_deref().unwrap_or("-"),
            speaker.mention.as_ref().map_or("-".to_string(), show),
            quote.cue.as_ref().map_or("-".to_string(), show),
            quote.content.len(),
            one_line(&quote.text),
        )
        .unwrap();
        if let Some(line) = circumstances(quote, text, &name_of) {
            writeln!(out, "    {line}").unwrap();
        }
    }

    writeln!(out, "times:").unwrap();
    for time in &record.times {
        let span = Span { start: time.start, end: time.end, text: time.text.clone() };
        check_span(text, &span, "time");
        let kind = time.kind.map_or("untyped", |kind| kind.as_str());
        writeln!(out, "  {} = {} ({kind})", show(&span), time.value).unwrap();
    }

    writeln!(out, "events:").unwrap();
    for event in &record.events {
        check_span(text, &event.cue, "event cue");
        let participants: Vec<String> = event.participants.iter().map(|id| name_of(id)).collect();
        let place = event.place.as_deref().map_or_else(|| "-".to_string(), name_of);
        writeln!(
            out,
            "  {} | {} | {} | {} | at {place}",
            event.kind.as_str(),
            show(&event.cue),
            participants.join(", "),
            event.date.as_deref().unwrap_or("-"),
        )
        .unwrap();
    }

    if !record.diagnostics.is_empty() {
        writeln!(out, "diagnostics:").unwrap();
        for diagnostic in &record.diagnostics {
            let json = serde_json::to_string(diagnostic).unwrap();
            writeln!(out, "  {json}").unwrap();
        }
    }
    out
}

/// When, to whom, through what and where a quote was said, as `when … | to
/// … | via … | at …`; `None` where the record gives none of them.
fn circumstances(quote: &readout_record::Quote, text: &str, name_of: &dyn Fn(&str) -> String) -> Option<String> {
    if quote.date.is_none() && quote.addressee.is_none() && quote.channel.is_none() && quote.place.is_none() {
        return None;
    }
    let addressee = quote.addressee.as_ref().map_or("-".to_string(), |a| {
        if let Some(mention) = &a.mention {
            check_span(text, mention, "addressee mention");
        }
        match (&a.name, &a.mention) {
            (Some(name), Some(mention)) => format!("{name} {}", show(mention)),
            (Some(name), None) => name.clone(),
            (None, Some(mention)) => show(mention),
            (None, None) => "?".to_string(),
        }
    });
    let channel = quote.channel.as_ref().map_or("-".to_string(), |c| {
        if let Some(mention) = &c.mention {
            check_span(text, mention, "channel mention");
        }
        let name = c.name.as_deref().map_or(String::new(), |n| format!(" ({n})"));
        format!("{}{name} {}", c.kind.as_str(), c.mention.as_ref().map_or("-".to_string(), show))
    });
    Some(format!(
        "when {} | to {addressee} | via {channel} | at {}",
        quote.date.as_deref().unwrap_or("-"),
        quote.place.as_deref().map_or("-".to_string(), name_of),
    ))
}

/// Snapshot every text of `dir`, under the name `<prefix>__<file stem>`.
fn snapshot_folder(dir: &Path, prefix: &str) {
    for path in text_files(dir) {
        let record = extract(&path);
        let expected_text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(record.text, expected_text, "{}: a plain-text record's text is the file as read", path.display());
        let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(manifest_dir().join("tests/snapshots"));
        settings.set_omit_expression(true);
        settings.set_description(format!("{prefix}/{stem}.txt"));
        settings.bind(|| insta::assert_snapshot!(format!("{prefix}__{stem}"), render(&record)));
    }
}

#[test]
fn examples() {
    snapshot_folder(&manifest_dir().join("../../examples"), "examples");
}

#[test]
fn tricky_cases() {
    snapshot_folder(&manifest_dir().join("tests/tricky"), "tricky");
}

#[test]
fn output_is_deterministic() {
    // Two runs over the same folder give byte-identical output, whatever
    // the number of worker threads.
    let dir = manifest_dir().join("tests/tricky");
    let run = |threads: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_readout"))
            .args(["extract", "--format", "json", "--threads", threads])
            .arg(&dir)
            .env_remove("READOUT_LOG")
            .output()
            .unwrap();
        assert!(output.status.success());
        output.stdout
    };
    let first = run("1");
    assert_eq!(first, run("4"), "output changed between runs");
    assert_eq!(String::from_utf8(first).unwrap().lines().count(), text_files(&dir).len());
}
