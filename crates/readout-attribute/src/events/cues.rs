//! Cue words of events: a token in, whether an event is told there out:
//! its kind, the cue's words, whether it is a verb or a noun, where its
//! object starts, and whether it is a noun the text has already introduced
//! ("the call", "during the meeting").
//!
//! Uses of the same words that tell of no event are turned away here:
//! "met expectations", "called for", "called it", "called him a liar",
//! "calls on", "a call to action", a name that holds the word ("the Quad
//! Meeting"), and what has not happened ("will meet", "agreed to visit",
//! "an early meeting", "looked forward to meeting", "did not speak").

use super::scene::Scene;
use super::words::{ends_clause, is_adverbial, is_frame_preposition, is_irrealis, is_light_verb, is_noun_modifier};
use crate::lexicon::is_determiner;
use readout_entities::EntityKind;
use readout_record::EventKind;

#[derive(Debug, Clone)]
pub(super) struct Cue {
    pub kind: EventKind,
    /// Tokens `[first, end)` of the cue's words ("phone call with").
    pub first: usize,
    pub end: usize,
    /// The verb or noun itself.
    pub head: usize,
    pub verb: bool,
    /// Where the people of its object start: after "to", "with",
    /// "between", "from" or "by", or right after a transitive verb.
    pub object: Option<usize>,
    /// A noun with a definite determiner ("the call", "their meeting") or
    /// after a preposition that sets the sentence in it ("during a call"):
    /// the event is the one its sentence is about.
    pub given: bool,
}

enum Word {
    /// "spoke", "talked": an object after "to" or "with", or none.
    Speak,
    /// "called", "phoned": a person right after it.
    Call,
    /// "met": "met X", "met with X", or none ("X and Y met").
    Meet,
    /// "hosted", "received": a person right after it.
    Host,
    /// "visited", "toured": a place or a host right after it.
    Visit,
    /// "travelled to", "arrived in": a place after the preposition.
    Travel,
    Noun,
}

fn word_class(word: &str) -> Option<(EventKind, Word)> {
    Some(match word {
        "spoke" | "spoken" | "speak" | "speaks" | "speaking" | "talked" | "talk" | "talking" | "chatted"
        | "conferred" => (EventKind::Communication, Word::Speak),
        "called" | "phoned" | "phones" | "rang" | "telephoned" | "telephones" => (EventKind::Communication, Word::Call),
        "call" | "calls" | "conversation" | "conversations" | "phonecall" | "videoconference" | "teleconference" => {
            (EventKind::Communication, Word::Noun)
        }
        "met" | "meets" | "meet" => (EventKind::Meeting, Word::Meet),
        "hosted" | "hosts" | "received" | "receives" => (EventKind::Meeting, Word::Host),
        "meeting" | "meetings" | "talks" | "summit" => (EventKind::Meeting, Word::Noun),
        "visited" | "visiting" | "toured" => (EventKind::Visit, Word::Visit),
        "travelled" | "traveled" | "arrived" => (EventKind::Visit, Word::Travel),
        "visit" | "visits" | "trip" | "trips" => (EventKind::Visit, Word::Noun),
        _ => return None,
    })
}

/// Whether a word can tell of an event.
pub(super) fn is_event_word(word: &str) -> bool {
    word_class(word).is_some()
}

/// The event cue at token `index`, if one is there.
pub(super) fn cue_at(scene: &Scene, index: usize) -> Option<Cue> {
    let doc = scene.doc;
    if !doc.is_word(index) {
        return None;
    }
    let (mut kind, class) = word_class(scene.word(index))?;
    // A word of a name is a cue only where the name is a person's that a
    // headline ran on ("Remarks with Foreign Minister Lavrov Before Their
    // Meeting"), not the name of a meeting or a body ("the Quad Meeting",
    // "the Commonwealth Heads of Government Meeting").
    if let Some(m) = scene.mention_at(index) {
        if scene.group_of(m).is_none_or(|g| scene.kind(g) != EntityKind::Person) {
            return None;
        }
    }
    let (sentence_first, sentence_end) = doc.sentence_bounds(index);
    let next = scene.word(index + 1);
    // A noun's modifiers before it, back to its determiner: "a brief
    // phone call".
    let mut first = index;
    while matches!(class, Word::Noun) && first > sentence_first && is_noun_modifier(scene.word(first - 1)) {
        first -= 1;
    }
    let modifiers = first..index;
    let mut given = false;
    let mut verb = true;
    let object = match class {
        Word::Speak => {
            let after = skip_adverbials(scene, index + 1, sentence_end);
            match scene.word(after) {
                "to" | "with" => Some(after + 1),
                word if after >= sentence_end || scene.is_mark(after) || ends_clause(word) => None,
                _ => return None,
            }
        }
        Word::Call => {
            // "so-called", "was called": a name, not a call.
            if index > 0 && matches!(scene.word(index - 1), "so" | "-" | "is" | "was" | "be" | "been" | "being") {
                return None;
            }
            let start = if next == "the" { index + 2 } else { index + 1 };
            let m = scene.mention_at(start)?;
            scene.actor_of(m)?;
            let after = scene.mentions[m].tokens.1;
            // "called him a liar", "called Clinton a champion": naming.
            let follow = scene.word(after);
            let call = after >= sentence_end
                || scene.is_mark(after)
                || scene.is_time(after)
                || matches!(
                    follow,
                    "to" | "on"
                        | "in"
                        | "at"
                        | "and"
                        | "from"
                        | "after"
                        | "before"
                        | "ahead"
                        | "about"
                        | "over"
                        | "with"
                        | "following"
                        | "again"
                        | "back"
                        | "today"
                        | "yesterday"
                        | "tonight"
                        | "earlier"
                        | "this"
                        | "last"
                        | "late"
                        | "shortly"
                        | "personally"
                        | "directly"
                );
            if !call {
                return None;
            }
            Some(index + 1)
        }
        Word::Meet => {
            let after = skip_adverbials(scene, index + 1, sentence_end);
            if scene.word(after) == "with" {
                Some(after + 1)
            } else if after >= sentence_end || scene.is_mark(after) || ends_clause(scene.word(after)) {
                None
            } else if scene.chain_after(index + 1, sentence_end, 3).actors.is_empty() {
                // "met expectations", "meet the threshold".
                return None;
            } else {
                Some(index + 1)
            }
        }
        Word::Host => {
            // "hosted X", not "hosted a dinner".
            scene.chain_after(index + 1, sentence_end, 2).actors.first()?;
            Some(index + 1)
        }
        Word::Visit => {
            // "visited Kyiv", "visited the worst-hit streets": any object
            // is where the visit went. "A visiting professor" is no visit.
            let described = index > sentence_first && is_determiner(scene.word(index - 1));
            if described || index + 1 >= sentence_end || scene.is_mark(index + 1) || ends_clause(next) {
                return None;
            }
            Some(index + 1)
        }
        Word::Travel => {
            // "travelled to Kyiv", not "arrived in Congress in 1993".
            if !matches!(next, "to" | "in") || scene.chain_after(index + 2, sentence_end, 1).places.is_empty() {
                return None;
            }
            Some(index + 2)
        }
        Word::Noun => {
            verb = false;
            let phoned = modifiers.clone().any(|t| matches!(scene.word(t), "phone" | "telephone" | "video"));
            if scene.word(index) == "talks" && phoned {
                kind = EventKind::Communication;
            }
            let before = if first > sentence_first { scene.word(first - 1) } else { "" };
            let owned = first > sentence_first
                && (matches!(before, "his" | "her" | "their" | "its")
                    || super::scene::is_possessive(doc.raw(first - 1)));
            // "During a call", "in a meeting on the sidelines", "before
            // their meeting": the event the sentence is set in.
            let framed = is_frame_preposition(before);
            given = framed
                || modifiers.clone().any(|t| matches!(scene.word(t), "the" | "this" | "that"))
                || matches!(before, "their" | "today's" | "today’s");
            let visit = kind == EventKind::Visit;
            match next {
                "with" | "between" | "from" => Some(index + 2),
                "to" | "by" | "of" | "in" if visit => Some(index + 2),
                // "was meeting President X": the noun is a verb's form.
                _ if scene.word(index) == "meeting" && object_named(scene, index + 1, sentence_end) => Some(index + 1),
                // "a call for calm", "calls on him to", "a call to action";
                // not "a phone call on Tuesday", "during a call on Tuesday".
                "for" | "on" | "to" | "it" | "out" | "off" | "up" if !(phoned || framed) => return None,
                _ => {
                    // A bare noun needs something that makes it an event:
                    // a phone, a determiner of an introduced event, a
                    // light verb, an owner ("his visit") or a heading's
                    // capital ("Bilateral Meeting").
                    let heading_word = doc.token(index).capitalized;
                    if !(phoned || given || owned || visit || is_light_verb(before) || heading_word) {
                        return None;
                    }
                    None
                }
            }
        }
    };
    if irrealis(scene, first, sentence_first, verb) {
        return None;
    }
    let end = match object {
        Some(start) if start > index + 1 => start,
        _ => index + 1,
    };
    Some(Cue { kind, first, end, head: index, verb, object, given })
}

/// The first token from `t` that is not an adverbial word, a time
/// expression or a place ("met in London with").
fn skip_adverbials(scene: &Scene, mut t: usize, end: usize) -> usize {
    let limit = (t + 8).min(end);
    while t < limit {
        let place =
            scene.mention_at(t).and_then(|m| scene.group_of(m)).is_some_and(|g| scene.kind(g) == EntityKind::Place);
        if !(is_adverbial(scene.word(t)) || scene.is_time(t) || place) {
            break;
        }
        t += 1;
    }
    t
}

/// Whether a name starts at `t` or right after "the".
fn object_named(scene: &Scene, t: usize, end: usize) -> bool {
    let start = if scene.word(t) == "the" { t + 1 } else { t };
    start < end && scene.mention_at(start).is_some_and(|m| scene.group_of(m).is_some())
}

/// Whether the words before a cue make it something that has not happened
/// ("will meet", "agreed to visit", "an early meeting", "did not speak").
fn irrealis(scene: &Scene, first: usize, floor: usize, verb: bool) -> bool {
    // "to meet", "to visit": an infinitive, not "a visit to".
    if verb && first > floor && scene.word(first - 1) == "to" {
        return true;
    }
    let from = first.saturating_sub(3).max(floor);
    (from..first).any(|t| {
        let word = scene.word(t);
        // "May" and "Will" are names, "No 10" an office; "Next," orders
        // what is told.
        !scene.doc.token(t).capitalized && (word == "may" || is_irrealis(word))
    })
}
