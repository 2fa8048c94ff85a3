//! The tagger's cut of a run: a capitalised run, the name tagger's spans
//! and the kinds it gave names across the document in, the part of the run
//! that is the name and the kind the tagger's reading gives it out. In a
//! headline the tagger's span decides what of the run is a name; in
//! running text the run stays whole and the tagger's kind stands in only
//! where the word lists would fall back on a person.

use crate::document_kinds::DocumentKinds;
use crate::kind_words::office_name;
use crate::mentions::without_possessive;
use crate::name_words::{is_capitalised_function_word, is_descriptor_word};
use crate::title_case::in_title_case_sentence;
use crate::NameSpan;
use readout_record::EntityKind;
use readout_segment::Document;

/// A capitalised run `[start, end)` cut down to the one name the tagger
/// found in it, and that name's kind when the tagger's span is the whole
/// of what is left. Words before the name stay when they are titles
/// ("Mr", "British Prime Minister"): they tell gender and office.
pub(super) fn refine_by_tagger(
    doc: &Document,
    names: &[NameSpan],
    kinds: &DocumentKinds,
    start: usize,
    end: usize,
) -> (usize, usize, Option<EntityKind>) {
    let first_overlap = names.partition_point(|name| name.tokens.end <= start);
    let mut overlapping = names[first_overlap..].iter().take_while(|name| name.tokens.start < end);
    let (first_name, second_name) = (overlapping.next(), overlapping.next());
    let capitals_say_little = in_title_case_sentence(doc, start);
    // An office that speaks ("A Downing Street Spokesperson said:") is
    // named whatever the capitals around it.
    let names_office = (start..end).any(|t| {
        (1..=2).any(|length| {
            t + length <= end && {
                let phrase = (t..t + length).map(|w| doc.word(w)).collect::<Vec<_>>().join(" ");
                office_name(&phrase).is_some()
            }
        })
    });
    if names_office {
        return (start, end, None);
    }
    if first_name.is_none() && capitals_say_little {
        // "Ann Coulter: And Then There Was the One": a first name and a
        // surname labelling a headline are a name, whatever the tagger saw.
        let words = end - start;
        let labels = end < doc.len() && doc.is_punct(end, ":");
        if labels && (2..=3).contains(&words) && crate::gender::Gender::of_first_name(doc.raw(start)).is_some() {
            return (start, end, None);
        }
        // A headline's capitals with no name in them ("Poll Shows Voters
        // Abandon Party") are not a name.
        return (start, start, None);
    }
    // Only a common first name holds a run back from the tagger's kind:
    // "Oakland" and "Aberdeen", given to a few hundred babies, stay places.
    let opens_with_first_name = |t: usize| crate::gender::is_common_first_name(without_possessive(doc.raw(t)));
    let (Some(name), None) = (first_name, second_name) else {
        // No name of the tagger's here: the kind it gave the same name
        // elsewhere in the text ("Coron" a town throughout), unless the run
        // opens with someone's first name.
        let words_from = (start..end).find(|&t| !is_capitalised_function_word(doc.word(t))).unwrap_or(end);
        let elsewhere = (first_name.is_none() && words_from < end && !opens_with_first_name(words_from))
            .then(|| kinds.place_or_organisation(doc, words_from, end))
            .flatten();
        // The tagger saw no name at all in the run: `Other` says so, for the
        // last resort to weigh ("Digital Humanities", "Medicinal
        // Properties").
        let untagged = (first_name.is_none() && words_from < end && !opens_with_first_name(words_from))
            .then_some(EntityKind::Other);
        return (start, end, elsewhere.or(untagged));
    };
    if name.tokens.start < start || name.tokens.end > end {
        return (start, end, None);
    }
    if !capitals_say_little {
        // In running text the capitals are good evidence, and the word
        // lists type names better than the tagger does (measured on
        // PolNeAR's speakers and GUM's pronouns): the run stays as it is.
        // Where the tagger's span is the whole run, bar a sentence-opening
        // function word, its kind still stands in for the lists' last
        // resort, which is a person ("Coron", "Palawan"). A run that
        // opens with a first name stays a person: the tagger takes
        // unfamiliar ones for places ("Gloria").
        let whole_run =
            name.tokens.end == end && (start..name.tokens.start).all(|t| is_capitalised_function_word(doc.word(t)));
        // Nor does one whose last word the tagger takes alone for a person
        // elsewhere in the text: "Sant Singh Chatwal" … "Chatwal was".
        // Not at a sentence's start, where the capitals may hold a verb
        // ("Hold Melania Trump to her husband's standards").
        let surname_of_a_person = end > name.tokens.start + 1
            && start != doc.sentence_bounds(start).0
            && kinds.alone_names_a_person(without_possessive(doc.word(end - 1)));
        // The tagger's kind here stands, unless the run opens with a first
        // name and at least half the tagger's readings of it in the text
        // take it for a person ("Vladimir Putin" once a place, once a
        // person).
        let kind = (whole_run && !opens_with_first_name(name.tokens.start) && !surname_of_a_person)
            .then(|| {
                let (first, end) = (name.tokens.start, name.tokens.end);
                let a_person = crate::gender::Gender::of_first_name(without_possessive(doc.raw(first))).is_some()
                    && kinds.often_a_person(doc, first, end);
                kinds.place_or_organisation(doc, first, end).or_else(|| (!a_person).then_some(name.kind))
            })
            .flatten();
        return (start, end, kind);
    }
    // The titles right before the name stay ("Remarks With Russian Foreign
    // Minister Sergey Lavrov" keeps "Russian Foreign Minister"); the
    // headline words before them do not ("Republican Presidential
    // Candidates Give Calculated Super Bowl Predictions" is no person).
    let is_title = |t: usize| {
        let word = doc.word(t);
        crate::kind_words::is_honorific(word)
            || crate::kind_words::is_honorific(word.trim_end_matches('.'))
            || is_descriptor_word(word)
            || readout_offices::country_of_cue(doc.raw(t)).is_some()
    };
    let mut first = name.tokens.start;
    while first > start && is_title(first - 1) {
        first -= 1;
    }
    let kind = (first == name.tokens.start).then_some(name.kind);
    (first, name.tokens.end, kind)
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{check, kinds_of};

    #[test]
    fn regression_a_town_that_is_also_a_rare_first_name_was_a_person() {
        // A few hundred babies were named Oakland or Aberdeen: the tagger's
        // place stands, as does a place after "in".
        check(
            "The decree called for a bridge connecting San Francisco to Oakland.",
            &["place:San Francisco", "place:Oakland"],
        );
        check("We were working in Aberdeen then.", &["place:Aberdeen"]);
        // A common first name after "in" stays a person's, and so does a
        // first name with a surname after it.
        check("She confided in Madison that night.", &["person:She", "person:Madison"]);
        check("It drew in Bernie Sanders supporters.", &["person:Bernie Sanders"]);
    }

    #[test]
    fn regression_a_name_the_tagger_once_took_for_a_place_became_a_body() {
        // The tagger reads the second "Vladimir Putin" as a place; its
        // first reading, a person, settles the tie.
        let text = "Vladimir Putin had a telephone conversation with Barack Obama.\n\n\
                    In particular, Vladimir Putin noted that the government is illegitimate.";
        let kinds = kinds_of(text);
        assert!(kinds.iter().filter(|k| k.as_str() == "person:Vladimir Putin").count() == 2, "{kinds:?}");
    }

    #[test]
    fn an_unknown_place_takes_the_taggers_kind_and_a_first_name_stays_a_person() {
        // The tagger finds the town after "in"; its kind stands for the
        // other occurrence too. ("Coron" is in no list: alone, "from Coron
        // to the island" is too little for the tagger since it learned
        // from the place gazetteer.)
        check(
            "We took a boat from Coron to the island, and spent two nights in Coron.",
            &["place:Coron", "place:Coron"],
        );
        check("Their daughter Gloria died in hospital.", &["person:Gloria"]);
    }

    #[test]
    fn regression_a_party_opening_a_headline_made_the_whole_headline_a_name() {
        // The tagger finds one name in the run ("Super Bowl Predictions");
        // the words before it are a headline's, not the name's titles.
        let names = kinds_of(
            "Republican Presidential Candidates Give Calculated Super Bowl Predictions.\n\n\
             On the eve of the Super Bowl, ABC moderator David Muir asked them.",
        );
        assert!(!names.iter().any(|name| name.contains("Candidates")), "{names:?}");
    }

    #[test]
    fn regression_a_full_name_the_tagger_took_for_a_body_was_one() {
        let text = "He compared his case to that of Sant Singh Chatwal, a hotelier. In fact, Chatwal was the founder. Chatwal was clearly trying to buy influence. Later Chatwal pleaded guilty.";
        let kinds = kinds_of(text);
        assert!(kinds.contains(&"person:Sant Singh Chatwal".to_string()), "{kinds:?}");
    }
}
