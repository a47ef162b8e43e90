//! Files that used to crash the load, escape the tree or split one name in
//! two: each loads, or is a diagnostic naming the file, and the rest loads.

use std::fs;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;
use dateline::index::Index;
use dateline::ingest;
use dateline::model::Corpus;

fn messages(corpus: &Corpus) -> Vec<String> {
    corpus.diagnostics.iter().map(ToString::to_string).collect()
}

fn titles(corpus: &Corpus) -> Vec<&str> {
    corpus.stories.iter().map(|s| s.title.as_str()).collect()
}

/// An RSS feed in ISO-8859-1 whose declaration comes after a comment and
/// blank lines, past the first 64 bytes.
fn late_latin1_declaration() -> Vec<u8> {
    let mut feed =
        b"\n\n\n\n<!-- feed produced by the newsroom export script, version 2.1 -->\n\n".to_vec();
    assert!(feed.len() > 64);
    feed.extend_from_slice(
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel><title>Caf\xe9 desk</title>\n\
          <item><title>Gr\xe8ve au port</title><description>Les dockers de Saint-Nazaire ont vot\xe9.</description></item>\n\
          </channel></rss>\n",
    );
    feed
}

#[test]
fn a_non_utf8_declaration_after_the_first_64_bytes_is_read_in_its_encoding() {
    let corpus = ingest::load_bytes(Path::new("late.rss"), &late_latin1_declaration());
    assert!(corpus.diagnostics.is_empty(), "{:?}", messages(&corpus));
    assert_eq!(titles(&corpus), vec!["Grève au port"]);
    assert_eq!(corpus.stories[0].source.as_deref(), Some("Café desk"));
    assert_eq!(
        corpus.stories[0].paragraphs,
        vec!["Les dockers de Saint-Nazaire ont voté."]
    );
}

#[test]
fn declarations_the_bytes_cannot_follow_do_not_switch_the_decoder() {
    // A UTF-16 file decoded already still declares UTF-16; a second
    // declaration later in the file names another encoding.
    let mut utf16 = vec![0xff, 0xfe];
    for u in "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><title>Desk</title><item><title>Zürich vote</title></item></channel></rss>".encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    let corpus = ingest::load_bytes(Path::new("wide.rss"), &utf16);
    assert!(corpus.diagnostics.is_empty(), "{:?}", messages(&corpus));
    assert_eq!(titles(&corpus), vec!["Zürich vote"]);

    let second = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Desk</title>\n\
        <item><title>Quay strike</title><description><![CDATA[text]]></description></item>\n\
        <?xml version=\"1.0\" encoding=\"windows-1251\"?>\n</channel></rss>";
    let corpus = ingest::load_bytes(Path::new("second.rss"), second.as_bytes());
    assert_eq!(titles(&corpus), vec!["Quay strike"]);
}

#[test]
fn a_latin1_feed_with_a_bad_closing_tag_is_an_error_not_a_crash() {
    let feed = b"<rss version=\"2.0\"><channel><title>Desk</title>\n\
        <item><title>Gr\xe8ve</title><media:content url=\"http://x.example/a.jpg\"/><description>Texte</descriptio></item>\n\
        </channel></rss>";
    let corpus = ingest::load_bytes(Path::new("broken.rss"), feed);
    assert!(corpus.stories.is_empty());
    let got = messages(&corpus);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(
        got[0],
        "broken.rss:2:16: warning: invalid UTF-8 (byte 0xE8), read as Windows-1252"
    );
    assert!(
        got[1].starts_with("broken.rss:2:")
            && got[1].contains(": error: invalid feed: malformed XML"),
        "{got:?}"
    );
}

#[test]
fn a_truncated_latin1_feed_is_an_error_not_a_crash() {
    let feed = b"<rss version=\"2.0\"><channel><title>Desk</title>\n\
        <item><title>Gr\xe8ve</title><media:content url=\"http://x.example/a.jpg\"/><description>Tex";
    let corpus = ingest::load_bytes(Path::new("cut.rss"), feed);
    assert!(corpus.stories.is_empty());
    let got = messages(&corpus);
    assert!(
        got.iter()
            .any(|d| d.starts_with("cut.rss:") && d.contains(": error: invalid feed: ")),
        "{got:?}"
    );
}

/// The binary, on a directory holding both crashing feeds and a good story.
#[test]
fn feeds_that_crashed_the_load_leave_the_rest_loading() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(dir.path().join("a-late.rss"), late_latin1_declaration()).expect("write");
    fs::write(
        dir.path().join("b-cut.rss"),
        b"<rss version=\"2.0\"><channel><title>Desk</title>\n<item><title>Gr\xe8ve</title><media:content url=\"http://x.example/a.jpg\"/><description>Tex".as_slice(),
    )
    .expect("write");
    fs::write(
        dir.path().join("c-good.md"),
        "Harbour reopens\n2014-11-06\n\nThe harbour reopened on Thursday.\n",
    )
    .expect("write");
    let out = Command::cargo_bin("dateline")
        .expect("binary")
        .arg("stories")
        .arg(dir.path())
        .output()
        .expect("run");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.code().is_some_and(|c| c != 101), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stdout.contains("Grève au port"), "{stdout}");
    assert!(stdout.contains("Harbour reopens"), "{stdout}");
    assert!(stderr.contains("b-cut.rss"), "{stderr}");
}

#[cfg(unix)]
mod links {
    use super::*;
    use std::os::unix::fs::symlink;

    /// `outside/secret.md` beside `root/`, which holds a story and links
    /// that lead up and out, and one that stays inside.
    fn tree() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("root");
        fs::create_dir_all(root.join("sub")).expect("mkdir");
        fs::create_dir(dir.path().join("outside")).expect("mkdir");
        fs::write(
            dir.path().join("outside/secret.md"),
            "Secret\n\nNot under the root.",
        )
        .expect("write");
        fs::write(root.join("sub/story.md"), "Inside story\n\nUnder the root.").expect("write");
        symlink("..", root.join("up")).expect("link");
        symlink("../outside/secret.md", root.join("secret.md")).expect("link");
        symlink("sub", root.join("within")).expect("link");
        dir
    }

    fn relative(corpus: &Corpus, base: &Path) -> Vec<String> {
        let base = format!("{}/", base.display());
        let real = format!(
            "{}/",
            fs::canonicalize(base.trim_end_matches('/'))
                .expect("canonical")
                .display()
        );
        messages(corpus)
            .iter()
            .map(|m| m.replace(&real, "").replace(&base, ""))
            .collect()
    }

    #[test]
    fn links_out_of_the_named_directory_are_skipped_and_said() {
        let dir = tree();
        let corpus = ingest::load(&[dir.path().join("root")]);
        assert_eq!(titles(&corpus), vec!["Inside story"]);
        let parent = fs::canonicalize(dir.path()).expect("canonical");
        assert_eq!(
            relative(&corpus, dir.path()),
            vec![
                "root/secret.md: warning: symbolic link to outside/secret.md, outside the paths named, skipped".to_string(),
                format!(
                    "root/up: warning: symbolic link to {}, outside the paths named, skipped",
                    parent.display()
                ),
                "root/within: warning: symbolic link to a directory already read (root/sub), skipped".to_string(),
            ]
        );
    }

    #[test]
    fn a_link_the_user_names_is_followed() {
        let dir = tree();
        let corpus = ingest::load(&[dir.path().join("root/up/outside")]);
        assert_eq!(titles(&corpus), vec!["Secret"]);
        // Both roots named: the link into the other one is followed.
        let corpus = ingest::load(&[
            dir.path().join("root/sub"),
            dir.path().join("root/secret.md"),
        ]);
        assert_eq!(titles(&corpus), vec!["Inside story", "Secret"]);
        assert!(corpus.diagnostics.is_empty(), "{:?}", messages(&corpus));
    }

    #[test]
    fn a_file_under_two_names_is_read_once() {
        // A hard link and a symlink inside the tree are the same story file.
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        fs::write(
            root.join("story.md"),
            "Ferry resumes\n\nThe ferry sailed again.",
        )
        .expect("write");
        fs::hard_link(root.join("story.md"), root.join("again.md")).expect("hard link");
        symlink("story.md", root.join("alias.md")).expect("link");
        let corpus = ingest::load(&[root.to_path_buf()]);
        assert_eq!(titles(&corpus), vec!["Ferry resumes"]);
        assert!(messages(&corpus).is_empty(), "{:?}", messages(&corpus));
    }
}

#[test]
fn one_name_in_two_normalisation_forms_is_one_entity() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The same invented minister, accents precomposed in one file and
    // written as combining marks in the other.
    let composed = "Ports reopen\n2014-11-06\n\nForeign Minister In\u{e9}s Ol\u{e1}var said on Thursday that the ports would reopen.\n";
    let decomposed = "Talks go on\n2014-11-07\n\nForeign Minister Ine\u{301}s Ola\u{301}var said on Friday that the talks would go on.\n";
    fs::write(dir.path().join("a.md"), composed).expect("write");
    fs::write(dir.path().join("b.md"), decomposed).expect("write");
    let corpus = ingest::load(&[dir.path().to_path_buf()]);
    assert!(corpus.diagnostics.is_empty(), "{:?}", messages(&corpus));
    let index = Index::build(corpus);
    let named: Vec<&str> = index
        .entities()
        .iter()
        .map(|e| e.name.as_str())
        .filter(|n| n.contains("var"))
        .collect();
    assert_eq!(named, vec!["In\u{e9}s Ol\u{e1}var"]);
    let id = index
        .find_entity("In\u{e9}s Ol\u{e1}var")
        .expect("the minister is found");
    assert_eq!(index.mention_count(id), 2);
}

#[test]
fn binary_junk_is_an_error_whatever_its_name() {
    let nuls = vec![0u8; 300];
    let mut junk: Vec<u8> = (0..2048u32).map(|i| (i * 37 % 251) as u8 | 1).collect();
    junk[0] = b'J';
    for name in [
        "zeros.txt",
        "zeros.md",
        "zeros.html",
        "zeros.rss",
        "zeros.json",
    ] {
        let corpus = ingest::load_bytes(Path::new(name), &nuls);
        assert!(corpus.stories.is_empty(), "{name}");
        assert_eq!(
            messages(&corpus),
            vec![format!(
                "{name}:1:1: error: binary data (byte 0x00), not a story file, skipped"
            )]
        );
    }
    let corpus = ingest::load_bytes(Path::new("junk.md"), &junk);
    assert!(corpus.stories.is_empty());
    let got = messages(&corpus);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("junk.md:1:") && got[0].contains(": error: binary data (byte 0x"),
        "{got:?}"
    );
    // Text with a few controls is still text.
    let corpus = ingest::load_bytes(
        Path::new("bell.txt"),
        b"Bell rings\n\nThe bell\x07 rang at noon.",
    );
    assert_eq!(titles(&corpus), vec!["Bell rings"]);
}

#[test]
fn duplicate_json_keys_are_a_warning_and_the_last_wins() {
    let json = "[\n {\"title\": \"Old\", \"body\": \"x\",\n  \"title\": \"New\"},\n {\"title\": \"Other\", \"body\": \"y\"}\n]";
    let corpus = ingest::load_bytes(Path::new("d.json"), json.as_bytes());
    assert_eq!(titles(&corpus), vec!["New", "Other"]);
    assert_eq!(
        messages(&corpus),
        vec![
            "d.json:3:12: warning: story 1: duplicate key `title` (first on line 2), the last one is used"
        ]
    );
}

/// Twelve thousand stories in one file, one a line: every story loads and a
/// problem in the last one is reported at its own line and column, found
/// from one table of line starts (the load time at 1,500 and 12,000 stories
/// is measured in `benches/ingest.rs`).
#[test]
fn many_stories_in_one_file_are_located_by_line() {
    let n = 12_000;
    let mut json = String::from("[\n");
    let mut rss = String::from("<rss version=\"2.0\"><channel><title>Desk</title>\n");
    for i in 0..n {
        let last = i + 1 == n;
        let sep = if last { "\n" } else { ",\n" };
        let dup = if last { ", \"title\": \"Again\"" } else { "" };
        json.push_str(&format!(
            "{{\"title\": \"Story {i}\", \"date\": \"2014-11-06\", \"body\": \"Text {i}.\"{dup}}}{sep}"
        ));
        let date = if last {
            "sometime soon"
        } else {
            "Thu, 06 Nov 2014 10:00:00 GMT"
        };
        rss.push_str(&format!(
            "<item><title>Item {i}</title><pubDate>{date}</pubDate><description>Text {i}.</description></item>\n"
        ));
    }
    json.push(']');
    rss.push_str("</channel></rss>");
    let corpus = ingest::load_bytes(Path::new("many.json"), json.as_bytes());
    assert_eq!(corpus.stories.len(), n);
    let lines: Vec<(Option<usize>, Option<usize>)> = corpus
        .diagnostics
        .iter()
        .map(|d| (d.line, d.column))
        .collect();
    // The duplicate `title` of the last story: line n + 1 (after the `[`),
    // at the value of the second `"title"`, the one that is used.
    let column = json.lines().nth(n).unwrap().rfind("\"Again\"").unwrap() + 1;
    assert_eq!(
        lines,
        vec![(Some(n + 1), Some(column))],
        "{:?}",
        corpus.diagnostics
    );
    let corpus = ingest::load_bytes(Path::new("many.rss"), rss.as_bytes());
    assert_eq!(corpus.stories.len(), n);
    let lines: Vec<Option<usize>> = corpus.diagnostics.iter().map(|d| d.line).collect();
    assert_eq!(lines, vec![Some(n + 1)], "{:?}", corpus.diagnostics);
}

#[cfg(unix)]
#[test]
fn extract_reads_files_with_the_loaders_checks() {
    let dateline = || {
        let mut c = Command::cargo_bin("dateline").expect("binary");
        c.timeout(Duration::from_secs(60));
        c
    };
    // A device is never read (`/dev/zero` would never end).
    dateline()
        .args(["extract", "/dev/null"])
        .assert()
        .failure()
        .stderr("dateline: cannot read /dev/null: a character device is not a regular file\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let big = dir.path().join("big.txt");
    // Sparse: no disk space is used.
    fs::File::create(&big)
        .and_then(|f| f.set_len(ingest::MAX_FILE_SIZE + 1))
        .expect("sparse file");
    dateline()
        .arg("extract")
        .arg(&big)
        .assert()
        .failure()
        .stderr(format!(
            "dateline: cannot read {}: file is {} bytes, over the 32 MiB limit\n",
            big.display(),
            ingest::MAX_FILE_SIZE + 1
        ));
    dateline()
        .args(["extract", "-"])
        .write_stdin(vec![b'a'; ingest::MAX_FILE_SIZE as usize + 1])
        .assert()
        .failure()
        .stderr("dateline: cannot read standard input: over the 32 MiB limit\n");
    dateline()
        .args(["extract", "-"])
        .write_stdin("Talks resumed on 6 November 2014.")
        .assert()
        .success();
}
