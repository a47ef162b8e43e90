//! The terminal stays behind `src/tui/`: no other source file names ratatui
//! or crossterm, so the engine (ingest, extract, index, store, cli) can be
//! used and tested without a terminal library.

use std::path::{Path, PathBuf};

const TERMINAL_CRATES: [&str; 2] = ["ratatui", "crossterm"];

/// `source` with its comments blanked out: `//` to the end of the line and
/// `/* … */` blocks (nested), so prose may mention the crates.
fn code_only(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    let mut depth = 0usize;
    while !rest.is_empty() {
        if rest.starts_with("/*") {
            depth += 1;
            rest = &rest[2..];
        } else if depth > 0 && rest.starts_with("*/") {
            depth -= 1;
            rest = &rest[2..];
        } else if depth == 0 && rest.starts_with("//") {
            let end = rest.find('\n').unwrap_or(rest.len());
            rest = &rest[end..];
        } else {
            let c = rest.chars().next().expect("not empty");
            if depth == 0 || c == '\n' {
                out.push(c);
            }
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// The terminal crates named in `source` outside comments, as whole words.
fn terminal_crates_named(source: &str) -> Vec<&'static str> {
    let code = code_only(source);
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    TERMINAL_CRATES
        .into_iter()
        .filter(|name| {
            code.match_indices(name).any(|(at, _)| {
                let before = code[..at].chars().next_back();
                let after = code[at + name.len()..].chars().next();
                !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
            })
        })
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read the source tree") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_scanner_tells_code_from_comments() {
    assert_eq!(
        terminal_crates_named("use ratatui::text::Line;"),
        ["ratatui"]
    );
    assert_eq!(
        terminal_crates_named("fn f() { crossterm::terminal::enable_raw_mode(); }"),
        ["crossterm"]
    );
    assert_eq!(
        terminal_crates_named("extern crate crossterm as ct;\nuse ratatui as r;"),
        ["ratatui", "crossterm"]
    );
    assert!(terminal_crates_named("//! the only module that knows ratatui\nfn f() {}").is_empty());
    assert!(terminal_crates_named("/* crossterm /* nested */ ratatui */ fn f() {}").is_empty());
    assert!(terminal_crates_named("let ratatuix = 1; let my_crossterm = 2;").is_empty());
}

#[test]
fn only_the_tui_module_names_ratatui_or_crossterm() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let tui = src.join("tui");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let (inside, outside): (Vec<_>, Vec<_>) = files.iter().partition(|p| p.starts_with(&tui));
    assert!(
        outside.len() > 20,
        "the engine's files were found: {outside:?}"
    );
    // The scan reads real files: the tui module does name them.
    let named_inside = inside
        .iter()
        .filter(|p| !terminal_crates_named(&std::fs::read_to_string(p).expect("read")).is_empty())
        .count();
    assert!(
        named_inside > 5,
        "{named_inside} tui files name a terminal crate"
    );
    let offenders: Vec<String> = outside
        .iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(p).expect("read a source file");
            let named = terminal_crates_named(&text);
            (!named.is_empty()).then(|| format!("{} names {}", p.display(), named.join(", ")))
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "the terminal belongs in src/tui/: {offenders:#?}"
    );
}

fn tui_file(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/tui")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// Whether `code` refers to a module named `module` (`view::…`,
/// `use super::view`, `crate::tui::view`), comments aside.
fn refers_to_module(source: &str, module: &str) -> bool {
    let code = code_only(source);
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    code.match_indices(module).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = &code[at + module.len()..];
        let path_before = code[..at].ends_with("::") || code[..at].ends_with("mod ");
        !before.is_some_and(is_ident)
            && !after.starts_with(is_ident)
            && (path_before || after.starts_with("::"))
    })
}

#[test]
fn the_module_scanner_finds_paths_not_words() {
    assert!(refers_to_module("use super::view::render;", "view"));
    assert!(refers_to_module("crate::tui::view::date_label(r)", "view"));
    assert!(refers_to_module("let x = view::layout(a);", "view"));
    assert!(!refers_to_module(
        "// the view draws it\nfn preview() {}",
        "view"
    ));
    assert!(!refers_to_module(
        "let view = 3; scroll_into_view();",
        "view"
    ));
}

#[test]
fn state_layout_and_wrapping_never_ask_the_view() {
    // The state, the actions on it and the geometry it needs; the view
    // reads them, never the other way round, so there is no import circle.
    for file in [
        "app.rs",
        "pane.rs",
        "update.rs",
        "layout.rs",
        "wrap.rs",
        "keymap.rs",
        "action.rs",
        "finder/layout.rs",
        "finder/search.rs",
    ] {
        assert!(
            !refers_to_module(&tui_file(file), "view"),
            "src/tui/{file} reaches into the view"
        );
    }
    // The finder's state sits in its module root: it may declare its view
    // and hand out `render`, but its own code does not call into it.
    let finder = code_only(&tui_file("finder/mod.rs"));
    let outside_declarations: String = finder
        .lines()
        .filter(|l| {
            let l = l.trim();
            l != "mod view;" && l != "pub use view::render;"
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!refers_to_module(&outside_declarations, "view"));
}

#[test]
fn drawing_has_no_interior_mutability_to_write_through() {
    fn shared_freely<T: Sync>() {}
    // A Cell or RefCell anywhere in the state would make it not Sync.
    shared_freely::<dateline::tui::app::App>();
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/view"),
        &mut files,
    );
    files.push(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/finder/view.rs"));
    for file in files {
        let code = code_only(&std::fs::read_to_string(&file).expect("read"));
        for cell in [
            "Cell",
            "RefCell",
            "UnsafeCell",
            "OnceCell",
            "Mutex",
            "RwLock",
            "Atomic",
        ] {
            assert!(
                !code.contains(cell),
                "{} holds a {cell}: drawing must not change state",
                file.display()
            );
        }
    }
}
