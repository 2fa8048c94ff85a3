//! Records in, a folder of Parquet tables out: `DIR/documents/`,
//! `DIR/quotes/`, `DIR/entities/`, `DIR/events/`, each a series of
//! `part-NNNNN.parquet` files of bounded size.
//!
//! Records are buffered as Arrow columns and written every
//! [`ParquetTables::flush`] (and whenever the buffer passes
//! `BUFFER_ROWS` rows), so memory stays bounded over an endless input. A
//! table that got no rows still gets one empty file, so readers find its
//! schema.

use crate::batches::RecordBatches;
use crate::error::ColumnarError;
use crate::part_writer::{PartLimits, PartWriter};
use crate::schema::Table;
use readout_record::Record;
use std::path::{Path, PathBuf};

/// Rows buffered before a flush happens on its own.
const BUFFER_ROWS: usize = 64 * 1024;

/// What was written: rows and files per table, in [`Table::ALL`] order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    pub tables: Vec<(Table, usize, Vec<PathBuf>)>,
}

impl Written {
    pub fn rows(&self, table: Table) -> usize {
        self.tables.iter().find(|(t, _, _)| *t == table).map_or(0, |(_, rows, _)| *rows)
    }
}

pub struct ParquetTables {
    buffer: RecordBatches,
    writers: Vec<PartWriter>,
    rows: [usize; 4],
}

impl ParquetTables {
    /// Create `dir` and its table folders.
    pub fn create(dir: &Path, limits: PartLimits) -> Result<Self, ColumnarError> {
        let writers =
            Table::ALL.into_iter().map(|table| PartWriter::new(dir, table, limits)).collect::<Result<_, _>>()?;
        Ok(ParquetTables { buffer: RecordBatches::new(), writers, rows: [0; 4] })
    }

    pub fn write(&mut self, record: &Record) -> Result<(), ColumnarError> {
        self.buffer.push(record);
        if self.buffer.total_rows() >= BUFFER_ROWS {
            self.flush()?;
        }
        Ok(())
    }

    /// Hand the buffered rows to the Parquet writers.
    pub fn flush(&mut self) -> Result<(), ColumnarError> {
        if self.buffer.total_rows() == 0 {
            return Ok(());
        }
        for (table, batch) in self.buffer.finish()? {
            self.rows[table as usize] += batch.num_rows();
            if batch.num_rows() > 0 {
                self.writers[table as usize].write(&batch)?;
            }
        }
        Ok(())
    }

    /// Flush, close every file and say what was written.
    pub fn finish(mut self) -> Result<Written, ColumnarError> {
        self.flush()?;
        let mut written = Written::default();
        for (table, writer) in Table::ALL.into_iter().zip(self.writers) {
            let rows = self.rows[table as usize];
            written.tables.push((table, rows, writer.finish()?));
        }
        Ok(written)
    }
}
