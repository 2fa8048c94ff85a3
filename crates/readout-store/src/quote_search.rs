//! Searching quotes.
//!
//! In: a [`QuoteQuery`] as a user fills it (a speaker's name, words, dates,
//! kind, source pattern, page). Out: [`QuoteRow`]s, newest first. Every
//! value a user supplies goes in as a bound parameter; only fixed fragments
//! of SQL are assembled. Full-text search goes through the FTS5 index, with
//! the user's words quoted so that punctuation cannot break the query, and
//! each plan walks quotes in date order so that it stops at the page's end.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Row};
use serde::Serialize;

use readout_record::QuoteKind;

use crate::identity;
use crate::query::DEFAULT_LIMIT;
use crate::{Store, StoreError};

/// What to look for with [`Store::quotes`]; empty fields do not filter.
#[derive(Debug, Clone, Default)]
pub struct QuoteQuery {
    /// A speaker's name as a user would type it ("Starmer", "Sir Keir").
    pub speaker: Option<String>,
    /// Words the quote text must contain (full-text, all words, any order;
    /// a trailing `*` makes a word a prefix).
    pub about: Option<String>,
    /// Earliest document date, `YYYY-MM-DD` (inclusive).
    pub since: Option<String>,
    /// Latest document date, `YYYY-MM-DD` (inclusive).
    pub until: Option<String>,
    pub kind: Option<QuoteKind>,
    /// Substring of the source, or a pattern with `*` wildcards.
    pub source_pattern: Option<String>,
    /// At most this many rows; 100 when unset.
    pub limit: Option<usize>,
    pub offset: Option<usize>,
}

/// One quote with what a reader needs to judge it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRow {
    pub quote_rowid: i64,
    pub document_id: String,
    pub quote_id: String,
    pub kind: String,
    pub speaker_entity_id: Option<i64>,
    /// The global entity's name, else the record's speaker name or mention.
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub cue: Option<String>,
    pub date: Option<String>,
    pub source: String,
    pub title: Option<String>,
    pub text: String,
    /// The sentence (or sentences) the quote sits in.
    pub sentence: String,
}

/// Who a quote query asks for.
enum SpeakerFilter {
    Anyone,
    /// Global entities the typed name resolved to.
    Entities(Vec<i64>),
    /// No entity answers to the name: an FTS expression over the speaker
    /// names and mentions as written.
    Written(String),
}

/// Turns user words into an FTS5 expression: each word a quoted phrase,
/// all required. `word*` stays a prefix search.
pub(crate) fn fts_expression(text: &str) -> Option<String> {
    let phrases: Vec<String> = text
        .split_whitespace()
        .filter_map(|word| {
            let (word, prefix) = match word.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (word, false),
            };
            if !word.chars().any(char::is_alphanumeric) {
                return None;
            }
            let quoted = format!("\"{}\"", word.replace('"', "\"\""));
            Some(if prefix { format!("{quoted} *") } else { quoted })
        })
        .collect();
    (!phrases.is_empty()).then(|| phrases.join(" "))
}

/// `YYYY-MM-DD` (or a prefix) as the number `YYYYMMDD`, missing parts
/// filled with `fill`; as the schema's `quotes.date_key` computes it.
/// `None` for anything that is not an ISO date prefix.
fn date_number(date: &str, fill: char) -> Option<i64> {
    let digits: String = date.chars().take(10).filter(|character| *character != '-').collect();
    if digits.is_empty() || digits.len() > 8 || !digits.chars().all(|character| character.is_ascii_digit()) {
        return None;
    }
    let padded: String = digits.chars().chain(std::iter::repeat(fill)).take(8).collect();
    padded.parse().ok()
}

/// The `quotes_fts` rowid (`quotes.date_key`) range, `[low, high)`, that
/// holds every quote dated `since` or later and `until` or earlier; the
/// exact date conditions still apply on top.
fn date_key_bounds(since: Option<&str>, until: Option<&str>) -> (i64, i64) {
    let low = since.and_then(|since| date_number(since, '0')).map_or(0, |number| number << 32);
    let high = until.and_then(|until| date_number(until, '9')).map_or(i64::MAX, |number| (number + 1) << 32);
    (low, high)
}

fn like_pattern(pattern: &str) -> String {
    let escaped = pattern.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    if escaped.contains('*') {
        escaped.replace('*', "%")
    } else {
        format!("%{escaped}%")
    }
}

pub(crate) fn quote_row(row: &Row<'_>) -> Result<QuoteRow, rusqlite::Error> {
    Ok(QuoteRow {
        quote_rowid: row.get(0)?,
        document_id: row.get(1)?,
        quote_id: row.get(2)?,
        kind: row.get(3)?,
        speaker_entity_id: row.get(4)?,
        speaker: row.get(5)?,
        speaker_mention: row.get(6)?,
        cue: row.get(7)?,
        date: row.get(8)?,
        source: row.get(9)?,
        title: row.get(10)?,
        text: row.get(11)?,
        sentence: row.get(12)?,
    })
}

impl Store {
    /// Quotes matching every given filter, newest first.
    pub fn quotes(&self, query: &QuoteQuery) -> Result<Vec<QuoteRow>, StoreError> {
        let speaker = match query.speaker.as_deref().map(str::trim).filter(|name| !name.is_empty()) {
            None => SpeakerFilter::Anyone,
            Some(name) => {
                let ids = identity::entity_ids_for_name(&self.connection, name).map_err(|error| self.error(error))?;
                if !ids.is_empty() {
                    SpeakerFilter::Entities(ids)
                } else {
                    // No known entity: fall back to the speaker text as written.
                    match fts_expression(name) {
                        Some(expression) => SpeakerFilter::Written(expression),
                        None => return Ok(Vec::new()),
                    }
                }
            }
        };
        let about = match query.about.as_deref() {
            Some(about) => match fts_expression(about) {
                Some(expression) => Some(expression),
                None => return Ok(Vec::new()),
            },
            None => None,
        };

        // Plans, by what the query has. Costs measured on a million quotes:
        // sorting matches by date ~1.2 us per match, so a plan that walks
        // rows already in date order and stops at the page's end wins for
        // any common word.
        // - words: walk `quotes_fts`, whose rowids (`quotes.date_key`,
        //   schema 5) sort by date, newest first from the `until` bound down
        //   to the `since` bound; a known speaker is one more term of the
        //   same full-text query (`s<entity id>`), a speaker known only as
        //   written is a match in the speaker-name columns, so FTS5
        //   intersects the posting lists as it walks;
        // - no words, a known speaker: the quotes table through its
        //   (speaker, date) index;
        // - no words otherwise: the quotes table through its `date_key`
        //   index (schema 6), in date order, between the same bounds as the
        //   full-text walk.
        let mut conditions: Vec<&str> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let mut order_clause = "ORDER BY q.date_key DESC";
        let mut walks_in_date_order = false;
        // Whether the plan walks `quotes.date_key` (no words, no known speaker).
        let mut bounds_by_date_key = true;
        let from_clause = match (&about, &speaker) {
            (Some(about), speaker) => {
                let mut expression = format!("{{text}} : ({about})");
                match speaker {
                    SpeakerFilter::Anyone => {}
                    SpeakerFilter::Entities(ids) => {
                        let tokens: Vec<String> = ids.iter().map(|id| format!("\"s{id}\"")).collect();
                        expression.push_str(&format!(" AND {{speaker_token}} : ({})", tokens.join(" OR ")));
                    }
                    SpeakerFilter::Written(written) => {
                        expression.push_str(&format!(" AND {{speaker_name speaker_mention}} : ({written})"));
                    }
                }
                let (low, high) = date_key_bounds(query.since.as_deref(), query.until.as_deref());
                conditions.extend(["quotes_fts MATCH ?", "f.rowid >= ?", "f.rowid < ?"]);
                values.extend([Value::Text(expression), Value::Integer(low), Value::Integer(high)]);
                order_clause = "ORDER BY f.rowid DESC";
                walks_in_date_order = true;
                "FROM quotes_fts f CROSS JOIN quotes q ON q.rowid = (f.rowid & 4294967295)"
            }
            (None, SpeakerFilter::Entities(ids)) => {
                conditions.push("q.speaker_entity_id IN (SELECT value FROM json_each(?))");
                values.push(Value::Text(serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())));
                order_clause = "ORDER BY q.date DESC, q.rowid DESC";
                bounds_by_date_key = false;
                "FROM quotes q"
            }
            (None, SpeakerFilter::Written(written)) => {
                conditions.push("q.rowid IN (SELECT rowid & 4294967295 FROM quotes_fts WHERE quotes_fts MATCH ?)");
                values.push(Value::Text(format!("{{speaker_name speaker_mention}} : ({written})")));
                "FROM quotes q"
            }
            (None, SpeakerFilter::Anyone) => "FROM quotes q",
        };
        if about.is_none() && bounds_by_date_key {
            let (low, high) = date_key_bounds(query.since.as_deref(), query.until.as_deref());
            conditions.extend(["q.date_key >= ?", "q.date_key < ?"]);
            values.extend([Value::Integer(low), Value::Integer(high)]);
        }
        if let Some(since) = &query.since {
            conditions.push("q.date >= ?");
            values.push(Value::Text(since.clone()));
        }
        if let Some(until) = &query.until {
            // A bare year or month still includes its last day.
            conditions.push("q.date <= ?");
            values.push(Value::Text(format!("{until}\u{10FFFF}")));
        }
        if let Some(kind) = query.kind {
            conditions.push("q.kind = ?");
            values.push(Value::Text(kind.as_str().to_string()));
        }
        if let Some(pattern) = &query.source_pattern {
            // A walk in date order stops at the page's end, so testing each
            // row it meets is cheap; otherwise every document is tested once.
            conditions.push(if walks_in_date_order {
                "(SELECT source FROM documents WHERE rowid = q.document_rowid) LIKE ? ESCAPE '\\'"
            } else {
                "q.document_rowid IN (SELECT rowid FROM documents WHERE source LIKE ? ESCAPE '\\')"
            });
            values.push(Value::Text(like_pattern(pattern)));
        }
        let where_clause =
            if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
        values.push(Value::Integer(query.limit.unwrap_or(DEFAULT_LIMIT) as i64));
        values.push(Value::Integer(query.offset.unwrap_or(0) as i64));
        // Pick the page by rowid first, then read the wide columns for those
        // rows only.
        let sql = format!(
            "SELECT q.rowid, d.id, q.quote_id, q.kind, q.speaker_entity_id,
                    coalesce(e.name, q.speaker_name, q.speaker_mention), q.speaker_mention, q.cue,
                    q.date, d.source, d.title, q.text, q.sentence
             FROM (SELECT q.rowid AS quote_rowid {from_clause} {where_clause}
                   {order_clause} LIMIT ? OFFSET ?) page
             CROSS JOIN quotes q ON q.rowid = page.quote_rowid
             JOIN documents d ON d.rowid = q.document_rowid
             LEFT JOIN entities e ON e.id = q.speaker_entity_id
             ORDER BY q.date DESC, q.rowid DESC"
        );
        let mut statement = self.connection.prepare_cached(&sql).map_err(|error| self.error(error))?;
        let rows = statement
            .query_map(params_from_iter(values), quote_row)
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|error| self.error(error))?;
        Ok(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_words_become_quoted_phrases() {
        assert_eq!(fts_expression("climate change").as_deref(), Some("\"climate\" \"change\""));
        assert_eq!(fts_expression("don't \"panic\"").as_deref(), Some("\"don't\" \"\"\"panic\"\"\""));
        assert_eq!(fts_expression("econ*").as_deref(), Some("\"econ\" *"));
        assert_eq!(fts_expression(" - ; "), None);
    }

    #[test]
    fn source_patterns_escape_like_wildcards() {
        assert_eq!(like_pattern("bbc.co.uk"), "%bbc.co.uk%");
        assert_eq!(like_pattern("https://*.gov/*"), "https://%.gov/%");
        assert_eq!(like_pattern("100%_sure"), "%100\\%\\_sure%");
    }
}
