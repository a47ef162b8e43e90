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

#[test]
fn text_search_prints_each_matching_sentence_with_its_story() {
    let dir = archive();
    let out = dateline()
        .args(["search", "--text", "KVARN"])
        .arg(dir.path())
        .env("COLUMNS", "200")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
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
    let out = dateline()
        .args(["search", "--text", "creme cafe", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let hits = v.as_array().unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["title"], "Village notes");
    assert_eq!(hits[0]["sentence"], "Crème brûlée was served at the café.");
    assert_eq!(hits[0]["marks"], serde_json::json!([[0, 5], [31, 35]]));
    // Words only ever start words: no hit inside one.
    let out = dateline()
        .args(["search", "--text", "arbour", "--json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap(),
        serde_json::json!([])
    );
}
