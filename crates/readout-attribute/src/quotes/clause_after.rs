//! A reported clause after its cue: a document, a cue, the sentence's first
//! token and where the content must end in, the attribution of what follows
//! the cue out (`X said (that) …`, `urged allies to …`, `denounced the
//! annexation`).
//!
//! Also here is where that content must end, which the driver works out
//! once for every shape: at the sentence end, or before the clause of a
//! later cue in the same sentence.

use super::name_led_source::name_led_source;
use super::opening_subject::{clause_end_comma, participle_source};
use super::source_phrase::{appositive_source, source_before};
use super::{content_kind, trim_end, Attribution, Cue, TokenRange};
use crate::lexicon::{is_pronoun_subject, is_speech_verb};
use readout_segment::Document;

/// `X said (that) …`: the clause after the cue, past an object, time
/// adverbials or an addressee up to "that" or the clause itself; the
/// content of a cue that is no verb of saying or thinking is its object.
pub(super) fn clause_after(
    doc: &Document,
    cue: Cue,
    sentence_first: usize,
    content_end_limit: usize,
) -> Option<Attribution> {
    // A clause after the cue: `X said (that) …`.
    let source = subject_before(doc, cue, sentence_first);
    let mut start = cue.1;
    // Skip an object and time adverbials up to "that": `told reporters on
    // Tuesday that …`.
    // A telling names its listener first, at times at length: `told one of
    // his young protégés on a regular basis that …`.
    let reach = if matches!(doc.word(cue.0), "told" | "tell" | "tells" | "telling") { 16 } else { 8 };
    for look in cue.1..(cue.1 + reach).min(content_end_limit) {
        if doc.word(look) == "that" {
            start = look;
            break;
        }
        // `said he realized that …`: a subject pronoun opens the reported
        // clause itself, so the "that" after it belongs to the content.
        if !doc.is_word(look) || is_pronoun_subject(doc.word(look)) {
            break;
        }
    }
    if start == cue.1 {
        start = skip_addressee(doc, cue.0, start, content_end_limit);
    }
    // `pointed out, …`, `laid out …`: the particle belongs to the verb.
    if start == cue.1 && start + 1 < content_end_limit && matches!(doc.word(start), "out" | "up") {
        start += 1;
    }
    while start < content_end_limit && (doc.is_punct(start, ":") || doc.is_punct(start, ",")) {
        start += 1;
    }
    // `After suggesting that he regretted it, Mr. Rubio …`: a source that
    // stands after the cue, past the comma that closes the clause, ends
    // the content there.
    let content_end_limit = match source {
        Some((source_first, _)) if source_first > start => {
            // Back over a closing quotation mark to the comma: `was
            // "rigged," Trump refused`.
            let mut comma = source_first - 1;
            while comma > start && doc.token(comma).is_quote() {
                comma -= 1;
            }
            if doc.is_punct(comma, ",") {
                // The quotation mark closes a quotation the content opened.
                content_end_limit.min(if comma + 1 < source_first { source_first } else { comma })
            } else {
                content_end_limit
            }
        }
        // `Asked whether he would serve, Mrs. Clinton …`: a participle that
        // opens the sentence reports up to its clause's comma, whoever it
        // names.
        _ if cue.0 == sentence_first && (doc.word(cue.0).ends_with("ing") || doc.word(cue.0).ends_with("ed")) => {
            clause_end_comma(doc, start, content_end_limit).map_or(content_end_limit, |(comma, _)| comma)
        }
        _ => content_end_limit,
    };
    let object_limit = object_end(doc, cue.0, start, content_end_limit);
    let end = trim_end(doc, start, object_limit);
    // A lone word is content only as an object cut short by an adjunct
    // (`has not mentioned Machado since …`).
    let shortest = if object_limit < content_end_limit && doc.is_word(start) { 1 } else { 2 };
    if end <= start || (end - start) < shortest {
        return None;
    }
    let kind = content_kind(doc, start, end);
    Some(Attribution { kind, cue: Some(cue), source, content: vec![(start, end)] })
}

/// The subject before a cue whose content comes after it: a participle's
/// (`…, warning`), a name's before its appositives, or the noun phrase
/// right before it.
pub(super) fn subject_before(doc: &Document, cue: Cue, sentence_first: usize) -> Option<TokenRange> {
    participle_source(doc, cue.0, sentence_first)
        .or_else(|| name_led_source(doc, cue.0, sentence_first))
        .or_else(|| source_before(doc, cue.0, sentence_first))
        .or_else(|| appositive_source(doc, cue.0, sentence_first))
}

/// Verbs that take a whole clause without "that": `believes the economy is
/// growing`.
fn takes_bare_clause(word: &str) -> bool {
    is_speech_verb(word)
        || ["think", "believ", "hope", "feel", "felt", "know", "knew", "expect", "fear", "worr", "suspect", "assum"]
            .iter()
            .any(|stem| word.starts_with(stem))
}

/// The content of a cue that is not a verb of saying or thinking is its
/// object (`denounced the annexation | in an on-air diatribe`, `declined to
/// comment | after …`): it ends at the first comma or at the preposition or
/// conjunction that opens an adjunct. Reported clauses (`that …`, `whether
/// …`) and quotations run on to the limit.
fn object_end(doc: &Document, cue: usize, start: usize, limit: usize) -> usize {
    let opener = doc.word(start);
    let clause = matches!(opener, "that" | "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where");
    if takes_bare_clause(doc.word(cue)) || clause || (start..limit).any(|t| doc.token(t).is_quote()) {
        return limit;
    }
    let infinitive = opener == "to";
    for at in start + 1..limit {
        let word = doc.word(at);
        let adjunct = matches!(word, "because" | "while" | "when" | "since" | "before" | "despite" | "although")
            || (infinitive && word == "after");
        // A comma before a capitalised word may run on a list of names
        // (`problems in the Middle East, China and elsewhere`).
        let comma = doc.is_punct(at, ",") && !(at + 1 < limit && doc.token(at + 1).capitalized);
        if comma || doc.is_punct(at, ";") || adjunct {
            return at;
        }
    }
    limit
}

/// The content after a cue ends at the sentence end, or before the clause of
/// a later cue in the same sentence (`…, but insisted that …`). A later cue
/// right after the first one's subject (`said he didn't believe …, arguing
/// that …`) is part of the content; the one after it may still end it.
pub(super) fn content_limit(doc: &Document, cue: Cue, later_cues: &[Cue], sentence_end: usize) -> usize {
    for next in later_cues {
        if next.0 >= sentence_end {
            break;
        }
        if next.0 <= cue.1 {
            continue;
        }
        // Walk left from the next cue over its subject to the comma or
        // conjunction that opens its clause.
        let mut at = next.0;
        while at > cue.1 + 1 {
            let word = doc.word(at - 1);
            if doc.is_punct(at - 1, ",") || doc.is_punct(at - 1, ";") || word == "but" || word == "and" {
                at -= 1;
                break;
            }
            if !doc.is_word(at - 1) {
                break;
            }
            at -= 1;
        }
        if at > cue.1 + 1 && at < next.0 {
            return at;
        }
    }
    sentence_end
}

/// The addressee of a directive or a telling is not part of what was said:
/// `urged western allies | to act`, `told reporters | the row was over`.
fn skip_addressee(doc: &Document, cue: usize, start: usize, limit: usize) -> usize {
    // A text may end on its cue ("Rachel Reeves told"): nothing to skip.
    if start >= limit {
        return start;
    }
    let verb = doc.word(cue);
    let directive = [
        "urg", "warn", "ask", "encourag", "press", "implor", "advis", "invit", "challeng", "beg", "order", "instruct",
        "remind", "call",
    ]
    .iter()
    .any(|stem| verb.starts_with(stem));
    if directive {
        // An object of at most five words, then the infinitive.
        if let Some(to) = (start + 1..(start + 6).min(limit)).find(|&t| doc.word(t) == "to") {
            if (start..to).all(|t| doc.is_word(t)) && !(start..to).any(|t| doc.word(t) == "that") {
                return to;
            }
        }
    }
    let telling = verb.starts_with("tell") || verb == "told";
    let listener = matches!(
        doc.word(start),
        "reporters"
            | "journalists"
            | "him"
            | "her"
            | "them"
            | "us"
            | "me"
            | "supporters"
            | "voters"
            | "viewers"
            | "listeners"
            | "lawmakers"
            | "colleagues"
            | "the"
    );
    if telling && listener && doc.word(start) != "the" && start + 1 < limit {
        return start + 1;
    }
    // `told POLITICO she was leaning`, `told The Associated Press he
    // would`: a named listener before the clause's own subject.
    if telling && doc.token(start).capitalized {
        let mut after = start;
        while after < limit && (doc.token(after).capitalized || doc.is_punct(after, ".")) && after < start + 5 {
            after += 1;
        }
        if after < limit && is_pronoun_subject(doc.word(after)) {
            return after;
        }
    }
    start
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::{check, check_with_cue_words};

    #[test]
    fn regression_made_it_clear_took_it_for_its_source() {
        check(
            "Clinton endorsed the deal, although she made it clear that she has concerns.",
            &["indirect | she | made it clear | that she has concerns"],
        );
    }

    #[test]
    fn reported_clause_boundaries() {
        // A subject pronoun opens the clause; the "that" after it is content.
        check(
            "Mr. Clarke said he realized that coal was declining.",
            &["indirect | Mr. Clarke | said | he realized that coal was declining"],
        );
        // A telling may name its listener at length before "that".
        check(
            "He told one of his young allies on a regular basis that terrorism is the answer.",
            &["indirect | He | told | that terrorism is the answer"],
        );
        // A later cue right after the subject does not end the content; the
        // one after it does.
        check(
            "Sen. Perdue said he did not believe the attacks worked, arguing that divisions hurt.",
            &[
                "indirect | Sen. Perdue | said | he did not believe the attacks worked",
                "indirect | he | believe | the attacks worked",
                "indirect | Sen. Perdue | arguing | that divisions hurt",
            ],
        );
    }

    #[test]
    fn addressee_is_not_content() {
        check("He urged western allies to stand with Ukraine.", &["indirect | He | urged | to stand with Ukraine"]);
        check("She told reporters the row was overblown.", &["indirect | She | told | the row was overblown"]);
    }

    #[test]
    fn object_of_a_learned_cue_ends_at_its_adjunct() {
        check_with_cue_words(
            "Clinton has not discussed Machado since the Monday night debate.",
            &["discussed"],
            &["indirect | Clinton | discussed | Machado"],
        );
        check_with_cue_words(
            "The council condemned the launch, which came on Monday.",
            &["condemned"],
            &["indirect | The council | condemned | the launch"],
        );
    }

    #[test]
    fn regression_a_text_that_ends_on_told_does_not_panic() {
        // Found by fuzzing: the listener after "told" was looked for past
        // the last token.
        check("Rachel Reeves told \r", &[]);
    }
}
