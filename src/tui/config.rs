//! The `[keys]` part of `config.toml`: action names and key names generated
//! from the key table, the commented default config, and validation with
//! `path:line:col` diagnostics.
//!
//! `[keys]` maps an action (the `Action` in snake_case) to a list of keys and
//! applies in every context whose default table binds that action;
//! `[keys.CONTEXT]` (global, list, article, people, popup, finder, command)
//! names one context only.

use std::collections::BTreeMap;
use std::path::Path;

use crossterm::event::{KeyCode, KeyModifiers};

use ratatui::style::Style;

use super::action::{Action, Pane};
use super::keymap::{BINDINGS, CONTEXTS, Context, Key, Keymap};
use super::theme::{Preset, STYLE_NAMES, Theme, parse_style, style_text};
use crate::model::Diagnostic;

/// The config-file name of a context.
pub fn context_name(ctx: Context) -> &'static str {
    match ctx {
        Context::Global => "global",
        Context::List => "list",
        Context::Article => "article",
        Context::People => "people",
        Context::Popup => "popup",
        Context::Finder => "finder",
        Context::Command => "command",
    }
}

/// The config-file name of an action: its variant path in snake_case,
/// `NextEvent` → `next_event`, `Finder(Close)` → `finder_close`. Generated
/// from the enum, so actions added to the table get names without a list.
pub fn action_name(action: &Action) -> String {
    let debug = format!("{action:?}");
    let mut out = String::new();
    for c in debug.chars() {
        if c.is_ascii_uppercase() {
            if !out.is_empty() && !out.ends_with('_') {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_string()
}

/// How a key is written in the config file: `j`, `ctrl-d`, `shift-tab`, `f1`.
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Up => "up".into(),
        KeyCode::Down => "down".into(),
        KeyCode::Left => "left".into(),
        KeyCode::Right => "right".into(),
        KeyCode::Home => "home".into(),
        KeyCode::End => "end".into(),
        KeyCode::PageUp => "pageup".into(),
        KeyCode::PageDown => "pagedown".into(),
        KeyCode::Tab => "tab".into(),
        KeyCode::BackTab => "shift-tab".into(),
        KeyCode::Enter => "enter".into(),
        KeyCode::Esc => "esc".into(),
        KeyCode::Backspace => "backspace".into(),
        KeyCode::Delete => "delete".into(),
        KeyCode::F(n) => format!("f{n}"),
        other => format!("{other:?}").to_lowercase(),
    };
    if key.mods.contains(KeyModifiers::CONTROL) {
        format!("ctrl-{base}")
    } else if key.mods.contains(KeyModifiers::ALT) {
        format!("alt-{base}")
    } else {
        base
    }
}

/// Read a key name (see [`key_name`]); `None` when it names no key.
pub fn parse_key(name: &str) -> Option<Key> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(Key::ch(c));
    }
    let lower = name.to_ascii_lowercase();
    for (prefix, mods) in [
        ("ctrl-", KeyModifiers::CONTROL),
        ("alt-", KeyModifiers::ALT),
    ] {
        if let Some(rest) = lower.strip_prefix(prefix).filter(|r| !r.is_empty()) {
            let mut key = parse_key(rest)?;
            if key.mods != KeyModifiers::NONE || key.code == KeyCode::BackTab {
                return None;
            }
            if let KeyCode::Char(c) = key.code {
                key.code = KeyCode::Char(c.to_ascii_lowercase());
            }
            key.mods = mods;
            return Some(key);
        }
    }
    let code = match lower.as_str() {
        "space" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" => KeyCode::PageUp,
        "pagedown" => KeyCode::PageDown,
        "tab" => KeyCode::Tab,
        "shift-tab" => KeyCode::BackTab,
        "enter" => KeyCode::Enter,
        "esc" => KeyCode::Esc,
        "backspace" => KeyCode::Backspace,
        "delete" => KeyCode::Delete,
        f if f.starts_with('f') => match f[1..].parse::<u8>() {
            Ok(n @ 1..=12) => KeyCode::F(n),
            _ => return None,
        },
        _ => return None,
    };
    Some(Key::plain(code))
}

/// An action's default keys in each context that binds it.
type ActionDefaults = (Action, Vec<(Context, Vec<Key>)>);

/// Each action's default keys per context, in table order.
fn defaults() -> Vec<ActionDefaults> {
    let mut out: Vec<ActionDefaults> = Vec::new();
    for b in BINDINGS {
        let row = match out.iter_mut().find(|(a, _)| *a == b.action) {
            Some(row) => row,
            None => {
                out.push((b.action, Vec::new()));
                out.last_mut().expect("just pushed")
            }
        };
        match row.1.iter_mut().find(|(c, _)| *c == b.context) {
            Some((_, keys)) => keys.push(b.key),
            None => row.1.push((b.context, vec![b.key])),
        }
    }
    out
}

fn key_list(keys: &[Key]) -> String {
    let names: Vec<String> = keys
        .iter()
        .map(|k| {
            let n = key_name(k);
            if n == "\"" || n == "\\" {
                format!("\"\\{n}\"")
            } else {
                format!("\"{n}\"")
            }
        })
        .collect();
    format!("[{}]", names.join(", "))
}

fn desc_of(action: Action) -> &'static str {
    BINDINGS
        .iter()
        .find(|b| b.action == action)
        .map_or("", |b| b.desc)
}

/// The commented default config: every action of the key table with its
/// default keys. An action bound to the same keys everywhere is listed
/// under `[keys]`; one whose keys differ by context, under each context.
pub fn default_toml() -> String {
    let mut out = String::from(
        "# dateline configuration. Every value below is the built-in default.\n\
         #\n\
         # [keys]: action = [keys], replacing that action's default keys in every\n\
         # context that binds it; [keys.CONTEXT] (global, list, article, people,\n\
         # popup, finder, command) changes one context only. An empty list unbinds.\n\
         # Keys: a single character, ctrl-x, alt-x, shift-tab, enter, esc, tab,\n\
         # backspace, delete, up, down, left, right, pageup, pagedown, home, end,\n\
         # f1 to f12, space.\n\n[keys]\n",
    );
    let all = defaults();
    let mut per_context: BTreeMap<usize, Vec<(Action, Vec<Key>)>> = BTreeMap::new();
    for (action, contexts) in &all {
        let same = contexts.windows(2).all(|w| w[0].1 == w[1].1);
        if same {
            out.push_str(&format!("# {}\n", desc_of(*action)));
            out.push_str(&format!(
                "{} = {}\n",
                action_name(action),
                key_list(&contexts[0].1)
            ));
        } else {
            for (ctx, keys) in contexts {
                let pos = CONTEXTS.iter().position(|c| c == ctx).unwrap_or(0);
                per_context
                    .entry(pos)
                    .or_default()
                    .push((*action, keys.clone()));
            }
        }
    }
    for (pos, rows) in per_context {
        out.push_str(&format!("\n[keys.{}]\n", context_name(CONTEXTS[pos])));
        for (action, keys) in rows {
            out.push_str(&format!("# {}\n", desc_of(action)));
            out.push_str(&format!("{} = {}\n", action_name(&action), key_list(&keys)));
        }
    }
    out.push_str(&format!(
        "\n[theme]\n\
         # The palette: {}. Without this line NO_COLOR\n\
         # (set and not empty) picks no-color and dark is the default.\n\
         # preset = \"dark\"\n\
         #\n\
         # Single styles over the preset: a colour (a name like dark-gray or\n\
         # light-blue, #rrggbb, or 0-255), \"on\" and a background colour, and\n\
         # bold, dim, italic, underlined, reversed, crossed-out. The dark preset's:\n",
        Preset::ALL.map(|p| format!("\"{}\"", p.name())).join(", ")
    ));
    let dark = Theme::preset(Preset::Dark);
    for name in STYLE_NAMES {
        let style = dark.style(name).unwrap_or_default();
        out.push_str(&format!("# {name} = \"{}\"\n", style_text(style)));
    }
    out.push_str(
        "\n[layout]\n\
         # The pane focused at start: stories, article, timeline or people.\n\
         focus = \"timeline\"\n\
         # The pane beside the article on medium screens: timeline, people or stories.\n\
         side = \"timeline\"\n\
         # Start with the focused pane on the whole screen.\n\
         zoom = false\n\
         \n[dates]\n\
         # How the timeline writes dates: \"words\" (Wed 5 Nov, Aug, Wk 17 Nov\n\
         # under year headings) or \"iso\" (2014-11-05, 2014-08, 2014-W47).\n\
         style = \"words\"\n",
    );
    out
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// How the timeline writes dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateStyle {
    /// `Wed 5 Nov`, `Aug`, `Wk 17 Nov` under the year headings.
    #[default]
    Words,
    /// `2014-11-05`, `2014-08`, `2014-W47`: sortable, and the year in
    /// every row.
    Iso,
}

impl DateStyle {
    const NAMES: [(&'static str, DateStyle); 2] =
        [("words", DateStyle::Words), ("iso", DateStyle::Iso)];
}

/// Where the app starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LayoutSettings {
    /// The focused pane; the timeline when not set.
    pub focus: Option<Pane>,
    /// The pane beside the article in the medium layout.
    pub side: Option<Pane>,
    /// Start with the focused pane on the whole screen.
    pub zoom: bool,
}

const PANE_NAMES: [(&str, Pane); 4] = [
    ("stories", Pane::Stories),
    ("article", Pane::Article),
    ("timeline", Pane::Timeline),
    ("people", Pane::People),
];

/// What the config file sets, over the built-in defaults.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Settings {
    pub keymap: Keymap,
    /// The palette; when not set, `NO_COLOR` chooses between dark and no
    /// colour.
    pub preset: Option<Preset>,
    /// Single styles changed over the preset, by name.
    pub styles: Vec<(&'static str, Style)>,
    pub layout: LayoutSettings,
    pub dates: DateStyle,
}

impl Settings {
    /// The theme: the preset (or the one `no_color` asks for) with the
    /// config's single styles over it.
    pub fn theme(&self, no_color: bool) -> Theme {
        let preset = self.preset.unwrap_or(if no_color {
            Preset::NoColor
        } else {
            Preset::Dark
        });
        let mut theme = Theme::preset(preset);
        for (name, style) in &self.styles {
            theme.set_style(name, *style);
        }
        theme
    }
}

/// Read the config file the app uses (see [`crate::store::dirs::config_file`]).
/// A missing file is the defaults and no problem; an unreadable or bad one
/// is the defaults, or what of it could be used, and its problems.
pub fn read() -> (Settings, Vec<Diagnostic>) {
    let Some(path) = crate::store::dirs::config_file() else {
        return (Settings::default(), Vec::new());
    };
    match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => load(&path, &text),
            Err(_) => (
                Settings::default(),
                vec![Diagnostic::error(
                    &path,
                    "not UTF-8 text; using the defaults",
                )],
            ),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), Vec::new()),
        Err(e) => (
            Settings::default(),
            vec![Diagnostic::error(&path, format!("{e}; using the defaults"))],
        ),
    }
}

/// Every problem in a config file's `text`, each at its `path:line:col`.
pub fn check(path: &Path, text: &str) -> Vec<Diagnostic> {
    load(path, text).1
}

/// The settings a config file's `text` makes, and its problems: a bad entry
/// is reported and skipped, the rest still applies.
pub fn load(path: &Path, text: &str) -> (Settings, Vec<Diagnostic>) {
    use toml::de::{DeTable, DeValue};
    let at = |span: std::ops::Range<usize>, msg: String| {
        let (l, c) = line_col(text, span.start);
        Diagnostic::error(path, msg).at(l, Some(c))
    };
    let mut settings = Settings::default();
    let root = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            return (settings, vec![at(span, e.message().trim().to_string())]);
        }
    };
    let mut out = Vec::new();
    for (name, value) in root.get_ref().iter() {
        let known = ["keys", "theme", "layout", "dates"];
        if !known.contains(&name.get_ref().as_ref()) {
            out.push(at(
                name.span(),
                format!(
                    "unknown section {:?} (one of keys, theme, layout, dates)",
                    name.get_ref()
                ),
            ));
        } else if !matches!(value.get_ref(), DeValue::Table(_)) {
            out.push(at(
                value.span(),
                format!("[{}] must be a table", name.get_ref()),
            ));
        }
    }
    let table = |name: &str| match root.get_ref().get(name).map(|v| v.get_ref()) {
        Some(DeValue::Table(t)) => Some(t),
        _ => None,
    };
    // A string value, or a problem at the value.
    let string = |value: &toml::Spanned<DeValue>, what: &str, out: &mut Vec<Diagnostic>| match value
        .get_ref()
        .as_str()
    {
        Some(s) => Some(s.to_string()),
        None => {
            out.push(at(value.span(), format!("{what}: expected a string")));
            None
        }
    };

    if let Some(keys_table) = table("keys") {
        let all = defaults();
        // (context or every context of the action, action, keys), applied
        // [keys] first so a context's own table wins.
        let mut changes: Vec<(Option<Context>, Action, Vec<Key>)> = Vec::new();
        let mut entry = |ctx: Option<Context>,
                         name: &toml::Spanned<std::borrow::Cow<str>>,
                         value: &toml::Spanned<DeValue>,
                         out: &mut Vec<Diagnostic>| {
            let known = all.iter().find(|(a, contexts)| {
                action_name(a) == name.get_ref().as_ref()
                    && ctx.is_none_or(|c| contexts.iter().any(|(cc, _)| *cc == c))
            });
            let Some((action, _)) = known else {
                let where_ =
                    ctx.map_or(String::new(), |c| format!(" in [keys.{}]", context_name(c)));
                out.push(at(
                    name.span(),
                    format!("unknown action {:?}{where_}", name.get_ref()),
                ));
                return;
            };
            let DeValue::Array(items) = value.get_ref() else {
                out.push(at(
                    value.span(),
                    format!(
                        "{}: expected a list of keys, like [\"j\", \"down\"]",
                        name.get_ref()
                    ),
                ));
                return;
            };
            let mut keys = Vec::new();
            let mut bad = false;
            for item in items.iter() {
                match item.get_ref().as_str() {
                    Some(k) => match parse_key(k) {
                        Some(key) => keys.push(key),
                        None => {
                            bad = true;
                            out.push(at(item.span(), format!("unknown key name {k:?}")));
                        }
                    },
                    None => {
                        bad = true;
                        out.push(at(
                            item.span(),
                            format!("{}: a key must be a string", name.get_ref()),
                        ));
                    }
                }
            }
            if !bad {
                changes.push((ctx, *action, keys));
            }
        };
        let mut contexts = Vec::new();
        for (name, value) in keys_table.iter() {
            if let DeValue::Table(sub) = value.get_ref() {
                match CONTEXTS
                    .iter()
                    .copied()
                    .find(|c| context_name(*c) == name.get_ref().as_ref())
                {
                    Some(ctx) => contexts.push((ctx, sub)),
                    None => out.push(at(
                        name.span(),
                        format!(
                            "unknown context {:?} (one of global, list, article, people, popup, finder, command)",
                            name.get_ref()
                        ),
                    )),
                }
            } else {
                entry(None, name, value, &mut out);
            }
        }
        for (ctx, sub) in contexts {
            for (n, v) in sub.iter() {
                entry(Some(ctx), n, v, &mut out);
            }
        }
        for (ctx, action, keys) in changes {
            let in_contexts: Vec<Context> = match ctx {
                Some(c) => vec![c],
                None => all
                    .iter()
                    .find(|(a, _)| *a == action)
                    .map(|(_, cs)| cs.iter().map(|(c, _)| *c).collect())
                    .unwrap_or_default(),
            };
            for c in in_contexts {
                settings.keymap.rebind(c, action, &keys);
            }
        }
    }

    if let Some(theme) = table("theme") {
        for (name, value) in theme.iter() {
            let key = name.get_ref().as_ref();
            if key == "preset" {
                let Some(v) = string(value, "preset", &mut out) else {
                    continue;
                };
                match Preset::from_name(&v) {
                    Some(p) => settings.preset = Some(p),
                    None => out.push(at(
                        value.span(),
                        format!(
                            "unknown preset {v:?} (one of {})",
                            Preset::ALL.map(|p| p.name()).join(", ")
                        ),
                    )),
                }
                continue;
            }
            let Some(style_name) = STYLE_NAMES.iter().copied().find(|n| *n == key) else {
                out.push(at(
                    name.span(),
                    format!("unknown style {key:?} (dateline config --default lists them)"),
                ));
                continue;
            };
            let Some(v) = string(value, key, &mut out) else {
                continue;
            };
            match parse_style(&v) {
                Ok(style) => settings.styles.push((style_name, style)),
                Err(why) => out.push(at(value.span(), format!("{key}: {why}"))),
            }
        }
    }

    if let Some(layout) = table("layout") {
        for (name, value) in layout.iter() {
            let key = name.get_ref().as_ref();
            match key {
                "focus" | "side" => {
                    let Some(v) = string(value, key, &mut out) else {
                        continue;
                    };
                    let allowed: &[Pane] = if key == "side" {
                        &[Pane::Timeline, Pane::People, Pane::Stories]
                    } else {
                        &Pane::ALL
                    };
                    match PANE_NAMES
                        .iter()
                        .find(|(n, p)| *n == v && allowed.contains(p))
                    {
                        Some((_, pane)) if key == "focus" => settings.layout.focus = Some(*pane),
                        Some((_, pane)) => settings.layout.side = Some(*pane),
                        None => {
                            let names: Vec<&str> = PANE_NAMES
                                .iter()
                                .filter(|(_, p)| allowed.contains(p))
                                .map(|(n, _)| *n)
                                .collect();
                            out.push(at(
                                value.span(),
                                format!("{key}: unknown pane {v:?} (one of {})", names.join(", ")),
                            ));
                        }
                    }
                }
                "zoom" => match value.get_ref().as_bool() {
                    Some(b) => settings.layout.zoom = b,
                    None => out.push(at(value.span(), "zoom: expected true or false".into())),
                },
                other => out.push(at(
                    name.span(),
                    format!("unknown layout setting {other:?} (one of focus, side, zoom)"),
                )),
            }
        }
    }

    if let Some(dates) = table("dates") {
        for (name, value) in dates.iter() {
            let key = name.get_ref().as_ref();
            if key != "style" {
                out.push(at(
                    name.span(),
                    format!("unknown dates setting {key:?} (only style)"),
                ));
                continue;
            }
            let Some(v) = string(value, key, &mut out) else {
                continue;
            };
            match DateStyle::NAMES.iter().find(|(n, _)| *n == v) {
                Some((_, d)) => settings.dates = *d,
                None => out.push(at(
                    value.span(),
                    format!("style: unknown date style {v:?} (words or iso)"),
                )),
            }
        }
    }

    out.sort_by_key(|d| (d.line, d.column));
    (settings, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_key_name_reads_back_as_the_same_key() {
        for b in BINDINGS {
            assert_eq!(parse_key(&key_name(&b.key)), Some(b.key), "{:?}", b.key);
        }
    }

    #[test]
    fn action_names_are_snake_case_and_unique() {
        let mut seen = std::collections::HashMap::new();
        for b in BINDINGS {
            let name = action_name(&b.action);
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                "{name}"
            );
            if let Some(other) = seen.insert(name.clone(), b.action) {
                assert_eq!(other, b.action, "{name} names two actions");
            }
        }
        assert_eq!(action_name(&Action::NextEvent), "next_event");
    }

    #[test]
    fn the_default_config_is_valid_and_lists_every_action() {
        let text = default_toml();
        assert_eq!(check(Path::new("config.toml"), &text), vec![]);
        for b in BINDINGS {
            assert!(
                text.contains(&format!("\n{} = ", action_name(&b.action))),
                "{:?}",
                b.action
            );
        }
    }

    fn ev(code: KeyCode, mods: KeyModifiers) -> crossterm::event::KeyEvent {
        crossterm::event::KeyEvent::new(code, mods)
    }

    fn ch(c: char) -> crossterm::event::KeyEvent {
        ev(KeyCode::Char(c), KeyModifiers::NONE)
    }

    fn messages(problems: &[Diagnostic]) -> Vec<String> {
        problems.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn a_key_list_replaces_the_actions_defaults_in_every_context() {
        let (s, problems) = load(
            Path::new("c.toml"),
            "[keys]\nnext_event = [\"n\", \"ctrl-j\"]\n",
        );
        assert_eq!(problems, vec![]);
        let list = super::super::keymap::Mode::Normal(Pane::Timeline);
        assert_eq!(s.keymap.lookup(list, &ch('n')), Some(Action::NextEvent));
        assert_eq!(
            s.keymap
                .lookup(list, &ev(KeyCode::Char('j'), KeyModifiers::CONTROL)),
            Some(Action::NextEvent)
        );
        // The old key no longer moves to the next event.
        let old = BINDINGS
            .iter()
            .find(|b| b.action == Action::NextEvent)
            .expect("a default key")
            .key;
        let old_ev = ev(old.code, old.mods);
        assert_ne!(s.keymap.lookup(list, &old_ev), Some(Action::NextEvent));
        // Help lists the new keys with the action's description.
        let help = super::super::keymap::help_lines(&s.keymap);
        let desc = desc_of(Action::NextEvent);
        assert!(
            help.iter()
                .any(|l| matches!(l, super::super::keymap::HelpLine::Keys(k, d)
                if *d == desc && k == "n Ctrl-j")),
            "{help:?}"
        );
    }

    #[test]
    fn a_context_table_changes_that_context_only_and_takes_the_key_from_others() {
        use super::super::keymap::Mode;
        let (s, problems) = load(
            Path::new("c.toml"),
            "[keys.article]\nnext_event = [\"j\"]\n",
        );
        assert_eq!(problems, vec![]);
        let article = Mode::Normal(Pane::Article);
        let timeline = Mode::Normal(Pane::Timeline);
        assert_eq!(s.keymap.lookup(article, &ch('j')), Some(Action::NextEvent));
        assert_eq!(s.keymap.lookup(timeline, &ch('j')), Some(Action::Down));
        assert_eq!(s.keymap.lookup(timeline, &ch(']')), Some(Action::NextEvent));
        let (s, problems) = load(Path::new("c.toml"), "[keys.global]\nhelp = [\"j\"]\n");
        assert_eq!(problems, vec![]);
        // j now asks for help everywhere the global keys apply, and no
        // longer moves down there (the arrow still does).
        assert_eq!(s.keymap.lookup(article, &ch('j')), Some(Action::Help));
        assert_eq!(s.keymap.lookup(timeline, &ch('j')), Some(Action::Help));
        assert_eq!(
            s.keymap.keys(Context::Global, Action::Down),
            vec![Key::plain(KeyCode::Down)]
        );
        // An action the context does not have is reported there.
        let (_, problems) = load(Path::new("c.toml"), "[keys.article]\nquit = [\"x\"]\n");
        assert_eq!(
            messages(&problems),
            ["c.toml:2:1: error: unknown action \"quit\" in [keys.article]"]
        );
    }

    #[test]
    fn an_empty_list_unbinds_and_help_stops_listing_the_key() {
        let (s, problems) = load(Path::new("c.toml"), "[keys]\nproblems = []\n");
        assert_eq!(problems, vec![]);
        assert_eq!(s.keymap.keys(Context::Global, Action::Problems), vec![]);
        assert_eq!(
            s.keymap.label(Context::Global, Action::Problems),
            "(unbound)"
        );
        let mode = super::super::keymap::Mode::Normal(Pane::Timeline);
        assert_eq!(s.keymap.lookup(mode, &ch('e')), None);
    }

    #[test]
    fn bad_entries_are_located_and_the_rest_still_applies() {
        let text = "[keys]\nnext_event = [\"n\"]\nfly = [\"f\"]\nhelp = [\"ctrl-\"]\nquit = \"q\"\n\n[keys.sidebar]\nquit = [\"q\"]\n\n[theme]\npreset = \"sepia\"\nperson = \"mauve\"\nglow = \"red\"\nplace = \"red on\"\norganisation = \"light-blue bold\"\n\n[layout]\nfocus = \"sidebar\"\nside = \"article\"\nzoom = \"yes\"\nwidth = 3\n\n[dates]\nstyle = \"roman\"\nformat = 1\n\n[colours]\n";
        let (s, problems) = load(Path::new("c.toml"), text);
        assert_eq!(
            messages(&problems),
            [
                "c.toml:3:1: error: unknown action \"fly\"",
                "c.toml:4:9: error: unknown key name \"ctrl-\"",
                "c.toml:5:8: error: quit: expected a list of keys, like [\"j\", \"down\"]",
                "c.toml:7:7: error: unknown context \"sidebar\" (one of global, list, article, people, popup, finder, command)",
                "c.toml:11:10: error: unknown preset \"sepia\" (one of dark, light, high-contrast, no-color)",
                "c.toml:12:10: error: person: unknown colour \"mauve\" (a name like dark-gray or light-blue, #rrggbb, or 0-255)",
                "c.toml:13:1: error: unknown style \"glow\" (dateline config --default lists them)",
                "c.toml:14:9: error: place: \"on\" needs a background colour after it",
                "c.toml:18:9: error: focus: unknown pane \"sidebar\" (one of stories, article, timeline, people)",
                "c.toml:19:8: error: side: unknown pane \"article\" (one of stories, timeline, people)",
                "c.toml:20:8: error: zoom: expected true or false",
                "c.toml:21:1: error: unknown layout setting \"width\" (one of focus, side, zoom)",
                "c.toml:24:9: error: style: unknown date style \"roman\" (words or iso)",
                "c.toml:25:1: error: unknown dates setting \"format\" (only style)",
                "c.toml:27:2: error: unknown section \"colours\" (one of keys, theme, layout, dates)",
            ]
        );
        // What was good still applies.
        let mode = super::super::keymap::Mode::Normal(Pane::Timeline);
        assert_eq!(s.keymap.lookup(mode, &ch('n')), Some(Action::NextEvent));
        assert_eq!(s.preset, None);
        assert_eq!(
            s.theme(false).organisation,
            parse_style("light-blue bold").unwrap()
        );
        assert_eq!(s.theme(false).person, Theme::colored().person);
    }

    #[test]
    fn a_toml_syntax_error_is_one_located_problem_and_the_defaults() {
        let (s, problems) = load(Path::new("c.toml"), "[keys]\nquit = [\"q\"\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, Some(2));
        assert_eq!(s, Settings::default());
    }

    #[test]
    fn the_preset_wins_over_no_color_and_styles_go_over_the_preset() {
        let (s, problems) = load(
            Path::new("c.toml"),
            "[theme]\npreset = \"high-contrast\"\nselected = \"white on 52 bold\"\n",
        );
        assert_eq!(problems, vec![]);
        let t = s.theme(true);
        assert_eq!(t.person, Theme::high_contrast().person);
        assert_eq!(t.selected, parse_style("white on 52 bold").unwrap());
        // No preset: NO_COLOR decides.
        let none = Settings::default();
        assert_eq!(none.theme(true), Theme::no_color());
        assert_eq!(none.theme(false), Theme::colored());
        let (light, _) = load(Path::new("c.toml"), "[theme]\npreset = \"light\"\n");
        assert_eq!(light.theme(true), Theme::light());
    }

    #[test]
    fn layout_and_dates() {
        let (s, problems) = load(
            Path::new("c.toml"),
            "[layout]\nfocus = \"people\"\nside = \"stories\"\nzoom = true\n[dates]\nstyle = \"iso\"\n",
        );
        assert_eq!(problems, vec![]);
        assert_eq!(
            s.layout,
            LayoutSettings {
                focus: Some(Pane::People),
                side: Some(Pane::Stories),
                zoom: true
            }
        );
        assert_eq!(s.dates, DateStyle::Iso);
    }

    #[test]
    fn the_default_config_reads_back_as_the_defaults() {
        let (s, problems) = load(Path::new("c.toml"), &default_toml());
        assert_eq!(problems, vec![]);
        assert_eq!(s.keymap, Keymap::default());
        assert_eq!(s.theme(false), Theme::colored());
        // Every style is listed, commented, with the dark preset's value,
        // and uncommenting them all changes nothing.
        let uncommented: String = default_toml()
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest)
                    if STYLE_NAMES
                        .iter()
                        .any(|n| rest.starts_with(&format!("{n} = "))) =>
                {
                    rest
                }
                _ => l,
            })
            .map(|l| format!("{l}\n"))
            .collect();
        let (all, problems) = load(Path::new("c.toml"), &uncommented);
        assert_eq!(problems, vec![]);
        assert_eq!(all.styles.len(), STYLE_NAMES.len());
        assert_eq!(all.theme(false), Theme::colored());
    }
}
