//! What the user can ask for, named by intent. Keys and mouse events become
//! actions through the keymap; `update` turns actions into state changes and,
//! where the outside world is involved, effects for the loop to run.

use super::command::CommandAction;
use super::finder::{FinderAction, SearchRequest};
use super::outside::ExportRequest;
use crate::model::EntityId;
use crate::progress::LoadStatus;

/// The four panes, numbered as the `1`–`4` keys select them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Stories,
    Article,
    Timeline,
    People,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Stories, Pane::Article, Pane::Timeline, Pane::People];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Stories => "Stories",
            Pane::Article => "Article",
            Pane::Timeline => "Timeline",
            Pane::People => "People & organisations",
        }
    }

    pub fn short_title(self) -> &'static str {
        match self {
            Pane::Stories => "Stories",
            Pane::Article => "Article",
            Pane::Timeline => "Timeline",
            Pane::People => "People",
        }
    }

    /// 1-based number, as shown on the tab bar.
    pub fn number(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0) + 1
    }

    pub fn next(self) -> Pane {
        Pane::ALL[self.number() % 4]
    }

    pub fn prev(self) -> Pane {
        Pane::ALL[(self.number() + 2) % 4]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    Suspend,
    Down,
    Up,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    NextPane,
    PrevPane,
    FocusPane(Pane),
    /// Enter: story → article, event → its sentence, entity → focus it.
    Open,
    NextEvent,
    PrevEvent,
    NextMonth,
    PrevMonth,
    Explain,
    Problems,
    Help,
    /// Close the popup, or clear the entity focus and its filter.
    Escape,
    NextMention,
    PrevMention,
    FocusEntity(EntityId),
    /// The people pane's next (previous) kind tab.
    NextKindTab,
    PrevKindTab,
    OpenFinder,
    Finder(FinderAction),
    /// `→` on the timeline: a grouped event's row opens into one per story.
    ExpandGroup,
    /// `←` on the timeline: the group folds back into one row.
    CollapseGroup,
    /// `z`: the focused pane on the whole screen, and back.
    Zoom,
    /// `:`: open the command line.
    OpenCommand,
    Command(CommandAction),
    /// A left click at a screen position.
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel at a screen position; positive scrolls down.
    Scroll {
        column: u16,
        row: u16,
        delta: i16,
    },
    /// A transient status message has had its time on screen.
    ExpireMessage(u64),
    /// The load behind the loading screen has got this far.
    LoadProgress(LoadStatus),
    /// `o`: open the selected story's link in a browser.
    OpenLink,
    /// `y`: copy the selected event to the clipboard.
    CopyEvent,
    /// `c`: edit the selected event's date (a correction).
    Correct,
    /// `s`: star or unstar the selected event (a story in the stories list).
    Star,
    /// `a`: write a note on the selected event.
    Note,
}

/// What `update` asks the loop to do beyond changing state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Give the terminal back and stop the process until `fg`.
    Suspend,
    /// Run a finder search off the render path.
    Search(SearchRequest),
    /// Write the listed events to a file (`:export`).
    Export(ExportRequest),
    /// Open this http(s) url in a browser.
    OpenUrl(String),
    /// Put this text on the clipboard, through the terminal (OSC 52).
    Copy(String),
    /// Write a change to the workspace, then apply it (see
    /// [`super::marks::saved`]).
    Save(crate::store::workspace::Change),
}
