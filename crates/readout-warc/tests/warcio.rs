//! Fixtures written by Python's `warcio` (via `make_fixtures.py`) in, assertions out:
//! readout-warc must find the same records, offsets, statuses, media types, charsets and
//! decoded bodies as warcio's own reader, and must survive truncated and damaged files.
//! Skips with a message when `python3 -c "import warcio"` fails, unless `CI` is set.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use readout_warc::{open, WarcError, WarcReader, WarcRecord};

/// Generates the fixtures once per test run; `None` when warcio is unavailable outside CI.
fn fixture_directory() -> Option<&'static Path> {
    static DIRECTORY: OnceLock<Option<PathBuf>> = OnceLock::new();
    DIRECTORY.get_or_init(generate_fixtures).as_deref()
}

fn generate_fixtures() -> Option<PathBuf> {
    let has_warcio =
        Command::new("python3").args(["-c", "import warcio"]).output().is_ok_and(|output| output.status.success());
    if !has_warcio {
        if std::env::var_os("CI").is_some() {
            panic!("warcio is not importable by python3 but CI is set: run `pip install warcio`");
        }
        eprintln!("skipping warcio fixture tests: `python3 -c \"import warcio\"` failed (pip install warcio)");
        return None;
    }
    // Under cargo's scratch directory for integration tests, not the system
    // temp directory: each run replaces the last run's fixtures instead of
    // leaving another directory behind. They are written to a directory of
    // this process's own first, so a run never reads a half-written set.
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let directory = scratch.join("warcio-fixtures");
    let staging = scratch.join(format!("warcio-fixtures-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/make_fixtures.py");
    let output = Command::new("python3").arg(&script).arg(&staging).output().expect("run python3");
    assert!(output.status.success(), "make_fixtures.py failed: {}", String::from_utf8_lossy(&output.stderr));
    let _ = std::fs::remove_dir_all(&directory);
    match std::fs::rename(&staging, &directory) {
        Ok(()) => Some(directory),
        // Another test process put its fixtures there first: use ours.
        Err(_) => Some(staging),
    }
}

/// One line of `<name>.expected.tsv`, as warcio read it.
#[derive(Debug)]
struct Expected {
    offset: u64,
    record_type: String,
    uri: String,
    date: String,
    status: String,
    media_type: String,
    charset: String,
    body: Option<Vec<u8>>,
}

fn expected_records(directory: &Path, name: &str) -> Vec<Expected> {
    let text = std::fs::read_to_string(directory.join(format!("{name}.expected.tsv"))).expect("expected tsv");
    text.lines()
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 8, "{line}");
            Expected {
                offset: fields[0].parse().expect("offset"),
                record_type: fields[1].to_string(),
                uri: fields[2].to_string(),
                date: fields[3].to_string(),
                status: fields[4].to_string(),
                media_type: fields[5].to_string(),
                charset: fields[6].to_string(),
                body: (!fields[7].is_empty()).then(|| std::fs::read(directory.join(fields[7])).expect("body")),
            }
        })
        .collect()
}

fn read_all(path: &Path) -> (Vec<WarcRecord>, Vec<WarcError>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for item in open(path).expect("open fixture") {
        match item {
            Ok(record) => records.push(record),
            Err(error) => errors.push(error),
        }
    }
    (records, errors)
}

fn assert_matches_warcio(records: &[WarcRecord], expected: &[Expected], compare_offsets: bool) {
    assert_eq!(records.len(), expected.len(), "record count");
    for (record, expected) in records.iter().zip(expected) {
        let context = format!("record {expected:?}");
        if compare_offsets {
            assert_eq!(record.offset, expected.offset, "{context}");
        }
        assert_eq!(record.record_type, expected.record_type, "{context}");
        assert_eq!(record.target_uri.as_deref().unwrap_or(""), expected.uri, "{context}");
        assert_eq!(record.date.as_deref().unwrap_or(""), expected.date, "{context}");
        match (&record.http, &expected.body) {
            (Some(http), Some(body)) => {
                assert_eq!(http.status.to_string(), expected.status, "{context}");
                assert_eq!(http.content_type.as_deref().unwrap_or(""), expected.media_type, "{context}");
                assert_eq!(http.charset.as_deref().unwrap_or(""), expected.charset, "{context}");
                assert_eq!(&http.body, body, "{context}");
            }
            (None, None) => {}
            (http, _) => panic!("http {http:?} for {context}"),
        }
    }
}

#[test]
fn gzip_per_record_matches_warcio() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let (records, errors) = read_all(&directory.join("per_record.warc.gz"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_matches_warcio(&records, &expected_records(directory, "per_record.warc.gz"), true);
}

#[test]
fn uncompressed_matches_warcio() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let (records, errors) = read_all(&directory.join("plain.warc"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_matches_warcio(&records, &expected_records(directory, "plain.warc"), true);
}

#[test]
fn single_gzip_stream_reads_every_record() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let (records, errors) = read_all(&directory.join("single_stream.warc.gz"));
    assert!(errors.is_empty(), "{errors:?}");
    assert_matches_warcio(&records, &expected_records(directory, "plain.warc"), false);
    assert!(records.iter().all(|record| record.offset == 0));
}

#[test]
fn chunked_and_gzip_payloads_are_decoded() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let (records, _) = read_all(&directory.join("per_record.warc.gz"));
    let body_of = |uri: &str| {
        let record = records
            .iter()
            .find(|record| record.record_type == "response" && record.target_uri.as_deref() == Some(uri))
            .expect("response present");
        String::from_utf8_lossy(&record.http.as_ref().expect("http").body).into_owned()
    };
    assert!(body_of("http://news.example/chunked").contains("Chunked article text, long enough"));
    assert!(body_of("http://news.example/gzip").starts_with("<html><body><p>Gzip encoded article."));
    let latin = records
        .iter()
        .find(|record| record.target_uri.as_deref() == Some("http://news.example/latin") && record.http.is_some())
        .and_then(|record| record.http.as_ref())
        .expect("latin response");
    assert_eq!(latin.charset.as_deref(), Some("windows-1252"));
    assert!(latin.body.windows(4).any(|window| window == b"Caf\xe9"));
}

#[test]
fn only_successful_html_responses_count_as_html() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let (records, _) = read_all(&directory.join("per_record.warc.gz"));
    let html: Vec<&str> = records
        .iter()
        .filter(|record| record.is_html_response())
        .filter_map(|record| record.target_uri.as_deref())
        .collect();
    assert_eq!(
        html,
        [
            "http://news.example/article",
            "http://news.example/chunked",
            "http://news.example/gzip",
            "http://news.example/latin"
        ]
    );
    let skipped: Vec<&str> =
        records.iter().filter(|record| record.http.is_none()).map(|record| record.record_type.as_str()).collect();
    assert!(skipped.contains(&"warcinfo") && skipped.contains(&"request") && skipped.contains(&"revisit"));
    assert!(records.iter().all(|record| record.record_type != "response" || record.http.is_some()));
    assert_eq!(records[2].date_ymd().as_deref(), Some("2024-03-05"));
}

#[test]
fn truncated_file_returns_every_complete_record_then_an_error() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let offsets = member_offsets(directory);
    let last_offset = *offsets.last().expect("offsets");
    let (records, errors) = read_all(&directory.join("truncated.warc.gz"));
    assert_eq!(records.len(), offsets.len() - 1);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(matches!(errors[0], WarcError::TruncatedGzipMember { offset } if offset == last_offset));
    assert_eq!(errors[0].to_string(), format!("record at byte {last_offset}: truncated gzip member"));
}

#[test]
fn damaged_member_is_reported_and_later_records_still_come() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let offsets = member_offsets(directory);
    let (records, errors) = read_all(&directory.join("damaged.warc.gz"));
    assert_eq!(records.len(), offsets.len() - 1, "{errors:?}");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].offset(), offsets[6]);
    let uris: Vec<&str> = records.iter().filter_map(|record| record.target_uri.as_deref()).collect();
    assert!(uris.contains(&"http://news.example/logo.png"));
    assert!(!records
        .iter()
        .any(|record| record.target_uri.as_deref() == Some("http://news.example/gzip") && record.http.is_some()));
    let first_member_after_damage = offsets[6] + (offsets[7] - offsets[6]) / 2;
    assert_eq!(records[6].offset, first_member_after_damage);
}

#[test]
fn gzip_is_detected_by_magic_bytes_not_by_name() {
    let Some(directory) = fixture_directory() else {
        return;
    };
    let mislabelled = directory.join("mislabelled.warc");
    std::fs::copy(directory.join("per_record.warc.gz"), &mislabelled).expect("copy");
    let (records, errors) = read_all(&mislabelled);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(records.len(), member_offsets(directory).len());
    let from_memory = WarcReader::new(std::io::Cursor::new(std::fs::read(&mislabelled).expect("read")));
    assert_eq!(from_memory.filter(Result::is_ok).count(), records.len());
}

fn member_offsets(directory: &Path) -> Vec<u64> {
    std::fs::read_to_string(directory.join("member_offsets.txt"))
        .expect("member offsets")
        .lines()
        .map(|line| line.parse().expect("offset"))
        .collect()
}
