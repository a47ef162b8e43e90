//! The date explanation (`x`, with every side when stories date the
//! happening differently) and loader problems (`e`) popups.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::popup_frame;
use crate::model::{
    Anchor, DateRange, EventId, EventKind, LabelForm, Precision, Severity, date_label,
};
use crate::text;
use crate::tui::app::App;
use crate::tui::layout::{centred, problems_area};
use crate::tui::wrap::problem_lines;

/// Cells taken by the labels of the explanation popup.
const LABEL_W: usize = 9;

/// `spans` wrapped to `width` cells by word, every line after the first
/// indented by `indent` cells and the first prefixed by `first`.
fn hanging(
    first: Span<'static>,
    spans: Vec<Span<'static>>,
    indent: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
    let mut bounds = Vec::with_capacity(spans.len());
    let mut at = 0;
    for s in &spans {
        bounds.push((at, at + s.content.len(), s.style));
        at += s.content.len();
    }
    let indent = if width > indent + 8 { indent } else { 0 };
    let mut out = Vec::new();
    for (i, r) in text::wrap(&text, width.saturating_sub(indent))
        .into_iter()
        .enumerate()
    {
        let mut line = vec![if i == 0 {
            first.clone()
        } else {
            Span::raw(" ".repeat(indent))
        }];
        for &(a, b, style) in &bounds {
            let (a, b) = (a.max(r.start), b.min(r.end));
            if a < b
                && let Some(piece) = text.get(a..b)
            {
                line.push(Span::styled(piece.to_string(), style));
            }
        }
        out.push(Line::from(line));
    }
    out
}

/// What the explanation popup says about `event`, wrapped to `width` cells
/// with each value's continuation lines indented under the value.
pub fn explain_lines(app: &App, event: usize, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let Some(e) = app.index.events().get(event) else {
        return vec![Line::raw("This event no longer exists.")];
    };
    let x = &e.timex;
    let story = app.index.story(e.story);
    let mut out = Vec::new();
    let date = x
        .date_label(LabelForm::Long)
        .unwrap_or_else(|| "unresolved".into());
    let precision = x.precision.map(|p| p.as_str()).unwrap_or("unknown");
    let label = |s: &str| Span::styled(format!("{s:<LABEL_W$}"), t.status_key);
    let indent = if width > LABEL_W + 8 { LABEL_W } else { 0 };
    let row = |out: &mut Vec<Line<'static>>, name: &str, value: Vec<Span<'static>>| {
        out.extend(hanging(label(name), value, indent, width));
    };
    if e.kind == EventKind::Publication {
        row(&mut out, "Date", vec![Span::styled(date, t.title)]);
        row(
            &mut out,
            "From",
            vec![Span::raw(format!(
                "the story's own publication date, given as “{}”",
                x.text
            ))],
        );
    } else {
        row(
            &mut out,
            "Phrase",
            vec![Span::styled(format!("“{}”", x.text), t.date.patch(t.title))],
        );
        row(
            &mut out,
            "Date",
            vec![
                Span::styled(date, t.title),
                Span::styled(format!("  {} · {} precision", x.value, precision), t.dim),
            ],
        );
    }
    let anchor = match &x.explanation.anchor {
        Anchor::None => "none: the date is complete as written".to_string(),
        Anchor::Dct { date } => format!(
            "the story's publication date, {}",
            date_label(
                &DateRange::day(*date),
                Some(Precision::Day),
                None,
                LabelForm::Long
            )
        ),
        Anchor::Previous { text, value } => {
            format!("the earlier date “{text}” ({value})")
        }
    };
    row(&mut out, "Anchor", vec![Span::raw(anchor)]);
    row(&mut out, "Why", vec![Span::raw(x.explanation.rule.clone())]);
    let key = app.event_key(event);
    if let Some(original) = app.index.original_timex(EventId(event)) {
        let was = original
            .date_label(LabelForm::Long)
            .unwrap_or_else(|| original.value.clone());
        row(
            &mut out,
            "Was",
            vec![
                Span::styled("✎ ", t.warning),
                Span::raw(format!("the tagger read {was}")),
                Span::styled(format!("  {}", original.value), t.dim),
            ],
        );
        if let Some(c) = app.workspace.corrections.get(&key) {
            row(
                &mut out,
                "When",
                vec![Span::raw(format!(
                    "corrected {} · typed “{}”",
                    c.at, c.typed
                ))],
            );
        }
    }
    if app.is_starred(event) {
        let what = if app.workspace.starred_events.contains(&key) {
            "this event"
        } else {
            "its story"
        };
        row(&mut out, "Starred", vec![Span::raw(format!("✦ {what}"))]);
    }
    if let Some(n) = app.workspace.notes.get(&key) {
        row(
            &mut out,
            "Note",
            vec![Span::styled(n.text.clone(), t.title)],
        );
    }
    out.push(Line::default());
    row(&mut out, "Story", vec![Span::raw(story.title.clone())]);
    if let Some(group) = app.index.group_of(EventId(event))
        && group.stories.len() > 1
    {
        let others: Vec<String> = group
            .stories
            .iter()
            .filter(|&&s| s != e.story)
            .map(|&s| app.index.story(s).title.clone())
            .collect();
        row(&mut out, "Also in", vec![Span::raw(others.join(" · "))]);
    }
    if let Some(d) = app.index.disagreement_of(EventId(event)) {
        out.push(Line::default());
        out.push(Line::styled(
            text::truncate("Other stories date this differently:", width),
            t.warning,
        ));
        for &side in &d.events {
            let ev = app.index.event(side);
            let day = ev
                .timex
                .date_label(LabelForm::Short)
                .unwrap_or_else(|| ev.timex.value.clone());
            let here = if side.0 == event { " (this story)" } else { "" };
            out.extend(hanging(
                Span::raw("  "),
                vec![
                    Span::styled(day, t.title),
                    Span::raw("  "),
                    Span::styled(format!("“{}”", ev.timex.text), t.date),
                    Span::raw(format!(
                        "  in {}{here}",
                        crate::tui::view::readable_title(&app.index.story(ev.story).title)
                    )),
                ],
                4,
                width,
            ));
        }
    }
    let sentence = app.index.event_sentence(EventId(event));
    if !sentence.trim().is_empty() {
        out.push(Line::default());
        let para = story
            .paragraphs
            .get(e.paragraph)
            .map(String::as_str)
            .unwrap_or("");
        let (s0, s1) = (e.sentence.start, e.sentence.end);
        let (a, b) = (x.start.clamp(s0, s1), x.end.clamp(s0, s1));
        let piece = |r: std::ops::Range<usize>| para.get(r).unwrap_or("").to_string();
        out.extend(hanging(
            Span::raw(""),
            vec![
                Span::raw(piece(s0..a)),
                Span::styled(piece(a..b), t.date.patch(t.title)),
                Span::raw(piece(b..s1)),
            ],
            0,
            width,
        ));
    }
    out
}

pub fn explain(app: &App, frame: &mut Frame, area: Rect, event: usize) {
    // As tall as the explanation needs, so a long sentence or a list of
    // other stories is not cut off while the screen has room.
    let width = area.width.min(80);
    let lines = explain_lines(app, event, width.saturating_sub(2) as usize);
    let height = (lines.len() as u16).saturating_add(2);
    let inner = popup_frame(
        app,
        frame,
        centred(area, width, height),
        "Why this date",
        "Esc close",
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The problems popup's lines wrapped to `width` cells, each diagnostic's
/// continuation lines indented under its location.
fn problems_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let lines = problem_lines(&app.index.corpus().diagnostics, width);
    if lines.is_empty() {
        return vec![Line::styled(
            "No problems: every file loaded cleanly.",
            t.dim,
        )];
    }
    lines
        .into_iter()
        .map(|l| {
            let mut spans = Vec::new();
            match l.label {
                Some((label, severity)) => {
                    let style = match severity {
                        Severity::Error => t.error,
                        Severity::Warning => t.warning,
                        Severity::Note => t.dim,
                    };
                    spans.push(Span::styled(label, style));
                }
                None if l.indent > 0 => spans.push(Span::raw(" ".repeat(l.indent))),
                None => {}
            }
            if !l.location.is_empty() {
                spans.push(Span::styled(l.location, t.dim));
            }
            if !l.message.is_empty() {
                spans.push(Span::raw(l.message));
            }
            Line::from(spans)
        })
        .collect()
}

pub fn problems(app: &App, frame: &mut Frame, area: Rect, scroll: usize) {
    let diags = &app.index.corpus().diagnostics;
    let title = format!("Load problems ({})", diags.len());
    let rect = problems_area(area, diags);
    let inner = popup_frame(app, frame, rect, &title, "Esc close · j/k scroll");
    let lines = problems_lines(app, inner.width as usize);
    let max = lines.len().saturating_sub(inner.height as usize);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max) as u16, 0)),
        inner,
    );
}
