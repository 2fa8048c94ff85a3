//! The whole statement in the store (issue 19): a quote's addressee,
//! channel, date and place, and an event's place, written, read back,
//! searched, exported, and kept through merges and splits.
//!
//! In: records from the test builder with every new field filled (and some
//! without). Out: assertions that a stored document equals its record, on
//! `quotes` rows filtered by addressee and channel, on event rows, on the
//! exported files' columns, and on the entity ids after a merge and a split.

mod common;

use common::RecordBuilder;
use parquet::file::reader::{FileReader, SerializedFileReader};
use readout_record::{Channel, ChannelKind, EntityKind, EventKind, QuoteKind, Record, Speaker};
use readout_store::{EventQuery, ExportFormat, QuoteQuery, QuoteRow, Store};

/// Starmer speaks to Biden on a call from Washington, Reeves to "the
/// reporters" at a press conference, Biden to "Mr. Starmer" (a name with no
/// entity of its record) in an interview with Time, and Rayner with none of
/// it said.
fn corpus() -> Vec<Record> {
    let mut told_by_name = RecordBuilder::new("d3", "https://news.example/3", Some("2024-12-21"))
        .person("e1", "Joe Biden", &["Joe Biden"])
        .said("e1", "Biden", "We have no closer friend")
        .via(ChannelKind::Interview, Some("Time"), "an interview with Time")
        .said_on("2024-W51")
        .build();
    // An addressee the record names without an entity, and no mention.
    told_by_name.quotes[0].addressee = Some(Speaker { entity: None, name: Some("Keir Starmer".into()), mention: None });
    vec![
        RecordBuilder::new("d1", "https://news.example/1", Some("2024-12-20"))
            .person("e1", "Keir Starmer", &["Keir Starmer"])
            .person("e2", "Joe Biden", &["Joe Biden"])
            .entity("e3", "Washington", EntityKind::Place, &["Washington"])
            .said("e1", "Starmer", "The alliance is stronger than ever")
            .to(Some("e2"), "the President")
            .via(ChannelKind::Call, None, "a phone call")
            .said_on("2024-12-18")
            .said_at("e3")
            .event(EventKind::Communication, "spoke to", &["e1", "e2"], Some("2024-12-18"))
            .event_at("e3")
            .build(),
        RecordBuilder::new("d2", "https://news.example/2", Some("2024-12-19"))
            .person("e1", "Rachel Reeves", &["Rachel Reeves"])
            .said("e1", "Reeves", "The budget adds up")
            .to(None, "the reporters")
            .via(ChannelKind::PressConference, None, "a press conference")
            .said("e1", "she", "Growth comes first")
            .event(EventKind::Visit, "visited", &["e1"], None)
            .build(),
        told_by_name,
        RecordBuilder::new("d4", "https://news.example/4", Some("2024-12-22"))
            .person("e1", "Angela Rayner", &["Angela Rayner"])
            .quote(Some("e1"), "Rayner", "homes will be built", QuoteKind::Indirect)
            .build(),
    ]
}

fn open_with_corpus() -> (tempfile::TempDir, Store) {
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("statement.db")).unwrap();
    store.ingest(corpus()).unwrap();
    (directory, store)
}

fn texts(rows: Vec<QuoteRow>) -> Vec<String> {
    rows.into_iter().map(|row| row.text).collect()
}

#[test]
fn every_document_reads_back_as_its_record() {
    let (_directory, store) = open_with_corpus();
    for record in corpus() {
        let view = store.document(&record.id).unwrap().unwrap();
        assert_eq!(view.record, record);
    }
    // Each field on its own, too: a channel with no mention or name, an
    // addressee with only a mention.
    let mut record = corpus().remove(1);
    record.id = "alone".into();
    record.quotes[0].channel = Some(Channel { kind: ChannelKind::Other, name: None, mention: None });
    record.quotes[0].addressee.as_mut().unwrap().name = None;
    record.quotes[1].place = Some("no-such-entity".into());
    let directory = tempfile::tempdir().unwrap();
    let mut store = Store::open(directory.path().join("alone.db")).unwrap();
    store.ingest([record.clone()]).unwrap();
    assert_eq!(store.document("alone").unwrap().unwrap().record, record);
}

#[test]
fn quote_rows_say_to_whom_when_via_and_where() {
    let (_directory, store) = open_with_corpus();
    let rows = store.quotes(&QuoteQuery::default()).unwrap();
    let row = |text: &str| rows.iter().find(|row| row.text == text).unwrap();

    let call = row("The alliance is stronger than ever");
    assert_eq!(call.said_date.as_deref(), Some("2024-12-18"));
    assert_eq!(call.date.as_deref(), Some("2024-12-20"), "date stays the document's");
    assert_eq!(call.addressee.as_deref(), Some("Joe Biden"), "the global name, not the mention");
    assert_eq!(call.addressee_mention.as_deref(), Some("the President"));
    assert_eq!(call.addressee_entity_id, Some(store.entities(Some("Joe Biden")).unwrap()[0].id));
    assert_eq!(
        (call.channel.as_deref(), call.channel_name.as_deref(), call.channel_mention.as_deref()),
        (Some("call"), None, Some("a phone call"))
    );
    assert_eq!(call.place.as_deref(), Some("Washington"));
    assert_eq!(call.place_entity_id, Some(store.entities(Some("Washington")).unwrap()[0].id));

    let reporters = row("The budget adds up");
    assert_eq!((reporters.addressee.as_deref(), reporters.addressee_entity_id), (Some("the reporters"), None));
    assert_eq!(reporters.channel.as_deref(), Some("press_conference"));

    let interview = row("We have no closer friend");
    assert_eq!(interview.said_date.as_deref(), Some("2024-W51"));
    assert_eq!(interview.channel_name.as_deref(), Some("Time"));
    // Named without an entity, the addressee is resolved by name as a
    // speaker would be: the same Keir Starmer as in d1.
    assert_eq!(interview.addressee_entity_id, Some(store.entities(Some("Keir Starmer")).unwrap()[0].id));

    let plain = row("homes will be built");
    assert_eq!((&plain.said_date, &plain.addressee, &plain.channel, &plain.place), (&None, &None, &None, &None));
}

#[test]
fn quotes_filter_by_addressee_and_channel() {
    let (_directory, store) = open_with_corpus();
    let find = |to: Option<&str>, channel: Option<ChannelKind>, speaker: Option<&str>, about: Option<&str>| {
        let query = QuoteQuery {
            to: to.map(String::from),
            channel,
            speaker: speaker.map(String::from),
            about: about.map(String::from),
            ..QuoteQuery::default()
        };
        texts(store.quotes(&query).unwrap())
    };
    // By entity: any name the entity answers to, newest first.
    assert_eq!(find(Some("Biden"), None, None, None), ["The alliance is stronger than ever"]);
    assert_eq!(
        find(Some("Keir Starmer"), None, None, None),
        ["We have no closer friend"],
        "an addressee resolved by name is found by entity"
    );
    // Known only as written: whole words, any case, in name or mention.
    assert_eq!(find(Some("Reporters"), None, None, None), ["The budget adds up"]);
    assert_eq!(find(Some("the  reporters!"), None, None, None), ["The budget adds up"]);
    assert!(find(Some("report"), None, None, None).is_empty(), "a word is a whole word");
    assert!(find(Some("Nobody Known"), None, None, None).is_empty());
    assert!(find(Some(" ; "), None, None, None).is_empty());
    // Channels, alone and with every other filter.
    assert_eq!(find(None, Some(ChannelKind::Interview), None, None), ["We have no closer friend"]);
    assert!(find(None, Some(ChannelKind::Speech), None, None).is_empty());
    assert_eq!(
        find(Some("reporters"), Some(ChannelKind::PressConference), Some("Reeves"), Some("budget")),
        ["The budget adds up"]
    );
    assert!(find(Some("reporters"), Some(ChannelKind::Call), Some("Reeves"), Some("budget")).is_empty());
    assert_eq!(find(Some("Biden"), None, Some("Starmer"), None), ["The alliance is stronger than ever"]);
    assert_eq!(find(Some("Biden"), None, None, Some("alliance")), ["The alliance is stronger than ever"]);
    assert!(find(Some("Biden"), None, None, Some("budget")).is_empty());
}

#[test]
fn a_known_addressee_without_words_uses_the_addressee_index() {
    let (_directory, store) = open_with_corpus();
    let id = store.entities(Some("Joe Biden")).unwrap()[0].id;
    let plan: Vec<String> = store
        .connection()
        .prepare(
            "EXPLAIN QUERY PLAN SELECT rowid FROM quotes q
             WHERE q.addressee_entity_id IN (SELECT value FROM json_each(?1)) ORDER BY q.date DESC",
        )
        .unwrap()
        .query_map([format!("[{id}]")], |row| row.get::<_, String>(3))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(plan.iter().any(|step| step.contains("quotes_addressee")), "{plan:?}");
}

#[test]
fn events_say_where() {
    let (_directory, store) = open_with_corpus();
    let events = store.events(&EventQuery::default()).unwrap();
    let call = events.iter().find(|event| event.kind == "communication").unwrap();
    assert_eq!((call.date.as_deref(), call.place.as_deref()), (Some("2024-12-18"), Some("Washington")));
    assert!(call.place_entity_id.is_some());
    let visit = events.iter().find(|event| event.kind == "visit").unwrap();
    assert_eq!((visit.place.as_deref(), visit.place_entity_id), (None, None));
}

#[test]
fn addressees_and_places_follow_merges_and_splits() {
    let (_directory, mut store) = open_with_corpus();
    let id = |store: &Store, name: &str| store.entities(Some(name)).unwrap()[0].id;
    let call = |store: &Store| {
        let rows = store.quotes(&QuoteQuery { channel: Some(ChannelKind::Call), ..QuoteQuery::default() }).unwrap();
        (rows[0].addressee_entity_id, rows[0].place_entity_id)
    };
    let event_place = |store: &Store| {
        let query = EventQuery { kind: Some(EventKind::Communication), ..EventQuery::default() };
        store.events(&query).unwrap()[0].place_entity_id
    };
    // Biden absorbed into Starmer (a user's mistake, for the test): the
    // call is now addressed to Starmer.
    let (starmer, biden) = (id(&store, "Keir Starmer"), id(&store, "Joe Biden"));
    store.merge_entities(starmer, biden).unwrap();
    assert_eq!(call(&store).0, Some(starmer));
    // A place merged away moves the quote's and the event's place with it.
    let washington = id(&store, "Washington");
    store.merge_entities(starmer, washington).unwrap();
    assert_eq!(call(&store).1, Some(starmer));
    assert_eq!(event_place(&store), Some(starmer));
    // Split back out: the documents whose entity was named so move back.
    let new_biden = store.split_alias(starmer, "Joe Biden").unwrap();
    assert_eq!(call(&store).0, Some(new_biden));
    let new_washington = store.split_alias(starmer, "Washington").unwrap();
    assert_eq!(call(&store).1, Some(new_washington));
    assert_eq!(event_place(&store), Some(new_washington));
    // The interview's addressee was named without an entity: it stays.
    let interview =
        store.quotes(&QuoteQuery { channel: Some(ChannelKind::Interview), ..QuoteQuery::default() }).unwrap();
    assert_eq!(interview[0].addressee_entity_id, Some(starmer));
}

#[test]
fn exports_carry_the_new_columns() {
    let (directory, store) = open_with_corpus();
    let new_quote_columns = [
        "said_date",
        "addressee_entity_id",
        "addressee",
        "addressee_mention",
        "channel",
        "channel_name",
        "channel_mention",
        "place_entity_id",
        "place",
    ];
    for format in [ExportFormat::Jsonl, ExportFormat::Csv, ExportFormat::Parquet] {
        let out = directory.path().join(format.extension());
        store.export(format, &out).unwrap();
        let path = |table: &str| out.join(format!("{table}.{}", format.extension()));
        let (quote_columns, event_columns): (Vec<String>, Vec<String>) = match format {
            ExportFormat::Jsonl => {
                let keys = |table: &str| -> Vec<String> {
                    let text = std::fs::read_to_string(path(table)).unwrap();
                    let first: serde_json::Map<String, serde_json::Value> =
                        serde_json::from_str(text.lines().next().unwrap()).unwrap();
                    first.keys().cloned().collect()
                };
                (keys("quotes"), keys("events"))
            }
            ExportFormat::Csv => {
                let header = |table: &str| -> Vec<String> {
                    let text = std::fs::read_to_string(path(table)).unwrap();
                    text.lines().next().unwrap().split(',').map(String::from).collect()
                };
                (header("quotes"), header("events"))
            }
            ExportFormat::Parquet => {
                let names = |table: &str| -> Vec<String> {
                    let reader = SerializedFileReader::new(std::fs::File::open(path(table)).unwrap()).unwrap();
                    let schema = reader.metadata().file_metadata().schema_descr_ptr();
                    schema.root_schema().get_fields().iter().map(|field| field.name().to_string()).collect()
                };
                (names("quotes"), names("events"))
            }
        };
        for column in new_quote_columns {
            assert!(quote_columns.iter().any(|name| name == column), "{format:?} quotes lack {column}");
        }
        for column in ["place_entity_id", "place"] {
            assert!(event_columns.iter().any(|name| name == column), "{format:?} events lack {column}");
        }
    }
    let jsonl = std::fs::read_to_string(directory.path().join("jsonl/quotes.jsonl")).unwrap();
    let call: serde_json::Value = jsonl
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .find(|row: &serde_json::Value| row["channel"] == "call")
        .unwrap();
    assert_eq!(
        (&call["addressee"], &call["said_date"], &call["place"]),
        (&serde_json::json!("Joe Biden"), &serde_json::json!("2024-12-18"), &serde_json::json!("Washington"))
    );
}
