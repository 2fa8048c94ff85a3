//! Descriptions of one person, learned: a segmented document in, the
//! token ranges of the noun phrases that describe a single person without
//! naming them out ("the suspect", "a campaign aide", "my father").
//!
//! A linear model ([`NominalPersonModel`], an averaged perceptron over
//! hashed features, trained on GUM by `readout train nominals`, see
//! `nominal_persons_train.rs`) scores each lower-case word as the head
//! noun of such a phrase, from the word itself, its endings, and the words
//! around it. The phrase runs back from the head to its determiner or
//! possessive ("the", "a", "his"), or to a possessor's name ("Trump's
//! lawyer"), within four words and over modifiers only. A head with none
//! is no description that refers ("as president"), nor is a predicate
//! ("he was a good man") or a title before a name ("lawyer Michael
//! Cohen").
//!
//! Plural descriptions ("the hostages", "pregnant women", "researchers")
//! are groups of people, found by a model of their own
//! ([`NominalPersonModel::builtin_groups`], trained the same way with
//! `readout train nominals --plural`): GUM's singular heads (Penn tag `NN`)
//! are the one model's positive examples, its plural heads (`NNS`) the
//! other's. A group's phrase may be a bare plural ("critics", "pregnant
//! women"), which a single person's never is (`group_phrases.rs`).

use crate::group_phrases::group_phrase_start;
use crate::hashing::{hash_lower, hash_str, mix, HashedKeys};
use crate::Error;
use readout_segment::{Document, TokenKind};
use std::collections::HashMap;
use std::fmt::Write as _;

/// How far back from its head a description's determiner may stand.
pub(crate) const MAX_MODIFIERS: usize = 4;

/// The model: hashed feature to weight, and the score above which a word
/// heads a description of a person.
#[derive(Debug, Clone, Default)]
pub struct NominalPersonModel {
    pub(crate) weights: HashMap<u64, f32, HashedKeys>,
    pub(crate) threshold: f32,
    /// Whether the model finds groups (plural heads) rather than single
    /// persons: the file's `plural` line.
    pub(crate) plural: bool,
}

impl NominalPersonModel {
    /// The model that ships with readout, trained on GUM's licensed genres.
    pub fn builtin() -> &'static NominalPersonModel {
        static MODEL: std::sync::OnceLock<NominalPersonModel> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            NominalPersonModel::parse(include_str!("../models/nominal_persons.tsv")).unwrap_or_default()
        })
    }

    /// The model of groups of people ("pregnant women", "the
    /// researchers") that ships with readout, trained on GUM's licensed
    /// genres.
    pub fn builtin_groups() -> &'static NominalPersonModel {
        static MODEL: std::sync::OnceLock<NominalPersonModel> = std::sync::OnceLock::new();
        MODEL
            .get_or_init(|| NominalPersonModel::parse(include_str!("../models/nominal_groups.tsv")).unwrap_or_default())
    }

    /// Whether the model finds groups of people rather than single persons.
    pub fn finds_groups(&self) -> bool {
        self.plural
    }

    /// A model from its file's text: `threshold<TAB>score` (and, for a
    /// model of groups, `plural<TAB>1`), then one
    /// `key<TAB>weight` a line with the key in hexadecimal; an error names
    /// the first malformed line.
    pub fn parse(text: &str) -> Result<NominalPersonModel, Error> {
        let mut model = NominalPersonModel::default();
        for (index, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let malformed =
                |problem: &str| Error::MalformedNominalModel { line: index + 1, problem: problem.to_string() };
            let (key, weight) = line.split_once('\t').ok_or_else(|| malformed("no tab"))?;
            let weight: f32 = weight.parse().map_err(|_| malformed("weight is not a number"))?;
            if key == "threshold" {
                model.threshold = weight;
                continue;
            }
            if key == "plural" {
                model.plural = weight != 0.0;
                continue;
            }
            let key = u64::from_str_radix(key, 16).map_err(|_| malformed("key is not hexadecimal"))?;
            model.weights.insert(key, weight);
        }
        Ok(model)
    }

    /// The model file: keys sorted, so that a retrained model diffs.
    pub fn to_text(&self) -> String {
        let mut out = String::from(
            "# readout nominal person model: averaged perceptron; retrain with `readout train nominals`\n",
        );
        let _ = writeln!(out, "threshold\t{}", self.threshold);
        if self.plural {
            let _ = writeln!(out, "plural\t1");
        }
        let mut weights: Vec<(&u64, &f32)> = self.weights.iter().collect();
        weights.sort_by_key(|(key, _)| **key);
        for (key, weight) in weights {
            // Writing into a String cannot fail.
            let _ = writeln!(out, "{key:016x}\t{weight}");
        }
        out
    }

    /// The number of weights.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether the model has no weights.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    pub(crate) fn score(&self, features: &[u64]) -> f32 {
        features.iter().map(|key| self.weights.get(key).copied().unwrap_or(0.0)).sum()
    }
}

/// Whether the word at `head` heads a description the model finds, in its
/// place in `doc`: "leader" of "the Senate minority leader".
pub(crate) fn heads_description(doc: &Document, model: &NominalPersonModel, head: usize) -> bool {
    if model.is_empty() || !is_candidate(doc, head) {
        return false;
    }
    let mut features = Vec::with_capacity(16);
    head_features(doc, head, &mut features);
    model.score(&features) > model.threshold
}

/// The descriptions of single persons in `doc` (or, for a model of
/// groups, of groups of people), as token ranges `[first, end)` in text
/// order, leaving out any whose head token `taken` marks.
pub fn find_nominal_persons(doc: &Document, model: &NominalPersonModel, taken: &[bool]) -> Vec<(usize, usize)> {
    find_descriptions(doc, &[model], taken).pop().unwrap_or_default()
}

/// The descriptions each of `models` finds in `doc`, one list per model,
/// as [`find_nominal_persons`] gives them; each candidate word's features
/// are worked out once for all the models.
pub fn find_descriptions(doc: &Document, models: &[&NominalPersonModel], taken: &[bool]) -> Vec<Vec<(usize, usize)>> {
    let mut out = vec![Vec::new(); models.len()];
    if models.iter().all(|model| model.is_empty()) {
        return out;
    }
    let mut features = Vec::with_capacity(16);
    for head in 0..doc.len() {
        if taken.get(head).copied().unwrap_or(false) || !is_candidate(doc, head) {
            continue;
        }
        head_features(doc, head, &mut features);
        for (model, found) in models.iter().zip(out.iter_mut()) {
            if model.is_empty() || model.score(&features) <= model.threshold {
                continue;
            }
            let first =
                if model.plural { group_phrase_start(doc, head, taken) } else { phrase_start(doc, head, taken) };
            if let Some(first) = first {
                found.push((first, head + 1));
            }
        }
    }
    out
}

/// Whether the word at `token` may head a description: a word of letters
/// (and hyphens or apostrophes), in lower case or opening its sentence, and
/// not a word of the closed classes.
pub(crate) fn is_candidate(doc: &Document, token: usize) -> bool {
    let t = doc.token(token);
    if t.kind != TokenKind::Word {
        return false;
    }
    let raw = doc.raw(token);
    if raw.chars().count() < 2 || !raw.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')) {
        return false;
    }
    let (sentence_first, sentence_end) = doc.sentence_bounds(token);
    if t.capitalized && sentence_first != token {
        return false;
    }
    // A noun right before a capitalised word is a title or a descriptor of
    // the name it opens ("former president Bill Clinton", "lawyer Michael
    // Cohen"), not a person of its own.
    if token + 1 < sentence_end && doc.is_word(token + 1) && doc.token(token + 1).capitalized {
        return false;
    }
    !is_closed_class(crate::without_possessive(doc.word(token)))
}

/// Determiners, pronouns, prepositions, conjunctions and auxiliaries: no
/// such word heads a noun phrase.
pub(crate) fn is_closed_class(word: &str) -> bool {
    is_determiner(word)
        || matches!(
            word,
            // "That" opens relative clauses as often as noun phrases:
            // "the crash that killed one woman".
            "that"
                | "i"
                | "you"
                | "he"
                | "she"
                | "it"
                | "we"
                | "they"
                | "me"
                | "him"
                | "us"
                | "them"
                | "who"
                | "whom"
                | "whose"
                | "which"
                | "what"
                | "and"
                | "or"
                | "but"
                | "if"
                | "of"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "to"
                | "as"
                | "into"
                | "about"
                | "than"
                | "not"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "has"
                | "have"
                | "had"
                | "do"
                | "does"
                | "did"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
        )
}

/// Articles, demonstratives and possessive pronouns: the words that open a
/// noun phrase and fix what it refers to. Not `clause_words::is_determiner`,
/// whose quantifiers and numbers ("some", "two", "other") open plurals and
/// groups, which are no single person.
pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "this" | "these" | "those" | "my" | "your" | "his" | "her" | "its" | "our" | "their"
    )
}

/// The first token of the description headed at `head`: its determiner
/// or its possessor's name ("Trump's father") when one stands within
/// [`MAX_MODIFIERS`] words before it with only modifiers between. A bare
/// singular noun is no description that refers: it is a predicate or a
/// title ("was secretary of state", "as president"); so is a description
/// after a verb of being or "as" ("He was a good man", "As a child").
fn phrase_start(doc: &Document, head: usize, taken: &[bool]) -> Option<usize> {
    let (sentence_first, _) = doc.sentence_bounds(head);
    let mut at = head;
    while at > sentence_first && head - at < MAX_MODIFIERS {
        let before = at - 1;
        if !doc.is_word(before) {
            return None;
        }
        let word = doc.word(before);
        // A possessive pronoun opens the description even where it is a
        // person's mention itself ("his family", not "the six years his
        // family").
        if is_determiner(word) {
            let predicate = before > sentence_first && is_predicate_opener(doc.word(before - 1));
            return (!predicate).then_some(before);
        }
        if taken.get(before).copied().unwrap_or(false) {
            // A possessor's name opens the description ("Trump's
            // father"); any other name is a modifier inside it ("a
            // Treasury spokesperson").
            if is_possessive(doc.raw(before)) {
                return Some(name_start(before, taken, sentence_first));
            }
            at = before;
            continue;
        }
        // Clause openers and conjunctions end the walk too ("an
        // important development because consumer …"); they are no
        // candidates' concern, so the model need not learn them again.
        if is_closed_class(word) || crate::clause_words::stops_noun_phrase(word) {
            return None;
        }
        at = before;
    }
    None
}

/// Words after which a noun phrase says what someone is rather than who:
/// verbs of being and becoming, and "as".
pub(crate) fn is_predicate_opener(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "become"
            | "became"
            | "becomes"
            | "remain"
            | "remained"
            | "remains"
            | "as"
    )
}

/// Whether a word carries a possessive ending ("Trump's", "Davis'").
pub(crate) fn is_possessive(raw: &str) -> bool {
    crate::without_possessive(raw).len() != raw.len()
}

/// The first word of the name that ends at `last` ("Donald Trump's" from
/// "Trump's"): the run of taken words, within the sentence, so that "On
/// Monday Prince Harry's lawyer" starts at "Prince".
pub(crate) fn name_start(last: usize, taken: &[bool], sentence_first: usize) -> usize {
    let mut first = last;
    while first > sentence_first && taken.get(first - 1).copied().unwrap_or(false) {
        first -= 1;
    }
    first
}

/// Feature templates, each mixed with its value.
const BIAS: u64 = 1;
pub(crate) const WORD: u64 = 2;
const SUFFIX: [u64; 3] = [3, 4, 5];
const PREVIOUS: u64 = 6;
const PREVIOUS_2: u64 = 7;
const NEXT: u64 = 8;
const PREVIOUS_AND_WORD: u64 = 9;
const POSSESSIVE: u64 = 10;
const OPENS_SENTENCE: u64 = 11;
const DETERMINER_BEFORE: u64 = 12;
const NEXT_AND_WORD: u64 = 13;
const PERSON_NOUN: u64 = 14;

/// The features of `head` as the head of a description, into `out`.
pub(crate) fn head_features(doc: &Document, head: usize, out: &mut Vec<u64>) {
    out.clear();
    let written = doc.word(head);
    let word = crate::without_possessive(written);
    let word_hash = hash_str(word);
    out.push(mix(BIAS, 0));
    out.push(mix(WORD, word_hash));
    // The last two, three and four characters, where the word is longer;
    // `starts[k]` is where the last k + 1 characters begin.
    let mut starts = [0usize; 5];
    let mut count = 0;
    for ((at, _), slot) in word.char_indices().rev().zip(starts.iter_mut()) {
        *slot = at;
        count += 1;
    }
    for (template, length) in SUFFIX.iter().zip(2..) {
        if count > length {
            out.push(mix(*template, hash_str(&word[starts[length - 1]..])));
        }
    }
    let (sentence_first, sentence_end) = doc.sentence_bounds(head);
    let context = |token: Option<usize>| -> u64 {
        match token {
            Some(t) if t >= sentence_first && t < sentence_end => hash_lower(doc.raw(t)),
            _ => hash_str("<edge>"),
        }
    };
    let previous = context(head.checked_sub(1));
    out.push(mix(PREVIOUS, previous));
    out.push(mix(PREVIOUS_2, context(head.checked_sub(2))));
    let next = context(Some(head + 1));
    out.push(mix(NEXT, next));
    out.push(mix(PREVIOUS_AND_WORD, mix(previous, word_hash)));
    out.push(mix(NEXT_AND_WORD, mix(next, word_hash)));
    // What WordNet says of the word: a noun for people in its first sense,
    // in a later one, or in none.
    use crate::person_nouns::{person_sense_of_hash, person_sense_of_plural, PersonSense};
    let person_sense = match person_sense_of_hash(word_hash) {
        Some(PersonSense::First) => 1,
        Some(PersonSense::Later) => 2,
        None => match person_sense_of_plural(word) {
            Some(PersonSense::First) => 3,
            Some(PersonSense::Later) => 4,
            None => 0,
        },
    };
    out.push(mix(PERSON_NOUN, person_sense));
    if written.len() != word.len() {
        out.push(mix(POSSESSIVE, 1));
    }
    if head == sentence_first {
        out.push(mix(OPENS_SENTENCE, 1));
    }
    let determiner = (head.saturating_sub(MAX_MODIFIERS).max(sentence_first)..head)
        .rev()
        .take_while(|&t| doc.is_word(t))
        .find(|&t| is_determiner(doc.word(t)));
    if let Some(d) = determiner {
        out.push(mix(DETERMINER_BEFORE, hash_str(doc.word(d))));
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use readout_segment::segment;

    /// The descriptions `model` finds in `text`.
    pub(crate) fn spans(text: &str, model: &NominalPersonModel) -> Vec<String> {
        spans_beside(text, model, &[])
    }

    /// The descriptions found where the words `names` are already taken.
    fn spans_beside(text: &str, model: &NominalPersonModel, names: &[&str]) -> Vec<String> {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let taken: Vec<bool> = (0..doc.len()).map(|t| names.contains(&doc.raw(t))).collect();
        find_nominal_persons(&doc, model, &taken)
            .into_iter()
            .map(|(first, end)| text[doc.byte_range(first, end)].to_string())
            .collect()
    }

    /// A model that knows one head word.
    pub(crate) fn model_of(word: &str) -> NominalPersonModel {
        let mut model = NominalPersonModel::default();
        model.weights.insert(mix(WORD, hash_str(word)), 1.0);
        model
    }

    #[test]
    fn a_description_runs_back_to_its_determiner() {
        let model = model_of("aide");
        assert_eq!(spans("A senior campaign aide said so.", &model), ["A senior campaign aide"]);
        assert_eq!(spans("Then an aide's phone rang.", &model), ["an aide's"]);
        // A title before a name is none.
        assert!(spans("Campaign aide Tom Lee said so.", &model).is_empty());
        // Not past punctuation or a word of the closed classes, nor further
        // than four words; a bare noun is none.
        assert!(spans("The plan, aide said.", &model).is_empty());
        assert!(spans("the man was aide to her", &model).is_empty());
        // A predicate says what someone is.
        assert!(spans("He was a good aide, she said.", &model).is_empty());
        assert!(spans("As an aide, he knew.", &model).is_empty());
        // Regression: "that" of a relative clause is no determiner.
        assert!(spans("the crash that killed one aide", &model).is_empty());
        assert!(spans("the very long winded tired aide said", &model).is_empty());
        // Regression: a clause opener ends the walk ("an important
        // development because consumer …").
        assert!(spans("an important change because aide groups said so", &model).is_empty());
    }

    #[test]
    fn a_possessor_named_before_belongs_to_the_description() {
        let model = model_of("father");
        assert_eq!(
            spans_beside("Donald Trump's father said so.", &model, &["Donald", "Trump's"]),
            ["Donald Trump's father"]
        );
        // Regression: the name only, not the words before it.
        assert_eq!(
            spans_beside("On Monday Prince Harry's father said so.", &model, &["Prince", "Harry's"]),
            ["Prince Harry's father"]
        );
        // A name as a modifier stands inside the description.
        assert_eq!(spans_beside("A Treasury father said so.", &model, &["Treasury"]), ["A Treasury father"]);
        // Any other name before it stays out.
        assert!(spans_beside("In Ohio father and son voted.", &model, &["Ohio"]).is_empty());
        // Regression: a possessive pronoun that is a person's mention opens
        // the description; it is no modifier to walk past ("the six years
        // his family").
        assert_eq!(spans_beside("in the six years his father ran it", &model, &["his"]), ["his father"]);
    }

    #[test]
    fn capitalised_words_inside_a_sentence_and_closed_class_words_are_not_candidates() {
        let model = model_of("aide");
        assert!(spans("He met Aide Corp.", &model).is_empty());
        let mut model = model_of("the");
        model.weights.insert(mix(WORD, hash_str("his")), 1.0);
        assert!(spans("The man saw his dog.", &model).is_empty());
    }

    #[test]
    fn model_text_round_trips() {
        let mut model = model_of("aide");
        model.threshold = 0.25;
        let again = NominalPersonModel::parse(&model.to_text()).unwrap();
        assert_eq!(again.to_text(), model.to_text());
        assert_eq!(again.threshold, 0.25);
        model.plural = true;
        assert!(NominalPersonModel::parse(&model.to_text()).unwrap().finds_groups());
    }

    #[test]
    fn a_malformed_line_is_an_error_naming_it() {
        let err = NominalPersonModel::parse("threshold\t0\nzz\t1\n").unwrap_err();
        assert_eq!(err.to_string(), "nominal person model line 2: key is not hexadecimal");
    }

    #[test]
    fn the_builtin_model_is_not_empty() {
        assert!(!NominalPersonModel::builtin().is_empty());
        assert!(!NominalPersonModel::builtin().finds_groups());
        assert!(!NominalPersonModel::builtin_groups().is_empty());
        assert!(NominalPersonModel::builtin_groups().finds_groups());
    }
}
