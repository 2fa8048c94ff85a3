//! Ingest: paths and streams in, [`Document`](readout_record::Document)s (or an error naming the input
//! and its problem) out.
//!
//! This is the one stage that does IO on inputs. It never stops at a bad
//! input: each input gives a document or an [`InputError`], and the caller
//! decides what to do with the error.

mod error;
mod json_lines;
mod text_file;
mod walk;
mod web;

pub use error::InputError;
pub use json_lines::parse_json_line;
pub use text_file::{document_from_bytes, read_text_file, Limits};
pub use walk::{expand_paths, Expansion, SkipReason, SkippedEntry};
pub use web::{document_from_html, input_kind, read_html_file, warc_documents, InputKind};
