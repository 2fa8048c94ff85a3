//! The kind decision: a trimmed run, the parts of its name, the tagger's
//! kind for it and the kinds the document gives its names in, the run's
//! mention out, for every run no earlier shape decided. A body's word, an
//! acronym or a company the text names elsewhere make an organisation; a
//! thing's or a place's head word the thing or the place; the tagger's
//! kind stands in a headline; the noun after a name ("Gallup poll", "Time
//! magazine", "Truth Social site") says what it names. What is left is a
//! person, the last resort, unless it is a common word, a numbered thing,
//! a phrase the tagger took for no name, or a name the text refers back
//! to as a thing.

use super::run_words::Run;
use super::titles::NameParts;
use super::{Mention, MentionForm, Reading};
use crate::document_kinds::DocumentKinds;
use crate::kind_words::is_organization_word;
use crate::name_shapes::{named, names_a_kind_of_place, names_a_thing, opens_with_a_common_word};
use crate::name_words::is_media_noun;
use crate::title_case::in_title_case_sentence;
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::ControlFlow;

/// A body, a thing or a kind of place by the run's words, or the tagger's
/// kind where it took the run for a body or a place.
pub(super) fn body_thing_or_tagged_kind(
    doc: &Document,
    run: &Run,
    name: &NameParts,
    tagged: Option<EntityKind>,
    kinds: &DocumentKinds,
) -> Reading {
    let (start, end, bytes, words, full) = (run.start, run.end, &run.bytes, &run.words, &run.full);
    let (honorific_count, name_words) = (name.honorific_count, &name.name_words);
    // The titles are off: "House Speaker Paul Ryan" is a person, not the
    // House.
    // A body's head word alone ("Library" in a headline) names no body.
    let lone_head = words.len() == 1 && crate::kind_words::is_body_head_word(&words[0].to_lowercase());
    // "Citizens for Tax Justice": no one's name holds "for".
    let org_word = !lone_head
        && name_words.iter().any(|w| {
            is_organization_word(&w.to_lowercase()) || (w.eq_ignore_ascii_case("for") && name_words.len() >= 3)
        });
    let acronym = run.is_acronym();
    // "Islamic State", "Penn State": a state that is no place's name is a
    // body ("Washington State" and "New York State" are places).
    let state_body = name_words.len() == 2
        && name_words[1] == "State"
        && !crate::gazetteer::is_place(&name_words[0])
        && readout_offices::country_of_cue(&name_words[0]).is_none()
        && !crate::gender::is_common_first_name(&name_words[0]);
    // "Washington State", "New York State": a place's name and "State" is
    // the place.
    let place_state = name_words.len() >= 2
        && name_words.last().is_some_and(|w| w == "State")
        && crate::gazetteer::is_place(&name_words[..name_words.len() - 1].join(" "));
    if honorific_count == 0 && place_state {
        return run.named_as(EntityKind::Place);
    }
    // "Wells Fargo" where the text also writes "Wells Fargo CEO John Stumpf".
    let company = honorific_count == 0 && kinds.names_a_company(doc, start, end);
    if org_word || acronym || company || state_body {
        return run.named_as(EntityKind::Organization);
    }
    if honorific_count == 0 && names_a_thing(words) {
        return run.named_as(EntityKind::Other);
    }
    if honorific_count == 0 && names_a_kind_of_place(words) {
        return run.named_as(EntityKind::Place);
    }
    // In a headline, where the capitals say nothing, the tagger's kind
    // stands for the word lists' guess.
    if let Some(kind @ (EntityKind::Organization | EntityKind::Place)) = tagged {
        return ControlFlow::Break(Some(Mention {
            tokens: (start, end),
            bytes: bytes.clone(),
            kind,
            form: MentionForm::Name { words: words.clone(), honorifics: vec![] },
            canonical: Some(full.clone()),
            untyped: false,
        }));
    }
    ControlFlow::Continue(())
}

/// What the noun right after the run, or a possessive before it, says the
/// run names: the body that conducted a poll, a publisher, or a thing
/// ("his Truth Social site").
pub(super) fn named_by_the_word_after(doc: &Document, run: &Run, name: &NameParts) -> Reading {
    let (start, end, bytes, words, full) = (run.start, run.end, &run.bytes, &run.words, &run.full);
    let honorific_count = name.honorific_count;
    let after = end;
    // "A new Gallup poll", "the Monmouth survey", "the Reuters/Ipsos
    // opinion poll": a name no list knows before a poll's noun is who
    // conducted it, a body (places, parties and demonyms went above).
    let is_poll_noun = |t: usize| t < doc.len() && matches!(doc.word(t), "poll" | "polls" | "survey");
    let followed_by_poll_noun = is_poll_noun(after)
        || (after < doc.len()
            && doc.is_word(after)
            && !doc.token(after).capitalized
            && matches!(doc.word(after), "opinion" | "tracking" | "exit" | "entrance" | "national" | "online")
            && is_poll_noun(after + 1));
    if followed_by_poll_noun
        && honorific_count == 0
        && words.len() <= 3
        && readout_offices::country_of_cue(full).is_none()
    {
        return run.named_as(EntityKind::Organization);
    }
    // "Time magazine", "the Riverton Times newspaper": the name of a
    // publisher, an organisation.
    let followed_by_publication_noun =
        after < doc.len() && matches!(doc.word(after), "magazine" | "newspaper" | "network" | "channel");
    if followed_by_publication_noun && honorific_count == 0 {
        return run.named_as(EntityKind::Organization);
    }
    let followed_by_media_noun = after < doc.len() && is_media_noun(doc.word(after)) && !run.host_named;
    let possessed = start > 0 && matches!(doc.word(start - 1), "his" | "her" | "their" | "its" | "our" | "my" | "your");
    if followed_by_media_noun || possessed {
        return ControlFlow::Break(Some(Mention {
            tokens: (start, end),
            bytes: bytes.clone(),
            kind: EntityKind::Other,
            form: MentionForm::Name { words: words.clone(), honorifics: name.honorifics.clone() },
            canonical: Some(full.clone()),
            untyped: false,
        }));
    }
    ControlFlow::Continue(())
}

/// The last resort for a run no shape decided: a person, unless it is a
/// common word the capitals only start (nothing), a numbered thing, a
/// phrase the tagger took for no name (a thing) or a name the text refers
/// back to as a thing (a body).
pub(super) fn last_resort<'a>(
    doc: &'a Document,
    run: &Run,
    name: &NameParts,
    tagged: Option<EntityKind>,
    kinds: &DocumentKinds,
    lower_case_words: &std::cell::OnceCell<std::collections::HashSet<&'a str>>,
) -> Option<Mention> {
    let (start, end, sentence_first) = (run.start, run.end, run.sentence_first);
    let (honorific_count, name_words, honorifics) = (name.honorific_count, &name.name_words, &name.honorifics);
    // The first word of a sentence is capitalised anyway: alone, it names
    // something only if it is known elsewhere (decided when grouping).
    let name_start = start + honorific_count;
    let bytes = if honorific_count > 0 { run.bytes.clone() } else { doc.token(name_start).range.start..run.bytes.end };
    let untyped = honorifics.is_empty()
        && name_words.len() == 1
        && !crate::gender::is_first_name(&name_words[0])
        && !kinds.names_a_person(&name_words[0]);
    // "Latest", "Having", "Keeps" opening a sentence or in a headline,
    // untyped and written in lower case elsewhere in the text: a common
    // word, no name.
    let capital_says_little = start == sentence_first || in_title_case_sentence(doc, start);
    if untyped && capital_says_little && opens_with_a_common_word(doc, start, lower_case_words) {
        return None;
    }
    // "Title IV", "Article III", "World War II": a name that ends in a
    // Roman numeral is a person's ("Henry VIII", "Davis Love III") only
    // with a title or a first name in front; otherwise it numbers a thing.
    let numbered_thing = honorifics.is_empty()
        && name_words.len() >= 2
        && name_words.last().is_some_and(|word| is_roman_numeral(word))
        && !crate::gender::is_first_name(&name_words[0]);
    if numbered_thing {
        let full = name_words.join(" ");
        return named((start, end), bytes, EntityKind::Other, name_words.clone(), full);
    }
    // Two words or more in running text that the tagger took for no name,
    // with no title and no first name: a term or a title of a work
    // ("Digital Humanities", "Childish Recollections"), not a person.
    let untagged_phrase = tagged == Some(EntityKind::Other)
        && honorifics.is_empty()
        && name_words.len() >= 2
        && !crate::gender::is_first_name(&name_words[0]);
    if untagged_phrase {
        let full = name_words.join(" ");
        return named((start, end), bytes, EntityKind::Other, name_words.clone(), full);
    }
    // "Verizon and its unions", "Twitter has positioned itself": a name the
    // text refers back to as a thing, with no title and no first name, is
    // a body, not the last resort's person.
    let referred_to_as_a_thing = honorifics.is_empty()
        && !crate::gender::is_first_name(&name_words[0])
        && name_words.last().is_some_and(|last| kinds.mostly_a_thing(doc, last));
    if referred_to_as_a_thing {
        let full = name_words.join(" ");
        return named((start, end), bytes, EntityKind::Organization, name_words.clone(), full);
    }
    Some(Mention {
        tokens: (start, end),
        bytes,
        kind: EntityKind::Person,
        form: MentionForm::Name { words: name_words.clone(), honorifics: honorifics.clone() },
        canonical: None,
        untyped,
    })
}

/// A Roman numeral from II to XXXIX, as names number kings, wars and
/// articles ("II", "VIII", "XIV"); not "I", which is also the pronoun, nor
/// the letters of larger numbers, which are also initials ("DC", "MD").
fn is_roman_numeral(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{canonical_words, check, kinds_of};

    #[test]
    fn a_state_that_is_no_places_name_is_a_body() {
        check("Islamic State claimed the attack on Monday.", &["organization:Islamic State"]);
        check("Penn State said it would review the case.", &["organization:Penn State"]);
    }

    #[test]
    fn regression_a_places_state_named_nothing() {
        check("The family moved to Washington State in 2010.", &["place:Washington State"]);
        check("The vote in New York State was close.", &["place:New York State"]);
        // "State" before a title still qualifies it.
        check("State Sen. John Smith said it.", &["person:State Sen. John Smith"]);
    }

    #[test]
    fn people_for_a_cause_are_one_organisation_but_not_those_who_work_for_one() {
        check(
            "The study was paid for by Citizens for Tax Justice in Washington.",
            &["organization:Citizens for Tax Justice", "place:Washington"],
        );
        let names = canonical_words("They met Executives for Mondelez on Monday.");
        assert!(!names.iter().any(|words| words.len() > 1), "{names:?}");
        // Nor a person's name before "for".
        let names = canonical_words("The report was written by Lucas Jones for Reuters on Monday.");
        assert!(names.contains(&vec!["Lucas".to_string(), "Jones".to_string()]), "{names:?}");
    }

    #[test]
    fn a_phrase_the_tagger_finds_no_name_in_is_a_thing() {
        check(
            "His poems about his Harrow friendships, Childish Recollections (1806), express a longing.",
            &["person:His", "person:his", "other:Harrow", "other:Childish Recollections"],
        );
        // A first name opens a person's name whatever the tagger saw.
        check("She met Ruth Bader on Monday.", &["person:She", "person:Ruth Bader"]);
    }

    #[test]
    fn regression_a_body_named_for_its_cause_lost_its_words_after_the_article() {
        check(
            "The Committee for a Responsible Federal Budget reported that the plan would cost more.",
            &["organization:Committee for a Responsible Federal Budget"],
        );
        // Two bodies joined by "for the" stay two.
        check(
            "Edison Research for the Associated Press found that.",
            &["organization:Edison Research", "organization:Associated Press"],
        );
    }

    #[test]
    fn a_name_before_a_polls_noun_is_the_body_that_conducted_it() {
        check("A new Gallup poll found it.", &["organization:Gallup"]);
        check("The Morning Consult Poll found it.", &["organization:Morning Consult"]);
        check("The latest Reuters/Ipsos opinion poll found it.", &["organization:Reuters", "organization:Ipsos"]);
        // A place or a party is what the poll is of.
        check("A new Iowa poll found it.", &["place:Iowa"]);
        check("A Republican poll found it.", &[]);
        // A survey of that name keeps its noun: only "Poll" comes off.
        check("The American Community Survey found it.", &["organization:American Community Survey"]);
    }

    #[test]
    fn a_names_head_word_says_it_is_a_body_a_place_or_a_thing() {
        check(
            "We drove over the Oakland Bay Bridge to Crater Lake and on to South Australia.",
            &["place:Oakland Bay Bridge", "place:Crater Lake", "place:South Australia"],
        );
        check(
            "She worked at the National Library and wrote for the Sydney Morning Herald.",
            &["person:She", "organization:National Library", "organization:Sydney Morning Herald"],
        );
        check(
            "Congress passed the HEROES Act before Cyclone Phailin struck.",
            &["organization:Congress", "other:HEROES Act", "other:Cyclone Phailin"],
        );
        check("They walked from Pittock Mansion across New England.", &["place:Pittock Mansion", "place:New England"]);
        // An unknown name after a preposition of place is a place.
        check("The storm hit near Bhubaneshwar in October.", &["place:Bhubaneshwar"]);
        // A title or a first name keeps a person a person.
        check("Then Senator Tom Lake spoke.", &["person:Senator Tom Lake"]);
        check("Then Michael Bay spoke.", &["person:Michael Bay"]);
    }

    #[test]
    fn a_name_ending_in_a_roman_numeral_is_a_person_only_with_a_first_name_or_title() {
        check("Under Title IV of the act, loans are federal.", &["other:Title IV"]);
        check("After World War II ended, Henry VIII was a memory.", &["other:World War II", "person:Henry VIII"]);
        check("Pope Benedict XVI spoke.", &["person:Pope Benedict XVI"]);
    }

    #[test]
    fn regression_team_trump_was_a_person() {
        check("Team Trump pushed back.", &["organization:Team Trump"]);
    }

    #[test]
    fn regression_a_holiday_was_a_person() {
        check("They came on Thanksgiving Day. Doris Day sang.", &["other:Thanksgiving Day", "person:Doris Day"]);
    }

    #[test]
    fn a_first_name_before_a_head_no_one_bears_is_no_person() {
        check("The ship crossed the Ross Sea.", &["place:Ross Sea"]);
        check("Rachel Bridge said so.", &["person:Rachel Bridge"]);
    }

    #[test]
    fn a_name_the_text_refers_back_to_as_a_thing_is_a_body() {
        let kinds = kinds_of("Analysts like Zorbex. Later, Zorbex and its unions struck a deal.");
        assert!(kinds.contains(&"organization:Zorbex".to_string()), "{kinds:?}");
    }
}
