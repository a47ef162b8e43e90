//! Pasted text reaches the finder in one step, bounded by the query limit,
//! however long it is.

use dateline::index::Index;
use dateline::tui::action::{Action, Effect};
use dateline::tui::app::App;
use dateline::tui::finder::{FinderAction, MAX_QUERY_CHARS};
use dateline::tui::theme::Theme;
use dateline::tui::update::{paste, update};

fn app_with_finder() -> App {
    let mut app = App::new(
        Index::build(dateline::ingest::load_sample()),
        Theme::no_color(),
    );
    update(&mut app, Action::OpenFinder);
    app
}

fn query(app: &App) -> &str {
    &app.finder.as_ref().expect("finder open").query
}

fn generation(app: &App) -> u64 {
    app.finder.as_ref().expect("finder open").generation
}

#[test]
fn a_paste_of_100k_characters_is_one_step_cut_at_the_limit() {
    let mut app = app_with_finder();
    let before = generation(&app);
    let text: String = "Kh\u{e1}men\u{e9}i, ".repeat(10_000);
    assert_eq!(text.chars().count(), 100_000);
    let effect = paste(&mut app, &text);
    // One step: one search asked for, one generation further.
    assert_eq!(generation(&app), before + 1);
    let Some(Effect::Search(request)) = effect else {
        panic!("expected one search, got {effect:?}");
    };
    assert_eq!(request.generation, before + 1);
    assert_eq!(query(&app).chars().count(), MAX_QUERY_CHARS);
    let expected: String = text.chars().take(MAX_QUERY_CHARS).collect();
    assert_eq!(query(&app), expected);
    assert_eq!(app.finder.as_ref().map(|f| f.cursor), Some(MAX_QUERY_CHARS));
    let message = app.message.as_ref().expect("the cut is said").text.clone();
    assert!(
        message.contains(&format!("limited to {MAX_QUERY_CHARS} characters")),
        "{message}"
    );
}

#[test]
fn typing_at_the_limit_adds_nothing_and_says_why() {
    let mut app = app_with_finder();
    paste(&mut app, &"a".repeat(MAX_QUERY_CHARS));
    assert!(
        !app.message
            .as_ref()
            .is_some_and(|m| m.text.contains("limited to")),
        "a paste that fits exactly is not cut"
    );
    let before = generation(&app);
    let effect = update(&mut app, Action::Finder(FinderAction::Input('b')));
    assert_eq!(effect, None);
    assert_eq!(generation(&app), before);
    assert_eq!(query(&app), "a".repeat(MAX_QUERY_CHARS));
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text.contains("limited to")),
        "{:?}",
        app.message
    );
    // Editing still works at the limit.
    update(&mut app, Action::Finder(FinderAction::Backspace));
    update(&mut app, Action::Finder(FinderAction::Input('b')));
    assert!(query(&app).ends_with("ab"));
}

#[test]
fn a_paste_goes_in_at_the_cursor_with_line_breaks_as_spaces() {
    let mut app = app_with_finder();
    for c in "ali".chars() {
        update(&mut app, Action::Finder(FinderAction::Input(c)));
    }
    update(&mut app, Action::Finder(FinderAction::CursorHome));
    paste(&mut app, "x\r\ny\tz\u{7}\n");
    assert_eq!(query(&app), "x y z ali");
    assert_eq!(app.finder.as_ref().map(|f| f.cursor), Some(6));
}

#[test]
fn a_paste_outside_the_finder_is_not_read_as_keys() {
    let mut app = App::new(
        Index::build(dateline::ingest::load_sample()),
        Theme::no_color(),
    );
    // Were it keys, `q` would quit and `/` open the finder.
    let effect = paste(&mut app, "q/jjj");
    assert_eq!(effect, None);
    assert!(app.finder.is_none());
    assert!(
        app.message
            .as_ref()
            .is_some_and(|m| m.text.contains("paste goes into the finder")),
        "{:?}",
        app.message
    );
}
