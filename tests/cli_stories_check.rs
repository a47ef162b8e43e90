//! The `stories` and `check` commands, run as the real binary.

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary")
}

fn fixtures() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

#[test]
fn check_is_clean_on_the_samples_from_any_directory() {
    let empty = tempfile::tempdir().expect("tempdir");
    dateline()
        .current_dir(empty.path())
        .arg("check")
        .assert()
        .success()
        .stdout("5 files, 7 stories, 0 errors, 0 warnings\n");
}

#[test]
fn stories_lists_the_samples_from_a_directory_without_sample_data() {
    let empty = tempfile::tempdir().expect("tempdir");
    let out = dateline()
        .current_dir(empty.path())
        .arg("stories")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 7);
    assert!(lines[0].starts_with("2014-11-06  AP "), "{}", lines[0]);
    assert!(lines[0].contains("Obama writes to Iran’s leader"));
    assert!(lines[0].ends_with("2014-11-06-obama-writes-to-irans-leader"));
    // Columns line up in cells: every id starts at the same column.
    let starts: Vec<usize> = lines
        .iter()
        .map(|l| {
            let id = l.rsplit(' ').next().unwrap_or("");
            unicode_width::UnicodeWidthStr::width(&l[..l.len() - id.len()])
        })
        .collect();
    assert!(starts.windows(2).all(|w| w[0] == w[1]), "{starts:?}");
}

#[test]
fn stories_json_has_the_documented_fields() {
    let out = dateline()
        .args(["stories", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
    let stories = v.as_array().expect("array");
    assert_eq!(stories.len(), 7);
    let seed = &stories[0];
    assert_eq!(seed["id"], "2014-11-06-obama-writes-to-irans-leader");
    assert_eq!(seed["title"], "Obama writes to Iran’s leader");
    assert_eq!(seed["date"], "2014-11-06");
    assert_eq!(seed["source"], "AP");
    assert_eq!(seed["url"], serde_json::Value::Null);
    assert_eq!(
        seed["path"],
        "sample-data/2014-11-06-obama-writes-to-irans-leader.md"
    );
    assert_eq!(seed["dateline"]["place"], "WASHINGTON");
    assert_eq!(seed["dateline"]["agency"], "AP");
    let paragraphs = seed["paragraphs"].as_array().expect("paragraphs");
    assert_eq!(paragraphs.len(), 11);
    assert!(
        paragraphs[0]
            .as_str()
            .is_some_and(|p| p.starts_with("WASHINGTON (AP) — In a rare outreach"))
    );
    let zoned = stories
        .iter()
        .find(|s| s["id"] == "us-air-campaign-1")
        .expect("feed story");
    assert_eq!(zoned["date"], "2014-08-08T16:00:00-04:00");
}

#[test]
fn check_reports_bad_files_and_exits_1() {
    dateline()
        .arg("check")
        .arg(fixtures())
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "truncated.json:1:47: error: invalid JSON: unexpected end of file\n",
        ))
        .stdout(predicate::str::contains(
            "feed-bad-date.rss:6: warning: item 2: unreadable date `Thu, 31 Feb 2014 10:00:00 GMT`, story kept undated\n",
        ))
        .stdout(predicate::str::ends_with(
            "16 files, 12 stories, 5 errors, 6 warnings\n",
        ));
}

#[test]
fn check_on_good_files_exits_0_with_warnings_only() {
    dateline()
        .arg("check")
        .arg(fixtures().join("good.json"))
        .arg(fixtures().join("feed-bad-date.rss"))
        .assert()
        .success()
        .stdout(predicate::str::ends_with(
            "2 files, 4 stories, 0 errors, 1 warning\n",
        ));
}

#[test]
fn missing_path_is_an_error_not_a_panic() {
    dateline()
        .args(["check", "does-not-exist.json"])
        .assert()
        .code(1)
        .stdout("does-not-exist.json: error: no such file or directory\n0 files, 0 stories, 1 error, 0 warnings\n");
}

#[test]
fn usage_errors_exit_2() {
    dateline().args(["check", "--bogus"]).assert().code(2);
    dateline().args(["stories", "--nope"]).assert().code(2);
}

#[test]
fn stories_prints_diagnostics_on_stderr_only() {
    dateline()
        .arg("stories")
        .arg(fixtures().join("truncated.json"))
        .arg(fixtures().join("good.md"))
        .assert()
        .success()
        .stdout(
            predicate::str::contains("Markdown story").and(predicate::str::contains("error").not()),
        )
        .stderr(predicate::str::contains("truncated.json:1:47: error"));
}

#[test]
fn escape_sequences_in_file_names_are_shown_not_run() {
    let dir = tempfile::tempdir().expect("tempdir");
    let name = "evil\u{1b}]52;c;QUFB\u{7}.json";
    std::fs::write(dir.path().join(name), "{").expect("write");
    let out = dateline()
        .current_dir(dir.path())
        .args(["check", "."])
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("utf-8");
    assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out:?}");
    assert!(
        out.starts_with("./evil\\u{1b}]52;c;QUFB\\u{7}.json:1:1: error: invalid JSON"),
        "{out}"
    );
}

#[test]
fn check_json_reports_counts_and_diagnostics() {
    let out = dateline()
        .args(["check", "--json"])
        .arg(fixtures().join("truncated.json"))
        .arg(fixtures().join("good.json"))
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
    assert_eq!(v["files"], 2);
    assert_eq!(v["stories"], 2);
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 0);
    let d = &v["diagnostics"][0];
    assert!(
        d["path"]
            .as_str()
            .is_some_and(|p| p.ends_with("truncated.json"))
    );
    assert_eq!(d["line"], 1);
    assert_eq!(d["column"], 47);
    assert_eq!(d["severity"], "error");
    assert_eq!(d["message"], "invalid JSON: unexpected end of file");
}
