//! First names that share a surname: a document and its mentions in, the
//! mentions with a full name for each first name that borrows the surname
//! of the name after it out.
//!
//! News writing names a couple or siblings once with one surname: "the
//! parents, Khizr and Ghazala Khan", "Bill and Hillary Clinton". The first
//! name alone is no mention at all (a lone capitalised word), so the person
//! it names would be lost, and "Mr. Khan" later would have only Ghazala
//! Khan to join. Each first name becomes the full name it stands for.

use crate::gender::Gender;
use crate::mentions::{without_possessive, Mention, MentionForm};
use readout_record::EntityKind;
use readout_segment::Document;

/// `mentions` (in text order), with "Khizr" of "Khizr and Ghazala Khan" a
/// mention of Khizr Khan: a lone capitalised word right before "and" and a
/// person named with a first name and a surname.
pub(crate) fn with_shared_surnames(doc: &Document, mut mentions: Vec<Mention>) -> Vec<Mention> {
    let mut added: Vec<Mention> = Vec::new();
    for mention in &mentions {
        let (first, _) = mention.tokens;
        let MentionForm::Name { words, honorifics } = &mention.form else { continue };
        if mention.kind != EntityKind::Person || words.len() < 2 || !honorifics.is_empty() || first < 2 {
            continue;
        }
        let (and, other) = (first - 1, first - 2);
        let lone_first_name = doc.word(and) == "and"
            && doc.is_word(other)
            && doc.token(other).capitalized
            // A lone word: "Khizr and", not the end of "Mary Ann and".
            && (other == doc.sentence_bounds(other).0 || !doc.token(other - 1).capitalized);
        if !lone_first_name {
            continue;
        }
        let word = without_possessive(doc.raw(other));
        // A first name the list knows, or failing that ("Khizr") a word the
        // text writes nowhere else: a surname of someone else comes back.
        let written_once = || (0..doc.len()).filter(|&t| without_possessive(doc.raw(t)) == word).count() == 1;
        if Gender::of_first_name(word).is_none() && !written_once() {
            continue;
        }
        // "Warren and Hillary Clinton": a word the text uses as a surname
        // is that person.
        let surname_elsewhere = mentions.iter().any(|m| {
            m.tokens.0 != other
                && matches!(&m.form, MentionForm::Name { words, .. } if words.last().is_some_and(|last| last == word))
        });
        if surname_elsewhere {
            continue;
        }
        // The surname only: "Anna and Mary Jane Watson" are Anna Watson and
        // Mary Jane Watson.
        let Some(surname) = words.last() else { continue };
        let full: Vec<String> = vec![word.to_string(), surname.clone()];
        added.push(Mention {
            tokens: (other, other + 1),
            bytes: doc.token(other).range.clone(),
            kind: EntityKind::Person,
            form: MentionForm::Name { words: full, honorifics: vec![] },
            canonical: None,
            untyped: false,
        });
    }
    if added.is_empty() {
        return mentions;
    }
    // The first name's own reading, if it had one, gives way.
    mentions.retain(|m| !added.iter().any(|a| m.tokens.0 == a.tokens.0));
    mentions.extend(added);
    mentions.sort_by_key(|m| (m.tokens.0, std::cmp::Reverse(m.tokens.1)));
    mentions
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The name words of each person name mention of `text`.
    fn check(text: &str, expect: &[&str]) {
        let got: Vec<String> = crate::mentions::tagged_mentions(text)
            .iter()
            .filter_map(|m| match &m.form {
                MentionForm::Name { words, .. } if m.kind == EntityKind::Person => {
                    Some(format!("{}={}", &text[m.bytes.clone()], words.join(" ")))
                }
                _ => None,
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_first_name_before_and_borrows_the_surname_after() {
        check(
            "The parents, Khizr and Ghazala Khan, spoke on Thursday.",
            &["Khizr=Khizr Khan", "Ghazala Khan=Ghazala Khan"],
        );
        check("Bill and Hillary Clinton arrived.", &["Bill=Bill Clinton", "Hillary Clinton=Hillary Clinton"]);
        check("Anna and Mary Jane Watson arrived.", &["Anna=Anna Watson", "Mary Jane Watson=Mary Jane Watson"]);
    }

    #[test]
    fn a_surname_or_a_full_name_before_and_keeps_its_own() {
        check(
            "Trump and Hillary Clinton debated. Trump won.",
            &["Trump=Trump", "Hillary Clinton=Hillary Clinton", "Trump=Trump"],
        );
        check(
            "Elizabeth Warren spoke. Warren and Hillary Clinton debated.",
            &["Elizabeth Warren=Elizabeth Warren", "Warren=Warren", "Hillary Clinton=Hillary Clinton"],
        );
        check("Mike Pence and Tim Kaine debated.", &["Mike Pence=Mike Pence", "Tim Kaine=Tim Kaine"]);
    }
}
