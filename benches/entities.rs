//! Entity extraction speed, as throughput in bytes of text, next to two
//! baselines measured in the same run on the same text: a pass that only
//! counts words, and the sentence splitter.
//!
//!     cargo bench --bench entities
//!
//! The text is the bundled sample stories (Markdown front matter skipped),
//! repeated to about 1 MB, plus the same text pre-tokenised the way wire
//! corpora are (spaces before punctuation, one sentence per line).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dateline::extract::{entities, sentence};

const STORIES: &[&str] = &[
    include_str!("../sample-data/2014-11-06-obama-writes-to-irans-leader.md"),
    include_str!("../sample-data/2014-11-24-nuclear-talks-extended-again.md"),
    include_str!("../sample-data/2015-04-02-lausanne-framework.txt"),
];

fn body(file: &str) -> &str {
    file.strip_prefix("---")
        .and_then(|r| r.find("\n---").map(|end| &r[end + 4..]))
        .unwrap_or(file)
}

fn prose() -> String {
    let one: String = STORIES
        .iter()
        .map(|s| body(s))
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(&one);
        text.push_str("\n\n");
    }
    text
}

/// The same prose, tokenised like wire corpora: "Obama 's letter , the U.S ."
fn pretokenised(prose: &str) -> String {
    let mut out = String::with_capacity(prose.len() + prose.len() / 8);
    for c in prose.chars() {
        match c {
            ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' => {
                out.push(' ');
                out.push(c);
                out.push(' ');
            }
            '’' => out.push_str(" '"),
            '.' => out.push_str(" .\n"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let prose = prose();
    let wire = pretokenised(&prose);
    for (name, text) in [("prose", &prose), ("wire", &wire)] {
        let mut g = c.benchmark_group(format!("entities/{name}"));
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(20);
        g.bench_function("baseline: count words", |b| {
            b.iter(|| black_box(text.as_str()).split_whitespace().count())
        });
        g.bench_function("baseline: split sentences", |b| {
            b.iter(|| sentence::split(black_box(text.as_str())).len())
        });
        g.bench_function("extract", |b| {
            b.iter(|| entities::extract(black_box(text.as_str())).mentions.len())
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
