//! A fixed pool of read-only store connections for blocking handlers.
//!
//! In: the database path and a connection count. Out: [`Pool::with`], which
//! lends one `Store` (each behind its own mutex) to a closure running on a
//! blocking thread. Connections are tried round-robin without waiting; when
//! all are busy the caller queues on one of them.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError, TryLockError};

use readout_store::{Store, StoreError};

pub struct Pool {
    stores: Vec<Mutex<Store>>,
    next: AtomicUsize,
}

impl Pool {
    /// Opens `connections` (at least one) read-only connections to `path`.
    pub fn open(path: &Path, connections: usize) -> Result<Pool, StoreError> {
        let stores =
            (0..connections.max(1)).map(|_| Store::open_read_only(path).map(Mutex::new)).collect::<Result<_, _>>()?;
        Ok(Pool { stores, next: AtomicUsize::new(0) })
    }

    /// Runs `work` with a connection; call it from a blocking thread.
    pub fn with<T>(&self, work: impl FnOnce(&Store) -> T) -> T {
        let start = self.next.fetch_add(1, Ordering::Relaxed);
        let count = self.stores.len();
        for step in 0..count {
            match self.stores[(start + step) % count].try_lock() {
                Ok(guard) => return work(&guard),
                Err(TryLockError::Poisoned(poisoned)) => return work(&poisoned.into_inner()),
                Err(TryLockError::WouldBlock) => continue,
            }
        }
        let guard: MutexGuard<'_, Store> = self.stores[start % count].lock().unwrap_or_else(PoisonError::into_inner);
        work(&guard)
    }
}
