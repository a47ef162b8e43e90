//! The bad-file fixtures: every hostile or broken file gives its exact
//! diagnostic, and the good stories around them still load.

use std::fs;
use std::path::{Path, PathBuf};

use dateline::ingest;
use dateline::ingest::sanitize;
use dateline::model::{Corpus, Story};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus")
}

/// A copy of the fixtures plus the files that can only be made at test
/// time: a FIFO, symbolic link loops, 100,000-deep JSON, a hidden file.
/// Returns the directory and whether a FIFO could be made.
fn corpus_dir() -> (tempfile::TempDir, bool) {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().join("corpus");
    fs::create_dir(&root).expect("mkdir");
    for entry in fs::read_dir(fixtures()).expect("fixtures") {
        let entry = entry.expect("entry");
        fs::copy(entry.path(), root.join(entry.file_name())).expect("copy");
    }
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    fs::write(root.join("deep.json"), deep).expect("deep");
    fs::write(root.join(".hidden.md"), "Hidden\n\nNever read.").expect("hidden");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(".", root.join("loop")).expect("dir loop");
        std::os::unix::fs::symlink("self.md", root.join("self.md")).expect("file loop");
    }
    let fifo = std::process::Command::new("mkfifo")
        .arg(root.join("pipe.md"))
        .status()
        .is_ok_and(|s| s.success());
    (dir, fifo)
}

fn diagnostics(corpus: &Corpus, base: &Path) -> Vec<String> {
    corpus
        .diagnostics
        .iter()
        .map(|d| d.to_string().replace(&format!("{}/", base.display()), ""))
        .collect()
}

fn story<'a>(corpus: &'a Corpus, title: &str) -> &'a Story {
    corpus
        .stories
        .iter()
        .find(|s| s.title == title)
        .unwrap_or_else(|| panic!("no story titled {title:?}"))
}

#[test]
fn every_bad_file_has_its_diagnostic_and_good_stories_load() {
    let (dir, fifo) = corpus_dir();
    let loaded = ingest::load_counted(&[dir.path().join("corpus")]);
    let corpus = &loaded.corpus;
    let mut got = diagnostics(corpus, dir.path());
    if !fifo {
        eprintln!("mkfifo is not available: the FIFO case is not exercised");
    }
    got.retain(|d| fifo || !d.starts_with("corpus/pipe.md"));
    let mut expected = vec![
        "corpus/.hidden.md: warning: hidden, skipped",
        "corpus/deep.json:1:128: error: invalid JSON: recursion limit exceeded",
        "corpus/empty.md: error: empty file, no story",
        "corpus/feed-bad-date.rss:6: warning: item 2: unreadable date `Thu, 31 Feb 2014 10:00:00 GMT`, story kept undated",
        "corpus/good.md:1: warning: duplicate of story `duplicate` from corpus/duplicate.md, skipped",
        "corpus/invalid-utf8.json:1:16: error: invalid UTF-8 (byte 0xFF)",
        "corpus/latin1.txt:1:4: warning: invalid UTF-8 (byte 0xE9), read as Windows-1252",
        "corpus/loop: warning: symbolic link to a directory already read (corpus), skipped",
        "corpus/malformed.rss:2:72: error: invalid feed: malformed XML (Parser error: ill-formed document: expected `</item>`, but `</channel>` was found)",
        "corpus/notes.bin: warning: not a story file, skipped",
        "corpus/pipe.md: warning: a FIFO (named pipe) is not a regular file, skipped",
        "corpus/self.md: warning: symbolic link loop, skipped",
        "corpus/truncated.json:1:47: error: invalid JSON: unexpected end of file",
        "corpus/unclosed-front-matter.md:1:1: warning: front matter is not closed by a `---` line: its fields end at line 2, the rest is the body",
        "corpus/wrong-type.json:2: warning: story 1: story has no text",
        "corpus/wrong-type.json:3:12: error: story 2: invalid type: sequence, expected a string, story skipped",
    ];
    expected.retain(|d| fifo || !d.starts_with("corpus/pipe.md"));
    assert_eq!(got, expected);

    // The good stories all loaded, in path order.
    let titles: Vec<&str> = corpus.stories.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        vec![
            "Atom entry",
            "markdown STORY",
            "Dated item",
            "Undated item",
            "Talks resume in Vienna",
            "Second story",
            "Red evil title",
            "Title with isolates",
            "Café story",
            "Plain text story",
            "Never closed",
            "Fine",
        ]
    );
    // The fixtures and deep.json; skipped entries are not read.
    assert_eq!(loaded.files, 17);

    // Every string in the model is clean.
    for s in &corpus.stories {
        let mut fields = vec![s.id.0.as_str(), s.title.as_str()];
        fields.extend(s.source.as_deref());
        fields.extend(s.byline.as_deref());
        fields.extend(s.url.as_deref());
        fields.extend(s.dateline.as_ref().map(|d| d.place.as_str()));
        for f in fields.iter().chain(
            s.paragraphs
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .iter(),
        ) {
            assert!(sanitize::is_clean(f) && !f.contains('\n'), "{f:?}");
        }
    }
}

#[test]
fn hostile_strings_are_cleaned_whole() {
    let (dir, _) = corpus_dir();
    let corpus = ingest::load(&[
        dir.path().join("corpus/hostile.json"),
        dir.path().join("corpus/hostile.rss"),
    ]);
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    let s = story(&corpus, "Red evil title");
    assert_eq!(s.source.as_deref(), Some("Clip"));
    assert_eq!(s.byline.as_deref(), Some("Linked name"));
    assert_eq!(
        s.paragraphs,
        vec!["Body with isolates and zerowidth. Same paragraph."]
    );
    let f = story(&corpus, "Title with isolates");
    assert_eq!(f.source.as_deref(), Some("Hostile Feed"));
    assert_eq!(f.paragraphs, vec!["Body with override."]);
}

#[test]
fn formats_load_with_their_fields() {
    let corpus = ingest::load(&[fixtures()]);
    let j = story(&corpus, "Talks resume in Vienna");
    assert_eq!(j.id.0, "talks-resume-in-vienna");
    assert_eq!(
        j.published.map(|p| p.to_iso()).as_deref(),
        Some("2014-10-15")
    );
    assert_eq!(j.source.as_deref(), Some("Test Wire"));
    let dl = j.dateline.as_ref().expect("dateline");
    assert_eq!(
        (dl.place.as_str(), dl.agency.as_deref()),
        ("VIENNA", Some("Test Wire"))
    );
    assert_eq!(
        j.paragraphs[0],
        "VIENNA (Test Wire) — Negotiators met again on Wednesday."
    );
    assert_eq!(j.paragraphs[1], "A second wrapped paragraph.");
    assert_eq!(j.origin.item, Some(0));
    let second = story(&corpus, "Second story");
    assert_eq!(second.id.0, "good-2");
    assert_eq!(second.paragraphs, vec!["First.", "Second."]);
    assert_eq!(
        second.published.map(|p| p.to_iso()).as_deref(),
        Some("2014-10-16")
    );

    let m = story(&corpus, "markdown STORY");
    assert_eq!(m.id.0, "duplicate");
    let t = story(&corpus, "Plain text story");
    assert_eq!(
        t.published.map(|p| p.to_iso()).as_deref(),
        Some("2014-11-06")
    );
    assert_eq!(
        t.paragraphs,
        vec!["BEIJING — One paragraph wrapped.", "Two."]
    );
    assert_eq!(
        t.dateline.as_ref().map(|d| d.place.as_str()),
        Some("BEIJING")
    );

    let a = story(&corpus, "Atom entry");
    assert_eq!(a.id.0, "atom-entry");
    assert_eq!(a.source.as_deref(), Some("Atom Desk"));
    assert_eq!(a.byline.as_deref(), Some("Jo Reporter"));
    assert_eq!(
        a.published.map(|p| p.to_iso()).as_deref(),
        Some("2014-11-06T10:00:00+01:00")
    );
    assert_eq!(
        a.dateline.as_ref().and_then(|d| d.agency.as_deref()),
        Some("Reuters")
    );

    let r = story(&corpus, "Dated item");
    assert_eq!(r.paragraphs, vec!["One.", "Two & three."]);
    assert_eq!(
        r.published.map(|p| p.to_iso()).as_deref(),
        Some("2014-11-06T10:00:00-05:00")
    );
    assert_eq!(story(&corpus, "Undated item").published, None);
    assert_eq!(
        story(&corpus, "Café story").paragraphs,
        vec!["It said “hello”."]
    );
}

#[test]
fn good_markdown_loads_alone() {
    let corpus = ingest::load(&[fixtures().join("good.md")]);
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    let m = &corpus.stories[0];
    assert_eq!(m.title, "Markdown story");
    assert_eq!(m.id.0, "good");
    assert_eq!(
        m.paragraphs,
        vec![
            "NEW YORK, Feb 26 - A linked line that wraps.",
            "A heading",
            "Last paragraph."
        ]
    );
    assert_eq!(
        m.published.map(|p| p.to_iso()).as_deref(),
        Some("2014-11-06T18:36:39")
    );
    assert_eq!(
        m.dateline.as_ref().map(|d| d.place.as_str()),
        Some("NEW YORK")
    );
}

#[test]
fn a_directory_named_twice_is_read_once() {
    let corpus = ingest::load(&[fixtures(), fixtures()]);
    let once = ingest::load(&[fixtures()]);
    assert_eq!(corpus.stories, once.stories);
    let extra: Vec<String> = corpus
        .diagnostics
        .iter()
        .filter(|d| !once.diagnostics.contains(d))
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        extra,
        vec![format!(
            "{}: warning: directory already read, skipped",
            fixtures().display()
        )]
    );
}

#[test]
fn missing_paths_are_diagnostics() {
    let corpus = ingest::load(&[PathBuf::from("no/such/file.md")]);
    assert!(corpus.stories.is_empty());
    assert_eq!(
        corpus.diagnostics[0].to_string(),
        "no/such/file.md: error: no such file or directory"
    );
}

#[test]
fn loading_is_deterministic() {
    let a = ingest::load(&[fixtures()]);
    let b = ingest::load(&[fixtures()]);
    assert_eq!(a, b);
}

#[test]
fn json_story_problems_point_at_the_story() {
    let json = "[\n  {\"title\": \"Fine\", \"date\": \"2014-11-06\", \"body\": \"x\"},\n  {\"title\": \"Bad date\",\n   \"date\": \"2014-02-30\", \"body\": \"y\"}\n]\n";
    let corpus = ingest::load_bytes(Path::new("x.json"), json.as_bytes());
    assert_eq!(corpus.stories.len(), 2);
    assert_eq!(corpus.stories[1].published, None);
    let got: Vec<String> = corpus.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        vec!["x.json:4:12: warning: story 2: unreadable date `2014-02-30`, story kept undated"]
    );
}

#[test]
fn a_text_date_line_that_cannot_be_read_is_a_warning_at_its_line() {
    let text = "Harbour crane collapses\n\nUpdated: 31 Sept 2014 25:61 EST\n\nThe crane fell on Tuesday.\n";
    let corpus = ingest::load_bytes(Path::new("crane.txt"), text.as_bytes());
    assert_eq!(corpus.stories.len(), 1);
    let story = &corpus.stories[0];
    assert_eq!(story.published, None);
    assert_eq!(
        story.paragraphs,
        vec!["The crane fell on Tuesday.".to_string()]
    );
    let got: Vec<String> = corpus.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        vec![
            "crane.txt:3:1: warning: unreadable date `31 Sept 2014 25:61 EST`, story kept undated"
        ]
    );
    // A first sentence that starts with a weekday is the body, not a date.
    let text = "Harbour crane collapses\n\nMonday 4 cranes stood on the quay\n";
    let corpus = ingest::load_bytes(Path::new("crane.txt"), text.as_bytes());
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    assert_eq!(
        corpus.stories[0].paragraphs[0],
        "Monday 4 cranes stood on the quay"
    );
}
