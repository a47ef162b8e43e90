//! Regressions found by reading the sample stories in the app the way an
//! analyst would: what the selection, empty states, popups and rows look
//! like once real stories are loaded.

mod tui_support;

use std::path::PathBuf;

use dateline::index::Index;
use dateline::model::{EventId, EventKind, StoryIx};
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::terminal::draw;
use dateline::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::*;

fn samples() -> Index {
    Index::build(dateline::ingest::load_sample())
}

fn drawn(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = terminal(w, h);
    draw(&mut t, app).expect("draw");
    t
}

/// The screen row (y) whose text contains `needle`, and the row's text.
fn row_with(t: &Terminal<TestBackend>, needle: &str) -> Option<u16> {
    buffer_text(t)
        .lines()
        .position(|l| l.contains(needle))
        .map(|y| y as u16)
}

/// Every cell of `rect`'s row `y` carries the selection colours.
fn assert_row_selected(app: &App, t: &Terminal<TestBackend>, pane: Pane, y: u16) {
    let inner = app.layout.inner_of(pane).expect("pane on screen");
    let buf = t.backend().buffer();
    let sel = app.theme.selected;
    for x in inner.x..inner.right() {
        let cell = &buf[(x, y)];
        assert_eq!(
            (cell.fg, cell.bg),
            (sel.fg.unwrap(), sel.bg.unwrap()),
            "cell {x},{y} {:?} of the selected row",
            cell.symbol()
        );
    }
}

#[test]
fn a_selected_row_is_drawn_in_the_selection_colours_whatever_its_spans_say() {
    let mut app = colour_app(samples());
    prepare(&mut app, 160, 45);
    // A publication row: its green date and title used to stay green on
    // the cyan selection.
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| app.index.events()[e].kind == EventKind::Publication)
        .expect("a publication event");
    app.select_timeline(pos);
    update(&mut app, Action::FocusPane(Pane::Timeline));
    prepare(&mut app, 160, 45);
    let t = drawn(&mut app, 160, 45);
    let y = row_with(&t, "◆").expect("publication row");
    let y = (y..45)
        .find(|&y| {
            let inner = app.layout.inner_of(Pane::Timeline).unwrap();
            t.backend().buffer()[(inner.x + 1, y)].bg == app.theme.selected.bg.unwrap()
        })
        .expect("selected row");
    assert_row_selected(&app, &t, Pane::Timeline, y);

    // The people pane: the kind tag and the name are coloured by kind.
    update(&mut app, Action::FocusPane(Pane::People));
    prepare(&mut app, 160, 45);
    let t = drawn(&mut app, 160, 45);
    let inner = app.layout.inner_of(Pane::People).unwrap();
    // Below the row of kind tabs.
    assert_row_selected(&app, &t, Pane::People, inner.y + 1);

    // The stories pane: the date is dim.
    update(&mut app, Action::FocusPane(Pane::Stories));
    prepare(&mut app, 160, 45);
    let t = drawn(&mut app, 160, 45);
    let inner = app.layout.inner_of(Pane::Stories).unwrap();
    assert_row_selected(&app, &t, Pane::Stories, inner.y);
}

/// The sample stories plus the loader fixtures, which include stories
/// without a date.
fn samples_and_fixtures() -> Index {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    Index::build(dateline::ingest::load(&[
        root.join("sample-data"),
        root.join("tests/fixtures/corpus"),
    ]))
}

#[test]
fn undated_stories_keep_the_title_column_aligned() {
    let mut app = app(samples_and_fixtures());
    update(&mut app, Action::FocusPane(Pane::Stories));
    update(&mut app, Action::Bottom);
    for (w, h) in [(160, 45), (100, 30)] {
        prepare(&mut app, w, h);
        let text = screen(&mut app, w, h);
        let undated = text
            .lines()
            .find(|l| l.contains("no date"))
            .unwrap_or_else(|| panic!("an undated story on screen:\n{text}"));
        let dated = text
            .lines()
            .find(|l| l.contains("Nov 14 "))
            .expect("a dated story");
        let title_col = |line: &str, after: &str| {
            let start = line.find(after).unwrap() + after.len();
            let rest = &line[start..];
            let skip = rest.len() - rest.trim_start().len();
            unicode_width::UnicodeWidthStr::width(&line[..start + skip])
        };
        assert_eq!(
            title_col(undated, "no date"),
            title_col(dated, "Nov 14"),
            "\n{undated}\n{dated}"
        );
    }
}

#[test]
fn names_in_the_highlighted_sentence_stay_readable_on_its_background() {
    let mut app = colour_app(seed_index());
    prepare(&mut app, 160, 45);
    update(&mut app, Action::Top); // August: "Obama authorized ... Islamic State fighters"
    // Read it in the article (the article's width as when it has the focus).
    update(&mut app, Action::FocusPane(Pane::Article));
    prepare(&mut app, 160, 45);
    let t = drawn(&mut app, 160, 45);
    let buf = t.backend().buffer();
    let text = buffer_text(&t);
    let y = text
        .lines()
        .position(|l| l.contains("Obama authorized"))
        .expect("sentence on screen") as u16;
    let line = text.lines().nth(y as usize).unwrap();
    let x = unicode_width::UnicodeWidthStr::width(&line[..line.find("Obama authorized").unwrap()])
        as u16;
    let cell = &buf[(x, y)];
    assert_eq!(
        cell.bg,
        app.theme.sentence.bg.unwrap(),
        "inside the sentence"
    );
    assert_ne!(
        cell.fg,
        app.theme.person.fg.unwrap(),
        "no magenta on dark blue"
    );
    assert_eq!(cell.fg, app.theme.sentence.fg.unwrap());
    // Outside the sentence the kind colours stay.
    let y2 = text
        .lines()
        .position(|l| l.contains("President Barack Obama"))
        .expect("a name outside the sentence") as u16;
    let line = text.lines().nth(y2 as usize).unwrap();
    let x2 =
        unicode_width::UnicodeWidthStr::width(&line[..line.find("Barack Obama").unwrap()]) as u16;
    assert_eq!(buf[(x2, y2)].fg, app.theme.person.fg.unwrap());
}

#[test]
fn every_load_problem_can_be_scrolled_into_view_with_wrapped_lines_indented() {
    let mut app = app(samples_and_fixtures());
    let diags = app.index.corpus().diagnostics.len();
    assert!(diags >= 10, "the fixtures give many problems: {diags}");
    let last = app
        .index
        .corpus()
        .diagnostics
        .last()
        .unwrap()
        .message
        .clone();
    let last_words: String = last
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    prepare(&mut app, 100, 16);
    update(&mut app, Action::Problems);
    let before = screen(&mut app, 100, 16);
    assert!(
        !before.contains(&last_words),
        "too many to show at once:\n{before}"
    );
    for _ in 0..40 {
        update(&mut app, Action::Down);
    }
    let after = screen(&mut app, 100, 16);
    assert!(after.contains(&last_words), "the last problem:\n{after}");
    // A wrapped problem continues under its location, not under its label.
    let cont = after
        .lines()
        .skip_while(|l| !l.contains(&last_words))
        .nth(1)
        .expect("a continuation line");
    assert!(
        cont.starts_with("│        ") && !cont.starts_with("│         "),
        "{cont:?}"
    );
    update(&mut app, Action::Top);
    assert_eq!(screen(&mut app, 100, 16), before, "g goes back to the top");
    update(&mut app, Action::Bottom);
    assert_eq!(screen(&mut app, 100, 16), after, "G to the end");
}

#[test]
fn the_problems_popup_is_only_as_tall_as_its_problems() {
    let mut app = app(samples_and_fixtures());
    prepare(&mut app, 160, 45);
    update(&mut app, Action::Problems);
    let text = screen(&mut app, 160, 45);
    let top = text
        .lines()
        .position(|l| l.contains("Load problems"))
        .unwrap();
    let bottom = text.lines().position(|l| l.contains("Esc close")).unwrap();
    let n = app.index.corpus().diagnostics.len();
    let rows = bottom - top - 1;
    assert!(rows >= n, "every problem fits:\n{text}");
    assert!(rows <= n * 2, "no screenful of blank rows:\n{text}");
}

/// A popup's rows, between its borders.
fn popup_rows(text: &str, title: &str) -> Vec<String> {
    let rows: Vec<Vec<char>> = text.lines().map(|l| l.chars().collect()).collect();
    let top = rows
        .iter()
        .position(|l| l.iter().collect::<String>().contains(title))
        .expect("popup");
    let row = &rows[top];
    let title_at = (0..row.len())
        .find(|&i| row[i..].iter().collect::<String>().starts_with(title))
        .unwrap();
    let left = (0..title_at)
        .rev()
        .find(|&i| row[i] == '╭')
        .expect("corner");
    let right = (title_at..row.len())
        .find(|&i| row[i] == '╮')
        .expect("corner");
    rows[top + 1..]
        .iter()
        .take_while(|l| l.get(left) != Some(&'╰'))
        .map(|l| {
            l[left + 1..right]
                .iter()
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect()
}

#[test]
fn the_explanation_wraps_under_its_labels_and_shows_the_whole_sentence() {
    let mut app = app(samples());
    // The event with the longest sentence, and a rule that must wrap at 60.
    let event = (0..app.index.events().len())
        .filter(|&e| app.index.events()[e].kind == EventKind::Mention)
        .filter(|&e| app.index.events()[e].timex.explanation.rule.len() > 50)
        .max_by_key(|&e| app.index.event_sentence(EventId(e)).len())
        .expect("an event");
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| e == event)
        .unwrap();
    app.select_timeline(pos);
    update(&mut app, Action::FocusPane(Pane::Timeline));
    update(&mut app, Action::Explain);
    let rule = app.index.events()[event].timex.explanation.rule.clone();
    let last_word = |s: &str| s.split_whitespace().last().unwrap().to_string();
    for (w, h) in [(60, 40), (160, 45)] {
        prepare(&mut app, w, h);
        let text = screen(&mut app, w, h);
        let rows = popup_rows(&text, "Why this date");
        let why = rows
            .iter()
            .position(|r| r.starts_with("Why"))
            .expect("Why row");
        let mut i = why + 1;
        while i < rows.len() && !rows[i].trim().is_empty() {
            assert!(
                rows[i].starts_with("         ") && !rows[i].starts_with("          "),
                "continuation under the value at {w}: {:?}\n{text}",
                rows[i]
            );
            i += 1;
        }
        if w == 60 {
            assert!(i > why + 1, "the rule wraps at {w}:\n{text}");
        }
        let rule_end = last_word(&rule);
        assert!(rows[why..i].iter().any(|r| r.contains(&rule_end)), "{text}");
        let sentence = app.index.event_sentence(EventId(event)).to_string();
        let end = last_word(&sentence);
        assert!(
            rows.iter().rev().take(3).any(|r| r.contains(&end)),
            "the sentence ends with {end:?} at {w}×{h}:\n{text}"
        );
    }
}

#[test]
fn timeline_rows_name_their_story_by_title_even_when_stories_share_a_source() {
    let mut corpus = dateline::ingest::load_sample();
    for s in &mut corpus.stories {
        s.source = Some("AP".into());
    }
    let mut app = app(Index::build(corpus));
    prepare(&mut app, 160, 45);
    let text = screen(&mut app, 160, 45);
    let inner = app.layout.inner_of(Pane::Timeline).unwrap();
    let rows: Vec<String> = text
        .lines()
        .skip(inner.y as usize)
        .take(inner.height as usize)
        .map(|l| {
            l.chars()
                .skip(inner.x as usize)
                .take(inner.width as usize)
                .collect()
        })
        .filter(|r: &String| r.contains('•') || r.contains('◆'))
        .collect();
    assert!(rows.len() > 10);
    let labels: std::collections::BTreeSet<String> = rows
        .iter()
        .map(|r| r.chars().rev().take(10).collect::<String>())
        .collect();
    assert!(
        labels.len() > 2,
        "rows from different stories are told apart: {labels:?}\n{text}"
    );
    assert!(
        !rows.iter().any(|r| r.trim_end().ends_with(" AP")),
        "{text}"
    );
}

#[test]
fn a_story_without_text_says_so_in_the_article() {
    let mut app = app(samples_and_fixtures());
    let fine = app
        .stories
        .order
        .iter()
        .position(|&s| app.index.story(StoryIx(s)).title == "Fine")
        .expect("the text-less fixture story");
    prepare(&mut app, 160, 45);
    update(&mut app, Action::FocusPane(Pane::Stories));
    update(&mut app, Action::Top);
    for _ in 0..fine {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Open);
    prepare(&mut app, 160, 45);
    let text = screen(&mut app, 160, 45);
    assert!(text.contains("This story has no text"), "{text}");
    // A story with text does not.
    update(&mut app, Action::FocusPane(Pane::Stories));
    update(&mut app, Action::Top);
    update(&mut app, Action::Open);
    prepare(&mut app, 160, 45);
    assert!(!screen(&mut app, 160, 45).contains("has no text"));
}

#[test]
fn weeks_and_weekends_are_named_by_their_days_not_a_week_number() {
    let mut app = app(samples());
    let weekend = (0..app.index.events().len())
        .find(|&e| app.index.events()[e].timex.text == "the weekend")
        .expect("the weekend in the Geneva story");
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| e == weekend)
        .unwrap();
    app.select_timeline(pos);
    update(&mut app, Action::FocusPane(Pane::Timeline));
    prepare(&mut app, 160, 45);
    let text = screen(&mut app, 160, 45);
    assert!(!text.contains("Week 4"), "{text}");
    let row = text
        .lines()
        .find(|l| l.contains("the weekend."))
        .expect("the row");
    assert!(row.contains("Wknd 23 Nov"), "{row}");
    update(&mut app, Action::Explain);
    let text = screen(&mut app, 160, 45);
    assert!(text.contains("Weekend of Sat 23 Nov 2013"), "{text}");
}

#[test]
fn popups_scroll_to_either_end_and_by_pages_with_the_usual_keys() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use dateline::tui::keymap::{Mode, lookup};
    let mut app = app(samples_and_fixtures());
    prepare(&mut app, 60, 20);
    update(&mut app, Action::Help);
    assert_eq!(app.mode(), Mode::Popup);
    let press = |app: &mut App, code: KeyCode, mods: KeyModifiers| {
        let action = lookup(app.mode(), &KeyEvent::new(code, mods))
            .unwrap_or_else(|| panic!("{code:?} is bound in popups"));
        update(app, action);
    };
    let top = screen(&mut app, 60, 20);
    press(&mut app, KeyCode::Char('G'), KeyModifiers::SHIFT);
    let end = screen(&mut app, 60, 20);
    assert!(end.contains("wheel"), "the last help line:\n{end}");
    press(&mut app, KeyCode::Char('g'), KeyModifiers::NONE);
    assert_eq!(screen(&mut app, 60, 20), top);
    press(&mut app, KeyCode::PageDown, KeyModifiers::NONE);
    let paged = screen(&mut app, 60, 20);
    assert_ne!(paged, top);
    press(&mut app, KeyCode::PageUp, KeyModifiers::NONE);
    assert_eq!(screen(&mut app, 60, 20), top);
    press(&mut app, KeyCode::End, KeyModifiers::NONE);
    assert_eq!(screen(&mut app, 60, 20), end);
    press(&mut app, KeyCode::Home, KeyModifiers::NONE);
    press(&mut app, KeyCode::Char('d'), KeyModifiers::CONTROL);
    assert_eq!(screen(&mut app, 60, 20), paged);
}

#[test]
fn x_in_the_article_explains_only_a_date_of_the_story_on_screen() {
    let mut app = app(samples());
    prepare(&mut app, 160, 45);
    // The timeline's selection is in one story ...
    update(&mut app, Action::FocusPane(Pane::Timeline));
    update(&mut app, Action::Top);
    let selected = app.selected_event().unwrap();
    let its_story = app.index.events()[selected].story.0;
    // ... the article opens another one, with no date picked in it.
    let other = app
        .stories
        .order
        .iter()
        .position(|&s| s != its_story)
        .unwrap();
    update(&mut app, Action::FocusPane(Pane::Stories));
    update(&mut app, Action::Top);
    for _ in 0..other {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Open);
    assert_eq!(app.focus, Pane::Article);
    assert_ne!(app.article.story, Some(its_story));
    update(&mut app, Action::Explain);
    assert_eq!(app.popup, None, "no explanation of a date off screen");
    let msg = app.message.as_ref().expect("a message").text.clone();
    assert!(msg.contains("] selects"), "{msg}");
    // Once a date of this story is picked, x explains it.
    update(&mut app, Action::NextEvent);
    let picked = app.article.event.expect("a date in the story");
    update(&mut app, Action::Explain);
    assert_eq!(
        app.popup,
        Some(dateline::tui::app::Popup::Explain { event: picked })
    );
}

#[test]
fn the_filtered_timeline_selects_the_event_beside_the_focused_mention() {
    let mut app = app(samples());
    prepare(&mut app, 160, 45);
    let id = app.index.find_entity("Barack Obama").expect("Obama");
    update(&mut app, Action::FocusEntity(id));
    let focus = app.entity_focus.clone().expect("focused");
    assert!(
        app.timeline.events.len() > 1,
        "several events to choose from"
    );
    for step in 0..focus.mentions.len() {
        let mi =
            app.entity_focus.as_ref().unwrap().mentions[app.entity_focus.as_ref().unwrap().current];
        let story = app.index.mentions()[mi].story;
        let in_story = app
            .timeline
            .events
            .iter()
            .any(|&e| app.index.events()[e].story == story);
        if in_story {
            let sel = app.selected_event().unwrap();
            assert_eq!(
                app.index.events()[sel].story,
                story,
                "mention {step}: the timeline selection is in the story on screen"
            );
        }
        update(&mut app, Action::NextMention);
    }
}

#[test]
fn publication_rows_give_the_title_the_room_instead_of_repeating_it() {
    let mut app = app(samples());
    prepare(&mut app, 160, 45);
    let text = screen(&mut app, 160, 45);
    let inner = app.layout.inner_of(Pane::Timeline).unwrap();
    let row = text
        .lines()
        .map(|l| {
            l.chars()
                .skip(inner.x as usize)
                .take(inner.width as usize)
                .collect::<String>()
        })
        .find(|r| r.contains("Published: US jets"))
        .expect("a publication row");
    // More of the title shows ("US jets strike …"),
    // and it is not followed by the story label "US jets s…".
    assert!(row.contains("Published: US jets strike"), "{row:?}");
    assert_eq!(row.matches("US jets").count(), 1, "{row:?}");
}

#[test]
fn a_publication_date_is_explained_as_the_stories_own_date_not_a_phrase() {
    let mut app = app(samples());
    prepare(&mut app, 160, 45);
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| app.index.events()[e].kind == EventKind::Publication)
        .unwrap();
    app.select_timeline(pos);
    update(&mut app, Action::FocusPane(Pane::Timeline));
    update(&mut app, Action::Explain);
    let text = screen(&mut app, 160, 45);
    let rows = popup_rows(&text, "Why this date");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("From") && r.contains("own publication date")),
        "{rows:#?}"
    );
    assert!(!rows.iter().any(|r| r.starts_with("Phrase")), "{rows:#?}");
}
