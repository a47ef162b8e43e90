//! Every style the app draws with, in one place. Two palettes: colour (named
//! ANSI colours, or explicit foreground/background pairs, so text stays
//! readable on dark and light terminals alike) and `NO_COLOR`, where emphasis
//! is carried by bold, italic, underline and reverse video only.

use ratatui::style::{Color, Modifier, Style};

use super::finder::FinderStyles;
use crate::model::EntityKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub color: bool,
    pub text: Style,
    pub dim: Style,
    pub title: Style,
    pub border: Style,
    pub border_focused: Style,
    pub pane_title: Style,
    pub pane_title_focused: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub header: Style,
    pub date: Style,
    pub publication: Style,
    pub sentence: Style,
    /// A name inside the highlighted sentence (colour only: without colour
    /// names keep their kind styles there).
    pub sentence_name: Style,
    pub focus_mention: Style,
    pub person: Style,
    pub organisation: Style,
    pub place: Style,
    /// Names of events, laws, treaties and products (kind `other`).
    pub other: Style,
    pub status: Style,
    pub status_key: Style,
    pub message: Style,
    pub warning: Style,
    pub error: Style,
    pub filter: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub popup_border: Style,
}

impl Theme {
    /// The theme the environment asks for: `NO_COLOR` set to anything
    /// non-empty turns colour off (<https://no-color.org>).
    pub fn from_env() -> Self {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Self::no_color(),
            _ => Self::colored(),
        }
    }

    pub fn colored() -> Self {
        let bold = Modifier::BOLD;
        Self {
            color: true,
            text: Style::new(),
            dim: Style::new().fg(Color::DarkGray),
            title: Style::new().add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            border_focused: Style::new().fg(Color::Cyan).add_modifier(bold),
            pane_title: Style::new(),
            pane_title_focused: Style::new().fg(Color::Cyan).add_modifier(bold),
            selected: Style::new().fg(Color::Black).bg(Color::Cyan),
            selected_unfocused: Style::new().add_modifier(Modifier::REVERSED),
            header: Style::new().fg(Color::Blue).add_modifier(bold),
            date: Style::new().add_modifier(Modifier::UNDERLINED),
            publication: Style::new().fg(Color::Green).add_modifier(Modifier::ITALIC),
            sentence: Style::new().fg(Color::White).bg(Color::Indexed(24)),
            sentence_name: Style::new()
                .fg(Color::White)
                .bg(Color::Indexed(24))
                .add_modifier(bold),
            focus_mention: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(bold),
            person: Style::new().fg(Color::Magenta),
            organisation: Style::new().fg(Color::Blue),
            place: Style::new().fg(Color::Green),
            other: Style::new().fg(Color::Yellow),
            status: Style::new(),
            status_key: Style::new().fg(Color::Cyan).add_modifier(bold),
            message: Style::new().fg(Color::Black).bg(Color::Yellow),
            warning: Style::new().fg(Color::Yellow).add_modifier(bold),
            error: Style::new().fg(Color::Red).add_modifier(bold),
            filter: Style::new().fg(Color::Black).bg(Color::Magenta),
            tab: Style::new(),
            tab_active: Style::new().fg(Color::Black).bg(Color::Cyan),
            popup_border: Style::new().fg(Color::Cyan),
        }
    }

    pub fn no_color() -> Self {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let rev = Style::new().add_modifier(Modifier::REVERSED);
        Self {
            color: false,
            text: Style::new(),
            dim: Style::new().add_modifier(Modifier::DIM),
            title: bold,
            border: Style::new(),
            border_focused: bold,
            pane_title: Style::new(),
            pane_title_focused: bold.add_modifier(Modifier::REVERSED),
            selected: rev.add_modifier(Modifier::BOLD),
            selected_unfocused: rev,
            header: bold,
            date: Style::new().add_modifier(Modifier::UNDERLINED),
            publication: Style::new().add_modifier(Modifier::ITALIC),
            sentence: bold,
            sentence_name: bold,
            focus_mention: rev.add_modifier(Modifier::BOLD),
            person: bold,
            organisation: Style::new().add_modifier(Modifier::ITALIC | Modifier::BOLD),
            place: Style::new().add_modifier(Modifier::ITALIC),
            other: Style::new().add_modifier(Modifier::UNDERLINED),
            status: Style::new(),
            status_key: bold,
            message: rev,
            warning: bold,
            error: bold,
            filter: rev,
            tab: Style::new(),
            tab_active: rev.add_modifier(Modifier::BOLD),
            popup_border: bold,
        }
    }

    /// The style of the selected row, dimmer when its pane is not focused.
    pub fn selection(&self, focused: bool) -> Style {
        if focused {
            self.selected
        } else {
            self.selected_unfocused
        }
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Organisation => self.organisation,
            EntityKind::Place => self.place,
            EntityKind::Other => self.other,
        }
    }

    /// The finder component's styles, from this palette.
    pub fn finder(&self) -> FinderStyles {
        FinderStyles {
            border: self.popup_border,
            title: self.pane_title_focused,
            text: self.text,
            selected: self.selected,
            matched: if self.color {
                Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
            } else {
                Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
            },
            dim: self.dim,
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::colored()
    }
}
