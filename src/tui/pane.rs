//! One small struct per pane, each owning what it lists, its selection and
//! its scroll, with the moves that concern that pane alone. What crosses
//! panes (the article following the timeline, the timeline filtered by a
//! focused name) is the [`App`](super::app::App)'s.

use std::collections::HashSet;

use chrono::Datelike;
use unicode_segmentation::UnicodeSegmentation;

use super::wrap::{ArticleLayout, ArticleLine};
use crate::index::Index;
use crate::model::{EventId, EventKind, Precision, StoryIx};

/// Selection and scroll offset of a list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
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

/// `pos + delta`, kept within a list of `len` rows.
pub fn clamp_add(pos: usize, delta: isize, len: usize) -> usize {
    pos.saturating_add_signed(delta).min(len.saturating_sub(1))
}

/// A list pane (stories, people): its items in display order and the
/// selection over them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListPane<T> {
    pub order: Vec<T>,
    pub list: ListState,
}

impl<T: Copy + PartialEq> ListPane<T> {
    pub fn new(order: Vec<T>) -> Self {
        Self {
            order,
            list: ListState::default(),
        }
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// The item under the selection.
    pub fn selected(&self) -> Option<T> {
        self.order.get(self.list.selected).copied()
    }

    /// Put the selection on `item`, if it is listed.
    pub fn select_item(&mut self, item: T) {
        if let Some(pos) = self.order.iter().position(|&x| x == item) {
            self.list.selected = pos;
        }
    }

    /// Move the selection by `delta` rows (clamped at both ends); the item
    /// now selected.
    pub fn move_by(&mut self, delta: isize) -> Option<T> {
        if self.order.is_empty() {
            return None;
        }
        self.list.selected = clamp_add(self.list.selected, delta, self.order.len());
        self.selected()
    }

    /// Select the item drawn on visible row `line`, if there is one.
    pub fn click(&mut self, line: usize) -> Option<T> {
        let target = self.list.offset + line;
        let item = self.order.get(target).copied()?;
        self.list.selected = target;
        Some(item)
    }

    /// The mouse wheel: scroll the view by `delta` rows in a pane `height`
    /// rows tall, taking the selection along only as far as needed to keep
    /// it on screen.
    pub fn scroll(&mut self, delta: isize, height: usize) {
        let rows = self.order.len().saturating_sub(height) + 1;
        self.list.offset = clamp_add(self.list.offset, delta, rows);
        let height = height.max(1);
        let ListState { selected, offset } = &mut self.list;
        if *selected < *offset {
            *selected = *offset;
        } else if *selected >= *offset + height {
            *selected = *offset + height - 1;
        }
    }

    /// Scroll so the selection is on screen in a pane `height` rows tall.
    pub fn keep_visible(&mut self, height: usize) {
        keep_visible(&mut self.list, self.order.len(), height);
    }
}

/// A row of the timeline pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineRow {
    Year(i32),
    Month(i32, u32),
    /// Position in [`TimelinePane::events`].
    Event(usize),
}

/// The timeline pane: the events shown (all, or those of a focused name) in
/// timeline order under year and month headings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelinePane {
    /// Event indices shown, in timeline order.
    pub events: Vec<usize>,
    pub rows: Vec<TimelineRow>,
    /// Per position in `events`: its row.
    pub event_row: Vec<usize>,
    /// Position in `events` of the selected event.
    pub selected: usize,
    /// First visible row.
    pub offset: usize,
    /// Cross-story groups (ids in the index) shown one row per event; every
    /// other group shows as one row, its first listed event's.
    pub expanded: HashSet<usize>,
}

impl TimelinePane {
    /// The selected event.
    pub fn selected_event(&self) -> Option<usize> {
        self.events.get(self.selected).copied()
    }

    /// Where `event` is listed, if it is.
    pub fn position_of(&self, event: usize) -> Option<usize> {
        self.events.iter().position(|&e| e == event)
    }

    /// Select the event at `pos` (opening its group if it is folded away);
    /// the event, if there is one there.
    pub fn select(&mut self, index: &Index, pos: usize) -> Option<usize> {
        let event = self.events.get(pos).copied()?;
        self.selected = pos;
        self.reveal(index);
        Some(event)
    }

    /// Select `event` if it is listed.
    pub fn select_event(&mut self, index: &Index, event: usize) {
        if let Some(pos) = self.position_of(event) {
            self.select(index, pos);
        }
    }

    /// Show only these events (`None`: all of them), keeping the selected
    /// event selected when it is still listed.
    pub fn set_filter(&mut self, index: &Index, events: Option<&[usize]>) {
        let keep = self.selected_event();
        self.events = match events {
            None => index.timeline().iter().map(|e| e.0).collect(),
            Some(list) => {
                let wanted: HashSet<usize> = list.iter().copied().collect();
                index
                    .timeline()
                    .iter()
                    .map(|e| e.0)
                    .filter(|e| wanted.contains(e))
                    .collect()
            }
        };
        self.rebuild_rows(index);
        self.selected = keep.and_then(|k| self.position_of(k)).unwrap_or(0);
        self.offset = 0;
        self.reveal(index);
    }

    /// The cross-story group of the event at `pos`, if it has one.
    fn group_at(&self, index: &Index, pos: usize) -> Option<usize> {
        let e = EventId(*self.events.get(pos)?);
        let g = index.event_group(e)?;
        (index.groups()[g].stories.len() > 1).then_some(g)
    }

    /// Whether the event at `pos` has a row of its own.
    pub fn is_shown(&self, pos: usize) -> bool {
        self.event_row
            .get(pos)
            .is_some_and(|&r| self.rows.get(r) == Some(&TimelineRow::Event(pos)))
    }

    /// Whether the event at `pos` heads a folded group (drawn as one row).
    pub fn is_folded(&self, index: &Index, pos: usize) -> bool {
        self.group_at(index, pos)
            .is_some_and(|g| !self.expanded.contains(&g))
    }

    /// Open the selected event's group when the selection is folded away.
    fn reveal(&mut self, index: &Index) {
        if !self.events.is_empty()
            && !self.is_shown(self.selected)
            && let Some(g) = self.group_at(index, self.selected)
        {
            self.expanded.insert(g);
            self.rebuild_rows(index);
        }
    }

    /// Show the selected event's group one row per event; whether it was
    /// folded.
    pub fn expand(&mut self, index: &Index) -> bool {
        match self.group_at(index, self.selected) {
            Some(g) if self.expanded.insert(g) => {
                self.rebuild_rows(index);
                true
            }
            _ => false,
        }
    }

    /// Fold the selected event's group back into one row, selecting its
    /// first listed event; whether it was open.
    pub fn collapse(&mut self, index: &Index) -> bool {
        match self.group_at(index, self.selected) {
            Some(g) if self.expanded.remove(&g) => {
                if let Some(first) =
                    (0..self.events.len()).find(|&p| self.group_at(index, p) == Some(g))
                {
                    self.selected = first;
                }
                self.rebuild_rows(index);
                true
            }
            _ => false,
        }
    }

    fn rebuild_rows(&mut self, index: &Index) {
        let mut rows = Vec::with_capacity(self.events.len() + 16);
        let mut event_row = Vec::with_capacity(self.events.len());
        let mut last_year = None;
        let mut last_month = None;
        // The row of each folded group's first listed event.
        let mut folded: std::collections::HashMap<usize, usize> = Default::default();
        for (pos, &ei) in self.events.iter().enumerate() {
            let group = self
                .group_at(index, pos)
                .filter(|g| !self.expanded.contains(g));
            if let Some(&row) = group.and_then(|g| folded.get(&g)) {
                event_row.push(row);
                continue;
            }
            if let Some((year, month)) = month_key(index, ei) {
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
            if let Some(g) = group {
                folded.insert(g, rows.len());
            }
            event_row.push(rows.len());
            rows.push(TimelineRow::Event(pos));
        }
        self.rows = rows;
        self.event_row = event_row;
    }

    /// The positions that have rows, in order.
    fn shown(&self) -> Vec<usize> {
        self.rows
            .iter()
            .filter_map(|r| match r {
                TimelineRow::Event(p) => Some(*p),
                _ => None,
            })
            .collect()
    }

    /// The position `delta` rows of events from the selection, clamped
    /// (a folded group counts once).
    pub fn moved_by(&self, delta: isize) -> Option<usize> {
        let shown = self.shown();
        if shown.is_empty() {
            return None;
        }
        let at = shown.partition_point(|&p| p < self.selected);
        Some(shown[clamp_add(at, delta, shown.len())])
    }

    /// The next (or previous) position with a row, `None` at either end.
    pub fn step(&self, forward: bool) -> Option<usize> {
        let pos = self.selected;
        if forward {
            (pos + 1..self.events.len()).find(|&p| self.is_shown(p))
        } else {
            (0..pos).rev().find(|&p| self.is_shown(p))
        }
    }

    /// The first event of the next (or previous) month group.
    pub fn month_step(&self, index: &Index, forward: bool) -> Option<usize> {
        let n = self.events.len();
        if n == 0 {
            return None;
        }
        let key = |pos: usize| month_key(index, self.events[pos]);
        let pos = self.selected.min(n - 1);
        let here = key(pos);
        if forward {
            return (pos + 1..n).find(|&p| key(p) != here);
        }
        let mut start = pos;
        while start > 0 && key(start - 1) == here {
            start -= 1;
        }
        if start == 0 {
            return None;
        }
        let prev = key(start - 1);
        let mut p = start - 1;
        while p > 0 && key(p - 1) == prev {
            p -= 1;
        }
        Some(p)
    }

    /// The position of the event drawn on visible row `line`, if an event
    /// (not a heading) is drawn there.
    pub fn event_on_row(&self, line: usize) -> Option<usize> {
        match self.rows.get(self.offset + line) {
            Some(TimelineRow::Event(p)) => Some(*p),
            _ => None,
        }
    }

    /// Scroll so the selected event is on screen in a pane `height` rows
    /// tall, with the headings of its month above it when it starts one.
    pub fn keep_visible(&mut self, height: usize) {
        let h = height.max(1);
        let Some(&row) = self.event_row.get(self.selected) else {
            self.offset = 0;
            return;
        };
        let mut state = ListState {
            selected: row,
            offset: self.offset,
        };
        keep_visible(&mut state, self.rows.len(), h);
        // Show the month heading above the first event of a month.
        if state.offset == row && row > 0 {
            let above = self.rows[row - 1];
            if !matches!(above, TimelineRow::Event(_)) && h > 2 {
                state.offset = row - 1;
                if row > 1
                    && matches!(above, TimelineRow::Month(..))
                    && matches!(self.rows[row - 2], TimelineRow::Year(_))
                    && h > 3
                {
                    state.offset = row - 2;
                }
            }
        }
        self.offset = state.offset;
    }
}

/// (year, month) an event is grouped under on the timeline; no month for
/// dates coarser than a month.
pub fn month_key(index: &Index, event: usize) -> Option<(i32, Option<u32>)> {
    let t = &index.events().get(event)?.timex;
    let r = t.range?;
    let month = match t.precision {
        Some(p) if p < Precision::Month => None,
        _ => Some(r.start.month()),
    };
    Some((r.start.year(), month))
}

/// What the article should scroll to once its layout is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    Top,
    Event(usize),
    Mention(usize),
    /// A (paragraph, byte offset) of the story.
    Passage(usize, usize),
}

/// The article pane: the story shown, its wrapped lines and the scroll.
#[derive(Debug, Clone, Default)]
pub struct ArticleState {
    pub story: Option<usize>,
    pub scroll: usize,
    /// The event whose sentence is emphasised.
    pub event: Option<usize>,
    pub reveal: Option<Reveal>,
    pub layout: Option<ArticleLayout>,
    /// A sentence emphasised when no event is: (paragraph, byte range), a
    /// story text search hit.
    pub passage: Option<(usize, std::ops::Range<usize>)>,
}

impl ArticleState {
    /// Scroll by `delta` lines, never past `max`.
    pub fn scroll_by(&mut self, delta: isize, max: usize) {
        self.scroll = clamp_add(self.scroll, delta, max + 1);
    }

    /// The emphasised event, when it belongs to the story shown.
    fn own_event<'a>(&self, index: &'a Index) -> Option<&'a crate::model::Event> {
        let story = self.story?;
        self.event
            .and_then(|e| index.events().get(e))
            .filter(|e| e.story.0 == story)
    }

    /// The reading cursor: the emphasised event's position, else the first
    /// line on screen, as (paragraph, byte offset).
    pub fn cursor(&self, index: &Index) -> Option<(usize, usize)> {
        self.story?;
        if let Some(e) = self.own_event(index) {
            return Some(match e.kind {
                EventKind::Publication => (0, 0),
                EventKind::Mention => (e.paragraph, e.timex.start),
            });
        }
        self.layout
            .as_ref()
            .and_then(|l| l.position_of(self.scroll))
    }

    /// The next (or previous) date mention of the story after (before) the
    /// cursor, in text order.
    pub fn next_date(&self, index: &Index, forward: bool) -> Option<usize> {
        let story = self.story?;
        let cursor = self.cursor(index).unwrap_or((0, 0));
        let has_selection = self.own_event(index).is_some();
        let mut mentions: Vec<(usize, usize, usize)> = index
            .analyses()
            .get(story)
            .map(|a| a.events.as_slice())
            .unwrap_or_default()
            .iter()
            .filter_map(|&ei| {
                let e = index.events().get(ei.0)?;
                (e.kind == EventKind::Mention).then_some((e.paragraph, e.timex.start, ei.0))
            })
            .collect();
        mentions.sort();
        let found = if forward {
            mentions.iter().find(|(p, s, _)| {
                if has_selection {
                    (*p, *s) > cursor
                } else {
                    (*p, *s) >= cursor
                }
            })
        } else {
            mentions.iter().rev().find(|(p, s, _)| (*p, *s) < cursor)
        };
        found.map(|&(_, _, ei)| ei)
    }

    /// The date mention drawn at `column` of visible line `line` (both
    /// relative to the pane's content), if any.
    pub fn date_at(&self, index: &Index, column: u16, line: usize) -> Option<usize> {
        let (story, layout) = (self.story?, self.layout.as_ref()?);
        let Some(ArticleLine::Body { para, range }) = layout.lines.get(self.scroll + line) else {
            return None;
        };
        let text = index.story(StoryIx(story)).paragraphs.get(*para)?;
        // The text starts one cell in from the pane edge.
        let target = (column as usize).checked_sub(1)?;
        let mut x = 0;
        let mut at = None;
        for (off, g) in text.get(range.clone()).unwrap_or("").grapheme_indices(true) {
            let w = crate::text::grapheme_width(g);
            if target < x + w.max(1) {
                at = Some(range.start + off);
                break;
            }
            x += w;
        }
        let at = at?;
        index.analyses().get(story).and_then(|a| {
            a.events
                .iter()
                .copied()
                .find(|&e| {
                    let ev = index.event(e);
                    ev.kind == EventKind::Mention
                        && ev.paragraph == *para
                        && ev.timex.start <= at
                        && at < ev.timex.end
                })
                .map(|e| e.0)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_pane_moves_clicks_and_scrolls_within_its_items() {
        let mut p = ListPane::new(vec![10, 11, 12, 13, 14, 15, 16, 17]);
        assert_eq!(p.move_by(3), Some(13));
        assert_eq!(p.move_by(100), Some(17), "clamped at the end");
        assert_eq!(p.move_by(-100), Some(10), "clamped at the start");
        p.list.offset = 2;
        assert_eq!(p.click(1), Some(13), "rows count from the first visible");
        assert_eq!(p.click(9), None, "below the last item");
        assert_eq!(p.list.selected, 3);
        // The wheel moves the view; the selection follows only to stay on it.
        p.scroll(3, 3);
        assert_eq!((p.list.offset, p.list.selected), (5, 5));
        p.scroll(10, 3);
        assert_eq!((p.list.offset, p.list.selected), (5, 5), "the last page");
        p.scroll(-4, 3);
        assert_eq!((p.list.offset, p.list.selected), (1, 3));
        p.select_item(16);
        p.keep_visible(3);
        assert_eq!(p.list.selected, 6);
        assert!(p.list.offset <= 6 && 6 < p.list.offset + 3);
        let mut empty: ListPane<u8> = ListPane::default();
        assert_eq!(empty.move_by(1), None);
        assert_eq!(empty.click(0), None);
        empty.scroll(1, 5);
        assert_eq!(empty.list, ListState::default());
    }

    #[test]
    fn keep_visible_leaves_context_around_the_selection() {
        let mut s = ListState {
            selected: 9,
            offset: 0,
        };
        keep_visible(&mut s, 20, 6);
        assert_eq!(s.offset, 6, "two rows kept below");
        s.selected = 7;
        keep_visible(&mut s, 20, 6);
        assert_eq!(s.offset, 5, "two rows kept above");
        s.selected = 19;
        keep_visible(&mut s, 20, 6);
        assert_eq!(s.offset, 14, "never past the last page");
    }
}
