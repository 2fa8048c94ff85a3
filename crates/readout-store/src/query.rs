//! Reading the store: speakers, entities, timelines, events.
//!
//! In: a query struct or a name, typed by a user. Out: plain row structs
//! (serde-serialisable, for the CLI's table, JSON and CSV output). Every
//! value a user supplies goes in as a bound parameter. Quote search, with
//! its plans, is `quote_search.rs`.

use rusqlite::params;
use serde::Serialize;

use readout_record::EventKind;

use crate::identity;
use crate::{Store, StoreError};

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
    pub place_entity_id: Option<i64>,
    /// Where it happened: the place's global name; null when the record's
    /// place id names none of its entities.
    pub place: Option<String>,
}

/// Rows a query returns when it sets no limit.
pub(crate) const DEFAULT_LIMIT: usize = 100;

impl Store {
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
                        d.id, d.source, v.place_entity_id, pl.name
                 FROM events v JOIN documents d ON d.rowid = v.document_rowid
                 LEFT JOIN entities pl ON pl.id = v.place_entity_id
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
                    place_entity_id: row.get(7)?,
                    place: row.get(8)?,
                })
            })
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| self.error(error))?;
        Ok(rows)
    }
}
