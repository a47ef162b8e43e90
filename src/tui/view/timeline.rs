//! The timeline pane: every event in date order under year and month
//! headings; each row has the date at its precision, a summary from its
//! sentence and its story. Publication dates carry their own marker, and
//! so do dates other stories give differently (`≠`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{readable_title, row};
use crate::model::{EventId, EventKind, LabelForm};
use crate::text;
use crate::tui::app::App;
use crate::tui::config::DateStyle;
use crate::tui::density::{Density, density};
use crate::tui::pane::{TimelineRow, month_key};

/// A one-line summary of an event in at most `room` cells: its sentence,
/// shifted so the date phrase is visible, as (before, phrase, after).
pub fn summary(app: &App, event: usize, room: usize) -> (String, String, String) {
    let e = &app.index.events()[event];
    if e.kind == EventKind::Publication {
        let text = format!(
            "Published: {}",
            readable_title(&app.index.story(e.story).title)
        );
        return (text::truncate(&text, room), String::new(), String::new());
    }
    crate::index::excerpt::sentence_around(&app.index, EventId(event), room)
}

/// The sticky line above the timeline's rows: the year and month of the
/// first row on screen, so the year stays in view however far it scrolls.
pub fn render_header(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let Some(text) = sticky_label(app) else {
        return;
    };
    let line = Line::styled(text::truncate(&text, area.width as usize), t.header);
    frame.render_widget(Paragraph::new(line), area);
}

/// The density strip: a bar per month (or year) of the listed events, the
/// selected event's column marked.
pub fn render_strip(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let tl = &app.timeline;
    let d = density(&app.index, &tl.events, area.width as usize);
    let max = d.max();
    let selected = d.column_of(&app.index, &tl.events, tl.selected);
    let spans: Vec<Span> = d
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let bar = Density::bar(c.count, max).to_string();
            let style = if Some(i) == selected {
                t.selection(true)
            } else {
                t.date
            };
            Span::styled(bar, style)
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// `2014 · November` for the first row on screen (the year alone for an
/// event dated no finer than its year). When the first row is a year's own
/// heading, the line names the span listed instead: `2014–2015 · 9 events`.
pub fn sticky_label(app: &App) -> Option<String> {
    let tl = &app.timeline;
    let (year, month) = match *tl.rows.get(tl.offset)? {
        TimelineRow::Year(_) => {
            let year_of = |e: Option<&usize>| month_key(&app.index, *e?).map(|(y, _)| y);
            let (first, last) = (year_of(tl.events.first())?, year_of(tl.events.last())?);
            let n = tl.events.len();
            let span = if first == last {
                first.to_string()
            } else {
                format!("{first}–{last}")
            };
            return Some(format!(
                "{span} · {n} event{}",
                if n == 1 { "" } else { "s" }
            ));
        }
        TimelineRow::Month(y, m) => (y, Some(m)),
        TimelineRow::Event(pos) => month_key(&app.index, *tl.events.get(pos)?)?,
    };
    Some(match month {
        Some(m) => format!("{year} · {}", month_name(m)),
        None => year.to_string(),
    })
}

pub fn render(app: &App, frame: &mut Frame, area: Rect, focused: bool) {
    if area.is_empty() {
        return;
    }
    let t = &app.theme;
    if app.timeline.events.is_empty() {
        let text = if !app.filter.is_empty() || app.starred_only {
            "No events pass these filters. :clear drops them.".to_string()
        } else if app.entity_focus.is_some() {
            let esc = app.key(
                crate::tui::keymap::Context::Global,
                crate::tui::action::Action::Escape,
            );
            format!("No dated events mention this name. {esc} clears the filter.")
        } else {
            "No dated events found in these stories.".to_string()
        };
        frame.render_widget(
            Paragraph::new(Line::styled(text, t.dim)).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    }
    let w = area.width as usize;
    let many_stories = app.index.corpus().stories.len() > 1;
    // Narrow panes drop the weekday and the marker's padding.
    let compact = w < 32;
    let iso = app.settings.dates == DateStyle::Iso;
    let date_w = match (compact, iso) {
        (true, _) => 6,
        (false, false) => 11,
        (false, true) => 10,
    };
    let lines: Vec<Line> = app
        .timeline
        .rows
        .iter()
        .skip(app.timeline.offset)
        .take(area.height as usize)
        .map(|r| match *r {
            TimelineRow::Year(y) => Line::styled(text::truncate(&y.to_string(), w), t.header),
            TimelineRow::Month(_, m) => {
                Line::styled(text::truncate(&format!(" {}", month_name(m)), w), t.header)
            }
            TimelineRow::Event(pos) => {
                let ei = app.timeline.events[pos];
                let e = &app.index.events()[ei];
                let publication = e.kind == EventKind::Publication;
                // ≠: other stories date this happening on another day.
                let disputed = app.index.event_disagreement(EventId(ei)).is_some();
                let marker = match (publication, disputed, compact) {
                    (true, _, false) => " ◆ ",
                    (false, true, false) => " ≠ ",
                    (false, false, false) => " • ",
                    (true, _, true) => "◆",
                    (false, true, true) => "≠",
                    (false, false, true) => "•",
                };
                let form = match (compact, iso) {
                    (_, true) => LabelForm::Iso,
                    (true, false) => LabelForm::Compact,
                    (false, false) => LabelForm::Short,
                };
                let mut date = e.timex.date_label(form).unwrap_or_default();
                if iso && compact && date.len() > 5 && date.as_bytes()[4] == b'-' {
                    // Under its year heading: 11-05.
                    date.drain(..5);
                }
                // An ISO interval (2013-11-23/24) keeps its end: the row's
                // summary gives up the cells instead.
                let date = if iso && !compact {
                    format!("{date:<date_w$} ")
                } else {
                    format!("{:<date_w$} ", text::truncate(&date, date_w))
                };
                let mut tail = String::new();
                // ✎ a corrected date, ✦ a starred event (or story).
                if app.index.original_timex(EventId(ei)).is_some() {
                    tail.push_str(" ✎");
                }
                if app.is_starred(ei) {
                    tail.push_str(" ✦");
                }
                if let Some(group) = app.index.group_of(EventId(ei))
                    && group.stories.len() > 1
                {
                    // ▸ a folded group (→ opens it), ▾ an open one.
                    let mark = if app.timeline.is_folded(&app.index, pos) {
                        '▸'
                    } else {
                        '▾'
                    };
                    tail.push_str(&format!(" {mark}×{}", group.stories.len()));
                }
                // A publication row already names its story in full.
                if many_stories && w >= 44 && !publication {
                    // The story's title: a source ("AP") is shared by many
                    // stories and would not tell them apart. A wide pane
                    // gives it more room, the sentence keeping the most.
                    let s = app.index.story(e.story);
                    let story_w = (w / 5).clamp(10, 24);
                    // Two spaces keep it apart from a summary that fills
                    // its room ("…the following month  Obama wri…").
                    tail.push_str(&format!(
                        "  {}",
                        text::truncate(&readable_title(&s.title), story_w)
                    ));
                }
                let fixed = text::width(marker) + text::width(&date) + text::width(&tail);
                let room = w.saturating_sub(fixed);
                let (before, phrase, after) = summary(app, ei, room);
                let pad = room.saturating_sub(
                    text::width(&before) + text::width(&phrase) + text::width(&after),
                );
                let style = if publication { t.publication } else { t.text };
                let date_style = if publication { t.publication } else { t.title };
                let marker_style = if disputed { t.warning } else { style };
                let spans = vec![
                    Span::styled(marker, marker_style),
                    Span::styled(date, date_style),
                    Span::styled(before, style),
                    Span::styled(phrase, style.patch(t.date)),
                    Span::styled(after, style),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(tail, t.dim),
                ];
                let sel = (pos == app.timeline.selected).then_some(t.selection(focused));
                row(spans, area.width, sel)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// "January" for 1, as the timeline's month headings write it.
fn month_name(month: u32) -> &'static str {
    u8::try_from(month)
        .ok()
        .and_then(|m| chrono::Month::try_from(m).ok())
        .map_or("", |m| m.name())
}
