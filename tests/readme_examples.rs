//! Every `console` example in the README is run against the real binary:
//! a line `$ dateline ARGS` is a command (run from the repository root, with
//! `COLUMNS=100` and the data, cache and config directories in a fresh
//! temporary directory), the lines after it up to the next `$` line or the end of the
//! block are its standard output, and a line holding only `…` stands for any
//! number of lines. An example that drifts from the binary fails here;
//! `DATELINE_BLESS=1 cargo test --test readme_examples` rewrites the
//! examples from the binary's output, keeping each `…` cut where it was.

use std::process::Command;

const ELISION: &str = "…";

/// One command of a console block and the output written under it.
#[derive(Debug)]
struct Example {
    /// 1-based README line of the `$` line.
    line: usize,
    /// The words after `dateline`.
    args: Vec<String>,
    /// Expected output lines, with their indentation removed.
    expected: Vec<String>,
    /// README line range (0-based, exclusive end) of the expected output.
    output_lines: std::ops::Range<usize>,
    /// The block's indentation, written back in front of blessed lines.
    indent: String,
}

fn examples(readme: &str) -> Vec<Example> {
    let lines: Vec<&str> = readme.lines().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let trimmed = lines[i].trim_start();
        if trimmed != "```console" {
            i += 1;
            continue;
        }
        let indent = lines[i][..lines[i].len() - trimmed.len()].to_string();
        i += 1;
        let mut current: Option<Example> = None;
        while i < lines.len() && lines[i].trim_start() != "```" {
            let text = lines[i].strip_prefix(indent.as_str()).unwrap_or(lines[i]);
            if let Some(command) = text.strip_prefix("$ ") {
                found.extend(current.take());
                let words = split_words(command);
                assert_eq!(
                    words.first().map(String::as_str),
                    Some("dateline"),
                    "README.md:{}: console examples run dateline, not {command:?}",
                    i + 1
                );
                current = Some(Example {
                    line: i + 1,
                    args: words[1..].to_vec(),
                    expected: Vec::new(),
                    output_lines: i + 1..i + 1,
                    indent: indent.clone(),
                });
            } else if let Some(example) = current.as_mut() {
                example.expected.push(text.trim_end().to_string());
                example.output_lines.end = i + 1;
            } else {
                panic!(
                    "README.md:{}: console block line before any `$` command",
                    i + 1
                );
            }
            i += 1;
        }
        found.extend(current.take());
        i += 1;
    }
    found
}

/// Split a command line on spaces, keeping quoted words ('…' or "…") whole.
fn split_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    let mut in_word = false;
    for c in command.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => {
                quote = Some(c);
                in_word = true;
            }
            (None, ' ') => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            (None, c) => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Whether `actual` matches `expected`, where an `…` line matches any run of
/// lines (including none).
fn matches(expected: &[String], actual: &[String]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((first, rest)) if first == ELISION => {
            (0..=actual.len()).any(|skip| matches(rest, &actual[skip..]))
        }
        Some((first, rest)) => actual
            .split_first()
            .is_some_and(|(a, more)| a == first && matches(rest, more)),
    }
}

/// The output written back by a bless: the actual lines, cut where the
/// example had its first `…` (when the output is longer than that).
fn blessed(expected: &[String], actual: &[String]) -> Vec<String> {
    match expected.iter().position(|l| l == ELISION) {
        Some(keep) if actual.len() > keep => {
            let mut out = actual[..keep].to_vec();
            out.push(ELISION.to_string());
            out
        }
        _ => actual.to_vec(),
    }
}

fn run(example: &Example) -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    // Each example starts from an empty workspace, cache and config.
    let home = tempfile::tempdir().expect("temporary directory");
    let home = home.path();
    let out = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(&example.args)
        .current_dir(root)
        .env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .env("DATELINE_DATA_DIR", home.join("data"))
        .env("DATELINE_CACHE_DIR", home.join("cache"))
        .env("DATELINE_CONFIG_DIR", home.join("config"))
        .output()
        .expect("run dateline");
    String::from_utf8(out.stdout)
        .expect("utf-8 output")
        .lines()
        .map(|l| l.trim_end().to_string())
        .collect()
}

#[test]
fn every_console_example_in_the_readme_is_what_the_binary_prints() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let found = examples(&readme);
    assert!(
        found.len() >= 4,
        "the README's console examples were not found"
    );
    let bless = std::env::var_os("DATELINE_BLESS").is_some();
    let mut lines: Vec<String> = readme.lines().map(str::to_string).collect();
    let mut failures = Vec::new();
    // From the last example up, so blessing one keeps the line numbers of
    // the ones above it.
    for example in found.iter().rev() {
        let actual = run(example);
        if matches(&example.expected, &actual) {
            continue;
        }
        if bless {
            let new: Vec<String> = blessed(&example.expected, &actual)
                .into_iter()
                .map(|l| format!("{}{l}", example.indent).trim_end().to_string())
                .collect();
            lines.splice(example.output_lines.clone(), new);
        } else {
            failures.push(format!(
                "README.md:{}: `dateline {}` prints\n{}\nbut the README shows\n{}",
                example.line,
                example.args.join(" "),
                actual.join("\n"),
                example.expected.join("\n")
            ));
        }
    }
    if bless {
        let mut text = lines.join("\n");
        text.push('\n');
        std::fs::write(path, text).expect("write README.md");
        return;
    }
    assert!(
        failures.is_empty(),
        "{}\n\nregenerate with DATELINE_BLESS=1 cargo test --test readme_examples",
        failures.join("\n\n")
    );
}

#[test]
fn an_elision_matches_any_run_of_lines_and_nothing_else_is_loose() {
    let s = |v: &[&str]| v.iter().map(|l| l.to_string()).collect::<Vec<_>>();
    assert!(matches(&s(&["a", "…"]), &s(&["a", "b", "c"])));
    assert!(matches(&s(&["a", "…"]), &s(&["a"])));
    assert!(matches(&s(&["…", "c"]), &s(&["a", "b", "c"])));
    assert!(!matches(&s(&["a", "…"]), &s(&["b", "c"])));
    assert!(!matches(&s(&["a", "b"]), &s(&["a", "b", "c"])));
    assert!(!matches(&s(&["a"]), &s(&[])));
    assert_eq!(blessed(&s(&["a", "…"]), &s(&["x", "y"])), s(&["x", "…"]));
    assert_eq!(blessed(&s(&["a"]), &s(&["x", "y"])), s(&["x", "y"]));
}

#[test]
fn quoted_words_stay_whole() {
    assert_eq!(
        split_words("dateline search 'Ali Kh' --limit 2"),
        vec!["dateline", "search", "Ali Kh", "--limit", "2"]
    );
}
