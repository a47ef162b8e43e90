//! Whole screens (insta snapshots of a TestBackend) and cell-style
//! assertions where colour or emphasis carries meaning.

mod tui_support;

use dateline::tui::action::{Action, Pane};
use dateline::tui::update::update;
use tui_support::*;

fn focused_on_deadline(app: &mut dateline::tui::app::App) {
    prepare(app, 160, 45);
    update(app, Action::FocusPane(Pane::Timeline));
    update(app, Action::Bottom);
}

#[test]
fn main_screen_wide() {
    let mut app = app(two_story_index());
    focused_on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 160, 45));
}

#[test]
fn main_screen_medium() {
    let mut app = app(two_story_index());
    focused_on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 100, 30));
}

#[test]
fn main_screen_narrow() {
    let mut app = app(two_story_index());
    focused_on_deadline(&mut app);
    insta::assert_snapshot!(screen(&mut app, 60, 20));
}

#[test]
fn help_overlay() {
    let mut app = app(seed_index());
    prepare(&mut app, 100, 45);
    update(&mut app, Action::Help);
    insta::assert_snapshot!(screen(&mut app, 100, 45));
}

#[test]
fn explanation_popup() {
    let mut app = app(seed_index());
    prepare(&mut app, 120, 30);
    update(&mut app, Action::Top);
    update(&mut app, Action::NextEvent);
    update(&mut app, Action::Explain);
    insta::assert_snapshot!(screen(&mut app, 120, 30));
}
