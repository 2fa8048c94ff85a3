//! The name an entity is shown under: the rowids of the documents an ingest
//! wrote in, every entity they link to renamed to the canonical name most
//! of its documents give it out.
//!
//! An entity is created under the name of the first document that names
//! it, but that document may write the name the way few others do: "Jim
//! Comey" before twenty-three texts of "James Comey", "Edward Rendell"
//! before "Ed Rendell". Identity is decided by the entity's keys and
//! aliases, and every name shown is also an alias, so renaming changes
//! what a reader sees and nothing of which entity a later name joins. A name in capitals
//! ("POLITICO", a transcript's "TRUMP") is shown only where no document
//! writes it otherwise. Ties keep the name of the earliest document, so
//! names are stable.

use rusqlite::Connection;

/// Renames each entity linked to one of `document_rowids` to the name most
/// of its documents give it.
pub(crate) fn refresh_display_names(connection: &Connection, document_rowids: &[i64]) -> Result<(), rusqlite::Error> {
    if document_rowids.is_empty() {
        return Ok(());
    }
    let rowids_json = serde_json::to_string(document_rowids).unwrap_or_else(|_| "[]".into());
    connection.execute(
        "UPDATE entities SET name = (
             SELECT de.name FROM document_entities de WHERE de.entity_id = entities.id
             GROUP BY de.name
             ORDER BY (de.name GLOB '*[a-z]*') DESC, count(DISTINCT de.document_rowid) DESC, min(de.document_rowid)
             LIMIT 1)
         WHERE id IN (
             SELECT entity_id FROM document_entities
             WHERE document_rowid IN (SELECT value FROM json_each(?1)) AND entity_id IS NOT NULL)",
        [&rowids_json],
    )?;
    Ok(())
}
