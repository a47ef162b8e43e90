//! `dateline timeline` end to end, on the built-in sample stories.

use assert_cmd::Command;
use predicates::prelude::*;
use unicode_width::UnicodeWidthStr;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary builds")
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = dateline().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

#[test]
fn json_lists_the_publication_event_with_the_contract_fields() {
    let events = json(&["timeline", "--json"]);
    let events = events.as_array().expect("an array");
    let publication: Vec<_> = events
        .iter()
        .filter(|e| e["kind"] == "publication" && e["value"] == "2014-11-06")
        .collect();
    assert_eq!(
        publication.len(),
        1,
        "one story of the samples is dated 6 Nov 2014"
    );
    let p = publication[0];
    assert_eq!(p["precision"], "day");
    assert_eq!(p["start"], "2014-11-06");
    assert_eq!(p["end"], "2014-11-06");
    assert_eq!(p["story"], "2014-11-06-obama-writes-to-irans-leader");
    assert_eq!(p["paragraph"], 0);
    assert!(p["sentence"].is_string());
    assert!(p["text"].is_string());
    assert!(p["explanation"]["rule"].is_string());
    assert!(p.get("group").is_some());
    // Chronological order.
    let starts: Vec<&str> = events
        .iter()
        .map(|e| e["start"].as_str().unwrap())
        .collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn date_filters_keep_overlapping_events_only() {
    let before = json(&["timeline", "--json", "--to", "2014-11-05"]);
    assert!(
        before
            .as_array()
            .unwrap()
            .iter()
            .all(|e| e["start"].as_str().unwrap() <= "2014-11-05")
    );
    let on = json(&[
        "timeline",
        "--json",
        "--from",
        "2014-11-06",
        "--to",
        "2014-11-06",
    ]);
    assert!(
        on.as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "publication")
    );
    let after = json(&["timeline", "--json", "--from", "2030-01-01"]);
    assert_eq!(after, serde_json::json!([]));
}

#[test]
fn text_lines_fit_the_columns() {
    let out = dateline()
        .args(["timeline"])
        .env("COLUMNS", "40")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Thu 6 Nov 2014"), "{text}");
    for line in text.lines() {
        assert!(line.width() <= 40, "{line:?} is wider than 40 cells");
    }
}

#[test]
fn reversed_dates_are_an_error() {
    dateline()
        .args(["timeline", "--from", "2014-12-01", "--to", "2014-01-01"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "--from 2014-12-01 is after --to 2014-01-01",
        ));
}

#[test]
fn a_malformed_date_is_rejected_by_the_parser() {
    dateline()
        .args(["timeline", "--from", "last week"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("--from"));
}

#[test]
fn an_unknown_entity_is_a_clear_error() {
    dateline()
        .args(["timeline", "--entity", "Zyxwv Qutrpo"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains(
            "no person, organisation or place called `Zyxwv Qutrpo`",
        ));
}
