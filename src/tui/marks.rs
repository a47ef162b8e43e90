//! The analyst's marks in the app: `c` corrects an event's date, `s` stars
//! an event (or a story in the stories list), `a` writes a note. Each
//! becomes a workspace [`Change`] that the loop writes through its host
//! ([`super::action::Effect::Save`]) and [`saved`] then applies to the
//! state: the workspace, and for a correction the index, whose timeline is
//! ordered and grouped again by the corrected date.

use std::sync::Arc;

use super::action::{Effect, Pane};
use super::app::{App, Level};
use super::edit::{EditLine, EditOutcome, EditPurpose};
use super::finder::FinderAction;
use crate::model::{EventId, LabelForm};
use crate::store::workspace::{self, Change, Target};

impl App {
    /// The stable id of event `event`.
    pub fn event_key(&self, event: usize) -> String {
        self.index.event_key(EventId(event))
    }

    /// Whether event `event` or its story is starred.
    pub fn is_starred(&self, event: usize) -> bool {
        let story = &self.index.story(self.index.events()[event].story).id.0;
        self.workspace.is_starred(&self.event_key(event), story)
    }

    /// Whether story `story` is starred.
    pub fn is_story_starred(&self, story: usize) -> bool {
        let id = &self.index.stories()[story].id.0;
        self.workspace.starred_stories.contains(id)
    }

    /// The event a mark applies to: the one emphasised in the article when
    /// it is focused, else the timeline's selection.
    fn marked_event(&self) -> Option<usize> {
        match self.focus {
            Pane::Article => self.article.event,
            _ => self.selected_event(),
        }
    }
}

/// `c`: open the date input on the selected event, prefilled with its
/// value.
pub fn correct(app: &mut App) {
    let Some(event) = app.marked_event() else {
        return app.notify("Select a date first: on the timeline, or ] in the article");
    };
    let value = app.index.events()[event].timex.value.clone();
    app.edit = Some(EditLine::new(EditPurpose::Correct(event), &value));
}

/// `a`: open the note input on the selected event, prefilled with its note.
pub fn note(app: &mut App) {
    let Some(event) = app.marked_event() else {
        return app.notify("Select a date first: on the timeline, or ] in the article");
    };
    let text = app
        .workspace
        .notes
        .get(&app.event_key(event))
        .map(|n| n.text.clone())
        .unwrap_or_default();
    app.edit = Some(EditLine::new(EditPurpose::Note(event), &text));
}

/// `s`: star or unstar the selected story (in the stories list) or event.
pub fn star(app: &mut App) -> Option<Effect> {
    let target = if app.focus == Pane::Stories {
        let story = app.stories.selected()?;
        Target::Story(app.index.stories()[story].id.0.clone())
    } else {
        let Some(event) = app.marked_event() else {
            app.notify("Select a date first: on the timeline, or ] in the article");
            return None;
        };
        Target::Event(app.event_key(event))
    };
    let on = match &target {
        Target::Story(id) => !app.workspace.starred_stories.contains(id),
        Target::Event(id) => !app.workspace.starred_events.contains(id),
    };
    Some(Effect::Save(Change::Star {
        target,
        on,
        at: String::new(),
    }))
}

/// An edit of the open input. Enter turns the text into a change, or says
/// why it cannot be one and changes nothing.
pub fn edit_action(app: &mut App, action: FinderAction) -> Option<Effect> {
    let edit = app.edit.as_mut()?;
    let purpose = edit.purpose;
    let text = match edit.update(action) {
        EditOutcome::None => return None,
        EditOutcome::Cancel => {
            app.edit = None;
            return None;
        }
        EditOutcome::Accept(text) => text,
    };
    app.edit = None;
    let event = purpose.event();
    if event >= app.index.events().len() {
        return None;
    }
    let key = app.event_key(event);
    match purpose {
        EditPurpose::Correct(_) => {
            let corrected = app.workspace.corrections.contains_key(&key);
            if text.is_empty() {
                if corrected {
                    return Some(Effect::Save(Change::Uncorrect { event: key }));
                }
                app.notify_level("No date given: nothing changed".into(), Level::Warning);
                return None;
            }
            if !corrected && text == app.index.events()[event].timex.value {
                app.notify("The date is unchanged");
                return None;
            }
            match workspace::correction_for(&app.index, EventId(event), &text) {
                Ok(c) => Some(Effect::Save(Change::Correct(c))),
                Err(why) => {
                    app.notify_level(format!("{why}: nothing changed"), Level::Warning);
                    None
                }
            }
        }
        EditPurpose::Note(_) => Some(Effect::Save(Change::Note {
            event: key,
            text: (!text.is_empty()).then_some(text),
            at: String::new(),
        })),
    }
}

/// Apply a change the host has written (or failed to write: `result` is
/// why, and the change still applies on screen for this session).
pub fn saved(app: &mut App, change: Change, result: Result<(), String>) {
    app.workspace.apply(&change);
    let mut said = match &change {
        Change::Correct(c) => {
            recorrect(app, &c.event);
            let shown = app
                .index
                .find_event(&c.event)
                .and_then(|e| app.index.event(e).timex.date_label(LabelForm::Long))
                .unwrap_or_else(|| c.value.clone());
            format!("Corrected “{}” to {shown}", c.expression)
        }
        Change::Uncorrect { event } => {
            recorrect(app, event);
            "Correction removed: the tagger's date is back".to_string()
        }
        Change::Star { on, target, .. } => {
            if app.starred_only {
                app.refresh_timeline();
            }
            let what = match target {
                Target::Event(_) => "event",
                Target::Story(_) => "story",
            };
            if *on {
                format!("Starred the {what} (:starred lists starred events)")
            } else {
                format!("Unstarred the {what}")
            }
        }
        Change::Note { text, .. } => match text {
            Some(_) => "Note saved (x shows it)".to_string(),
            None => "Note removed".to_string(),
        },
    };
    match result {
        Ok(()) => app.notify(said),
        Err(why) => {
            said.push_str(&format!(" — not saved: {why}"));
            app.notify_level(said, Level::Warning);
        }
    }
}

/// Lay the workspace's correction of `key` (or its absence) over the
/// index, list the timeline again and keep the event selected.
fn recorrect(app: &mut App, key: &str) {
    let Some(event) = app.index.find_event(key) else {
        return;
    };
    let original = app
        .index
        .original_timex(event)
        .unwrap_or(&app.index.event(event).timex)
        .clone();
    let corrected = app
        .workspace
        .corrections
        .get(key)
        .map(|c| c.timex(&original));
    let index = (*app.index).clone().with_corrections([(event, corrected)]);
    app.index = Arc::new(index);
    app.refresh_timeline();
    app.highlight_event(event.0);
}
