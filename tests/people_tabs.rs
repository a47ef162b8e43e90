//! The people pane's kind tabs: the key, the clickable labels, what each
//! tab lists and in what order.

mod tui_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dateline::model::EntityKind;
use dateline::tui::action::{Action, Pane};
use dateline::tui::app::App;
use dateline::tui::keymap::{self, Mode};
use dateline::tui::people::KindTab;
use dateline::tui::update::update;
use ratatui::style::Modifier;
use tui_support::*;

const W: u16 = 160;
const H: u16 = 45;

fn act(app: &mut App, action: Action) {
    update(app, action);
    prepare(app, W, H);
}

fn kinds(app: &App) -> Vec<EntityKind> {
    app.people
        .order
        .iter()
        .map(|&id| app.index.entity(id).kind)
        .collect()
}

/// [`two_story_index`] with one name of kind other in a paragraph added to
/// the follow-up, so that every tab lists something.
fn index_with_every_kind() -> dateline::index::Index {
    let mut f = two_story_fixture();
    let end = f.stories[1].paragraphs.len();
    f.insert_paragraphs(
        1,
        end,
        vec!["Both sides cited the Harbour Accord of years past.".into()],
    );
    f.add_entity("Harbour Accord", EntityKind::Other, &[]);
    f.index()
}

fn people_inner(app: &App) -> ratatui::layout::Rect {
    app.layout
        .inner_of(Pane::People)
        .expect("people pane shown")
}

#[test]
fn arrows_in_the_people_pane_switch_kind_tabs() {
    let mode = Mode::Normal(Pane::People);
    let key = |k| KeyEvent::new(k, KeyModifiers::NONE);
    assert_eq!(
        keymap::lookup(mode, &key(KeyCode::Right)),
        Some(Action::NextKindTab)
    );
    assert_eq!(
        keymap::lookup(mode, &key(KeyCode::Left)),
        Some(Action::PrevKindTab)
    );
    let mut app = app(index_with_every_kind());
    prepare(&mut app, W, H);
    act(&mut app, Action::FocusPane(Pane::People));
    let everyone = app.people.len();
    assert_eq!(everyone, app.index.entities().len());
    act(&mut app, Action::NextKindTab);
    assert_eq!(app.people_tab, KindTab::People);
    assert!(kinds(&app).iter().all(|&k| k == EntityKind::Person));
    assert_eq!(app.people.len(), 3);
    act(&mut app, Action::NextKindTab);
    assert!(kinds(&app).iter().all(|&k| k == EntityKind::Organisation));
    act(&mut app, Action::NextKindTab);
    assert_eq!(app.people_tab, KindTab::Places);
    assert!(kinds(&app).iter().all(|&k| k == EntityKind::Place));
    assert_eq!(app.people.len(), 3);
    act(&mut app, Action::NextKindTab);
    assert_eq!(app.people_tab, KindTab::Other);
    assert_eq!(kinds(&app), [EntityKind::Other]);
    act(&mut app, Action::NextKindTab);
    assert_eq!(app.people_tab, KindTab::All);
    assert_eq!(app.people.len(), everyone);
    act(&mut app, Action::PrevKindTab);
    assert_eq!(app.people_tab, KindTab::Other);
    act(&mut app, Action::PrevKindTab);
    assert_eq!(app.people_tab, KindTab::Places);
}

#[test]
fn a_tab_keeps_the_selected_name_when_it_lists_it() {
    let mut app = app(two_story_index());
    prepare(&mut app, W, H);
    let obama = app.index.find_entity("Barack Obama").unwrap();
    app.people.select_item(obama);
    app.set_people_tab(KindTab::People);
    assert_eq!(app.people.selected(), Some(obama));
    app.set_people_tab(KindTab::Places);
    assert_eq!(app.people.list.selected, 0, "not listed: the top row");
}

#[test]
fn every_tab_lists_the_most_mentioned_first() {
    let mut app = app(index_with_every_kind());
    for tab in KindTab::ALL {
        app.set_people_tab(tab);
        let counts: Vec<usize> = app
            .people
            .order
            .iter()
            .map(|&id| app.index.mention_count(id))
            .collect();
        assert!(!counts.is_empty());
        assert!(
            counts.windows(2).all(|w| w[0] >= w[1]),
            "{tab:?}: {counts:?}"
        );
    }
    // In the all tab the most mentioned name is a place.
    app.set_people_tab(KindTab::All);
    let first = app.people.order[0];
    assert_eq!(app.index.entity(first).name, "Iran");
}

#[test]
fn clicking_a_tab_label_switches_and_rows_below_select() {
    let mut app = app(two_story_index());
    prepare(&mut app, W, H);
    let inner = people_inner(&app);
    let text = screen(&mut app, W, H);
    let line = text.lines().nth(usize::from(inner.y)).unwrap();
    let col = line
        .find(" places ")
        .map(|b| line[..b].chars().count())
        .unwrap();
    act(
        &mut app,
        Action::Click {
            column: col as u16 + 2,
            row: inner.y,
        },
    );
    assert_eq!(app.focus, Pane::People);
    assert_eq!(app.people_tab, KindTab::Places);
    // The second list row is the pane's third row.
    act(
        &mut app,
        Action::Click {
            column: inner.x + 2,
            row: inner.y + 2,
        },
    );
    assert_eq!(app.people.list.selected, 1);
    assert_eq!(app.people_tab, KindTab::Places);
}

#[test]
fn the_people_pane_draws_its_tabs_with_the_current_one_emphasised() {
    let mut app = app(two_story_index());
    app.focus_pane(Pane::People);
    app.set_people_tab(KindTab::Organisations);
    prepare(&mut app, W, H);
    let inner = people_inner(&app);
    let mut t = terminal(W, H);
    dateline::tui::terminal::draw(&mut t, &mut app).unwrap();
    let text = buffer_text(&t);
    let pane: Vec<String> = text
        .lines()
        .skip(usize::from(inner.y))
        .take(6)
        .map(|l| {
            l.chars()
                .skip(usize::from(inner.x))
                .take(usize::from(inner.width))
                .collect()
        })
        .collect();
    insta::assert_snapshot!(pane.join("\n"));
    let line = &pane[0];
    let at = |label: &str| {
        let b = line.find(label).unwrap();
        inner.x + line[..b].chars().count() as u16 + 1
    };
    let buf = t.backend().buffer();
    assert!(buf[(at("orgs"), inner.y)].modifier.contains(Modifier::BOLD));
    assert!(
        !buf[(at("people"), inner.y)]
            .modifier
            .contains(Modifier::BOLD)
    );
}

#[test]
fn the_other_tab_is_drawn_and_clickable_in_a_pane_too_narrow_for_padded_labels() {
    let mut app = app(index_with_every_kind());
    prepare(&mut app, W, H);
    let inner = people_inner(&app);
    assert!(inner.width < 38, "the padded labels would not all fit");
    let text = screen(&mut app, W, H);
    let line = text.lines().nth(usize::from(inner.y)).unwrap();
    let col = line
        .find("other")
        .map(|b| line[..b].chars().count())
        .expect("the fifth tab is on the row");
    act(
        &mut app,
        Action::Click {
            column: col as u16 + 1,
            row: inner.y,
        },
    );
    assert_eq!(app.people_tab, KindTab::Other);
    assert_eq!(kinds(&app), [EntityKind::Other]);
}

#[test]
fn a_row_uses_the_pane_width_for_the_name() {
    let mut f = two_story_fixture();
    f.insert_paragraphs(
        1,
        0,
        vec!["The Kestrel Valley Dockers Union and 京都府立医科大学附属病院 wrote.".into()],
    );
    f.add_entity(
        "Kestrel Valley Dockers Union",
        EntityKind::Organisation,
        &[],
    );
    f.add_entity("京都府立医科大学附属病院", EntityKind::Organisation, &[]);
    let mut app = app(f.index());
    app.set_people_tab(KindTab::Organisations);
    let rows = |app: &mut App, w: u16| -> Vec<String> {
        prepare(app, w, H);
        let inner = people_inner(app);
        let text = screen(app, w, H);
        text.lines()
            .skip(usize::from(inner.y) + 1)
            .take(app.people.len())
            .map(|l| {
                l.chars()
                    .skip(usize::from(inner.x))
                    .take(usize::from(inner.width))
                    .collect()
            })
            .collect()
    };
    // A wide pane: the 28-cell name and the 24-cell CJK name whole.
    let wide = rows(&mut app, 220);
    assert!(
        wide.iter()
            .any(|r| r.contains("Kestrel Valley Dockers Union ")),
        "{wide:#?}"
    );
    assert!(
        wide.iter().any(|r| r.contains("京都府立医科大学附属病院")),
        "{wide:#?}"
    );
    // A narrower one cuts by cells, with an ellipsis, never past the count.
    let narrow = rows(&mut app, 160);
    let row = narrow.iter().find(|r| r.contains("Kestrel")).unwrap();
    assert!(row.contains("Kestrel Valley Dockers Uni… 1"), "{narrow:#?}");
    assert!(
        narrow
            .iter()
            .any(|r| r.contains("京都府立医科大学附属病院")),
        "{narrow:#?}"
    );
}
