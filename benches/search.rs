//! Fuzzy search over large generated name sets.
//!
//! Criterion measures, for 100,000 and 1,000,000 names:
//! - `naive`: plain `SkimMatcherV2` over every name (no prefilter), the
//!   in-run baseline;
//! - `full_scan`: the searcher answering a query from scratch (prefilter, no
//!   narrowing);
//! - `keystroke`: the searcher answering a query that extends the previous
//!   one (narrowing from the previous hits).
//!
//! After Criterion, a typing report replays realistic queries keystroke by
//! keystroke many times and prints p50 / p99 per keystroke, with the full
//! scan of the same prefix as the ratio baseline.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use dateline::index::search::{Candidate, Searcher};
use dateline::model::{EntityId, EntityKind};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// Hits asked for, as a finder list or `search --limit` would.
const LIMIT: usize = 50;

/// A small deterministic generator (xorshift64*), so every run searches the
/// same names.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const ONSETS: &[&str] = &[
    "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
    "ch", "dr", "gr", "kh", "sh", "st", "th", "tr",
];
const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "ie", "ou", "y"];
const CODAS: &[&str] = &["", "", "", "n", "r", "s", "l", "m", "t", "nd", "rt", "sk"];
const ORG_WORDS: &[&str] = &[
    "Party",
    "Ministry",
    "Department",
    "Journal",
    "Press",
    "Times",
    "Group",
    "Council",
    "Agency",
    "Bank",
    "University",
    "Institute",
    "Corp",
    "Foundation",
    "Front",
    "Union",
];

fn word(rng: &mut Rng, syllables: u64) -> String {
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(rng.pick(ONSETS));
        w.push_str(rng.pick(VOWELS));
        w.push_str(rng.pick(CODAS));
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `n` names: people (with a surname alias), organisations and places, plus
/// a few well-known names the typed queries look for.
fn generate(n: usize) -> Vec<Candidate> {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = Vec::with_capacity(n);
    let known = [
        ("Ali Khamenei", EntityKind::Person),
        ("Barack Obama", EntityKind::Person),
        ("The Wall Street Journal", EntityKind::Organisation),
        ("Josh Earnest", EntityKind::Person),
    ];
    for (i, (name, kind)) in known.iter().enumerate() {
        out.push(Candidate {
            entity: EntityId(i),
            kind: *kind,
            text: name.to_string(),
            mentions: 5,
        });
    }
    let mut entity = known.len();
    while out.len() < n {
        let mentions = (rng.next() % 20) as usize;
        match rng.next() % 10 {
            0..=5 => {
                let syl = 1 + rng.next() % 2;
                let first = word(&mut rng, syl);
                let syl = 2 + rng.next() % 2;
                let last = word(&mut rng, syl);
                out.push(Candidate {
                    entity: EntityId(entity),
                    kind: EntityKind::Person,
                    text: format!("{first} {last}"),
                    mentions,
                });
                if out.len() < n && rng.next() % 2 == 0 {
                    out.push(Candidate {
                        entity: EntityId(entity),
                        kind: EntityKind::Person,
                        text: last,
                        mentions,
                    });
                }
            }
            6..=7 => {
                let a = word(&mut rng, 2);
                let b = rng.pick(ORG_WORDS);
                out.push(Candidate {
                    entity: EntityId(entity),
                    kind: EntityKind::Organisation,
                    text: format!("{a} {b}"),
                    mentions,
                });
            }
            _ => {
                let syl = 2 + rng.next() % 2;
                let p = word(&mut rng, syl);
                out.push(Candidate {
                    entity: EntityId(entity),
                    kind: EntityKind::Place,
                    text: p,
                    mentions,
                });
            }
        }
        entity += 1;
    }
    out
}

/// Every name scored by skim, best `LIMIT` kept: what a search without
/// prefilter or narrowing costs.
fn naive(matcher: &SkimMatcherV2, names: &[Candidate], query: &str) -> usize {
    let mut scored: Vec<(i64, usize)> = names
        .iter()
        .enumerate()
        .filter_map(|(i, c)| matcher.fuzzy_match(&c.text, query).map(|s| (s, i)))
        .collect();
    scored.sort_unstable_by(|a, b| b.cmp(a));
    scored.truncate(LIMIT);
    scored.len()
}

fn bench_size(c: &mut Criterion, n: usize) {
    let names = generate(n);
    let mut group = c.benchmark_group(format!("search_{n}"));
    if n >= 1_000_000 {
        group.sample_size(10);
    } else {
        group.sample_size(30);
    }
    let matcher = SkimMatcherV2::default().smart_case();
    let mut searcher = Searcher::from_candidates(names.clone());
    for query in ["khm", "obama"] {
        group.bench_with_input(BenchmarkId::new("naive", query), query, |b, q| {
            b.iter(|| naive(&matcher, &names, black_box(q)))
        });
        group.bench_with_input(BenchmarkId::new("full_scan", query), query, |b, q| {
            b.iter(|| {
                searcher.reset();
                searcher.search_top(black_box(q), None, LIMIT).len()
            })
        });
        let prefix: String = query.chars().take(query.chars().count() - 1).collect();
        group.bench_with_input(BenchmarkId::new("keystroke", query), query, |b, q| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    searcher.reset();
                    searcher.search_top(&prefix, None, LIMIT);
                    let t = Instant::now();
                    black_box(searcher.search_top(black_box(q), None, LIMIT).len());
                    total += t.elapsed();
                }
                total
            })
        });
    }
    group.finish();
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

/// Type each query one keystroke at a time, `rounds` times, and print p50
/// and p99 per keystroke next to the full scan of the same prefix.
fn typing_report(n: usize, rounds: usize) {
    let names = generate(n);
    let mut searcher = Searcher::from_candidates(names);
    println!("\ntyping report: {n} names, {rounds} rounds, top {LIMIT} hits");
    println!(
        "{:<16} {:>8} {:>12} {:>12} {:>14} {:>8}",
        "prefix", "hits", "p50", "p99", "full scan p50", "ratio"
    );
    for query in ["khamenei", "barack obama", "wsj"] {
        let chars: Vec<char> = query.chars().collect();
        let mut typed: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); chars.len()];
        let mut full: Vec<Vec<Duration>> = vec![Vec::with_capacity(rounds); chars.len()];
        let mut hits = vec![0; chars.len()];
        for _ in 0..rounds {
            searcher.reset();
            for k in 0..chars.len() {
                let prefix: String = chars[..=k].iter().collect();
                let t = Instant::now();
                hits[k] = black_box(searcher.search_top(&prefix, None, LIMIT)).len();
                typed[k].push(t.elapsed());
            }
            for k in 0..chars.len() {
                let prefix: String = chars[..=k].iter().collect();
                searcher.reset();
                let t = Instant::now();
                black_box(searcher.search_top(&prefix, None, LIMIT));
                full[k].push(t.elapsed());
            }
        }
        for k in 0..chars.len() {
            typed[k].sort();
            full[k].sort();
            let prefix: String = chars[..=k].iter().collect();
            let p50 = percentile(&typed[k], 0.5);
            let f50 = percentile(&full[k], 0.5);
            println!(
                "{:<16} {:>8} {:>12} {:>12} {:>14} {:>7.2}x",
                format!("{prefix:?}"),
                hits[k],
                ms(p50),
                ms(percentile(&typed[k], 0.99)),
                ms(f50),
                f50.as_secs_f64() / p50.as_secs_f64().max(1e-9)
            );
        }
    }
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench_size(&mut c, 100_000);
    bench_size(&mut c, 1_000_000);
    c.final_summary();
    let quick = std::env::args().any(|a| a == "--test" || a == "--list");
    if !quick {
        typing_report(100_000, 200);
        typing_report(1_000_000, 20);
    }
}
