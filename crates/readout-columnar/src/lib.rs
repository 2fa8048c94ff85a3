//! readout records as columns: [`Record`](readout_record::Record)s in,
//! Arrow record batches and partitioned Parquet tables out.
//!
//! Four tables, one row per document, quote, entity (with its mentions) and
//! event (with its participants); their Arrow schemas are [`Table::schema`]
//! and `docs/parquet.md`. [`RecordBatches`] turns records into Arrow
//! batches; [`ParquetTables`] writes them as `DIR/<table>/part-NNNNN.parquet`
//! files of bounded size. Used by `readout extract --format parquet` and
//! meant for `readout export --format parquet` from the store.

mod batches;
mod columns;
mod date;
mod error;
mod parquet_tables;
mod part_writer;
mod schema;

pub use batches::RecordBatches;
pub use error::ColumnarError;
pub use parquet_tables::{ParquetTables, Written};
pub use part_writer::PartLimits;
pub use schema::Table;
