//! Whole screens (insta snapshots of a TestBackend), text only; styles are
//! asserted on cells in `tui_render.rs`. The screens are drawn from the
//! hand-made fixture (dates and names placed by hand), so a tagger change
//! does not rewrite them; one smoke screen goes through the real taggers on
//! the bundled sample stories.

mod tui_support;

use dateline::index::Index;
use dateline::model::{Diagnostic, Severity};
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::update::update;
use tui_support::*;

fn samples() -> App {
    app(Index::build(dateline::ingest::load_sample()))
}

/// The seed story and its follow-up, dates and names placed by hand.
fn hand_made() -> App {
    app(two_story_index())
}

/// The timeline focused on the seed story's "Nov. 24 deadline".
fn on_deadline(app: &mut App) {
    prepare(app, 160, 45);
    update(app, Action::FocusPane(Pane::Timeline));
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| {
            let ev = &app.index.events()[e];
            ev.timex.text.contains("Nov. 24")
                && app.index.story(ev.story).title.contains("Obama writes")
        })
        .expect("the seed story's deadline is tagged");
    app.select_timeline(pos);
}

/// The smoke screen: the samples through the real taggers.
#[test]
fn main_screen_wide() {
    let mut app = samples();
    on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 160, 45));
}

#[test]
fn main_screen_wide_hand_made() {
    let mut app = hand_made();
    on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 160, 45));
}

#[test]
fn main_screen_medium() {
    let mut app = hand_made();
    on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}

#[test]
fn main_screen_narrow() {
    let mut app = hand_made();
    on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 60, 20));
}

#[test]
fn help_overlay() {
    let mut app = hand_made();
    prepare(&mut app, 100, 45);
    update(&mut app, Action::Help);
    insta::assert_snapshot!(screen(&mut app, 100, 45));
}

#[test]
fn explanation_popup() {
    let mut app = hand_made();
    prepare(&mut app, 120, 30);
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| app.index.events()[e].timex.text.contains("following month"))
        .expect("tagged");
    app.select_timeline(pos);
    update(&mut app, Action::Explain);
    insta::assert_snapshot!(screen(&mut app, 120, 30));
}

#[test]
fn focused_entity_with_filtered_timeline() {
    let mut app = hand_made();
    prepare(&mut app, 160, 45);
    let id = app.index.find_entity("Khamenei").expect("tagged");
    update(&mut app, Action::FocusEntity(id));
    update(&mut app, Action::NextMention);
    app.message = None;
    insta::assert_snapshot!(screen(&mut app, 160, 45));
}

#[test]
fn problems_popup() {
    let mut fixture = two_story_fixture();
    fixture.diagnostics = vec![
        Diagnostic {
            path: "feeds/harbour-office.rss".into(),
            line: Some(41),
            column: Some(7),
            severity: Severity::Error,
            message: "the item ends before its description closes, so the story was skipped".into(),
        },
        Diagnostic::warning(
            "notes/ferry-timetable.txt",
            "no publication date found: the story is listed without one",
        ),
    ];
    let mut app = app(fixture.index());
    prepare(&mut app, 100, 30);
    update(&mut app, Action::Problems);
    app.message = None;
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}
