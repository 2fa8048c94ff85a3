//! The ingest error: what went wrong with which input. Messages are one
//! line, lower case, without a trailing period, and name the input.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: binary file (NUL byte at offset {offset}), not text")]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: invalid UTF-8 at byte {offset}")]
    InvalidUtf8 { path: PathBuf, offset: usize },
    #[error("{path}: empty input")]
    Empty { path: PathBuf },
    #[error("{path}: {size} bytes is over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge { path: PathBuf, size: u64, limit: u64 },
    #[error("{origin} line {line}: malformed JSON: {message}")]
    MalformedJson { origin: String, line: usize, message: String },
    #[error("{input}: {message}")]
    Page { input: String, message: String },
    #[error("{origin} line {line}: {message}")]
    BadLine { origin: String, line: usize, message: String },
    /// Analysis of a document that was read fine stopped on a bug in
    /// readout; the other documents go on.
    #[error("{input}: analysis failed on a bug in readout (please report it with this input): {message}")]
    Analysis { input: String, message: String },
}

impl InputError {
    /// The input the error is about, as the user named it.
    pub fn input(&self) -> String {
        match self {
            InputError::Read { path, .. }
            | InputError::Binary { path, .. }
            | InputError::InvalidUtf8 { path, .. }
            | InputError::Empty { path }
            | InputError::TooLarge { path, .. } => path.display().to_string(),
            InputError::Page { input, .. } | InputError::Analysis { input, .. } => input.clone(),
            InputError::MalformedJson { origin, line, .. } | InputError::BadLine { origin, line, .. } => {
                format!("{origin}:{line}")
            }
        }
    }
}
