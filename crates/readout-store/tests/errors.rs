//! Errors a user can act on: read-only files and directories, full disks,
//! locked and corrupt databases, each naming the file, with no partial
//! writes left behind.
//!
//! In: databases put in a bad state on purpose. Out: assertions on the
//! error variant, its message and the database contents afterwards.

mod common;

use std::io::{Seek, SeekFrom, Write};
use std::os::unix::fs::PermissionsExt;
use std::time::Duration;

use common::numbered_document;
use readout_store::{QuoteQuery, Store, StoreError};

fn documents(range: std::ops::Range<usize>) -> Vec<readout_record::Record> {
    range.map(|number| numbered_document(number, 3)).collect()
}

fn count(store: &Store, table: &str) -> i64 {
    store.connection().query_row(&format!("SELECT count(*) FROM {table}"), [], |row| row.get(0)).unwrap()
}

fn assert_message_shape(error: &StoreError, path: &std::path::Path, needle: &str) {
    let message = error.to_string();
    assert!(message.starts_with(&path.display().to_string()), "{message}");
    assert!(message.contains(needle), "{message}");
    assert!(!message.ends_with('.'), "{message}");
}

#[test]
fn read_only_store_refuses_writes() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("news.db");
    Store::open(&path).unwrap().ingest(documents(0..2)).unwrap();
    let mut read_only = Store::open_read_only(&path).unwrap();
    assert_eq!(read_only.quotes(&QuoteQuery::default()).unwrap().len(), 6);
    let error = read_only.ingest(documents(2..4)).unwrap_err();
    assert!(matches!(error, StoreError::ReadOnly { .. }), "{error:?}");
    assert_message_shape(&error, &path, "read-only");
    assert_eq!(count(&read_only, "documents"), 2);
}

#[test]
fn read_only_directory_and_file_are_reported() {
    let directory = tempfile::tempdir().unwrap();
    let locked_directory = directory.path().join("locked");
    std::fs::create_dir(&locked_directory).unwrap();
    let existing = locked_directory.join("existing.db");
    Store::open(&existing).unwrap().ingest(documents(0..1)).unwrap();
    std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(&locked_directory, std::fs::Permissions::from_mode(0o555)).unwrap();
    // root ignores permission bits; then only the /proc case below applies.
    let enforced = std::fs::File::create(locked_directory.join("probe")).is_err();
    if enforced {
        let error = Store::open(locked_directory.join("new.db")).err().expect("cannot create in a read-only directory");
        assert_message_shape(&error, &locked_directory.join("new.db"), "");
        let mut store = Store::open(&existing);
        if let Ok(store) = store.as_mut() {
            let error = store.ingest(documents(1..2)).unwrap_err();
            assert!(matches!(error, StoreError::ReadOnly { .. }), "{error:?}");
        }
    } else {
        eprintln!("permission bits not enforced for this user; checked /proc only");
    }
    std::fs::set_permissions(&locked_directory, std::fs::Permissions::from_mode(0o755)).unwrap();

    // A directory nobody can create files in, root included.
    let proc_path = std::path::Path::new("/proc/readout-store-test.db");
    if std::path::Path::new("/proc/self").exists() {
        let error = Store::open(proc_path).err().expect("cannot create a database in /proc");
        assert!(matches!(error, StoreError::CannotOpen { .. } | StoreError::ReadOnly { .. }), "{error:?}");
        assert_message_shape(&error, proc_path, "");
    }
}

#[test]
fn garbage_file_is_not_a_readout_database() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("garbage.db");
    std::fs::write(&path, vec![0x5a_u8; 8192]).unwrap();
    let error = Store::open(&path).err().unwrap();
    assert_eq!(error.to_string(), format!("{}: not a readout database", path.display()));
    let error = Store::open_read_only(&path).err().unwrap();
    assert!(matches!(error, StoreError::NotAReadoutDatabase { .. }));
    assert_eq!(std::fs::read(&path).unwrap(), vec![0x5a_u8; 8192], "file left untouched");
}

#[test]
fn damaged_pages_report_a_malformed_image() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("damaged.db");
    Store::open(&path).unwrap().ingest(documents(0..200)).unwrap();
    let length = std::fs::metadata(&path).unwrap().len();
    let mut file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    // Keep page 1 (header and schema) readable, wreck the rest.
    file.seek(SeekFrom::Start(4096)).unwrap();
    file.write_all(&vec![0xff_u8; (length - 4096) as usize]).unwrap();
    drop(file);
    let outcome = Store::open(&path).and_then(|store| {
        store.speakers(None)?;
        store.quotes(&QuoteQuery { about: Some("budget".into()), ..QuoteQuery::default() })?;
        Ok(())
    });
    let error = outcome.expect_err("a wrecked file must not read cleanly");
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error:?}");
    assert_eq!(error.to_string(), format!("{}: database disk image is malformed", path.display()));
}

#[test]
fn locked_database_waits_then_fails_clearly_and_writes_nothing() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("busy.db");
    let mut store = Store::open_with_busy_timeout(&path, Duration::from_millis(150)).unwrap();
    store.ingest(documents(0..1)).unwrap();
    let other = Store::open(&path).unwrap();
    other.connection().execute_batch("BEGIN IMMEDIATE").unwrap();
    let error = store.ingest(documents(1..5)).unwrap_err();
    assert!(matches!(error, StoreError::Locked { waited_ms: 150, .. }), "{error:?}");
    assert_message_shape(&error, &path, "locked by another process");
    // Readers are not blocked by a writer in WAL mode.
    assert_eq!(store.quotes(&QuoteQuery::default()).unwrap().len(), 3);
    other.connection().execute_batch("ROLLBACK").unwrap();
    let summary = store.ingest(documents(1..5)).unwrap();
    assert_eq!(summary.inserted, 4);
}

#[test]
fn full_disk_rolls_back_the_whole_batch() {
    let directory = tempfile::tempdir().unwrap();
    let path = directory.path().join("full.db");
    let mut store = Store::open(&path).unwrap();
    store.ingest(documents(0..5)).unwrap();
    let pages: i64 = store.connection().query_row("PRAGMA page_count", [], |row| row.get(0)).unwrap();
    // Let the file grow by a few pages only: the next batch cannot fit.
    store.connection().execute_batch(&format!("PRAGMA max_page_count = {};", pages + 3)).unwrap();
    store.set_ingest_batch_size(1_000);
    let error = store.ingest(documents(5..400)).unwrap_err();
    assert!(matches!(error, StoreError::DiskFull { .. }), "{error:?}");
    assert_message_shape(&error, &path, "disk is full");
    assert_eq!(count(&store, "documents"), 5);
    assert_eq!(count(&store, "quotes"), 15);
    let integrity: String = store.connection().query_row("PRAGMA integrity_check", [], |row| row.get(0)).unwrap();
    assert_eq!(integrity, "ok");
}
