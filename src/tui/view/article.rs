//! The article pane: the story wrapped by cells (cached per width), date
//! expressions underlined, names styled by kind, the selected event's
//! sentence and the focused entity's mentions emphasised.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};

use crate::model::{EventKind, StoryIx};
use crate::tui::app::App;
use crate::tui::wrap::{ArticleLayout, ArticleLine};

pub fn render(app: &App, frame: &mut Frame, area: Rect, _focused: bool) {
    if area.is_empty() {
        return;
    }
    let t = &app.theme;
    let (Some(story), Some(layout)) = (app.article.story, &app.article.layout) else {
        let text = vec![
            Line::styled("No story to show.", t.dim),
            Line::styled(
                "Open files with `dateline PATH…`; `dateline check PATH` lists load problems.",
                t.dim,
            ),
        ];
        frame.render_widget(
            Paragraph::new(text).wrap(ratatui::widgets::Wrap { trim: true }),
            area,
        );
        return;
    };
    let s = app.index.story(StoryIx(story));
    let event = app
        .article
        .event
        .and_then(|e| app.index.events().get(e).map(|ev| (e, ev)))
        .filter(|(_, ev)| ev.story.0 == story);
    let publication_selected = event.is_some_and(|(_, e)| e.kind == EventKind::Publication);
    let sentence = match event {
        Some((_, e)) => (e.kind == EventKind::Mention).then(|| (e.paragraph, e.sentence.clone())),
        None => app.article.passage.clone(),
    };
    let focus = app.entity_focus.as_ref().map(|f| f.id);
    let pad = if area.width > 2 { 1 } else { 0 };
    let height = area.height as usize;
    let mut lines: Vec<Line> = layout
        .lines
        .iter()
        .skip(app.article.scroll)
        .take(height)
        .map(|line| match line {
            ArticleLine::Title(text) => Line::styled(text.as_str(), t.title),
            ArticleLine::Meta(text) => Line::styled(
                text.as_str(),
                if publication_selected {
                    t.sentence
                } else {
                    t.dim
                },
            ),
            ArticleLine::Blank => Line::default(),
            ArticleLine::Body { para, range } => {
                let text = s.paragraphs.get(*para).map(String::as_str).unwrap_or("");
                body_line(
                    app,
                    layout,
                    text,
                    *para,
                    range.clone(),
                    sentence.as_ref(),
                    focus,
                )
            }
        })
        .collect();
    if s.paragraphs.iter().all(|p| p.trim().is_empty()) && lines.len() < height {
        // A story that loaded without text: say so rather than show a
        // title over an empty pane.
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(
            "This story has no text. `e` lists load problems.",
            t.dim,
        ));
    }
    let text_area = Rect {
        x: area.x + pad,
        width: area.width.saturating_sub(pad * 2),
        ..area
    };
    frame.render_widget(Paragraph::new(lines), text_area);
    if layout.lines.len() > height && area.width > 2 {
        let mut state = ScrollbarState::new(layout.lines.len().saturating_sub(height))
            .position(app.article.scroll)
            .viewport_content_length(height);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight)
                .begin_symbol(None)
                .end_symbol(None)
                .track_symbol(Some(" "))
                .thumb_style(t.dim),
            area,
            &mut state,
        );
    }
}

/// One wrapped line of a paragraph, cut into spans wherever its style
/// changes.
fn body_line<'a>(
    app: &App,
    layout: &ArticleLayout,
    text: &'a str,
    para: usize,
    range: Range<usize>,
    sentence: Option<&(usize, Range<usize>)>,
    focus: Option<crate::model::EntityId>,
) -> Line<'a> {
    let t = &app.theme;
    let dates = layout
        .dates
        .get(para)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let names = layout
        .names
        .get(para)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let sentence = sentence.filter(|(p, _)| *p == para).map(|(_, r)| r.clone());
    let mut cuts = vec![range.start, range.end];
    let mut add = |r: &Range<usize>| {
        for x in [r.start, r.end] {
            if x > range.start && x < range.end && text.is_char_boundary(x) {
                cuts.push(x);
            }
        }
    };
    dates.iter().for_each(&mut add);
    names.iter().for_each(|(r, _)| add(r));
    if let Some(r) = &sentence {
        add(r);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let overlaps = |r: &Range<usize>, a: usize, b: usize| r.start < b && a < r.end;
    let spans: Vec<Span> = cuts
        .windows(2)
        .filter_map(|w| {
            let (a, b) = (w[0], w[1]);
            let piece = text.get(a..b)?;
            let mut style = Style::new();
            let in_sentence = sentence.as_ref().is_some_and(|r| overlaps(r, a, b));
            if in_sentence {
                style = style.patch(t.sentence);
            }
            for (r, id) in names {
                if overlaps(r, a, b) {
                    let kind = app.index.entity(*id).kind;
                    // On the sentence's dark background the kind colours
                    // (blue above all) are unreadable: names there are set
                    // in the sentence's own colour, in bold.
                    style = if in_sentence {
                        style.patch(t.sentence_name)
                    } else {
                        style.patch(t.entity(kind))
                    };
                    if focus == Some(*id) {
                        style = style.patch(t.focus_mention);
                    }
                }
            }
            if dates.iter().any(|r| overlaps(r, a, b)) {
                style = style.patch(t.date);
                // A date the analyst corrected stands out from the tagger's.
                let corrected = app.article.story.and_then(|story| {
                    app.index
                        .event_at(crate::model::StoryIx(story), para, a)
                        .filter(|&e| app.index.original_timex(e).is_some())
                });
                if corrected.is_some() {
                    style = style.patch(t.warning);
                }
            }
            Some(Span::styled(piece, style))
        })
        .collect();
    Line::from(spans)
}
