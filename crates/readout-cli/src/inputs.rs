//! Walking the inputs a command names: files and folders in, batches of
//! pending inputs out, then each pending input read into a `Document`.
//!
//! Shared by `readout extract` and `readout ingest`. Folders are expanded
//! recursively; a WARC archive is streamed, its pages joining batches as
//! documents already read; every other file is read later, by the worker
//! that analyses it, so reading happens in parallel too.

use readout_ingest::{
    expand_paths, input_kind, read_html_file, read_text_file, warc_documents, InputError, InputKind, Limits,
};
use readout_record::Document;
use std::path::PathBuf;

/// Inputs per batch: enough to keep every core busy, few enough that memory
/// stays flat.
pub const BATCH: usize = 256;

/// Inputs per batch for `readout ingest`: smaller, so the database writer
/// starts early and waits little for the last batch (its transactions stay
/// large: the store commits every
/// [`DEFAULT_INGEST_BATCH_SIZE`](readout_store::DEFAULT_INGEST_BATCH_SIZE)
/// documents however they arrive).
pub const INGEST_BATCH: usize = 32;

/// An input waiting for a worker: a file to read, or a document a stream
/// (a WARC archive) already produced.
pub enum Pending {
    File(PathBuf),
    Loaded(Result<Document, InputError>),
}

impl Pending {
    /// Reads the input (a file by its kind: HTML or text) into a document.
    pub fn load(self, limits: Limits) -> Result<Document, InputError> {
        match self {
            Pending::File(path) => match input_kind(&path) {
                InputKind::Html => read_html_file(&path, limits),
                _ => read_text_file(&path, limits),
            },
            Pending::Loaded(document) => document,
        }
    }
}

/// Expands `paths` (files and folders, not `-`) and hands `each_batch` full
/// batches of at most `batch_size` inputs, in input order, then the last one.
/// `each_batch` is expected to empty the batch it is given. Entries a folder
/// walk passes over (pipes, sockets, link loops, second links to a file) are
/// named once each on stderr before any input is read; they are not
/// failures.
pub fn for_each_batch(
    paths: &[PathBuf],
    batch_size: usize,
    mut each_batch: impl FnMut(&mut Vec<Pending>) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let expansion = expand_paths(paths);
    for skipped in &expansion.skipped {
        eprintln!("readout: {skipped}");
    }
    let mut batch: Vec<Pending> = Vec::with_capacity(batch_size);
    for input in expansion.inputs {
        match input {
            Err(error) => batch.push(Pending::Loaded(Err(error))),
            Ok(path) if input_kind(&path) == InputKind::Warc => match warc_documents(&path) {
                Ok(documents) => {
                    for document in documents {
                        batch.push(Pending::Loaded(document));
                        if batch.len() >= batch_size {
                            each_batch(&mut batch)?;
                            batch.clear();
                        }
                    }
                }
                Err(error) => batch.push(Pending::Loaded(Err(error))),
            },
            Ok(path) => batch.push(Pending::File(path)),
        }
        if batch.len() >= batch_size {
            each_batch(&mut batch)?;
            batch.clear();
        }
    }
    if !batch.is_empty() {
        each_batch(&mut batch)?;
    }
    Ok(())
}
