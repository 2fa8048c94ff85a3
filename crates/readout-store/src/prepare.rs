//! What ingest derives from a record without the database.
//!
//! In: one [`Record`]. Out: a [`PreparedRecord`]: the record with its
//! content hashes, its boilerplate as JSON, each entity's mentions as JSON
//! (clamped to the text), and for each quote the column values that need
//! only the text (content spans as JSON, the quote's extent and the sentence
//! around it). The store has a single writer, so everything here is kept off
//! it: a caller with worker threads (the CLI's `ingest`) prepares records
//! there and hands [`Store::ingest`] the results; a plain [`Record`] is
//! prepared on the writer when given directly.
//!
//! [`Store::ingest`]: crate::Store::ingest

use readout_record::{Entity, EntityKind, Quote, Record, Span, Speaker};
use serde::Serialize;

use crate::entity_names::EntityNames;
use crate::sentence::{clamp_span, CodePointText};

/// A record ready for [`Store::ingest`](crate::Store::ingest).
#[derive(Debug, Clone)]
pub struct PreparedRecord {
    pub(crate) record: Record,
    /// [`content_hash`] of the text.
    pub(crate) text_hash: String,
    /// [`content_hash`] of the whole record as JSON: re-extracting the same
    /// text with a better pipeline replaces the stored rows instead of
    /// being skipped.
    pub(crate) record_hash: String,
    pub(crate) boilerplate_json: String,
    /// The text's length in code points, which spans are clamped to.
    pub(crate) text_length: usize,
    /// One per entity of `record`, in order: the `document_entities.mentions`
    /// column, a JSON array of `{start, end, text}` clamped to the text.
    pub(crate) entity_mentions_json: Vec<String>,
    /// One per entity of `record`, in order: its names for identity
    /// resolution (an empty name falls back to the first mention, then the id).
    pub(crate) entity_names: Vec<EntityNames>,
    /// One per quote of `record`, in order.
    pub(crate) quotes: Vec<PreparedQuote>,
}

/// The columns of one quote's row that come from the text alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PreparedQuote {
    pub(crate) content_json: String,
    /// Content, cue and speaker mention together, in code points; `None`
    /// when the quote has no offsets at all.
    pub(crate) extent: Option<(usize, usize)>,
    pub(crate) sentence_start: usize,
    pub(crate) sentence_end: usize,
    pub(crate) sentence: String,
    /// The speaker's name for identity resolution, when the quote names a
    /// speaker who is not one of the record's entities.
    pub(crate) speaker_names: Option<EntityNames>,
    /// The same for the addressee: resolved as the speaker is.
    pub(crate) addressee_names: Option<EntityNames>,
}

impl PreparedRecord {
    pub fn new(record: Record) -> PreparedRecord {
        let text_hash = content_hash(record.text.as_bytes());
        // Hashed as it is serialised: the JSON itself is never kept.
        let mut record_hasher = ContentHasher::new();
        let record_hash = match serde_json::to_writer(&mut record_hasher, &record) {
            Ok(()) => record_hasher.finish(),
            Err(_) => text_hash.clone(),
        };
        let boilerplate_json = serde_json::to_string(&record.boilerplate).unwrap_or_else(|_| "[]".into());
        let text = CodePointText::new(&record.text);
        let quotes = record.quotes.iter().map(|quote| prepare_quote(quote, &record.entities, &text)).collect();
        let entity_mentions_json =
            record.entities.iter().map(|entity| mentions_json(&entity.mentions, text.len())).collect();
        let entity_names = record.entities.iter().map(entity_names).collect();
        PreparedRecord {
            text_length: text.len(),
            record,
            text_hash,
            record_hash,
            boilerplate_json,
            entity_mentions_json,
            entity_names,
            quotes,
        }
    }

    /// The record as given.
    pub fn record(&self) -> &Record {
        &self.record
    }
}

impl From<Record> for PreparedRecord {
    fn from(record: Record) -> PreparedRecord {
        PreparedRecord::new(record)
    }
}

fn entity_names(entity: &Entity) -> EntityNames {
    let mention_texts: Vec<&str> = entity.mentions.iter().map(|span| span.text.as_str()).collect();
    let name = if entity.name.trim().is_empty() {
        mention_texts.first().copied().unwrap_or(entity.id.as_str())
    } else {
        entity.name.as_str()
    };
    EntityNames::new(name, entity.kind, &mention_texts)
}

/// A person's names for identity resolution, when `who` names someone who
/// is not one of the record's entities (a speaker or addressee given only
/// by name); `None` when the entity is known or there is no name.
fn names_outside_entities(who: &Speaker, entities: &[Entity]) -> Option<EntityNames> {
    let is_an_entity = who.entity.as_ref().is_some_and(|local_id| entities.iter().any(|entity| entity.id == *local_id));
    match &who.name {
        Some(name) if !is_an_entity && !name.trim().is_empty() => Some(EntityNames::new(name, EntityKind::Person, &[])),
        _ => None,
    }
}

fn prepare_quote(quote: &Quote, entities: &[Entity], text: &CodePointText) -> PreparedQuote {
    let speaker_names = names_outside_entities(&quote.speaker, entities);
    let addressee_names = quote.addressee.as_ref().and_then(|addressee| names_outside_entities(addressee, entities));
    let spans = quote.content.iter().chain(quote.cue.iter()).chain(quote.speaker.mention.iter());
    let (mut start, mut end) = (usize::MAX, 0usize);
    for span in spans {
        let (span_start, span_end) = text.clamp(span.start, span.end);
        start = start.min(span_start);
        end = end.max(span_end);
    }
    let extent = (start != usize::MAX).then_some((start, end));
    let (sentence_start, sentence_end) = match extent {
        Some((start, end)) => text.sentence_around(start, end),
        None => (0, 0),
    };
    let sentence = match extent {
        Some(_) => text.slice(sentence_start, sentence_end),
        // No offsets at all: the quote text is the best context we have.
        None => quote.text.clone(),
    };
    PreparedQuote {
        content_json: serde_json::to_string(&quote.content).unwrap_or_else(|_| "[]".into()),
        extent,
        sentence_start,
        sentence_end,
        sentence,
        speaker_names,
        addressee_names,
    }
}

/// A mention as stored: the record's span with its offsets clamped.
#[derive(Serialize)]
struct StoredSpan<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

fn mentions_json(mentions: &[Span], text_length: usize) -> String {
    let stored: Vec<StoredSpan> = mentions
        .iter()
        .map(|span| {
            let (start, end) = clamp_span(text_length, span.start, span.end);
            StoredSpan { start, end, text: &span.text }
        })
        .collect();
    serde_json::to_string(&stored).unwrap_or_else(|_| "[]".into())
}

/// FNV-1a, 64 bits, as hex: stable across runs and platforms, which is all a
/// change detector needs.
pub(crate) fn content_hash(bytes: &[u8]) -> String {
    let mut hasher = ContentHasher::new();
    hasher.update(bytes);
    hasher.finish()
}

/// [`content_hash`] over bytes written a piece at a time.
struct ContentHasher(u64);

impl ContentHasher {
    fn new() -> ContentHasher {
        ContentHasher(0xcbf2_9ce4_8422_2325)
    }

    fn update(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 ^= u64::from(*byte);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> String {
        format!("{:016x}", self.0)
    }
}

impl std::io::Write for ContentHasher {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.update(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_record::{Quote, QuoteKind};

    fn quote(content: Option<(usize, usize)>) -> Quote {
        Quote {
            id: "q1".into(),
            kind: QuoteKind::Direct,
            text: "We will win".into(),
            content: content.map(|(start, end)| Span { start, end, text: "We will win".into() }).into_iter().collect(),
            cue: None,
            speaker: Speaker { entity: None, name: None, mention: None },
            date: None,
            addressee: None,
            channel: None,
            place: None,
        }
    }

    fn check(text: &str, content: Option<(usize, usize)>, expect: (Option<(usize, usize)>, &str)) {
        let prepared = prepare_quote(&quote(content), &[], &CodePointText::new(text));
        assert_eq!((prepared.extent, prepared.sentence.as_str()), expect);
    }

    #[test]
    fn content_hash_is_stable() {
        assert_eq!(content_hash(b""), "cbf29ce484222325");
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }

    #[test]
    fn record_hash_is_the_hash_of_the_record_json() {
        // Stores written before the hash was streamed keep matching.
        let record = Record {
            id: "doc".into(),
            source: "doc.txt".into(),
            title: None,
            date: Some("2024-12-11".into()),
            text: "Text, \"quoted\".".into(),
            boilerplate: Vec::new(),
            entities: Vec::new(),
            quotes: vec![quote(Some((6, 14)))],
            times: Vec::new(),
            events: Vec::new(),
            diagnostics: Vec::new(),
        };
        let json = serde_json::to_vec(&record).unwrap();
        assert_eq!(PreparedRecord::new(record).record_hash, content_hash(&json));
    }

    #[test]
    fn a_quote_gets_the_sentence_it_sits_in() {
        check(
            "First one. \"We will win,\" she said. Last.",
            Some((12, 23)),
            (Some((12, 23)), "\"We will win,\" she said."),
        );
    }

    #[test]
    fn a_quote_without_offsets_keeps_its_own_text() {
        check("First one.", None, (None, "We will win"));
    }

    #[test]
    fn offsets_past_the_end_are_clamped() {
        check("Short.", Some((3, 900)), (Some((3, 6)), "Short."));
    }

    #[test]
    fn mentions_are_stored_as_json_with_clamped_offsets() {
        let mentions =
            [Span { start: 0, end: 5, text: "Keir".into() }, Span { start: 40, end: 30, text: "Sir \"Keir\"".into() }];
        assert_eq!(
            mentions_json(&mentions, 35),
            r#"[{"start":0,"end":5,"text":"Keir"},{"start":30,"end":35,"text":"Sir \"Keir\""}]"#
        );
        assert_eq!(mentions_json(&[], 35), "[]");
    }

    #[test]
    fn speakers_and_addressees_outside_the_entities_are_resolved_by_name() {
        let entities =
            [Entity { id: "e1".into(), name: "Joe Biden".into(), kind: EntityKind::Person, mentions: vec![] }];
        let who = |entity: Option<&str>, name: Option<&str>| Speaker {
            entity: entity.map(String::from),
            name: name.map(String::from),
            mention: None,
        };
        for (speaker, addressee, expected) in [
            (who(Some("e1"), Some("Joe Biden")), None, (None, None)),
            (who(None, Some("Joe Biden")), Some(who(Some("e1"), Some("Joe Biden"))), (Some("Joe Biden"), None)),
            (who(None, None), Some(who(None, Some("Keir Starmer"))), (None, Some("Keir Starmer"))),
            (who(Some("e9"), Some(" ")), Some(who(Some("e9"), Some("Sir Keir"))), (None, Some("Sir Keir"))),
        ] {
            let mut quote = quote(None);
            quote.speaker = speaker;
            quote.addressee = addressee;
            let prepared = prepare_quote(&quote, &entities, &CodePointText::new(""));
            let name = |names: &Option<EntityNames>| names.as_ref().map(|names| names.name.clone());
            let got = (name(&prepared.speaker_names), name(&prepared.addressee_names));
            assert_eq!(got, (expected.0.map(String::from), expected.1.map(String::from)), "{quote:?}");
        }
    }

    #[test]
    fn the_same_record_prepares_the_same_hashes() {
        let record = Record {
            id: "d1".into(),
            source: "test".into(),
            title: None,
            date: None,
            text: "First one. \"We will win,\" she said.".into(),
            boilerplate: Vec::new(),
            entities: Vec::new(),
            quotes: vec![quote(Some((12, 23)))],
            times: Vec::new(),
            events: Vec::new(),
            diagnostics: Vec::new(),
        };
        let first = PreparedRecord::new(record.clone());
        let second = PreparedRecord::new(record);
        assert_eq!((&first.text_hash, &first.record_hash), (&second.text_hash, &second.record_hash));
        assert_eq!(first.quotes, second.quotes);
        assert_eq!(first.quotes.len(), 1);
    }
}
