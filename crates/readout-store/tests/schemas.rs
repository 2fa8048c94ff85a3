//! Every released schema still opens: the tiny databases under
//! `tests/schemas/` are migrated to the current version and queried.
//!
//! In: `tests/schemas/v<N>.db`, one per released schema version, written
//! once by [`write_fixture_for_current_version`] (run with
//! `READOUT_STORE_WRITE_SCHEMA_FIXTURES=1`, or when the current version's
//! file is missing) from [`fixture_records`] of that version, and then
//! committed. Out: assertions that opening a copy migrates it and that its
//! data reads back: every document equal to the record it was written from.

mod common;

use std::path::{Path, PathBuf};

use common::RecordBuilder;
use readout_record::{ChannelKind, EntityKind, EventKind, QuoteKind, TimeType};
use readout_store::{QuoteQuery, Store, CURRENT_SCHEMA_VERSION};

fn fixtures_directory() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/schemas")
}

/// The records in the fixture of schema `version`: two documents since
/// version 1, and since version 7 a third whose quote has an addressee,
/// channel, date and place, whose event has a place and whose times have
/// their TimeML type.
fn fixture_records(version: i64) -> Vec<readout_record::Record> {
    let mut records = vec![
        RecordBuilder::new("fixture-1", "https://news.example/fixture/1", Some("2024-07-05"))
            .person("e1", "Keir Starmer", &["Sir Keir Starmer", "Starmer"])
            .person("e2", "Joe Biden", &["Joe Biden"])
            .said("e1", "Starmer", "We will rebuild Britain")
            .quote(Some("e2"), "Biden", "the alliance is strong", QuoteKind::Indirect)
            .event(EventKind::Communication, "spoke to", &["e1", "e2"], None)
            .build(),
        RecordBuilder::new("fixture-2", "https://news.example/fixture/2", Some("2024-09-10"))
            .person("e1", "Hillary Clinton", &["Mrs. Clinton"])
            .said("e1", "she", "It takes a village")
            .build(),
    ];
    if version >= 7 {
        records.push(
            RecordBuilder::new("fixture-3", "https://news.example/fixture/3", Some("2024-12-20"))
                .person("e1", "Joe Biden", &["Joe Biden"])
                .person("e2", "Keir Starmer", &["Keir Starmer"])
                .entity("e3", "Washington", EntityKind::Place, &["Washington"])
                .quote(Some("e1"), "Biden", "the partnership will hold", QuoteKind::Indirect)
                .to(Some("e2"), "Starmer")
                .via(ChannelKind::Call, None, "a phone call")
                .said_on("2024-12-18")
                .said_at("e3")
                .event(EventKind::Communication, "spoke to", &["e1", "e2"], Some("2024-12-18"))
                .event_at("e3")
                .time("Wednesday afternoon", "2024-12-18TAF", Some(TimeType::Time))
                .time("three years", "P3Y", Some(TimeType::Duration))
                .build(),
        );
    }
    records
}

/// Writes `v<CURRENT>.db` as a small, self-contained file (no WAL).
fn write_fixture_for_current_version(target: &Path) {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("fixture.db");
    let mut store = Store::open(&path).unwrap();
    store.ingest(fixture_records(CURRENT_SCHEMA_VERSION)).unwrap();
    store.connection().execute_batch("PRAGMA journal_mode = DELETE; PRAGMA page_size = 1024; VACUUM;").unwrap();
    drop(store);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(&path, target).unwrap();
}

#[test]
fn every_released_schema_opens_and_migrates() {
    let current = fixtures_directory().join(format!("v{CURRENT_SCHEMA_VERSION}.db"));
    if std::env::var_os("READOUT_STORE_WRITE_SCHEMA_FIXTURES").is_some() || !current.exists() {
        eprintln!("writing {}; commit it", current.display());
        write_fixture_for_current_version(&current);
    }
    let mut checked = 0;
    for version in 1..=CURRENT_SCHEMA_VERSION {
        let fixture = fixtures_directory().join(format!("v{version}.db"));
        assert!(fixture.exists(), "missing fixture for released schema {version}: {}", fixture.display());
        let directory = tempfile::tempdir().unwrap();
        let copy = directory.path().join(format!("v{version}.db"));
        std::fs::copy(&fixture, &copy).unwrap();

        let mut store = Store::open(&copy).unwrap();
        assert_eq!(store.schema_version().unwrap(), CURRENT_SCHEMA_VERSION);
        let quotes = store.quotes(&QuoteQuery { speaker: Some("Starmer".into()), ..QuoteQuery::default() }).unwrap();
        assert_eq!(quotes.len(), 1, "schema {version}");
        assert_eq!(quotes[0].text, "We will rebuild Britain");
        // The quote index, rebuilt by schema 5, answers words with a known
        // speaker and with a speaker known only as written.
        let words = |about: &str, speaker: &str| {
            let query =
                QuoteQuery { about: Some(about.into()), speaker: Some(speaker.into()), ..QuoteQuery::default() };
            store.quotes(&query).unwrap().into_iter().map(|row| row.text).collect::<Vec<_>>()
        };
        assert_eq!(words("rebuild", "Keir Starmer"), ["We will rebuild Britain"], "schema {version}");
        assert_eq!(words("village", "she"), ["It takes a village"], "schema {version}");
        assert_eq!(words("village", "he"), Vec::<String>::new(), "schema {version}");
        assert_eq!(words("alliance", "Biden"), ["the alliance is strong"], "schema {version}");
        assert_eq!(store.speakers(None).unwrap().len(), 3);
        // Schema 5: mentions moved into `document_entities`, and the
        // `mentions` view still lists every one, in the record's order.
        let records = fixture_records(version);
        let expected_mentions: Vec<String> = records
            .iter()
            .flat_map(|record| record.entities.iter().flat_map(|entity| entity.mentions.iter()))
            .map(|span| span.text.clone())
            .collect();
        let mut statement = store
            .connection()
            .prepare(
                "SELECT m.text FROM mentions m JOIN documents d ON d.rowid = m.document_rowid
                 JOIN entities e ON e.id = m.entity_id ORDER BY d.id, m.local_entity_id",
            )
            .unwrap();
        let stored_mentions: Vec<String> =
            statement.query_map([], |row| row.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
        drop(statement);
        assert_eq!(stored_mentions, expected_mentions, "schema {version}");
        // Every document reads back as the record it was written from;
        // those written before schema 7 with no addressee, channel, date or
        // place.
        for record in &records {
            let view = store.document(&record.id).unwrap().expect("the fixture's document");
            assert_eq!(&view.record, record, "schema {version}");
        }
        // Schema 7: to whom and through what.
        let to_starmer = QuoteQuery { to: Some("Keir Starmer".into()), ..QuoteQuery::default() };
        let by_call = QuoteQuery { channel: Some(ChannelKind::Call), ..QuoteQuery::default() };
        for query in [to_starmer, by_call] {
            let found: Vec<String> = store.quotes(&query).unwrap().into_iter().map(|row| row.text).collect();
            let expected: &[&str] = if version >= 7 { &["the partnership will hold"] } else { &[] };
            assert_eq!(found, expected, "schema {version}: {query:?}");
        }
        // The migrated file accepts new data and keeps identity working.
        let more = RecordBuilder::new("new", "https://news.example/new", Some("2025-01-01"))
            .person("e1", "Sir Keir Starmer", &["Sir Keir Starmer"])
            .said("e1", "he", "A new year")
            .build();
        store.ingest([more]).unwrap();
        assert_eq!(
            store.quotes(&QuoteQuery { speaker: Some("Keir Starmer".into()), ..QuoteQuery::default() }).unwrap().len(),
            2
        );
        let integrity: String = store.connection().query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
        assert_eq!(integrity, "ok");
        // Schema 4 (and 5, for its new quote index): every full-text index
        // buffers 16 MiB of terms.
        for table in ["documents_fts", "quotes_fts"] {
            let hash_size: i64 = store
                .connection()
                .query_row(&format!("SELECT v FROM {table}_config WHERE k = 'hashsize'"), [], |row| row.get(0))
                .unwrap();
            assert_eq!(hash_size, 16_777_216, "{table} in schema {version}");
        }
        drop(store);
        assert!(Store::open_read_only(&copy).is_ok());
        checked += 1;
    }
    assert_eq!(checked, CURRENT_SCHEMA_VERSION);
}
