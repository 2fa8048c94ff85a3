//! Reading the store: quotes, speakers, timelines, events, documents.
//!
//! In: a query struct or a name, typed by a user. Out: plain row structs
//! (serde-serialisable, for the CLI's table, JSON and CSV output). Every
//! value a user supplies goes in as a bound parameter; only fixed fragments
//! of SQL are assembled. Full-text search goes through the FTS5 index, with
//! the user's words quoted so that punctuation cannot break the query.

use std::collections::BTreeMap;

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};
use serde::Serialize;

use readout_record::{Entity, Event, EventKind, QuoteKind, Record, Span, Speaker, TimeExpression};

use crate::identity::{self, parse_kind};
use crate::{Store, StoreError};

/// What to look for with [`Store::quotes`]; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct QuoteQuery {
    /// A speaker's name as a user would type it ("Starmer", "Sir Keir").
    pub speaker: Option<String>,
    /// Words the quote text must contain (full-text, all words, any order;
    /// a trailing `*` makes a word a prefix).
    pub about: Option<String>,
    /// Earliest document date, `YYYY-MM-DD` (inclusive).
    pub since: Option<String>,
    /// Latest document date, `YYYY-MM-DD` (inclusive).
    pub until: Option<String>,
    pub kind: Option<QuoteKind>,
    /// Substring of the source, or a pattern with `*` wildcards.
    pub source_pattern: Option<String>,
    /// At most this many rows; 100 when unset.
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// One quote with what a reader needs to judge it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    pub quote_rowid: i64,
    pub document_id: String,
    pub quote_id: String,
    pub kind: String,
    pub speaker_entity_id: Option<i64>,
    /// The global entity's name, else the record's speaker name or mention.
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub cue: Option<String>,
    pub date: Option<String>,
    pub source: String,
    pub title: Option<String>,
    pub text: String,
    /// The sentence (or sentences) the quote sits in.
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SpeakerRow {
    pub entity_id: i64,
    pub name: String,
    pub kind: String,
    pub quotes: i64,
    pub documents: i64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntityRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub documents: i64,
    pub quotes: i64,
}

/// One dated thing a person said or took part in.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimelineEntry {
    pub date: Option<String>,
    /// `quote`, or the event kind (`communication`, `meeting`, `visit`).
    pub entry: String,
    pub entity_id: i64,
    pub name: String,
    /// The quote text, or the event cue with its participants.
    pub text: String,
    pub document_id: String,
    pub source: String,
}

#[derive(Debug, Clone, Default)]
pub struct EventQuery {
    /// A participant's name.
    pub with: Option<String>,
    pub kind: Option<EventKind>,
    pub limit: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRow {
    pub event_id: i64,
    pub kind: String,
    pub cue: String,
    /// The event's own date, else its document's.
    pub date: Option<String>,
    pub participants: Vec<String>,
    pub document_id: String,
    pub source: String,
}

/// A stored document as a record again, with its links to global entities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentView {
    pub record: Record,
    /// Document entity id to global entity id.
    pub global_entity_ids: BTreeMap<String, i64>,
}

const DEFAULT_LIMIT: usize = 100;

/// Who a quote query asks for.
enum SpeakerFilter {
    Anyone,
    /// Global entities the typed name resolved to.
    Entities(Vec<i64>),
    /// No entity answers to the name: an FTS expression over the speaker
    /// names and mentions as written.
    Written(String),
}

/// Turns user words into an FTS5 expression: each word a quoted phrase,
/// all required. `word*` stays a prefix search.
pub(crate) fn fts_expression(text: &str) -> Option<String> {
    let phrases: Vec<String> = text
        .split_whitespace()
        .filter_map(|word| {
            let (word, prefix) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (word, false),
            };
            if !word.chars().any(char::is_alphanumeric) {
                return None;
            }
            let quoted = format!("\"{}\"", word.replace('"', "\"\""));
            Some(if prefix { format!("{quoted} *") } else { quoted })
        })
        .collect();
    (!phrases.is_empty()).then(|| phrases.join(" "))
}

/// `YYYY-MM-DD` (or a prefix) as the number `YYYYMMDD`, missing parts
/// filled with `fill`; as the schema's `quotes.date_key` computes it.
/// `None` for anything that is not an ISO date prefix.
fn date_number(date: &str, fill: char) -> Option<i64> {
    let digits: String = date.chars().take(10).filter(|character| *character != '-').collect();
    if digits.is_empty() || digits.len() > 8 || !digits.chars().all(|character| character.is_ascii_digit()) {
        return None;
    }
    let padded: String = digits.chars().chain(std::iter::repeat(fill)).take(8).collect();
    padded.parse().ok()
}

/// The `quotes_fts` rowid (`quotes.date_key`) range, `[low, high)`, that
/// holds every quote dated `since` or later and `until` or earlier; the
/// exact date conditions still apply on top.
fn date_key_bounds(since: Option<&str>, until: Option<&str>) -> (i64, i64) {
    let low = since.and_then(|since| date_number(since, '0')).map_or(0, |number| number << 32);
    let high = until.and_then(|until| date_number(until, '9')).map_or(i64::MAX, |number| (number + 1) << 32);
    (low, high)
}

fn like_pattern(pattern: &str) -> String {
    let escaped = pattern.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    if escaped.contains('*') {
        escaped.replace('*', "%")
    } else {
        format!("%{escaped}%")
    }
}

pub(crate) fn quote_row(row: &Row<'_>) -> Result<QuoteRow, rusqlite::Error> {
    Ok(QuoteRow {
        quote_rowid: row.get(0)?,
        document_id: row.get(1)?,
        quote_id: row.get(2)?,
        kind: row.get(3)?,
        speaker_entity_id: row.get(4)?,
        speaker: row.get(5)?,
        speaker_mention: row.get(6)?,
        cue: row.get(7)?,
        date: row.get(8)?,
        source: row.get(9)?,
        title: row.get(10)?,
        text: row.get(11)?,
        sentence: row.get(12)?,
    })
}

impl Store {
    /// Quotes matching every given filter, newest first.
    pub fn quotes(&self, query: &QuoteQuery) -> Result<Vec<QuoteRow>, StoreError> {
        let speaker = match query.speaker.as_deref().map(str::trim).filter(|name| !name.is_empty()) {
            None => SpeakerFilter::Anyone,
            Some(name) => {
                let ids = identity::entity_ids_for_name(&self.connection, name).map_err(|error| self.error(error))?;
                if !ids.is_empty() {
                    SpeakerFilter::Entities(ids)
                } else {
                    // No known entity: fall back to the speaker text as written.
                    match fts_expression(name) {
                        Some(expression) => SpeakerFilter::Written(expression),
                        None => return Ok(Vec::new()),
                    }
                }
            }
        };
        let about = match query.about.as_deref() {
            Some(about) => match fts_expression(about) {
                Some(expression) => Some(expression),
                None => return Ok(Vec::new()),
            },
            None => None,
        };

        // Plans, by what the query has. Costs measured on a million quotes:
        // sorting matches by date ~1.2 us per match, so a plan that walks
        // rows already in date order and stops at the page's end wins for
        // any common word.
        // - words: walk `quotes_fts`, whose rowids (`quotes.date_key`,
        //   schema 5) sort by date, newest first from the `until` bound down
        //   to the `since` bound; a known speaker is one more term of the
        //   same full-text query (`s<entity id>`), a speaker known only as
        //   written is a match in the speaker-name columns, so FTS5
        //   intersects the posting lists as it walks;
        // - no words, a known speaker: the quotes table through its
        //   (speaker, date) index;
        // - no words otherwise: the quotes table through its `date_key`
        //   index (schema 6), in date order, between the same bounds as the
        //   full-text walk.
        let mut conditions: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let mut order_clause = "ORDER BY q.date_key DESC";
        let mut walks_in_date_order = false;
        // Whether the plan walks `quotes.date_key` (no words, no known speaker).
        let mut bounds_by_date_key = true;
        let from_clause = match (&about, &speaker) {
            (Some(about), speaker) => {
                let mut expression = format!("{{text}} : ({about})");
                match speaker {
                    SpeakerFilter::Anyone => {}
                    SpeakerFilter::Entities(ids) => {
                        let tokens: Vec<String> = ids.iter().map(|id| format!("\"s{id}\"")).collect();
                        expression.push_str(&format!(" AND {{speaker_token}} : ({})", tokens.join(" OR ")));
                    }
                    SpeakerFilter::Written(written) => {
                        expression.push_str(&format!(" AND {{speaker_name speaker_mention}} : ({written})"));
                    }
                }
                let (low, high) = date_key_bounds(query.since.as_deref(), query.until.as_deref());
                conditions.extend(["quotes_fts MATCH ?", "f.rowid >= ?", "f.rowid < ?"]);
                values.extend([Value::Text(expression), Value::Integer(low), Value::Integer(high)]);
                order_clause = "ORDER BY f.rowid DESC";
                walks_in_date_order = true;
                "FROM quotes_fts f CROSS JOIN quotes q ON q.rowid = (f.rowid & 4294967295)"
            }
            (None, SpeakerFilter::Entities(ids)) => {
                conditions.push("q.speaker_entity_id IN (SELECT value FROM json_each(?))");
                values.push(Value::Text(serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())));
                order_clause = "ORDER BY q.date DESC, q.rowid DESC";
                bounds_by_date_key = false;
                "FROM quotes q"
            }
            (None, SpeakerFilter::Written(written)) => {
                conditions.push("q.rowid IN (SELECT rowid & 4294967295 FROM quotes_fts WHERE quotes_fts MATCH ?)");
                values.push(Value::Text(format!("{{speaker_name speaker_mention}} : ({written})")));
                "FROM quotes q"
            }
            (None, SpeakerFilter::Anyone) => "FROM quotes q",
        };
        if about.is_none() && bounds_by_date_key {
            let (low, high) = date_key_bounds(query.since.as_deref(), query.until.as_deref());
            conditions.extend(["q.date_key >= ?", "q.date_key < ?"]);
            values.extend([Value::Integer(low), Value::Integer(high)]);
        }
        if let Some(since) = &query.since {
            conditions.push("q.date >= ?");
            values.push(Value::Text(since.clone()));
        }
        if let Some(until) = &query.until {
            // A bare year or month still includes its last day.
            conditions.push("q.date <= ?");
            values.push(Value::Text(format!("{until}\u{10FFFF}")));
        }
        if let Some(kind) = query.kind {
            conditions.push("q.kind = ?");
            values.push(Value::Text(kind.as_str().to_string()));
        }
        if let Some(pattern) = &query.source_pattern {
            // A walk in date order stops at the page's end, so testing each
            // row it meets is cheap; otherwise every document is tested once.
            conditions.push(if walks_in_date_order {
                "(SELECT source FROM documents WHERE rowid = q.document_rowid) LIKE ? ESCAPE '\\'"
            } else {
                "q.document_rowid IN (SELECT rowid FROM documents WHERE source LIKE ? ESCAPE '\\')"
            });
            values.push(Value::Text(like_pattern(pattern)));
        }
        let where_clause =
            if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
        values.push(Value::Integer(query.limit.unwrap_or(DEFAULT_LIMIT) as i64));
        values.push(Value::Integer(query.offset.unwrap_or(0) as i64));
        // Pick the page by rowid first, then read the wide columns for those
        // rows only.
        let sql = format!(
            "SELECT q.rowid, d.id, q.quote_id, q.kind, q.speaker_entity_id,
                    coalesce(e.name, q.speaker_name, q.speaker_mention), q.speaker_mention, q.cue,
                    q.date, d.source, d.title, q.text, q.sentence
             FROM (SELECT q.rowid AS quote_rowid {from_clause} {where_clause}
                   {order_clause} LIMIT ? OFFSET ?) page
             CROSS JOIN quotes q ON q.rowid = page.quote_rowid
             JOIN documents d ON d.rowid = q.document_rowid
             LEFT JOIN entities e ON e.id = q.speaker_entity_id
             ORDER BY q.date DESC, q.rowid DESC"
        );
        let mut statement = self.connection.prepare_cached(&sql).map_err(|error| self.error(error))?;
        let rows = statement
            .query_map(params_from_iter(values), quote_row)
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| self.error(error))?;
        Ok(rows)
    }

    /// Everyone quoted at least once, most quoted first; with a `limit`,
    /// only the first `limit` of them.
    pub fn speakers(&self, limit: Option<usize>) -> Result<Vec<SpeakerRow>, StoreError> {
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT e.id, e.name, e.kind, s.quotes, s.documents, s.first_seen, s.last_seen
                 FROM (SELECT speaker_entity_id, count(*) AS quotes,
                              count(DISTINCT document_rowid) AS documents,
                              min(date) AS first_seen, max(date) AS last_seen
                       FROM quotes WHERE speaker_entity_id IS NOT NULL
                       GROUP BY speaker_entity_id) s
                 JOIN entities e ON e.id = s.speaker_entity_id
                 ORDER BY s.quotes DESC, e.name
                 LIMIT ?1",
            )
            .map_err(|error| self.error(error))?;
        // SQLite reads a negative limit as no limit.
        let limit = limit.map_or(-1, |limit| i64::try_from(limit).unwrap_or(i64::MAX));
        let rows = statement
            .query_map([limit], |row| {
                Ok(SpeakerRow {
                    entity_id: row.get(0)?,
                    name: row.get(1)?,
                    kind: row.get(2)?,
                    quotes: row.get(3)?,
                    documents: row.get(4)?,
                    first_seen: row.get(5)?,
                    last_seen: row.get(6)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| self.error(error))?;
        Ok(rows)
    }

    /// Global entities whose name or alias matches `name` (all when `None`),
    /// with their aliases and how often they appear.
    pub fn entities(&self, name: Option<&str>) -> Result<Vec<EntityRow>, StoreError> {
        let ids: Option<Vec<i64>> = match name {
            Some(name) => {
                Some(identity::entity_ids_for_name(&self.connection, name).map_err(|error| self.error(error))?)
            }
            None => None,
        };
        let filter = ids.as_ref().map(|ids| serde_json::to_string(ids).unwrap_or_else(|_| "[]".into()));
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT e.id, e.name, e.kind,
                        (SELECT json_group_array(alias ORDER BY alias) FROM aliases WHERE entity_id = e.id),
                        (SELECT count(DISTINCT document_rowid) FROM document_entities WHERE entity_id = e.id),
                        (SELECT count(*) FROM quotes WHERE speaker_entity_id = e.id)
                 FROM entities e
                 WHERE ?1 IS NULL OR e.id IN (SELECT value FROM json_each(?1))
                 ORDER BY e.id",
            )
            .map_err(|error| self.error(error))?;
        let rows = statement
            .query_map([filter], |row| {
                let aliases: String = row.get(3)?;
                Ok(EntityRow {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    kind: row.get(2)?,
                    aliases: serde_json::from_str(&aliases).unwrap_or_default(),
                    documents: row.get(4)?,
                    quotes: row.get(5)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| self.error(error))?;
        Ok(rows)
    }

    /// What the named person said and took part in, oldest first.
    pub fn timeline(&self, name: &str) -> Result<Vec<TimelineEntry>, StoreError> {
        let ids = identity::entity_ids_for_name(&self.connection, name).map_err(|error| self.error(error))?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let ids = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into());
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT q.date, 'quote', e.id, e.name, q.text, d.id, d.source, q.rowid
                 FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id
                 JOIN documents d ON d.rowid = q.document_rowid
                 WHERE q.speaker_entity_id IN (SELECT value FROM json_each(?1))
                 UNION ALL
                 SELECT coalesce(v.date, d.date), v.kind, e.id, e.name,
                        v.cue || ': ' || (SELECT group_concat(coalesce(pe.name, p.local_entity_id), ', ')
                                          FROM event_participants p LEFT JOIN entities pe ON pe.id = p.entity_id
                                          WHERE p.event_id = v.id),
                        d.id, d.source, v.id
                 FROM event_participants ep JOIN events v ON v.id = ep.event_id
                 JOIN entities e ON e.id = ep.entity_id
                 JOIN documents d ON d.rowid = v.document_rowid
                 WHERE ep.entity_id IN (SELECT value FROM json_each(?1))
                 ORDER BY 1, 8",
            )
            .map_err(|error| self.error(error))?;
        let rows = statement
            .query_map([ids], |row| {
                Ok(TimelineEntry {
                    date: row.get(0)?,
                    entry: row.get(1)?,
                    entity_id: row.get(2)?,
                    name: row.get(3)?,
                    text: row.get::<_, Option<String>>(4)?.unwrap_or_default(),
                    document_id: row.get(5)?,
                    source: row.get(6)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| self.error(error))?;
        Ok(rows)
    }

    /// Reported interactions, filtered by participant and kind, newest first.
    pub fn events(&self, query: &EventQuery) -> Result<Vec<EventRow>, StoreError> {
        let ids = match query.with.as_deref() {
            Some(name) => {
                let ids = identity::entity_ids_for_name(&self.connection, name).map_err(|error| self.error(error))?;
                if ids.is_empty() {
                    return Ok(Vec::new());
                }
                Some(serde_json::to_string(&ids).unwrap_or_else(|_| "[]".into()))
            }
            None => None,
        };
        let mut statement = self
            .connection
            .prepare_cached(
                "SELECT v.id, v.kind, v.cue, coalesce(v.date, d.date),
                        (SELECT json_group_array(coalesce(pe.name, p.local_entity_id) ORDER BY p.position)
                         FROM event_participants p LEFT JOIN entities pe ON pe.id = p.entity_id
                         WHERE p.event_id = v.id),
                        d.id, d.source
                 FROM events v JOIN documents d ON d.rowid = v.document_rowid
                 WHERE (?1 IS NULL OR v.id IN (SELECT event_id FROM event_participants
                                               WHERE entity_id IN (SELECT value FROM json_each(?1))))
                   AND (?2 IS NULL OR v.kind = ?2)
                 ORDER BY coalesce(v.date, d.date) DESC, v.id DESC
                 LIMIT ?3",
            )
            .map_err(|error| self.error(error))?;
        let limit = query.limit.unwrap_or(DEFAULT_LIMIT) as i64;
        let rows = statement
            .query_map(params![ids, query.kind.map(EventKind::as_str), limit], |row| {
                let participants: String = row.get(4)?;
                Ok(EventRow {
                    event_id: row.get(0)?,
                    kind: row.get(1)?,
                    cue: row.get(2)?,
                    date: row.get(3)?,
                    participants: serde_json::from_str(&participants).unwrap_or_default(),
                    document_id: row.get(5)?,
                    source: row.get(6)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| self.error(error))?;
        Ok(rows)
    }

    /// One stored document rebuilt as a record (diagnostics are not kept).
    pub fn document(&self, id: &str) -> Result<Option<DocumentView>, StoreError> {
        self.document_inner(id).map_err(|error| self.error(error))
    }

    fn document_inner(&self, id: &str) -> Result<Option<DocumentView>, rusqlite::Error> {
        let connection = &self.connection;
        let header = connection
            .query_row(
                "SELECT rowid, id, source, title, date, text, boilerplate FROM documents WHERE id = ?1",
                [id],
                |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, String>(1)?,
                        row.get::<_, String>(2)?,
                        row.get::<_, Option<String>>(3)?,
                        row.get::<_, Option<String>>(4)?,
                        row.get::<_, String>(5)?,
                        row.get::<_, String>(6)?,
                    ))
                },
            )
            .optional()?;
        let Some((rowid, id, source, title, date, text, boilerplate)) = header else {
            return Ok(None);
        };
        let mut global_entity_ids = BTreeMap::new();
        let mut entities = Vec::new();
        {
            let mut statement = connection.prepare_cached(
                "SELECT local_id, entity_id, name, kind, mentions FROM document_entities
                 WHERE document_rowid = ?1 ORDER BY rowid",
            )?;
            let rows = statement.query_map([rowid], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, Option<i64>>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, String>(3)?,
                    row.get::<_, String>(4)?,
                ))
            })?;
            for row in rows {
                let (local_id, entity_id, name, kind, mentions) = row?;
                if let Some(entity_id) = entity_id {
                    global_entity_ids.insert(local_id.clone(), entity_id);
                }
                let mentions = serde_json::from_str(&mentions).unwrap_or_default();
                entities.push(Entity { id: local_id, name, kind: parse_kind(&kind), mentions });
            }
        }
        let mut quotes = Vec::new();
        {
            let mut statement = connection.prepare_cached(
                "SELECT quote_id, kind, speaker_local_id, speaker_name, speaker_mention,
                        speaker_mention_start, speaker_mention_end, cue, cue_start, cue_end, content, text
                 FROM quotes WHERE document_rowid = ?1 ORDER BY rowid",
            )?;
            let rows = statement.query_map([rowid], |row| {
                let optional_span = |start: usize, end: usize, text: usize| -> Result<Option<Span>, rusqlite::Error> {
                    let text: Option<String> = row.get(text)?;
                    let start: Option<i64> = row.get(start)?;
                    let end: Option<i64> = row.get(end)?;
                    Ok(match (text, start, end) {
                        (Some(text), Some(start), Some(end)) => {
                            Some(Span { start: start.max(0) as usize, end: end.max(0) as usize, text })
                        }
                        _ => None,
                    })
                };
                let kind: String = row.get(1)?;
                let content: String = row.get(10)?;
                Ok(readout_record::Quote {
                    id: row.get(0)?,
                    kind: match kind.as_str() {
                        "direct" => QuoteKind::Direct,
                        "mixed" => QuoteKind::Mixed,
                        _ => QuoteKind::Indirect,
                    },
                    speaker: Speaker { entity: row.get(2)?, name: row.get(3)?, mention: optional_span(5, 6, 4)? },
                    cue: optional_span(8, 9, 7)?,
                    content: serde_json::from_str(&content).unwrap_or_default(),
                    text: row.get(11)?,
                    date: None,
                    addressee: None,
                    channel: None,
                    place: None,
                })
            })?;
            for quote in rows {
                quotes.push(quote?);
            }
        }
        let times = connection
            .prepare_cached("SELECT start, \"end\", text, value FROM times WHERE document_rowid = ?1 ORDER BY rowid")?
            .query_map([rowid], |row| {
                Ok(TimeExpression {
                    start: row.get::<_, i64>(0)?.max(0) as usize,
                    end: row.get::<_, i64>(1)?.max(0) as usize,
                    text: row.get(2)?,
                    value: row.get(3)?,
                    // The store does not keep the type yet.
                    kind: None,
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut events = Vec::new();
        {
            let mut statement = connection.prepare_cached(
                "SELECT v.id, v.kind, v.cue_start, v.cue_end, v.cue, v.date,
                        (SELECT json_group_array(local_entity_id ORDER BY position) FROM event_participants WHERE event_id = v.id)
                 FROM events v WHERE v.document_rowid = ?1 ORDER BY v.id",
            )?;
            let rows = statement.query_map([rowid], |row| {
                let kind: String = row.get(1)?;
                let participants: String = row.get(6)?;
                Ok(Event {
                    kind: match kind.as_str() {
                        "meeting" => EventKind::Meeting,
                        "visit" => EventKind::Visit,
                        _ => EventKind::Communication,
                    },
                    cue: span_from_row_at(row, 2)?,
                    participants: serde_json::from_str(&participants).unwrap_or_default(),
                    date: row.get(5)?,
                    place: None,
                })
            })?;
            for event in rows {
                events.push(event?);
            }
        }
        Ok(Some(DocumentView {
            record: Record {
                id,
                source,
                title,
                date,
                text,
                boilerplate: serde_json::from_str(&boilerplate).unwrap_or_default(),
                entities,
                quotes,
                times,
                events,
                diagnostics: Vec::new(),
            },
            global_entity_ids,
        }))
    }
}

/// A span from three columns (start, end, text) starting at `first`.
fn span_from_row_at(row: &Row<'_>, first: usize) -> Result<Span, rusqlite::Error> {
    Ok(Span {
        start: row.get::<_, i64>(first)?.max(0) as usize,
        end: row.get::<_, i64>(first + 1)?.max(0) as usize,
        text: row.get(first + 2)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_words_become_quoted_phrases() {
        assert_eq!(fts_expression("climate change").as_deref(), Some("\"climate\" \"change\""));
        assert_eq!(fts_expression("don't \"panic\"").as_deref(), Some("\"don't\" \"\"\"panic\"\"\""));
        assert_eq!(fts_expression("econ*").as_deref(), Some("\"econ\" *"));
        assert_eq!(fts_expression(" - ; "), None);
    }

    #[test]
    fn source_patterns_escape_like_wildcards() {
        assert_eq!(like_pattern("bbc.co.uk"), "%bbc.co.uk%");
        assert_eq!(like_pattern("https://*.gov/*"), "https://%.gov/%");
        assert_eq!(like_pattern("100%_sure"), "%100\\%\\_sure%");
    }
}
