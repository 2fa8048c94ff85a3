//! The SQL that defines the store's tables, one constant per schema version.
//!
//! In: nothing. Out: DDL strings that `migrate.rs` runs in order. The tables
//! are plain (text, integers, no custom functions) so that `sqlite3`,
//! Datasette and DuckDB can read the file; `SCHEMA.md` beside the crate
//! describes every column. Once a version is released its constant never
//! changes: later versions add a new constant.

/// Marks a file as a readout database (`PRAGMA application_id`), "RDOT".
pub const APPLICATION_ID: i64 = 0x5244_4f54;

/// Version 1: documents, global entities and aliases, per-document entity
/// links, mentions, quotes, times, events, user identity rules and the FTS5
/// indexes kept in step by triggers.
pub const SCHEMA_VERSION_1: &str = r#"
CREATE TABLE documents (
    rowid        INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    source       TEXT NOT NULL,
    title        TEXT,
    date         TEXT,
    text         TEXT NOT NULL,
    text_hash    TEXT NOT NULL,
    record_hash  TEXT NOT NULL,
    boilerplate  TEXT NOT NULL DEFAULT '[]',
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE entities (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place', 'other')),
    name_key     TEXT NOT NULL,
    given_key    TEXT,
    surname_key  TEXT,
    suffix_key   TEXT
);
CREATE INDEX entities_kind_name_key ON entities(kind, name_key);
CREATE INDEX entities_kind_surname ON entities(kind, surname_key);

CREATE TABLE aliases (
    entity_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias        TEXT NOT NULL,
    alias_key    TEXT NOT NULL,
    given_key    TEXT,
    surname_key  TEXT,
    suffix_key   TEXT,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX aliases_alias_key ON aliases(alias_key);
CREATE INDEX aliases_surname ON aliases(surname_key);

CREATE TABLE identity_rules (
    id           INTEGER PRIMARY KEY,
    rule         TEXT NOT NULL CHECK (rule IN ('merge', 'split')),
    entity_id    INTEGER NOT NULL,
    alias        TEXT NOT NULL,
    alias_key    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    UNIQUE (rule, entity_id, alias_key)
);
CREATE INDEX identity_rules_alias_key ON identity_rules(alias_key);

CREATE TABLE document_entities (
    document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    local_id     TEXT NOT NULL,
    entity_id    INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    PRIMARY KEY (document_rowid, local_id)
);
CREATE INDEX document_entities_entity ON document_entities(entity_id);

CREATE TABLE mentions (
    document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    local_entity_id TEXT NOT NULL,
    entity_id    INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_rowid);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    rowid        INTEGER PRIMARY KEY,
    document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    quote_id     TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('direct', 'mixed', 'indirect')),
    speaker_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    speaker_local_id TEXT,
    speaker_name TEXT,
    speaker_mention TEXT,
    speaker_mention_start INTEGER,
    speaker_mention_end INTEGER,
    cue          TEXT,
    cue_start    INTEGER,
    cue_end      INTEGER,
    text         TEXT NOT NULL,
    content      TEXT NOT NULL DEFAULT '[]',
    start        INTEGER,
    "end"        INTEGER,
    sentence     TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    date         TEXT
);
CREATE INDEX quotes_document ON quotes(document_rowid);
CREATE INDEX quotes_speaker_date ON quotes(speaker_entity_id, date);
CREATE INDEX quotes_date ON quotes(date);

CREATE TABLE times (
    document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT NOT NULL,
    value        TEXT NOT NULL
);
CREATE INDEX times_document ON times(document_rowid);

CREATE TABLE events (
    id           INTEGER PRIMARY KEY,
    document_rowid INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    cue          TEXT NOT NULL,
    cue_start    INTEGER NOT NULL,
    cue_end      INTEGER NOT NULL,
    date         TEXT
);
CREATE INDEX events_document ON events(document_rowid);
CREATE INDEX events_kind ON events(kind);

CREATE TABLE event_participants (
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    local_entity_id TEXT NOT NULL,
    entity_id    INTEGER REFERENCES entities(id) ON DELETE SET NULL,
    PRIMARY KEY (event_id, position)
);
CREATE INDEX event_participants_entity ON event_participants(entity_id);

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, speaker_mention,
    content = 'quotes', content_rowid = 'rowid'
);
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_mention)
    VALUES (new.rowid, new.text, new.speaker_name, new.speaker_mention);
END;
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name, speaker_mention)
    VALUES ('delete', old.rowid, old.text, old.speaker_name, old.speaker_mention);
END;
CREATE TRIGGER quotes_fts_update AFTER UPDATE OF text, speaker_name, speaker_mention ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name, speaker_mention)
    VALUES ('delete', old.rowid, old.text, old.speaker_name, old.speaker_mention);
    INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_mention)
    VALUES (new.rowid, new.text, new.speaker_name, new.speaker_mention);
END;

-- Documents per indexed word: lets a query guess how many quotes a word
-- matches before choosing its plan.
CREATE VIRTUAL TABLE quotes_fts_terms USING fts5vocab(quotes_fts, 'row');

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'rowid'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
"#;

/// Version 2: a second, contentless full-text index over quote text whose
/// rowid is the quote's date and rowid packed into one integer
/// (`YYYYMMDD << 32 | quotes.rowid`, missing date parts as 00, no date as
/// 0), so a full-text query can walk its matches newest first, start at a
/// date bound and stop at the page's end; and an index on given names, for
/// a first name used alone.
pub const SCHEMA_VERSION_2: &str = r#"
CREATE INDEX entities_given ON entities(given_key);

CREATE VIRTUAL TABLE quotes_fts_by_date USING fts5(text, content = '');
INSERT INTO quotes_fts_by_date(rowid, text)
    SELECT (CAST(substr(replace(substr(coalesce(date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
           | rowid, text
    FROM quotes;
CREATE TRIGGER quotes_fts_by_date_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts_by_date(rowid, text) VALUES (
        (CAST(substr(replace(substr(coalesce(new.date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
        | new.rowid,
        new.text);
END;
CREATE TRIGGER quotes_fts_by_date_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts_by_date(quotes_fts_by_date, rowid, text) VALUES ('delete',
        (CAST(substr(replace(substr(coalesce(old.date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
        | old.rowid,
        old.text);
END;
CREATE TRIGGER quotes_fts_by_date_update AFTER UPDATE OF text, date ON quotes BEGIN
    INSERT INTO quotes_fts_by_date(quotes_fts_by_date, rowid, text) VALUES ('delete',
        (CAST(substr(replace(substr(coalesce(old.date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
        | old.rowid,
        old.text);
    INSERT INTO quotes_fts_by_date(rowid, text) VALUES (
        (CAST(substr(replace(substr(coalesce(new.date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
        | new.rowid,
        new.text);
END;
"#;

/// Version 3: ingest fills the full-text indexes itself, one statement per
/// index per batch, instead of insert triggers firing once per row. FTS5
/// flushes its pending terms to disk at every statement's savepoint, so
/// per-row triggers wrote thousands of tiny segments and merged them again,
/// most of an ingest's time. Deletes and updates keep their triggers (they
/// are rare: replaced documents, entity merges). The date-keyed index
/// becomes `quotes_by_date_fts(text, speaker)`: `speaker` holds the token
/// `s<entity id>` of the quote's global speaker, so a full-text query for one
/// speaker also walks its matches newest first and stops at the page's end.
pub const SCHEMA_VERSION_3: &str = r#"
DROP TRIGGER quotes_fts_insert;
DROP TRIGGER documents_fts_insert;
DROP TRIGGER quotes_fts_by_date_insert;
DROP TRIGGER quotes_fts_by_date_delete;
DROP TRIGGER quotes_fts_by_date_update;
DROP TABLE quotes_fts_by_date;

CREATE VIRTUAL TABLE quotes_by_date_fts USING fts5(text, speaker, content = '');
INSERT INTO quotes_by_date_fts(rowid, text, speaker)
    SELECT (CAST(substr(replace(substr(coalesce(date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
           | rowid, text, coalesce('s' || speaker_entity_id, '')
    FROM quotes;
CREATE TRIGGER quotes_by_date_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_by_date_fts(quotes_by_date_fts, rowid, text, speaker) VALUES ('delete',
        (CAST(substr(replace(substr(coalesce(old.date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
        | old.rowid,
        old.text, coalesce('s' || old.speaker_entity_id, ''));
END;
CREATE TRIGGER quotes_by_date_fts_update AFTER UPDATE OF text, date, speaker_entity_id ON quotes BEGIN
    INSERT INTO quotes_by_date_fts(quotes_by_date_fts, rowid, text, speaker) VALUES ('delete',
        (CAST(substr(replace(substr(coalesce(old.date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
        | old.rowid,
        old.text, coalesce('s' || old.speaker_entity_id, ''));
    INSERT INTO quotes_by_date_fts(rowid, text, speaker) VALUES (
        (CAST(substr(replace(substr(coalesce(new.date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32)
        | new.rowid,
        new.text, coalesce('s' || new.speaker_entity_id, ''));
END;
"#;

/// What ingest runs once per batch, after writing its documents, to index
/// them: in each statement `?1` is a JSON array of the new documents'
/// rowids. (Since schema 3 there are no insert triggers; see
/// [`SCHEMA_VERSION_3`]. These are the two indexes of schema 5 and later.)
///
/// Quotes go in sorted by their `quotes_fts` rowid: FTS5 writes out a
/// segment whenever a rowid comes below the last one, and `date_key` leads
/// with the date, so a batch of articles in no date order became a segment
/// per article or two, merged again later (6.6% more writer instructions on
/// PolNeAR with its file-name dates; `quotes_out_of_date_order_make_one_full_text_segment_per_batch`).
pub const INDEX_NEW_DOCUMENTS: &[&str] = &[
    "INSERT INTO documents_fts(rowid, title, text)
     SELECT rowid, title, text FROM documents WHERE rowid IN (SELECT value FROM json_each(?1))",
    "INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_mention, speaker_token)
     SELECT date_key, text, speaker_name, speaker_mention, speaker_token FROM quotes
     WHERE document_rowid IN (SELECT value FROM json_each(?1)) ORDER BY date_key",
];

/// Version 4: each full-text index gathers up to 16 MiB of new terms in
/// memory before writing a segment (FTS5's `hashsize`, 1 MiB by default).
/// Ingest indexes a batch of a few hundred articles in one statement; with
/// the default, each batch became several small segments that FTS5 then
/// merged again. No table changes.
pub const SCHEMA_VERSION_4: &str = r#"
INSERT INTO documents_fts(documents_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO quotes_by_date_fts(quotes_by_date_fts, rank) VALUES ('hashsize', 16777216);
"#;

/// Version 5: fewer rows and one quote index fewer for ingest to write.
///
/// - A document entity's mentions live in one JSON column of
///   `document_entities` (`[{"start", "end", "text"}, ...]`, as
///   `quotes.content`) instead of a row each. The `mentions` table was the
///   largest in the file (eight rows per quote) and writing it, with its
///   two indexes, was a fifth of ingest's time; nothing queried it but the
///   record it came from. `mentions` stays, as a view with the old columns,
///   so SQL written against it keeps working; its `entity_id` now always
///   follows `document_entities`, so a merge or split moves it without an
///   update of its own.
/// - The two full-text indexes over quote text become one: `quotes_fts`
///   (text, speaker names as written, and the speaker's `s<entity id>`
///   token) is external content over `quotes` keyed by the date-packed
///   rowid, now the generated column `quotes.date_key` (indexed, so FTS5
///   reads a match's columns straight from `quotes`). Queries keep walking
///   matches newest first, `highlight()` and `snippet()` work, and ingest
///   tokenizes each quote once instead of twice.
pub const SCHEMA_VERSION_5: &str = r#"
ALTER TABLE document_entities ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
-- Each entity's lookup below is then one index range (dropped with the table).
CREATE INDEX mentions_by_entity ON mentions(document_rowid, local_entity_id);
UPDATE document_entities SET mentions = (
    SELECT json_group_array(json_object('start', m.start, 'end', m."end", 'text', m.text) ORDER BY m.rowid)
    FROM mentions AS m
    WHERE m.document_rowid = document_entities.document_rowid AND m.local_entity_id = document_entities.local_id
);
DROP TABLE mentions;
CREATE VIEW mentions (document_rowid, local_entity_id, entity_id, start, "end", text) AS
    SELECT document_entities.document_rowid, document_entities.local_id, document_entities.entity_id,
           json_extract(mention.value, '$.start'), json_extract(mention.value, '$.end'),
           json_extract(mention.value, '$.text')
    FROM document_entities, json_each(document_entities.mentions) AS mention;

DROP TRIGGER quotes_fts_delete;
DROP TRIGGER quotes_fts_update;
DROP TRIGGER quotes_by_date_fts_delete;
DROP TRIGGER quotes_by_date_fts_update;
DROP TABLE quotes_fts_terms;
DROP TABLE quotes_fts;
DROP TABLE quotes_by_date_fts;
ALTER TABLE quotes ADD COLUMN date_key INTEGER GENERATED ALWAYS AS (
    (CAST(substr(replace(substr(coalesce(date, ''), 1, 10), '-', '') || '00000000', 1, 8) AS INTEGER) << 32) | rowid
) VIRTUAL;
ALTER TABLE quotes ADD COLUMN speaker_token TEXT GENERATED ALWAYS AS (coalesce('s' || speaker_entity_id, '')) VIRTUAL;
CREATE INDEX quotes_date_key ON quotes(date_key);
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, speaker_mention, speaker_token,
    content = 'quotes', content_rowid = 'date_key'
);
INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE quotes_fts_terms USING fts5vocab(quotes_fts, 'row');
CREATE TRIGGER quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name, speaker_mention, speaker_token)
    VALUES ('delete', old.date_key, old.text, old.speaker_name, old.speaker_mention, old.speaker_token);
END;
CREATE TRIGGER quotes_fts_update
AFTER UPDATE OF text, date, speaker_entity_id, speaker_name, speaker_mention ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker_name, speaker_mention, speaker_token)
    VALUES ('delete', old.date_key, old.text, old.speaker_name, old.speaker_mention, old.speaker_token);
    INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_mention, speaker_token)
    VALUES (new.date_key, new.text, new.speaker_name, new.speaker_mention, new.speaker_token);
END;
"#;

/// Version 6: less for ingest to write, the same answers.
///
/// - Both full-text indexes are rebuilt with `columnsize=0`: FTS5 no
///   longer keeps a `<index>_docsize` row per document and quote. Only
///   `bm25()` ranking reads those sizes (readout's queries walk matches in
///   date order and never rank); without them FTS5 counts the tokens of
///   the rows it ranks instead, so ranking still works, more slowly.
/// - `quotes_date` goes: `quotes_date_key` orders quotes by date as well
///   (dates are `YYYY-MM-DD`, so `date_key` sorts as `date, rowid`), and
///   queries without a speaker now walk that index.
///
/// Together 4.7% fewer writer instructions on PolNeAR
/// (`examples/ingest_jsonl.rs`). Larger segment leaves (`pgsz` near the
/// 16 KiB page) saved 2% more but made full-text queries on a million
/// quotes 30–80% slower, so the leaves keep FTS5's default size.
pub const SCHEMA_VERSION_6: &str = r#"
DROP INDEX quotes_date;

DROP TABLE quotes_fts_terms;
DROP TABLE quotes_fts;
CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, speaker_name, speaker_mention, speaker_token,
    content = 'quotes', content_rowid = 'date_key', columnsize = 0
);
INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE quotes_fts_terms USING fts5vocab(quotes_fts, 'row');

DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'rowid', columnsize = 0
);
INSERT INTO documents_fts(documents_fts, rank) VALUES ('hashsize', 16777216);
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
"#;

/// Version 7: the whole statement (issue 19). A quote keeps when its words
/// were said (`said_date`, a TIMEX3 value; `date` stays the document's, for
/// ordering), to whom (`addressee_*`, stored as the speaker is: the record's
/// entity id, the global entity, the name and the words at that place),
/// through what (`channel`, `channel_name`, `channel_mention*`) and where
/// (`place_local_id`, `place_entity_id`); an event keeps where it happened;
/// a time expression keeps its TimeML type (`type`: date, time, duration,
/// set; null for records written before readout wrote it).
///
/// Only columns are added, all null for the rows already stored, so the
/// migration rewrites nothing and an old file upgrades in a moment. The
/// channel kind has no `CHECK`: SQLite cannot change one without rebuilding
/// the table, and the record's list of channels may grow. The addressee
/// index is partial: most quotes name no addressee, so ingest writes an
/// entry only for those that do, and `readout quotes --to` still finds them
/// by entity. The full-text index is unchanged: an addressee is found by
/// entity, or by the words of its name as written (`query.rs`).
pub const SCHEMA_VERSION_7: &str = r#"
ALTER TABLE quotes ADD COLUMN said_date TEXT;
ALTER TABLE quotes ADD COLUMN addressee_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;
ALTER TABLE quotes ADD COLUMN addressee_local_id TEXT;
ALTER TABLE quotes ADD COLUMN addressee_name TEXT;
ALTER TABLE quotes ADD COLUMN addressee_mention TEXT;
ALTER TABLE quotes ADD COLUMN addressee_mention_start INTEGER;
ALTER TABLE quotes ADD COLUMN addressee_mention_end INTEGER;
ALTER TABLE quotes ADD COLUMN channel TEXT;
ALTER TABLE quotes ADD COLUMN channel_name TEXT;
ALTER TABLE quotes ADD COLUMN channel_mention TEXT;
ALTER TABLE quotes ADD COLUMN channel_mention_start INTEGER;
ALTER TABLE quotes ADD COLUMN channel_mention_end INTEGER;
ALTER TABLE quotes ADD COLUMN place_local_id TEXT;
ALTER TABLE quotes ADD COLUMN place_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;
CREATE INDEX quotes_addressee ON quotes(addressee_entity_id) WHERE addressee_entity_id IS NOT NULL;

ALTER TABLE events ADD COLUMN place_local_id TEXT;
ALTER TABLE events ADD COLUMN place_entity_id INTEGER REFERENCES entities(id) ON DELETE SET NULL;

ALTER TABLE times ADD COLUMN type TEXT;
"#;

/// Each released schema, in order: index 0 is version 1.
pub const MIGRATIONS: &[&str] = &[
    SCHEMA_VERSION_1,
    SCHEMA_VERSION_2,
    SCHEMA_VERSION_3,
    SCHEMA_VERSION_4,
    SCHEMA_VERSION_5,
    SCHEMA_VERSION_6,
    SCHEMA_VERSION_7,
];

/// The version a freshly opened store ends up at.
pub const CURRENT_SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_migration_runs_on_an_empty_database() {
        let connection = rusqlite::Connection::open_in_memory().unwrap();
        for migration in MIGRATIONS {
            connection.execute_batch(migration).unwrap();
        }
        let fts_tables: i64 = connection
            .query_row("SELECT count(*) FROM sqlite_master WHERE name IN ('quotes_fts', 'documents_fts')", [], |row| {
                row.get(0)
            })
            .unwrap();
        assert_eq!(fts_tables, 2);
    }
}
