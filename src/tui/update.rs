//! `update(&mut App, Action)`: one match calling small methods on the state.

use super::action::{Action, Effect, Pane};
use super::app::{App, Popup, Reveal, TimelineRow};
use super::finder::{Finder, FinderAction, FinderOutcome, SearchResults};
use crate::model::{EventKind, StoryIx};

/// Apply `action` to `app`; the effect, if any, is for the loop to run.
pub fn update(app: &mut App, action: Action) -> Option<Effect> {
    match action {
        Action::Quit => return Some(Effect::Quit),
        Action::Suspend => return Some(Effect::Suspend),
        Action::ExpireMessage(id) => {
            if app.message.as_ref().is_some_and(|m| m.id == id) {
                app.message = None;
            }
        }
        Action::Finder(fa) => return finder_action(app, fa),
        Action::OpenFinder => return open_finder(app),
        Action::Click { column, row } => return click(app, column, row),
        Action::Scroll { column, row, delta } => scroll_at(app, column, row, delta),
        _ if app.popup.is_some() => popup_action(app, action),
        Action::Down => move_by(app, 1),
        Action::Up => move_by(app, -1),
        Action::HalfPageDown => move_by(app, half_page(app)),
        Action::HalfPageUp => move_by(app, -half_page(app)),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::NextPane => focus_pane(app, app.focus.next()),
        Action::PrevPane => focus_pane(app, app.focus.prev()),
        Action::FocusPane(p) => focus_pane(app, p),
        Action::Open => open(app),
        Action::NextEvent => step_event(app, true),
        Action::PrevEvent => step_event(app, false),
        Action::NextMonth => step_month(app, true),
        Action::PrevMonth => step_month(app, false),
        Action::Explain => explain(app),
        Action::Problems => app.popup = Some(Popup::Problems { scroll: 0 }),
        Action::Help => app.popup = Some(Popup::Help { scroll: 0 }),
        Action::Escape => escape(app),
        Action::NextMention => step_mention(app, true),
        Action::PrevMention => step_mention(app, false),
        Action::FocusEntity(id) => app.focus_entity(id),
    }
    None
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
    let visible = (app.layout.area.height as usize).saturating_sub(4).max(1);
    let max = match popup {
        Popup::Help { .. } => super::view::help_len(app).saturating_sub(visible),
        Popup::Problems { .. } => super::view::problems_max_scroll(app, app.layout.area),
        Popup::Explain { .. } => 0,
    };
    let Some(popup) = &mut app.popup else {
        return;
    };
    if let Popup::Help { scroll } | Popup::Problems { scroll } = popup {
        *scroll = scroll.saturating_add_signed(delta).min(max);
    }
}

fn focus_pane(app: &mut App, pane: Pane) {
    app.focus = pane;
    if pane != Pane::Article {
        app.side = pane;
    }
}

/// Move the focused pane's selection (or the article's scroll) by `delta`.
fn move_by(app: &mut App, delta: isize) {
    move_pane(app, app.focus, delta);
}

fn move_pane(app: &mut App, pane: Pane, delta: isize) {
    match pane {
        Pane::Stories => {
            let n = app.story_order.len();
            if n == 0 {
                return;
            }
            let pos = clamp_add(app.stories.selected, delta, n);
            app.stories.selected = pos;
            let story = app.story_order[pos];
            if app.article.story != Some(story) {
                app.article.event = None;
                app.show_story(story, Reveal::Top);
            }
        }
        Pane::People => {
            let n = app.people_order.len();
            if n > 0 {
                app.people.selected = clamp_add(app.people.selected, delta, n);
            }
        }
        Pane::Timeline => {
            let n = app.timeline_events.len();
            if n > 0 {
                let pos = clamp_add(app.timeline.selected, delta, n);
                app.select_timeline(pos);
            }
        }
        Pane::Article => {
            let max = app.article_max_scroll();
            app.article.scroll = clamp_add(app.article.scroll, delta, max + 1);
        }
    }
}

fn clamp_add(pos: usize, delta: isize, len: usize) -> usize {
    pos.saturating_add_signed(delta).min(len.saturating_sub(1))
}

fn open(app: &mut App) {
    match app.focus {
        Pane::Stories => {
            if let Some(&story) = app.story_order.get(app.stories.selected) {
                if app.article.story != Some(story) {
                    app.article.event = None;
                }
                app.show_story(story, Reveal::Top);
                focus_pane(app, Pane::Article);
            }
        }
        Pane::Timeline => {
            if let Some(e) = app.selected_event() {
                app.highlight_event(e);
                focus_pane(app, Pane::Article);
            }
        }
        Pane::People => {
            if let Some(&id) = app.people_order.get(app.people.selected) {
                app.focus_entity(id);
                focus_pane(app, Pane::Article);
            }
        }
        Pane::Article => {}
    }
}

/// `]`/`[`: in the article the next/previous date mention after the
/// cursor; elsewhere the next/previous event on the timeline.
fn step_event(app: &mut App, forward: bool) {
    if app.focus == Pane::Article {
        step_article_event(app, forward);
        return;
    }
    let n = app.timeline_events.len();
    if n == 0 {
        app.notify("No dated events");
        return;
    }
    let pos = app.timeline.selected;
    let next = if forward {
        (pos + 1 < n).then_some(pos + 1)
    } else {
        pos.checked_sub(1)
    };
    match next {
        Some(p) => app.select_timeline(p),
        None => {
            // Re-synchronise the article even at either end.
            app.select_timeline(pos);
            app.notify(if forward {
                "Last event on the timeline"
            } else {
                "First event on the timeline"
            });
        }
    }
}

/// The article cursor: the highlighted event's position, else the first
/// line on screen.
fn article_cursor(app: &App) -> Option<(usize, usize)> {
    let story = app.article.story?;
    if let Some(e) = app.article.event.and_then(|e| app.index.events().get(e))
        && e.story.0 == story
    {
        return Some(match e.kind {
            EventKind::Publication => (0, 0),
            EventKind::Mention => (e.paragraph, e.timex.start),
        });
    }
    app.article
        .layout
        .as_ref()
        .and_then(|l| l.position_of(app.article.scroll))
}

fn step_article_event(app: &mut App, forward: bool) {
    let Some(story) = app.article.story else {
        return;
    };
    let cursor = article_cursor(app).unwrap_or((0, 0));
    let has_selection = app.article.event.is_some_and(|e| {
        app.index
            .events()
            .get(e)
            .is_some_and(|ev| ev.story.0 == story)
    });
    let mut mentions: Vec<(usize, usize, usize)> = app
        .index
        .analyses()
        .get(story)
        .map(|a| a.events.as_slice())
        .unwrap_or_default()
        .iter()
        .filter_map(|&ei| {
            let e = app.index.events().get(ei.0)?;
            (e.kind == EventKind::Mention).then_some((e.paragraph, e.timex.start, ei.0))
        })
        .collect();
    mentions.sort();
    let found = if forward {
        mentions.iter().find(|(p, s, _)| {
            if has_selection {
                (*p, *s) > cursor
            } else {
                (*p, *s) >= cursor
            }
        })
    } else {
        mentions.iter().rev().find(|(p, s, _)| (*p, *s) < cursor)
    };
    match found {
        Some(&(_, _, ei)) => app.highlight_event(ei),
        None => app.notify(if forward {
            "No later date in this story"
        } else {
            "No earlier date in this story"
        }),
    }
}

/// `}`/`{`: the first event of the next/previous month on the timeline.
fn step_month(app: &mut App, forward: bool) {
    let n = app.timeline_events.len();
    if n == 0 {
        app.notify("No dated events");
        return;
    }
    let key = |app: &App, pos: usize| app.month_key(app.timeline_events[pos]);
    let pos = app.timeline.selected.min(n - 1);
    let here = key(app, pos);
    let target = if forward {
        (pos + 1..n).find(|&p| key(app, p) != here)
    } else {
        let mut start = pos;
        while start > 0 && key(app, start - 1) == here {
            start -= 1;
        }
        if start == 0 {
            None
        } else {
            let prev = key(app, start - 1);
            let mut p = start - 1;
            while p > 0 && key(app, p - 1) == prev {
                p -= 1;
            }
            Some(p)
        }
    };
    match target {
        Some(p) => app.select_timeline(p),
        None => app.notify(if forward {
            "No later month"
        } else {
            "No earlier month"
        }),
    }
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
    if app.entity_focus.is_some() {
        let name = app
            .entity_focus
            .as_ref()
            .map(|f| app.index.entity(f.id).name.clone())
            .unwrap_or_default();
        app.clear_entity_focus();
        app.notify(format!("Cleared focus on {name}"));
    } else if app.article.event.is_some() && app.focus == Pane::Article {
        app.article.event = None;
    }
}

fn step_mention(app: &mut App, forward: bool) {
    let Some(focus) = &app.entity_focus else {
        app.notify("Focus a name first: / to find it, or Enter in the people pane");
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
    finder.resize(super::view::finder_area(app.layout.area));
    let outcome = finder.open();
    app.finder = Some(finder);
    match outcome {
        FinderOutcome::Search(request) => Some(Effect::Search(request)),
        _ => None,
    }
}

fn finder_action(app: &mut App, action: FinderAction) -> Option<Effect> {
    let finder = app.finder.as_mut()?;
    match finder.update(action, &app.index) {
        FinderOutcome::None => None,
        FinderOutcome::Close => {
            app.finder = None;
            None
        }
        FinderOutcome::FocusEntity(id) => {
            app.finder = None;
            app.focus_entity(id);
            focus_pane(app, Pane::Article);
            None
        }
        FinderOutcome::OpenStory(story) => {
            app.finder = None;
            app.article.event = None;
            app.show_story(story, Reveal::Top);
            focus_pane(app, Pane::Article);
            None
        }
        FinderOutcome::Search(request) => Some(Effect::Search(request)),
    }
}

fn click(app: &mut App, column: u16, row: u16) -> Option<Effect> {
    let pos = ratatui::layout::Position::new(column, row);
    if app.finder.is_some() {
        let list = super::finder::list_area(super::view::finder_area(app.layout.area));
        if list.contains(pos) {
            return finder_action(app, FinderAction::SelectRow(row - list.y));
        }
        return None;
    }
    if app.popup.is_some() {
        return None;
    }
    if let Some((pane, _)) = app.layout.tabs.iter().find(|(_, r)| r.contains(pos)) {
        focus_pane(app, *pane);
        return None;
    }
    let (pane, _) = app.layout.pane_at(column, row)?;
    focus_pane(app, pane);
    let inner = app.layout.inner_of(pane)?;
    if !inner.contains(pos) {
        return None;
    }
    let line = (row - inner.y) as usize;
    match pane {
        Pane::Stories => {
            let target = app.stories.offset + line;
            if target < app.story_order.len() {
                let delta = target as isize - app.stories.selected as isize;
                move_pane(app, Pane::Stories, delta);
            }
        }
        Pane::People => {
            let target = app.people.offset + line;
            if target < app.people_order.len() {
                app.people.selected = target;
            }
        }
        Pane::Timeline => {
            if let Some(TimelineRow::Event(p)) = app.timeline_rows.get(app.timeline.offset + line) {
                app.select_timeline(*p);
            }
        }
        Pane::Article => click_article(app, column - inner.x, line),
    }
    None
}

/// A click on a date expression in the article selects its event.
fn click_article(app: &mut App, column: u16, line: usize) {
    let (Some(story), Some(layout)) = (app.article.story, &app.article.layout) else {
        return;
    };
    let Some(super::app::ArticleLine::Body { para, range }) =
        layout.lines.get(app.article.scroll + line)
    else {
        return;
    };
    let Some(text) = app.index.story(StoryIx(story)).paragraphs.get(*para) else {
        return;
    };
    // The text starts one cell in from the pane edge.
    let target = (column as usize).checked_sub(1);
    let Some(target) = target else { return };
    let mut x = 0;
    let mut at = None;
    for (off, g) in unicode_segmentation::UnicodeSegmentation::grapheme_indices(
        text.get(range.clone()).unwrap_or(""),
        true,
    ) {
        let w = crate::text::grapheme_width(g);
        if target < x + w.max(1) {
            at = Some(range.start + off);
            break;
        }
        x += w;
    }
    let Some(at) = at else { return };
    let hit = app.index.analyses().get(story).and_then(|a| {
        a.events.iter().copied().find(|&e| {
            let ev = app.index.event(e);
            ev.kind == EventKind::Mention
                && ev.paragraph == *para
                && ev.timex.start <= at
                && at < ev.timex.end
        })
    });
    if let Some(e) = hit {
        app.highlight_event(e.0);
    }
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
    match pane {
        Pane::Article => move_pane(app, Pane::Article, delta as isize),
        Pane::Stories => {
            let h = app.layout.height_of(pane);
            let n = app.story_order.len();
            app.stories.offset =
                clamp_add(app.stories.offset, delta as isize, n.saturating_sub(h) + 1);
            keep_selection_in(&mut app.stories.selected, app.stories.offset, h);
        }
        Pane::People => {
            let h = app.layout.height_of(pane);
            let n = app.people_order.len();
            app.people.offset =
                clamp_add(app.people.offset, delta as isize, n.saturating_sub(h) + 1);
            keep_selection_in(&mut app.people.selected, app.people.offset, h);
        }
        Pane::Timeline => move_pane(app, Pane::Timeline, delta as isize),
    }
}

fn keep_selection_in(selected: &mut usize, offset: usize, height: usize) {
    if *selected < offset {
        *selected = offset;
    } else if *selected >= offset + height.max(1) {
        *selected = offset + height.max(1) - 1;
    }
}
