//! The workspace through the real binary: stable event ids, `correct`
//! changing what `timeline --json` lists and in which order, `--clear`,
//! `check` finding a correction its story no longer supports, and a
//! workspace file that cannot be used never stopping the listings. Every
//! run works in a temporary data directory, and the story files are
//! compared byte for byte at the end.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

const HARBOUR: &str = "---
title: Harbour wall reopens
date: 2031-05-02
source: Coastal Desk
---

The harbour wall at Lindqvist Point reopened on March 3, 2031 after a winter of storms.

Engineers said the second section would be finished by June 9, 2031, weeks ahead of the regatta.
";

const FERRY: &str = "---
title: Ferry timetable changes
date: 2031-05-04
source: Coastal Desk
---

The island ferry will run twice a day from April 20, 2031, the operator said.
";

struct Setup {
    _dir: tempfile::TempDir,
    data: PathBuf,
    stories: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::write(stories.join("harbour.md"), HARBOUR).unwrap();
    std::fs::write(stories.join("ferry.md"), FERRY).unwrap();
    Setup {
        _dir: dir,
        data,
        stories,
    }
}

fn dateline(s: &Setup) -> Command {
    let mut cmd = Command::cargo_bin("dateline").expect("binary builds");
    cmd.env("DATELINE_DATA_DIR", &s.data)
        .env("DATELINE_CACHE_DIR", s.data.join("cache"))
        .env("DATELINE_CONFIG_DIR", s.data.join("config"));
    cmd
}

fn timeline(s: &Setup, threads: &str) -> Vec<Value> {
    let out = dateline(s)
        .args(["timeline", "--json", "--threads", threads])
        .arg(&s.stories)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect()
}

fn id_of(events: &[Value], text: &str) -> String {
    events
        .iter()
        .find(|e| e["text"] == text)
        .unwrap_or_else(|| panic!("no event {text:?}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

fn correct(s: &Setup, args: &[&str]) -> std::process::Output {
    dateline(s)
        .arg("correct")
        .args(args)
        .arg(&s.stories)
        .output()
        .unwrap()
}

fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let bytes = std::fs::read(&p).unwrap();
            (p, bytes)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_event_has_an_id_that_does_not_change_across_runs_or_threads() {
    let s = setup();
    let one = timeline(&s, "1");
    let two = timeline(&s, "2");
    assert_eq!(ids(&one), ids(&two));
    assert_eq!(ids(&one), ids(&timeline(&s, "1")));
    let all = ids(&one);
    let mut unique = all.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), all.len(), "ids are unique: {all:?}");
    assert!(all.iter().any(|id| id.ends_with("#published")));
    let march = id_of(&one, "March 3, 2031");
    let offset = HARBOUR
        .split("---\n")
        .nth(2)
        .unwrap()
        .trim_start()
        .find("March")
        .unwrap();
    assert!(march.ends_with(&format!("#{offset}")), "{march}");
    assert!(one.iter().all(|e| e["corrected"].is_null()));
}

#[test]
fn a_correction_reorders_the_timeline_shows_what_it_was_and_clears() {
    let s = setup();
    let before_files = files(&s.stories);
    let before = timeline(&s, "2");
    let june = id_of(&before, "June 9, 2031");
    assert_eq!(before.last().unwrap()["id"], june.as_str(), "June is last");

    let out = correct(&s, &[&june, "2031-01-15"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("corrected from 2031-06-09 to 2031-01-15"),
        "{stdout}"
    );

    let after = timeline(&s, "2");
    assert_eq!(
        after[0]["id"],
        june.as_str(),
        "the corrected date sorts first"
    );
    assert_eq!(after[0]["value"], "2031-01-15");
    assert_eq!(after[0]["start"], "2031-01-15");
    assert_eq!(
        after[0]["text"], "June 9, 2031",
        "the expression stays as written"
    );
    assert_eq!(after[0]["corrected"]["was"], "2031-06-09");
    let at = after[0]["corrected"]["at"].as_str().unwrap();
    assert!(chrono::DateTime::parse_from_rfc3339(at).is_ok(), "{at}");
    assert_eq!(ids(&after).len(), ids(&before).len());

    // A phrase is read against the story's date (2 May 2031).
    let out = correct(&s, &[&june, "March 18"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let after = timeline(&s, "1");
    let e = after.iter().find(|e| e["id"] == june.as_str()).unwrap();
    assert_eq!(e["value"], "2031-03-18");
    assert_eq!(e["corrected"]["was"], "2031-06-09", "was is the tagger's");

    let out = correct(&s, &[&june, "--clear"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cleared = timeline(&s, "2");
    assert_eq!(ids(&cleared), ids(&before));
    assert!(cleared.iter().all(|e| e["corrected"].is_null()));
    assert_eq!(files(&s.stories), before_files, "story files untouched");
}

#[test]
fn unknown_events_and_unreadable_values_fail_with_a_message() {
    let s = setup();
    let events = timeline(&s, "1");
    let out = correct(&s, &["no-such-story#12", "2031-01-01"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no event `no-such-story#12`"), "{err}");

    let march = id_of(&events, "March 3, 2031");
    let out = correct(&s, &[&march, "whenever it suits"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a date: `whenever it suits`"), "{err}");
    assert!(timeline(&s, "1").iter().all(|e| e["corrected"].is_null()));
}

#[test]
fn check_warns_about_a_correction_whose_expression_is_gone() {
    let s = setup();
    let events = timeline(&s, "1");
    let ferry = id_of(&events, "April 20, 2031");
    assert!(correct(&s, &[&ferry, "2031-04-27"]).status.success());
    let out = dateline(&s).arg("check").arg(&s.stories).output().unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stdout).contains("no longer applies"));

    // The story is rewritten: the date moved and changed.
    std::fs::write(
        s.stories.join("ferry.md"),
        FERRY
            .replace("The island ferry", "From today the island ferry")
            .replace("April 20, 2031", "late April"),
    )
    .unwrap();
    let out = dateline(&s).arg("check").arg(&s.stories).output().unwrap();
    assert!(out.status.success(), "a warning, not an error");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let line = stdout
        .lines()
        .find(|l| l.contains("no longer applies"))
        .unwrap_or_else(|| panic!("{stdout}"));
    assert!(line.contains("ferry.md: warning:"), "{line}");
    assert!(line.contains(&ferry), "{line}");
    assert!(line.contains("“April 20, 2031”"), "{line}");
    assert!(stdout.contains("1 warning"), "{stdout}");
    // Nothing stale is applied to the listing.
    assert!(timeline(&s, "1").iter().all(|e| e["corrected"].is_null()));
}

#[test]
fn a_workspace_that_is_not_a_database_is_reported_and_the_stories_still_list() {
    let s = setup();
    std::fs::create_dir_all(&s.data).unwrap();
    let db = s.data.join("dateline.db");
    std::fs::write(&db, "a shopping list, not a database\n".repeat(100)).unwrap();
    let out = dateline(&s)
        .args(["timeline", "--json"])
        .arg(&s.stories)
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("dateline.db: not a dateline workspace"),
        "{err}"
    );
    let events: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(events.len() >= 4);

    let out = dateline(&s)
        .arg("stories")
        .arg(&s.stories)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Harbour wall reopens"));

    let out = dateline(&s).arg("check").arg(&s.stories).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("dateline.db: warning: not a dateline workspace"),
        "{stdout}"
    );

    // Writing is refused with the same reason, and the file is left alone.
    let id = id_of(&events, "March 3, 2031");
    let out = correct(&s, &[&id, "2031-03-04"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a dateline workspace"));
    assert!(
        std::fs::read_to_string(&db)
            .unwrap()
            .starts_with("a shopping list")
    );
}
