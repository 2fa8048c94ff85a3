//! A passive cue with its agent: `The story was first reported by The
//! Washington Post`, `a plan opposed by House Republicans`, `He was asked
//! by reporters whether …`. In: the document, a cue with "by" right after
//! it, its sentence's first token and where its content must end. Out:
//! the attribution whose source is
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
            | "for"
            | "as"
            | "because"
            | "but"
            | "and"
            | "why"
            | "how"
            | "what"
            | "where"
            | "not"
    )
}

/// What "by" gives besides an agent: a time ("by Friday", "by 10 p.m.",
/// "by now"), a channel ("by email", "by phone"), a degree ("by far") or a
/// margin ("by a vote of 52-48").
fn is_no_agent(doc: &Document, agent_start: usize) -> bool {
    let word = doc.word(agent_start);
    let second = if agent_start + 1 < doc.len() { doc.word(agent_start + 1) } else { "" };
    word.starts_with(|c: char| c.is_ascii_digit())
        || readout_entities::is_time_word(word)
        || matches!(
            word,
            "far"
                | "now"
                | "then"
                | "noon"
                | "midnight"
                | "tomorrow"
                | "today"
                | "tonight"
                | "email"
                | "e-mail"
                | "phone"
                | "telephone"
                | "text"
                | "mail"
                | "fax"
                | "video"
                | "videoconference"
                | "post"
                | "hand"
                | "year's"
                | "week's"
                | "month's"
        )
        || (matches!(word, "a" | "the" | "an")
            && matches!(
                second,
                "vote"
                    | "margin"
                    | "wide"
                    | "narrow"
                    | "time"
                    | "end"
                    | "deadline"
                    | "year"
                    | "week"
                    | "month"
                    | "day"
                    | "factor"
                    | "percent"
                    | "majority"
                    | "landslide"
                    | "half"
                    | "third"
                    | "quarter"
            ))
}

/// Participles of feeling: "outraged by the raids" tells how the subject
/// took something, and PolNeAR credits the subject, not the cause.
fn is_feeling(word: &str) -> bool {
    matches!(
        word,
        "outraged"
            | "startled"
            | "impressed"
            | "unimpressed"
            | "frustrated"
            | "shocked"
            | "surprised"
            | "disappointed"
            | "angered"
            | "alarmed"
            | "troubled"
            | "concerned"
            | "worried"
            | "moved"
            | "touched"
            | "offended"
            | "saddened"
            | "pleased"
            | "delighted"
            | "horrified"
            | "dismayed"
            | "stunned"
            | "puzzled"
            | "confused"
            | "bothered"
            | "annoyed"
            | "irritated"
            | "embarrassed"
            | "amused"
            | "inspired"
            | "encouraged"
            | "heartened"
            | "buoyed"
            | "baffled"
            | "perplexed"
            | "intrigued"
            | "fascinated"
            | "terrified"
            | "scared"
            | "frightened"
            | "infuriated"
            | "incensed"
            | "enraged"
            | "exasperated"
            | "relieved"
            | "thrilled"
            | "excited"
            | "distressed"
            | "disturbed"
            | "upset"
    )
}

/// Whether the word at `at` opens what an agent asked or said after it:
/// `asked by reporters whether …`, `told by aides that …`, `warned by
/// advisers not to attack`; "to" only before a verb (`urged by aides to
/// resign`, not `a former aide to Bush`).
fn opens_clause(doc: &Document, at: usize) -> bool {
    match doc.word(at) {
        "that" | "whether" | "if" | "about" | "why" | "how" | "what" | "when" | "not" => true,
        "to" => {
            at + 1 < doc.len()
                && doc.is_word(at + 1)
                && !doc.token(at + 1).capitalized
                && !crate::lexicon::is_determiner(doc.word(at + 1))
                && !doc.word(at + 1).starts_with(|c: char| c.is_ascii_digit())
                && !matches!(doc.word(at + 1), "one" | "two" | "three" | "him" | "her" | "them" | "me" | "us")
        }
        _ => false,
    }
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
    // `A campaign spokesman said by email`: a verb of saying after a noun
    // is that noun's verb, not a participle qualifying it.
    before == cue
        && !matches!(doc.word(cue), "said" | "told" | "wrote" | "asked" | "confirmed" | "added" | "answered")
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
        || is_feeling(doc.word(cue.1 - 1))
        || !is_passive_participle(doc, cue.1 - 1)
        || by + 1 >= content_end_limit
        || is_no_agent(doc, by + 1)
    {
        return None;
    }
    let agent_start = by + 1;
    // The agent is a noun phrase: a verb form after its first word ends it
    // ("an article cited by her campaign quoted …", "accused by
    // prosecutors of lying").
    let verb_form = |t: usize| {
        let word = doc.word(t);
        doc.is_word(t)
            && !doc.token(t).capitalized
            && !doc.raw(t).contains('-')
            && (word.ends_with("ing") || word.ends_with("ed"))
    };
    let mut agent_end = agent_start;
    while agent_end < content_end_limit {
        let token = doc.token(agent_end);
        let stops = token.is_quote()
            || (doc.is_punct(agent_end, ",") || doc.is_punct(agent_end, ";") || doc.is_punct(agent_end, ":"))
            || doc.is_punct(agent_end, "(")
            || doc.is_punct(agent_end, "—")
            || doc.is_punct(agent_end, "–")
            || (agent_end > agent_start
                && (ends_agent(doc.word(agent_end))
                    || verb_form(agent_end)
                    || (doc.word(agent_end) == "to" && opens_clause(doc, agent_end))));
        if stops {
            break;
        }
        agent_end += 1;
    }
    let mut agent_end = trim_end(doc, agent_start, agent_end);
    // "prosecutors of" before "lying": a preposition left at the end.
    while agent_end > agent_start + 1 && matches!(doc.word(agent_end - 1), "of" | "for" | "from" | "with" | "by") {
        agent_end -= 1;
    }
    // An agent is a noun phrase: a name or a determiner, not "by far" or a
    // gerund ("by saying").
    let gerund = |t: usize| doc.word(t).ends_with("ing") && !doc.token(t).capitalized && !doc.raw(t).contains('-');
    if agent_end <= agent_start
        || agent_end - agent_start > 12
        || (agent_start..agent_end.min(agent_start + 2)).any(gerund)
    {
        return None;
    }
    let agent = (agent_start, agent_end);
    // `was asked by reporters whether …`: the clause after the agent is
    // what was said.
    if agent_end < content_end_limit && opens_clause(doc, agent_end) {
        let end = trim_end(doc, agent_end, content_end_limit);
        if end > agent_end + 1 {
            let kind = content_kind(doc, agent_end, end);
            return Some(Attribution { kind, cue: Some(cue), source: Some(agent), content: vec![(agent_end, end)] });
        }
    }
    let subject = subject_before(doc, cue, sentence_first)?;
    // `since it was agreed by the Prime Minister in May`: a clause a
    // subordinator opens tells the background, not what anyone said.
    if subject.0 > sentence_first
        && matches!(
            doc.word(subject.0 - 1),
            "since" | "after" | "when" | "as" | "because" | "before" | "until" | "once" | "if" | "although" | "though"
        )
    {
        return None;
    }
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
            &["indirect | Sen. John McCain | criticized | The decision", "indirect | who | called | it reckless"],
        );
    }

    #[test]
    fn regression_times_channels_and_margins_after_by_are_no_agents() {
        check(
            "A campaign spokesman said by email that the report was false.",
            &["indirect | A campaign spokesman | said | that the report was false"],
        );
        check(
            "The president said by far the biggest problem was the deficit.",
            &["indirect | The president | said | by far the biggest problem was the deficit"],
        );
        check("The results will be announced by Friday.", &["indirect | The results | announced | by Friday"]);
    }

    #[test]
    fn regression_a_feeling_is_the_subjects() {
        check_with_cue_words(
            "Immigrant rights advocates have been outraged by the raids.",
            &["outraged"],
            &["indirect | Immigrant rights advocates | outraged | by the raids"],
        );
    }

    #[test]
    fn regression_the_agent_ran_on_into_a_verb_or_clause() {
        check(
            "He was asked by a caller why young men are coming to the U.S. as refugees.",
            &["indirect | a caller | asked | why young men are coming to the U.S. as refugees"],
        );
        check_with_cue_words(
            "He was accused by prosecutors of lying to investigators.",
            &["accused"],
            &["indirect | prosecutors | accused | He"],
        );
        check_with_cue_words(
            "The memo was written by a former aide to Bush.",
            &["written"],
            &["indirect | a former aide to Bush | written | The memo"],
        );
    }

    #[test]
    fn regression_a_background_clause_keeps_its_old_reading() {
        check_with_cue_words(
            "They welcomed the progress made since it was agreed by the two leaders in May.",
            &["agreed"],
            &["indirect | it | agreed | by the two leaders in May"],
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
            &[
                "indirect | Trump | responded | by saying the poll was rigged",
                "indirect | Trump | saying | the poll was rigged",
            ],
        );
    }
}
