//! Copying the write-ahead log into the database file while ingest writes.
//!
//! In: a signal after each ingest commit. Out: `PRAGMA
//! wal_checkpoint(PASSIVE)` run on a connection and a thread of their own.
//!
//! In WAL mode a commit only appends pages to the `-wal` file; a checkpoint
//! later copies them into the database file. Left to the writer, that copy
//! runs inside whichever commit passes the autocheckpoint size, or at close:
//! on PolNeAR (28 MB of pages) it was 0.10–0.14 s of the single writer's
//! time, all of it at the very end of the run. A passive checkpoint needs no
//! write lock, so another connection can do it while the writer goes on
//! with the next batch; the writer's own autocheckpoint is off meanwhile
//! (see [`Store::ingest`](crate::Store::ingest)), and at the end only the
//! last batch's pages are left to copy.
//!
//! Checkpointing is only ever an optimisation here: if the second
//! connection cannot be opened there is no thread and the writer
//! checkpoints as usual, and a failed checkpoint is logged and left to the
//! next one (or to closing the store, which checkpoints what is left).

use std::path::Path;
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// A thread that checkpoints after each commit it is told of.
pub(crate) struct BackgroundCheckpoint {
    commits: mpsc::SyncSender<()>,
    thread: JoinHandle<()>,
}

impl BackgroundCheckpoint {
    /// Opens a second connection to `path` and starts the thread; `None`
    /// when the connection cannot be opened.
    pub(crate) fn start(path: &Path, busy_timeout: Duration) -> Option<BackgroundCheckpoint> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = match Connection::open_with_flags(path, flags) {
            Ok(connection) => connection,
            Err(error) => {
                tracing::debug!(path = %path.display(), %error, "no background checkpoints");
                return None;
            }
        };
        connection.busy_timeout(busy_timeout).ok()?;
        // One pending signal is enough: a checkpoint copies every commit
        // made before it starts.
        let (commits, signals) = mpsc::sync_channel::<()>(1);
        let thread = std::thread::Builder::new()
            .name("readout-checkpoint".into())
            .spawn(move || {
                for () in signals {
                    checkpoint(&connection);
                }
            })
            .ok()?;
        Some(BackgroundCheckpoint { commits, thread })
    }

    /// Asks for a checkpoint of everything committed so far; never blocks.
    pub(crate) fn committed(&self) {
        // Full: a checkpoint is already asked for and will copy this commit
        // too. Disconnected: the thread is gone and closing will copy it.
        self.commits.try_send(()).ok();
    }

    /// Waits for the checkpoint in progress, if any, and ends the thread.
    pub(crate) fn finish(self) {
        drop(self.commits);
        if self.thread.join().is_err() {
            tracing::warn!("the checkpoint thread panicked");
        }
    }
}

fn checkpoint(connection: &Connection) {
    // Columns: whether it was blocked, pages in the log, pages copied.
    let result = connection.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?, row.get::<_, i64>(2)?))
    });
    match result {
        Ok((blocked, logged, copied)) => tracing::trace!(blocked, logged, copied, "background checkpoint"),
        Err(error) => tracing::debug!(%error, "background checkpoint failed"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_size(path: &Path) -> u64 {
        std::fs::metadata(path).unwrap().len()
    }

    #[test]
    fn a_commit_is_copied_into_the_database_file_by_the_thread() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("checkpoint.db");
        let writer = Connection::open(&path).unwrap();
        writer.execute_batch("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x);").unwrap();
        let background = BackgroundCheckpoint::start(&path, Duration::from_secs(5)).unwrap();
        writer.execute_batch("INSERT INTO t VALUES (randomblob(100000));").unwrap();
        // Committed, but only to the log.
        assert!(file_size(&path) < 100_000, "{} bytes before the checkpoint", file_size(&path));
        background.committed();
        background.finish();
        assert!(file_size(&path) > 100_000, "{} bytes after the checkpoint", file_size(&path));
    }

    #[test]
    fn a_database_that_cannot_be_opened_gets_no_thread() {
        let directory = tempfile::tempdir().unwrap();
        let missing = directory.path().join("no such folder").join("x.db");
        assert!(BackgroundCheckpoint::start(&missing, Duration::from_secs(1)).is_none());
    }
}
