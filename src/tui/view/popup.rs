//! The date explanation (`x`) and loader problems (`e`) popups.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::popup_frame;
use crate::model::{Anchor, EventKind, Severity};
use crate::tui::app::App;

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

pub fn problems(app: &App, frame: &mut Frame, area: Rect, scroll: usize) {
    let t = &app.theme;
    let diags = &app.index.corpus.diagnostics;
    let title = format!("Load problems ({})", diags.len());
    let inner = popup_frame(
        app,
        frame,
        area,
        100,
        area.height.saturating_sub(4).max(3),
        &title,
        "Esc close · j/k scroll",
    );
    let lines: Vec<Line> = if diags.is_empty() {
        vec![Line::styled(
            "No problems: every file loaded cleanly.",
            t.dim,
        )]
    } else {
        diags
            .iter()
            .map(|d| {
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
                Line::from(vec![
                    Span::styled(format!("{:<7} ", d.severity.to_string()), style),
                    Span::styled(at, t.dim),
                    Span::raw(format!("  {}", d.message)),
                ])
            })
            .collect()
    };
    let max = lines.len().saturating_sub(inner.height as usize);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max) as u16, 0)),
        inner,
    );
}
