//! Who took part: a cue in, the people and organisations on either side of
//! it out.
//!
//! The subject is the name right before a verb, past auxiliaries and
//! adverbs ("Prime Minister Theresa May spoke", "President Obama today
//! called"), with the names joined to it ("X and Y met"); for a noun it is
//! its owner ("President Biden's call", "his visit"), the subject of the
//! verb that takes it ("X held talks with", "X had a phone call with"), or
//! the subject of the main clause when the noun opens an adjunct ("During
//! a visit to Norway, X said"). The object is the chain of names after the
//! cue (`Scene::chain_after`). A plural reference ("the two leaders",
//! "they", "both", "their meeting") stands for the people of the event
//! before it; an event the sentence is set in ("during the call") takes
//! everyone the sentence names; a heading that names one side only takes
//! the page's person (`heading.rs`).

use super::cues::{is_event_word, Cue};
use super::heading::author;
use super::scene::{is_possessive, Chain, Scene};
use super::words::{is_frame_preposition, is_light_verb};
use super::Previous;
use readout_entities::EntityKind;
use readout_record::EventKind;

pub(super) enum Subject {
    Named(Vec<usize>),
    /// "the two leaders" (`strong`), "they", "both", "their call".
    Plural {
        strong: bool,
    },
    Unnamed,
}

/// The people and organisations who took part in a cue's event.
pub(super) struct Parties {
    pub people: Vec<usize>,
    /// Whether the object names where a visit goes: a host, a body or a
    /// place.
    pub destination: bool,
    /// Whether they are the people of the event before, named again by a
    /// plural reference with no one new: "The leaders had a productive
    /// conversation" after their meeting.
    pub retold: bool,
}

fn add(people: &mut Vec<usize>, groups: &[usize]) {
    for &g in groups {
        if !people.contains(&g) {
            people.push(g);
        }
    }
}

/// How many sentences after an event "they" may still refer to its people.
const THEY_REACH: usize = 3;

/// The parties of the cue's event: its subject and object; for a plural
/// subject the people of the event before (or, for "the two leaders", the
/// last two people named); for an introduced event ("during the call")
/// everyone its sentence names; for a heading that names one side, the
/// page's person.
pub(super) fn parties(scene: &Scene, cue: &Cue, in_heading: bool, previous: Option<&Previous>) -> Parties {
    let doc = scene.doc;
    let (first, end) = doc.sentence_bounds(cue.head);
    let sentence = doc.token_sentence[cue.head];
    let mut people: Vec<usize> = Vec::new();
    let subject = subject(scene, cue);
    if let Subject::Named(groups) = &subject {
        add(&mut people, groups);
    }
    let chain = object(scene, cue);
    // A verb's object is where a visit went whatever it is ("visited the
    // worst-hit streets"); a noun's must be named ("a trip through
    // bankruptcy" went nowhere).
    let destination = cue.verb || !chain.actors.is_empty() || !chain.places.is_empty();
    let mut object = chain.actors;
    // A visit's object is where it goes: the people there are its hosts; a
    // body there ("the White House") is where, not who.
    if cue.kind == EventKind::Visit {
        object.retain(|&g| scene.kind(g) == EntityKind::Person);
    }
    add(&mut people, &object);
    let mut retold = false;
    // A heading's "their meeting" is that of the people it names.
    if let (Subject::Plural { strong }, false) = (&subject, in_heading) {
        let recent = previous.filter(|p| p.people.len() >= 2 && (*strong || sentence - p.sentence <= THEY_REACH));
        match recent {
            Some(p) => {
                retold = object.iter().all(|g| p.people.contains(g));
                add(&mut people, &p.people);
            }
            None if *strong => {
                let named = scene.people_before(cue.first);
                add(&mut people, &named[named.len().saturating_sub(2)..]);
            }
            None => {}
        }
    }
    // "During the telephone conversation, X conveyed greetings to Y": an
    // event the text has introduced is that of the people around it. A
    // heading's label before a colon ("Gulf oil spill: PM's call with …")
    // is its topic.
    let introduced = cue.given && cue.object.is_none() && cue.kind != EventKind::Visit;
    if introduced || (people.len() < 2 && in_heading) {
        let from = if in_heading {
            (first..cue.first).rev().find(|&t| doc.is_punct(t, ":")).map_or(first, |colon| colon + 1)
        } else {
            first
        };
        add(&mut people, &scene.people_in(from, end));
    }
    // "Bilateral Meeting With President Biden": a heading that names the
    // event, not who held it, is the page's person's.
    if people.len() < 2 && in_heading && !cue.verb {
        if let Some(author) = author(scene, end, &people) {
            add(&mut people, &[author]);
        }
    }
    Parties { people, destination, retold }
}

/// Words between a subject and its verb: "has also spoken", "today
/// called", "had earlier met".
fn is_subject_gap(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "did"
            | "does"
            | "do"
            | "also"
            | "then"
            | "later"
            | "first"
            | "again"
            | "once"
            | "twice"
            | "just"
            | "already"
            | "today"
            | "yesterday"
            | "tonight"
            | "earlier"
    ) || (word.len() > 4 && word.ends_with("ly"))
}

/// Nouns that with "the", "both" or "the two" refer to several people
/// named before: "the two leaders", "both men", "the two sides".
fn is_plural_head(word: &str) -> bool {
    matches!(word, "leaders" | "men" | "women" | "presidents" | "ministers" | "counterparts" | "sides" | "pair" | "two")
}

/// Whether the words ending right before token `t` refer to several
/// people, and how surely: "the leaders", "the two prime ministers" name
/// people; "they" and "both" may stand for anything plural.
fn plural_ends_at(scene: &Scene, t: usize, floor: usize) -> Option<bool> {
    if t <= floor {
        return None;
    }
    let last = scene.word(t - 1);
    if matches!(last, "they" | "both") {
        return Some(false);
    }
    if !is_plural_head(last) {
        return None;
    }
    let from = t.saturating_sub(4).max(floor);
    (from..t - 1).any(|u| matches!(scene.word(u), "the" | "both" | "two")).then_some(true)
}

/// The subject of the cue's event, as far as the clause names one.
pub(super) fn subject(scene: &Scene, cue: &Cue) -> Subject {
    let (floor, _) = scene.doc.sentence_bounds(cue.head);
    if cue.verb {
        if let Some(subject) = strict_subject(scene, cue.first, floor) {
            return subject;
        }
        // A participle takes the clause's subject: "by speaking on the
        // phone with X", "Meeting X in Paris, Y said".
        return if scene.word(cue.head).ends_with("ing") {
            loose_subject(scene, cue, floor, true)
        } else {
            Subject::Unnamed
        };
    }
    if cue.first <= floor {
        return Subject::Unnamed;
    }
    let before = cue.first - 1;
    let word = scene.word(before);
    if word == "their" {
        return Subject::Plural { strong: false };
    }
    // "President Biden's Call", "his visit", "PM call with".
    if let Some(m) = scene.mention_at(before) {
        let owner = matches!(word, "his" | "her" | "its")
            || is_possessive(scene.doc.raw(before))
            || scene.mentions[m].tokens.1 == cue.first;
        if owner && scene.actor_of(m).is_some() {
            return Subject::Named(scene.chain_before(m, floor));
        }
    }
    if is_light_verb(word) {
        return strict_subject(scene, before, floor).unwrap_or(Subject::Unnamed);
    }
    if is_frame_preposition(word) {
        return loose_subject(scene, cue, floor, false);
    }
    Subject::Unnamed
}

/// The name, or plural reference, that ends right before token `p`, past
/// auxiliaries, adverbs and time expressions, and past an appositive
/// ("Maria Lopez, the health secretary, visited"); for a second verb of
/// one subject ("X spoke to Y and visited Z") the subject of the first.
fn strict_subject(scene: &Scene, p: usize, floor: usize) -> Option<Subject> {
    let actor = |t: usize| scene.mention_at(t).filter(|&m| scene.actor_of(m).is_some());
    let mut t = p;
    while t > floor {
        if let Some(strong) = plural_ends_at(scene, t, floor) {
            return Some(Subject::Plural { strong });
        }
        let u = t - 1;
        if let Some(m) = scene.mention_at(u) {
            return scene.actor_of(m).map(|_| Subject::Named(scene.chain_before(m, floor)));
        }
        if scene.doc.is_punct(u, ",") {
            let opening =
                (u.saturating_sub(APPOSITIVE_WORDS).max(floor)..u).rev().find(|&c| scene.doc.is_punct(c, ","))?;
            let m = (opening > floor).then(|| actor(opening - 1)).flatten()?;
            return Some(Subject::Named(scene.chain_before(m, floor)));
        }
        if scene.word(u) == "and" {
            let earlier = (floor..u).rev().find(|&v| is_event_word(scene.word(v)))?;
            return strict_subject(scene, earlier, floor);
        }
        if !(is_subject_gap(scene.word(u)) || scene.is_time(u)) {
            return None;
        }
        t = u;
    }
    None
}

/// How many tokens an appositive between commas may run to.
const APPOSITIVE_WORDS: usize = 8;

/// The subject of the clause around an adjunct or participle: a name
/// before it in the sentence (the first for a participle, whose subject is
/// the clause's: "Suu Kyi, who had breakfast with Biden, before visiting";
/// the last for an adjunct: "Downing Street said the PM … during a call
/// with"), or, where the adjunct opens the sentence ("During a visit to
/// Norway, Sir Keir said"), the name after its comma.
fn loose_subject(scene: &Scene, cue: &Cue, floor: usize, participle: bool) -> Subject {
    let (_, end) = scene.doc.sentence_bounds(cue.head);
    // A possessive ("Trump's first debate") is no subject.
    let actor = |t: usize| {
        scene
            .mention_at(t)
            .filter(|&m| scene.actor_of(m).is_some() && !is_possessive(scene.doc.raw(scene.mentions[m].tokens.1 - 1)))
    };
    let before = if participle { (floor..cue.first).find_map(actor) } else { (floor..cue.first).rev().find_map(actor) };
    if let Some(m) = before {
        return Subject::Named(scene.chain_before(m, floor));
    }
    let Some(comma) = (cue.end..end).find(|&t| scene.doc.is_punct(t, ",")) else { return Subject::Unnamed };
    let mut t = comma + 1;
    while t < end && is_subject_gap(scene.word(t)) {
        t += 1;
    }
    if let Some(m) = scene.mention_at(t) {
        if scene.actor_of(m).is_some() {
            return Subject::Named(scene.chain_after(t, end, 0).actors);
        }
    }
    // A description with the name set off after it: "During a visit to
    // Portugal, the foreign minister, Lena Haugland, warned".
    let appositive = (t..end.min(t + APPOSITIVE_WORDS)).find(|&u| scene.doc.is_punct(u, ","));
    match appositive.map(|comma| comma + 1).and_then(|u| Some((u, scene.mention_at(u)?))) {
        Some((u, m)) if scene.actor_of(m).is_some() => Subject::Named(scene.chain_after(u, end, 0).actors),
        _ => Subject::Unnamed,
    }
}

/// The names of the cue's object, and the places among them.
pub(super) fn object(scene: &Scene, cue: &Cue) -> Chain {
    let (_, end) = scene.doc.sentence_bounds(cue.head);
    match cue.object {
        Some(start) => scene.chain_after(start, end, 3),
        None => Chain::default(),
    }
}
