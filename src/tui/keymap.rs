//! The keymap as data: one table of bindings, each with the context it
//! applies in and a description. Input handling, the help overlay, the
//! status-bar hints and the README key table are all generated from it.

use crossterm::event::{
    KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::action::{Action, Pane};
use super::command::CommandAction;
use super::finder::FinderAction;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Anywhere in the main screen (when no popup or finder is open).
    Global,
    /// The stories, timeline and people lists.
    List,
    Article,
    /// The people pane only.
    People,
    /// A popup (help, explanation, problems) is open.
    Popup,
    /// The finder is open.
    Finder,
    /// The `:` command line is open.
    Command,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::List => "Lists",
            Context::Article => "Article",
            Context::People => "People & organisations",
            Context::Popup => "Popups",
            Context::Finder => "Finder",
            Context::Command => "Command line (:)",
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn plain(code: KeyCode) -> Self {
        Self {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    pub const fn ch(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    pub const fn ctrl(c: char) -> Self {
        Self {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }

    /// How the key is written in help and hints: `j`, `Ctrl-d`, `↓`, `Shift-Tab`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift-Tab".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Delete".into(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        }
    }

    /// Whether a key event from the terminal is this key. Shift is folded
    /// into the character for printable keys (`G`, `?`, `}`).
    fn matches(&self, ev: &KeyEvent) -> bool {
        let mut mods = ev.modifiers;
        if matches!(ev.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        let code = match ev.code {
            // Terminals report Ctrl-letter in lower case; be lenient.
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            c => c,
        };
        code == self.code && mods == self.mods
    }
}

/// One row of the keymap.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub context: Context,
    pub key: Key,
    pub action: Action,
    pub desc: &'static str,
    /// Shown among the status-bar hints of its context.
    pub hint: bool,
}

const fn b(context: Context, key: Key, action: Action, desc: &'static str, hint: bool) -> Binding {
    Binding {
        context,
        key,
        action,
        desc,
        hint,
    }
}

use Context::{
    Article as A, Command as C, Finder as F, Global as G, List as L, People as P, Popup as U,
};
use KeyCode as K;

/// The default keymap. Order matters only for display.
pub const BINDINGS: &[Binding] = &[
    b(G, Key::ch('j'), Action::Down, "move down", false),
    b(G, Key::plain(K::Down), Action::Down, "move down", false),
    b(G, Key::ch('k'), Action::Up, "move up", false),
    b(G, Key::plain(K::Up), Action::Up, "move up", false),
    b(G, Key::ch('g'), Action::Top, "go to top", false),
    b(G, Key::plain(K::Home), Action::Top, "go to top", false),
    b(G, Key::ch('G'), Action::Bottom, "go to bottom", false),
    b(G, Key::plain(K::End), Action::Bottom, "go to bottom", false),
    b(
        G,
        Key::ctrl('d'),
        Action::HalfPageDown,
        "half a page down",
        false,
    ),
    b(
        G,
        Key::plain(K::PageDown),
        Action::HalfPageDown,
        "half a page down",
        false,
    ),
    b(
        G,
        Key::ctrl('u'),
        Action::HalfPageUp,
        "half a page up",
        false,
    ),
    b(
        G,
        Key::plain(K::PageUp),
        Action::HalfPageUp,
        "half a page up",
        false,
    ),
    b(G, Key::plain(K::Tab), Action::NextPane, "next pane", false),
    b(
        G,
        Key::plain(K::BackTab),
        Action::PrevPane,
        "previous pane",
        false,
    ),
    b(
        G,
        Key::ch('1'),
        Action::FocusPane(Pane::Stories),
        "stories pane",
        false,
    ),
    b(
        G,
        Key::ch('2'),
        Action::FocusPane(Pane::Article),
        "article pane",
        false,
    ),
    b(
        G,
        Key::ch('3'),
        Action::FocusPane(Pane::Timeline),
        "timeline pane",
        false,
    ),
    b(
        G,
        Key::ch('4'),
        Action::FocusPane(Pane::People),
        "people pane",
        false,
    ),
    b(
        G,
        Key::ch('t'),
        Action::FocusPane(Pane::Timeline),
        "focus the timeline",
        false,
    ),
    b(G, Key::plain(K::Enter), Action::Open, "open / follow", true),
    b(G, Key::ch(']'), Action::NextEvent, "next dated event", true),
    b(
        G,
        Key::ch('['),
        Action::PrevEvent,
        "previous dated event",
        true,
    ),
    b(
        G,
        Key::ch('}'),
        Action::NextMonth,
        "next month on the timeline",
        false,
    ),
    b(
        G,
        Key::ch('{'),
        Action::PrevMonth,
        "previous month on the timeline",
        false,
    ),
    b(
        G,
        Key::ch('x'),
        Action::Explain,
        "explain the selected date",
        true,
    ),
    b(
        G,
        Key::ch('/'),
        Action::OpenFinder,
        "find people, organisations, stories",
        true,
    ),
    b(
        G,
        Key::ctrl('p'),
        Action::OpenFinder,
        "find people, organisations, stories",
        false,
    ),
    b(
        G,
        Key::ch('n'),
        Action::NextMention,
        "next mention of the focused entity",
        false,
    ),
    b(
        G,
        Key::ch('N'),
        Action::PrevMention,
        "previous mention of the focused entity",
        false,
    ),
    b(
        G,
        Key::ch(':'),
        Action::OpenCommand,
        "command line: goto a date, filter, clear",
        true,
    ),
    b(
        G,
        Key::ch('z'),
        Action::Zoom,
        "zoom the focused pane and back",
        true,
    ),
    b(
        G,
        Key::ch('o'),
        Action::OpenLink,
        "open the story's link in the browser",
        false,
    ),
    b(
        G,
        Key::ch('y'),
        Action::CopyEvent,
        "copy the selected event to the clipboard",
        false,
    ),
    b(G, Key::ch('e'), Action::Problems, "loader problems", false),
    b(
        G,
        Key::ch('c'),
        Action::Correct,
        "correct the selected date",
        false,
    ),
    b(
        G,
        Key::ch('s'),
        Action::Star,
        "star the event (in stories: the story)",
        false,
    ),
    b(
        G,
        Key::ch('a'),
        Action::Note,
        "note on the selected event",
        false,
    ),
    b(G, Key::ch('?'), Action::Help, "help", true),
    b(
        G,
        Key::plain(K::Esc),
        Action::Escape,
        "close popup / clear focus",
        false,
    ),
    b(
        G,
        Key::ctrl('z'),
        Action::Suspend,
        "suspend (fg resumes)",
        false,
    ),
    b(G, Key::ch('q'), Action::Quit, "quit", true),
    b(G, Key::ctrl('c'), Action::Quit, "quit", false),
    b(
        L,
        Key::plain(K::Enter),
        Action::Open,
        "open in the article; a folded group: open it",
        true,
    ),
    b(
        L,
        Key::plain(K::Right),
        Action::ExpandGroup,
        "timeline: open a grouped event into its stories",
        false,
    ),
    b(
        L,
        Key::plain(K::Left),
        Action::CollapseGroup,
        "timeline: fold the group back into one row",
        false,
    ),
    b(
        A,
        Key::ch(']'),
        Action::NextEvent,
        "next date mention after the cursor",
        true,
    ),
    b(
        A,
        Key::ch('['),
        Action::PrevEvent,
        "previous date mention",
        true,
    ),
    b(
        P,
        Key::plain(K::Enter),
        Action::Open,
        "focus: first mention, filter timeline",
        true,
    ),
    b(
        P,
        Key::plain(K::Right),
        Action::NextKindTab,
        "next tab: all / people / orgs / places",
        true,
    ),
    b(
        P,
        Key::plain(K::Left),
        Action::PrevKindTab,
        "previous tab",
        false,
    ),
    b(U, Key::plain(K::Esc), Action::Escape, "close", true),
    b(U, Key::ch('q'), Action::Escape, "close", false),
    b(U, Key::ch('j'), Action::Down, "scroll down", true),
    b(U, Key::plain(K::Down), Action::Down, "scroll down", false),
    b(U, Key::ch('k'), Action::Up, "scroll up", true),
    b(U, Key::plain(K::Up), Action::Up, "scroll up", false),
    b(U, Key::ch('g'), Action::Top, "scroll to the top", false),
    b(
        U,
        Key::plain(K::Home),
        Action::Top,
        "scroll to the top",
        false,
    ),
    b(U, Key::ch('G'), Action::Bottom, "scroll to the end", false),
    b(
        U,
        Key::plain(K::End),
        Action::Bottom,
        "scroll to the end",
        false,
    ),
    b(
        U,
        Key::ctrl('d'),
        Action::HalfPageDown,
        "scroll a page down",
        false,
    ),
    b(
        U,
        Key::plain(K::PageDown),
        Action::HalfPageDown,
        "scroll a page down",
        false,
    ),
    b(
        U,
        Key::ctrl('u'),
        Action::HalfPageUp,
        "scroll a page up",
        false,
    ),
    b(
        U,
        Key::plain(K::PageUp),
        Action::HalfPageUp,
        "scroll a page up",
        false,
    ),
    b(U, Key::ctrl('c'), Action::Quit, "quit", false),
    b(
        F,
        Key::plain(K::Esc),
        Action::Finder(FinderAction::Close),
        "close",
        true,
    ),
    b(
        F,
        Key::plain(K::Enter),
        Action::Finder(FinderAction::Accept),
        "focus / open",
        true,
    ),
    b(
        F,
        Key::plain(K::Down),
        Action::Finder(FinderAction::SelectNext),
        "next result",
        false,
    ),
    b(
        F,
        Key::ctrl('n'),
        Action::Finder(FinderAction::SelectNext),
        "next result",
        true,
    ),
    b(
        F,
        Key::plain(K::Up),
        Action::Finder(FinderAction::SelectPrev),
        "previous result",
        false,
    ),
    b(
        F,
        Key::ctrl('p'),
        Action::Finder(FinderAction::SelectPrev),
        "previous result",
        true,
    ),
    b(
        F,
        Key::plain(K::PageDown),
        Action::Finder(FinderAction::PageDown),
        "a page of results down",
        false,
    ),
    b(
        F,
        Key::plain(K::PageUp),
        Action::Finder(FinderAction::PageUp),
        "a page of results up",
        false,
    ),
    b(
        F,
        Key::plain(K::Tab),
        Action::Finder(FinderAction::CycleScope),
        "all / people / organisations / places",
        true,
    ),
    b(
        F,
        Key::ctrl('t'),
        Action::Finder(FinderAction::ToggleMode),
        "names / story titles / story text",
        true,
    ),
    b(
        F,
        Key::plain(K::Left),
        Action::Finder(FinderAction::CursorLeft),
        "cursor left",
        false,
    ),
    b(
        F,
        Key::plain(K::Right),
        Action::Finder(FinderAction::CursorRight),
        "cursor right",
        false,
    ),
    b(
        F,
        Key::plain(K::Home),
        Action::Finder(FinderAction::CursorHome),
        "start of query",
        false,
    ),
    b(
        F,
        Key::plain(K::End),
        Action::Finder(FinderAction::CursorEnd),
        "end of query",
        false,
    ),
    b(
        F,
        Key::plain(K::Backspace),
        Action::Finder(FinderAction::Backspace),
        "delete back",
        false,
    ),
    b(
        F,
        Key::plain(K::Delete),
        Action::Finder(FinderAction::Delete),
        "delete forward",
        false,
    ),
    b(
        F,
        Key::ctrl('w'),
        Action::Finder(FinderAction::DeleteWord),
        "delete word",
        false,
    ),
    b(
        F,
        Key::ctrl('u'),
        Action::Finder(FinderAction::ClearLine),
        "clear query",
        false,
    ),
    b(F, Key::ctrl('c'), Action::Quit, "quit", false),
    b(
        C,
        Key::plain(K::Enter),
        Action::Command(CommandAction::Accept),
        "run the command",
        true,
    ),
    b(
        C,
        Key::plain(K::Esc),
        Action::Command(CommandAction::Cancel),
        "cancel",
        true,
    ),
    b(
        C,
        Key::plain(K::Tab),
        Action::Command(CommandAction::Complete),
        "complete a command or a name",
        true,
    ),
    b(
        C,
        Key::plain(K::Up),
        Action::Command(CommandAction::HistoryPrev),
        "previous command",
        true,
    ),
    b(
        C,
        Key::plain(K::Down),
        Action::Command(CommandAction::HistoryNext),
        "next command",
        false,
    ),
    b(
        C,
        Key::plain(K::Backspace),
        Action::Command(CommandAction::Backspace),
        "delete back (on an empty line: close)",
        false,
    ),
    b(C, Key::ctrl('c'), Action::Quit, "quit", false),
];

/// Which bindings are live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The main screen with `pane` focused.
    Normal(Pane),
    Popup,
    Finder,
    /// The `:` command line is open.
    Command,
    /// The one-line input of a date or a note is open: the finder's
    /// editing keys.
    Edit,
}

/// The action for a key press in `mode`, if any. Pane-specific bindings win
/// over global ones; in the finder any printable character is query input.
pub fn lookup(mode: Mode, ev: &KeyEvent) -> Option<Action> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    let contexts: &[Context] = match mode {
        Mode::Finder | Mode::Edit => &[Context::Finder],
        Mode::Command => &[Context::Command],
        Mode::Popup => &[Context::Popup],
        Mode::Normal(Pane::Article) => &[Context::Article, Context::Global],
        Mode::Normal(Pane::People) => &[Context::People, Context::List, Context::Global],
        Mode::Normal(_) => &[Context::List, Context::Global],
    };
    for ctx in contexts {
        if let Some(bnd) = BINDINGS
            .iter()
            .find(|bnd| bnd.context == *ctx && bnd.key.matches(ev))
        {
            return Some(bnd.action);
        }
    }
    if matches!(mode, Mode::Finder | Mode::Edit)
        && let KeyCode::Char(c) = ev.code
        && !ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Action::Finder(FinderAction::Input(c)));
    }
    if mode == Mode::Command
        && let KeyCode::Char(c) = ev.code
        && !ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return Some(Action::Command(CommandAction::Input(c)));
    }
    None
}

/// The action for a mouse event: left click and wheel; everything else
/// (moves, drags) is ignored.
pub fn mouse(ev: &MouseEvent) -> Option<Action> {
    let (column, row) = (ev.column, ev.row);
    match ev.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll {
            column,
            row,
            delta: 3,
        }),
        MouseEventKind::ScrollUp => Some(Action::Scroll {
            column,
            row,
            delta: -3,
        }),
        _ => None,
    }
}

/// Bindings of one context grouped by action: (keys, description), in table
/// order. What the help overlay and the README list.
pub fn grouped(context: Context) -> Vec<(Vec<Key>, &'static str)> {
    let mut out: Vec<(Action, Vec<Key>, &'static str)> = Vec::new();
    for bnd in BINDINGS.iter().filter(|bnd| bnd.context == context) {
        match out
            .iter_mut()
            .find(|(a, _, d)| *a == bnd.action && *d == bnd.desc)
        {
            Some(row) => row.1.push(bnd.key),
            None => out.push((bnd.action, vec![bnd.key], bnd.desc)),
        }
    }
    out.into_iter().map(|(_, k, d)| (k, d)).collect()
}

/// The contexts in help order.
pub const CONTEXTS: [Context; 7] = [
    Context::Global,
    Context::List,
    Context::Article,
    Context::People,
    Context::Finder,
    Context::Command,
    Context::Popup,
];

/// One line of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    Blank,
    Heading(&'static str),
    /// Keys (labels joined by spaces) and what they do.
    Keys(String, &'static str),
    /// A line of plain text.
    Text(&'static str),
}

/// The help overlay, one entry per line: context headings, then keys and
/// what they do, then the mouse. The overlay draws these and scrolling
/// counts them.
pub fn help_lines() -> Vec<HelpLine> {
    let mut out = Vec::new();
    for ctx in CONTEXTS {
        if !out.is_empty() {
            out.push(HelpLine::Blank);
        }
        out.push(HelpLine::Heading(ctx.title()));
        for (keys, desc) in grouped(ctx) {
            let keys: Vec<String> = keys.iter().map(|k| k.label()).collect();
            out.push(HelpLine::Keys(keys.join(" "), desc));
        }
    }
    out.push(HelpLine::Blank);
    out.push(HelpLine::Heading("Mouse"));
    out.push(HelpLine::Text(
        "  click               focus a pane, select the row",
    ));
    out.push(HelpLine::Text(
        "  wheel               scroll the pane under the pointer",
    ));
    out.push(HelpLine::Text(
        "  click the strip     jump to the first event of its month or year",
    ));
    out
}

/// Short hints for the status bar in `mode`: (key label, description).
pub fn hints(mode: Mode) -> Vec<(String, &'static str)> {
    let contexts: &[Context] = match mode {
        Mode::Finder | Mode::Edit => &[Context::Finder],
        Mode::Command => &[Context::Command],
        Mode::Popup => &[Context::Popup],
        Mode::Normal(Pane::Article) => &[Context::Article, Context::Global],
        Mode::Normal(Pane::People) => &[Context::People, Context::Global],
        Mode::Normal(_) => &[Context::List, Context::Global],
    };
    let mut out: Vec<(String, &'static str)> = Vec::new();
    let mut seen: Vec<Action> = Vec::new();
    for ctx in contexts {
        for bnd in BINDINGS.iter().filter(|b| b.context == *ctx && b.hint) {
            if seen.contains(&bnd.action) {
                continue;
            }
            seen.push(bnd.action);
            out.push((bnd.key.label(), short(bnd.desc)));
        }
    }
    out
}

/// The first words of a description, for the narrow status bar.
fn short(desc: &'static str) -> &'static str {
    match desc {
        "next dated event" | "next date mention after the cursor" => "next date",
        "previous dated event" | "previous date mention" => "prev date",
        "explain the selected date" => "explain",
        "find people, organisations, stories" => "find",
        "open in the article; a folded group: open it" | "open / follow" => "open",
        "focus: first mention, filter timeline" => "focus",
        "all / people / organisations / places" => "scope",
        "names / story titles / story text" => "mode",
        "next tab: all / people / orgs / places" => "kinds",
        "command line: goto a date, filter, clear" => "command",
        "zoom the focused pane and back" => "zoom",
        "run the command" => "run",
        "complete a command or a name" => "complete",
        "previous command" => "history",
        other => other,
    }
}

/// The keymap as a Markdown table, for the README.
pub fn markdown_table() -> String {
    let mut out = String::from("| Where | Keys | Action |\n|---|---|---|\n");
    for ctx in CONTEXTS {
        for (keys, desc) in grouped(ctx) {
            let keys: Vec<String> = keys
                .iter()
                .map(|k| format!("`{}`", k.label().replace('|', "\\|")))
                .collect();
            out.push_str(&format!(
                "| {} | {} | {} |\n",
                ctx.title(),
                keys.join(" "),
                desc
            ));
        }
    }
    out
}
