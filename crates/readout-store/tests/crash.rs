//! A `kill -9` in the middle of an ingest loses nothing committed, leaves
//! no half document, and a rerun finishes the job.
//!
//! In: this test executable itself, started again as a child with an
//! environment switch so that it only ingests. Out: after killing the child,
//! assertions on integrity, on every document having all its quotes, and on
//! the rerun's summary.

mod common;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::numbered_document;
use readout_store::Store;

const CHILD_SWITCH: &str = "READOUT_STORE_CRASH_CHILD_DATABASE";
const DOCUMENTS: usize = 4_000;

fn all_documents() -> impl Iterator<Item = readout_record::Record> {
    (0..DOCUMENTS).map(|number| numbered_document(number, number % 5 + 1))
}

/// The child's side: does nothing in a normal test run.
#[test]
fn crash_child_ingests_until_killed() {
    let Ok(path) = std::env::var(CHILD_SWITCH) else {
        return;
    };
    let mut store = Store::open(path).unwrap();
    store.set_ingest_batch_size(50);
    store.ingest(all_documents()).unwrap();
}

fn committed_documents(path: &std::path::Path) -> i64 {
    match Store::open_read_only(path) {
        Ok(store) => store.connection().query_row("SELECT count(*) FROM documents", [], |row| row.get(0)).unwrap_or(0),
        Err(_) => 0,
    }
}

#[test]
fn killed_ingest_loses_nothing_committed_and_rerun_completes() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("crash.db");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["crash_child_ingests_until_killed", "--exact", "--test-threads=1"])
        .env(CHILD_SWITCH, &path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while committed_documents(&path) < 250 {
        assert!(started.elapsed() < Duration::from_secs(120), "child made no progress");
        if let Some(status) = child.try_wait().unwrap() {
            panic!("child finished before it could be killed: {status}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // SIGKILL: no destructor, no rollback, no checkpoint runs in the child.
    child.kill().unwrap();
    child.wait().unwrap();

    let mut store = Store::open(&path).unwrap();
    let connection = store.connection();
    let integrity: String = connection.query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
    assert_eq!(integrity, "ok");
    connection.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')", []).unwrap();
    let committed: i64 = connection.query_row("SELECT count(*) FROM documents", [], |row| row.get(0)).unwrap();
    assert!(committed >= 250 && (committed as usize) < DOCUMENTS, "{committed}");
    assert_eq!(committed % 50, 0, "only whole batches are committed");
    let incomplete: i64 = connection
        .query_row(
            "SELECT count(*) FROM documents d
             WHERE d.title != 'quotes=' || (SELECT count(*) FROM quotes q WHERE q.document_rowid = d.rowid)",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(incomplete, 0, "a document without all its quotes");
    let orphans: i64 = connection
        .query_row(
            "SELECT count(*) FROM quotes q LEFT JOIN documents d ON d.rowid = q.document_rowid WHERE d.rowid IS NULL",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);

    store.set_ingest_batch_size(1_000);
    let summary = store.ingest(all_documents()).unwrap();
    assert_eq!(summary.skipped, committed as usize);
    assert_eq!(summary.inserted, DOCUMENTS - committed as usize);
    let total: i64 = store.connection().query_row("SELECT count(*) FROM documents", [], |row| row.get(0)).unwrap();
    assert_eq!(total as usize, DOCUMENTS);
}
