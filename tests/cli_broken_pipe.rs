//! A reader that closes the pipe early (`dateline timeline --json | head -1`) ends the
//! command quietly with status 0, as other Unix tools do, instead of "Broken pipe" and 1.

use std::process::{Command, Stdio};

fn run_into_closed_pipe(args: &[&str]) -> std::process::Output {
    let (reader, writer) = std::io::pipe().expect("pipe");
    // The read end is gone before the command writes a byte, so its first write fails.
    drop(reader);
    Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .stdout(Stdio::from(writer))
        .stderr(Stdio::piped())
        .output()
        .expect("run dateline")
}

#[test]
fn listing_commands_end_quietly_when_the_reader_is_gone() {
    for args in [
        &["timeline", "--json"][..],
        &["timeline"][..],
        &["entities", "--json"][..],
        &["entities"][..],
        &["stories", "--json"][..],
        &["stories"][..],
        &["search", "--json", "iran"][..],
        &["check"][..],
    ] {
        let out = run_into_closed_pipe(args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: stderr {stderr:?}");
        assert!(
            !stderr.to_lowercase().contains("broken pipe"),
            "{args:?} reported the closed pipe: {stderr:?}"
        );
    }
}

#[test]
fn real_errors_still_fail() {
    let out = run_into_closed_pipe(&["timeline", "--entity", "Nobody Of That Name Anywhere"]);
    assert_eq!(out.status.code(), Some(1));
}
