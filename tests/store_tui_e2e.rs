//! End to end in a real terminal: `c` on the timeline, a new date typed,
//! Enter, quit; then the CLI lists the corrected date, and the story file
//! is byte for byte what it was.

mod pty_support;

use std::path::Path;

use pty_support::Session;

const ROWS: u16 = 40;
const COLS: u16 = 140;

const STORY: &str = "---
title: Lighthouse keepers return
date: 2031-05-02
source: Coastal Desk
---

The last keepers left the Skarv lighthouse on March 3, 2031.

A new crew is due to move in on June 9, 2031, the trust said.
";

fn start(data: &Path, stories: &Path) -> Session {
    Session::start(data, &[stories.as_os_str()], COLS, ROWS)
}

#[test]
fn a_date_corrected_with_c_in_the_timeline_is_what_the_cli_then_lists() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    let file = stories.join("lighthouse.md");
    std::fs::write(&file, STORY).unwrap();

    let mut s = start(&data, &stories);
    s.wait_text("3 Timeline");
    s.wait_text("Lighthouse keepers return");
    // The last event on the timeline: June 9.
    s.send(b"G");
    s.wait_text("event 3/3");
    s.send(b"c");
    s.wait_text("date: 2031-06-09");
    // Ctrl-u clears the line; then the new date and Enter.
    s.send(b"\x15");
    s.send(b"2031-01-15");
    s.wait_text("date: 2031-01-15");
    s.send(b"\r");
    s.wait_text("Corrected “June 9, 2031” to");
    s.send(b"q");
    assert!(s.wait_exit().success());

    let out = assert_cmd::Command::cargo_bin("dateline")
        .unwrap()
        .env("DATELINE_DATA_DIR", &data)
        .env("DATELINE_CACHE_DIR", data.join("cache"))
        .env("DATELINE_CONFIG_DIR", data.join("config"))
        .args(["timeline", "--json"])
        .arg(&stories)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let june = &events[0];
    assert_eq!(june["text"], "June 9, 2031", "sorted first by its new date");
    assert_eq!(june["value"], "2031-01-15");
    assert_eq!(june["corrected"]["was"], "2031-06-09");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        STORY,
        "story file untouched"
    );
}

#[test]
fn a_workspace_that_is_not_a_database_is_a_problem_and_the_app_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(stories.join("lighthouse.md"), STORY).unwrap();
    let db = data.join("dateline.db");
    let garbage = "minutes of the rowing club, not a database\n".repeat(60);
    std::fs::write(&db, &garbage).unwrap();

    let mut s = start(&data, &stories);
    s.wait_text("Lighthouse keepers return");
    s.send(b"e");
    s.wait_text("not a dateline workspace");
    // q closes the popup (an Esc followed at once by a key reads as Alt).
    s.send(b"q");
    // A star still shows for this session, and says it was not saved.
    s.send(b"s");
    s.wait_text("Starred the event");
    s.wait_text("— not saved:");
    s.send(b"q");
    assert!(s.wait_exit().success());
    assert_eq!(std::fs::read_to_string(&db).unwrap(), garbage, "left alone");
}
