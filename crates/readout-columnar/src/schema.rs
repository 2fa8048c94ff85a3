//! The Arrow schemas of the four tables (documents, quotes, entities,
//! events): nothing in, [`Schema`]s out. `docs/parquet.md` documents them
//! column by column; change both together.
//!
//! Offsets are `Int64` code points into the document's `text`, as in the
//! JSON record; dates are `Date32`; lists hold non-null items.

use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use std::sync::Arc;

/// One of the tables `readout extract --format parquet` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Documents,
    Quotes,
    Entities,
    Events,
}

impl Table {
    pub const ALL: [Table; 4] = [Table::Documents, Table::Quotes, Table::Entities, Table::Events];

    /// The table's folder name under the output folder.
    pub fn name(self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Quotes => "quotes",
            Table::Entities => "entities",
            Table::Events => "events",
        }
    }

    pub fn schema(self) -> SchemaRef {
        let fields = match self {
            Table::Documents => vec![
                Field::new("doc_id", DataType::Utf8, false),
                Field::new("source", DataType::Utf8, false),
                Field::new("title", DataType::Utf8, true),
                Field::new("date", DataType::Date32, true),
                Field::new("text", DataType::Utf8, false),
                Field::new("boilerplate", list_of(span_type()), false),
                Field::new("times", list_of(time_type()), false),
            ],
            Table::Quotes => vec![
                Field::new("doc_id", DataType::Utf8, false),
                Field::new("date", DataType::Date32, true),
                Field::new("quote_id", DataType::Utf8, false),
                Field::new("kind", DataType::Utf8, false),
                Field::new("speaker_entity", DataType::Utf8, true),
                Field::new("speaker_name", DataType::Utf8, true),
                Field::new("speaker_mention", span_type(), true),
                Field::new("cue", span_type(), true),
                Field::new("content", list_of(span_type()), false),
                Field::new("text", DataType::Utf8, false),
                Field::new("said_date", DataType::Utf8, true),
                Field::new("addressee_entity", DataType::Utf8, true),
                Field::new("addressee_name", DataType::Utf8, true),
                Field::new("addressee_mention", span_type(), true),
                Field::new("channel", DataType::Utf8, true),
                Field::new("channel_name", DataType::Utf8, true),
                Field::new("channel_mention", span_type(), true),
                Field::new("place_entity", DataType::Utf8, true),
            ],
            Table::Entities => vec![
                Field::new("doc_id", DataType::Utf8, false),
                Field::new("date", DataType::Date32, true),
                Field::new("entity_id", DataType::Utf8, false),
                Field::new("name", DataType::Utf8, false),
                Field::new("kind", DataType::Utf8, false),
                Field::new("mentions", list_of(span_type()), false),
            ],
            Table::Events => vec![
                Field::new("doc_id", DataType::Utf8, false),
                Field::new("date", DataType::Date32, true),
                Field::new("event_index", DataType::Int32, false),
                Field::new("kind", DataType::Utf8, false),
                Field::new("cue", span_type(), false),
                Field::new("participants", list_of(DataType::Utf8), false),
                Field::new("event_date", DataType::Utf8, true),
                Field::new("place_entity", DataType::Utf8, true),
            ],
        };
        Arc::new(Schema::new(fields))
    }
}

/// `{start, end, text}`: a span of the document's text.
pub(crate) fn span_fields() -> Fields {
    Fields::from(vec![
        Field::new("start", DataType::Int64, false),
        Field::new("end", DataType::Int64, false),
        Field::new("text", DataType::Utf8, false),
    ])
}

/// `{start, end, text, value}`: a time expression and its resolved value.
pub(crate) fn time_fields() -> Fields {
    let mut fields: Vec<Field> = span_fields().iter().map(|f| f.as_ref().clone()).collect();
    fields.push(Field::new("value", DataType::Utf8, false));
    // Null in records written before readout wrote the TimeML type.
    fields.push(Field::new("type", DataType::Utf8, true));
    Fields::from(fields)
}

fn span_type() -> DataType {
    DataType::Struct(span_fields())
}

fn time_type() -> DataType {
    DataType::Struct(time_fields())
}

/// The item field of every list column.
pub(crate) fn list_item(data_type: DataType) -> Arc<Field> {
    Arc::new(Field::new("item", data_type, false))
}

fn list_of(data_type: DataType) -> DataType {
    DataType::List(list_item(data_type))
}
