//! The subject that opens a sentence: a document, a cue and its sentence's
//! first token in, the token range of the noun phrase that is the
//! sentence's subject out, past what opens the sentence before it.
//!
//! A participle or a verb coordinated with the sentence's first verb has
//! no subject of its own (`Trump took to Twitter, saying …`, `met with
//! her and came away convinced`): its source is the subject that opens
//! the sentence. Sentences open with much before that subject: a
//! connective set off by a comma (`However,`), a conjunction, adverbs,
//! an opening phrase or clause (`On Thursday,`, `As the race turned,`,
//! `Asked whether …,`, `Ever since …,`), a participle clause (`Claiming
//! the criticism was unfair,`), whose comma must be told from commas
//! inside it (a list, a date, a town's state, an aside:
//! [`clause_end_comma`]).

use super::source_phrase::{
    is_adverb_or_auxiliary_word, is_lower_case_title, is_possessive_apostrophe, is_weekday, PREPOSITIONS,
};
use super::TokenRange;
use crate::lexicon::{is_auxiliary_or_adverb, is_determiner, is_pronoun_subject, stops_noun_phrase};
use readout_segment::Document;

/// `Trump took to Twitter on Friday, saying …`: a participle cue after a
/// comma has the sentence's subject as its source, the capitalised or
/// determined noun phrase that opens the sentence.
pub(super) fn participle_source(doc: &Document, cue: usize, sentence_first: usize) -> Option<TokenRange> {
    let word = doc.word(cue);
    let mut before = cue;
    while before > sentence_first && is_adverb_or_auxiliary_word(doc.word(before - 1)) {
        before -= 1;
    }
    // `McConnell met with her and came away convinced`: a verb coordinated
    // with the sentence's first verb shares its subject.
    let coordinated = before > sentence_first && matches!(doc.word(before - 1), "and" | "but" | "to");
    // `Mr. Bush responded by first saying …`: a gerund after "by" has the
    // subject of the verb it completes.
    // `Blige sings to Clinton before asking her, …`: so does a gerund
    // after a preposition of time or manner.
    let after_by = {
        let mut t = before;
        while t > sentence_first && doc.word(t - 1) == "first" {
            t -= 1;
        }
        let opener = t > sentence_first && doc.word(t - 1) == "by";
        // Not where the preposition opens the sentence: "Before asking
        // her, Blige said …" has its subject after the comma.
        // Not the idiom "it goes without saying", nor past another verb of
        // saying or a relative clause, whose subject it may be instead
        // ("Police said the suspect fled after saying …").
        let inside = t > sentence_first + 1
            && matches!(doc.word(t - 1), "before" | "after" | "while" | "without" | "since" | "when" | "upon")
            && !(doc.word(t - 1) == "without" && doc.word(t - 2) == "goes")
            && !(sentence_first..t - 1).any(|u| {
                crate::lexicon::is_speech_verb(doc.word(u)) || matches!(doc.word(u), "who" | "which" | "that")
            });
        opener || inside
    };
    // `…, wrongly suggesting`: adverbs may stand between the comma and the
    // participle.
    // `Rubio flipped his choice on the spot – saying …`: a dash sets the
    // participle off as a comma does.
    let set_off = before > sentence_first && [",", "–", "—"].iter().any(|&mark| doc.is_punct(before - 1, mark));
    let participle = word.ends_with("ing") && before > sentence_first && (set_off || after_by);
    // `Claiming the criticism was unfair, Trump said …`: a participle that
    // opens the sentence has the subject after its clause; so has a gerund
    // after an opening preposition (`After suggesting that …, Mr. Rubio`).
    // `And in explaining why …, Clinton described`: past a conjunction.
    let clause_first = if matches!(doc.word(sentence_first), "and" | "but" | "so" | "yet") {
        sentence_first + 1
    } else {
        sentence_first
    };
    let opens_gerund_clause = opens_with_preposition(doc, clause_first, cue);
    if word.ends_with("ing") && (cue == sentence_first || opens_gerund_clause) {
        let (_, sentence_end) = doc.sentence_bounds(cue);
        let (_, subject) = clause_end_comma(doc, cue + 1, sentence_end.min(cue + 30))?;
        // The noun phrase that opens the main clause: "Mr. Rubio", "the Fed".
        return opening_subject(doc, subject, sentence_end);
    }
    if !(participle || coordinated) {
        return None;
    }
    // `Once, when …, I laughed and said`: a pronoun right before the first
    // verb is the subject, whatever opens the sentence; not "it" or "you",
    // which are as often objects (`called it outrageous and called`).
    if coordinated && before >= sentence_first + 3 && doc.word(before - 1) == "and" {
        let pronoun = before - 3;
        let subject_only = !matches!(doc.word(pronoun), "it" | "you");
        if subject_only && is_pronoun_subject(doc.word(pronoun)) && doc.is_word(before - 2) {
            return Some((pronoun, pronoun + 1));
        }
    }
    // "There is still time …, even after dismissing them", "It was
    // possible …, after talking": an expletive subject speaks for no one.
    opening_subject(doc, sentence_first, cue).filter(|&(start, end)| {
        let expletive = end == start + 1
            && (doc.word(start) == "there"
                || (doc.word(start) == "it" && end < doc.len() && matches!(doc.word(end), "is" | "was" | "seems")));
        !expletive
    })
}

/// Whether the words from `clause_first` to `cue` are a preposition that
/// opens a gerund clause: one word ("After suggesting …, Mr. Rubio") or a
/// fixed phrase of two or three ("In addition to stating …, Clinton has
/// vowed", "Instead of answering …, Trump said").
fn opens_with_preposition(doc: &Document, clause_first: usize, cue: usize) -> bool {
    if cue <= clause_first || cue - clause_first > 3 {
        return false;
    }
    let mut words = [""; 3];
    for (slot, t) in words.iter_mut().zip(clause_first..cue) {
        *slot = doc.word(t);
    }
    matches!(
        &words[..cue - clause_first],
        ["after"
            | "before"
            | "while"
            | "since"
            | "when"
            | "upon"
            | "by"
            | "without"
            | "despite"
            | "in"
            | "on"
            | "besides"]
            | ["instead" | "ahead" | "because", "of"]
            | ["apart" | "aside", "from"]
            | ["rather", "than"]
            | ["in", "addition" | "response" | "reply", "to"]
    )
}

/// The subject that opens the sentence from `sentence_first`, before
/// `cue`: past connectives, conjunctions, adverbs and opening phrases set
/// off by a comma, a subject pronoun, or the capitalised or determined noun
/// phrase there ("Democratic presidential nominee Hillary Clinton", "The
/// Florida senator").
pub(super) fn opening_subject(doc: &Document, sentence_first: usize, cue: usize) -> Option<TokenRange> {
    // `WASHINGTON — Presumptive Democratic nominee Hillary Clinton …`: a
    // dateline in capitals and its dash stand before the subject.
    let sentence_first = after_dateline(doc, sentence_first, cue);
    // `However, Ivana Trump's brief said … and dismissed …`: a connective
    // set off by a comma opens the sentence before its subject.
    // Not a name before a relative clause: `Clinton, who was speaking …,
    // did not mention Trump, but told …` has Clinton for its subject.
    // Nor a name the text writes elsewhere inside a sentence: `Silverman,
    // herself a Sanders supporter, incurred …`.
    let relative_after = sentence_first + 2 < cue && matches!(doc.word(sentence_first + 2), "who" | "whose" | "which");
    let connective = sentence_first + 2 < cue
        && doc.is_punct(sentence_first + 1, ",")
        && !relative_after
        && !is_capitalised_elsewhere(doc, sentence_first);
    let sentence_first = if connective { sentence_first + 2 } else { sentence_first };
    // `But now she wants voters to know …`, `Then she shattered party
    // norms, pledging …`: a conjunction and adverbs that open the sentence
    // stand before its subject.
    let mut sentence_first = sentence_first;
    if sentence_first + 1 < cue && matches!(doc.word(sentence_first), "but" | "and" | "so" | "yet" | "or") {
        sentence_first += 1;
    }
    let opening_adverbs = sentence_first;
    while sentence_first + 1 < cue
        && is_auxiliary_or_adverb(doc.word(sentence_first))
        && (sentence_first > opening_adverbs || !doc.is_punct(sentence_first + 1, ","))
    {
        sentence_first += 1;
    }
    // Skipped only before a subject: a pronoun, a name, a determiner
    // ("But now the Florida senator is …").
    let subject_follows = is_pronoun_subject(doc.word(sentence_first))
        || doc.token(sentence_first).capitalized
        || is_determiner(doc.word(sentence_first));
    if sentence_first > opening_adverbs && !subject_follows {
        sentence_first = opening_adverbs;
    }
    // `As the race has turned south, Clinton has …`, `But to give you the
    // tenor, Trump went on to …`: an opening clause set off by a comma;
    // the subject follows it.
    // `On Thursday, he expanded …, warning`, `In the days following the
    // attacks, Donald Trump has sought …, suggesting`: an opening
    // prepositional phrase set off by a comma likewise.
    let opening_phrase = matches!(
        doc.word(sentence_first),
        "in" | "on"
            | "at"
            | "during"
            | "before"
            | "following"
            | "despite"
            | "amid"
            | "over"
            | "for"
            | "with"
            | "later"
            | "earlier"
            | "last"
            // `Asked whether …, Mrs. Clinton shook her head and said`.
            | "asked"
            | "pressed"
    ) || (
        // `Here in Columbia, Sanders …`, `Back in 1999, Mr. Trump …`: an
        // adverb of place or time before a prepositional phrase.
        matches!(doc.word(sentence_first), "here" | "back" | "there" | "out" | "down" | "up")
            && sentence_first + 1 < cue
            && matches!(doc.word(sentence_first + 1), "in" | "on" | "at" | "during" | "when")
    );
    // The first comma a subject follows, past asides set off inside an
    // opening clause ("Standing alongside Dolores Huerta, who co-founded
    // …, and …, Mark-Viverito accused").
    let subject_comma = (sentence_first + 2..cue).find(|&t| {
        doc.is_punct(t, ",") && t + 1 < cue && subject_opens_at(doc, t + 1) && !place_between_commas(doc, t)
    });
    // `Discussing the Coalition of the Willing, the Prime Minister thanked
    // …, adding`: an opening participle clause likewise.
    // Not a name in "-ing" ("Manning spoke", "King, the senator,"): a
    // participle takes an object or a preposition, not a verb.
    let opening_participle = doc.word(sentence_first).ends_with("ing")
        && !doc.word(sentence_first).ends_with("thing")
        && doc.word(sentence_first).len() > 5
        && sentence_first + 1 < cue
        && doc.is_word(sentence_first + 1)
        && !doc.token(sentence_first + 1).capitalized
        && {
            let next = doc.word(sentence_first + 1);
            is_determiner(next)
                || PREPOSITIONS.contains(&next)
                || matches!(next, "to" | "that" | "up" | "out" | "reporters" | "journalists" | "him" | "them")
                // "Facing mounting criticism, Mr. Trump …": any object,
                // where a subject follows the clause's comma and the word
                // is no name the text uses elsewhere ("Manning spoke …,
                // saying").
                || (!next.ends_with("ed")
                    && subject_comma.is_some()
                    && !is_capitalised_elsewhere(doc, sentence_first)
                    && !readout_entities::is_place(doc.raw(sentence_first))
                    && readout_entities::Gender::of_first_name(doc.raw(sentence_first)).is_none())
        };
    // `Ever since she endorsed …, Ms. Warren …`, `Even as …`: an adverb
    // before the subordinator.
    let subordinator_at = if sentence_first + 2 < cue
        && matches!(doc.word(sentence_first), "ever" | "even" | "just" | "long")
        && matches!(doc.word(sentence_first + 1), "since" | "as" | "though" | "if" | "when" | "after" | "before")
    {
        sentence_first + 1
    } else {
        sentence_first
    };
    if (opening_phrase
        || opening_participle
        || matches!(doc.word(subordinator_at), "as" | "to" | "if" | "because" | "since" | "when" | "while" | "after"))
        && !is_pronoun_subject(doc.word(sentence_first + 1))
    {
        let comma = if opening_participle && !opening_phrase {
            subject_comma.or_else(|| (sentence_first + 1..cue).find(|&t| doc.is_punct(t, ",")))
        } else {
            (sentence_first + 1..cue).find(|&t| doc.is_punct(t, ","))
        };
        match comma {
            Some(comma) => sentence_first = comma + 1,
            // An opening participle clause with no comma before the cue is
            // no opening clause at all.
            None if opening_participle && !opening_phrase => {}
            None => return None,
        }
    }
    // `Though she called it "outrageous" and called for …`: the subject of
    // a clause a subordinator opens.
    let sentence_first = if sentence_first + 1 < cue
        && matches!(doc.word(sentence_first), "though" | "although" | "while" | "when" | "after" | "because" | "since")
        && is_pronoun_subject(doc.word(sentence_first + 1))
    {
        sentence_first + 1
    } else {
        sentence_first
    };
    if is_pronoun_subject(doc.word(sentence_first)) {
        return Some((sentence_first, sentence_first + 1));
    }
    let mut end = sentence_first;
    // The end of the phrase's last capitalised word: "Democratic
    // presidential nominee Hillary Clinton chimed in …, saying": lower-case
    // titles may stand inside the phrase, not at its end.
    let mut name_end = sentence_first;
    while end < cue && end < sentence_first + 8 {
        let token = doc.token(end);
        let w = doc.word(end);
        let capitalised = token.capitalized && doc.is_word(end);
        // "The Illinois Board of Elections": "of" between capitalised words
        // joins a body's name.
        // Not after a sentence's first word that is no title ("Some of
        // Trump's advisers"; but "Secretary of State Antony J. Blinken").
        let joins_name = w == "of"
            && (end > sentence_first + 1 || (end > sentence_first && is_lower_case_title(doc.word(end - 1))))
            && doc.token(end - 1).capitalized
            && end + 1 < cue
            && doc.token(end + 1).capitalized;
        // "The Massachusetts senator Tuesday released …": a day is no
        // part of the subject.
        let capitalised = capitalised && !(end > sentence_first && is_weekday(w));
        let fits = capitalised
            || joins_name
            || (end == sentence_first && (is_determiner(w) || w == "former"))
            || (end > sentence_first && doc.is_punct(end, "."))
            || (end > sentence_first && is_lower_case_title(w));
        if !fits || (PREPOSITIONS.contains(&w) && !joins_name) {
            // "Radio talk host Rush Limbaugh", "Band member Flea": lower-case
            // words that describe the person named right after them.
            match description_before_name(doc, end, cue) {
                Some(name) if end > sentence_first && doc.token(end - 1).capitalized => {
                    end = name;
                    continue;
                }
                _ => break,
            }
        }
        end += 1;
        if capitalised || doc.is_punct(end - 1, ".") {
            name_end = end;
        }
    }
    // `The Florida senator sought …, saying`: after a determiner, the
    // lower-case title the walk ended on is the phrase's head, not part of
    // a title before a name.
    let end = if is_determiner(doc.word(sentence_first)) && end > name_end && name_end > sentence_first + 1 {
        end
    } else {
        name_end
    };
    let end = possessed_head_end(doc, end, cue);
    (end > sentence_first && (end - sentence_first > 1 || !is_determiner(doc.word(sentence_first))))
        .then_some((sentence_first, end))
}

/// The first token after a dateline that opens the sentence at `first`,
/// or `first` where none does. A dateline is a place in capitals and a
/// dash ("WASHINGTON —"), or a place in any case with its agency in
/// brackets before the dash ("Washington (AFP) –", "Des Moines, Iowa
/// (Reuters) -").
fn after_dateline(doc: &Document, first: usize, cue: usize) -> usize {
    let is_dash = |t: usize| matches!(doc.raw(t), "—" | "–" | "--" | "-");
    let mut t = first;
    while t < cue
        && doc.is_word(t)
        && doc.raw(t).chars().filter(|c| c.is_alphabetic()).count() >= 2
        && doc.raw(t).chars().all(|c| !c.is_lowercase())
    {
        t += 1;
    }
    if t > first && t + 1 < cue && matches!(doc.raw(t), "—" | "–" | "--") {
        return t + 1;
    }
    // The place in any case: up to four capitalised words, a comma
    // between place and state allowed, then the agency in brackets.
    let mut t = first;
    while t < cue && t < first + 6 && (doc.is_punct(t, ",") || (doc.is_word(t) && doc.token(t).capitalized)) {
        t += 1;
    }
    if t == first || !doc.is_punct(t, "(") {
        return first;
    }
    let close = (t + 1..cue.min(t + 5)).find(|&u| doc.is_punct(u, ")"));
    let agency_is_a_name = close.is_some_and(|c| c > t + 1 && (t + 1..c).all(|u| doc.token(u).capitalized));
    match close {
        Some(c) if agency_is_a_name && c + 2 < cue && is_dash(c + 1) => c + 2,
        _ => first,
    }
}

/// Where the name after a description in lower case begins, if the words
/// from `from` are one to three lower-case words that end in a noun
/// for a kind of person (WordNet's first sense of it),
/// and a capitalised word follows before `cue`: "talk host" in "Radio talk
/// host Rush Limbaugh". No verb, preposition or determiner may stand among
/// them ("Trump told reporters Monday" is no description).
fn description_before_name(doc: &Document, from: usize, cue: usize) -> Option<usize> {
    for head in from..(from + 3).min(cue) {
        let word = doc.word(head);
        let plain = doc.is_word(head)
            && !doc.token(head).capitalized
            && !PREPOSITIONS.contains(&word)
            && !is_determiner(word)
            && !stops_noun_phrase(word)
            && !is_auxiliary_or_adverb(word)
            && !crate::lexicon::is_speech_verb(word)
            && !word.ends_with("ed")
            && !matches!(word, "and" | "or" | "but" | "to" | "that");
        if !plain {
            return None;
        }
        let name = head + 1;
        let name_follows = name < cue
            && doc.token(name).capitalized
            && doc.is_word(name)
            && !is_weekday(doc.word(name))
            && !readout_entities::is_time_word(doc.word(name));
        if name_follows && readout_entities::is_person_noun(word) {
            return Some(name);
        }
    }
    None
}

/// The comma in `[from, to)` that closes an opening clause, and the first
/// token of the subject after it: `After warning that Cruz, Rubio and
/// Kasich were weak, Trump said`. Not a comma inside the clause: one
/// before a list's next item ("Rubio and"), a date's ("Monday, Jan. 4,"),
/// a town's state ("Manchester, N.H.,"), or an aside set off by commas
/// ("Mr. Trump, the Republican nominee, was"). A closing quotation mark
/// after the comma is skipped (`was "rigged," Trump refused`).
pub(super) fn clause_end_comma(doc: &Document, from: usize, to: usize) -> Option<(usize, usize)> {
    (from..to).filter(|&t| doc.is_punct(t, ",")).find_map(|comma| {
        if place_between_commas(doc, comma) {
            return None;
        }
        let mut subject = comma + 1;
        while subject < to && doc.token(subject).is_quote() {
            subject += 1;
        }
        if subject >= to || !subject_opens_at(doc, subject) {
            return None;
        }
        if is_pronoun_subject(doc.word(subject)) {
            return Some((comma, subject));
        }
        let mut after = subject;
        while after < to
            && ((doc.token(after).capitalized && doc.is_word(after)) || (after > subject && doc.is_punct(after, ".")))
        {
            after += 1;
        }
        let list_or_date = after < to
            && (matches!(doc.word(after), "and" | "or" | "nor")
                || doc.is_punct(after, ",")
                || doc.word(after).starts_with(|c: char| c.is_ascii_digit()));
        let aside =
            is_determiner(doc.word(subject)) && (subject + 1..to.min(subject + 5)).any(|t| doc.is_punct(t, ","));
        (!list_or_date && !aside).then_some((comma, subject))
    })
}

/// Whether the comma at `comma` opens a place name that another comma
/// closes: "Salem, New Hampshire," and "Paris, France,", where the place
/// belongs to the clause before it (a town's name, capitalised, before the
/// comma) and no subject follows the first comma.
fn place_between_commas(doc: &Document, comma: usize) -> bool {
    if comma == 0 || !doc.token(comma - 1).capitalized {
        return false;
    }
    let first = comma + 1;
    let end = (first..doc.len().min(first + 4)).find(|&t| !(doc.is_word(t) && doc.token(t).capitalized));
    let Some(end) = end else { return false };
    end > first
        && doc.is_punct(end, ",")
        && readout_entities::is_place(&doc.text[doc.token(first).range.start..doc.token(end - 1).range.end])
}

fn subject_opens_at(doc: &Document, index: usize) -> bool {
    let word = doc.word(index);
    let aside = matches!(
        word,
        "who" | "which" | "that" | "including" | "however" | "many" | "some" | "most" | "all" | "both" | "each"
    );
    !aside && (is_pronoun_subject(word) || is_determiner(word) || doc.token(index).capitalized)
}

/// Whether the word at `index` stands capitalised inside a sentence
/// elsewhere in the text, as a name does ("Manning"), not a participle
/// that opens a sentence ("Facing").
fn is_capitalised_elsewhere(doc: &Document, index: usize) -> bool {
    let word = doc.word(index);
    (0..doc.len()).any(|t| {
        t != index
            && doc.word(t) == word
            && doc.token(t).capitalized
            && t > 0
            && doc.token_sentence[t - 1] == doc.token_sentence[t]
            // Not where a quotation or a colon opens a sentence of its own:
            // `told the crowd, "Meanwhile, we …"`.
            && !doc.token(t - 1).is_quote()
            && !doc.is_punct(t - 1, ":")
    })
}

/// `Trump’s campaign immediately backtracked, putting …`, `Sanders’
/// campaign launched …`: a name in the possessive is not the subject but
/// what it owns, the lower-case noun after it (and a second one: "Clinton's
/// campaign staff"). `end` is the end of the name; the verb, an adverb or
/// a clause word stops the head.
fn possessed_head_end(doc: &Document, end: usize, cue: usize) -> usize {
    let possessive = end > 0 && (doc.raw(end - 1).ends_with("’s") || doc.raw(end - 1).ends_with("'s"));
    let mut head = if possessive {
        end
    } else if end < cue && is_possessive_apostrophe(doc, end) {
        end + 1
    } else {
        return end;
    };
    let noun_like = |t: usize| {
        let word = doc.word(t);
        t < cue
            && doc.is_word(t)
            && !doc.token(t).capitalized
            && !is_adverb_or_auxiliary_word(word)
            && !stops_noun_phrase(word)
            && !word.ends_with("ed")
            && !crate::lexicon::is_speech_verb(word)
            && !PREPOSITIONS.contains(&word)
    };
    // What ends the phrase after its head: punctuation, a verb in "-ed", an
    // adverb or a clause word. A second lower-case word is part of the head
    // only before one of these ("Clinton's campaign staff said"), not when
    // it is the verb ("Trump’s son took to Twitter").
    let ends_phrase = |t: usize| {
        t >= cue || !doc.is_word(t) || {
            let word = doc.word(t);
            word.ends_with("ed")
                || is_adverb_or_auxiliary_word(word)
                || (stops_noun_phrase(word) && word != "to")
                || crate::lexicon::is_speech_verb(word)
        }
    };
    if !noun_like(head) {
        return end;
    }
    head += 1;
    if noun_like(head) && ends_phrase(head + 1) {
        head += 1;
    }
    head
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::{check, check_with_cue_words};

    #[test]
    fn a_gerund_after_an_opening_preposition_has_the_subject_after_its_clause() {
        check_with_cue_words(
            "After suggesting on Wednesday that he regretted the insults, Mr. Rubio only occasionally mentioned him.",
            &["suggesting"],
            &["indirect | Mr. Rubio | suggesting | that he regretted the insults"],
        );
        // A preposition of two or three words opens such a clause too.
        check_with_cue_words(
            "In addition to stating that the plan was fair, Clinton has kept it.",
            &["stating"],
            &["indirect | Clinton | stating | that the plan was fair"],
        );
        check_with_cue_words(
            "Instead of answering that he was sorry, Mr. Trump left the stage.",
            &["answering"],
            &["indirect | Mr. Trump | answering | that he was sorry"],
        );
        // The content ends at the comma before the subject, for a bare
        // opening participle too.
        check_with_cue_words(
            "Claiming the criticism was unfair, Trump left the stage.",
            &["Claiming"],
            &["indirect | Trump | Claiming | the criticism was unfair"],
        );
    }

    #[test]
    fn regression_a_town_and_its_state_inside_an_opening_clause_are_no_subject() {
        check_with_cue_words(
            "Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him a total stiff.",
            &["calling"],
            &["indirect | Trump | calling | him a total stiff"],
        );
    }

    #[test]
    fn regression_a_name_before_a_relative_clause_is_the_subject_not_a_connective() {
        check(
            "Clinton, who was speaking to mayors, did not mention Trump by name, but told city leaders that the \
             country needed decent people.",
            &["indirect | Clinton | told | that the country needed decent people"],
        );
    }

    #[test]
    fn an_adverb_before_an_opening_subordinator_keeps_the_clause_off_the_subject() {
        check_with_cue_words(
            "Ever since she endorsed Clinton this month, Ms. Warren has been a surrogate, saying he is a loser.",
            &["saying"],
            &["indirect | Ms. Warren | saying | he is a loser"],
        );
    }

    #[test]
    fn opening_adverbials_before_the_subject_of_a_participle() {
        check_with_cue_words(
            "Here in Columbia, Sanders stepped up his emphasis on justice, saying the system was broken.",
            &["saying"],
            &["indirect | Sanders | saying | the system was broken"],
        );
        check_with_cue_words(
            "Back in 1999, Mr. Trump expressed admiration for Clinton, telling CNBC he admired him.",
            &["telling"],
            &["indirect | Mr. Trump | telling | he admired him"],
        );
        check(
            "Asked whether he would serve, Mrs. Clinton shook her head and said no one would.",
            &["indirect | - | Asked | whether he would serve", "indirect | Mrs. Clinton | said | no one would"],
        );
        check_with_cue_words(
            "And in explaining why the plan had failed, Clinton described a new one.",
            &["explaining"],
            &[
                "indirect | Clinton | explaining | why the plan had failed",
                "indirect | Clinton | described | a new one",
            ],
        );
    }

    #[test]
    fn a_participle_after_an_adverb_or_upon_has_the_opening_subject() {
        check_with_cue_words(
            "Katrina Pierson, a spokeswoman for Trump, has expanded on the claims, wrongly suggesting Curiel is biased.",
            &["suggesting"],
            &["indirect | Katrina Pierson | suggesting | Curiel is biased"],
        );
        check_with_cue_words(
            "Sarah Silverman, herself a Sanders supporter, drew boos upon saying Clinton had listened.",
            &["saying"],
            &["indirect | Sarah Silverman | saying | Clinton had listened"],
        );
    }

    #[test]
    fn regression_an_opening_clause_ends_at_the_comma_before_its_subject_not_inside_it() {
        // A list, a date, a town's state, an aside, a quotation's comma.
        let cases = [
            (
                "After warning that Cruz, Rubio and Kasich were weak, Trump left.",
                "indirect | Trump | warning | that Cruz, Rubio and Kasich were weak",
            ),
            (
                "After insisting on Monday, Jan. 4, that he would stay, Mr. Smith resigned.",
                "indirect | Mr. Smith | insisting | on Monday, Jan. 4, that he would stay",
            ),
            (
                "After warning in Manchester, N.H., that the deal was bad, Mr. Cruz flew home.",
                "indirect | Mr. Cruz | warning | in Manchester, N.H., that the deal was bad",
            ),
            (
                "Warning that the economy, already weak, could slip, the Fed cut rates.",
                "indirect | the Fed | Warning | that the economy, already weak, could slip",
            ),
            (
                "Insisting that the vote was \"rigged,\" Trump left.",
                "mixed | Trump | Insisting | that the vote was \"rigged,\"",
            ),
        ];
        for (text, expect) in cases {
            check_with_cue_words(text, &["warning", "Warning", "insisting", "Insisting"], &[expect]);
        }
        check_with_cue_words(
            "Asked whether Mr. Trump, the Republican nominee, was fit to serve, Mr. Ryan said he was.",
            &["Asked", "said"],
            &[
                "indirect | - | Asked | whether Mr. Trump, the Republican nominee, was fit to serve",
                "indirect | Mr. Ryan | said | he was",
            ],
        );
    }

    #[test]
    fn regression_a_connective_a_quotation_also_opens_is_still_a_connective() {
        check_with_cue_words(
            "Mr. Smith told the crowd, \"Meanwhile, we have work to do.\" Meanwhile, Mrs. Clinton pressed her case, \
             arguing that he was unfit.",
            &["arguing"],
            &[
                "direct | Mr. Smith | told | \"Meanwhile, we have work to do.\"",
                "indirect | Mrs. Clinton | arguing | that he was unfit",
            ],
        );
    }

    #[test]
    fn an_opening_participle_clause_stands_before_the_subject() {
        check_with_cue_words(
            "Discussing the coalition, the Prime Minister thanked Prime Minister Luxon for his support, adding that the planning was going well.",
            &["adding"],
            &["indirect | the Prime Minister | adding | that the planning was going well"],
        );
        // Regression: a name in "-ing" before a preposition and no comma
        // ("Beijing on Tuesday was blunt: …") keeps its colon quotation.
        check(
            "Beijing on Tuesday was blunt: “The sanctions are illegal and we will respond.”",
            &["direct | Beijing | on Tuesday was blunt | “The sanctions are illegal and we will respond.”"],
        );
        // A name in "-ing" is the subject.
        check_with_cue_words(
            "Manning spoke for an hour, adding that the trial was unfair.",
            &["adding"],
            &["indirect | Manning | adding | that the trial was unfair"],
        );
    }

    #[test]
    fn regression_an_opening_participle_with_a_bare_object_was_the_source() {
        check_with_cue_words(
            "Facing mounting criticism from Democrats, Mr. Trump released a long reply, describing the family as fine.",
            &["describing"],
            &["indirect | Mr. Trump | describing | the family as fine"],
        );
        // A name that the text uses elsewhere stays the subject.
        check_with_cue_words(
            "The firm hired Browning in May.\n\nBrowning fears rivals, his partners and the press, noting that the firm is small.",
            &["noting"],
            &["indirect | Browning | noting | that the firm is small"],
        );
    }

    #[test]
    fn regression_an_adjective_in_ing_before_an_aside_is_no_participle_clause() {
        check_with_cue_words(
            "Leading lawmakers, including Speaker Pelosi, met the president, saying it would fail.",
            &["saying"],
            &["indirect | Leading | saying | it would fail"],
        );
        check_with_cue_words(
            "Beijing hit back on Tuesday, a day after the sanctions came, calling them illegal.",
            &["calling"],
            &["indirect | Beijing | calling | them illegal"],
        );
    }

    #[test]
    fn participle_cue_takes_the_sentence_subject() {
        check(
            "Trump took to Twitter on Friday, saying the debate was rigged.",
            &["indirect | Trump | saying | the debate was rigged"],
        );
        check(
            "Claiming the criticism was unfair, Trump said the host did well.",
            &["indirect | Trump | Claiming | the criticism was unfair", "indirect | Trump | said | the host did well"],
        );
        check(
            "Though she called the plan outrageous and called for a review.",
            &["indirect | she | called | the plan outrageous", "indirect | she | called | for a review"],
        );
        // Lower-case titles inside the subject, not at its end.
        check(
            "Democratic presidential nominee Hillary Clinton chimed in on Twitter, saying the video should be released.",
            &["indirect | Democratic presidential nominee Hillary Clinton | saying | the video should be released"],
        );
    }

    #[test]
    fn regression_an_opening_adverb_hid_a_participles_subject() {
        check(
            "Later in the day, she escalated her attacks on his record, saying that he had failed.",
            &["indirect | she | saying | that he had failed"],
        );
        check(
            "Then she shattered party norms, saying that her father would change the law.",
            &["indirect | she | saying | that her father would change the law"],
        );
        check(
            "But now the Florida senator is raising money, saying that he will run.",
            &["indirect | the Florida senator | saying | that he will run"],
        );
    }

    #[test]
    fn regression_an_opening_prepositional_phrase_hid_a_participles_subject() {
        check(
            "On Thursday, he expanded his calls, warning followers that the group could strike.",
            &["indirect | he | warning | that the group could strike"],
        );
        check(
            "In the days following the attacks, Donald Trump has sought to look tough, suggesting that he would act.",
            &["indirect | Donald Trump | suggesting | that he would act"],
        );
    }

    #[test]
    fn regression_an_opening_conjunction_or_clause_was_taken_for_the_subject() {
        check(
            "But now she wants voters to know that she is with them.",
            &["indirect | she | wants | that she is with them"],
        );
        check(
            "But to give you the tenor, Trump went on to say that the deal was bad.",
            &["indirect | Trump | say | that the deal was bad"],
        );
    }

    #[test]
    fn lower_case_words_describing_the_person_named_after_them_are_the_subjects() {
        check_with_cue_words(
            "Radio talk host Rush Limbaugh used his platform Friday, calling the decision brilliant.",
            &["calling"],
            &["indirect | Radio talk host Rush Limbaugh | calling | the decision brilliant"],
        );
    }

    #[test]
    fn a_dateline_is_no_part_of_the_subject() {
        check_with_cue_words(
            "WASHINGTON — Nominee Hillary Clinton met House Democrats on Wednesday, touting a message of unity.",
            &["touting"],
            &["indirect | Nominee Hillary Clinton | touting | a message of unity"],
        );
    }

    #[test]
    fn regression_a_dateline_with_its_agency_was_the_subject() {
        check_with_cue_words(
            "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at her rival, saying that his comments do harm.",
            &["saying"],
            &["indirect | Democrat Hillary Clinton | saying | that his comments do harm"],
        );
    }
}
