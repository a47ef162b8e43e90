//! The fuzzy finder popup: a query line, ranked results with highlighted
//! matches, and a preview. Plain state changed by [`FinderAction`]s; the
//! matching itself runs off the render path (see [`SearchRequest`]).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};

use crate::index::Index;
use crate::index::search::{SearchHit, Searcher};
use crate::model::{EntityId, EntityKind};

/// Which names the finder lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    #[default]
    All,
    People,
    Organisations,
    Places,
}

/// What the finder searches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FinderMode {
    #[default]
    Entities,
    Stories,
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
}

/// What the app must do after a finder action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FinderOutcome {
    None,
    Close,
    FocusEntity(EntityId),
    OpenStory(usize),
    /// Run this search off the render path and hand the result back with
    /// [`Finder::apply`].
    Search(SearchRequest),
}

/// A search to run, tagged with a generation so stale results are dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequest {
    pub generation: u64,
    pub query: String,
    pub kind: Option<EntityKind>,
    pub mode: FinderMode,
}

/// The answer to a [`SearchRequest`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchResults {
    pub generation: u64,
    pub hits: Vec<SearchHit>,
    /// For story mode: (story index, score, matched char positions in its title).
    pub stories: Vec<(usize, i64, Vec<usize>)>,
}

/// Finder state: plain data.
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
}

impl Finder {
    pub fn update(&mut self, action: FinderAction, index: &Index) -> FinderOutcome {
        let _ = (action, index);
        FinderOutcome::None
    }

    /// Take results computed for a request; stale generations are ignored.
    pub fn apply(&mut self, results: SearchResults) {
        if results.generation == self.generation {
            self.results = results;
        }
    }
}

/// Run a request synchronously (the worker thread and the tests call this).
pub fn run_request(
    searcher: &mut Searcher,
    index: &Index,
    request: &SearchRequest,
) -> SearchResults {
    let _ = (index, request);
    let _ = searcher;
    SearchResults::default()
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

/// Draw the finder as a centred popup within `area`.
pub fn render(
    finder: &Finder,
    index: &Index,
    styles: &FinderStyles,
    frame: &mut Frame,
    area: Rect,
) {
    let _ = (finder, index, styles, frame, area);
}
