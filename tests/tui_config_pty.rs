//! The app in a real terminal under a config file: a remapped key moves
//! through the timeline and the old key no longer does; a bad entry is
//! listed in the problems popup and left on the terminal after quitting,
//! and the rest of the file still applies.

mod pty_support;

use pty_support::Session;

const STORY: &str = "---
title: Ferry timetable changes
date: 2031-05-02
source: Harbour Desk
---

The old timetable ended on March 3, 2031.

A new route opens on June 9, 2031, the operator said, and a second on
July 14, 2031.
";

#[test]
fn a_remapped_key_moves_the_timeline_and_a_bad_entry_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(data.join("config")).unwrap();
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::write(stories.join("ferry.md"), STORY).unwrap();
    std::fs::write(
        data.join("config").join("config.toml"),
        "[keys]\nnext_event = [\"n\"]\ntop = [\"ctrl-g\"]\nfly = [\"f\"]\n",
    )
    .unwrap();

    let mut s = Session::start(&data, &[stories.as_os_str()], 140, 40);
    s.wait_text("Ferry timetable changes");
    // The config problem is counted; once that message goes, the status
    // bar shows the bound key.
    s.wait_text("1 problem in 1 file while loading — press e");
    s.wait_text("n next date");
    // Ctrl-g (bound to top) selects the first event; n steps to the next.
    s.send(b"\x07");
    s.wait_text("event 1/4");
    s.send(b"n");
    s.wait_text("event 2/4");
    // ] no longer moves; n does, so after both the count is 3, not 4.
    s.send(b"]");
    s.send(b"n");
    let screen = s.wait_text("event 3/4");
    assert!(!screen.contains("event 4/4"), "{screen}");
    s.send(b"e");
    s.wait_text("unknown action \"fly\"");
    s.send(b"q");
    s.send(b"q");
    assert!(s.wait_exit().success());
    // Printed before the app took the screen, so still there after it.
    let after = s.contents();
    assert!(
        after.contains("config.toml:4:1: error: unknown action \"fly\""),
        "{after}"
    );
}
