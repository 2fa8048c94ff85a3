//! Parquet files for `export`: rows of the export tables in, one Parquet
//! file (Snappy) per table out.
//!
//! In: a table's column list ([`QUOTE_COLUMNS`], [`ENTITY_COLUMNS`],
//! [`EVENT_COLUMNS`]) and its rows as any `Serialize` value whose fields carry
//! those names. Out: a file pandas, Polars, DuckDB and pyarrow read. Rows are
//! buffered into Arrow column builders, handed over in batches and written
//! one row group per [`ROWS_PER_ROW_GROUP`] rows, so memory stays bounded
//! however many quotes the store holds. Dates stay `YYYY-MM-DD` text, as in the JSON and CSV exports,
//! because a stored date may be a bare year or month.

use std::fs::File;
use std::sync::Arc;

use arrow_array::builder::{Int64Builder, ListBuilder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use serde::Serialize;
use serde_json::Value;

/// Rows per Arrow batch handed to the Parquet writer.
pub(crate) const ROWS_PER_BATCH: usize = 8_192;

/// Rows per Parquet row group. The writer holds a whole row group in memory
/// before writing it; its default (a million rows) would hold every quote of
/// a large store.
const ROWS_PER_ROW_GROUP: usize = 65_536;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ColumnType {
    Integer,
    Text,
    TextList,
}

/// Name, type and whether the column may be null.
pub(crate) type Column = (&'static str, ColumnType, bool);

pub(crate) const QUOTE_COLUMNS: &[Column] = &[
    ("quote_rowid", ColumnType::Integer, false),
    ("document_id", ColumnType::Text, false),
    ("quote_id", ColumnType::Text, false),
    ("kind", ColumnType::Text, false),
    ("speaker_entity_id", ColumnType::Integer, true),
    ("speaker", ColumnType::Text, true),
    ("speaker_mention", ColumnType::Text, true),
    ("cue", ColumnType::Text, true),
    ("date", ColumnType::Text, true),
    ("source", ColumnType::Text, false),
    ("title", ColumnType::Text, true),
    ("text", ColumnType::Text, false),
    ("sentence", ColumnType::Text, false),
    ("said_date", ColumnType::Text, true),
    ("addressee_entity_id", ColumnType::Integer, true),
    ("addressee", ColumnType::Text, true),
    ("addressee_mention", ColumnType::Text, true),
    ("channel", ColumnType::Text, true),
    ("channel_name", ColumnType::Text, true),
    ("channel_mention", ColumnType::Text, true),
    ("place_entity_id", ColumnType::Integer, true),
    ("place", ColumnType::Text, true),
];

pub(crate) const ENTITY_COLUMNS: &[Column] = &[
    ("id", ColumnType::Integer, false),
    ("name", ColumnType::Text, false),
    ("kind", ColumnType::Text, false),
    ("aliases", ColumnType::TextList, false),
    ("documents", ColumnType::Integer, false),
    ("quotes", ColumnType::Integer, false),
];

pub(crate) const EVENT_COLUMNS: &[Column] = &[
    ("event_id", ColumnType::Integer, false),
    ("kind", ColumnType::Text, false),
    ("cue", ColumnType::Text, false),
    ("date", ColumnType::Text, true),
    ("participants", ColumnType::TextList, false),
    ("document_id", ColumnType::Text, false),
    ("source", ColumnType::Text, false),
    ("place_entity_id", ColumnType::Integer, true),
    ("place", ColumnType::Text, true),
];

enum ColumnBuilder {
    Integer(Int64Builder),
    Text(StringBuilder),
    TextList(ListBuilder<StringBuilder>),
}

impl ColumnBuilder {
    fn new(column_type: ColumnType) -> ColumnBuilder {
        match column_type {
            ColumnType::Integer => ColumnBuilder::Integer(Int64Builder::new()),
            ColumnType::Text => ColumnBuilder::Text(StringBuilder::new()),
            ColumnType::TextList => ColumnBuilder::TextList(ListBuilder::new(StringBuilder::new())),
        }
    }

    fn append(&mut self, value: Option<&Value>) {
        match self {
            ColumnBuilder::Integer(builder) => builder.append_option(value.and_then(Value::as_i64)),
            ColumnBuilder::Text(builder) => builder.append_option(value.and_then(Value::as_str)),
            ColumnBuilder::TextList(builder) => {
                for item in value.and_then(Value::as_array).into_iter().flatten() {
                    builder.values().append_option(item.as_str());
                }
                builder.append(true);
            }
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            ColumnBuilder::Integer(builder) => Arc::new(builder.finish()),
            ColumnBuilder::Text(builder) => Arc::new(builder.finish()),
            ColumnBuilder::TextList(builder) => Arc::new(builder.finish()),
        }
    }
}

fn schema(columns: &[Column]) -> SchemaRef {
    let fields: Vec<Field> = columns
        .iter()
        .map(|&(name, column_type, nullable)| {
            let data_type = match column_type {
                ColumnType::Integer => DataType::Int64,
                ColumnType::Text => DataType::Utf8,
                ColumnType::TextList => DataType::List(Arc::new(Field::new("item", DataType::Utf8, true))),
            };
            Field::new(name, data_type, nullable)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// One export table being written to a Parquet file.
pub(crate) struct ParquetTableWriter {
    columns: &'static [Column],
    schema: SchemaRef,
    builders: Vec<ColumnBuilder>,
    buffered_rows: usize,
    writer: ArrowWriter<File>,
}

impl ParquetTableWriter {
    pub(crate) fn new(file: File, columns: &'static [Column]) -> Result<ParquetTableWriter, String> {
        let schema = schema(columns);
        let properties = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_size(ROWS_PER_ROW_GROUP)
            .build();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(properties)).map_err(|error| error.to_string())?;
        let builders = columns.iter().map(|&(_, column_type, _)| ColumnBuilder::new(column_type)).collect();
        Ok(ParquetTableWriter { columns, schema, builders, buffered_rows: 0, writer })
    }

    pub(crate) fn write_row<T: Serialize>(&mut self, row: &T) -> Result<(), String> {
        let value = serde_json::to_value(row).map_err(|error| error.to_string())?;
        for (&(name, _, nullable), builder) in self.columns.iter().zip(&mut self.builders) {
            let field = value.get(name).filter(|field| !field.is_null());
            if field.is_none() && !nullable {
                return Err(format!("column `{name}` has no value in a row"));
            }
            builder.append(field);
        }
        self.buffered_rows += 1;
        if self.buffered_rows >= ROWS_PER_BATCH {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn flush_batch(&mut self) -> Result<(), String> {
        if self.buffered_rows == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(ColumnBuilder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays).map_err(|error| error.to_string())?;
        self.writer.write(&batch).map_err(|error| error.to_string())?;
        self.buffered_rows = 0;
        Ok(())
    }

    /// Writes what is buffered and the file footer, and syncs the file.
    pub(crate) fn finish(mut self) -> Result<(), String> {
        self.flush_batch()?;
        let file = self.writer.into_inner().map_err(|error| error.to_string())?;
        file.sync_all().map_err(|error| error.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row<'a> {
        event_id: i64,
        kind: &'a str,
        cue: &'a str,
        date: Option<&'a str>,
        participants: Vec<&'a str>,
        document_id: &'a str,
        source: &'a str,
        place_entity_id: Option<i64>,
        place: Option<&'a str>,
    }

    fn row(date: Option<&'static str>) -> Row<'static> {
        Row {
            event_id: 1,
            kind: "meeting",
            cue: "met",
            date,
            participants: vec!["Keir Starmer", "Joe Biden"],
            document_id: "d1",
            source: "a.txt",
            place_entity_id: None,
            place: None,
        }
    }

    #[test]
    fn rows_round_trip_through_a_parquet_file() {
        let directory = tempfile::tempdir().unwrap();
        let path = directory.path().join("events.parquet");
        let mut writer = ParquetTableWriter::new(File::create(&path).unwrap(), EVENT_COLUMNS).unwrap();
        for index in 0..(ROWS_PER_BATCH + 3) {
            writer.write_row(&row(if index % 2 == 0 { Some("2024-12-18") } else { None })).unwrap();
        }
        writer.finish().unwrap();
        let reader = parquet::file::reader::SerializedFileReader::new(File::open(&path).unwrap()).unwrap();
        use parquet::file::reader::FileReader;
        assert_eq!(reader.metadata().file_metadata().num_rows(), (ROWS_PER_BATCH + 3) as i64);
    }

    #[test]
    fn a_missing_required_value_is_an_error_not_a_panic() {
        let directory = tempfile::tempdir().unwrap();
        let file = File::create(directory.path().join("x.parquet")).unwrap();
        let mut writer = ParquetTableWriter::new(file, EVENT_COLUMNS).unwrap();
        let error = writer.write_row(&serde_json::json!({ "event_id": 1 })).unwrap_err();
        assert_eq!(error, "column `kind` has no value in a row");
    }
}
