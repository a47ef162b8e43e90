//! Geometry: the screen area cut into pane rectangles, the popups' places
//! and the tab bar. The one place rectangles are computed; the state asks
//! it for page sizes and hit-testing, the view for where to draw, and it
//! asks neither of them.

use ratatui::layout::{Constraint, Layout, Margin, Position, Rect};

use super::action::Pane;
use super::wrap::problem_lines;
use crate::model::Diagnostic;
use crate::text;

/// How the screen is laid out at its current size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum LayoutKind {
    /// Four panes side by side (120 columns and more).
    #[default]
    Wide,
    /// The article and one side pane (80–119 columns).
    Medium,
    /// One pane at a time under a tab bar.
    Single,
    /// The focused pane alone on the whole screen (`z`).
    Zoomed,
}

/// Where things go at one screen size: what mouse hit-testing and page
/// sizes read, and what the view draws into.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScreenLayout {
    pub area: Rect,
    pub kind: LayoutKind,
    /// Each visible pane's outer rectangle.
    pub panes: Vec<(Pane, Rect)>,
    /// Each visible pane's content rectangle (inside its border).
    pub inner: Vec<(Pane, Rect)>,
    pub tabs: Vec<(Pane, Rect)>,
    pub tab_bar: Option<Rect>,
    pub status: Option<Rect>,
    /// The timeline's sticky year/month line, above its first row (taken
    /// from the top of its content rectangle when it is tall enough).
    pub timeline_header: Option<Rect>,
    /// The density strip above the sticky line, when the timeline is tall
    /// enough for both.
    pub timeline_strip: Option<Rect>,
}

impl ScreenLayout {
    pub fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, Rect)> {
        let p = Position::new(column, row);
        self.panes.iter().copied().find(|(_, r)| r.contains(p))
    }

    pub fn inner_of(&self, pane: Pane) -> Option<Rect> {
        self.inner.iter().find(|(p, _)| *p == pane).map(|(_, r)| *r)
    }

    /// Rows of content visible in `pane` (a sensible default before the
    /// first frame).
    pub fn height_of(&self, pane: Pane) -> usize {
        self.inner_of(pane).map_or(10, |r| r.height as usize)
    }

    /// The tab under a screen position, in the single-pane layout.
    pub fn tab_at(&self, column: u16, row: u16) -> Option<Pane> {
        let p = Position::new(column, row);
        self.tabs
            .iter()
            .find(|(_, r)| r.contains(p))
            .map(|(t, _)| *t)
    }
}

/// Where the loading screen goes: the panes' place, above the status bar
/// (which [`layout`] puts on the last row).
pub fn loading_area(area: Rect) -> Rect {
    if area.height >= 2 {
        Rect {
            height: area.height - 1,
            ..area
        }
    } else {
        area
    }
}

/// Columns the timeline gets in the wide layout when it has the focus:
/// room for a sentence (60 cells inside its border at 120 columns).
pub const WIDE_TIMELINE_MIN: u16 = 62;

/// The screen layout for `area`: which panes show (the focused one, and in
/// the medium layout `side` next to the article) and where; `zoom` gives
/// the focused pane the whole screen.
pub fn layout(area: Rect, focus: Pane, side: Pane, zoom: bool) -> ScreenLayout {
    let mut out = ScreenLayout {
        area,
        ..ScreenLayout::default()
    };
    if area.width == 0 || area.height == 0 {
        out.kind = LayoutKind::Single;
        return out;
    }
    let kind = if zoom {
        LayoutKind::Zoomed
    } else if area.width >= 120 && area.height >= 20 {
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
            // The focused timeline widens to read a sentence; the article
            // keeps what is left.
            let right = if focus == Pane::Timeline {
                (w * 45 / 100).max(WIDE_TIMELINE_MIN)
            } else {
                (w * 30 / 100).clamp(36, 60)
            };
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
            let share = if focus == Pane::Timeline { 60 } else { 40 };
            let side_w = (body.width * share / 100).max(30);
            let [a, s] = body.layout(&Layout::horizontal([
                Constraint::Min(1),
                Constraint::Length(side_w),
            ]));
            let side = if focus == Pane::Article { side } else { focus };
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
            out.panes = vec![(focus, pane_area)];
        }
        LayoutKind::Zoomed => out.panes = vec![(focus, body)],
    }
    out.inner = out
        .panes
        .iter()
        .map(|(p, r)| (*p, inner(kind, *r)))
        .collect();
    for (pane, r) in &mut out.inner {
        if *pane == Pane::Timeline && r.height >= 8 && r.width >= 12 {
            out.timeline_strip = Some(Rect::new(r.x, r.y, r.width, 1));
            r.y += 1;
            r.height -= 1;
        }
        if *pane == Pane::Timeline && r.height >= 4 {
            out.timeline_header = Some(Rect::new(r.x, r.y, r.width, 1));
            r.y += 1;
            r.height -= 1;
        }
    }
    out
}

/// Whether a pane of this size gets a border.
pub fn bordered(kind: LayoutKind, r: Rect) -> bool {
    match kind {
        LayoutKind::Single | LayoutKind::Zoomed => r.height >= 8 && r.width >= 20,
        _ => r.height >= 3 && r.width >= 3,
    }
}

/// A pane's content rectangle: inside its border, if it has one.
pub fn inner(kind: LayoutKind, r: Rect) -> Rect {
    if bordered(kind, r) {
        r.inner(Margin::new(1, 1))
    } else {
        r
    }
}

/// The tab bar's labels at this width: numbers and names, or numbers alone
/// when the names do not fit.
pub fn tab_labels(width: u16) -> Vec<(Pane, String)> {
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

/// Each tab's rectangle on `bar`, one cell of separator between them.
pub fn tab_rects(bar: Rect) -> Vec<(Pane, Rect)> {
    let mut x = bar.x;
    let mut out = Vec::new();
    for (pane, label) in tab_labels(bar.width) {
        let w = (text::width(&label) as u16).min(bar.right().saturating_sub(x));
        out.push((pane, Rect::new(x, bar.y, w, 1)));
        x = x.saturating_add(w + 1);
    }
    out
}

/// Where the finder popup is drawn (it centres itself within this area).
pub fn finder_area(area: Rect) -> Rect {
    area
}

/// A rectangle of at most `w`×`h` cells centred in `area`.
pub fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let width = w.min(area.width);
    let height = h.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// Where the help overlay goes on a screen of `area`.
pub fn help_area(area: Rect) -> Rect {
    centred(area, 72, area.height.saturating_sub(2).max(3))
}

/// Help lines visible at once on a screen of `area`.
pub fn help_rows(area: Rect) -> usize {
    (help_area(area).height as usize).saturating_sub(2).max(1)
}

/// Where the problems popup goes on a screen of `area`: as tall as its
/// wrapped lines need, at most the screen less a margin.
pub fn problems_area(area: Rect, diagnostics: &[Diagnostic]) -> Rect {
    let width = area.width.min(100);
    let lines = problem_lines(diagnostics, width.saturating_sub(2) as usize)
        .len()
        .max(1) as u16;
    let height = lines
        .saturating_add(2)
        .min(area.height.saturating_sub(4).max(3));
    centred(area, width, height)
}

/// How far the problems popup can scroll on a screen of `area`.
pub fn problems_max_scroll(area: Rect, diagnostics: &[Diagnostic]) -> usize {
    let rect = problems_area(area, diagnostics);
    let inner_h = rect.height.saturating_sub(2) as usize;
    problem_lines(diagnostics, rect.width.saturating_sub(2) as usize)
        .len()
        .max(1)
        .saturating_sub(inner_h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_size_gets_its_layout() {
        let wide = layout(
            Rect::new(0, 0, 160, 45),
            Pane::Timeline,
            Pane::Timeline,
            false,
        );
        assert_eq!(wide.kind, LayoutKind::Wide);
        assert_eq!(wide.panes.len(), 4);
        let medium = layout(
            Rect::new(0, 0, 100, 30),
            Pane::People,
            Pane::Timeline,
            false,
        );
        assert_eq!(medium.kind, LayoutKind::Medium);
        let panes: Vec<Pane> = medium.panes.iter().map(|(p, _)| *p).collect();
        assert_eq!(
            panes,
            [Pane::Article, Pane::People],
            "the focused side pane"
        );
        let medium = layout(
            Rect::new(0, 0, 100, 30),
            Pane::Article,
            Pane::Stories,
            false,
        );
        let panes: Vec<Pane> = medium.panes.iter().map(|(p, _)| *p).collect();
        assert_eq!(panes, [Pane::Article, Pane::Stories], "the remembered side");
        let single = layout(Rect::new(0, 0, 60, 20), Pane::People, Pane::Timeline, false);
        assert_eq!(single.kind, LayoutKind::Single);
        assert_eq!(single.panes[0].0, Pane::People);
        assert_eq!(single.tabs.len(), 4);
        assert_eq!(
            single.tab_at(single.tabs[2].1.x, single.tabs[2].1.y),
            Some(Pane::Timeline)
        );
    }

    #[test]
    fn every_rectangle_stays_inside_the_screen() {
        for w in 0..130 {
            for h in [0, 1, 2, 5, 8, 19, 20, 33] {
                let area = Rect::new(0, 0, w, h);
                let l = layout(area, Pane::Article, Pane::People, false);
                let all = l
                    .panes
                    .iter()
                    .chain(&l.inner)
                    .chain(&l.tabs)
                    .map(|(_, r)| *r);
                let c = centred(area, 72, 40);
                for r in all.chain(l.status).chain(l.tab_bar).chain([c]) {
                    // An empty rectangle (a tab squeezed out) covers nothing.
                    assert!(
                        r.is_empty() || (r.right() <= area.right() && r.bottom() <= area.bottom()),
                        "{w}x{h}: {r:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_focused_timeline_has_room_for_a_sentence() {
        let area = Rect::new(0, 0, 120, 40);
        let l = layout(area, Pane::Timeline, Pane::Timeline, false);
        assert_eq!(l.kind, LayoutKind::Wide);
        let inner = l.inner_of(Pane::Timeline).unwrap();
        assert!(inner.width >= 60, "{inner:?}");
        let header = l.timeline_header.unwrap();
        assert_eq!((header.y + 1, header.width), (inner.y, inner.width));
        let strip = l.timeline_strip.unwrap();
        assert_eq!(strip.y + 1, header.y);
        let unfocused = layout(area, Pane::Article, Pane::Article, false);
        assert!(unfocused.inner_of(Pane::Timeline).unwrap().width < 60);
    }

    #[test]
    fn zoom_gives_the_focused_pane_the_whole_screen() {
        for (w, h) in [(160, 45), (100, 30), (40, 15)] {
            let area = Rect::new(0, 0, w, h);
            let l = layout(area, Pane::Article, Pane::People, true);
            assert_eq!(l.kind, LayoutKind::Zoomed);
            assert_eq!(l.panes, vec![(Pane::Article, Rect::new(0, 0, w, h - 1))]);
            assert_eq!(l.tab_bar, None);
        }
    }

    #[test]
    fn panes_never_overlap_from_twenty_columns_up() {
        for w in 20..=200 {
            for h in [6, 15, 24, 40, 45] {
                for focus in Pane::ALL {
                    for zoom in [false, true] {
                        let area = Rect::new(0, 0, w, h);
                        let l = layout(area, focus, Pane::People, zoom);
                        assert!(l.panes.iter().any(|(p, _)| *p == focus), "{w}x{h}");
                        for (i, (_, a)) in l.panes.iter().enumerate() {
                            assert!(a.right() <= w && a.bottom() <= h, "{w}x{h}: {a:?}");
                            for (_, b) in &l.panes[i + 1..] {
                                assert!(!a.intersects(*b), "{w}x{h}: {a:?} {b:?}");
                            }
                        }
                    }
                }
            }
        }
    }
}
