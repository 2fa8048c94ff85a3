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

use readout_record::{ChannelKind, QuoteKind};

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
    /// To whom: an addressee's name, matched as `speaker` is (the entities
    /// it names, else the words of the addressee as written).
    pub to: Option<String>,
    /// Through what.
    pub channel: Option<ChannelKind>,
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
    /// When the words were said (a TIMEX3 value: `2024-12-18`, `2024-W51`),
    /// when the text says; `date` is the document's.
    pub said_date: Option<String>,
    pub addressee_entity_id: Option<i64>,
    /// To whom: the global entity's name, else the record's addressee name
    /// or mention.
    pub addressee: Option<String>,
    pub addressee_mention: Option<String>,
    /// Through what: a channel kind (`interview`, `social_media`, ...).
    pub channel: Option<String>,
    /// The outlet or platform the text names ("Time", "Truth Social").
    pub channel_name: Option<String>,
    pub channel_mention: Option<String>,
    pub place_entity_id: Option<i64>,
    /// Where: the place's global name; null when the record's place id
    /// names none of its entities.
    pub place: Option<String>,
}

/// The columns [`quote_row`] reads, in order, from `quotes q` and the
/// tables of [`QUOTE_ROW_JOINS`].
pub(crate) const QUOTE_ROW_COLUMNS: &str = "q.rowid, d.id, q.quote_id, q.kind, q.speaker_entity_id,
    coalesce(e.name, q.speaker_name, q.speaker_mention), q.speaker_mention, q.cue,
    q.date, d.source, d.title, q.text, q.sentence,
    q.said_date, q.addressee_entity_id, coalesce(a.name, q.addressee_name, q.addressee_mention),
    q.addressee_mention, q.channel, q.channel_name, q.channel_mention, q.place_entity_id, p.name";

/// What [`QUOTE_ROW_COLUMNS`] joins to `quotes q`: its document and the
/// global entities of its speaker, addressee and place.
pub(crate) const QUOTE_ROW_JOINS: &str = "JOIN documents d ON d.rowid = q.document_rowid
    LEFT JOIN entities e ON e.id = q.speaker_entity_id
    LEFT JOIN entities a ON a.id = q.addressee_entity_id
    LEFT JOIN entities p ON p.id = q.place_entity_id";

/// Who a quote query asks for, as its speaker or its addressee.
enum NameFilter {
    Anyone,
    /// Global entities the typed name resolved to.
    Entities(Vec<i64>),
    /// No entity answers to the name: the name as typed, to be found in
    /// the names and mentions as written.
    Written(String),
}

/// Punctuation that separates the words of a name as written ("O'Brien",
/// "Mr. Biden", "Jean-Luc"); a written addressee is matched word by word.
const WORD_SEPARATORS: [char; 12] = ['.', ',', '\'', '’', '-', '"', '“', '”', '(', ')', ':', ';'];

/// The words of a typed name, lower case, split at anything that is not a
/// letter or digit.
fn name_words(name: &str) -> Vec<String> {
    name.split(|character: char| !character.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// SQL for `column` as space-separated words with a space at either end, so
/// that `LIKE '% word %'` finds a whole word (ASCII case folded, as LIKE
/// does). The addressee is not in the full-text index (schema 7): a query
/// by an addressee known only as written tests the quotes it walks.
fn spaced_words_sql(column: &str) -> String {
    let mut sql = format!("coalesce({column}, '')");
    for mark in WORD_SEPARATORS {
        let mark = if mark == '\'' { "''".to_string() } else { mark.to_string() };
        sql = format!("replace({sql}, '{mark}', ' ')");
    }
    format!("(' ' || {sql} || ' ')")
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

/// A [`QuoteRow`] from the columns of [`QUOTE_ROW_COLUMNS`].
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
        said_date: row.get(13)?,
        addressee_entity_id: row.get(14)?,
        addressee: row.get(15)?,
        addressee_mention: row.get(16)?,
        channel: row.get(17)?,
        channel_name: row.get(18)?,
        channel_mention: row.get(19)?,
        place_entity_id: row.get(20)?,
        place: row.get(21)?,
    })
}

impl Store {
    /// The entities a typed name resolves to, else the name as written.
    fn name_filter(&self, name: Option<&str>) -> Result<NameFilter, StoreError> {
        let Some(name) = name.map(str::trim).filter(|name| !name.is_empty()) else {
            return Ok(NameFilter::Anyone);
        };
        let ids = identity::entity_ids_for_name(&self.connection, name).map_err(|error| self.error(error))?;
        Ok(if ids.is_empty() { NameFilter::Written(name.to_string()) } else { NameFilter::Entities(ids) })
    }

    /// Quotes matching every given filter, newest first.
    pub fn quotes(&self, query: &QuoteQuery) -> Result<Vec<QuoteRow>, StoreError> {
        let speaker = self.name_filter(query.speaker.as_deref())?;
        // No known entity: the speaker as written, by the full-text index.
        let speaker_written = match &speaker {
            NameFilter::Written(name) => match fts_expression(name) {
                Some(expression) => Some(expression),
                None => return Ok(Vec::new()),
            },
            _ => None,
        };
        let addressee = self.name_filter(query.to.as_deref())?;
        let addressee_words = match &addressee {
            NameFilter::Written(name) => match name_words(name) {
                words if words.is_empty() => return Ok(Vec::new()),
                words => words,
            },
            _ => Vec::new(),
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
        // - no words, no known speaker, a known addressee: the quotes table
        //   through its (partial) addressee index, then sorted: an
        //   addressee is rare enough that the sort costs less than a walk;
        // - no words otherwise: the quotes table through its `date_key`
        //   index (schema 6), in date order, between the same bounds as the
        //   full-text walk.
        let mut conditions: Vec<String> = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let mut order_clause = "ORDER BY q.date_key DESC";
        let mut walks_in_date_order = false;
        // Whether the plan walks `quotes.date_key` (no words, no known speaker).
        let mut bounds_by_date_key = true;
        let ids_json = |ids: &Vec<i64>| Value::Text(serde_json::to_string(ids).unwrap_or_else(|_| "[]".into()));
        let from_clause = match (&about, &speaker) {
            (Some(about), speaker) => {
                let mut expression = format!("{{text}} : ({about})");
                match (speaker, &speaker_written) {
                    (NameFilter::Entities(ids), _) => {
                        let tokens: Vec<String> = ids.iter().map(|id| format!("\"s{id}\"")).collect();
                        expression.push_str(&format!(" AND {{speaker_token}} : ({})", tokens.join(" OR ")));
                    }
                    (_, Some(written)) => {
                        expression.push_str(&format!(" AND {{speaker_name speaker_mention}} : ({written})"));
                    }
                    _ => {}
                }
                let (low, high) = date_key_bounds(query.since.as_deref(), query.until.as_deref());
                conditions.extend(["quotes_fts MATCH ?", "f.rowid >= ?", "f.rowid < ?"].map(String::from));
                values.extend([Value::Text(expression), Value::Integer(low), Value::Integer(high)]);
                order_clause = "ORDER BY f.rowid DESC";
                walks_in_date_order = true;
                "FROM quotes_fts f CROSS JOIN quotes q ON q.rowid = (f.rowid & 4294967295)"
            }
            (None, NameFilter::Entities(ids)) => {
                conditions.push("q.speaker_entity_id IN (SELECT value FROM json_each(?))".into());
                values.push(ids_json(ids));
                order_clause = "ORDER BY q.date DESC, q.rowid DESC";
                bounds_by_date_key = false;
                "FROM quotes q"
            }
            (None, NameFilter::Written(_)) => {
                conditions
                    .push("q.rowid IN (SELECT rowid & 4294967295 FROM quotes_fts WHERE quotes_fts MATCH ?)".into());
                let written = speaker_written.clone().unwrap_or_default();
                values.push(Value::Text(format!("{{speaker_name speaker_mention}} : ({written})")));
                "FROM quotes q"
            }
            (None, NameFilter::Anyone) => {
                if matches!(addressee, NameFilter::Entities(_)) {
                    order_clause = "ORDER BY q.date DESC, q.rowid DESC";
                    bounds_by_date_key = false;
                }
                "FROM quotes q"
            }
        };
        match &addressee {
            NameFilter::Anyone => {}
            NameFilter::Entities(ids) => {
                conditions.push("q.addressee_entity_id IN (SELECT value FROM json_each(?))".into());
                values.push(ids_json(ids));
            }
            NameFilter::Written(_) => {
                let (name, mention) = (spaced_words_sql("q.addressee_name"), spaced_words_sql("q.addressee_mention"));
                for word in &addressee_words {
                    conditions.push(format!("({name} LIKE ? OR {mention} LIKE ?)"));
                    let pattern = Value::Text(format!("% {word} %"));
                    values.extend([pattern.clone(), pattern]);
                }
            }
        }
        if about.is_none() && bounds_by_date_key {
            let (low, high) = date_key_bounds(query.since.as_deref(), query.until.as_deref());
            conditions.extend(["q.date_key >= ?", "q.date_key < ?"].map(String::from));
            values.extend([Value::Integer(low), Value::Integer(high)]);
        }
        if let Some(since) = &query.since {
            conditions.push("q.date >= ?".into());
            values.push(Value::Text(since.clone()));
        }
        if let Some(until) = &query.until {
            // A bare year or month still includes its last day.
            conditions.push("q.date <= ?".into());
            values.push(Value::Text(format!("{until}\u{10FFFF}")));
        }
        if let Some(kind) = query.kind {
            conditions.push("q.kind = ?".into());
            values.push(Value::Text(kind.as_str().to_string()));
        }
        if let Some(channel) = query.channel {
            conditions.push("q.channel = ?".into());
            values.push(Value::Text(channel.as_str().to_string()));
        }
        if let Some(pattern) = &query.source_pattern {
            // A walk in date order stops at the page's end, so testing each
            // row it meets is cheap; otherwise every document is tested once.
            conditions.push(
                if walks_in_date_order {
                    "(SELECT source FROM documents WHERE rowid = q.document_rowid) LIKE ? ESCAPE '\\'"
                } else {
                    "q.document_rowid IN (SELECT rowid FROM documents WHERE source LIKE ? ESCAPE '\\')"
                }
                .into(),
            );
            values.push(Value::Text(like_pattern(pattern)));
        }
        let where_clause =
            if conditions.is_empty() { String::new() } else { format!("WHERE {}", conditions.join(" AND ")) };
        values.push(Value::Integer(query.limit.unwrap_or(DEFAULT_LIMIT) as i64));
        values.push(Value::Integer(query.offset.unwrap_or(0) as i64));
        // Pick the page by rowid first, then read the wide columns for those
        // rows only.
        let sql = format!(
            "SELECT {QUOTE_ROW_COLUMNS}
             FROM (SELECT q.rowid AS quote_rowid {from_clause} {where_clause}
                   {order_clause} LIMIT ? OFFSET ?) page
             CROSS JOIN quotes q ON q.rowid = page.quote_rowid
             {QUOTE_ROW_JOINS}
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
    fn typed_names_split_into_lower_case_words() {
        for (name, words) in [
            ("the reporters", &["the", "reporters"][..]),
            ("Mr. O'Brien", &["mr", "o", "brien"]),
            ("Jean-Luc Mélenchon", &["jean", "luc", "mélenchon"]),
            (" - ; ", &[]),
        ] {
            assert_eq!(name_words(name), words, "{name}");
        }
    }

    #[test]
    fn written_names_become_spaced_words() {
        let connection = rusqlite::Connection::open_in_memory().unwrap();
        let sql = format!("SELECT {} FROM (SELECT ?1 AS name)", spaced_words_sql("name"));
        for (written, spaced) in
            [(Some("Mr. O'Brien"), " Mr  O Brien "), (Some("“the crowd”,"), "  the crowd   "), (None, "  ")]
        {
            let got: String = connection.query_row(&sql, [written], |row| row.get(0)).unwrap();
            assert_eq!(got, spaced, "{written:?}");
        }
    }

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
