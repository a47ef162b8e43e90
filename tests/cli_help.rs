//! `--help` lists every input format, and each subcommand's help ends with
//! a one-line example that the command line parser accepts as written.

use clap::{CommandFactory, Parser};
use dateline::cli::Cli;

/// The words of the `dateline …` part of an example line: after any pipe
/// into it, before any pipe or redirection out of it, quotes removed.
fn dateline_words(example: &str) -> Vec<String> {
    let start = example.find("dateline").expect("the example runs dateline");
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    for c in example[start..].chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '\'' | '"') => quote = Some(c),
            (None, '|' | '>') => break,
            (None, c) if c.is_whitespace() => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            (None, c) => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

#[test]
fn every_subcommand_help_has_an_example_that_parses() {
    let mut cmd = Cli::command();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    assert!(names.len() >= 12, "{names:?}");
    for name in names {
        let sub = cmd.find_subcommand_mut(&name).expect("listed");
        let help = sub.render_long_help().to_string();
        let example = help
            .split("Example:\n")
            .nth(1)
            .unwrap_or_else(|| panic!("`dateline {name} --help` has no example:\n{help}"))
            .lines()
            .next()
            .expect("an example line")
            .trim()
            .to_string();
        let words = dateline_words(&example);
        assert_eq!(words.get(1), Some(&name), "{example}");
        if let Err(e) = Cli::try_parse_from(&words) {
            panic!("the example of `{name}` does not parse: {example}\n{e}");
        }
    }
}

#[test]
fn the_top_level_help_names_every_input_format() {
    let help = Cli::command().render_long_help().to_string();
    for format in ["JSON", "Markdown", "plain text", "RSS", "Atom", "HTML"] {
        assert!(
            help.contains(format),
            "{format} missing from --help:\n{help}"
        );
    }
}
