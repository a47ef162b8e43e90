//! Drawing the finder: a centred popup with the query line, an fzf-style
//! count line, the result list and, when there is room, a preview.

use std::collections::HashMap;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Wrap};

use crate::index::Index;
use crate::index::search::SearchHit;
use crate::index::text::TextHit;
use crate::model::{EntityId, LabelForm, MentionId};
use crate::tui::view::kind_tag;

use super::layout::{Preview, areas};
use super::text::{highlighted, marked, skip_to_fit, spans_width, truncate, width};
use super::{Finder, FinderMode, FinderStyles, Scope};

const PROMPT: &str = "> ";
/// Preview lists stop after this many entries.
const PREVIEW_ITEMS: usize = 5;

/// Draw the finder as a centred popup within `area`.
pub fn render(
    finder: &Finder,
    index: &Index,
    styles: &FinderStyles,
    frame: &mut Frame,
    area: Rect,
) {
    let area = area.intersection(frame.area());
    if area.is_empty() {
        return;
    }
    let a = areas(area);
    frame.render_widget(Clear, a.popup);
    let block = Block::new()
        .style(styles.text)
        .borders(Borders::ALL)
        .border_style(styles.border)
        .title(Line::styled(title(finder), styles.title));
    let hints = match finder.mode {
        FinderMode::Entities => " Tab scope · ^T stories ",
        FinderMode::Stories => " ^T story text ",
        FinderMode::Text => " ^T names ",
    };
    let block = if usize::from(a.popup.width) > width(&title(finder)) + width(hints) + 4 {
        block.title(Line::styled(hints, styles.dim).right_aligned())
    } else {
        block
    };
    frame.render_widget(block, a.popup);
    let buf = frame.buffer_mut();
    if let Some(cursor) = draw_query(finder, styles, buf, a.query) {
        frame.set_cursor_position(cursor);
    }
    let buf = frame.buffer_mut();
    draw_count(finder, styles, buf, a.count);
    draw_list(finder, index, styles, buf, a.list);
    if let Some(p) = a.preview {
        draw_preview(finder, index, styles, buf, p);
        join_rules(buf, p, a.count, styles.border);
    }
}

/// Where the preview's rule meets the border or the count line, draw the
/// junction so the frame reads as one piece.
fn join_rules(buf: &mut Buffer, preview: Preview, count: Rect, style: Style) {
    let area = buf.area;
    let mut put = |x: u16, y: u16, symbol: &str| {
        if area.contains(Position { x, y }) {
            buf[(x, y)].set_symbol(symbol).set_style(style);
        }
    };
    match preview {
        Preview::Right(r) if r.width >= 4 && r.height > 0 => {
            if !count.is_empty() && count.y + 1 == r.y {
                put(r.x, count.y, "┬");
            }
            put(r.x, r.bottom(), "┴");
        }
        Preview::Below(r) if r.width >= 4 && r.height >= 2 => {
            if let Some(x) = r.x.checked_sub(1) {
                put(x, r.y, "├");
            }
            put(r.right(), r.y, "┤");
        }
        _ => {}
    }
}

fn title(finder: &Finder) -> String {
    match finder.mode {
        FinderMode::Stories => " Find stories ".to_string(),
        FinderMode::Text => " Find in story text ".to_string(),
        FinderMode::Entities => {
            let scope = finder.effective_scope();
            let label = match scope {
                Scope::All => "people, organisations, places",
                s => s.label(),
            };
            let prefix = match finder.query.chars().next() {
                Some(c @ ('@' | '#')) => format!(" ({c})"),
                _ => String::new(),
            };
            format!(" Find {label}{prefix} ")
        }
    }
}

/// The query line; returns where the terminal cursor goes.
fn draw_query(
    finder: &Finder,
    styles: &FinderStyles,
    buf: &mut Buffer,
    area: Rect,
) -> Option<Position> {
    if area.is_empty() {
        return None;
    }
    let avail = usize::from(area.width).saturating_sub(width(PROMPT));
    let cursor_byte = finder
        .query
        .char_indices()
        .nth(finder.cursor)
        .map_or(finder.query.len(), |(b, _)| b);
    let before = &finder.query[..cursor_byte];
    // Keep one cell after the cursor free so it is visible at the end.
    let tail = skip_to_fit(before, avail.saturating_sub(1));
    let start = cursor_byte - tail.len();
    let shown = &finder.query[start..];
    let mut spans = vec![Span::styled(PROMPT, styles.title)];
    spans.extend(truncate(
        vec![Span::styled(
            shown.replace(char::is_control, " "),
            styles.text,
        )],
        avail,
    ));
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    let x = usize::from(area.x) + width(PROMPT) + width(tail);
    let x = u16::try_from(x).ok()?;
    (x < area.right()).then_some(Position { x, y: area.y })
}

/// `12/345` like fzf, then a rule; `…` while newer results are coming.
fn draw_count(finder: &Finder, styles: &FinderStyles, buf: &mut Buffer, area: Rect) {
    if area.is_empty() {
        return;
    }
    let r = &finder.results;
    let mut text = if r.capped {
        format!("  {}+/{}", r.matched, r.total)
    } else {
        format!("  {}/{}", r.matched, r.total)
    };
    if !r.capped && r.matched > r.len() {
        text.push_str(&format!(" (top {})", r.len()));
    }
    if finder.is_pending() {
        text.push_str(" …");
    }
    text.push(' ');
    let rule = usize::from(area.width).saturating_sub(width(&text));
    let line = Line::from(vec![
        Span::styled(text, styles.dim),
        Span::styled("─".repeat(rule), styles.border),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// Stories an entity is mentioned in.
fn story_count(index: &Index, id: EntityId) -> usize {
    let mut last = None;
    let mut n = 0;
    for &mi in index.entity_mentions(id) {
        let s = index.mentions().get(mi.0).map(|m| m.story);
        if s != last {
            n += 1;
            last = s;
        }
    }
    n
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn draw_list(finder: &Finder, index: &Index, styles: &FinderStyles, buf: &mut Buffer, area: Rect) {
    if area.is_empty() {
        return;
    }
    let height = usize::from(area.height);
    let n = finder.results.len();
    if n == 0 {
        let msg = if finder.is_pending() {
            "  searching…"
        } else if finder.query.trim().is_empty() && finder.mode == FinderMode::Text {
            "  type words to find in story text"
        } else if finder.query.trim().is_empty() {
            "  nothing to list"
        } else {
            "  no match"
        };
        buf.set_line(area.x, area.y, &Line::styled(msg, styles.dim), area.width);
        return;
    }
    let offset = finder.visible_offset(height);
    let selected = finder.selected.min(n - 1);
    for (row, i) in (offset..n.min(offset + height)).enumerate() {
        let y = area.y + row as u16;
        let rect = Rect {
            y,
            height: 1,
            ..area
        };
        let is_selected = i == selected;
        let base = if is_selected {
            buf.set_style(rect, styles.selected);
            styles.text.patch(styles.selected)
        } else {
            styles.text
        };
        let dim = base.patch(styles.dim);
        let marker = Span::styled(if is_selected { "▌ " } else { "  " }, base);
        let total = usize::from(area.width).saturating_sub(2);
        let (left, right) = match finder.mode {
            FinderMode::Entities => match finder.results.hits.get(i) {
                Some(hit) => entity_row(index, hit, base, dim, styles.matched),
                None => continue,
            },
            FinderMode::Stories => match finder.results.stories.get(i) {
                Some((si, _, pos)) => story_row(index, *si, pos, base, dim, styles.matched),
                None => continue,
            },
            FinderMode::Text => match finder.results.texts.get(i) {
                Some(hit) => text_row(index, hit, total, base, dim, styles.matched),
                None => continue,
            },
        };
        let right_w = spans_width(&right);
        // The name matters more than the figures: drop them when short of room.
        let (right, right_w) = if right_w + 1 + 12 <= total {
            (right, right_w)
        } else {
            (Vec::new(), 0)
        };
        let left = truncate(
            left,
            total.saturating_sub(right_w + usize::from(right_w > 0)),
        );
        let pad = total.saturating_sub(spans_width(&left) + right_w);
        let mut spans = vec![marker];
        spans.extend(left);
        spans.push(Span::styled(" ".repeat(pad), base));
        spans.extend(right);
        buf.set_line(area.x, y, &Line::from(spans), area.width);
    }
}

fn entity_row(
    index: &Index,
    hit: &SearchHit,
    base: Style,
    dim: Style,
    matched: Style,
) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
    let Some(entity) = index.entities().get(hit.entity.0) else {
        return (vec![Span::styled("?", dim)], Vec::new());
    };
    let mut left = vec![Span::styled(format!("{} ", kind_tag(entity.kind)), dim)];
    if hit.alias == entity.name {
        left.extend(highlighted(&entity.name, &hit.matched, base, matched));
    } else if let Some(at) = entity.name.find(hit.alias.as_str()) {
        // The alias is part of the name ("Khalidi" in "Amira Khalidi"):
        // highlight it there rather than repeat it.
        let shift = entity.name[..at].chars().count();
        let positions: Vec<usize> = hit.matched.iter().map(|p| p + shift).collect();
        left.extend(highlighted(&entity.name, &positions, base, matched));
    } else {
        left.extend(highlighted(&entity.name, &[], base, matched));
        left.push(Span::styled(" ~ ", dim));
        left.extend(highlighted(&hit.alias, &hit.matched, base, matched));
    }
    let candidates = candidate_names(index, hit.entity);
    if !candidates.is_empty() {
        // A bare surname several people share: who it may be.
        left.push(Span::styled(format!(" \u{2192} {candidates}"), dim));
    }
    let mentions = index.mention_count(hit.entity);
    let stories = story_count(index, hit.entity);
    let right = vec![Span::styled(
        format!("{mentions}× {}", plural(stories, "story", "stories")),
        dim,
    )];
    (left, right)
}

/// The full names a bare surname may stand for, joined for one line
/// (empty when it stands for one person or is no bare surname).
fn candidate_names(index: &Index, id: EntityId) -> String {
    index
        .candidates(id)
        .iter()
        .filter_map(|c| index.entities().get(c.0))
        .map(|e| e.name.replace(char::is_control, " "))
        .collect::<Vec<_>>()
        .join(", ")
}

fn story_row(
    index: &Index,
    story: usize,
    positions: &[usize],
    base: Style,
    dim: Style,
    matched: Style,
) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
    let Some(s) = index.corpus().stories.get(story) else {
        return (vec![Span::styled("?", dim)], Vec::new());
    };
    let date = s.date().map_or_else(
        || "----------".to_string(),
        |d| d.format("%Y-%m-%d").to_string(),
    );
    let mut left = vec![Span::styled(format!("{date} "), dim)];
    left.extend(highlighted(&s.title, positions, base, matched));
    let right = s
        .source
        .as_ref()
        .map(|src| vec![Span::styled(src.clone(), dim)])
        .unwrap_or_default();
    (left, right)
}

/// A story text hit: its sentence with the matching words highlighted,
/// starting late enough that the first match shows in `room` cells; the
/// story's title on the right.
fn text_row(
    index: &Index,
    hit: &TextHit,
    room: usize,
    base: Style,
    dim: Style,
    matched: Style,
) -> (Vec<Span<'static>>, Vec<Span<'static>>) {
    let Some(paragraph) = index
        .corpus()
        .stories
        .get(hit.story.0)
        .and_then(|s| s.paragraphs.get(hit.paragraph))
    else {
        return (vec![Span::styled("?", dim)], Vec::new());
    };
    let left = passage(paragraph, hit, room, base, matched);
    let title = index
        .corpus()
        .stories
        .get(hit.story.0)
        .map(|s| s.title.replace(char::is_control, " "))
        .unwrap_or_default();
    // The preview shows the title when there is room for one; a wide list
    // shows it too.
    let right = if room >= 80 {
        vec![Span::styled(truncate_str(&title, room / 4), dim)]
    } else {
        Vec::new()
    };
    (left, right)
}

/// `title` cut to `max` cells.
fn truncate_str(title: &str, max: usize) -> String {
    truncate(vec![Span::raw(title.to_string())], max)
        .into_iter()
        .map(|s| s.content.into_owned())
        .collect()
}

/// The sentence of `hit` as spans, its marks highlighted. When it is wider
/// than `room` cells and the text before the first mark takes more than a
/// third of them, that text is cut from the start (by grapheme) to a third
/// of the room after a `…`, so the match shows.
fn passage(
    paragraph: &str,
    hit: &TextHit,
    room: usize,
    base: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let Some(sentence) = paragraph.get(hit.sentence.clone()) else {
        return vec![Span::styled("?", base)];
    };
    let start = hit.sentence.start;
    let first = hit
        .marks
        .first()
        .map_or(0, |m| m.start.saturating_sub(start).min(sentence.len()));
    let lead = room / 3;
    let mut from = 0;
    if let Some(before) = sentence.get(..first)
        && width(sentence) > room
        && width(before) > lead
    {
        let mut w = width(before);
        for (i, g) in unicode_segmentation::UnicodeSegmentation::grapheme_indices(before, true) {
            if w < lead.max(1) {
                break;
            }
            w -= width(g);
            from = i + g.len();
        }
    }
    let shown = &sentence[from..];
    let mut positions = Vec::new();
    for m in &hit.marks {
        let (a, b) = (m.start.saturating_sub(start), m.end.saturating_sub(start));
        if a < from || b > sentence.len() {
            continue;
        }
        let (Some(pre), Some(word)) = (shown.get(..a - from), shown.get(a - from..b - from)) else {
            continue;
        };
        let at = pre.chars().count();
        positions.extend(at..at + word.chars().count());
    }
    let mut spans = Vec::new();
    if from > 0 {
        spans.push(Span::styled("…", base));
    }
    spans.extend(highlighted(shown, &positions, base, matched));
    spans
}

fn draw_preview(
    finder: &Finder,
    index: &Index,
    styles: &FinderStyles,
    buf: &mut Buffer,
    area: Preview,
) {
    // A rule separates the preview from the list; one cell of air on each
    // side of the text.
    let inner = match area {
        Preview::Right(r) => {
            if r.width < 4 || r.height == 0 {
                return;
            }
            for y in r.top()..r.bottom() {
                buf.set_string(r.x, y, "│", styles.border);
            }
            Rect {
                x: r.x + 2,
                width: r.width - 3,
                ..r
            }
        }
        Preview::Below(r) => {
            if r.width < 4 || r.height < 2 {
                return;
            }
            buf.set_string(r.x, r.y, "─".repeat(usize::from(r.width)), styles.border);
            Rect {
                x: r.x + 1,
                y: r.y + 1,
                width: r.width - 2,
                height: r.height - 1,
            }
        }
    };
    let width = usize::from(inner.width);
    let lines = match finder.mode {
        FinderMode::Entities => finder
            .selected_entity()
            .map(|id| entity_preview(index, id, styles, width))
            .unwrap_or_default(),
        FinderMode::Stories => finder
            .selected_story()
            .map(|i| story_preview(index, i, styles, width))
            .unwrap_or_default(),
        FinderMode::Text => finder
            .selected_passage()
            .map(|h| passage_preview(index, h, styles))
            .unwrap_or_default(),
    };
    ratatui::widgets::Widget::render(Paragraph::new(lines).wrap(Wrap { trim: false }), inner, buf);
}

/// A list entry kept on one line, cut with `…` rather than wrapped.
fn one_line(spans: Vec<Span<'static>>, width: usize) -> Line<'static> {
    Line::from(truncate(spans, width))
}

fn heading(text: &str, styles: &FinderStyles) -> Line<'static> {
    Line::styled(text.to_string(), styles.title)
}

/// What the preview shows about an entity: kind and roles, aliases, its
/// stories, its first mention, its events and who it appears with.
fn entity_preview(
    index: &Index,
    id: EntityId,
    styles: &FinderStyles,
    width: usize,
) -> Vec<Line<'static>> {
    let Some(e) = index.entities().get(id.0) else {
        return Vec::new();
    };
    let text = styles.text;
    let dim = styles.dim;
    let mut lines = vec![Line::styled(
        e.name.replace(char::is_control, " "),
        styles.title,
    )];
    let mut kind = e.kind.as_str().to_string();
    if !e.roles.is_empty() {
        kind.push_str(" · ");
        kind.push_str(&e.roles.join(", "));
    }
    lines.push(Line::styled(kind, dim));
    if !e.aliases.is_empty() {
        lines.push(Line::from(vec![
            Span::styled("also ", dim),
            Span::styled(e.aliases.join(", "), text),
        ]));
    }
    let candidates = candidate_names(index, id);
    if !candidates.is_empty() {
        lines.push(Line::from(vec![
            Span::styled("could be ", dim),
            Span::styled(candidates, text),
        ]));
    }
    let mentions: &[MentionId] = index.entity_mentions(id);
    // Stories by how often they mention it, then in story order.
    let mut per_story: Vec<(usize, usize)> = Vec::new();
    for &mi in mentions {
        let Some(m) = index.mentions().get(mi.0) else {
            continue;
        };
        match per_story.iter_mut().find(|(s, _)| *s == m.story.0) {
            Some(slot) => slot.1 += 1,
            None => per_story.push((m.story.0, 1)),
        }
    }
    lines.push(Line::styled(
        format!(
            "{} in {}",
            plural(mentions.len(), "mention", "mentions"),
            plural(per_story.len(), "story", "stories")
        ),
        dim,
    ));
    if !per_story.is_empty() {
        per_story.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        lines.push(Line::default());
        lines.push(heading("Stories", styles));
        for &(si, n) in per_story.iter().take(PREVIEW_ITEMS) {
            let title = index
                .corpus()
                .stories
                .get(si)
                .map_or("?", |s| s.title.as_str());
            lines.push(one_line(
                vec![
                    Span::styled(format!("{n:>3}× "), dim),
                    Span::styled(title.replace(char::is_control, " "), text),
                ],
                width,
            ));
        }
        if per_story.len() > PREVIEW_ITEMS {
            lines.push(Line::styled(
                format!("     and {} more", per_story.len() - PREVIEW_ITEMS),
                dim,
            ));
        }
    }
    if let Some(m) = mentions.first().and_then(|&mi| index.mentions().get(mi.0))
        && let Some(p) = index
            .corpus()
            .stories
            .get(m.story.0)
            .and_then(|s| s.paragraphs.get(m.paragraph))
    {
        lines.push(Line::default());
        lines.push(heading("First mention", styles));
        if let Some(s) = index.corpus().stories.get(m.story.0) {
            let date = s.date().map(|d| format!("{} · ", d.format("%Y-%m-%d")));
            lines.push(one_line(
                vec![Span::styled(
                    format!("{}{}", date.unwrap_or_default(), s.title)
                        .replace(char::is_control, " "),
                    dim,
                )],
                width,
            ));
        }
        let sentence = if m.sentence.start <= m.span.start
            && m.span.end <= m.sentence.end
            && p.get(m.sentence.clone()).is_some()
        {
            m.sentence.clone()
        } else {
            0..p.len()
        };
        let mark =
            m.span.start.saturating_sub(sentence.start)..m.span.end.saturating_sub(sentence.start);
        lines.push(Line::from(marked(&p[sentence], mark, text, styles.matched)));
    }
    let mut events: Vec<usize> = index.entity_events(id).iter().map(|e| e.0).collect();
    events.retain(|&ei| {
        index
            .events()
            .get(ei)
            .is_some_and(|ev| ev.timex.range.is_some())
    });
    if !events.is_empty() {
        events.sort_by_key(|&ei| {
            let ev = &index.events()[ei];
            (
                ev.timex.range.map(|r| r.start),
                ev.timex.precision,
                ev.story,
                ev.paragraph,
                ev.timex.start,
            )
        });
        lines.push(Line::default());
        lines.push(heading("On the timeline", styles));
        for &ei in events.iter().take(PREVIEW_ITEMS) {
            let ev = &index.events()[ei];
            let date = ev.timex.date_label(LabelForm::Long).unwrap_or_default();
            lines.push(one_line(
                vec![
                    Span::styled(format!("{date}  "), text),
                    Span::styled(
                        format!("“{}”", ev.timex.text.replace(char::is_control, " ")),
                        dim,
                    ),
                ],
                width,
            ));
        }
        if events.len() > PREVIEW_ITEMS {
            lines.push(Line::styled(
                format!("and {} more", events.len() - PREVIEW_ITEMS),
                dim,
            ));
        }
    }
    let with = co_mentions(index, id);
    if !with.is_empty() {
        lines.push(Line::default());
        lines.push(heading("Appears with", styles));
        for (other, n) in with.into_iter().take(PREVIEW_ITEMS) {
            let Some(o) = index.entities().get(other.0) else {
                continue;
            };
            lines.push(one_line(
                vec![
                    Span::styled(format!("{n:>3}× "), dim),
                    Span::styled(o.name.replace(char::is_control, " "), text),
                    Span::styled(format!(" {}", kind_tag(o.kind)), dim),
                ],
                width,
            ));
        }
    }
    lines
}

/// [`Index::co_mentions`], guarded against an index whose tables disagree.
fn co_mentions(index: &Index, id: EntityId) -> Vec<(EntityId, usize)> {
    let consistent = id.0 < index.entities().len() && {
        let ms = index.entity_mentions(id);
        ms.iter().all(|&mi| {
            index.mentions().get(mi.0).is_some_and(|m| {
                index
                    .analysis(m.story)
                    .is_some_and(|a| a.mentions.iter().all(|&o| o.0 < index.mentions().len()))
            })
        })
    };
    if consistent {
        index.co_mentions(id)
    } else {
        Vec::new()
    }
}

/// What the preview shows about a text hit: the story's title and date,
/// then the whole paragraph with the matching words highlighted.
fn passage_preview(index: &Index, hit: &TextHit, styles: &FinderStyles) -> Vec<Line<'static>> {
    let Some(s) = index.corpus().stories.get(hit.story.0) else {
        return Vec::new();
    };
    let mut lines = vec![Line::styled(
        s.title.replace(char::is_control, " "),
        styles.title,
    )];
    if let Some(p) = &s.published {
        lines.push(Line::styled(p.to_iso(), styles.dim));
    }
    if let Some(p) = s.paragraphs.get(hit.paragraph) {
        let whole = TextHit {
            sentence: 0..p.len(),
            ..hit.clone()
        };
        lines.push(Line::default());
        lines.push(Line::from(passage(
            p,
            &whole,
            usize::MAX,
            styles.text,
            styles.matched,
        )));
    }
    lines
}

/// What the preview shows about a story: date, source, byline, the opening
/// and who it mentions most.
fn story_preview(
    index: &Index,
    i: usize,
    styles: &FinderStyles,
    width: usize,
) -> Vec<Line<'static>> {
    let Some(s) = index.corpus().stories.get(i) else {
        return Vec::new();
    };
    let mut lines = vec![Line::styled(
        s.title.replace(char::is_control, " "),
        styles.title,
    )];
    let mut meta: Vec<String> = Vec::new();
    if let Some(p) = &s.published {
        meta.push(p.to_iso());
    }
    if let Some(src) = &s.source {
        meta.push(src.clone());
    }
    if let Some(b) = &s.byline {
        meta.push(b.clone());
    }
    if !meta.is_empty() {
        lines.push(Line::styled(meta.join(" · "), styles.dim));
    }
    if let Some(p) = s.paragraphs.first() {
        lines.push(Line::default());
        lines.push(Line::styled(p.replace(char::is_control, " "), styles.text));
    }
    if let Some(a) = index.analyses().get(i) {
        let mut counts: HashMap<EntityId, usize> = HashMap::new();
        for &mi in &a.mentions {
            if let Some(m) = index.mentions().get(mi.0) {
                *counts.entry(m.entity).or_default() += 1;
            }
        }
        let mut top: Vec<_> = counts.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        if !top.is_empty() {
            lines.push(Line::default());
            lines.push(heading("Mentions most", styles));
            for (id, n) in top.into_iter().take(PREVIEW_ITEMS) {
                let Some(e) = index.entities().get(id.0) else {
                    continue;
                };
                lines.push(one_line(
                    vec![
                        Span::styled(format!("{n:>3}× "), styles.dim),
                        Span::styled(e.name.replace(char::is_control, " "), styles.text),
                        Span::styled(format!(" {}", kind_tag(e.kind)), styles.dim),
                    ],
                    width,
                ));
            }
        }
    }
    lines
}
