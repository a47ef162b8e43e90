//! State tests: actions applied to a hand-built app, asserting on state.

mod tui_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dateline::model::{EntityId, EventKind, StoryIx};
use dateline::tui::action::{Action, Effect, Pane};
use dateline::tui::app::{App, Popup};
use dateline::tui::keymap::{self, Mode};
use dateline::tui::update::update;
use tui_support::*;

const W: u16 = 160;
const H: u16 = 45;

fn act(app: &mut App, action: Action) -> Option<Effect> {
    let effect = update(app, action);
    prepare(app, W, H);
    effect
}

fn selected_value(app: &App) -> String {
    let e = app.selected_event().expect("an event is selected");
    app.index.events()[e].timex.value.clone()
}

/// The article's emphasised event is on screen.
fn assert_event_visible(app: &App) {
    let e = app.article.event.expect("article highlights an event");
    let ev = &app.index.events()[e];
    assert_eq!(
        app.article.story,
        Some(ev.story.0),
        "article follows the story"
    );
    let layout = app.article.layout.as_ref().expect("article laid out");
    let line = if ev.kind == EventKind::Publication {
        0
    } else {
        layout.line_of(ev.paragraph, ev.timex.start).expect("line")
    };
    let h = app.layout.height_of(Pane::Article);
    assert!(
        line >= app.article.scroll && line < app.article.scroll + h,
        "line {line} not within scroll {} + {h}",
        app.article.scroll
    );
}

fn entity(app: &App, name: &str) -> EntityId {
    app.index.find_entity(name).expect("entity in fixture")
}

#[test]
fn tab_cycles_panes_forward_and_back() {
    let mut app = app(seed_index());
    prepare(&mut app, W, H);
    assert_eq!(app.focus, Pane::Timeline, "the timeline is focused first");
    let mut seen = vec![app.focus];
    for _ in 0..4 {
        act(&mut app, Action::NextPane);
        seen.push(app.focus);
    }
    assert_eq!(
        seen,
        vec![
            Pane::Timeline,
            Pane::People,
            Pane::Stories,
            Pane::Article,
            Pane::Timeline
        ]
    );
    act(&mut app, Action::PrevPane);
    assert_eq!(app.focus, Pane::Article);
    act(&mut app, Action::FocusPane(Pane::Stories));
    assert_eq!(app.focus, Pane::Stories);
}

#[test]
fn number_keys_and_t_focus_panes_through_the_keymap() {
    let key = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let mode = Mode::Normal(Pane::Stories);
    assert_eq!(
        keymap::lookup(mode, &key('1')),
        Some(Action::FocusPane(Pane::Stories))
    );
    assert_eq!(
        keymap::lookup(mode, &key('2')),
        Some(Action::FocusPane(Pane::Article))
    );
    assert_eq!(
        keymap::lookup(mode, &key('3')),
        Some(Action::FocusPane(Pane::Timeline))
    );
    assert_eq!(
        keymap::lookup(mode, &key('4')),
        Some(Action::FocusPane(Pane::People))
    );
    assert_eq!(
        keymap::lookup(mode, &key('t')),
        Some(Action::FocusPane(Pane::Timeline))
    );
}

#[test]
fn keymap_folds_shift_into_characters_and_reads_control_keys() {
    let shifted = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT);
    let ctrl = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    let plain = |k: KeyCode| KeyEvent::new(k, KeyModifiers::NONE);
    let m = Mode::Normal(Pane::Timeline);
    assert_eq!(keymap::lookup(m, &shifted('G')), Some(Action::Bottom));
    assert_eq!(keymap::lookup(m, &shifted('}')), Some(Action::NextMonth));
    assert_eq!(keymap::lookup(m, &shifted('?')), Some(Action::Help));
    assert_eq!(keymap::lookup(m, &ctrl('d')), Some(Action::HalfPageDown));
    assert_eq!(keymap::lookup(m, &ctrl('c')), Some(Action::Quit));
    assert_eq!(
        keymap::lookup(m, &plain(KeyCode::PageUp)),
        Some(Action::HalfPageUp)
    );
    assert_eq!(
        keymap::lookup(m, &KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::PrevPane)
    );
    // In the finder, letters are query input, Ctrl-u clears the line.
    use dateline::tui::finder::FinderAction as F;
    assert_eq!(
        keymap::lookup(Mode::Finder, &plain(KeyCode::Char('q'))),
        Some(Action::Finder(F::Input('q')))
    );
    assert_eq!(
        keymap::lookup(Mode::Finder, &shifted('K')),
        Some(Action::Finder(F::Input('K')))
    );
    assert_eq!(
        keymap::lookup(Mode::Finder, &ctrl('u')),
        Some(Action::Finder(F::ClearLine))
    );
    assert_eq!(
        keymap::lookup(Mode::Finder, &ctrl('w')),
        Some(Action::Finder(F::DeleteWord))
    );
    assert_eq!(
        keymap::lookup(Mode::Finder, &ctrl('p')),
        Some(Action::Finder(F::SelectPrev))
    );
    assert_eq!(
        keymap::lookup(Mode::Finder, &ctrl('t')),
        Some(Action::Finder(F::ToggleMode))
    );
    assert_eq!(
        keymap::lookup(Mode::Finder, &plain(KeyCode::Tab)),
        Some(Action::Finder(F::CycleScope))
    );
    assert_eq!(
        keymap::lookup(Mode::Finder, &plain(KeyCode::Esc)),
        Some(Action::Finder(F::Close))
    );
    // Outside the finder, Ctrl-p opens it, as does /.
    assert_eq!(keymap::lookup(m, &ctrl('p')), Some(Action::OpenFinder));
    assert_eq!(
        keymap::lookup(m, &plain(KeyCode::Char('/'))),
        Some(Action::OpenFinder)
    );
    // In a popup, q closes the popup rather than quitting.
    assert_eq!(
        keymap::lookup(Mode::Popup, &plain(KeyCode::Char('q'))),
        Some(Action::Escape)
    );
}

#[test]
fn next_event_walks_the_seed_story_in_date_order_with_the_article_following() {
    let mut app = app(seed_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::FocusPane(Pane::Timeline));
    act(&mut app, Action::Top);
    assert_eq!(selected_value(&app), "2014-08");
    assert_event_visible(&app);
    let mut walked = vec![selected_value(&app)];
    let mut kinds = vec![];
    for _ in 0..4 {
        act(&mut app, Action::NextEvent);
        assert_event_visible(&app);
        walked.push(selected_value(&app));
        kinds.push(app.index.events()[app.selected_event().unwrap()].kind);
        assert_eq!(app.article.event, app.selected_event());
    }
    assert_eq!(
        walked,
        vec![
            "2014-08",
            "2014-09",
            "2014-11-05",
            "2014-11-06",
            "2014-11-24"
        ]
    );
    assert_eq!(
        kinds[2],
        EventKind::Publication,
        "6 Nov is the publication date"
    );
    // At the end it stays put and says so.
    act(&mut app, Action::NextEvent);
    assert_eq!(selected_value(&app), "2014-11-24");
    assert!(app.message.as_ref().unwrap().text.contains("Last event"));
    let mut back = vec![];
    for _ in 0..4 {
        act(&mut app, Action::PrevEvent);
        assert_event_visible(&app);
        back.push(selected_value(&app));
    }
    assert_eq!(back, vec!["2014-11-06", "2014-11-05", "2014-09", "2014-08"]);
}

#[test]
fn next_event_from_other_panes_moves_the_timeline_and_keeps_focus() {
    let mut app = app(seed_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::FocusPane(Pane::People));
    assert_eq!(
        selected_value(&app),
        "2014-11-06",
        "starts on the publication date"
    );
    act(&mut app, Action::NextEvent);
    assert_eq!(app.focus, Pane::People);
    assert_eq!(selected_value(&app), "2014-11-24");
    assert_event_visible(&app);
}

#[test]
fn in_the_article_next_event_follows_text_order_from_the_cursor() {
    let mut app = app(seed_index());
    // A short screen, so the article must scroll to show each date.
    let (w, h) = (100, 20);
    prepare(&mut app, w, h);
    update(&mut app, Action::FocusPane(Pane::Article));
    app.article.event = None;
    update(&mut app, Action::Top);
    prepare(&mut app, w, h);
    let mut texts = vec![];
    for _ in 0..4 {
        update(&mut app, Action::NextEvent);
        prepare(&mut app, w, h);
        let e = app.article.event.expect("an event is highlighted");
        texts.push(app.index.events()[e].timex.text.clone());
        let layout = app.article.layout.as_ref().unwrap();
        let ev = &app.index.events()[e];
        let line = layout.line_of(ev.paragraph, ev.timex.start).unwrap();
        let height = app.layout.height_of(Pane::Article);
        assert!(line >= app.article.scroll && line < app.article.scroll + height);
        // The timeline selection follows.
        assert_eq!(app.selected_event(), Some(e));
    }
    assert_eq!(
        texts,
        vec![
            "Nov. 24",
            "in August",
            "the following month",
            "on Wednesday"
        ]
    );
    update(&mut app, Action::NextEvent);
    assert!(app.message.as_ref().unwrap().text.contains("No later date"));
    update(&mut app, Action::PrevEvent);
    prepare(&mut app, w, h);
    let e = app.article.event.unwrap();
    assert_eq!(app.index.events()[e].timex.text, "the following month");
}

#[test]
fn month_keys_jump_between_month_groups() {
    let mut app = app(two_story_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::Top);
    assert_eq!(selected_value(&app), "2014-08");
    act(&mut app, Action::NextMonth);
    assert_eq!(selected_value(&app), "2014-09");
    act(&mut app, Action::NextMonth);
    assert_eq!(
        selected_value(&app),
        "2014-11-05",
        "first event of November"
    );
    act(&mut app, Action::NextMonth);
    assert_eq!(selected_value(&app), "2014-11-05", "no later month");
    act(&mut app, Action::Bottom);
    assert_eq!(selected_value(&app), "2014-11-24");
    act(&mut app, Action::PrevMonth);
    assert_eq!(selected_value(&app), "2014-09");
    act(&mut app, Action::PrevMonth);
    assert_eq!(selected_value(&app), "2014-08");
}

#[test]
fn article_scrolls_by_line_half_page_and_to_the_ends() {
    let mut app = app(two_story_index());
    let (w, h) = (60, 12);
    prepare(&mut app, w, h);
    update(&mut app, Action::FocusPane(Pane::Article));
    app.article.event = None;
    update(&mut app, Action::Top);
    prepare(&mut app, w, h);
    assert_eq!(app.article.scroll, 0);
    update(&mut app, Action::Down);
    assert_eq!(app.article.scroll, 1);
    update(&mut app, Action::Up);
    update(&mut app, Action::Up);
    assert_eq!(app.article.scroll, 0, "never above the top");
    let half = app.layout.height_of(Pane::Article) / 2;
    update(&mut app, Action::HalfPageDown);
    assert_eq!(app.article.scroll, half);
    update(&mut app, Action::Bottom);
    assert_eq!(app.article.scroll, app.article_max_scroll());
    assert!(app.article_max_scroll() > 0);
    update(&mut app, Action::Down);
    assert_eq!(
        app.article.scroll,
        app.article_max_scroll(),
        "never past the end"
    );
    update(&mut app, Action::HalfPageUp);
    assert_eq!(app.article.scroll, app.article_max_scroll() - half);
}

#[test]
fn moving_in_the_stories_pane_shows_that_story() {
    let mut app = app(two_story_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::FocusPane(Pane::Stories));
    act(&mut app, Action::Top);
    assert_eq!(app.article.story, Some(0));
    act(&mut app, Action::Down);
    assert_eq!(app.article.story, Some(1), "stories are in date order");
    act(&mut app, Action::Open);
    assert_eq!(app.focus, Pane::Article);
    assert_eq!(app.article.scroll, 0);
}

#[test]
fn focusing_an_entity_filters_the_timeline_and_cycles_mentions_across_stories() {
    let mut app = app(two_story_index());
    prepare(&mut app, W, H);
    let khamenei = entity(&app, "Ali Khamenei");
    let all = app.index.mention_count(khamenei);
    assert!(all >= 4);
    act(&mut app, Action::FocusEntity(khamenei));
    let focus = app.entity_focus.clone().expect("focused");
    assert_eq!(focus.id, khamenei);
    assert_eq!(focus.mentions.len(), all);
    // Current story (the first) holds mentions: start at its first one.
    let m = &app.index.mentions()[focus.mentions[focus.current]];
    assert_eq!((m.story, m.paragraph), (StoryIx(0), 0));
    assert_eq!(app.article.story, Some(0));
    assert!(
        app.message
            .as_ref()
            .unwrap()
            .text
            .contains(&format!("mention 1/{all}"))
    );
    // Timeline filtered to his events.
    let mut expected: Vec<usize> = app
        .index
        .entity_events(khamenei)
        .iter()
        .map(|e| e.0)
        .collect();
    expected.sort_by_key(|&e| app.index.timeline().iter().position(|x| x.0 == e));
    assert_eq!(app.timeline.events, expected);
    assert!(app.timeline.events.len() < app.index.timeline().len());
    // n walks forward, switching story after the last mention in the first.
    let in_first = focus
        .mentions
        .iter()
        .filter(|&&mi| app.index.mentions()[mi].story == StoryIx(0))
        .count();
    for i in 1..=in_first {
        act(&mut app, Action::NextMention);
        let f = app.entity_focus.as_ref().unwrap();
        assert_eq!(f.current, i);
        assert!(
            app.message
                .as_ref()
                .unwrap()
                .text
                .contains(&format!("mention {}/{all}", i + 1))
        );
    }
    assert_eq!(app.article.story, Some(1), "n moved on to the next story");
    // The mention is on screen.
    let f = app.entity_focus.as_ref().unwrap();
    let m = &app.index.mentions()[f.mentions[f.current]];
    let line = app
        .article
        .layout
        .as_ref()
        .unwrap()
        .line_of(m.paragraph, m.span.start)
        .unwrap();
    assert!(
        line >= app.article.scroll
            && line < app.article.scroll + app.layout.height_of(Pane::Article)
    );
    act(&mut app, Action::PrevMention);
    assert_eq!(app.article.story, Some(0), "N goes back across stories");
    // N from the first wraps to the last.
    act(&mut app, Action::FocusEntity(khamenei));
    let first = app.entity_focus.as_ref().unwrap().current;
    assert_eq!(first, 0);
    act(&mut app, Action::PrevMention);
    assert_eq!(app.entity_focus.as_ref().unwrap().current, all - 1);
    // Esc clears focus and filter.
    act(&mut app, Action::Escape);
    assert!(app.entity_focus.is_none());
    assert_eq!(app.timeline.events, timeline_ids(&app.index));
}

#[test]
fn focusing_an_entity_absent_from_the_current_story_opens_where_it_is_mentioned_most() {
    let mut fixture = two_story_fixture();
    fixture.stories[0].title = "First".into();
    let idx = fixture.index();
    // Drop the first story's Khamenei mentions from the focus list by
    // focusing from the second story on a name only the first one has.
    let earnest = idx.find_entity("Josh Earnest").unwrap();
    assert!(
        idx.entity_mentions(earnest)
            .iter()
            .all(|&m| idx.mention(m).story == StoryIx(0))
    );
    let mut app = app(idx);
    prepare(&mut app, W, H);
    act(&mut app, Action::FocusPane(Pane::Stories));
    act(&mut app, Action::Bottom);
    assert_eq!(app.article.story, Some(1));
    act(&mut app, Action::FocusEntity(earnest));
    assert_eq!(app.article.story, Some(0));
    assert_eq!(
        app.timeline.events.len(),
        app.index.entity_events(earnest).len()
    );
}

#[test]
fn enter_in_the_people_pane_focuses_the_entity() {
    let mut app = app(two_story_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::FocusPane(Pane::People));
    act(&mut app, Action::Top);
    let first = app.people.order[0];
    // Every kind together, most mentioned first, then by kind and name:
    // places no longer sink below less mentioned people.
    let keys: Vec<(
        std::cmp::Reverse<usize>,
        dateline::model::EntityKind,
        String,
    )> = app
        .people
        .order
        .iter()
        .map(|id| {
            let e = app.index.entity(*id);
            (
                std::cmp::Reverse(app.index.mention_count(*id)),
                e.kind,
                e.name.clone(),
            )
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
    let is_place =
        |k: &(_, dateline::model::EntityKind, _)| k.1 == dateline::model::EntityKind::Place;
    let first_place = keys.iter().position(is_place).expect("a place");
    assert!(keys[first_place..].iter().any(|k| !is_place(k)), "{keys:?}");
    assert_eq!(keys.len(), app.index.entities().len());
    act(&mut app, Action::Open);
    assert_eq!(app.entity_focus.as_ref().map(|f| f.id), Some(first));
    assert_eq!(app.focus, Pane::Article);
    act(&mut app, Action::Escape);
    assert!(app.entity_focus.is_none());
}

#[test]
fn n_without_a_focused_entity_explains_what_to_do() {
    let mut app = app(seed_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::NextMention);
    assert!(app.message.as_ref().unwrap().text.contains("Focus a name"));
}

#[test]
fn popups_open_scroll_and_close() {
    let mut app = app(seed_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::Help);
    assert_eq!(app.popup, Some(Popup::Help { scroll: 0 }));
    assert_eq!(app.mode(), Mode::Popup);
    act(&mut app, Action::Down);
    assert_eq!(app.popup, Some(Popup::Help { scroll: 1 }));
    act(&mut app, Action::Escape);
    assert_eq!(app.popup, None);
    act(&mut app, Action::Explain);
    let e = app.selected_event().unwrap();
    assert_eq!(app.popup, Some(Popup::Explain { event: e }));
    act(&mut app, Action::Escape);
    act(&mut app, Action::Problems);
    assert_eq!(app.popup, Some(Popup::Problems { scroll: 0 }));
}

#[test]
fn quit_and_suspend_are_effects_for_the_loop() {
    let mut app = app(seed_index());
    assert_eq!(update(&mut app, Action::Quit), Some(Effect::Quit));
    assert_eq!(update(&mut app, Action::Suspend), Some(Effect::Suspend));
}

#[test]
fn a_click_focuses_the_pane_and_selects_the_row_under_it() {
    let mut app = app(two_story_index());
    prepare(&mut app, W, H);
    let (_, stories) = *app
        .layout
        .panes
        .iter()
        .find(|(p, _)| *p == Pane::Stories)
        .unwrap();
    act(
        &mut app,
        Action::Click {
            column: stories.x + 3,
            row: stories.y + 2,
        },
    );
    assert_eq!(app.focus, Pane::Stories);
    assert_eq!(app.stories.list.selected, 1);
    assert_eq!(app.article.story, Some(app.stories.order[1]));
    // A click on an event row of the timeline selects that event.
    let inner = app.layout.inner_of(Pane::Timeline).unwrap();
    let row = app
        .timeline
        .rows
        .iter()
        .position(|r| matches!(r, dateline::tui::pane::TimelineRow::Event(3)))
        .unwrap();
    act(
        &mut app,
        Action::Click {
            column: inner.x + 2,
            row: inner.y + row as u16,
        },
    );
    assert_eq!(app.focus, Pane::Timeline);
    assert_eq!(app.timeline.selected, 3);
    assert_eq!(app.article.event, app.selected_event());
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app(two_story_index());
    let (w, h) = (120, 20);
    prepare(&mut app, w, h);
    update(&mut app, Action::FocusPane(Pane::Stories));
    app.article.event = None;
    app.article.scroll = 0;
    let inner = app.layout.inner_of(Pane::Article).unwrap();
    update(
        &mut app,
        Action::Scroll {
            column: inner.x + 1,
            row: inner.y + 1,
            delta: 3,
        },
    );
    assert_eq!(app.article.scroll, 3.min(app.article_max_scroll()));
    assert!(app.article.scroll > 0);
    assert_eq!(app.focus, Pane::Stories, "the wheel does not move focus");
}

#[test]
fn medium_layout_shows_the_focused_side_pane_next_to_the_article() {
    let mut app = app(seed_index());
    prepare(&mut app, 100, 30);
    let panes: Vec<Pane> = app.layout.panes.iter().map(|(p, _)| *p).collect();
    assert_eq!(panes, vec![Pane::Article, Pane::Timeline]);
    act(&mut app, Action::FocusPane(Pane::People));
    prepare(&mut app, 100, 30);
    let panes: Vec<Pane> = app.layout.panes.iter().map(|(p, _)| *p).collect();
    assert_eq!(panes, vec![Pane::Article, Pane::People]);
    act(&mut app, Action::FocusPane(Pane::Article));
    prepare(&mut app, 100, 30);
    let panes: Vec<Pane> = app.layout.panes.iter().map(|(p, _)| *p).collect();
    assert_eq!(
        panes,
        vec![Pane::Article, Pane::People],
        "the side pane stays"
    );
    prepare(&mut app, 60, 20);
    assert_eq!(app.layout.panes.len(), 1);
    assert!(app.layout.tab_bar.is_some());
}

#[test]
fn the_app_starts_on_the_first_storys_publication_date() {
    let app = app(two_story_index());
    let e = app.selected_event().expect("selected");
    assert_eq!(app.index.events()[e].kind, EventKind::Publication);
    assert_eq!(app.article.event, Some(e));
    assert_eq!(app.article.story, Some(app.stories.order[0]));
}

#[test]
fn clicking_a_date_in_the_article_selects_its_event() {
    let mut app = app(seed_index());
    prepare(&mut app, W, H);
    act(&mut app, Action::FocusPane(Pane::Article));
    act(&mut app, Action::Top);
    let inner = app.layout.inner_of(Pane::Article).unwrap();
    let layout = app.article.layout.clone().unwrap();
    let story = &app.index.corpus().stories[0];
    // Find the line and column of "in August".
    let (line, col) = layout
        .lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| match l {
            dateline::tui::wrap::ArticleLine::Body { para, range } => {
                let text = &story.paragraphs[*para][range.clone()];
                text.find("in August")
                    .map(|b| (i, unicode_width::UnicodeWidthStr::width(&text[..b])))
            }
            _ => None,
        })
        .expect("date on a line");
    let row = inner.y + (line - app.article.scroll) as u16;
    act(
        &mut app,
        Action::Click {
            column: inner.x + 1 + col as u16 + 3,
            row,
        },
    );
    let e = app.article.event.expect("an event selected");
    assert_eq!(app.index.events()[e].timex.text, "in August");
    assert_eq!(app.selected_event(), Some(e));
}

#[test]
fn help_scrolling_stops_at_its_last_line() {
    let mut app = app(seed_index());
    prepare(&mut app, 100, 20);
    act(&mut app, Action::Help);
    for _ in 0..1000 {
        update(&mut app, Action::Down);
    }
    let Some(Popup::Help { scroll: bottom }) = app.popup else {
        panic!("help open")
    };
    assert!(bottom > 0 && bottom < 100, "{bottom}");
    let end = screen(&mut app, 100, 20);
    update(&mut app, Action::Up);
    let Some(Popup::Help { scroll }) = app.popup else {
        panic!("help open")
    };
    assert_eq!(scroll, bottom - 1);
    assert_ne!(screen(&mut app, 100, 20), end, "one k moves the text back");
}
