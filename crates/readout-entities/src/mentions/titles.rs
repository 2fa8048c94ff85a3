//! Titles off a name: a trimmed run's words in, the parts of a person's
//! name out ([`NameParts`]). Titles and descriptors come off the front
//! ("Sir", "British Prime Minister", "Democrat", "Oscar-winner"), with the
//! places and bodies they are of ("Ohio Gov.", "Labor Secretary", "Wells
//! Fargo CEO") and what an office is of ("Minister of Foreign Affairs");
//! the country a person is of comes off the back ("of India"); middle
//! initials stay out of the canonical words. Where what is left after a
//! descriptor is a known place ("Former Arizona governor"), the run is
//! that place.

use super::run_words::Run;
use super::Reading;
use crate::gazetteer::is_place;
use crate::kind_words::{is_honorific, is_organization_word};
use crate::name_shapes::{is_hyphenated_description, named};
use crate::name_words::{is_department_word, is_descriptor_word, is_initial_word, looks_like_demonym};
use readout_record::EntityKind;
use readout_segment::Document;
use std::ops::ControlFlow;

/// A run's words split into the titles before a person's name, the name,
/// and what comes off after it.
pub(super) struct NameParts {
    /// How many of the run's words, from its front, are titles,
    /// descriptors and the places and bodies they are of.
    pub(super) honorific_count: usize,
    /// Where the person's name ends among the run's words: before "of
    /// India", or at the run's end.
    pub(super) name_end: usize,
    /// The canonical words of the name, without middle initials.
    pub(super) name_words: Vec<String>,
    /// The titles in lower case, with what came off after the name.
    pub(super) honorifics: Vec<String>,
}

impl NameParts {
    /// The parts of the person's name `run` holds, if it holds one.
    pub(super) fn split(run: &Run) -> NameParts {
        let words = &run.words;
        let honorific_count = leading_title_count(words);
        let honorific_count = title_after_a_body_before_a_person(words, honorific_count);
        let honorific_count = office_complement_before_a_person(words, honorific_count);
        let honorific_count = surname_after_a_courtesy_title(words, honorific_count);
        let name_end = country_after_the_name(words, honorific_count);
        let name_words = canonical_name_words(words, honorific_count, name_end);
        // What came off after the name ("of India") stays with the titles: it
        // says the person holds another country's office.
        let honorifics: Vec<String> =
            words[..honorific_count].iter().chain(&words[name_end..]).map(|w| w.to_lowercase()).collect();
        NameParts { honorific_count, name_end, name_words, honorifics }
    }
}

/// Whether `word` is a title or a descriptor that comes off a name.
fn is_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_honorific(lower.trim_end_matches('.'))
        || is_honorific(&lower)
        || is_descriptor_word(&lower)
        || is_hyphenated_description(word)
}

/// How many of `words`, from the front, are titles, descriptors and what
/// they are of.
fn leading_title_count(words: &[String]) -> usize {
    // Titles and descriptors before the name come off it: "Sir", "British
    // Prime Minister", "Democrat", "Ukrainian President".
    // A country word counts only before a title ("British Prime Minister"),
    // so that "Jordan Peterson" keeps his first name.
    let mut honorific_count = 0;
    while honorific_count < words.len() {
        let word = words[honorific_count].as_str();
        // "British Prime Minister", "Ohio Gov. John Kasich", "D.C.
        // Secretary Pompeo" (a dateline glued on): a place before a title
        // is no part of the name.
        // So is the body a title is of: "Labor Secretary Thomas Perez",
        // "House Speaker Paul Ryan", "U.N. Ambassador John Bolton".
        let place_word = readout_offices::country_of_cue(word).is_some()
            || crate::gazetteer::is_place(word)
            || looks_like_demonym(word)
            || is_department_word(&word.to_lowercase())
            || matches!(word, "D.C." | "D.C" | "DC");
        // "State" that ends the run is no title ("State Sen. …") but part
        // of the place's name: "Washington State", "New York State".
        let title_at =
            |at: usize| words.get(at).is_some_and(|next| is_title(next) && !(next == "State" && at + 1 == words.len()));
        let qualifies_title = title_at(honorific_count + 1) && place_word;
        // A place of two words: "New Jersey Gov. Chris Christie".
        let two_word_place = title_at(honorific_count + 2)
            && words.get(honorific_count + 1).is_some_and(|second| {
                crate::gazetteer::is_place(&format!("{word} {second}"))
                    || readout_offices::country_of_cue(&format!("{word} {second}")).is_some()
            });
        if two_word_place {
            honorific_count += 2;
            continue;
        }
        // "Prime Minister of Australia Anthony Albanese", "Secretary of
        // State Mike Pompeo": what the title is of comes off with it.
        let country_after_title = honorific_count > 0
            && word == "of"
            && words
                .get(honorific_count + 1)
                .is_some_and(|next| readout_offices::country_of_cue(next).is_some() || is_title(next))
            && honorific_count + 2 < words.len();
        if country_after_title {
            honorific_count += 2;
            continue;
        }
        // "Former Secretary of State", "Secretary of Homeland Security":
        // what the title is of closes the run, and no name is left.
        let field_closes_the_run = honorific_count > 0
            && word.eq_ignore_ascii_case("of")
            && is_title(&words[honorific_count - 1])
            && (2..=3).contains(&(words.len() - honorific_count))
            && words[honorific_count + 1..]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && crate::gender::Gender::of_first_name(w).is_none());
        if field_closes_the_run {
            return words.len();
        }
        // "Minister of Foreign Affairs Eli Cohen", "Secretary for Home
        // Affairs": the office's last word is no part of the name.
        let affairs = honorific_count > 0
            && word.eq_ignore_ascii_case("affairs")
            && is_title(&words[honorific_count - 1])
            && honorific_count + 1 < words.len();
        if !(is_title(word) || qualifies_title || affairs) {
            break;
        }
        honorific_count += 1;
    }
    honorific_count
}

/// The title count once a body's name and the title after it, before a
/// person's name, are off too.
fn title_after_a_body_before_a_person(words: &[String], mut honorific_count: usize) -> usize {
    // "Manhattan Supreme Court Justice Frank Nervo", "Harvard University
    // President Larry Bacow": a body's name, a title, then a person's name.
    // The body and the title come off; the person is the name.
    if let Some(title_at) = (honorific_count..words.len().saturating_sub(1)).rev().find(|&k| is_title(&words[k])) {
        // "Atlantic City Mayor Don Guardian": words before the title that
        // are no one's first name are the place or body it is of.
        let before = &words[honorific_count..title_at];
        // A first name and a surname after the title make the person
        // whatever the words before it are ("Wells Fargo CEO John Stumpf",
        // though "Wells" is a first name too).
        let full_name_after =
            words.len() - title_at > 2 && crate::gender::Gender::of_first_name(&words[title_at + 1]).is_some();
        let body_before = before.iter().any(|w| is_organization_word(&w.to_lowercase()))
            || !before.is_empty()
                && (full_name_after || before.iter().all(|w| crate::gender::Gender::of_first_name(w).is_none()))
                && crate::gender::Gender::of_honorific(&words[title_at].to_lowercase()).is_none();
        let person_after =
            words[title_at + 1..].iter().all(|w| !is_title(w) && !is_organization_word(&w.to_lowercase()));
        if body_before && person_after && words.len() - title_at - 1 <= 3 {
            honorific_count = title_at + 1;
        }
    }
    honorific_count
}

/// The title count once what an office is of is off too: "Director of
/// National Intelligence James Clapper", "White House Chief of Staff
/// Reince Priebus". After the titles, "of" and the capitalised words up to
/// a first name with a surname after it belong to the office.
fn office_complement_before_a_person(words: &[String], honorific_count: usize) -> usize {
    let Some(of) =
        (honorific_count.max(1)..words.len()).find(|&k| words[k].eq_ignore_ascii_case("of") && is_title(&words[k - 1]))
    else {
        return honorific_count;
    };
    let known_first_name = (of + 2..words.len().saturating_sub(1))
        .take(4)
        .find(|&k| crate::gender::is_common_first_name(&words[k]) && words.len() - k <= 3);
    // Failing a first name the table knows, the last two words, where the
    // office's complement has a word of its own before them.
    let last_two = words.len() >= of + 4
        && words[of + 1..].iter().all(|w| w.starts_with(char::is_uppercase))
        && words[words.len() - 2..].iter().all(|w| {
            !is_title(w)
                && !is_organization_word(&w.to_lowercase())
                && !crate::name_words::is_time_word(&w.to_lowercase())
                && !is_place(w)
        });
    known_first_name.or(last_two.then_some(words.len() - 2)).unwrap_or(honorific_count)
}

/// The title count with a title word after a courtesy title given back to
/// the name as its surname.
fn surname_after_a_courtesy_title(words: &[String], mut honorific_count: usize) -> usize {
    // "Mr. King", "Dr. King": after a courtesy title, a title word that is
    // also a surname is the surname.
    let courtesy =
        |word: &str| matches!(word.to_lowercase().trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss" | "dr");
    if honorific_count == words.len()
        && honorific_count == 2
        && courtesy(&words[0])
        && matches!(words[1].to_lowercase().as_str(), "king" | "prince" | "judge" | "mayor" | "sheriff" | "pastor")
    {
        honorific_count = 1;
    }
    honorific_count
}

/// Where the person's name ends among `words`: before the country the
/// person is of, if one closes the run.
fn country_after_the_name(words: &[String], honorific_count: usize) -> usize {
    let is_country =
        |phrase: &str| readout_offices::country_of_cue(phrase).is_some() || crate::gazetteer::is_place(phrase);
    // "Narendra Modi of India": the country a person is of is not part of
    // their name.
    let mut name_end = words.len();
    for country_words in 1..=3 {
        let of = words.len().saturating_sub(country_words + 1);
        if of > honorific_count && words[of] == "of" && is_country(&words[of + 1..].join(" ")) {
            name_end = of;
            break;
        }
    }
    name_end
}

/// The canonical words of the name between the titles and `name_end`.
fn canonical_name_words(words: &[String], honorific_count: usize, name_end: usize) -> Vec<String> {
    // The canonical name leaves out middle initials: "Donald J. Trump" is
    // Donald Trump (the mention still spans the initial).
    words[honorific_count..name_end]
        .iter()
        .enumerate()
        .filter(|&(position, word)| position == 0 || !is_initial_word(word) || words.len() - honorific_count < 3)
        .map(|(_, word)| word.clone())
        .collect()
}

/// A known place where a descriptor and a title in lower case leave one:
/// "Former Arizona governor Jan Brewer" names Arizona.
pub(super) fn place_left_by_a_descriptor(doc: &Document, run: &Run, name: &NameParts) -> Reading {
    let (start, end, words) = (run.start, run.end, &run.words);
    let (honorific_count, name_end, name_words) = (name.honorific_count, name.name_end, &name.name_words);
    // "Former Arizona governor Jan Brewer": what a descriptor leaves of the
    // run is a place, not a person called Arizona, where a title in lower
    // case follows ("Secretary Austin said" is a person).
    let title_follows = end < doc.len() && !doc.token(end).capitalized && {
        let next = doc.word(end);
        is_honorific(next) || is_descriptor_word(next)
    };
    let place_left = honorific_count > 0
        && title_follows
        && name_end == words.len()
        && !name_words.is_empty()
        && is_place(&name_words.join(" "))
        && words[..honorific_count].iter().all(|w| {
            !matches!(
                w.to_lowercase().trim_end_matches('.'),
                "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady"
            )
        });
    if place_left {
        let place_start = (start..end).filter(|&t| doc.is_word(t)).nth(honorific_count).unwrap_or(start);
        let place_bytes = doc.token(place_start).range.start..run.bytes.end;
        let place = name_words.join(" ");
        return ControlFlow::Break(named(
            (place_start, end),
            place_bytes,
            EntityKind::Place,
            name_words.clone(),
            place,
        ));
    }
    ControlFlow::Continue(())
}

#[cfg(test)]
mod tests {
    use crate::mentions::test_support::{canonical_words, check};
    use crate::mentions::{find_mentions, MentionForm};
    use readout_record::EntityKind;
    use readout_segment::{segment, Document};

    #[test]
    fn what_a_title_is_of_comes_off_the_name() {
        let name_words = |text: &str| {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            let names = crate::NameTagger::builtin().tag(text, &seg);
            let mentions = find_mentions(&doc, &names);
            let person = mentions.iter().find_map(|m| match &m.form {
                MentionForm::Name { words, .. } if m.kind == EntityKind::Person => Some(words.join(" ")),
                _ => None,
            });
            person.unwrap_or_else(|| panic!("{mentions:?}"))
        };
        for (text, name) in [
            ("Then Labor Secretary Thomas Perez spoke to the press about it.", "Thomas Perez"),
            ("Then House Speaker Paul Ryan spoke to the press about it.", "Paul Ryan"),
            ("Then U.N. Ambassador John Bolton spoke to the press about it.", "John Bolton"),
            ("Then New Jersey Gov. Chris Christie spoke to the press about it.", "Chris Christie"),
            ("Then Israeli Minister of Foreign Affairs Eli Cohen spoke to the press.", "Eli Cohen"),
            // A transliteration's mark is no word of the name.
            ("Then Prime Minister Mohammed Shia' al-Sudani spoke to the press.", "Mohammed Shia al-Sudani"),
        ] {
            assert_eq!(name_words(text), name, "{text}");
        }
    }

    #[test]
    fn a_place_and_a_title_before_a_name_come_off_it() {
        let name_words = |text: &str| {
            let seg = segment(text, std::slice::from_ref(&(0..text.len())));
            let doc = Document::new(text, &seg);
            let mentions = find_mentions(&doc, &crate::NameTagger::builtin().tag(text, &seg));
            let MentionForm::Name { words, .. } = &mentions[0].form else { panic!("{mentions:?}") };
            words.join(" ")
        };
        assert_eq!(name_words("Then Atlantic City Mayor Don Guardian spoke."), "Don Guardian");
        // A first name before a title word keeps the name whole.
        assert_eq!(name_words("Then Martin Luther King spoke."), "Martin Luther King");
    }

    #[test]
    fn a_title_word_after_a_courtesy_title_is_a_surname() {
        check("Then Mr. King said so.", &["person:Mr. King"]);
    }

    #[test]
    fn titles_and_countries_come_off_names() {
        // Regressions from government readouts.
        check(
            "Prime Minister Al-Abadi and President Obama met.",
            &["person:Prime Minister Al-Abadi", "person:President Obama"],
        );
        check(
            "Prime Minister and German Chancellor agree to meet",
            &["person:Prime Minister", "person:German Chancellor"],
        );
        let text = "Prime Minister Narendra Modi of India and Secretary of State Mike Pompeo spoke.";
        let names = canonical_words(text);
        assert_eq!(names, [vec!["Narendra", "Modi"], vec!["Mike", "Pompeo"]]);
    }

    #[test]
    fn regression_a_newspapers_name_word_made_a_title_a_body() {
        check("Chief Medical Examiner Barbara Sampson said so.", &["person:Chief Medical Examiner Barbara Sampson"]);
        check("The Orlando Sentinel said so.", &["organization:Orlando Sentinel"]);
    }

    #[test]
    fn regression_a_hyphenated_description_was_a_first_name() {
        let names = canonical_words("Liberal Oscar-winner Susan Sarandon spoke. Nobel-winning Paul Krugman agreed.");
        assert_eq!(names, [vec!["Susan", "Sarandon"], vec!["Paul", "Krugman"]]);
        // Two capitals make a double-barrelled name, which stays whole.
        assert_eq!(canonical_words("Jean-Pierre Raffarin spoke."), [vec!["Jean-Pierre", "Raffarin"]]);
        assert_eq!(canonical_words("Hyun-jin Ryu pitched well."), [vec!["Hyun-jin", "Ryu"]]);
    }

    #[test]
    fn regression_a_place_after_former_was_a_person() {
        check("Former Arizona governor Jan Brewer spoke.", &["place:Arizona", "person:Jan Brewer"]);
    }

    #[test]
    fn regression_a_title_before_a_surname_that_is_a_place_made_a_place() {
        check("Secretary Austin said it.", &["person:Secretary Austin"]);
        check("General Washington said it.", &["person:General Washington"]);
    }

    #[test]
    fn middle_initials_are_not_in_the_canonical_words() {
        let text = "Donald J. Trump spoke to reporters.";
        let seg = segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = Document::new(text, &seg);
        let mentions = find_mentions(&doc, &crate::NameTagger::builtin().tag(text, &seg));
        let MentionForm::Name { words, .. } = &mentions[0].form else { panic!("{mentions:?}") };
        assert_eq!(words, &["Donald", "Trump"]);
    }
}
