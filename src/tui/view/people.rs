//! The people & organisations pane: kind, name and mention count, most
//! mentioned first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{kind_tag, row};
use crate::text;
use crate::tui::app::App;

pub fn render(app: &App, frame: &mut Frame, area: Rect, focused: bool) {
    if area.is_empty() {
        return;
    }
    let t = &app.theme;
    if app.people.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("No names found in these stories.", t.dim)),
            area,
        );
        return;
    }
    let w = area.width as usize;
    let focus = app.entity_focus.as_ref().map(|f| f.id);
    let lines: Vec<Line> = app
        .people
        .order
        .iter()
        .enumerate()
        .skip(app.people.list.offset)
        .take(area.height as usize)
        .map(|(pos, &id)| {
            let e = app.index.entity(id);
            let count = app.index.mention_count(id);
            let tail = format!(" {count}");
            let mark = if focus == Some(id) { "◉ " } else { "" };
            let room = w.saturating_sub(4 + text::width(&tail) + text::width(mark));
            let name = text::truncate(&e.name, room);
            let pad = room.saturating_sub(text::width(&name));
            let spans = vec![
                Span::styled(format!("{} ", kind_tag(e.kind)), t.entity(e.kind)),
                Span::styled(mark, t.filter),
                Span::styled(name, t.entity(e.kind)),
                Span::raw(" ".repeat(pad)),
                Span::styled(tail, t.dim),
            ];
            let sel = (pos == app.people.list.selected).then_some(t.selection(focused));
            row(spans, area.width, sel)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}
