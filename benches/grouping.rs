//! Cross-story grouping at scale: the time to group the events of a whole
//! archive, against the time to build its index (load excluded) measured
//! in the same run, with the number of groups and the largest one.
//! Grouping must stay near-linear in the number of events and its groups
//! bounded by evidence, whatever the archive's size.
//!
//! ```sh
//! cargo bench --bench grouping                    # 1,000 and 10,000 invented stories
//! DATELINE_BENCH_ARCHIVES=target/a10k:target/a100k cargo bench --bench grouping
//! ```
//!
//! `DATELINE_BENCH_ARCHIVES` is a `:`-separated list of story directories
//! (realistic archives, for instance); without it invented stories are
//! generated into a temporary directory.

use std::time::{Duration, Instant};

use dateline::index::{Index, timeline};
use dateline::ingest;

#[path = "support/archive.rs"]
mod archive;

/// The fastest of `reps` runs of `f`, and its last result.
fn fastest<T>(reps: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut last = None;
    for _ in 0..reps {
        let t = Instant::now();
        let out = f();
        best = best.min(t.elapsed());
        last = Some(out);
    }
    (best, last.expect("at least one run"))
}

fn main() {
    let generated = tempfile::tempdir().expect("tempdir");
    let archives = archive::archives("DATELINE_BENCH_ARCHIVES", generated.path());
    println!(
        "| archive | stories | events | index build | grouping | grouping / build | groups | largest group (events · stories) |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for root in &archives {
        let corpus = ingest::load(std::slice::from_ref(root));
        let stories = corpus.stories.len();
        let reps = if stories > 20_000 { 1 } else { 3 };
        let (build, index) = fastest(reps, || Index::build(corpus.clone()));
        let (grouping, groups) = fastest(reps, || {
            timeline::group(
                index.events(),
                index.timeline(),
                index.stories(),
                index.mentions(),
            )
        });
        assert_eq!(groups, index.groups(), "grouping again gave other groups");
        let largest = groups
            .iter()
            .max_by_key(|g| (g.events.len(), g.stories.len()))
            .map_or((0, 0), |g| (g.events.len(), g.stories.len()));
        let name = archive::name(root);
        println!(
            "| {name} | {stories} | {} | {:.2} s | {:.3} s | {:.1}% | {} | {} · {} |",
            index.events().len(),
            build.as_secs_f64(),
            grouping.as_secs_f64(),
            100.0 * grouping.as_secs_f64() / build.as_secs_f64(),
            groups.len(),
            largest.0,
            largest.1,
        );
    }
}
