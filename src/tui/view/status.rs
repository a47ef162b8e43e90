//! The status bar: a transient message or the focused pane's key hints on
//! the left; the entity focus, load problems and position on the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::text;
use unicode_segmentation::UnicodeSegmentation;

use crate::tui::action::Action;
use crate::tui::app::{App, Level};
use crate::tui::edit::EditLine;
use crate::tui::keymap::{Context, hints};
use crate::tui::loading::Loading;

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    if let Some(edit) = &app.edit {
        return edit_line(app, edit, frame, area);
    }
    if app.command.open && app.finder.is_none() {
        return command_line(app, frame, area);
    }
    let t = &app.theme;
    let w = area.width as usize;
    let mut right: Vec<Span> = Vec::new();
    if let Some(f) = &app.entity_focus {
        let name = &app.index.entity(f.id).name;
        right.push(Span::styled(
            format!(
                " ◉ {} {}/{} ",
                text::truncate(name, 24),
                (f.current + 1).min(f.mentions.len()),
                f.mentions.len()
            ),
            t.filter,
        ));
    }
    let problems = app.index.corpus().diagnostics.len();
    if problems > 0 {
        right.push(Span::styled(format!(" ⚠ {problems} "), t.warning));
    }
    if let Some(pos) = app.position() {
        right.push(Span::styled(format!(" {pos} "), t.dim));
    }
    let mut right_w: usize = right.iter().map(|s| text::width(&s.content)).sum();
    // On a narrow bar the message and hints matter more than the counters.
    while right_w > w / 2 && !right.is_empty() {
        right.pop();
        right_w = right.iter().map(|s| text::width(&s.content)).sum();
    }
    let room = w.saturating_sub(right_w);
    let mut left: Vec<Span> = Vec::new();
    if let Some(m) = &app.message {
        let style = match m.level {
            Level::Info => t.message,
            Level::Warning => t.message.patch(t.warning),
        };
        left.push(Span::styled(
            text::truncate(&format!(" {} ", m.text), room),
            style,
        ));
    } else {
        let mut used = 0;
        let mut all = Vec::new();
        if app.entity_focus.is_some() && app.popup.is_none() && app.finder.is_none() {
            let k = &app.settings.keymap;
            let next = k.label(Context::Global, Action::NextMention);
            let prev = k.label(Context::Global, Action::PrevMention);
            all.push((format!("{next}/{prev}"), "mentions"));
            all.push((k.label(Context::Global, Action::Escape), "clear focus"));
        }
        if app.loading.is_some() && app.popup.is_none() {
            all.extend(loading_hints(app));
        } else {
            all.extend(hints(&app.settings.keymap, app.mode()));
        }
        for (key, desc) in all {
            let piece = text::width(&key) + text::width(desc) + 3;
            if used + piece > room {
                break;
            }
            left.push(Span::styled(format!(" {key}"), t.status_key));
            left.push(Span::styled(format!(" {desc} "), t.status));
            used += piece;
        }
    }
    let left_w: usize = left.iter().map(|s| text::width(&s.content)).sum();
    let mut spans = left;
    spans.push(Span::raw(" ".repeat(room.saturating_sub(left_w))));
    spans.extend(right);
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The open date or note input: its prompt, the text with the cursor
/// kept in view on a narrow bar, and the keys that end it.
fn edit_line(app: &App, edit: &EditLine, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let w = area.width as usize;
    let prompt = edit.purpose.prompt();
    use crate::tui::finder::FinderAction;
    let key = |a| app.key(Context::Finder, Action::Finder(a));
    let keys = format!(
        " {} save · {} cancel · {} clear ",
        key(FinderAction::Accept),
        key(FinderAction::Close),
        key(FinderAction::ClearLine)
    );
    let keys = if w >= text::width(prompt) + text::width(&keys) + 16 {
        keys
    } else {
        String::new()
    };
    let room = w.saturating_sub(text::width(prompt) + text::width(&keys) + 1);
    // Drop graphemes from the start until the cursor fits.
    let (before, after) = edit.text.split_at(edit.cursor);
    let mut start = 0;
    for (i, _) in before.grapheme_indices(true) {
        if text::width(&before[i..]) <= room {
            start = i;
            break;
        }
        start = before.len();
    }
    let shown_before = &before[start..];
    let shown_after = text::truncate(after, room.saturating_sub(text::width(shown_before)));
    let cursor = text::width(prompt) + text::width(shown_before);
    let line = Line::from(vec![
        Span::styled(prompt, t.status_key),
        Span::styled(shown_before.to_string(), t.text),
        Span::styled(shown_after, t.text),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    if !keys.is_empty() {
        let kw = text::width(&keys) as u16;
        let at = Rect::new(area.x + area.width - kw, area.y, kw, 1);
        frame.render_widget(Paragraph::new(Span::styled(keys, t.dim)), at);
    }
    if cursor < w {
        frame.set_cursor_position((area.x + cursor as u16, area.y));
    }
}

/// The open `:` line: what is typed, its tail kept in view on a narrow
/// bar, and the terminal cursor after it.
fn command_line(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let w = area.width as usize;
    let input = &app.command.input;
    let room = w.saturating_sub(2);
    let shown = if text::width(input) > room {
        let mut tail: Vec<char> = Vec::new();
        let mut used = 1;
        for c in input.chars().rev() {
            let cw = text::width(c.encode_utf8(&mut [0; 4]));
            if used + cw > room {
                break;
            }
            used += cw;
            tail.push(c);
        }
        format!("…{}", tail.into_iter().rev().collect::<String>())
    } else {
        input.clone()
    };
    let cursor = 1 + text::width(&shown);
    let line = Line::from(vec![
        Span::styled(":", t.status_key),
        Span::styled(shown, t.text),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    if cursor < w {
        frame.set_cursor_position((area.x + cursor as u16, area.y));
    }
}

/// The keys that work on the loading screen, as the key table names them.
fn loading_hints(app: &App) -> Vec<(String, &'static str)> {
    let mut wanted = vec![Action::Quit, Action::Help];
    if matches!(app.loading, Some(Loading::Empty { .. })) {
        wanted.insert(0, Action::Problems);
    }
    wanted
        .into_iter()
        .filter_map(|action| {
            app.settings
                .keymap
                .bindings()
                .iter()
                .find(|b| b.context == Context::Global && b.action == action)
                .map(|b| (b.key.label(), b.desc))
        })
        .collect()
}
