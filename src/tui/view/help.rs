//! The `?` overlay, generated from the keymap table.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::popup_frame;
use crate::text;
use crate::tui::app::App;
use crate::tui::keymap::{HelpLine, help_lines};
use crate::tui::layout::help_area;

/// The help text styled: headings, then keys and what they do.
fn lines(app: &App) -> Vec<Line<'static>> {
    let t = &app.theme;
    help_lines(&app.settings.keymap)
        .into_iter()
        .map(|line| match line {
            HelpLine::Blank => Line::default(),
            HelpLine::Heading(title) => Line::styled(title.to_string(), t.header),
            HelpLine::Keys(keys, desc) => {
                let pad = 20usize.saturating_sub(text::width(&keys));
                Line::from(vec![
                    Span::raw("  "),
                    Span::styled(keys, t.status_key),
                    Span::raw(" ".repeat(pad + 1)),
                    Span::raw(desc),
                ])
            }
            HelpLine::Text(text) => Line::raw(text),
        })
        .collect()
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, scroll: usize) {
    let inner = popup_frame(
        app,
        frame,
        help_area(area),
        "Help — keys",
        &super::popup_keys(app, true),
    );
    let all = lines(app);
    let max = all.len().saturating_sub(inner.height as usize);
    let shown: Vec<Line> = all.into_iter().skip(scroll.min(max)).collect();
    frame.render_widget(Paragraph::new(shown), inner);
}
