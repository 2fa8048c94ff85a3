//! User corrections to cross-document identity: merge and split.
//!
//! In: entity ids and alias texts from a user ("these two are one person",
//! "this alias is someone else"). Out: rows moved between entities now, and
//! rows in `identity_rules` that `identity.rs` consults on every later
//! ingest, so re-ingesting a document does not undo the correction.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::identity::{self, parse_kind};
use crate::{Store, StoreError};
use readout_entities::identity::{name_key, organization_key, parse_person_name};

/// Tables whose `entity_id` column points at `entities` (the `mentions`
/// view takes its `entity_id` from `document_entities`).
const ENTITY_REFERENCES: &[(&str, &str)] = &[
    ("document_entities", "entity_id"),
    ("quotes", "speaker_entity_id"),
    ("quotes", "addressee_entity_id"),
    ("quotes", "place_entity_id"),
    ("event_participants", "entity_id"),
    ("events", "place_entity_id"),
];

impl Store {
    /// Makes `absorbed` part of `kept`: its aliases, mentions, quotes and
    /// events move over, it is deleted, and every name it had routes to
    /// `kept` on later ingests.
    pub fn merge_entities(&mut self, kept: i64, absorbed: i64) -> Result<(), StoreError> {
        self.require_entity(kept)?;
        self.require_entity(absorbed)?;
        if kept == absorbed {
            return Ok(());
        }
        // This connection's own commits do not change `data_version`.
        self.identity_memo.clear();
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|error| StoreError::from_sqlite(&self.path, error, self.busy_timeout.as_millis() as u64))?;
        let result = merge_in(&transaction, kept, absorbed).and_then(|()| transaction.commit());
        result.map_err(|error| self.error(error))?;
        tracing::info!(kept, absorbed, "merged entities");
        Ok(())
    }

    /// Takes `alias` away from `entity_id`: a new entity named `alias` gets
    /// the alias and the documents whose entity was named that way, and a
    /// rule keeps the alias from joining `entity_id` again. Returns the new
    /// entity's id.
    pub fn split_alias(&mut self, entity_id: i64, alias: &str) -> Result<i64, StoreError> {
        self.require_entity(entity_id)?;
        // This connection's own commits do not change `data_version`.
        self.identity_memo.clear();
        let key = name_key(alias);
        let has_alias: bool = self
            .connection
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM aliases WHERE entity_id = ?1 AND alias_key = ?2)
                     OR EXISTS (SELECT 1 FROM entities WHERE id = ?1 AND name_key = ?3)",
                params![entity_id, key, organization_key(alias)],
                |row| row.get(0),
            )
            .map_err(|error| self.error(error))?;
        if !has_alias || key.is_empty() {
            return Err(StoreError::UnknownAlias {
                path: self.path.as_path().into(),
                entity_id,
                alias: alias.to_string(),
            });
        }
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|error| StoreError::from_sqlite(&self.path, error, self.busy_timeout.as_millis() as u64))?;
        let result =
            split_in(&transaction, entity_id, alias, &key).and_then(|new_id| transaction.commit().map(|()| new_id));
        let new_id = result.map_err(|error| self.error(error))?;
        tracing::info!(entity_id, alias, new_id, "split alias into its own entity");
        Ok(new_id)
    }

    fn require_entity(&self, entity_id: i64) -> Result<(), StoreError> {
        let exists = self
            .connection
            .query_row("SELECT 1 FROM entities WHERE id = ?1", [entity_id], |_| Ok(()))
            .optional()
            .map_err(|error| self.error(error))?;
        match exists {
            Some(()) => Ok(()),
            None => Err(StoreError::UnknownEntity { path: self.path.as_path().into(), entity_id }),
        }
    }
}

fn add_rule(
    connection: &Connection,
    rule: &str,
    entity_id: i64,
    alias: &str,
    key: &str,
) -> Result<(), rusqlite::Error> {
    connection.execute(
        "INSERT OR REPLACE INTO identity_rules (rule, entity_id, alias, alias_key, created_at)
         VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
        params![rule, entity_id, alias, key],
    )?;
    Ok(())
}

fn merge_in(connection: &Connection, kept: i64, absorbed: i64) -> Result<(), rusqlite::Error> {
    let kept_kind: String =
        connection.query_row("SELECT kind FROM entities WHERE id = ?1", [kept], |row| row.get(0))?;
    let kept_kind = parse_kind(&kept_kind);
    for (table, column) in ENTITY_REFERENCES {
        connection
            .execute(&format!("UPDATE {table} SET {column} = ?1 WHERE {column} = ?2"), params![kept, absorbed])?;
    }
    let (absorbed_name, absorbed_kind): (String, String) =
        connection.query_row("SELECT name, kind FROM entities WHERE id = ?1", [absorbed], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?;
    // Every name the absorbed entity answered to, plus its structural key
    // (honorifics stripped), becomes a merge rule for the kept one.
    let mut names: Vec<(String, String)> = {
        let mut statement = connection.prepare("SELECT alias, alias_key FROM aliases WHERE entity_id = ?1")?;
        let rows = statement.query_map([absorbed], |row| Ok((row.get(0)?, row.get(1)?)))?;
        rows.collect::<Result<_, _>>()?
    };
    let structural_key = match parse_kind(&absorbed_kind) {
        readout_record::EntityKind::Person => parse_person_name(&absorbed_name).map(|parsed| parsed.key()),
        _ => Some(organization_key(&absorbed_name)),
    };
    names.push((absorbed_name.clone(), name_key(&absorbed_name)));
    if let Some(key) = structural_key {
        names.push((absorbed_name.clone(), key));
    }
    // Existing rules that named the absorbed entity now name the kept one.
    connection
        .execute("UPDATE OR REPLACE identity_rules SET entity_id = ?1 WHERE entity_id = ?2", params![kept, absorbed])?;
    for (alias, key) in &names {
        connection.execute(
            "DELETE FROM identity_rules WHERE rule = 'split' AND entity_id = ?1 AND alias_key = ?2",
            params![kept, key],
        )?;
        add_rule(connection, "merge", kept, alias, key)?;
        identity::add_alias(connection, kept, alias, kept_kind)?;
    }
    connection.execute("DELETE FROM entities WHERE id = ?1", [absorbed])?;
    Ok(())
}

fn split_in(connection: &Connection, entity_id: i64, alias: &str, key: &str) -> Result<i64, rusqlite::Error> {
    let kind: String =
        connection.query_row("SELECT kind FROM entities WHERE id = ?1", [entity_id], |row| row.get(0))?;
    let kind = parse_kind(&kind);
    let parsed = if kind == readout_record::EntityKind::Person { parse_person_name(alias) } else { None };
    let structural_key = match &parsed {
        Some(parsed) => parsed.key(),
        None => organization_key(alias),
    };
    // The rules first, so that add_alias below already respects them.
    connection.execute(
        "DELETE FROM identity_rules WHERE rule = 'merge' AND entity_id = ?1 AND alias_key IN (?2, ?3)",
        params![entity_id, key, structural_key],
    )?;
    add_rule(connection, "split", entity_id, alias, key)?;
    if structural_key != key {
        add_rule(connection, "split", entity_id, alias, &structural_key)?;
    }
    let new_id = identity::insert_entity(connection, alias, kind, &structural_key, parsed.as_ref())?;
    add_rule(connection, "merge", new_id, alias, key)?;
    if structural_key != key {
        add_rule(connection, "merge", new_id, alias, &structural_key)?;
    }
    connection.execute(
        "DELETE FROM aliases WHERE entity_id = ?1 AND alias_key IN (?2, ?3)",
        params![entity_id, key, structural_key],
    )?;
    identity::add_alias(connection, new_id, alias, kind)?;

    // Documents whose own entity carried this name now point at the new one.
    let moved_documents = "SELECT document_rowid, local_id FROM document_entities
         WHERE entity_id = ?1 AND lower(trim(name)) IN (SELECT name FROM moved_names)";
    connection.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS moved_names (name TEXT PRIMARY KEY); DELETE FROM moved_names;",
    )?;
    {
        let mut names = connection.prepare("SELECT DISTINCT name FROM document_entities WHERE entity_id = ?1")?;
        let rows = names.query_map([entity_id], |row| row.get::<_, String>(0))?;
        let mut insert = connection.prepare("INSERT OR IGNORE INTO moved_names (name) VALUES (?1)")?;
        for name in rows {
            let name = name?;
            let other_structural_key = match &parsed {
                Some(_) => parse_person_name(&name).map(|other| other.key()).unwrap_or_default(),
                None => organization_key(&name),
            };
            let same = name_key(&name) == key || other_structural_key == structural_key;
            if same {
                insert.execute([name.trim().to_lowercase()])?;
            }
        }
    }
    // A speaker or addressee moves with its document's entity, or, named
    // without one, when its name is one of the moved names.
    for role in ["speaker", "addressee"] {
        connection.execute(
            &format!(
                "UPDATE quotes SET {role}_entity_id = ?2 WHERE {role}_entity_id = ?1 AND (
                     (document_rowid, {role}_local_id) IN ({moved_documents})
                     OR ({role}_local_id IS NULL AND lower(trim({role}_name)) IN (SELECT name FROM moved_names)))"
            ),
            params![entity_id, new_id],
        )?;
    }
    // Where a quote was said and where an event happened.
    for table in ["quotes", "events"] {
        connection.execute(
            &format!(
                "UPDATE {table} SET place_entity_id = ?2
                 WHERE place_entity_id = ?1 AND (document_rowid, place_local_id) IN ({moved_documents})"
            ),
            params![entity_id, new_id],
        )?;
    }
    connection.execute(
        &format!(
            "UPDATE event_participants SET entity_id = ?2 WHERE entity_id = ?1 AND (
                 (SELECT document_rowid FROM events WHERE events.id = event_id), local_entity_id) IN ({moved_documents})"
        ),
        params![entity_id, new_id],
    )?;
    connection.execute(
        &format!("UPDATE document_entities SET entity_id = ?2 WHERE entity_id = ?1 AND (document_rowid, local_id) IN ({moved_documents})"),
        params![entity_id, new_id],
    )?;
    connection.execute_batch("DELETE FROM moved_names;")?;
    Ok(new_id)
}
