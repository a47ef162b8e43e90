//! A loader that keeps every story: metadata records merge into the story
//! with the text, JSON ids are used, web date lines are read, noise is not a
//! story and page furniture leaves the text.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use dateline::ingest;
use dateline::model::{Corpus, Severity};

fn messages(corpus: &Corpus) -> Vec<String> {
    corpus.diagnostics.iter().map(ToString::to_string).collect()
}

/// Write `files` (name, content) into a fresh directory and load it.
fn load_dir(files: &[(&str, &[u8])]) -> (tempfile::TempDir, Corpus) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("a folder");
        }
        fs::write(path, bytes).expect("a file");
    }
    let corpus = ingest::load(&[dir.path().to_path_buf()]);
    (dir, corpus)
}

/// Diagnostics with the temporary directory taken out of their paths.
fn relative(dir: &Path, corpus: &Corpus) -> Vec<String> {
    let prefix = format!("{}/", dir.display());
    messages(corpus)
        .iter()
        .map(|m| m.replace(&prefix, ""))
        .collect()
}

const HARBOUR_TXT: &str = "Harbour cranes fall silent as dockers walk out\n\
    March 9, 2021\n\n\
    Dockers at the eastern harbour stopped work at dawn, leaving two\n\
    container ships waiting at the quay.\n\n\
    The union said the stoppage would last until Thursday.\n";

const HARBOUR_META: &str = r#"[
  {"title": "Harbour cranes fall silent as dockers walk out",
   "date": "2021-03-09",
   "url": "https://news.example.net/harbour/cranes-fall-silent",
   "source": "Example Harbour Gazette"},
  {"title": "Ferry timetable changes for the spring",
   "date": "2021-03-10",
   "url": "https://news.example.net/ferry/spring-timetable"}
]"#;

#[test]
fn a_metadata_record_merges_into_the_text_story_met_before_it() {
    // `a-harbour.txt` sorts before `b-meta.json`: the text comes first.
    let (dir, corpus) = load_dir(&[
        ("a-harbour.txt", HARBOUR_TXT.as_bytes()),
        ("b-meta.json", HARBOUR_META.as_bytes()),
    ]);
    assert_eq!(corpus.stories.len(), 2, "{:?}", messages(&corpus));
    let s = &corpus.stories[0];
    assert_eq!(s.id.0, "a-harbour");
    assert_eq!(s.paragraphs.len(), 2);
    assert_eq!(
        s.url.as_deref(),
        Some("https://news.example.net/harbour/cranes-fall-silent")
    );
    assert_eq!(s.source.as_deref(), Some("Example Harbour Gazette"));
    assert!(s.origin.path.ends_with("a-harbour.txt"));
    assert_eq!(
        relative(dir.path(), &corpus),
        vec![
            "b-meta.json:2: note: story 1: no text: metadata merged into story `a-harbour` from a-harbour.txt, added url, source",
            // A record that meets no story is still a story without text.
            "b-meta.json:6: warning: story 2: story has no text",
        ]
    );
    assert_eq!(corpus.diagnostics[0].severity, Severity::Note);
}

#[test]
fn a_text_story_takes_the_place_of_a_metadata_record_met_before_it() {
    // `a-meta.json` sorts first: the record is met before the text.
    let (dir, corpus) = load_dir(&[
        ("a-meta.json", HARBOUR_META.as_bytes()),
        ("b-harbour.txt", HARBOUR_TXT.as_bytes()),
    ]);
    let ids: Vec<&str> = corpus.stories.iter().map(|s| s.id.0.as_str()).collect();
    // The text story keeps its own id, in the record's place.
    assert_eq!(ids, vec!["b-harbour", "spring-timetable"]);
    let s = &corpus.stories[0];
    assert!(s.paragraphs[0].starts_with("Dockers at the eastern harbour"));
    assert_eq!(s.source.as_deref(), Some("Example Harbour Gazette"));
    assert!(s.origin.path.ends_with("b-harbour.txt"));
    assert_eq!(
        relative(dir.path(), &corpus),
        vec![
            "a-meta.json:6: warning: story 2: story has no text",
            "b-harbour.txt:1: note: same story as `cranes-fall-silent` from a-meta.json, which has no text: this copy is kept as `b-harbour`, added url, source"
        ]
    );
}

#[test]
fn a_value_both_copies_give_differently_keeps_the_texts_and_says_so() {
    let text = "---\ntitle: Night trains return to the valley line\ndate: 2019-06-14\nsource: Valley Courier\n---\n\nThe first sleeper service in a decade left the station at ten.\n";
    let meta = r#"{"title": "Night trains return to the valley line", "date": "2019-06-14T21:40:00+02:00", "source": "Rail Digest", "byline": "Mara Olsen"}"#;
    let (dir, corpus) = load_dir(&[
        ("night-trains.md", text.as_bytes()),
        ("night-trains.meta.json", meta.as_bytes()),
    ]);
    assert_eq!(corpus.stories.len(), 1, "{:?}", messages(&corpus));
    let s = &corpus.stories[0];
    assert_eq!(s.source.as_deref(), Some("Valley Courier"));
    assert_eq!(s.byline.as_deref(), Some("Mara Olsen"));
    // The same day with a time and zone is more precise, not different.
    assert_eq!(
        s.published.map(|p| p.to_iso()).as_deref(),
        Some("2019-06-14T21:40:00+02:00")
    );
    assert_eq!(
        relative(dir.path(), &corpus),
        vec![
            "night-trains.meta.json:1: note: no text: metadata merged into story `night-trains` from night-trains.md, added byline, time; source differs (`Rail Digest` here), the text's `Valley Courier` kept"
        ]
    );
}

#[test]
fn a_record_dates_an_undated_text_story_of_the_same_title() {
    let text = "Orchard growers count frost damage\n\nGrowers in the upper valley said half the blossom was lost overnight.\n";
    let meta = r#"[{"title": "Orchard growers count frost damage", "date": "2017-04-21"}]"#;
    let (_dir, corpus) = load_dir(&[
        ("frost.txt", text.as_bytes()),
        ("index.json", meta.as_bytes()),
    ]);
    assert_eq!(corpus.stories.len(), 1, "{:?}", messages(&corpus));
    assert_eq!(
        corpus.stories[0].published.map(|p| p.to_iso()).as_deref(),
        Some("2017-04-21")
    );
    assert_eq!(corpus.diagnostics.len(), 1);
    assert_eq!(corpus.diagnostics[0].severity, Severity::Note);
}

#[test]
fn two_copies_with_text_still_keep_the_first_with_a_warning() {
    let one = "Bridge repairs finish early\nMay 2, 2018\n\nThe north span reopened on Tuesday.\n";
    let two = "Bridge repairs finish early\nMay 2, 2018\n\nEngineers handed the span back a week early.\n";
    let (dir, corpus) = load_dir(&[("one.txt", one.as_bytes()), ("two.txt", two.as_bytes())]);
    assert_eq!(corpus.stories.len(), 1);
    assert_eq!(
        relative(dir.path(), &corpus),
        vec!["two.txt:1: warning: duplicate of story `one` from one.txt, skipped"]
    );
}

#[test]
fn check_reports_the_merge_and_counts_notes() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    fs::write(dir.path().join("a-harbour.txt"), HARBOUR_TXT).expect("a file");
    fs::write(dir.path().join("b-meta.json"), HARBOUR_META).expect("a file");
    let out = Command::cargo_bin("dateline")
        .expect("the binary")
        .env("DATELINE_DATA_DIR", dir.path().join("data"))
        .env("DATELINE_CACHE_DIR", dir.path().join("cache"))
        .env("DATELINE_CONFIG_DIR", dir.path().join("config"))
        .arg("check")
        .arg(dir.path().join("a-harbour.txt"))
        .arg(dir.path().join("b-meta.json"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).expect("UTF-8");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(
        lines[0].contains(
            "b-meta.json:2: note: story 1: no text: metadata merged into story `a-harbour` from "
        ) && lines[0].ends_with("a-harbour.txt, added url, source"),
        "{out}"
    );
    assert!(lines[1].ends_with("b-meta.json:6: warning: story 2: story has no text"));
    assert_eq!(lines[2], "2 files, 2 stories, 0 errors, 1 warning, 1 note");
}

#[test]
fn web_page_date_lines_under_the_title_date_a_text_story_and_leave_its_body() {
    let story = |date_line: &str| {
        format!(
            "Harbour wall reopens\n{date_line}\n\nThe wall at Lindqvist Point reopened on Monday.\n"
        )
    };
    let (_dir, corpus) = load_dir(&[
        ("a.txt", story("Sep 30, 2014 10:34 AM ET").as_bytes()),
        ("b.txt", story("2014-12-12 at 15:20:00PM EST").as_bytes()),
        (
            "c.txt",
            story("Updated: 2:05 PM GMT, Tue 6 Jan 2015").as_bytes(),
        ),
    ]);
    assert!(corpus.diagnostics.is_empty(), "{:?}", messages(&corpus));
    let mut got: Vec<(String, String)> = corpus
        .stories
        .iter()
        .map(|s| {
            (
                s.date().map(|d| d.to_string()).unwrap_or_default(),
                s.paragraphs[0].clone(),
            )
        })
        .collect();
    got.sort();
    let body = "The wall at Lindqvist Point reopened on Monday.".to_string();
    assert_eq!(
        got,
        [
            ("2014-09-30".to_string(), body.clone()),
            ("2014-12-12".to_string(), body.clone()),
            ("2015-01-06".to_string(), body),
        ]
    );
}

#[test]
fn page_furniture_is_dropped_from_text_json_and_html_bodies() {
    let text = "Harbour wall reopens\n2031-05-02\n\nThe wall reopened on Monday.\n\nShare this\nFollow us on Twitter\n\nHome | World | Business\n\nCopyright 2031 Coastal Desk. All rights reserved.\n";
    let json = r#"{"title": "Ferry timetable", "date": "2031-05-04",
        "paragraphs": ["The ferry runs twice a day.", "Advertisement", "Read more »"]}"#;
    let html = "<html><head><title>Pier closed</title></head><body><article><p>The pier closed on Friday.</p><p>Share this story</p><p>© 2031 Harbour Media</p></article></body></html>";
    let (_dir, corpus) = load_dir(&[
        ("wall.txt", text.as_bytes()),
        ("ferry.json", json.as_bytes()),
        ("pier.html", html.as_bytes()),
    ]);
    let mut bodies: Vec<Vec<String>> = corpus
        .stories
        .iter()
        .map(|s| s.paragraphs.clone())
        .collect();
    bodies.sort();
    assert_eq!(
        bodies,
        [
            vec!["The ferry runs twice a day.".to_string()],
            vec!["The pier closed on Friday.".to_string()],
            vec!["The wall reopened on Monday.".to_string()],
        ],
        "{:?}",
        messages(&corpus)
    );
}
