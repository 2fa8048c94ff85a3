//! `readout extract`: paths or standard input in, records out (JSON Lines,
//! one Citron or TimeML file per input, or Parquet tables via
//! `readout-columnar`),
//! with a progress bar on a terminal (`progress.rs`).
//!
//! Inputs are read and analysed in parallel batches and written in input
//! order. A bad input is reported on standard error (and, when reading
//! standard input, as an `{"id", "error"}` record) and the rest go on.

use crate::citron;
use crate::inputs::{self, BATCH};
use crate::pipeline::{BatchResults, Pipeline, PipelineArgs};
use crate::timeml;
use anyhow::Context as _;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use readout_html::PageHints;
use readout_ingest::{document_from_html, parse_json_line, InputError};
use readout_record::{Document, Record};
use std::io::{BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One record per line
    Json,
    /// One `<stem>.json` per input in --out DIR, for score_attributions.py
    Citron,
    /// One `<stem>.tml` per input in --out DIR: the text with TIMEX3 time
    /// expressions inline and the publication date in DCT (TimeML)
    Timeml,
    /// Parquet tables in --out DIR: documents/, quotes/, entities/, events/
    /// (docs/parquet.md)
    Parquet,
}

#[derive(Args)]
pub struct ExtractArgs {
    /// Files or folders to read; `-` reads JSON Lines from standard input
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "json")]
    format: Format,
    /// Output file (json) or folder (citron, timeml, parquet); standard output by default
    #[arg(long)]
    out: Option<PathBuf>,
    /// With --format parquet: rows per file before a table's next part starts
    #[arg(long, default_value_t = 1_000_000)]
    rows_per_file: usize,
    /// With `-`: exit 1 when a line failed (by default a pipe stage reports
    /// failed lines as error records and exits 0)
    #[arg(long)]
    strict: bool,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

enum Sink {
    Lines(Box<dyn Write>),
    Citron(PathBuf),
    Timeml(PathBuf),
    Parquet(Box<readout_columnar::ParquetTables>),
}

impl Sink {
    fn write(&mut self, record: &Record) -> anyhow::Result<()> {
        match self {
            Sink::Lines(out) => {
                serde_json::to_writer(&mut *out, record)?;
                out.write_all(b"\n")?;
            }
            Sink::Citron(dir) => {
                let path = dir.join(format!("{}.json", citron::file_stem(record)));
                let body = serde_json::to_vec(&citron::citron(record))?;
                std::fs::write(&path, body).with_context(|| format!("{}: cannot write", path.display()))?;
            }
            Sink::Timeml(dir) => {
                let path = dir.join(format!("{}.tml", citron::file_stem(record)));
                std::fs::write(&path, timeml::timeml(record))
                    .with_context(|| format!("{}: cannot write", path.display()))?;
            }
            Sink::Parquet(tables) => tables.write(record)?,
        }
        crate::progress::record(record.text.len());
        Ok(())
    }

    fn write_error(&mut self, id: &str, error: &InputError) -> anyhow::Result<()> {
        if let Sink::Lines(out) = self {
            serde_json::to_writer(&mut *out, &serde_json::json!({"id": id, "error": error.to_string()}))?;
            out.write_all(b"\n")?;
        }
        crate::progress::record(0);
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        match self {
            Sink::Lines(out) => out.flush()?,
            Sink::Citron(_) | Sink::Timeml(_) => {}
            Sink::Parquet(tables) => tables.flush()?,
        }
        Ok(())
    }

    /// Flush and close: Parquet files get their footers here.
    fn finish(mut self) -> anyhow::Result<()> {
        self.flush()?;
        if let Sink::Parquet(tables) = self {
            tables.finish()?;
        }
        Ok(())
    }
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let pipeline = std::sync::Arc::new(args.pipeline.start()?);
    let mut sink = match (args.format, &args.out) {
        (Format::Citron, Some(dir)) => {
            std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
            Sink::Citron(dir.clone())
        }
        (Format::Citron, None) => anyhow::bail!("--format citron needs --out DIR"),
        (Format::Timeml, Some(dir)) => {
            std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create folder", dir.display()))?;
            Sink::Timeml(dir.clone())
        }
        (Format::Timeml, None) => anyhow::bail!("--format timeml needs --out DIR"),
        (Format::Parquet, Some(dir)) => {
            let limits = readout_columnar::PartLimits { rows_per_file: args.rows_per_file, ..Default::default() };
            Sink::Parquet(Box::new(readout_columnar::ParquetTables::create(dir, limits)?))
        }
        (Format::Parquet, None) => anyhow::bail!("--format parquet needs --out DIR"),
        (Format::Json, Some(file)) => {
            let file = std::fs::File::create(file).with_context(|| format!("{}: cannot create", file.display()))?;
            Sink::Lines(Box::new(BufWriter::new(file)))
        }
        (Format::Json, None) => Sink::Lines(Box::new(BufWriter::new(std::io::stdout().lock()))),
    };
    crate::progress::start();
    let from_stdin = args.inputs.iter().any(|p| p.as_os_str() == "-");
    let mut failed = 0usize;
    if from_stdin {
        failed += run_stdin(&pipeline, &mut sink)?;
    }
    let files: Vec<PathBuf> = args.inputs.iter().filter(|p| p.as_os_str() != "-").cloned().collect();
    pipeline.extract_in_order(
        &files,
        inputs::BATCH,
        |record| record,
        |results| {
            failed += write_results(results, &mut sink)?;
            Ok(())
        },
    )?;
    sink.finish()?;
    crate::progress::finish();
    let strict_failure = failed > 0 && (!from_stdin || args.strict || !files.is_empty());
    Ok(if strict_failure { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// Writes a batch's records in order and reports its failures. Returns how
/// many inputs failed.
fn write_results(results: BatchResults<Record>, sink: &mut Sink) -> anyhow::Result<usize> {
    let mut failed = 0;
    for result in results {
        match result {
            Ok(record) => sink.write(&record)?,
            Err(error) => {
                eprintln!("readout: {error}");
                failed += 1;
            }
        }
    }
    sink.flush()?;
    Ok(failed)
}

/// JSON Lines from standard input, batch by batch so memory stays flat over
/// an endless stream. Returns how many lines failed.
fn run_stdin(pipeline: &Pipeline, sink: &mut Sink) -> anyhow::Result<usize> {
    let stdin = std::io::stdin();
    let mut reader = stdin.lock();
    let mut failed = 0;
    let mut line_number = 0usize;
    let mut buffer = Vec::new();
    loop {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::with_capacity(BATCH);
        while batch.len() < BATCH {
            buffer.clear();
            let read = reader.read_until(b'\n', &mut buffer).context("<stdin>: cannot read")?;
            if read == 0 {
                break;
            }
            line_number += 1;
            if buffer.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            batch.push((line_number, std::mem::take(&mut buffer)));
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<(usize, Result<Record, InputError>)> = batch
            .par_iter()
            .map(|(number, bytes)| {
                let record = document_from_line(bytes, *number)
                    .and_then(|document| pipeline.extract_guarded(document, |record| record));
                (*number, record)
            })
            .collect();
        for (number, result) in results {
            match result {
                Ok(record) => sink.write(&record)?,
                Err(error) => {
                    eprintln!("readout: {error}");
                    sink.write_error(&format!("<stdin>:{number}"), &error)?;
                    failed += 1;
                }
            }
        }
        sink.flush()?;
    }
    Ok(failed)
}

fn document_from_line(bytes: &[u8], number: usize) -> Result<Document, InputError> {
    let line = std::str::from_utf8(bytes).map_err(|e| InputError::BadLine {
        origin: "<stdin>".into(),
        line: number,
        message: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
    })?;
    let (mut document, html) = parse_json_line(line.trim_end(), number, "<stdin>")?;
    if let Some(html) = html.filter(|_| document.text.is_empty()) {
        let hints = PageHints {
            url: Some(document.source.as_str()).filter(|s| s.contains("://")),
            http_charset: Some("utf-8"),
        };
        let page = document_from_html(&document.source, html.as_bytes(), &hints)
            .map_err(|message| InputError::BadLine { origin: "<stdin>".into(), line: number, message })?;
        document.text = page.text;
        document.known_boilerplate = page.known_boilerplate;
        document.title = document.title.or(page.title);
        document.date = document.date.or(page.date);
    }
    Ok(document)
}
