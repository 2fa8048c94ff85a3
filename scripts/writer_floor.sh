#!/bin/bash
# The least time SQLite itself needs to store what `readout ingest` stores:
# ingests the inputs once, then copies every row into an empty database of
# the same schema with plain `INSERT ... SELECT` statements (no Rust, no
# identity resolution, rows already sorted) and fills the full-text
# indexes, printing each step's CPU time. Compare the total with
# `readout extract`'s CPU time (user + sys) to see how fast ingest could be
# on N cores: at best (extract CPU + this floor) / N.
#
#   scripts/writer_floor.sh [BINARY] [INPUTS...]
#
# Needs the `sqlite3` shell with FTS5. Defaults: target/release/readout,
# PolNeAR train + dev.
set -euo pipefail
binary=${1:-target/release/readout}
shift $(( $# > 0 ? 1 : 0 ))
inputs=("$@")
if [ ${#inputs[@]} -eq 0 ]; then
    inputs=(../shared/corpora/polnear/train/text ../shared/corpora/polnear/dev/text)
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" ingest --db "$work/full.db" "${inputs[@]}" 2>/dev/null
# An empty database with readout's schema: ingest one line, then empty it.
mkdir "$work/one" && echo "One line." > "$work/one/one.txt"
"$binary" ingest --db "$work/empty.db" "$work/one" 2>/dev/null
sqlite3 "$work/empty.db" "
    DELETE FROM documents; DELETE FROM document_entities; DELETE FROM quotes; DELETE FROM entities;
    DELETE FROM aliases; DELETE FROM times; DELETE FROM events; DELETE FROM event_participants;
    INSERT INTO documents_fts(documents_fts) VALUES ('delete-all');
    INSERT INTO quotes_fts(quotes_fts) VALUES ('delete-all');
    VACUUM;"
sqlite3 "$work/empty.db" <<SQL | awk '/Run Time/ { user += $6; sys += $8; print } END { printf "total CPU %.2f s (user %.2f, sys %.2f)\n", user + sys, user, sys }'
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = OFF;
PRAGMA cache_size = -65536;
ATTACH '$work/full.db' AS full;
.timer on
BEGIN;
INSERT INTO documents SELECT * FROM full.documents;
INSERT INTO entities SELECT * FROM full.entities;
INSERT INTO aliases SELECT * FROM full.aliases;
INSERT INTO document_entities SELECT * FROM full.document_entities;
-- Every stored column (the generated ones compute themselves).
INSERT INTO quotes (rowid, document_rowid, quote_id, kind, speaker_entity_id, speaker_local_id, speaker_name, speaker_mention, speaker_mention_start, speaker_mention_end, cue, cue_start, cue_end, text, content, start, "end", sentence, sentence_start, sentence_end, date)
    SELECT rowid, document_rowid, quote_id, kind, speaker_entity_id, speaker_local_id, speaker_name, speaker_mention, speaker_mention_start, speaker_mention_end, cue, cue_start, cue_end, text, content, start, "end", sentence, sentence_start, sentence_end, date FROM full.quotes;
INSERT INTO times SELECT * FROM full.times;
INSERT INTO events SELECT * FROM full.events;
INSERT INTO event_participants SELECT * FROM full.event_participants;
INSERT INTO documents_fts(rowid, title, text) SELECT rowid, title, text FROM documents;
INSERT INTO quotes_fts(rowid, text, speaker_name, speaker_mention, speaker_token)
    SELECT date_key, text, speaker_name, speaker_mention, speaker_token FROM quotes;
COMMIT;
SQL
