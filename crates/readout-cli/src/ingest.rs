//! `readout ingest`: files and folders in, rows in a readout database out,
//! plus a per-input error list (TSV) and, on a terminal, a progress line.
//!
//! Inputs go through the same extraction as `readout extract` (see
//! `inputs.rs`), in smaller batches; each batch of records is handed to a
//! writer thread that owns the [`Store`] and writes them as they come, so
//! SQLite writes overlap with extraction. The store commits every few
//! hundred documents in one transaction, so a killed ingest keeps every
//! committed document whole and a rerun completes the work (unchanged
//! documents are skipped). A bad input is listed in the
//! error file and on stderr and the rest go on; the exit status is then 1.

use crate::inputs;
use crate::pipeline::PipelineArgs;
use crate::store_commands::DatabaseArgs;
use anyhow::Context as _;
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use readout_store::{IngestSummary, PreparedRecord, Store};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct IngestArgs {
    #[command(flatten)]
    database: DatabaseArgs,
    /// Files or folders to read (text, HTML, WARC)
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Where to list inputs that failed, one `input<TAB>error` line each
    /// (default: the database path with `.errors.tsv` added)
    #[arg(long, value_name = "FILE")]
    errors: Option<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

/// Counts behind the progress line and the closing summary.
#[derive(Default)]
struct Progress {
    documents: usize,
    bytes: usize,
    errors: usize,
}

pub fn run(args: IngestArgs) -> anyhow::Result<ExitCode> {
    if args.inputs.iter().any(|path| path.as_os_str() == "-") {
        anyhow::bail!("ingest reads files and folders, not standard input (-)");
    }
    let database = args.database.database.clone();
    // Open first: a locked, read-only or damaged database fails before any work.
    let store = Store::open(&database)?;
    let pipeline = Arc::new(args.pipeline.start_with_low_priority_workers()?);
    let errors_path = args.errors.clone().unwrap_or_else(|| {
        let mut name = database.clone().into_os_string();
        name.push(".errors.tsv");
        PathBuf::from(name)
    });
    let errors_file = std::fs::File::create(&errors_path)
        .with_context(|| format!("{}: cannot create error list", errors_path.display()))?;
    let mut errors_out = BufWriter::new(errors_file);
    writeln!(errors_out, "input\terror")?;

    let bar = progress_bar();
    let started = Instant::now();
    let mut progress = Progress::default();
    let (sender, receiver) = mpsc::sync_channel::<Vec<PreparedRecord>>(2);
    let writer = std::thread::spawn(move || write_batches(store, receiver));

    // Hashing and the text-only columns are done on the workers (`finish`):
    // the writer is the one thread SQLite allows, so it gets only the SQL.
    let walked = pipeline.extract_in_order(&args.inputs, inputs::INGEST_BATCH, PreparedRecord::new, |results| {
        let mut records = Vec::with_capacity(results.len());
        for result in results {
            match result {
                Ok(prepared) => {
                    progress.documents += 1;
                    progress.bytes += prepared.record().text.len();
                    records.push(prepared);
                }
                Err(error) => {
                    progress.errors += 1;
                    bar.suspend(|| eprintln!("readout: {error}"));
                    writeln!(errors_out, "{}\t{}", tsv_field(&error.input()), tsv_field(&error.to_string()))?;
                }
            }
        }
        errors_out.flush()?;
        bar.set_message(progress_message(&progress, started.elapsed()));
        // A closed channel means the writer stopped on an error; joining
        // below reports it.
        if sender.send(records).is_err() {
            anyhow::bail!("the database writer stopped");
        }
        Ok(())
    });
    drop(sender);
    let written = writer.join().map_err(|_| anyhow::anyhow!("the database writer panicked"))?;
    bar.finish_and_clear();
    let summary = written?;
    walked?;
    errors_out.flush()?;

    let elapsed = started.elapsed();
    eprintln!(
        "{}: {} documents ({} new, {} replaced, {} unchanged), {} quotes, {:.1} MB in {:.1} s, {} failed{}",
        database.display(),
        progress.documents,
        summary.inserted,
        summary.replaced,
        summary.skipped,
        summary.quotes,
        progress.bytes as f64 / 1e6,
        elapsed.as_secs_f64(),
        progress.errors,
        if progress.errors > 0 { format!(" (listed in {})", errors_path.display()) } else { String::new() },
    );
    Ok(if progress.errors > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The writer thread: stores records as they arrive, committing every
/// [`DEFAULT_INGEST_BATCH_SIZE`](readout_store::DEFAULT_INGEST_BATCH_SIZE)
/// documents, until the sender is dropped.
fn write_batches(mut store: Store, receiver: mpsc::Receiver<Vec<PreparedRecord>>) -> anyhow::Result<IngestSummary> {
    Ok(store.ingest(receiver.into_iter().flatten())?)
}

/// A spinner with counts on stderr, hidden when stderr is not a terminal.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} ingesting: {msg}").unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

fn progress_message(progress: &Progress, elapsed: Duration) -> String {
    let seconds = elapsed.as_secs_f64().max(1e-3);
    format!(
        "{} documents, {:.1} MB, {:.0} docs/s, {} errors",
        progress.documents,
        progress.bytes as f64 / 1e6,
        progress.documents as f64 / seconds,
        progress.errors
    )
}

/// A TSV cell: tabs and line breaks become spaces.
fn tsv_field(value: &str) -> String {
    value.replace(['\t', '\n', '\r'], " ")
}
