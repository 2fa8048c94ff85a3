//! Records in, Parquet files out, read back with the parquet crate's own
//! reader: the row counts of every table equal those of the records, files
//! roll at the row limit, an empty table still has a readable file, and a
//! quote's addressee, channel, date and place and an event's place come
//! back as written.

use arrow_array::{Array, RecordBatch, StringArray, StructArray};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use readout_columnar::{ParquetTables, PartLimits, Table};
use readout_record::{
    Channel, ChannelKind, Entity, EntityKind, Event, EventKind, Quote, QuoteKind, Record, Span, Speaker, TimeExpression,
};
use std::path::Path;

fn span(start: usize, text: &str) -> Span {
    Span { start, end: start + text.chars().count(), text: text.to_string() }
}

fn record(n: usize) -> Record {
    let text = "Sir Keir said: \u{201c}We will.\u{201d} He met Biden on Monday.".to_string();
    Record {
        id: format!("doc{n}"),
        source: format!("test://{n}"),
        title: [Some("A title".to_string()), None][n % 2].clone(),
        date: Some(["2024-12-18", "not a date", "2024-12-19"][n % 3].to_string()),
        text,
        boilerplate: vec![],
        entities: vec![
            Entity {
                id: "e1".into(),
                name: "Keir Starmer".into(),
                kind: EntityKind::Person,
                mentions: vec![span(0, "Sir Keir"), span(30, "He")],
            },
            Entity {
                id: "e2".into(),
                name: "Joe Biden".into(),
                kind: EntityKind::Person,
                mentions: vec![span(37, "Biden")],
            },
        ],
        quotes: (0..n % 3)
            .map(|i| Quote {
                id: format!("q{i}"),
                kind: QuoteKind::Direct,
                speaker: Speaker {
                    entity: Some("e1".into()),
                    name: Some("Keir Starmer".into()),
                    mention: (i == 0).then(|| span(0, "Sir Keir")),
                },
                cue: None,
                content: vec![span(16, "We will.")],
                text: "We will.".into(),
                date: None,
                addressee: None,
                channel: None,
                place: None,
            })
            .collect(),
        times: vec![TimeExpression {
            start: 46,
            end: 52,
            text: "Monday".into(),
            value: "2024-12-16".into(),
            kind: None,
        }],
        events: vec![Event {
            kind: EventKind::Meeting,
            cue: span(33, "met"),
            participants: vec!["e1".into(), "e2".into()],
            date: None,
            place: None,
        }],
        diagnostics: vec![],
    }
}

fn rows_in(files: &[std::path::PathBuf]) -> usize {
    files
        .iter()
        .map(|path| {
            let file = std::fs::File::open(path).unwrap();
            let reader = ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap();
            reader.map(|batch| batch.unwrap().num_rows()).sum::<usize>()
        })
        .sum()
}

fn part_files(dir: &Path, table: Table) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> =
        std::fs::read_dir(dir.join(table.name())).unwrap().map(|entry| entry.unwrap().path()).collect();
    files.sort();
    files
}

#[test]
fn row_counts_survive_the_round_trip_and_files_roll() {
    let dir = tempfile::tempdir().unwrap();
    let limits = PartLimits { rows_per_file: 40, ..PartLimits::default() };
    let mut tables = ParquetTables::create(dir.path(), limits).unwrap();
    let records: Vec<Record> = (0..100).map(record).collect();
    for (i, record) in records.iter().enumerate() {
        tables.write(record).unwrap();
        if i % 7 == 0 {
            tables.flush().unwrap();
        }
    }
    let written = tables.finish().unwrap();
    let expected = [
        (Table::Documents, records.len()),
        (Table::Quotes, records.iter().map(|r| r.quotes.len()).sum()),
        (Table::Entities, records.iter().map(|r| r.entities.len()).sum()),
        (Table::Events, records.iter().map(|r| r.events.len()).sum()),
    ];
    for (table, rows) in expected {
        assert_eq!(written.rows(table), rows, "{}", table.name());
        let files = part_files(dir.path(), table);
        assert_eq!(files.len(), rows.div_ceil(40), "{}", table.name());
        assert_eq!(rows_in(&files), rows, "{}", table.name());
    }
}

#[test]
fn an_empty_table_still_has_a_file_with_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    let mut tables = ParquetTables::create(dir.path(), PartLimits::default()).unwrap();
    let mut lone = record(0);
    lone.events.clear();
    tables.write(&lone).unwrap();
    let written = tables.finish().unwrap();
    assert_eq!(written.rows(Table::Events), 0);
    let files = part_files(dir.path(), Table::Events);
    assert_eq!(files.len(), 1);
    let file = std::fs::File::open(&files[0]).unwrap();
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
    assert_eq!(builder.schema().fields().len(), Table::Events.schema().fields().len());
    assert_eq!(rows_in(&files), 0);
}

/// Every row of `table`'s files, as one batch per file.
fn batches(dir: &Path, table: Table) -> Vec<RecordBatch> {
    part_files(dir, table)
        .iter()
        .flat_map(|path| {
            let file = std::fs::File::open(path).unwrap();
            ParquetRecordBatchReaderBuilder::try_new(file).unwrap().build().unwrap().map(Result::unwrap)
        })
        .collect()
}

/// A text column's values, nulls as `None`.
fn texts(batch: &RecordBatch, column: &str) -> Vec<Option<String>> {
    let array = batch.column_by_name(column).unwrap_or_else(|| panic!("no column {column}"));
    let strings = array.as_any().downcast_ref::<StringArray>().unwrap();
    (0..strings.len()).map(|i| strings.is_valid(i).then(|| strings.value(i).to_string())).collect()
}

/// A span column's texts, null spans as `None`.
fn span_texts(batch: &RecordBatch, column: &str) -> Vec<Option<String>> {
    let spans = batch.column_by_name(column).unwrap().as_any().downcast_ref::<StructArray>().unwrap();
    let text = spans.column_by_name("text").unwrap().as_any().downcast_ref::<StringArray>().unwrap();
    (0..spans.len()).map(|i| spans.is_valid(i).then(|| text.value(i).to_string())).collect()
}

#[test]
fn to_whom_when_via_and_where_come_back_as_written() {
    let mut told = record(2);
    told.entities.push(Entity { id: "e3".into(), name: "London".into(), kind: EntityKind::Place, mentions: vec![] });
    let quote = &mut told.quotes[0];
    quote.date = Some("2024-W51".into());
    quote.addressee =
        Some(Speaker { entity: Some("e2".into()), name: Some("Joe Biden".into()), mention: Some(span(37, "Biden")) });
    quote.channel = Some(Channel { kind: ChannelKind::PressConference, name: Some("No 10".into()), mention: None });
    quote.place = Some("e3".into());
    told.events[0].place = Some("e3".into());

    let dir = tempfile::tempdir().unwrap();
    let mut tables = ParquetTables::create(dir.path(), PartLimits::default()).unwrap();
    tables.write(&told).unwrap();
    tables.finish().unwrap();
    let quotes = batches(dir.path(), Table::Quotes);
    let quotes = &quotes[0];
    let some = |text: &str| Some(text.to_string());
    for (column, expected) in [
        ("said_date", [some("2024-W51"), None]),
        ("addressee_entity", [some("e2"), None]),
        ("addressee_name", [some("Joe Biden"), None]),
        ("channel", [some("press_conference"), None]),
        ("channel_name", [some("No 10"), None]),
        ("place_entity", [some("e3"), None]),
    ] {
        assert_eq!(texts(quotes, column), expected, "{column}");
    }
    assert_eq!(span_texts(quotes, "addressee_mention"), [some("Biden"), None]);
    assert_eq!(span_texts(quotes, "channel_mention"), [None, None]);
    let events = batches(dir.path(), Table::Events);
    assert_eq!(texts(&events[0], "place_entity"), [some("e3")]);
}
