//! Where an event happened: a cue and its object in, the entity group of a
//! place out.
//!
//! A visit's place is where it goes ("visited Kyiv", "a visit to
//! Norway", "a trip by X to Burma"); a meeting's is the place named with
//! "in" or "at" after the cue ("at the G20 Summit in Brazil", "at COP26 in
//! Glasgow"), a building it is held at ("at Parliament Buildings"), or
//! opening the sentence ("In Brussels, X met Y"). A place
//! that only qualifies a name ("Prime Minister X of India", "Israel's
//! Prime Minister") or a topic ("to discuss the war in Ukraine") is none.
//! A call has no one place.

use super::cues::Cue;
use super::scene::{is_possessive, Scene};
use readout_entities::EntityKind;
use readout_record::EventKind;

pub(super) fn place_of(scene: &Scene, cue: &Cue) -> Option<usize> {
    let (first, end) = scene.doc.sentence_bounds(cue.head);
    match cue.kind {
        EventKind::Communication => None,
        EventKind::Visit => cue
            .object
            .and_then(|start| place_at(scene, if scene.word(start) == "the" { start + 1 } else { start }))
            .or_else(|| place_after(scene, cue.end, end, &["to", "in"])),
        EventKind::Meeting => {
            place_after(scene, cue.end, end, &["in", "at"]).or_else(|| opening_place(scene, first, end))
        }
    }
}

/// The place a mention at token `t` names, unless it is a possessive.
fn place_at(scene: &Scene, t: usize) -> Option<usize> {
    let m = scene.mention_at(t)?;
    let group = scene.group_of(m)?;
    let last = scene.mentions[m].tokens.1 - 1;
    (scene.kind(group) == EntityKind::Place && !is_possessive(scene.doc.raw(last))).then_some(group)
}

/// A building or site a meeting is held at ("met at Parliament Buildings",
/// "hosted him at Downing Street"): an organisation by its head word.
fn site_at(scene: &Scene, t: usize) -> Option<usize> {
    let m = scene.mention_at(t)?;
    let group = scene.group_of(m)?;
    let last = scene.mentions[m].tokens.1 - 1;
    (scene.kind(group) == EntityKind::Organization && crate::lexicon::is_site_word(scene.word(last))).then_some(group)
}

/// The first place from token `from` on that follows one of `prepositions`
/// (with or without "the"), before the clause turns to a topic, a purpose
/// or what someone said.
fn place_after(scene: &Scene, from: usize, end: usize, prepositions: &[&str]) -> Option<usize> {
    let mut t = from;
    while t < end {
        let word = scene.word(t);
        // A text may end on "to": there is no next token to look at then.
        let purpose = word == "to"
            && t + 1 < scene.doc.len()
            && !scene.doc.token(t + 1).capitalized
            && scene.word(t + 1) != "the";
        if purpose
            || scene.doc.token(t).is_quote()
            || scene.doc.is_punct(t, ";")
            || matches!(
                word,
                "about" | "regarding" | "concerning" | "discuss" | "discussed" | "said" | "says" | "which" | "who"
            )
        {
            return None;
        }
        if let Some(m) = scene.mention_at(t) {
            let start = scene.mentions[m].tokens.0;
            let mut before = start;
            if before > from && scene.word(before - 1) == "the" {
                before -= 1;
            }
            if before > from && prepositions.contains(&scene.word(before - 1)) {
                let at = scene.word(before - 1) == "at";
                if let Some(place) = place_at(scene, t).or_else(|| at.then(|| site_at(scene, t)).flatten()) {
                    return Some(place);
                }
            }
            t = scene.mentions[m].tokens.1.max(t + 1);
            continue;
        }
        t += 1;
    }
    None
}

/// "In Brussels, …": a place that opens the sentence.
fn opening_place(scene: &Scene, first: usize, end: usize) -> Option<usize> {
    if !matches!(scene.word(first), "in" | "at") {
        return None;
    }
    let place = place_at(scene, first + 1)?;
    let m = scene.mention_at(first + 1)?;
    let after = scene.mentions[m].tokens.1;
    (after < end && scene.doc.is_punct(after, ",")).then_some(place)
}
