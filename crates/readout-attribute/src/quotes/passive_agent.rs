//! A passive cue with its agent: `The story was first reported by The
//! Washington Post`, `a plan opposed by House Republicans`, `He was asked
//! by reporters whether …`. In: the document, the cue, the phrase before
//! it and the "by" right after it. Out: the attribution whose source is
//! the agent after "by" and whose content is what the agent said or did:
//! the clause after the agent where one follows ("whether …", "that …"),
//! else the subject before the cue, as PolNeAR's annotators mark it.

use super::clause_after::subject_before;
use super::source_phrase::is_adverb_or_auxiliary_word;
use super::{content_kind, trim_end, Attribution, Cue};
use crate::lexicon::is_pronoun_subject;
use readout_segment::Document;

/// Words that end the agent's noun phrase: a clause, a time or place
/// adjunct, a purpose.
fn ends_agent(word: &str) -> bool {
    matches!(
        word,
        "on" | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "since"
            | "last"
            | "this"
            | "earlier"
            | "yesterday"
            | "today"
            | "that"
            | "who"
            | "which"
            | "when"
            | "while"
            | "whether"
            | "if"
            | "about"
            | "to"
            | "for"
            | "as"
            | "because"
            | "but"
            | "and"
    )
}

/// Words that open what an agent asked or said after it: `asked by
/// reporters whether …`, `told by aides that …`.
fn opens_clause(word: &str) -> bool {
    matches!(word, "that" | "whether" | "if" | "about" | "to" | "why" | "how" | "what" | "when")
}

/// A past participle, the only form a passive cue takes: "reported",
/// "written", "told".
fn is_participle(word: &str) -> bool {
    word.ends_with("ed")
        || matches!(
            word,
            "told" | "written" | "said" | "known" | "shown" | "seen" | "made" | "given" | "held" | "put" | "set"
        )
}

/// Whether the participle at `cue` is passive: after a form of "be"
/// (`was first reported`), or right after a common noun it qualifies (`a
/// plan opposed by`). After a name or a pronoun it is the verb of that
/// subject: `Mr. Bush responded by saying`.
fn is_passive_participle(doc: &Document, cue: usize) -> bool {
    let mut before = cue;
    while before > 0 && is_adverb_or_auxiliary_word(doc.word(before - 1)) {
        before -= 1;
        if matches!(doc.word(before), "was" | "were" | "been" | "being" | "is" | "are" | "be") {
            return true;
        }
    }
    before == cue
        && before > 0
        && doc.is_word(before - 1)
        && !doc.token(before - 1).capitalized
        && !is_pronoun_subject(doc.word(before - 1))
        && !is_adverb_or_auxiliary_word(doc.word(before - 1))
}

/// The attribution of a passive `cue` with "by" right after it; `None`
/// where there is no "by", the cue is no passive participle, or no agent
/// or content is found.
pub(super) fn passive_with_agent(
    doc: &Document,
    cue: Cue,
    sentence_first: usize,
    content_end_limit: usize,
) -> Option<Attribution> {
    let by = cue.1;
    if by >= content_end_limit
        || doc.word(by) != "by"
        || !is_participle(doc.word(cue.1 - 1))
        || !is_passive_participle(doc, cue.1 - 1)
    {
        return None;
    }
    let agent_start = by + 1;
    let mut agent_end = agent_start;
    while agent_end < content_end_limit {
        let token = doc.token(agent_end);
        let stops = token.is_quote()
            || (doc.is_punct(agent_end, ",") || doc.is_punct(agent_end, ";") || doc.is_punct(agent_end, ":"))
            || doc.is_punct(agent_end, "(")
            || doc.is_punct(agent_end, "—")
            || doc.is_punct(agent_end, "–")
            || (agent_end > agent_start && ends_agent(doc.word(agent_end)));
        if stops {
            break;
        }
        agent_end += 1;
    }
    let agent_end = trim_end(doc, agent_start, agent_end);
    // An agent is a noun phrase: a name or a determiner, not "by far" or a
    // gerund ("by saying").
    let gerund = |t: usize| doc.word(t).ends_with("ing") && !doc.token(t).capitalized && !doc.raw(t).contains('-');
    if agent_end <= agent_start || agent_end - agent_start > 12 || (agent_start..agent_end.min(agent_start + 2)).any(gerund) {
        return None;
    }
    let agent = (agent_start, agent_end);
    // `was asked by reporters whether …`: the clause after the agent is
    // what was said.
    if agent_end < content_end_limit && opens_clause(doc.word(agent_end)) {
        let end = trim_end(doc, agent_end, content_end_limit);
        if end > agent_end + 1 {
            let kind = content_kind(doc, agent_end, end);
            return Some(Attribution { kind, cue: Some(cue), source: Some(agent), content: vec![(agent_end, end)] });
        }
    }
    let subject = subject_before(doc, cue, sentence_first)?;
    let kind = content_kind(doc, subject.0, subject.1);
    Some(Attribution { kind, cue: Some(cue), source: Some(agent), content: vec![subject] })
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::{check, check_with_cue_words};

    #[test]
    fn a_participle_after_a_common_noun_is_passive() {
        check_with_cue_words(
            "The immigration bill, a measure opposed by House Republicans, stalled.",
            &["opposed"],
            &["indirect | House Republicans | opposed | a measure"],
        );
    }

    #[test]
    fn regression_the_agent_after_by_was_taken_for_the_content() {
        check(
            "The registration issue was first reported by The Washington Post on Tuesday.",
            &["indirect | The Washington Post | reported | The registration issue"],
        );
    }

    #[test]
    fn the_clause_after_the_agent_is_the_content() {
        check(
            "Clinton was asked by reporters whether she would release the transcripts.",
            &["indirect | reporters | asked | whether she would release the transcripts"],
        );
    }

    #[test]
    fn an_agent_stops_at_a_comma_and_keeps_its_relative_clause_out() {
        check(
            "The decision was criticized by Sen. John McCain, who called it reckless.",
            &[
                "indirect | Sen. John McCain | criticized | The decision",
                "indirect | who | called | it reckless",
            ],
        );
    }

    #[test]
    fn by_and_a_gerund_is_no_agent() {
        check(
            "Mr. Bush responded by first saying that he respected the voters.",
            &["indirect | Mr. Bush | responded | that he respected the voters"],
        );
        check(
            "Trump responded by saying the poll was rigged.",
            &["indirect | Trump | responded | by saying the poll was rigged", "indirect | Trump | saying | the poll was rigged"],
        );
    }
}
