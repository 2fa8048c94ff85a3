//! Relatives named by their first name: a document, its mentions and the
//! entities they were grouped into (pronouns resolved) in, the entities
//! renamed out.
//!
//! News names a person's family by first name alone, set off after the
//! relation: "his wife, Jane,", "Clinton's husband, Bill,", "Schilling's
//! son, Grant,". The first name is the relative's; the surname is the
//! person's whose relative they are, found through the possessive name or
//! the entity the possessive pronoun was resolved to. So "Jane" is Jane
//! Sanders and "Bill" is Bill Clinton, not a person called Jane.

use crate::grouping::{surname, EntityGroup};
use crate::mentions::{Mention, MentionForm};
use readout_record::EntityKind;
use readout_segment::Document;

/// Nouns of a relation in a family, lower case.
fn is_family_noun(word: &str) -> bool {
    matches!(
        word,
        "wife"
            | "husband"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "father"
            | "mother"
            | "widow"
            | "widower"
            | "stepson"
            | "stepdaughter"
            | "grandson"
            | "granddaughter"
    )
}

/// Give each person known only by a first name set off after "his wife,",
/// "Clinton's son," and the like the surname of the person it is a
/// relative of.
pub(crate) fn name_relatives(doc: &Document, mentions: &[Mention], groups: &mut [EntityGroup]) {
    let group_of = |token: usize, groups: &[EntityGroup]| {
        groups
            .iter()
            .position(|g| g.mentions.iter().any(|&m| mentions[m].tokens.0 <= token && token < mentions[m].tokens.1))
    };
    for index in 0..groups.len() {
        let group = &groups[index];
        if group.kind != EntityKind::Person
            || group.name.contains(' ')
            || crate::gender::Gender::of_first_name(&group.name).is_none()
        {
            continue;
        }
        let surname = group.mentions.iter().find_map(|&m| {
            let mention = &mentions[m];
            let MentionForm::Name { words, honorifics } = &mention.form else { return None };
            let (first, _) = mention.tokens;
            let set_off = words.len() == 1
                && honorifics.is_empty()
                && first >= 3
                && doc.is_punct(first - 1, ",")
                && is_family_noun(doc.word(first - 2));
            if !set_off {
                return None;
            }
            let possessor =
                group_of(first - 3, groups).filter(|&g| g != index && groups[g].kind == EntityKind::Person)?;
            let name_words: Vec<String> = groups[possessor].name.split(' ').map(str::to_string).collect();
            // A one-word name is a surname only if it is no first name
            // ("Trump's wife, Melania,"; not "Hillary" in "her husband, Bill,").
            let one_word_surname = crate::gender::Gender::of_first_name(&groups[possessor].name).is_none();
            surname(&name_words).filter(|_| name_words.len() >= 2 || one_word_surname).cloned()
        });
        if let Some(surname) = surname {
            let renamed = format!("{} {surname}", groups[index].name);
            groups[index].name = renamed;
        }
    }
}

#[cfg(test)]
mod tests {
    /// The names of the entities `text` holds, pronouns resolved.
    fn entity_names(text: &str) -> Vec<String> {
        let seg = readout_segment::segment(text, std::slice::from_ref(&(0..text.len())));
        let doc = readout_segment::Document::new(text, &seg);
        let mentions = crate::find_all_mentions(&doc, &[]);
        let inside = vec![false; doc.len()];
        crate::group(&doc, &mentions, &crate::Context::for_tests(&[], &inside)).into_iter().map(|g| g.name).collect()
    }

    #[test]
    fn a_first_name_set_off_after_a_relation_takes_the_relatives_surname() {
        let names = entity_names("Bernie Sanders spoke. His wife, Jane, said the campaign would go on.");
        assert!(names.contains(&"Jane Sanders".to_string()), "{names:?}");
        let names = entity_names("Hillary Clinton spoke. Clinton's husband, Bill, said she would win.");
        assert!(names.contains(&"Bill Clinton".to_string()), "{names:?}");
    }

    #[test]
    fn regression_a_first_name_was_taken_for_the_relatives_surname() {
        // "her" is Hillary, named by her first name alone: "Bill Hillary"
        // is no one.
        let names = entity_names("Hillary said she would run. Her husband, Bill, said she would win.");
        assert!(!names.contains(&"Bill Hillary".to_string()), "{names:?}");
    }

    #[test]
    fn a_first_name_not_set_off_keeps_its_name() {
        let names = entity_names("Bernie Sanders spoke. Then Jane said the campaign would go on.");
        assert!(names.contains(&"Jane".to_string()), "{names:?}");
    }
}
