//! Clause words: the closed classes of English (personal pronouns,
//! determiners, auxiliaries and adverbs, words that end a noun phrase) and
//! the verbs of speaking, which both the entity layer (is a mention the
//! subject of its sentence, of a speech verb?) and attribution (where do
//! cues, sources and contents begin and end?) ask about. In: a lower-cased
//! word; out: whether it is one.

/// Personal pronouns, any person and case: "he", "them", "their", "I".
pub fn is_personal_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "him" | "her" | "his" | "they" | "them" | "their" | "i" | "we" | "you")
}

/// The first person singular, any case: "I", "me", "my", "mine", "myself",
/// and "I" with a verb glued on ("I've", "I'm").
pub fn is_first_person_singular(word: &str) -> bool {
    matches!(without_clitic(word), "i" | "me" | "my" | "mine" | "myself")
}

/// The first person plural, any case: "we", "us", "our", "ours",
/// "ourselves", and "we" with a verb glued on ("we've", "we're").
pub fn is_first_person_plural(word: &str) -> bool {
    matches!(without_clitic(word), "we" | "us" | "our" | "ours" | "ourselves")
}

/// The second person, any case: "you", "your", "yours", "yourself",
/// "yourselves", and "you" with a verb glued on ("you're", "you've").
pub fn is_second_person(word: &str) -> bool {
    matches!(without_clitic(word), "you" | "your" | "yours" | "yourself" | "yourselves")
}

/// Whether an entity's name stands for a person the text never names: the
/// pronoun of the writer's "I", their "we", the reader's "you" (the
/// attribution layer's `discourse_persons.rs` makes them), or a
/// description ("the suspect", "Trump's lawyer", from
/// `unnamed_persons.rs`), whose first or last word is in lower case where
/// a proper name's are capitalised. Such an entity is one person within
/// its text only: nothing links it to another text's "I" or "the suspect".
pub fn is_unnamed_person_name(name: &str) -> bool {
    let lower_case = |word: Option<&str>| word.and_then(|w| w.chars().next()).is_some_and(char::is_lowercase);
    name == "I" || lower_case(name.split(' ').next()) || lower_case(name.split(' ').next_back())
}

/// "I" or "we" as a subject, a verb glued on or not: "I", "I've", "we're".
pub fn is_first_person_subject(word: &str) -> bool {
    matches!(without_clitic(word), "i" | "we")
}

/// A word without the verb a contraction glues to it: "i've" → "i",
/// "we're" → "we"; any other word as it is.
fn without_clitic(word: &str) -> &str {
    match word.split_once(['\'', '’']) {
        Some((stem, "m" | "ve" | "ll" | "d" | "re" | "s")) => stem,
        _ => word,
    }
}

/// The auxiliary and modal verbs: "has", "was", "would", "did".
pub fn is_auxiliary(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "would"
            | "will"
            | "could"
            | "should"
            | "might"
            | "may"
            | "can"
            | "must"
            | "did"
            | "does"
            | "do"
    )
}

/// Words that may stand between a subject and its speech verb without being
/// part of either: "has said", "also told", "later wrote".
pub fn is_auxiliary_or_adverb(word: &str) -> bool {
    is_auxiliary(word)
        || matches!(
            word,
            "also"
                | "later"
                | "then"
                | "previously"
                | "earlier"
                | "again"
                | "repeatedly"
                | "reportedly"
                | "often"
                | "once"
                | "recently"
                | "frequently"
                | "already"
                | "even"
                | "still"
                | "just"
                | "quickly"
                | "publicly"
                | "privately"
                | "simply"
                | "further"
                | "never"
                | "not"
                | "always"
                | "initially"
                | "first"
                | "last"
                | "now"
                | "had'"
                | "only"
                | "ultimately"
                | "openly"
                | "specifically"
                | "flatly"
                | "has'"
                | "subsequently"
                | "immediately"
                | "finally"
                | "explicitly"
                | "correctly"
                | "famously"
                | "once'"
                | "apparently"
        )
}

/// Lower-case words that end a subject noun phrase when walking left from a
/// verb: clause openers and conjunctions.
pub fn stops_noun_phrase(word: &str) -> bool {
    matches!(
        word,
        "that"
            | "which"
            | "who"
            | "whom"
            | "when"
            | "where"
            | "while"
            | "as"
            | "but"
            | "because"
            | "if"
            | "although"
            | "though"
            | "since"
            | "after"
            | "before"
            | "and"
            | "or"
            | "so"
            | "yet"
            | "than"
            | "what"
            | "how"
            | "why"
            | "whether"
            | "until"
            | "unless"
            | "said"
            | "says"
            | "say"
            | "told"
            | "to"
            | "not"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "being"
            | "it's"
            | "also"
            | "whose"
    )
}

/// The people who work for a politician without being named: their aides,
/// advisers, strategists, staff, team or officials.
pub fn is_staff_noun(word: &str) -> bool {
    matches!(
        word,
        "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "strategist"
            | "strategists"
            | "staff"
            | "staffer"
            | "staffers"
            | "team"
            | "official"
            | "officials"
    )
}

pub fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "one"
            | "another"
            | "some"
            | "many"
            | "several"
            | "both"
            | "two"
            | "three"
            | "most"
            | "other"
    )
}

/// Verbs of speaking, writing and reporting, in any inflection: the cue words
/// readout recognises without a model (the model widens this list to
/// cognition and intention verbs learned from annotated text).
pub fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "say"
            | "saying"
            | "told"
            | "tell"
            | "tells"
            | "telling"
            | "added"
            | "adds"
            | "adding"
            | "wrote"
            | "writes"
            | "write"
            | "writing"
            | "written"
            | "insisted"
            | "insists"
            | "insisting"
            | "warned"
            | "warns"
            | "warning"
            | "urged"
            | "urges"
            | "urging"
            | "argued"
            | "argues"
            | "arguing"
            | "claimed"
            | "claims"
            | "claiming"
            | "stated"
            | "states"
            | "explained"
            | "explains"
            | "explaining"
            | "noted"
            | "notes"
            | "noting"
            | "asked"
            | "asks"
            | "asking"
            | "announced"
            | "announces"
            | "declared"
            | "declares"
            | "acknowledged"
            | "acknowledges"
            | "admitted"
            | "admits"
            | "conceded"
            | "concedes"
            | "tweeted"
            | "tweets"
            | "posted"
            | "replied"
            | "replies"
            | "responded"
            | "responds"
            | "suggested"
            | "suggests"
            | "suggesting"
            | "stressed"
            | "stresses"
            | "reiterated"
            | "reiterates"
            | "emphasised"
            | "emphasized"
            | "underscored"
            | "mentioned"
            | "mentions"
            | "vowed"
            | "vows"
            | "promised"
            | "promises"
            | "pledged"
            | "pledges"
            | "predicted"
            | "predicts"
            | "recalled"
            | "recalls"
            | "complained"
            | "complains"
            | "accused"
            | "accuses"
            | "denied"
            | "denies"
            | "confirmed"
            | "confirms"
            | "revealed"
            | "reveals"
            | "reported"
            | "reports"
            | "described"
            | "describes"
            | "called"
            | "calls"
            | "declined"
            | "agreed"
            | "agrees"
            | "contended"
            | "contends"
            | "maintained"
            | "maintains"
            | "observed"
            | "remarked"
            | "countered"
            | "quipped"
            | "joked"
            | "boasted"
            | "testified"
            | "alleged"
            | "alleges"
            | "asserted"
            | "asserts"
            | "cautioned"
            | "threatened"
            | "demanded"
            | "demands"
            | "proclaimed"
            | "continued"
            | "concluded"
            | "disclosed"
            | "shouted"
            | "yelled"
            | "answered"
            | "criticized"
            | "criticised"
            | "praised"
            | "believes"
            | "believed"
            | "thinks"
            | "thought"
            | "think"
            | "believe"
            | "hopes"
            | "hoped"
            | "wants"
            | "wanted"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_person_pronoun_with_a_verb_glued_on_is_first_person() {
        assert!(is_first_person_singular("i've") && is_first_person_singular("i’m") && is_first_person_singular("me"));
        assert!(is_first_person_plural("we're") && is_first_person_plural("us"));
        assert!(!is_first_person_singular("it's") && !is_first_person_plural("o'neill"));
        assert!(is_first_person_subject("i've") && is_first_person_subject("we") && !is_first_person_subject("my"));
    }

    #[test]
    fn a_description_or_a_pronoun_names_no_one_but_a_proper_name_does() {
        for name in ["I", "we", "you", "the suspect", "a campaign aide", "Donald Trump's lawyer"] {
            assert!(is_unnamed_person_name(name), "{name}");
        }
        for name in ["Donald Trump", "Ludwig van Beethoven", "Jean-Claude Juncker", "Ivan"] {
            assert!(!is_unnamed_person_name(name), "{name}");
        }
    }
}
