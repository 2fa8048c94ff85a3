//! The web page: static assets in, HTML, CSS and JavaScript out.
//!
//! In: requests for `/`, `/app.js`, `/app.css` and `/documents/{id}`. Out:
//! the single-page app from `crates/readout-cli/web/` (embedded at build
//! time; it renders everything from the JSON API with `textContent`), and a
//! server-rendered, script-free article view for `/documents/{id}` in which
//! every piece of article text goes through [`escape_html`]. All pages carry
//! a Content-Security-Policy that allows only this origin's own script.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::http::{header, HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{ApiError, SharedState};

const INDEX_HTML: &str = include_str!("../../web/index.html");
const APP_JS: &str = include_str!("../../web/app.js");
const APP_CSS: &str = include_str!("../../web/app.css");

const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

fn asset(content_type: &'static str, body: impl Into<String>) -> Response {
    let headers: [(HeaderName, &'static str); 4] = [
        (header::CONTENT_TYPE, content_type),
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
    ];
    (headers, body.into()).into_response()
}

pub async fn index() -> Response {
    asset("text/html; charset=utf-8", INDEX_HTML)
}

pub async fn script() -> Response {
    asset("text/javascript; charset=utf-8", APP_JS)
}

pub async fn stylesheet() -> Response {
    asset("text/css; charset=utf-8", APP_CSS)
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// The article with each quote's content marked, paragraph by paragraph.
fn render_article(record: &readout_record::Record) -> String {
    let characters: Vec<char> = record.text.chars().collect();
    // Per code point: inside boilerplate, inside a quote's content.
    let mut marks = vec![(false, false); characters.len()];
    for span in &record.boilerplate {
        for mark in marks.iter_mut().take(span.end.min(characters.len())).skip(span.start) {
            mark.0 = true;
        }
    }
    for quote in &record.quotes {
        for span in &quote.content {
            for mark in marks.iter_mut().take(span.end.min(characters.len())).skip(span.start) {
                mark.1 = true;
            }
        }
    }
    let mut html = String::from("<p>");
    let mut open: (bool, bool) = (false, false);
    let mut run = String::new();
    let flush = |html: &mut String, run: &mut String, open: (bool, bool)| {
        if run.is_empty() {
            return;
        }
        let text = escape_html(run);
        match open {
            (true, _) => html.push_str(&format!("<span class=\"boilerplate\">{text}</span>")),
            (false, true) => html.push_str(&format!("<mark>{text}</mark>")),
            (false, false) => html.push_str(&text),
        }
        run.clear();
    };
    let mut index = 0;
    while index < characters.len() {
        if characters[index] == '\n' {
            flush(&mut html, &mut run, open);
            let mut end = index;
            while end < characters.len() && characters[end] == '\n' {
                end += 1;
            }
            html.push_str(if end - index > 1 { "</p>\n<p>" } else { "<br>" });
            index = end;
            continue;
        }
        if marks[index] != open {
            flush(&mut html, &mut run, open);
            open = marks[index];
        }
        run.push(characters[index]);
        index += 1;
    }
    flush(&mut html, &mut run, open);
    html.push_str("</p>");
    html
}

/// To whom, when, via what and where a quote was said, as far as the
/// record says: "to Charles Babbage", "2024-12-18", "via interview (Time)",
/// "in London" (unescaped).
fn circumstances(quote: &readout_record::Quote, record: &readout_record::Record) -> Vec<String> {
    let entity_name =
        |local_id: &str| record.entities.iter().find(|entity| entity.id == local_id).map(|entity| entity.name.as_str());
    let mut parts = Vec::new();
    if let Some(addressee) = &quote.addressee {
        let name = addressee.entity.as_deref().and_then(entity_name).or(addressee.name.as_deref());
        if let Some(name) = name.or(addressee.mention.as_ref().map(|mention| mention.text.as_str())) {
            parts.push(format!("to {name}"));
        }
    }
    if let Some(date) = &quote.date {
        parts.push(date.clone());
    }
    if let Some(channel) = &quote.channel {
        let kind = channel.kind.as_str().replace('_', " ");
        parts.push(match &channel.name {
            Some(name) => format!("via {kind} ({name})"),
            None => format!("via {kind}"),
        });
    }
    if let Some(place) = quote.place.as_deref().and_then(entity_name) {
        parts.push(format!("in {place}"));
    }
    parts
}

pub async fn document_page(State(state): State<SharedState>, id: Result<Path<String>, PathRejection>) -> Response {
    let Ok(Path(id)) = id else {
        return ApiError::bad_request("bad document id").into_response();
    };
    let view = state.pool.run(move |store| store.document(&id)).await;
    let record = match view {
        Ok(Ok(Some(view))) => view.record,
        Ok(Ok(None)) => return ApiError::not_found("no such document").into_response(),
        Ok(Err(error)) => return ApiError::from(error).into_response(),
        Err(error) => return error.into_response(),
    };
    let title = escape_html(record.title.as_deref().unwrap_or(&record.id));
    let mut quotes = String::new();
    for quote in &record.quotes {
        let speaker = quote.speaker.name.as_deref().or(quote.speaker.mention.as_ref().map(|m| m.text.as_str()));
        let said = circumstances(quote, &record);
        let said = if said.is_empty() {
            String::new()
        } else {
            format!(" <span class=\"circumstances\">{}</span>", escape_html(&said.join(" · ")))
        };
        quotes.push_str(&format!(
            "<li><q>{}</q> — {}{said} <small>({})</small></li>\n",
            escape_html(&quote.text),
            escape_html(speaker.unwrap_or("unknown speaker")),
            quote.kind.as_str()
        ));
    }
    let body = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title} · readout</title><link rel=\"stylesheet\" href=\"/app.css\"></head>\n\
         <body><main class=\"static-article\"><p><a href=\"/\">readout</a></p><h1>{title}</h1>\n\
         <p class=\"meta\">{date} · {source}</p>\n<article>{article}</article>\n\
         <h2>Quotes</h2><ul>{quotes}</ul></main></body></html>\n",
        date = escape_html(record.date.as_deref().unwrap_or("undated")),
        source = escape_html(&record.source),
        article = render_article(&record),
    );
    let mut response = asset("text/html; charset=utf-8", body);
    *response.status_mut() = StatusCode::OK;
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn circumstances_say_what_the_record_says() {
        use readout_record::{Channel, ChannelKind, Entity, EntityKind, Quote, QuoteKind, Record, Span, Speaker};
        let who = |entity: Option<&str>, name: Option<&str>, mention: Option<&str>| Speaker {
            entity: entity.map(String::from),
            name: name.map(String::from),
            mention: mention.map(|text| Span { start: 0, end: 0, text: text.into() }),
        };
        let entity = |id: &str, name: &str| Entity {
            id: id.into(),
            name: name.into(),
            kind: EntityKind::Place,
            mentions: vec![],
        };
        let record = Record {
            id: "d".into(),
            source: "s".into(),
            title: None,
            date: None,
            text: String::new(),
            boilerplate: vec![],
            entities: vec![entity("e1", "Charles Babbage"), entity("e2", "London")],
            quotes: vec![],
            times: vec![],
            events: vec![],
            diagnostics: vec![],
        };
        let quote = |addressee, date: Option<&str>, channel, place: Option<&str>| Quote {
            id: "q".into(),
            kind: QuoteKind::Direct,
            speaker: who(None, None, None),
            cue: None,
            content: vec![],
            text: String::new(),
            date: date.map(String::from),
            addressee,
            channel,
            place: place.map(String::from),
        };
        let conference = Channel { kind: ChannelKind::PressConference, name: Some("No 10".into()), mention: None };
        for (quote, expected) in [
            (quote(None, None, None, None), &[][..]),
            (
                quote(Some(who(Some("e1"), None, Some("Mr. B"))), Some("2024-W51"), Some(conference), Some("e2")),
                &["to Charles Babbage", "2024-W51", "via press conference (No 10)", "in London"],
            ),
            (quote(Some(who(None, None, Some("reporters"))), None, None, Some("e9")), &["to reporters"]),
            (quote(Some(who(None, Some("Ada"), Some("her"))), None, None, None), &["to Ada"]),
        ] {
            assert_eq!(circumstances(&quote, &record), expected);
        }
    }

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape_html("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
        );
    }
}
