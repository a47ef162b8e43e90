//! Every style the app draws with, in one place. Four presets: dark (named
//! ANSI colours, or explicit foreground/background pairs, so text stays
//! readable on most terminals), light (no white or yellow text, for light
//! backgrounds), high contrast (bright colours, bold, no dim text) and no
//! colour (`NO_COLOR`), where emphasis is carried by bold, italic,
//! underline and reverse video only. The config file picks a preset and
//! can change single styles, written as `"black on cyan bold"`.

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
        if no_color_env() {
            Self::no_color()
        } else {
            Self::colored()
        }
    }

    /// The preset `preset`.
    pub fn preset(preset: Preset) -> Self {
        match preset {
            Preset::Dark => Self::colored(),
            Preset::Light => Self::light(),
            Preset::HighContrast => Self::high_contrast(),
            Preset::NoColor => Self::no_color(),
        }
    }

    /// For light backgrounds: the dark preset with every light foreground
    /// (white, yellow, cyan on the background) made dark.
    pub fn light() -> Self {
        let bold = Modifier::BOLD;
        Self {
            border_focused: Style::new().fg(Color::Blue).add_modifier(bold),
            pane_title_focused: Style::new().fg(Color::Blue).add_modifier(bold),
            selected: Style::new().fg(Color::White).bg(Color::Blue),
            sentence: Style::new().fg(Color::Black).bg(Color::Indexed(153)),
            sentence_name: Style::new()
                .fg(Color::Black)
                .bg(Color::Indexed(153))
                .add_modifier(bold),
            place: Style::new().fg(Color::Indexed(28)),
            other: Style::new().fg(Color::Indexed(94)),
            status_key: Style::new().fg(Color::Blue).add_modifier(bold),
            warning: Style::new().fg(Color::Indexed(130)).add_modifier(bold),
            tab_active: Style::new().fg(Color::White).bg(Color::Blue),
            popup_border: Style::new().fg(Color::Blue),
            ..Self::colored()
        }
    }

    /// Bright colours and bold, nothing dim: for low-contrast screens,
    /// projectors and tired eyes.
    pub fn high_contrast() -> Self {
        let bold = Modifier::BOLD;
        let fg = |c: Color| Style::new().fg(c).add_modifier(bold);
        Self {
            color: true,
            text: Style::new().fg(Color::White),
            dim: Style::new().fg(Color::White),
            title: fg(Color::White),
            border: Style::new().fg(Color::White),
            border_focused: fg(Color::LightYellow),
            pane_title: fg(Color::White),
            pane_title_focused: fg(Color::LightYellow),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(bold),
            selected_unfocused: Style::new().fg(Color::Black).bg(Color::White),
            header: fg(Color::LightCyan),
            date: Style::new().add_modifier(Modifier::UNDERLINED | bold),
            publication: fg(Color::LightGreen),
            sentence: Style::new().fg(Color::Black).bg(Color::White),
            sentence_name: Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(bold | Modifier::UNDERLINED),
            focus_mention: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(bold),
            person: fg(Color::LightMagenta),
            organisation: fg(Color::LightCyan),
            place: fg(Color::LightGreen),
            other: fg(Color::White).add_modifier(Modifier::UNDERLINED),
            status: Style::new().fg(Color::White),
            status_key: fg(Color::LightYellow),
            message: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(bold),
            warning: fg(Color::LightYellow),
            error: fg(Color::LightRed),
            filter: Style::new()
                .fg(Color::Black)
                .bg(Color::LightMagenta)
                .add_modifier(bold),
            tab: fg(Color::White),
            tab_active: Style::new()
                .fg(Color::Black)
                .bg(Color::LightYellow)
                .add_modifier(bold),
            popup_border: fg(Color::LightYellow),
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

/// Whether `NO_COLOR` is set to something non-empty.
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// A built-in palette the config file can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Dark,
    Light,
    HighContrast,
    NoColor,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::Dark,
        Preset::Light,
        Preset::HighContrast,
        Preset::NoColor,
    ];

    /// The config file's name for it.
    pub fn name(self) -> &'static str {
        match self {
            Preset::Dark => "dark",
            Preset::Light => "light",
            Preset::HighContrast => "high-contrast",
            Preset::NoColor => "no-color",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.name() == name)
    }
}

macro_rules! style_names {
    ($($field:ident),* $(,)?) => {
        /// The config file's names of the theme's styles, in the order the
        /// default config lists them.
        pub const STYLE_NAMES: &[&str] = &[$(stringify!($field)),*];

        impl Theme {
            /// The style called `name` in the config file.
            pub fn style(&self, name: &str) -> Option<Style> {
                match name {
                    $(stringify!($field) => Some(self.$field),)*
                    _ => None,
                }
            }

            /// Change the style called `name`; `false` when there is none.
            pub fn set_style(&mut self, name: &str, style: Style) -> bool {
                match name {
                    $(stringify!($field) => { self.$field = style; true })*
                    _ => false,
                }
            }
        }
    };
}

style_names!(
    text,
    dim,
    title,
    border,
    border_focused,
    pane_title,
    pane_title_focused,
    selected,
    selected_unfocused,
    header,
    date,
    publication,
    sentence,
    sentence_name,
    focus_mention,
    person,
    organisation,
    place,
    other,
    status,
    status_key,
    message,
    warning,
    error,
    filter,
    tab,
    tab_active,
    popup_border,
);

const MODIFIERS: [(&str, Modifier); 6] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
    ("crossed-out", Modifier::CROSSED_OUT),
];

/// Read a style written as words: a foreground colour, `on` and a
/// background colour, and any of bold, dim, italic, underlined, reversed,
/// crossed-out; `default` alone is the terminal's own. Colours are ANSI
/// names (`dark-gray`, `light-blue`), `#rrggbb` or a palette number 0–255.
pub fn parse_style(text: &str) -> Result<Style, String> {
    let mut style = Style::new();
    let mut words = text.split_whitespace().peekable();
    if words.peek().is_none() {
        return Err("an empty style: write a colour or a modifier, or \"default\"".into());
    }
    let mut fg_set = false;
    while let Some(word) = words.next() {
        let lower = word.to_ascii_lowercase();
        if lower == "default" {
            continue;
        }
        if lower == "on" {
            let Some(bg) = words.next() else {
                return Err("\"on\" needs a background colour after it".into());
            };
            style = style.bg(color(bg)?);
            continue;
        }
        let alias = match lower.as_str() {
            "underline" => "underlined",
            "reverse" => "reversed",
            other => other,
        };
        if let Some((_, m)) = MODIFIERS.iter().find(|(n, _)| *n == alias) {
            style = style.add_modifier(*m);
            continue;
        }
        if fg_set {
            return Err(format!(
                "{word:?}: a second colour (write \"on {word}\" for a background)"
            ));
        }
        style = style.fg(color(word)?);
        fg_set = true;
    }
    Ok(style)
}

fn color(word: &str) -> Result<Color, String> {
    word.parse::<Color>().map_err(|_| {
        format!("unknown colour {word:?} (a name like dark-gray or light-blue, #rrggbb, or 0-255)")
    })
}

/// A style in the words [`parse_style`] reads.
pub fn style_text(style: Style) -> String {
    let mut words = Vec::new();
    if let Some(fg) = style.fg {
        words.push(color_text(fg));
    }
    if let Some(bg) = style.bg {
        words.push(format!("on {}", color_text(bg)));
    }
    for (name, m) in MODIFIERS {
        if style.add_modifier.contains(m) {
            words.push(name.to_string());
        }
    }
    if words.is_empty() {
        "default".into()
    } else {
        words.join(" ")
    }
}

fn color_text(c: Color) -> String {
    match c {
        Color::Indexed(n) => n.to_string(),
        Color::Rgb(r, g, b) => format!("#{r:02x}{g:02x}{b:02x}"),
        // `DarkGray` → `dark-gray`, `LightBlue` → `light-blue`.
        other => {
            let mut out = String::new();
            for ch in format!("{other}").chars() {
                if ch.is_ascii_uppercase() && !out.is_empty() {
                    out.push('-');
                }
                out.push(ch.to_ascii_lowercase());
            }
            out
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Self::colored()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_of_every_preset_reads_back_from_its_words() {
        for preset in Preset::ALL {
            let theme = Theme::preset(preset);
            for name in STYLE_NAMES {
                let style = theme.style(name).expect("named style");
                let text = style_text(style);
                assert_eq!(
                    parse_style(&text),
                    Ok(style),
                    "{} {name}: {text}",
                    preset.name()
                );
            }
        }
    }

    #[test]
    fn style_words() {
        assert_eq!(
            parse_style("black on cyan bold"),
            Ok(Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD))
        );
        assert_eq!(
            parse_style("#ff8000 underline"),
            Ok(Style::new()
                .fg(Color::Rgb(255, 128, 0))
                .add_modifier(Modifier::UNDERLINED))
        );
        assert_eq!(
            parse_style("on 24"),
            Ok(Style::new().bg(Color::Indexed(24)))
        );
        assert_eq!(parse_style("default"), Ok(Style::new()));
        assert!(
            parse_style("mauve")
                .unwrap_err()
                .contains("unknown colour \"mauve\"")
        );
        assert!(
            parse_style("red blue")
                .unwrap_err()
                .contains("second colour")
        );
        assert!(parse_style("red on").unwrap_err().contains("background"));
        assert!(parse_style("  ").is_err());
    }

    #[test]
    fn set_style_changes_the_named_style_only() {
        let mut theme = Theme::colored();
        let before = theme;
        assert!(theme.set_style("person", Style::new().fg(Color::Red)));
        assert_eq!(theme.person, Style::new().fg(Color::Red));
        assert_eq!(
            Theme {
                person: before.person,
                ..theme
            },
            before
        );
        assert!(!theme.set_style("no_such_style", Style::new()));
    }

    #[test]
    fn the_light_preset_has_no_light_text_without_a_background() {
        let theme = Theme::light();
        for name in STYLE_NAMES {
            let s = theme.style(name).expect("named style");
            if s.bg.is_none() {
                assert!(
                    !matches!(
                        s.fg,
                        Some(Color::White | Color::Yellow | Color::Cyan | Color::LightYellow)
                    ),
                    "{name}: {s:?}"
                );
            }
        }
    }
}
