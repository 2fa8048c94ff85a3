//! Benchmark: the PolNeAR train texts in, `find_times` throughput in bytes per
//! second out.
//!
//! The corpus lives outside the repository (`shared/corpora/polnear`); each
//! text's publication date is taken from its file name
//! (`source_YYYY-MM-DD_slug.txt`) so relative expressions are resolved too,
//! as they are in production.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use readout_time::find_times;
use std::path::PathBuf;

/// Fewer expressions than this over the corpus means recognition is broken,
/// and a fast benchmark of a broken scanner proves nothing.
const LEAST_EXPECTED_EXPRESSIONS: usize = 5_000;

fn corpus() -> Vec<(String, Option<NaiveDate>)> {
    let directory = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/polnear/train/text");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&directory)
        .unwrap_or_else(|error| panic!("reading {}: {error}", directory.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(path).ok()?;
            let name = path.file_name()?.to_str()?;
            let date = name.split('_').nth(1).and_then(|date| NaiveDate::parse_from_str(date, "%Y-%m-%d").ok());
            Some((text, date))
        })
        .collect()
}

fn count_expressions(texts: &[(String, Option<NaiveDate>)]) -> usize {
    texts.iter().map(|(text, date)| find_times(text, *date).len()).sum()
}

fn bench_find_times(criterion: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(|(text, _)| text.len()).sum();
    let found = count_expressions(&texts);
    assert!(found > LEAST_EXPECTED_EXPRESSIONS, "only {found} expressions in {} texts", texts.len());
    let mut group = criterion.benchmark_group("find_times");
    group.throughput(Throughput::Bytes(u64::try_from(bytes).unwrap_or(u64::MAX)));
    group.sample_size(20);
    group.bench_function("polnear_train", |bencher| bencher.iter(|| count_expressions(&texts)));
    group.finish();
}

criterion_group!(benches, bench_find_times);
criterion_main!(benches);
