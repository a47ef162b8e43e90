//! `dateline extract` reports entities with character offsets and canonical
//! names, for one text and in batch mode.

use assert_cmd::Command;
use serde_json::Value;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary built")
}

#[test]
fn extract_json_reports_entities_in_characters() {
    // "Zoë" is two bytes longer than it is characters: offsets must count
    // characters.
    let text =
        "Zoë’s friend President Barack Obama wrote to Iran’s leader. Obama’s letter arrived.";
    let out = dateline()
        .args(["extract", "--json", "-"])
        .write_stdin(text)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).expect("json");
    let ents = v["entities"].as_array().expect("entities array");
    let chars: Vec<char> = text.chars().collect();
    let mut obama = 0;
    for e in ents {
        let start = e["start"].as_u64().unwrap() as usize;
        let end = e["end"].as_u64().unwrap() as usize;
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, e["text"].as_str().unwrap());
        if e["name"] == "Barack Obama" {
            assert_eq!(e["kind"], "person");
            obama += 1;
        }
    }
    assert_eq!(obama, 2, "{ents:?}");
    assert!(
        ents.iter()
            .any(|e| e["name"] == "Iran" && e["kind"] == "place")
    );
    assert!(!ents.iter().any(|e| e["text"] == "President Barack Obama"));
}

#[test]
fn extract_batch_tags_each_document() {
    let input = concat!(
        r#"{"id": "a", "text": "WASHINGTON (AP) — White House spokesman Josh Earnest spoke.", "date": null}"#,
        "\n",
        r#"{"id": "b", "text": "BUCHAREST 2003-04-17\nExports at Translema fell .", "date": null}"#,
        "\n"
    );
    let out = dateline()
        .args(["extract", "--batch"])
        .write_stdin(input)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    let a = lines[0]["entities"].as_array().unwrap();
    let names: Vec<(&str, &str)> = a
        .iter()
        .map(|e| (e["name"].as_str().unwrap(), e["kind"].as_str().unwrap()))
        .collect();
    assert_eq!(
        names,
        [
            ("Washington", "place"),
            ("The Associated Press", "organisation"),
            ("White House", "organisation"),
            ("Josh Earnest", "person")
        ]
    );
    let b = lines[1]["entities"].as_array().unwrap();
    assert!(
        b.iter()
            .any(|e| e["text"] == "BUCHAREST" && e["kind"] == "place")
    );
    assert!(b.iter().any(|e| e["text"] == "Translema"));
}
