//! What ingest has already resolved, so repeated names cost no SQL.
//!
//! In: names resolved and aliases recorded while documents are written.
//! Out: the same answers again for later documents. The memo is valid only
//! while no one else writes to the database: each batch runs in a write
//! transaction, and before it the store compares `PRAGMA data_version` with
//! the value after its own last commit; any other writer's commit (an
//! `entities merge`, another ingest) clears the memo. It is also cleared
//! when it grows past [`MEMO_CAPACITY`] names, to bound memory on huge
//! corpora.
//!
//! Only answers that stay right as the store grows are kept: a full person
//! name ("Hillary Clinton") or an organisation or place. A surname alone
//! ("Clinton") is resolved afresh each time, because who it means depends
//! on how many documents each candidate has appeared in, which grows with
//! every document written.

use std::collections::{HashMap, HashSet};

use readout_record::EntityKind;

/// Names (and as many aliases) the memo holds before it starts afresh.
pub(crate) const MEMO_CAPACITY: usize = 200_000;

#[derive(Debug, Default)]
pub(crate) struct IdentityMemo {
    entities: HashMap<(EntityKind, String), i64>,
    aliases: HashSet<(i64, String)>,
    /// `PRAGMA data_version` after this connection's last commit.
    data_version: Option<i64>,
}

impl IdentityMemo {
    /// Keeps the memo only if `data_version_now` equals the value recorded
    /// by [`IdentityMemo::committed`] (no other connection committed since)
    /// and the memo is within its capacity.
    pub(crate) fn validate(&mut self, data_version_now: i64) {
        let others_wrote = self.data_version != Some(data_version_now);
        let full = self.entities.len() > MEMO_CAPACITY || self.aliases.len() > MEMO_CAPACITY;
        if others_wrote || full {
            self.entities.clear();
            self.aliases.clear();
        }
    }

    /// Records `PRAGMA data_version` read right after this connection committed.
    pub(crate) fn committed(&mut self, data_version_after_commit: i64) {
        self.data_version = Some(data_version_after_commit);
    }

    /// Forgets everything (a transaction rolled back).
    pub(crate) fn clear(&mut self) {
        self.entities.clear();
        self.aliases.clear();
        self.data_version = None;
    }

    pub(crate) fn entity(&self, kind: EntityKind, name: &str) -> Option<i64> {
        self.entities.get(&(kind, name.to_string())).copied()
    }

    pub(crate) fn remember_entity(&mut self, kind: EntityKind, name: &str, entity_id: i64) {
        self.entities.insert((kind, name.to_string()), entity_id);
    }

    /// Whether `alias` was already recorded for the entity in this batch;
    /// records it as seen either way.
    pub(crate) fn alias_seen(&mut self, entity_id: i64, alias: &str) -> bool {
        !self.aliases.insert((entity_id, alias.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_entities_by_kind_and_name() {
        let mut memo = IdentityMemo::default();
        memo.remember_entity(EntityKind::Person, "Keir Starmer", 7);
        assert_eq!(memo.entity(EntityKind::Person, "Keir Starmer"), Some(7));
        assert_eq!(memo.entity(EntityKind::Organization, "Keir Starmer"), None);
        assert_eq!(memo.entity(EntityKind::Person, "Starmer"), None);
    }

    #[test]
    fn another_writers_commit_clears_the_memo() {
        let mut memo = IdentityMemo::default();
        memo.validate(1);
        memo.remember_entity(EntityKind::Person, "Keir Starmer", 7);
        memo.committed(1);
        memo.validate(1);
        assert_eq!(memo.entity(EntityKind::Person, "Keir Starmer"), Some(7));
        memo.validate(2);
        assert_eq!(memo.entity(EntityKind::Person, "Keir Starmer"), None);
    }

    #[test]
    fn a_rolled_back_batch_leaves_nothing_behind() {
        let mut memo = IdentityMemo::default();
        memo.committed(1);
        memo.remember_entity(EntityKind::Person, "Keir Starmer", 7);
        memo.clear();
        memo.validate(1);
        assert_eq!(memo.entity(EntityKind::Person, "Keir Starmer"), None);
    }

    #[test]
    fn an_alias_is_new_once_per_entity() {
        let mut memo = IdentityMemo::default();
        assert!(!memo.alias_seen(1, "Sir Keir"));
        assert!(memo.alias_seen(1, "Sir Keir"));
        assert!(!memo.alias_seen(2, "Sir Keir"));
    }
}
