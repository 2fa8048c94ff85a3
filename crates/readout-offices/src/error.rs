//! Errors from reading an office table: a line of TSV in, a message that
//! names the line and the problem out (lowercase, no trailing period).

/// A problem with a line of an office-holder TSV table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OfficeError {
    #[error("line {line}: expected 6 tab-separated columns (country, office, title, name, start, end), found {found}")]
    Columns { line: usize, found: usize },
    #[error("line {line}: {column} is empty")]
    Empty { line: usize, column: &'static str },
    #[error("line {line}: country {value:?} is not a two-letter code")]
    Country { line: usize, value: String },
    #[error("line {line}: office {value:?} is not a key of lowercase letters, digits and underscores")]
    Office { line: usize, value: String },
    #[error("line {line}: {column} date {value} is not a date")]
    Date { line: usize, column: &'static str, value: String },
    #[error("line {line}: end date {end} is not after start date {start}")]
    Order { line: usize, start: String, end: String },
    #[error("line {line}: {country} {office} period from {start} overlaps the period on line {other}")]
    Overlap { line: usize, other: usize, country: String, office: String, start: String },
}

impl OfficeError {
    /// The 1-based line of the table the error is about.
    pub fn line(&self) -> usize {
        match self {
            OfficeError::Columns { line, .. }
            | OfficeError::Empty { line, .. }
            | OfficeError::Country { line, .. }
            | OfficeError::Office { line, .. }
            | OfficeError::Date { line, .. }
            | OfficeError::Order { line, .. }
            | OfficeError::Overlap { line, .. } => *line,
        }
    }
}
