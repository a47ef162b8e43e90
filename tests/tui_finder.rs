//! The finder wired into the app: opening, typing, accepting, clicking.

mod tui_support;

use std::sync::mpsc;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use dateline::tui::action::{Action, Effect, Pane};
use dateline::tui::app::App;
use dateline::tui::terminal::{LoopEvent, run_loop};
use dateline::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::*;

fn key(c: char) -> LoopEvent {
    LoopEvent::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

fn ctrl(c: char) -> LoopEvent {
    LoopEvent::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )))
}

fn code(k: KeyCode) -> LoopEvent {
    LoopEvent::Input(Event::Key(KeyEvent::new(k, KeyModifiers::NONE)))
}

/// Run the loop over `events` (then stop) and return the terminal.
fn run(app: &mut App, w: u16, h: u16, events: Vec<LoopEvent>) -> Terminal<TestBackend> {
    let mut host = SyncHost::new(app);
    let mut t = terminal(w, h);
    let (tx, rx) = mpsc::channel();
    for ev in events {
        tx.send(ev).unwrap();
    }
    drop(tx);
    run_loop(&mut t, app, &mut host, &rx).expect("loop");
    t
}

fn typed(s: &str) -> Vec<LoopEvent> {
    s.chars().map(key).collect()
}

#[test]
fn slash_opens_the_finder_and_asks_for_the_initial_list() {
    let mut app = app(two_story_index());
    prepare(&mut app, 160, 45);
    let effect = update(&mut app, Action::OpenFinder);
    assert!(app.finder.is_some());
    match effect {
        Some(Effect::Search(req)) => assert!(req.query.is_empty()),
        other => panic!("expected a search, got {other:?}"),
    }
}

#[test]
fn typing_a_fuzzy_query_and_enter_focuses_the_entity() {
    let mut app = app(two_story_index());
    let mut events = vec![key('/')];
    events.extend(typed("khm"));
    let t = run(&mut app, 160, 45, events);
    let text = buffer_text(&t);
    assert!(text.contains("Ali Khamenei"), "{text}");
    let finder = app.finder.as_ref().expect("finder open");
    assert_eq!(finder.query, "khm");
    let khamenei = app.index.find_entity("Ali Khamenei").unwrap();
    assert_eq!(finder.selected_entity(), Some(khamenei));
    // Enter: the finder closes and the name is focused in the article.
    let _ = run(&mut app, 160, 45, vec![code(KeyCode::Enter)]);
    assert!(app.finder.is_none());
    assert_eq!(app.entity_focus.as_ref().map(|f| f.id), Some(khamenei));
    assert_eq!(app.focus, Pane::Article);
    // n moves on; Esc clears the focus and the timeline filter.
    let _ = run(&mut app, 160, 45, vec![key('n')]);
    assert_eq!(app.entity_focus.as_ref().unwrap().current, 1);
    let _ = run(&mut app, 160, 45, vec![code(KeyCode::Esc)]);
    assert!(app.entity_focus.is_none());
    assert_eq!(app.timeline.events, timeline_ids(&app.index));
}

#[test]
fn esc_closes_the_finder_without_focusing_anything() {
    let mut app = app(two_story_index());
    let mut events = vec![ctrl('p')];
    events.extend(typed("obama"));
    events.push(code(KeyCode::Esc));
    let _ = run(&mut app, 120, 40, events);
    assert!(app.finder.is_none());
    assert!(app.entity_focus.is_none());
}

#[test]
fn letters_go_to_the_query_not_to_the_app() {
    let mut app = app(two_story_index());
    let mut events = vec![key('/')];
    events.extend(typed("qjk?"));
    let _ = run(&mut app, 120, 40, events);
    assert_eq!(app.finder.as_ref().expect("still open").query, "qjk?");
    assert!(app.popup.is_none());
}

#[test]
fn story_mode_opens_the_story() {
    let mut app = app(two_story_index());
    let mut events = vec![key('/'), ctrl('t')];
    events.extend(typed("answers"));
    events.push(code(KeyCode::Enter));
    let _ = run(&mut app, 160, 45, events);
    assert!(app.finder.is_none());
    assert_eq!(app.article.story, Some(1));
    assert_eq!(app.focus, Pane::Article);
}

#[test]
fn a_click_in_the_results_selects_that_row() {
    let mut app = app(two_story_index());
    let _ = run(&mut app, 160, 45, vec![key('/')]);
    let list =
        dateline::tui::finder::list_area(dateline::tui::layout::finder_area(app.layout.area));
    assert!(app.finder.as_ref().unwrap().results.len() > 2);
    let click = LoopEvent::Input(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: list.x + 2,
        row: list.y + 2,
        modifiers: KeyModifiers::NONE,
    }));
    let _ = run(&mut app, 160, 45, vec![click]);
    assert_eq!(app.finder.as_ref().unwrap().selected, 2);
}

#[test]
fn the_finder_draws_over_the_app() {
    let mut app = app(two_story_index());
    let mut events = vec![key('/')];
    events.extend(typed("earnest"));
    let t = run(&mut app, 120, 40, events);
    insta::assert_snapshot!(buffer_text(&t));
}
