//! The document record: what every readout stage passes on and what
//! `readout extract` writes.
//!
//! In: nothing (this crate only defines data). Out: [`Document`], the input
//! to analysis (text plus what is known about it), and [`Record`], the output
//! contract of `docs/record.md`, whose spans count Unicode scalar
//! values. Analysis works on byte ranges; [`CharOffsets`] turns them into the
//! code-point offsets the record promises.

mod char_offsets;
mod diagnostic;

pub use char_offsets::CharOffsets;
pub use diagnostic::{Diagnostic, Severity};

use serde::{Deserialize, Serialize};

/// One document as it enters analysis.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Stable id: the same input always gets the same id.
    pub id: String,
    /// Path, URL or archive record it came from.
    pub source: String,
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, when the input or the user gave one.
    pub date: Option<String>,
    /// The text all offsets point into.
    pub text: String,
    /// Byte ranges of `text` that an earlier stage (HTML extraction) already
    /// knows are not article text.
    pub known_boilerplate: Vec<std::ops::Range<usize>>,
}

/// A slice of the record's text, in code points, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Mixed,
    Indirect,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Mixed => "mixed",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who: a quote's speaker or its addressee, as an entity of the record
/// and the words the text uses at that place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub entity: Option<String>,
    pub name: Option<String>,
    pub mention: Option<Span>,
}

/// Through what a statement was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChannelKind {
    Statement,
    Interview,
    SocialMedia,
    Speech,
    PressConference,
    Letter,
    Broadcast,
    Debate,
    Document,
    /// A phone or video call.
    Call,
    /// Talks, a summit, a bilateral.
    Meeting,
    Other,
}

impl ChannelKind {
    pub const ALL: [ChannelKind; 12] = [
        ChannelKind::Statement,
        ChannelKind::Interview,
        ChannelKind::SocialMedia,
        ChannelKind::Speech,
        ChannelKind::PressConference,
        ChannelKind::Letter,
        ChannelKind::Broadcast,
        ChannelKind::Debate,
        ChannelKind::Document,
        ChannelKind::Call,
        ChannelKind::Meeting,
        ChannelKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ChannelKind::Statement => "statement",
            ChannelKind::Interview => "interview",
            ChannelKind::SocialMedia => "social_media",
            ChannelKind::Speech => "speech",
            ChannelKind::PressConference => "press_conference",
            ChannelKind::Letter => "letter",
            ChannelKind::Broadcast => "broadcast",
            ChannelKind::Debate => "debate",
            ChannelKind::Document => "document",
            ChannelKind::Call => "call",
            ChannelKind::Meeting => "meeting",
            ChannelKind::Other => "other",
        }
    }

    /// The kind written as [`ChannelKind::as_str`] writes it.
    pub fn parse(word: &str) -> Option<ChannelKind> {
        ChannelKind::ALL.into_iter().find(|kind| kind.as_str() == word)
    }
}

/// The channel of a statement: its kind, the outlet or platform the text
/// names ("Time", "Truth Social"), and the words that say it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    pub kind: ChannelKind,
    pub name: Option<String>,
    pub mention: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: String,
    pub kind: QuoteKind,
    pub speaker: Speaker,
    pub cue: Option<Span>,
    pub content: Vec<Span>,
    pub text: String,
    /// When the words were said, as a TIMEX3 value; never the publication
    /// date by default. Absent in records of earlier versions.
    #[serde(default)]
    pub date: Option<String>,
    /// To whom they were said.
    #[serde(default)]
    pub addressee: Option<Speaker>,
    /// Through what.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Where: the id of a place entity.
    #[serde(default)]
    pub place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimeExpression {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: String,
    /// The TimeML type of `value`; `None` in records written before readout
    /// wrote it, which stay readable.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<TimeType>,
}

/// The TimeML (TIMEX3) type of a time expression, written lowercase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeType {
    /// A calendar date or period: "Friday", "last fall", "now".
    Date,
    /// A time of day: "10:35 a.m.", "Wednesday afternoon".
    Time,
    /// A length of time: "three years".
    Duration,
    /// A recurring time: "every week".
    Set,
}

impl TimeType {
    pub fn as_str(self) -> &'static str {
        match self {
            TimeType::Date => "date",
            TimeType::Time => "time",
            TimeType::Duration => "duration",
            TimeType::Set => "set",
        }
    }

    /// The type written as [`TimeType::as_str`] writes it.
    pub fn parse(word: &str) -> Option<TimeType> {
        [TimeType::Date, TimeType::Time, TimeType::Duration, TimeType::Set].into_iter().find(|t| t.as_str() == word)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Communication,
    Meeting,
    Visit,
}

impl EventKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Communication => "communication",
            EventKind::Meeting => "meeting",
            EventKind::Visit => "visit",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub cue: Span,
    pub participants: Vec<String>,
    pub date: Option<String>,
    /// Where it happened: the id of a place entity. Absent in records of
    /// earlier versions.
    #[serde(default)]
    pub place: Option<String>,
}

/// The output contract of `readout extract`: one per input document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub id: String,
    pub source: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub text: String,
    pub boilerplate: Vec<Span>,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub times: Vec<TimeExpression>,
    pub events: Vec<Event>,
    /// What analysis noticed but could not use; empty for a clean document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<Diagnostic>,
}

impl Record {
    /// The spans whose `text` is not the record text between their
    /// code-point offsets, as `start..end` with the text they claim: empty
    /// for an honest record (the invariant the fuzz targets check).
    pub fn dishonest_spans(&self) -> Vec<String> {
        let characters: Vec<char> = self.text.chars().collect();
        let honest = |start: usize, end: usize, text: &str| {
            characters.get(start..end).is_some_and(|slice| slice.iter().copied().eq(text.chars()))
        };
        let spans = self
            .boilerplate
            .iter()
            .chain(self.entities.iter().flat_map(|e| &e.mentions))
            .chain(self.quotes.iter().flat_map(|q| {
                q.content
                    .iter()
                    .chain(&q.cue)
                    .chain(&q.speaker.mention)
                    .chain(q.addressee.as_ref().and_then(|a| a.mention.as_ref()))
                    .chain(q.channel.as_ref().and_then(|c| c.mention.as_ref()))
            }))
            .chain(self.events.iter().map(|e| &e.cue))
            .map(|span| (span.start, span.end, span.text.as_str()))
            .chain(self.times.iter().map(|time| (time.start, time.end, time.text.as_str())));
        spans
            .filter(|&(start, end, text)| !honest(start, end, text))
            .map(|(s, e, t)| format!("{s}..{e} {t:?}"))
            .collect()
    }
}

/// A stable document id from its source and text (FNV-1a, 64 bits, hex):
/// the same input always gets the same id, with no dependency on a hasher
/// seed.
pub fn stable_id(source: &str, text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in source.bytes().chain([0u8]).chain(text.bytes()) {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_whose_text_is_not_its_slice_is_dishonest() {
        let span = |start, end, text: &str| Span { start, end, text: text.to_string() };
        let mut record = Record {
            id: "x".into(),
            source: "x".into(),
            title: None,
            date: None,
            text: "Zoë said so".into(),
            boilerplate: vec![span(0, 3, "Zoë")],
            entities: vec![],
            quotes: vec![],
            times: vec![],
            events: vec![],
            diagnostics: vec![],
        };
        assert!(record.dishonest_spans().is_empty());
        record.boilerplate.push(span(4, 8, "sold"));
        record.boilerplate.push(span(9, 40, "so"));
        assert_eq!(record.dishonest_spans(), ["4..8 \"sold\"", "9..40 \"so\""]);
    }

    #[test]
    fn stable_id_depends_on_source_and_text() {
        assert_eq!(stable_id("a", "b"), stable_id("a", "b"));
        assert_ne!(stable_id("a", "b"), stable_id("ab", ""));
        assert_eq!(stable_id("a", "b").len(), 16);
    }

    #[test]
    fn kinds_serialize_lowercase() {
        let json = serde_json::to_string(&EntityKind::Organization).unwrap();
        assert_eq!(json, "\"organization\"");
        assert_eq!(QuoteKind::Mixed.as_str(), "mixed");
        assert_eq!(EventKind::Visit.as_str(), "visit");
    }
}
