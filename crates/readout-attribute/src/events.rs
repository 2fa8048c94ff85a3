//! Events: mentions, their entities and the text's time expressions in,
//! interactions between actors out (`communication`, `meeting`, `visit`),
//! with their participants and date.
//!
//! A cue word ("spoke to", "met", "visit to") joins the people named or
//! referred to on either side of it in its sentence. Plural references ("the
//! two men", "the leaders", "both") stand for the people of the interaction
//! before them, or the last two people named.

use readout_entities::Mention;
use readout_record::{EntityKind, EventKind};
use readout_segment::Document;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct FoundEvent {
    pub kind: EventKind,
    pub cue: Range<usize>,
    /// Indexes of entity groups.
    pub participants: Vec<usize>,
    pub date: Option<String>,
}

fn event_kind(doc: &Document, index: usize, plural_subject: bool) -> Option<(EventKind, usize)> {
    let word = doc.word(index);
    let next = if index + 1 < doc.len() { doc.word(index + 1) } else { "" };
    let kind = match word {
        "spoke" | "spoken" | "speaks" | "talked" | "talks" | "talking"
            if matches!(next, "to" | "with") || plural_subject =>
        {
            EventKind::Communication
        }
        "called" | "phoned" | "rang" | "telephoned"
            if doc.token(index + 1).capitalized || matches!(next, "him" | "her" | "them") =>
        {
            EventKind::Communication
        }
        "call" | "calls" | "conversation" | "conversations" | "phone" if matches!(next, "with") => {
            EventKind::Communication
        }
        "wrote" | "written" | "writes" if next == "to" => EventKind::Communication,
        "met" | "meets" | "meeting" | "meet" | "hosted" | "hosts" => EventKind::Meeting,
        "visit" | "visited" | "visiting" | "visits" | "trip" | "toured" => EventKind::Visit,
        _ => return None,
    };
    let end = if matches!(next, "to" | "with") { index + 2 } else { index + 1 };
    Some((kind, end))
}

fn is_plural_reference(doc: &Document, index: usize) -> Option<usize> {
    let word = doc.word(index);
    let next = if index + 1 < doc.len() { doc.word(index + 1) } else { "" };
    let after = if index + 2 < doc.len() { doc.word(index + 2) } else { "" };
    match (word, next, after) {
        ("the", "two" | "both", "men" | "women" | "leaders" | "sides") => Some(index + 3),
        ("the", "leaders" | "pair" | "two", _) => Some(index + 2),
        ("both" | "they", _, _) => Some(index + 1),
        _ => None,
    }
}

pub fn find_events(
    doc: &Document,
    mentions: &[Mention],
    mention_group: &[Option<usize>],
    groups_kind: &[EntityKind],
    times: &[(Range<usize>, String)],
) -> Vec<FoundEvent> {
    let mut out: Vec<FoundEvent> = Vec::new();
    let mut recent_people: Vec<usize> = Vec::new();
    let mut mention_index = 0;
    let mut index = 0;
    while index < doc.len() {
        while mention_index < mentions.len() && mentions[mention_index].tokens.1 <= index {
            if let Some(group) = mention_group[mention_index] {
                if groups_kind[group] == EntityKind::Person {
                    recent_people.retain(|&g| g != group);
                    recent_people.push(group);
                }
            }
            mention_index += 1;
        }
        let (first, end) = doc.sentence_bounds(index);
        let plural = (first..index).any(|t| is_plural_reference(doc, t).is_some());
        let Some((kind, cue_end)) = event_kind(doc, index, plural) else {
            index += 1;
            continue;
        };
        let mut participants: Vec<usize> = Vec::new();
        for (m, mention) in mentions.iter().enumerate() {
            if mention.tokens.0 < first || mention.tokens.1 > end {
                continue;
            }
            let Some(group) = mention_group[m] else { continue };
            let wanted = match kind {
                EventKind::Visit => matches!(groups_kind[group], EntityKind::Person | EntityKind::Place),
                _ => matches!(groups_kind[group], EntityKind::Person | EntityKind::Organization),
            };
            if wanted && !participants.contains(&group) {
                participants.push(group);
            }
        }
        if plural {
            let from_event = out.last().filter(|e| e.participants.len() >= 2).map(|e| e.participants.clone());
            let fallback: Vec<usize> = recent_people.iter().rev().take(2).copied().collect();
            for group in from_event.unwrap_or(fallback) {
                if !participants.contains(&group) {
                    participants.push(group);
                }
            }
        }
        let people = participants.iter().filter(|&&g| groups_kind[g] == EntityKind::Person).count();
        // Organisations take part only when too few people do ("Downing
        // Street said" reports a call; it is not a party to it).
        if kind == EventKind::Communication && people >= 2 {
            participants.retain(|&g| groups_kind[g] == EntityKind::Person);
        }
        let enough = match kind {
            EventKind::Visit => people >= 1,
            _ => participants.len() >= 2,
        };
        if enough {
            let sentence = doc.byte_range(first, end);
            let date = times
                .iter()
                .find(|(range, _)| range.start >= sentence.start && range.end <= sentence.end)
                .map(|(_, value)| value.clone());
            out.push(FoundEvent { kind, cue: doc.byte_range(index, cue_end), participants, date });
        }
        index = cue_end;
    }
    out
}
