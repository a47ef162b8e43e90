//! `dateline search --text`: the CLI twin of the finder's story text scope.

use assert_cmd::Command;

fn dateline() -> Command {
    Command::cargo_bin("dateline").expect("binary builds")
}

fn archive() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("harbour.md"),
        "# Harbour reopens\n\nThe ferry to Kvarnholm left late. Nobody on the pier complained.\n\nA storm closed the harbour at Zürich-Ost by noon.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("cafe.md"),
        "# Village notes\n\nCrème brûlée was served at the café. Kvarnholm voted on Sunday.\n",
    )
    .unwrap();
    dir
}

/// Standard output of `dateline search --text ARGS… DIR`, which must succeed.
fn search_text(dir: &tempfile::TempDir, args: &[&str]) -> Vec<u8> {
    dateline()
        .args(["search", "--text"])
        .args(args)
        .arg(dir.path())
        .env("COLUMNS", "200")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone()
}

#[test]
fn text_search_prints_each_matching_sentence_with_its_story() {
    let dir = archive();
    let text = String::from_utf8(search_text(&dir, &["KVARN"])).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("¶1  The ferry to Kvarnholm left late.")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.ends_with("¶1  Kvarnholm voted on Sunday.")),
        "{text}"
    );
}

#[test]
fn text_search_json_marks_the_words_in_characters() {
    let dir = archive();
    let v: serde_json::Value =
        serde_json::from_slice(&search_text(&dir, &["creme cafe", "--json"])).unwrap();
    let hits = v.as_array().unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["title"], "Village notes");
    assert_eq!(hits[0]["sentence"], "Crème brûlée was served at the café.");
    assert_eq!(hits[0]["marks"], serde_json::json!([[0, 5], [31, 35]]));
    // Words only ever start words: no hit inside one.
    let none: serde_json::Value =
        serde_json::from_slice(&search_text(&dir, &["arbour", "--json"])).unwrap();
    assert_eq!(none, serde_json::json!([]));
}

#[test]
fn text_search_takes_no_kind() {
    dateline()
        .args(["search", "--text", "x", "--kind", "place"])
        .assert()
        .failure();
}
