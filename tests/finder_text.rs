//! The finder's story text scope: the Ctrl-t cycle, sentence hits with the
//! matching words highlighted, and Enter opening the story at the sentence.

mod tui_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dateline::index::search::Searcher;
use dateline::tui::action::{Action, Effect, Pane};
use dateline::tui::app::App;
use dateline::tui::finder::{
    Finder, FinderAction as A, FinderMode, FinderOutcome, FinderStyles, render, run_request,
};
use dateline::tui::keymap::{self, Mode};
use dateline::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use tui_support::*;

/// Press `key` as the app would: through the keymap in the mode the app is
/// in, answering any search it asks for on the spot.
fn press(app: &mut App, searcher: &mut Searcher, key: KeyEvent) {
    let mode = if app.finder.is_some() {
        Mode::Finder
    } else {
        Mode::Normal(app.focus)
    };
    let action = keymap::lookup(mode, &key)
        .or(match key.code {
            KeyCode::Char(c) if mode == Mode::Finder => Some(Action::Finder(A::Input(c))),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{key:?} does nothing in {mode:?}"));
    if let Some(Effect::Search(request)) = update(app, action) {
        let results = run_request(searcher, &app.index, &request);
        app.finder.as_mut().expect("finder open").apply(results);
    }
    prepare(app, 120, 40);
}

/// `f` drawn alone on a `w`×`h` screen.
fn drawn(f: &Finder, index: &dateline::index::Index, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = terminal(w, h);
    t.draw(|frame| {
        let area = frame.area();
        render(f, index, &FinderStyles::default(), frame, area);
    })
    .unwrap();
    t
}

fn request(outcome: FinderOutcome) -> dateline::tui::finder::SearchRequest {
    match outcome {
        FinderOutcome::Search(r) => r,
        other => panic!("expected a search, got {other:?}"),
    }
}

/// The finder in story text mode with `query` typed and answered.
fn text_finder(index: &dateline::index::Index, query: &str) -> Finder {
    let mut f = Finder::new();
    f.open();
    f.update(A::ToggleMode);
    f.update(A::ToggleMode);
    for c in query.chars() {
        f.update(A::Input(c));
    }
    let mut searcher = Searcher::new(index);
    f.apply(run_request(&mut searcher, index, &f.request()));
    f
}

#[test]
fn ctrl_t_cycles_names_titles_and_text() {
    let mut f = Finder::new();
    f.open();
    assert_eq!(f.mode, FinderMode::Entities);
    assert_eq!(request(f.update(A::ToggleMode)).mode, FinderMode::Stories);
    let r = request(f.update(A::ToggleMode));
    assert_eq!(r.mode, FinderMode::Text);
    assert_eq!(r.kind, None, "text has no kind");
    // Tab scopes names only.
    assert_eq!(f.update(A::CycleScope), FinderOutcome::None);
    assert_eq!(request(f.update(A::ToggleMode)).mode, FinderMode::Entities);
    assert_eq!(request(f.update(A::ToggleMode)).mode, FinderMode::Stories);
}

#[test]
fn text_scope_finds_a_word_only_the_body_holds() {
    let index = two_story_index();
    // Nothing typed: nothing listed.
    let f = text_finder(&index, "");
    assert!(f.results.is_empty());
    let f = text_finder(&index, "vien NEGOT");
    assert_eq!(f.results.texts.len(), 1);
    assert_eq!(f.results.matched, 1);
    let hit = &f.results.texts[0];
    assert_eq!((hit.story.0, hit.paragraph), (1, 2));
    let p = &index.stories()[1].paragraphs[2];
    let marked: Vec<&str> = hit.marks.iter().map(|m| &p[m.clone()]).collect();
    assert_eq!(marked, ["Negotiators", "Vienna"]);
    assert_eq!(f.selected_entity(), None);
    assert_eq!(f.selected_story(), None);
    // A word that is in no body finds nothing (titles are not body text).
    assert!(text_finder(&index, "answers").results.is_empty());
}

#[test]
fn enter_opens_the_story_at_the_sentence_and_emphasises_it() {
    let mut app = app(two_story_index());
    let mut searcher = Searcher::new(&app.index);
    prepare(&mut app, 120, 40);
    let plain = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let ctrl_t = KeyEvent::new(KeyCode::Char('t'), KeyModifiers::CONTROL);
    for key in [plain('/'), ctrl_t, ctrl_t] {
        press(&mut app, &mut searcher, key);
    }
    for c in "flex".chars() {
        press(&mut app, &mut searcher, plain(c));
    }
    let f = app.finder.as_ref().expect("finder open");
    assert_eq!(f.mode, FinderMode::Text);
    assert_eq!(f.results.texts.len(), 1);
    press(
        &mut app,
        &mut searcher,
        KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE),
    );
    assert!(app.finder.is_none());
    assert_eq!(app.focus, Pane::Article);
    assert_eq!(app.article.story, Some(1));
    assert_eq!(app.article.event, None);
    let mut t = terminal(120, 40);
    dateline::tui::terminal::draw(&mut t, &mut app).unwrap();
    let p = &app.index.stories()[1].paragraphs[1];
    let first = "Khamenei said talks could continue past the Nov. 24 deadline if the US showed flexibility.";
    assert!(p.starts_with(first));
    assert_eq!(app.article.passage, Some((1, 0..first.len())));
    // On screen: the sentence is emphasised, the next one is not.
    let buf = t.backend().buffer();
    let find = |word: &str| {
        let text = buffer_text(&t);
        let (y, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(word))
            .unwrap_or_else(|| panic!("{word:?} on screen:\n{text}"));
        let col = line[..line.find(word).unwrap()].chars().count();
        (col as u16, y as u16)
    };
    let (x, y) = find("flexibility");
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    let (x, y) = find("continue");
    assert!(buf[(x, y)].modifier.contains(Modifier::BOLD));
    let (x, y) = find("comment");
    assert!(!buf[(x, y)].modifier.contains(Modifier::BOLD));
}

#[test]
fn another_story_drops_the_emphasised_passage() {
    let mut app = app(two_story_index());
    app.open_passage(1, 2, 0..10);
    assert_eq!(app.article.passage, Some((2, 0..10)));
    app.open_story(0);
    assert_eq!(app.article.passage, None);
}

#[test]
fn text_hits_draw_the_sentence_with_its_matches_highlighted() {
    let index = two_story_index();
    let f = text_finder(&index, "vienna");
    let t = drawn(&f, &index, 100, 16);
    let text = buffer_text(&t);
    insta::assert_snapshot!(text);
    // The matched word is styled cell by cell, its neighbours are not.
    let (y, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains('▌'))
        .expect("the hit row");
    let x = line[..line.find("Vienna").unwrap()].chars().count() as u16;
    let buf = t.backend().buffer();
    let matched = Modifier::BOLD | Modifier::UNDERLINED;
    for dx in 0..6 {
        assert!(buf[(x + dx, y as u16)].modifier.contains(matched));
    }
    assert!(
        !buf[(x - 2, y as u16)]
            .modifier
            .contains(Modifier::UNDERLINED)
    );
    assert!(
        !buf[(x + 6, y as u16)]
            .modifier
            .contains(Modifier::UNDERLINED)
    );
}

#[test]
fn a_hit_far_into_a_long_sentence_is_shown_from_near_its_match() {
    let mut f = seed_fixture();
    let long = format!(
        "{} the lighthouse keeper counted gulls.",
        "Wind and rain and more wind came over the dunes".repeat(4)
    );
    f.insert_paragraphs(0, 0, vec![long]);
    let index = f.index();
    let finder = text_finder(&index, "lighthou");
    assert_eq!(finder.results.texts.len(), 1);
    let t = drawn(&finder, &index, 60, 12);
    let text = buffer_text(&t);
    let row = text
        .lines()
        .find(|l| l.contains('▌'))
        .expect("selected row");
    assert!(row.contains("▌ …"), "cut from the start: {row}");
    assert!(row.contains("lighthouse"), "{row}");
}
