//! Everything that can go wrong in the store, as one error type.
//!
//! In: SQLite and I/O errors, together with the database path they happened
//! on. Out: [`StoreError`], whose messages are lowercase, have no trailing
//! period and always name the database file, so a user can tell which file
//! is read-only, locked or damaged without a backtrace.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

/// The path a message names; a newtype so that `thiserror` can print it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabasePath(pub PathBuf);

impl fmt::Display for DatabasePath {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}", self.0.display())
    }
}

impl From<&Path> for DatabasePath {
    fn from(path: &Path) -> Self {
        DatabasePath(path.to_path_buf())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: database is read-only (check the permissions of the file and its directory)")]
    ReadOnly { path: DatabasePath },

    #[error("{path}: disk is full, nothing of the last batch was written")]
    DiskFull { path: DatabasePath },

    #[error("{path}: database is locked by another process (waited {waited_ms} ms)")]
    Locked { path: DatabasePath, waited_ms: u64 },

    #[error("{path}: not a readout database")]
    NotAReadoutDatabase { path: DatabasePath },

    #[error("{path}: database disk image is malformed")]
    Corrupt { path: DatabasePath },

    #[error("{path}: no such database")]
    NotFound { path: DatabasePath },

    #[error("{path}: cannot open database: {message}")]
    CannotOpen { path: DatabasePath, message: String },

    #[error("{path}: schema version {found} is newer than this readout understands (up to {supported})")]
    SchemaTooNew { path: DatabasePath, found: i64, supported: i64 },

    #[error("{path}: no entity with id {entity_id}")]
    UnknownEntity { path: DatabasePath, entity_id: i64 },

    #[error("{path}: entity {entity_id} has no alias {alias:?}")]
    UnknownAlias { path: DatabasePath, entity_id: i64, alias: String },

    #[error("{path}: invalid query: {message}")]
    InvalidQuery { path: DatabasePath, message: String },

    #[error("{path}: export to {target}: {message}")]
    Export { path: DatabasePath, target: String, message: String },

    #[error("{path}: {source}")]
    Sqlite {
        path: DatabasePath,
        #[source]
        source: rusqlite::Error,
    },
}

impl StoreError {
    /// Sorts a SQLite error into the case a user can act on: permissions,
    /// disk space, another process, a damaged or foreign file.
    pub(crate) fn from_sqlite(path: &Path, error: rusqlite::Error, busy_timeout_ms: u64) -> Self {
        let path = DatabasePath::from(path);
        let code = match &error {
            rusqlite::Error::SqliteFailure(failure, _) => Some(failure.code),
            _ => None,
        };
        match code {
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path },
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path, waited_ms: busy_timeout_ms }
            }
            Some(ErrorCode::NotADatabase) => StoreError::NotAReadoutDatabase { path },
            Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt { path },
            Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => {
                StoreError::CannotOpen { path, message: lowercase_message(&error) }
            }
            _ => {
                // FTS5 reports query syntax problems as a generic error whose
                // text starts with "fts5:"; the user typed it, so say so.
                let message = error.to_string();
                if message.starts_with("fts5:") || message.contains("malformed MATCH") {
                    StoreError::InvalidQuery { path, message }
                } else {
                    StoreError::Sqlite { path, source: error }
                }
            }
        }
    }
}

fn lowercase_message(error: &rusqlite::Error) -> String {
    let message = error.to_string();
    let trimmed = message.trim_end_matches('.');
    let mut characters = trimmed.chars();
    match characters.next() {
        Some(first) => first.to_lowercase().chain(characters).collect(),
        None => String::new(),
    }
}

/// Attaches the database path (and the busy timeout, for lock errors) to a
/// rusqlite result, so every call site can use `?` and still name the file.
pub(crate) trait SqliteResultExt<T> {
    fn at(self, path: &Path, busy_timeout_ms: u64) -> Result<T, StoreError>;
}

impl<T> SqliteResultExt<T> for Result<T, rusqlite::Error> {
    fn at(self, path: &Path, busy_timeout_ms: u64) -> Result<T, StoreError> {
        self.map_err(|error| StoreError::from_sqlite(path, error, busy_timeout_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failure(code: i32) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), None)
    }

    #[test]
    fn messages_name_the_path_and_are_lowercase_without_period() {
        let path = Path::new("/tmp/news.db");
        let cases = [
            (rusqlite::ffi::SQLITE_READONLY, "read-only"),
            (rusqlite::ffi::SQLITE_FULL, "disk is full"),
            (rusqlite::ffi::SQLITE_BUSY, "locked"),
            (rusqlite::ffi::SQLITE_NOTADB, "not a readout database"),
            (rusqlite::ffi::SQLITE_CORRUPT, "database disk image is malformed"),
        ];
        for (code, expected) in cases {
            let message = StoreError::from_sqlite(path, failure(code), 5000).to_string();
            assert!(message.starts_with("/tmp/news.db: "), "{message}");
            assert!(message.contains(expected), "{message}");
            assert!(!message.ends_with('.'), "{message}");
            let after_path = &message["/tmp/news.db: ".len()..];
            assert_eq!(after_path, after_path.to_lowercase(), "{message}");
        }
    }
}
