//! `dateline timeline` end to end on stories that date one fire on two
//! different days: the JSON field on every event, `--disagreements` in text
//! and JSON. The real taggers read the stories.

use std::path::Path;

use assert_cmd::Command;

/// Two papers dating the mill fire a day apart, a monthly naming only the
/// month, and an unrelated council vote.
const STORIES: &[(&str, &str)] = &[
    (
        "courier.md",
        "---\ntitle: Mill fire leaves Dunmore without its largest employer\ndate: 2026-03-10\nsource: Dunmore Courier\n---\n\n\
         The fire at the Halvorsen textile mill broke out on Sunday, March 8, and burned for nine hours before crews from three towns brought it under control.\n\n\
         About two hundred people worked at the mill, which had stood on the riverbank since the 1920s.\n",
    ),
    (
        "gazette.md",
        "---\ntitle: Dye shed blamed for Halvorsen blaze\ndate: 2026-03-11\nsource: Valley Gazette\n---\n\n\
         Firefighters were called to the Halvorsen mill on Saturday, March 7, when the fire broke out in the dye shed, the county fire marshal said.\n\n\
         The marshal said the cause was still under investigation.\n",
    ),
    (
        "monthly.md",
        "---\ntitle: A town counts the cost\ndate: 2026-04-02\nsource: Regional Monthly\n---\n\n\
         The fire that broke out at the Halvorsen mill in March cost two hundred jobs, and the owners have not said whether they will rebuild.\n",
    ),
    (
        "council.md",
        "---\ntitle: Harbour budget passes\ndate: 2026-03-03\nsource: Dunmore Courier\n---\n\n\
         The Dunmore council passed the harbour budget on Monday, March 2, by seven votes to four.\n",
    ),
];

fn write_stories(dir: &Path) {
    for (name, text) in STORIES {
        std::fs::write(dir.join(name), text).expect("writes a story");
    }
}

/// `dateline ARGS` with every XDG location in `home`.
fn run(home: &Path, args: &[&str]) -> std::process::Output {
    let out = Command::cargo_bin("dateline")
        .expect("binary builds")
        .env("DATELINE_DATA_DIR", home.join("data"))
        .env("DATELINE_CACHE_DIR", home.join("cache"))
        .env("DATELINE_CONFIG_DIR", home.join("config"))
        .env("COLUMNS", "200")
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn json(home: &Path, args: &[&str]) -> Vec<serde_json::Value> {
    let out = run(home, args);
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .expect("valid JSON")
        .as_array()
        .expect("an array")
        .clone()
}

#[test]
fn every_event_carries_the_disagreement_field_and_both_sides_are_listed() {
    let home = tempfile::tempdir().unwrap();
    let stories = home.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    write_stories(&stories);
    let events = json(
        home.path(),
        &["timeline", stories.to_str().unwrap(), "--json"],
    );
    assert!(events.len() >= 8, "{events:?}");
    for e in &events {
        assert!(e.get("disagreement").is_some(), "no field on {e}");
    }
    let flagged: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| !e["disagreement"].is_null())
        .collect();
    let who: Vec<(&str, &str)> = flagged
        .iter()
        .map(|e| (e["story"].as_str().unwrap(), e["value"].as_str().unwrap()))
        .collect();
    assert_eq!(
        who,
        vec![("gazette", "2026-03-07"), ("courier", "2026-03-08")]
    );
    let d = &flagged[0]["disagreement"];
    assert_eq!(
        d, &flagged[1]["disagreement"],
        "one disagreement, both sides"
    );
    assert_eq!(d["days"], serde_json::json!(["2026-03-07", "2026-03-08"]));
    let sides = d["events"].as_array().unwrap();
    assert_eq!(sides.len(), 2);
    assert_eq!(sides[0]["story"], "gazette");
    assert_eq!(sides[0]["value"], "2026-03-07");
    assert_eq!(sides[0]["text"], "Saturday, March 7");
    assert!(
        sides[0]["sentence"]
            .as_str()
            .unwrap()
            .starts_with("Firefighters were called to the Halvorsen mill"),
        "{}",
        sides[0]
    );
    assert_eq!(sides[1]["story"], "courier");
    assert_eq!(sides[1]["text"], "Sunday, March 8");
    // The month-only story and the council vote are not sides.
    for e in &events {
        if e["story"] == "monthly" || e["story"] == "council" {
            assert!(e["disagreement"].is_null(), "{e}");
        }
    }
}

#[test]
fn the_disagreements_option_lists_only_the_sides_in_text_and_json() {
    let home = tempfile::tempdir().unwrap();
    let stories = home.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    write_stories(&stories);
    let dir = stories.to_str().unwrap();
    let events = json(home.path(), &["timeline", dir, "--disagreements", "--json"]);
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(events.iter().all(|e| !e["disagreement"].is_null()));

    let out = run(home.path(), &["timeline", dir, "--disagreements"]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with("Sat 7 Mar 2026  gazette"), "{text}");
    assert!(lines[1].starts_with("Sun 8 Mar 2026  courier"), "{text}");
    for line in &lines {
        assert!(line.contains("[disagreement #0]"), "{line}");
    }
    // Combined with another filter, as every filter combines.
    let only_courier = json(
        home.path(),
        &[
            "timeline",
            dir,
            "--disagreements",
            "--story",
            "courier",
            "--json",
        ],
    );
    assert_eq!(only_courier.len(), 1);
}

#[test]
fn stories_that_agree_show_no_disagreement() {
    let home = tempfile::tempdir().unwrap();
    let stories = home.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    write_stories(&stories);
    // The gazette corrects itself: now both papers say Sunday, March 8.
    let gazette = STORIES[1].1.replace("Saturday, March 7", "Sunday, March 8");
    std::fs::write(stories.join("gazette.md"), gazette).unwrap();
    let dir = stories.to_str().unwrap();
    let events = json(home.path(), &["timeline", dir, "--disagreements", "--json"]);
    assert!(events.is_empty(), "{events:?}");
    let all = json(home.path(), &["timeline", dir, "--json"]);
    let grouped = all.iter().filter(|e| !e["group"].is_null()).count();
    assert_eq!(grouped, 2, "the two papers now agree: one group");
}
