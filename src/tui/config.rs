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

use super::action::Action;
use super::keymap::{BINDINGS, CONTEXTS, Context, Key};
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
    out
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[start..].chars().count() + 1)
}

/// Every problem in the `[keys]` table of a config file's `text`, each at
/// its `path:line:col`.
pub fn check(path: &Path, text: &str) -> Vec<Diagnostic> {
    use toml::de::{DeTable, DeValue};
    let at = |span: std::ops::Range<usize>, msg: String| {
        let (l, c) = line_col(text, span.start);
        Diagnostic::error(path, msg).at(l, Some(c))
    };
    let root = match DeTable::parse(text) {
        Ok(t) => t,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            return vec![at(span, e.message().trim().to_string())];
        }
    };
    let all = defaults();
    let mut out = Vec::new();
    let Some(keys) = root.get_ref().get("keys") else {
        return out;
    };
    let DeValue::Table(keys_table) = keys.get_ref() else {
        return vec![at(keys.span(), "[keys] must be a table".into())];
    };
    let mut check_entry = |ctx: Option<Context>,
                           name: &toml::Spanned<_>,
                           value: &toml::Spanned<DeValue>| {
        let name: &std::borrow::Cow<str> = name.get_ref();
        let known = all.iter().find(|(a, contexts)| {
            action_name(a) == name.as_ref()
                && ctx.is_none_or(|c| contexts.iter().any(|(cc, _)| *cc == c))
        });
        if known.is_none() {
            let where_ = ctx.map_or(String::new(), |c| format!(" in [keys.{}]", context_name(c)));
            return Some((name.to_string(), where_));
        }
        let DeValue::Array(items) = value.get_ref() else {
            out.push(at(
                value.span(),
                format!("{name}: expected a list of keys, like [\"j\", \"down\"]"),
            ));
            return None;
        };
        for item in items.iter() {
            match item.get_ref().as_str() {
                Some(k) if parse_key(k).is_some() => {}
                Some(k) => out.push(at(item.span(), format!("unknown key name {k:?}"))),
                None => out.push(at(item.span(), format!("{name}: a key must be a string"))),
            }
        }
        None
    };
    let mut unknown = Vec::new();
    for (name, value) in keys_table.iter() {
        if let DeValue::Table(sub) = value.get_ref() {
            let Some(ctx) = CONTEXTS
                .iter()
                .copied()
                .find(|c| context_name(*c) == name.get_ref().as_ref())
            else {
                unknown.push(at(name.span(), format!("unknown context {:?} (one of global, list, article, people, popup, finder, command)", name.get_ref())));
                continue;
            };
            for (n, v) in sub.iter() {
                if let Some((a, w)) = check_entry(Some(ctx), n, v) {
                    unknown.push(at(n.span(), format!("unknown action {a:?}{w}")));
                }
            }
        } else if let Some((a, w)) = check_entry(None, name, value) {
            unknown.push(at(name.span(), format!("unknown action {a:?}{w}")));
        }
    }
    out.extend(unknown);
    out.sort_by_key(|d| (d.line, d.column));
    out
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
}
