//! Records in, Arrow record batches out: one row per document, quote,
//! entity and event, in the schemas of [`Table::schema`].
//!
//! [`RecordBatches`] accumulates records; [`RecordBatches::finish`] hands out
//! one batch per table and starts over empty, so a caller bounds memory by
//! finishing every few hundred records.

use crate::columns::{ListColumn, SpanColumn};
use crate::date::date32;
use crate::error::ColumnarError;
use crate::schema::Table;
use arrow_array::builder::{Date32Builder, Int32Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use readout_record::Record;
use std::sync::Arc;

/// Rows of the four tables, accumulated record by record.
#[derive(Default)]
pub struct RecordBatches {
    documents: Documents,
    quotes: Quotes,
    entities: Entities,
    events: Events,
    rows: [usize; 4],
}

impl RecordBatches {
    pub fn new() -> Self {
        RecordBatches::default()
    }

    /// Add one record's rows: one document, and one row per quote, entity
    /// and event.
    pub fn push(&mut self, record: &Record) {
        let date = record.date.as_deref().and_then(date32);
        self.documents.push(record, date);
        for quote in &record.quotes {
            let q = &mut self.quotes;
            q.doc_id.append_value(&record.id);
            q.date.append_option(date);
            q.quote_id.append_value(&quote.id);
            q.kind.append_value(quote.kind.as_str());
            q.speaker_entity.append_option(quote.speaker.entity.as_deref());
            q.speaker_name.append_option(quote.speaker.name.as_deref());
            q.speaker_mention.push(quote.speaker.mention.as_ref());
            q.cue.push(quote.cue.as_ref());
            q.content.push_spans(&quote.content);
            q.text.append_value(&quote.text);
            q.said_date.append_option(quote.date.as_deref());
            let addressee = quote.addressee.as_ref();
            q.addressee_entity.append_option(addressee.and_then(|a| a.entity.as_deref()));
            q.addressee_name.append_option(addressee.and_then(|a| a.name.as_deref()));
            q.addressee_mention.push(addressee.and_then(|a| a.mention.as_ref()));
            let channel = quote.channel.as_ref();
            q.channel.append_option(channel.map(|c| c.kind.as_str()));
            q.channel_name.append_option(channel.and_then(|c| c.name.as_deref()));
            q.channel_mention.push(channel.and_then(|c| c.mention.as_ref()));
            q.place_entity.append_option(quote.place.as_deref());
        }
        for entity in &record.entities {
            let e = &mut self.entities;
            e.doc_id.append_value(&record.id);
            e.date.append_option(date);
            e.entity_id.append_value(&entity.id);
            e.name.append_value(&entity.name);
            e.kind.append_value(entity.kind.as_str());
            e.mentions.push_spans(&entity.mentions);
        }
        for (index, event) in record.events.iter().enumerate() {
            let e = &mut self.events;
            e.doc_id.append_value(&record.id);
            e.date.append_option(date);
            e.event_index.append_value(i32::try_from(index).unwrap_or(i32::MAX));
            e.kind.append_value(event.kind.as_str());
            e.cue.push(Some(&event.cue));
            e.participants.push_strings(&event.participants);
            e.event_date.append_option(event.date.as_deref());
            e.place_entity.append_option(event.place.as_deref());
        }
        let added = [1, record.quotes.len(), record.entities.len(), record.events.len()];
        for (rows, added) in self.rows.iter_mut().zip(added) {
            *rows += added;
        }
    }

    /// Rows accumulated for `table` since the last [`RecordBatches::finish`].
    pub fn rows(&self, table: Table) -> usize {
        self.rows[table as usize]
    }

    /// Rows accumulated over all tables.
    pub fn total_rows(&self) -> usize {
        self.rows.iter().sum()
    }

    /// One batch per table (in [`Table::ALL`] order, empty ones included),
    /// leaving the accumulator empty.
    pub fn finish(&mut self) -> Result<Vec<(Table, RecordBatch)>, ColumnarError> {
        self.rows = [0; 4];
        let d = &mut self.documents;
        let documents: Vec<ArrayRef> = vec![
            Arc::new(d.doc_id.finish()),
            Arc::new(d.source.finish()),
            Arc::new(d.title.finish()),
            Arc::new(d.date.finish()),
            Arc::new(d.text.finish()),
            Arc::new(d.boilerplate.finish()),
            Arc::new(d.times.finish()),
        ];
        let q = &mut self.quotes;
        let quotes: Vec<ArrayRef> = vec![
            Arc::new(q.doc_id.finish()),
            Arc::new(q.date.finish()),
            Arc::new(q.quote_id.finish()),
            Arc::new(q.kind.finish()),
            Arc::new(q.speaker_entity.finish()),
            Arc::new(q.speaker_name.finish()),
            Arc::new(q.speaker_mention.finish()),
            Arc::new(q.cue.finish()),
            Arc::new(q.content.finish()),
            Arc::new(q.text.finish()),
            Arc::new(q.said_date.finish()),
            Arc::new(q.addressee_entity.finish()),
            Arc::new(q.addressee_name.finish()),
            Arc::new(q.addressee_mention.finish()),
            Arc::new(q.channel.finish()),
            Arc::new(q.channel_name.finish()),
            Arc::new(q.channel_mention.finish()),
            Arc::new(q.place_entity.finish()),
        ];
        let e = &mut self.entities;
        let entities: Vec<ArrayRef> = vec![
            Arc::new(e.doc_id.finish()),
            Arc::new(e.date.finish()),
            Arc::new(e.entity_id.finish()),
            Arc::new(e.name.finish()),
            Arc::new(e.kind.finish()),
            Arc::new(e.mentions.finish()),
        ];
        let v = &mut self.events;
        let events: Vec<ArrayRef> = vec![
            Arc::new(v.doc_id.finish()),
            Arc::new(v.date.finish()),
            Arc::new(v.event_index.finish()),
            Arc::new(v.kind.finish()),
            Arc::new(v.cue.finish()),
            Arc::new(v.participants.finish()),
            Arc::new(v.event_date.finish()),
            Arc::new(v.place_entity.finish()),
        ];
        Table::ALL
            .into_iter()
            .zip([documents, quotes, entities, events])
            .map(|(table, columns)| Ok((table, RecordBatch::try_new(table.schema(), columns)?)))
            .collect()
    }
}

struct Documents {
    doc_id: StringBuilder,
    source: StringBuilder,
    title: StringBuilder,
    date: Date32Builder,
    text: StringBuilder,
    boilerplate: ListColumn<SpanColumn>,
    times: ListColumn<SpanColumn>,
}

impl Default for Documents {
    fn default() -> Self {
        Documents {
            doc_id: StringBuilder::new(),
            source: StringBuilder::new(),
            title: StringBuilder::new(),
            date: Date32Builder::new(),
            text: StringBuilder::new(),
            boilerplate: ListColumn::default(),
            times: ListColumn::new(SpanColumn::with_values()),
        }
    }
}

impl Documents {
    fn push(&mut self, record: &Record, date: Option<i32>) {
        self.doc_id.append_value(&record.id);
        self.source.append_value(&record.source);
        self.title.append_option(record.title.as_deref());
        self.date.append_option(date);
        self.text.append_value(&record.text);
        self.boilerplate.push_spans(&record.boilerplate);
        self.times.push_times(&record.times);
    }
}

#[derive(Default)]
struct Quotes {
    doc_id: StringBuilder,
    date: Date32Builder,
    quote_id: StringBuilder,
    kind: StringBuilder,
    speaker_entity: StringBuilder,
    speaker_name: StringBuilder,
    speaker_mention: SpanColumn,
    cue: SpanColumn,
    content: ListColumn<SpanColumn>,
    text: StringBuilder,
    said_date: StringBuilder,
    addressee_entity: StringBuilder,
    addressee_name: StringBuilder,
    addressee_mention: SpanColumn,
    channel: StringBuilder,
    channel_name: StringBuilder,
    channel_mention: SpanColumn,
    place_entity: StringBuilder,
}

#[derive(Default)]
struct Entities {
    doc_id: StringBuilder,
    date: Date32Builder,
    entity_id: StringBuilder,
    name: StringBuilder,
    kind: StringBuilder,
    mentions: ListColumn<SpanColumn>,
}

#[derive(Default)]
struct Events {
    doc_id: StringBuilder,
    date: Date32Builder,
    event_index: Int32Builder,
    kind: StringBuilder,
    cue: SpanColumn,
    participants: ListColumn<StringBuilder>,
    event_date: StringBuilder,
    place_entity: StringBuilder,
}
