//! `dateline entities` end to end.

use assert_cmd::Command;
use predicates::prelude::*;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary builds")
}

#[test]
fn json_is_an_array_sorted_by_mentions() {
    let out = dateline().args(["entities", "--json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v.as_array().expect("array");
    let counts: Vec<u64> = list
        .iter()
        .map(|e| e["mentions"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    for e in list {
        for field in ["name", "kind", "aliases", "roles", "mentions", "stories"] {
            assert!(e.get(field).is_some(), "missing {field} in {e}");
        }
    }
}

#[test]
fn the_kind_filter_is_validated() {
    dateline()
        .args(["entities", "--kind", "animal"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown kind `animal`"));
    dateline()
        .args(["entities", "--kind", "org", "--json"])
        .assert()
        .success();
}
