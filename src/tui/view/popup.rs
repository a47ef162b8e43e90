//! The date explanation (`x`) and loader problems (`e`) popups.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::popup_frame;
use crate::model::{Anchor, EventKind, Severity};
use crate::tui::app::App;
use crate::tui::wrap;

/// What the explanation popup says about `event`.
pub fn explain_lines(app: &App, event: usize) -> Vec<Line<'static>> {
    let t = &app.theme;
    let Some(e) = app.index.events.get(event) else {
        return vec![Line::raw("This event no longer exists.")];
    };
    let x = &e.timex;
    let story = app.index.story(e.story);
    let mut out = Vec::new();
    let date = x
        .range
        .map(|r| r.display(x.precision, true))
        .unwrap_or_else(|| "unresolved".into());
    let precision = x.precision.map(|p| p.as_str()).unwrap_or("unknown");
    let label = |s: &str| Span::styled(format!("{s:<9}"), t.status_key);
    if e.kind == EventKind::Publication {
        out.push(Line::from(vec![label("Date"), Span::styled(date, t.title)]));
        out.push(Line::from(vec![
            label("Phrase"),
            Span::raw(format!("the publication date ({})", x.text)),
        ]));
    } else {
        out.push(Line::from(vec![
            label("Phrase"),
            Span::styled(format!("“{}”", x.text), t.date.patch(t.title)),
        ]));
        out.push(Line::from(vec![
            label("Date"),
            Span::styled(date, t.title),
            Span::styled(format!("  {} · {} precision", x.value, precision), t.dim),
        ]));
    }
    let anchor = match &x.explanation.anchor {
        Anchor::None => "none: the date is complete as written".to_string(),
        Anchor::Dct { date } => format!(
            "the story's publication date, {}",
            date.format("%a %-d %b %Y")
        ),
        Anchor::Previous { text, value } => {
            format!("the earlier date “{text}” ({value})")
        }
    };
    out.push(Line::from(vec![label("Anchor"), Span::raw(anchor)]));
    out.push(Line::from(vec![
        label("Why"),
        Span::raw(x.explanation.rule.clone()),
    ]));
    out.push(Line::default());
    out.push(Line::from(vec![
        label("Story"),
        Span::raw(story.title.clone()),
    ]));
    if let Some(group) = app
        .event_group
        .get(event)
        .copied()
        .flatten()
        .and_then(|g| app.index.groups.get(g))
        && group.stories.len() > 1
    {
        let others: Vec<String> = group
            .stories
            .iter()
            .filter(|&&s| s != e.story)
            .map(|&s| app.index.story(s).title.clone())
            .collect();
        out.push(Line::from(vec![
            label("Also in"),
            Span::raw(others.join(" · ")),
        ]));
    }
    let sentence = app.index.event_sentence(event);
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
        out.push(Line::from(vec![
            Span::raw(piece(s0..a)),
            Span::styled(piece(a..b), t.date.patch(t.title)),
            Span::raw(piece(b..s1)),
        ]));
    }
    out
}

pub fn explain(app: &App, frame: &mut Frame, area: Rect, event: usize) {
    let inner = popup_frame(app, frame, area, 76, 16, "Why this date", "Esc close");
    frame.render_widget(
        Paragraph::new(explain_lines(app, event)).wrap(Wrap { trim: false }),
        inner,
    );
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
    let diags = &app.index.corpus.diagnostics;
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
                wrap::wrap(&whole, width)
                    .into_iter()
                    .map(|r| Line::raw(whole.get(r).unwrap_or("").to_string())),
            );
            continue;
        }
        for (i, r) in wrap::wrap(&body, width - indent).into_iter().enumerate() {
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
    let diags = &app.index.corpus.diagnostics;
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
