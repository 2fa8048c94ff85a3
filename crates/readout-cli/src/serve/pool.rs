//! A fixed pool of read-only store connections, lent in arrival order.
//!
//! In: the database path and a connection count. Out: [`Pool::run`], which
//! waits (asynchronously, first come first served) for a free connection,
//! runs a closure with it on a blocking thread and hands the connection
//! back. Queueing on a fair semaphore rather than on the connections' locks
//! keeps the slowest request under load close to the typical one: threads
//! blocked on a mutex are woken in no particular order.
//!
//! A request whose client goes away is cancelled while its closure may still
//! be running; the closure therefore owns both the connection and the permit
//! and gives them back itself when it ends, so cancelling never loses a
//! connection.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use readout_store::{Store, StoreError};
use tokio::sync::Semaphore;

use super::ApiError;

pub struct Pool {
    idle: Arc<Mutex<Vec<Store>>>,
    /// One permit per connection in `idle`.
    permits: Arc<Semaphore>,
}

impl Pool {
    /// Opens `connections` (at least one) read-only connections to `path`.
    pub fn open(path: &Path, connections: usize) -> Result<Pool, StoreError> {
        let stores = (0..connections.max(1)).map(|_| Store::open_read_only(path)).collect::<Result<Vec<_>, _>>()?;
        let permits = Arc::new(Semaphore::new(stores.len()));
        Ok(Pool { idle: Arc::new(Mutex::new(stores)), permits })
    }

    /// Runs `work` with a connection on a blocking thread. A panic in `work`
    /// becomes an internal error and the connection goes back to the pool.
    pub async fn run<T, F>(&self, work: F) -> Result<T, ApiError>
    where
        F: FnOnce(&Store) -> T + Send + 'static,
        T: Send + 'static,
    {
        let permit = self.permits.clone().acquire_owned().await.map_err(|_| ApiError::internal())?;
        let idle = self.idle.clone();
        let outcome = tokio::task::spawn_blocking(move || {
            let Some(store) = idle.lock().unwrap_or_else(PoisonError::into_inner).pop() else {
                tracing::error!("no idle connection although a permit was granted");
                return None;
            };
            let result = catch_unwind(AssertUnwindSafe(|| work(&store)));
            idle.lock().unwrap_or_else(PoisonError::into_inner).push(store);
            // The permit goes back only with the connection.
            drop(permit);
            Some(result)
        })
        .await?;
        match outcome {
            Some(Ok(value)) => Ok(value),
            Some(Err(_)) => {
                tracing::error!("request worker panicked");
                Err(ApiError::internal())
            }
            None => Err(ApiError::internal()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Duration;

    fn pool_of_one() -> (tempfile::TempDir, Pool) {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("pool.db");
        drop(Store::open(&path).unwrap());
        let pool = Pool::open(&path, 1).unwrap();
        (directory, pool)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn cancelled_request_does_not_lose_its_connection() {
        // Regression: a request dropped while its query ran (a client that
        // hung up) used to keep the connection and free the permit, and the
        // next request found the pool empty.
        let (_directory, pool) = pool_of_one();
        let pool = Arc::new(pool);
        let (started_sender, started) = mpsc::channel();
        let running = tokio::spawn({
            let pool = pool.clone();
            async move {
                pool.run(move |_store| {
                    started_sender.send(()).unwrap();
                    std::thread::sleep(Duration::from_millis(100));
                })
                .await
            }
        });
        tokio::task::spawn_blocking(move || started.recv().unwrap()).await.unwrap();
        running.abort();
        for _ in 0..3 {
            assert!(pool.run(|store| store.schema_version().is_ok()).await.unwrap());
        }
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn panicking_work_is_an_error_and_keeps_the_connection() {
        let (_directory, pool) = pool_of_one();
        assert!(pool.run(|_store| panic!("boom")).await.is_err());
        assert!(pool.run(|store| store.schema_version().is_ok()).await.unwrap());
    }
}
