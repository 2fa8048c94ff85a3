//! End-to-end extraction speed: the PolNeAR train texts (read from
//! `../shared`, never copied) in, records serialised to JSON out.
//!
//! Reports bytes of text per second for one thread and for two (rayon), and
//! for the corpus repeated ten times, so the ratios in BENCHMARKS.md come
//! from one run. It also asserts how many quotes are found, so a change that
//! makes extraction fast by making it find nothing fails the bench.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use readout_extract::Extractor;
use readout_record::{stable_id, Document};
use std::path::PathBuf;

fn corpus() -> Vec<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/polnear/train/text");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("corpus texts are UTF-8");
            let source = path.display().to_string();
            Document { id: stable_id(&source, &text), source, text, ..Default::default() }
        })
        .collect()
}

fn run(extractor: &Extractor, documents: &[Document]) -> (usize, usize) {
    let mut quotes = 0;
    let mut bytes = 0;
    for document in documents {
        let record = extractor.extract(document);
        quotes += record.quotes.len();
        bytes += serde_json::to_vec(&record).expect("records serialise").len();
    }
    (quotes, bytes)
}

fn bench(c: &mut Criterion) {
    let documents = corpus();
    let extractor = Extractor::default();
    let size: usize = documents.iter().map(|d| d.text.len()).sum();
    let (quotes, _) = run(&extractor, &documents);
    assert_eq!(documents.len(), 840, "PolNeAR train has 840 texts");
    // 14,484 when this bench was written; a large drop means extraction broke.
    assert!(quotes > 13_000, "found only {quotes} quotes in PolNeAR train");

    let mut group = c.benchmark_group("extract");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(size as u64));
    group.bench_function("polnear_train_one_thread", |b| b.iter(|| run(&extractor, &documents)));
    for threads in [1, 2] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("a thread pool");
        group.bench_function(format!("polnear_train_rayon_{threads}_threads"), |b| {
            b.iter(|| {
                pool.install(|| {
                    documents
                        .par_iter()
                        .map(|d| serde_json::to_vec(&extractor.extract(d)).map_or(0, |v| v.len()))
                        .sum::<usize>()
                })
            })
        });
    }
    let ten: Vec<Document> = (0..10).flat_map(|_| documents.iter().cloned()).collect();
    group.throughput(Throughput::Bytes(size as u64 * 10));
    group.sample_size(10);
    group.bench_function("polnear_train_ten_copies_one_thread", |b| b.iter(|| run(&extractor, &ten)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
