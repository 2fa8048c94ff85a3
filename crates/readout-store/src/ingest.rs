//! Writing records into the store.
//!
//! In: [`Record`]s, in any number. Out: rows in every table plus an
//! [`IngestSummary`]. Documents are written in batches, one transaction per
//! batch, and a document is always written whole inside one transaction: a
//! process killed at any point leaves every committed document complete and
//! no half document, and running the same ingest again finishes the job.
//! Ingest is idempotent: a document whose id and content hash are already
//! stored is skipped; one whose content changed replaces its old rows.

use rusqlite::{params, params_from_iter, Connection, OptionalExtension, ToSql, TransactionBehavior};
use serde::Serialize;

use readout_entities::clause_words::is_unnamed_person_name;
use readout_record::{EntityKind, Record, TimeType};
use std::collections::HashSet;

use crate::checkpoint::BackgroundCheckpoint;
use crate::identity;
use crate::identity_memo::IdentityMemo;
use crate::prepare::PreparedRecord;
use crate::rows;
use crate::schema::INDEX_NEW_DOCUMENTS;
use crate::sentence::clamp_span;
use crate::{Store, StoreError};

/// A document's entity ids to global ones; looked up for every quote speaker
/// and event participant, so hashed with foldhash rather than SipHash.
type GlobalIds = std::collections::HashMap<String, i64, foldhash::fast::RandomState>;

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
/// writes out its pending terms at every statement savepoint (a statement
/// that fires a trigger or may have to be undone alone), so indexing row by
/// row from insert triggers wrote and then merged thousands of tiny
/// segments. Single-row `INSERT ... VALUES` as each row is written would
/// make no extra segment, but measured 7% more ingest CPU time: the
/// tokenizer's tables and the B-trees then take turns in the CPU caches.
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
    ///
    /// Each record is a [`Record`] or a [`PreparedRecord`] (prepared on
    /// another thread, so the writer does less). Records are written as the
    /// iterator yields them, inside the open transaction, so a producer that
    /// extracts while this writes (the CLI's `ingest`) keeps both busy; a
    /// transaction is opened only once its first record is there, and
    /// committed when the batch is full or the records end.
    pub fn ingest<R: Into<PreparedRecord>>(
        &mut self,
        records: impl IntoIterator<Item = R>,
    ) -> Result<IngestSummary, StoreError> {
        let mut summary = IngestSummary::default();
        let mut records = records.into_iter().map(Into::into).peekable();
        let background = self.start_background_checkpoints();
        let mut written = Ok(());
        // The documents written, whose entities' shown names are refreshed
        // once the ingest ends (`display_names.rs`).
        let mut written_rowids: Vec<i64> = Vec::new();
        while written.is_ok() && records.peek().is_some() {
            let batch_size = self.ingest_batch_size;
            written = self.ingest_batch(records.by_ref().take(batch_size), &mut summary, &mut written_rowids);
            if let (Ok(()), Some((checkpoints, _))) = (&written, &background) {
                checkpoints.committed();
            }
        }
        if let Some((checkpoints, autocheckpoint_pages)) = background {
            checkpoints.finish();
            let restored =
                self.connection.execute_batch(&format!("PRAGMA wal_autocheckpoint = {autocheckpoint_pages};"));
            written = written.and(restored.map_err(|error| self.error(error)));
        }
        written?;
        crate::display_names::refresh_display_names(&self.connection, &written_rowids)
            .map_err(|error| self.error(error))?;
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

    /// Hands checkpoints to a thread of their own for the ingest (see
    /// `checkpoint.rs`) and turns the writer's off; returns the thread and
    /// the writer's autocheckpoint setting to restore, or `None` (and
    /// changes nothing) where that cannot be done.
    fn start_background_checkpoints(&self) -> Option<(BackgroundCheckpoint, i64)> {
        let autocheckpoint_pages: i64 =
            self.connection.query_row("PRAGMA wal_autocheckpoint", [], |row| row.get(0)).ok()?;
        let checkpoints = BackgroundCheckpoint::start(&self.path, self.busy_timeout, autocheckpoint_pages)?;
        if self.connection.execute_batch("PRAGMA wal_autocheckpoint = 0;").is_err() {
            checkpoints.finish();
            return None;
        }
        Some((checkpoints, autocheckpoint_pages))
    }

    fn ingest_batch(
        &mut self,
        batch: impl Iterator<Item = PreparedRecord>,
        summary: &mut IngestSummary,
        written_rowids: &mut Vec<i64>,
    ) -> Result<(), StoreError> {
        let busy_timeout_ms = self.busy_timeout_ms();
        let path = self.path.clone();
        let to_store_error = |error: rusqlite::Error| StoreError::from_sqlite(&path, error, busy_timeout_ms);
        let Store { connection, identity_memo, .. } = self;
        // Ingest writes every row's parent before the row and deletes a
        // replaced document's rows itself (`DELETE_DOCUMENT`), so checking
        // foreign keys on each of its ~100 inserts per document is work
        // without use (the pragma only takes effect outside a transaction).
        // Its kinds come from Rust enums, so the `kind IN (...)` checks,
        // which make SQLite build a temporary table for every entity and
        // quote, are skipped too. Both are back on for everything else.
        connection
            .execute_batch("PRAGMA foreign_keys = OFF; PRAGMA ignore_check_constraints = ON;")
            .map_err(to_store_error)?;
        let written = Self::write_batch(connection, identity_memo, batch, written_rowids);
        let restored = connection.execute_batch("PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF;");
        let batch_summary = written.map_err(to_store_error)?;
        restored.map_err(to_store_error)?;
        summary.inserted += batch_summary.inserted;
        summary.replaced += batch_summary.replaced;
        summary.skipped += batch_summary.skipped;
        summary.quotes += batch_summary.quotes;
        summary.batches += 1;
        Ok(())
    }

    /// One transaction: the documents of `batch`, then their full-text rows.
    fn write_batch(
        connection: &mut Connection,
        identity_memo: &mut IdentityMemo,
        batch: impl Iterator<Item = PreparedRecord>,
        written_rowids: &mut Vec<i64>,
    ) -> Result<IngestSummary, rusqlite::Error> {
        // IMMEDIATE: take the write lock now, so a locked database fails
        // before any work rather than at commit.
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let written = (|| -> Result<(IngestSummary, Vec<i64>), rusqlite::Error> {
            identity_memo.validate(data_version(&transaction)?);
            let mut batch_summary = IngestSummary::default();
            let mut unindexed: Vec<i64> = Vec::new();
            // Every document written, for the shown names; `unindexed` is
            // emptied whenever a document comes twice in one batch.
            let mut batch_rowids: Vec<i64> = Vec::new();
            for prepared in batch {
                let (outcome, quotes) =
                    write_document(&transaction, identity_memo, &prepared, &mut unindexed, &mut batch_rowids)?;
                match outcome {
                    DocumentOutcome::Inserted => batch_summary.inserted += 1,
                    DocumentOutcome::Replaced => batch_summary.replaced += 1,
                    DocumentOutcome::Skipped => batch_summary.skipped += 1,
                }
                batch_summary.quotes += quotes;
            }
            index_documents(&transaction, &mut unindexed)?;
            Ok((batch_summary, batch_rowids))
        })();
        let batch_summary = match written.and_then(|written| transaction.commit().map(|()| written)) {
            Ok((batch_summary, batch_rowids)) => {
                written_rowids.extend(batch_rowids);
                batch_summary
            }
            Err(error) => {
                // Rolled back: the memo may name entities that no longer exist.
                identity_memo.clear();
                return Err(error);
            }
        };
        match data_version(connection) {
            Ok(version) => identity_memo.committed(version),
            Err(_) => identity_memo.clear(),
        }
        Ok(batch_summary)
    }
}

/// SQLite's count of commits by other connections (see `identity_memo.rs`).
fn data_version(connection: &Connection) -> Result<i64, rusqlite::Error> {
    connection.query_row("PRAGMA data_version", [], |row| row.get(0))
}

/// A stored document and every row that hangs off it, children first.
/// Ingest runs with foreign keys off (see `Store::ingest_batch`), so it deletes
/// what `ON DELETE CASCADE` would; the full-text rows go by the delete
/// triggers on `documents` and `quotes`.
const DELETE_DOCUMENT: &[&str] = &[
    "DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE document_rowid = ?1)",
    "DELETE FROM events WHERE document_rowid = ?1",
    "DELETE FROM times WHERE document_rowid = ?1",
    "DELETE FROM quotes WHERE document_rowid = ?1",
    "DELETE FROM document_entities WHERE document_rowid = ?1",
    "DELETE FROM documents WHERE rowid = ?1",
];

/// Writes one document and its rows, and adds its rowid to `unindexed`
/// (the batch's documents not yet in the full-text indexes).
fn write_document(
    connection: &Connection,
    memo: &mut IdentityMemo,
    prepared: &PreparedRecord,
    unindexed: &mut Vec<i64>,
    written: &mut Vec<i64>,
) -> Result<(DocumentOutcome, usize), rusqlite::Error> {
    let record = &prepared.record;
    let existing: Option<(i64, String)> = connection
        .prepare_cached("SELECT rowid, record_hash FROM documents WHERE id = ?1")?
        .query_row([&record.id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    let replaced = match existing {
        Some((_, stored_hash)) if stored_hash == prepared.record_hash => {
            return Ok((DocumentOutcome::Skipped, 0));
        }
        Some((rowid, _)) => {
            // The delete triggers take the old rows out of the full-text
            // indexes, so they must be in them (the same document twice in
            // one batch).
            if unindexed.contains(&rowid) {
                index_documents(connection, unindexed)?;
            }
            for statement in DELETE_DOCUMENT {
                connection.prepare_cached(statement)?.execute([rowid])?;
            }
            // Its links no longer count for anyone.
            memo.forget_person_weights();
            true
        }
        None => false,
    };

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
            prepared.text_hash,
            prepared.record_hash,
            prepared.boilerplate_json
        ])?;
    let document_rowid = connection.last_insert_rowid();
    unindexed.push(document_rowid);
    written.push(document_rowid);
    let outcome = if replaced { DocumentOutcome::Replaced } else { DocumentOutcome::Inserted };
    let text_length = prepared.text_length;

    let global_ids = write_entities(connection, memo, document_rowid, prepared)?;
    let quotes = write_quotes(connection, memo, document_rowid, prepared, &global_ids)?;
    write_times_and_events(connection, document_rowid, record, text_length, &global_ids)?;
    Ok((outcome, quotes))
}

/// Resolves the document's entities to global ones and links them, each
/// with its mentions as one JSON column: a row per mention made mentions
/// the largest table and a fifth of ingest's time (schema 5). The links are
/// written together once every entity is resolved.
fn write_entities(
    connection: &Connection,
    memo: &mut IdentityMemo,
    document_rowid: i64,
    prepared: &PreparedRecord,
) -> Result<GlobalIds, rusqlite::Error> {
    let record = &prepared.record;
    let mut global_ids = GlobalIds::with_capacity_and_hasher(record.entities.len(), Default::default());
    let mut links: Vec<(&readout_record::Entity, Option<i64>, &'static str, &String)> =
        Vec::with_capacity(record.entities.len());
    let mut seen = HashSet::with_capacity(record.entities.len());
    let prepared_entities = record.entities.iter().zip(&prepared.entity_mentions_json).zip(&prepared.entity_names);
    for ((entity, mentions_json), names) in prepared_entities {
        if !seen.insert(entity.id.as_str()) {
            tracing::debug!(document = %record.id, entity = %entity.id, "duplicate entity id, keeping the first");
            continue;
        }
        // The writer's "I" of one text is not another text's, nor is its
        // "the suspect": a person the text never names is kept with the
        // document, linked to no entity. (Only persons: "eBay" is a name.)
        if entity.kind == EntityKind::Person && is_unnamed_person_name(&entity.name) {
            links.push((entity, None, names.kind.as_str(), mentions_json));
            continue;
        }
        let entity_id = identity::resolve_entity(connection, memo, names)?;
        global_ids.insert(entity.id.clone(), entity_id);
        memo.document_linked(entity_id);
        links.push((entity, Some(entity_id), names.kind.as_str(), mentions_json));
    }
    let mut values: Vec<&dyn ToSql> = Vec::with_capacity(links.len() * 6);
    for (entity, entity_id, kind, mentions_json) in &links {
        values.extend_from_slice(&[
            &document_rowid as &dyn ToSql,
            &entity.id,
            entity_id,
            &entity.name,
            kind,
            mentions_json,
        ]);
    }
    rows::insert_rows(
        connection,
        "INSERT OR FAIL INTO document_entities (document_rowid, local_id, entity_id, name, kind, mentions)",
        6,
        &values,
    )?;
    memo.links_written();
    Ok(global_ids)
}

/// The columns every quote fills, `?1` to `?20` of both inserts below.
macro_rules! quote_columns {
    () => {
        "document_rowid, quote_id, kind, speaker_entity_id, speaker_local_id,
         speaker_name, speaker_mention, speaker_mention_start, speaker_mention_end,
         cue, cue_start, cue_end, text, content, start, \"end\",
         sentence, sentence_start, sentence_end, date"
    };
}

/// A quote that says nothing of to whom, when, via or where: its schema 7
/// columns are left to their default, null. Binding fourteen nulls for
/// every such quote cost 1.5% of the writer's instructions on PolNeAR,
/// where (for now) every quote is one.
const INSERT_QUOTE: &str = concat!(
    "INSERT INTO quotes (",
    quote_columns!(),
    ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)"
);

/// A quote with its addressee, channel, date said and place.
const INSERT_QUOTE_WHOLE: &str = concat!(
    "INSERT INTO quotes (",
    quote_columns!(),
    ", said_date, addressee_entity_id, addressee_local_id, addressee_name,
     addressee_mention, addressee_mention_start, addressee_mention_end,
     channel, channel_name, channel_mention, channel_mention_start, channel_mention_end,
     place_local_id, place_entity_id)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
             ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34)"
);

fn write_quotes(
    connection: &Connection,
    memo: &mut IdentityMemo,
    document_rowid: i64,
    prepared: &PreparedRecord,
    global_ids: &GlobalIds,
) -> Result<usize, rusqlite::Error> {
    let record = &prepared.record;
    // Both prepared once per document: looking a statement up in the cache
    // hashes its text, a cost per quote otherwise.
    let mut insert = connection.prepare_cached(INSERT_QUOTE)?;
    let mut insert_whole = connection.prepare_cached(INSERT_QUOTE_WHOLE)?;
    for (quote, columns) in record.quotes.iter().zip(&prepared.quotes) {
        let speaker = &quote.speaker;
        let speaker_entity_id =
            global_entity(connection, memo, global_ids, speaker.entity.as_ref(), columns.speaker_names.as_ref())?;
        let values: [&dyn ToSql; 20] = [
            &document_rowid,
            &quote.id,
            &quote.kind.as_str(),
            &speaker_entity_id,
            &speaker.entity,
            &speaker.name,
            &speaker.mention.as_ref().map(|span| span.text.as_str()),
            &speaker.mention.as_ref().map(|span| span.start as i64),
            &speaker.mention.as_ref().map(|span| span.end as i64),
            &quote.cue.as_ref().map(|span| span.text.as_str()),
            &quote.cue.as_ref().map(|span| span.start as i64),
            &quote.cue.as_ref().map(|span| span.end as i64),
            &quote.text,
            &columns.content_json,
            &columns.extent.map(|(start, _)| start as i64),
            &columns.extent.map(|(_, end)| end as i64),
            &columns.sentence,
            &(columns.sentence_start as i64),
            &(columns.sentence_end as i64),
            &record.date,
        ];
        if quote.date.is_none() && quote.addressee.is_none() && quote.channel.is_none() && quote.place.is_none() {
            insert.execute(&values[..])?;
            continue;
        }
        let addressee = quote.addressee.as_ref();
        let addressee_entity_id = match addressee {
            Some(addressee) => global_entity(
                connection,
                memo,
                global_ids,
                addressee.entity.as_ref(),
                columns.addressee_names.as_ref(),
            )?,
            None => None,
        };
        let addressee_mention = addressee.and_then(|addressee| addressee.mention.as_ref());
        let channel = quote.channel.as_ref();
        let channel_mention = channel.and_then(|channel| channel.mention.as_ref());
        // A place is one of the record's entities or nothing: the analysis
        // names it by id, never by a name of its own.
        let place_entity_id = quote.place.as_ref().and_then(|local_id| global_ids.get(local_id));
        let said: [&dyn ToSql; 14] = [
            &quote.date,
            &addressee_entity_id,
            &addressee.and_then(|addressee| addressee.entity.as_deref()),
            &addressee.and_then(|addressee| addressee.name.as_deref()),
            &addressee_mention.map(|span| span.text.as_str()),
            &addressee_mention.map(|span| span.start as i64),
            &addressee_mention.map(|span| span.end as i64),
            &channel.map(|channel| channel.kind.as_str()),
            &channel.and_then(|channel| channel.name.as_deref()),
            &channel_mention.map(|span| span.text.as_str()),
            &channel_mention.map(|span| span.start as i64),
            &channel_mention.map(|span| span.end as i64),
            &quote.place,
            &place_entity_id,
        ];
        insert_whole.execute(params_from_iter(values.iter().chain(&said)))?;
    }
    Ok(record.quotes.len())
}

/// The global entity of a quote's speaker or addressee: its record entity's,
/// or, for one the record names without an entity (`names`, prepared only
/// then), the entity its name resolves to.
fn global_entity(
    connection: &Connection,
    memo: &mut IdentityMemo,
    global_ids: &GlobalIds,
    local_id: Option<&String>,
    names: Option<&crate::entity_names::EntityNames>,
) -> Result<Option<i64>, rusqlite::Error> {
    Ok(match (local_id.and_then(|local_id| global_ids.get(local_id)), names) {
        (Some(entity_id), _) => Some(*entity_id),
        (None, Some(names)) => Some(identity::resolve_entity(connection, memo, names)?),
        (None, None) => None,
    })
}

fn write_times_and_events(
    connection: &Connection,
    document_rowid: i64,
    record: &Record,
    text_length: usize,
    global_ids: &GlobalIds,
) -> Result<(), rusqlite::Error> {
    let mut time = connection.prepare_cached(
        "INSERT INTO times (document_rowid, start, \"end\", text, value, type) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for expression in &record.times {
        let (start, end) = clamp_span(text_length, expression.start, expression.end);
        let kind = expression.kind.map(TimeType::as_str);
        time.execute(params![document_rowid, start as i64, end as i64, expression.text, expression.value, kind])?;
    }
    let mut event = connection.prepare_cached(
        "INSERT INTO events (document_rowid, kind, cue, cue_start, cue_end, date, place_local_id, place_entity_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut participant = connection.prepare_cached(
        "INSERT INTO event_participants (event_id, position, local_entity_id, entity_id)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    for reported in &record.events {
        let (start, end) = clamp_span(text_length, reported.cue.start, reported.cue.end);
        event.execute(params![
            document_rowid,
            reported.kind.as_str(),
            reported.cue.text,
            start as i64,
            end as i64,
            reported.date,
            reported.place,
            reported.place.as_ref().and_then(|local_id| global_ids.get(local_id)),
        ])?;
        let event_id = connection.last_insert_rowid();
        for (position, local_id) in reported.participants.iter().enumerate() {
            participant.execute(params![event_id, position as i64, local_id, global_ids.get(local_id)])?;
        }
    }
    Ok(())
}
