//! Cues: a document and its quoted segments in, the token ranges of the
//! words that mark an attribution out ("said", "told", "according to").
//!
//! The learned [`CueModel`] decides for every candidate word; where no model
//! is loaded, the speech-verb list decides. Words inside a quotation are the
//! speaker's own words, not cues, unless the model has learned otherwise.

use crate::cue_model::CueModel;
use crate::lexicon::{is_auxiliary_or_adverb, is_ordering_verb, is_speech_verb};
use crate::quote_marks::QuotedSegment;
use crate::quotes::Cue;
use readout_segment::Document;

/// For each token: does it sit inside a quoted segment (marks excluded)?
pub fn inside_quotes(doc: &Document, segments: &[QuotedSegment]) -> Vec<bool> {
    let mut inside = vec![false; doc.len()];
    for segment in segments {
        for &(first, end) in &segment.pieces {
            for flag in inside.iter_mut().take(end.saturating_sub(1)).skip(first + 1) {
                *flag = true;
            }
        }
    }
    inside
}

/// A cue, and whether it is tentative: the model found it likely enough to
/// try ([`CueModel::named_speaker_floor`]) but not to be sure of it, so its
/// attribution stands only where its speaker is someone the text names.
/// A cue with a named speaker is two pieces of evidence: the attributions
/// that only lowering the threshold adds are right about one time in four
/// on PolNeAR dev, those of tentative cues that keep their speaker about
/// one in two on train (BENCHMARKS.md, "Tentative cues").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundCue {
    pub cue: Cue,
    pub tentative: bool,
}

/// The sure cues of [`find_all_cues`], for tests of the shapes that take
/// cues as given.
#[cfg(test)]
pub(crate) fn find_cues(doc: &Document, inside_quote: &[bool], model: &CueModel, readout: bool) -> Vec<Cue> {
    find_all_cues(doc, inside_quote, model, readout).into_iter().filter(|c| !c.tentative).map(|c| c.cue).collect()
}

/// Every cue, sure or tentative, in text order.
///
/// `readout`: the text is a readout (see [`crate::genre`]), where the model's
/// candidates need less evidence.
pub fn find_all_cues(doc: &Document, inside_quote: &[bool], model: &CueModel, readout: bool) -> Vec<FoundCue> {
    let threshold = if readout { model.threshold * READOUT_FACTOR } else { model.threshold };
    let mut out: Vec<FoundCue> = Vec::new();
    let sure = |cue: Cue| FoundCue { cue, tentative: false };
    let mut index = 0;
    while index < doc.len() {
        let word = doc.word(index);
        if word == "according" && doc.word(index + 1) == "to" && !inside_quote[index] {
            out.push(sure((index, index + 2)));
            index += 2;
            continue;
        }
        // "she made it clear that …": one cue of three words, whose
        // subject is the one who made it clear, not "it".
        if makes_it_clear(doc, index) && !inside_quote[index] {
            out.push(sure((index, index + 3)));
            index += 3;
            continue;
        }
        // Speech verbs outside quotations are cues; the model adds the
        // words annotators also marked (beliefs, intentions, reports).
        // After a determiner the word is a noun: "his tweets", "the
        // reports", "swing states".
        // In a readout, so it is after a possessive: "the Irish
        // Government's support" (news annotators take "Trump's claim" for
        // a cue).
        let possessed =
            readout && index > 0 && (doc.raw(index - 1).ends_with("'s") || doc.raw(index - 1).ends_with("’s"));
        let noun = index > 0
            && (matches!(
                doc.word(index - 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
            ) || possessed);
        // A capitalised word inside a sentence is a name: "United States".
        let (sentence_first, _) = doc.sentence_bounds(index);
        // Not a headline's verb of saying in title case: "Bernie Sanders
        // Says He's Already Started Writing His Inaugural Address".
        let headline_saying = matches!(word, "says" | "said" | "tells" | "warns" | "claims" | "insists")
            && readout_entities::is_title_case_sentence(doc, doc.token_sentence[index]);
        let name = doc.token(index).capitalized
            && index != sentence_first
            && !doc.token(index - 1).is_quote()
            && !headline_saying;
        // "All told, the floods cost £2m": a sum, not a telling.
        let all_told = word == "told" && index > 0 && doc.word(index - 1) == "all";
        if name || all_told {
            index += 1;
            continue;
        }
        let probability = (!model.is_empty() && model.is_candidate(doc, index))
            .then(|| model.probability(doc, index, inside_quote[index]));
        // A speech verb the model finds very unlikely is a noun in disguise:
        // "swing states", "the reports".
        // "President Trump called the Prime Minister earlier today": a
        // phone call, not a cue.
        let phoned = crate::genre::phoned_someone(doc, index);
        let speech = doc.is_word(index)
            && !inside_quote[index]
            && is_speech_verb(word)
            && !noun
            && !phoned
            && probability.is_none_or(|p| p >= model.speech_floor);
        // Below the model's own threshold, a readout's cue must follow its
        // subject ("The Prime Minister welcomed", "He also underlined"):
        // "began by expressing" and "looked forward" are one cue each.
        // Readouts report each side's words with verbs news rarely uses so
        // ("The Prime Minister underlined", "briefed", "updated on"): right
        // after their subject, they are cues there.
        // "The Prime Minister turned to the day's events and thanked the
        // Taoiseach": a second verb of its subject's.
        let coordinated = index > 0 && doc.word(index - 1) == "and";
        let reporting = readout
            && doc.is_word(index)
            && !inside_quote[index]
            && !noun
            && is_readout_reporting_verb(word)
            && (follows_its_subject(doc, index) || coordinated);
        // "The message reads, in part: “…”": a text that reads something
        // out.
        let reads_out = matches!(word, "reads" | "read" | "stated")
            && !inside_quote[index]
            && index > 0
            && matches!(
                doc.word(index - 1),
                "message" | "letter" | "statement" | "note" | "email" | "tweet" | "post" | "text" | "sign"
            )
            && (index + 1..(index + 5).min(doc.len())).any(|t| doc.is_punct(t, ":"));
        let is_cue = !phoned
            && !possessed
            && (speech
                || reporting
                || reads_out
                || probability.is_some_and(|p| {
                    p >= threshold_for(doc, index, model.threshold)
                        || (p >= threshold_for(doc, index, threshold) && follows_its_subject(doc, index))
                }));
        let tentative = !is_cue
            && !phoned
            && !possessed
            && !inside_quote[index]
            && probability.is_some_and(|p| p >= model.named_speaker_floor);
        // `said Rep. Cummings in a statement`: the medium of a cue already in
        // the sentence is part of that attribution, not a new one.
        let medium = !speech
            && index >= 2
            && matches!(doc.word(index - 1), "a" | "an" | "the" | "his" | "her" | "their" | "its")
            && matches!(doc.word(index - 2), "in" | "on" | "during" | "through")
            && out.last().is_some_and(|found| doc.token_sentence[found.cue.0] == doc.token_sentence[index]);
        if (is_cue || tentative) && doc.is_word(index) && !medium {
            let head = gerund_after_by(doc, verb_before_particle(doc, verb_after_auxiliaries(doc, index)));
            // "had been very striking": an auxiliary before a degree word
            // heads no reported clause.
            if matches!(doc.word(head), "very" | "more" | "most" | "so" | "too" | "quite" | "rather" | "been" | "being")
            {
                index += 1;
                continue;
            }
            match out.last_mut() {
                // A sure cue makes a tentative one at the same word sure.
                Some(last) if last.cue.0 == head => last.tentative &= tentative,
                _ => out.push(FoundCue { cue: (head, head + 1), tentative }),
            }
            // A tentative cue's words are still weighed on their own: the
            // verb after "is" may be a sure cue.
            if !tentative {
                index = index.max(head);
            }
        }
        index += 1;
    }
    out
}

/// Whether "made it clear", "makes it plain", "making it known" opens at
/// `index`.
fn makes_it_clear(doc: &Document, index: usize) -> bool {
    index + 2 < doc.len()
        && matches!(doc.word(index), "make" | "makes" | "made" | "making")
        && doc.word(index + 1) == "it"
        && matches!(doc.word(index + 2), "clear" | "plain" | "known")
}

/// Annotators mark "has learned", "also questioned" as cues, so the model
/// learns that "has" and "also" are cues; the verb after them is the cue
/// word the attribution shapes need (its subject stands before the
/// auxiliary, its content after the verb).
fn verb_after_auxiliaries(doc: &Document, index: usize) -> usize {
    let (_, sentence_end) = doc.sentence_bounds(index);
    let mut head = index;
    while head + 1 < sentence_end && head < index + 4 && is_auxiliary_or_adverb(doc.word(head)) {
        let next = head + 1;
        if !doc.is_word(next) || doc.token(next).capitalized {
            return index;
        }
        head = next;
    }
    if is_auxiliary_or_adverb(doc.word(head)) || matches!(doc.word(head), "not" | "never") {
        index
    } else {
        head
    }
}

/// Annotators mark "pointed out", "talked about", "pushed back" as cues, so
/// the model learns the particle; the verb before it is the cue word, and
/// one cue, not two.
fn verb_before_particle(doc: &Document, index: usize) -> usize {
    let particle = matches!(
        doc.word(index),
        "about" | "out" | "of" | "for" | "up" | "on" | "to" | "with" | "back" | "down" | "in" | "off"
    );
    let verb_before = index > 0 && doc.is_word(index - 1) && !doc.token(index - 1).capitalized;
    if particle && verb_before {
        index - 1
    } else {
        index
    }
}

/// "began by congratulating him", "ended by thanking her": the gerund after
/// "by" is what was said; the verb before it only orders the account.
fn gerund_after_by(doc: &Document, index: usize) -> usize {
    let orders = is_ordering_verb(doc.word(index));
    let gerund = index + 2;
    if orders && gerund < doc.len() && doc.word(index + 1) == "by" && doc.word(gerund).ends_with("ing") {
        gerund
    } else {
        index
    }
}

/// Does a subject stand right before the word at `index`: a name or a
/// title ("Macron", "the Prime Minister"), a subject pronoun or "the
/// leaders", with at most two adverbs between ("also", "warmly")?
fn follows_its_subject(doc: &Document, index: usize) -> bool {
    let (first, _) = doc.sentence_bounds(index);
    let mut at = index;
    if at >= first + 2 && doc.word(at - 1) == "by" && is_ordering_verb(doc.word(at - 2)) {
        at -= 2;
    }
    while at > first
        && at + 3 > index
        && matches!(
            doc.word(at - 1),
            "also"
                | "then"
                | "further"
                | "again"
                | "warmly"
                | "strongly"
                | "firmly"
                | "both"
                | "all"
                | "once"
                | "briefly"
        )
    {
        at -= 1;
    }
    if at == first || !doc.is_word(at - 1) {
        return false;
    }
    // A headline (no full stop at its end) is no readout prose: "Prime
    // Minister and German Chancellor agree to deepen ties".
    let (_, end) = doc.sentence_bounds(index);
    let last = (first..end).rev().find(|&t| !doc.token(t).is_quote()).unwrap_or(index);
    if !matches!(doc.word(last), "." | "!" | "?") {
        return false;
    }
    // "spoke to", "met with" report the contact, not what was said.
    let contact = (matches!(doc.word(index), "spoke" | "speaks" | "talked" | "talks" | "met" | "meets")
        && index + 1 < doc.len()
        && matches!(doc.word(index + 1), "to" | "with"))
        || matches!(doc.word(index), "called" | "phoned" | "telephoned" | "rang");
    let word = doc.word(at - 1);
    let subject = (doc.token(at - 1).capitalized && !matches!(word, "a" | "an" | "the" | "this" | "that"))
        || matches!(word, "he" | "she" | "they" | "we" | "both" | "leaders" | "sides" | "two" | "ministers");
    subject && !contact
}

/// A candidate followed by "that" opens a reported clause ("argued that",
/// "believes that"), so less evidence is needed for it to be a cue.
fn threshold_for(doc: &Document, index: usize, threshold: f32) -> f32 {
    if index + 1 < doc.len() && doc.word(index + 1) == "that" {
        threshold * THAT_CLAUSE_FACTOR
    } else {
        threshold
    }
}

const THAT_CLAUSE_FACTOR: f32 = 0.6;

/// The verbs official readouts use to report what one side said or
/// conveyed to the other (gov.uk, the White House, the Kremlin, the
/// Élysée), in the past tense they are written in.
fn is_readout_reporting_verb(word: &str) -> bool {
    matches!(
        word,
        "underlined"
            | "underscored"
            | "stressed"
            | "emphasised"
            | "emphasized"
            | "reiterated"
            | "reaffirmed"
            | "welcomed"
            | "expressed"
            | "raised"
            | "conveyed"
            | "extended"
            | "updated"
            | "briefed"
            | "informed"
            | "thanked"
            | "congratulated"
            | "highlighted"
            | "outlined"
            | "offered"
            | "pledged"
            | "affirmed"
            | "acknowledged"
            | "condemned"
            | "urged"
            | "shared"
            | "noted"
            | "recalled"
            | "praised"
            | "assured"
    )
}

/// Tuned on readouts-dev; news (PolNeAR dev) keeps the model's threshold.
const READOUT_FACTOR: f32 = 0.2;

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    /// The cue words `model_text` finds in `text`, read as a readout or not.
    fn cues_found<'t>(text: &'t str, model_text: &str, readout: bool) -> Vec<&'t str> {
        let model = CueModel::parse(model_text).expect("model parses");
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let segments = crate::quote_marks::quoted_segments(&doc);
        let inside = inside_quotes(&doc, &segments);
        find_cues(&doc, &inside, &model, readout).iter().map(|&(s, e)| &text[doc.byte_range(s, e)]).collect()
    }

    #[test]
    fn a_candidate_between_the_floor_and_the_threshold_is_tentative() {
        // Weight 0: a probability of 0.5, under the threshold of 0.9 and at
        // or above the floor of 0.4.
        let model = CueModel::parse(
            "threshold\t\t0.9\nspeech_floor\t\t0.1\nnamed_speaker_floor\t\t0.4\nbias\t\t0\n\
             vocab\tslammed\t9\nw\tw|slammed\t0\n",
        )
        .expect("model parses");
        let text = "Jane Porter slammed the plan, and Bob Stone said it was fine.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let inside = vec![false; doc.len()];
        let found: Vec<(&str, bool)> = find_all_cues(&doc, &inside, &model, false)
            .iter()
            .map(|c| (&text[doc.byte_range(c.cue.0, c.cue.1)], c.tentative))
            .collect();
        assert_eq!(found, [("slammed", true), ("said", false)]);
        // A model file from before the floor: nothing is tentative.
        let old = CueModel::parse("threshold\t\t0.9\nbias\t\t0\nvocab\tslammed\t9\nw\tw|slammed\t0\n").unwrap();
        assert_eq!(old.named_speaker_floor, 0.9);
        assert!(find_all_cues(&doc, &inside, &old, false).iter().all(|c| !c.tentative));
    }

    /// The cue words found with a model that makes `words` cues and gives
    /// `unlikely` a probability near zero.
    fn check(text: &str, words: &[&str], unlikely: &[&str], expect: &[&str]) {
        let mut model_text = String::from("threshold\t\t0.5\nspeech_floor\t\t0.1\nbias\t\t0\n");
        for word in words {
            model_text.push_str(&format!("vocab\t{word}\t9\nw\tw|{word}\t10\n"));
        }
        for word in unlikely {
            model_text.push_str(&format!("w\tw|{word}\t-10\n"));
        }
        assert_eq!(cues_found(text, &model_text, false), expect);
    }

    /// The cue words found in a readout with a model that gives `middling`
    /// a probability of 0.27 (under its threshold of 0.9).
    fn check_readout(text: &str, middling: &[&str], readout: bool, expect: &[&str]) {
        let mut model_text = String::from("threshold\t\t0.9\nspeech_floor\t\t0.1\nbias\t\t0\n");
        for word in middling {
            model_text.push_str(&format!("vocab\t{word}\t9\nw\tw|{word}\t-1\n"));
        }
        assert_eq!(cues_found(text, &model_text, readout), expect);
    }

    #[test]
    fn a_readout_takes_weaker_cues_after_their_subject() {
        let words = ["welcomed", "underlined", "statement", "thanking", "forward", "agree"];
        check_readout("The Prime Minister welcomed the deal.", &words, true, &["welcomed"]);
        check_readout("The Prime Minister welcomed the deal.", &words, false, &[]);
        check_readout("He also underlined the risks.", &words, true, &["underlined"]);
        check_readout("The Prime Minister began by thanking him.", &words, true, &["thanking"]);
        // A determiner before the word makes it a noun; a headline is no
        // readout prose.
        check_readout("A statement welcomed the deal.", &words, true, &[]);
        check_readout("Prime Minister and Chancellor agree to deepen ties", &words, true, &[]);
    }

    #[test]
    fn a_text_that_reads_something_out_is_a_cue() {
        check_readout("The message reads, in part: “We agree.”", &[], false, &["reads"]);
        check_readout("The letter read: “We agree.”", &[], false, &["read"]);
        check_readout("She read the letter twice.", &[], false, &[]);
    }

    #[test]
    fn a_readouts_reporting_verb_the_model_never_saw_is_a_cue_after_its_subject() {
        check_readout("The Prime Minister briefed him on the talks.", &[], true, &["briefed"]);
        check_readout("The Prime Minister updated on his visit.", &[], true, &["updated"]);
        // Not in news, and not away from its subject.
        check_readout("The Prime Minister briefed him on the talks.", &[], false, &[]);
        check_readout("The software was updated on Monday.", &[], true, &[]);
        // An auxiliary before a degree word heads no clause.
        check_readout("The relief in Belfast had been very striking.", &["had", "been"], true, &[]);
        // A second verb of the subject's; a noun after a possessive.
        check_readout(
            "The Prime Minister turned to the talks and thanked the Taoiseach for the Government's support.",
            &["support"],
            true,
            &["thanked"],
        );
    }

    #[test]
    fn auxiliary_cue_moves_to_its_verb() {
        check("The Post has learned the news.", &["has"], &[], &["learned"]);
        check("He also questioned her health.", &["also", "questioned"], &[], &["questioned"]);
    }

    #[test]
    fn speech_verb_the_model_finds_unlikely_is_no_cue() {
        check("Five swing states voted, he said.", &[], &["states"], &["said"]);
    }

    #[test]
    fn particle_cue_moves_to_its_verb() {
        check("They pointed out that the law is clear.", &["out"], &[], &["pointed"]);
    }

    #[test]
    fn regression_a_verb_and_its_particle_were_two_cues() {
        check("The campaign pushed back against the attack.", &["pushed", "back"], &[], &["pushed"]);
        check("The campaign doubled down on its attacks.", &["doubled", "down"], &[], &["doubled"]);
    }

    #[test]
    fn regression_made_it_clear_was_two_cues_and_it_a_source() {
        check("She made it clear that she has concerns.", &["made", "clear"], &[], &["made it clear"]);
        check("He makes it plain that he will run.", &[], &[], &["makes it plain"]);
    }

    #[test]
    fn a_headlines_verb_of_saying_is_a_cue_though_capitalised() {
        check("Bernie Sanders Says He Is Running Again For The Senate", &[], &[], &["Says"]);
        // Inside a sentence, a capitalised word is a name.
        check("The United States Says nothing, said Mr. Smith.", &[], &[], &["said"]);
    }

    #[test]
    fn medium_of_an_earlier_cue_is_no_cue() {
        check("The plan will fail, said Rep. Cummings in a statement.", &["statement"], &[], &["said"]);
    }
}
