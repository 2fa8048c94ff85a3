//! Test helper: builds [`Record`]s by hand, the way the extraction pipeline
//! would, without depending on it.
//!
//! In: entities, quotes (with their addressee, channel, date and place)
//! and events described in a few words. Out: a `Record` whose text
//! contains every span at the right code-point offsets.

#![allow(dead_code)]

use readout_record::{
    Channel, ChannelKind, Entity, EntityKind, Event, EventKind, Quote, QuoteKind, Record, Span, Speaker,
    TimeExpression, TimeType,
};

pub struct RecordBuilder {
    record: Record,
    length: usize,
}

impl RecordBuilder {
    pub fn new(id: &str, source: &str, date: Option<&str>) -> Self {
        RecordBuilder {
            record: Record {
                id: id.to_string(),
                source: source.to_string(),
                title: Some(format!("Article {id}")),
                date: date.map(str::to_string),
                text: String::new(),
                boilerplate: Vec::new(),
                entities: Vec::new(),
                quotes: Vec::new(),
                times: Vec::new(),
                events: Vec::new(),
                diagnostics: Vec::new(),
            },
            length: 0,
        }
    }

    fn push(&mut self, text: &str) -> Span {
        let start = self.length;
        self.record.text.push_str(text);
        self.length += text.chars().count();
        Span { start, end: self.length, text: text.to_string() }
    }

    fn entity_mut(&mut self, local_id: &str) -> Option<&mut Entity> {
        self.record.entities.iter_mut().find(|entity| entity.id == local_id)
    }

    /// An entity whose mentions appear as a plain sentence in the text.
    pub fn entity(mut self, local_id: &str, name: &str, kind: EntityKind, mentions: &[&str]) -> Self {
        let mut spans = Vec::new();
        for mention in mentions {
            spans.push(self.push(mention));
            self.push(" was there. ");
        }
        self.record.entities.push(Entity { id: local_id.to_string(), name: name.to_string(), kind, mentions: spans });
        self
    }

    pub fn person(self, local_id: &str, name: &str, mentions: &[&str]) -> Self {
        self.entity(local_id, name, EntityKind::Person, mentions)
    }

    /// Appends `“content,” mention said.` and a quote pointing at it.
    pub fn quote(mut self, speaker_local_id: Option<&str>, mention: &str, content: &str, kind: QuoteKind) -> Self {
        self.push("“");
        let content_span = self.push(content);
        self.push(",” ");
        let mention_span = self.push(mention);
        self.push(" ");
        let cue = self.push("said");
        self.push(". ");
        let name = speaker_local_id.and_then(|local_id| {
            self.record.entities.iter().find(|entity| entity.id == local_id).map(|entity| entity.name.clone())
        });
        if let Some(entity) = speaker_local_id.and_then(|local_id| self.entity_mut(local_id)) {
            entity.mentions.push(mention_span.clone());
        }
        let number = self.record.quotes.len() + 1;
        self.record.quotes.push(Quote {
            id: format!("q{number}"),
            kind,
            speaker: Speaker { entity: speaker_local_id.map(str::to_string), name, mention: Some(mention_span) },
            cue: Some(cue),
            content: vec![content_span],
            text: content.to_string(),
            date: None,
            addressee: None,
            channel: None,
            place: None,
        });
        self
    }

    pub fn said(self, speaker_local_id: &str, mention: &str, content: &str) -> Self {
        self.quote(Some(speaker_local_id), mention, content, QuoteKind::Direct)
    }

    fn last_quote(&mut self) -> &mut Quote {
        self.record.quotes.last_mut().expect("a quote to say more about")
    }

    /// Appends `To {mention}.` and makes it the last quote's addressee: the
    /// entity `local_id` (which gains the mention) when given, else the
    /// words alone.
    pub fn to(mut self, local_id: Option<&str>, mention: &str) -> Self {
        self.push("To ");
        let mention_span = self.push(mention);
        self.push(". ");
        let name = local_id.and_then(|local_id| self.entity_mut(local_id)).map(|entity| {
            entity.mentions.push(mention_span.clone());
            entity.name.clone()
        });
        self.last_quote().addressee =
            Some(Speaker { entity: local_id.map(str::to_string), name, mention: Some(mention_span) });
        self
    }

    /// Appends `In {mention}.` and makes it the last quote's channel.
    pub fn via(mut self, kind: ChannelKind, name: Option<&str>, mention: &str) -> Self {
        self.push("In ");
        let mention_span = self.push(mention);
        self.push(". ");
        self.last_quote().channel = Some(Channel { kind, name: name.map(str::to_string), mention: Some(mention_span) });
        self
    }

    /// The last quote's words were said on `date`, a TIMEX3 value.
    pub fn said_on(mut self, date: &str) -> Self {
        self.last_quote().date = Some(date.to_string());
        self
    }

    /// The last quote was said at the place entity `local_id`.
    pub fn said_at(mut self, local_id: &str) -> Self {
        self.last_quote().place = Some(local_id.to_string());
        self
    }

    /// The last event happened at the place entity `local_id`.
    pub fn event_at(mut self, local_id: &str) -> Self {
        self.record.events.last_mut().expect("an event").place = Some(local_id.to_string());
        self
    }

    pub fn event(mut self, kind: EventKind, cue: &str, participants: &[&str], date: Option<&str>) -> Self {
        let cue = self.push(cue);
        self.push(". ");
        self.record.events.push(Event {
            kind,
            cue,
            participants: participants.iter().map(|id| id.to_string()).collect(),
            date: date.map(str::to_string),
            place: None,
        });
        self
    }

    /// A time expression of the given TimeML type, as a sentence of its own.
    pub fn time(mut self, text: &str, value: &str, kind: Option<TimeType>) -> Self {
        let span = self.push(text);
        self.push(". ");
        self.record.times.push(TimeExpression {
            start: span.start,
            end: span.end,
            text: span.text,
            value: value.to_string(),
            kind,
        });
        self
    }

    pub fn build(self) -> Record {
        self.record
    }
}

/// A document with `quotes` quotes by one speaker; the title records the
/// count so integrity checks can compare.
pub fn numbered_document(number: usize, quotes: usize) -> Record {
    let speakers = ["Keir Starmer", "Rachel Reeves", "Angela Rayner", "Yvette Cooper"];
    let speaker = speakers[number % speakers.len()];
    let mut builder = RecordBuilder::new(
        &format!("doc-{number:06}"),
        &format!("https://news.example/{number}"),
        Some(&format!("2024-{:02}-{:02}", number % 12 + 1, number % 28 + 1)),
    )
    .person("e1", speaker, &[speaker]);
    for quote in 0..quotes {
        builder = builder.said("e1", "she", &format!("Statement {quote} about the budget in document {number}"));
    }
    let mut record = builder.build();
    record.title = Some(format!("quotes={quotes}"));
    record
}
