//! What one ingest batch has already resolved, so repeated names cost no SQL.
//!
//! In: names resolved and aliases recorded while a batch is written. Out:
//! the same answers again for the rest of that batch. A batch is one write
//! transaction holding SQLite's write lock, so nothing else can change the
//! entities and rules under it; the memo is dropped with the batch.
//!
//! Only answers that cannot change within a batch are kept: a full person
//! name ("Hillary Clinton") or an organisation or place. A surname alone
//! ("Clinton") is resolved afresh each time, because who it means depends
//! on how many documents each candidate has appeared in, which grows as the
//! batch is written.

use std::collections::{HashMap, HashSet};

use readout_record::EntityKind;

#[derive(Debug, Default)]
pub(crate) struct BatchMemo {
    entities: HashMap<(EntityKind, String), i64>,
    aliases: HashSet<(i64, String)>,
}

impl BatchMemo {
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
        let mut memo = BatchMemo::default();
        memo.remember_entity(EntityKind::Person, "Keir Starmer", 7);
        assert_eq!(memo.entity(EntityKind::Person, "Keir Starmer"), Some(7));
        assert_eq!(memo.entity(EntityKind::Organization, "Keir Starmer"), None);
        assert_eq!(memo.entity(EntityKind::Person, "Starmer"), None);
    }

    #[test]
    fn an_alias_is_new_once_per_entity() {
        let mut memo = BatchMemo::default();
        assert!(!memo.alias_seen(1, "Sir Keir"));
        assert!(memo.alias_seen(1, "Sir Keir"));
        assert!(!memo.alias_seen(2, "Sir Keir"));
    }
}
