//! Writing records into the store.
//!
//! In: [`Record`]s, in any number. Out: rows in every table plus an
//! [`IngestSummary`]. Documents are written in batches, one transaction per
//! batch, and a document is always written whole inside one transaction: a
//! process killed at any point leaves every committed document complete and
//! no half document, and running the same ingest again finishes the job.
//! Ingest is idempotent: a document whose id and content hash are already
//! stored is skipped; one whose content changed replaces its old rows.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use readout_record::Record;

use crate::identity;
use crate::identity_memo::IdentityMemo;
use crate::schema::INDEX_NEW_DOCUMENTS;
use crate::sentence::CodePointText;
use crate::{Store, StoreError};

/// What one call to [`Store::ingest`] did, counting committed work only.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct IngestSummary {
    /// Documents not seen before.
    pub inserted: usize,
    /// Documents whose stored version differed and was replaced.
    pub replaced: usize,
    /// Documents already stored exactly as given.
    pub skipped: usize,
    /// Quotes written (inserted and replaced documents).
    pub quotes: usize,
    /// Transactions committed.
    pub batches: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DocumentOutcome {
    Inserted,
    Replaced,
    Skipped,
}

/// Adds the documents `rowids` and their quotes to the full-text indexes,
/// one statement per index for all of them, and empties `rowids`. FTS5
/// flushes pending terms at every statement, so indexing row by row (as
/// insert triggers would) writes and then merges thousands of tiny segments.
fn index_documents(connection: &Connection, rowids: &mut Vec<i64>) -> Result<(), rusqlite::Error> {
    if rowids.is_empty() {
        return Ok(());
    }
    let rowids_json = serde_json::to_string(&rowids).unwrap_or_else(|_| "[]".into());
    for statement in INDEX_NEW_DOCUMENTS {
        connection.prepare_cached(statement)?.execute([&rowids_json])?;
    }
    rowids.clear();
    Ok(())
}

impl Store {
    /// Stores records, [`DEFAULT_INGEST_BATCH_SIZE`](crate::DEFAULT_INGEST_BATCH_SIZE)
    /// documents per transaction. On error, the batches committed before it
    /// stay; the failing batch is rolled back whole.
    pub fn ingest(&mut self, records: impl IntoIterator<Item = Record>) -> Result<IngestSummary, StoreError> {
        let mut summary = IngestSummary::default();
        let mut batch = Vec::with_capacity(self.ingest_batch_size);
        for record in records {
            batch.push(record);
            if batch.len() >= self.ingest_batch_size {
                self.ingest_batch(&batch, &mut summary)?;
                batch.clear();
            }
        }
        if !batch.is_empty() {
            self.ingest_batch(&batch, &mut summary)?;
        }
        tracing::info!(
            path = %self.path.display(),
            inserted = summary.inserted,
            replaced = summary.replaced,
            skipped = summary.skipped,
            quotes = summary.quotes,
            "ingest finished"
        );
        Ok(summary)
    }

    fn ingest_batch(&mut self, batch: &[Record], summary: &mut IngestSummary) -> Result<(), StoreError> {
        let busy_timeout_ms = self.busy_timeout_ms();
        let path = self.path.clone();
        let to_store_error = |error: rusqlite::Error| StoreError::from_sqlite(&path, error, busy_timeout_ms);
        // IMMEDIATE: take the write lock now, so a locked database fails
        // before any work rather than at commit.
        let Store { connection, identity_memo, .. } = self;
        let transaction =
            connection.transaction_with_behavior(TransactionBehavior::Immediate).map_err(to_store_error)?;
        let written = (|| -> Result<IngestSummary, rusqlite::Error> {
            identity_memo.validate(data_version(&transaction)?);
            let mut batch_summary = IngestSummary::default();
            let mut unindexed: Vec<i64> = Vec::with_capacity(batch.len());
            for record in batch {
                let (outcome, quotes) = write_document(&transaction, identity_memo, record, &mut unindexed)?;
                match outcome {
                    DocumentOutcome::Inserted => batch_summary.inserted += 1,
                    DocumentOutcome::Replaced => batch_summary.replaced += 1,
                    DocumentOutcome::Skipped => batch_summary.skipped += 1,
                }
                batch_summary.quotes += quotes;
            }
            index_documents(&transaction, &mut unindexed)?;
            Ok(batch_summary)
        })();
        let batch_summary = match written.and_then(|batch_summary| transaction.commit().map(|()| batch_summary)) {
            Ok(batch_summary) => batch_summary,
            Err(error) => {
                // Rolled back: the memo may name entities that no longer exist.
                identity_memo.clear();
                return Err(to_store_error(error));
            }
        };
        match data_version(connection) {
            Ok(version) => identity_memo.committed(version),
            Err(_) => identity_memo.clear(),
        }
        summary.inserted += batch_summary.inserted;
        summary.replaced += batch_summary.replaced;
        summary.skipped += batch_summary.skipped;
        summary.quotes += batch_summary.quotes;
        summary.batches += 1;
        Ok(())
    }
}

/// SQLite's count of commits by other connections (see `identity_memo.rs`).
fn data_version(connection: &Connection) -> Result<i64, rusqlite::Error> {
    connection.query_row("PRAGMA data_version", [], |row| row.get(0))
}

/// FNV-1a, 64 bits, as hex: stable across runs and platforms, which is all a
/// change detector needs.
pub(crate) fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Writes one document and its rows, and adds its rowid to `unindexed`
/// (the batch's documents not yet in the full-text indexes).
fn write_document(
    connection: &Connection,
    memo: &mut IdentityMemo,
    record: &Record,
    unindexed: &mut Vec<i64>,
) -> Result<(DocumentOutcome, usize), rusqlite::Error> {
    let text_hash = content_hash(record.text.as_bytes());
    // The whole record is hashed too, so re-extracting the same text with a
    // better pipeline replaces the old quotes instead of being skipped.
    let record_hash = match serde_json::to_vec(record) {
        Ok(bytes) => content_hash(&bytes),
        Err(_) => text_hash.clone(),
    };
    let existing: Option<(i64, String)> = connection
        .prepare_cached("SELECT rowid, record_hash FROM documents WHERE id = ?1")?
        .query_row([&record.id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    let replaced = match existing {
        Some((_, stored_hash)) if stored_hash == record_hash => {
            return Ok((DocumentOutcome::Skipped, 0));
        }
        Some((rowid, _)) => {
            // The delete triggers take the old rows out of the full-text
            // indexes, so they must be in them (the same document twice in
            // one batch).
            if unindexed.contains(&rowid) {
                index_documents(connection, unindexed)?;
            }
            // Foreign keys cascade: quotes, mentions, times and events go too.
            connection.prepare_cached("DELETE FROM documents WHERE rowid = ?1")?.execute([rowid])?;
            true
        }
        None => false,
    };

    let boilerplate = serde_json::to_string(&record.boilerplate).unwrap_or_else(|_| "[]".into());
    connection
        .prepare_cached(
            "INSERT INTO documents (id, source, title, date, text, text_hash, record_hash, boilerplate, ingested_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        )?
        .execute(params![
            record.id,
            record.source,
            record.title,
            record.date,
            record.text,
            text_hash,
            record_hash,
            boilerplate
        ])?;
    let document_rowid = connection.last_insert_rowid();
    unindexed.push(document_rowid);
    let outcome = if replaced { DocumentOutcome::Replaced } else { DocumentOutcome::Inserted };
    let text = CodePointText::new(&record.text);

    let global_ids = write_entities(connection, memo, document_rowid, record, &text)?;
    let quotes = write_quotes(connection, memo, document_rowid, record, &text, &global_ids)?;
    write_times_and_events(connection, document_rowid, record, &text, &global_ids)?;
    Ok((outcome, quotes))
}

fn write_entities(
    connection: &Connection,
    memo: &mut IdentityMemo,
    document_rowid: i64,
    record: &Record,
    text: &CodePointText,
) -> Result<HashMap<String, i64>, rusqlite::Error> {
    let mut global_ids = HashMap::with_capacity(record.entities.len());
    let mut link = connection.prepare_cached(
        "INSERT OR IGNORE INTO document_entities (document_rowid, local_id, entity_id, name, kind)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut mention = connection.prepare_cached(
        "INSERT INTO mentions (document_rowid, local_entity_id, entity_id, start, \"end\", text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for entity in &record.entities {
        if global_ids.contains_key(&entity.id) {
            tracing::debug!(document = %record.id, entity = %entity.id, "duplicate entity id, keeping the first");
            continue;
        }
        let mention_texts: Vec<&str> = entity.mentions.iter().map(|span| span.text.as_str()).collect();
        let name = if entity.name.trim().is_empty() {
            mention_texts.first().copied().unwrap_or(entity.id.as_str())
        } else {
            entity.name.as_str()
        };
        let entity_id = identity::resolve_entity(connection, memo, name, entity.kind, &mention_texts)?;
        global_ids.insert(entity.id.clone(), entity_id);
        link.execute(params![
            document_rowid,
            entity.id,
            entity_id,
            entity.name,
            identity::effective_kind(name, entity.kind).as_str()
        ])?;
        for span in &entity.mentions {
            let (start, end) = text.clamp(span.start, span.end);
            mention.execute(params![document_rowid, entity.id, entity_id, start as i64, end as i64, span.text])?;
        }
    }
    Ok(global_ids)
}

fn write_quotes(
    connection: &Connection,
    memo: &mut IdentityMemo,
    document_rowid: i64,
    record: &Record,
    text: &CodePointText,
    global_ids: &HashMap<String, i64>,
) -> Result<usize, rusqlite::Error> {
    let mut insert = connection.prepare_cached(
        "INSERT INTO quotes (document_rowid, quote_id, kind, speaker_entity_id, speaker_local_id,
             speaker_name, speaker_mention, speaker_mention_start, speaker_mention_end,
             cue, cue_start, cue_end, text, content, start, \"end\",
             sentence, sentence_start, sentence_end, date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
    )?;
    for quote in &record.quotes {
        let speaker = &quote.speaker;
        let speaker_entity_id = match (&speaker.entity, &speaker.name) {
            (Some(local_id), _) if global_ids.contains_key(local_id) => global_ids.get(local_id).copied(),
            (_, Some(name)) if !name.trim().is_empty() => Some(identity::resolve_speaker_name(connection, memo, name)?),
            _ => None,
        };
        // The quote's extent: content, cue and speaker mention together.
        let spans = quote.content.iter().chain(quote.cue.iter()).chain(speaker.mention.iter());
        let (mut start, mut end) = (usize::MAX, 0usize);
        for span in spans {
            let (span_start, span_end) = text.clamp(span.start, span.end);
            start = start.min(span_start);
            end = end.max(span_end);
        }
        let extent = (start != usize::MAX).then_some((start, end));
        let (sentence_start, sentence_end) = match extent {
            Some((start, end)) => text.sentence_around(start, end),
            None => (0, 0),
        };
        let sentence = match extent {
            Some(_) => text.slice(sentence_start, sentence_end),
            // No offsets at all: the quote text is the best context we have.
            None => quote.text.clone(),
        };
        let content = serde_json::to_string(&quote.content).unwrap_or_else(|_| "[]".into());
        insert.execute(params![
            document_rowid,
            quote.id,
            quote.kind.as_str(),
            speaker_entity_id,
            speaker.entity,
            speaker.name,
            speaker.mention.as_ref().map(|span| span.text.as_str()),
            speaker.mention.as_ref().map(|span| span.start as i64),
            speaker.mention.as_ref().map(|span| span.end as i64),
            quote.cue.as_ref().map(|span| span.text.as_str()),
            quote.cue.as_ref().map(|span| span.start as i64),
            quote.cue.as_ref().map(|span| span.end as i64),
            quote.text,
            content,
            extent.map(|(start, _)| start as i64),
            extent.map(|(_, end)| end as i64),
            sentence,
            sentence_start as i64,
            sentence_end as i64,
            record.date,
        ])?;
    }
    Ok(record.quotes.len())
}

fn write_times_and_events(
    connection: &Connection,
    document_rowid: i64,
    record: &Record,
    text: &CodePointText,
    global_ids: &HashMap<String, i64>,
) -> Result<(), rusqlite::Error> {
    let mut time = connection.prepare_cached(
        "INSERT INTO times (document_rowid, start, \"end\", text, value) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for expression in &record.times {
        let (start, end) = text.clamp(expression.start, expression.end);
        time.execute(params![document_rowid, start as i64, end as i64, expression.text, expression.value])?;
    }
    let mut event = connection.prepare_cached(
        "INSERT INTO events (document_rowid, kind, cue, cue_start, cue_end, date)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut participant = connection.prepare_cached(
        "INSERT INTO event_participants (event_id, position, local_entity_id, entity_id)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for reported in &record.events {
        let (start, end) = text.clamp(reported.cue.start, reported.cue.end);
        event.execute(params![
            document_rowid,
            reported.kind.as_str(),
            reported.cue.text,
            start as i64,
            end as i64,
            reported.date
        ])?;
        let event_id = connection.last_insert_rowid();
        for (position, local_id) in reported.participants.iter().enumerate() {
            participant.execute(params![event_id, position as i64, local_id, global_ids.get(local_id)])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_stable() {
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }
}
