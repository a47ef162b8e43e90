//! The fuzzy finder popup: a query line, ranked results with highlighted
//! matches, and a preview. Plain state changed by [`FinderAction`]s; the
//! matching itself runs off the render path (see [`SearchRequest`]).
//!
//! The flow: every action that changes what should be listed (the query,
//! the scope, the mode) bumps [`Finder::generation`] and returns
//! [`FinderOutcome::Search`]. The app runs that request on a worker with
//! [`run_request`] (or [`run_request_cancellable`], cancelling the previous
//! one) and hands the answer back with [`Finder::apply`], which drops answers
//! to requests that have since been superseded. Until then the previous
//! results stay on screen, marked as pending.
//!
//! Selection movement wraps: `SelectNext` on the last row goes to the first,
//! `SelectPrev` on the first goes to the last. Page movement clamps. The
//! cursor is a character index but moves and deletes by grapheme.
//!
//! For the app:
//! - a mouse click at screen row `y` is `SelectRow(y - list.y)` where
//!   `list = list_area(area)` for the same `area` given to [`render`] (check
//!   `list.contains(..)` first);
//! - [`Finder::resize`] with that `area` whenever it changes, so paging,
//!   scrolling and clicks match the list drawn there (drawing changes
//!   nothing);
//! - a worker should run [`run_request_cancellable`] with a flag the app
//!   sets when it sends a newer request.

mod layout;
mod search;
mod text;
mod view;

pub use layout::list_area;
pub use search::{MAX_HITS, run_request, run_request_cancellable};
pub use view::render;

use unicode_segmentation::UnicodeSegmentation;

use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::index::search::SearchHit;
use crate::index::text::TextHit;
use crate::model::{EntityId, EntityKind};

/// Which names the finder lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    All,
    People,
    Organisations,
    Places,
    /// Events, laws, treaties, products: kind `other`.
    Other,
}

impl Scope {
    /// The next scope in the `Tab` cycle: all → people → organisations →
    /// places → other → all.
    pub fn next(self) -> Self {
        match self {
            Scope::All => Scope::People,
            Scope::People => Scope::Organisations,
            Scope::Organisations => Scope::Places,
            Scope::Places => Scope::Other,
            Scope::Other => Scope::All,
        }
    }

    /// The entity kind this scope keeps, `None` for all.
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            Scope::All => None,
            Scope::People => Some(EntityKind::Person),
            Scope::Organisations => Some(EntityKind::Organisation),
            Scope::Places => Some(EntityKind::Place),
            Scope::Other => Some(EntityKind::Other),
        }
    }

    /// How the popup title names it.
    pub fn label(self) -> &'static str {
        match self {
            Scope::All => "all",
            Scope::People => "people",
            Scope::Organisations => "organisations",
            Scope::Places => "places",
            Scope::Other => "other",
        }
    }
}

/// What the finder searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FinderMode {
    #[default]
    Entities,
    /// Story titles.
    Stories,
    /// Words of story text, hit by sentence.
    Text,
}

impl FinderMode {
    /// The next mode in the `Ctrl-t` cycle: names → story titles → story
    /// text → names.
    pub fn next(self) -> Self {
        match self {
            FinderMode::Entities => FinderMode::Stories,
            FinderMode::Stories => FinderMode::Text,
            FinderMode::Text => FinderMode::Entities,
        }
    }
}

/// Everything the user can do inside the finder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FinderAction {
    Input(char),
    Backspace,
    Delete,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    DeleteWord,
    ClearLine,
    SelectNext,
    SelectPrev,
    /// Select the result on this visible row (mouse click).
    SelectRow(u16),
    CycleScope,
    ToggleMode,
    Accept,
    Close,
    /// Move the selection one visible page down (clamped at the last row).
    PageDown,
    /// Move the selection one visible page up (clamped at the first row).
    PageUp,
}

/// What the app must do after a finder action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FinderOutcome {
    None,
    Close,
    FocusEntity(EntityId),
    OpenStory(usize),
    /// Open a story at a sentence and emphasise it (story text mode).
    OpenPassage {
        story: usize,
        paragraph: usize,
        /// The sentence's byte range in the paragraph.
        sentence: std::ops::Range<usize>,
    },
    /// Run this search off the render path and hand the result back with
    /// [`Finder::apply`].
    Search(SearchRequest),
}

/// A search to run, tagged with a generation so stale results are dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub generation: u64,
    /// The query to match, with any scope prefix (`@`, `#`) removed and
    /// surrounding whitespace trimmed. Empty lists the most-mentioned
    /// entities (or every story, in story mode).
    pub query: String,
    pub kind: Option<EntityKind>,
    pub mode: FinderMode,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    pub generation: u64,
    /// Ranked hits, every kind together: by score, then mention count, then
    /// entity (as `dateline search` ranks); at most [`MAX_HITS`].
    pub hits: Vec<SearchHit>,
    /// For story mode: (story index, score, matched char positions in its title).
    pub stories: Vec<(usize, i64, Vec<usize>)>,
    /// For story text mode: the matching sentences, in corpus order.
    pub texts: Vec<TextHit>,
    /// How many entities (or stories) matched, before the list was capped
    /// (a lower bound when `capped`).
    pub matched: usize,
    /// How many entities (or stories) were searched: the scope's size.
    pub total: usize,
    /// The search stopped counting at the rows kept (a top-k search): more
    /// than `matched` names match.
    pub capped: bool,
}

impl SearchResults {
    /// Number of rows the list shows.
    pub fn len(&self) -> usize {
        self.hits.len() + self.stories.len() + self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The longest query the finder takes, in characters. Names and titles are
/// far shorter; the bound keeps every edit and every search cheap whatever
/// is typed or pasted.
pub const MAX_QUERY_CHARS: usize = 256;

/// Visible list rows assumed until the app reports the screen size with
/// [`Finder::resize`].
const DEFAULT_PAGE: usize = 10;

/// Finder state: plain data, including the one piece of geometry input
/// needs (how many result rows the list shows), which the app sets from the
/// layout.
#[derive(Debug, Clone, Default)]
pub struct Finder {
    pub query: String,
    /// Cursor position in characters.
    pub cursor: usize,
    pub scope: Scope,
    pub mode: FinderMode,
    pub generation: u64,
    pub results: SearchResults,
    pub selected: usize,
    /// Index of the first visible result row.
    pub offset: usize,
    /// Result rows the list shows (0 before the size is known).
    page: usize,
}

impl Finder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Start afresh (empty query, all entities) and ask for the initial list:
    /// what the app does when `/` opens the finder.
    pub fn open(&mut self) -> FinderOutcome {
        let generation = self.generation;
        let page = self.page();
        *self = Finder {
            generation,
            ..Finder::default()
        };
        self.set_page(page);
        self.search()
    }

    /// Tell the finder the area it is drawn in (see [`list_area`]).
    pub fn resize(&mut self, area: Rect) {
        self.set_page(usize::from(list_area(area).height));
    }

    /// How many result rows the list shows.
    pub fn page(&self) -> usize {
        if self.page > 0 {
            self.page
        } else {
            DEFAULT_PAGE
        }
    }

    /// Set how many result rows the list shows, keeping the selection in view.
    pub fn set_page(&mut self, rows: usize) {
        self.page = rows;
        self.scroll_into_view();
    }

    /// The scope in effect: a leading `@` (people) or `#` (organisations) in
    /// the query overrides the `Tab` scope.
    pub fn effective_scope(&self) -> Scope {
        match self.query.chars().next() {
            Some('@') => Scope::People,
            Some('#') => Scope::Organisations,
            _ => self.scope,
        }
    }

    /// The request for the current query, scope and mode.
    pub fn request(&self) -> SearchRequest {
        // The scope prefix is stripped in story mode too: it means nothing
        // to titles, and a query typed as `#iran` before `Ctrl-t` should
        // still find the Iran stories rather than nothing.
        let q = self
            .query
            .strip_prefix(['@', '#'])
            .unwrap_or(self.query.as_str())
            .trim()
            .to_string();
        let (query, kind) = match self.mode {
            FinderMode::Stories | FinderMode::Text => (q, None),
            FinderMode::Entities => (q, self.effective_scope().kind()),
        };
        SearchRequest {
            generation: self.generation,
            query,
            kind,
            mode: self.mode,
        }
    }

    /// Whether the results on screen answer an older request.
    pub fn is_pending(&self) -> bool {
        self.results.generation != self.generation
    }

    /// The entity on the selected row, in entity mode.
    pub fn selected_entity(&self) -> Option<EntityId> {
        match self.mode {
            FinderMode::Entities => self.results.hits.get(self.selected).map(|h| h.entity),
            FinderMode::Stories | FinderMode::Text => None,
        }
    }

    /// The story on the selected row, in story mode.
    pub fn selected_story(&self) -> Option<usize> {
        match self.mode {
            FinderMode::Stories => self.results.stories.get(self.selected).map(|s| s.0),
            FinderMode::Entities | FinderMode::Text => None,
        }
    }

    /// The sentence on the selected row, in story text mode.
    pub fn selected_passage(&self) -> Option<&TextHit> {
        match self.mode {
            FinderMode::Text => self.results.texts.get(self.selected),
            FinderMode::Entities | FinderMode::Stories => None,
        }
    }

    pub fn update(&mut self, action: FinderAction) -> FinderOutcome {
        // The fields are public: never trust the cursor to be in range.
        self.cursor = self.cursor.min(self.char_len());
        // Scroll from what is on screen.
        self.offset = self.visible_offset(self.page());
        match action {
            FinderAction::Input(c) => {
                if c.is_control() || self.is_full() {
                    return FinderOutcome::None;
                }
                let at = self.byte_at(self.cursor);
                self.query.insert(at, c);
                self.cursor += 1;
                self.search()
            }
            FinderAction::Backspace => {
                if self.cursor == 0 {
                    return FinderOutcome::None;
                }
                let start = self.prev_boundary();
                let (a, b) = (self.byte_at(start), self.byte_at(self.cursor));
                self.query.replace_range(a..b, "");
                self.cursor = start;
                self.search()
            }
            FinderAction::Delete => {
                if self.cursor >= self.char_len() {
                    return FinderOutcome::None;
                }
                let end = self.next_boundary();
                let (a, b) = (self.byte_at(self.cursor), self.byte_at(end));
                self.query.replace_range(a..b, "");
                self.search()
            }
            FinderAction::CursorLeft => {
                self.cursor = self.prev_boundary();
                FinderOutcome::None
            }
            FinderAction::CursorRight => {
                self.cursor = self.next_boundary();
                FinderOutcome::None
            }
            FinderAction::CursorHome => {
                self.cursor = 0;
                FinderOutcome::None
            }
            FinderAction::CursorEnd => {
                self.cursor = self.char_len();
                FinderOutcome::None
            }
            FinderAction::DeleteWord => {
                // Ctrl-w: the whitespace just before the cursor, then the
                // word before that.
                let chars: Vec<char> = self.query.chars().collect();
                let end = self.cursor.min(chars.len());
                let mut start = end;
                while start > 0 && chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                while start > 0 && !chars[start - 1].is_whitespace() {
                    start -= 1;
                }
                if start == end {
                    return FinderOutcome::None;
                }
                let (a, b) = (self.byte_at(start), self.byte_at(end));
                self.query.replace_range(a..b, "");
                self.cursor = start;
                self.search()
            }
            FinderAction::ClearLine => {
                // Ctrl-u: everything before the cursor.
                if self.cursor == 0 {
                    return FinderOutcome::None;
                }
                let at = self.byte_at(self.cursor);
                self.query.replace_range(..at, "");
                self.cursor = 0;
                self.search()
            }
            FinderAction::SelectNext => {
                let n = self.results.len();
                if n > 0 {
                    self.selected = if self.selected + 1 >= n {
                        0
                    } else {
                        self.selected + 1
                    };
                    self.scroll_into_view();
                }
                FinderOutcome::None
            }
            FinderAction::SelectPrev => {
                let n = self.results.len();
                if n > 0 {
                    self.selected = if self.selected == 0 || self.selected >= n {
                        n - 1
                    } else {
                        self.selected - 1
                    };
                    self.scroll_into_view();
                }
                FinderOutcome::None
            }
            FinderAction::PageDown => {
                let n = self.results.len();
                if n > 0 {
                    self.selected = (self.selected + self.page()).min(n - 1);
                    self.scroll_into_view();
                }
                FinderOutcome::None
            }
            FinderAction::PageUp => {
                self.selected = self.selected.saturating_sub(self.page());
                self.scroll_into_view();
                FinderOutcome::None
            }
            FinderAction::SelectRow(row) => {
                let i = self.offset + usize::from(row);
                if i < self.results.len() {
                    self.selected = i;
                }
                FinderOutcome::None
            }
            FinderAction::CycleScope => {
                if self.mode != FinderMode::Entities {
                    return FinderOutcome::None;
                }
                self.scope = self.scope.next();
                self.search()
            }
            FinderAction::ToggleMode => {
                self.mode = self.mode.next();
                self.search()
            }
            FinderAction::Accept => match self.mode {
                FinderMode::Entities => self
                    .selected_entity()
                    .map_or(FinderOutcome::None, FinderOutcome::FocusEntity),
                FinderMode::Stories => self
                    .selected_story()
                    .map_or(FinderOutcome::None, FinderOutcome::OpenStory),
                FinderMode::Text => self.selected_passage().map_or(FinderOutcome::None, |h| {
                    FinderOutcome::OpenPassage {
                        story: h.story.0,
                        paragraph: h.paragraph,
                        sentence: h.sentence.clone(),
                    }
                }),
            },
            FinderAction::Close => FinderOutcome::Close,
        }
    }

    /// Whether the query has [`MAX_QUERY_CHARS`] characters: typing adds
    /// nothing more.
    pub fn is_full(&self) -> bool {
        self.query.chars().nth(MAX_QUERY_CHARS - 1).is_some()
    }

    /// Insert pasted text at the cursor in one step, searching once: line
    /// breaks and tabs become spaces, other control characters are dropped,
    /// and whatever would take the query past [`MAX_QUERY_CHARS`] is cut.
    /// Also returns whether text was cut.
    pub fn paste(&mut self, text: &str) -> (FinderOutcome, bool) {
        self.cursor = self.cursor.min(self.char_len());
        let room = MAX_QUERY_CHARS.saturating_sub(self.char_len());
        let mut insert = String::new();
        let mut added = 0;
        let mut cut = false;
        let mut prev = '\0';
        for raw in text.chars() {
            // `\r\n` is one line break.
            let c = match raw {
                '\n' if prev == '\r' => None,
                '\r' | '\n' | '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            };
            prev = raw;
            let Some(c) = c else { continue };
            if added == room {
                cut = true;
                break;
            }
            insert.push(c);
            added += 1;
        }
        if insert.is_empty() {
            return (FinderOutcome::None, cut);
        }
        let at = self.byte_at(self.cursor);
        self.query.insert_str(at, &insert);
        self.cursor += added;
        (self.search(), cut)
    }

    /// Take results computed for a request; stale generations are ignored.
    /// New results put the selection back on the best match.
    pub fn apply(&mut self, results: SearchResults) {
        if results.generation == self.generation {
            self.results = results;
            self.selected = 0;
            self.offset = 0;
        }
    }

    /// The first visible row for a list `height` rows tall: the stored
    /// offset, moved as little as needed to keep the selection visible.
    pub fn visible_offset(&self, height: usize) -> usize {
        let n = self.results.len();
        if height == 0 || n == 0 {
            return 0;
        }
        let selected = self.selected.min(n - 1);
        let mut offset = self.offset.min(n.saturating_sub(1));
        if selected < offset {
            offset = selected;
        } else if selected >= offset + height {
            offset = selected + 1 - height;
        }
        offset
    }

    fn scroll_into_view(&mut self) {
        self.offset = self.visible_offset(self.page());
    }

    fn search(&mut self) -> FinderOutcome {
        self.generation += 1;
        FinderOutcome::Search(self.request())
    }

    /// Character indices where the query's graphemes start, and its end:
    /// the cursor steps over a letter and its accents, or a whole emoji, at
    /// once.
    fn boundaries(&self) -> Vec<usize> {
        let mut out = vec![0];
        let mut at = 0;
        for g in self.query.graphemes(true) {
            at += g.chars().count();
            out.push(at);
        }
        out
    }

    /// The grapheme boundary before the cursor (0 at the start).
    fn prev_boundary(&self) -> usize {
        self.boundaries()
            .into_iter()
            .rev()
            .find(|&b| b < self.cursor)
            .unwrap_or(0)
    }

    /// The grapheme boundary after the cursor (the end at the end).
    fn next_boundary(&self) -> usize {
        let len = self.char_len();
        self.boundaries()
            .into_iter()
            .find(|&b| b > self.cursor)
            .unwrap_or(len)
    }

    fn char_len(&self) -> usize {
        self.query.chars().count()
    }

    /// Byte offset of character `i` of the query (its length past the end).
    fn byte_at(&self, i: usize) -> usize {
        self.query
            .char_indices()
            .nth(i)
            .map_or(self.query.len(), |(b, _)| b)
    }
}

/// Styles the finder draws with; the app's theme builds them.
#[derive(Debug, Clone, Copy)]
pub struct FinderStyles {
    pub border: Style,
    pub title: Style,
    pub text: Style,
    pub selected: Style,
    pub matched: Style,
    pub dim: Style,
}

impl Default for FinderStyles {
    fn default() -> Self {
        Self {
            border: Style::new(),
            title: Style::new().add_modifier(Modifier::BOLD),
            text: Style::new(),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            dim: Style::new().add_modifier(Modifier::DIM),
        }
    }
}
