//! No word list repeats a word. The lists are found by reading the source
//! tree, so a list added anywhere later is checked without registering it:
//! constant string slices and arrays, `word_class!` and `word_map!`
//! declarations, and the data files of word lists (`*.txt`, one entry a
//! line, `#` comments).

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

/// A word list found in the tree: where, what, and its entries in order.
struct List {
    place: String,
    entries: Vec<String>,
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("source folder")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs" || e == "txt") {
            out.push(p);
        }
    }
}

/// The text from `open` (just after an opening bracket) to its matching
/// closing bracket.
fn bracketed(text: &str, open: usize, pair: (char, char)) -> &str {
    let mut depth = 1;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in text[open..].char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            c if c == pair.0 => depth += 1,
            c if c == pair.1 => {
                depth -= 1;
                if depth == 0 {
                    return &text[open..open + i];
                }
            }
            _ => {}
        }
    }
    &text[open..]
}

/// The string literals in `body`, each with what follows it (spaces
/// skipped): in a map, keys are followed by `|` or `=>`.
fn literals(body: &str) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('"') {
        let after = &rest[open + 1..];
        let mut escaped = false;
        let Some(close) = after.char_indices().find_map(|(i, c)| {
            let end = c == '"' && !escaped;
            escaped = c == '\\' && !escaped;
            end.then_some(i)
        }) else {
            break;
        };
        rest = &after[close + 1..];
        out.push((after[..close].to_string(), rest.trim_start()));
    }
    out
}

/// The identifier that ends just before byte `at` of `text`.
fn ident_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    &head[start..]
}

/// Every word list declared in Rust source `text`.
fn lists_in_source(name: &str, text: &str) -> Vec<List> {
    let mut out = Vec::new();
    // Constant slices and arrays of strings.
    for decl in [": &[&str] = &[", ": &[&'static str] = &["] {
        for (at, _) in text.match_indices(decl) {
            let body = bracketed(text, at + decl.len(), ('[', ']'));
            out.push(List {
                place: format!("{name}: {}", ident_before(text, at)),
                entries: literals(body).into_iter().map(|(w, _)| w).collect(),
            });
        }
    }
    for (at, _) in text.match_indices(": [&str; ") {
        let Some(open) = text[at..].find("= [").map(|i| at + i + 3) else {
            continue;
        };
        let body = bracketed(text, open, ('[', ']'));
        out.push(List {
            place: format!("{name}: {}", ident_before(text, at)),
            entries: literals(body).into_iter().map(|(w, _)| w).collect(),
        });
    }
    // Word classes and maps; one `word_class!` may declare several lists.
    for (at, _) in text.match_indices("word_class! {") {
        let body = bracketed(text, at + "word_class! {".len(), ('{', '}'));
        for (fn_at, _) in body.match_indices("fn ") {
            let Some(open) = body[fn_at..].find('[').map(|i| fn_at + i + 1) else {
                continue;
            };
            let fn_name = body[fn_at + 3..].split(',').next().unwrap_or("").trim();
            out.push(List {
                place: format!("{name}: {fn_name}"),
                entries: literals(bracketed(body, open, ('[', ']')))
                    .into_iter()
                    .map(|(w, _)| w)
                    .collect(),
            });
        }
    }
    for (at, _) in text.match_indices("word_map! {") {
        let body = bracketed(text, at + "word_map! {".len(), ('{', '}'));
        let Some(fn_at) = body.find("fn ") else {
            continue;
        };
        let fn_name = body[fn_at + 3..]
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .next()
            .unwrap_or("");
        let open = body[fn_at..]
            .find('{')
            .map_or(body.len(), |i| fn_at + i + 1);
        out.push(List {
            place: format!("{name}: {fn_name}"),
            entries: literals(&body[open..])
                .into_iter()
                .filter(|(_, next)| next.starts_with('|') || next.starts_with("=>"))
                .map(|(w, _)| w)
                .collect(),
        });
    }
    out
}

/// A data file of entries, one a line.
fn list_in_data(name: &str, text: &str) -> List {
    List {
        place: name.to_string(),
        entries: text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect(),
    }
}

fn all_lists() -> Vec<List> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut paths = Vec::new();
    files(&root, &mut paths);
    let mut out = Vec::new();
    for p in paths {
        let name = p
            .strip_prefix(&root)
            .expect("inside src")
            .display()
            .to_string();
        let text = fs::read_to_string(&p).expect("readable source");
        if p.extension().is_some_and(|e| e == "txt") {
            out.push(list_in_data(&name, &text));
        } else if name != "vocab/tests.rs" {
            out.extend(lists_in_source(&name, &text));
        }
    }
    out
}

fn repeated(list: &List) -> Vec<&str> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut twice = Vec::new();
    for e in &list.entries {
        let n = seen.entry(e.as_str()).or_default();
        *n += 1;
        if *n == 2 {
            twice.push(e.as_str());
        }
    }
    twice
}

#[test]
fn no_word_list_repeats_an_entry() {
    let lists = all_lists();
    let problems: Vec<String> = lists
        .iter()
        .filter_map(|l| {
            let twice = repeated(l);
            (!twice.is_empty()).then(|| format!("{}: {}", l.place, twice.join(", ")))
        })
        .collect();
    assert!(
        problems.is_empty(),
        "entries written twice:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scan_finds_the_lists_of_every_kind() {
    let lists = all_lists();
    assert!(lists.len() > 60, "only {} lists found", lists.len());
    let find = |place: &str| {
        lists
            .iter()
            .find(|l| l.place.ends_with(place))
            .unwrap_or_else(|| panic!("no list {place}"))
    };
    // A map's keys, not its values; a class; a constant; a data file.
    let months = find("vocab/calendar.rs: month");
    assert_eq!(months.entries.len(), 24);
    assert!(months.entries.iter().any(|w| w == "sept"));
    assert!(find("vocab/calendar.rs: MONTH_NAMES").entries.len() == 12);
    assert!(
        !find("extract/timex/lexicon.rs: is_approximator")
            .entries
            .is_empty()
    );
    assert!(find("index/timeline.rs: STOPWORDS").entries.len() > 100);
    assert!(find("entities/lists/first_names.txt").entries.len() > 1000);
}

#[test]
fn a_repeated_entry_is_caught_in_every_kind_of_list() {
    let source = r#"
const SOME: &[&str] = &["a", "b", "a"];
word_class! {
    pub fn is_x, X = ["c", "d", "c"];
}
word_map! {
    pub fn y -> &'static str, Y {
        "e" | "f" => "e",
        "f" => "g",
    }
}
"#;
    let lists = lists_in_source("t.rs", source);
    let found: Vec<Vec<&str>> = lists.iter().map(repeated).collect();
    assert_eq!(found, vec![vec!["a"], vec!["c"], vec!["f"]]);
    let data = list_in_data("t.txt", "# comment\nwest\neast\n\nwest\n");
    assert_eq!(repeated(&data), vec!["west"]);
}
