//! The timeline workbench: room to read (the wide focused timeline, zoom,
//! the sticky year line, readable titles) and the `:` command line with its
//! filters, on the hand-made fixture. Screens at four sizes are snapshots.

mod tui_support;

use chrono::NaiveDate;
use dateline::index::filter::EventFilter;
use dateline::model::{EventId, EventKind};
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::{App, Level};
use dateline::tui::command::CommandAction;
use dateline::tui::update::update;
use tui_support::*;

fn hand_made() -> App {
    app(two_story_index())
}

/// Type `line` into the `:` command line and press Enter.
fn run(app: &mut App, line: &str) {
    update(app, Action::OpenCommand);
    assert!(app.command.open, "`:` opens the command line");
    for c in line.chars() {
        update(app, Action::Command(CommandAction::Input(c)));
    }
    update(app, Action::Command(CommandAction::Accept));
    assert!(!app.command.open, "Enter closes the command line");
}

fn click(app: &mut App, column: u16, row: u16) {
    update(app, Action::Click { column, row });
}

fn message(app: &App) -> String {
    app.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

/// The events listed, as (start, end) of their ranges.
fn listed_ranges(app: &App) -> Vec<(NaiveDate, NaiveDate)> {
    app.timeline
        .events
        .iter()
        .map(|&e| {
            let r = app.index.event(EventId(e)).timex.range.unwrap();
            (r.start, r.end)
        })
        .collect()
}

fn all_events(app: &App) -> usize {
    app.index.timeline().len()
}

/// The app's timeline and the engine's filter agree for `filter`.
fn assert_lists(app: &App, filter: &EventFilter) {
    let want: Vec<usize> = filter.select(&app.index).iter().map(|e| e.0).collect();
    assert_eq!(app.timeline.events, want);
}

#[test]
fn from_keeps_events_ending_on_or_after_the_first_day_of_the_date() {
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    let total = all_events(&app);
    run(&mut app, "from 2014-11");
    let ranges = listed_ranges(&app);
    assert!(!ranges.is_empty() && ranges.len() < total, "{ranges:?}");
    let nov = date(2014, 11, 1);
    assert!(ranges.iter().all(|&(_, end)| end >= nov), "{ranges:?}");
    let dropped = app
        .index
        .timeline()
        .iter()
        .filter(|&&e| !app.timeline.events.contains(&e.0))
        .count();
    assert_eq!(dropped, total - ranges.len());
    assert_eq!(
        app.position(),
        Some(format!(
            "event {}/{}",
            app.timeline.selected + 1,
            ranges.len()
        ))
    );
    assert_eq!(app.focus, Pane::Timeline);
    assert!(message(&app).starts_with(&format!("{} events", ranges.len())));
    // The selected event is listed and the article follows it.
    let sel = app.selected_event().unwrap();
    assert_eq!(app.article.event, Some(sel));
}

#[test]
fn to_keeps_events_starting_on_or_before_the_last_day_of_the_date() {
    let mut app = hand_made();
    run(&mut app, "to 2014-09");
    let ranges = listed_ranges(&app);
    assert_eq!(ranges.len(), 2, "August and September: {ranges:?}");
    assert!(ranges.iter().all(|&(start, _)| start <= date(2014, 9, 30)));
}

#[test]
fn story_and_source_match_text_in_the_story_ignoring_case() {
    let mut app = hand_made();
    run(&mut app, "story KHAMENEI answers");
    let stories: Vec<usize> = app
        .timeline
        .events
        .iter()
        .map(|&e| app.index.event(EventId(e)).story.0)
        .collect();
    assert!(!stories.is_empty());
    assert!(
        stories
            .iter()
            .all(|&s| app.index.stories()[s].title.starts_with("Khamenei"))
    );
    run(&mut app, "clear");
    run(&mut app, "source wire");
    assert_eq!(
        app.timeline.events.len(),
        stories.len(),
        "the follow-up is the one wire story"
    );
    run(&mut app, "source nobody");
    assert!(app.timeline.events.is_empty());
    assert!(message(&app).starts_with("0 events"));
    let text = screen(&mut app, 120, 40);
    assert!(text.contains("No events pass these filters."), "{text}");
}

#[test]
fn kind_keeps_publications_or_mentions() {
    let mut app = hand_made();
    run(&mut app, "kind publication");
    assert_eq!(app.timeline.events.len(), 2, "one per story");
    let kinds = |app: &App| -> Vec<EventKind> {
        app.timeline
            .events
            .iter()
            .map(|&e| app.index.event(EventId(e)).kind)
            .collect()
    };
    assert!(kinds(&app).iter().all(|&k| k == EventKind::Publication));
    run(&mut app, "kind mention");
    assert_eq!(app.timeline.events.len(), all_events(&app) - 2);
    assert!(kinds(&app).iter().all(|&k| k == EventKind::Mention));
}

#[test]
fn entity_focuses_the_name_and_filters_the_timeline() {
    let mut app = hand_made();
    run(&mut app, "entity ali khamenei");
    let id = app.index.find_entity("Ali Khamenei").unwrap();
    assert_eq!(app.entity_focus.as_ref().map(|f| f.id), Some(id));
    let want: Vec<usize> = app.index.entity_events(id).iter().map(|e| e.0).collect();
    let mut listed = app.timeline.events.clone();
    listed.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(listed, want_sorted);
    let before = app.timeline.clone();
    run(&mut app, "entity nobody at all");
    assert_eq!(app.message.as_ref().unwrap().level, Level::Warning);
    assert!(message(&app).contains("nobody at all"), "{}", message(&app));
    assert_eq!(app.timeline, before, "an unknown name changes nothing");
}

#[test]
fn filters_combine_and_show_in_the_timeline_title() {
    let mut app = hand_made();
    run(&mut app, "from 2014-11");
    run(&mut app, "story obama writes");
    run(&mut app, "kind mention");
    let filter = app.timeline_filter();
    assert_eq!(
        filter.labels(&app.index),
        vec!["from 2014-11", "story obama writes", "kind mention"]
    );
    assert_lists(&app, &filter);
    let n = app.timeline.events.len();
    assert!(n > 0);
    for &e in &app.timeline.events {
        let ev = app.index.event(EventId(e));
        assert_eq!(ev.kind, EventKind::Mention);
        assert!(ev.timex.range.unwrap().end >= date(2014, 11, 1));
        assert!(app.index.stories()[ev.story.0].title.starts_with("Obama"));
    }
    // A name focused from the people pane combines with them too.
    let obama = app.index.find_entity("Barack Obama").unwrap();
    update(&mut app, Action::FocusEntity(obama));
    assert_lists(&app, &app.timeline_filter());
    assert!(app.timeline.events.len() <= n);
    let screen = screen(&mut app, 160, 45);
    let title = screen.lines().next().unwrap();
    assert!(
        title.contains("⧩ from 2014-11 · story obama writes"),
        "{title}"
    );
}

#[test]
fn clear_drops_every_filter_and_the_focus() {
    let mut app = hand_made();
    run(&mut app, "from 2014-11");
    run(&mut app, "entity Barack Obama");
    assert!(app.entity_focus.is_some());
    run(&mut app, "clear");
    assert!(app.entity_focus.is_none());
    assert!(app.timeline_filter().is_empty());
    assert_eq!(app.timeline.events.len(), all_events(&app));
    assert_eq!(message(&app), "filters cleared");
}

#[test]
fn goto_selects_the_first_event_on_or_after_the_date() {
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    update(&mut app, Action::FocusPane(Pane::Article));
    run(&mut app, "goto 2014-11-07");
    let sel = app.selected_event().unwrap();
    let start = app.index.event(EventId(sel)).timex.range.unwrap().start;
    assert_eq!(start, date(2014, 11, 9), "Sunday 9 Nov is the next date");
    assert_eq!(app.focus, Pane::Timeline);
    assert_eq!(app.article.event, Some(sel), "the article follows");
    run(&mut app, "goto 2014");
    let first = app.index.timeline()[0].0;
    assert_eq!(
        app.selected_event(),
        Some(first),
        "a year starts on 1 January"
    );
    // Under a filter, goto moves among the listed events only.
    run(&mut app, "kind publication");
    run(&mut app, "goto 2014-11-07");
    let sel = app.selected_event().unwrap();
    assert_eq!(app.index.event(EventId(sel)).kind, EventKind::Publication);
    assert_eq!(
        app.index.event(EventId(sel)).timex.range.unwrap().start,
        date(2014, 11, 10)
    );
}

#[test]
fn a_bad_date_says_not_a_date_and_changes_nothing() {
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    run(&mut app, "from 2014-11");
    let (timeline, filter, article) = (app.timeline.clone(), app.filter.clone(), app.article.event);
    for bad in ["goto 2014-13-45", "from 2014-02-30", "to next week"] {
        run(&mut app, bad);
        let m = app.message.clone().unwrap();
        assert_eq!(m.level, Level::Warning);
        assert!(m.text.starts_with("not a date"), "{bad}: {}", m.text);
        assert_eq!(app.timeline, timeline, "{bad}");
        assert_eq!(app.filter, filter, "{bad}");
        assert_eq!(app.article.event, article, "{bad}");
    }
    run(&mut app, "goto 2099");
    assert_eq!(message(&app), "no event on or after 2099");
    assert_eq!(app.timeline, timeline);
    run(&mut app, "frobnicate");
    assert_eq!(message(&app), "unknown command: `frobnicate`");
    run(&mut app, "disagreements now");
    assert_eq!(message(&app), "disagreements takes no argument");
    assert_eq!(app.timeline, timeline);
    // A command that runs clears what an earlier one said.
    run(&mut app, "goto 2099");
    run(&mut app, "goto 2014-11");
    assert_eq!(message(&app), "", "a stale warning outlived the goto");
}

#[test]
fn escape_cancels_the_line_and_history_brings_it_back() {
    let mut app = hand_made();
    let before = app.timeline.clone();
    update(&mut app, Action::OpenCommand);
    for c in "from 2014-11".chars() {
        update(&mut app, Action::Command(CommandAction::Input(c)));
    }
    update(&mut app, Action::Command(CommandAction::Cancel));
    assert!(!app.command.open);
    assert_eq!(app.timeline, before, "Esc runs nothing");
    run(&mut app, "kind publication");
    run(&mut app, "clear");
    update(&mut app, Action::OpenCommand);
    update(&mut app, Action::Command(CommandAction::HistoryPrev));
    update(&mut app, Action::Command(CommandAction::HistoryPrev));
    assert_eq!(app.command.input, "kind publication");
    update(&mut app, Action::Command(CommandAction::Accept));
    assert_eq!(app.timeline.events.len(), 2);
}

#[test]
fn tab_completes_a_command_then_an_entity_name() {
    let mut app = hand_made();
    update(&mut app, Action::OpenCommand);
    for c in "ent".chars() {
        update(&mut app, Action::Command(CommandAction::Input(c)));
    }
    update(&mut app, Action::Command(CommandAction::Complete));
    assert_eq!(app.command.input, "entity ");
    for c in "ali".chars() {
        update(&mut app, Action::Command(CommandAction::Input(c)));
    }
    update(&mut app, Action::Command(CommandAction::Complete));
    assert_eq!(app.command.input, "entity Ali Khamenei");
    update(&mut app, Action::Command(CommandAction::Accept));
    let id = app.index.find_entity("Ali Khamenei").unwrap();
    assert_eq!(app.entity_focus.as_ref().map(|f| f.id), Some(id));
}

#[test]
fn keys_reach_the_command_line_while_it_is_open() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use dateline::tui::keymap::{Mode, lookup};
    let mut app = hand_made();
    let key = |c: char| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert_eq!(lookup(app.mode(), &key(':')), Some(Action::OpenCommand));
    assert_eq!(lookup(app.mode(), &key('z')), Some(Action::Zoom));
    update(&mut app, Action::OpenCommand);
    assert_eq!(app.mode(), Mode::Command);
    // `q` and `z` are text here, not quit and zoom.
    assert_eq!(
        lookup(app.mode(), &key('q')),
        Some(Action::Command(CommandAction::Input('q')))
    );
    let tab = KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE);
    assert_eq!(
        lookup(app.mode(), &tab),
        Some(Action::Command(CommandAction::Complete))
    );
    let esc = KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE);
    assert_eq!(
        lookup(app.mode(), &esc),
        Some(Action::Command(CommandAction::Cancel))
    );
}

#[test]
fn zoom_gives_the_focused_pane_the_screen_and_back() {
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    assert_eq!(app.layout.panes.len(), 4);
    update(&mut app, Action::Zoom);
    prepare(&mut app, 120, 40);
    assert_eq!(app.layout.panes.len(), 1);
    assert_eq!(app.layout.panes[0].0, Pane::Timeline);
    assert_eq!(app.layout.inner_of(Pane::Timeline).unwrap().width, 118);
    // Another pane zoomed in its turn.
    update(&mut app, Action::FocusPane(Pane::Article));
    prepare(&mut app, 120, 40);
    assert_eq!(app.layout.panes[0].0, Pane::Article);
    update(&mut app, Action::Zoom);
    prepare(&mut app, 120, 40);
    assert_eq!(app.layout.panes.len(), 4);
}

#[test]
fn the_focused_timeline_reads_sixty_cells_at_120_columns() {
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    assert!(app.layout.inner_of(Pane::Timeline).unwrap().width >= 60);
    // Zoomed, a whole sentence fits on its row, and the year is in view.
    update(&mut app, Action::Zoom);
    let screen = screen(&mut app, 120, 40);
    let row = screen
        .lines()
        .find(|l| l.contains("Vienna on Nov. 18"))
        .expect("the follow-up's Vienna meeting is listed");
    assert!(
        row.contains("Negotiators meet again in Vienna on Nov. 18."),
        "{row}"
    );
    assert!(
        screen.lines().skip(1).take(2).any(|l| l.contains("2014")),
        "{screen}"
    );
}

#[test]
fn the_year_stays_in_view_when_the_timeline_scrolls() {
    let mut app = hand_made();
    // A screen short enough that the year heading scrolls away.
    update(&mut app, Action::Bottom);
    let screen = screen(&mut app, 120, 10);
    assert_ne!(app.timeline.offset, 0, "scrolled: {screen}");
    assert!(
        !matches!(
            app.timeline.rows[app.timeline.offset],
            dateline::tui::pane::TimelineRow::Year(_)
        ),
        "the year's heading is off screen"
    );
    assert!(screen.contains("2014 · November"), "{screen}");
}

#[test]
fn all_caps_titles_read_in_title_case_in_lists_and_in_full_in_the_article() {
    let mut f = two_story_fixture();
    f.stories[1].title = "KHAMENEI ANSWERS US LETTER ON THE TALKS".into();
    let mut app = app(f.index());
    update(&mut app, Action::FocusPane(Pane::Stories));
    update(&mut app, Action::Down);
    let article = screen(&mut app, 160, 45);
    assert!(
        article.contains("KHAMENEI ANSWERS US LETTER ON THE TALKS"),
        "the article header"
    );
    update(&mut app, Action::Zoom);
    let screen = screen(&mut app, 160, 45);
    assert!(
        screen.contains("Khamenei Answers US Letter on the Talks"),
        "{screen}"
    );
}

#[test]
fn every_width_from_twenty_columns_renders_sensibly() {
    let mut app = hand_made();
    run(&mut app, "from 2014-11");
    for zoom in [false, true] {
        app.zoom = zoom;
        for w in 20..=200u16 {
            for h in [15u16, 24, 40] {
                let text = screen(&mut app, w, h);
                let lines: Vec<&str> = text.lines().collect();
                assert_eq!(lines.len(), h as usize);
                // The status line counts the filtered events.
                let n = app.timeline.events.len();
                let status = lines[h as usize - 1];
                if w >= 60 {
                    assert!(status.contains(&format!("/{n}")), "{w}x{h}: {status}");
                }
                // The sticky year line is drawn whenever the timeline shows.
                if app.layout.timeline_header.is_some() {
                    assert!(text.contains("2014"), "{w}x{h}\n{text}");
                }
                for (_, r) in &app.layout.panes {
                    assert!(r.right() <= w && r.bottom() <= h, "{w}x{h}: {r:?}");
                }
            }
        }
    }
}

/// The workbench at one size: `:from 2014-11`, the selection in the middle.
fn workbench(w: u16, h: u16) -> String {
    let mut app = hand_made();
    prepare(&mut app, w, h);
    run(&mut app, "from 2014-11");
    run(&mut app, "goto 2014-11-18");
    screen(&mut app, w, h)
}

#[test]
fn workbench_at_four_sizes() {
    for (w, h) in [(160, 45), (120, 40), (80, 24), (40, 15)] {
        insta::assert_snapshot!(format!("workbench_{w}x{h}"), workbench(w, h));
    }
}

#[test]
fn zoomed_timeline_120x40() {
    let mut app = hand_made();
    update(&mut app, Action::Zoom);
    insta::assert_snapshot!(screen(&mut app, 120, 40));
}

#[test]
fn the_command_line_draws_at_the_bottom_with_what_is_typed() {
    let mut app = hand_made();
    update(&mut app, Action::OpenCommand);
    for c in "goto 2014-1".chars() {
        update(&mut app, Action::Command(CommandAction::Input(c)));
    }
    let text = screen(&mut app, 80, 24);
    assert_eq!(text.lines().last().unwrap().trim_end(), ":goto 2014-1");
    let narrow = screen(&mut app, 8, 6);
    assert!(narrow.lines().last().unwrap().starts_with(":…"), "{narrow}");
}

/// `dateline timeline --json ARGS` on the bundled samples: each event as
/// (story id, first day, expression).
fn cli_events(args: &[&str]) -> Vec<(String, String, String)> {
    let mut cmd = assert_cmd::Command::cargo_bin("dateline").expect("binary builds");
    let out = cmd
        .args(["timeline", "--json"])
        .args(args)
        .assert()
        .success();
    let out = out.get_output();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    json.as_array()
        .expect("an array")
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("story"), s("start"), s("text"))
        })
        .collect()
}

fn app_events(app: &App) -> Vec<(String, String, String)> {
    app.timeline
        .events
        .iter()
        .map(|&e| {
            let ev = app.index.event(EventId(e));
            (
                app.index.stories()[ev.story.0].id.0.clone(),
                ev.timex.range.unwrap().start.format("%Y-%m-%d").to_string(),
                ev.timex.text.clone(),
            )
        })
        .collect()
}

#[test]
fn the_app_and_the_cli_list_the_same_events_for_the_same_filter() {
    let cases: &[(&[&str], &[&str])] = &[
        (&[], &["clear"]),
        (&["--from", "2014-11"], &["from 2014-11"]),
        (&["--to", "2014"], &["to 2014"]),
        (
            &["--from", "2014-11-07", "--to", "2015-03"],
            &["from 2014-11-07", "to 2015-03"],
        ),
        (&["--kind", "publication"], &["kind publication"]),
        (
            &["--story", "nuclear", "--kind", "mention"],
            &["story nuclear", "kind mention"],
        ),
        (&["--source", "ap"], &["source ap"]),
        (
            &["--entity", "Iran", "--from", "2015"],
            &["entity Iran", "from 2015"],
        ),
    ];
    let index = dateline::index::Index::build(dateline::ingest::load_sample());
    let mut app = app(index);
    prepare(&mut app, 120, 40);
    for (args, commands) in cases {
        run(&mut app, "clear");
        for c in *commands {
            run(&mut app, c);
        }
        let cli = cli_events(args);
        let shown = app_events(&app);
        assert_eq!(shown, cli, "{args:?}");
        // The status line's M is the CLI's count.
        if !cli.is_empty() {
            assert_eq!(
                app.position().unwrap(),
                format!("event {}/{}", app.timeline.selected + 1, cli.len()),
                "{args:?}"
            );
        }
    }
}

#[test]
fn the_cli_reads_dates_as_the_command_line_does() {
    let out = assert_cmd::Command::cargo_bin("dateline")
        .unwrap()
        .args(["timeline", "--from", "2014-13-45"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a date: `2014-13-45`"), "{err}");
}

#[test]
fn the_density_strip_counts_events_per_month_and_a_click_jumps_there() {
    use dateline::tui::density::density;
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    let events = app.timeline.events.clone();
    // August, September, an empty October, then November's seven.
    let d = density(&app.index, &events, 60);
    assert_eq!(d.months, 1);
    let counts: Vec<usize> = d.columns.iter().map(|c| c.count).collect();
    assert_eq!(counts, vec![1, 1, 0, events.len() - 2]);
    assert_eq!(d.columns[2].first, None);
    assert_eq!(d.columns[3].first, Some(2));
    // Too narrow for months: a column per year.
    let d = density(&app.index, &events, 3);
    assert_eq!((d.months, d.columns.len()), (12, 1));
    assert_eq!(d.columns[0].count, events.len());
    // The strip is drawn above the sticky line, the selection's month marked.
    let strip = app.layout.timeline_strip.expect("a strip at 120x40");
    let mut t = terminal(120, 40);
    dateline::tui::terminal::draw(&mut t, &mut app).unwrap();
    let buf = t.backend().buffer();
    let cells: String = (0..4)
        .map(|i| buf[(strip.x + i, strip.y)].symbol().to_string())
        .collect();
    assert_eq!(cells, "▂▂ █", "one event each, none, seven");
    let selected = app.selected_event().unwrap();
    let month = app
        .index
        .event(EventId(selected))
        .timex
        .range
        .unwrap()
        .start;
    assert_eq!(month.format("%Y-%m").to_string(), "2014-11");
    assert_ne!(
        buf[(strip.x + 3, strip.y)].style(),
        buf[(strip.x, strip.y)].style(),
        "the selected month stands out"
    );
    // A click on August selects its event; on the empty October, nothing.
    update(&mut app, Action::FocusPane(Pane::Article));
    click(&mut app, strip.x, strip.y);
    assert_eq!(app.timeline.selected, 0);
    assert_eq!(app.focus, Pane::Timeline);
    click(&mut app, strip.x + 2, strip.y);
    assert_eq!(app.timeline.selected, 0, "an empty month selects nothing");
    click(&mut app, strip.x + 3, strip.y);
    assert_eq!(app.timeline.selected, 2, "November's first event");
}

#[test]
fn a_cross_story_event_is_one_row_that_opens_and_folds() {
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    let n = app.timeline.events.len();
    // The two stories' Nov. 24 deadline: one row, marked folded.
    assert_eq!(event_rows(&app), n - 1);
    update(&mut app, Action::Bottom);
    let leader = app.timeline.selected;
    assert_eq!(leader, n - 2, "the group's first event");
    assert!(app.timeline.is_folded(&app.index, leader));
    assert_eq!(app.position(), Some(format!("event {}/{n}", n - 1)));
    assert!(screen(&mut app, 120, 40).contains("▸×2"));
    // → opens it: a row per story, and Down reaches the second.
    update(&mut app, Action::ExpandGroup);
    assert_eq!(event_rows(&app), n);
    assert!(!app.timeline.is_folded(&app.index, leader));
    update(&mut app, Action::Down);
    assert_eq!(app.timeline.selected, n - 1);
    let story = app
        .index
        .event(EventId(app.selected_event().unwrap()))
        .story;
    assert_eq!(app.article.story, Some(story.0), "the article follows");
    assert!(screen(&mut app, 120, 40).contains("▾×2"));
    // ← folds it back onto its first event.
    update(&mut app, Action::CollapseGroup);
    assert_eq!(event_rows(&app), n - 1);
    assert_eq!(app.timeline.selected, leader);
    // Down past a folded group does not stop inside it.
    update(&mut app, Action::Top);
    update(&mut app, Action::Bottom);
    assert_eq!(app.timeline.selected, leader);
    // Selecting the hidden event from elsewhere (the article) opens it.
    let hidden = app.timeline.events[n - 1];
    app.highlight_event(hidden);
    assert_eq!(app.timeline.selected, n - 1);
    assert!(app.timeline.is_shown(n - 1));
    // ← and → do nothing on an event that is not grouped.
    update(&mut app, Action::Top);
    let rows = app.timeline.rows.clone();
    update(&mut app, Action::CollapseGroup);
    update(&mut app, Action::ExpandGroup);
    assert_eq!(app.timeline.rows, rows);
}

#[test]
fn enter_or_a_second_click_opens_a_folded_cross_story_event() {
    let mut app = hand_made();
    prepare(&mut app, 120, 40);
    let n = app.timeline.events.len();
    update(&mut app, Action::FocusPane(Pane::Timeline));
    update(&mut app, Action::Bottom);
    let leader = app.timeline.selected;
    assert!(app.timeline.is_folded(&app.index, leader));
    // Enter on the folded row opens it and stays in the timeline.
    update(&mut app, Action::Open);
    assert_eq!(event_rows(&app), n);
    assert_eq!(app.focus, Pane::Timeline);
    // Enter on an open row goes to the article, as on any event.
    update(&mut app, Action::Open);
    assert_eq!(app.focus, Pane::Article);
    // Folded again, a first click on its row selects it, a second opens it.
    update(&mut app, Action::FocusPane(Pane::Timeline));
    update(&mut app, Action::CollapseGroup);
    update(&mut app, Action::Top);
    prepare(&mut app, 120, 40);
    let inner = app.layout.inner_of(Pane::Timeline).unwrap();
    let y = (inner.y..inner.y + inner.height)
        .find(|&y| app.timeline.event_on_row((y - inner.y) as usize) == Some(leader))
        .expect("the group's row is on screen");
    click(&mut app, inner.x + 2, y);
    assert_eq!(app.timeline.selected, leader);
    assert_eq!(event_rows(&app), n - 1, "one click only selects");
    click(&mut app, inner.x + 2, y);
    assert_eq!(event_rows(&app), n, "the second click opens the group");
}

/// Timeline rows that show an event (folded groups count once).
fn event_rows(app: &App) -> usize {
    app.timeline
        .rows
        .iter()
        .filter(|r| matches!(r, dateline::tui::pane::TimelineRow::Event(_)))
        .count()
}
