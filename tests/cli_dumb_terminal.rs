//! On a terminal that cannot move the cursor (`TERM=dumb`) the full-screen app refuses with a
//! message that points at the commands, instead of painting escape sequences into it.

use assert_cmd::Command;

#[test]
fn the_app_refuses_a_dumb_terminal_and_names_the_commands() {
    let out = Command::cargo_bin("dateline")
        .expect("binary")
        .env("TERM", "dumb")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "nothing painted on stdout");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("TERM=dumb"), "{stderr}");
    assert!(stderr.contains("dateline timeline"), "{stderr}");
}

#[test]
fn the_commands_still_work_on_a_dumb_terminal() {
    let out = Command::cargo_bin("dateline")
        .expect("binary")
        .env("TERM", "dumb")
        .args(["timeline", "--json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let events: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(events.as_array().is_some_and(|a| !a.is_empty()));
}
