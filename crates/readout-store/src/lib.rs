//! readout's embedded store: records in, speakers, quotes and exports out.
//!
//! In: [`readout_record::Record`]s from the extraction pipeline. Out: one
//! SQLite file (schema in `SCHEMA.md`) that links every document's people to
//! global, cross-document entities, and the queries and exports that read
//! it. [`Store`] is the only handle; each concept lives in its own module:
//! opening and migrating (`migrate`), tables (`schema`), writing records
//! (`prepare`, which can run off the writer thread, and `ingest`), who is
//! who (`identity`, `rules`), reading (`quote_search`, `query`, and
//! `document` for one document as a record again) and writing files
//! (`export`).

mod checkpoint;
mod display_names;
mod document;
mod entity_names;
mod error;
mod export;
mod export_parquet;
mod identity;
mod identity_memo;
mod ingest;
mod migrate;
mod prepare;
mod query;
mod quote_search;
mod rows;
mod rules;
mod schema;
mod sentence;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::Connection;

pub use document::DocumentView;
pub use error::{DatabasePath, StoreError};
pub use export::{write_quotes_csv, ExportFormat, ExportSummary};
pub use ingest::IngestSummary;
pub use prepare::PreparedRecord;
pub use query::{EntityRow, EventQuery, EventRow, SpeakerRow, TimelineEntry};
pub use quote_search::{QuoteQuery, QuoteRow};
pub use readout_entities::identity::{name_key, parse_person_name, PersonName};
pub use schema::CURRENT_SCHEMA_VERSION;

/// How long a write waits for another process's lock before giving up.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Documents written per transaction by [`Store::ingest`]: large enough that
/// commits do not dominate, small enough that a kill loses little work.
pub const DEFAULT_INGEST_BATCH_SIZE: usize = 256;

/// An open readout database.
pub struct Store {
    connection: Connection,
    path: PathBuf,
    busy_timeout: Duration,
    ingest_batch_size: usize,
    /// Names ingest already resolved; see `identity_memo.rs`.
    identity_memo: identity_memo::IdentityMemo,
}

impl Store {
    /// Opens `path` for reading and writing, creating it or migrating its
    /// schema to [`CURRENT_SCHEMA_VERSION`] as needed.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        Store::open_with(path.as_ref(), false, DEFAULT_BUSY_TIMEOUT)
    }

    /// Opens an existing, current database for queries and exports only.
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        Store::open_with(path.as_ref(), true, DEFAULT_BUSY_TIMEOUT)
    }

    /// [`Store::open`] with a chosen lock wait.
    pub fn open_with_busy_timeout(path: impl AsRef<Path>, busy_timeout: Duration) -> Result<Store, StoreError> {
        Store::open_with(path.as_ref(), false, busy_timeout)
    }

    fn open_with(path: &Path, read_only: bool, busy_timeout: Duration) -> Result<Store, StoreError> {
        let connection = migrate::open_connection(path, read_only, busy_timeout)?;
        Ok(Store {
            connection,
            path: path.to_path_buf(),
            busy_timeout,
            ingest_batch_size: DEFAULT_INGEST_BATCH_SIZE,
            identity_memo: identity_memo::IdentityMemo::default(),
        })
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version recorded in the file (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        migrate::schema_version(&self.connection).map_err(|error| self.error(error))
    }

    /// Documents per ingest transaction; at least one.
    pub fn set_ingest_batch_size(&mut self, documents: usize) {
        self.ingest_batch_size = documents.max(1);
    }

    /// The underlying connection, for ad-hoc SQL in tests and tools.
    pub fn connection(&self) -> &Connection {
        &self.connection
    }

    fn busy_timeout_ms(&self) -> u64 {
        self.busy_timeout.as_millis() as u64
    }

    /// Names the database file in a SQLite error.
    fn error(&self, error: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(&self.path, error, self.busy_timeout_ms())
    }
}
