//! The analyst's marks in the app, through the key table and the loop's
//! dispatch: `c` edits a date (Enter saves, Esc cancels, a bad value
//! changes nothing), `s` stars, `a` writes a note, `:starred` filters, `x`
//! shows what was corrected, and the timeline draws the marks. A recording
//! host stands in for the workspace file.

mod tui_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use dateline::model::{EventId, EventKind};
use dateline::store::workspace::Change;
use dateline::tui::action::Pane;
use dateline::tui::app::{App, Level, Popup};
use dateline::tui::keymap::{self, Mode};
use dateline::tui::terminal::{Host, dispatch};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::*;

const W: u16 = 160;
const H: u16 = 45;
const NOW: &str = "2031-07-01T09:30:00Z";

/// Records every change written; fails them all when `refuse` is set.
#[derive(Default)]
struct Recorder {
    saved: Vec<Change>,
    refuse: Option<String>,
}

impl Host<TestBackend> for Recorder {
    fn search(
        &mut self,
        _request: dateline::tui::finder::SearchRequest,
    ) -> Option<dateline::tui::finder::SearchResults> {
        None
    }

    fn suspend(&mut self, _terminal: &mut Terminal<TestBackend>) -> std::io::Result<()> {
        Ok(())
    }

    fn save(&mut self, change: &Change) -> Result<(), String> {
        if let Some(why) = &self.refuse {
            return Err(why.clone());
        }
        self.saved.push(change.clone());
        Ok(())
    }

    fn now(&self) -> String {
        NOW.to_string()
    }
}

struct Session {
    app: App,
    host: Recorder,
    term: Terminal<TestBackend>,
}

impl Session {
    fn new() -> Self {
        Self::with(app(two_story_index()))
    }

    fn with(mut app: App) -> Self {
        prepare(&mut app, W, H);
        Session {
            app,
            host: Recorder::default(),
            term: terminal(W, H),
        }
    }

    fn key(&mut self, code: KeyCode, mods: KeyModifiers) {
        let ev = KeyEvent::new(code, mods);
        if let Some(action) = keymap::lookup(self.app.mode(), &ev) {
            dispatch(&mut self.term, &mut self.app, &mut self.host, action).unwrap();
        }
        prepare(&mut self.app, W, H);
    }

    fn press(&mut self, c: char) {
        self.key(KeyCode::Char(c), KeyModifiers::NONE);
    }

    fn typed(&mut self, text: &str) {
        for c in text.chars() {
            self.press(c);
        }
    }

    fn enter(&mut self) {
        self.key(KeyCode::Enter, KeyModifiers::NONE);
    }

    /// Select the timeline's event written as `text`.
    fn select(&mut self, text: &str) -> usize {
        let pos = self
            .app
            .timeline
            .events
            .iter()
            .position(|&e| self.app.index.events()[e].timex.text == text)
            .unwrap_or_else(|| panic!("no {text:?} on the timeline"));
        self.app.select_timeline(pos);
        self.app.focus_pane(Pane::Timeline);
        prepare(&mut self.app, W, H);
        self.app.selected_event().unwrap()
    }

    fn message(&self) -> String {
        self.app
            .message
            .as_ref()
            .map(|m| m.text.clone())
            .unwrap_or_default()
    }

    fn timeline_values(&self) -> Vec<String> {
        self.app
            .timeline
            .events
            .iter()
            .map(|&e| self.app.index.events()[e].timex.value.clone())
            .collect()
    }
}

#[test]
fn c_opens_the_date_prefilled_and_enter_saves_a_correction_that_reorders() {
    let mut s = Session::new();
    let event = s.select("the following month");
    let first_before = s.app.timeline.events[0];
    s.press('c');
    assert_eq!(s.app.mode(), Mode::Edit);
    let edit = s.app.edit.as_ref().unwrap();
    assert_eq!(edit.text, "2014-09", "prefilled with the value");
    // The finder's editing keys: Ctrl-u clears, then type a phrase.
    s.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    assert_eq!(s.app.edit.as_ref().unwrap().text, "");
    s.typed("July 2014");
    s.enter();
    assert!(s.app.edit.is_none());
    assert_eq!(s.host.saved.len(), 1);
    let Change::Correct(c) = &s.host.saved[0] else {
        panic!("{:?}", s.host.saved);
    };
    assert_eq!((c.value.as_str(), c.was.as_str()), ("2014-07", "2014-09"));
    assert_eq!(c.at, NOW, "stamped by the host");
    assert_eq!(c.event, s.app.event_key(event));
    // The timeline sorts by the corrected date, the event still selected.
    assert_eq!(s.app.timeline.events[0], event);
    assert_ne!(s.app.timeline.events[0], first_before);
    assert_eq!(s.app.selected_event(), Some(event));
    assert_eq!(s.app.index.events()[event].timex.value, "2014-07");
    assert!(
        s.message()
            .starts_with("Corrected “the following month” to"),
        "{}",
        s.message()
    );
    assert!(s.app.workspace.corrections.contains_key(&c.event));

    // x shows the original, the correction and when.
    s.press('x');
    assert_eq!(s.app.popup, Some(Popup::Explain { event }));
    let text = screen(&mut s.app, W, H);
    assert!(text.contains("the tagger read Sep 2014"), "{text}");
    assert!(
        text.contains(&format!("corrected {NOW} · typed “July 2014”")),
        "{text}"
    );
    s.key(KeyCode::Esc, KeyModifiers::NONE);

    // An empty line puts the tagger's date back.
    s.press('c');
    s.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    s.enter();
    assert!(matches!(s.host.saved[1], Change::Uncorrect { .. }));
    assert_eq!(s.app.index.events()[event].timex.value, "2014-09");
    assert!(s.app.index.original_timex(EventId(event)).is_none());
    assert!(s.app.workspace.corrections.is_empty());
}

#[test]
fn esc_cancels_and_a_bad_value_changes_nothing() {
    let mut s = Session::new();
    let event = s.select("Nov. 18");
    let before = s.timeline_values();
    s.press('c');
    s.typed("xyz");
    s.key(KeyCode::Esc, KeyModifiers::NONE);
    assert!(s.app.edit.is_none());
    assert!(s.host.saved.is_empty());
    assert_eq!(s.timeline_values(), before);

    s.press('c');
    s.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    s.typed("sometime soon");
    s.enter();
    assert!(s.host.saved.is_empty(), "nothing written");
    assert_eq!(s.timeline_values(), before, "nothing changed");
    assert_eq!(s.app.index.events()[event].timex.value, "2014-11-18");
    let m = s.app.message.as_ref().unwrap();
    assert_eq!(m.level, Level::Warning);
    assert!(m.text.contains("not a date: `sometime soon`"), "{}", m.text);
    assert!(m.text.ends_with("nothing changed"), "{}", m.text);
}

#[test]
fn keys_typed_in_the_input_are_text_not_commands() {
    let mut s = Session::new();
    s.select("Nov. 18");
    s.press('c');
    s.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    // q, s, x, / and : would quit, star, explain, find and command.
    s.typed("q s x / :");
    assert_eq!(s.app.edit.as_ref().unwrap().text, "q s x / :");
    assert!(s.app.popup.is_none() && s.app.finder.is_none() && !s.app.command.open);
    assert!(s.host.saved.is_empty());
}

#[test]
fn s_stars_events_and_stories_and_starred_filters_to_them() {
    let mut s = Session::new();
    let sunday = s.select("on Sunday");
    s.press('s');
    assert!(matches!(&s.host.saved[0], Change::Star { on: true, .. }));
    assert!(s.app.is_starred(sunday));
    assert!(
        s.message().starts_with("Starred the event"),
        "{}",
        s.message()
    );

    // :starred lists exactly the starred events.
    s.press(':');
    s.typed("starred");
    s.enter();
    assert_eq!(s.app.timeline.events, vec![sunday]);
    assert!(s.message().contains("starred"), "{}", s.message());

    // A story starred in the stories list brings in all its events.
    s.app.focus_pane(Pane::Stories);
    let sunday_story = s.app.index.events()[sunday].story.0;
    let first_story = (0..2).find(|&i| i != sunday_story).unwrap();
    s.app.stories.select_item(first_story);
    s.press('s');
    assert!(s.app.is_story_starred(first_story));
    let story_events: Vec<usize> = s.app.index.analyses()[first_story]
        .events
        .iter()
        .map(|e| e.0)
        .collect();
    for e in &story_events {
        assert!(
            s.app.timeline.events.contains(e),
            "event {e} of the starred story"
        );
    }
    assert!(s.app.timeline.events.contains(&sunday));

    // Unstarring the event drops it from the filtered timeline.
    s.app.focus_pane(Pane::Timeline);
    let pos = s
        .app
        .timeline
        .events
        .iter()
        .position(|&e| e == sunday)
        .unwrap();
    s.app.select_timeline(pos);
    s.press('s');
    assert!(!s.app.timeline.events.contains(&sunday));
    s.press(':');
    s.typed("clear");
    s.enter();
    assert!(!s.app.starred_only);
    assert_eq!(s.app.timeline.events.len(), s.app.index.events().len());
}

#[test]
fn a_note_is_written_with_a_then_shown_by_x() {
    let mut s = Session::new();
    let event = s.select("Nov. 24");
    s.press('a');
    assert_eq!(s.app.edit.as_ref().unwrap().text, "", "no note yet");
    s.typed("ask both negotiators");
    s.enter();
    let Change::Note { text, at, .. } = &s.host.saved[0] else {
        panic!("{:?}", s.host.saved);
    };
    assert_eq!(
        (text.as_deref(), at.as_str()),
        (Some("ask both negotiators"), NOW)
    );
    s.press('x');
    assert_eq!(s.app.popup, Some(Popup::Explain { event }));
    let text = screen(&mut s.app, W, H);
    assert!(text.contains("Note     ask both negotiators"), "{text}");
    s.key(KeyCode::Esc, KeyModifiers::NONE);
    // Prefilled next time; emptied, the note goes.
    s.press('a');
    assert_eq!(s.app.edit.as_ref().unwrap().text, "ask both negotiators");
    s.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    s.enter();
    assert!(matches!(&s.host.saved[1], Change::Note { text: None, .. }));
    assert!(s.app.workspace.notes.is_empty());
}

#[test]
fn a_change_that_cannot_be_saved_still_shows_and_says_so() {
    let mut s = Session::new();
    s.host.refuse = Some("the workspace is read-only".into());
    let event = s.select("Nov. 18");
    s.press('s');
    assert!(s.app.is_starred(event));
    let m = s.app.message.as_ref().unwrap();
    assert_eq!(m.level, Level::Warning);
    assert!(
        m.text.ends_with("not saved: the workspace is read-only"),
        "{}",
        m.text
    );
}

#[test]
fn c_needs_a_selected_date_in_the_article() {
    let mut s = Session::new();
    s.app.focus_pane(Pane::Article);
    s.app.article.event = None;
    s.press('c');
    assert!(s.app.edit.is_none());
    assert!(
        s.message().starts_with("Select a date first"),
        "{}",
        s.message()
    );
    // With a date emphasised in the article, c edits that one.
    s.press(']');
    let e = s.app.article.event.expect("] selects a date");
    assert_eq!(s.app.index.events()[e].kind, EventKind::Mention);
    s.press('c');
    assert_eq!(s.app.edit.as_ref().map(|l| l.purpose.event()), Some(e));
}

#[test]
fn the_timeline_marks_corrected_and_starred_events() {
    let mut s = Session::new();
    s.select("on Wednesday");
    s.press('c');
    s.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    s.typed("2014-10-30");
    s.enter();
    s.select("Nov. 18");
    s.press('s');
    // The follow-up story starred in the stories list.
    s.app.focus_pane(Pane::Stories);
    s.press('s');
    s.app.focus_pane(Pane::Timeline);
    s.app.message = None;
    insta::assert_snapshot!(screen(&mut s.app, 120, 30));
}

#[test]
fn the_article_sets_a_corrected_date_apart_from_the_taggers() {
    let mut s = Session::with(colour_app(two_story_index()));
    s.select("on Wednesday");
    s.press('c');
    s.key(KeyCode::Char('u'), KeyModifiers::CONTROL);
    s.typed("2014-10-30");
    s.enter();
    // No sentence emphasised: both dates drawn as plain text would be.
    s.app.article.event = None;
    let mut t = terminal(W, H);
    dateline::tui::terminal::draw(&mut t, &mut s.app).unwrap();
    let buf = t.backend().buffer();
    let art = s.app.layout.inner_of(Pane::Article).unwrap();
    // The style of the first cell of `word` inside the article pane.
    let style_of = |word: &str| {
        for y in art.y..art.y + art.height {
            let row: String = (art.x..art.x + art.width)
                .map(|x| buf[(x, y)].symbol())
                .collect();
            if let Some(at) = row.find(word) {
                let col = row[..at].chars().count() as u16;
                return buf[(art.x + col, y)].style();
            }
        }
        panic!("{word:?} not in the article");
    };
    let corrected = style_of("Wednesday");
    let plain = style_of("August");
    assert_ne!(corrected.fg, plain.fg, "{corrected:?} vs {plain:?}");
}
