//! Cross-document identity: which global entity a document's entity is.
//!
//! In: one document entity's names, as `entity_names.rs` prepared them from
//! its canonical name, kind and mention texts, and an open transaction.
//! Out: the id of a row in `entities`, found or created, with the name and
//! its name-like mentions recorded in `aliases`.
//!
//! How names compare, and which known person a name is, are decided by
//! `readout_entities::identity` (person names compared by structure, not by
//! string; a surname alone joins a known person only when one person
//! answers to it or one dominates by documents); this module reads the
//! candidates from the memo and the database, and writes the answer. User
//! rules from `rules.rs` override all of this: a merge rule routes a name to
//! an entity, a split rule forbids one.

use rusqlite::{params, Connection};

use readout_entities::identity::{
    self, honorific_gender, match_full_name, match_surname_alone, name_key, organization_key, parse_person_name,
    PersonCandidate, PersonMatch, PersonName, PersonWeight,
};
use readout_entities::Gender;
use readout_record::EntityKind;

use crate::entity_names::{AliasName, EntityNames};
use crate::identity_memo::IdentityMemo;

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

/// Among `ids`, the person with far more documents than any other, leaving
/// out people only ever called by the other gender's honorific (the rule is
/// [`identity::dominant_person`]; the weights come from the memo).
fn dominant_person(
    connection: &Connection,
    memo: &mut IdentityMemo,
    ids: &[i64],
    gender: Option<Gender>,
) -> Result<Option<i64>, rusqlite::Error> {
    let mut weights: Vec<(i64, PersonWeight)> = Vec::with_capacity(ids.len());
    for &id in ids {
        weights.push((id, memo.person_weight(connection, id)?));
    }
    Ok(identity::dominant_person(&weights, gender))
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
