//! Drawing: a pure function of the [`App`]. [`render`] reads the state and
//! the layout `App::prepare` computed for the frame, draws the panes, the
//! popups and the status bar, and changes nothing.

mod article;
mod help;
mod loading;
mod people;
mod popup;
mod status;
mod stories;
mod timeline;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::action::Pane;
use super::app::{App, Popup};
use super::layout::{LayoutKind, bordered, finder_area, loading_area, tab_labels};
use crate::model::EntityKind;
use crate::text;

/// The three-letter tag lists put before a name: `PER`, `ORG`, `LOC`,
/// `OTH`.
pub fn kind_tag(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PER",
        EntityKind::Organisation => "ORG",
        EntityKind::Place => "LOC",
        EntityKind::Other => "OTH",
    }
}

/// Words a title-cased title keeps in lower case (after its first word).
const SMALL_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "it", "of", "on", "or", "the",
    "to", "vs", "with",
];

/// A story title as lists show it: an ALL-CAPS wire title in title case
/// (two-letter words such as `US` or `UN` kept as written), anything else
/// unchanged. The article header shows the title as written.
pub fn readable_title(title: &str) -> std::borrow::Cow<'_, str> {
    let letters = title.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 4 || title.chars().any(|c| c.is_lowercase()) {
        return std::borrow::Cow::Borrowed(title);
    }
    let mut out = String::with_capacity(title.len());
    let mut first = true;
    for piece in title.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        // Each part of a hyphenated word on its own: `US-LED` → `US-Led`.
        for (i, part) in word.split('-').enumerate() {
            if i > 0 {
                out.push('-');
            }
            let lower = part.to_lowercase();
            let bare: String = lower.chars().filter(|c| c.is_alphabetic()).collect();
            let small = SMALL_WORDS.contains(&bare.as_str());
            if bare.chars().count() == 2 && !small {
                out.push_str(part);
            } else if small && !(first && i == 0) {
                out.push_str(&lower);
            } else {
                let mut start = true;
                for c in lower.chars() {
                    if start && c.is_alphabetic() {
                        out.extend(c.to_uppercase());
                        start = false;
                    } else {
                        out.push(c);
                    }
                }
            }
        }
        out.push_str(&piece[word.len()..]);
        if !word.is_empty() {
            first = false;
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Draw the whole screen from `app` (whose layout `prepare` computed).
pub fn render(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width == 0 || area.height == 0 {
        return;
    }
    let layout = &app.layout;
    if let Some(state) = app.loading {
        // No panes without an index: the loading screen in their place.
        loading::render(app, state, frame, loading_area(area));
        if let Some(status) = layout.status {
            status::render(app, frame, status);
        }
        match app.popup {
            Some(Popup::Help { scroll }) => help::render(app, frame, area, scroll),
            Some(Popup::Problems { scroll }) => popup::problems(app, frame, area, scroll),
            _ => {}
        }
        return;
    }
    if let Some(bar) = layout.tab_bar {
        render_tabs(app, frame, bar);
    }
    for &(pane, rect) in &layout.panes {
        let focused = pane == app.focus;
        let content = pane_block(app, frame, pane, rect, focused, layout.kind);
        match pane {
            Pane::Stories => stories::render(app, frame, content, focused),
            Pane::Article => article::render(app, frame, content, focused),
            Pane::Timeline => {
                // The layout keeps the top line for the sticky year and month.
                let list = layout.inner_of(Pane::Timeline).unwrap_or(content);
                if let Some(header) = layout.timeline_header {
                    timeline::render_header(app, frame, header);
                }
                if let Some(strip) = layout.timeline_strip {
                    timeline::render_strip(app, frame, strip);
                }
                timeline::render(app, frame, list, focused)
            }
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
    if pane == Pane::Timeline {
        let labels = app.timeline_filter().labels(&app.index);
        if !labels.is_empty() {
            let filter = format!(
                " ⧩ {} · {} ",
                text::truncate(
                    &labels.join(" · "),
                    (rect.width as usize).saturating_sub(24).max(4)
                ),
                app.timeline.events.len()
            );
            title.push(Span::styled(filter, t.filter));
        }
    }
    if app.zoom {
        title.push(Span::styled(" z unzoom ", t.dim));
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
    let labels = app.timeline_filter().labels(&app.index);
    if !labels.is_empty() {
        spans.push(Span::styled(format!(" ⧩ {}", labels.join(" · ")), t.filter));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), bar);
}

/// A popup at `rect` (see [`crate::tui::layout`]): clears it, draws the
/// border with `title` and `footer` and returns the content area.
/// A popup's footer: the keys that close it, and scroll it when `scrolls`.
fn popup_keys(app: &App, scrolls: bool) -> String {
    use crate::tui::action::Action;
    use crate::tui::keymap::Context::Popup;
    let close = app.key(Popup, Action::Escape);
    if scrolls {
        let down = app.key(Popup, Action::Down);
        let up = app.key(Popup, Action::Up);
        format!("{close} close · {down}/{up} scroll")
    } else {
        format!("{close} close")
    }
}

fn popup_frame(app: &App, frame: &mut Frame, rect: Rect, title: &str, footer: &str) -> Rect {
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

#[cfg(test)]
mod tests {
    use super::readable_title;

    #[test]
    fn all_caps_titles_read_in_title_case() {
        assert_eq!(
            readable_title("OBAMA WRITES TO IRAN'S LEADER"),
            "Obama Writes to Iran's Leader"
        );
        assert_eq!(
            readable_title("THE US-LED CAMPAIGN IN  IRAQ"),
            "The US-Led Campaign in  Iraq",
            "two-letter words kept, hyphenated parts capitalised, spacing kept"
        );
        assert_eq!(readable_title("A DEAL BY 24 NOV."), "A Deal by 24 Nov.");
        // Anything with a lower-case letter, or too short to tell, is left.
        for kept in ["Obama writes to Iran", "iPhone SALES UP", "UN", "G20 ", ""] {
            assert_eq!(readable_title(kept), kept);
        }
    }
}
