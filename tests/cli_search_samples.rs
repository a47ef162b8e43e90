//! `dateline search` with the real extractor on the sample stories.

use assert_cmd::Command;
use serde_json::Value;

fn search(args: &[&str]) -> Vec<Value> {
    let out = Command::cargo_bin("dateline")
        .unwrap()
        .arg("search")
        .args(args)
        .arg("--json")
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

#[test]
fn typical_queries_rank_the_expected_entity_first() {
    for (query, expected) in [
        ("khm", "Ali Khamenei"),
        ("wsj", "The Wall Street Journal"),
        ("obama", "Barack Obama"),
    ] {
        // On the built-in sample stories and on the seed file alone.
        for paths in [
            vec![],
            vec!["sample-data/2014-11-06-obama-writes-to-irans-leader.md"],
        ] {
            let mut args = vec![query];
            args.extend(paths.iter().copied());
            let hits = search(&args);
            assert_eq!(hits[0]["name"], expected, "query {query:?}: {hits:#?}");
        }
    }
}

#[test]
fn hits_carry_alias_positions_and_kind() {
    let hits = search(&["khm", "--limit", "1"]);
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    let alias = hit["alias"].as_str().unwrap();
    let chars: Vec<char> = alias.chars().collect();
    let picked: String = hit["matched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| chars[i.as_u64().unwrap() as usize].to_ascii_lowercase())
        .collect();
    assert_eq!(picked, "khm");
    assert_eq!(hit["kind"], "person");
    assert!(hit["score"].as_i64().unwrap() > 0);
    let places = search(&["a", "--kind", "place", "--limit", "50"]);
    assert!(!places.is_empty());
    assert!(places.iter().all(|h| h["kind"] == "place"));
}
