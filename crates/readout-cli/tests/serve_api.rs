//! `readout serve` end to end over HTTP: a small database built here, the
//! server started on 127.0.0.1:0, and every endpoint checked for its JSON
//! shape, bounds and errors (400, 404, 405, 413, 415 as JSON), every JSON
//! body checked against its schema in `/openapi.json`, plus escaping of
//! article text in the server-rendered article page.

mod openapi_schema;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use readout_record::{
    Channel, ChannelKind, Entity, EntityKind, Event, EventKind, Quote, QuoteKind, Record, Span, Speaker,
};
use readout_store::Store;
use serde_json::Value;

struct Server {
    child: Child,
    address: String,
    _directory: tempfile::TempDir,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn span(text: &str, whole: &str) -> Span {
    let byte = whole.find(text).expect("span text in document");
    let start = whole[..byte].chars().count();
    Span { start, end: start + text.chars().count(), text: text.to_string() }
}

/// One document whose quote tries to inject a script (and has every field
/// of the whole statement: to whom, when, via, where), plus twenty-five
/// quotes by one speaker for pagination.
fn records() -> Vec<Record> {
    let mut records = Vec::new();
    let text = "Intro line.\n\n“<script>alert(1)</script> is not code,” Ada Lovelace said to Mr. Babbage in a letter.\n\nAda Lovelace met Charles Babbage in London.";
    let quote = "“<script>alert(1)</script> is not code,”";
    records.push(Record {
        id: "doc-script".into(),
        source: "https://news.example/script".into(),
        title: Some("<b>Title</b> & more".into()),
        date: Some("2024-12-18".into()),
        text: text.into(),
        boilerplate: vec![span("Intro line.", text)],
        entities: vec![
            Entity {
                id: "e1".into(),
                name: "Ada Lovelace".into(),
                kind: EntityKind::Person,
                mentions: vec![span("Ada Lovelace said", text)],
            },
            Entity {
                id: "e2".into(),
                name: "Charles Babbage".into(),
                kind: EntityKind::Person,
                mentions: vec![span("Mr. Babbage", text), span("Charles Babbage", text)],
            },
            Entity {
                id: "e3".into(),
                name: "London".into(),
                kind: EntityKind::Place,
                mentions: vec![span("London", text)],
            },
        ],
        quotes: vec![Quote {
            id: "q1".into(),
            kind: QuoteKind::Direct,
            speaker: Speaker {
                entity: Some("e1".into()),
                name: Some("Ada Lovelace".into()),
                mention: Some(span("Ada Lovelace", text)),
            },
            cue: Some(span("said", text)),
            content: vec![span(quote, text)],
            text: quote.into(),
            date: Some("1843-07".into()),
            addressee: Some(Speaker {
                entity: Some("e2".into()),
                name: Some("Charles Babbage".into()),
                mention: Some(span("Mr. Babbage", text)),
            }),
            channel: Some(Channel { kind: ChannelKind::Letter, name: None, mention: Some(span("a letter", text)) }),
            place: Some("e3".into()),
        }],
        times: Vec::new(),
        events: vec![Event {
            kind: EventKind::Meeting,
            cue: span("met", text),
            participants: vec!["e1".into(), "e2".into()],
            date: None,
            place: Some("e3".into()),
        }],
        diagnostics: Vec::new(),
    });
    for number in 0..25 {
        let text = format!("“Engines compute number {number},” Charles Babbage said.");
        let content = format!("“Engines compute number {number},”");
        records.push(Record {
            id: format!("doc-{number:02}"),
            source: format!("https://other.example/{number}"),
            title: None,
            date: Some(format!("2024-11-{:02}", number + 1)),
            entities: vec![Entity {
                id: "e1".into(),
                name: "Charles Babbage".into(),
                kind: EntityKind::Person,
                mentions: vec![span("Charles Babbage", &text)],
            }],
            quotes: vec![Quote {
                id: "q1".into(),
                kind: QuoteKind::Direct,
                speaker: Speaker {
                    entity: Some("e1".into()),
                    name: Some("Charles Babbage".into()),
                    mention: Some(span("Charles Babbage", &text)),
                },
                cue: Some(span("said", &text)),
                content: vec![span(&content, &text)],
                text: content.clone(),
                date: None,
                addressee: None,
                channel: None,
                place: None,
            }],
            boilerplate: Vec::new(),
            times: Vec::new(),
            events: Vec::new(),
            diagnostics: Vec::new(),
            text,
        });
    }
    records
}

fn start_server() -> Server {
    let directory = tempfile::tempdir().expect("temporary directory");
    let database = directory.path().join("serve.db");
    Store::open(&database).expect("create database").ingest(records()).expect("ingest");
    let port_file = directory.path().join("port");
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(["serve", "--addr", "127.0.0.1:0", "--connections", "2", "--db"])
        .arg(&database)
        .arg("--port-file")
        .arg(&port_file)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start readout serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("read the address");
    let address = line.trim().strip_prefix("listening on http://").expect("address line").to_string();
    // The port file may be written just after the address line: wait for it.
    let mut port = String::new();
    for _ in 0..100 {
        port = std::fs::read_to_string(&port_file).unwrap_or_default().trim().to_string();
        if !port.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(address.ends_with(&format!(":{port}")), "{address} vs port file {port}");
    Server { child, address, _directory: directory }
}

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

impl Reply {
    fn json(&self) -> Value {
        assert!(self.headers.to_ascii_lowercase().contains("content-type: application/json"), "{}", self.headers);
        serde_json::from_str(&self.body).unwrap_or_else(|error| panic!("{error}: {}", self.body))
    }
}

fn request(server: &Server, method: &str, path: &str, content_type: Option<&str>, body: &[u8]) -> Reply {
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n", server.address);
    if let Some(content_type) = content_type {
        head.push_str(&format!("Content-Type: {content_type}\r\n"));
    }
    if method == "POST" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).expect("send head");
    // The server may answer (413) before reading the whole body.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    let raw = String::from_utf8_lossy(&raw).to_string();
    let (headers, body) = raw.split_once("\r\n\r\n").expect("HTTP response");
    let status = headers.split(' ').nth(1).and_then(|code| code.parse().ok()).expect("status code");
    Reply { status, headers: headers.to_string(), body: body.to_string() }
}

fn get(server: &Server, path: &str) -> Reply {
    request(server, "GET", path, None, b"")
}

fn assert_error(reply: &Reply, status: u16) {
    assert_eq!(reply.status, status, "{}", reply.body);
    let json = reply.json();
    assert!(json["error"].as_str().is_some_and(|message| !message.is_empty()), "{json}");
}

#[test]
fn serves_the_api_the_page_and_json_errors() {
    let server = start_server();

    // Search, pagination and its bounds.
    let first = get(&server, "/api/quotes?speaker=Babbage&per_page=10").json();
    assert_eq!(first["results"].as_array().unwrap().len(), 10);
    assert_eq!(first["has_more"], true);
    assert_eq!(first["results"][0]["date"], "2024-11-25", "newest first");
    let last = get(&server, "/api/quotes?speaker=Babbage&per_page=10&page=3").json();
    assert_eq!(last["results"].as_array().unwrap().len(), 5);
    assert_eq!(last["has_more"], false);
    let words = get(&server, "/api/quotes?q=engines%20number&since=2024-11-20&until=2024-11").json();
    assert_eq!(words["results"].as_array().unwrap().len(), 6);
    let filtered = get(&server, "/api/quotes?source=news.example&kind=direct").json();
    assert_eq!(filtered["results"][0]["document_id"], "doc-script");
    for bad in [
        "/api/quotes?per_page=101",
        "/api/quotes?per_page=0",
        "/api/quotes?page=0",
        "/api/quotes?page=1001",
        "/api/quotes?page=abc",
        "/api/quotes?since=yesterday",
        "/api/quotes?kind=shouted",
        "/api/quotes?sort=random",
        "/api/events?limit=500",
        "/api/events?kind=party",
    ] {
        assert_error(&get(&server, bad), 400);
    }
    let long = format!("/api/quotes?q={}", "a".repeat(501));
    assert_error(&get(&server, &long), 400);
    // Quote marks and FTS syntax in a query are words, not syntax.
    assert_eq!(get(&server, "/api/quotes?q=%22OR%20NEAR(%27%29*").status, 200);

    // Speakers and events.
    let speaker = get(&server, "/api/speakers/Ada%20Lovelace").json();
    assert_eq!(speaker["quotes"], 1);
    assert_eq!(speaker["weeks"][0]["week"], "2024-12-16");
    assert_eq!(speaker["interactions"][0]["name"], "Charles Babbage");
    assert_error(&get(&server, "/api/speakers/Nobody%20Known"), 404);
    let events = get(&server, "/api/events?with=Lovelace&kind=meeting").json();
    assert_eq!(events["results"][0]["participants"], serde_json::json!(["Ada Lovelace", "Charles Babbage"]));

    // Documents.
    let document = get(&server, "/api/documents/doc-script").json();
    assert_eq!(document["record"]["quotes"][0]["text"], "“<script>alert(1)</script> is not code,”");
    assert_eq!(document["record"]["boilerplate"][0]["text"], "Intro line.");
    assert_error(&get(&server, "/api/documents/missing"), 404);

    // Extraction, body bounds and content types.
    let text = br#"{"text": "\u201cWe will stand with Ukraine,\u201d Keir Starmer said."}"#;
    let record = request(&server, "POST", "/api/extract", Some("application/json"), text).json();
    assert_eq!(record["quotes"][0]["speaker"]["name"], "Keir Starmer");
    let html =
        br#"{"html": "<html><body><article><p>\u201cWe act,\u201d Keir Starmer said.</p></article></body></html>"}"#;
    assert_eq!(request(&server, "POST", "/api/extract", Some("application/json"), html).status, 200);
    assert_error(&request(&server, "POST", "/api/extract", Some("application/json"), br#"{"text": 1}"#), 400);
    assert_error(
        &request(&server, "POST", "/api/extract", Some("application/json"), br#"{"text":"a","html":"b"}"#),
        400,
    );
    assert_error(&request(&server, "POST", "/api/extract", Some("application/json"), br#"{"words":"a"}"#), 400);
    assert_error(&request(&server, "POST", "/api/extract", Some("application/json"), b"{not json"), 400);
    assert_error(&request(&server, "POST", "/api/extract", Some("text/plain"), b"hello"), 415);
    let huge = format!("{{\"text\": \"{}\"}}", "a".repeat(3 * 1024 * 1024));
    assert_error(&request(&server, "POST", "/api/extract", Some("application/json"), huge.as_bytes()), 413);

    // Unknown routes and methods.
    assert_error(&get(&server, "/api/nothing"), 404);
    assert_error(&request(&server, "DELETE", "/api/quotes", None, b""), 405);

    // The page, its assets and the OpenAPI document.
    let index = get(&server, "/");
    assert_eq!(index.status, 200);
    assert!(index.body.contains("<script src=\"/app.js\""));
    assert!(index
        .headers
        .to_ascii_lowercase()
        .contains("content-security-policy: default-src 'none'; script-src 'self'"));
    assert!(get(&server, "/app.js").body.contains("textContent"));
    assert_eq!(get(&server, "/app.css").status, 200);
    let openapi = get(&server, "/openapi.json").json();
    assert_eq!(openapi["openapi"], "3.0.3");

    // Article text is escaped in the server-rendered article view.
    let page = get(&server, "/documents/doc-script");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{}", page.body);
    assert!(!page.body.contains("<script>alert"), "{}", page.body);
    assert!(page.body.contains("&lt;b&gt;Title&lt;/b&gt; &amp; more"));
    assert!(page.body.contains("<mark>"));
    assert_error(&get(&server, "/documents/missing"), 404);
}

#[test]
fn the_whole_statement_is_served_as_documented() {
    let server = start_server();
    let openapi = get(&server, "/openapi.json").json();
    let conforms = |route: &str, method: &str, reply: &Reply| -> Value {
        assert_eq!(reply.status, 200, "{route}: {}", reply.body);
        let body = reply.json();
        let schema = openapi_schema::response_schema(&openapi, route, method);
        assert!(schema.is_object(), "{route} {method} has no 200 schema");
        let broken = openapi_schema::violations(&openapi, schema, &body, route);
        assert!(broken.is_empty(), "{route} breaks /openapi.json:\n{}", broken.join("\n"));
        body
    };

    // To whom, when, via and where, on the quote that has them all.
    let to = conforms("/api/quotes", "get", &get(&server, "/api/quotes?to=Babbage"));
    let results = to["results"].as_array().unwrap();
    assert_eq!(results.len(), 1, "{to}");
    let quote = &results[0];
    assert_eq!(quote["document_id"], "doc-script");
    assert_eq!(quote["addressee"], "Charles Babbage");
    assert_eq!(quote["addressee_mention"], "Mr. Babbage");
    assert!(quote["addressee_entity_id"].is_i64());
    assert_eq!((&quote["said_date"], &quote["date"]), (&Value::from("1843-07"), &Value::from("2024-12-18")));
    assert_eq!((&quote["channel"], &quote["channel_mention"]), (&Value::from("letter"), &Value::from("a letter")));
    assert_eq!(quote["channel_name"], Value::Null);
    assert_eq!(quote["place"], "London");
    let by_letter = conforms("/api/quotes", "get", &get(&server, "/api/quotes?channel=letter&to=Charles%20Babbage"));
    assert_eq!(by_letter["results"], to["results"]);
    let none = conforms("/api/quotes", "get", &get(&server, "/api/quotes?channel=interview"));
    assert_eq!(none["results"].as_array().unwrap().len(), 0);
    // The other quotes say none of it: every new field is there, as null.
    let babbage = conforms("/api/quotes", "get", &get(&server, "/api/quotes?speaker=Babbage&per_page=1"));
    for field in ["said_date", "addressee", "addressee_entity_id", "channel", "place", "place_entity_id"] {
        assert_eq!(babbage["results"][0][field], Value::Null, "{field}");
    }
    for bad in ["/api/quotes?channel=tweet", "/api/quotes?channel=social-media", "/api/quotes?channel="] {
        assert_error(&get(&server, bad), 400);
    }
    assert_error(&get(&server, &format!("/api/quotes?to={}", "a".repeat(501))), 400);

    // Events say where; the speaker's page lists them.
    let events = conforms("/api/events", "get", &get(&server, "/api/events"));
    assert_eq!(events["results"][0]["place"], "London");
    assert!(events["results"][0]["place_entity_id"].is_i64());
    let ada = conforms("/api/speakers/{name}", "get", &get(&server, "/api/speakers/Ada%20Lovelace"));
    let listed = ada["recent_events"].as_array().unwrap();
    assert_eq!(listed.len(), 1, "{ada}");
    assert_eq!(listed[0]["kind"], "meeting");
    assert_eq!(listed[0]["participants"], serde_json::json!(["Ada Lovelace", "Charles Babbage"]));
    assert_eq!(listed[0]["place"], "London");
    let charles = conforms("/api/speakers/{name}", "get", &get(&server, "/api/speakers/Charles%20Babbage"));
    assert_eq!(charles["recent_events"].as_array().unwrap().len(), 1);

    // A stored record and an extracted one carry the fields as the record does.
    let document = conforms("/api/documents/{id}", "get", &get(&server, "/api/documents/doc-script"));
    let stored = &document["record"]["quotes"][0];
    assert_eq!(stored["addressee"]["entity"], "e2");
    assert_eq!(stored["channel"]["kind"], "letter");
    assert_eq!((&stored["date"], &stored["place"]), (&Value::from("1843-07"), &Value::from("e3")));
    assert_eq!(document["record"]["events"][0]["place"], "e3");
    conforms("/api/documents/{id}", "get", &get(&server, "/api/documents/doc-00"));
    let text = br#"{"text": "\u201cWe will stand with Ukraine,\u201d Keir Starmer told reporters in Kyiv on Monday.", "date": "2024-12-18"}"#;
    conforms("/api/extract", "post", &request(&server, "POST", "/api/extract", Some("application/json"), text));

    // The server-rendered article says to whom, when, via and where.
    let page = get(&server, "/documents/doc-script");
    assert!(page.body.contains("to Charles Babbage"), "{}", page.body);
    assert!(page.body.contains("1843-07") && page.body.contains("via letter") && page.body.contains("in London"));
}
