//! The people & organisations pane: a row of kind tabs (all / people /
//! orgs / places / other), then kind, name and mention count, most
//! mentioned first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{kind_tag, row};
use crate::text;
use crate::tui::app::App;
use crate::tui::people::{tab_cells, tabs_shown};

pub fn render(app: &App, frame: &mut Frame, area: Rect, focused: bool) {
    if area.is_empty() {
        return;
    }
    let t = &app.theme;
    let area = if tabs_shown(usize::from(area.height)) {
        draw_tabs(app, frame, area);
        Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        }
    } else {
        area
    };
    if app.people.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled(
                if app.index.entities().is_empty() {
                    "No names found in these stories."
                } else {
                    "No names of this kind."
                },
                t.dim,
            )),
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

/// The tab row: every label that fits, the current tab emphasised, at the
/// columns [`tab_cells`] gives (where clicks land).
fn draw_tabs(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let mut spans = Vec::new();
    let mut x = 0;
    for cell in tab_cells(usize::from(area.width)) {
        if cell.start > x {
            spans.push(Span::raw(" ".repeat(cell.start - x)));
        }
        let style = if cell.tab == app.people_tab {
            t.title.patch(t.selection(false))
        } else {
            t.dim
        };
        x = cell.start + cell.width();
        spans.push(Span::styled(cell.text, style));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)),
        Rect { height: 1, ..area },
    );
}
