//! One table's Parquet files: Arrow batches in, `DIR/<table>/part-NNNNN.parquet`
//! files out, a new file every `rows_per_file` rows (or sooner, once a file
//! passes `bytes_per_file`), row groups closed every `row_group_bytes` so
//! memory stays bounded whatever the table's size.

use crate::error::ColumnarError;
use crate::schema::Table;
use arrow_array::RecordBatch;
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::fs::File;
use std::path::{Path, PathBuf};

/// How big the files and row groups may grow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartLimits {
    /// Rows per file; the last file of a table may hold fewer.
    pub rows_per_file: usize,
    /// A file is closed once its encoded size passes this.
    pub bytes_per_file: usize,
    /// A row group is closed once its buffered (encoded) size passes this;
    /// it bounds the writer's memory.
    pub row_group_bytes: usize,
}

impl Default for PartLimits {
    fn default() -> Self {
        PartLimits { rows_per_file: 1_000_000, bytes_per_file: 256 << 20, row_group_bytes: 32 << 20 }
    }
}

pub(crate) struct PartWriter {
    table: Table,
    dir: PathBuf,
    limits: PartLimits,
    current: Option<ArrowWriter<File>>,
    rows_in_file: usize,
    files: Vec<PathBuf>,
}

impl PartWriter {
    pub(crate) fn new(root: &Path, table: Table, limits: PartLimits) -> Result<Self, ColumnarError> {
        let dir = root.join(table.name());
        std::fs::create_dir_all(&dir).map_err(|source| ColumnarError::Io { path: dir.clone(), source })?;
        let limits = PartLimits { rows_per_file: limits.rows_per_file.max(1), ..limits };
        Ok(PartWriter { table, dir, limits, current: None, rows_in_file: 0, files: Vec::new() })
    }

    /// Append a batch, splitting it over as many files as the limits ask.
    pub(crate) fn write(&mut self, batch: &RecordBatch) -> Result<(), ColumnarError> {
        let mut offset = 0;
        while offset < batch.num_rows() {
            let rows = (batch.num_rows() - offset).min(self.limits.rows_per_file - self.rows_in_file);
            if self.current.is_none() {
                self.current = Some(self.open()?);
            }
            let Some(writer) = &mut self.current else { unreachable!("opened above") };
            writer.write(&batch.slice(offset, rows))?;
            if writer.in_progress_size() >= self.limits.row_group_bytes {
                writer.flush()?;
            }
            let file_bytes = writer.bytes_written() + writer.in_progress_size();
            offset += rows;
            self.rows_in_file += rows;
            if self.rows_in_file >= self.limits.rows_per_file || file_bytes >= self.limits.bytes_per_file {
                self.close_file()?;
            }
        }
        Ok(())
    }

    /// Close the open file and return every file written; a table that got
    /// no rows gets one empty file, so readers still find its schema.
    pub(crate) fn finish(mut self) -> Result<Vec<PathBuf>, ColumnarError> {
        if self.files.is_empty() {
            self.current = Some(self.open()?);
        }
        self.close_file()?;
        Ok(self.files)
    }

    fn open(&mut self) -> Result<ArrowWriter<File>, ColumnarError> {
        let path = self.dir.join(format!("part-{:05}.parquet", self.files.len()));
        let file = File::create(&path).map_err(|source| ColumnarError::Io { path: path.clone(), source })?;
        let properties = WriterProperties::builder().set_compression(Compression::SNAPPY).build();
        self.files.push(path);
        Ok(ArrowWriter::try_new(file, self.table.schema(), Some(properties))?)
    }

    fn close_file(&mut self) -> Result<(), ColumnarError> {
        if let Some(writer) = self.current.take() {
            writer.close()?;
        }
        self.rows_in_file = 0;
        Ok(())
    }
}
