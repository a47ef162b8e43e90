//! `dateline extract` and `dateline extract --batch` end to end: the tagger
//! through the command-line contract the evaluation relies on.

use assert_cmd::Command;
use predicates::prelude::*;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary builds")
}

#[test]
fn extract_prints_each_date_with_its_value() {
    dateline()
        .args(["extract", "--date", "2014-11-06", "-"])
        .write_stdin("Obama authorized strikes in August and spoke on Wednesday.")
        .assert()
        .success()
        .stdout(predicate::str::contains("2014-08"))
        .stdout(predicate::str::contains("August"))
        .stdout(predicate::str::contains("2014-11-05"));
}

#[test]
fn extract_json_has_character_offsets() {
    let out = dateline()
        .args(["extract", "--json", "--date", "2014-11-06"])
        .write_stdin("Iran’s deadline is Nov. 24.")
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let d = &v["dates"][0];
    assert_eq!(d["text"], "Nov. 24");
    assert_eq!(d["value"], "2014-11-24");
    assert_eq!(d["type"], "DATE");
    // "Iran’s deadline is " is 19 characters (the apostrophe is 3 bytes).
    assert_eq!(d["start"], 19);
    assert_eq!(d["end"], 26);
}

#[test]
fn batch_keeps_order_and_reports_malformed_lines() {
    let input = concat!(
        r#"{"id": "a", "text": "It ended last year.", "date": "2014-11-06"}"#,
        "\n",
        "this is not json\n",
        r#"{"id": 7, "text": "It ended on Sept. 30, 2014, and again yesterday.", "date": null}"#,
        "\n",
    );
    let out = dateline()
        .args(["extract", "--batch"])
        .write_stdin(input)
        .output()
        .expect("runs");
    // Every good line is still processed, but a skipped line makes the run fail.
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("skipped 1 malformed"), "{stderr}");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["dates"][0]["value"], "2013");
    assert_eq!(lines[1]["id"], 7);
    let dates = lines[1]["dates"].as_array().expect("dates");
    assert_eq!(dates[0]["value"], "2014-09-30");
    // No story date: "yesterday" stays unresolved, not guessed.
    assert_eq!(dates[1]["text"], "yesterday");
    assert!(
        dates[1]["value"]
            .as_str()
            .is_some_and(|v| v.contains('X') || v.ends_with("_REF")),
        "{:?}",
        dates[1]
    );
}

/// A program that sends one line and waits gets its answer without closing
/// the input: output is flushed whenever the input runs dry.
#[test]
fn batch_answers_each_line_while_the_input_stays_open() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command as Std, Stdio};
    use std::sync::mpsc;
    let mut child = Std::new(assert_cmd::cargo::cargo_bin("dateline"))
        .args(["extract", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.expect("line")).is_err() {
                break;
            }
        }
    });
    let wait = std::time::Duration::from_secs(60);
    for (id, text) in [
        ("a", "The vote is on Friday."),
        ("b", "They met in March 2020."),
    ] {
        writeln!(
            stdin,
            r#"{{"id": "{id}", "text": "{text}", "date": "2021-05-03"}}"#
        )
        .expect("write");
        stdin.flush().expect("flush");
        let answer = rx
            .recv_timeout(wait)
            .expect("an answer before the input closes");
        assert!(answer.starts_with(&format!(r#"{{"id":"{id}""#)), "{answer}");
    }
    drop(stdin);
    assert!(child.wait().expect("wait").success());
}
