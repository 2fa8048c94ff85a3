//! Person and organisation names compared by structure, for telling
//! whether names in different documents are the same entity's: a name in,
//! its lookup key ([`name_key`], [`organization_key`]) or its parts
//! ([`parse_person_name`]: first name, middle names, surname, suffix) out,
//! and whether two parsed names can be one person
//! ([`PersonName::same_person_as`]).
//!
//! Honorifics ("Sir", "Mrs.", "President") are dropped, the surname and a
//! distinguishing suffix ("Jr.", "III") must agree, first names must agree
//! (an initial matches a name that starts with it), middle names may
//! differ. Offices that news text uses as speakers ("Downing Street") are
//! organisations whatever kind a document gave them ([`effective_kind`]).

use readout_record::EntityKind;

/// Words before a name that say what the person is, not who: the titles
/// and honorifics that mentions take off names ([`crate::is_honorific`]:
/// "Sen.", "Sens.", "Whip", ranks), party and race descriptors, and forms
/// of address ("Rt Hon").
fn is_honorific_key(key: &str) -> bool {
    crate::kind_words::is_honorific(key)
        || crate::name_words::is_descriptor_word(key)
        || matches!(
            key,
            "mx" | "hon"
                | "rt"
                | "right"
                | "honourable"
                | "honorable"
                | "of"
                | "the"
                | "presidential"
                | "rival"
                | "hopeful"
                | "pm"
                | "ag"
                | "majority"
                | "minority"
        )
}

/// Words after a name that are decorations, not part of identity.
const TRAILING_DECORATIONS: &[&str] = &["mp", "mep", "msp", "qc", "kc", "obe", "mbe", "cbe", "kbe", "phd", "md", "esq"];

/// Generational suffixes: these do distinguish people (Donald Trump Jr.).
pub(crate) const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Lowercase words that belong to the surname ("Ursula von der Leyen").
pub(crate) const SURNAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "ibn", "al", "el", "dos",
    "das", "ter", "ten",
];

/// Places that news text uses as speakers but that are offices: whatever
/// kind a document gave them, they are organizations.
const OFFICES: &[&str] = &[
    "downing street",
    "number 10",
    "no 10",
    "10 downing street",
    "white house",
    "kremlin",
    "elysee",
    "élysée",
    "elysee palace",
    "pentagon",
    "state department",
    "foreign office",
    "home office",
    "treasury",
    "buckingham palace",
    "whitehall",
    "zhongnanhai",
    "blue house",
];

/// Lowercase, punctuation-free, single-spaced form used for every lookup.
pub fn name_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        // Written straight into the key (ingest calls this for every name
        // and mention); a word that was all punctuation is taken back out.
        let word_start = key.len();
        if word_start > 0 {
            key.push(' ');
        }
        let letters_start = key.len();
        for character in word.chars() {
            if matches!(character, '.' | ',' | '\'' | '’' | '"' | '“' | '”' | '(' | ')' | ';' | ':') {
                continue;
            }
            if character.is_ascii() {
                key.push(character.to_ascii_lowercase());
            } else {
                key.extend(character.to_lowercase());
            }
        }
        if key.len() == letters_start {
            key.truncate(word_start);
        }
    }
    key
}

/// The key of a non-person name: "The White House" and "White House" agree.
pub fn organization_key(text: &str) -> String {
    organization_key_of(name_key(text))
}

/// [`organization_key`] from the text's [`name_key`], for a caller that has
/// the key already.
pub fn organization_key_of(key: String) -> String {
    match key.strip_prefix("the ") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => key,
    }
}

/// A person's name taken apart; every part is a [`name_key`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    pub given: Option<String>,
    pub middles: Vec<String>,
    pub surname: String,
    pub suffix: Option<String>,
}

impl PersonName {
    /// The name without honorifics, as one key: "hillary rodham clinton".
    pub fn key(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        if let Some(given) = &self.given {
            parts.push(given);
        }
        parts.extend(self.middles.iter().map(String::as_str));
        parts.push(&self.surname);
        if let Some(suffix) = &self.suffix {
            parts.push(suffix);
        }
        parts.join(" ")
    }

    /// Same person by name alone: surname and suffix agree, and first names
    /// agree or one is the other's initial. A missing first name is not a
    /// match here; surname-only names are resolved by uniqueness instead.
    pub fn same_person_as(&self, other: &PersonName) -> bool {
        if self.surname != other.surname || self.suffix != other.suffix {
            return false;
        }
        match (&self.given, &other.given) {
            (Some(mine), Some(theirs)) => given_names_agree(mine, theirs),
            _ => false,
        }
    }
}

/// Whether two first names (as [`name_key`]s) are one person's: the same,
/// a name and its short form ("joseph", "joe"), or one is the initial of
/// the other.
pub fn given_names_agree(first: &str, second: &str) -> bool {
    if first == second || crate::name_match::same_given_name(first, second) {
        return true;
    }
    let is_initial = |name: &str| name.chars().count() == 1;
    let first_letter = |name: &str| name.chars().next();
    (is_initial(first) || is_initial(second)) && first_letter(first) == first_letter(second)
}

/// Takes a person's name apart; `None` when nothing name-like is left.
pub fn parse_person_name(text: &str) -> Option<PersonName> {
    // Keep each word's original spelling too: a surname particle is only a
    // particle when written in lowercase ("von der Leyen", not "Van Morrison").
    let mut words: Vec<(&str, String)> =
        text.split_whitespace().map(|word| (word, name_key(word))).filter(|(_, key)| !key.is_empty()).collect();
    let mut honorifics =
        words.iter().take(words.len().saturating_sub(1)).take_while(|(_, key)| is_honorific_key(key)).count();
    // "Tory Burch", "Pastor Maldonado": a first name that is also a title
    // stays where only a surname would be left after it.
    if honorifics > 0 && words.len() - honorifics == 1 && crate::gender::is_first_name(&words[honorifics - 1].1) {
        honorifics -= 1;
    }
    words.drain(..honorifics);
    while words.len() > 1 && TRAILING_DECORATIONS.contains(&words[words.len() - 1].1.as_str()) {
        words.pop();
    }
    let mut suffix = None;
    if words.len() > 1 && SUFFIXES.contains(&words[words.len() - 1].1.as_str()) {
        suffix = words.pop().map(|(_, key)| key);
    }
    if words.is_empty() {
        return None;
    }
    let mut surname_start = words.len() - 1;
    while surname_start > 0 {
        let (original, key) = &words[surname_start - 1];
        let written_lowercase = original.chars().next().is_some_and(char::is_lowercase);
        if written_lowercase && SURNAME_PARTICLES.contains(&key.as_str()) {
            surname_start -= 1;
        } else {
            break;
        }
    }
    // Move the keys out rather than copying them: ingest parses every
    // name-like mention of every entity.
    let mut keys = words.into_iter().map(|(_, key)| key);
    let mut before_surname = keys.by_ref().take(surname_start);
    let given = before_surname.next();
    let middles = before_surname.collect();
    let surname = keys.reduce(|mut surname, part| {
        surname.push(' ');
        surname.push_str(&part);
        surname
    })?;
    Some(PersonName { given, middles, surname, suffix })
}

/// The kind a name should be stored under, given its [`organization_key`]:
/// offices are organizations.
pub fn effective_kind(organization_key: &str, kind: EntityKind) -> EntityKind {
    if OFFICES.contains(&organization_key) {
        EntityKind::Organization
    } else {
        kind
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> PersonName {
        parse_person_name(text).unwrap()
    }

    #[test]
    fn honorifics_and_decorations_are_dropped() {
        assert_eq!(parsed("Sir Keir Starmer").key(), "keir starmer");
        assert_eq!(parsed("Mrs. Clinton").key(), "clinton");
        assert_eq!(parsed("Keir Starmer MP").key(), "keir starmer");
        assert_eq!(parsed("Secretary of State Antony Blinken").key(), "antony blinken");
        assert_eq!(parsed("President Joe Biden").given.as_deref(), Some("joe"));
        // The titles mentions take off names, the plural and the party
        // whip's among them.
        assert_eq!(parsed("Sens. Marco Rubio").key(), "marco rubio");
        assert_eq!(parsed("Majority Whip Steve Scalise").key(), "steve scalise");
        assert_eq!(parsed("Former AG Michael Mukasey").key(), "michael mukasey");
        // A title that is also a first name stays before a lone surname.
        assert_eq!(parsed("Tory Burch").key(), "tory burch");
    }

    #[test]
    fn suffixes_and_particles_are_kept_apart() {
        let junior = parsed("Donald Trump Jr.");
        assert_eq!(junior.suffix.as_deref(), Some("jr"));
        assert_eq!(junior.surname, "trump");
        let commission = parsed("Ursula von der Leyen");
        assert_eq!(commission.surname, "von der leyen");
        assert_eq!(commission.given.as_deref(), Some("ursula"));
        assert_eq!(parsed("von der Leyen").given, None);
        assert_eq!(parsed("Van Morrison").given.as_deref(), Some("van"));
        assert_eq!(parsed("Al Gore").given.as_deref(), Some("al"));
    }

    #[test]
    fn structural_comparison_follows_the_rules() {
        assert!(parsed("Hillary Rodham Clinton").same_person_as(&parsed("Hillary Clinton")));
        assert!(parsed("Donald J. Trump").same_person_as(&parsed("Donald Trump")));
        assert!(parsed("H. Clinton").same_person_as(&parsed("Hillary Clinton")));
        assert!(parsed("Michael Pompeo").same_person_as(&parsed("Mike Pompeo")));
        assert!(!parsed("Bill Clinton").same_person_as(&parsed("Hillary Clinton")));
        assert!(!parsed("Donald Trump Jr.").same_person_as(&parsed("Donald Trump")));
        assert!(!parsed("Melania Trump").same_person_as(&parsed("Donald Trump")));
    }

    #[test]
    fn offices_are_organizations() {
        let kind = |name: &str, kind: EntityKind| effective_kind(&organization_key(name), kind);
        assert_eq!(kind("Downing Street", EntityKind::Person), EntityKind::Organization);
        assert_eq!(kind("The White House", EntityKind::Place), EntityKind::Organization);
        assert_eq!(kind("Keir Starmer", EntityKind::Person), EntityKind::Person);
        assert_eq!(organization_key("The White House"), organization_key("White House"));
    }

    #[test]
    fn empty_and_punctuation_names_do_not_panic() {
        assert_eq!(parse_person_name(""), None);
        assert_eq!(parse_person_name(" . , "), None);
        assert_eq!(name_key("  Mr.   Smith, "), "mr smith");
    }
}
