//! The store's commands end to end: `readout ingest` on `examples/` (and,
//! for the crash test, a corpus the test writes itself) into a temporary database, then
//! `quotes`, `speakers`, `entities merge`, `export` run as a user would.
//!
//! In: the built `readout` binary and the repository's example articles.
//! Out: assertions on exit codes, JSON on stdout, files written, and the
//! database's own counts (`PRAGMA integrity_check` after a kill -9).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use readout_store::Store;
use serde_json::Value;

fn readout() -> Command {
    Command::new(env!("CARGO_BIN_EXE_readout"))
}

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(arguments: &[&str]) -> Output {
    let output = readout().args(arguments).output().expect("run readout");
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"), "{output:?}");
    output
}

fn ok(arguments: &[&str]) -> Output {
    let output = run(arguments);
    assert!(output.status.success(), "readout {arguments:?}: {}", String::from_utf8_lossy(&output.stderr));
    output
}

fn json(arguments: &[&str]) -> Value {
    serde_json::from_slice(&ok(arguments).stdout).expect("json on stdout")
}

fn ingest_examples(database: &str) -> Output {
    let examples = repository().join("examples");
    ok(&["ingest", "--db", database, examples.to_str().unwrap()])
}

/// Documents, quotes, entities and mentions in the database.
fn counts(database: &Path) -> [i64; 4] {
    let store = Store::open_read_only(database).unwrap();
    ["documents", "quotes", "entities", "mentions"].map(|table| {
        store.connection().query_row(&format!("SELECT count(*) FROM {table}"), [], |row| row.get(0)).unwrap()
    })
}

#[test]
fn ingest_then_query_a_speaker() {
    let directory = tempfile::tempdir().unwrap();
    let database = directory.path().join("news.db");
    let database = database.to_str().unwrap();
    let output = ingest_examples(database);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("documents"), "{stderr}");
    assert!(Path::new(&format!("{database}.errors.tsv")).exists(), "default error list");

    let quotes = json(&["quotes", "--db", database, "--speaker", "Rachel Reeves", "--format", "json"]);
    let quotes = quotes.as_array().unwrap();
    assert!(!quotes.is_empty());
    for quote in quotes {
        assert_eq!(quote["speaker"], "Rachel Reeves", "{quote}");
        assert!(!quote["sentence"].as_str().unwrap().is_empty());
        assert!(quote["source"].as_str().unwrap().contains("examples"));
    }
    let speakers = json(&["speakers", "--db", database, "--format", "json"]);
    let speakers = speakers.as_array().unwrap();
    assert!(speakers.iter().any(|row| row["name"] == "Rachel Reeves"));
    // `--limit N` gives the N most quoted, in the same order.
    let top = json(&["speakers", "--db", database, "--format", "json", "--limit", "2"]);
    assert!(speakers.len() > 2, "{speakers:?}");
    assert_eq!(top.as_array().unwrap(), &speakers[..2]);
}

#[test]
fn reingest_is_idempotent_and_keeps_merges() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("news.db");
    let database = path.to_str().unwrap();
    ingest_examples(database);
    let before = counts(&path);
    let output = ingest_examples(database);
    assert!(String::from_utf8_lossy(&output.stderr).contains("0 new"), "{output:?}");
    assert_eq!(counts(&path), before);

    // Merge two people, re-ingest, and the merge still holds.
    let speakers = json(&["speakers", "--db", database, "--format", "json"]);
    let people: Vec<&Value> = speakers.as_array().unwrap().iter().filter(|row| row["kind"] == "person").collect();
    assert!(people.len() >= 2, "{speakers}");
    let (kept, absorbed) = (people[0]["entity_id"].as_i64().unwrap(), people[1]["entity_id"].as_i64().unwrap());
    let absorbed_name = people[1]["name"].as_str().unwrap().to_string();
    ok(&["entities", "--db", database, "merge", &kept.to_string(), &absorbed.to_string()]);
    let kept_quotes = |value: &Value| {
        value.as_array().unwrap().iter().find(|row| row["entity_id"].as_i64() == Some(kept)).unwrap()["quotes"]
            .as_i64()
            .unwrap()
    };
    let merged = kept_quotes(&json(&["speakers", "--db", database, "--format", "json"]));
    assert_eq!(merged, people[0]["quotes"].as_i64().unwrap() + people[1]["quotes"].as_i64().unwrap());

    // The same articles from another folder are new documents; the merge
    // rule applies to them too.
    let corpus = directory.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    for entry in std::fs::read_dir(repository().join("examples")).unwrap() {
        let entry = entry.unwrap();
        if entry.path().is_file() {
            std::fs::copy(entry.path(), corpus.join(entry.file_name())).unwrap();
        }
    }
    ok(&["ingest", "--db", database, corpus.to_str().unwrap()]);
    ok(&["ingest", "--db", database, corpus.to_str().unwrap()]);
    let speakers = json(&["speakers", "--db", database, "--format", "json"]);
    assert!(
        !speakers.as_array().unwrap().iter().any(|row| row["name"] == absorbed_name.as_str()),
        "{absorbed_name} came back as its own speaker: {speakers}"
    );
    assert!(kept_quotes(&speakers) >= merged);
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // Regression: `readout speakers | head -1` printed "readout: Broken
    // pipe (os error 32)" and exited 2.
    let directory = tempfile::tempdir().unwrap();
    let database = directory.path().join("news.db");
    let database = database.to_str().unwrap();
    ingest_examples(database);
    for command in ["quotes", "speakers"] {
        let mut child = readout()
            .args([command, "--db", database, "--format", "jsonl"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the command writes anything.
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{command}: {output:?}");
        assert_eq!(String::from_utf8_lossy(&output.stderr), "", "{command}");
    }
}

#[test]
fn export_writes_csv_and_jsonl() {
    let directory = tempfile::tempdir().unwrap();
    let database = directory.path().join("news.db");
    let database = database.to_str().unwrap();
    ingest_examples(database);
    for format in ["csv", "jsonl"] {
        let out = directory.path().join(format);
        ok(&["export", "--db", database, "--format", format, "--out", out.to_str().unwrap()]);
        let quotes = std::fs::read_to_string(out.join(format!("quotes.{format}"))).unwrap();
        assert!(quotes.lines().count() > 1, "{format}: {quotes}");
        assert!(quotes.contains("Rachel Reeves"), "{format}");
        if format == "jsonl" {
            for line in quotes.lines() {
                serde_json::from_str::<Value>(line).unwrap();
            }
        }
        assert!(out.join(format!("entities.{format}")).exists());
        assert!(out.join(format!("events.{format}")).exists());
    }
    let csv = String::from_utf8(ok(&["quotes", "--db", database, "--format", "csv"]).stdout).unwrap();
    assert!(csv.lines().next().unwrap().contains("speaker"), "{csv}");
}

#[test]
fn bad_inputs_are_listed_and_the_rest_is_stored() {
    let directory = tempfile::tempdir().unwrap();
    let corpus = directory.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::copy(repository().join("examples/chancellor_budget.txt"), corpus.join("good.txt")).unwrap();
    std::fs::write(corpus.join("binary.txt"), b"abc\0def").unwrap();
    std::fs::write(corpus.join("empty.txt"), b"").unwrap();
    let database = directory.path().join("news.db");
    let errors = directory.path().join("errors.tsv");
    let output = run(&[
        "ingest",
        "--db",
        database.to_str().unwrap(),
        "--errors",
        errors.to_str().unwrap(),
        corpus.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    let listed = std::fs::read_to_string(&errors).unwrap();
    assert_eq!(listed.lines().count(), 3, "{listed}");
    assert!(listed.contains("binary.txt\t") && listed.contains("empty.txt\t"), "{listed}");
    assert_eq!(counts(&database)[0], 1);
}

#[test]
fn a_corrupt_database_gives_one_line_and_exit_2() {
    let directory = tempfile::tempdir().unwrap();
    let database = directory.path().join("corrupt.db");
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend_from_slice(&[0xA5u8; 8192]);
    std::fs::write(&database, &bytes).unwrap();
    let examples = repository().join("examples");
    for arguments in [
        vec!["ingest", "--db", database.to_str().unwrap(), examples.to_str().unwrap()],
        vec!["quotes", "--db", database.to_str().unwrap(), "--format", "json"],
    ] {
        let output = run(&arguments);
        assert_eq!(output.status.code(), Some(2), "{arguments:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
        assert!(stderr.starts_with("readout: ") && stderr.contains("corrupt.db"), "{stderr}");
        assert!(output.stdout.is_empty());
    }
    // Nothing was written into it.
    assert_eq!(std::fs::read(&database).unwrap(), bytes);
}

/// Writes `count` articles into `directory`, each an example article with a
/// numbered paragraph of its own, so every one is a different document.
fn write_generated_corpus(directory: &Path, count: usize) {
    let mut examples: Vec<PathBuf> = std::fs::read_dir(repository().join("examples"))
        .unwrap()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "txt"))
        .collect();
    examples.sort();
    let texts: Vec<String> = examples.iter().map(|path| std::fs::read_to_string(path).unwrap()).collect();
    assert!(!texts.is_empty(), "no example articles");
    std::fs::create_dir_all(directory).unwrap();
    for number in 0..count {
        let text = &texts[number % texts.len()];
        let article = format!(
            "{text}\n\n\u{201c}We will publish update {number} next week,\u{201d} the council spokesman said on Monday.\n"
        );
        std::fs::write(directory.join(format!("article-{number:05}.txt")), article).unwrap();
    }
}

#[test]
fn a_killed_ingest_completes_on_rerun() {
    // A corpus of its own, large enough that ingest is still running when
    // the first batch has been committed.
    let directory = tempfile::tempdir().unwrap();
    let corpus = directory.path().join("corpus");
    let expected = 3000;
    write_generated_corpus(&corpus, expected);
    let database = directory.path().join("crash.db");
    let arguments = ["ingest", "--db", database.to_str().unwrap(), corpus.to_str().unwrap()];
    let mut child = readout().args(arguments).stderr(std::process::Stdio::null()).spawn().unwrap();
    // Kill it once some documents are committed, so the kill lands mid-ingest.
    let committed = || -> i64 {
        let Ok(store) = Store::open_read_only(&database) else { return 0 };
        store.connection().query_row("SELECT count(*) FROM documents", [], |row| row.get(0)).unwrap_or(0)
    };
    let started = std::time::Instant::now();
    while committed() == 0 && started.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(20));
    }
    let still_running = child.try_wait().unwrap().is_none();
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert!(still_running, "ingest of {expected} documents finished before it could be killed");
    // Each committed document is whole; whatever was not committed is gone.
    let partial = committed();
    assert!(0 < partial && partial < expected as i64, "{partial} documents after the kill");
    let output = run(&arguments);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let store = Store::open(&database).unwrap();
    let connection = store.connection();
    let documents: i64 = connection.query_row("SELECT count(*) FROM documents", [], |row| row.get(0)).unwrap();
    assert_eq!(documents, expected as i64);
    let check: String = connection.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
    assert_eq!(check, "ok");
}

/// A database holding one statement with everything said about it (to
/// Joe Biden, on 18 December, in a phone call, from London) and one with
/// nothing, written through the store as `readout ingest` would.
fn statement_database(directory: &Path) -> PathBuf {
    use readout_record::Speaker;
    use readout_record::{Channel, ChannelKind, Entity, EntityKind, Event, EventKind, Quote, QuoteKind, Record, Span};
    let text = "“We stand together,” Keir Starmer told Joe Biden in a phone call from London. \
                “Growth comes first,” Rachel Reeves said.";
    let span = |part: &str| {
        let start = text[..text.find(part).unwrap()].chars().count();
        Span { start, end: start + part.chars().count(), text: part.to_string() }
    };
    let entity =
        |id: &str, name: &str, kind| Entity { id: id.into(), name: name.into(), kind, mentions: vec![span(name)] };
    let quote = |id: &str, speaker: &str, content: &str, cue: &str| Quote {
        id: id.into(),
        kind: QuoteKind::Direct,
        speaker: Speaker { entity: Some(speaker.into()), name: None, mention: None },
        cue: Some(span(cue)),
        content: vec![span(content)],
        text: content.into(),
        date: None,
        addressee: None,
        channel: None,
        place: None,
    };
    let mut told = quote("q1", "e1", "“We stand together,”", "told");
    told.date = Some("2024-12-18".into());
    told.addressee =
        Some(Speaker { entity: Some("e2".into()), name: Some("Joe Biden".into()), mention: Some(span("Joe Biden")) });
    told.channel = Some(Channel { kind: ChannelKind::Call, name: None, mention: Some(span("a phone call")) });
    told.place = Some("e4".into());
    let record = Record {
        id: "statement".into(),
        source: "https://news.example/statement".into(),
        title: None,
        date: Some("2024-12-20".into()),
        text: text.into(),
        boilerplate: vec![],
        entities: vec![
            entity("e1", "Keir Starmer", EntityKind::Person),
            entity("e2", "Joe Biden", EntityKind::Person),
            entity("e3", "Rachel Reeves", EntityKind::Person),
            entity("e4", "London", EntityKind::Place),
        ],
        quotes: vec![told, quote("q2", "e3", "“Growth comes first,”", "said")],
        times: vec![],
        events: vec![Event {
            kind: EventKind::Communication,
            cue: span("told"),
            participants: vec!["e1".into(), "e2".into()],
            date: Some("2024-12-18".into()),
            place: Some("e4".into()),
        }],
        diagnostics: vec![],
    };
    let path = directory.join("statement.db");
    Store::open(&path).unwrap().ingest([record]).unwrap();
    path
}

#[test]
fn quotes_say_to_whom_when_and_via_and_filter_by_them() {
    let directory = tempfile::tempdir().unwrap();
    let path = statement_database(directory.path());
    let database = path.to_str().unwrap();
    let texts = |arguments: &[&str]| -> Vec<String> {
        let mut all = vec!["quotes", "--db", database, "--format", "json"];
        all.extend_from_slice(arguments);
        json(&all).as_array().unwrap().iter().map(|row| row["text"].as_str().unwrap().to_string()).collect()
    };
    assert_eq!(texts(&["--to", "Biden"]), ["“We stand together,”"]);
    assert_eq!(texts(&["--to", "Joe Biden", "--channel", "call"]), ["“We stand together,”"]);
    assert_eq!(texts(&["--channel", "press-conference"]), Vec::<String>::new());
    assert_eq!(texts(&["--to", "Rachel Reeves"]), Vec::<String>::new());
    assert_eq!(texts(&[]).len(), 2);

    let rows = json(&["quotes", "--db", database, "--format", "json", "--to", "Biden"]);
    let row = &rows[0];
    assert_eq!((&row["addressee"], &row["said_date"]), (&Value::from("Joe Biden"), &Value::from("2024-12-18")));
    assert_eq!((&row["channel"], &row["place"]), (&Value::from("call"), &Value::from("London")));
    let table =
        String::from_utf8(ok(&["quotes", "--db", database, "--format", "table", "--to", "Biden"]).stdout).unwrap();
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["date", "speaker", "to", "when", "via", "kind", "quote", "source"]);
    assert!(table.contains("Joe Biden") && table.contains("2024-12-18") && table.contains("call"), "{table}");
    let csv = String::from_utf8(ok(&["quotes", "--db", database, "--format", "csv"]).stdout).unwrap();
    assert!(csv.lines().next().unwrap().contains("addressee,addressee_mention,channel,channel_name"), "{csv}");

    // A channel that is not one is a usage error that lists the kinds.
    let output = run(&["quotes", "--db", database, "--channel", "tweet"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("unknown channel kind \"tweet\"; expected one of statement, interview,"), "{stderr}");
}

#[test]
fn events_show_their_place_and_date() {
    let directory = tempfile::tempdir().unwrap();
    let path = statement_database(directory.path());
    let database = path.to_str().unwrap();
    let events = json(&["events", "--db", database, "--format", "json"]);
    let event = &events[0];
    assert_eq!((&event["place"], &event["date"]), (&Value::from("London"), &Value::from("2024-12-18")));
    let table = String::from_utf8(ok(&["events", "--db", database, "--format", "table"]).stdout).unwrap();
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["date", "kind", "cue", "participants", "place", "source"]);
    assert!(table.lines().nth(1).unwrap().contains("London"), "{table}");
}
