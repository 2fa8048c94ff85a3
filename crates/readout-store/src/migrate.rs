//! Opening a database file and bringing its schema up to date.
//!
//! In: a path and whether the caller may write. Out: a configured SQLite
//! connection (WAL, foreign keys, busy timeout) whose schema is at
//! [`CURRENT_SCHEMA_VERSION`], or a [`StoreError`] that says why not: the file
//! belongs to some other program, is damaged, is newer than this build, or
//! cannot be written. The version lives in `PRAGMA user_version`; each step
//! runs in its own transaction, so a crash mid-migration leaves the previous
//! version intact.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use crate::error::{DatabasePath, SqliteResultExt, StoreError};
use crate::schema::{APPLICATION_ID, CURRENT_SCHEMA_VERSION, MIGRATIONS};

/// What a freshly opened file turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileState {
    /// No tables at all: a new file, or one SQLite just created.
    Empty,
    /// Ours, at the given schema version.
    Readout { version: i64 },
}

/// Page size of a database readout creates.
const NEW_DATABASE_PAGE_SIZE: i64 = 16_384;

/// WAL size at which a write checkpoints it into the database.
const WAL_CHECKPOINT_BYTES: i64 = 32 * 1024 * 1024;

pub(crate) fn open_connection(path: &Path, read_only: bool, busy_timeout: Duration) -> Result<Connection, StoreError> {
    let busy_timeout_ms = busy_timeout.as_millis() as u64;
    if read_only && !path.exists() {
        return Err(StoreError::NotFound { path: path.into() });
    }
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let connection = Connection::open_with_flags(path, flags).at(path, busy_timeout_ms)?;
    connection.busy_timeout(busy_timeout).at(path, busy_timeout_ms)?;
    if !read_only {
        // Takes effect only when the file is created (an existing database
        // keeps its page size). 16 KiB pages make ingest about 15% faster
        // than SQLite's 4 KiB: fewer, fuller B-tree pages for the indexes
        // and full-text segments it writes, and fewer writes to the WAL.
        connection.execute_batch(&format!("PRAGMA page_size = {NEW_DATABASE_PAGE_SIZE};")).at(path, busy_timeout_ms)?;
    }
    // Ingest alone runs some thirty distinct statements per document; the
    // default cache of 16 would prepare most of them again every time.
    connection.set_prepared_statement_cache_capacity(128);
    // Reading the header is the first thing that fails on a file that is not
    // SQLite at all; that error maps to "not a readout database".
    let state = inspect(&connection, path, busy_timeout_ms)?;

    if !read_only {
        // WAL lets readers (a Datasette window, a second `readout quotes`)
        // work while an ingest runs; NORMAL sync in WAL mode loses nothing
        // committed when the process is killed, only on power loss.
        let mode: String =
            connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)).at(path, busy_timeout_ms)?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::debug!(path = %path.display(), mode, "journal mode is not wal");
        }
        connection.execute_batch("PRAGMA synchronous = NORMAL;").at(path, busy_timeout_ms)?;
        // Checkpoint when the WAL holds about 32 MiB rather than SQLite's
        // 1,000 pages: ingest rewrites the same index pages batch after
        // batch, and each checkpoint copies every page once, so rarer
        // checkpoints copy far less (a quarter less ingest time on PolNeAR).
        let page_size: i64 =
            connection.query_row("PRAGMA page_size", [], |row| row.get(0)).at(path, busy_timeout_ms)?;
        let pages = WAL_CHECKPOINT_BYTES / page_size.max(512);
        connection.execute_batch(&format!("PRAGMA wal_autocheckpoint = {pages};")).at(path, busy_timeout_ms)?;
    }
    // A 64 MiB page cache keeps a million-quote store's indexes in memory
    // across queries (the default is 2 MiB).
    connection.execute_batch("PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;").at(path, busy_timeout_ms)?;

    match state {
        FileState::Readout { version } if version > CURRENT_SCHEMA_VERSION => {
            Err(StoreError::SchemaTooNew { path: path.into(), found: version, supported: CURRENT_SCHEMA_VERSION })
        }
        FileState::Readout { version } if version == CURRENT_SCHEMA_VERSION => Ok(connection),
        _ if read_only => Err(StoreError::CannotOpen {
            path: path.into(),
            message: "schema needs migrating; open it once without read-only".to_string(),
        }),
        FileState::Empty => {
            migrate(&connection, path, 0, busy_timeout_ms)?;
            Ok(connection)
        }
        FileState::Readout { version } => {
            migrate(&connection, path, version, busy_timeout_ms)?;
            Ok(connection)
        }
    }
}

fn inspect(connection: &Connection, path: &Path, busy_timeout_ms: u64) -> Result<FileState, StoreError> {
    let application_id: i64 =
        connection.query_row("PRAGMA application_id", [], |row| row.get(0)).at(path, busy_timeout_ms)?;
    let user_version: i64 =
        connection.query_row("PRAGMA user_version", [], |row| row.get(0)).at(path, busy_timeout_ms)?;
    if application_id == APPLICATION_ID {
        return Ok(FileState::Readout { version: user_version });
    }
    let table_count: i64 =
        connection.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0)).at(path, busy_timeout_ms)?;
    if application_id == 0 && user_version == 0 && table_count == 0 {
        Ok(FileState::Empty)
    } else {
        Err(StoreError::NotAReadoutDatabase { path: DatabasePath::from(path) })
    }
}

/// Runs every migration after `from_version`, one transaction each.
fn migrate(connection: &Connection, path: &Path, from_version: i64, busy_timeout_ms: u64) -> Result<(), StoreError> {
    for (index, migration) in MIGRATIONS.iter().enumerate() {
        let target_version = index as i64 + 1;
        if target_version <= from_version {
            continue;
        }
        tracing::info!(path = %path.display(), target_version, "migrating schema");
        // IMMEDIATE takes the write lock up front, so two processes opening
        // the same new file cannot both try to create the tables.
        connection.execute_batch("BEGIN IMMEDIATE").at(path, busy_timeout_ms)?;
        let step = (|| -> Result<(), rusqlite::Error> {
            // Another process may have migrated while we waited for the lock.
            let current: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
            if current >= target_version {
                return Ok(());
            }
            connection.execute_batch(migration)?;
            connection.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {target_version};"
            ))?;
            Ok(())
        })();
        match step {
            Ok(()) => connection.execute_batch("COMMIT").at(path, busy_timeout_ms)?,
            Err(error) => {
                let _ = connection.execute_batch("ROLLBACK");
                return Err(StoreError::from_sqlite(path, error, busy_timeout_ms));
            }
        }
    }
    Ok(())
}

/// The schema version of an open connection, for tests and `readout` status.
pub(crate) fn schema_version(connection: &Connection) -> Result<i64, rusqlite::Error> {
    connection.query_row("PRAGMA user_version", [], |row| row.get(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TIMEOUT: Duration = Duration::from_millis(200);

    #[test]
    fn new_file_is_created_at_current_version_in_wal_mode() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("new.db");
        let connection = open_connection(&path, false, TIMEOUT).unwrap();
        assert_eq!(schema_version(&connection).unwrap(), CURRENT_SCHEMA_VERSION);
        let mode: String = connection.query_row("PRAGMA journal_mode", [], |row| row.get(0)).unwrap();
        assert_eq!(mode, "wal");
        drop(connection);
        // Opening again is a no-op migration.
        let again = open_connection(&path, false, TIMEOUT).unwrap();
        assert_eq!(schema_version(&again).unwrap(), CURRENT_SCHEMA_VERSION);
    }

    #[test]
    fn foreign_sqlite_file_is_refused() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("other.db");
        Connection::open(&path).unwrap().execute_batch("CREATE TABLE t(x);").unwrap();
        let error = open_connection(&path, false, TIMEOUT).unwrap_err();
        assert!(matches!(error, StoreError::NotAReadoutDatabase { .. }));
    }

    #[test]
    fn newer_schema_is_refused() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("future.db");
        drop(open_connection(&path, false, TIMEOUT).unwrap());
        Connection::open(&path).unwrap().execute_batch("PRAGMA user_version = 99;").unwrap();
        let error = open_connection(&path, false, TIMEOUT).unwrap_err();
        assert!(error.to_string().contains("schema version 99 is newer"), "{error}");
    }

    #[test]
    fn read_only_open_of_missing_file_says_no_such_database() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("missing.db");
        let error = open_connection(&path, true, TIMEOUT).unwrap_err();
        assert!(error.to_string().ends_with("missing.db: no such database"));
        assert!(!path.exists());
    }
}
