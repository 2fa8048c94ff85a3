//! Occasions: the calls, meetings and visits a text reports, and the
//! occasion a statement's own words name, in; for a statement, the occasion
//! it was made at out, with its channel, date, addressee and place.
//!
//! A reported call is the occasion of what its participants say after it,
//! in the next few sentences of a news story or anywhere in a readout,
//! until the speaker is quoted on an occasion of their own.

use super::{Frame, Statements};
use crate::{AnalysedAddressee, AnalysedChannel, AnalysedEvent, Circumstances};
use readout_record::{ChannelKind, EntityKind, EventKind};

/// How many sentences after a reported call a news story's quotes may
/// still be from the call; a readout's are, wherever they stand.
const NEWS_SENTENCES_AFTER_EVENT: usize = 3;

/// When, to whom, through what and where; each may be missing.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Occasion {
    pub channel: Option<AnalysedChannel>,
    pub date: Option<String>,
    pub addressee: Option<AnalysedAddressee>,
    /// Entity index of a place.
    pub place: Option<usize>,
    /// Entity indexes of the parties, for an occasion that is an event.
    pub participants: Vec<usize>,
    /// The entity whose words were said at it.
    pub speaker: Option<usize>,
}

impl Occasion {
    pub fn is_empty(&self) -> bool {
        self.channel.is_none() && self.date.is_none() && self.addressee.is_none() && self.place.is_none()
    }

    /// This occasion as the words after it in a continuation have it: the
    /// same date, channel and place, but an addressee only where the
    /// occasion is a call or meeting between parties ("urged residents to
    /// ... and told ..." tells someone else).
    pub fn carried_on(self) -> Occasion {
        let addressee = if self.participants.is_empty() { None } else { self.addressee };
        Occasion { addressee, ..self }
    }

    /// This occasion, its missing channel, date and place taken from a
    /// wider one (a transcript's heading).
    pub fn filled_from(self, wider: &Occasion) -> Occasion {
        Occasion {
            channel: self.channel.or_else(|| wider.channel.clone()),
            date: self.date.or_else(|| wider.date.clone()),
            place: self.place.or(wider.place),
            ..self
        }
    }

    /// This occasion, its missing parts taken from the event it is part of.
    pub fn within(self, event: Occasion) -> Occasion {
        Occasion {
            channel: self.channel.or(event.channel),
            date: self.date.or(event.date),
            addressee: self.addressee.or(event.addressee),
            place: self.place.or(event.place),
            participants: event.participants,
            speaker: self.speaker,
        }
    }

    pub fn circumstances(&self) -> Circumstances {
        Circumstances {
            date: self.date.clone(),
            addressee: self.addressee.clone(),
            channel: self.channel.clone(),
            place: self.place,
        }
    }
}

/// The channel a reported event is.
fn event_channel(statements: &Statements, kind: EventKind, cue: usize) -> Option<ChannelKind> {
    match kind {
        EventKind::Communication if matches!(statements.doc.word(cue), "wrote" | "written" | "writes" | "letter") => {
            Some(ChannelKind::Letter)
        }
        EventKind::Communication => Some(ChannelKind::Call),
        EventKind::Meeting => Some(ChannelKind::Meeting),
        EventKind::Visit => None,
    }
}

/// Whether a visit at token `at` is only talked about: inside what someone
/// is reported to have said ("updated on his visit to Kyiv").
fn is_talked_about(statements: &Statements, kind: EventKind, at: usize) -> bool {
    kind == EventKind::Visit
        && statements.attributions.iter().any(|a| a.content.iter().any(|&(start, end)| start <= at && at < end))
}

/// Whether the event at token `at` is still to come ("looked forward to
/// the upcoming visit", "will meet", "plans to call").
fn is_ahead(statements: &Statements, at: usize) -> bool {
    let doc = statements.doc;
    let first = doc.sentence_bounds(at).0;
    doc.word(at.wrapping_sub(1)) == "to"
        || (first..at).any(|t| {
            matches!(
                doc.word(t),
                "forward" | "upcoming" | "forthcoming" | "future" | "planned" | "plans" | "plan" | "will" | "hope"
            )
        })
}

/// Whether two dates name the same day, or the same period where neither
/// names a day.
fn same_date(one: &str, other: &str) -> bool {
    one == other || (one.len() >= 10 && other.len() >= 10 && one[..10] == other[..10])
}

/// The events of a text, and which speakers have since left them.
pub(super) struct Occasions<'s, 'a, 'd> {
    statements: &'s Statements<'a, 'd>,
    /// Per event: the token its cue starts at.
    event_tokens: Vec<usize>,
    /// Per event: whether it can be the occasion of a statement.
    took_place: Vec<bool>,
    /// Speakers quoted on an occasion of their own, and where.
    departures: Vec<(usize, usize)>,
}

impl<'s, 'a, 'd> Occasions<'s, 'a, 'd> {
    pub fn new(statements: &'s Statements<'a, 'd>) -> Self {
        let tokens = &statements.doc.seg.tokens;
        let event_tokens = statements
            .events
            .iter()
            .map(|e| tokens.partition_point(|t| t.range.end <= e.cue.start).min(tokens.len().saturating_sub(1)))
            .collect();
        let took_place = statements
            .events
            .iter()
            .zip(&event_tokens)
            .map(|(event, &at)| !(is_talked_about(statements, event.kind, at) || is_ahead(statements, at)))
            .collect();
        Occasions { statements, event_tokens, took_place, departures: Vec::new() }
    }

    /// The reported event a statement at `frame` by `speaker` was made at,
    /// where its own occasion `own` agrees with it.
    pub fn of(&self, frame: &Frame, speaker: Option<usize>, own: &Occasion) -> Option<Occasion> {
        if frame.anchor_is_perfect() {
            return None;
        }
        let doc = self.statements.doc;
        let sentence = doc.token_sentence[frame.anchor];
        // A statement of the parties together ("The leaders agreed"), of
        // nobody the text names ("..., adding that") or, in a readout, of
        // the government's voice ("The UK had thought") belongs to the call,
        // but is made to no one party of it; "officials said" is not theirs.
        let party = |event: &AnalysedEvent| speaker.is_none_or(|s| event.participants.contains(&s));
        let others_reporting = frame.source.is_some_and(|(_, end)| {
            let head = doc.word(end - 1);
            head.ends_with('s') && !doc.token(end - 1).capitalized
        });
        let readout_voice = self.statements.readout && !others_reporting;
        if speaker.is_none() && !(frame.source.is_none() || frame.source_is_plural() || readout_voice) {
            return None;
        }
        let candidates = || {
            self.statements.events.iter().enumerate().filter(|&(i, e)| {
                let at = doc.token_sentence[self.event_tokens[i]];
                self.took_place[i] && at <= sentence && party(e)
            })
        };
        // A visit is the occasion only where no call or meeting is: "the
        // two leaders reflected on their visit" in a meeting's readout
        // leaves the meeting the occasion.
        let (index, event) =
            candidates().rfind(|(_, e)| e.kind != EventKind::Visit).or_else(|| candidates().next_back())?;
        let at = self.event_tokens[index];
        if !self.statements.readout && sentence - doc.token_sentence[at] > NEWS_SENTENCES_AFTER_EVENT {
            return None;
        }
        if self.departures.iter().any(|&(who, since)| Some(who) == speaker && since > at && since < frame.anchor) {
            return None;
        }
        let channel = event_channel(self.statements, event.kind, at);
        if own.channel.as_ref().is_some_and(|c| Some(c.kind) != channel) {
            return None;
        }
        if let Some(date) = &own.date {
            if !event.time.as_deref().is_some_and(|d| same_date(d, date)) {
                return None;
            }
        }
        // The other parties: people, or organisations where no person is
        // one; a place is never spoken to.
        let kinds = self.statements.kinds;
        let mut others: Vec<usize> = event
            .participants
            .iter()
            .copied()
            .filter(|&p| Some(p) != speaker && kinds[p] == EntityKind::Person)
            .collect();
        if others.is_empty() {
            others = event
                .participants
                .iter()
                .copied()
                .filter(|&p| Some(p) != speaker && kinds[p] == EntityKind::Organization)
                .collect();
        }
        // Of several other parties, the one the statement's sentence names
        // is the one spoken to.
        let named_here = others.iter().copied().find(|&p| {
            self.statements.mentions_from(frame.first, frame.end).any(|index| {
                let m = &self.statements.mentions[index];
                self.statements.mention_group[index] == Some(p)
                    && m.tokens.1 <= frame.end
                    && !frame.in_source(m.tokens.0)
            })
        });
        // A visit is made to a place, not said to anyone.
        let addressee = named_here
            .or_else(|| others.first().copied())
            .filter(|_| speaker.is_some() && event.kind != EventKind::Visit);
        Some(Occasion {
            channel: channel.map(|kind| AnalysedChannel { kind, name: None, mention: Some(event.cue.clone()) }),
            date: event.time.clone(),
            addressee: addressee.map(|entity| AnalysedAddressee { entity: Some(entity), mention: None }),
            place: event.place,
            participants: event.participants.clone(),
            speaker,
        })
    }

    /// Note that `speaker` was quoted at `occasion`: one of their own (a
    /// date or a channel no reported event gives) takes them out of the
    /// events before it.
    pub fn note_departure(&mut self, speaker: Option<usize>, at: usize, occasion: &Occasion) {
        if let Some(speaker) = speaker {
            if occasion.participants.is_empty() && (occasion.channel.is_some() || occasion.date.is_some()) {
                self.departures.push((speaker, at));
            }
        }
    }
}
