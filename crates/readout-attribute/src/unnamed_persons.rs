//! Names for persons the text does not name: a description as written in
//! ("The suspect", "a campaign aide"), the entity name out ("the suspect").
//!
//! The name is the description as written, its determiner in lower case
//! ("the suspect", "Trump's lawyer"). It never reads as a proper name,
//! whose last word is capitalised: the store links no entity with such a
//! name across documents
//! (`readout_entities::clause_words::is_unnamed_person_name`).

/// The entity name of the description `text`.
pub(crate) fn description_name(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match text.split_once(' ') {
        Some((first, rest)) if first.chars().next().is_some_and(char::is_uppercase) => {
            let lower = first.to_lowercase();
            if readout_entities::clause_words::is_determiner(&lower) {
                format!("{lower} {rest}")
            } else {
                text
            }
        }
        _ => text,
    }
}

/// Whether a description's name opens with "the": one that refers back,
/// so that the same words again are the same person ("the suspect … the
/// suspect"), where "a witness … a witness" are two.
pub(crate) fn is_definite(name: &str) -> bool {
    name.starts_with("the ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        assert_eq!(description_name(input), expect);
        assert!(readout_entities::clause_words::is_unnamed_person_name(expect), "{expect}");
    }

    #[test]
    fn a_description_is_named_in_lower_case() {
        check("The suspect", "the suspect");
        check("a campaign\n  aide", "a campaign aide");
        check("Donald Trump's lawyer", "Donald Trump's lawyer");
    }

    #[test]
    fn only_a_definite_description_refers_back() {
        assert!(is_definite("the suspect"));
        assert!(!is_definite("a witness"));
        assert!(!is_definite("theatre critic"));
    }
}
