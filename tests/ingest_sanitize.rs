//! Properties of the sanitiser over arbitrary and hostile input, and escape
//! sequences hidden in JSON and XML escapes reaching the loaders.

use std::path::Path;

use dateline::ingest::{self, sanitize};
use proptest::prelude::*;

/// Characters a cleaned string may never hold.
fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\n')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{feff}' | '\u{2060}' | '\u{ad}')
}

/// Strings rich in escape sequences, controls and format characters.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\u{1b}[31m".to_string()),
        Just("\u{1b}]52;c;QUFB\u{7}".to_string()),
        Just("\u{1b}]8;;http://x\u{1b}\\".to_string()),
        Just("\u{1b}P1$r\u{1b}\\".to_string()),
        Just("\u{9b}2J".to_string()),
        Just("\u{1b}".to_string()),
        Just("\u{202e}".to_string()),
        Just("\u{2066}".to_string()),
        Just("\u{200d}".to_string()),
        Just("\u{200c}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{1f469}".to_string()),
        Just("\u{e0067}".to_string()),
        "[a-z \\[\\];0-9]{0,6}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn cleaned_text_holds_no_controls_and_is_stable(s in hostile()) {
        let once = sanitize::clean(&s);
        prop_assert!(!once.chars().any(forbidden), "{:?}", once);
        prop_assert!(!once.contains(char::from(0x1b)), "ESC survived");
        prop_assert_eq!(sanitize::clean(&once), once.clone());
    }

    #[test]
    fn arbitrary_strings_are_cleaned(s in any::<String>()) {
        let once = sanitize::clean(&s);
        prop_assert!(!once.chars().any(forbidden), "{:?}", once);
        prop_assert_eq!(sanitize::clean(&once), once.clone());
        let line = sanitize::clean_line(&s);
        prop_assert!(!line.contains('\n') && !line.starts_with(' ') && !line.ends_with(' '));
        for p in sanitize::paragraphs(&s) {
            prop_assert!(!p.is_empty() && !p.contains('\n'));
        }
    }

    #[test]
    fn loaders_never_panic_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        for name in ["x.json", "x.md", "x.txt", "x.rss", "x.html", "x"] {
            let corpus = ingest::load_bytes(Path::new(name), &bytes);
            for s in &corpus.stories {
                prop_assert!(sanitize::is_clean(&s.title));
                for p in &s.paragraphs {
                    prop_assert!(sanitize::is_clean(p) && !p.contains('\n'));
                }
            }
        }
    }
}

#[test]
fn escapes_decoded_by_xml_are_removed() {
    let rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title><item>\
        <title>A &#x1b;[31mred&#x1b;[0m &#27;]52;c;QQ==&#7; title</title>\
        <description>&lt;p&gt;b&#x9b;31mody &#x202E;x&lt;/p&gt;</description></item></channel></rss>";
    let corpus = ingest::load_bytes(Path::new("esc.rss"), rss.as_bytes());
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    assert_eq!(corpus.stories[0].title, "A red title");
    assert_eq!(corpus.stories[0].paragraphs, vec!["body x"]);
}

#[test]
fn escapes_decoded_by_json_are_removed() {
    let json = r#"{"title": "\u001b[1mBold\u001b[22m \u202Eevil", "url": "http://x.example/a\u0007b", "body": "one\u001b]8;;http://e\u001b\\ link\u001b]8;;\u001b\\\r\n\r\ntwo\u0000"}"#;
    let corpus = ingest::load_bytes(Path::new("esc.json"), json.as_bytes());
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    let s = &corpus.stories[0];
    assert_eq!(s.title, "Bold evil");
    assert_eq!(s.url.as_deref(), Some("http://x.example/ab"));
    assert_eq!(s.paragraphs, vec!["one link", "two"]);
}

#[test]
fn same_url_in_two_files_is_kept_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.json"),
        r#"{"title": "First copy", "url": "https://www.example.com/world/talks/", "body": "x"}"#,
    )
    .expect("write");
    std::fs::write(
        dir.path().join("b.rss"),
        r#"<rss version="2.0"><channel><title>F</title><item><title>Second copy</title>
<link>http://example.com/world/talks#top</link><description>y</description></item></channel></rss>"#,
    )
    .expect("write");
    let corpus = ingest::load(&[dir.path().to_path_buf()]);
    assert_eq!(corpus.stories.len(), 1);
    assert_eq!(corpus.stories[0].title, "First copy");
    assert_eq!(corpus.stories[0].id.0, "talks");
    assert_eq!(corpus.diagnostics.len(), 1);
    let d = &corpus.diagnostics[0];
    assert_eq!(d.path, dir.path().join("b.rss"));
    assert_eq!(d.line, Some(1));
    assert_eq!(
        d.message,
        format!(
            "duplicate of story `talks` from {}, skipped",
            dir.path().join("a.json").display()
        )
    );
}

#[test]
fn ids_are_unique_within_a_corpus() {
    let dir = tempfile::tempdir().expect("tempdir");
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).expect("mkdir");
        std::fs::write(
            dir.path().join(sub).join("story.md"),
            format!("Story from {sub}\n\nText."),
        )
        .expect("write");
    }
    let corpus = ingest::load(&[dir.path().to_path_buf()]);
    let ids: Vec<&str> = corpus.stories.iter().map(|s| s.id.0.as_str()).collect();
    assert_eq!(ids, vec!["story", "story-2"]);
}
