//! Per-keystroke latency of the finder at 1e5 and 1e6 generated names.
//!
//! A realistic query is typed keystroke by keystroke (with two corrections)
//! through `run_request` and one long-lived `Searcher`, as the app's worker
//! does. Reported against baselines measured in the same run:
//!
//! - `fresh`: the same keystrokes, each on a newly built `Searcher` (build
//!   time excluded): a full scan with no history, what the long-lived
//!   searcher's incremental narrowing is measured against;
//! - `searcher`: the long-lived `Searcher` alone, asked for the rows the
//!   finder asks for, so the finder's own work (counting, building its
//!   results) shows as the difference.
//!
//! Prints p50/p99 per keystroke, then the matchers side by side at 1e6 names
//! (the one the finder used before, a `SkimMatcherV2` built per name; the
//! own skim scorer; nucleo-matcher; each on one thread and on every thread
//! of the pool), the first one to four keys from an empty finder and the
//! typed query narrowing, as ratios against the first; then criterion
//! timings of one whole typed query and of drawing the popup over a million
//! results.
//!
//! `cargo bench --bench finder` (set `FINDER_BENCH_REPS` to type the query
//! more or fewer times; default 50 at 1e4, 20 at 1e5, 4 at 1e6;
//! `FINDER_BENCH_ONLY=matchers` prints only the matcher table).

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::Criterion;
use dateline::index::names;
use dateline::index::search::{Candidate, NameMatcher, NameSketch, Searcher, SkimMatcher};
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Corpus, EntityKind, EntityMention, LocalEntity, Origin, Story, StoryId, StoryText,
};
use dateline::tui::finder::{
    Finder, FinderAction, FinderMode, FinderStyles, MAX_HITS, SearchRequest, render, run_request,
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
    searcher.warm_up();
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
    searcher.warm_up();
    let mut samples = Vec::new();
    for _ in 0..reps {
        for q in KEYSTROKES {
            let t = Instant::now();
            black_box(searcher.search_top(q, None, MAX_HITS + 1));
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

/// The matcher before the own scorer: a `SkimMatcherV2` built for every
/// name scored (so that its matrix cannot leak from one name into the next),
/// with the same score bound as the default matcher.
struct FreshSkim;

impl NameMatcher for FreshSkim {
    fn score(&self, text: &str, query: &str) -> Option<i64> {
        use fuzzy_matcher::FuzzyMatcher;
        fuzzy_matcher::skim::SkimMatcherV2::default()
            .smart_case()
            .fuzzy_match(text, query)
    }
    fn indices(&self, text: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        use fuzzy_matcher::FuzzyMatcher;
        fuzzy_matcher::skim::SkimMatcherV2::default()
            .smart_case()
            .fuzzy_indices(text, query)
    }
    fn has_bound(&self) -> bool {
        SkimMatcher.has_bound()
    }
    fn upper_bounds(&self, query: &str, names: &[NameSketch], out: &mut Vec<i64>) {
        SkimMatcher.upper_bounds(query, names, out)
    }
}

/// nucleo-matcher behind the same trait: smart case as skim's (a query
/// with a capital matches case exactly), no Unicode normalisation (the
/// prefilter compares characters as written). It offers no score bound, so
/// every name that passes the prefilter is scored.
struct Nucleo;

thread_local! {
    static NUCLEO: std::cell::RefCell<(nucleo_matcher::Matcher, Vec<char>, Vec<char>)> =
        std::cell::RefCell::new((
            nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT),
            Vec::new(),
            Vec::new(),
        ));
}

impl Nucleo {
    fn run(text: &str, query: &str, indices: Option<&mut Vec<u32>>) -> Option<i64> {
        use nucleo_matcher::Utf32Str;
        NUCLEO.with(|cell| {
            let (matcher, hay, needle) = &mut *cell.borrow_mut();
            matcher.config.ignore_case = !query.bytes().any(|b| b.is_ascii_uppercase());
            matcher.config.normalize = false;
            let h = Utf32Str::new(text, hay);
            let n = Utf32Str::new(query, needle);
            match indices {
                Some(out) => matcher.fuzzy_indices(h, n, out),
                None => matcher.fuzzy_match(h, n),
            }
            .map(i64::from)
        })
    }
}

impl NameMatcher for Nucleo {
    fn score(&self, text: &str, query: &str) -> Option<i64> {
        Self::run(text, query, None)
    }
    fn indices(&self, text: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        let mut out = Vec::new();
        let score = Self::run(text, query, Some(&mut out))?;
        Some((score, out.into_iter().map(|i| i as usize).collect()))
    }
}

/// Every name and alias of `index`, as `Searcher::new` reads them.
fn candidates(index: &Index) -> Vec<Candidate> {
    let mut out = Vec::new();
    for e in index.entities() {
        let mentions = index.mention_count(e.id);
        for text in std::iter::once(&e.name).chain(&e.aliases) {
            out.push(Candidate {
                entity: e.id,
                kind: e.kind,
                text: text.clone(),
                mentions,
            });
        }
    }
    out
}

/// The first keystrokes, each typed into an empty finder (a full scan).
const FIRST_KEYS: &[&str] = &["k", "kh", "kha", "khan"];

/// Per keystroke through `run_request`: the first one to four characters
/// each from scratch, and the whole typed query narrowing incrementally.
fn matcher_samples(index: &Index, searcher: &mut Searcher, reps: usize) -> (Stats, Stats) {
    let mut first = Vec::new();
    let mut narrowing = Vec::new();
    let mut generation = 0;
    for _ in 0..reps {
        for q in FIRST_KEYS {
            generation += 1;
            searcher.reset();
            let req = request(q, generation);
            let t = Instant::now();
            black_box(run_request(searcher, index, &req));
            first.push(t.elapsed());
        }
        searcher.reset();
        for q in KEYSTROKES {
            generation += 1;
            let req = request(q, generation);
            let t = Instant::now();
            black_box(run_request(searcher, index, &req));
            narrowing.push(t.elapsed());
        }
    }
    (stats(first), stats(narrowing))
}

/// The matchers side by side over the same names in one run, against the
/// matcher the finder used before (a `SkimMatcherV2` per name).
fn compare_matchers(n: usize, index: &Index, reps: usize) {
    let names = candidates(index);
    let threads = rayon::current_num_threads();
    let mut rows: Vec<(String, Stats, Stats)> = Vec::new();
    let variants: Vec<(String, Box<dyn NameMatcher>, bool)> = vec![
        (
            "current: SkimMatcherV2 per name".into(),
            Box::new(FreshSkim),
            false,
        ),
        ("own skim scorer".into(), Box::new(SkimMatcher), false),
        (
            format!("own skim scorer, {threads} threads"),
            Box::new(SkimMatcher),
            true,
        ),
        ("nucleo-matcher".into(), Box::new(Nucleo), false),
        (
            format!("nucleo-matcher, {threads} threads"),
            Box::new(Nucleo),
            true,
        ),
    ];
    for (label, matcher, parallel) in variants {
        let mut searcher = Searcher::with_matcher(names.clone(), matcher);
        searcher.set_parallel(parallel);
        searcher.warm_up();
        let (first, narrowing) = matcher_samples(index, &mut searcher, reps);
        rows.push((label, first, narrowing));
    }
    println!(
        "finder matchers, {n} entities ({} names), {reps} reps; first keys {FIRST_KEYS:?} from an empty finder, narrowing {KEYSTROKES:?}",
        names.len()
    );
    println!(
        "  {:<36} {:>9} {:>9} {:>9} {:>9}   {:>7} {:>7}",
        "matcher", "1-4 p50", "1-4 p99", "narr p50", "narr p99", "x p99", "x narr"
    );
    let (base_first, base_narrow) = (ms(rows[0].1.p99), ms(rows[0].2.p99));
    for (label, first, narrowing) in &rows {
        println!(
            "  {label:<36} {:>7.2}ms {:>7.2}ms {:>7.2}ms {:>7.2}ms   {:>7.2} {:>7.2}",
            ms(first.p50),
            ms(first.p99),
            ms(narrowing.p50),
            ms(narrowing.p99),
            ms(first.p99) / base_first.max(1e-9),
            ms(narrowing.p99) / base_narrow.max(1e-9),
        );
    }
    println!("  (x = p99 / the current matcher's p99 in this run; lower is faster)");
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
    if std::env::var("FINDER_BENCH_ONLY").is_ok_and(|v| v == "matchers") {
        let large = generated_index(1_000_000);
        compare_matchers(1_000_000, &large, reps(4));
        return;
    }
    let ten_thousand = generated_index(10_000);
    report(10_000, &ten_thousand, reps(50));
    drop(ten_thousand);
    let small = generated_index(100_000);
    report(100_000, &small, reps(20));
    let large = generated_index(1_000_000);
    report(1_000_000, &large, reps(4));
    compare_matchers(1_000_000, &large, reps(4));

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
