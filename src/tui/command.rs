//! The `:` command line, as in vim and newsboat: a one-line input at the
//! bottom with history and Tab completion. [`parse`] turns a line into a
//! [`Command`] (a pure function); the line's editing state is
//! [`CommandLine`]; `update` runs the command on the app.

use crate::export::Format;
use crate::index::filter::{self, DateBound};
use crate::model::EventKind;

/// A command the line can run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Select the first listed event on or after the date.
    Goto(DateBound),
    From(DateBound),
    To(DateBound),
    Story(String),
    Source(String),
    /// A name as typed; the app resolves it.
    Entity(String),
    Kind(EventKind),
    /// Keep the events other stories date on another day.
    Disagreements,
    /// Only starred events, and the events of starred stories.
    Starred,
    /// Drop every filter.
    Clear,
    /// Write the listed events to a file in a format.
    Export {
        format: Format,
        path: String,
    },
}

/// Each command's name and the argument it takes, in completion order.
pub const COMMANDS: &[(&str, &str)] = &[
    ("goto", "DATE"),
    ("from", "DATE"),
    ("to", "DATE"),
    ("story", "TEXT"),
    ("source", "TEXT"),
    ("entity", "NAME"),
    ("kind", "mention|publication"),
    ("disagreements", ""),
    ("starred", ""),
    ("clear", ""),
    ("export", "FORMAT FILE"),
];

/// Read one command line (without its `:`). The error is the message the
/// status line shows.
pub fn parse(line: &str) -> Result<Command, String> {
    let line = line.trim();
    let (name, arg) = match line.split_once(char::is_whitespace) {
        Some((n, a)) => (n, a.trim()),
        None => (line, ""),
    };
    if name.is_empty() {
        return Err(
            "no command: try goto, from, to, story, source, entity, kind, disagreements, clear"
                .into(),
        );
    }
    let Some(&(name, takes)) = COMMANDS.iter().find(|(n, _)| *n == name) else {
        return Err(format!("unknown command: `{name}`"));
    };
    if takes.is_empty() {
        if !arg.is_empty() {
            return Err(format!("{name} takes no argument"));
        }
        return Ok(match name {
            "clear" => Command::Clear,
            "starred" => Command::Starred,
            _ => Command::Disagreements,
        });
    }
    if arg.is_empty() {
        return Err(format!("{name} needs {takes}"));
    }
    let date = || DateBound::parse(arg).ok_or_else(|| filter::not_a_date(arg));
    Ok(match name {
        "goto" => Command::Goto(date()?),
        "from" => Command::From(date()?),
        "to" => Command::To(date()?),
        "story" => Command::Story(arg.to_string()),
        "source" => Command::Source(arg.to_string()),
        "entity" => Command::Entity(arg.to_string()),
        "export" => {
            let (format, path) = match arg.split_once(char::is_whitespace) {
                Some((f, p)) if !p.trim().is_empty() => (f, p.trim()),
                _ => {
                    return Err(
                        "export needs FORMAT FILE (csv, ics, timelinejs or markdown)".into(),
                    );
                }
            };
            Command::Export {
                format: Format::parse(format).ok_or_else(|| Format::unknown(format))?,
                path: path.to_string(),
            }
        }
        _ => Command::Kind(
            filter::parse_kind(arg)
                .ok_or_else(|| format!("not a kind: `{arg}` (mention or publication)"))?,
        ),
    })
}

/// What Tab offers for `line`: command names for the first word, entity
/// names (from `names`) after `entity `, the kinds after `kind `. Each
/// candidate is the whole line it would make.
pub fn completions(line: &str, names: &[String]) -> Vec<String> {
    match line.split_once(' ') {
        None => COMMANDS
            .iter()
            .filter(|(n, _)| n.starts_with(line))
            .map(|(n, takes)| {
                if takes.is_empty() {
                    n.to_string()
                } else {
                    format!("{n} ")
                }
            })
            .collect(),
        Some(("entity", typed)) => {
            let typed = typed.trim_start().to_lowercase();
            names
                .iter()
                .filter(|n| n.to_lowercase().starts_with(&typed))
                .map(|n| format!("entity {n}"))
                .collect()
        }
        Some(("kind", typed)) => ["mention", "publication"]
            .iter()
            .filter(|k| k.starts_with(typed.trim_start()))
            .map(|k| format!("kind {k}"))
            .collect(),
        Some(("export", typed)) if !typed.trim_start().contains(' ') => Format::ALL
            .iter()
            .filter(|f| f.name().starts_with(typed.trim_start()))
            .map(|f| format!("export {} ", f.name()))
            .collect(),
        Some(_) => Vec::new(),
    }
}

/// An edit of the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommandAction {
    Input(char),
    Backspace,
    /// Tab: the next completion.
    Complete,
    /// ↑: the previous line in the history.
    HistoryPrev,
    /// ↓: the next line in the history (the line being typed after the last).
    HistoryNext,
    /// Enter: run the line.
    Accept,
    /// Esc: close without running.
    Cancel,
}

/// Tab cycling: the text Tab started from and the candidate shown.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Completion {
    typed: String,
    candidates: Vec<String>,
    shown: usize,
}

/// The command line: whether it is open, what is typed and the history of
/// lines run (kept while the app runs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommandLine {
    pub open: bool,
    pub input: String,
    pub history: Vec<String>,
    /// Position in `history` while walking it with ↑/↓.
    browsing: Option<usize>,
    /// The line being typed before ↑ was pressed.
    draft: String,
    completion: Option<Completion>,
}

/// The longest line the command line takes.
pub const MAX_COMMAND_CHARS: usize = 256;

impl CommandLine {
    pub fn start(&mut self) {
        self.open = true;
        self.input.clear();
        self.browsing = None;
        self.completion = None;
    }

    /// Apply an edit; with Enter, the line to run (also added to the
    /// history). `names` is what `entity ` completes to.
    pub fn edit(&mut self, action: CommandAction, names: &[String]) -> Option<String> {
        if action != CommandAction::Complete {
            self.completion = None;
        }
        match action {
            CommandAction::Input(c) => {
                if !c.is_control() && self.input.chars().count() < MAX_COMMAND_CHARS {
                    self.input.push(c);
                }
            }
            CommandAction::Backspace => {
                if self.input.pop().is_none() {
                    // Backspace on an empty line closes it, as in vim.
                    self.open = false;
                }
            }
            CommandAction::Complete => self.complete(names),
            CommandAction::HistoryPrev => {
                let pos = match self.browsing {
                    None if self.history.is_empty() => return None,
                    None => {
                        self.draft = self.input.clone();
                        self.history.len() - 1
                    }
                    Some(p) => p.saturating_sub(1),
                };
                self.browsing = Some(pos);
                self.input = self.history[pos].clone();
            }
            CommandAction::HistoryNext => {
                if let Some(p) = self.browsing {
                    if p + 1 < self.history.len() {
                        self.browsing = Some(p + 1);
                        self.input = self.history[p + 1].clone();
                    } else {
                        self.browsing = None;
                        self.input = std::mem::take(&mut self.draft);
                    }
                }
            }
            CommandAction::Accept => {
                self.open = false;
                self.browsing = None;
                let line = self.input.trim().to_string();
                if line.is_empty() {
                    return None;
                }
                if self.history.last() != Some(&line) {
                    self.history.push(line.clone());
                }
                return Some(line);
            }
            CommandAction::Cancel => {
                self.open = false;
                self.browsing = None;
            }
        }
        None
    }

    fn complete(&mut self, names: &[String]) {
        let c = match self.completion.take() {
            Some(mut c) if !c.candidates.is_empty() => {
                c.shown = (c.shown + 1) % c.candidates.len();
                c
            }
            _ => {
                let typed = self.input.clone();
                let candidates = completions(&typed, names);
                if candidates.is_empty() {
                    return;
                }
                Completion {
                    typed,
                    candidates,
                    shown: 0,
                }
            }
        };
        self.input = c.candidates[c.shown].clone();
        self.completion = Some(c);
    }

    /// What Tab started from, when cycling through completions.
    pub fn completing_from(&self) -> Option<&str> {
        self.completion.as_ref().map(|c| c.typed.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_command_parses_with_its_argument() {
        let d = |s: &str| DateBound::parse(s).unwrap();
        assert_eq!(parse("goto 2014-11-07"), Ok(Command::Goto(d("2014-11-07"))));
        assert_eq!(parse("  from   2014-11 "), Ok(Command::From(d("2014-11"))));
        assert_eq!(parse("to 2015"), Ok(Command::To(d("2015"))));
        assert_eq!(
            parse("story Iran talks"),
            Ok(Command::Story("Iran talks".into()))
        );
        assert_eq!(parse("source AP"), Ok(Command::Source("AP".into())));
        assert_eq!(
            parse("entity Barack Obama"),
            Ok(Command::Entity("Barack Obama".into()))
        );
        assert_eq!(
            parse("kind publication"),
            Ok(Command::Kind(EventKind::Publication))
        );
        assert_eq!(parse("kind Mention"), Ok(Command::Kind(EventKind::Mention)));
        assert_eq!(parse("clear"), Ok(Command::Clear));
        assert_eq!(parse("starred"), Ok(Command::Starred));
        assert_eq!(parse("disagreements"), Ok(Command::Disagreements));
    }

    #[test]
    fn export_takes_a_format_and_a_file() {
        assert_eq!(
            parse("export ics ~/events of november.ics"),
            Ok(Command::Export {
                format: Format::Ics,
                path: "~/events of november.ics".into()
            })
        );
        assert_eq!(
            parse("export CSV out.csv"),
            Ok(Command::Export {
                format: Format::Csv,
                path: "out.csv".into()
            })
        );
        assert_eq!(parse("export"), Err("export needs FORMAT FILE".into()));
        assert!(
            parse("export csv")
                .unwrap_err()
                .starts_with("export needs FORMAT FILE")
        );
        assert!(
            parse("export pdf out.pdf")
                .unwrap_err()
                .starts_with("not an export format: `pdf`")
        );
        assert_eq!(completions("ex", &[]), vec!["export "]);
        assert_eq!(completions("export t", &[]), vec!["export timelinejs "]);
        assert_eq!(completions("export ", &[]).len(), 4);
        assert!(completions("export csv o", &[]).is_empty());
    }

    #[test]
    fn bad_lines_get_a_clear_message() {
        let err = parse("goto 2014-13-45").unwrap_err();
        assert!(err.starts_with("not a date: `2014-13-45`"), "{err}");
        assert!(parse("from soon").unwrap_err().starts_with("not a date"));
        assert_eq!(parse("jump 2014"), Err("unknown command: `jump`".into()));
        assert_eq!(parse("goto"), Err("goto needs DATE".into()));
        assert_eq!(parse("clear all"), Err("clear takes no argument".into()));
        assert!(parse("kind both").unwrap_err().starts_with("not a kind"));
        assert!(parse("   ").unwrap_err().starts_with("no command"));
    }

    #[test]
    fn tab_completes_commands_then_names_and_cycles() {
        let names = vec![
            "Barack Obama".to_string(),
            "Ali Khamenei".to_string(),
            "Bahrain".into(),
        ];
        assert_eq!(completions("g", &names), vec!["goto "]);
        assert_eq!(
            completions("s", &names),
            vec!["story ", "source ", "starred"]
        );
        assert_eq!(completions("cl", &names), vec!["clear"]);
        assert_eq!(
            completions("entity ba", &names),
            vec!["entity Barack Obama", "entity Bahrain"]
        );
        assert_eq!(completions("kind p", &names), vec!["kind publication"]);
        assert!(completions("goto 20", &names).is_empty());

        let mut line = CommandLine::default();
        line.start();
        for c in "entity b".chars() {
            line.edit(CommandAction::Input(c), &names);
        }
        line.edit(CommandAction::Complete, &names);
        assert_eq!(line.input, "entity Barack Obama");
        assert_eq!(line.completing_from(), Some("entity b"));
        line.edit(CommandAction::Complete, &names);
        assert_eq!(line.input, "entity Bahrain");
        line.edit(CommandAction::Complete, &names);
        assert_eq!(line.input, "entity Barack Obama", "back to the first");
        line.edit(CommandAction::Backspace, &names);
        assert_eq!(line.completing_from(), None, "an edit ends the cycle");
    }

    #[test]
    fn history_walks_back_and_forth_and_keeps_the_draft() {
        let mut line = CommandLine::default();
        for cmd in ["from 2014", "story talks"] {
            line.start();
            for c in cmd.chars() {
                line.edit(CommandAction::Input(c), &[]);
            }
            assert_eq!(line.edit(CommandAction::Accept, &[]), Some(cmd.to_string()));
            assert!(!line.open);
        }
        line.start();
        line.edit(CommandAction::Input('k'), &[]);
        line.edit(CommandAction::HistoryPrev, &[]);
        assert_eq!(line.input, "story talks");
        line.edit(CommandAction::HistoryPrev, &[]);
        assert_eq!(line.input, "from 2014");
        line.edit(CommandAction::HistoryPrev, &[]);
        assert_eq!(line.input, "from 2014", "stays at the oldest");
        line.edit(CommandAction::HistoryNext, &[]);
        assert_eq!(line.input, "story talks");
        line.edit(CommandAction::HistoryNext, &[]);
        assert_eq!(line.input, "k", "the draft comes back");
        line.edit(CommandAction::Cancel, &[]);
        assert!(!line.open);
        assert_eq!(line.history, vec!["from 2014", "story talks"]);
        line.start();
        assert_eq!(
            line.edit(CommandAction::Accept, &[]),
            None,
            "an empty line runs nothing"
        );
        line.start();
        line.edit(CommandAction::Backspace, &[]);
        assert!(!line.open, "backspace on an empty line closes it");
    }
}
