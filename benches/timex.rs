//! Throughput of the temporal tagger over text built from the sample
//! stories, next to a baseline measured in the same run: a plain
//! lower-casing and word-counting pass over the same bytes.
//!
//!     cargo bench --bench timex

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::extract::timex::tag;

/// About 1 MB of news text: every sample story body, with its date,
/// repeated.
fn corpus() -> Vec<(String, Option<chrono::NaiveDate>)> {
    let sample = dateline::ingest::load_sample();
    let stories: Vec<(String, Option<chrono::NaiveDate>)> = sample
        .stories
        .iter()
        .map(|s| (s.text().text, s.date()))
        .collect();
    let one: usize = stories.iter().map(|(t, _)| t.len()).sum();
    let copies = (1_000_000 / one.max(1)).max(1);
    let mut out = Vec::with_capacity(stories.len() * copies);
    for _ in 0..copies {
        out.extend(stories.iter().cloned());
    }
    out
}

fn baseline(text: &str) -> usize {
    let lower = text.to_lowercase();
    lower.split_whitespace().count()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let mut group = c.benchmark_group("timex");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("baseline_lowercase_scan", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(t, _)| baseline(black_box(t)))
                .sum::<usize>()
        })
    });
    group.bench_function("tag", |b| {
        b.iter(|| {
            docs.iter()
                .map(|(t, d)| tag(black_box(t), *d).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
