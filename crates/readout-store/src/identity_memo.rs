//! What ingest already knows about identities, so most names cost no SQL.
//!
//! In: names resolved, entities created and aliases recorded while
//! documents are written, and rows read from the store the first time a
//! surname, first name or alias is asked about. Out: the same answers
//! again, from memory, for later documents.
//!
//! It holds five kinds of knowledge, each kept in step with what this
//! connection writes:
//!
//! - full names already resolved ("Hillary Clinton", an organisation or a
//!   place), and the aliases already recorded for each entity;
//! - for a surname, every person who answers to it, with the first names
//!   and suffixes of their own name and of their aliases (the candidates
//!   `identity.rs` compares a new name against);
//! - for a first name, the people who have it, and for an alias key, the
//!   people (with a first name) who carry it; both serve a surname or first
//!   name used alone;
//! - for each person weighed between such candidates, how many documents
//!   link them and how many of their aliases carry "Mr" or "Mrs", "Ms",
//!   "Miss" ([`PersonWeight`]), counted up as links and aliases are written;
//! - the user's merge and split rules (`identity_rules`, usually empty).
//!
//! A surname alone ("Clinton") is never memoised as an answer, because who
//! it means depends on how many documents each candidate has appeared in,
//! which grows with every document written; its candidates and their
//! weights are kept, and the choice among them is made afresh.
//!
//! The memo is valid only while no one else writes to the database: each
//! batch runs in a write transaction, and before it the store compares
//! `PRAGMA data_version` with the value after its own last commit; any other
//! writer's commit (an `entities merge` from another process, another
//! ingest) clears the memo, as do this store's own merges and splits and a
//! rolled-back batch. It is also cleared when it grows past
//! [`MEMO_CAPACITY`] entries, to bound memory on huge corpora.

use readout_record::EntityKind;
use rusqlite::Connection;

use readout_entities::identity::{PersonCandidate, PersonName, PersonWeight};

/// The memo is looked up several times per entity and alias; with std's
/// SipHash the hashing alone was 2% of the writer's instructions.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<T> = std::collections::HashSet<T, foldhash::fast::RandomState>;

/// Entries (names, aliases, candidates) the memo holds before it starts afresh.
pub(crate) const MEMO_CAPACITY: usize = 200_000;

/// The user's identity rules, as ingest consults them.
#[derive(Debug, Default)]
pub(crate) struct RuleSnapshot {
    /// Alias key to the entity the newest merge rule routes it to.
    merges: HashMap<String, i64>,
    /// (entity, alias key) pairs a split rule keeps apart.
    splits: HashSet<(i64, String)>,
}

impl RuleSnapshot {
    /// The entity a merge rule routes the first of `keys` that has one to.
    pub(crate) fn merge_target(&self, keys: &[&str]) -> Option<i64> {
        keys.iter().find_map(|key| self.merges.get(*key).copied())
    }

    /// Whether a split rule keeps any of `keys` away from the entity.
    pub(crate) fn is_split_from(&self, entity_id: i64, keys: &[&str]) -> bool {
        !self.splits.is_empty() && keys.iter().any(|key| self.splits.contains(&(entity_id, (*key).to_string())))
    }
}

#[derive(Debug, Default)]
pub(crate) struct IdentityMemo {
    /// Kind, then name as given, to its entity; nested so that a lookup
    /// borrows the name instead of allocating a key.
    entities: HashMap<EntityKind, HashMap<Box<str>, i64>>,
    /// Entity to the aliases recorded for it.
    aliases: HashMap<i64, HashSet<Box<str>>>,
    /// Surname key to its candidates, ordered by entity id.
    people_by_surname: HashMap<String, Vec<PersonCandidate>>,
    /// First-name key to the people (with a surname) who have it.
    people_by_given_name: HashMap<String, Vec<i64>>,
    /// Alias key to the people with a first name who carry it.
    alias_owners: HashMap<String, Vec<i64>>,
    rules: Option<RuleSnapshot>,
    /// Person to what [`PersonWeight`] counts, for the people weighed so
    /// far and those created since the memo was last cleared.
    person_weights: HashMap<i64, PersonWeight>,
    /// People linked by the document being written whose `document_entities`
    /// rows are not written yet (ingest writes a document's links together).
    unwritten_links: Vec<i64>,
    /// `PRAGMA data_version` after this connection's last commit.
    data_version: Option<i64>,
}

impl IdentityMemo {
    /// Keeps the memo only if `data_version_now` equals the value recorded
    /// by [`IdentityMemo::committed`] (no other connection committed since)
    /// and the memo is within its capacity.
    pub(crate) fn validate(&mut self, data_version_now: i64) {
        let others_wrote = self.data_version != Some(data_version_now);
        if others_wrote || self.len() > MEMO_CAPACITY {
            self.forget_contents();
        }
    }

    fn len(&self) -> usize {
        self.entities.values().map(HashMap::len).sum::<usize>()
            + self.aliases.values().map(HashSet::len).sum::<usize>()
            + self.people_by_surname.values().map(Vec::len).sum::<usize>()
            + self.people_by_given_name.len()
            + self.alias_owners.len()
            + self.person_weights.len()
    }

    fn forget_contents(&mut self) {
        self.entities.clear();
        self.aliases.clear();
        self.people_by_surname.clear();
        self.people_by_given_name.clear();
        self.alias_owners.clear();
        self.person_weights.clear();
        self.unwritten_links.clear();
        self.rules = None;
    }

    /// Records `PRAGMA data_version` read right after this connection committed.
    pub(crate) fn committed(&mut self, data_version_after_commit: i64) {
        self.data_version = Some(data_version_after_commit);
    }

    /// Forgets everything (a transaction rolled back, or rules changed).
    pub(crate) fn clear(&mut self) {
        self.forget_contents();
        self.data_version = None;
    }

    pub(crate) fn entity(&self, kind: EntityKind, name: &str) -> Option<i64> {
        self.entities.get(&kind).and_then(|names| names.get(name)).copied()
    }

    pub(crate) fn remember_entity(&mut self, kind: EntityKind, name: &str, entity_id: i64) {
        self.entities.entry(kind).or_default().insert(name.into(), entity_id);
    }

    /// Whether `alias` was already recorded for the entity since the memo
    /// was last cleared; records it as seen either way.
    pub(crate) fn alias_seen(&mut self, entity_id: i64, alias: &str) -> bool {
        let recorded = self.aliases.entry(entity_id).or_default();
        if recorded.contains(alias) {
            return true;
        }
        recorded.insert(alias.into());
        false
    }

    /// Whether `alias` was already recorded for the entity since the memo
    /// was last cleared, without recording it.
    pub(crate) fn alias_recorded(&self, entity_id: i64, alias: &str) -> bool {
        self.aliases.get(&entity_id).is_some_and(|recorded| recorded.contains(alias))
    }

    /// Reads the user's rules from the store unless the memo holds them.
    pub(crate) fn load_rules(&mut self, connection: &Connection) -> Result<(), rusqlite::Error> {
        if self.rules.is_none() {
            let mut snapshot = RuleSnapshot::default();
            let mut statement = connection.prepare_cached(
                "SELECT r.rule, r.entity_id, r.alias_key, e.id IS NOT NULL FROM identity_rules r
                 LEFT JOIN entities e ON e.id = r.entity_id ORDER BY r.id",
            )?;
            let rows =
                statement.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?, row.get(3)?)))?;
            for row in rows {
                let (rule, entity_id, alias_key, entity_exists): (String, i64, String, bool) = row?;
                match rule.as_str() {
                    // A merge into a deleted entity routes nowhere; among
                    // the others the newest wins.
                    "merge" if entity_exists => {
                        snapshot.merges.insert(alias_key, entity_id);
                    }
                    "merge" => {}
                    _ => {
                        snapshot.splits.insert((entity_id, alias_key));
                    }
                }
            }
            self.rules = Some(snapshot);
        }
        Ok(())
    }

    /// The rules read by [`IdentityMemo::load_rules`] (none before it).
    pub(crate) fn rules(&self) -> &RuleSnapshot {
        static NO_RULES: std::sync::LazyLock<RuleSnapshot> = std::sync::LazyLock::new(RuleSnapshot::default);
        self.rules.as_ref().unwrap_or(&NO_RULES)
    }

    /// Reads every person who answers to `surname` unless the memo holds them.
    pub(crate) fn load_people_with_surname(
        &mut self,
        connection: &Connection,
        surname: &str,
    ) -> Result<(), rusqlite::Error> {
        if !self.people_by_surname.contains_key(surname) {
            let candidates = load_people_with_surname(connection, surname)?;
            self.people_by_surname.insert(surname.to_string(), candidates);
        }
        Ok(())
    }

    /// The people read by [`IdentityMemo::load_people_with_surname`], by id.
    pub(crate) fn people_with_surname(&self, surname: &str) -> &[PersonCandidate] {
        self.people_by_surname.get(surname).map(Vec::as_slice).unwrap_or_default()
    }

    /// Reads the people (with a surname) whose first name is `given`
    /// unless the memo holds them.
    pub(crate) fn load_people_with_given_name(
        &mut self,
        connection: &Connection,
        given: &str,
    ) -> Result<(), rusqlite::Error> {
        load_ids_once(
            &mut self.people_by_given_name,
            connection,
            "SELECT id FROM entities INDEXED BY entities_given
             WHERE given_key = ?1 AND kind = 'person' AND surname_key IS NOT NULL ORDER BY id",
            given,
        )
    }

    /// The people read by [`IdentityMemo::load_people_with_given_name`].
    pub(crate) fn people_with_given_name(&self, given: &str) -> &[i64] {
        self.people_by_given_name.get(given).map(Vec::as_slice).unwrap_or_default()
    }

    /// Reads the people with a first name who carry an alias with key
    /// `alias_key` unless the memo holds them.
    pub(crate) fn load_people_with_alias(
        &mut self,
        connection: &Connection,
        alias_key: &str,
    ) -> Result<(), rusqlite::Error> {
        load_ids_once(
            &mut self.alias_owners,
            connection,
            "SELECT DISTINCT a.entity_id FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.alias_key = ?1 AND e.kind = 'person' AND e.given_key IS NOT NULL ORDER BY 1",
            alias_key,
        )
    }

    /// The people read by [`IdentityMemo::load_people_with_alias`].
    pub(crate) fn people_with_alias(&self, alias_key: &str) -> &[i64] {
        self.alias_owners.get(alias_key).map(Vec::as_slice).unwrap_or_default()
    }

    /// The person's [`PersonWeight`], read from the store unless the memo holds it.
    pub(crate) fn person_weight(
        &mut self,
        connection: &Connection,
        entity_id: i64,
    ) -> Result<PersonWeight, rusqlite::Error> {
        if let Some(weight) = self.person_weights.get(&entity_id) {
            return Ok(*weight);
        }
        let documents: i64 = connection
            .prepare_cached("SELECT count(*) FROM document_entities WHERE entity_id = ?1")?
            .query_row([entity_id], |row| row.get(0))?;
        let (male_aliases, female_aliases) = connection
            .prepare_cached(
                "SELECT coalesce(sum(alias_key LIKE 'mr %'), 0),
                        coalesce(sum(alias_key LIKE 'mrs %' OR alias_key LIKE 'ms %' OR alias_key LIKE 'miss %'), 0)
                 FROM aliases WHERE entity_id = ?1",
            )?
            .query_row([entity_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        let unwritten = self.unwritten_links.iter().filter(|linked| **linked == entity_id).count() as i64;
        let weight = PersonWeight { documents: documents + unwritten, male_aliases, female_aliases };
        self.person_weights.insert(entity_id, weight);
        Ok(weight)
    }

    /// Keeps [`PersonWeight`]s in step with a row for `document_entities`
    /// that the caller writes later, before the next document, and then
    /// reports with [`IdentityMemo::links_written`].
    pub(crate) fn document_linked(&mut self, entity_id: i64) {
        self.unwritten_links.push(entity_id);
        if let Some(weight) = self.person_weights.get_mut(&entity_id) {
            weight.documents += 1;
        }
    }

    /// The rows announced by [`IdentityMemo::document_linked`] are written.
    pub(crate) fn links_written(&mut self) {
        self.unwritten_links.clear();
    }

    /// Keeps [`PersonWeight`]s in step with a new row in `aliases` (one that
    /// was not there before: `INSERT OR IGNORE` may have added nothing).
    pub(crate) fn alias_row_added(&mut self, entity_id: i64, alias_key: &str) {
        if let Some(weight) = self.person_weights.get_mut(&entity_id) {
            weight.count_alias(alias_key);
        }
    }

    /// Forgets every [`PersonWeight`] (a document's links were deleted).
    pub(crate) fn forget_person_weights(&mut self) {
        self.person_weights.clear();
    }

    /// Keeps the indexes in step with a new row in `entities`.
    pub(crate) fn entity_inserted(&mut self, entity_id: i64, name_key: &str, person: Option<&PersonName>) {
        let Some(person) = person else { return };
        // A new person has no links and no aliases yet.
        self.person_weights.insert(entity_id, PersonWeight::default());
        if let Some(candidates) = self.people_by_surname.get_mut(&person.surname) {
            let own = PersonName { middles: Vec::new(), ..person.clone() };
            candidates.push(PersonCandidate { id: entity_id, name_key: name_key.to_string(), names: vec![own] });
        }
        if let Some(given) = &person.given {
            if let Some(ids) = self.people_by_given_name.get_mut(given) {
                ids.push(entity_id);
            }
        }
    }

    /// Keeps the indexes in step with a new row in `aliases`; `person` is
    /// the alias taken apart when the entity is a person.
    pub(crate) fn alias_inserted(&mut self, entity_id: i64, alias_key: &str, person: Option<&PersonName>) {
        // Whether the owner has a first name is not known here: read the
        // owners again when next asked.
        self.alias_owners.remove(alias_key);
        let Some(person) = person.filter(|person| person.given.is_some()) else { return };
        let Some(candidates) = self.people_by_surname.get_mut(&person.surname) else { return };
        match candidates.iter_mut().find(|candidate| candidate.id == entity_id) {
            Some(candidate) => {
                let variant = PersonName { middles: Vec::new(), ..person.clone() };
                if !candidate.names.contains(&variant) {
                    candidate.names.push(variant);
                }
            }
            // A person known under another surname (a merge rule sent the
            // name here), or not a person at all: read the surname again.
            None => {
                self.people_by_surname.remove(&person.surname);
            }
        }
    }
}

/// Fills `map[key]` with the ids `sql` (one `?1`) returns, unless it is there.
fn load_ids_once(
    map: &mut HashMap<String, Vec<i64>>,
    connection: &Connection,
    sql: &str,
    key: &str,
) -> Result<(), rusqlite::Error> {
    if !map.contains_key(key) {
        let mut statement = connection.prepare_cached(sql)?;
        let ids = statement.query_map([key], |row| row.get::<_, i64>(0))?.collect::<Result<Vec<_>, _>>()?;
        map.insert(key.to_string(), ids);
    }
    Ok(())
}

/// Every name a known person with this surname answers to: the entity's own
/// and its aliases (a merge teaches the store "William Jefferson Clinton" is
/// Bill), grouped by entity in id order, the entity's own name first. Two
/// plain lookups merged here: a UNION with ORDER BY would make SQLite sort
/// through a temporary table on every call.
fn load_people_with_surname(connection: &Connection, surname: &str) -> Result<Vec<PersonCandidate>, rusqlite::Error> {
    let name = |given: Option<String>, suffix: Option<String>| PersonName {
        given,
        middles: Vec::new(),
        surname: surname.to_string(),
        suffix,
    };
    let mut candidates: Vec<PersonCandidate> = Vec::new();
    let mut own_names = connection.prepare_cached(
        "SELECT id, name_key, given_key, suffix_key FROM entities WHERE kind = 'person' AND surname_key = ?1",
    )?;
    let rows = own_names.query_map([surname], |row| {
        Ok(PersonCandidate { id: row.get(0)?, name_key: row.get(1)?, names: vec![name(row.get(2)?, row.get(3)?)] })
    })?;
    for row in rows {
        candidates.push(row?);
    }
    let mut alias_names = connection.prepare_cached(
        "SELECT e.id, e.name_key, a.given_key, a.suffix_key
         FROM aliases a JOIN entities e ON e.id = a.entity_id
         WHERE a.surname_key = ?1 AND a.given_key IS NOT NULL AND e.kind = 'person'",
    )?;
    let rows = alias_names.query_map([surname], |row| {
        Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?, name(row.get(2)?, row.get(3)?)))
    })?;
    for row in rows {
        let (id, name_key, variant) = row?;
        match candidates.iter_mut().find(|candidate| candidate.id == id) {
            Some(candidate) if candidate.names.contains(&variant) => {}
            Some(candidate) => candidate.names.push(variant),
            None => candidates.push(PersonCandidate { id, name_key, names: vec![variant] }),
        }
    }
    candidates.sort_by_key(|candidate| candidate.id);
    Ok(candidates)
}

#[cfg(test)]
mod tests {
    use super::*;
    use readout_entities::identity::parse_person_name;

    fn store_with_people(people: &[(i64, &str)]) -> Connection {
        let connection = Connection::open_in_memory().unwrap();
        for migration in crate::schema::MIGRATIONS {
            connection.execute_batch(migration).unwrap();
        }
        for (id, name) in people {
            let parsed = parse_person_name(name).unwrap();
            connection
                .execute(
                    "INSERT INTO entities (id, name, kind, name_key, given_key, surname_key, suffix_key)
                     VALUES (?1, ?2, 'person', ?3, ?4, ?5, ?6)",
                    rusqlite::params![id, name, parsed.key(), parsed.given, parsed.surname, parsed.suffix],
                )
                .unwrap();
        }
        connection
    }

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

    #[test]
    fn surname_candidates_follow_new_entities_and_aliases() {
        let connection = store_with_people(&[(1, "Bill Clinton")]);
        let mut memo = IdentityMemo::default();
        let ids = |memo: &mut IdentityMemo| -> Vec<i64> {
            memo.load_people_with_surname(&connection, "clinton").unwrap();
            memo.people_with_surname("clinton").iter().map(|candidate| candidate.id).collect()
        };
        assert_eq!(ids(&mut memo), [1]);
        let hillary = parse_person_name("Hillary Clinton").unwrap();
        memo.entity_inserted(2, "hillary clinton", Some(&hillary));
        assert_eq!(ids(&mut memo), [1, 2]);
        let william = parse_person_name("William Clinton").unwrap();
        memo.alias_inserted(1, "william clinton", Some(&william));
        let candidates = memo.people_with_surname("clinton");
        let bill_first_names: Vec<_> = candidates[0].names.iter().map(|name| name.given.as_deref()).collect();
        assert_eq!(bill_first_names, [Some("bill"), Some("william")]);
        assert_eq!(candidates[0].own_name().given.as_deref(), Some("bill"));
    }

    #[test]
    fn an_alias_under_another_surname_is_read_again() {
        let connection = store_with_people(&[(1, "Hillary Clinton")]);
        let mut memo = IdentityMemo::default();
        memo.load_people_with_surname(&connection, "rodham").unwrap();
        assert!(memo.people_with_surname("rodham").is_empty());
        connection
            .execute(
                "INSERT INTO aliases (entity_id, alias, alias_key, given_key, surname_key)
                 VALUES (1, 'Hillary Rodham', 'hillary rodham', 'hillary', 'rodham')",
                [],
            )
            .unwrap();
        memo.alias_inserted(1, "hillary rodham", parse_person_name("Hillary Rodham").as_ref());
        memo.load_people_with_surname(&connection, "rodham").unwrap();
        let ids: Vec<i64> = memo.people_with_surname("rodham").iter().map(|candidate| candidate.id).collect();
        assert_eq!(ids, [1]);
    }

    /// Links Hillary Clinton (entity 1) from two documents and gives her the
    /// alias "Mrs. Clinton".
    fn store_with_hillary_weighed() -> Connection {
        let connection = store_with_people(&[(1, "Hillary Clinton")]);
        connection
            .execute_batch(
                "INSERT INTO documents (rowid, id, source, text, text_hash, record_hash, ingested_at)
                 VALUES (1, 'a', 'a', '', '', '', ''), (2, 'b', 'b', '', '', '', '');
                 INSERT INTO document_entities (document_rowid, local_id, entity_id, name, kind)
                 VALUES (1, 'e1', 1, 'Hillary Clinton', 'person'), (2, 'e1', 1, 'Clinton', 'person');
                 INSERT INTO aliases (entity_id, alias, alias_key, surname_key)
                 VALUES (1, 'Mrs. Clinton', 'mrs clinton', 'clinton');",
            )
            .unwrap();
        connection
    }

    #[test]
    fn person_weights_are_read_once_and_kept_in_step() {
        let connection = store_with_hillary_weighed();
        let mut memo = IdentityMemo::default();
        let read = memo.person_weight(&connection, 1).unwrap();
        assert_eq!(read, PersonWeight { documents: 2, male_aliases: 0, female_aliases: 1 });
        memo.document_linked(1);
        memo.links_written();
        memo.alias_row_added(1, "ms clinton");
        memo.alias_row_added(1, "senator clinton");
        let kept = memo.person_weight(&connection, 1).unwrap();
        assert_eq!(kept, PersonWeight { documents: 3, male_aliases: 0, female_aliases: 2 });
        memo.forget_person_weights();
        assert_eq!(memo.person_weight(&connection, 1).unwrap(), read);
    }

    #[test]
    fn links_not_yet_written_count_when_a_weight_is_first_read() {
        let connection = store_with_hillary_weighed();
        let mut memo = IdentityMemo::default();
        memo.document_linked(1);
        assert_eq!(memo.person_weight(&connection, 1).unwrap().documents, 3);
        memo.links_written();
        let mut fresh = IdentityMemo::default();
        assert_eq!(fresh.person_weight(&connection, 1).unwrap().documents, 2);
    }

    #[test]
    fn a_new_person_weighs_nothing_without_reading_the_store() {
        let connection = store_with_people(&[]);
        let mut memo = IdentityMemo::default();
        memo.entity_inserted(5, "bill clinton", parse_person_name("Bill Clinton").as_ref());
        memo.alias_row_added(5, "mr clinton");
        let weight = memo.person_weight(&connection, 5).unwrap();
        assert_eq!(weight, PersonWeight { documents: 0, male_aliases: 1, female_aliases: 0 });
    }

    #[test]
    fn rules_are_read_once_and_cleared_with_the_memo() {
        let connection = store_with_people(&[(1, "Bill Clinton"), (2, "Hillary Clinton")]);
        connection
            .execute_batch(
                "INSERT INTO identity_rules (rule, entity_id, alias, alias_key, created_at)
                 VALUES ('split', 1, 'Clinton', 'clinton', '2026-01-01'),
                        ('merge', 2, 'HRC', 'hrc', '2026-01-01');",
            )
            .unwrap();
        let mut memo = IdentityMemo::default();
        memo.load_rules(&connection).unwrap();
        let rules = memo.rules();
        assert!(rules.is_split_from(1, &["clinton"]));
        assert!(!rules.is_split_from(2, &["clinton"]));
        assert_eq!(rules.merge_target(&["nobody", "hrc"]), Some(2));
        connection.execute("DELETE FROM identity_rules", []).unwrap();
        memo.load_rules(&connection).unwrap();
        assert_eq!(memo.rules().merge_target(&["hrc"]), Some(2));
        memo.clear();
        memo.load_rules(&connection).unwrap();
        assert_eq!(memo.rules().merge_target(&["hrc"]), None);
    }
}
