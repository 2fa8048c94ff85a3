//! Cross-document identity: which global entity a document's entity is.
//!
//! In: one document entity (its canonical name, kind and mention texts) and
//! an open transaction. Out: the id of a row in `entities`, found or created,
//! with the name-like mentions recorded in `aliases`.
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

use rusqlite::{params, Connection, OptionalExtension};

use readout_record::EntityKind;

use crate::identity_memo::IdentityMemo;

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
        let cleaned: String = word
            .chars()
            .filter(|character| !matches!(character, '.' | ',' | '\'' | '’' | '"' | '“' | '”' | '(' | ')' | ';' | ':'))
            .flat_map(char::to_lowercase)
            .collect();
        if cleaned.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&cleaned);
    }
    key
}

/// The key of a non-person name: "The White House" and "White House" agree.
pub fn organization_key(text: &str) -> String {
    let key = name_key(text);
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

fn given_names_agree(first: &str, second: &str) -> bool {
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
    let mut words: Vec<(String, String)> = text
        .split_whitespace()
        .map(|word| (word.to_string(), name_key(word)))
        .filter(|(_, key)| !key.is_empty())
        .collect();
    while words.len() > 1 && HONORIFICS.contains(&words[0].1.as_str()) {
        words.remove(0);
    }
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
    let surname = words[surname_start..].iter().map(|(_, key)| key.as_str()).collect::<Vec<_>>().join(" ");
    let before_surname = &words[..surname_start];
    let given = before_surname.first().map(|(_, key)| key.clone());
    let middles = before_surname.iter().skip(1).map(|(_, key)| key.clone()).collect();
    Some(PersonName { given, middles, surname, suffix })
}

/// The kind a name should be stored under: offices are organizations.
pub fn effective_kind(name: &str, kind: EntityKind) -> EntityKind {
    if OFFICES.contains(&organization_key(name).as_str()) {
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
/// its aliases. `mention_texts` are the texts of the entity's mentions in
/// the document; only the name-like ones become aliases.
pub(crate) fn resolve_entity(
    connection: &Connection,
    memo: &mut IdentityMemo,
    name: &str,
    kind: EntityKind,
    mention_texts: &[&str],
) -> Result<i64, rusqlite::Error> {
    let kind = effective_kind(name, kind);
    let person = if kind == EntityKind::Person { parse_person_name(name) } else { None };
    // See `identity_memo.rs` for why a surname alone is never memoised.
    let memoisable = person.as_ref().is_none_or(|parsed| parsed.given.is_some());
    let memoised = if memoisable { memo.entity(kind, name) } else { None };
    let entity_id = match (memoised, &person) {
        (Some(entity_id), _) => entity_id,
        (None, Some(parsed)) => resolve_person(connection, name, parsed)?,
        (None, None) => resolve_by_key(connection, name, kind)?,
    };
    if memoisable && memoised.is_none() {
        memo.remember_entity(kind, name, entity_id);
    }
    add_alias_once(connection, memo, entity_id, name, kind)?;
    for mention in mention_texts {
        let name_like = match &person {
            Some(parsed) => parse_person_name(mention).is_some_and(|candidate| {
                candidate.surname == parsed.surname
                    && candidate.suffix == parsed.suffix
                    && match (candidate.given.as_deref(), parsed.given.as_deref()) {
                        (None, _) => true,
                        (Some(given), Some(own)) => given_names_agree(given, own),
                        (Some(_), None) => false,
                    }
            }),
            // Organizations and places: capitalised mentions are names
            // ("No 10"), lowercase ones are descriptions ("the government").
            None => {
                let without_article = mention.trim_start_matches("the ").trim_start_matches("The ");
                without_article.chars().next().is_some_and(char::is_uppercase)
                    && !matches!(name_key(mention).as_str(), "it" | "they" | "we")
            }
        };
        if name_like {
            add_alias_once(connection, memo, entity_id, mention, kind)?;
        }
    }
    Ok(entity_id)
}

/// [`add_alias`], skipped when this batch already recorded the same alias.
fn add_alias_once(
    connection: &Connection,
    memo: &mut IdentityMemo,
    entity_id: i64,
    alias: &str,
    kind: EntityKind,
) -> Result<(), rusqlite::Error> {
    if memo.alias_seen(entity_id, alias.trim()) {
        return Ok(());
    }
    add_alias(connection, entity_id, alias, kind)
}

/// Resolves a bare speaker name (a quote whose speaker is not one of the
/// document's entities) as a person, or an organization when it names an
/// office.
pub(crate) fn resolve_speaker_name(
    connection: &Connection,
    memo: &mut IdentityMemo,
    name: &str,
) -> Result<i64, rusqlite::Error> {
    resolve_entity(connection, memo, name, EntityKind::Person, &[])
}

fn merge_rule_target(connection: &Connection, keys: &[&str]) -> Result<Option<i64>, rusqlite::Error> {
    let mut statement = connection.prepare_cached(
        "SELECT r.entity_id FROM identity_rules r JOIN entities e ON e.id = r.entity_id
         WHERE r.rule = 'merge' AND r.alias_key = ?1 ORDER BY r.id DESC LIMIT 1",
    )?;
    for key in keys {
        if let Some(entity_id) = statement.query_row([key], |row| row.get(0)).optional()? {
            return Ok(Some(entity_id));
        }
    }
    Ok(None)
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

struct PersonCandidate {
    id: i64,
    name_key: String,
    /// The entity's own name first, then its person-like aliases.
    names: Vec<PersonName>,
}

impl PersonCandidate {
    fn own_name(&self) -> &PersonName {
        &self.names[0]
    }
}

fn resolve_person(connection: &Connection, name: &str, parsed: &PersonName) -> Result<i64, rusqlite::Error> {
    let stripped_key = parsed.key();
    let raw_key = name_key(name);
    let keys = [stripped_key.as_str(), raw_key.as_str()];
    if let Some(entity_id) = merge_rule_target(connection, &keys)? {
        return Ok(entity_id);
    }

    // Every name a known person with this surname answers to: the entity's
    // own and its aliases (a merge teaches the store "William Jefferson
    // Clinton" is Bill), grouped by entity.
    let mut candidates: Vec<PersonCandidate> = Vec::new();
    {
        let mut statement = connection.prepare_cached(
            "SELECT id, name_key, given_key, suffix_key FROM entities
             WHERE kind = 'person' AND surname_key = ?1
             UNION ALL
             SELECT e.id, e.name_key, a.given_key, a.suffix_key
             FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE e.kind = 'person' AND a.surname_key = ?1 AND a.given_key IS NOT NULL
             ORDER BY 1",
        )?;
        let rows = statement.query_map([&parsed.surname], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, Option<String>>(2)?,
                row.get::<_, Option<String>>(3)?,
            ))
        })?;
        for row in rows {
            let (id, candidate_key, given, suffix) = row?;
            let variant = PersonName { given, middles: Vec::new(), surname: parsed.surname.clone(), suffix };
            match candidates.last_mut() {
                Some(last) if last.id == id => last.names.push(variant),
                _ => {
                    if is_split_from(connection, id, &keys)? {
                        continue;
                    }
                    candidates.push(PersonCandidate { id, name_key: candidate_key, names: vec![variant] });
                }
            }
        }
    }

    if parsed.given.is_some() {
        if let Some(exact) = candidates.iter().find(|candidate| candidate.name_key == stripped_key) {
            return Ok(exact.id);
        }
        let compatible: Vec<&PersonCandidate> = candidates
            .iter()
            .filter(|candidate| candidate.names.iter().any(|name| parsed.same_person_as(name)))
            .collect();
        let same_first_name: Vec<&&PersonCandidate> = compatible
            .iter()
            .filter(|candidate| candidate.names.iter().any(|name| name.given == parsed.given))
            .collect();
        if same_first_name.len() == 1 {
            return Ok(same_first_name[0].id);
        }
        if compatible.len() == 1 {
            return Ok(compatible[0].id);
        }
        if compatible.len() > 1 {
            tracing::debug!(name, candidates = compatible.len(), "ambiguous person name, creating a new entity");
        }
        return insert_entity(connection, name, EntityKind::Person, &stripped_key, Some(parsed));
    }

    // A surname alone. First: an alias written exactly like this that only
    // one person carries ("Mrs. Clinton" seen before as Hillary's).
    let mut alias_owners = Vec::new();
    {
        let mut statement = connection.prepare_cached(
            "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.alias_key = ?1 AND e.kind = 'person' AND e.given_key IS NOT NULL",
        )?;
        let rows = statement.query_map([&raw_key], |row| row.get::<_, i64>(0))?;
        for row in rows {
            let entity_id = row?;
            if !is_split_from(connection, entity_id, &keys)? {
                alias_owners.push(entity_id);
            }
        }
    }
    if alias_owners.len() == 1 {
        return Ok(alias_owners[0]);
    }
    let with_first_name: Vec<&PersonCandidate> = candidates
        .iter()
        .filter(|candidate| candidate.names.iter().any(|name| name.given.is_some() && name.suffix == parsed.suffix))
        .collect();
    // A single word may also be a first name used alone ("Hillary"), so
    // people with it as their first name are candidates too. When several
    // people answer to it, "Clinton" alone is the one the corpus talks about
    // far more often than the others, if there is one, and "Mr." / "Mrs."
    // rule out whoever was called the other.
    let mut ids: Vec<i64> = with_first_name.iter().map(|candidate| candidate.id).collect();
    if parsed.middles.is_empty() && parsed.suffix.is_none() {
        let mut statement = connection.prepare_cached(
            "SELECT id FROM entities INDEXED BY entities_given
             WHERE given_key = ?1 AND kind = 'person' AND surname_key IS NOT NULL",
        )?;
        for id in statement.query_map([&parsed.surname], |row| row.get::<_, i64>(0))? {
            let id = id?;
            if !ids.contains(&id) && !is_split_from(connection, id, &keys)? {
                ids.push(id);
            }
        }
    }
    if ids.len() == 1 {
        return Ok(ids[0]);
    }
    if let Some(entity_id) = dominant_person(connection, &ids, honorific_gender(name))? {
        return Ok(entity_id);
    }
    if let Some(surname_only) =
        candidates.iter().find(|candidate| candidate.own_name().given.is_none() && candidate.name_key == stripped_key)
    {
        return Ok(surname_only.id);
    }
    insert_entity(connection, name, EntityKind::Person, &stripped_key, Some(parsed))
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

/// The gender a name's honorific gives ("Mr.", "Mrs.", "Ms.", "Miss").
fn honorific_gender(name: &str) -> Option<Gender> {
    let key = name_key(name);
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
    ids: &[i64],
    gender: Option<Gender>,
) -> Result<Option<i64>, rusqlite::Error> {
    if ids.is_empty() {
        return Ok(None);
    }
    let mut documents = connection.prepare_cached("SELECT count(*) FROM document_entities WHERE entity_id = ?1")?;
    let mut honorifics = connection.prepare_cached(
        "SELECT coalesce(sum(alias_key LIKE 'mr %'), 0),
                coalesce(sum(alias_key LIKE 'mrs %' OR alias_key LIKE 'ms %' OR alias_key LIKE 'miss %'), 0)
         FROM aliases WHERE entity_id = ?1",
    )?;
    let mut counted: Vec<(i64, i64)> = Vec::with_capacity(ids.len());
    for &id in ids {
        if let Some(gender) = gender {
            let (male, female): (i64, i64) = honorifics.query_row([id], |row| Ok((row.get(0)?, row.get(1)?)))?;
            let contradicts = match gender {
                Gender::Male => female > 0 && male == 0,
                Gender::Female => male > 0 && female == 0,
            };
            if contradicts {
                continue;
            }
        }
        counted.push((documents.query_row([id], |row| row.get(0))?, id));
    }
    counted.sort_unstable_by(|a, b| b.cmp(a));
    Ok(match counted.as_slice() {
        [(top, id)] if *top >= DOMINANT_MIN_DOCUMENTS => Some(*id),
        [(top, id), (second, _), ..] if *top >= DOMINANT_MIN_DOCUMENTS && *top >= DOMINANT_RATIO * second => Some(*id),
        _ => None,
    })
}

fn resolve_by_key(connection: &Connection, name: &str, kind: EntityKind) -> Result<i64, rusqlite::Error> {
    let key = organization_key(name);
    let raw_key = name_key(name);
    let keys = [key.as_str(), raw_key.as_str()];
    if let Some(entity_id) = merge_rule_target(connection, &keys)? {
        return Ok(entity_id);
    }
    let mut owners = Vec::new();
    {
        let mut statement = connection.prepare_cached(
            "SELECT id FROM entities WHERE kind = ?1 AND name_key = ?2
             UNION
             SELECT a.entity_id FROM aliases a CROSS JOIN entities e ON e.id = a.entity_id
             WHERE e.kind = ?1 AND a.alias_key IN (?2, ?3)
             ORDER BY 1",
        )?;
        let rows = statement.query_map(params![kind.as_str(), key, raw_key], |row| row.get::<_, i64>(0))?;
        for row in rows {
            owners.push(row?);
        }
    }
    for owner in owners {
        if !is_split_from(connection, owner, &keys)? {
            return Ok(owner);
        }
    }
    insert_entity(connection, name, kind, &key, None)
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
    let mut statement = connection.prepare_cached(
        "INSERT OR IGNORE INTO aliases (entity_id, alias, alias_key, given_key, surname_key, suffix_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    statement.execute(params![
        entity_id,
        alias,
        key,
        parsed.as_ref().and_then(|parsed| parsed.given.as_deref()),
        parsed.as_ref().map(|parsed| parsed.surname.as_str()),
        parsed.as_ref().and_then(|parsed| parsed.suffix.as_deref()),
    ])?;
    Ok(())
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
        assert_eq!(effective_kind("Downing Street", EntityKind::Person), EntityKind::Organization);
        assert_eq!(effective_kind("The White House", EntityKind::Place), EntityKind::Organization);
        assert_eq!(effective_kind("Keir Starmer", EntityKind::Person), EntityKind::Person);
        assert_eq!(organization_key("The White House"), organization_key("White House"));
    }

    #[test]
    fn empty_and_punctuation_names_do_not_panic() {
        assert_eq!(parse_person_name(""), None);
        assert_eq!(parse_person_name(" . , "), None);
        assert_eq!(name_key("  Mr.   Smith, "), "mr smith");
    }
}
