//! The app over the real taggers and the bundled sample stories.

mod tui_support;

use std::path::PathBuf;

use dateline::index::Index;
use dateline::model::{EventId, EventKind, LabelForm};
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::update::update;
use tui_support::*;

const SEED: &str = "sample-data/2014-11-06-obama-writes-to-irans-leader.md";

fn seed_app() -> App {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(SEED);
    let corpus = dateline::ingest::load(&[path]);
    assert_eq!(corpus.stories.len(), 1);
    app(Index::build(corpus))
}

fn act(app: &mut App, action: Action) {
    update(app, action);
    prepare(app, 160, 45);
}

fn selected(app: &App) -> (String, EventKind) {
    let e = app.selected_event().expect("selected");
    let ev = &app.index.events()[e];
    let date = ev.timex.date_label(LabelForm::Long).expect("resolved");
    (date, ev.kind)
}

fn assert_article_follows(app: &App) {
    let e = app.selected_event().unwrap();
    assert_eq!(app.article.event, Some(e));
    let ev = &app.index.events()[e];
    let layout = app.article.layout.as_ref().unwrap();
    let line = match ev.kind {
        EventKind::Publication => 0,
        EventKind::Mention => layout.line_of(ev.paragraph, ev.timex.start).unwrap(),
    };
    let h = app.layout.height_of(Pane::Article);
    assert!(line >= app.article.scroll && line < app.article.scroll + h);
}

#[test]
fn next_event_walks_the_tagged_seed_story_and_back() {
    let mut app = seed_app();
    prepare(&mut app, 160, 45);
    act(&mut app, Action::FocusPane(Pane::Timeline));
    act(&mut app, Action::Top);
    let mut walk = vec![selected(&app)];
    assert_article_follows(&app);
    for _ in 0..4 {
        act(&mut app, Action::NextEvent);
        assert_article_follows(&app);
        walk.push(selected(&app));
    }
    let dates: Vec<&str> = walk.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(
        dates,
        vec![
            "Aug 2014",
            "Sep 2014",
            "Wed 5 Nov 2014",
            "Thu 6 Nov 2014",
            "Mon 24 Nov 2014"
        ]
    );
    assert_eq!(walk[3].1, EventKind::Publication);
    let mut back = vec![];
    for _ in 0..4 {
        act(&mut app, Action::PrevEvent);
        assert_article_follows(&app);
        back.push(selected(&app).0);
    }
    assert_eq!(
        back,
        vec!["Thu 6 Nov 2014", "Wed 5 Nov 2014", "Sep 2014", "Aug 2014"]
    );
}

#[test]
fn the_explanation_of_the_following_month_names_august() {
    let mut app = seed_app();
    prepare(&mut app, 120, 40);
    act(&mut app, Action::Top);
    act(&mut app, Action::NextEvent);
    act(&mut app, Action::Explain);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("“the following month”"), "{text}");
    assert!(text.contains("Sep 2014"), "{text}");
    assert!(text.contains("August"), "{text}");
}

#[test]
fn focusing_a_name_across_the_sample_stories() {
    let idx = Index::build(dateline::ingest::load_sample());
    let mut app = app(idx);
    prepare(&mut app, 160, 45);
    let id = app.index.find_entity("Khamenei").expect("tagged");
    let total = app.index.mention_count(id);
    let stories: std::collections::BTreeSet<usize> = app
        .index
        .entity_mentions(id)
        .iter()
        .map(|&m| app.index.mention(m).story.0)
        .collect();
    act(&mut app, Action::FocusEntity(id));
    let start = app.article.story;
    let mut visited = std::collections::BTreeSet::new();
    for i in 0..total {
        let f = app.entity_focus.as_ref().unwrap();
        let m = &app.index.mentions()[f.mentions[f.current]];
        assert_eq!(Some(m.story.0), app.article.story, "step {i}");
        visited.insert(m.story.0);
        act(&mut app, Action::NextMention);
    }
    assert_eq!(visited, stories, "n visits every story that mentions him");
    assert_eq!(app.article.story, start, "and comes back round");
    // The timeline shows only his events.
    for &e in &app.timeline.events {
        assert!(app.index.entity_events(id).contains(&EventId(e)));
    }
    act(&mut app, Action::Escape);
    assert_eq!(app.timeline.events.len(), app.index.timeline().len());
}

#[test]
fn all_samples_render_at_every_layout_size() {
    let idx = Index::build(dateline::ingest::load_sample());
    let mut app = app(idx);
    for (w, h) in [(160, 45), (100, 30), (60, 20), (20, 6)] {
        let text = screen(&mut app, w, h);
        assert!(!text.trim().is_empty());
    }
    // Walk the whole timeline through every layout without trouble.
    let n = app.timeline.events.len();
    assert!(n > 20, "the samples have many dated events: {n}");
    act(&mut app, Action::Top);
    for i in 0..n {
        update(&mut app, Action::NextEvent);
        let (w, h) = [(160, 45), (100, 30), (60, 20)][i % 3];
        let _ = screen(&mut app, w, h);
        assert_eq!(app.article.event, app.selected_event());
    }
}
