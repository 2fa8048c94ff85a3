//! Full-text quote queries on a large store.
//!
//! In: `READOUT_BENCH_QUOTES` (default 1,000,000), the number of quotes to
//! generate into a temporary database through [`Store::ingest`], ten quotes
//! per document, from 500 speakers and a Zipf-like 3,000-word vocabulary.
//! Out: criterion timings for `Store::quotes` with `about` (common word,
//! rarer word, two words, prefix), with `about` plus a speaker, with a
//! speaker alone, and with no words (newest quotes, a date bound alone).
//! The bar is a median under 50 ms.

use std::time::Instant;

use criterion::{criterion_group, criterion_main, Criterion};
use readout_record::{Entity, EntityKind, Quote, QuoteKind, Record, Span, Speaker};
use readout_store::{QuoteQuery, Store};

const QUOTES_PER_DOCUMENT: usize = 10;
const GIVEN_NAMES: &[&str] = &[
    "Alice", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas", "Keir", "Laura", "Marco",
    "Nadia", "Oscar", "Priya", "Quentin", "Rachel", "Samir", "Tessa",
];
const SURNAMES: &[&str] = &[
    "Abbott", "Baker", "Carter", "Dunn", "Evans", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Khan", "Lopez",
    "Moreau", "Novak", "Okafor", "Patel", "Quinn", "Rossi", "Starmer", "Tanaka", "Usman", "Vargas", "Weber", "Xu",
    "Young",
];

/// A small deterministic generator, so every run builds the same corpus.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// Roughly Zipf: small ranks are much more likely.
    fn zipf(&mut self, size: usize) -> usize {
        let uniform = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((size as f64).powf(uniform) as usize).saturating_sub(1).min(size - 1)
    }
}

fn vocabulary() -> Vec<String> {
    let syllables = ["ba", "ko", "ri", "tem", "lu", "sor", "na", "vel", "di", "mar", "po", "zen", "ca", "fi"];
    let mut words: Vec<String> = Vec::new();
    let mut generator = Lcg(7);
    // Named words sit at chosen ranks, so queries span common to rare:
    // about 20%, 4%, 0.7% and 0.2% of quotes contain them.
    let placed = [(5, "economy"), (30, "budget"), (200, "growth"), (1_000, "security")];
    while words.len() < 3_000 {
        if let Some((_, word)) = placed.iter().find(|(rank, _)| *rank == words.len()) {
            words.push(word.to_string());
            continue;
        }
        let length = 2 + generator.next() as usize % 3;
        let word: String = (0..length).map(|_| syllables[generator.next() as usize % syllables.len()]).collect();
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

fn generate_records(quote_count: usize) -> impl Iterator<Item = Record> {
    let words = vocabulary();
    let speakers: Vec<String> = (0..500)
        .map(|index| format!("{} {}", GIVEN_NAMES[index % GIVEN_NAMES.len()], SURNAMES[index / GIVEN_NAMES.len()]))
        .collect();
    let documents = quote_count.div_ceil(QUOTES_PER_DOCUMENT);
    let mut generator = Lcg(42);
    (0..documents).map(move |number| {
        let first = &speakers[generator.zipf(speakers.len())];
        let second = &speakers[generator.next() as usize % speakers.len()];
        let mut text = String::new();
        let mut length = 0usize;
        let mut push = |text: &mut String, piece: &str| -> Span {
            let start = length;
            text.push_str(piece);
            length += piece.chars().count();
            Span { start, end: length, text: piece.to_string() }
        };
        let mut entities = vec![
            Entity { id: "e1".into(), name: first.clone(), kind: EntityKind::Person, mentions: Vec::new() },
            Entity { id: "e2".into(), name: second.clone(), kind: EntityKind::Person, mentions: Vec::new() },
        ];
        let mut quotes = Vec::with_capacity(QUOTES_PER_DOCUMENT);
        for quote_number in 0..QUOTES_PER_DOCUMENT {
            let speaker_index = quote_number % 2;
            let content: Vec<&str> = (0..12).map(|_| words[generator.zipf(words.len())].as_str()).collect();
            let content = content.join(" ");
            push(&mut text, "“");
            let content_span = push(&mut text, &content);
            push(&mut text, ",” ");
            let mention = push(&mut text, &entities[speaker_index].name.clone());
            push(&mut text, " ");
            let cue = push(&mut text, "said");
            push(&mut text, ".\n");
            entities[speaker_index].mentions.push(mention.clone());
            quotes.push(Quote {
                id: format!("q{quote_number}"),
                kind: if quote_number % 3 == 0 { QuoteKind::Indirect } else { QuoteKind::Direct },
                speaker: Speaker {
                    entity: Some(entities[speaker_index].id.clone()),
                    name: Some(entities[speaker_index].name.clone()),
                    mention: Some(mention),
                },
                cue: Some(cue),
                content: vec![content_span],
                text: content,
                date: None,
                addressee: None,
                channel: None,
                place: None,
            });
        }
        Record {
            id: format!("bench-{number:08}"),
            source: format!("https://news{}.example/{number}", number % 7),
            title: None,
            date: Some(format!("20{:02}-{:02}-{:02}", 15 + number % 10, number % 12 + 1, number % 28 + 1)),
            text,
            boilerplate: Vec::new(),
            entities,
            quotes,
            times: Vec::new(),
            events: Vec::new(),
            diagnostics: Vec::new(),
        }
    })
}

fn quote_queries(criterion: &mut Criterion) {
    let quote_count: usize =
        std::env::var("READOUT_BENCH_QUOTES").ok().and_then(|value| value.parse().ok()).unwrap_or(1_000_000);
    let directory = tempfile::tempdir().expect("temporary directory");
    // READOUT_BENCH_DATABASE keeps the generated file between runs; ingest
    // skips documents already there, so a second run starts at once.
    let path = std::env::var_os("READOUT_BENCH_DATABASE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| directory.path().join("bench.db"));
    let mut store = Store::open(&path).expect("open bench database");
    store.set_ingest_batch_size(10_000);
    let started = Instant::now();
    let summary = store.ingest(generate_records(quote_count)).expect("ingest");
    let file_size = std::fs::metadata(&path).map(|metadata| metadata.len()).unwrap_or(0);
    eprintln!(
        "generated {} quotes in {} documents ({} already there) in {:.1} s ({:.0} MiB)",
        summary.quotes,
        summary.inserted,
        summary.skipped,
        started.elapsed().as_secs_f64(),
        file_size as f64 / 1_048_576.0
    );
    store.connection().execute_batch("PRAGMA optimize; ANALYZE;").expect("analyze");

    let cases: Vec<(&str, QuoteQuery)> = vec![
        ("about_common_word", QuoteQuery { about: Some("budget".into()), limit: Some(50), ..QuoteQuery::default() }),
        (
            "about_very_common_word",
            QuoteQuery { about: Some("economy".into()), limit: Some(50), ..QuoteQuery::default() },
        ),
        ("about_rarer_word", QuoteQuery { about: Some("security".into()), limit: Some(50), ..QuoteQuery::default() }),
        (
            "about_two_words",
            QuoteQuery { about: Some("budget economy".into()), limit: Some(50), ..QuoteQuery::default() },
        ),
        ("about_prefix", QuoteQuery { about: Some("grow*".into()), limit: Some(50), ..QuoteQuery::default() }),
        (
            "about_with_speaker",
            QuoteQuery {
                about: Some("budget".into()),
                speaker: Some("Starmer".into()),
                limit: Some(50),
                ..QuoteQuery::default()
            },
        ),
        (
            "about_since_date",
            QuoteQuery {
                about: Some("economy".into()),
                since: Some("2023-01-01".into()),
                limit: Some(50),
                ..QuoteQuery::default()
            },
        ),
        (
            "about_with_source",
            QuoteQuery {
                about: Some("budget".into()),
                source_pattern: Some("news3".into()),
                limit: Some(50),
                ..QuoteQuery::default()
            },
        ),
        ("speaker_only", QuoteQuery { speaker: Some("Keir Starmer".into()), limit: Some(50), ..QuoteQuery::default() }),
        ("latest_quotes", QuoteQuery { limit: Some(50), ..QuoteQuery::default() }),
        ("since_date_only", QuoteQuery { since: Some("2023-01-01".into()), limit: Some(50), ..QuoteQuery::default() }),
        ("until_date_only", QuoteQuery { until: Some("2021-06".into()), limit: Some(50), ..QuoteQuery::default() }),
    ];
    let mut group = criterion.benchmark_group("quotes");
    group.sample_size(20);
    for (name, query) in &cases {
        let matches = store.quotes(query).map(|rows| rows.len()).unwrap_or(0);
        eprintln!("{name}: {matches} rows returned");
        group.bench_function(*name, |bencher| {
            bencher.iter(|| store.quotes(query).expect("query"));
        });
    }
    group.finish();
}

criterion_group!(benches, quote_queries);
criterion_main!(benches);
