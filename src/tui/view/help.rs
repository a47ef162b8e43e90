//! The `?` overlay, generated from the keymap table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::popup_frame;
use crate::text;
use crate::tui::app::App;
use crate::tui::keymap::{CONTEXTS, grouped};

/// The help text, one entry per line: context headings, then keys and what
/// they do.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    let mut out = Vec::new();
    for ctx in CONTEXTS {
        if !out.is_empty() {
            out.push(Line::default());
        }
        out.push(Line::styled(ctx.title().to_string(), t.header));
        for (keys, desc) in grouped(ctx) {
            let keys: Vec<String> = keys.iter().map(|k| k.label()).collect();
            let keys = keys.join(" ");
            let pad = 20usize.saturating_sub(text::width(&keys));
            out.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(keys, t.status_key),
                Span::raw(" ".repeat(pad + 1)),
                Span::raw(desc),
            ]));
        }
    }
    out.push(Line::default());
    out.push(Line::styled("Mouse", t.header));
    out.push(Line::raw(
        "  click               focus a pane, select the row",
    ));
    out.push(Line::raw(
        "  wheel               scroll the pane under the pointer",
    ));
    out
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, scroll: usize) {
    let inner = popup_frame(
        app,
        frame,
        area,
        72,
        area.height.saturating_sub(2).max(3),
        "Help — keys",
        "Esc close · j/k scroll",
    );
    let all = lines(app);
    let max = all.len().saturating_sub(inner.height as usize);
    let shown: Vec<Line> = all.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
