//! Diagnostics: what a stage noticed about a document without failing it.
//!
//! Analysis never fails on bad text; it returns its result plus a list of
//! these, which the record carries and the command line can print.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Which stage noticed it: `ingest`, `clean`, `attribute`, ...
    pub stage: String,
    pub message: String,
}

impl Diagnostic {
    pub fn warning(stage: &str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, stage: stage.to_string(), message: message.into() }
    }

    pub fn info(stage: &str, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Info, stage: stage.to_string(), message: message.into() }
    }
}
