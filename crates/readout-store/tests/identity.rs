//! Cross-document identity on the named cases: Starmer, the Clintons, the
//! Trumps, offices; and user merge and split rules surviving re-ingest.
//!
//! In: hand-built records, one per document. Out: assertions on which
//! global entity each document's person ended up as.

mod common;

use common::RecordBuilder;
use readout_record::{EntityKind, Record};
use readout_store::{QuoteQuery, Store};

fn store() -> (tempfile::TempDir, Store) {
    let directory = tempfile::tempdir().unwrap();
    let store = Store::open(directory.path().join("identity.db")).unwrap();
    (directory, store)
}

fn person_document(id: &str, name: &str, mentions: &[&str]) -> Record {
    RecordBuilder::new(id, &format!("https://news.example/{id}"), Some("2024-07-05"))
        .person("e1", name, mentions)
        .said("e1", mentions.first().copied().unwrap_or(name), &format!("Words from {id}"))
        .build()
}

fn global_id(store: &Store, document_id: &str) -> i64 {
    let view = store.document(document_id).unwrap().unwrap();
    view.global_entity_ids["e1"]
}

/// The global entities the `mentions` view gives a document's mentions.
fn mention_entities(store: &Store, document_id: &str) -> Vec<i64> {
    let mut statement = store
        .connection()
        .prepare(
            "SELECT DISTINCT m.entity_id FROM mentions m JOIN documents d ON d.rowid = m.document_rowid
             WHERE d.id = ?1 ORDER BY m.entity_id",
        )
        .unwrap();
    let ids = statement.query_map([document_id], |row| row.get(0)).unwrap().collect::<Result<_, _>>().unwrap();
    ids
}

#[test]
fn starmer_forms_are_one_person() {
    let (_directory, mut store) = store();
    store
        .ingest([
            person_document("a", "Keir Starmer", &["Keir Starmer", "Starmer"]),
            person_document("b", "Sir Keir Starmer", &["Sir Keir Starmer"]),
            person_document("c", "Starmer", &["Starmer"]),
            person_document("d", "Keir Starmer MP", &["Mr Starmer"]),
        ])
        .unwrap();
    let first = global_id(&store, "a");
    for document in ["b", "c", "d"] {
        assert_eq!(global_id(&store, document), first, "document {document}");
    }
    let entity = &store.entities(Some("Starmer")).unwrap()[0];
    assert_eq!(entity.name, "Keir Starmer");
    for alias in ["Keir Starmer", "Sir Keir Starmer", "Starmer", "Mr Starmer"] {
        assert!(entity.aliases.iter().any(|known| known == alias), "{alias} in {:?}", entity.aliases);
    }
    let quotes = store.quotes(&QuoteQuery { speaker: Some("Sir Keir".into()), ..QuoteQuery::default() }).unwrap();
    // "Sir Keir" is a given name only; it is not a known alias, so no match
    // by entity, and the fallback searches the speaker text as written.
    assert!(quotes.len() <= 4);
    let by_surname = store.quotes(&QuoteQuery { speaker: Some("Starmer".into()), ..QuoteQuery::default() }).unwrap();
    assert_eq!(by_surname.len(), 4);
}

#[test]
fn clintons_are_told_apart() {
    let (_directory, mut store) = store();
    store
        .ingest([
            person_document("h1", "Hillary Clinton", &["Hillary Clinton", "Mrs. Clinton", "Clinton"]),
            person_document("h2", "Hillary Rodham Clinton", &["Hillary Rodham Clinton"]),
            person_document("b1", "Bill Clinton", &["Bill Clinton", "Mr. Clinton"]),
            person_document("c1", "Chelsea Clinton", &["Chelsea Clinton"]),
            person_document("h3", "Mrs. Clinton", &["Mrs. Clinton"]),
        ])
        .unwrap();
    let hillary = global_id(&store, "h1");
    let bill = global_id(&store, "b1");
    let chelsea = global_id(&store, "c1");
    assert_eq!(global_id(&store, "h2"), hillary);
    assert_eq!(global_id(&store, "h3"), hillary, "Mrs. Clinton was seen as Hillary's alias");
    assert_ne!(hillary, bill);
    assert_ne!(hillary, chelsea);
    assert_ne!(bill, chelsea);

    // "Clinton" alone is ambiguous once three Clintons are known: it must
    // not be given to any of them.
    store.ingest([person_document("x1", "Clinton", &["Clinton"])]).unwrap();
    let bare = global_id(&store, "x1");
    assert!(![bill, chelsea].contains(&bare));
}

#[test]
fn bare_names_go_to_the_person_the_corpus_talks_about_most() {
    let (_directory, mut store) = store();
    let mut documents: Vec<Record> = (0..6)
        .map(|number| {
            person_document(&format!("h{number}"), "Hillary Clinton", &["Hillary Clinton", "Mrs. Clinton", "Clinton"])
        })
        .collect();
    documents.push(person_document("b1", "Bill Clinton", &["Bill Clinton", "Mr. Clinton"]));
    documents.push(person_document("b2", "Bill Clinton", &["Bill Clinton"]));
    documents.push(person_document("c1", "Chelsea Clinton", &["Chelsea Clinton"]));
    store.ingest(documents).unwrap();
    let (hillary, bill) = (global_id(&store, "h0"), global_id(&store, "b1"));
    store
        .ingest([
            person_document("x1", "Clinton", &["Clinton"]),
            person_document("x2", "Hillary", &["Hillary"]),
            person_document("x3", "Mr. Clinton", &["Mr. Clinton"]),
            person_document("x4", "Mr Clinton", &["Mr Clinton"]),
            person_document("x5", "Democrat Hillary Clinton", &["Democrat Hillary Clinton"]),
        ])
        .unwrap();
    assert_eq!(global_id(&store, "x1"), hillary, "Clinton alone: six documents against two");
    assert_eq!(global_id(&store, "x2"), hillary, "a first name alone");
    assert_eq!(global_id(&store, "x3"), bill, "Mr. Clinton is not Hillary");
    assert_eq!(global_id(&store, "x4"), bill, "the alias as written, or the honorific");
    assert_eq!(global_id(&store, "x5"), hillary, "a party label is not part of the name");
    assert_ne!(global_id(&store, "c1"), hillary);
}

#[test]
fn bare_surname_with_one_known_person_joins_them() {
    let (_directory, mut store) = store();
    store
        .ingest([
            person_document("h1", "Hillary Clinton", &["Hillary Clinton"]),
            person_document("h2", "Clinton", &["Clinton"]),
        ])
        .unwrap();
    assert_eq!(global_id(&store, "h1"), global_id(&store, "h2"));
}

#[test]
fn trumps_are_three_people() {
    let (_directory, mut store) = store();
    store
        .ingest([
            person_document("d1", "Donald Trump", &["Donald Trump", "President Trump"]),
            person_document("d2", "Donald J. Trump", &["Donald J. Trump"]),
            person_document("j1", "Donald Trump Jr.", &["Donald Trump Jr."]),
            person_document("m1", "Melania Trump", &["Melania Trump"]),
        ])
        .unwrap();
    let donald = global_id(&store, "d1");
    assert_eq!(global_id(&store, "d2"), donald, "middle initial may differ");
    let junior = global_id(&store, "j1");
    let melania = global_id(&store, "m1");
    assert_ne!(donald, junior);
    assert_ne!(donald, melania);
    assert_ne!(junior, melania);
}

#[test]
fn an_unnamed_writers_i_is_linked_to_no_entity() {
    let (_directory, mut store) = store();
    let column = |id: &str| {
        RecordBuilder::new(id, &format!("https://news.example/{id}"), Some("2024-07-05"))
            .person("e1", "I", &["I", "my"])
            .person("e2", "Jane Porter", &["Jane Porter"])
            .build()
    };
    store.ingest([column("w1"), column("w2")]).unwrap();
    for id in ["w1", "w2"] {
        let view = store.document(id).unwrap().unwrap();
        assert!(!view.global_entity_ids.contains_key("e1"), "{id}: the writer's I has a global entity");
        assert!(view.global_entity_ids.contains_key("e2"));
        // The document keeps the entity and its mentions all the same.
        let writer = view.record.entities.iter().find(|e| e.id == "e1").expect("the writer's entity");
        assert_eq!(writer.mentions.len(), 2);
    }
    assert!(store.entities(Some("I")).unwrap().is_empty());
}

#[test]
fn a_person_described_but_not_named_is_linked_to_no_entity() {
    let (_directory, mut store) = store();
    let report = |id: &str| {
        RecordBuilder::new(id, &format!("https://news.example/{id}"), Some("2024-07-05"))
            .person("e1", "the suspect", &["the suspect", "the suspect"])
            .person("e2", "Jane Porter's lawyer", &["Jane Porter's lawyer"])
            .build()
    };
    store.ingest([report("s1"), report("s2")]).unwrap();
    for id in ["s1", "s2"] {
        let view = store.document(id).unwrap().unwrap();
        assert!(view.global_entity_ids.is_empty(), "{id}: a description has a global entity");
        assert_eq!(view.record.entities.len(), 2);
    }
    assert!(store.entities(Some("suspect")).unwrap().is_empty());
}

#[test]
fn an_organisation_whose_name_opens_in_lower_case_is_still_linked() {
    let (_directory, mut store) = store();
    let report = |id: &str| {
        RecordBuilder::new(id, &format!("https://news.example/{id}"), Some("2024-07-05"))
            .entity("e1", "eBay", EntityKind::Organization, &["eBay"])
            .build()
    };
    store.ingest([report("b1"), report("b2")]).unwrap();
    assert_eq!(global_id(&store, "b1"), global_id(&store, "b2"));
}

#[test]
fn offices_are_organizations_and_not_people() {
    let (_directory, mut store) = store();
    let record = RecordBuilder::new("o1", "https://news.example/o1", Some("2024-07-05"))
        .entity("e1", "Downing Street", EntityKind::Person, &["Downing Street"])
        .said("e1", "A Downing Street spokesperson", "No comment")
        .build();
    let white_house = RecordBuilder::new("o2", "https://news.example/o2", Some("2024-07-06"))
        .entity("e1", "The White House", EntityKind::Organization, &["The White House"])
        .build();
    let white_house_again = RecordBuilder::new("o3", "https://news.example/o3", Some("2024-07-07"))
        .entity("e1", "White House", EntityKind::Place, &["White House"])
        .build();
    store.ingest([record, white_house, white_house_again]).unwrap();
    let entities = store.entities(Some("Downing Street")).unwrap();
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0].kind, "organization");
    assert_eq!(global_id(&store, "o2"), global_id(&store, "o3"));
}

#[test]
fn a_first_name_and_its_short_form_are_one_person() {
    let (_directory, mut store) = store();
    store
        .ingest([
            person_document("j1", "Joseph Biden", &["Joseph Biden"]),
            person_document("j2", "Joe Biden", &["Joe Biden"]),
        ])
        .unwrap();
    assert_eq!(global_id(&store, "j1"), global_id(&store, "j2"));
}

#[test]
fn merge_rule_survives_reingest() {
    let (_directory, mut store) = store();
    store
        .ingest([
            person_document("b1", "Bill Clinton", &["Bill Clinton"]),
            person_document("w1", "Jefferson Clinton", &["Jefferson Clinton"]),
        ])
        .unwrap();
    let bill = global_id(&store, "b1");
    let william = global_id(&store, "w1");
    assert_ne!(
        bill, william,
        "first names differ (a middle name used as the first is no short form the store knows), so the store keeps them apart"
    );
    store.merge_entities(bill, william).unwrap();
    assert_eq!(global_id(&store, "w1"), bill);
    assert_eq!(mention_entities(&store, "w1"), [bill], "mentions follow the merge");
    assert!(store.entities(None).unwrap().iter().all(|entity| entity.id != william));

    // A changed version of w1 is re-ingested: the rule routes it to Bill.
    let mut changed = person_document("w1", "Jefferson Clinton", &["Jefferson Clinton"]);
    changed.title = Some("updated".into());
    let summary = store.ingest([changed]).unwrap();
    assert_eq!(summary.replaced, 1);
    assert_eq!(global_id(&store, "w1"), bill);
    // And a new document too.
    store.ingest([person_document("w2", "William J. Clinton", &["William J. Clinton"])]).unwrap();
    assert_eq!(global_id(&store, "w2"), bill);
    let speakers = store.speakers(None).unwrap();
    let bill_row = speakers.iter().find(|row| row.entity_id == bill).unwrap();
    assert_eq!(bill_row.quotes, 3);
}

#[test]
fn split_rule_survives_reingest() {
    let (_directory, mut store) = store();
    store
        .ingest([
            person_document("k1", "Keir Starmer", &["Keir Starmer"]),
            person_document("k2", "Starmer", &["Starmer"]),
        ])
        .unwrap();
    let keir = global_id(&store, "k1");
    assert_eq!(global_id(&store, "k2"), keir);
    let other = store.split_alias(keir, "Starmer").unwrap();
    assert_ne!(other, keir);
    assert_eq!(global_id(&store, "k2"), other);
    assert_eq!(global_id(&store, "k1"), keir);
    assert_eq!(mention_entities(&store, "k2"), [other], "mentions follow the split");
    assert_eq!(mention_entities(&store, "k1"), [keir]);

    let mut changed = person_document("k2", "Starmer", &["Starmer"]);
    changed.title = Some("updated".into());
    store.ingest([changed]).unwrap();
    assert_eq!(global_id(&store, "k2"), other, "split respected on re-ingest");
    store.ingest([person_document("k3", "Starmer", &["Starmer"])]).unwrap();
    assert_eq!(global_id(&store, "k3"), other);
    store.ingest([person_document("k4", "Sir Keir Starmer", &["Sir Keir Starmer"])]).unwrap();
    assert_eq!(global_id(&store, "k4"), keir);

    assert!(store.split_alias(keir, "Nobody").is_err());
    assert!(store.merge_entities(keir, 999_999).is_err());
}

#[test]
fn an_entity_is_shown_under_the_name_most_of_its_documents_give() {
    let (_directory, mut store) = store();
    // "Jim Comey" comes first, "James Comey" in more documents.
    store.ingest([person_document("c1", "Jim Comey", &["Jim Comey"])]).unwrap();
    let id = global_id(&store, "c1");
    let shown = |store: &Store| -> String {
        store.connection().query_row("SELECT name FROM entities WHERE id = ?1", [id], |row| row.get(0)).unwrap()
    };
    assert_eq!(shown(&store), "Jim Comey");
    store
        .ingest([
            person_document("c2", "James Comey", &["James Comey"]),
            person_document("c3", "James Comey", &["James Comey"]),
        ])
        .unwrap();
    assert_eq!(global_id(&store, "c2"), id);
    assert_eq!(shown(&store), "James Comey");
    // A tie keeps the earliest document's name.
    store.ingest([person_document("c4", "Jim Comey", &["Jim Comey"])]).unwrap();
    assert_eq!(shown(&store), "Jim Comey");
}

#[test]
fn a_name_in_capitals_is_shown_only_where_no_document_writes_it_otherwise() {
    let (_directory, mut store) = store();
    let organisation = |id: &str, name: &str| {
        RecordBuilder::new(id, &format!("https://news.example/{id}"), Some("2024-07-05"))
            .entity("e1", name, EntityKind::Organization, &[name])
            .build()
    };
    store
        .ingest([organisation("p1", "Politico"), organisation("p2", "POLITICO"), organisation("p3", "POLITICO")])
        .unwrap();
    let name: String = store
        .connection()
        .query_row(
            "SELECT e.name FROM entities e JOIN document_entities de ON de.entity_id = e.id
             JOIN documents d ON d.rowid = de.document_rowid WHERE d.id = 'p2'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(name, "Politico");
}

#[test]
fn regression_a_document_twice_in_one_batch_lost_the_shown_names_of_the_batch() {
    let (_directory, mut store) = store();
    store.ingest([person_document("c1", "Jim Comey", &["Jim Comey"])]).unwrap();
    let id = global_id(&store, "c1");
    store
        .ingest([
            person_document("c2", "James Comey", &["James Comey"]),
            person_document("c3", "James Comey", &["James Comey"]),
            person_document("x", "Ann Lee", &["Ann Lee"]),
            person_document("x", "Ann Leigh", &["Ann Leigh"]),
        ])
        .unwrap();
    let shown: String =
        store.connection().query_row("SELECT name FROM entities WHERE id = ?1", [id], |row| row.get(0)).unwrap();
    assert_eq!(shown, "James Comey");
}
