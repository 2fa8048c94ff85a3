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

/// Verbs that take a cue noun as their object ("took aim", "made the
/// claim", "issued a statement") or are followed by one in a phrase ("doubled
/// down on her claim").
fn is_verb_before_noun(doc: &Document, index: usize) -> bool {
    let word = doc.word(index);
    !doc.token(index).capitalized
        && (word.ends_with("ed")
            || matches!(
                word,
                "took"
                    | "take"
                    | "takes"
                    | "made"
                    | "make"
                    | "makes"
                    | "gave"
                    | "give"
                    | "gives"
                    | "issue"
                    | "issues"
                    | "sent"
                    | "send"
                    | "sends"
                    | "put"
                    | "puts"
                    | "held"
                    | "holds"
                    | "hold"
                    | "drew"
                    | "draws"
                    | "struck"
                    | "stood"
                    | "went"
            ))
}

/// The verb before the noun cue at `cue`, where one governs it: the cue
/// right after a determiner or quantifier (with at most one lower-case
/// modifier between: "a blunt assessment"), and before that a verb, at most
/// one preposition away ("doubled down on her claim"); or a bare noun right
/// after one of the light verbs ("took aim"). `None` where the cue is no
/// such noun.
pub(super) fn verb_of_noun_cue(doc: &Document, cue: usize, sentence_first: usize) -> Option<usize> {
    if cue < sentence_first + 2 {
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
    fn a_verb_cue_is_left_alone() {
        check_with_cue_words(
            "The campaign said the report was false.",
            &["said"],
            &["indirect | The campaign | said | the report was false"],
        );
    }
}
