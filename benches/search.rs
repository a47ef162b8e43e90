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
//! keystroke many times and prints p50 / p99 wall time per keystroke, with
//! the full scan of the same prefix and plain skim over every name (fewer
//! rounds) as ratio baselines.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion};
use dateline::index::search::{Candidate, Searcher};
use dateline::model::{EntityId, EntityKind};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// Hits asked for, as a finder list or `search --limit` would.
const LIMIT: usize = 50;

/// Given names from many languages, as a news corpus would hold them.
const GIVEN: &[&str] = &[
    "James", "Mary", "John", "Linda", "Robert", "Susan", "Michael", "Karen", "David", "Nancy",
    "William", "Lisa", "Richard", "Betty", "Joseph", "Sandra", "Thomas", "Ashley", "Charles",
    "Emily", "Daniel", "Donna", "Matthew", "Michelle", "Anthony", "Carol", "Mark", "Amanda",
    "Steven", "Melissa", "Paul", "Deborah", "Andrew", "Laura", "Kevin", "Rebecca", "Brian",
    "Sharon", "George", "Cynthia", "Edward", "Angela", "Ronald", "Helen", "Timothy", "Anna",
    "Jason", "Brenda", "Jeffrey", "Pamela", "Ryan", "Nicole", "Jacob", "Emma", "Gary", "Ruth",
    "Mohammed", "Fatima", "Ahmed", "Aisha", "Omar", "Layla", "Hassan", "Zainab", "Yusuf", "Mariam",
    "Wei", "Li", "Jing", "Hui", "Ming", "Xiao", "Chen", "Yan", "Hiroshi", "Yuki", "Kenji", "Aiko",
    "Jose", "Maria", "Juan", "Carmen", "Luis", "Ana", "Carlos", "Lucia", "Miguel", "Sofia", "Ivan",
    "Olga", "Sergei", "Natalia", "Dmitri", "Elena", "Vladimir", "Irina", "Pierre", "Marie", "Jean",
    "Claire", "Hans", "Greta", "Klaus", "Ingrid", "Giovanni", "Giulia", "Marco", "Chiara", "Raj",
    "Priya", "Arjun", "Ananya", "Vikram", "Deepa", "Kwame", "Ama", "Chinedu", "Ngozi", "Tendai",
    "Zanele", "Mehmet", "Ayse", "Reza", "Shirin", "Ali", "Sara", "Josh", "Barack", "Angela",
    "Boris", "Recep", "Xi", "Narendra", "Emmanuel", "Olaf", "Justin",
];

/// Surname stems and endings: combined, they give a long tail of plausible
/// family names with the letter frequencies of real ones.
const STEMS: &[&str] = &[
    "Ander", "Bald", "Bern", "Black", "Brown", "Camp", "Carl", "Chap", "Clark", "Cole", "Dal",
    "Dav", "Ed", "Eller", "Fair", "Fitz", "Gold", "Good", "Gran", "Green", "Hal", "Ham", "Har",
    "Hart", "Hol", "Iver", "Jack", "Jen", "Kar", "Kel", "Kim", "Lang", "Law", "Lind", "Mac", "Mar",
    "Mil", "Mor", "Nel", "New", "Nor", "Ol", "Pal", "Pet", "Rich", "Rob", "Ros", "Sand", "Schmid",
    "Stein", "Stock", "Thom", "Tor", "Van", "Wal", "West", "Wil", "Wood", "Abdel", "Al-Ras",
    "Bakh", "Farah", "Hass", "Kham", "Khal", "Mans", "Nas", "Rah", "Sal", "Zah", "Ivan", "Kuz",
    "Pav", "Petr", "Smirn", "Vol", "Gonz", "Hern", "Lop", "Mart", "Rodr", "Sanch", "Nak", "Tan",
    "Wat", "Yam", "Zhang", "Liu", "Huang", "Zhou", "Okon", "Adey", "Mbek", "Osei", "Gupt", "Shar",
    "Pat", "Red", "Sing",
];
const ENDINGS: &[&str] = &[
    "", "son", "sen", "berg", "man", "mann", "ley", "ton", "field", "ford", "well", "wood", "er",
    "ez", "es", "ov", "ova", "enko", "ski", "ska", "ini", "elli", "ani", "i", "a", "o", "ura",
    "ashi", "ata", "ed", "ein", "eh", "uddin", "ani", "ke", "lu", "oglu", "ian", "yan", "ovic",
    "escu", "ard", "ette", "ing", "hurst", "stone", "by",
];
const PLACE_ENDINGS: &[&str] = &[
    "ville", "burg", "stan", "abad", " City", "port", "ford", "ton", "grad", "polis", "heim",
    "dorf", "pur", "bad", " Springs", " Heights", "mouth", "chester", "field", "ia",
];
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
    "Herald",
    "Holdings",
    "Authority",
    "Commission",
];

fn surname(rng: &mut Rng) -> String {
    format!("{}{}", rng.pick(STEMS), rng.pick(ENDINGS))
}

/// `n` names: people (half with a surname alias), organisations and
/// places, plus a few well-known names the typed queries look for.
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
        let id = EntityId(entity);
        entity += 1;
        match rng.next() % 10 {
            0..=5 => {
                let first = rng.pick(GIVEN);
                let last = surname(&mut rng);
                out.push(Candidate {
                    entity: id,
                    kind: EntityKind::Person,
                    text: format!("{first} {last}"),
                    mentions,
                });
                if out.len() < n && rng.next().is_multiple_of(2) {
                    out.push(Candidate {
                        entity: id,
                        kind: EntityKind::Person,
                        text: last,
                        mentions,
                    });
                }
            }
            6..=7 => {
                let text = if rng.next().is_multiple_of(2) {
                    format!("{} {}", surname(&mut rng), rng.pick(ORG_WORDS))
                } else {
                    let stem = rng.pick(STEMS);
                    let end = rng.pick(PLACE_ENDINGS);
                    format!("The {stem}{end} {}", rng.pick(ORG_WORDS))
                };
                out.push(Candidate {
                    entity: id,
                    kind: EntityKind::Organisation,
                    text,
                    mentions,
                });
            }
            _ => {
                let text = format!("{}{}", rng.pick(STEMS), rng.pick(PLACE_ENDINGS));
                out.push(Candidate {
                    entity: id,
                    kind: EntityKind::Place,
                    text,
                    mentions,
                });
            }
        }
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
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
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
    let matcher = SkimMatcherV2::default().smart_case();
    let skim_rounds = (rounds / 20).max(2);
    let mut searcher = Searcher::from_candidates(names.clone());
    println!("\ntyping report: {n} names, {rounds} rounds, top {LIMIT} hits");
    println!(
        "(skim: plain SkimMatcherV2 over every name, {skim_rounds} rounds; x skim = skim p50 / p50)"
    );
    println!(
        "{:<16} {:>8} {:>11} {:>11} {:>14} {:>8} {:>12} {:>9}",
        "prefix", "matches", "p50", "p99", "full scan p50", "ratio", "skim p50", "x skim"
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
                black_box(searcher.search_top(&prefix, None, LIMIT));
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
        for (k, count) in hits.iter_mut().enumerate() {
            let prefix: String = chars[..=k].iter().collect();
            searcher.reset();
            *count = searcher.search(&prefix, None).len();
        }
        let mut skim: Vec<Vec<Duration>> = vec![Vec::with_capacity(skim_rounds); chars.len()];
        for _ in 0..skim_rounds {
            for (k, times) in skim.iter_mut().enumerate() {
                let prefix: String = chars[..=k].iter().collect();
                let t = Instant::now();
                black_box(naive(&matcher, &names, &prefix));
                times.push(t.elapsed());
            }
        }
        for k in 0..chars.len() {
            typed[k].sort();
            skim[k].sort();
            full[k].sort();

            let prefix: String = chars[..=k].iter().collect();
            let p50 = percentile(&typed[k], 0.5);
            let f50 = percentile(&full[k], 0.5);
            let s50 = percentile(&skim[k], 0.5);
            println!(
                "{:<16} {:>8} {:>11} {:>11} {:>14} {:>7.2}x {:>12} {:>8.1}x",
                format!("{prefix:?}"),
                hits[k],
                ms(p50),
                ms(percentile(&typed[k], 0.99)),
                ms(f50),
                f50.as_secs_f64() / p50.as_secs_f64().max(1e-9),
                ms(s50),
                s50.as_secs_f64() / p50.as_secs_f64().max(1e-9)
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
