//! A stored document rebuilt as a record.
//!
//! In: a document id. Out: a [`DocumentView`]: the [`Record`] as it was
//! ingested (all but its diagnostics, which the store does not keep), with
//! each of its entities' global ids, for the API's document view and for
//! round-trip tests. Spans come back as ingest stored them: a quote's as
//! the record gave them, entity mentions, times and event cues clamped to
//! the text.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Row};
use serde::Serialize;

use readout_record::{
    Channel, ChannelKind, Entity, Event, EventKind, QuoteKind, Record, Span, Speaker, TimeExpression, TimeType,
};

use crate::identity::parse_kind;
use crate::{Store, StoreError};

/// A stored document as a record again, with its links to global entities.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentView {
    pub record: Record,
    /// Document entity id to global entity id.
    pub global_entity_ids: BTreeMap<String, i64>,
}

impl Store {
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
                        speaker_mention_start, speaker_mention_end, cue, cue_start, cue_end, content, text,
                        said_date, addressee_local_id, addressee_name, addressee_mention,
                        addressee_mention_start, addressee_mention_end,
                        channel, channel_name, channel_mention, channel_mention_start, channel_mention_end,
                        place_local_id
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
                // No column says an addressee was there: one with no entity,
                // name or mention at all comes back as none.
                let addressee =
                    Speaker { entity: row.get(13)?, name: row.get(14)?, mention: optional_span(16, 17, 15)? };
                let addressee = (addressee.entity.is_some() || addressee.name.is_some() || addressee.mention.is_some())
                    .then_some(addressee);
                let channel = row.get::<_, Option<String>>(18)?.map(|kind| -> Result<Channel, rusqlite::Error> {
                    Ok(Channel {
                        // A kind this build does not know (written by a
                        // newer one) is still a channel.
                        kind: ChannelKind::parse(&kind).unwrap_or(ChannelKind::Other),
                        name: row.get(19)?,
                        mention: optional_span(21, 22, 20)?,
                    })
                });
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
                    date: row.get(12)?,
                    addressee,
                    channel: channel.transpose()?,
                    place: row.get(23)?,
                })
            })?;
            for quote in rows {
                quotes.push(quote?);
            }
        }
        let times = connection
            .prepare_cached(
                "SELECT start, \"end\", text, value, type FROM times WHERE document_rowid = ?1 ORDER BY rowid",
            )?
            .query_map([rowid], |row| {
                let kind: Option<String> = row.get(4)?;
                Ok(TimeExpression {
                    start: row.get::<_, i64>(0)?.max(0) as usize,
                    end: row.get::<_, i64>(1)?.max(0) as usize,
                    text: row.get(2)?,
                    value: row.get(3)?,
                    kind: kind.as_deref().and_then(TimeType::parse),
                })
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let mut events = Vec::new();
        {
            let mut statement = connection.prepare_cached(
                "SELECT v.id, v.kind, v.cue_start, v.cue_end, v.cue, v.date,
                        (SELECT json_group_array(local_entity_id ORDER BY position) FROM event_participants WHERE event_id = v.id),
                        v.place_local_id
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
                    place: row.get(7)?,
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
