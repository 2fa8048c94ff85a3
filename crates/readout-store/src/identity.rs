//! Cross-document identity: which global entity a document's entity is.
//!
//! In: one document entity's names, as `entity_names.rs` prepared them from
//! its canonical name, kind and mention texts, and an open transaction.
//! Out: the id of a row in `entities`, found or created, with the name and
//! its name-like mentions recorded in `aliases`.
//!
//! Person names are compared by structure, not by string: honorifics ("Sir",
//! "Mrs.", "President") are dropped, the surname and a distinguishing suffix
//! ("Jr.", "III") must agree, first names must agree (an initial matches a
//! name that starts with it), middle names may differ. A surname alone
//! ("Starmer") joins a known person when exactly one person with that
//! surname is known, or when one of them appears in far more documents than
//! the others and no "Mr."/"Mrs." rules that one out; otherwise it stays
//! apart, because "Clinton" alone could be Bill or Hillary. A lone first
//! name that is nobody's surname ("Hillary") is resolved the same way. User
//! rules from `rules.rs` override all of this: a merge rule routes a name to
//! an entity, a split rule forbids one.

use rusqlite::{params, Connection};

use readout_record::EntityKind;

use crate::entity_names::{AliasName, EntityNames};
use crate::identity_memo::{IdentityMemo, PersonCandidate};

/// Words before a name that say what the person is, not who.
const HONORIFICS: &[&str] = &[
    "sir",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "lord",
    "lady",
    "dame",
    "baroness",
    "baron",
    "president",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "prime",
    "minister",
    "pm",
    "chancellor",
    "secretary",
    "prof",
    "professor",
    "rev",
    "reverend",
    "judge",
    "justice",
    "king",
    "queen",
    "prince",
    "princess",
    "general",
    "gen",
    "col",
    "colonel",
    "capt",
    "captain",
    "sgt",
    "sergeant",
    "lt",
    "ambassador",
    "vice",
    "deputy",
    "former",
    "first",
    "hon",
    "rt",
    "right",
    "honourable",
    "honorable",
    "chief",
    "sheikh",
    "pope",
    "father",
    "rabbi",
    "imam",
    "archbishop",
    "bishop",
    "cardinal",
    "commissioner",
    "speaker",
    "leader",
    "foreign",
    "home",
    "state",
    "of",
    "the",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "democrat",
    "democratic",
    "republican",
    "presidential",
    "candidate",
    "nominee",
    "rival",
    "hopeful",
];

/// Words after a name that are decorations, not part of identity.
const TRAILING_DECORATIONS: &[&str] = &["mp", "mep", "msp", "qc", "kc", "obe", "mbe", "cbe", "kbe", "phd", "md", "esq"];

/// Generational suffixes: these do distinguish people (Donald Trump Jr.).
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Lowercase words that belong to the surname ("Ursula von der Leyen").
const SURNAME_PARTICLES: &[&str] = &[
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
pub(crate) fn organization_key_of(key: String) -> String {
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

pub(crate) fn given_names_agree(first: &str, second: &str) -> bool {
    if first == second {
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
    let honorifics = words
        .iter()
        .take(words.len().saturating_sub(1))
        .take_while(|(_, key)| HONORIFICS.contains(&key.as_str()))
        .count();
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
pub(crate) fn effective_kind(organization_key: &str, kind: EntityKind) -> EntityKind {
    if OFFICES.contains(&organization_key) {
        EntityKind::Organization
    } else {
        kind
    }
}

fn kind_from_str(kind: &str) -> EntityKind {
    match kind {
        "person" => EntityKind::Person,
        "organization" => EntityKind::Organization,
        "place" => EntityKind::Place,
        _ => EntityKind::Other,
    }
}

/// Kept public for queries that parse stored kinds.
pub(crate) fn parse_kind(kind: &str) -> EntityKind {
    kind_from_str(kind)
}

/// Finds or creates the global entity for one document entity and records
/// its aliases: the name, then each name-like mention (worked out by
/// [`EntityNames::new`], off the writer).
pub(crate) fn resolve_entity(
    connection: &Connection,
    memo: &mut IdentityMemo,
    names: &EntityNames,
) -> Result<i64, rusqlite::Error> {
    let name = names.name.as_str();
    let kind = names.kind;
    // See `identity_memo.rs` for why a surname alone is never memoised.
    let memoisable = names.person().is_none_or(|parsed| parsed.given.is_some());
    let memoised = if memoisable { memo.entity(kind, name) } else { None };
    let entity_id = match (memoised, names.person()) {
        (Some(entity_id), _) => entity_id,
        (None, Some(parsed)) => resolve_person(connection, memo, names, parsed)?,
        (None, None) => resolve_by_key(connection, memo, names)?,
    };
    if memoisable && memoised.is_none() {
        memo.remember_entity(kind, name, entity_id);
    }
    add_alias_once(connection, memo, entity_id, &names.own)?;
    for mention in &names.mentions {
        // Already an alias of this entity (the usual case for a name met
        // in earlier documents): nothing to write.
        if memo.alias_recorded(entity_id, &mention.text) {
            continue;
        }
        add_alias_once(connection, memo, entity_id, mention)?;
    }
    Ok(entity_id)
}

/// [`add_alias`] for ingest: skipped when already recorded since the memo
/// was cleared, checked against the memo's rules, and kept in its indexes.
fn add_alias_once(
    connection: &Connection,
    memo: &mut IdentityMemo,
    entity_id: i64,
    alias: &AliasName,
) -> Result<(), rusqlite::Error> {
    if memo.alias_seen(entity_id, &alias.text) {
        return Ok(());
    }
    memo.load_rules(connection)?;
    if alias.key.is_empty() || memo.rules().is_split_from(entity_id, &[alias.key.as_str()]) {
        return Ok(());
    }
    if insert_alias(connection, entity_id, &alias.text, &alias.key, alias.person.as_ref())? {
        memo.alias_row_added(entity_id, &alias.key);
    }
    memo.alias_inserted(entity_id, &alias.key, alias.person.as_ref());
    Ok(())
}

fn is_split_from(connection: &Connection, entity_id: i64, keys: &[&str]) -> Result<bool, rusqlite::Error> {
    let mut statement = connection
        .prepare_cached("SELECT 1 FROM identity_rules WHERE rule = 'split' AND entity_id = ?1 AND alias_key = ?2")?;
    for key in keys {
        if statement.exists(params![entity_id, key])? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// What the known people with a name's surname say about it.
enum PersonMatch {
    Known(i64),
    /// A surname alone that several people answer to: the document counts decide.
    Ambiguous(Vec<i64>),
    New,
}

fn resolve_person(
    connection: &Connection,
    memo: &mut IdentityMemo,
    names: &EntityNames,
    parsed: &PersonName,
) -> Result<i64, rusqlite::Error> {
    let name = names.name.as_str();
    let stripped_key = &names.person_key;
    let raw_key = &names.own.key;
    let keys = [stripped_key.as_str(), raw_key.as_str()];
    memo.load_rules(connection)?;
    if let Some(entity_id) = memo.rules().merge_target(&keys) {
        return Ok(entity_id);
    }
    // Read what the memo does not hold yet, then decide from memory.
    let surname_alone = parsed.given.is_none();
    let first_name_alone = surname_alone && parsed.middles.is_empty() && parsed.suffix.is_none();
    memo.load_people_with_surname(connection, &parsed.surname)?;
    if surname_alone {
        memo.load_people_with_alias(connection, raw_key)?;
    }
    if first_name_alone {
        memo.load_people_with_given_name(connection, &parsed.surname)?;
    }
    let rules = memo.rules();
    let not_split = |id: &i64| !rules.is_split_from(*id, &keys);
    let candidates: Vec<&PersonCandidate> =
        memo.people_with_surname(&parsed.surname).iter().filter(|candidate| not_split(&candidate.id)).collect();
    let decision = if surname_alone {
        let alias_owners: Vec<i64> = memo.people_with_alias(raw_key).iter().copied().filter(not_split).collect();
        let first_name_owners: Vec<i64> = if first_name_alone {
            memo.people_with_given_name(&parsed.surname).iter().copied().filter(not_split).collect()
        } else {
            Vec::new()
        };
        match_surname_alone(parsed, &candidates, &alias_owners, &first_name_owners)
    } else {
        match_full_name(parsed, stripped_key, &candidates)
    };
    let ids = match decision {
        PersonMatch::Known(entity_id) => return Ok(entity_id),
        PersonMatch::Ambiguous(ids) => ids,
        PersonMatch::New => Vec::new(),
    };
    let known_by_surname_alone = surname_alone
        .then(|| {
            candidates
                .iter()
                .find(|candidate| candidate.own_name().given.is_none() && candidate.name_key == *stripped_key)
                .map(|candidate| candidate.id)
        })
        .flatten();
    if let Some(entity_id) = dominant_person(connection, memo, &ids, honorific_gender(raw_key))? {
        return Ok(entity_id);
    }
    if let Some(entity_id) = known_by_surname_alone {
        return Ok(entity_id);
    }
    let entity_id = insert_entity(connection, name, EntityKind::Person, stripped_key, Some(parsed))?;
    memo.entity_inserted(entity_id, stripped_key, Some(parsed));
    Ok(entity_id)
}

/// A name with a first name: the person with exactly this name, else the one
/// compatible person (preferring the same first name over an initial).
fn match_full_name(parsed: &PersonName, stripped_key: &str, candidates: &[&PersonCandidate]) -> PersonMatch {
    if let Some(exact) = candidates.iter().find(|candidate| candidate.name_key == stripped_key) {
        return PersonMatch::Known(exact.id);
    }
    let compatible: Vec<&&PersonCandidate> =
        candidates.iter().filter(|candidate| candidate.names.iter().any(|name| parsed.same_person_as(name))).collect();
    let same_first_name: Vec<&&&PersonCandidate> =
        compatible.iter().filter(|candidate| candidate.names.iter().any(|name| name.given == parsed.given)).collect();
    if same_first_name.len() == 1 {
        return PersonMatch::Known(same_first_name[0].id);
    }
    if compatible.len() == 1 {
        return PersonMatch::Known(compatible[0].id);
    }
    if compatible.len() > 1 {
        tracing::debug!(
            name = stripped_key,
            candidates = compatible.len(),
            "ambiguous person name, creating a new entity"
        );
    }
    PersonMatch::New
}

/// A surname alone. First: an alias written exactly like this that only one
/// person carries ("Mrs. Clinton" seen before as Hillary's). Then the people
/// with this surname and a first name, and (a single word may also be a
/// first name used alone, "Hillary") the people with it as their first
/// name: one of them is the answer, several are for [`dominant_person`].
fn match_surname_alone(
    parsed: &PersonName,
    candidates: &[&PersonCandidate],
    alias_owners: &[i64],
    first_name_owners: &[i64],
) -> PersonMatch {
    if let [owner] = alias_owners {
        return PersonMatch::Known(*owner);
    }
    let mut ids: Vec<i64> = candidates
        .iter()
        .filter(|candidate| candidate.names.iter().any(|name| name.given.is_some() && name.suffix == parsed.suffix))
        .map(|candidate| candidate.id)
        .collect();
    for id in first_name_owners {
        if !ids.contains(id) {
            ids.push(*id);
        }
    }
    match ids.as_slice() {
        [id] => PersonMatch::Known(*id),
        _ => PersonMatch::Ambiguous(ids),
    }
}

/// Documents in which a person must appear, and how many times more than
/// the runner-up, to take a name that several people could answer to.
const DOMINANT_MIN_DOCUMENTS: i64 = 3;
const DOMINANT_RATIO: i64 = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The gender a name's honorific gives ("Mr.", "Mrs.", "Ms.", "Miss"), from
/// the name's [`name_key`].
fn honorific_gender(key: &str) -> Option<Gender> {
    match key.split(' ').next() {
        Some("mr") => Some(Gender::Male),
        Some("mrs" | "ms" | "miss") => Some(Gender::Female),
        _ => None,
    }
}

/// Among `ids`, the person with far more documents than any other, leaving
/// out people only ever called by the other gender's honorific.
fn dominant_person(
    connection: &Connection,
    memo: &mut IdentityMemo,
    ids: &[i64],
    gender: Option<Gender>,
) -> Result<Option<i64>, rusqlite::Error> {
    let mut counted: Vec<(i64, i64)> = Vec::with_capacity(ids.len());
    for &id in ids {
        let weight = memo.person_weight(connection, id)?;
        let contradicts = match gender {
            Some(Gender::Male) => weight.female_aliases > 0 && weight.male_aliases == 0,
            Some(Gender::Female) => weight.male_aliases > 0 && weight.female_aliases == 0,
            None => false,
        };
        if !contradicts {
            counted.push((weight.documents, id));
        }
    }
    counted.sort_unstable_by(|a, b| b.cmp(a));
    Ok(match counted.as_slice() {
        [(top, id)] if *top >= DOMINANT_MIN_DOCUMENTS => Some(*id),
        [(top, id), (second, _), ..] if *top >= DOMINANT_MIN_DOCUMENTS && *top >= DOMINANT_RATIO * second => Some(*id),
        _ => None,
    })
}

fn resolve_by_key(
    connection: &Connection,
    memo: &mut IdentityMemo,
    names: &EntityNames,
) -> Result<i64, rusqlite::Error> {
    let (name, kind) = (names.name.as_str(), names.kind);
    let key = &names.organization_key;
    let raw_key = &names.own.key;
    let keys = [key.as_str(), raw_key.as_str()];
    memo.load_rules(connection)?;
    if let Some(entity_id) = memo.rules().merge_target(&keys) {
        return Ok(entity_id);
    }
    // Simple lookups, merged here: a UNION or an IN list would make SQLite
    // build a temporary table on every call.
    let mut owners: Vec<i64> = Vec::new();
    let mut by_name = connection.prepare_cached("SELECT id FROM entities WHERE kind = ?1 AND name_key = ?2")?;
    for row in by_name.query_map(params![kind.as_str(), key], |row| row.get::<_, i64>(0))? {
        owners.push(row?);
    }
    let mut by_alias = connection.prepare_cached(
        "SELECT a.entity_id FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id
         WHERE a.alias_key = ?1 AND e.kind = ?2",
    )?;
    let alias_keys: &[&str] = if *raw_key == *key { &keys[..1] } else { &keys };
    for alias_key in alias_keys {
        for row in by_alias.query_map(params![alias_key, kind.as_str()], |row| row.get::<_, i64>(0))? {
            owners.push(row?);
        }
    }
    owners.sort_unstable();
    owners.dedup();
    match owners.into_iter().find(|owner| !memo.rules().is_split_from(*owner, &keys)) {
        Some(owner) => Ok(owner),
        None => insert_entity(connection, name, kind, key, None),
    }
}

pub(crate) fn insert_entity(
    connection: &Connection,
    name: &str,
    kind: EntityKind,
    key: &str,
    person: Option<&PersonName>,
) -> Result<i64, rusqlite::Error> {
    let mut statement = connection.prepare_cached(
        "INSERT INTO entities (name, kind, name_key, given_key, surname_key, suffix_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    statement.execute(params![
        name.trim(),
        kind.as_str(),
        key,
        person.and_then(|parsed| parsed.given.as_deref()),
        person.map(|parsed| parsed.surname.as_str()),
        person.and_then(|parsed| parsed.suffix.as_deref()),
    ])?;
    Ok(connection.last_insert_rowid())
}

/// Records `alias` for the entity unless a split rule forbids it; a
/// person's alias keeps its parsed parts so later names can match it.
/// (Ingest goes through [`add_alias_once`], which reads the rules from its
/// memo instead.)
pub(crate) fn add_alias(
    connection: &Connection,
    entity_id: i64,
    alias: &str,
    kind: EntityKind,
) -> Result<(), rusqlite::Error> {
    let alias = alias.trim();
    let key = name_key(alias);
    if key.is_empty() || is_split_from(connection, entity_id, &[key.as_str()])? {
        return Ok(());
    }
    let parsed = if kind == EntityKind::Person { parse_person_name(alias) } else { None };
    insert_alias(connection, entity_id, alias, &key, parsed.as_ref()).map(|_| ())
}

fn insert_alias(
    connection: &Connection,
    entity_id: i64,
    alias: &str,
    key: &str,
    parsed: Option<&PersonName>,
) -> Result<bool, rusqlite::Error> {
    let mut statement = connection.prepare_cached(
        "INSERT OR IGNORE INTO aliases (entity_id, alias, alias_key, given_key, surname_key, suffix_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let inserted = statement.execute(params![
        entity_id,
        alias,
        key,
        parsed.and_then(|parsed| parsed.given.as_deref()),
        parsed.map(|parsed| parsed.surname.as_str()),
        parsed.and_then(|parsed| parsed.suffix.as_deref()),
    ])?;
    Ok(inserted == 1)
}

/// Global entity ids a user-typed name refers to: exact aliases, the
/// honorific-free name, or (for one word) every person with that surname.
pub(crate) fn entity_ids_for_name(connection: &Connection, name: &str) -> Result<Vec<i64>, rusqlite::Error> {
    let raw_key = name_key(name);
    let parsed = parse_person_name(name);
    let stripped_key = parsed.as_ref().map(PersonName::key).unwrap_or_else(|| raw_key.clone());
    let surname_only = parsed.as_ref().filter(|parsed| parsed.given.is_none()).map(|parsed| parsed.surname.clone());
    let mut statement = connection.prepare_cached(
        "SELECT entity_id FROM aliases WHERE alias_key IN (?1, ?2)
         UNION SELECT id FROM entities WHERE name_key IN (?1, ?2, ?3)
         UNION SELECT id FROM entities WHERE kind = 'person' AND surname_key = ?4
         ORDER BY 1",
    )?;
    let rows = statement
        .query_map(params![raw_key, stripped_key, organization_key(name), surname_only], |row| row.get::<_, i64>(0))?;
    rows.collect()
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
