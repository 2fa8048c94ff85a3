//! Nominal speakers: a document, its mentions and its attributions'
//! sources in, a mention for each source that describes a person without
//! naming them out ("The GOP nominee said", "the Vermont senator added").
//!
//! Such a description refers back to someone the text has named, as a
//! pronoun does, and the pronoun ranker ([`crate::pronouns`]) chooses whom,
//! with only the gender its head noun may give ("businessman"). Only
//! sources are taken: there the description stands for a speaker, and
//! PolNeAR's canonical speakers say whom it refers to, so the ranker
//! learns it from the same data as pronouns.
//! The head is a noun of the list below or one the learned model of
//! descriptions of one person finds (`nominal_persons.rs`: "the Senate
//! minority leader", "the gambling tycoon"). A definite description may
//! still be of someone the text never names ("the spokesman"): the ranker
//! then chooses no one. Indefinite ones ("a campaign aide") and plurals
//! ("the officials") are left alone.

use crate::mentions::{Mention, MentionForm};
use crate::nominal_persons::{heads_description, NominalPersonModel};
use readout_record::EntityKind;
use readout_segment::Document;

/// Nouns that describe one named public person: their office, their
/// standing in a race, their trade. Not the anonymous ones ("spokesman",
/// "aide", "official", "source"), who are other people.
pub fn is_person_description_head(word: &str) -> bool {
    matches!(
        word,
        "nominee"
            | "candidate"
            | "businessman"
            | "businesswoman"
            | "billionaire"
            | "mogul"
            | "governor"
            | "senator"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
            | "mayor"
            | "judge"
            | "justice"
            | "president"
            | "secretary"
            | "chairman"
            | "chairwoman"
            | "director"
            | "speaker"
            | "ambassador"
            | "minister"
            | "chancellor"
            | "host"
            | "star"
            | "actor"
            | "actress"
            | "singer"
            | "rapper"
            | "author"
            | "founder"
            | "executive"
            | "ceo"
            | "lady"
            | "politician"
            | "democrat"
            | "republican"
            | "contender"
            | "challenger"
            | "incumbent"
    )
}

/// The nominal mentions of `sources`, for sources that hold no person
/// mention already: "the" (capitalised or not), up to five modifiers,
/// and a head from the list above as the last word.
pub(crate) fn nominal_sources(doc: &Document, mentions: &[Mention], sources: &[(usize, usize)]) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::new();
    // A relative pronoun's source speaks for the description it hangs on:
    // "the Wisconsin Republican, who had pledged".
    let antecedents = sources.iter().filter_map(|&(first, _)| described_antecedent(doc, first));
    for (first, end) in sources.iter().copied().chain(antecedents) {
        // Only a definite description refers back: "a New York judge" is
        // someone new, named later if at all.
        if end <= first + 1 || end - first > 7 || doc.word(first) != "the" {
            continue;
        }
        // The head is the last word, or the one before "from" ("the
        // senator from Vermont", as "the Vermont senator"). Not before
        // "of": "the president of the teachers union" is mostly someone
        // new.
        let head_at = (first + 2..end)
            .find(|&t| doc.word(t) == "from" && is_person_description_head(doc.word(t - 1)))
            .map_or(end - 1, |t| t - 1);
        let head = doc.word(head_at);
        let describes_a_person =
            is_person_description_head(head) || heads_description(doc, NominalPersonModel::builtin(), head_at);
        if !doc.is_word(head_at) || !describes_a_person {
            continue;
        }
        // Only words and hyphens: a clause or an apposition is something else.
        if (first..end).any(|t| !(doc.is_word(t) || doc.is_punct(t, "-"))) {
            continue;
        }
        // A name or a pronoun in the source speaks for itself. A role does
        // not: "GOP" of "The GOP nominee" is a descriptor taken for one, and
        // a role the office table cannot resolve ("the mayor") is left to
        // the ranker (which skips the nominal when the role resolved).
        let named = mentions.iter().any(|m| {
            m.kind == EntityKind::Person
                && matches!(m.form, MentionForm::Name { .. } | MentionForm::Pronoun { .. })
                && m.tokens.0 < end
                && first < m.tokens.1
        });
        if named || out.iter().any(|m| m.tokens == (first, end)) {
            continue;
        }
        out.push(Mention {
            tokens: (first, end),
            bytes: doc.byte_range(first, end),
            kind: EntityKind::Person,
            form: MentionForm::Nominal { head: head.to_string() },
            canonical: None,
            untyped: false,
        });
    }
    out
}

/// The definite description right before ", who" at `who`: "the
/// Wisconsin Republican" of "It was a reversal for the Wisconsin
/// Republican, who had pledged …". Up to six words back from the comma,
/// within the sentence, to the nearest "the".
fn described_antecedent(doc: &Document, who: usize) -> Option<(usize, usize)> {
    if doc.word(who) != "who" || who < 3 || !doc.is_punct(who - 1, ",") {
        return None;
    }
    let (sentence_first, _) = doc.sentence_bounds(who);
    let end = who - 1;
    let first = (end.saturating_sub(6).max(sentence_first)..end)
        .rev()
        .take_while(|&t| doc.is_word(t) || doc.is_punct(t, "-"))
        .find(|&t| doc.word(t) == "the")?;
    // Not the noun after "of" ("the daughter of the ambassador, who": the
    // relative clause may hang on the daughter), nor an appositive ("Tim
    // Kaine, the Democratic nominee, who": it is Kaine's).
    let hangs_on_something_else =
        first > sentence_first && (doc.is_punct(first - 1, ",") || doc.word(first - 1) == "of");
    (!hangs_on_something_else).then_some((first, end))
}

/// `mentions` with `nominals` added, in text order.
pub(crate) fn with_nominal_sources(
    doc: &Document,
    mut mentions: Vec<Mention>,
    sources: &[(usize, usize)],
) -> Vec<Mention> {
    let nominals = nominal_sources(doc, &mentions, sources);
    if !nominals.is_empty() {
        mentions.extend(nominals);
        mentions.sort_by_key(|m| (m.tokens.0, std::cmp::Reverse(m.tokens.1)));
    }
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_segment::segment;

    fn check(text: &str, source: &str, expect: bool) {
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let start = text.find(source).expect("source in text");
        let first = (0..doc.len()).find(|&t| doc.token(t).range.start == start).expect("token at source");
        let end = (first..doc.len()).find(|&t| doc.token(t).range.end == start + source.len()).expect("end") + 1;
        let found = nominal_sources(&doc, &[], &[(first, end)]);
        assert_eq!(!found.is_empty(), expect, "{source}");
    }

    #[test]
    fn a_description_of_a_named_person_is_a_nominal_speaker() {
        check("The GOP nominee said he would win.", "The GOP nominee", true);
        check("Then the Vermont senator said so.", "the Vermont senator", true);
        check("The New York businessman said so.", "The New York businessman", true);
        // The head before "from", not the place after it; "of" opens
        // someone new.
        check("Then the senator from Vermont said so.", "the senator from Vermont", true);
        check("Then the president of the union said so.", "the president of the union", false);
    }

    #[test]
    fn a_head_the_description_model_finds_is_a_nominal_speaker() {
        // No word list holds "leader" or "tycoon": the model of
        // descriptions of one person does.
        check("Then the Senate minority leader said so.", "the Senate minority leader", true);
        check("Then the gambling tycoon said so.", "the gambling tycoon", true);
        check("Then the plan said so.", "the plan", false);
    }

    #[test]
    fn anonymous_people_and_long_phrases_are_not() {
        check("A campaign aide said so.", "A campaign aide", false);
        check("The officials said so.", "The officials", false);
        check("Senators said so.", "Senators", false);
        check("A New York judge said so.", "A New York judge", false);
    }

    #[test]
    fn a_relative_pronoun_source_makes_its_description_a_nominal() {
        let text = "It was a reversal for the Wisconsin Republican, who had pledged to back him.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let who = (0..doc.len()).find(|&t| doc.word(t) == "who").expect("who");
        let found = nominal_sources(&doc, &[], &[(who, who + 1)]);
        let spans: Vec<&str> = found.iter().map(|m| &text[m.bytes.clone()]).collect();
        assert_eq!(spans, ["the Wisconsin Republican"]);
        // Not past a comma or across a clause: "the plan, which" is no one.
        let text = "He met the press after the vote, who said little.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let who = (0..doc.len()).find(|&t| doc.word(t) == "who").expect("who");
        assert!(nominal_sources(&doc, &[], &[(who, who + 1)]).is_empty());
        // Regression: a description after a preposition or in an
        // appositive is someone else's.
        for text in [
            "Hillary Clinton met the daughter of the ambassador, who said she was proud.",
            "Pence was joined by Tim Kaine, the Democratic nominee, who said he was proud.",
        ] {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            let who = (0..doc.len()).find(|&t| doc.word(t) == "who").expect("who");
            assert!(nominal_sources(&doc, &[], &[(who, who + 1)]).is_empty(), "{text}");
        }
    }
}
