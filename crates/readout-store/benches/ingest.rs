//! The writer's cost: PolNeAR train records in, a fresh database out.
//!
//! In: the PolNeAR train texts (read from `../shared`, never copied),
//! extracted once before timing. Out: criterion timings for
//! [`Store::ingest`] of all 840 records into a new file, in batches of the
//! CLI's default size, so BENCHMARKS.md can set the writer's time beside
//! extraction's (`cargo bench -p readout-extract --bench extract`): with
//! extraction and the writer overlapping on two cores, `readout ingest`
//! stays within 1.5x of `readout extract` only while the writer is faster
//! than extraction. It asserts the counts it stores, so a change that makes
//! ingest fast by dropping rows fails the bench.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use readout_extract::Extractor;
use readout_record::{stable_id, Document, Record};
use readout_store::Store;
use std::path::PathBuf;

fn records() -> Vec<Record> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/polnear/train/text");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    paths.sort();
    let extractor = Extractor::default();
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("corpus texts are UTF-8");
            let source = path.display().to_string();
            extractor.extract(&Document { id: stable_id(&source, &text), source, text, ..Default::default() })
        })
        .collect()
}

fn ingest_into_fresh_store(records: &[Record]) -> usize {
    let directory = tempfile::tempdir().expect("a temporary directory");
    let mut store = Store::open(directory.path().join("bench.db")).expect("a new store");
    let summary = store.ingest(records.iter().cloned()).expect("ingest succeeds");
    summary.quotes
}

fn bench(c: &mut Criterion) {
    let records = records();
    assert_eq!(records.len(), 840, "PolNeAR train has 840 texts");
    let expected_quotes: usize = records.iter().map(|record| record.quotes.len()).sum();
    assert_eq!(ingest_into_fresh_store(&records), expected_quotes, "every quote is stored");
    let size: usize = records.iter().map(|record| record.text.len()).sum();

    let mut group = c.benchmark_group("ingest");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(size as u64));
    group.bench_function("polnear_train_fresh_store", |b| b.iter(|| ingest_into_fresh_store(&records)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
