//! The stories pane: every story by date, with source and dated-event count.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{readable_title, row};
use crate::model::StoryIx;
use crate::text;
use crate::tui::app::App;

pub fn render(app: &App, frame: &mut Frame, area: Rect, focused: bool) {
    if area.is_empty() {
        return;
    }
    let t = &app.theme;
    if app.stories.is_empty() {
        let lines = vec![
            Line::styled("No stories loaded.", t.dim),
            Line::styled("Run `dateline check PATH`", t.dim),
            Line::styled("to see why.", t.dim),
        ];
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    let w = area.width as usize;
    let lines: Vec<Line> = app
        .stories
        .order
        .iter()
        .enumerate()
        .skip(app.stories.list.offset)
        .take(area.height as usize)
        .map(|(pos, &si)| {
            let s = app.index.story(StoryIx(si));
            // Undated stories keep the title column aligned with the rest.
            let (fmt, date_w) = if w >= 44 {
                ("%d %b %Y", 11)
            } else {
                ("%d %b %y", 9)
            };
            let date = s.date().map_or_else(
                || format!("{:<date_w$}", "no date"),
                |d| d.format(fmt).to_string(),
            );
            let count = app.index.story_event_count(StoryIx(si));
            let source = s.source.as_deref().unwrap_or("");
            let head = if w >= 44 {
                format!("{date} {} ", text::truncate(source, 10))
            } else if w >= 24 {
                format!("{date} ")
            } else {
                String::new()
            };
            let mut tail = if w >= 24 {
                format!(" {count}")
            } else {
                String::new()
            };
            // ✦ a starred story.
            if app.is_story_starred(si) {
                tail.insert_str(0, " ✦");
            }
            let room = w.saturating_sub(text::width(&head) + text::width(&tail));
            let title = text::truncate(&readable_title(&s.title), room);
            let pad = room.saturating_sub(text::width(&title));
            let spans = vec![
                Span::styled(head, t.dim),
                Span::styled(title, t.text),
                Span::raw(" ".repeat(pad)),
                Span::styled(tail, t.dim),
            ];
            let sel = (pos == app.stories.list.selected).then_some(t.selection(focused));
            row(spans, area.width, sel)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
