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
//! The log must still start over now and then, or it would grow with the
//! whole ingest: SQLite rewinds it only when a write transaction begins on a
//! log that is copied to its end, and the writer begins its next batch
//! before a background copy of its last one is done. So once the log
//! passes the writer's autocheckpoint size, the writer waits after its
//! commit until that commit is copied too ([`BackgroundCheckpoint::committed`]):
//! by then the earlier batches are, so the wait is one batch's copy, and
//! the next batch starts the log over. The writer knows the log's size
//! only from the thread's last checkpoint, so it can pass the restart size
//! by what is committed while the thread catches up.
//!
//! Checkpointing is only ever an optimisation here: if the second
//! connection cannot be opened there is no thread and the writer
//! checkpoints as usual, and a failed checkpoint is logged and left to the
//! next one (or to closing the store, which checkpoints what is left).

use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

/// A request to the thread: checkpoint, and say when done if asked to.
type Request = Option<mpsc::SyncSender<()>>;

/// A thread that checkpoints after each commit it is told of.
pub(crate) struct BackgroundCheckpoint {
    requests: mpsc::SyncSender<Request>,
    /// Pages in the log at the last checkpoint.
    log_pages: Arc<AtomicI64>,
    /// Log size, in pages, from which the writer waits for a full copy.
    restart_pages: i64,
    thread: JoinHandle<()>,
}

impl BackgroundCheckpoint {
    /// Opens a second connection to `path` and starts the thread; `None`
    /// when the connection cannot be opened. From `restart_pages` pages in
    /// the log on, [`BackgroundCheckpoint::committed`] waits.
    pub(crate) fn start(path: &Path, busy_timeout: Duration, restart_pages: i64) -> Option<BackgroundCheckpoint> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let connection = match Connection::open_with_flags(path, flags) {
            Ok(connection) => connection,
            Err(error) => {
                tracing::debug!(path = %path.display(), %error, "no background checkpoints");
                return None;
            }
        };
        connection.busy_timeout(busy_timeout).ok()?;
        // One pending request is enough: a checkpoint copies every commit
        // made before it starts.
        let (requests, received) = mpsc::sync_channel::<Request>(1);
        let log_pages = Arc::new(AtomicI64::new(0));
        let reported = Arc::clone(&log_pages);
        let thread = std::thread::Builder::new()
            .name("readout-checkpoint".into())
            .spawn(move || {
                for done in received {
                    if let Some((logged, copied)) = checkpoint(&connection) {
                        // Copied to its end while the writer waits, the log
                        // starts over with the writer's next transaction.
                        let restarts = done.is_some() && copied == logged;
                        reported.store(if restarts { 0 } else { logged }, Ordering::Relaxed);
                    }
                    if let Some(done) = done {
                        done.send(()).ok();
                    }
                }
            })
            .ok()?;
        Some(BackgroundCheckpoint { requests, log_pages, restart_pages: restart_pages.max(1), thread })
    }

    /// Asks for a checkpoint of everything committed so far. Returns at
    /// once, unless the log has grown past the restart size: then only once
    /// the checkpoint is done, so that the next transaction starts the log
    /// over.
    pub(crate) fn committed(&self) {
        if self.log_pages.load(Ordering::Relaxed) < self.restart_pages {
            // Full: a checkpoint is already asked for and will copy this
            // commit too. Disconnected: the thread is gone; closing copies.
            self.requests.try_send(None).ok();
            return;
        }
        let (done, wait) = mpsc::sync_channel(1);
        if self.requests.send(Some(done)).is_ok() {
            wait.recv().ok();
        }
    }

    /// Waits for the checkpoint in progress, if any, and ends the thread.
    pub(crate) fn finish(self) {
        drop(self.requests);
        if self.thread.join().is_err() {
            tracing::warn!("the checkpoint thread panicked");
        }
    }
}

/// Runs a passive checkpoint; returns the pages in the log and the pages
/// of it now copied into the database file.
fn checkpoint(connection: &Connection) -> Option<(i64, i64)> {
    // Columns: whether it was blocked, pages in the log, pages copied.
    let result = connection.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |row| {
        Ok((row.get::<_, i64>(0)?, row.get::<_, i64>(1)?, row.get::<_, i64>(2)?))
    });
    match result {
        Ok((blocked, logged, copied)) => {
            tracing::trace!(blocked, logged, copied, "background checkpoint");
            Some((logged, copied))
        }
        Err(error) => {
            tracing::debug!(%error, "background checkpoint failed");
            None
        }
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
        let background = BackgroundCheckpoint::start(&path, Duration::from_secs(5), 1_000).unwrap();
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
        assert!(BackgroundCheckpoint::start(&missing, Duration::from_secs(1), 1_000).is_none());
    }

    #[test]
    fn the_log_starts_over_once_it_passes_the_restart_size() {
        // Each commit adds about 25 pages of 4 KiB. Without the writer
        // waiting, the next transaction begins before the copy is done and
        // the log would hold all 80 commits (some 8 MB).
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("restart.db");
        let mut writer = Connection::open(&path).unwrap();
        writer.execute_batch("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE t (x);").unwrap();
        let background = BackgroundCheckpoint::start(&path, Duration::from_secs(5), 100).unwrap();
        let log = path.with_extension("db-wal");
        let mut largest = 0;
        for _ in 0..80 {
            let transaction = writer.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).unwrap();
            transaction.execute_batch("INSERT INTO t VALUES (randomblob(100000));").unwrap();
            transaction.commit().unwrap();
            background.committed();
            largest = largest.max(file_size(&log));
        }
        background.finish();
        // The writer learns the log's size from the thread's last
        // checkpoint, so the log holds the restart size plus what was
        // committed while the thread caught up: a commit or two on an idle
        // machine, more on a loaded one (regression: 1.2 MB against a bound
        // of 1 MB once, with the machine busy). The bound is a quarter of
        // what the log reaches without the mechanism.
        assert!(largest < 500 * 4096, "the log reached {largest} bytes");
    }
}
