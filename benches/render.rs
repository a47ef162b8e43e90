//! Rendering speed: one frame at 200×50 with a multi-megabyte article, the
//! first wrap of that article, and the time to the first frame on the sample
//! stories (build the index, build the app, draw). Each is reported next to
//! an in-run baseline: a full-screen plain paragraph drawn to the same
//! TestBackend, so ratios hold on a noisy machine.
//!
//! Run with `cargo bench --bench render`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Anchor, Corpus, DateRange, EntityId, EntityKind, EntityMention, Explanation, LocalEntity,
    Origin, Precision, Published, Story, StoryId, Timex, TimexType,
};
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::terminal::draw;
use dateline::tui::theme::Theme;
use dateline::tui::update::update;
use dateline::tui::wrap::layout_article;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

const W: u16 = 200;
const H: u16 = 50;

/// A story of `n` paragraphs (about 2.5 MB for 6,000), each with a date
/// and two names, indexed by hand so the bench does not depend on the
/// taggers.
fn long_index(n: usize) -> Index {
    let para = |i: usize| {
        format!(
            "On March {}, 2014, Secretary Anna Keller met delegates of the Northern Trade Council \
             in Geneva to discuss tariffs, quotas and the timetable for paragraph {i}. Officials \
             said the talks, which began in the spring, would resume after a short pause; several \
             delegations asked for more time to consult their capitals before any agreement. \
             日本語の報道も伝えた 🎉 and critics noted the café-side briefings ran long.",
            i % 28 + 1
        )
    };
    let story = Story {
        id: StoryId("bench-long".into()),
        title: "A very long article about trade talks".into(),
        published: Some(Published::Date(
            chrono::NaiveDate::from_ymd_opt(2014, 12, 1).expect("date"),
        )),
        source: Some("Bench".into()),
        byline: Some("By Nobody".into()),
        dateline: None,
        url: None,
        paragraphs: (0..n).map(para).collect(),
        origin: Origin {
            path: "bench.md".into(),
            item: None,
        },
    };
    // Dates and names placed by hand (the index splits the sentences) so
    // the figures measure drawing, not the taggers, and do not move with
    // them.
    let text = story.text();
    let mut found = StoryExtraction::default();
    for name in ["Anna Keller", "Northern Trade Council"] {
        let kind = if name == "Anna Keller" {
            EntityKind::Person
        } else {
            EntityKind::Organisation
        };
        let roles = if name == "Anna Keller" {
            vec!["Secretary".to_string()]
        } else {
            Vec::new()
        };
        found.entities.entities.push(LocalEntity {
            name: name.into(),
            kind,
            aliases: vec![],
            roles,
        });
    }
    for (pi, p) in story.paragraphs.iter().enumerate() {
        let base = text.paragraphs[pi].start;
        let start = p.find("March").expect("date");
        let end = p.find(", 2014").expect("year") + 6;
        let day = (pi % 28 + 1) as u32;
        let d = chrono::NaiveDate::from_ymd_opt(2014, 3, day).expect("date");
        found.timexes.push(Timex {
            start: base + start,
            end: base + end,
            text: p[start..end].to_string(),
            kind: TimexType::Date,
            value: d.format("%Y-%m-%d").to_string(),
            precision: Some(Precision::Day),
            range: Some(DateRange::day(d)),
            explanation: Explanation {
                anchor: Anchor::None,
                rule: "a full date".into(),
            },
        });
        for (entity, name) in ["Anna Keller", "Northern Trade Council"]
            .into_iter()
            .enumerate()
        {
            let at = p.find(name).expect("name");
            found.entities.mentions.push(EntityMention {
                start: base + at,
                end: base + at + name.len(),
                text: name.into(),
                entity,
            });
        }
    }
    Index::from_extractions(
        Corpus {
            stories: vec![story],
            diagnostics: Vec::new(),
        },
        vec![found],
    )
}

/// The baseline: a full screen of plain text in a paragraph.
fn baseline(c: &mut Criterion) {
    let mut t = Terminal::new(TestBackend::new(W, H)).expect("terminal");
    let lines: Vec<Line> = (0..H)
        .map(|i| {
            Line::raw(format!(
                "{i:>3} {}",
                "lorem ipsum dolor sit amet ".repeat(7)
            ))
        })
        .collect();
    c.bench_function("baseline: plain full-screen paragraph 200x50", |b| {
        b.iter(|| {
            t.draw(|f| f.render_widget(Paragraph::new(lines.clone()), f.area()))
                .expect("draw");
        })
    });
}

fn frame_long_article(c: &mut Criterion) {
    let index = long_index(6000);
    let bytes: usize = index.corpus().stories[0]
        .paragraphs
        .iter()
        .map(String::len)
        .sum();
    eprintln!(
        "long article: {} paragraphs, {:.1} MB",
        6000,
        bytes as f64 / 1e6
    );
    let mut app = App::new(index, Theme::colored());
    let mut t = Terminal::new(TestBackend::new(W, H)).expect("terminal");
    draw(&mut t, &mut app).expect("draw");
    // The middle of the article, an event's sentence emphasised, a name
    // focused: every style path in play.
    update(&mut app, Action::FocusPane(Pane::Timeline));
    for _ in 0..3000 {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::FocusEntity(EntityId(0)));
    for _ in 0..10 {
        update(&mut app, Action::NextMention);
    }
    draw(&mut t, &mut app).expect("draw");
    c.bench_function("frame 200x50, 2.5 MB article (wrapped, cached)", |b| {
        b.iter(|| draw(&mut t, black_box(&mut app)).expect("draw"))
    });
    let mut scroll = 0usize;
    c.bench_function("frame 200x50, 2.5 MB article, scrolling each frame", |b| {
        b.iter(|| {
            scroll = (scroll + 7) % 30_000;
            app.article.scroll = scroll;
            draw(&mut t, black_box(&mut app)).expect("draw")
        })
    });
    let index = app.index.clone();
    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("wrap 2.5 MB article at 96 cells (once per width)", |b| {
        b.iter(|| layout_article(black_box(&index), 0, 96))
    });
    group.finish();
}

fn first_frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("start");
    group.sample_size(20);
    group.bench_function(
        "first frame on the sample stories (index + app + draw)",
        |b| {
            b.iter(|| {
                let corpus = dateline::ingest::load_sample();
                let index = Index::build(corpus);
                let mut app = App::new(index, Theme::colored());
                let mut t = Terminal::new(TestBackend::new(W, H)).expect("terminal");
                draw(&mut t, &mut app).expect("draw");
                black_box(t.backend().buffer().area.width)
            })
        },
    );
    group.finish();
}

criterion_group!(benches, baseline, frame_long_article, first_frame);
criterion_main!(benches);
