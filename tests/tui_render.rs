//! Rendering details that snapshots cannot see: styles on cells, NO_COLOR,
//! control characters, and survival at every size.

mod tui_support;

use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::terminal::draw;
use dateline::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::{Color, Modifier};
use tui_support::*;

/// Draw and return the terminal.
fn drawn(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = terminal(w, h);
    draw(&mut t, app).expect("draw");
    t
}

/// Screen position of the first occurrence of `needle` on screen.
fn find(t: &Terminal<TestBackend>, needle: &str) -> Option<(u16, u16)> {
    let buf = t.backend().buffer();
    for y in 0..buf.area.height {
        let cols: Vec<(u16, String)> = (0..buf.area.width)
            .map(|x| (x, buf[(x, y)].symbol().to_string()))
            .filter(|(_, s)| !s.is_empty())
            .collect();
        let line: String = cols.iter().map(|(_, s)| s.as_str()).collect();
        if let Some(byte) = line.find(needle) {
            let idx = line[..byte].chars().count();
            return Some((cols[idx].0, y));
        }
    }
    None
}

fn modifiers_at(t: &Terminal<TestBackend>, x: u16, y: u16) -> Modifier {
    t.backend().buffer()[(x, y)].modifier
}

fn article_seed_at_top(app: &mut App, w: u16, h: u16) {
    prepare(app, w, h);
    update(app, Action::FocusPane(Pane::Article));
    app.article.event = None;
    update(app, Action::Top);
}

#[test]
fn date_expressions_are_underlined_in_the_article() {
    let mut app = app(seed_index());
    article_seed_at_top(&mut app, 160, 45);
    let t = drawn(&mut app, 160, 45);
    let (x, y) = find(&t, "Nov. 24 deadline").expect("phrase on screen");
    for dx in 0..7 {
        assert!(
            modifiers_at(&t, x + dx, y).contains(Modifier::UNDERLINED),
            "cell {dx} of the date"
        );
    }
    // The word after the date is not.
    assert!(!modifiers_at(&t, x + 8, y).contains(Modifier::UNDERLINED));
}

#[test]
fn names_are_styled_by_kind_in_colour() {
    let mut app = colour_app(seed_index());
    article_seed_at_top(&mut app, 160, 45);
    let t = drawn(&mut app, 160, 45);
    let buf = t.backend().buffer();
    let (x, y) = find(&t, "Barack Obama has written").expect("name on screen");
    let person = buf[(x, y)].fg;
    assert_eq!(person, app.theme.person.fg.unwrap());
    let (x, y) = find(&t, "Islamic State militants").expect("org on screen");
    assert_eq!(buf[(x, y)].fg, app.theme.organisation.fg.unwrap());
    assert_ne!(person, buf[(x, y)].fg, "kinds are told apart");
    let (x, y) = find(&t, "has written").unwrap();
    assert_eq!(
        buf[(x, y)].fg,
        Color::Reset,
        "plain text keeps the default colour"
    );
}

#[test]
fn the_selected_events_sentence_is_emphasised() {
    let mut app = colour_app(seed_index());
    prepare(&mut app, 160, 45);
    update(&mut app, Action::Top); // August, on the timeline
    let t = drawn(&mut app, 160, 45);
    let buf = t.backend().buffer();
    let (x, y) = find(&t, "Obama authorized a US-led").expect("sentence on screen");
    assert_eq!(buf[(x + 1, y)].bg, app.theme.sentence.bg.unwrap());
    // The next sentence is not emphasised.
    let (x, y) = find(&t, "The US is taking action").expect("next sentence");
    assert_ne!(buf[(x + 1, y)].bg, app.theme.sentence.bg.unwrap());
}

#[test]
fn the_focused_entitys_mentions_are_emphasised_everywhere_on_screen() {
    let mut app = app(seed_index());
    prepare(&mut app, 160, 45);
    let id = app.index.find_entity("Ali Khamenei").unwrap();
    update(&mut app, Action::FocusEntity(id));
    update(&mut app, Action::FocusPane(Pane::Article));
    let t = drawn(&mut app, 160, 45);
    let (x, y) = find(&t, "Ali Khamenei, President").expect("first mention");
    assert!(modifiers_at(&t, x, y).contains(Modifier::REVERSED));
    let (x, y) = find(&t, "Khamenei, any communication").expect("second mention");
    assert!(modifiers_at(&t, x, y).contains(Modifier::REVERSED));
    // Another name is not.
    let (x, y) = find(&t, "Barack Obama has").unwrap();
    assert!(!modifiers_at(&t, x, y).contains(Modifier::REVERSED));
    // The timeline says it is filtered, and the status bar counts mentions.
    let text = buffer_text(&t);
    assert!(text.contains("⧩ Ali Khamenei"), "{text}");
    assert!(text.contains("mention 1/2"), "{text}");
}

#[test]
fn no_color_uses_no_colours_at_all() {
    let mut app = app(two_story_index());
    prepare(&mut app, 160, 45);
    update(&mut app, Action::Top);
    let id = app.index.find_entity("Barack Obama").unwrap();
    update(&mut app, Action::FocusEntity(id));
    update(&mut app, Action::Help);
    let t = drawn(&mut app, 160, 45);
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert_eq!(cell.fg, Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, Color::Reset, "{cell:?}");
    }
}

#[test]
fn no_color_marks_the_selection_and_focus_by_reverse_and_bold() {
    let mut app = app(seed_index());
    prepare(&mut app, 160, 45);
    update(&mut app, Action::Top);
    let t = drawn(&mut app, 160, 45);
    let (x, y) = find(&t, "• Aug").expect("selected row");
    assert!(modifiers_at(&t, x, y).contains(Modifier::REVERSED));
    let (x, y) = find(&t, "3 Timeline").expect("focused title");
    assert!(modifiers_at(&t, x, y).contains(Modifier::BOLD));
    let (x, y) = find(&t, "1 Stories").expect("other title");
    assert!(!modifiers_at(&t, x, y).contains(Modifier::BOLD));
}

#[test]
fn control_characters_in_story_text_never_reach_the_screen() {
    let mut fixture = seed_fixture();
    fixture.stories[0].paragraphs[0] = "Bell\u{7} and escape \u{1b}[31m and NUL \u{0} here".into();
    fixture.stories[0].title = "Title\u{1b}[2J".into();
    let mut app = app(fixture.index());
    article_seed_at_top(&mut app, 120, 30);
    let t = drawn(&mut app, 120, 30);
    for cell in t.backend().buffer().content() {
        assert!(!cell.symbol().chars().any(char::is_control), "{cell:?}");
    }
    assert!(buffer_text(&t).contains("and escape [31m and NUL"));
}

#[test]
fn wide_and_combining_text_wraps_by_cells() {
    let mut fixture = seed_fixture();
    fixture.stories[0].paragraphs[0] =
        "東京で会議が開かれた。これは長い日本語の文章で、折り返しを確かめるためのものです。 Café crème 🎉🎉🎉 done".into();
    let mut app = app(fixture.index());
    article_seed_at_top(&mut app, 60, 20);
    let t = drawn(&mut app, 60, 20);
    let text = buffer_text(&t);
    assert!(text.contains("東京で会議"), "{text}");
    assert!(text.contains("🎉🎉🎉"), "{text}");
    for line in text.lines() {
        assert_eq!(unicode_width::UnicodeWidthStr::width(line), 60, "{line:?}");
    }
}

#[test]
fn every_size_from_zero_up_renders_without_panicking() {
    let mut app = app(two_story_index());
    let id = app.index.find_entity("Barack Obama").unwrap();
    update(&mut app, Action::FocusEntity(id));
    let mut t = terminal(1, 1);
    for (w, h) in [
        (0, 0),
        (1, 1),
        (0, 5),
        (5, 0),
        (2, 2),
        (3, 3),
        (20, 6),
        (7, 40),
        (300, 2),
    ] {
        t.backend_mut().resize(w, h);
        draw(&mut t, &mut app).expect("draw");
    }
    for pane in Pane::ALL {
        update(&mut app, Action::FocusPane(pane));
        for w in (0..45).step_by(2) {
            for h in 0..12 {
                t.backend_mut().resize(w, h);
                draw(&mut t, &mut app).expect("draw");
            }
        }
    }
    update(&mut app, Action::OpenFinder);
    for w in (0..70).step_by(3) {
        for h in (0..24).step_by(2) {
            t.backend_mut().resize(w, h);
            draw(&mut t, &mut app).expect("draw");
        }
    }
    update(
        &mut app,
        Action::Finder(dateline::tui::finder::FinderAction::Close),
    );
    assert!(app.finder.is_none());
    for popup in [Action::Help, Action::Explain, Action::Problems] {
        update(&mut app, popup);
        for (w, h) in [(1, 1), (4, 3), (20, 6), (33, 9)] {
            t.backend_mut().resize(w, h);
            draw(&mut t, &mut app).expect("draw");
        }
        update(&mut app, Action::Escape);
    }
}

#[test]
fn twenty_by_six_still_shows_the_pane_and_its_content() {
    let mut app = app(seed_index());
    prepare(&mut app, 20, 6);
    update(&mut app, Action::Top);
    let text = screen(&mut app, 20, 6);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].contains('3'), "tab bar: {text}");
    assert!(text.contains("Aug"), "an event row is visible: {text}");
}

#[test]
fn an_empty_corpus_says_so_instead_of_failing() {
    let mut app = app(dateline::index::Index::default());
    for action in [
        Action::NextEvent,
        Action::Down,
        Action::Open,
        Action::NextMonth,
        Action::Explain,
        Action::Bottom,
    ] {
        update(&mut app, action);
    }
    let text = screen(&mut app, 160, 45);
    assert!(text.contains("No stories loaded"), "{text}");
}

#[test]
fn loader_problems_show_in_the_status_bar_and_their_popup() {
    let mut fixture = seed_fixture();
    fixture.diagnostics.push(
        dateline::model::Diagnostic::error(
            "feeds/broken.xml",
            "not a feed: unexpected end of file",
        )
        .at(3, Some(7)),
    );
    fixture
        .diagnostics
        .push(dateline::model::Diagnostic::warning(
            "notes.md",
            "no date in the header",
        ));
    let mut app = app(fixture.index());
    let text = screen(&mut app, 160, 45);
    assert!(
        text.contains("2 problems in 2 files while loading — press e"),
        "{text}"
    );
    update(&mut app, Action::Problems);
    let text = screen(&mut app, 160, 45);
    assert!(text.contains("feeds/broken.xml:3:7"), "{text}");
    assert!(
        text.contains("not a feed: unexpected end of file"),
        "{text}"
    );
    assert!(text.contains("no date in the header"), "{text}");
}

#[test]
fn a_long_article_scrolls_to_the_selected_event() {
    let mut fixture = seed_fixture();
    // Push the dated paragraphs far down.
    let filler = "Filler paragraph to make the article long. ".repeat(10);
    let n = 200;
    fixture.insert_paragraphs(0, 0, vec![filler; n]);
    let mut app = app(fixture.index());
    prepare(&mut app, 120, 30);
    update(&mut app, Action::Bottom);
    let text = screen(&mut app, 120, 30);
    assert!(
        app.article.scroll > 1000,
        "scrolled to {}",
        app.article.scroll
    );
    assert!(text.contains("Nov. 24 deadline"), "{text}");
}

#[test]
fn the_status_bar_shows_hints_position_and_focus() {
    let mut app = app(two_story_index());
    prepare(&mut app, 160, 45);
    let text = screen(&mut app, 160, 45);
    let status = text.lines().last().unwrap().to_string();
    assert!(status.contains("] next date"), "{status}");
    assert!(status.contains("? help"), "{status}");
    assert!(status.contains("event 4/9"), "{status}");
    let id = app.index.find_entity("Ali Khamenei").unwrap();
    update(&mut app, Action::FocusEntity(id));
    app.message = None;
    let text = screen(&mut app, 160, 45);
    let status = text.lines().last().unwrap().to_string();
    assert!(status.contains("n/N mentions"), "{status}");
    assert!(status.contains("Esc clear focus"), "{status}");
    assert!(status.contains("◉ Ali Khamenei 1/4"), "{status}");
}

#[test]
fn the_explanation_names_anchor_rule_and_the_other_stories_reporting_the_date() {
    let mut app = app(two_story_index());
    prepare(&mut app, 120, 40);
    update(&mut app, Action::Bottom); // the Nov. 24 deadline, in both stories
    // Open the group and take the follow-up's row.
    update(&mut app, Action::ExpandGroup);
    update(&mut app, Action::Bottom);
    update(&mut app, Action::Explain);
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("“Nov. 24”"), "{text}");
    assert!(text.contains("Mon 24 Nov 2014"), "{text}");
    assert!(
        text.contains("the story's publication date, Mon 10 Nov 2014"),
        "{text}"
    );
    assert!(
        text.contains("the next Nov 24 on or after the story date"),
        "{text}"
    );
    assert!(
        text.contains("Also in  Obama writes to Iran’s leader"),
        "{text}"
    );
}
