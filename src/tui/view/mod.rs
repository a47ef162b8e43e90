//! Drawing: a pure function of the [`App`]. `layout` decides where each
//! pane goes at a given size; `render` draws the panes, the popups and the
//! status bar.

mod article;
mod help;
mod people;
mod popup;
mod status;
mod stories;
mod timeline;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::action::Pane;
use super::app::{App, LayoutKind, Popup, ScreenLayout};
use crate::text;

/// The screen layout for `area`.
pub fn layout(app: &App, area: Rect) -> ScreenLayout {
    let mut out = ScreenLayout {
        area,
        ..ScreenLayout::default()
    };
    if area.width == 0 || area.height == 0 {
        out.kind = LayoutKind::Single;
        return out;
    }
    let kind = if area.width >= 120 && area.height >= 20 {
        LayoutKind::Wide
    } else if area.width >= 80 && area.height >= 20 {
        LayoutKind::Medium
    } else {
        LayoutKind::Single
    };
    out.kind = kind;
    let (body, status) = if area.height >= 2 {
        let [body, status] = area.layout(&Layout::vertical([
            Constraint::Min(1),
            Constraint::Length(1),
        ]));
        (body, Some(status))
    } else {
        (area, None)
    };
    out.status = status;
    match kind {
        LayoutKind::Wide => {
            let w = body.width;
            let left = (w * 22 / 100).clamp(24, 40);
            let right = (w * 30 / 100).clamp(36, 60);
            let [l, a, r] = body.layout(&Layout::horizontal([
                Constraint::Length(left),
                Constraint::Min(1),
                Constraint::Length(right),
            ]));
            let [s, p] = l.layout(&Layout::vertical([
                Constraint::Percentage(40),
                Constraint::Percentage(60),
            ]));
            out.panes = vec![
                (Pane::Stories, s),
                (Pane::Article, a),
                (Pane::Timeline, r),
                (Pane::People, p),
            ];
        }
        LayoutKind::Medium => {
            let side_w = (body.width * 40 / 100).max(30);
            let [a, s] = body.layout(&Layout::horizontal([
                Constraint::Min(1),
                Constraint::Length(side_w),
            ]));
            let side = if app.focus == Pane::Article {
                app.side
            } else {
                app.focus
            };
            out.panes = vec![(Pane::Article, a), (side, s)];
        }
        LayoutKind::Single => {
            let pane_area = if body.height >= 2 {
                let [tabs, rest] = body.layout(&Layout::vertical([
                    Constraint::Length(1),
                    Constraint::Min(1),
                ]));
                out.tab_bar = Some(tabs);
                out.tabs = tab_rects(tabs);
                rest
            } else {
                body
            };
            out.panes = vec![(app.focus, pane_area)];
        }
    }
    out.inner = out
        .panes
        .iter()
        .map(|(p, r)| (*p, inner(kind, *r)))
        .collect();
    out
}

/// Whether a pane of this size gets a border.
fn bordered(kind: LayoutKind, r: Rect) -> bool {
    match kind {
        LayoutKind::Single => r.height >= 8 && r.width >= 20,
        _ => r.height >= 3 && r.width >= 3,
    }
}

fn inner(kind: LayoutKind, r: Rect) -> Rect {
    if bordered(kind, r) {
        r.inner(Margin::new(1, 1))
    } else {
        r
    }
}

fn tab_labels(width: u16) -> Vec<(Pane, String)> {
    let full: u16 = Pane::ALL
        .iter()
        .map(|p| text::width(p.short_title()) as u16 + 4)
        .sum();
    Pane::ALL
        .iter()
        .map(|p| {
            let label = if width >= full {
                format!(" {} {} ", p.number(), p.short_title())
            } else {
                format!(" {} ", p.number())
            };
            (*p, label)
        })
        .collect()
}

fn tab_rects(bar: Rect) -> Vec<(Pane, Rect)> {
    let mut x = bar.x;
    let mut out = Vec::new();
    for (pane, label) in tab_labels(bar.width) {
        let w = (text::width(&label) as u16).min(bar.right().saturating_sub(x));
        out.push((pane, Rect::new(x, bar.y, w, 1)));
        x = x.saturating_add(w + 1);
    }
    out
}

/// How many lines the help overlay has.
pub fn help_len(app: &App) -> usize {
    help::lines(app).len()
}

/// Where the finder popup is drawn (it centres itself within this area).
pub fn finder_area(area: Rect) -> Rect {
    area
}

/// Draw the whole screen from `app` (whose layout `prepare` computed).
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let layout = &app.layout;
    if let Some(bar) = layout.tab_bar {
        render_tabs(app, frame, bar);
    }
    for &(pane, rect) in &layout.panes {
        let focused = pane == app.focus;
        let content = pane_block(app, frame, pane, rect, focused, layout.kind);
        match pane {
            Pane::Stories => stories::render(app, frame, content, focused),
            Pane::Article => article::render(app, frame, content, focused),
            Pane::Timeline => timeline::render(app, frame, content, focused),
            Pane::People => people::render(app, frame, content, focused),
        }
    }
    if let Some(status) = layout.status {
        status::render(app, frame, status);
    }
    match app.popup {
        Some(Popup::Help { scroll }) => help::render(app, frame, area, scroll),
        Some(Popup::Explain { event }) => popup::explain(app, frame, area, event),
        Some(Popup::Problems { scroll }) => popup::problems(app, frame, area, scroll),
        None => {}
    }
    if let Some(finder) = &app.finder {
        super::finder::render(
            finder,
            &app.index,
            &app.theme.finder(),
            frame,
            finder_area(area),
        );
    }
}

/// Draw a pane's border and title; returns the content area.
fn pane_block(
    app: &App,
    frame: &mut Frame,
    pane: Pane,
    rect: Rect,
    focused: bool,
    kind: LayoutKind,
) -> Rect {
    if !bordered(kind, rect) {
        return rect;
    }
    let t = &app.theme;
    let (border, title_style, border_type) = if focused {
        (t.border_focused, t.pane_title_focused, BorderType::Thick)
    } else {
        (t.border, t.pane_title, BorderType::Rounded)
    };
    let mut title = vec![Span::styled(
        format!(" {} {} ", pane.number(), pane.title()),
        title_style,
    )];
    if pane == Pane::Timeline
        && let Some(f) = &app.entity_focus
    {
        let name = &app.index.entity(f.id).name;
        let filter = format!(
            " ⧩ {} · {} ",
            text::truncate(name, (rect.width as usize).saturating_sub(24).max(4)),
            app.timeline_events.len()
        );
        title.push(Span::styled(filter, t.filter));
    }
    let block = Block::bordered()
        .border_type(border_type)
        .border_style(border)
        .title(Line::from(title));
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

fn render_tabs(app: &App, frame: &mut Frame, bar: Rect) {
    let t = &app.theme;
    let mut spans = Vec::new();
    for (i, (pane, label)) in tab_labels(bar.width).into_iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled("│", t.dim));
        }
        let style = if pane == app.focus {
            t.tab_active
        } else {
            t.tab
        };
        spans.push(Span::styled(label, style));
    }
    if let Some(f) = &app.entity_focus {
        spans.push(Span::styled(
            format!(" ⧩ {}", app.index.entity(f.id).name),
            t.filter,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), bar);
}

/// A rectangle of at most `w`×`h` cells centred in `area`.
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let width = w.min(area.width);
    let height = h.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// How far the load problems popup can scroll on a screen of `area`.
pub fn problems_max_scroll(app: &App, area: Rect) -> usize {
    popup::problems_max_scroll(app, area)
}

/// A centred popup of at most `w`×`h` cells: clears the area, draws the
/// border with `title` and returns the content area.
fn popup_frame(
    app: &App,
    frame: &mut Frame,
    area: Rect,
    w: u16,
    h: u16,
    title: &str,
    footer: &str,
) -> Rect {
    let rect = centred(area, w, h);
    frame.render_widget(Clear, rect);
    let t = &app.theme;
    let block = Block::bordered()
        .border_type(BorderType::Rounded)
        .border_style(t.popup_border)
        .title(Span::styled(format!(" {title} "), t.pane_title_focused))
        .title_bottom(Line::from(Span::styled(format!(" {footer} "), t.dim)).right_aligned());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    inner
}

/// A list row: `spans` padded to the full width, with the selection style
/// over everything when selected. The selection is patched onto every span,
/// not just the line: a span's own colour (a dim source, a green publication
/// date, a blue organisation tag) would otherwise win over the selection's
/// foreground and sit unreadably on its background.
fn row<'a>(mut spans: Vec<Span<'a>>, width: u16, selected: Option<Style>) -> Line<'a> {
    let used: usize = spans.iter().map(|s| text::width(&s.content)).sum();
    if used < width as usize {
        spans.push(Span::raw(" ".repeat(width as usize - used)));
    }
    if let Some(style) = selected {
        for span in &mut spans {
            span.style = span.style.patch(style);
        }
    }
    Line::from(spans)
}
