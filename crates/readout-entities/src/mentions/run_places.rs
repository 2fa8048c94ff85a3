//! Places: a trimmed run (and the parts of its name) in, the place it
//! names out, where it names one. The gazetteer's places are places
//! ("Norway"); a US state's abbreviation after a town and a comma is the
//! state, named in full, and the town before it a place ("Hoboken,
//! N.J."); a name after a preposition of place, a jurisdiction's title or
//! a kind of place and "of" is a place ("near Bhubaneshwar", "the Mayor of
//! Riverton", "the island of Busuanga"); and a name the gazetteer knows as
//! a large place is one ("Portland").

use super::run_words::Run;
use super::titles::NameParts;
use super::Reading;
use crate::gazetteer::is_place;
use crate::kind_words::is_honorific;
use crate::name_shapes::named;
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::ControlFlow;

/// A place the gazetteer knows by the run's words, a US state's
/// abbreviation, or a town before one.
pub(super) fn known_place_or_state(doc: &Document, run: &Run) -> Reading {
    let (start, end, bytes, words, full) = (run.start, run.end, &run.bytes, &run.words, &run.full);
    if is_place(full) {
        return run.named_as(EntityKind::Place);
    }
    // "Austin, Tex.", "Trenton, N.J.": a state's abbreviation after a town
    // and a comma is the state, named in full; the town before it
    // ("Hoboken, N.J.") is a place.
    let state = (words.len() == 1).then(|| crate::us_states::state_abbreviated_at(doc, start, end, full)).flatten();
    if let Some(state) = state {
        return ControlFlow::Break(named(
            (start, end),
            bytes.clone(),
            EntityKind::Place,
            vec![state.to_string()],
            state.to_string(),
        ));
    }
    if crate::us_states::precedes_state(doc, end)
        && words.len() <= 3
        && !words.iter().any(|w| is_honorific(&w.to_lowercase()))
    {
        return run.named_as(EntityKind::Place);
    }
    ControlFlow::Continue(())
}

/// A place by the words before the run: a preposition of place, a
/// jurisdiction's title and "of", or a kind of place and "of".
pub(super) fn place_by_the_words_before(doc: &Document, run: &Run, name: &NameParts) -> Reading {
    let (start, words) = (run.start, &run.words);
    let honorific_count = name.honorific_count;
    // "near Bhubaneshwar", "in Yakutsk": a name no list knows, after a
    // preposition of place, is a place, unless it is a common first name
    // alone ("in Aberdeen" is the town, a name given to few; "in Madison"
    // may be the town or a woman named before) or any first name and a
    // surname.
    let after_place_preposition =
        start > 0 && crate::places::is_place_preposition(doc.word(start - 1)) && !doc.token(start - 1).capitalized;
    // "the Mayor of Riverton", "the Bishop of Durham": what a title of a
    // jurisdiction is of is a place.
    let after_jurisdiction_title = start >= 2
        && doc.word(start - 1) == "of"
        && matches!(
            doc.word(start - 2),
            "mayor" | "governor" | "premier" | "bishop" | "archbishop" | "duke" | "duchess" | "earl" | "sheriff"
        );
    // "the island of Busuanga", "the town of Warren": after a kind of
    // place and "of", the name is that place, even a first name.
    let after_place_noun = honorific_count == 0
        && words.len() <= 3
        && start >= 2
        && doc.word(start - 1) == "of"
        && !doc.token(start - 2).capitalized
        && crate::places::is_place_noun_before_of(doc.word(start - 2));
    if after_place_noun {
        return run.named_as(EntityKind::Place);
    }
    if (after_place_preposition || after_jurisdiction_title)
        && honorific_count == 0
        && match words.as_slice() {
            [one] => !crate::gender::is_common_first_name(one),
            // "in Bernie Sanders supporters": any first name and a word
            // after it are a person.
            [first, _] => !crate::gender::is_first_name(first),
            _ => false,
        }
    {
        return run.named_as(EntityKind::Place);
    }
    ControlFlow::Continue(())
}

/// A name with no title that the gazetteer knows as a large place, and
/// that is not one first name alone.
pub(super) fn place_of_the_first_tier(run: &Run, name: &NameParts) -> Reading {
    let (words, full) = (&run.words, &run.full);
    // "Portland", "Little Rock": a name no word list types, with no title,
    // that the place gazetteer knows as a country, region, capital or city
    // of 100,000 (its tier 1) is a place, not the last resort's person.
    // One word that is also someone's first name ("Aberdeen", "Madison",
    // "Warren") stays a person: on PolNeAR a bare "Paul" or "David" is
    // Paul Ryan or David Koch, not the town. The first-name table holds
    // many words that open two-word places ("Little", "Long", "El"), and
    // almost no two-word place is also a person's full name, so a longer
    // name is not held back by it.
    let known_place = name.honorific_count == 0
        && (words.len() >= 2 || !crate::gender::is_first_name(&words[0]))
        && crate::places::tier(full) == Some(1);
    if known_place {
        return run.named_as(EntityKind::Place);
    }
    ControlFlow::Continue(())
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{check, kinds_of};
    use crate::mentions::{find_mentions, tagged_mentions};
    use readout_record::EntityKind;
    use readout_segment::{segment, Document};

    #[test]
    fn a_first_name_of_either_gender_is_no_listed_place() {
        // "Chandler" is a city of the place table and a first name given to
        // boys and girls alike.
        let seg = segment("Then we met Chandler at the bar.", std::slice::from_ref(&(0..32)));
        let doc = Document::new("Then we met Chandler at the bar.", &seg);
        let kinds: Vec<EntityKind> = find_mentions(&doc, &[]).iter().map(|m| m.kind).collect();
        assert!(!kinds.contains(&EntityKind::Place), "{kinds:?}");
    }

    #[test]
    fn regression_a_states_abbreviation_after_a_town_was_a_person_or_a_body() {
        check(
            "Ann Lee of Austin, Tex., agreed. She left.",
            &["person:Ann Lee", "place:Austin", "place:Tex", "person:She"],
        );
        check(
            "He flew to Hoboken, N.J., and to N.Y. then.",
            &["person:He", "place:Hoboken", "place:N.J.", "place:N.Y."],
        );
        let states: Vec<String> = tagged_mentions("Bob Smith of Fresno, Calif., said so.")
            .iter()
            .filter_map(|m| m.canonical.clone())
            .collect();
        assert_eq!(states, ["Fresno", "California"]);
        // Not where no town and comma stand before it.
        let kinds = kinds_of("Mass shootings are rare, Smith said.");
        assert!(!kinds.iter().any(|k| k.starts_with("place:")), "{kinds:?}");
    }

    #[test]
    fn a_known_place_is_a_place_unless_it_is_one_first_name() {
        // Without the tagger, so that only the word lists and the
        // gazetteer type the names.
        let kinds = |text: &str| -> Vec<String> {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            find_mentions(&doc, &[]).iter().map(|m| format!("{}:{}", m.kind.as_str(), &text[m.bytes.clone()])).collect()
        };
        assert_eq!(kinds("We drove from Portland to Little Rock."), ["place:Portland", "place:Little Rock"]);
        assert_eq!(kinds("Then we met Warren."), ["person:Warren"]);
        // A town of fewer than 100,000 people is left to the last resort.
        assert_eq!(kinds("Then we met Clinton."), ["person:Clinton"]);
    }

    #[test]
    fn what_a_jurisdictions_title_is_of_is_a_place() {
        check(
            "The Minister spoke to the Mayor of Riverton, Ana Pereira.",
            &["person:Minister", "person:Mayor", "place:Riverton", "person:Ana Pereira"],
        );
    }

    #[test]
    fn a_name_after_a_kind_of_place_and_of_is_that_place() {
        check(
            "They lived on the island of Busuanga, in the province of Palawan.",
            &["place:Busuanga", "place:Palawan"],
        );
        // Even a first name: the town, not a man called Warren.
        check("She grew up in the town of Warren.", &["person:She", "place:Warren"]);
    }
}
