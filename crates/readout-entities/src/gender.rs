//! Grammatical gender of people: a first name or an honorific in, whether
//! "he" or "she" can refer to its bearer out (and whether a word is a
//! first name at all).
//!
//! The first-name table (`data/first_names.tsv`, from US birth records;
//! `data/README.md` says how it was made) gives a gender only to names
//! given to one sex at least 85% of the time, so an ambiguous name ("Pat")
//! answers `None` and leaves the decision to the rest of the evidence; it
//! is still a first name.

use std::sync::OnceLock;

/// Which of "he" and "she" can refer to a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// The gender of a third-person singular pronoun, if it has one.
    pub fn of_pronoun(word: &str) -> Option<Gender> {
        match word {
            "he" | "him" | "his" | "himself" => Some(Gender::Male),
            "she" | "her" | "hers" | "herself" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender a noun for a person gives ("businessman", "actress",
    /// "first lady"), if it has one.
    pub fn of_person_noun(word: &str) -> Option<Gender> {
        match word {
            "businessman" | "congressman" | "chairman" | "actor" => Some(Gender::Male),
            "businesswoman" | "congresswoman" | "chairwoman" | "actress" | "lady" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The gender an honorific or title gives ("Mr", "Mrs.", "Sir", "Dame").
    pub fn of_honorific(word: &str) -> Option<Gender> {
        match word.trim_end_matches('.') {
            "mr" | "sir" | "lord" | "king" | "prince" | "congressman" | "father" | "duke" => Some(Gender::Male),
            "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "baroness" | "congresswoman"
            | "duchess" => Some(Gender::Female),
            _ => None,
        }
    }

    /// The usual gender of a first name (any case), from the table.
    pub fn of_first_name(name: &str) -> Option<Gender> {
        first_name_entry(name).flatten()
    }
}

/// Whether a word (any case) is a first name in the table, of either
/// gender or of both ("Kim", "Jordan").
pub(crate) fn is_first_name(name: &str) -> bool {
    first_name_entry(name).is_some()
}

/// Whether a word (any case) is a common first name, given to at least
/// 50,000 US babies: "Austin" and "Madison" alone are more often people
/// than the cities, "Oakland" and "Aberdeen" (a few hundred babies) the
/// cities.
pub(crate) fn is_common_first_name(name: &str) -> bool {
    first_name_entry_with_count(name).is_some_and(|(_, common)| common)
}

/// The table's entry for a first name: `Some(None)` for a name given to
/// boys and girls alike.
fn first_name_entry(name: &str) -> Option<Option<Gender>> {
    first_name_entry_with_count(name).map(|(gender, _)| gender)
}

/// The table's entry for a first name and whether it is a common one.
fn first_name_entry_with_count(name: &str) -> Option<(Option<Gender>, bool)> {
    if name.len() < 2 || !name.chars().all(char::is_alphabetic) {
        return None;
    }
    // Asked of nearly every capitalised word: no allocation where the
    // word is in lower case already.
    let table = first_names();
    if name.bytes().all(|b| b.is_ascii_lowercase()) {
        table.get(name).copied()
    } else {
        table.get(name.to_lowercase().as_str()).copied()
    }
}

type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

/// The table, parsed once: name → gender (none for a name of both) and
/// whether the name is common, borrowed from the embedded file.
fn first_names() -> &'static FastMap<&'static str, (Option<Gender>, bool)> {
    static TABLE: OnceLock<FastMap<&'static str, (Option<Gender>, bool)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/first_names.tsv")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut columns = line.split('\t');
                let (name, sex) = (columns.next()?, columns.next()?);
                let gender = match sex {
                    "m" => Some(Gender::Male),
                    "f" => Some(Gender::Female),
                    "u" => None,
                    _ => return None,
                };
                Some((name, (gender, columns.next() == Some("c"))))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, expect: Option<Gender>) {
        assert_eq!(Gender::of_first_name(name), expect, "{name}");
    }

    #[test]
    fn first_names_from_the_table() {
        check("Hillary", Some(Gender::Female));
        check("Donald", Some(Gender::Male));
        check("KEIR", Some(Gender::Male));
        check("Angela", Some(Gender::Female));
        // Given to boys and girls alike, or not a name at all.
        check("Pat", None);
        check("Jordan", None);
        check("J.", None);
        check("Zzyzx", None);
        // A name of both is still a first name; a word of neither is not.
        assert!(is_first_name("Kim") && is_first_name("Jordan") && is_first_name("Hillary"));
        assert!(!is_first_name("Obamacare") && !is_first_name("Sept"));
        // Common ones, and rare ones that are mostly towns.
        assert!(is_common_first_name("Madison") && is_common_first_name("paul"));
        assert!(is_first_name("Oakland") && !is_common_first_name("Oakland"));
    }

    #[test]
    fn pronouns_and_honorifics() {
        assert_eq!(Gender::of_pronoun("his"), Some(Gender::Male));
        assert_eq!(Gender::of_pronoun("they"), None);
        assert_eq!(Gender::of_honorific("mrs."), Some(Gender::Female));
        assert_eq!(Gender::of_honorific("dr"), None);
    }
}
