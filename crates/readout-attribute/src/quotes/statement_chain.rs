//! One statement, one attribution: a document and its attributions in,
//! the same attributions out with each `X issued a statement saying …`
//! made one.
//!
//! The verb that puts out a noun cue ("issued a statement"), the noun and
//! the participle after it ("saying", "condemning") are each a cue, and
//! each took the rest of the sentence as its content: three attributions
//! of one statement, two of them with the statement's own words ("a
//! statement saying …") as content. PolNeAR marks the run as one cue
//! ("issued a statement saying"), and so does this pass: of the chain's
//! attributions, the one whose content starts after the whole chain (the
//! participle's, as a rule) is kept, with the cue from the verb to the
//! chain's end; where no participle follows, the noun's attribution takes
//! in the verb's cue. The source is the verb's subject, from whichever
//! attribution found it without running over the chain's own words.

use super::noun_cue::verb_of_noun_cue;
use super::{Attribution, TokenRange};
use readout_segment::{Document, TokenKind};

/// Merge the attributions of each verb, cue noun and participle chain.
pub(super) fn one_attribution_per_statement(doc: &Document, attributions: &mut Vec<Attribution>) {
    let mut dropped = vec![false; attributions.len()];
    for noun in 0..attributions.len() {
        let Some(noun_cue) = attributions[noun].cue else { continue };
        if dropped[noun] || noun_cue.1 != noun_cue.0 + 1 {
            continue;
        }
        let (sentence_first, _) = doc.sentence_bounds(noun_cue.0);
        let Some(verb) = verb_of_noun_cue(doc, noun_cue.0, sentence_first) else { continue };
        // The verb's own attributions, whose content is the statement (or,
        // where it skipped the noun, what the statement says).
        let verbs: Vec<usize> = (0..attributions.len())
            .filter(|&index| {
                index != noun && !dropped[index] && attributions[index].cue.is_some_and(|cue| cue.0 == verb)
            })
            .collect();
        let participle = participle_after(doc, attributions, noun, noun_cue).filter(|&index| !dropped[index]);
        if verbs.is_empty() && participle.is_none() {
            continue;
        }
        // "issued a statement saying" is one cue, and so is "released a
        // statement Thursday night condemning", as PolNeAR marks "said in
        // a statement Tuesday night".
        let chain_end = participle.map_or(noun_cue.1, |index| attributions[index].cue.map_or(noun_cue.1, |c| c.1));
        // The members, the participle first: its content is what the
        // statement says.
        let members: Vec<usize> = participle.into_iter().chain([noun]).chain(verbs.iter().copied()).collect();
        // The content that starts after the whole chain; a member whose
        // content holds the chain's own words ("a statement saying …") or
        // lies before it has none to give.
        let Some(keeper) = members
            .iter()
            .copied()
            .filter(|&index| attributions[index].content_start() >= chain_end)
            .min_by_key(|&index| attributions[index].content_start())
        else {
            continue;
        };
        // The verb's subject, from whichever member found it clean: not
        // running over the chain's own words ("issued a").
        let clean = |source: &TokenRange| source.1 <= verb || source.0 >= chain_end;
        let source = [noun]
            .iter()
            .chain(verbs.iter())
            .chain(members.first())
            .find_map(|&index| attributions[index].source.filter(clean));
        for &index in &members {
            if index != keeper {
                dropped[index] = true;
            }
        }
        attributions[keeper].cue = Some((verb, chain_end));
        attributions[keeper].source = source;
    }
    let mut index = 0;
    attributions.retain(|_| {
        index += 1;
        !dropped[index - 1]
    });
}

/// The attribution of a participle cue after the noun cue: the first cue
/// after the noun, a word in "-ing" at most six tokens on, with only words
/// of when, where or through what between ("a statement on Saturday
/// night, describing"). Its index.
fn participle_after(doc: &Document, attributions: &[Attribution], noun: usize, noun_cue: TokenRange) -> Option<usize> {
    let (index, cue) = attributions
        .iter()
        .enumerate()
        .filter(|&(index, _)| index != noun)
        .filter_map(|(index, other)| other.cue.map(|cue| (index, cue)))
        .filter(|&(_, cue)| cue.0 >= noun_cue.1 && cue.0 <= noun_cue.1 + 6)
        .min_by_key(|&(_, cue)| cue.0)?;
    // Only when, where or how it was put out stands between ("Thursday
    // night", "on its website Monday evening", "through a spokesman"):
    // not what the statement is about or for ("a call for unity,
    // urging"), which is the noun's own content.
    let between_is_adverbial = (noun_cue.1..cue.0).all(|t| {
        doc.token_sentence[t] == doc.token_sentence[noun_cue.0]
            && (doc.is_punct(t, ",") || doc.token(t).kind == TokenKind::Number || is_circumstance_word(doc.word(t)))
    });
    let is_participle = doc.word(cue.0).ends_with("ing") && cue.1 == cue.0 + 1;
    (is_participle && between_is_adverbial).then_some(index)
}

/// Words of the time, place or channel of a statement.
fn is_circumstance_word(word: &str) -> bool {
    crate::events::words::is_time_word(word)
        || matches!(
            word,
            "on" | "in"
                | "at"
                | "late"
                | "early"
                | "earlier"
                | "later"
                | "its"
                | "his"
                | "her"
                | "their"
                | "the"
                | "a"
                | "website"
                | "twitter"
                | "facebook"
                | "through"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
        )
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check_with_cue_words;

    #[test]
    fn regression_a_statement_and_its_participle_made_three_attributions() {
        check_with_cue_words(
            "The White House issued a statement condemning the attack.",
            &["issued", "statement", "condemning"],
            &["indirect | The White House | issued a statement condemning | the attack"],
        );
        check_with_cue_words(
            "The campaign put out a statement saying the report was false.",
            &["put", "statement", "saying"],
            &["indirect | The campaign | put out a statement saying | the report was false"],
        );
    }

    #[test]
    fn regression_the_chain_kept_a_source_made_of_its_own_words() {
        check_with_cue_words(
            "Mr. Trump, who said last week that the judge was biased, issued a statement Tuesday saying, “I do not feel that heritage matters.”",
            &["issued", "statement", "saying"],
            &[
                "indirect | who | said | that the judge was biased",
                "direct | Mr. Trump, who said last week that the judge was biased, | issued a statement Tuesday saying | “I do not feel that heritage matters.”",
            ],
        );
    }

    #[test]
    fn regression_the_chain_kept_a_participles_content_from_before_it() {
        check_with_cue_words(
            "At the time she released a statement saying, “The firm has distinguished itself.”",
            &["released", "statement", "saying"],
            &["direct | she | released a statement saying | “The firm has distinguished itself.”"],
        );
    }

    #[test]
    fn an_adverbial_between_the_noun_and_the_participle_is_part_of_the_cue() {
        check_with_cue_words(
            "Mr. Trump released a statement on Saturday night, describing the family as fine.",
            &["released", "statement", "describing"],
            &["indirect | Mr. Trump | released a statement on Saturday night, describing | the family as fine"],
        );
    }

    #[test]
    fn regression_what_a_statement_is_for_joined_the_cue() {
        check_with_cue_words(
            "Warren issued a call for unity, urging Democrats to rally behind the nominee.",
            &["issued", "call", "urging"],
            &[
                "indirect | Warren | issued a call | for unity",
                "indirect | Warren | urging | to rally behind the nominee",
            ],
        );
        check_with_cue_words(
            "Police released a statement on its website Monday evening, saying the suspect had fled.",
            &["released", "statement", "saying"],
            &["indirect | Police | released a statement on its website Monday evening, saying | the suspect had fled"],
        );
    }

    #[test]
    fn a_noun_cue_without_a_participle_takes_in_the_verbs_cue() {
        check_with_cue_words(
            "Clinton released a statement on the ruling.",
            &["released", "statement"],
            &["indirect | Clinton | released a statement | on the ruling"],
        );
        check_with_cue_words(
            "Then she doubled down on her claim that Sanders had voted against the bill.",
            &["claim"],
            &["indirect | she | claim | that Sanders had voted against the bill"],
        );
    }

    #[test]
    fn a_participle_past_a_clause_is_a_statement_of_its_own() {
        check_with_cue_words(
            "Obama issued a statement that the troops would stay, saying the war was not over.",
            &["issued", "statement", "saying"],
            &[
                "indirect | Obama | issued a statement | that the troops would stay",
                "indirect | Obama | saying | the war was not over",
            ],
        );
    }
}
