//! Word lists of events: a lower-cased word in, what it can do around an
//! event cue out: stand between a verb and its object ("spoke by phone
//! with"), end a clause that takes no object ("X and Y met at"), make a
//! cue something that has not happened ("will", "next"), modify an event
//! noun ("a brief phone call"), or take one as its object ("held talks").

/// Words between a verb and the preposition of its object, or after a verb
/// that stands alone: "spoke by phone today with", "met separately with".
pub(super) fn is_adverbial(word: &str) -> bool {
    matches!(
        word,
        "again"
            | "briefly"
            | "earlier"
            | "later"
            | "also"
            | "separately"
            | "together"
            | "at"
            | "length"
            | "by"
            | "phone"
            | "telephone"
            | "video"
            | "videoconference"
            | "videolink"
            | "link"
            | "on"
            | "over"
            | "the"
            | "via"
            | "in"
            | "person"
    ) || is_time_word(word)
        || (word.len() > 4 && word.ends_with("ly"))
}

/// Words after a verb that take no object ("X and Y met at Stormont",
/// "the two men spoke on Wednesday", "they talked about Syria").
pub(super) fn ends_clause(word: &str) -> bool {
    matches!(
        word,
        "at" | "in"
            | "on"
            | "for"
            | "during"
            | "after"
            | "before"
            | "ahead"
            | "over"
            | "to"
            | "about"
            | "of"
            | "and"
            | "but"
            | "as"
            | "when"
            | "while"
            | "where"
            | "since"
            | "until"
            | "again"
    ) || is_time_word(word)
}

/// Words of times, for texts whose times were not resolved (no
/// publication date): "spoke again by phone this evening", "on Monday".
pub(crate) fn is_time_word(word: &str) -> bool {
    matches!(
        word,
        "today"
            | "yesterday"
            | "tonight"
            | "this"
            | "last"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "week"
            | "weekend"
    ) || readout_entities::is_time_word(word)
}

/// Words a few tokens before a cue that make it something that has not
/// happened, or did not.
pub(super) fn is_irrealis(word: &str) -> bool {
    matches!(
        word,
        "will"
            | "would"
            | "shall"
            | "could"
            | "should"
            | "might"
            | "can"
            | "cannot"
            | "must"
            | "'ll"
            | "’ll"
            | "wo"
            | "going"
            | "plans"
            | "planned"
            | "plan"
            | "planning"
            | "expected"
            | "expects"
            | "hopes"
            | "hoped"
            | "wants"
            | "intends"
            | "invited"
            | "invitation"
            | "upcoming"
            | "forthcoming"
            | "future"
            | "next"
            | "proposed"
            | "possible"
            | "potential"
            | "early"
            | "forward"
            | "not"
            | "n't"
            | "never"
            | "no"
    )
}

/// Words between a light verb or a determiner and an event noun: "had a
/// brief phone call", "his recent visit", "the first bilateral meeting".
pub(super) fn is_noun_modifier(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "this"
            | "that"
            | "one"
            | "phone"
            | "telephone"
            | "video"
            | "brief"
            | "short"
            | "long"
            | "lengthy"
            | "productive"
            | "constructive"
            | "warm"
            | "cordial"
            | "friendly"
            | "frank"
            | "bilateral"
            | "private"
            | "official"
            | "state"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "recent"
            | "working"
            | "separate"
            | "further"
            | "another"
            | "joint"
            | "congratulatory"
            | "introductory"
            | "hour-long"
            | "face-to-face"
            | "one-on-one"
            | "in-person"
            | "virtual"
            | "landmark"
            | "historic"
            | "surprise"
            | "closed-door"
            | "formal"
            | "informal"
    ) || word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty()
}

/// Verbs that take an event noun as their object: "had a call with",
/// "held talks with", "began the call by".
pub(super) fn is_light_verb(word: &str) -> bool {
    matches!(
        word,
        "had"
            | "has"
            | "have"
            | "having"
            | "held"
            | "hold"
            | "holds"
            | "holding"
            | "took"
            | "takes"
            | "made"
            | "makes"
            | "received"
            | "receives"
            | "hosted"
            | "hosts"
            | "joined"
            | "joins"
            | "attended"
            | "attends"
            | "began"
            | "begins"
            | "ended"
            | "concluded"
            | "paid"
            | "pays"
            | "conducted"
            | "completed"
            | "was"
            | "were"
            | "is"
            | "are"
    )
}

/// Prepositions that set a sentence in an event: "during a call", "in a
/// meeting on the sidelines of", "before their meeting".
pub(super) fn is_frame_preposition(word: &str) -> bool {
    matches!(word, "during" | "in" | "at" | "on" | "after" | "following" | "before" | "throughout")
}
