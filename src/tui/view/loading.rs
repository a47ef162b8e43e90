//! The loading screen: in the place of the panes, one bordered box saying
//! what the load is doing (files read, stories analysed, the index build)
//! with a gauge over the whole load; or, when it found no story, saying so.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, LineGauge, Paragraph};

use crate::progress::{Count, LoadStatus, Step};
use crate::text;
use crate::tui::app::App;
use crate::tui::loading::{EMPTY_MESSAGE, Loading};

pub fn render(app: &App, loading: Loading, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.border)
        .title(Span::styled(" dateline ", t.pane_title_focused));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let (lines, status) = match loading {
        Loading::Running(status) => (running_lines(app, status), Some(status)),
        Loading::Empty { files, problems } => (empty_lines(app, files, problems), None),
    };
    let w = inner.width as usize;
    let lines: Vec<Line> = lines
        .into_iter()
        .map(|(text, style)| Line::from(Span::styled(text::truncate(&text, w), style)))
        .collect();
    // The text and the gauge, centred in the box; text first when short.
    let gauge_rows = u16::from(status.is_some()) * 2;
    let wanted = lines.len() as u16 + gauge_rows;
    let top = inner.height.saturating_sub(wanted) / 2;
    let [_, text_area, gauge_area] = inner.layout(&Layout::vertical([
        Constraint::Length(top),
        Constraint::Length(lines.len() as u16),
        Constraint::Length(gauge_rows),
    ]));
    let margin = inner.width.saturating_sub(64) / 2;
    let cut = |r: Rect| Rect {
        x: r.x + margin,
        width: r.width - 2 * margin,
        ..r
    };
    frame.render_widget(Paragraph::new(lines), cut(text_area));
    if let Some(status) = status
        && gauge_area.height > 1
    {
        let ratio = status.ratio().clamp(0.0, 1.0);
        let gauge = LineGauge::default()
            .ratio(ratio)
            .label(Span::styled(
                format!("{:>3}%", (ratio * 100.0) as u16),
                t.text,
            ))
            .filled_symbol("━")
            .unfilled_symbol("─")
            .filled_style(t.border_focused)
            .unfilled_style(t.dim);
        let row = Rect {
            y: gauge_area.y + 1,
            height: 1,
            ..cut(gauge_area)
        };
        frame.render_widget(gauge, row);
    }
}

type Styled = (String, ratatui::style::Style);

/// One line per step: done (✓), under way (›) with its count, to come.
fn running_lines(app: &App, status: LoadStatus) -> Vec<Styled> {
    let t = &app.theme;
    let step = status.step();
    let mark = |order: u8| {
        let now = step_order(step);
        if order < now {
            ("✓ ", t.dim)
        } else if order == now {
            ("› ", t.text)
        } else {
            ("  ", t.dim)
        }
    };
    let files = match (step, status.files) {
        (Step::Finding, _) | (_, None) => "looking for story files…".to_string(),
        (Step::Reading, Some(c)) => format!("reading files {}", count(c)),
        (_, Some(c)) => format!("read {}", plural(c.total, "file", "files")),
    };
    let stories = match (step, status.stories) {
        (Step::Analysing, Some(c)) => format!("analysing stories {}", count(c)),
        (Step::Indexing, Some(c)) => {
            format!("analysed {}", plural(c.total, "story", "stories"))
        }
        _ => "analyse the stories".to_string(),
    };
    let index = if step == Step::Indexing {
        "building the index…"
    } else {
        "build the index"
    };
    let mut out = vec![("Loading the stories".to_string(), t.pane_title_focused)];
    out.push((String::new(), t.text));
    for (order, line) in [(1, files), (2, stories), (3, index.to_string())] {
        let (m, style) = mark(order);
        out.push((format!("{m}{line}"), style));
    }
    out.push((String::new(), t.text));
    out.push(("q quits · ? shows the keys".to_string(), t.dim));
    out
}

fn step_order(step: Step) -> u8 {
    match step {
        Step::Finding | Step::Reading => 1,
        Step::Analysing => 2,
        Step::Indexing => 3,
    }
}

fn empty_lines(app: &App, files: usize, problems: usize) -> Vec<Styled> {
    let t = &app.theme;
    let mut first = EMPTY_MESSAGE.to_string();
    if let Some(c) = first.get_mut(0..1) {
        c.make_ascii_uppercase();
    }
    vec![
        (first, t.warning),
        (String::new(), t.text),
        (
            format!(
                "{} read, {}",
                plural(files, "file", "files"),
                plural(problems, "problem", "problems")
            ),
            t.text,
        ),
        (String::new(), t.text),
        ("e shows the problems · q quits".to_string(), t.dim),
    ]
}

/// `1,234 / 10,000`.
fn count(c: Count) -> String {
    format!("{} / {}", thousands(c.done), thousands(c.total))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// `12345` as `12,345`.
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
