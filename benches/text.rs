//! Story text search at 10,000 generated stories.
//!
//! The stories are generated here from invented words (a deterministic
//! generator, so every run searches the same text): about 8 paragraphs of 3
//! to 5 sentences each per story. Measured in the same run:
//!
//! - `build`: building the word index once (what the first text query waits
//!   for, on the search worker);
//! - per keystroke, a word typed letter by letter and then a second word,
//!   answered by the index (`index`), through the finder's `run_request`
//!   (`finder`, which adds nothing but the result list), and by a plain
//!   scan of every sentence (`scan`, the baseline the index is measured
//!   against).
//!
//! Prints p50 / p99 / max per keystroke and the scan-to-index ratio, then
//! Criterion timings of the whole typed query.
//!
//! `cargo bench --bench text` (set `TEXT_BENCH_REPS` to type the query more
//! or fewer times; default 20).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use dateline::index::Index;
use dateline::index::search::Searcher;
use dateline::index::text::{TextIndex, scan};
use dateline::model::{Corpus, Origin, Story, StoryId};
use dateline::tui::finder::{FinderMode, MAX_HITS, SearchRequest, run_request};

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

const STORIES: usize = 10_000;

/// The keystrokes: a word typed out, then a second word.
const KEYSTROKES: &[&str] = &[
    "m",
    "mo",
    "mor",
    "mora",
    "moran",
    "moranti",
    "moranti v",
    "moranti ve",
    "moranti vel",
    "moranti velu",
];

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ran", "ti", "vel", "u", "mor", "an", "se", "do", "ri", "pa", "el", "zu",
    "ne", "ga", "tor", "bi", "fe", "hol", "ma", "sti", "qu", "ver", "lin", "o", "da", "ché", "ür",
];

/// A vocabulary of invented words, the first ones short and common.
fn vocabulary(rng: &mut Rng) -> Vec<String> {
    let mut words: Vec<String> = ["the", "of", "and", "to", "in", "a", "on", "said", "was"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    words.push("moranti".into());
    words.push("velurin".into());
    while words.len() < 30_000 {
        let n = 1 + rng.below(4);
        let w: String = (0..n)
            .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
            .collect();
        words.push(w);
    }
    words
}

/// A word with a skewed frequency: common words often, rare ones seldom.
fn word<'a>(rng: &mut Rng, vocab: &'a [String]) -> &'a str {
    let r = rng.below(1000);
    let i = if r < 300 {
        rng.below(9)
    } else {
        let span = vocab.len() >> rng.below(12);
        rng.below(span.max(2))
    };
    &vocab[i]
}

fn generated_index(n: usize) -> Index {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let vocab = vocabulary(&mut rng);
    let stories = (0..n)
        .map(|i| {
            let paragraphs = (0..6 + rng.below(5))
                .map(|_| {
                    let mut p = String::new();
                    for s in 0..3 + rng.below(3) {
                        if s > 0 {
                            p.push(' ');
                        }
                        let len = 8 + rng.below(16);
                        for k in 0..len {
                            let w = word(&mut rng, &vocab);
                            if k == 0 {
                                let mut c = w.chars();
                                if let Some(f) = c.next() {
                                    p.extend(f.to_uppercase());
                                    p.push_str(c.as_str());
                                }
                            } else {
                                p.push(' ');
                                p.push_str(w);
                            }
                        }
                        p.push('.');
                    }
                    p
                })
                .collect();
            Story {
                id: StoryId(format!("bench-{i}")),
                title: format!("Story {i}"),
                published: None,
                source: None,
                byline: None,
                dateline: None,
                url: None,
                paragraphs,
                origin: Origin {
                    path: format!("bench/{i}.txt").into(),
                    item: None,
                },
            }
        })
        .collect();
    Index::from_extractions(
        Corpus {
            stories,
            diagnostics: Vec::new(),
        },
        Vec::new(),
    )
}

fn reps(default: usize) -> usize {
    std::env::var("TEXT_BENCH_REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// (p50, p99, max) of `samples`.
fn quantiles(samples: &mut [Duration]) -> (Duration, Duration, Duration) {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.99), at(1.0))
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn time_keystrokes(reps: usize, mut f: impl FnMut(&str)) -> Vec<Duration> {
    let mut out = Vec::new();
    for _ in 0..reps {
        for q in KEYSTROKES {
            let t = Instant::now();
            f(q);
            out.push(t.elapsed());
        }
    }
    out
}

fn main() {
    let index = generated_index(STORIES);
    let t = Instant::now();
    let text = TextIndex::build(&index);
    let build = t.elapsed();
    println!(
        "text search over {STORIES} stories: {} sentences, {} distinct words; index built in {}",
        text.sentence_count(),
        text.word_count(),
        ms(build)
    );
    // The app's path builds the index inside `Index` on first use.
    let t = Instant::now();
    black_box(index.text_index());
    println!("  first use through Index::text_index: {}", ms(t.elapsed()));
    for q in KEYSTROKES {
        let a = text.search(&index, q, MAX_HITS);
        assert_eq!(
            a,
            scan(&index, q, MAX_HITS),
            "index and scan agree on {q:?}"
        );
        println!("  {q:>14}: {} sentences", a.matched);
    }
    let n = reps(20);
    let mut idx = time_keystrokes(n, |q| {
        black_box(text.search(&index, q, MAX_HITS));
    });
    let mut searcher = Searcher::new(&index);
    let mut generation = 0;
    let mut fin = time_keystrokes(n, |q| {
        generation += 1;
        let request = SearchRequest {
            generation,
            query: q.to_string(),
            kind: None,
            mode: FinderMode::Text,
        };
        black_box(run_request(&mut searcher, &index, &request));
    });
    let mut base = time_keystrokes(n.div_ceil(10), |q| {
        black_box(scan(&index, q, MAX_HITS));
    });
    let (i50, i99, imax) = quantiles(&mut idx);
    let (f50, f99, fmax) = quantiles(&mut fin);
    let (s50, s99, smax) = quantiles(&mut base);
    println!("per keystroke (p50 / p99 / max):");
    println!("  index   {} / {} / {}", ms(i50), ms(i99), ms(imax));
    println!("  finder  {} / {} / {}", ms(f50), ms(f99), ms(fmax));
    println!("  scan    {} / {} / {}", ms(s50), ms(s99), ms(smax));
    println!(
        "  scan / index at p50: {:.0}x, at p99: {:.0}x",
        s50.as_secs_f64() / i50.as_secs_f64(),
        s99.as_secs_f64() / i99.as_secs_f64()
    );

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut g = c.benchmark_group("text_typed_query_1e4");
    g.bench_function("index", |b| {
        b.iter(|| {
            for q in KEYSTROKES {
                black_box(text.search(&index, q, MAX_HITS));
            }
        })
    });
    g.bench_function("scan", |b| {
        b.iter(|| {
            for q in KEYSTROKES {
                black_box(scan(&index, q, MAX_HITS));
            }
        })
    });
    g.finish();
    c.final_summary();
}
