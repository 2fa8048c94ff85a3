//! `readout serve`: a read-only store and an address in, an HTTP server out.
//!
//! In: `--db` (an existing readout database, opened read-only through a
//! small pool of connections) and `--addr` (loopback by default). Out: the
//! JSON API of `api.rs` (described by `openapi.rs` at `/openapi.json`) and
//! the web page of `pages.rs`, served until the process is stopped. The
//! bound address is printed on stdout (`listening on http://…`) and, with
//! the hidden `--port-file`, written to a file, so tests can use port 0.

mod api;
mod error;
mod openapi;
mod pages;
mod pool;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use clap::Args;
use readout_extract::Extractor;

pub use error::ApiError;
use pool::Pool;

/// Largest request body accepted (`POST /api/extract`).
pub const MAX_BODY_BYTES: usize = 2 * 1024 * 1024;

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// The database to serve (opened read-only)
    #[arg(long, default_value = "readout.db")]
    pub db: PathBuf,
    /// Address to listen on; port 0 picks a free port
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Read-only database connections (default: the number of cores, 2 to 16)
    #[arg(long)]
    pub connections: Option<usize>,
    /// Write the bound port to this file once listening (for tests)
    #[arg(long, hide = true)]
    pub port_file: Option<PathBuf>,
}

/// What every handler shares.
pub struct AppState {
    pub pool: Pool,
    pub extractor: Extractor,
}

pub type SharedState = Arc<AppState>;

pub fn router(state: SharedState) -> Router {
    Router::new()
        .route("/api/quotes", get(api::quotes))
        .route("/api/speakers/{name}", get(api::speaker))
        .route("/api/events", get(api::events))
        .route("/api/documents/{id}", get(api::document))
        .route("/api/extract", post(api::extract))
        .route("/openapi.json", get(openapi::document))
        .route("/documents/{id}", get(pages::document_page))
        .route("/", get(pages::index))
        .route("/app.js", get(pages::script))
        .route("/app.css", get(pages::stylesheet))
        .fallback(error::not_found)
        .method_not_allowed_fallback(error::method_not_allowed)
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .with_state(state)
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let default_connections = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).clamp(2, 16);
    let connections = args.connections.unwrap_or(default_connections).clamp(1, 64);
    let pool = Pool::open(&args.db, connections).with_context(|| format!("cannot serve {}", args.db.display()))?;
    let state = Arc::new(AppState { pool, extractor: Extractor::default() });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(64)
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let bound = listener.local_addr().context("cannot read the bound address")?;
        // The port file first: a reader that saw the address line may read
        // it at once.
        if let Some(path) = &args.port_file {
            std::fs::write(path, bound.port().to_string())
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        println!("listening on http://{bound}");
        tracing::info!(address = %bound, database = %args.db.display(), "serving");
        axum::serve(listener, router(state)).await.context("server failed")?;
        Ok(ExitCode::SUCCESS)
    })
}
