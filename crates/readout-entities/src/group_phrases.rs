//! Where the description of a group of people begins: a document, the
//! head of a plural description the model of groups found ("women") and
//! the tokens names hold in, the first token of its phrase out ("the two
//! women", "pregnant women", "the candidate's parents").
//!
//! A single person's description always has its determiner or possessor
//! (`nominal_persons.rs`); a group's often has none ("critics", "pregnant
//! women"), and without a part-of-speech tagger only the words that read
//! as adjectives are taken as its modifiers, so that a verb or a noun
//! before a bare plural is left out ("met business leaders" is "leaders").

use crate::nominal_persons::{
    is_closed_class, is_determiner, is_possessive, is_predicate_opener, name_start, MAX_MODIFIERS,
};
use readout_segment::Document;

/// The first token of the group headed at `head`: like a single
/// person's (`nominal_persons::phrase_start`), its determiner, quantifier ("many", "two")
/// or possessor's name within [`MAX_MODIFIERS`] words; failing one, a bare
/// plural starts at the first of the plain modifiers right before its head
/// ("pregnant women", "critics"). A bare plural after a verb of being or
/// "as" says what people are ("they were teachers"), and is none.
pub(crate) fn group_phrase_start(doc: &Document, head: usize, taken: &[bool]) -> Option<usize> {
    let (sentence_first, _) = doc.sentence_bounds(head);
    let mut at = head;
    // Where a bare plural starts: back over the adjective-like words
    // before its head.
    let mut bare_start = head;
    while at > sentence_first && head - at < MAX_MODIFIERS {
        let before = at - 1;
        if !doc.is_word(before) {
            break;
        }
        let word = doc.word(before);
        if is_group_opener(word) {
            // "the two men", "their three children", "several hundred
            // people": an article, a possessive or a quantity before a
            // number is the phrase's.
            let mut start = before;
            while start > sentence_first && start + 2 > before && is_group_opener(doc.word(start - 1)) {
                start -= 1;
            }
            let predicate = start > sentence_first && is_predicate_opener(doc.word(start - 1));
            return (!predicate).then_some(start);
        }
        if taken.get(before).copied().unwrap_or(false) {
            if is_possessive(doc.raw(before)) {
                return Some(name_start(before, taken, sentence_first));
            }
            at = before;
            bare_start = before;
            continue;
        }
        if is_closed_class(word) || crate::clause_words::stops_noun_phrase(word) {
            break;
        }
        // A possessor is the phrase's: "the candidate's parents".
        if is_possessive(doc.raw(before)) {
            at = before;
            bare_start = before;
            continue;
        }
        // Only what reads as an adjective is a modifier of the group ("pregnant
        // women", "local residents"); anything else (a verb: "Reeves met
        // business leaders", "promises more nurses"; a noun) ends the
        // phrase, and no determiner further back is its own.
        let capitalized_inside = doc.token(before).capitalized && before != sentence_first;
        if capitalized_inside || !is_adjective_like(word) {
            break;
        }
        at = before;
        bare_start = before;
    }
    let predicate = bare_start > sentence_first && is_predicate_opener(doc.word(bare_start - 1));
    (!predicate).then_some(bare_start)
}

/// Whether a word opens a group's phrase: an article, a demonstrative, a
/// possessive, a quantity ("some", "several", "both") or a number.
fn is_group_opener(word: &str) -> bool {
    is_determiner(word) || crate::clause_words::is_determiner(word) || is_number(word)
}

/// Whether a word is a number, in figures or words ("50", "1,200",
/// "forty", "dozen"): a counted group's opener.
fn is_number(word: &str) -> bool {
    (word.starts_with(|c: char| c.is_ascii_digit()) && word.chars().all(|c| c.is_ascii_digit() || c == ','))
        || matches!(
            word,
            "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "dozen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
                | "hundred"
                | "thousand"
        )
}

/// Whether a lower-case word reads as an adjective: a quantity word, a
/// common adjective of people, or an adjective's ending ("pregnant",
/// "local", "economic", "elderly"). Without a part-of-speech tagger this
/// keeps verbs and nouns out of a bare plural's phrase.
fn is_adjective_like(word: &str) -> bool {
    const ENDINGS: [&str; 16] = [
        "al", "ic", "ive", "ous", "ful", "ant", "ent", "ary", "ian", "ish", "less", "ese", "ible", "able", "ern",
        "erly",
    ];
    matches!(
        word,
        "more"
            | "all"
            | "few"
            | "fewer"
            | "no"
            | "any"
            | "such"
            | "young"
            | "old"
            | "older"
            | "new"
            | "top"
            | "senior"
            | "junior"
            | "former"
            | "poor"
            | "rich"
            | "black"
            | "white"
            | "other"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "millions"
    ) || ENDINGS.iter().any(|ending| word.len() > ending.len() + 2 && word.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use crate::hashing::{hash_str, mix};
    use crate::nominal_persons::tests::{model_of, spans};
    use crate::nominal_persons::WORD;

    #[test]
    fn a_group_runs_back_to_its_opener_or_over_its_adjectives() {
        let mut model = model_of("women");
        model.plural = true;
        model.weights.insert(mix(WORD, hash_str("leaders")), 1.0);
        assert_eq!(spans("Pregnant women need iodine.", &model), ["Pregnant women"]);
        assert_eq!(spans("We spoke to the two women there.", &model), ["the two women"]);
        assert_eq!(spans("We spoke to several hundred women there.", &model), ["several hundred women"]);
        assert_eq!(spans("It helps the candidate's women.", &model), ["the candidate's women"]);
        // A verb or a noun before a bare plural is not its own.
        assert_eq!(spans("Ms Reeves met business leaders.", &model), ["leaders"]);
        assert_eq!(spans("It promises more women.", &model), ["more women"]);
        // A predicate says what people are.
        assert!(spans("They were women.", &model).is_empty());
    }
}
