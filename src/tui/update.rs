//! `update(&mut App, Action)`: one match dispatching to the pane the action
//! concerns. What a pane does on its own is a method of that pane (see
//! [`super::pane`]); what crosses panes is a method of the [`App`].

use ratatui::layout::Position;

use super::action::{Action, Effect, Pane};
use super::app::{App, Level, Popup};
use super::command::{self, CommandAction};
use super::density::density;
use super::finder::{
    Finder, FinderAction, FinderOutcome, MAX_QUERY_CHARS, SearchResults, list_area,
};
use super::keymap::{self, Context};
use super::layout;
use super::loading;
use super::marks;
use super::outside;
use crate::model::EventId;

/// Apply `action` to `app`; the effect, if any, is for the loop to run.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    if app.loading.is_some() && !loading::allowed(&action, app.popup.is_some()) {
        app.refuse_while_loading(action);
        return None;
    }
    match action {
        Action::Quit => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::ExpireMessage(id) => {
            if app.message.as_ref().is_some_and(|m| m.id == id) {
                app.message = None;
            }
        }
        Action::LoadProgress(status) => app.load_progress(status),
        Action::Finder(fa) if app.edit.is_some() => return marks::edit_action(app, fa),
        // The open input takes only its editing keys.
        _ if app.edit.is_some() => {}
        Action::Finder(fa) => return finder_action(app, fa),
        Action::Command(ca) => return command_action(app, ca),
        Action::OpenFinder => return open_finder(app),
        Action::Click { column, row } => return click(app, column, row),
        Action::Scroll { column, row, delta } => scroll_at(app, column, row, delta),
        _ if app.popup.is_some() => popup_action(app, action),
        Action::Down => move_pane(app, app.focus, 1),
        Action::Up => move_pane(app, app.focus, -1),
        Action::HalfPageDown => move_pane(app, app.focus, half_page(app)),
        Action::HalfPageUp => move_pane(app, app.focus, -half_page(app)),
        Action::Top => move_pane(app, app.focus, isize::MIN / 2),
        Action::Bottom => move_pane(app, app.focus, isize::MAX / 2),
        Action::NextPane => app.focus_pane(app.focus.next()),
        Action::PrevPane => app.focus_pane(app.focus.prev()),
        Action::FocusPane(p) => app.focus_pane(p),
        Action::Open => open(app),
        Action::NextEvent => step_event(app, true),
        Action::PrevEvent => step_event(app, false),
        Action::NextMonth => step_month(app, true),
        Action::PrevMonth => step_month(app, false),
        Action::Explain => explain(app),
        Action::OpenLink => return open_link(app),
        Action::CopyEvent => return copy_event(app),
        Action::Problems => app.popup = Some(Popup::Problems { scroll: 0 }),
        Action::Help => app.popup = Some(Popup::Help { scroll: 0 }),
        Action::Escape => escape(app),
        Action::NextMention => step_mention(app, true),
        Action::PrevMention => step_mention(app, false),
        Action::FocusEntity(id) => app.focus_entity(id),
        Action::Zoom => app.zoom = !app.zoom,
        Action::ExpandGroup | Action::CollapseGroup if app.focus == Pane::Timeline => {
            fold(app, action == Action::ExpandGroup)
        }
        Action::ExpandGroup | Action::CollapseGroup => {}
        Action::OpenCommand => app.command.start(),
        Action::NextKindTab => app.set_people_tab(app.people_tab.next()),
        Action::PrevKindTab => app.set_people_tab(app.people_tab.prev()),
        Action::Correct => marks::correct(app),
        Action::Note => marks::note(app),
        Action::Star => return marks::star(app),
    }
    None
}

/// `→`/`←` on the timeline: open or fold the selected event's group.
fn fold(app: &mut App, open: bool) {
    let index = app.index.clone();
    let changed = if open {
        app.timeline.expand(&index)
    } else {
        app.timeline.collapse(&index)
    };
    if !changed {
        return;
    }
    if let Some(e) = app.selected_event() {
        app.highlight_event(e);
    }
}

/// An edit of the `:` line; Enter parses the line and runs it, or shows
/// why it cannot run, changing nothing else.
fn command_action(app: &mut App, action: CommandAction) -> Option<Effect> {
    if !app.command.open {
        return None;
    }
    let names = if action == CommandAction::Complete {
        app.entity_names()
    } else {
        Vec::new()
    };
    let line = app.command.edit(action, &names)?;
    match command::parse(&line) {
        Ok(cmd) => app.run_command(cmd),
        Err(message) => {
            app.notify_level(message, Level::Warning);
            None
        }
    }
}

/// `o`: the story of the focused pane's selection (the timeline's event,
/// the stories list's story, the article's story) opened in a browser,
/// when its link is http or https; otherwise a message and nothing runs.
fn open_link(app: &mut App) -> Option<Effect> {
    let story = match app.focus {
        Pane::Timeline => app.selected_event().map(|e| app.index.events()[e].story.0),
        Pane::Stories => app.stories.selected(),
        Pane::Article => app.article.story,
        Pane::People => {
            app.notify("o opens the story selected on the timeline, in the stories or the article");
            return None;
        }
    };
    let Some(story) = story.and_then(|s| app.index.stories().get(s)) else {
        app.notify("No story selected");
        return None;
    };
    match outside::checked_url(story.url.as_deref()) {
        Ok(url) => {
            app.notify(format!("Opening {url}"));
            Some(Effect::OpenUrl(url))
        }
        Err(why) => {
            app.notify_level(why, Level::Warning);
            None
        }
    }
}

/// `y`: the selected event (in the article, its emphasised date) copied to
/// the clipboard.
fn copy_event(app: &mut App) -> Option<Effect> {
    let event = if app.focus == Pane::Article {
        app.article.event.or_else(|| {
            app.selected_event()
                .filter(|&e| Some(app.index.events()[e].story.0) == app.article.story)
        })
    } else {
        app.selected_event()
    };
    let Some(event) = event.filter(|&e| e < app.index.events().len()) else {
        app.notify("No event selected to copy");
        return None;
    };
    let text = outside::copy_text(&app.index, EventId(event));
    let date = app.index.events()[event]
        .timex
        .date_label(crate::model::LabelForm::Listing)
        .unwrap_or_default();
    app.notify(format!(
        "Copied the event of {date} to the clipboard (through the terminal)"
    ));
    Some(Effect::Copy(text))
}

/// Pasted text: into the open finder's query in one step, cut at its
/// length limit (the status line says so); elsewhere it is ignored, with a
/// note, rather than read as keys.
pub fn paste(app: &mut App, text: &str) -> Option<Effect> {
    if let Some(edit) = app.edit.as_mut() {
        edit.insert(text);
        return None;
    }
    if app.finder.is_none() && app.command.open {
        for c in text.chars().filter(|c| !c.is_control()) {
            app.command.edit(CommandAction::Input(c), &[]);
        }
        return None;
    }
    let Some(finder) = app.finder.as_mut() else {
        let find = app.key(Context::Global, Action::OpenFinder);
        app.notify(format!("paste goes into the finder: press {find} first"));
        return None;
    };
    let (outcome, cut) = finder.paste(text);
    if cut {
        notify_query_limit(app);
    }
    match outcome {
        FinderOutcome::Search(request) => Some(Effect::Search(request)),
        _ => None,
    }
}

fn notify_query_limit(app: &mut App) {
    app.notify(format!(
        "the finder's query is limited to {MAX_QUERY_CHARS} characters"
    ));
}

/// Hand search results back to the open finder.
pub fn apply_search(app: &mut App, results: SearchResults) {
    if let Some(f) = &mut app.finder {
        f.apply(results);
    }
}

fn half_page(app: &App) -> isize {
    (app.layout.height_of(app.focus) / 2).max(1) as isize
}

fn popup_action(app: &mut App, action: Action) {
    let Some(popup) = app.popup else {
        return;
    };
    let delta: isize = match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::HalfPageDown => 10,
        Action::HalfPageUp => -10,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        Action::Escape => {
            app.popup = None;
            return;
        }
        _ => return,
    };
    // Never scroll past the last line (the view clamps to the screen too).
    let area = app.layout.area;
    let max = match popup {
        Popup::Help { .. } => keymap::help_lines(&app.settings.keymap)
            .len()
            .saturating_sub(layout::help_rows(area)),
        Popup::Problems { .. } => {
            layout::problems_max_scroll(area, &app.index.corpus().diagnostics)
        }
        Popup::Explain { .. } => 0,
    };
    if let Some(Popup::Help { scroll } | Popup::Problems { scroll }) = &mut app.popup {
        *scroll = scroll.saturating_add_signed(delta).min(max);
    }
}

/// Move `pane`'s selection (or the article's scroll) by `delta`.
fn move_pane(app: &mut App, pane: Pane, delta: isize) {
    match pane {
        Pane::Stories => {
            if let Some(story) = app.stories.move_by(delta) {
                app.follow_story(story);
            }
        }
        Pane::People => {
            app.people.move_by(delta);
        }
        Pane::Timeline => {
            if let Some(pos) = app.timeline.moved_by(delta) {
                app.select_timeline(pos);
            }
        }
        Pane::Article => {
            let max = app.article_max_scroll();
            app.article.scroll_by(delta, max);
        }
    }
}

fn open(app: &mut App) {
    match app.focus {
        Pane::Stories => {
            if let Some(story) = app.stories.selected() {
                app.open_story(story);
                app.focus_pane(Pane::Article);
            }
        }
        Pane::Timeline => {
            // A folded cross-story event opens into its stories first; Enter
            // on one of its rows then goes to the article.
            if app.timeline.is_folded(&app.index, app.timeline.selected) {
                fold(app, true);
            } else if let Some(e) = app.selected_event() {
                app.highlight_event(e);
                app.focus_pane(Pane::Article);
            }
        }
        Pane::People => {
            if let Some(id) = app.people.selected() {
                app.focus_entity(id);
                app.focus_pane(Pane::Article);
            }
        }
        Pane::Article => {}
    }
}

/// `]`/`[`: in the article the next/previous date mention after the
/// cursor; elsewhere the next/previous event on the timeline.
fn step_event(app: &mut App, forward: bool) {
    if app.focus == Pane::Article {
        if app.article.story.is_some() {
            match app.article.next_date(&app.index, forward) {
                Some(e) => app.highlight_event(e),
                None => app.notify(either(
                    forward,
                    "No later date in this story",
                    "No earlier date in this story",
                )),
            }
        }
        return;
    }
    if app.timeline.events.is_empty() {
        return app.notify("No dated events");
    }
    let target = app.timeline.step(forward);
    // Re-synchronise the article even at either end.
    app.select_timeline(target.unwrap_or(app.timeline.selected));
    if target.is_none() {
        app.notify(either(
            forward,
            "Last event on the timeline",
            "First event on the timeline",
        ));
    }
}

/// `}`/`{`: the first event of the next/previous month on the timeline.
fn step_month(app: &mut App, forward: bool) {
    if app.timeline.events.is_empty() {
        return app.notify("No dated events");
    }
    match app.timeline.month_step(&app.index, forward) {
        Some(p) => app.select_timeline(p),
        None => app.notify(either(forward, "No later month", "No earlier month")),
    }
}

/// The message for going forward or back.
fn either(forward: bool, later: &'static str, earlier: &'static str) -> &'static str {
    if forward { later } else { earlier }
}

fn explain(app: &mut App) {
    // In the article only a date of the story on screen is explained: the
    // timeline's selection may belong to another story.
    let event = if app.focus == Pane::Article {
        app.article.event.or_else(|| {
            app.selected_event()
                .filter(|&e| Some(app.index.events()[e].story.0) == app.article.story)
        })
    } else {
        app.selected_event()
    };
    match event {
        Some(event) => app.popup = Some(Popup::Explain { event }),
        None if app.focus == Pane::Article => {
            app.notify("No date selected in this story: ] selects the next one")
        }
        None => app.notify("No date selected to explain"),
    }
}

fn escape(app: &mut App) {
    if let Some(f) = &app.entity_focus {
        let name = app.index.entity(f.id).name.clone();
        app.clear_entity_focus();
        app.notify(format!("Cleared focus on {name}"));
    } else if app.article.event.is_some() && app.focus == Pane::Article {
        app.article.event = None;
    }
}

fn step_mention(app: &mut App, forward: bool) {
    let Some(focus) = &app.entity_focus else {
        let find = app.key(Context::Global, Action::OpenFinder);
        let open = app.key(Context::People, Action::Open);
        app.notify(format!(
            "Focus a name first: {find} to find it, or {open} in the people pane"
        ));
        return;
    };
    let n = focus.mentions.len();
    if n == 0 {
        return;
    }
    let pos = if forward {
        (focus.current + 1) % n
    } else {
        (focus.current + n - 1) % n
    };
    app.go_to_mention(pos);
}

fn open_finder(app: &mut App) -> Option<Effect> {
    let mut finder = Finder::new();
    finder.resize(layout::finder_area(app.layout.area));
    let outcome = finder.open();
    app.finder = Some(finder);
    match outcome {
        FinderOutcome::Search(request) => Some(Effect::Search(request)),
        _ => None,
    }
}

fn finder_action(app: &mut App, action: FinderAction) -> Option<Effect> {
    let finder = app.finder.as_mut()?;
    if matches!(action, FinderAction::Input(c) if !c.is_control()) && finder.is_full() {
        notify_query_limit(app);
        return None;
    }
    match finder.update(action) {
        FinderOutcome::None => None,
        FinderOutcome::Close => {
            app.finder = None;
            None
        }
        FinderOutcome::FocusEntity(id) => {
            app.finder = None;
            app.focus_entity(id);
            app.focus_pane(Pane::Article);
            None
        }
        FinderOutcome::OpenStory(story) => {
            app.finder = None;
            app.article.event = None;
            app.show_story(story, super::pane::Reveal::Top);
            app.focus_pane(Pane::Article);
            None
        }
        FinderOutcome::OpenPassage {
            story,
            paragraph,
            sentence,
        } => {
            app.finder = None;
            app.open_passage(story, paragraph, sentence);
            app.focus_pane(Pane::Article);
            None
        }
        FinderOutcome::Search(request) => Some(Effect::Search(request)),
    }
}

fn click(app: &mut App, column: u16, row: u16) -> Option<Effect> {
    let pos = Position::new(column, row);
    if app.finder.is_some() {
        let list = list_area(layout::finder_area(app.layout.area));
        if list.contains(pos) {
            return finder_action(app, FinderAction::SelectRow(row - list.y));
        }
        return None;
    }
    if app.popup.is_some() {
        return None;
    }
    if let Some(tab) = app.layout.tab_at(column, row) {
        app.focus_pane(tab);
        return None;
    }
    if let Some(strip) = app.layout.timeline_strip
        && strip.contains(pos)
    {
        // A click on the density strip jumps to its column's first event.
        let d = density(&app.index, &app.timeline.events, strip.width as usize);
        if let Some(p) = d
            .columns
            .get((column - strip.x) as usize)
            .and_then(|c| c.first)
        {
            app.select_timeline(p);
        }
        app.focus_pane(Pane::Timeline);
        return None;
    }
    let (pane, _) = app.layout.pane_at(column, row)?;
    app.focus_pane(pane);
    let inner = app.layout.inner_of(pane)?;
    if !inner.contains(pos) {
        return None;
    }
    let line = (row - inner.y) as usize;
    match pane {
        Pane::Stories => {
            if let Some(story) = app.stories.click(line) {
                app.follow_story(story);
            }
        }
        Pane::People => {
            // The tab row, when drawn, is the pane's first row.
            if crate::tui::people::tabs_shown(usize::from(inner.height)) {
                if line == 0 {
                    let x = usize::from(column - inner.x);
                    if let Some(tab) = crate::tui::people::tab_at(usize::from(inner.width), x) {
                        app.set_people_tab(tab);
                    }
                } else {
                    app.people.click(line - 1);
                }
            } else {
                app.people.click(line);
            }
        }
        Pane::Timeline => {
            if let Some(p) = app.timeline.event_on_row(line) {
                // A second click on a folded group's row opens it.
                let again = p == app.timeline.selected && app.timeline.is_folded(&app.index, p);
                if again {
                    fold(app, true);
                } else {
                    app.select_timeline(p);
                }
            }
        }
        Pane::Article => {
            // A click on a date expression selects its event.
            if let Some(e) = app.article.date_at(&app.index, column - inner.x, line) {
                app.highlight_event(e);
            }
        }
    }
    None
}

fn scroll_at(app: &mut App, column: u16, row: u16, delta: i16) {
    if app.finder.is_some() {
        let fa = if delta > 0 {
            FinderAction::SelectNext
        } else {
            FinderAction::SelectPrev
        };
        let _ = finder_action(app, fa);
        return;
    }
    if app.popup.is_some() {
        popup_action(app, if delta > 0 { Action::Down } else { Action::Up });
        return;
    }
    let Some((pane, _)) = app.layout.pane_at(column, row) else {
        return;
    };
    let height = app.layout.height_of(pane);
    match pane {
        Pane::Article | Pane::Timeline => move_pane(app, pane, delta as isize),
        Pane::Stories => app.stories.scroll(delta as isize, height),
        Pane::People => app.people.scroll(delta as isize, height),
    }
}
