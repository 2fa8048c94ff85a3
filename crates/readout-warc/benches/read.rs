//! An in-memory gzip-per-record WARC of several megabytes in (built here: warcinfo, then
//! request/response pairs with HTML bodies, some chunked, some gzip-encoded), the
//! reader's throughput in compressed bytes per second out. Asserts the record count.

use std::hint::black_box;
use std::io::{Cursor, Write};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use flate2::write::GzEncoder;
use flate2::Compression;
use readout_warc::WarcReader;

const PAGES: usize = 1500;

fn gzip_member(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
    encoder.write_all(bytes).expect("write to memory");
    encoder.finish().expect("finish gzip member")
}

fn warc_record(record_type: &str, uri: &str, block: &[u8]) -> Vec<u8> {
    let mut record = format!(
        "WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-03-05T12:34:56Z\r\nContent-Type: application/http; msgtype={record_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    record.extend_from_slice(block);
    record.extend_from_slice(b"\r\n\r\n");
    record
}

const WORDS: [&str; 32] = [
    "minister",
    "said",
    "the",
    "government",
    "will",
    "not",
    "comment",
    "on",
    "reports",
    "that",
    "spokesperson",
    "told",
    "reporters",
    "Tuesday",
    "agreement",
    "talks",
    "parliament",
    "vote",
    "budget",
    "election",
    "according",
    "official",
    "statement",
    "denied",
    "claims",
    "added",
    "president",
    "earlier",
    "week",
    "interview",
    "council",
    "crisis",
];

/// A story of varied words, so the archive compresses about as well as real pages.
fn article_html(page: usize) -> Vec<u8> {
    let mut state = (page as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    let mut html = format!("<!DOCTYPE html><html><head><title>Story {page}</title></head><body><article>");
    for paragraph in 0..30 {
        html.push_str(&format!("<p id=\"p{paragraph}\">\u{201c}"));
        for _ in 0..40 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            html.push_str(WORDS[(state % 32) as usize]);
            html.push(if state % 11 == 0 { ',' } else { ' ' });
            if state % 17 == 0 {
                html.push_str(&format!("{} ", state % 10_000));
            }
        }
        html.push_str("\u{201d}</p>");
    }
    html.push_str("</article></body></html>");
    html.into_bytes()
}

fn chunked(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for piece in payload.chunks(4096) {
        out.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
        out.extend_from_slice(piece);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// Builds the archive; returns it with its record count.
fn build_archive() -> (Vec<u8>, usize) {
    let mut archive = gzip_member(&warc_record("warcinfo", "", b"software: readout bench\r\n"));
    let mut records = 1;
    for page in 0..PAGES {
        let uri = format!("https://news.example/story/{page}");
        let request = format!("GET /story/{page} HTTP/1.1\r\nHost: news.example\r\n\r\n");
        archive.extend(gzip_member(&warc_record("request", &uri, request.as_bytes())));
        let html = article_html(page);
        let (headers, payload) = match page % 3 {
            0 => ("Content-Type: text/html; charset=utf-8\r\n".to_string(), html),
            1 => ("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n".to_string(), chunked(&html)),
            _ => {
                ("Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n".to_string(), gzip_member(&html))
            }
        };
        let mut block = format!("HTTP/1.1 200 OK\r\n{headers}\r\n").into_bytes();
        block.extend_from_slice(&payload);
        archive.extend(gzip_member(&warc_record("response", &uri, &block)));
        records += 2;
    }
    (archive, records)
}

fn bench_read(criterion: &mut Criterion) {
    let (archive, expected_records) = build_archive();
    eprintln!("archive: {} bytes gzip per record, {expected_records} records", archive.len());
    let mut group = criterion.benchmark_group("warc_read");
    group.throughput(Throughput::Bytes(archive.len() as u64));
    group.sample_size(10);
    group.bench_function(format!("gzip_per_record_{}_bytes", archive.len()), |bencher| {
        bencher.iter(|| {
            let mut records = 0usize;
            let mut html_bytes = 0usize;
            for item in WarcReader::new(Cursor::new(black_box(&archive[..]))) {
                let record = item.expect("bench archive is valid");
                if record.is_html_response() {
                    html_bytes += record.http.map_or(0, |http| http.body.len());
                }
                records += 1;
            }
            assert_eq!(records, expected_records);
            black_box(html_bytes)
        });
    });
    group.finish();
}

criterion_group!(benches, bench_read);
criterion_main!(benches);
