//! Nothing from a file reaches the terminal through stderr: file names and
//! parser messages quoting the file's bytes are printed with their control
//! characters written visibly, by every command.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary")
}

/// A directory with a good story, a feed whose NAME holds a title-change
/// sequence and a bell and whose closing tag quotes a screen clear, and an
/// empty file whose name writes to the clipboard (OSC 52).
fn hostile_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("good.md"),
        "---\ntitle: Harbour reopens\ndate: 2021-03-04\n---\n\
         Mayor Ilse Brandt said on Monday that the harbour of Velmora reopens in June.\n",
    )
    .expect("write good story");
    std::fs::write(
        dir.path().join("feed\u{1b}]0;owned\u{7}.rss"),
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Wire</title>\n\
         <item><title>Quay works</title></it\u{1b}[2J\u{7}em></channel></rss>\n",
    )
    .expect("write hostile feed");
    std::fs::write(dir.path().join("empty\u{1b}]52;c;aGk=\u{7}.md"), "").expect("write empty");
    dir
}

fn stderr_of(args: &[&str], paths: &[PathBuf]) -> Vec<u8> {
    let out = dateline()
        .args(args)
        .args(paths)
        .env("COLUMNS", "100")
        .output()
        .expect("run dateline");
    out.stderr
}

fn assert_inert(what: &str, stderr: &[u8]) {
    let text = String::from_utf8_lossy(stderr);
    for (byte, name) in [(0x1b_u8, "ESC"), (0x07, "BEL")] {
        assert!(
            !stderr.contains(&byte),
            "{what}: raw {name} on stderr: {text:?}"
        );
    }
    // The C1 forms (8-bit CSI, OSC, ST) are control characters too.
    for c in ['\u{9b}', '\u{9d}', '\u{9c}'] {
        assert!(!text.contains(c), "{what}: raw {c:?} on stderr: {text:?}");
    }
    // The problems are still reported, with the sequences shown.
    assert!(
        text.contains("\\u{1b}]0;owned\\u{7}"),
        "{what}: the feed's name is not shown escaped: {text:?}"
    );
    assert!(
        text.contains("\\u{1b}]52;c;aGk=\\u{7}"),
        "{what}: the empty file's name is not shown escaped: {text:?}"
    );
}

fn paths(dir: &Path) -> Vec<PathBuf> {
    vec![dir.to_path_buf()]
}

#[test]
fn stories_escapes_every_diagnostic() {
    let dir = hostile_dir();
    assert_inert("stories", &stderr_of(&["stories"], &paths(dir.path())));
}

#[test]
fn stories_json_escapes_every_diagnostic() {
    let dir = hostile_dir();
    assert_inert(
        "stories --json",
        &stderr_of(&["stories", "--json"], &paths(dir.path())),
    );
}

#[test]
fn timeline_escapes_every_diagnostic() {
    let dir = hostile_dir();
    assert_inert("timeline", &stderr_of(&["timeline"], &paths(dir.path())));
}

#[test]
fn timeline_json_escapes_every_diagnostic() {
    let dir = hostile_dir();
    assert_inert(
        "timeline --json",
        &stderr_of(&["timeline", "--json"], &paths(dir.path())),
    );
}

#[test]
fn entities_escapes_every_diagnostic() {
    let dir = hostile_dir();
    assert_inert("entities", &stderr_of(&["entities"], &paths(dir.path())));
}

#[test]
fn search_escapes_every_diagnostic() {
    let dir = hostile_dir();
    assert_inert(
        "search",
        &stderr_of(&["search", "brandt"], &paths(dir.path())),
    );
}

#[test]
fn check_escapes_every_diagnostic_on_stdout_and_writes_nothing_raw_to_stderr() {
    let dir = hostile_dir();
    let out = dateline()
        .arg("check")
        .arg(dir.path())
        .output()
        .expect("run dateline");
    assert_inert("check (stdout)", &out.stdout);
    assert!(!out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07));
}

/// The XML error quotes the closing tag as written: the screen clear inside
/// it is shown, not run.
#[test]
fn a_parser_message_quoting_control_characters_is_escaped() {
    let dir = hostile_dir();
    let err = stderr_of(&["timeline"], &paths(dir.path()));
    let text = String::from_utf8_lossy(&err);
    let line = text
        .lines()
        .find(|l| l.contains("owned") && l.contains("error"))
        .unwrap_or_else(|| panic!("no error for the broken feed: {text:?}"));
    assert!(
        !line.contains('\u{1b}') && !line.contains('\u{7}'),
        "{line:?}"
    );
}

/// Errors that end a command (here: nothing loadable) quote paths too.
#[test]
fn a_fatal_error_naming_a_file_is_escaped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = dir.path().join("gone\u{1b}[2J\u{7}.md");
    for args in [&["extract"][..], &["timeline"][..], &["entities"][..]] {
        let out = dateline().args(args).arg(&name).output().expect("run");
        assert!(!out.status.success(), "{args:?} succeeded");
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(
            !out.stderr.contains(&0x1b) && !out.stderr.contains(&0x07),
            "{args:?}: raw control bytes: {text:?}"
        );
        assert!(
            text.contains("gone\\u{1b}[2J\\u{7}.md"),
            "{args:?}: {text:?}"
        );
    }
}
