//! Ingest idempotency, replacement, and every query and export over a small
//! hand-built corpus.
//!
//! In: records from the test builder. Out: assertions on summaries, query
//! rows, rebuilt documents and exported files.

mod common;

use common::{numbered_document, RecordBuilder};
use parquet::file::reader::{FileReader, SerializedFileReader};
use readout_record::{EntityKind, EventKind, QuoteKind, Record};
use readout_store::{EventQuery, ExportFormat, QuoteQuery, Store};

fn corpus() -> Vec<Record> {
    vec![
        RecordBuilder::new("d1", "https://bbc.example/politics/1", Some("2024-07-05"))
            .person("e1", "Keir Starmer", &["Keir Starmer"])
            .person("e2", "Joe Biden", &["Joe Biden"])
            .said("e1", "Starmer", "We will rebuild Britain")
            .quote(Some("e2"), "Biden", "the alliance is strong", QuoteKind::Indirect)
            .event(EventKind::Communication, "spoke to", &["e1", "e2"], Some("2024-07-04"))
            .build(),
        RecordBuilder::new("d2", "https://guardian.example/world/2", Some("2024-09-10"))
            .person("e1", "Sir Keir Starmer", &["Sir Keir Starmer"])
            .entity("e2", "Downing Street", EntityKind::Organization, &["Downing Street"])
            .said("e1", "he", "The budget will be painful")
            .said("e2", "A Downing Street spokesperson", "The budget is fair")
            .event(EventKind::Meeting, "met", &["e1", "e9"], None)
            .build(),
        RecordBuilder::new("d3", "https://bbc.example/business/3", Some("2025-01-20"))
            .person("e1", "Rachel Reeves", &["Rachel Reeves"])
            .quote(Some("e1"), "Reeves", "growth is our mission, it's the budget's core", QuoteKind::Mixed)
            .build(),
    ]
}

fn open_with_corpus() -> (tempfile::TempDir, Store) {
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("news.db")).unwrap();
    let summary = store.ingest(corpus()).unwrap();
    assert_eq!(summary.inserted, 3);
    assert_eq!(summary.quotes, 5);
    (directory, store)
}

#[test]
fn ingest_is_idempotent_and_replaces_changed_documents() {
    let (_directory, mut store) = open_with_corpus();
    let again = store.ingest(corpus()).unwrap();
    assert_eq!((again.inserted, again.replaced, again.skipped, again.quotes), (0, 0, 3, 0));

    let mut changed = corpus().remove(2);
    changed.quotes.clear();
    let summary = store.ingest([changed]).unwrap();
    assert_eq!(summary.replaced, 1);
    let count = |sql: &str| -> i64 { store.connection().query_row(sql, [], |row| row.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM documents"), 3);
    assert_eq!(count("SELECT count(*) FROM quotes"), 4);
    assert_eq!(count("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'growth'"), 0);
    assert_eq!(
        count(
            "SELECT count(*) FROM mentions m LEFT JOIN documents d ON d.rowid = m.document_rowid WHERE d.rowid IS NULL"
        ),
        0
    );
}

#[test]
fn replacing_every_document_leaves_no_rows_of_the_old_versions() {
    // Ingest checks no foreign keys and deletes a replaced document's rows
    // itself: every table must end as if the new versions came first.
    let (_directory, mut store) = open_with_corpus();
    let changed: Vec<Record> = corpus()
        .into_iter()
        .map(|mut record| {
            record.title = Some("changed".into());
            record
        })
        .collect();
    let summary = store.ingest(changed.clone()).unwrap();
    assert_eq!(summary.replaced, 3);
    let fresh_directory = tempfile::tempdir().unwrap();
    let mut fresh = Store::open(fresh_directory.path().join("fresh.db")).unwrap();
    fresh.ingest(changed).unwrap();
    let count = |store: &Store, table: &str| -> i64 {
        store.connection().query_row(&format!("SELECT count(*) FROM {table}"), [], |row| row.get(0)).unwrap()
    };
    for table in ["documents", "document_entities", "mentions", "quotes", "times", "events", "event_participants"] {
        assert_eq!(count(&store, table), count(&fresh, table), "{table}");
    }
    let violations: Vec<String> = {
        let mut statement = store.connection().prepare("PRAGMA foreign_key_check").unwrap();
        let rows = statement.query_map([], |row| row.get::<_, String>(0)).unwrap();
        rows.map(Result::unwrap).collect()
    };
    assert_eq!(violations, Vec::<String>::new());
    assert_full_text_consistent(&store);
    // Merges and splits rely on cascades: foreign keys (and checks) are on again.
    let enforced: i64 = store.connection().query_row("PRAGMA foreign_keys", [], |row| row.get(0)).unwrap();
    assert_eq!(enforced, 1);
    let checks_ignored: i64 =
        store.connection().query_row("PRAGMA ignore_check_constraints", [], |row| row.get(0)).unwrap();
    assert_eq!(checks_ignored, 0);
}

#[test]
fn quotes_filter_by_speaker_topic_date_kind_and_source() {
    let (_directory, store) = open_with_corpus();
    let all = store.quotes(&QuoteQuery::default()).unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(all[0].date.as_deref(), Some("2025-01-20"), "newest first");

    let starmer = store.quotes(&QuoteQuery { speaker: Some("Keir Starmer".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(starmer.len(), 2);
    assert!(starmer.iter().all(|row| row.speaker.as_deref() == Some("Keir Starmer")));

    let budget = store.quotes(&QuoteQuery { about: Some("budget".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(budget.len(), 3);
    let budget_by_starmer = store
        .quotes(&QuoteQuery { about: Some("budget".into()), speaker: Some("Sir Keir".into()), ..QuoteQuery::default() })
        .unwrap();
    assert!(budget_by_starmer.len() <= 1);

    let punctuation =
        store.quotes(&QuoteQuery { about: Some("it's \"core\" (budget's)".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(punctuation.len(), 1, "user punctuation cannot break FTS syntax");

    let prefix = store.quotes(&QuoteQuery { about: Some("rebui*".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(prefix.len(), 1);

    let window = store
        .quotes(&QuoteQuery {
            since: Some("2024-08-01".into()),
            until: Some("2024-12".into()),
            ..QuoteQuery::default()
        })
        .unwrap();
    assert_eq!(window.len(), 2);

    let mixed = store.quotes(&QuoteQuery { kind: Some(QuoteKind::Mixed), ..QuoteQuery::default() }).unwrap();
    assert_eq!(mixed.len(), 1);
    assert_eq!(mixed[0].speaker.as_deref(), Some("Rachel Reeves"));

    let bbc =
        store.quotes(&QuoteQuery { source_pattern: Some("bbc.example".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(bbc.len(), 3);
    let bbc_business = store
        .quotes(&QuoteQuery { source_pattern: Some("https://bbc.*/business/*".into()), ..QuoteQuery::default() })
        .unwrap();
    assert_eq!(bbc_business.len(), 1);

    let paged = store.quotes(&QuoteQuery { limit: Some(2), offset: Some(4), ..QuoteQuery::default() }).unwrap();
    assert_eq!(paged.len(), 1);

    let spokesperson =
        store.quotes(&QuoteQuery { speaker: Some("Downing Street".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(spokesperson.len(), 1);
    assert_eq!(spokesperson[0].sentence, "“The budget is fair,” A Downing Street spokesperson said.");

    let unknown = store.quotes(&QuoteQuery { speaker: Some("Nobody Known".into()), ..QuoteQuery::default() }).unwrap();
    assert!(unknown.is_empty());
}

#[test]
fn speakers_timeline_and_events() {
    let (_directory, store) = open_with_corpus();
    let speakers = store.speakers(None).unwrap();
    assert_eq!(speakers[0].name, "Keir Starmer");
    assert_eq!(speakers[0].quotes, 2);
    assert_eq!(speakers[0].documents, 2);
    assert_eq!(speakers[0].first_seen.as_deref(), Some("2024-07-05"));
    assert_eq!(speakers[0].last_seen.as_deref(), Some("2024-09-10"));

    let timeline = store.timeline("Starmer").unwrap();
    let entries: Vec<(&str, &str)> =
        timeline.iter().map(|entry| (entry.date.as_deref().unwrap_or(""), entry.entry.as_str())).collect();
    assert_eq!(
        entries,
        vec![
            ("2024-07-04", "communication"),
            ("2024-07-05", "quote"),
            ("2024-09-10", "meeting"),
            ("2024-09-10", "quote")
        ]
    );

    let with_biden = store.events(&EventQuery { with: Some("Biden".into()), ..EventQuery::default() }).unwrap();
    assert_eq!(with_biden.len(), 1);
    assert_eq!(with_biden[0].participants, vec!["Keir Starmer", "Joe Biden"]);
    let meetings = store.events(&EventQuery { kind: Some(EventKind::Meeting), ..EventQuery::default() }).unwrap();
    assert_eq!(meetings.len(), 1);
    assert_eq!(meetings[0].date.as_deref(), Some("2024-09-10"), "falls back to the document date");
    assert_eq!(meetings[0].participants, vec!["Keir Starmer", "e9"], "unknown participant kept as written");
}

#[test]
fn document_round_trips_as_a_record() {
    let (_directory, store) = open_with_corpus();
    let original = corpus().remove(0);
    let view = store.document("d1").unwrap().unwrap();
    assert_eq!(view.record, original);
    assert_eq!(view.global_entity_ids.len(), 2);
    assert!(store.document("missing").unwrap().is_none());
}

#[test]
fn export_writes_three_files_in_each_format() {
    let (directory, store) = open_with_corpus();
    for format in [ExportFormat::Jsonl, ExportFormat::Csv, ExportFormat::Parquet] {
        let out = directory.path().join(format!("export-{}", format.extension()));
        let summary = store.export(format, &out).unwrap();
        assert_eq!((summary.quotes, summary.events), (5, 2));
        assert!(summary.entities >= 4);
        let quotes_path = out.join(format!("quotes.{}", format.extension()));
        match format {
            ExportFormat::Parquet => {
                for (table, rows) in [("quotes", 5), ("entities", summary.entities), ("events", 2)] {
                    let file = std::fs::File::open(out.join(format!("{table}.parquet"))).unwrap();
                    let reader = SerializedFileReader::new(file).unwrap();
                    assert_eq!(reader.metadata().file_metadata().num_rows(), rows as i64, "{table}");
                }
            }
            _ => {
                let quotes = std::fs::read_to_string(&quotes_path).unwrap();
                assert!(quotes.contains("We will rebuild Britain"));
                let lines = quotes.lines().count();
                assert_eq!(lines, if format == ExportFormat::Csv { 6 } else { 5 });
            }
        }
        assert!(std::fs::read_dir(&out).unwrap().all(|entry| !entry
            .unwrap()
            .file_name()
            .to_string_lossy()
            .ends_with(".partial")));
    }
    let jsonl = std::fs::read_to_string(directory.path().join("export-jsonl/quotes.jsonl")).unwrap();
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(first["speaker"], "Keir Starmer");
}

#[test]
fn bad_offsets_and_empty_names_do_not_panic() {
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("bad.db")).unwrap();
    let mut record = numbered_document(1, 2);
    record.quotes[0].content[0].start = 10_000;
    record.quotes[0].content[0].end = 5;
    record.quotes[1].speaker.entity = Some("no-such-entity".into());
    record.quotes[1].speaker.name = None;
    record.entities[0].name = "  ".into();
    record.events.push(readout_record::Event {
        kind: EventKind::Visit,
        cue: readout_record::Span { start: 99_999, end: 3, text: "visited".into() },
        participants: vec!["ghost".into()],
        date: None,
        place: None,
    });
    let summary = store.ingest([record]).unwrap();
    assert_eq!(summary.quotes, 2);
    assert_eq!(store.quotes(&QuoteQuery::default()).unwrap().len(), 2);
}

#[test]
fn common_and_rare_words_return_the_same_order() {
    // 4,000 quotes contain "budget" and "document 17" only five: the
    // date-keyed full-text walk must give the same rows as the plain date
    // walk whatever the word's frequency.
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("plans.db")).unwrap();
    store.ingest((0..800).map(|number| numbered_document(number, 5))).unwrap();
    let common =
        store.quotes(&QuoteQuery { about: Some("budget".into()), limit: Some(20), ..QuoteQuery::default() }).unwrap();
    let everything = store.quotes(&QuoteQuery { limit: Some(20), ..QuoteQuery::default() }).unwrap();
    assert_eq!(common, everything, "every quote mentions the budget");
    // The date-keyed full-text plan honours date bounds and pages like the
    // plain date walk does.
    for (since, until, offset) in
        [(Some("2024-06-15"), None, 0), (None, Some("2024-03"), 7), (Some("2024-02"), Some("2024-04-10"), 30)]
    {
        let bounded = |about: Option<&str>| {
            store
                .quotes(&QuoteQuery {
                    about: about.map(String::from),
                    since: since.map(String::from),
                    until: until.map(String::from),
                    limit: Some(25),
                    offset: Some(offset),
                    ..QuoteQuery::default()
                })
                .unwrap()
        };
        let everything = bounded(None);
        assert_eq!(everything.len(), 25);
        assert_eq!(bounded(Some("budget")), everything, "since {since:?} until {until:?} offset {offset}");
    }
    let rare = store.quotes(&QuoteQuery { about: Some("document 17".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(rare.len(), 5);
    let common_by_speaker = store
        .quotes(&QuoteQuery {
            about: Some("budget".into()),
            speaker: Some("Rachel Reeves".into()),
            since: Some("2024-06-01".into()),
            limit: Some(1_000),
            ..QuoteQuery::default()
        })
        .unwrap();
    assert!(!common_by_speaker.is_empty());
    assert!(common_by_speaker
        .iter()
        .all(|row| row.speaker.as_deref() == Some("Rachel Reeves") && row.date.as_deref() >= Some("2024-06-01")));
    assert!(common_by_speaker.windows(2).all(|pair| pair[0].date >= pair[1].date));
}

/// Both full-text indexes pass FTS5's own consistency check.
fn assert_full_text_consistent(store: &Store) {
    for table in ["quotes_fts", "documents_fts"] {
        store
            .connection()
            .execute(&format!("INSERT INTO {table}({table}) VALUES ('integrity-check')"), [])
            .unwrap_or_else(|error| panic!("{table}: {error}"));
    }
}

/// The number of segments in a full-text index, from its structure record
/// (FTS5's `fts5_index.c`: a 4-byte cookie, an optional 4-byte version
/// marker, then varints for the number of levels and of segments).
fn full_text_segments(store: &Store, table: &str) -> u64 {
    let record: Vec<u8> = store
        .connection()
        .query_row(&format!("SELECT block FROM {table}_data WHERE id = 10"), [], |row| row.get(0))
        .unwrap();
    let mut bytes = record[4..].iter().copied();
    if record.get(4..8) == Some(&[0xff, 0x00, 0x00, 0x01]) {
        bytes.nth(3);
    }
    let mut varint = || -> u64 {
        let mut value = 0u64;
        for byte in bytes.by_ref() {
            value = (value << 7) | u64::from(byte & 0x7f);
            if byte & 0x80 == 0 {
                break;
            }
        }
        value
    };
    let _levels = varint();
    varint()
}

#[test]
fn quotes_out_of_date_order_make_one_full_text_segment_per_batch() {
    // `quotes_fts` rowids lead with the date, and FTS5 writes out a segment
    // whenever a rowid comes below the last one: ingest sorts each batch's
    // quotes by that key before indexing them (this one is newest first).
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("dates.db")).unwrap();
    let mut records = corpus();
    records.reverse();
    store.ingest(records).unwrap();
    assert_eq!(full_text_segments(&store, "quotes_fts"), 1);
    assert_eq!(full_text_segments(&store, "documents_fts"), 1);
    assert_full_text_consistent(&store);
    let quotes = store.quotes(&QuoteQuery { about: Some("budget".into()), ..QuoteQuery::default() }).unwrap();
    let dates: Vec<_> = quotes.iter().map(|quote| quote.date.as_deref()).collect();
    assert_eq!(dates, [Some("2025-01-20"), Some("2024-09-10"), Some("2024-09-10")]);
}

#[test]
fn ingest_gives_the_writer_its_autocheckpoint_back() {
    // Ingest turns the writer's checkpoints off while a thread of its own
    // checkpoints (`checkpoint.rs`); later writes must checkpoint again.
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("checkpoints.db")).unwrap();
    let pages = |store: &Store| -> i64 {
        store.connection().query_row("PRAGMA wal_autocheckpoint", [], |row| row.get(0)).unwrap()
    };
    let before = pages(&store);
    assert!(before > 0);
    store.ingest(corpus()).unwrap();
    assert_eq!(pages(&store), before);
}

#[test]
fn same_document_twice_in_one_batch_leaves_the_full_text_indexes_consistent() {
    // The second version replaces the first before the batch indexes its
    // documents: the delete triggers must not remove terms that were never
    // indexed.
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("twice.db")).unwrap();
    let mut second = corpus().remove(0);
    second.quotes.truncate(1);
    second.quotes[0].text = "We will renew Britain".into();
    let summary = store.ingest([corpus().remove(0), second]).unwrap();
    assert_eq!((summary.inserted, summary.replaced), (1, 1));
    assert_full_text_consistent(&store);
    let about =
        |words: &str| store.quotes(&QuoteQuery { about: Some(words.into()), ..QuoteQuery::default() }).unwrap().len();
    assert_eq!(about("renew"), 1);
    assert_eq!(about("alliance"), 0);
}

#[test]
fn words_and_speaker_follow_an_entity_merge() {
    let (_directory, mut store) = open_with_corpus();
    let find = |store: &Store, speaker: &str| {
        store
            .quotes(&QuoteQuery {
                about: Some("budget".into()),
                speaker: Some(speaker.into()),
                ..QuoteQuery::default()
            })
            .unwrap()
            .into_iter()
            .map(|row| row.text)
            .collect::<Vec<_>>()
    };
    assert_eq!(find(&store, "Downing Street"), ["The budget is fair"]);
    let id = |name: &str| store.entities(Some(name)).unwrap()[0].id;
    let (starmer, downing_street) = (id("Keir Starmer"), id("Downing Street"));
    store.merge_entities(starmer, downing_street).unwrap();
    assert_full_text_consistent(&store);
    // The merged quotes now sit under Starmer in the speaker column too.
    assert_eq!(find(&store, "Keir Starmer"), ["The budget is fair", "The budget will be painful"]);
}

#[test]
fn quotes_without_words_walk_dates_newest_first_within_bounds() {
    // Schema 6 walks `quotes.date_key` for these: undated quotes come last
    // and fall outside any date bound, a bare month includes its last day.
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("dates.db")).unwrap();
    let dates = [Some("2024-03-31"), None, Some("2024-01-05"), Some("2024-03"), Some("2024-12-01"), Some("2023-12-31")];
    let records = dates.iter().enumerate().map(|(number, date)| {
        RecordBuilder::new(&format!("dated-{number}"), &format!("https://news.example/{number}"), *date)
            .person("e1", "Rachel Reeves", &["Reeves"])
            .said("e1", "Reeves", &format!("statement number {number}"))
            .said("e1", "Reeves", &format!("second statement {number}"))
            .build()
    });
    store.ingest(records).unwrap();
    let dated = |since: Option<&str>, until: Option<&str>| -> Vec<Option<String>> {
        let query = QuoteQuery {
            since: since.map(String::from),
            until: until.map(String::from),
            limit: Some(100),
            ..QuoteQuery::default()
        };
        store.quotes(&query).unwrap().into_iter().map(|row| row.date).collect()
    };
    let all = dated(None, None);
    assert_eq!(all.len(), 12);
    assert!(all[..10].windows(2).all(|pair| pair[0] >= pair[1]), "{all:?}");
    assert_eq!(all[10..], [None, None]);
    let march = dated(Some("2024-03"), Some("2024-03"));
    assert_eq!(
        march,
        [Some("2024-03-31".to_string()), Some("2024-03-31".into()), Some("2024-03".into()), Some("2024-03".into())]
    );
    assert_eq!(dated(Some("2024-02-01"), None).len(), 6);
    assert_eq!(dated(None, Some("2024-01-05")).len(), 4);
}
