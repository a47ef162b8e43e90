//! `dateline timeline` with the real extractors, on the sample stories and
//! on fixtures written for the index.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const SEED: &str = "sample-data/2014-11-06-obama-writes-to-irans-leader.md";
const FIXTURES: &str = "tests/fixtures/index";

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary builds")
}

fn timeline(args: &[&str]) -> Vec<Value> {
    let out = dateline()
        .arg("timeline")
        .arg("--json")
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    match serde_json::from_slice(&out.stdout).expect("JSON") {
        Value::Array(v) => v,
        other => panic!("not an array: {other}"),
    }
}

/// Position of the first event matching `pred`, with a helpful panic.
fn position(events: &[Value], what: &str, pred: impl Fn(&Value) -> bool) -> usize {
    events
        .iter()
        .position(pred)
        .unwrap_or_else(|| panic!("no {what} in {events:#?}"))
}

#[test]
fn the_seed_story_timeline_runs_august_september_wednesday_publication_deadline() {
    let events = timeline(&[SEED]);
    let august = position(&events, "August 2014", |e| {
        e["value"] == "2014-08" && e["precision"] == "month" && e["text"] == "August"
    });
    let september = position(&events, "September 2014", |e| {
        e["value"] == "2014-09" && e["precision"] == "month" && e["text"] == "the following month"
    });
    let wednesday = position(&events, "Wednesday 5 Nov", |e| {
        e["start"] == "2014-11-05" && e["precision"] == "day" && e["kind"] == "mention"
    });
    let publication = position(&events, "publication", |e| {
        e["kind"] == "publication" && e["start"] == "2014-11-06"
    });
    let deadline = position(&events, "Nov. 24", |e| {
        e["start"] == "2014-11-24" && e["text"] == "Nov. 24"
    });
    assert!(august < september && september < wednesday);
    assert!(wednesday < publication && publication < deadline);
    assert_eq!(events[august]["end"], "2014-08-31");
    assert_eq!(
        events[september]["explanation"]["anchor"]["kind"],
        "previous"
    );
    assert!(
        events[deadline]["sentence"]
            .as_str()
            .unwrap()
            .contains("deadline nears")
    );
    // The text output writes dates at their precision, in the same order.
    let out = dateline().args(["timeline", SEED]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let find = |d: &str| {
        lines
            .iter()
            .position(|l| l.starts_with(d))
            .unwrap_or_else(|| panic!("no {d} line in {text}"))
    };
    assert!(find("Aug 2014") < find("Sep 2014"));
    assert!(find("Sep 2014") < find("Wed 5 Nov 2014"));
    assert!(find("Wed 5 Nov 2014") < find("Thu 6 Nov 2014"));
    assert!(find("Thu 6 Nov 2014") < find("Mon 24 Nov 2014"));
}

#[test]
fn the_nov_24_deadline_is_grouped_across_the_sample_stories() {
    let events = timeline(&["sample-data"]);
    let grouped: Vec<&Value> = events
        .iter()
        .filter(|e| e["start"] == "2014-11-24" && e["kind"] == "mention" && !e["group"].is_null())
        .collect();
    assert!(!grouped.is_empty(), "no group on 2014-11-24");
    let stories = grouped[0]["group"]["stories"].as_array().unwrap();
    assert!(stories.len() >= 2, "{stories:?}");
    assert!(stories.contains(&Value::from("2014-11-06-obama-writes-to-irans-leader")));
    assert!(stories.contains(&Value::from("2014-11-24-nuclear-talks-extended-again")));
    // Publication events stay out of groups.
    assert!(
        events
            .iter()
            .filter(|e| e["kind"] == "publication")
            .all(|e| e["group"].is_null())
    );
    // The whole timeline is in order of range start.
    let starts: Vec<&str> = events
        .iter()
        .map(|e| e["start"].as_str().unwrap())
        .collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn entity_filter_keeps_events_whose_sentence_names_it() {
    let events = timeline(&[SEED, "--entity", "Syria"]);
    let values: Vec<&str> = events
        .iter()
        .map(|e| e["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, vec!["2014-08", "2014-09"]);
    // An alias or another written form finds the same entity.
    let obama = timeline(&[SEED, "--entity", "obama"]);
    assert!(obama.iter().any(|e| e["text"] == "Nov. 24"));
    assert!(obama.iter().all(|e| e["kind"] == "mention"));
}

#[test]
fn a_misspelt_entity_suggests_the_right_one() {
    dateline()
        .args(["timeline", SEED, "--entity", "Khamenai"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "no person, organisation or place called `Khamenai`; did you mean `Ali Khamenei`",
        ));
}

#[test]
fn fixtures_group_the_same_deadline_but_not_an_unrelated_event() {
    let events = timeline(&[FIXTURES]);
    let march15: Vec<&Value> = events
        .iter()
        .filter(|e| e["start"] == "2020-03-15")
        .collect();
    assert_eq!(march15.len(), 3, "{march15:#?}");
    let grouped: Vec<&&Value> = march15.iter().filter(|e| !e["group"].is_null()).collect();
    assert_eq!(grouped.len(), 2);
    assert_eq!(
        grouped[0]["group"]["stories"],
        serde_json::json!(["budget-reagan", "budget-regan"])
    );
    let concert = march15
        .iter()
        .find(|e| e["sentence"].as_str().unwrap().contains("concert"))
        .unwrap();
    assert!(concert["group"].is_null());
    // Date filters: only January.
    let january = timeline(&[FIXTURES, "--to", "2020-01-31"]);
    assert_eq!(january.len(), 1);
    assert_eq!(january[0]["value"], "2020-01");
}
