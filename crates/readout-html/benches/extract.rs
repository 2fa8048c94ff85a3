//! The 91 benchmark pages under `shared/corpora/article-extraction/html` in,
//! extraction throughput (bytes of HTML per second) out; asserts how many
//! pages give a non-empty body.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::io::Read;
use std::path::Path;

/// Pages expected to give a non-empty body.
const NON_EMPTY: usize = 91;

fn load() -> Vec<Vec<u8>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/article-extraction/html");
    let mut paths: Vec<_> =
        std::fs::read_dir(&dir).map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let mut html = Vec::new();
            let f = std::fs::File::open(p).ok()?;
            flate2::read::GzDecoder::new(f).read_to_end(&mut html).ok()?;
            Some(html)
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let pages = load();
    if pages.is_empty() {
        eprintln!("no pages found under shared/corpora/article-extraction/html; skipping");
        return;
    }
    let hints = readout_html::PageHints::default();
    let non_empty = pages.iter().filter(|p| !readout_html::extract(p, &hints).text.is_empty()).count();
    assert_eq!(non_empty, NON_EMPTY, "pages with a non-empty body");
    let bytes: usize = pages.iter().map(Vec::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("article-extraction corpus", |b| {
        b.iter(|| {
            for p in &pages {
                std::hint::black_box(readout_html::extract(p, &hints));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
