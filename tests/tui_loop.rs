//! The main loop driven with a TestBackend: events in through the channel,
//! state and screen out.

mod tui_support;

use std::sync::mpsc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind};
use dateline::tui::action::Pane;
use dateline::tui::terminal::{LoopEvent, run_loop};
use tui_support::*;

fn key(c: char) -> LoopEvent {
    LoopEvent::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

fn code(k: KeyCode) -> LoopEvent {
    LoopEvent::Input(Event::Key(KeyEvent::new(k, KeyModifiers::NONE)))
}

#[test]
fn the_loop_walks_events_and_quits_on_q() {
    let mut app = app(seed_index());
    let mut host = SyncHost::new(&app);
    let mut t = terminal(160, 45);
    let (tx, rx) = mpsc::channel();
    for ev in [
        key('3'),
        key('g'),
        key(']'),
        key(']'),
        code(KeyCode::Tab),
        key('q'),
    ] {
        tx.send(ev).unwrap();
    }
    run_loop(&mut t, &mut app, &mut host, &rx).expect("loop");
    assert_eq!(app.focus, Pane::People);
    let e = app.selected_event().unwrap();
    assert_eq!(app.index.events()[e].timex.value, "2014-11-05");
    // The last frame drawn shows it.
    let text = buffer_text(&t);
    assert!(text.contains("4 People"), "{text}");
}

#[test]
fn resize_storms_and_key_bursts_are_absorbed() {
    let mut app = app(two_story_index());
    let mut host = SyncHost::new(&app);
    let mut t = terminal(120, 40);
    let (tx, rx) = mpsc::channel();
    for i in 0..2000u16 {
        tx.send(LoopEvent::Input(Event::Resize(i % 211, i % 67)))
            .unwrap();
        tx.send(key(if i % 2 == 0 { 'j' } else { 'k' })).unwrap();
        tx.send(LoopEvent::Input(Event::Mouse(MouseEvent {
            kind: MouseEventKind::ScrollDown,
            column: i % 120,
            row: i % 40,
            modifiers: KeyModifiers::NONE,
        })))
        .unwrap();
    }
    tx.send(LoopEvent::Terminate).unwrap();
    run_loop(&mut t, &mut app, &mut host, &rx).expect("loop");
}

#[test]
fn the_loop_ends_when_every_sender_is_gone() {
    let mut app = app(seed_index());
    let mut host = SyncHost::new(&app);
    let mut t = terminal(80, 24);
    let (tx, rx) = mpsc::channel();
    tx.send(key('?')).unwrap();
    drop(tx);
    run_loop(&mut t, &mut app, &mut host, &rx).expect("loop");
    assert!(buffer_text(&t).contains("Help — keys"));
}
