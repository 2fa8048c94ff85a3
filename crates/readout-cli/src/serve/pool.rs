//! A fixed pool of read-only store connections, lent in arrival order.
//!
//! In: the database path and a connection count. Out: [`Pool::run`], which
//! waits (asynchronously, first come first served) for a free connection,
//! runs a closure with it on a blocking thread and hands the connection
//! back. Queueing on a fair semaphore rather than on the connections' locks
//! keeps the slowest request under load close to the typical one: threads
//! blocked on a mutex are woken in no particular order.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::{Mutex, PoisonError};

use readout_store::{Store, StoreError};
use tokio::sync::Semaphore;

use super::ApiError;

pub struct Pool {
    idle: Mutex<Vec<Store>>,
    /// One permit per connection in `idle`.
    permits: Semaphore,
}

impl Pool {
    /// Opens `connections` (at least one) read-only connections to `path`.
    pub fn open(path: &Path, connections: usize) -> Result<Pool, StoreError> {
        let stores = (0..connections.max(1)).map(|_| Store::open_read_only(path)).collect::<Result<Vec<_>, _>>()?;
        let permits = Semaphore::new(stores.len());
        Ok(Pool { idle: Mutex::new(stores), permits })
    }

    /// Runs `work` with a connection on a blocking thread. A panic in `work`
    /// becomes an internal error and the connection goes back to the pool.
    pub async fn run<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Store) -> T + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self.permits.acquire().await.map_err(|_| ApiError::internal())?;
        let store = self
            .idle
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .expect("a permit is held for every connection taken from the pool");
        let (store, result) = tokio::task::spawn_blocking(move || {
            let result = catch_unwind(AssertUnwindSafe(|| work(&store)));
            (store, result)
        })
        .await?;
        self.idle.lock().unwrap_or_else(PoisonError::into_inner).push(store);
        result.map_err(|_| {
            tracing::error!("request worker panicked");
            ApiError::internal()
        })
    }
}
