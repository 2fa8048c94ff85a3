//! The source phrase: a document, a cue and its sentence's bounds in, the
//! token range of the noun phrase that names who spoke out, or nothing.
//!
//! The source usually stands before the cue (`The commission says`), at
//! times with an appositive or relative clause set off by commas (`Tom
//! Baker, who runs a cafe, said`); after an inverted cue (`said Mr X`);
//! or, for a participle or a coordinated verb, at the opening of the
//! sentence (`Trump took to Twitter, saying …`). A passive cue names what
//! was spoken about, not the speaker, and so has no source.

use super::noun_cue::verb_of_noun_cue;
use super::opening_subject::opening_subject;
use super::{trim_end, TokenRange};
use crate::lexicon::{is_auxiliary_or_adverb, is_determiner, is_pronoun_subject, stops_noun_phrase};
use readout_segment::Document;
use readout_segment::TokenKind;

pub(super) const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "with",
    "for",
    "from",
    "speaking",
    "asked",
    "when",
    "while",
    "since",
    "amid",
    "following",
    "despite",
    "like",
    "unlike",
    "under",
    "over",
    "about",
];

/// The subject noun phrase left of a cue, skipping auxiliaries and adverbs.
pub fn source_before(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    // "Obama released a statement": a noun cue's source is its verb's subject.
    if let Some(verb) = verb_of_noun_cue(doc, cue, sentence_first) {
        return source_before(doc, verb, sentence_first);
    }
    // "Ryan issued a statement describing …": so is that of a participle
    // right after such a noun.
    if cue > sentence_first + 2 && doc.word(cue).ends_with("ing") {
        if let Some(verb) = verb_of_noun_cue(doc, cue - 1, sentence_first) {
            return source_before(doc, verb, sentence_first);
        }
    }
    // "The Prime Minister began by thanking him": the subject stands before
    // the verb that orders the account.
    let ordered =
        cue >= sentence_first + 3 && doc.word(cue - 1) == "by" && crate::lexicon::is_ordering_verb(doc.word(cue - 2));
    let mut end = if ordered { cue - 2 } else { cue };
    while end > sentence_first && is_adverb_or_auxiliary_word(doc.word(end - 1)) && !doc.token(end - 1).capitalized {
        end -= 1;
    }
    // `The Trump campaign on Tuesday said`: a time adverbial between the
    // subject and its cue belongs to neither.
    let before_time = time_adverbial_start(doc, end, sentence_first);
    if before_time < end && before_time > sentence_first {
        end = before_time;
        while end > sentence_first && is_adverb_or_auxiliary_word(doc.word(end - 1)) && !doc.token(end - 1).capitalized
        {
            end -= 1;
        }
    }
    let mut start = end;
    let mut count = 0;
    while start > sentence_first && count < 14 {
        let previous = start - 1;
        let token = doc.token(previous);
        let word = doc.word(previous);
        // A hyphen joins ("Lopez-Cantera"); a dash set off by spaces ends
        // the phrase: "four months after Clinton left office - the State
        // Department told". Right before the cue it closes an aside, and
        // the subject stands before the dash that opens it: "John Smith - a
        // spokesman for the mayor - said".
        // An aside that names someone is the source itself: "The party's
        // leader - Jeremy Corbyn - said".
        if is_spaced_dash(doc, previous) {
            let opening = (sentence_first..previous).rev().find(|&t| is_spaced_dash(doc, t));
            match opening {
                Some(opening) if start == end && opening > sentence_first => {
                    let names = (opening + 1..previous).any(|t| doc.is_word(t) && doc.token(t).capitalized)
                        && !matches!(doc.word(opening + 1), "which" | "who" | "whose");
                    if names {
                        return Some((opening + 1, previous));
                    }
                    end = opening;
                    start = opening;
                    continue;
                }
                _ => break,
            }
        }
        let joins = doc.is_punct(previous, "-")
            || doc.is_punct(previous, "&")
            || super::is_glued_slash(doc, previous)
            || doc.is_punct(previous, ".")
            || is_possessive_apostrophe(doc, previous);
        // A bracketed party label belongs to the name: `Rep. Trey Gowdy
        // (R-S.C.) said`.
        if doc.is_punct(previous, ")") {
            let opening =
                (previous.saturating_sub(8).max(sentence_first)..previous).rev().find(|&t| doc.is_punct(t, "("));
            // Only a party label: `(R-S.C.)`, `(D)`, not `WASHINGTON (Newswire)`.
            let party = opening.is_some_and(|o| {
                let label = doc.word(o + 1);
                matches!(label.get(..1), Some("d" | "r" | "i")) && (label.len() == 1 || label[1..].starts_with('-'))
            });
            match opening {
                Some(opening) if party && opening > sentence_first && doc.token(opening - 1).capitalized => {
                    start = opening;
                    count += 1;
                    continue;
                }
                _ => break,
            }
        }
        if !(doc.is_word(previous) || joins) {
            break;
        }
        if !token.capitalized && stops_noun_phrase(word) {
            break;
        }
        start = previous;
        count += 1;
        if is_pronoun_subject(word) && start + 1 == end {
            break;
        }
    }
    if start >= end {
        // `Mr. Obama, who understood …`: annotators mark the relative
        // pronoun itself as the source.
        let relative = end > sentence_first && matches!(doc.word(end - 1), "who" | "which" | "whom");
        // `many of whom say …`: the quantifier heads the source.
        let quantified = end >= sentence_first + 3 && doc.word(end - 1) == "whom" && doc.word(end - 2) == "of";
        return relative.then(|| if quantified { (end - 3, end) } else { (end - 1, end) });
    }
    // A sentence-opening adverbial: `In a recent interview he said`, keep
    // the noun phrase after it (a pronoun or a capitalised name).
    if PREPOSITIONS.contains(&doc.word(start)) {
        let tail = (start + 1..end).rev().find(|&t| {
            let w = doc.word(t);
            is_pronoun_subject(w)
                || (doc.token(t).capitalized && !doc.token(t - 1).capitalized && !is_determiner(doc.word(t - 1)))
        });
        let relative = start > sentence_first && matches!(doc.word(start - 1), "who" | "which");
        let subordinator = matches!(
            doc.word(start),
            "when" | "after" | "while" | "as" | "since" | "with" | "before" | "once" | "although" | "though"
        );
        match tail {
            Some(t) => start = t,
            // `McConnell, who in 2010 said …`: the relative pronoun.
            None if relative => return Some((start - 1, start)),
            // `When campaign aides insisted …`: the noun phrase after the
            // subordinator.
            None if subordinator
                && start + 1 < end
                && !(start + 1..end).any(|t| PREPOSITIONS.contains(&doc.word(t))) =>
            {
                start += 1
            }
            None => return None,
        }
    }
    // `But the senator said`: a conjunction that opens the sentence is no
    // part of its subject.
    if start == sentence_first && start + 1 < end && matches!(doc.word(start), "but" | "and" | "so" | "yet" | "or") {
        start += 1;
    }
    // "the the Prime Minister": one determiner.
    while start + 1 < end && is_determiner(doc.word(start)) && is_determiner(doc.word(start + 1)) {
        start += 1;
    }
    tidy_source_end(doc, (coordinated_name_start(doc, start, sentence_first).unwrap_or(start), end), cue)
}

/// A walk that ended on a possessive, a determiner or a preposition went
/// over the phrase of a cue that is a noun or a gerund: `particularly his`
/// insistence, `Trump launched his campaign by` talking, `Christie
/// bristled at` saying. The owner of "his insistence" is its source. A
/// gerund after "by" is the subject's own doing, and so is one after
/// another preposition that follows the verb with no object between, or
/// only the subject's own ("repeated his tradition of tweeting"); then
/// the subject that opens the walk is the source. Otherwise the gerund or
/// the noun may be the object's ("fired the host for saying", "accused
/// Republicans of saying", "brushed aside the suggestion"): no source
/// here, and the passes after this one (a sentence's shared subject, a
/// participle's) may find it.
fn tidy_source_end(doc: &Document, (start, end): TokenRange, cue: usize) -> Option<TokenRange> {
    let last = end - 1;
    if doc.token(last).capitalized && last > start {
        return Some((start, end));
    }
    let word = doc.word(last);
    if matches!(word, "his" | "her" | "their" | "its" | "my" | "our") {
        return Some((last, end));
    }
    let preposition = matches!(word, "by" | "of" | "in" | "with" | "for" | "on" | "to" | "at" | "from" | "as" | "upon");
    let determiner = matches!(word, "a" | "an" | "the");
    if !(determiner || (preposition && cue == end)) {
        return Some((start, end));
    }
    // "the suggestion": a determiner right before a noun cue opens its
    // object. One before other words belongs to an adverbial ("Sanders
    // during a Sunday thanked …").
    if !preposition && last + 1 == cue {
        return None;
    }
    let subject = opening_subject(doc, start, last)?;
    let no_object_between = (subject.1..last).all(|t| {
        let word = doc.word(t);
        !doc.token(t).capitalized && !is_determiner(word) && !word.ends_with("'s") && !word.ends_with("’s")
    }) && last - subject.1 <= 4;
    let own_object = (subject.1..last).any(|t| matches!(doc.word(t), "his" | "her" | "their" | "its"));
    let own_doing = word == "by" || no_object_between || own_object;
    own_doing.then_some(subject)
}

/// The lone apostrophe of a possessive after a word ending in "s"
/// (`Sanders’ campaign`, `the senators' letter`): glued to that word, with
/// a word after it.
pub(super) fn is_possessive_apostrophe(doc: &Document, index: usize) -> bool {
    let raw = doc.raw(index);
    index > 0
        && index + 1 < doc.len()
        && matches!(raw, "’" | "'")
        && !doc.token(index).space_before
        && doc.is_word(index - 1)
        && doc.word(index - 1).ends_with(['s', 'z', 'x'])
        && doc.is_word(index + 1)
}

/// `Mr. Xi and other leaders said`, `Clinton and leading Democrats have
/// said`: a name that opens the sentence, coordinated with the noun
/// phrase at `start`, is part of the source (and the named one its
/// speaker). Only a name that is all of the sentence before "and": after
/// a verb ("Obama met Putin and the officials said"), the name is its
/// object.
fn coordinated_name_start(doc: &Document, start: usize, sentence_first: usize) -> Option<usize> {
    let and = start.checked_sub(1)?;
    if and <= sentence_first || doc.word(and) != "and" || and - sentence_first > 6 {
        return None;
    }
    // "Citizenship and Immigration Services", "Rand Paul and Marco Rubio":
    // capitals after "and" go on a name, or name someone who speaks too.
    if doc.token(start).capitalized {
        return None;
    }
    let name_only = (sentence_first..and).all(|t| {
        (doc.is_word(t) && doc.token(t).capitalized && !is_pronoun_subject(doc.word(t))) || doc.is_punct(t, ".")
    });
    // "The Senate and the House": a determiner opens the name of a body.
    let opens_with_name = doc.token(sentence_first).capitalized && !is_determiner(doc.word(sentence_first));
    (name_only && opens_with_name).then_some(sentence_first)
}

/// The subject after an inverted cue: `said Mr X`, `said the spokesman`.
pub(super) fn source_after(doc: &Document, cue_end: usize, sentence_end: usize) -> Option<TokenRange> {
    // `said Rep. G.K. Butterfield (D-N.C.), head of the Caucus.`: the
    // subject and its appositive run to the end of the sentence.
    let mut end = cue_end;
    while end < sentence_end && end < cue_end + 40 {
        let word = doc.word(end);
        let stops = doc.token(end).is_quote()
            || doc.is_punct(end, ";")
            || (end == cue_end
                && matches!(
                    word,
                    "in" | "on" | "at" | "that" | "to" | "during" | "after" | "when" | "while" | "as" | "of"
                ));
        if stops {
            break;
        }
        end += 1;
    }
    let end = trim_end(doc, cue_end, end);
    (end > cue_end).then_some((cue_end, end))
}

/// `Tom Baker, who runs a cafe, said` / `The chairman, Peter Hale, said`:
/// the subject stands before an appositive or relative clause set off by
/// commas. The source keeps the whole phrase, as annotators mark it.
pub(super) fn appositive_source(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    let mut end = cue;
    while end > sentence_first && is_auxiliary_or_adverb(doc.word(end - 1)) {
        end -= 1;
    }
    // `Trump, who has been feuding …, on Friday described`: a time
    // adverbial between the clause's comma and the cue.
    let before_time = time_adverbial_start(doc, end, sentence_first);
    if before_time < end && before_time > sentence_first && doc.is_punct(before_time - 1, ",") {
        end = before_time;
    }
    if end == sentence_first || !doc.is_punct(end - 1, ",") {
        return None;
    }
    let closing_comma = end - 1;
    let mut opening_comma = (sentence_first..closing_comma).rev().find(|&t| doc.is_punct(t, ","))?;
    if closing_comma - opening_comma > 30 {
        return None;
    }
    // `Donna Rawlings, 59, of Ashton, Md., who watched …, said`: an age and
    // a home town set off by commas stand between the name and its clause.
    while let Some(earlier) = comma_before_age_or_home(doc, opening_comma, sentence_first) {
        opening_comma = earlier;
    }
    let (mut start, _) = source_before(doc, opening_comma, sentence_first)?;
    // `Michael Mulgrew, president of the union, which represents …, said`:
    // a description in lower case is itself set off after the name. One
    // with a determiner comes before the name it describes (`Speaking in
    // Lisbon on Monday, the foreign minister, Lena Haugland, warned`).
    let described = !doc.token(start).capitalized && !crate::lexicon::is_determiner(doc.word(start));
    if described && start > sentence_first + 1 && doc.is_punct(start - 1, ",") {
        if let Some((name_start, name_end)) = source_before(doc, start - 1, sentence_first) {
            if doc.token(name_end - 1).capitalized && name_end - name_start <= 5 {
                start = name_start;
            }
        }
    }
    Some((start, closing_comma + 1))
}

/// The comma that opens an age (`, 59,`) or a home town (`, of Ashton,`,
/// `, of Springfield, Va.,`) ending at `comma`, the way news writing sets
/// them after a person's name.
fn comma_before_age_or_home(doc: &Document, comma: usize, sentence_first: usize) -> Option<usize> {
    let previous_comma = |from: usize| (sentence_first..from).rev().take(6).find(|&t| doc.is_punct(t, ","));
    let opening = previous_comma(comma)?;
    let words: Vec<usize> = (opening + 1..comma).filter(|&t| !doc.is_punct(t, ".")).collect();
    let is_home = |first: usize, last: usize| {
        matches!(doc.word(first), "of" | "from") && first < last && (first + 1..last).all(|t| doc.token(t).capitalized)
    };
    match words.as_slice() {
        [age] if doc.token(*age).kind == TokenKind::Number && doc.word(*age).len() <= 3 => Some(opening),
        [first, .., last] if is_home(*first, *last + 1) => Some(opening),
        // The state after a town: `, of Springfield, Va.,`.
        [..] if !words.is_empty() && words.len() <= 3 && words.iter().all(|&t| doc.token(t).capitalized) => {
            let before = previous_comma(opening)?;
            let town: Vec<usize> = (before + 1..opening).filter(|&t| !doc.is_punct(t, ".")).collect();
            match town.as_slice() {
                [first, .., last] if is_home(*first, *last + 1) => Some(before),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether a clause's subject opens at `index`: a subject pronoun, a
/// determiner or a capitalised word, not a relative pronoun or an aside
/// ("Striking workers, who …", "Leading lawmakers, including …",
/// "Outgoing senators, however, …").
/// A dash set off by spaces on both sides: " - ".
fn is_spaced_dash(doc: &Document, index: usize) -> bool {
    doc.is_punct(index, "-")
        && doc.token(index).space_before
        && index + 1 < doc.len()
        && doc.token(index + 1).space_before
}

/// Lower-case words of a title before a name: "presidential nominee",
/// "former secretary", "state senator".
pub(super) fn is_lower_case_title(word: &str) -> bool {
    crate::lexicon::is_honorific(word)
        || matches!(
            word,
            "presidential"
                | "nominee"
                | "candidate"
                | "former"
                | "vice"
                | "leader"
                | "chairman"
                | "chairwoman"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "state"
                | "secretary"
                | "minister"
                | "prime"
                | "president"
                | "governor"
                | "mayor"
                | "attorney"
                | "general"
                | "chief"
                | "executive"
                | "front-runner"
                | "frontrunner"
                | "hopeful"
                | "challenger"
                | "incumbent"
                | "columnist"
                | "commentator"
                | "contributor"
                | "host"
                | "anchor"
                | "strategist"
                | "adviser"
                | "advisor"
                | "senator"
                | "lawmaker"
                | "congressman"
                | "congresswoman"
                | "businessman"
                | "businesswoman"
                | "billionaire"
                | "activist"
                | "judge"
                | "ambassador"
                | "economist"
                | "analyst"
                | "pollster"
        )
}

/// Where a time adverbial that ends at `end` starts: `on Tuesday`,
/// `Tuesday`, `last week`, `earlier this month`, `on Sept. 12`; `end` when
/// none ends there.
fn time_adverbial_start(doc: &Document, end: usize, floor: usize) -> usize {
    let word = |t: usize| if t >= floor && t < end { doc.word(t) } else { "" };
    let after_on = |start: usize| if start > floor && word(start - 1) == "on" { start - 1 } else { start };
    if end <= floor {
        return end;
    }
    let last = end - 1;
    if is_weekday(word(last)) {
        return after_on(last);
    }
    if matches!(word(last), "week" | "month" | "year" | "weekend" | "night" | "morning" | "afternoon" | "evening") {
        let before = last.saturating_sub(1);
        if matches!(word(before), "last" | "this" | "next" | "that") {
            // `earlier this week`, `late last night`.
            return if before > floor && matches!(word(before - 1), "earlier" | "later" | "late" | "early") {
                before - 1
            } else {
                before
            };
        }
        if is_weekday(word(before)) {
            return after_on(before);
        }
        return end;
    }
    // `on Sept. 12`, `on March 3`.
    if doc.token(last).kind == TokenKind::Number && last > floor {
        let mut month = last - 1;
        if doc.is_punct(month, ".") && month > floor {
            month -= 1;
        }
        if is_month_word(word(month)) && month > floor && word(month - 1) == "on" {
            return month - 1;
        }
    }
    end
}

pub(super) fn is_weekday(word: &str) -> bool {
    readout_entities::is_time_word(word) && word.ends_with("day")
}

/// A month's name or its news abbreviation.
fn is_month_word(word: &str) -> bool {
    (readout_entities::is_time_word(word) && !word.ends_with("day") && !matches!(word, "christmas" | "easter"))
        || matches!(
            word,
            "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec"
        )
}

/// Auxiliaries and adverbs stand between a subject and its cue: `has
/// strongly denied`, `perhaps recognizing`, `together vowed`.
pub(super) fn is_adverb_or_auxiliary_word(word: &str) -> bool {
    is_auxiliary_or_adverb(word)
        || matches!(word, "perhaps" | "together" | "not" | "never")
        || (word.len() > 4 && word.ends_with("ly") && !matches!(word, "only" | "family" | "early" | "italy" | "july"))
}

pub(super) fn strip_auxiliaries(doc: &Document, start: usize, mut end: usize) -> TokenRange {
    while end > start + 1 && is_auxiliary_or_adverb(doc.word(end - 1)) {
        end -= 1;
    }
    (start, end)
}

/// `He has been harshly criticized for …`, `Mr. Quiros was accused of …`: the
/// subject of a passive cue is what was spoken about, not the speaker, whom
/// the text leaves unnamed (a `by` phrase would name them). Not a
/// participle that says the subject's own state of mind (`Mr. Ackman is
/// convinced that …`, `Democrats were frustrated`): that subject holds the
/// view.
pub(super) fn is_passive(doc: &Document, cue: usize) -> bool {
    let word = doc.word(cue);
    let participle = (word.ends_with("ed") && !is_state_of_mind_participle(word))
        || matches!(word, "told" | "thought" | "known" | "seen" | "shown" | "written");
    let mut before = cue;
    while before > 0 && is_adverb_or_auxiliary_word(doc.word(before - 1)) {
        before -= 1;
        if matches!(doc.word(before), "was" | "were" | "been" | "being" | "is" | "are" | "be") {
            return participle && doc.word(cue + 1) != "by";
        }
    }
    false
}

/// Participles that, after "is" or "were", say what the subject itself
/// believes or feels, not what was done to it.
fn is_state_of_mind_participle(word: &str) -> bool {
    matches!(
        word,
        "convinced"
            | "persuaded"
            | "concerned"
            | "worried"
            | "pleased"
            | "disappointed"
            | "determined"
            | "committed"
            | "surprised"
            | "frustrated"
            | "alarmed"
            | "delighted"
            | "satisfied"
            | "troubled"
            | "opposed"
            | "encouraged"
            | "thrilled"
            | "outraged"
            | "disgusted"
            | "dismayed"
            | "saddened"
            | "shocked"
            | "appalled"
            | "resolved"
    )
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::{check, check_with_cue_words};

    #[test]
    fn relative_pronoun_and_bracketed_party_label_sources() {
        check("It was Smith who said the plan would fail.", &["indirect | who | said | the plan would fail"]);
        check(
            "Rep. Trey Gowdy (R-S.C.) said the claim smacked of hypocrisy.",
            &["indirect | Rep. Trey Gowdy (R-S.C.) | said | the claim smacked of hypocrisy"],
        );
    }

    #[test]
    fn regression_a_conjunction_opening_the_sentence_is_no_part_of_the_source() {
        check("But the senator said the deal was done.", &["indirect | the senator | said | the deal was done"]);
    }

    #[test]
    fn a_state_of_mind_participle_is_no_passive() {
        check_with_cue_words(
            "Mr. Ackman is convinced that Valeant will recover.",
            &["convinced"],
            &["indirect | Mr. Ackman | convinced | that Valeant will recover"],
        );
        // A passive cue still has no source.
        check_with_cue_words(
            "Mr. Quiros was accused of fraud by nobody.",
            &["accused"],
            &["indirect | - | accused | of fraud by nobody"],
        );
    }

    #[test]
    fn regression_an_aside_between_spaced_dashes_before_the_cue_leaves_the_subject_before_it() {
        check(
            "John Smith - a spokesman for the mayor - said the city would appeal.",
            &["indirect | John Smith | said | the city would appeal"],
        );
        // An aside that names someone is the source.
        check(
            "The party's leader - Jeremy Corbyn - said the vote was a disgrace.",
            &["indirect | Jeremy Corbyn | said | the vote was a disgrace"],
        );
    }

    #[test]
    fn regression_a_glued_slash_joins_two_pollsters_and_a_spaced_dash_ends_the_source() {
        check_with_cue_words(
            "A new CNN/ORC poll shows Clinton ahead by five points.",
            &["shows"],
            &["indirect | A new CNN/ORC poll | shows | Clinton ahead by five points"],
        );
        check(
            "In May - after Clinton left office - the department told CREW that no records were found.",
            &["indirect | the department | told | that no records were found"],
        );
    }

    #[test]
    fn regression_a_gerund_after_a_preposition_kept_from_expletives_idioms_and_other_cues() {
        check_with_cue_words(
            "There is still time for Cruz, even after repeatedly dismissing the polls as fake.",
            &["dismissing"],
            &["indirect | - | dismissing | the polls as fake"],
        );
    }

    #[test]
    fn regression_a_weekday_after_a_description_joined_the_subject() {
        check_with_cue_words(
            "The Massachusetts senator Tuesday released a plan, saying it would cut costs.",
            &["saying"],
            &["indirect | The Massachusetts senator | saying | it would cut costs"],
        );
    }

    #[test]
    fn a_lower_case_title_between_a_party_and_a_name() {
        check_with_cue_words(
            "Democratic front-runner Hillary Clinton was the first to weigh in, tweeting her appreciation.",
            &["tweeting"],
            &["indirect | Democratic front-runner Hillary Clinton | tweeting | her appreciation"],
        );
    }

    #[test]
    fn regression_a_walk_over_a_cue_nouns_phrase_ended_on_its_determiner_or_preposition() {
        check_with_cue_words(
            "The senator left, particularly his insistence that the deal was dead.",
            &["insistence"],
            &["indirect | his | insistence | that the deal was dead"],
        );
        // Where the verb before the noun is a cue too, its subject stays
        // the source.
        check_with_cue_words(
            "Mr Duarte expressed his hope that the two countries could finish the deal.",
            &["expressed", "hope"],
            &["indirect | Mr Duarte | expressed his hope | that the two countries could finish the deal"],
        );
        // What follows "the" or a preposition after an object may be the
        // object's: no source from the walk.
        check_with_cue_words(
            "Christie bristled at the suggestion that he had advised Trump.",
            &["suggestion"],
            &["indirect | - | suggestion | that he had advised Trump"],
        );
        check_with_cue_words(
            "Fox News fired the host for saying that the election was stolen.",
            &["saying"],
            &["indirect | - | saying | that the election was stolen"],
        );
        check_with_cue_words(
            "Republicans mocked his claim that the economy was booming.",
            &["mocked", "claim"],
            &["indirect | his | claim | that the economy was booming"],
        );
        check_with_cue_words(
            "Sen. Bernie Sanders repeated his tradition of tweeting about the debates.",
            &["tweeting"],
            &["indirect | Sen. Bernie Sanders | tweeting | about the debates"],
        );
    }

    #[test]
    fn regression_a_gerund_after_before_took_its_clause_for_the_source() {
        check_with_cue_words(
            "“Promise mama,” Blige sings to Clinton before asking her, “I just want to know?”",
            &["asking"],
            &["direct | Blige | asking | “Promise mama,” + “I just want to know?”"],
        );
        check_with_cue_words(
            "Blige sings to Clinton before asking her, “I just want to know, where do we go from here?”",
            &["asking"],
            &["direct | Blige | asking | “I just want to know, where do we go from here?”"],
        );
        check_with_cue_words(
            "Trump spoke for an hour after saying the system was rigged.",
            &["saying"],
            &["indirect | Trump | saying | the system was rigged"],
        );
    }

    #[test]
    fn a_participle_after_a_noun_cue_has_the_nouns_source() {
        check_with_cue_words(
            "Ryan issued a statement describing their meeting as a positive step.",
            &["describing"],
            &["indirect | Ryan | describing | their meeting as a positive step"],
        );
    }

    #[test]
    fn regression_a_participle_took_the_owner_for_the_subject() {
        check_with_cue_words(
            "Trump’s campaign immediately backtracked, putting out a statement clarifying his position.",
            &["putting"],
            &["indirect | Trump’s campaign | putting | a statement clarifying his position"],
        );
        check_with_cue_words(
            "Trump’s son took to Twitter, writing that the poll was fake.",
            &["writing"],
            &["indirect | Trump’s son | writing | that the poll was fake"],
        );
        check_with_cue_words(
            "Sanders’ campaign launched an ad on Tuesday, calling it a fight.",
            &["calling"],
            &["indirect | Sanders’ campaign | calling | it a fight"],
        );
    }

    #[test]
    fn regression_a_possessive_apostrophe_after_s_cut_the_source() {
        check(
            "Sanders’ campaign said the count was wrong.",
            &["indirect | Sanders’ campaign | said | the count was wrong"],
        );
        check(
            "The senators' letter said the count was wrong.",
            &["indirect | The senators' letter | said | the count was wrong"],
        );
    }

    #[test]
    fn a_name_coordinated_with_a_group_before_the_cue_is_in_the_source() {
        check(
            "Mr. Xi and other leaders said the talks went well.",
            &["indirect | Mr. Xi and other leaders | said | the talks went well"],
        );
        // After a verb the name is an object; a capital after "and" goes on
        // a name ("Citizenship and Immigration Services").
        check(
            "Obama met Putin and the officials said the talks went well.",
            &["indirect | the officials | said | the talks went well"],
        );
        check(
            "Citizenship and Immigration Services said the program works.",
            &["indirect | Immigration Services | said | the program works"],
        );
    }

    #[test]
    fn a_lower_case_description_and_a_relative_clause_after_a_name() {
        check(
            "Michael Mulgrew, president of the teachers union, which represents educators, said he hopes for change.",
            &[
                "indirect | Michael Mulgrew, president of the teachers union, which represents educators, | said | he hopes for change",
                "indirect | he | hopes | for change",
            ],
        );
    }

    #[test]
    fn regression_age_and_home_town_between_a_name_and_its_relative_clause() {
        check(
            "Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, said she had toured the museum.",
            &["indirect | Donna Rawlings, 59, of Ashton, Md., who watched the ceremony on a screen, | said | she had toured the museum"],
        );
        check(
            "Johnnie Wilson, 69, of Springfield, said he had fought.",
            &["indirect | Johnnie Wilson, 69, of Springfield, | said | he had fought"],
        );
        // A list is no home town: the source is the last item's clause.
        check(
            "Smith, Jones, and Brown, who met Friday, said they had agreed.",
            &["indirect | Brown, who met Friday, | said | they had agreed"],
        );
    }

    #[test]
    fn regression_adverbial_before_a_described_name_is_no_source() {
        check(
            "Speaking during a visit to Portugal on Monday, the foreign minister, Lena Haugland, warned that the deal was at risk.",
            &["indirect | the foreign minister, Lena Haugland, | warned | that the deal was at risk"],
        );
    }

    #[test]
    fn regression_a_time_adverbial_before_the_cue_ran_into_the_source() {
        check(
            "The Trump campaign on Tuesday said the numbers were wrong.",
            &["indirect | The Trump campaign | said | the numbers were wrong"],
        );
        check(
            "The Sanders campaign earlier this week argued that the rules were unfair.",
            &["indirect | The Sanders campaign | argued | that the rules were unfair"],
        );
        check(
            "Officials on Sept. 12 said the bridge was safe.",
            &["indirect | Officials | said | the bridge was safe"],
        );
        check("Clinton Tuesday said she would win.", &["indirect | Clinton | said | she would win"]);
    }

    #[test]
    fn inverted_subject_with_appositive() {
        check(
            "“It is a disgusting day,” said Rep. Gwen Moore (D-Wis.), a senior member.",
            &["direct | Rep. Gwen Moore (D-Wis.), a senior member | said | “It is a disgusting day,”"],
        );
    }

    #[test]
    fn a_relative_clause_and_a_time_stand_between_the_name_and_the_cue() {
        check(
            "Trump, who has been feuding with party leaders, on Friday said he would lead a big party.",
            &["indirect | Trump, who has been feuding with party leaders, | said | he would lead a big party"],
        );
    }

    #[test]
    fn a_participle_takes_a_described_subject_whole() {
        check(
            "The Florida senator sought to calm his supporters, saying the person would not get hurt.",
            &["indirect | The Florida senator | saying | the person would not get hurt"],
        );
    }

    #[test]
    fn a_gerund_after_by_takes_the_sentence_subject() {
        check(
            "Mr. Bush began by first saying that he respected the voters.",
            &["indirect | Mr. Bush | saying | that he respected the voters"],
        );
        // Two cues of one subject before one content: the main verb keeps it.
        check(
            "Mr. Bush responded by first saying that he respected the voters.",
            &["indirect | Mr. Bush | responded | that he respected the voters"],
        );
    }

    #[test]
    fn coordinated_cue_shares_the_sentence_subject() {
        check(
            "McConnell met with her in January and said reform was possible.",
            &["indirect | McConnell | said | reform was possible"],
        );
    }

    #[test]
    fn pronoun_subject_of_coordinated_verbs() {
        check("Years ago, when we met, I smiled and said, “No way.”", &["direct | I | said | “No way.”"]);
    }

    #[test]
    fn passive_cue_has_no_speaker() {
        check(
            "Mr. Quiros was accused of using the money for himself.",
            &["indirect | - | accused | of using the money for himself"],
        );
    }
}
