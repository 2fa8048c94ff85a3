//! Events: a document, its mentions and their entity groups, the text's
//! time expressions and its publication date in; the interactions between
//! people and organisations out (`communication`, `meeting`, `visit`),
//! each with its cue, its participants, its date and the place it
//! happened.
//!
//! A cue ("spoke to", "met", "hosted", "a call with", "held talks with",
//! "a visit to"; `cues.rs`) is read as a small clause: its subject and the
//! names of its object take part (`participants.rs`, over the chains of
//! names `scene.rs` finds); a plural subject ("the two leaders", "they")
//! stands for the people of the event before it, or the last two people
//! named. An event the text has introduced ("during the call") takes the
//! people of its sentence, and a heading that names one side only ("Bilateral
//! Meeting With President Biden") the person its page speaks for
//! (`heading.rs`). The place is where a visit goes or where a meeting was
//! held, never a participant (`place.rs`); the date is the sentence's time
//! of it, as a calendar date (`date.rs`). A text that tells of one call
//! three times (headline, first line, "the call") yields one event.

mod cues;
mod date;
mod heading;
mod participants;
mod place;
mod scene;
#[cfg(test)]
mod tests;
pub(crate) mod words;

use readout_entities::Mention;
use readout_record::{EntityKind, EventKind};
use readout_segment::Document;
use scene::Scene;
use std::ops::Range;

/// An event: its kind, its cue (a byte range), the entities that took
/// part, when and where.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysedEvent {
    pub kind: EventKind,
    pub cue: Range<usize>,
    /// Indexes of entity groups (the first entities of
    /// [`crate::Analysis::entities`]): people and organisations.
    pub participants: Vec<usize>,
    /// A calendar date, perhaps with a time of day (`2024-11-18TMO`), or
    /// the publication date for an event only a heading tells of.
    pub date: Option<String>,
    /// The time the text gives it, as its time expression's TIMEX3 value
    /// (`2024-W43`, `XXXX-XX-XX`); never the publication date.
    pub time: Option<String>,
    /// Index of the entity group of the place it happened.
    pub place: Option<usize>,
}

pub fn find_events(
    doc: &Document,
    mentions: &[Mention],
    mention_group: &[Option<usize>],
    groups_kind: &[EntityKind],
    times: &[(Range<usize>, String)],
    publication: Option<&str>,
) -> Vec<AnalysedEvent> {
    let scene = Scene::new(doc, mentions, mention_group, groups_kind, times);
    let headings = heading::headings(doc);
    let mut out: Vec<Kept> = Vec::new();
    let mut previous: Option<Previous> = None;
    let mut index = 0;
    while index < doc.len() {
        let Some(cue) = cues::cue_at(&scene, index) else {
            index += 1;
            continue;
        };
        index = cue.end.max(index + 1);
        let sentence = doc.token_sentence[cue.head];
        let in_heading = headings.get(sentence).copied().unwrap_or(false);
        let parties = participants::parties(&scene, &cue, in_heading, previous.as_ref());
        let place = place::place_of(&scene, &cue);
        let mut people = parties.people;
        people.retain(|&g| Some(g) != place && scene.is_actor(g));
        let enough = match cue.kind {
            // A visit goes somewhere: a place, a host or a body ("visited
            // the White House"); "that first trip through bankruptcy" is none.
            EventKind::Visit => {
                people.iter().any(|&g| scene.kind(g) == EntityKind::Person) && (place.is_some() || parties.destination)
            }
            _ => people.len() >= 2,
        };
        if !enough {
            continue;
        }
        let date = date::event_date(&scene, &cue, publication);
        let time = date::event_time(&scene, &cue, publication);
        // "The leaders had a productive conversation": the encounter the
        // text has told of, told again, is no event of its own.
        if parties.retold && date.is_none() && place.is_none() {
            continue;
        }
        previous = Some(Previous { people: people.clone(), sentence });
        let cue_range = doc.byte_range(cue.first, cue.end);
        let found = AnalysedEvent { kind: cue.kind, cue: cue_range, participants: people, date, time, place };
        merge_into(&mut out, found, in_heading);
    }
    // A heading tells of the day it was published, where no line of the
    // text gives the same event a time of its own.
    out.into_iter()
        .map(|kept| {
            let mut event = kept.event;
            if kept.told_in_heading && event.date.is_none() {
                event.date = publication.map(str::to_string);
            }
            event
        })
        .collect()
}

/// The event found last, for "the two leaders" and "they" after it.
pub(super) struct Previous {
    pub people: Vec<usize>,
    pub sentence: usize,
}

/// An event found so far, and whether a heading told of it and gave its
/// cue.
struct Kept {
    event: AnalysedEvent,
    told_in_heading: bool,
    heading_cue: bool,
}

/// Adds `event` to `out`, or folds it into an event already there with the
/// same kind and participants whose date and place do not differ: the
/// headline, the first line and "the call" tell of one call. The cue kept
/// is the first that running text gives.
fn merge_into(out: &mut Vec<Kept>, event: AnalysedEvent, heading: bool) {
    let same_people = |a: &AnalysedEvent| {
        a.participants.len() == event.participants.len()
            && a.participants.iter().all(|g| event.participants.contains(g))
    };
    // Dates agree when one holds the other; the time of day ("TAF",
    // "TEV") is too loose to tell two events of one day apart.
    let day = |date: &str| date.split('T').next().unwrap_or(date).to_string();
    let agree = |a: &Option<String>, b: &Option<String>| match (a, b) {
        (Some(a), Some(b)) => {
            let (a, b) = (day(a), day(b));
            a.starts_with(b.as_str()) || b.starts_with(a.as_str())
        }
        _ => true,
    };
    let same = out.iter_mut().find(|kept| {
        let e = &kept.event;
        e.kind == event.kind
            && same_people(e)
            && agree(&e.date, &event.date)
            && (e.place.is_none() || event.place.is_none() || e.place == event.place)
    });
    let Some(kept) = same else {
        out.push(Kept { event, told_in_heading: heading, heading_cue: heading });
        return;
    };
    let earlier = &mut kept.event;
    if event.date.as_ref().map_or(0, String::len) > earlier.date.as_ref().map_or(0, String::len) {
        earlier.date = event.date;
    }
    if event.time.as_ref().map_or(0, String::len) > earlier.time.as_ref().map_or(0, String::len) {
        earlier.time = event.time;
    }
    earlier.place = earlier.place.or(event.place);
    if kept.heading_cue && !heading {
        earlier.cue = event.cue;
        kept.heading_cue = false;
    }
    kept.told_in_heading |= heading;
}
