//! What identity resolution needs from a document entity's names, worked out
//! from the text alone.
//!
//! In: an entity's canonical name, the kind its document gave it and the
//! texts of its mentions. Out: an [`EntityNames`]: the kind to store, the
//! name's keys and parsed parts, and the aliases to record (the name, then
//! each distinct mention that names the same entity). None of this needs the
//! database, so `prepare.rs` builds it on the worker threads; the single
//! writer only looks things up and inserts rows (`identity.rs`). Parsing
//! names and making keys on the writer was 7% of its instructions.

use readout_record::EntityKind;

use readout_entities::identity::{
    effective_kind, given_names_agree, name_key, organization_key_of, parse_person_name, PersonName,
};

/// One name that may be recorded in `aliases`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AliasName {
    /// The name as written, trimmed.
    pub(crate) text: String,
    /// Its [`name_key`]; empty when nothing name-like is left.
    pub(crate) key: String,
    /// Its parts, when it names a person.
    pub(crate) person: Option<PersonName>,
}

impl AliasName {
    /// A mention of a person named `person`, or of anything else; `None`
    /// when its key lacks the person's surname, so it cannot be one of the
    /// person's names ("he", "the senator"): most mentions, and parsing
    /// them was most of the work here.
    fn for_mention(text: &str, kind: EntityKind, person: Option<&PersonName>) -> Option<AliasName> {
        let text = text.trim();
        let key = name_key(text);
        if person.is_some_and(|person| !key.contains(person.surname.as_str())) {
            return None;
        }
        let person = if kind == EntityKind::Person { parse_person_name(text) } else { None };
        Some(AliasName { text: text.to_string(), key, person })
    }
}

/// A document entity's names, ready for `identity::resolve_entity`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EntityNames {
    /// The canonical name as given: the memo's key and the stored name.
    pub(crate) name: String,
    /// The kind to store: offices are organizations whatever the document said.
    pub(crate) kind: EntityKind,
    /// The name as an alias: its key is the name's raw [`name_key`], its
    /// person the parsed name that resolution compares.
    pub(crate) own: AliasName,
    /// The parsed name's key without honorifics ("hillary rodham clinton");
    /// empty for a name that is not a person's.
    pub(crate) person_key: String,
    /// [`organization_key`](readout_entities::identity::organization_key) of a name that is not a person's; empty otherwise.
    pub(crate) organization_key: String,
    /// Each distinct mention that names this entity (the same surname and
    /// compatible first name for a person; a capitalised mention otherwise).
    pub(crate) mentions: Vec<AliasName>,
}

impl EntityNames {
    pub(crate) fn new(name: &str, document_kind: EntityKind, mention_texts: &[&str]) -> EntityNames {
        // The name's key is made once: the organization key (which also
        // says whether the name is an office) comes from it.
        let text = name.trim();
        let key = name_key(text);
        let organization_key = organization_key_of(key.clone());
        let kind = effective_kind(&organization_key, document_kind);
        let person = if kind == EntityKind::Person { parse_person_name(text) } else { None };
        let own = AliasName { text: text.to_string(), key, person };
        let person_key = own.person.as_ref().map(PersonName::key).unwrap_or_default();
        let organization_key = if own.person.is_none() { organization_key } else { String::new() };
        // A document names an entity the same way many times; judge each
        // spelling once.
        let mut distinct: Vec<&str> = mention_texts.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        let mentions = distinct
            .into_iter()
            // The name itself is recorded first, so the writer would skip it.
            .filter(|mention| mention.trim() != own.text)
            .filter_map(|mention| {
                let alias = AliasName::for_mention(mention, kind, own.person.as_ref())?;
                names_the_entity(&own, mention, &alias).then_some(alias)
            })
            .collect();
        EntityNames { name: name.to_string(), kind, own, person_key, organization_key, mentions }
    }

    /// The parsed name, when the entity is a person with a name.
    pub(crate) fn person(&self) -> Option<&PersonName> {
        self.own.person.as_ref()
    }
}

/// Whether a mention is a name of the entity rather than a description or a
/// pronoun: for a person, the same surname and suffix and no conflicting
/// first name; for anything else (or a person's name that does not parse),
/// a capitalised mention ("No 10"), not a lowercase description ("the
/// government").
fn names_the_entity(own: &AliasName, mention: &str, alias: &AliasName) -> bool {
    match &own.person {
        Some(parsed) => alias.person.as_ref().is_some_and(|candidate| {
            candidate.surname == parsed.surname
                && candidate.suffix == parsed.suffix
                && match (candidate.given.as_deref(), parsed.given.as_deref()) {
                    (None, _) => true,
                    (Some(given), Some(own)) => given_names_agree(given, own),
                    (Some(_), None) => false,
                }
        }),
        None => {
            let without_article = mention.trim_start_matches("the ").trim_start_matches("The ");
            without_article.chars().next().is_some_and(char::is_uppercase)
                && !matches!(alias.key.as_str(), "it" | "they" | "we" | "us" | "our" | "ours" | "i" | "me" | "my")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, kind: EntityKind, mentions: &[&str], expect_aliases: &[&str]) {
        let names = EntityNames::new(name, kind, mentions);
        let aliases: Vec<&str> = names.mentions.iter().map(|alias| alias.text.as_str()).collect();
        assert_eq!(aliases, expect_aliases, "{name}");
    }

    #[test]
    fn a_persons_mentions_with_the_same_surname_are_aliases() {
        check(
            "Keir Starmer",
            EntityKind::Person,
            &["Sir Keir Starmer", "Starmer", "he", "the Prime Minister", "Starmer", "Sir Keir"],
            &["Sir Keir Starmer", "Starmer"],
        );
        check("Donald Trump", EntityKind::Person, &["Donald Trump Jr.", "Melania Trump", "Trump"], &["Trump"]);
        check("Hillary Clinton", EntityKind::Person, &["H. Clinton", "Mrs. Clinton"], &["H. Clinton", "Mrs. Clinton"]);
    }

    #[test]
    fn an_organizations_capitalised_mentions_are_aliases() {
        check(
            "Downing Street",
            EntityKind::Place,
            &["No 10", "the government", "it", "The Downing Street"],
            &["No 10", "The Downing Street"],
        );
    }

    #[test]
    fn offices_are_stored_as_organizations_with_their_keys() {
        let names = EntityNames::new("The White House", EntityKind::Place, &[]);
        assert_eq!(names.kind, EntityKind::Organization);
        assert_eq!(names.organization_key, "white house");
        assert_eq!(names.own.key, "the white house");
        assert_eq!(names.person_key, "");
    }

    #[test]
    fn a_persons_keys_drop_honorifics_only_in_the_person_key() {
        let names = EntityNames::new(" Sir Keir Starmer ", EntityKind::Person, &[]);
        assert_eq!(names.own.text, "Sir Keir Starmer");
        assert_eq!(names.own.key, "sir keir starmer");
        assert_eq!(names.person_key, "keir starmer");
        assert_eq!(names.organization_key, "");
    }
}
