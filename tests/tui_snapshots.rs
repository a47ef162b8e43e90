//! Whole screens (insta snapshots of a TestBackend) on the bundled sample
//! stories through the real taggers. Styles are asserted on cells in
//! `tui_render.rs`; snapshots are text only.

mod tui_support;

use dateline::index::Index;
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::update::update;
use tui_support::*;

fn samples() -> App {
    app(Index::build(dateline::ingest::load_sample()))
}

/// The timeline focused on the seed story's "Nov. 24 deadline".
fn on_deadline(app: &mut App) {
    prepare(app, 160, 45);
    update(app, Action::FocusPane(Pane::Timeline));
    let pos = app
        .timeline_events
        .iter()
        .position(|&e| {
            let ev = &app.index.events()[e];
            ev.timex.text.contains("Nov. 24")
                && app.index.story(ev.story).title.contains("Obama writes")
        })
        .expect("the seed story's deadline is tagged");
    app.select_timeline(pos);
}

#[test]
fn main_screen_wide() {
    let mut app = samples();
    on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 160, 45));
}

#[test]
fn main_screen_medium() {
    let mut app = samples();
    on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}

#[test]
fn main_screen_narrow() {
    let mut app = samples();
    on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 60, 20));
}

#[test]
fn help_overlay() {
    let mut app = samples();
    prepare(&mut app, 100, 45);
    update(&mut app, Action::Help);
    insta::assert_snapshot!(screen(&mut app, 100, 45));
}

#[test]
fn explanation_popup() {
    let mut app = samples();
    prepare(&mut app, 120, 30);
    let pos = app
        .timeline_events
        .iter()
        .position(|&e| app.index.events()[e].timex.text.contains("following month"))
        .expect("tagged");
    app.select_timeline(pos);
    update(&mut app, Action::Explain);
    insta::assert_snapshot!(screen(&mut app, 120, 30));
}

#[test]
fn focused_entity_with_filtered_timeline() {
    let mut app = samples();
    prepare(&mut app, 160, 45);
    let id = app.index.find_entity("Khamenei").expect("tagged");
    update(&mut app, Action::FocusEntity(id));
    update(&mut app, Action::NextMention);
    app.message = None;
    insta::assert_snapshot!(screen(&mut app, 160, 45));
}
