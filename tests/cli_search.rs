//! `dateline search` end to end.

use assert_cmd::Command;
use predicates::prelude::*;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary builds")
}

#[test]
fn json_is_an_array_and_the_limit_applies() {
    let out = dateline()
        .args(["search", "a", "--json", "--limit", "0"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(),
        serde_json::json!([])
    );
    let out = dateline()
        .args(["search", "a", "--json", "--limit", "2"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.as_array().unwrap().len() <= 2);
}

#[test]
fn the_query_is_required_and_the_kind_validated() {
    dateline().args(["search"]).assert().failure();
    dateline()
        .args(["search", "x", "--kind", "animal"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("unknown kind"));
}
