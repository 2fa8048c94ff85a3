//! Arbitrary bytes in, nothing out. The bytes are read as one record of
//! `readout extract`'s JSON output (`serde_json::from_slice` into a
//! `readout_record::Record`); bytes that are not such JSON are instead
//! turned into a record field by field (`arbitrary`), so that odd records
//! are reached without the fuzzer first having to learn JSON. The record is
//! ingested into one store shared by all iterations (a SQLite file in the
//! temporary folder, named after the process) three times in one call: as
//! it is, again unchanged, and changed under the same id, so the insert,
//! skip and replace paths all run. Records are not trusted: spans past the text or reversed, unknown
//! or repeated entity ids, addressees and places naming no entity, any
//! channel, and odd dates must never make the store panic. An
//! ingest error is allowed (it names a bad record); a panic is a bug.
#![no_main]

use std::sync::{Mutex, OnceLock};

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use readout_record::{
    Channel, ChannelKind, Entity, EntityKind, Event, EventKind, Quote, QuoteKind, Record, Span, Speaker,
    TimeExpression, TimeType,
};
use readout_store::Store;

fn store() -> &'static Mutex<Store> {
    static STORE: OnceLock<Mutex<Store>> = OnceLock::new();
    STORE.get_or_init(|| {
        let path = std::env::temp_dir().join(format!("readout-fuzz-store-{}.db", std::process::id()));
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
        Mutex::new(Store::open(&path).expect("open the fuzz store"))
    })
}

/// A short string from a few fixed ones or the input, so that ids and names
/// repeat across records and within one.
fn name(u: &mut Unstructured) -> Result<String> {
    const NAMES: &[&str] = &["e1", "e2", "q1", "Keir Starmer", "Sir Keir", "Starmer", "", " ", "Mr", "doc"];
    Ok(match u.int_in_range(0..=NAMES.len())? {
        n if n < NAMES.len() => NAMES[n].to_string(),
        _ => u.arbitrary()?,
    })
}

/// Offsets mostly inside a short text, sometimes anywhere.
fn offset(u: &mut Unstructured) -> Result<usize> {
    Ok(if u.ratio(1, 8)? { u.arbitrary()? } else { u.int_in_range(0..=64)? })
}

fn span(u: &mut Unstructured) -> Result<Span> {
    Ok(Span { start: offset(u)?, end: offset(u)?, text: name(u)? })
}

fn list<T>(u: &mut Unstructured, item: fn(&mut Unstructured) -> Result<T>) -> Result<Vec<T>> {
    (0..u.int_in_range(0..=3)?).map(|_| item(u)).collect()
}

/// A speaker or addressee: any of entity id, name and mention, each maybe.
fn who(u: &mut Unstructured) -> Result<Speaker> {
    Ok(Speaker {
        entity: if u.arbitrary()? { Some(name(u)?) } else { None },
        name: if u.arbitrary()? { Some(name(u)?) } else { None },
        mention: if u.arbitrary()? { Some(span(u)?) } else { None },
    })
}

fn channel(u: &mut Unstructured) -> Result<Channel> {
    Ok(Channel {
        kind: *u.choose(&ChannelKind::ALL)?,
        name: if u.arbitrary()? { Some(name(u)?) } else { None },
        mention: if u.arbitrary()? { Some(span(u)?) } else { None },
    })
}

fn record(u: &mut Unstructured) -> Result<Record> {
    let entity = |u: &mut Unstructured| -> Result<Entity> {
        let kind = *u.choose(&[EntityKind::Person, EntityKind::Organization, EntityKind::Place, EntityKind::Other])?;
        Ok(Entity { id: name(u)?, name: name(u)?, kind, mentions: list(u, span)? })
    };
    let quote = |u: &mut Unstructured| -> Result<Quote> {
        Ok(Quote {
            id: name(u)?,
            kind: *u.choose(&[QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect])?,
            speaker: who(u)?,
            cue: if u.arbitrary()? { Some(span(u)?) } else { None },
            content: list(u, span)?,
            text: name(u)?,
            date: if u.arbitrary()? { Some(name(u)?) } else { None },
            addressee: if u.arbitrary()? { Some(who(u)?) } else { None },
            channel: if u.arbitrary()? { Some(channel(u)?) } else { None },
            place: if u.arbitrary()? { Some(name(u)?) } else { None },
        })
    };
    let time = |u: &mut Unstructured| -> Result<TimeExpression> {
        Ok(TimeExpression {
            start: offset(u)?,
            end: offset(u)?,
            text: name(u)?,
            value: u.arbitrary()?,
            kind: if u.arbitrary()? {
                Some(*u.choose(&[TimeType::Date, TimeType::Time, TimeType::Duration, TimeType::Set])?)
            } else {
                None
            },
        })
    };
    let event = |u: &mut Unstructured| -> Result<Event> {
        Ok(Event {
            kind: *u.choose(&[EventKind::Communication, EventKind::Meeting, EventKind::Visit])?,
            cue: span(u)?,
            participants: list(u, name)?,
            date: u.arbitrary()?,
            place: if u.arbitrary()? { Some(name(u)?) } else { None },
        })
    };
    Ok(Record {
        id: name(u)?,
        source: name(u)?,
        title: u.arbitrary()?,
        date: u.arbitrary()?,
        text: u.arbitrary()?,
        boilerplate: list(u, span)?,
        entities: list(u, entity)?,
        quotes: list(u, quote)?,
        times: list(u, time)?,
        events: list(u, event)?,
        diagnostics: Vec::new(),
    })
}

fuzz_target!(|data: &[u8]| {
    let record = match serde_json::from_slice::<Record>(data) {
        Ok(record) => record,
        Err(_) => match record(&mut Unstructured::new(data)) {
            Ok(record) => record,
            Err(_) => return,
        },
    };
    // Inserted, then skipped (stored exactly so), then replaced by the
    // changed copy inside the same transaction.
    let mut changed = record.clone();
    changed.text.push_str(" Changed.");
    let mut store = store().lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    let _ = store.ingest([record.clone(), record, changed]);
});
