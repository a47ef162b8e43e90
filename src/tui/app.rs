//! The app state: plain data, constructible in a test. No threads, clocks
//! or file handles live here; the loop in `terminal.rs` owns those.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use chrono::Datelike;
use ratatui::layout::Rect;

use super::action::Pane;
use super::finder::Finder;
use super::keymap::Mode;
use super::theme::Theme;
use crate::index::Index;
use crate::model::{
    DateRange, EntityId, EntityKind, EventId, EventKind, LabelForm, Precision, StoryIx, date_label,
};
use crate::text;

/// Selection and scroll offset of a list pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
}

/// One wrapped line of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleLine {
    Title(String),
    /// Source, byline, date and dateline.
    Meta(String),
    Blank,
    /// A slice of a paragraph.
    Body {
        para: usize,
        range: Range<usize>,
    },
}

/// The article wrapped at one width: computed once per (story, width).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleLayout {
    pub story: usize,
    pub width: usize,
    pub lines: Vec<ArticleLine>,
    /// Per paragraph: its first line.
    pub para_first_line: Vec<usize>,
    /// Per paragraph: byte ranges of its date expressions.
    pub dates: Vec<Vec<Range<usize>>>,
    /// Per paragraph: names mentioned, with their entity.
    pub names: Vec<Vec<(Range<usize>, EntityId)>>,
}

impl ArticleLayout {
    /// The line showing byte `offset` of paragraph `para`.
    pub fn line_of(&self, para: usize, offset: usize) -> Option<usize> {
        let first = *self.para_first_line.get(para)?;
        let mut best = first;
        for (i, line) in self.lines.iter().enumerate().skip(first) {
            match line {
                ArticleLine::Body { para: p, range } if *p == para => {
                    if range.start <= offset {
                        best = i;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        Some(best)
    }

    /// Where line `line` starts, as (paragraph, byte offset).
    pub fn position_of(&self, line: usize) -> Option<(usize, usize)> {
        self.lines[line.min(self.lines.len().saturating_sub(1))..]
            .iter()
            .find_map(|l| match l {
                ArticleLine::Body { para, range } => Some((*para, range.start)),
                _ => None,
            })
    }
}

/// What the article should scroll to once its layout is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    Top,
    Event(usize),
    Mention(usize),
}

#[derive(Debug, Clone, Default)]
pub struct ArticleState {
    pub story: Option<usize>,
    pub scroll: usize,
    /// The event whose sentence is emphasised.
    pub event: Option<usize>,
    pub reveal: Option<Reveal>,
    pub layout: Option<ArticleLayout>,
}

/// A row of the timeline pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineRow {
    Year(i32),
    Month(i32, u32),
    /// Position in [`App::timeline_events`].
    Event(usize),
}

/// The entity the user focused, with its mentions in story order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityFocus {
    pub id: EntityId,
    /// Indices into the index's mentions.
    pub mentions: Vec<usize>,
    /// Position in `mentions` of the current one.
    pub current: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Popup {
    Help { scroll: usize },
    Explain { event: usize },
    Problems { scroll: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
}

/// A transient status-bar message; the loop expires it by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: u64,
    pub text: String,
    pub level: Level,
}

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
}

/// Where things were drawn, recorded at layout time for mouse hit-testing
/// and page sizes.
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
}

impl ScreenLayout {
    pub fn pane_at(&self, column: u16, row: u16) -> Option<(Pane, Rect)> {
        let p = ratatui::layout::Position::new(column, row);
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
}

/// The whole app state.
#[derive(Debug, Clone)]
pub struct App {
    pub index: Arc<Index>,
    pub theme: Theme,
    pub focus: Pane,
    /// The side pane shown next to the article in the medium layout.
    pub side: Pane,
    /// Story indices sorted by date.
    pub story_order: Vec<usize>,
    /// Dated mentions per story (publication excluded).
    pub story_event_counts: Vec<usize>,
    pub stories: ListState,
    pub article: ArticleState,
    /// Event indices shown on the timeline, in timeline order (filtered by
    /// the focused entity, if any).
    pub timeline_events: Vec<usize>,
    pub timeline_rows: Vec<TimelineRow>,
    /// Per position in `timeline_events`: its row.
    pub timeline_event_row: Vec<usize>,
    pub timeline: ListState,
    /// Entities sorted by mention count.
    pub people_order: Vec<EntityId>,
    pub people: ListState,
    /// Per event: the group it belongs to, if any.
    pub event_group: Vec<Option<usize>>,
    pub entity_focus: Option<EntityFocus>,
    pub popup: Option<Popup>,
    pub finder: Option<Finder>,
    pub message: Option<Message>,
    next_message_id: u64,
    pub layout: ScreenLayout,
}

impl App {
    pub fn new(index: Index, theme: Theme) -> Self {
        let mut story_order: Vec<usize> = (0..index.corpus().stories.len()).collect();
        story_order.sort_by_key(|&i| {
            let d = index.corpus().stories[i].date();
            (d.is_none(), d, i)
        });
        let story_event_counts = (0..index.stories().len())
            .map(|s| index.story_event_count(StoryIx(s)))
            .collect();
        let mut people_order: Vec<EntityId> = index.entities().iter().map(|e| e.id).collect();
        let count = |id: EntityId| index.mention_count(id);
        // People and organisations first, as the pane's title says and as
        // the finder ranks them; places after. Most mentioned first in each.
        let is_place = |id: EntityId| index.entity(id).kind == EntityKind::Place;
        people_order.sort_by(|a, b| {
            is_place(*a)
                .cmp(&is_place(*b))
                .then(count(*b).cmp(&count(*a)))
                .then(index.entity(*a).kind.cmp(&index.entity(*b).kind))
                .then(index.entity(*a).name.cmp(&index.entity(*b).name))
        });
        let event_group = (0..index.events().len())
            .map(|e| index.event_group(EventId(e)))
            .collect();
        let mut app = Self {
            index: Arc::new(index),
            theme,
            focus: Pane::Timeline,
            side: Pane::Timeline,
            story_order,
            story_event_counts,
            stories: ListState::default(),
            article: ArticleState::default(),
            timeline_events: Vec::new(),
            timeline_rows: Vec::new(),
            timeline_event_row: Vec::new(),
            timeline: ListState::default(),
            people_order,
            people: ListState::default(),
            event_group,
            entity_focus: None,
            popup: None,
            finder: None,
            message: None,
            next_message_id: 0,
            layout: ScreenLayout::default(),
        };
        app.set_timeline_filter(None);
        if let Some(&first) = app.story_order.first() {
            app.show_story(first, Reveal::Top);
            // Start in step: the first story's publication date selected on
            // the timeline, its header emphasised in the article.
            let publication = app.index.analysis(StoryIx(first)).and_then(|a| {
                a.events
                    .iter()
                    .copied()
                    .find(|&e| app.index.event(e).kind == EventKind::Publication)
                    .map(|e| e.0)
            });
            if let Some(e) = publication {
                app.highlight_event(e);
            }
        }
        if app.index.events().is_empty() {
            app.focus = Pane::Stories;
            app.side = Pane::Stories;
        }
        let errors = app.index.corpus().diagnostics.len();
        if errors > 0 {
            let files = {
                let mut paths: Vec<_> = app
                    .index
                    .corpus()
                    .diagnostics
                    .iter()
                    .map(|d| &d.path)
                    .collect();
                paths.sort();
                paths.dedup();
                paths.len()
            };
            let text = format!(
                "{} problem{} in {} file{} while loading — press e",
                errors,
                plural(errors),
                files,
                plural(files)
            );
            app.notify_level(text, Level::Warning);
        }
        app
    }

    /// Which bindings are live.
    pub fn mode(&self) -> Mode {
        if self.finder.is_some() {
            Mode::Finder
        } else if self.popup.is_some() {
            Mode::Popup
        } else {
            Mode::Normal(self.focus)
        }
    }

    pub fn notify(&mut self, text: impl Into<String>) {
        self.notify_level(text.into(), Level::Info);
    }

    pub fn notify_level(&mut self, text: String, level: Level) {
        self.next_message_id += 1;
        self.message = Some(Message {
            id: self.next_message_id,
            text,
            level,
        });
    }

    /// The story shown in the article.
    pub fn current_story(&self) -> Option<usize> {
        self.article.story
    }

    /// The event selected on the timeline.
    pub fn selected_event(&self) -> Option<usize> {
        self.timeline_events.get(self.timeline.selected).copied()
    }

    /// Show `story` in the article and select it in the stories list.
    pub fn show_story(&mut self, story: usize, reveal: Reveal) {
        if story >= self.index.corpus().stories.len() {
            return;
        }
        if self.article.story != Some(story) {
            self.article.story = Some(story);
            self.article.scroll = 0;
            self.article.layout = None;
        }
        self.article.reveal = Some(reveal);
        if let Some(pos) = self.story_order.iter().position(|&s| s == story) {
            self.stories.selected = pos;
        }
    }

    /// Select the event at `pos` of the timeline and make the article follow.
    pub fn select_timeline(&mut self, pos: usize) {
        let Some(&event) = self.timeline_events.get(pos) else {
            return;
        };
        self.timeline.selected = pos;
        self.highlight_event(event);
    }

    /// Emphasise `event` in the article, switching story as needed; select
    /// it on the timeline too when it is listed there.
    pub fn highlight_event(&mut self, event: usize) {
        let Some(e) = self.index.events().get(event) else {
            return;
        };
        let story = e.story.0;
        self.article.event = Some(event);
        self.show_story(story, Reveal::Event(event));
        if let Some(pos) = self.timeline_events.iter().position(|&x| x == event) {
            self.timeline.selected = pos;
        }
    }

    /// Show only these events on the timeline (`None`: all of them).
    pub fn set_timeline_filter(&mut self, events: Option<&[usize]>) {
        let keep = self.selected_event();
        self.timeline_events = match events {
            None => self.index.timeline().iter().map(|e| e.0).collect(),
            Some(list) => {
                let wanted: std::collections::HashSet<usize> = list.iter().copied().collect();
                self.index
                    .timeline()
                    .iter()
                    .map(|e| e.0)
                    .filter(|e| wanted.contains(e))
                    .collect()
            }
        };
        self.rebuild_timeline_rows();
        self.timeline.selected = keep
            .and_then(|k| self.timeline_events.iter().position(|&e| e == k))
            .unwrap_or(0);
        self.timeline.offset = 0;
    }

    fn rebuild_timeline_rows(&mut self) {
        let mut rows = Vec::with_capacity(self.timeline_events.len() + 16);
        let mut event_row = Vec::with_capacity(self.timeline_events.len());
        let mut last_year = None;
        let mut last_month = None;
        for (pos, &ei) in self.timeline_events.iter().enumerate() {
            if let Some((year, month)) = self.month_key(ei) {
                if last_year != Some(year) {
                    rows.push(TimelineRow::Year(year));
                    last_year = Some(year);
                    last_month = None;
                }
                if let Some(m) = month
                    && last_month != Some(m)
                {
                    rows.push(TimelineRow::Month(year, m));
                    last_month = Some(m);
                }
            }
            event_row.push(rows.len());
            rows.push(TimelineRow::Event(pos));
        }
        self.timeline_rows = rows;
        self.timeline_event_row = event_row;
    }

    /// (year, month) an event is grouped under; no month for dates coarser
    /// than a month.
    pub fn month_key(&self, event: usize) -> Option<(i32, Option<u32>)> {
        let t = &self.index.events().get(event)?.timex;
        let r = t.range?;
        let month = match t.precision {
            Some(p) if p < Precision::Month => None,
            _ => Some(r.start.month()),
        };
        Some((r.start.year(), month))
    }

    /// Focus `id`: its first mention in the article (in the current story
    /// if it is there, otherwise in the story that mentions it most), every
    /// mention emphasised, the timeline filtered to its events.
    pub fn focus_entity(&mut self, id: EntityId) {
        if id.0 >= self.index.entities().len() {
            return;
        }
        let list = self.index.entity_mentions(id);
        let rank: HashMap<usize, usize> = self
            .story_order
            .iter()
            .enumerate()
            .map(|(r, &s)| (s, r))
            .collect();
        let mut mentions: Vec<usize> = list.iter().map(|m| m.0).collect();
        mentions.sort_by_key(|&mi| {
            let m = &self.index.mentions()[mi];
            (
                rank.get(&m.story.0).copied().unwrap_or(usize::MAX),
                m.paragraph,
                m.span.start,
            )
        });
        let name = self.index.entity(id).name.clone();
        let events: Vec<usize> = self.index.entity_events(id).iter().map(|e| e.0).collect();
        self.set_timeline_filter(Some(&events));
        self.people.selected = self
            .people_order
            .iter()
            .position(|&p| p == id)
            .unwrap_or(self.people.selected);
        if mentions.is_empty() {
            self.entity_focus = Some(EntityFocus {
                id,
                mentions,
                current: 0,
            });
            self.notify(format!("{name}: no mentions in the text"));
            return;
        }
        let in_current = self.article.story.and_then(|s| {
            mentions
                .iter()
                .position(|&mi| self.index.mentions()[mi].story.0 == s)
        });
        let current = in_current.unwrap_or_else(|| {
            let mut counts: HashMap<usize, usize> = HashMap::new();
            for &mi in &mentions {
                *counts.entry(self.index.mentions()[mi].story.0).or_default() += 1;
            }
            let best = mentions
                .iter()
                .map(|&mi| self.index.mentions()[mi].story.0)
                .max_by(|a, b| {
                    counts[a]
                        .cmp(&counts[b])
                        .then(rank.get(b).cmp(&rank.get(a)))
                })
                .unwrap_or(0);
            mentions
                .iter()
                .position(|&mi| self.index.mentions()[mi].story.0 == best)
                .unwrap_or(0)
        });
        self.entity_focus = Some(EntityFocus {
            id,
            mentions,
            current,
        });
        self.article.event = None;
        self.go_to_mention(current);
    }

    /// Move to mention `pos` of the focused entity.
    pub fn go_to_mention(&mut self, pos: usize) {
        let Some(focus) = &mut self.entity_focus else {
            return;
        };
        let Some(&mi) = focus.mentions.get(pos) else {
            return;
        };
        focus.current = pos;
        let total = focus.mentions.len();
        let name = self.index.entity(focus.id).name.clone();
        let m = &self.index.mentions()[mi];
        let (story, para) = (m.story.0, m.paragraph);
        // The (filtered) timeline follows: the event nearest the mention,
        // in its paragraph if there is one, else in its story.
        let near = |want_para: bool| {
            self.timeline_events.iter().position(|&e| {
                let ev = &self.index.events()[e];
                ev.story.0 == story && (!want_para || ev.paragraph == para)
            })
        };
        if let Some(p) = near(true).or_else(|| near(false)) {
            self.timeline.selected = p;
        }
        self.show_story(story, Reveal::Mention(mi));
        self.notify(format!("{name}: mention {}/{}", pos + 1, total));
    }

    pub fn clear_entity_focus(&mut self) {
        if self.entity_focus.take().is_some() {
            self.set_timeline_filter(None);
            if let Some(e) = self.article.event
                && let Some(pos) = self.timeline_events.iter().position(|&x| x == e)
            {
                self.timeline.selected = pos;
            }
        }
    }

    /// Lay the screen out for `area`, wrap the article for its width (once
    /// per width), scroll to whatever must be revealed and keep every
    /// selection in view. Called before each frame.
    pub fn prepare(&mut self, area: Rect) {
        self.layout = super::view::layout(self, area);
        if let Some(story) = self.article.story {
            let inner = self.layout.inner_of(Pane::Article);
            let width = inner.map_or(80, |r| article_wrap_width(r.width));
            let stale = self
                .article
                .layout
                .as_ref()
                .is_none_or(|l| l.story != story || l.width != width);
            if stale {
                let had = self.article.layout.is_some();
                self.article.layout = Some(layout_article(&self.index, story, width));
                if had && self.article.reveal.is_none() {
                    // Keep what was being read in view after a resize.
                    if let Some(e) = self.article.event {
                        self.article.reveal = Some(Reveal::Event(e));
                    } else if let Some(f) = &self.entity_focus
                        && let Some(&mi) = f.mentions.get(f.current)
                        && self.index.mentions()[mi].story.0 == story
                    {
                        self.article.reveal = Some(Reveal::Mention(mi));
                    }
                }
            }
            let height = self.layout.height_of(Pane::Article).max(1);
            if let (Some(reveal), Some(layout)) = (self.article.reveal, &self.article.layout) {
                let line = match reveal {
                    Reveal::Top => Some(0),
                    Reveal::Event(e) => self.index.events().get(e).map(|ev| {
                        if ev.kind == EventKind::Publication {
                            0
                        } else {
                            layout.line_of(ev.paragraph, ev.timex.start).unwrap_or(0)
                        }
                    }),
                    Reveal::Mention(mi) => self
                        .index
                        .mentions()
                        .get(mi)
                        .and_then(|m| layout.line_of(m.paragraph, m.span.start)),
                };
                if let Some(line) = line {
                    let visible = line >= self.article.scroll
                        && line < self.article.scroll + height.saturating_sub(1);
                    if reveal == Reveal::Top || !visible {
                        self.article.scroll = line.saturating_sub(height / 3);
                    }
                }
                self.article.reveal = None;
            }
            let max = self.article_max_scroll();
            self.article.scroll = self.article.scroll.min(max);
        }
        let h = self.layout.height_of(Pane::Stories);
        keep_visible(&mut self.stories, self.story_order.len(), h);
        let h = self.layout.height_of(Pane::People);
        keep_visible(&mut self.people, self.people_order.len(), h);
        let h = self.layout.height_of(Pane::Timeline).max(1);
        if let Some(&row) = self.timeline_event_row.get(self.timeline.selected) {
            let mut state = ListState {
                selected: row,
                offset: self.timeline.offset,
            };
            keep_visible(&mut state, self.timeline_rows.len(), h);
            // Show the month heading above the first event of a month.
            if state.offset == row && row > 0 {
                let above = self.timeline_rows[row - 1];
                if !matches!(above, TimelineRow::Event(_)) && h > 2 {
                    state.offset = row - 1;
                    if row > 1
                        && matches!(above, TimelineRow::Month(..))
                        && matches!(self.timeline_rows[row - 2], TimelineRow::Year(_))
                        && h > 3
                    {
                        state.offset = row - 2;
                    }
                }
            }
            self.timeline.offset = state.offset;
        } else {
            self.timeline.offset = 0;
        }
    }

    pub fn article_max_scroll(&self) -> usize {
        let lines = self.article.layout.as_ref().map_or(0, |l| l.lines.len());
        let height = self.layout.height_of(Pane::Article);
        lines.saturating_sub(height.max(1))
    }

    /// Status-bar position text for the focused pane.
    pub fn position(&self) -> Option<String> {
        match self.focus {
            Pane::Stories => counter("story", self.stories.selected, self.story_order.len()),
            Pane::People => counter("name", self.people.selected, self.people_order.len()),
            Pane::Timeline => counter("event", self.timeline.selected, self.timeline_events.len()),
            Pane::Article => {
                let layout = self.article.layout.as_ref()?;
                let total = layout.lines.len();
                let height = self.layout.height_of(Pane::Article);
                let pct = if total <= height {
                    100
                } else {
                    (self.article.scroll + height) * 100 / total
                };
                Some(format!(
                    "line {}/{} {}%",
                    (self.article.scroll + 1).min(total),
                    total,
                    pct.min(100)
                ))
            }
        }
    }
}

fn counter(what: &str, i: usize, n: usize) -> Option<String> {
    (n > 0).then(|| format!("{what} {}/{}", i + 1, n))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Move `state.offset` so that `state.selected` is within `height` rows,
/// with a little context kept above and below it where the list allows.
pub fn keep_visible(state: &mut ListState, len: usize, height: usize) {
    if len == 0 {
        *state = ListState::default();
        return;
    }
    state.selected = state.selected.min(len - 1);
    let height = height.max(1);
    let margin = ((height - 1) / 2).min(2);
    if state.selected < state.offset + margin {
        state.offset = state.selected.saturating_sub(margin);
    } else if state.selected + margin >= state.offset + height {
        state.offset = state.selected + margin + 1 - height;
    }
    state.offset = state.offset.min(len.saturating_sub(height));
}

/// The wrap width inside an article pane of this content width: a cell of
/// padding on the left, a gap and the scrollbar on the right, capped for
/// comfortable reading.
pub fn article_wrap_width(inner_width: u16) -> usize {
    const READING_WIDTH: usize = 96;
    (inner_width as usize)
        .saturating_sub(3)
        .clamp(1, READING_WIDTH)
}

/// Wrap `story` for `width` cells: title, a meta line, then paragraphs.
pub fn layout_article(index: &Index, story: usize, width: usize) -> ArticleLayout {
    let s = &index.corpus().stories[story];
    let mut lines = Vec::new();
    for r in text::wrap(&s.title, width) {
        lines.push(ArticleLine::Title(s.title[r].to_string()));
    }
    let mut meta: Vec<String> = Vec::new();
    if let Some(src) = &s.source {
        meta.push(src.clone());
    }
    if let Some(by) = &s.byline {
        meta.push(by.clone());
    }
    if let Some(d) = s.date() {
        meta.push(date_label(
            &DateRange::day(d),
            Some(Precision::Day),
            None,
            LabelForm::Long,
        ));
    }
    if let Some(dl) = &s.dateline {
        meta.push(dl.place.clone());
    }
    if !meta.is_empty() {
        let text = meta.join(" · ");
        for r in text::wrap(&text, width) {
            lines.push(ArticleLine::Meta(text[r].to_string()));
        }
    }
    let mut para_first_line = Vec::with_capacity(s.paragraphs.len());
    for (pi, p) in s.paragraphs.iter().enumerate() {
        lines.push(ArticleLine::Blank);
        para_first_line.push(lines.len());
        for range in text::wrap(p, width) {
            lines.push(ArticleLine::Body { para: pi, range });
        }
    }
    let mut dates = vec![Vec::new(); s.paragraphs.len()];
    let mut names = vec![Vec::new(); s.paragraphs.len()];
    if let Some(analysis) = index.analyses().get(story) {
        for &ei in &analysis.events {
            if let Some(e) = index.events().get(ei.0)
                && e.kind == EventKind::Mention
                && let Some(d) = dates.get_mut(e.paragraph)
            {
                d.push(e.timex.start..e.timex.end);
            }
        }
        for &mi in &analysis.mentions {
            if let Some(m) = index.mentions().get(mi.0)
                && let Some(n) = names.get_mut(m.paragraph)
            {
                n.push((m.span.clone(), m.entity));
            }
        }
    }
    ArticleLayout {
        story,
        width,
        lines,
        para_first_line,
        dates,
        names,
    }
}
