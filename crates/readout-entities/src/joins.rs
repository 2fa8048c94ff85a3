//! Short names joined to long ones: a document's entities in, the same
//! entities out with an organisation's initials ("AP"), a body's word
//! alone ("Police") or a company's first word ("Peabody") moved into the
//! one full name they stand for.

use crate::grouping::EntityGroup;
use readout_record::EntityKind;

/// An organisation named by its initials ("AP", "FBI") is the one the text
/// also names in full ("the Associated Press"), where exactly one full name
/// has those initials; its mentions join that one. So does a body's word
/// alone ("Police") join the one name it heads.
pub(crate) fn join_acronyms(groups: &mut [EntityGroup]) {
    let initials = |name: &str| -> String {
        name.split([' ', '-'])
            .filter(|w| !crate::defined_acronyms::is_name_function_word(&w.to_lowercase()))
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect()
    };
    for acronym in 0..groups.len() {
        let name = groups[acronym].name.replace('.', "");
        let is_acronym = groups[acronym].kind == EntityKind::Organization
            && (2..=6).contains(&name.len())
            && name.chars().all(|c| c.is_ascii_uppercase());
        if !is_acronym {
            continue;
        }
        let full: Vec<usize> = (0..groups.len())
            .filter(|&g| g != acronym && groups[g].kind == EntityKind::Organization && groups[g].name.contains(' '))
            .filter(|&g| initials(&groups[g].name) == name)
            .collect();
        if let [full] = full.as_slice() {
            let mentions = std::mem::take(&mut groups[acronym].mentions);
            groups[*full].mentions.extend(mentions);
        }
    }
    // "Police" named before "the Charlotte-Mecklenburg Police Department":
    // a body's word alone is the one organisation whose name it heads,
    // whichever the text names first.
    for short in 0..groups.len() {
        let word = groups[short].name.to_lowercase();
        let body_word = groups[short].kind == EntityKind::Organization
            && !word.contains(' ')
            && crate::kind_words::is_organization_word(&word);
        if !body_word {
            continue;
        }
        let heads = |name: &str| {
            let words: Vec<&str> = name.split([' ', '-']).collect();
            words.len() <= 5
                && words.iter().rev().take(2).any(|w| w.eq_ignore_ascii_case(&word))
                && stands_for(&word, name)
        };
        let full: Vec<usize> = (0..groups.len())
            .filter(|&g| g != short && groups[g].kind == EntityKind::Organization && groups[g].name.contains(' '))
            .filter(|&g| heads(&groups[g].name))
            .collect();
        if let [full] = full.as_slice() {
            let mentions = std::mem::take(&mut groups[short].mentions);
            groups[*full].mentions.extend(mentions);
        }
    }
    join_first_words(groups);
    join_untyped_to_typed(groups);
}

/// "Carrier" a company in four sentences and, where the tagger and the
/// lists said nothing, a person by default in forty: one name, one entity.
/// A one-word person with nothing marking them as one (no title, no
/// honorific, no first name) joins the organisation or place of the same
/// name, the one with the most mentions.
fn join_untyped_to_typed(groups: &mut [EntityGroup]) {
    for short in 0..groups.len() {
        let group = &groups[short];
        let untyped_person = group.kind == EntityKind::Person
            && group.is_single_word()
            && !group.has_person_evidence()
            && !crate::gender::is_first_name(&group.name)
            && !group.mentions.is_empty();
        if !untyped_person {
            continue;
        }
        let typed = (0..groups.len())
            .filter(|&g| matches!(groups[g].kind, EntityKind::Organization | EntityKind::Place))
            .filter(|&g| groups[g].name.eq_ignore_ascii_case(&groups[short].name) && !groups[g].mentions.is_empty())
            .max_by_key(|&g| (groups[g].mentions.len(), std::cmp::Reverse(g)));
        if let Some(typed) = typed {
            let mentions = std::mem::take(&mut groups[short].mentions);
            groups[typed].mentions.extend(mentions);
        }
    }
}

/// "Peabody" after "Peabody Energy", "Patriot" after "Patriot Coal": news
/// writing shortens a company to its first word. A one-word organisation
/// is the one longer organisation whose name opens with it, where the word
/// is no body's word ("National", "University") that many names share.
fn join_first_words(groups: &mut [EntityGroup]) {
    for short in 0..groups.len() {
        let word = groups[short].name.as_str();
        // A lone word the lists could not type was left a person; one no
        // title, honorific or first name marks as a person may be the
        // company ("Peabody said").
        let untyped_person = groups[short].kind == EntityKind::Person
            && groups[short].is_single_word()
            && !groups[short].has_person_evidence()
            && !crate::gender::is_first_name(word);
        let candidate = (groups[short].kind == EntityKind::Organization || untyped_person)
            && !word.contains(' ')
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().any(char::is_lowercase)
            && !crate::kind_words::is_organization_word(&word.to_lowercase())
            && !opens_many_names(&word.to_lowercase())
            && readout_offices::country_of_cue(word).is_none();
        if !candidate || groups[short].mentions.is_empty() {
            continue;
        }
        let opens_with = |name: &str| {
            let words: Vec<&str> = name.split(' ').collect();
            (2..=4).contains(&words.len()) && words[0] == word
        };
        let full: Vec<usize> = (0..groups.len())
            .filter(|&g| g != short && groups[g].kind == EntityKind::Organization && opens_with(&groups[g].name))
            .collect();
        if let [full] = full.as_slice() {
            let mentions = std::mem::take(&mut groups[short].mentions);
            groups[*full].mentions.extend(mentions);
        }
    }
}

/// Whether a body's word alone can stand for the longer name that holds
/// it. "Senate" is not "Senate Republicans" (a group of people, not the
/// body), and "the House" is a chamber of a legislature, never the White
/// House.
pub(crate) fn stands_for(word: &str, name: &str) -> bool {
    let last = name.rsplit([' ', '-']).next().unwrap_or(name);
    let white_house = word.eq_ignore_ascii_case("house") && name.to_lowercase().ends_with("white house");
    !crate::is_group_word(last) && !white_house
}

/// Adjectives that open the names of many bodies, so that alone they name
/// none of them.
fn opens_many_names(word: &str) -> bool {
    matches!(
        word,
        "national"
            | "international"
            | "united"
            | "federal"
            | "general"
            | "royal"
            | "first"
            | "new"
            | "democratic"
            | "republican"
            | "central"
            | "global"
            | "public"
            | "state"
            | "north"
            | "south"
            | "east"
            | "west"
    )
}

#[cfg(test)]
mod tests {
    use super::join_acronyms;
    use crate::grouping::EntityGroup;
    use readout_record::EntityKind;

    /// The groups' names after joining, each with its mention count, for
    /// groups that kept mentions.
    fn check(names: &[(&str, EntityKind)], expect: &[&str]) {
        let mut groups: Vec<EntityGroup> = names
            .iter()
            .enumerate()
            .map(|(index, &(name, kind))| EntityGroup::organisation_for_test(name, kind, index))
            .collect();
        join_acronyms(&mut groups);
        let got: Vec<String> = groups
            .iter()
            .filter(|g| !g.mentions.is_empty())
            .map(|g| format!("{} {}", g.name, g.mentions.len()))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_companys_first_word_is_the_company() {
        let org = EntityKind::Organization;
        check(&[("Peabody Energy", org), ("Peabody", org)], &["Peabody Energy 2"]);
        // Two names open with it: it stays apart.
        check(
            &[("Patriot Coal", org), ("Patriot Act", org), ("Patriot", org)],
            &["Patriot Coal 1", "Patriot Act 1", "Patriot 1"],
        );
        // A body's word is shared by many names.
        check(&[("National Guard", org), ("National", org)], &["National Guard 1", "National 1"]);
    }

    #[test]
    fn a_lone_word_left_a_person_by_default_is_the_company_it_opens() {
        let (org, person) = (EntityKind::Organization, EntityKind::Person);
        check(&[("Mondelez International", org), ("Mondelez", person)], &["Mondelez International 2"]);
        // A first name is a person's, whatever company bears it.
        check(&[("Ivanka Trump Collection", org), ("Ivanka", person)], &["Ivanka Trump Collection 1", "Ivanka 1"]);
    }

    #[test]
    fn a_bodys_word_joins_the_name_it_heads_but_not_a_group_or_the_white_house() {
        let org = EntityKind::Organization;
        check(
            &[("Charlotte-Mecklenburg Police Department", org), ("Police", org)],
            &["Charlotte-Mecklenburg Police Department 2"],
        );
        // Regression: "the House" (of Representatives) joined the White
        // House, and "the Senate" joined "Senate Republicans".
        check(&[("White House", org), ("House", org)], &["White House 1", "House 1"]);
        check(&[("Senate Republicans", org), ("Senate", org)], &["Senate Republicans 1", "Senate 1"]);
    }

    #[test]
    fn an_untyped_person_joins_the_body_of_the_same_name() {
        let (org, person, place) = (EntityKind::Organization, EntityKind::Person, EntityKind::Place);
        check(
            &[("Carrier", org), ("Carrier", person), ("Carrier", place), ("Carrier", org)],
            &["Carrier 2", "Carrier 1", "Carrier 1"],
        );
        // A first name is evidence of a person.
        check(&[("Jordan", place), ("Jordan", person)], &["Jordan 1", "Jordan 1"]);
    }

    #[test]
    fn initials_skip_small_words() {
        let org = EntityKind::Organization;
        check(&[("Alliance to Reclaim Our Schools", org), ("AROS", org)], &["Alliance to Reclaim Our Schools 2"]);
    }
}
