//! `dateline entities` with the real extractor: cross-story merging on the
//! sample stories and fixtures.

use assert_cmd::Command;
use serde_json::Value;

fn entities(args: &[&str]) -> Vec<Value> {
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg("entities")
        .arg("--json")
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    match serde_json::from_slice(&out.stdout).unwrap() {
        Value::Array(v) => v,
        other => panic!("not an array: {other}"),
    }
}

fn named<'a>(list: &'a [Value], name: &str) -> &'a Value {
    list.iter()
        .find(|e| e["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {list:#?}"))
}

fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect()
}

#[test]
fn sample_entities_merge_across_stories_with_aliases_and_roles() {
    let list = entities(&["sample-data"]);
    let obama = named(&list, "Barack Obama");
    assert_eq!(obama["kind"], "person");
    assert!(strings(&obama["aliases"]).contains(&"Obama"));
    assert!(strings(&obama["roles"]).contains(&"President"));
    assert!(obama["stories"].as_array().unwrap().len() >= 3);
    let khamenei = named(&list, "Ali Khamenei");
    assert!(strings(&khamenei["roles"]).contains(&"Supreme Leader"));
    let us = named(&list, "United States");
    assert_eq!(us["kind"], "place");
    assert!(strings(&us["aliases"]).contains(&"US"));
    assert!(us["stories"].as_array().unwrap().len() >= 3);
    // One entry per name: no duplicates after merging.
    let mut names: Vec<&str> = list.iter().map(|e| e["name"].as_str().unwrap()).collect();
    let total = names.len();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), total);
    // Most mentioned first.
    let counts: Vec<u64> = list
        .iter()
        .map(|e| e["mentions"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn fixtures_keep_regan_and_reagan_apart_and_merge_us_forms() {
    let list = entities(&["tests/fixtures/index"]);
    let regan = named(&list, "Donald Regan");
    let reagan = named(&list, "Ronald Reagan");
    assert_eq!(strings(&regan["stories"]), vec!["budget-regan"]);
    assert_eq!(strings(&reagan["stories"]), vec!["budget-reagan"]);
    let us = named(&list, "United States");
    assert!(strings(&us["aliases"]).contains(&"U.S."));
    assert_eq!(us["stories"].as_array().unwrap().len(), 2);
    let people = entities(&["tests/fixtures/index", "--kind", "person"]);
    assert!(people.iter().all(|e| e["kind"] == "person"));
    assert_eq!(people.len(), 2);
}
