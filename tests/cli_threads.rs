//! `--threads N` chooses how many threads read and analyse the stories; the
//! output does not depend on it.

use assert_cmd::Command;

fn timeline_json(threads: &str) -> Vec<u8> {
    let out = Command::cargo_bin("dateline")
        .expect("binary builds")
        .args(["timeline", "--json", "--threads", threads])
        .args(["sample-data", "tests/fixtures/index"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn one_thread_and_four_print_the_same_timeline() {
    let one = timeline_json("1");
    assert!(one.len() > 1000, "timeline unexpectedly short");
    assert_eq!(one, timeline_json("4"));
}

#[test]
fn zero_threads_is_a_usage_error() {
    Command::cargo_bin("dateline")
        .expect("binary builds")
        .args(["--threads", "0", "stories"])
        .assert()
        .code(2);
}
