//! A cue that is a noun: a document, the cue and its sentence's first token
//! in, the verb whose object (or whose phrase) the noun is out, so that the
//! source is that verb's subject: "President Obama released a statement",
//! "Clinton placed several calls", "she doubled down on her claim",
//! "Biden took aim at".
//!
//! Walking left from a noun cue word by word runs over its determiner and
//! its verb into a source such as "Obama released a"; the subject stands
//! before the verb instead.

use crate::lexicon::is_determiner;
use readout_segment::Document;

/// Quantifiers that stand where a determiner does: "several calls".
fn is_quantifier(word: &str) -> bool {
    matches!(word, "several" | "multiple" | "numerous" | "repeated" | "two" | "three" | "few")
}

/// Nouns of saying that a verb puts out: "a statement", "several calls",
/// "her claim", "aim". Only these: a verb cue after a noun phrase ("who
/// controlled the chamber argued") is no noun.
fn is_cue_noun(word: &str) -> bool {
    matches!(
        word,
        "statement"
            | "statements"
            | "claim"
            | "claims"
            | "call"
            | "calls"
            | "remarks"
            | "comments"
            | "comment"
            | "assertion"
            | "assessment"
            | "aim"
            | "swipe"
            | "swipes"
            | "warning"
            | "warnings"
            | "message"
            | "argument"
            | "case"
            | "point"
            | "points"
            | "criticism"
            | "announcement"
            | "accusation"
            | "accusations"
            | "allegation"
            | "allegations"
            | "promise"
            | "pledge"
            | "vow"
            | "suggestion"
            | "response"
            | "reply"
            | "tweet"
            | "tweets"
            | "speech"
            | "appeal"
            | "plea"
            | "demand"
            | "demands"
            | "defense"
            | "defence"
            | "praise"
            | "complaint"
            | "admission"
            | "denial"
            | "prediction"
            | "endorsement"
            | "apology"
            | "jab"
            | "jabs"
            | "shot"
            | "shots"
            | "dig"
            | "digs"
            | "hope"
            | "hopes"
            | "concern"
            | "concerns"
            | "belief"
            | "piece"
            | "article"
            | "op-ed"
            | "column"
            | "letter"
            | "memo"
            | "report"
    )
}

/// Verbs that put out a cue noun as their object ("took aim", "made the
/// claim", "issued a statement", "placed several calls") or a phrase with
/// it ("doubled down on her claim"). Not the verbs that receive or reject
/// one ("faced repeated calls", "denied the claims").
fn is_verb_before_noun(doc: &Document, index: usize) -> bool {
    !doc.token(index).capitalized
        && matches!(
            doc.word(index),
            "took"
                | "take"
                | "takes"
                | "made"
                | "make"
                | "makes"
                | "gave"
                | "give"
                | "gives"
                | "issued"
                | "issue"
                | "issues"
                | "released"
                | "placed"
                | "repeated"
                | "reiterated"
                | "renewed"
                | "offered"
                | "delivered"
                | "sent"
                | "posted"
                | "launched"
                | "leveled"
                | "levelled"
                | "lodged"
                | "filed"
                | "voiced"
                | "expressed"
                | "penned"
                | "wrote"
                | "ran"
                | "runs"
                | "authored"
                | "published"
                | "fired"
                | "doubled"
                | "stood"
                | "put"
                | "puts"
                | "struck"
        )
}

/// The verb before the noun cue at `cue`, where one governs it: the cue
/// right after a determiner or quantifier (with at most one lower-case
/// modifier between: "a blunt assessment"), and before that a verb, at most
/// one preposition away ("doubled down on her claim"); or a bare noun right
/// after one of the light verbs ("took aim"). `None` where the cue is no
/// such noun.
pub(super) fn verb_of_noun_cue(doc: &Document, cue: usize, sentence_first: usize) -> Option<usize> {
    if cue < sentence_first + 2 || !is_cue_noun(doc.word(cue)) {
        return None;
    }
    let takes_bare_noun = |t: usize| matches!(doc.word(t), "took" | "take" | "takes" | "taking");
    if takes_bare_noun(cue - 1) && !doc.token(cue - 1).capitalized {
        return Some(cue - 1);
    }
    let is_determiner_at = |t: usize| {
        let word = doc.word(t);
        !doc.token(t).capitalized && (is_determiner(word) || is_quantifier(word)) && word != "that"
    };
    let determiner = if is_determiner_at(cue - 1) {
        cue - 1
    } else if cue >= sentence_first + 3
        && is_determiner_at(cue - 2)
        && doc.is_word(cue - 1)
        && !doc.token(cue - 1).capitalized
    {
        cue - 2
    } else {
        return None;
    };
    if determiner == sentence_first {
        return None;
    }
    let mut verb = determiner - 1;
    // "put out a statement", "fired off a tweet": a particle after the verb.
    if matches!(doc.word(verb), "out" | "off") && verb > sentence_first && is_verb_before_noun(doc, verb - 1) {
        verb -= 1;
    }
    if matches!(doc.word(verb), "on" | "in" | "with" | "of" | "to") && verb > sentence_first {
        verb -= 1;
        // "doubled down on": the particle belongs to the verb.
        if matches!(doc.word(verb), "down" | "up" | "out") && verb > sentence_first {
            verb -= 1;
        }
    }
    is_verb_before_noun(doc, verb).then_some(verb)
}

#[cfg(test)]
mod tests {
    use crate::quotes::test_support::check_with_cue_words;

    #[test]
    fn regression_a_noun_cue_took_its_verb_and_determiner_for_the_source() {
        check_with_cue_words(
            "President Obama released a statement condemning the attack.",
            &["statement"],
            &["indirect | President Obama | statement | condemning the attack"],
        );
        check_with_cue_words(
            "Clinton placed several calls to her over the next six months.",
            &["calls"],
            &["indirect | Clinton | calls | to her over the next six months"],
        );
    }

    #[test]
    fn a_phrase_after_the_verb_holds_the_noun() {
        check_with_cue_words(
            "Then she doubled down on her claim that Sanders had voted against the bill.",
            &["claim"],
            &["indirect | she | claim | that Sanders had voted against the bill"],
        );
    }

    #[test]
    fn a_light_verb_takes_a_bare_noun() {
        check_with_cue_words(
            "Biden also took aim at the Republican nominee.",
            &["aim"],
            &["indirect | Biden | aim | at the Republican nominee"],
        );
    }

    #[test]
    fn regression_a_verb_cue_after_an_object_took_its_clause_for_a_noun() {
        assert_eq!(verb_of("Democrats who controlled the chamber argued that the bill was dead.", "argued"), None);
        // A verb that receives the noun is no speaker's: "faced calls".
        assert_eq!(verb_of("He has faced repeated calls to resign.", "calls"), None);
        assert_eq!(verb_of("Trump and his lawyers have denied the claims.", "claims"), None);
        assert_eq!(verb_of("Obama released a statement on Friday.", "statement"), Some("released".to_string()));
    }

    /// The verb `verb_of_noun_cue` finds for the cue word `cue` of a
    /// one-sentence `text`.
    fn verb_of(text: &str, cue: &str) -> Option<String> {
        let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = readout_segment::Document::new(text, &seg);
        let at = (0..doc.len()).find(|&t| doc.word(t) == cue).expect("cue in text");
        super::verb_of_noun_cue(&doc, at, 0).map(|verb| doc.word(verb).to_string())
    }

    #[test]
    fn a_verb_cue_is_left_alone() {
        check_with_cue_words(
            "The campaign said the report was false.",
            &["said"],
            &["indirect | The campaign | said | the report was false"],
        );
    }
}
