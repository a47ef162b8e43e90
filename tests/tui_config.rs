//! The app under a config file: the keys it binds drive input, help and the
//! status bar; its theme, start layout and date style show on screen.
//! Built from hand-made index data, so extractor changes leave it alone.

mod tui_support;

use std::path::Path;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dateline::model::Diagnostic;
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::config::{Settings, load};
use dateline::tui::keymap::Mode;
use dateline::tui::theme::Theme;
use dateline::tui::update::update;
use ratatui::style::{Color, Style};
use tui_support::*;

fn settings(text: &str) -> Settings {
    let (settings, problems) = load(Path::new("config.toml"), text);
    assert_eq!(problems, vec![], "the test's config is valid");
    settings
}

fn configured(text: &str) -> App {
    let mut app = app(two_story_index());
    app.configure(&settings(text), true);
    app
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn a_remapped_key_drives_the_app_and_the_old_one_is_free() {
    let mut app = configured("[keys]\nnext_event = [\"n\"]\nnext_mention = [\"m\"]\n");
    prepare(&mut app, 120, 40);
    let mode = app.mode();
    assert_eq!(mode, Mode::Normal(Pane::Timeline));
    assert_eq!(
        app.settings.keymap.lookup(mode, &key('n')),
        Some(Action::NextEvent)
    );
    assert_eq!(app.settings.keymap.lookup(mode, &key(']')), None);
    assert_eq!(
        app.settings.keymap.lookup(mode, &key('m')),
        Some(Action::NextMention)
    );
    let before = app.timeline.selected;
    let action = app.settings.keymap.lookup(mode, &key('n')).expect("bound");
    update(&mut app, action);
    assert_ne!(app.timeline.selected, before, "n moved to the next event");
}

#[test]
fn help_and_the_status_bar_show_the_keys_actually_bound() {
    let mut app = configured("[keys]\nnext_event = [\"n\"]\nhelp = [\"f1\"]\n");
    let status = screen(&mut app, 160, 45);
    let last = status.lines().last().expect("a status line").to_string();
    assert!(last.contains("n next date"), "{last}");
    assert!(last.contains("F1 help"), "{last}");
    assert!(!last.contains("] next"), "{last}");
    assert!(!last.contains("? help"), "{last}");
    update(&mut app, Action::Help);
    let help = screen(&mut app, 160, 45);
    assert!(help.contains("next dated event"), "{help}");
    let row = help
        .lines()
        .find(|l| l.contains("next dated event"))
        .expect("the help row");
    assert!(row.contains(" n "), "{row}");
    assert!(!row.contains(']'), "{row}");
}

#[test]
fn the_load_problems_message_names_the_bound_key() {
    let mut fixture = two_story_fixture();
    fixture.diagnostics = vec![Diagnostic::warning("notes/a.txt", "no date found")];
    let mut app = app(fixture.index());
    assert!(app.message.as_ref().unwrap().text.ends_with("press e"));
    app.configure(&settings("[keys]\nproblems = [\"ctrl-e\"]\n"), true);
    let text = &app.message.as_ref().expect("the problems message").text;
    assert!(text.ends_with("press Ctrl-e"), "{text}");
}

#[test]
fn theme_preset_and_single_styles() {
    let mut app = app(two_story_index());
    app.configure(
        &settings("[theme]\npreset = \"light\"\nperson = \"#ff0000 bold\"\n"),
        true,
    );
    assert_eq!(app.theme.place, Theme::light().place);
    assert_eq!(
        app.theme.person,
        Style::new()
            .fg(Color::Rgb(255, 0, 0))
            .add_modifier(ratatui::style::Modifier::BOLD)
    );
    // The screen is drawn with them: the selected row in the light
    // preset's colours.
    let mut t = terminal(120, 40);
    dateline::tui::terminal::draw(&mut t, &mut app).expect("draw");
    let buf = t.backend().buffer();
    let selected = Theme::light().selected;
    let found = buf
        .content()
        .iter()
        .any(|c| c.bg == selected.bg.unwrap() && c.fg == selected.fg.unwrap());
    assert!(found, "a cell in the light preset's selection colours");
}

#[test]
fn layout_settings_choose_the_start_focus_and_zoom() {
    let mut app = configured("[layout]\nfocus = \"people\"\nzoom = true\n");
    assert_eq!(app.focus, Pane::People);
    assert!(app.zoom);
    let s = screen(&mut app, 100, 30);
    assert!(s.contains("People"), "{s}");
    assert!(!s.contains("Timeline"), "zoomed: only the people pane\n{s}");
}

#[test]
fn iso_dates_in_the_timeline() {
    let mut words = app(two_story_index());
    let mut iso = configured("[dates]\nstyle = \"iso\"\n");
    let w = screen(&mut words, 160, 45);
    let i = screen(&mut iso, 160, 45);
    let row_dates = |s: &str| -> Vec<String> {
        s.lines()
            .filter_map(|l| {
                let at = l.find(" • ").or_else(|| l.find(" ◆ "))?;
                Some(l[at + " • ".len()..].split("  ").next()?.trim().to_string())
            })
            .collect()
    };
    let iso_rows = row_dates(&i);
    assert!(!iso_rows.is_empty(), "{i}");
    for row in &iso_rows {
        let date = row.split(' ').next().unwrap();
        assert!(
            date.len() >= 4 && date[..4].chars().all(|c| c.is_ascii_digit()),
            "an ISO date with its year: {row}"
        );
    }
    assert_ne!(row_dates(&w), iso_rows);
    insta::assert_snapshot!(i);
}
