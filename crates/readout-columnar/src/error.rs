//! The one error type of the columnar writer: what can fail between a record
//! and a Parquet file on disk (creating folders and files, building Arrow
//! arrays, encoding Parquet).

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum ColumnarError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("arrow: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    #[error("parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
}
