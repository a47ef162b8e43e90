//! Disagreements in the app, on hand-made index data: the `≠` mark on the
//! timeline, `x` listing every side with its story and phrase, and
//! `:disagreements` filtering the timeline with the count the CLI twin gives.

mod index_support;
mod tui_support;

use chrono::NaiveDate;
use dateline::index::Index;
use dateline::index::filter::EventFilter;
use dateline::model::{EntityKind, EventId, Precision};
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::command::CommandAction;
use dateline::tui::update::update;
use index_support::{Builder, build, day};
use tui_support::{app, prepare, screen};

fn on(
    id: &str,
    title: &str,
    published: NaiveDate,
    text: &str,
    phrase: &str,
    at: NaiveDate,
) -> Builder {
    let mut b = Builder::new(id, Some(published), &[text]).date(
        phrase,
        &at.format("%Y-%m-%d").to_string(),
        Precision::Day,
        at,
        at,
    );
    b.story.title = title.to_string();
    b
}

/// Two papers a day apart on the mill fire, a third agreeing with the
/// first, and a council vote nobody disputes.
fn fire_index() -> Index {
    let mill = |b: Builder| {
        b.entity("Halvorsen", EntityKind::Organisation, &[], &[])
            .mentions("Halvorsen", 0)
    };
    build(vec![
        mill(on(
            "courier",
            "Mill fire leaves Dunmore without its largest employer",
            day(2026, 3, 10),
            "The fire at the Halvorsen textile mill broke out on Sunday, March 8, and burned for nine hours.",
            "Sunday, March 8",
            day(2026, 3, 8),
        )),
        mill(on(
            "gazette",
            "Dye shed blamed for Halvorsen blaze",
            day(2026, 3, 11),
            "Firefighters were called to the Halvorsen mill on Saturday, March 7, when the fire broke out in the dye shed.",
            "Saturday, March 7",
            day(2026, 3, 7),
        )),
        mill(on(
            "insurers",
            "Insurers put the mill loss at four million",
            day(2026, 3, 12),
            "Loss adjusters say the fire that gutted the Halvorsen mill on March 8 started in the boiler room.",
            "March 8",
            day(2026, 3, 8),
        )),
        on(
            "council",
            "Harbour budget passes",
            day(2026, 3, 3),
            "The Dunmore council passed the harbour budget on Monday, March 2, by seven votes to four.",
            "Monday, March 2",
            day(2026, 3, 2),
        ),
    ])
}

fn run(app: &mut App, line: &str) {
    update(app, Action::OpenCommand);
    for c in line.chars() {
        update(app, Action::Command(CommandAction::Input(c)));
    }
    update(app, Action::Command(CommandAction::Accept));
}

/// Select the timeline row of the event whose expression is `phrase`.
fn select(app: &mut App, phrase: &str) -> usize {
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| app.index.event(EventId(e)).timex.text == phrase)
        .unwrap_or_else(|| panic!("{phrase:?} listed"));
    app.select_timeline(pos);
    app.focus_pane(Pane::Timeline);
    app.timeline.events[pos]
}

#[test]
fn disputed_rows_carry_a_mark_and_others_do_not() {
    let mut app = app(fire_index());
    prepare(&mut app, 120, 30);
    let text = screen(&mut app, 120, 30);
    let row = |needle: &str| {
        text.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} on screen:\n{text}"))
            .to_string()
    };
    for disputed in ["≠ Sat 7 Mar", "≠ Sun 8 Mar"] {
        row(disputed);
    }
    assert!(!row("Mon 2 Mar").contains('≠'), "{}", row("Mon 2 Mar"));
    assert!(row("Mon 2 Mar").contains(" • Mon 2 Mar"));
    insta::assert_snapshot!(text);
}

#[test]
fn x_on_a_disputed_date_lists_every_side_with_its_story_and_phrase() {
    let mut app = app(fire_index());
    prepare(&mut app, 120, 36);
    select(&mut app, "Saturday, March 7");
    update(&mut app, Action::Explain);
    let text = screen(&mut app, 120, 36);
    assert!(
        text.contains("Other stories date this differently:"),
        "{text}"
    );
    for side in [
        "Sat 7 Mar  “Saturday, March 7”  in Dye shed blamed for Halvorsen blaze",
        "Sun 8 Mar  “Sunday, March 8”  in Mill fire leaves Dunmore",
        "Sun 8 Mar  “March 8”  in Insurers put the mill loss at four million",
    ] {
        assert!(text.contains(side), "{side:?} missing:\n{text}");
        assert!(text.contains("(this story)"));
    }
    insta::assert_snapshot!(text);

    // An undisputed date says nothing of the kind.
    update(&mut app, Action::Escape);
    select(&mut app, "Monday, March 2");
    update(&mut app, Action::Explain);
    let text = screen(&mut app, 120, 36);
    assert!(!text.contains("date this differently"), "{text}");
}

#[test]
fn the_disagreements_command_filters_the_timeline_and_counts_like_the_cli() {
    let mut app = app(fire_index());
    prepare(&mut app, 120, 30);
    let all = app.timeline.events.len();
    run(&mut app, "disagreements");
    assert!(app.filter.disagreements);
    let cli_twin = EventFilter {
        disagreements: true,
        ..EventFilter::default()
    }
    .select(&app.index);
    assert_eq!(cli_twin.len(), 3, "three sides of one fire");
    let listed: Vec<usize> = cli_twin.iter().map(|e| e.0).collect();
    assert_eq!(app.timeline.events, listed);
    assert!(app.timeline.events.len() < all);
    assert_eq!(app.focus, Pane::Timeline);
    assert_eq!(app.position().as_deref(), Some("event 1/3"));
    let text = screen(&mut app, 120, 30);
    assert!(
        text.contains("disagreements"),
        "the title names the filter:\n{text}"
    );
    assert!(!text.contains("Mon 2 Mar"), "{text}");
    // Filters combine; :clear drops it.
    run(&mut app, "story gazette");
    assert_eq!(app.timeline.events.len(), 1);
    run(&mut app, "clear");
    assert!(!app.filter.disagreements);
    assert_eq!(app.timeline.events.len(), all);
}
