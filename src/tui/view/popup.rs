//! The date explanation (`x`) and loader problems (`e`) popups.

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
    out.push(Line::default());
    row(&mut out, "Story", vec![Span::raw(story.title.clone())]);
    if let Some(group) = app
        .event_group
        .get(event)
        .copied()
        .flatten()
        .and_then(|g| app.index.groups().get(g))
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
        area,
        width,
        height,
        "Why this date",
        "Esc close",
    );
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Cells before a diagnostic's text: the severity label, also the hanging
/// indent of its continuation lines.
const SEVERITY_W: usize = 8;

/// Where the problems popup goes on a screen of `area`: as tall as its
/// wrapped lines need, at most the screen less a margin.
pub fn problems_area(app: &App, area: Rect) -> Rect {
    let width = area.width.min(100);
    let lines = problems_lines(app, width.saturating_sub(2) as usize).len() as u16;
    let height = lines
        .saturating_add(2)
        .min(area.height.saturating_sub(4).max(3));
    super::centred(area, width, height)
}

/// The problems popup's lines wrapped to `width` cells, each diagnostic's
/// continuation lines indented under its location.
pub fn problems_lines(app: &App, width: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let diags = &app.index.corpus().diagnostics;
    if diags.is_empty() {
        return vec![Line::styled(
            "No problems: every file loaded cleanly.",
            t.dim,
        )];
    }
    let indent = if width > SEVERITY_W + 8 {
        SEVERITY_W
    } else {
        0
    };
    let mut out = Vec::new();
    for d in diags {
        let style = match d.severity {
            Severity::Error => t.error,
            Severity::Warning => t.warning,
        };
        let mut at = d.path.display().to_string();
        if let Some(l) = d.line {
            at.push_str(&format!(":{l}"));
            if let Some(c) = d.column {
                at.push_str(&format!(":{c}"));
            }
        }
        let label = format!("{:<w$}", d.severity.to_string(), w = SEVERITY_W);
        let body = format!("{at}  {}", d.message);
        let split = at.len();
        if indent == 0 {
            // Too narrow for a hanging indent: plain wrapped lines.
            let whole = format!("{label}{body}");
            out.extend(
                text::wrap(&whole, width)
                    .into_iter()
                    .map(|r| Line::raw(whole.get(r).unwrap_or("").to_string())),
            );
            continue;
        }
        for (i, r) in text::wrap(&body, width - indent).into_iter().enumerate() {
            let mut spans = vec![if i == 0 {
                Span::styled(label.clone(), style)
            } else {
                Span::raw(" ".repeat(indent))
            }];
            let cut = split.clamp(r.start, r.end);
            if cut > r.start {
                spans.push(Span::styled(body[r.start..cut].to_string(), t.dim));
            }
            if r.end > cut {
                spans.push(Span::raw(body[cut..r.end].to_string()));
            }
            out.push(Line::from(spans));
        }
    }
    out
}

/// How far the problems popup can scroll on a screen of `area`.
pub fn problems_max_scroll(app: &App, area: Rect) -> usize {
    let rect = problems_area(app, area);
    let inner_h = rect.height.saturating_sub(2) as usize;
    problems_lines(app, rect.width.saturating_sub(2) as usize)
        .len()
        .saturating_sub(inner_h)
}

pub fn problems(app: &App, frame: &mut Frame, area: Rect, scroll: usize) {
    let diags = &app.index.corpus().diagnostics;
    let title = format!("Load problems ({})", diags.len());
    let rect = problems_area(app, area);
    let inner = popup_frame(
        app,
        frame,
        area,
        rect.width,
        rect.height,
        &title,
        "Esc close · j/k scroll",
    );
    let lines = problems_lines(app, inner.width as usize);
    let max = lines.len().saturating_sub(inner.height as usize);
    frame.render_widget(
        Paragraph::new(lines).scroll((scroll.min(max) as u16, 0)),
        inner,
    );
}
