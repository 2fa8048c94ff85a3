//! Word lists of attribution: a lower-cased word in, whether it is a
//! subject pronoun or a verb that orders an account rather than reports
//! speech out. The closed classes and speech verbs the entity layer also
//! asks about live in `readout_entities::clause_words` and are re-exported
//! here.

pub use readout_entities::clause_words::{
    is_auxiliary_or_adverb, is_determiner, is_personal_pronoun, is_speech_verb, stops_noun_phrase,
};
pub use readout_entities::is_honorific;

pub fn is_pronoun_subject(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

/// Verbs that order an account rather than report speech: "began by
/// thanking him", "ended by inviting her".
pub fn is_ordering_verb(word: &str) -> bool {
    matches!(word, "began" | "begun" | "started" | "opened" | "ended" | "closed" | "concluded")
}

/// Buildings and sites something is said or held at ("at Downing Street",
/// "at Parliament Buildings", "at the White House"): organisations in the
/// entity layer, places where an event or a statement is.
pub fn is_site_word(word: &str) -> bool {
    matches!(
        word,
        "street" | "house" | "palace" | "buildings" | "residence" | "hall" | "castle" | "embassy" | "centre" | "center"
    )
}
