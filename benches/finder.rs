//! Per-keystroke latency of the finder at 1e5 and 1e6 generated names.
//!
//! A realistic query is typed keystroke by keystroke (with two corrections)
//! through `run_request` and one long-lived `Searcher`, as the app's worker
//! does. Reported against baselines measured in the same run:
//!
//! - `fresh`: the same keystrokes, each on a newly built `Searcher` (build
//!   time excluded): a full scan with no history, what the long-lived
//!   searcher's incremental narrowing is measured against;
//! - `searcher`: the long-lived `Searcher` alone, so the finder's own work
//!   (grouping, ranking, capping) shows as the difference.
//!
//! Prints p50/p99 per keystroke, then criterion timings of one whole typed
//! query and of drawing the popup over a million results.
//!
//! `cargo bench --bench finder` (set `FINDER_BENCH_REPS` to type the query
//! more or fewer times; default 50 at 1e4, 20 at 1e5, 4 at 1e6).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use dateline::index::names;
use dateline::index::search::Searcher;
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Corpus, EntityKind, EntityMention, LocalEntity, Origin, Story, StoryId, StoryText,
};
use dateline::tui::finder::{
    Finder, FinderAction, FinderMode, FinderStyles, SearchRequest, render, run_request,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// The keystrokes: a surname typed, two corrections, a different ending.
const KEYSTROKES: &[&str] = &[
    "k", "kh", "kha", "khan", "khano", "khanov", "khano", "khan", "khanu", "khanum",
];

const ONSETS: &[&str] = &[
    "a", "ba", "da", "el", "fa", "ga", "ha", "i", "ja", "ka", "kha", "la", "ma", "na", "o", "pa",
    "ra", "sa", "ta", "u", "va", "ya", "za", "be", "de", "ke", "le", "me", "ne", "re", "se", "te",
    "bo", "do", "go", "ko", "lo", "mo", "no", "ro", "so", "to", "bi", "di", "ki", "li", "mi", "ni",
    "ri", "si", "ti", "zhu", "shi", "cha", "ste", "wo", "jo", "yu", "ha", "hu", "an", "in", "ol",
];
const CODAS: &[&str] = &[
    "", "n", "r", "l", "s", "m", "d", "k", "v", "sh", "t", "nd", "rt", "th", "z", "h", "ng",
];
const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "ski", "son", "sen", "ez", "ei", "ani", "ura", "ian", "ic", "er", "an", "elli",
    "um", "ing", "oglu", "ides", "", "", "",
];
const ORG_HEADS: &[&str] = &[
    "National",
    "United",
    "Northern",
    "Central",
    "Federal",
    "Islamic",
    "Democratic",
    "Popular",
    "International",
    "Royal",
    "Eastern",
    "Independent",
    "Free",
    "Atlantic",
    "Pacific",
];
const ORG_KINDS: &[&str] = &[
    "Council",
    "Party",
    "Front",
    "Agency",
    "Bank",
    "Ministry",
    "Institute",
    "Union",
    "Guard",
    "Commission",
    "Authority",
    "Foundation",
    "Movement",
    "League",
    "Court",
    "Corporation",
];
const PLACE_SUFFIXES: &[&str] = &[
    "", "abad", "burg", "ville", "stan", "pur", "grad", "ia", "port", "ford", "holm", "kent",
    " City", "shahr", "an", "o",
];

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// One to `max` syllables.
fn word(rng: &mut Rng, max: usize) -> String {
    let syllables = 1 + rng.below(max);
    let mut w = String::new();
    for _ in 0..syllables {
        w.push_str(rng.pick(ONSETS));
        if rng.below(3) == 0 {
            w.push_str(rng.pick(CODAS));
        }
    }
    w
}

/// One generated name: (name, kind, aliases).
fn generated_name(rng: &mut Rng) -> (String, EntityKind, Vec<String>) {
    let roll = rng.below(100);
    if roll < 60 {
        let first = capitalised(&word(rng, 2));
        let mut last = word(rng, 2);
        last.push_str(rng.pick(SURNAME_ENDINGS));
        let last = capitalised(&last);
        let aliases = if rng.below(2) == 0 {
            vec![last.clone()]
        } else {
            Vec::new()
        };
        (format!("{first} {last}"), EntityKind::Person, aliases)
    } else if roll < 85 {
        let head = rng.pick(ORG_HEADS);
        let core = capitalised(&word(rng, 3));
        let kind = rng.pick(ORG_KINDS);
        let name = format!("{head} {core} {kind}");
        let acronym: String = name.split(' ').filter_map(|w| w.chars().next()).collect();
        let aliases = if rng.below(4) != 0 {
            vec![acronym]
        } else {
            Vec::new()
        };
        (name, EntityKind::Organisation, aliases)
    } else {
        let mut place = capitalised(&word(rng, 2));
        place.push_str(rng.pick(PLACE_SUFFIXES));
        (place, EntityKind::Place, Vec::new())
    }
}

/// `n` entities as news would have them: six in ten people (half also known
/// by their surname), a quarter organisations (most with an acronym), the
/// rest places; mention counts heavy-tailed. Each entity has a paragraph
/// of its own (its name, mentioned that many times), a thousand paragraphs
/// to a story.
fn generated_index(n: usize) -> Index {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ n as u64);
    let mut stories = Vec::new();
    let mut extractions: Vec<StoryExtraction> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut start = 0;
    for i in 0..n {
        // Names the index would merge (the same name twice) are drawn
        // again, so there are `n` entities.
        let (name, kind, aliases) = loop {
            let candidate = generated_name(&mut rng);
            if seen.insert(names::merge_key(&candidate.0, candidate.1)) {
                break candidate;
            }
        };
        if i % PARAGRAPHS_PER_STORY == 0 {
            stories.push(Story {
                id: StoryId(format!("bench-{}", stories.len())),
                title: format!("Generated story {}", stories.len()),
                published: None,
                source: None,
                byline: None,
                dateline: None,
                url: None,
                paragraphs: Vec::new(),
                origin: Origin {
                    path: "bench.json".into(),
                    item: Some(stories.len()),
                },
            });
            extractions.push(StoryExtraction::default());
        }
        let (story, found) = (
            stories.last_mut().expect("a story"),
            extractions.last_mut().expect("an extraction"),
        );
        // Offsets into the story's joined text (paragraphs apart by a
        // blank line).
        if story.paragraphs.is_empty() {
            start = 0;
        }
        let local = found.entities.entities.len();
        // Heavy tail: most names once or twice, a few very often.
        let mentions = 1 + (1usize << rng.below(7)) * rng.below(3) / 2;
        // The written text is left empty: nothing here shows it, and ten
        // million copies of the names would dominate the bench's memory.
        for _ in 0..mentions {
            found.entities.mentions.push(EntityMention {
                start,
                end: start + name.len(),
                text: String::new(),
                entity: local,
            });
        }
        start += name.len() + StoryText::SEPARATOR.len();
        story.paragraphs.push(name.clone());
        found.entities.entities.push(LocalEntity {
            name,
            kind,
            aliases,
            roles: Vec::new(),
        });
    }
    Index::from_extractions(
        Corpus {
            stories,
            diagnostics: Vec::new(),
        },
        extractions,
    )
}

/// How many generated entities share a story.
const PARAGRAPHS_PER_STORY: usize = 1000;

fn request(query: &str, generation: u64) -> SearchRequest {
    SearchRequest {
        generation,
        query: query.to_string(),
        kind: None,
        mode: FinderMode::Entities,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

struct Stats {
    p50: Duration,
    p99: Duration,
    max: Duration,
    samples: usize,
}

fn stats(mut samples: Vec<Duration>) -> Stats {
    samples.sort();
    Stats {
        p50: percentile(&samples, 0.5),
        p99: percentile(&samples, 0.99),
        max: samples.last().copied().unwrap_or_default(),
        samples: samples.len(),
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Type the query `reps` times through one long-lived searcher.
fn long_lived(index: &Index, reps: usize) -> (Vec<Duration>, usize) {
    let mut searcher = Searcher::new(index);
    let mut samples = Vec::new();
    let mut shown = 0;
    let mut generation = 0;
    for _ in 0..reps {
        for q in KEYSTROKES {
            generation += 1;
            let req = request(q, generation);
            let t = Instant::now();
            let r = run_request(&mut searcher, index, &req);
            samples.push(t.elapsed());
            shown = r.matched;
            black_box(r);
        }
    }
    (samples, shown)
}

/// The same keystrokes through the searcher alone, long-lived.
fn searcher_only(index: &Index, reps: usize) -> Vec<Duration> {
    let mut searcher = Searcher::new(index);
    let mut samples = Vec::new();
    for _ in 0..reps {
        for q in KEYSTROKES {
            let t = Instant::now();
            black_box(searcher.search(q, None));
            samples.push(t.elapsed());
        }
    }
    samples
}

/// Each keystroke on a fresh searcher: a full scan with no history.
fn fresh(index: &Index, reps: usize) -> Vec<Duration> {
    let mut samples = Vec::new();
    let mut generation = 0;
    for _ in 0..reps {
        for q in KEYSTROKES {
            generation += 1;
            let mut searcher = Searcher::new(index);
            let req = request(q, generation);
            let t = Instant::now();
            black_box(run_request(&mut searcher, index, &req));
            samples.push(t.elapsed());
        }
    }
    samples
}

fn reps(default: usize) -> usize {
    std::env::var("FINDER_BENCH_REPS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn report(n: usize, index: &Index, reps: usize) {
    let candidates: usize = index.entities().iter().map(|e| 1 + e.aliases.len()).sum();
    let (ll, matched) = long_lived(index, reps);
    let only = searcher_only(index, reps);
    let base = fresh(index, reps.div_ceil(2));
    // Median per keystroke: which ones cost.
    let per_key: Vec<String> = KEYSTROKES
        .iter()
        .enumerate()
        .map(|(k, q)| {
            let mut v: Vec<Duration> = ll
                .iter()
                .skip(k)
                .step_by(KEYSTROKES.len())
                .copied()
                .collect();
            v.sort();
            format!("{q}:{:.1}", ms(percentile(&v, 0.5)))
        })
        .collect();
    let (ll, only, base) = (stats(ll), stats(only), stats(base));
    println!(
        "finder keystroke latency, {n} entities ({candidates} names), query typed {reps}x: {:?}",
        KEYSTROKES
    );
    for (label, s) in [
        ("run_request, long-lived searcher", &ll),
        ("searcher.search alone, long-lived", &only),
        ("baseline: fresh searcher per key", &base),
    ] {
        println!(
            "  {label:<36} p50 {:>8.2} ms  p99 {:>8.2} ms  max {:>8.2} ms  ({} samples)",
            ms(s.p50),
            ms(s.p99),
            ms(s.max),
            s.samples
        );
    }
    println!(
        "  ratio long-lived / fresh: p50 {:.2}  p99 {:.2};  finder overhead over searcher: p50 {:+.2} ms",
        ms(ll.p50) / ms(base.p50).max(1e-9),
        ms(ll.p99) / ms(base.p99).max(1e-9),
        ms(ll.p50) - ms(only.p50),
    );
    println!(
        "  median ms per keystroke (long-lived): {}",
        per_key.join("  ")
    );
    println!("  ({matched} entities match the last keystroke)");
}

/// Draw the popup with the list of an empty query over `index`.
fn draw_popup(index: &Index, terminal: &mut Terminal<TestBackend>, finder: &Finder) {
    let styles = FinderStyles::default();
    terminal
        .draw(|frame| {
            let area = frame.area();
            render(finder, index, &styles, frame, area);
        })
        .expect("draw");
}

fn finder_over(index: &Index) -> Finder {
    let mut finder = Finder::new();
    finder.open();
    let mut searcher = Searcher::new(index);
    finder.apply(run_request(&mut searcher, index, &finder.request()));
    for _ in 0..500 {
        finder.update(FinderAction::SelectNext);
    }
    finder
}

fn main() {
    let ten_thousand = generated_index(10_000);
    report(10_000, &ten_thousand, reps(50));
    drop(ten_thousand);
    let small = generated_index(100_000);
    report(100_000, &small, reps(20));
    let large = generated_index(1_000_000);
    report(1_000_000, &large, reps(4));

    let mut c = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    {
        let mut g = c.benchmark_group("finder_typed_query_1e5");
        let mut searcher = Searcher::new(&small);
        let mut generation = 0;
        g.bench_function("long_lived", |b| {
            b.iter(|| {
                for q in KEYSTROKES {
                    generation += 1;
                    black_box(run_request(&mut searcher, &small, &request(q, generation)));
                }
            })
        });
        g.bench_function("baseline_fresh_per_key", |b| {
            b.iter_batched(
                || {
                    KEYSTROKES
                        .iter()
                        .map(|_| Searcher::new(&small))
                        .collect::<Vec<_>>()
                },
                |mut searchers| {
                    for (q, s) in KEYSTROKES.iter().zip(&mut searchers) {
                        black_box(run_request(s, &small, &request(q, 1)));
                    }
                },
                criterion::BatchSize::PerIteration,
            )
        });
        g.finish();
    }
    {
        // Drawing must not depend on how many results there are.
        let tiny = generated_index(1_000);
        let mut g = c.benchmark_group("finder_render_120x40");
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("backend");
        let f_tiny = finder_over(&tiny);
        g.bench_function("baseline_1e3_entities", |b| {
            b.iter(|| draw_popup(&tiny, &mut terminal, &f_tiny))
        });
        let f_large = finder_over(&large);
        g.bench_function("1e6_entities", |b| {
            b.iter(|| draw_popup(&large, &mut terminal, &f_large))
        });
        g.finish();
    }
    c.final_summary();
}
