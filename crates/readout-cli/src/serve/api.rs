//! The JSON API: HTTP requests in, JSON out.
//!
//! In: query strings (`/api/quotes`, `/api/events`), path segments
//! (`/api/speakers/{name}`, `/api/documents/{id}`) and a JSON body
//! (`POST /api/extract`). Out: JSON documents as described in
//! `openapi.json`, or an [`ApiError`]. Every parameter is checked here
//! (lengths, ranges, date shapes, kinds) before it reaches the store, which
//! binds it as an SQL parameter. Store and pipeline work runs on blocking
//! threads.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::Json;
use readout_record::{ChannelKind, Document, EventKind, QuoteKind, Record};
use readout_store::{EventQuery, EventRow, QuoteQuery, QuoteRow};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{ApiError, SharedState};

/// Longest accepted text parameter, in characters.
const MAX_PARAMETER_CHARS: usize = 500;
pub const MAX_PER_PAGE: usize = 100;
pub const MAX_PAGE: usize = 1_000;
const DEFAULT_PER_PAGE: usize = 20;

#[derive(Debug, Deserialize)]
pub struct QuotesParams {
    q: Option<String>,
    speaker: Option<String>,
    since: Option<String>,
    until: Option<String>,
    kind: Option<String>,
    to: Option<String>,
    channel: Option<String>,
    source: Option<String>,
    page: Option<usize>,
    per_page: Option<usize>,
    sort: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct QuotesPage {
    page: usize,
    per_page: usize,
    has_more: bool,
    results: Vec<QuoteRow>,
}

/// A text parameter: trimmed, empty treated as absent, bounded in length.
fn text_parameter(name: &str, value: Option<String>) -> Result<Option<String>, ApiError> {
    let Some(value) = value else { return Ok(None) };
    if value.chars().count() > MAX_PARAMETER_CHARS {
        return Err(ApiError::bad_request(format!("`{name}` is longer than {MAX_PARAMETER_CHARS} characters")));
    }
    // NUL characters are no use in a search and some SQLite paths stop at them.
    let value = value.replace('\0', " ");
    let trimmed = value.trim();
    Ok((!trimmed.is_empty()).then(|| trimmed.to_string()))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ASCII digits), as the OpenAPI pattern says.
pub fn is_date_prefix(value: &str) -> bool {
    let bytes = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    match bytes.len() {
        4 => digits(0..4),
        7 => digits(0..4) && bytes[4] == b'-' && digits(5..7),
        10 => digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10),
        _ => false,
    }
}

fn date_parameter(name: &str, value: Option<String>) -> Result<Option<String>, ApiError> {
    match value {
        None => Ok(None),
        Some(value) if is_date_prefix(&value) => Ok(Some(value)),
        Some(_) => Err(ApiError::bad_request(format!("`{name}` must be YYYY, YYYY-MM or YYYY-MM-DD"))),
    }
}

fn quote_kind(value: Option<String>) -> Result<Option<QuoteKind>, ApiError> {
    match value.as_deref() {
        None => Ok(None),
        Some("direct") => Ok(Some(QuoteKind::Direct)),
        Some("mixed") => Ok(Some(QuoteKind::Mixed)),
        Some("indirect") => Ok(Some(QuoteKind::Indirect)),
        Some(_) => Err(ApiError::bad_request("`kind` must be direct, mixed or indirect")),
    }
}

fn channel_kind(value: Option<String>) -> Result<Option<ChannelKind>, ApiError> {
    match value.as_deref() {
        None => Ok(None),
        Some(word) => ChannelKind::parse(word).map(Some).ok_or_else(|| {
            let kinds: Vec<&str> = ChannelKind::ALL.iter().map(|kind| kind.as_str()).collect();
            ApiError::bad_request(format!("`channel` must be one of {}", kinds.join(", ")))
        }),
    }
}

fn bounded(name: &str, value: Option<usize>, default: usize, max: usize) -> Result<usize, ApiError> {
    match value.unwrap_or(default) {
        value if (1..=max).contains(&value) => Ok(value),
        _ => Err(ApiError::bad_request(format!("`{name}` must be between 1 and {max}"))),
    }
}

pub async fn quotes(
    State(state): State<SharedState>,
    params: Result<Query<QuotesParams>, QueryRejection>,
) -> Result<Json<QuotesPage>, ApiError> {
    let Query(params) = params?;
    let page = bounded("page", params.page, 1, MAX_PAGE)?;
    let per_page = bounded("per_page", params.per_page, DEFAULT_PER_PAGE, MAX_PER_PAGE)?;
    match params.sort.as_deref() {
        None | Some("newest") => {}
        Some(_) => return Err(ApiError::bad_request("`sort` must be newest")),
    }
    let query = QuoteQuery {
        about: text_parameter("q", params.q)?,
        speaker: text_parameter("speaker", params.speaker)?,
        since: date_parameter("since", params.since)?,
        until: date_parameter("until", params.until)?,
        kind: quote_kind(params.kind)?,
        source_pattern: text_parameter("source", params.source)?,
        to: text_parameter("to", params.to)?,
        channel: channel_kind(params.channel)?,
        // One row more than the page tells whether another page follows.
        limit: Some(per_page + 1),
        offset: Some((page - 1) * per_page),
    };
    let mut results = state.pool.run(move |store| store.quotes(&query)).await??;
    let has_more = results.len() > per_page;
    results.truncate(per_page);
    Ok(Json(QuotesPage { page, per_page, has_more, results }))
}

#[derive(Debug, Serialize)]
pub struct SpeakerView {
    name: String,
    /// Every stored entity the name matches, with its aliases.
    entities: Vec<readout_store::EntityRow>,
    quotes: usize,
    documents: usize,
    events: usize,
    first_seen: Option<String>,
    last_seen: Option<String>,
    /// Quotes per ISO week (keyed by the week's Monday), weeks with quotes only.
    weeks: Vec<WeekCount>,
    /// The people and organisations this speaker's reported events involve.
    interactions: Vec<Interaction>,
    recent_quotes: Vec<QuoteRow>,
    /// The reported calls, meetings and visits this speaker took part in,
    /// newest first (at most [`RECENT_EVENTS`]).
    recent_events: Vec<EventRow>,
}

/// Events listed on a speaker's page.
const RECENT_EVENTS: usize = 20;

#[derive(Debug, Serialize)]
pub struct WeekCount {
    week: String,
    quotes: usize,
}

#[derive(Debug, Serialize)]
pub struct Interaction {
    name: String,
    events: usize,
}

/// The Monday of the ISO week holding a `YYYY-MM-DD` date.
fn week_of(date: &str) -> Option<String> {
    use chrono::Datelike;
    let day = chrono::NaiveDate::parse_from_str(date.get(..10)?, "%Y-%m-%d").ok()?;
    let monday = day - chrono::Duration::days(i64::from(day.weekday().num_days_from_monday()));
    Some(monday.format("%Y-%m-%d").to_string())
}

pub async fn speaker(
    State(state): State<SharedState>,
    name: Result<Path<String>, PathRejection>,
) -> Result<Json<SpeakerView>, ApiError> {
    let Path(name) = name?;
    let name = text_parameter("name", Some(name))?.ok_or_else(|| ApiError::not_found("no such speaker"))?;
    let view = state
        .pool
        .run(move |store| -> Result<Option<SpeakerView>, ApiError> {
            let entities = store.entities(Some(&name))?;
            if entities.is_empty() {
                return Ok(None);
            }
            let timeline = store.timeline(&name)?;
            let mut weeks: BTreeMap<String, usize> = BTreeMap::new();
            let mut documents = BTreeSet::new();
            let (mut quotes, mut events) = (0, 0);
            let (mut first_seen, mut last_seen): (Option<String>, Option<String>) = (None, None);
            for entry in &timeline {
                if entry.entry != "quote" {
                    events += 1;
                    continue;
                }
                quotes += 1;
                documents.insert(entry.document_id.as_str());
                if let Some(date) = &entry.date {
                    if let Some(week) = week_of(date) {
                        *weeks.entry(week).or_default() += 1;
                    }
                    if first_seen.as_ref().is_none_or(|first| date < first) {
                        first_seen = Some(date.clone());
                    }
                    if last_seen.as_ref().is_none_or(|last| date > last) {
                        last_seen = Some(date.clone());
                    }
                }
            }
            let own_names: BTreeSet<String> = entities
                .iter()
                .flat_map(|entity| std::iter::once(entity.name.clone()).chain(entity.aliases.iter().cloned()))
                .collect();
            let event_rows = store.events(&EventQuery { with: Some(name.clone()), kind: None, limit: Some(1_000) })?;
            let mut partners: HashMap<String, usize> = HashMap::new();
            for event in &event_rows {
                let names: BTreeSet<&String> = event.participants.iter().collect();
                for participant in names {
                    if !own_names.contains(participant) {
                        *partners.entry(participant.clone()).or_default() += 1;
                    }
                }
            }
            let mut interactions: Vec<Interaction> =
                partners.into_iter().map(|(name, events)| Interaction { name, events }).collect();
            interactions.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.name.cmp(&b.name)));
            interactions.truncate(30);
            let recent_quotes =
                store.quotes(&QuoteQuery { speaker: Some(name.clone()), limit: Some(10), ..QuoteQuery::default() })?;
            let recent_events = event_rows.into_iter().take(RECENT_EVENTS).collect();
            Ok(Some(SpeakerView {
                name,
                entities,
                quotes,
                documents: documents.len(),
                events,
                first_seen,
                last_seen,
                weeks: weeks.into_iter().map(|(week, quotes)| WeekCount { week, quotes }).collect(),
                interactions,
                recent_quotes,
                recent_events,
            }))
        })
        .await??;
    view.map(Json).ok_or_else(|| ApiError::not_found("no such speaker"))
}

#[derive(Debug, Deserialize)]
pub struct EventsParams {
    with: Option<String>,
    kind: Option<String>,
    limit: Option<usize>,
}

#[derive(Debug, Serialize)]
pub struct EventsPage {
    results: Vec<EventRow>,
}

pub async fn events(
    State(state): State<SharedState>,
    params: Result<Query<EventsParams>, QueryRejection>,
) -> Result<Json<EventsPage>, ApiError> {
    let Query(params) = params?;
    let kind = match params.kind.as_deref() {
        None => None,
        Some("communication") => Some(EventKind::Communication),
        Some("meeting") => Some(EventKind::Meeting),
        Some("visit") => Some(EventKind::Visit),
        Some(_) => return Err(ApiError::bad_request("`kind` must be communication, meeting or visit")),
    };
    let query = EventQuery {
        with: text_parameter("with", params.with)?,
        kind,
        limit: Some(bounded("limit", params.limit, 50, MAX_PER_PAGE)?),
    };
    let results = state.pool.run(move |store| store.events(&query)).await??;
    Ok(Json(EventsPage { results }))
}

pub async fn document(
    State(state): State<SharedState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<readout_store::DocumentView>, ApiError> {
    let Path(id) = id?;
    if id.chars().count() > MAX_PARAMETER_CHARS {
        return Err(ApiError::not_found("no such document"));
    }
    let view = state.pool.run(move |store| store.document(&id)).await??;
    view.map(Json).ok_or_else(|| ApiError::not_found("no such document"))
}

/// `POST /api/extract`: `{"text": …}` or `{"html": …}`, optionally with
/// `date`, `title` and `source`; every field a string, no others.
pub async fn extract(
    State(state): State<SharedState>,
    body: Result<Json<Value>, JsonRejection>,
) -> Result<Json<Record>, ApiError> {
    let Json(body) = body?;
    let Value::Object(fields) = body else {
        return Err(ApiError::bad_request("the body must be a JSON object"));
    };
    let mut strings: HashMap<&str, String> = HashMap::new();
    for (key, value) in fields {
        let key = match key.as_str() {
            "text" => "text",
            "html" => "html",
            "date" => "date",
            "title" => "title",
            "source" => "source",
            other => return Err(ApiError::bad_request(format!("unknown field `{other}`"))),
        };
        let Value::String(value) = value else {
            return Err(ApiError::bad_request(format!("`{key}` must be a string")));
        };
        strings.insert(key, value);
    }
    let date = date_parameter("date", strings.remove("date"))?;
    let title = strings.remove("title");
    let source = strings.remove("source").unwrap_or_else(|| "pasted".to_string());
    let document = match (strings.remove("text"), strings.remove("html")) {
        (Some(text), None) => Document {
            id: readout_record::stable_id(&source, &text),
            source,
            title,
            date,
            text,
            known_boilerplate: Vec::new(),
        },
        (None, Some(html)) => {
            let hints = readout_html::PageHints { url: Some(source.as_str()), http_charset: Some("utf-8") };
            // A page with no article body is a valid request with nothing
            // to find: an empty record, not an error.
            let mut document =
                readout_ingest::document_from_html(&source, html.as_bytes(), &hints).unwrap_or_else(|_| Document {
                    id: readout_record::stable_id(&source, ""),
                    source: source.clone(),
                    ..Document::default()
                });
            document.date = date.or(document.date);
            document.title = title.or(document.title);
            document
        }
        _ => return Err(ApiError::bad_request("send exactly one of `text` and `html`")),
    };
    let record = tokio::task::spawn_blocking(move || state.extractor.extract(&document)).await?;
    Ok(Json(record))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_iso_prefixes() {
        for good in ["2024", "2024-12", "2024-12-18"] {
            assert!(is_date_prefix(good), "{good}");
        }
        for bad in ["", "24", "2024-1", "2024/12/18", "2024-12-18T00", "٢٠٢٤"] {
            assert!(!is_date_prefix(bad), "{bad}");
        }
    }

    #[test]
    fn channel_kinds_are_the_records() {
        assert_eq!(channel_kind(None).unwrap(), None);
        assert_eq!(channel_kind(Some("social_media".into())).unwrap(), Some(ChannelKind::SocialMedia));
        for bad in ["", "social-media", "Interview", "tweet"] {
            assert!(channel_kind(Some(bad.into())).is_err(), "{bad}");
        }
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_of("2024-12-18").as_deref(), Some("2024-12-16"));
        assert_eq!(week_of("2024-12-16").as_deref(), Some("2024-12-16"));
        assert_eq!(week_of("2024-12"), None);
    }
}
