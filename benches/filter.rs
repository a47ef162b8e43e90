//! Timeline filtering at 10,000 generated stories: the engine's
//! `EventFilter::select` for each kind of condition, and a `:from` run in
//! the app (filter, rebuild the rows, move the article), the work a key
//! press on the command line costs.
//!
//! `cargo bench --bench filter` (set `FILTER_BENCH_STORIES` for another
//! size, `FILTER_BENCH_REPS` for more or fewer runs; defaults 10,000 and 20).
//! Prints the median and the slowest run of each.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use dateline::index::filter::{DateBound, EventFilter};
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Anchor, Corpus, DateRange, EntityKind, EntityMention, EventKind, Explanation, LocalEntity,
    Origin, Precision, Published, Story, StoryId, Timex, TimexType,
};
use dateline::tui::app::App;
use dateline::tui::command::Command;
use dateline::tui::theme::Theme;

/// Dates written in each generated story.
const DATES_PER_STORY: usize = 10;
/// Names the stories share, so an entity filter keeps a fraction.
const NAMES: usize = 200;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// `n` stories spread over forty years, each with its dates and one name
/// placed by hand (no taggers).
fn generated_index(n: usize) -> Index {
    let epoch = NaiveDate::from_ymd_opt(1990, 1, 1).expect("date");
    let mut stories = Vec::with_capacity(n);
    let mut extractions = Vec::with_capacity(n);
    for i in 0..n {
        let published = epoch + chrono::Days::new((i * 1_461 % 14_600) as u64);
        let name = format!("Person Number{}", i % NAMES);
        let mut text = String::new();
        let mut found = StoryExtraction::default();
        found.entities.entities.push(LocalEntity {
            name: name.clone(),
            kind: EntityKind::Person,
            aliases: vec![],
            roles: vec![],
        });
        for k in 0..DATES_PER_STORY {
            let day = epoch + chrono::Days::new(((i * 7 + k * 331) % 14_600) as u64);
            let phrase = day.format("%Y-%m-%d").to_string();
            // The name in every dated sentence.
            if k > 0 {
                text.push(' ');
            }
            found.entities.mentions.push(EntityMention {
                start: text.len(),
                end: text.len() + name.len(),
                text: name.clone(),
                entity: 0,
            });
            text.push_str(&name);
            text.push_str(" spoke on ");
            let start = text.len();
            text.push_str(&phrase);
            text.push_str(&format!(" in place {k}."));
            found.timexes.push(Timex {
                start,
                end: start + phrase.len(),
                text: phrase.clone(),
                kind: TimexType::Date,
                value: phrase,
                precision: Some(Precision::Day),
                range: Some(DateRange::day(day)),
                explanation: Explanation {
                    anchor: Anchor::None,
                    rule: "a full date".into(),
                },
            });
        }
        stories.push(Story {
            id: StoryId(format!("bench-{i}")),
            title: format!("Generated story {i}"),
            published: Some(Published::Date(published)),
            source: Some(if i % 3 == 0 { "Wire" } else { "Paper" }.into()),
            byline: None,
            dateline: None,
            url: None,
            paragraphs: vec![text],
            origin: Origin {
                path: "bench.json".into(),
                item: Some(i),
            },
        });
        extractions.push(found);
    }
    Index::from_extractions(
        Corpus {
            stories,
            diagnostics: Vec::new(),
        },
        extractions,
    )
}

fn report(what: &str, mut samples: Vec<Duration>, kept: usize) {
    samples.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{what:<40} median {:>8.3} ms   max {:>8.3} ms   {kept} events",
        ms(samples[samples.len() / 2]),
        ms(*samples.last().expect("a sample")),
    );
}

fn time<T>(reps: usize, mut f: impl FnMut() -> T) -> Vec<Duration> {
    (0..reps)
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed()
        })
        .collect()
}

fn main() {
    let n = env("FILTER_BENCH_STORIES", 10_000);
    let reps = env("FILTER_BENCH_REPS", 20).max(1);
    let built = Instant::now();
    let index = generated_index(n);
    println!(
        "{n} stories, {} events, {} names (built in {:.1} s)",
        index.timeline().len(),
        index.entities().len(),
        built.elapsed().as_secs_f64()
    );
    let from = DateBound::parse("2010-06").expect("a date");
    let person = index
        .find_entity("Person Number7")
        .expect("a generated name");
    let filters = [
        (
            "from 2010-06",
            EventFilter {
                from: Some(from.clone()),
                ..EventFilter::default()
            },
        ),
        (
            "story \"story 12\"",
            EventFilter {
                story: Some("story 12".into()),
                ..EventFilter::default()
            },
        ),
        (
            "source wire",
            EventFilter {
                source: Some("wire".into()),
                ..EventFilter::default()
            },
        ),
        (
            "entity",
            EventFilter {
                entity: Some(person),
                ..EventFilter::default()
            },
        ),
        (
            "from + to + kind + source",
            EventFilter {
                from: Some(from.clone()),
                to: DateBound::parse("2012"),
                kind: Some(EventKind::Mention),
                source: Some("paper".into()),
                ..EventFilter::default()
            },
        ),
    ];
    for (what, filter) in &filters {
        let kept = filter.select(&index).len();
        report(
            &format!("select: {what}"),
            time(reps, || filter.select(&index)),
            kept,
        );
    }
    let mut app = App::new(index, Theme::no_color());
    // Each run starts from the unfiltered timeline; only `:from` is timed.
    let samples: Vec<Duration> = (0..reps)
        .map(|_| {
            app.run_command(Command::Clear);
            let t = Instant::now();
            app.run_command(Command::From(from.clone()));
            t.elapsed()
        })
        .collect();
    let kept = app.timeline.events.len();
    report(":from 2010-06 in the app", samples, kept);
}
