//! Writing the store's quotes, entities and events to files.
//!
//! In: an open store, a format and an output directory. Out:
//! `quotes.<ext>`, `entities.<ext>` and `events.<ext>` in that directory, and
//! an [`ExportSummary`] with row counts. Formats: JSON Lines, CSV (lists
//! joined with "; ") and Parquet (`export_parquet.rs`). Quotes stream straight
//! from SQLite to the file, so exporting a million quotes does not hold them
//! in memory.
//! Each file is written under a temporary name and renamed when complete, so
//! a failed export never leaves a half file under the final name.

use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::export_parquet::{Column, ParquetTableWriter, ENTITY_COLUMNS, EVENT_COLUMNS, QUOTE_COLUMNS};
use crate::query::EventQuery;
use crate::quote_search::{QuoteRow, QUOTE_ROW_COLUMNS, QUOTE_ROW_JOINS};
use crate::{Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Jsonl,
    Csv,
    /// One Parquet file per table, Snappy-compressed (`export_parquet.rs`).
    Parquet,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
        }
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "jsonl" => Ok(ExportFormat::Jsonl),
            "csv" => Ok(ExportFormat::Csv),
            "parquet" => Ok(ExportFormat::Parquet),
            other => Err(format!("unknown export format {other:?} (expected jsonl, csv or parquet)")),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ExportSummary {
    pub files: Vec<PathBuf>,
    pub quotes: usize,
    pub entities: usize,
    pub events: usize,
}

/// The CSV header and row for a quote; `text` and `sentence` keep their line
/// breaks inside quoted fields.
pub fn write_quotes_csv<W: Write>(rows: &[QuoteRow], writer: W) -> Result<(), csv::Error> {
    let mut csv_writer = csv::Writer::from_writer(writer);
    for row in rows {
        csv_writer.serialize(row)?;
    }
    csv_writer.flush()?;
    Ok(())
}

/// One row of output in any export format.
trait RowSink<T: Serialize> {
    fn write_row(&mut self, row: &T) -> Result<(), String>;
    fn finish(self: Box<Self>) -> Result<(), String>;
}

struct JsonLinesSink(BufWriter<File>);
struct CsvSink(csv::Writer<BufWriter<File>>);

impl<T: Serialize> RowSink<T> for JsonLinesSink {
    fn write_row(&mut self, row: &T) -> Result<(), String> {
        serde_json::to_writer(&mut self.0, row).map_err(|error| error.to_string())?;
        self.0.write_all(b"\n").map_err(|error| error.to_string())
    }
    fn finish(mut self: Box<Self>) -> Result<(), String> {
        self.0.flush().map_err(|error| error.to_string())?;
        self.0.get_ref().sync_all().map_err(|error| error.to_string())
    }
}

impl<T: Serialize> RowSink<T> for ParquetTableWriter {
    fn write_row(&mut self, row: &T) -> Result<(), String> {
        ParquetTableWriter::write_row(self, row)
    }
    fn finish(self: Box<Self>) -> Result<(), String> {
        ParquetTableWriter::finish(*self)
    }
}

impl<T: Serialize> RowSink<T> for CsvSink {
    fn write_row(&mut self, row: &T) -> Result<(), String> {
        self.0.serialize(row).map_err(|error| error.to_string())
    }
    fn finish(mut self: Box<Self>) -> Result<(), String> {
        self.0.flush().map_err(|error| error.to_string())
    }
}

/// Entities and events flattened for CSV, where a list must be one cell.
#[derive(Serialize)]
struct FlatEntity<'a> {
    id: i64,
    name: &'a str,
    kind: &'a str,
    aliases: String,
    documents: i64,
    quotes: i64,
}

#[derive(Serialize)]
struct FlatEvent<'a> {
    event_id: i64,
    kind: &'a str,
    cue: &'a str,
    date: Option<&'a str>,
    participants: String,
    document_id: &'a str,
    source: &'a str,
    place_entity_id: Option<i64>,
    place: Option<&'a str>,
}

impl Store {
    /// Writes quotes, entities and events into `out_directory` (created if
    /// missing) in `format`.
    pub fn export(&self, format: ExportFormat, out_directory: impl AsRef<Path>) -> Result<ExportSummary, StoreError> {
        let out_directory = out_directory.as_ref();
        fs::create_dir_all(out_directory).map_err(|error| self.export_error(out_directory, error.to_string()))?;
        let mut summary = ExportSummary::default();

        let quotes_path = out_directory.join(format!("quotes.{}", format.extension()));
        summary.quotes =
            self.export_table(format, &quotes_path, QUOTE_COLUMNS, |sink: &mut dyn RowSink<QuoteRow>| {
                self.for_each_quote(|row| sink.write_row(&row))
            })?;
        summary.files.push(quotes_path);

        let entities = self.entities(None)?;
        let entities_path = out_directory.join(format!("entities.{}", format.extension()));
        summary.entities =
            self.export_rows(format, &entities_path, ENTITY_COLUMNS, &entities, |entity| FlatEntity {
                id: entity.id,
                name: &entity.name,
                kind: &entity.kind,
                aliases: entity.aliases.join("; "),
                documents: entity.documents,
                quotes: entity.quotes,
            })?;
        summary.files.push(entities_path);

        // LIMIT -1 in SQLite means no limit; usize::MAX wraps to it.
        let events = self.events(&EventQuery { limit: Some(usize::MAX), ..EventQuery::default() })?;
        let events_path = out_directory.join(format!("events.{}", format.extension()));
        summary.events = self.export_rows(format, &events_path, EVENT_COLUMNS, &events, |event| FlatEvent {
            event_id: event.event_id,
            kind: &event.kind,
            cue: &event.cue,
            date: event.date.as_deref(),
            participants: event.participants.join("; "),
            document_id: &event.document_id,
            source: &event.source,
            place_entity_id: event.place_entity_id,
            place: event.place.as_deref(),
        })?;
        summary.files.push(events_path);
        tracing::info!(
            quotes = summary.quotes,
            entities = summary.entities,
            events = summary.events,
            "export finished"
        );
        Ok(summary)
    }

    /// Writes `rows` with [`Store::export_table`]; in CSV, each row as
    /// `flatten` makes it (a list must be one cell).
    fn export_rows<'r, R: Serialize, Flat: Serialize>(
        &self,
        format: ExportFormat,
        path: &Path,
        columns: &'static [Column],
        rows: &'r [R],
        flatten: impl Fn(&'r R) -> Flat,
    ) -> Result<usize, StoreError> {
        match format {
            ExportFormat::Csv => self.export_table(format, path, columns, |sink: &mut dyn RowSink<Flat>| {
                for row in rows {
                    sink.write_row(&flatten(row))?;
                }
                Ok(rows.len())
            }),
            _ => self.export_table(format, path, columns, |sink: &mut dyn RowSink<R>| {
                for row in rows {
                    sink.write_row(row)?;
                }
                Ok(rows.len())
            }),
        }
    }

    /// Opens a temporary file next to `path`, lets `fill` write rows, and
    /// renames it into place only when everything was written.
    fn export_table<T: Serialize>(
        &self,
        format: ExportFormat,
        path: &Path,
        columns: &'static [Column],
        fill: impl FnOnce(&mut dyn RowSink<T>) -> Result<usize, String>,
    ) -> Result<usize, StoreError> {
        let partial_path = path.with_extension(format!("{}.partial", format.extension()));
        let file = File::create(&partial_path).map_err(|error| self.export_error(path, error.to_string()))?;
        let mut sink: Box<dyn RowSink<T>> = match format {
            ExportFormat::Csv => Box::new(CsvSink(csv::Writer::from_writer(BufWriter::new(file)))),
            ExportFormat::Jsonl => Box::new(JsonLinesSink(BufWriter::new(file))),
            ExportFormat::Parquet => match ParquetTableWriter::new(file, columns) {
                Ok(writer) => Box::new(writer),
                Err(message) => {
                    let _ = fs::remove_file(&partial_path);
                    return Err(self.export_error(path, message));
                }
            },
        };
        let written = fill(sink.as_mut()).and_then(|count| sink.finish().map(|()| count));
        match written {
            Ok(count) => {
                fs::rename(&partial_path, path).map_err(|error| self.export_error(path, error.to_string()))?;
                Ok(count)
            }
            Err(message) => {
                let _ = fs::remove_file(&partial_path);
                Err(self.export_error(path, message))
            }
        }
    }

    /// Streams every quote, in storage order, without collecting them.
    fn for_each_quote(&self, mut visit: impl FnMut(QuoteRow) -> Result<(), String>) -> Result<usize, String> {
        let mut statement = self
            .connection
            .prepare(&format!("SELECT {QUOTE_ROW_COLUMNS} FROM quotes q {QUOTE_ROW_JOINS} ORDER BY q.rowid"))
            .map_err(|error| self.error(error).to_string())?;
        let rows =
            statement.query_map([], crate::quote_search::quote_row).map_err(|error| self.error(error).to_string())?;
        let mut count = 0;
        for row in rows {
            visit(row.map_err(|error| self.error(error).to_string())?)?;
            count += 1;
        }
        Ok(count)
    }

    fn export_error(&self, target: &Path, message: String) -> StoreError {
        StoreError::Export { path: self.path.as_path().into(), target: target.display().to_string(), message }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_parse_from_their_names() {
        assert_eq!("csv".parse::<ExportFormat>(), Ok(ExportFormat::Csv));
        assert_eq!("jsonl".parse::<ExportFormat>(), Ok(ExportFormat::Jsonl));
        assert_eq!("parquet".parse::<ExportFormat>(), Ok(ExportFormat::Parquet));
        assert!("xml".parse::<ExportFormat>().is_err());
    }
}
