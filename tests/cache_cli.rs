//! The extraction cache end to end, through the real binary: cold, warm and
//! uncached runs print the same bytes; an edited story is read again; a
//! damaged entry or cache file is a warning; `--no-cache` writes nothing; two
//! processes at once are safe; and the README's pipeline (pending → batch
//! extraction in parts → import) fills the cache the next run reads.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

const CACHE_FILE: &str = "extractions.sqlite3";

/// Invented stories, one plain-text file each: title, date, blank, body.
const STORIES: &[(&str, &str)] = &[
    (
        "harbour.txt",
        "Harbour toll vote delayed\n2021-06-14\n\n\
         KESTREL BAY — The harbour board of Kestrel Bay postponed its vote on a new toll \
         on Monday, after chair Marta Quell asked for a second survey of fishing crews.\n\n\
         The board last raised the toll in March 2019. A decision is now expected on \
         July 2, Quell told reporters, and the survey will run until the end of the month.\n",
    ),
    (
        "orchard.txt",
        "Orchard cooperative reports record harvest\n2021-09-03\n\n\
         The Valdane Orchard Cooperative said on Thursday that its members picked more \
         apples this season than in any year since 2008.\n\n\
         Director Tomas Revik credited the dry spring and said the cooperative would open \
         a second press house in Lower Valdane next April.\n",
    ),
    (
        "bridge.txt",
        "Old bridge to close for repairs\n2021-06-20\n\n\
         The Kestrel Bay council will close the Mill Street bridge for six weeks from \
         August 9, engineer Ada Fenwick said last week.\n\n\
         Fenwick said the harbour board had been told in May, and that the repairs would \
         cost less than the council feared in 2020.\n",
    ),
    (
        "festival.txt",
        "Lantern festival returns after two quiet years\n2021-10-11\n\n\
         Organisers of the Kestrel Bay lantern festival said on Sunday that the parade \
         would return on Nov. 6, two years after it was last held.\n\n\
         Marta Quell, who chairs the harbour board, will light the first lantern, the \
         organisers said. Rehearsals begin on Oct. 20.\n",
    ),
];

fn stories_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, text) in STORIES {
        std::fs::write(dir.path().join(name), text).expect("write story");
    }
    dir
}

/// The binary with its cache in `cache` (and the other directories beside
/// it, so nothing touches the real home).
fn dateline(cache: &Path) -> Command {
    let mut cmd = Command::cargo_bin("dateline").expect("binary builds");
    cmd.env("DATELINE_CACHE_DIR", cache)
        .env("DATELINE_DATA_DIR", cache.join("data"))
        .env("DATELINE_CONFIG_DIR", cache.join("config"));
    cmd
}

fn run(cache: &Path, args: &[&str]) -> Output {
    let out = dateline(cache).args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "dateline {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stdout(cache: &Path, args: &[&str]) -> Vec<u8> {
    run(cache, args).stdout
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The three listings the brief compares, over `dir`.
fn listings(cache: &Path, dir: &Path, extra: &[&str]) -> Vec<Vec<u8>> {
    let d = dir.to_str().expect("utf-8 path");
    [
        vec!["timeline", "--json", d],
        vec!["entities", "--json", d],
        vec!["search", "quell", d],
    ]
    .into_iter()
    .map(|mut args| {
        args.splice(0..0, extra.iter().copied());
        stdout(cache, &args)
    })
    .collect()
}

/// Remove the whole-index snapshots, so the next run reads every story's
/// entry from the extraction cache.
fn forget_indexes(cache: &Path) {
    let _ = std::fs::remove_dir_all(cache.join("indexes"));
}

fn entries(cache: &Path) -> u64 {
    let out = stdout(cache, &["cache", "--json"]);
    let info: serde_json::Value = serde_json::from_slice(&out).expect("JSON");
    info["entries"].as_u64().unwrap_or(0)
}

#[test]
fn cold_warm_and_uncached_runs_print_the_same_bytes() {
    let stories = stories_dir();
    let cache = tempfile::tempdir().unwrap();
    let uncached = tempfile::tempdir().unwrap();
    let reference = listings(uncached.path(), stories.path(), &["--no-cache"]);
    assert!(
        std::fs::read_dir(uncached.path()).unwrap().next().is_none(),
        "--no-cache writes nothing"
    );
    let cold = listings(cache.path(), stories.path(), &[]);
    assert_eq!(entries(cache.path()), STORIES.len() as u64);
    let warm = listings(cache.path(), stories.path(), &[]);
    assert_eq!(cold, reference);
    assert_eq!(warm, reference);
    // The listings are not trivially empty.
    let timeline = String::from_utf8_lossy(&reference[0]);
    assert!(timeline.contains("2021-07-02"), "{timeline}");
    assert!(String::from_utf8_lossy(&reference[2]).contains("Marta Quell"));
}

/// Proof that a run reads the cache rather than the extractors: an entry
/// imported without its dates takes that story's dates off the timeline.
#[test]
fn a_warm_run_reads_its_extractions_from_the_cache() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let pending = stdout(cache.path(), &["cache", "pending", d]);
    let batch = dateline(cache.path())
        .args(["extract", "--batch"])
        .write_stdin(pending)
        .output()
        .unwrap();
    assert!(batch.status.success(), "{}", stderr(&batch));
    let mut edited = String::new();
    for line in String::from_utf8(batch.stdout).unwrap().lines() {
        let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
        if v["id"].as_str().is_some_and(|id| id.contains("harbour")) {
            let timexes = v["extraction"]["timexes"].as_array_mut().unwrap();
            assert!(!timexes.is_empty(), "the entry held dates");
            timexes.clear();
        }
        edited.push_str(&v.to_string());
        edited.push('\n');
    }
    let file = cache.path().join("edited.jsonl");
    std::fs::write(&file, edited).unwrap();
    run(cache.path(), &["cache", "import", file.to_str().unwrap()]);
    let harbour_mentions = |json: &[u8]| {
        let events: serde_json::Value = serde_json::from_slice(json).unwrap();
        events
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["story"] == "harbour" && e["kind"] == "mention")
            .count()
    };
    let timeline = stdout(cache.path(), &["timeline", "--json", d]);
    assert_eq!(harbour_mentions(&timeline), 0);
    let fresh = stdout(cache.path(), &["--no-cache", "timeline", "--json", d]);
    assert!(harbour_mentions(&fresh) > 0);
}

#[test]
fn an_edited_story_is_read_again() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let before = stdout(cache.path(), &["timeline", "--json", d]);
    let path = stories.path().join("harbour.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("July 2", "July 9")).unwrap();
    let after = stdout(cache.path(), &["timeline", "--json", d]);
    assert_ne!(before, after);
    assert!(String::from_utf8_lossy(&after).contains("2021-07-09"));
    let fresh = stdout(cache.path(), &["--no-cache", "timeline", "--json", d]);
    assert_eq!(after, fresh);
    // A new date for the same text is a new key too: relative dates move.
    std::fs::write(&path, text.replace("2021-06-14", "2022-06-14")).unwrap();
    let redated = stdout(cache.path(), &["timeline", "--json", d]);
    let fresh = stdout(cache.path(), &["--no-cache", "timeline", "--json", d]);
    assert_eq!(redated, fresh);
}

#[test]
fn a_damaged_entry_is_one_warning_and_the_same_output() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let reference = stdout(cache.path(), &["timeline", "--json", d]);
    {
        let db = rusqlite::Connection::open(cache.path().join(CACHE_FILE)).unwrap();
        let n = db
            .execute("UPDATE extraction SET value = substr(value, 1, 40)", [])
            .unwrap();
        assert_eq!(n, STORIES.len());
    }
    forget_indexes(cache.path());
    let out = run(cache.path(), &["timeline", "--json", d]);
    assert_eq!(out.stdout, reference);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(CACHE_FILE) && err.contains("warning"), "{err}");
    // Rebuilt: the next run reads every entry without a word.
    let out = run(cache.path(), &["timeline", "--json", d]);
    assert_eq!(out.stdout, reference);
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_cache_file_of_garbage_is_replaced_with_a_warning() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let reference = stdout(cache.path(), &["timeline", "--json", d]);
    let file = cache.path().join(CACHE_FILE);
    let len = std::fs::metadata(&file).unwrap().len() as usize;
    std::fs::write(&file, vec![0xa5; len]).unwrap();
    let _ = std::fs::remove_file(cache.path().join(format!("{CACHE_FILE}-wal")));
    forget_indexes(cache.path());
    let out = run(cache.path(), &["timeline", "--json", d]);
    assert_eq!(out.stdout, reference);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains(CACHE_FILE), "{err}");
    assert_eq!(entries(cache.path()), STORIES.len() as u64);
}

#[test]
fn an_unusable_cache_directory_is_a_warning_not_a_failure() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let base = tempfile::tempdir().unwrap();
    let reference = stdout(base.path(), &["--no-cache", "timeline", "--json", d]);
    let blocker = base.path().join("a-file");
    std::fs::write(&blocker, "not a directory").unwrap();
    let out = run(&blocker.join("cache"), &["timeline", "--json", d]);
    assert_eq!(out.stdout, reference);
    let err = stderr(&out);
    assert!(err.contains("warning") && err.contains("cache"), "{err}");
}

#[test]
fn two_processes_filling_one_cache_at_once_agree() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap().to_string();
    let cache = tempfile::tempdir().unwrap();
    let reference = stdout(cache.path(), &["--no-cache", "timeline", "--json", &d]);
    let spawn = || {
        std::process::Command::new(assert_cmd::cargo::cargo_bin("dateline"))
            .env("DATELINE_CACHE_DIR", cache.path())
            .args(["timeline", "--json", &d])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn")
    };
    let children: Vec<_> = (0..4).map(|_| spawn()).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(stderr(&out), "");
        assert_eq!(out.stdout, reference);
    }
    assert_eq!(entries(cache.path()), STORIES.len() as u64);
}

#[test]
fn import_warns_about_bad_lines_by_path_and_line_and_keeps_the_rest() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let pending = stdout(cache.path(), &["cache", "pending", d]);
    let batch = dateline(cache.path())
        .args(["extract", "--batch"])
        .write_stdin(pending)
        .output()
        .unwrap();
    let good: Vec<String> = String::from_utf8(batch.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(good.len(), STORIES.len());
    let mut other_build: serde_json::Value = serde_json::from_str(&good[1]).unwrap();
    other_build["extractor"] = "0.0.1-elsewhere".into();
    let lines = [
        good[0].clone(),
        "{\"id\": \"x\", \"dates\": [".to_string(),
        other_build.to_string(),
        good[2].clone(),
    ];
    let file = cache.path().join("mixed.jsonl");
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let out = run(cache.path(), &["cache", "import", file.to_str().unwrap()]);
    let err = stderr(&out);
    let f = file.display().to_string();
    assert!(err.contains(&format!("{f}:2: warning:")), "{err}");
    assert!(err.contains(&format!("{f}:3: warning:")), "{err}");
    assert!(err.contains("0.0.1-elsewhere"), "{err}");
    assert!(err.contains("imported 2 cache entries"), "{err}");
    assert_eq!(entries(cache.path()), 2);
    // The two stories still pending are the two not imported.
    let pending = stdout(cache.path(), &["cache", "pending", d]);
    assert_eq!(String::from_utf8(pending).unwrap().lines().count(), 2);
}

/// The README's GNU parallel example, and the same pipeline without GNU
/// parallel: the pending stories split in parts, each part extracted by its
/// own process, every answer imported; then a timeline run finds every
/// story cached and prints what an uncached run prints.
#[test]
fn the_readme_pipeline_fills_the_cache_the_next_run_reads() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    let block = readme
        .split("```sh\n")
        .skip(1)
        .filter_map(|b| b.split_once("```").map(|(code, _)| code))
        .find(|code| code.contains("parallel") && code.contains("cache import"))
        .expect("README has a GNU parallel example");
    for step in ["cache pending", "extract --batch", "cache import"] {
        assert!(block.contains(step), "README example lacks `{step}`");
    }

    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let reference = stdout(cache.path(), &["--no-cache", "timeline", "--json", d]);

    if has_gnu_parallel() {
        // The README's own commands, with its archive path replaced.
        let bin = assert_cmd::cargo::cargo_bin("dateline");
        let script = block.replace("dateline ", &format!("{} ", bin.display()));
        let out = std::process::Command::new("sh")
            .arg("-ec")
            .arg(&script)
            .current_dir(cache.path())
            .env("DATELINE_CACHE_DIR", cache.path())
            .env("ARCHIVE", d)
            .output()
            .expect("sh runs");
        assert!(out.status.success(), "{}", stderr(&out));
    } else {
        let pending = String::from_utf8(stdout(cache.path(), &["cache", "pending", d])).unwrap();
        let lines: Vec<&str> = pending.lines().collect();
        assert_eq!(lines.len(), STORIES.len());
        let mut parts: Vec<PathBuf> = Vec::new();
        for (i, chunk) in lines.chunks(2).enumerate() {
            let out = dateline(cache.path())
                .args(["extract", "--batch"])
                .write_stdin(chunk.join("\n") + "\n")
                .output()
                .unwrap();
            assert!(out.status.success(), "{}", stderr(&out));
            let part = cache.path().join(format!("part-{i}.jsonl"));
            std::fs::write(&part, out.stdout).unwrap();
            parts.push(part);
        }
        let mut args = vec!["cache", "import"];
        args.extend(parts.iter().map(|p| p.to_str().unwrap()));
        let out = run(cache.path(), &args);
        assert!(
            stderr(&out).contains(&format!("imported {} cache entries", STORIES.len())),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(entries(cache.path()), STORIES.len() as u64);
    assert_eq!(stdout(cache.path(), &["cache", "pending", d]), b"");
    let out = run(cache.path(), &["timeline", "--json", d]);
    assert_eq!(out.stdout, reference);
    assert_eq!(stderr(&out), "");
    // Reading the imported entries wrote nothing new.
    assert_eq!(entries(cache.path()), STORIES.len() as u64);
}

fn has_gnu_parallel() -> bool {
    std::process::Command::new("parallel")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success() && String::from_utf8_lossy(&o.stdout).contains("GNU"))
}

#[test]
fn info_and_clear_report_on_the_cache() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let info = String::from_utf8(stdout(cache.path(), &["cache"])).unwrap();
    assert!(info.contains("none yet"), "{info}");
    assert!(
        !cache.path().join(CACHE_FILE).exists(),
        "info creates nothing"
    );
    run(cache.path(), &["entities", d]);
    let info = String::from_utf8(stdout(cache.path(), &["cache"])).unwrap();
    assert!(
        info.contains(&format!("entries    {}", STORIES.len())),
        "{info}"
    );
    let out = String::from_utf8(stdout(cache.path(), &["cache", "clear"])).unwrap();
    assert!(out.starts_with("removed "), "{out}");
    assert!(!cache.path().join(CACHE_FILE).exists());
    assert_eq!(entries(cache.path()), 0);
}

#[test]
fn a_second_run_on_the_same_files_reads_the_kept_index() {
    let stories = stories_dir();
    let cache = tempfile::tempdir().unwrap();
    let cold = listings(cache.path(), stories.path(), &[]);
    assert_eq!(
        snapshot_files(cache.path()).len(),
        1,
        "one snapshot for one set of files"
    );
    // Without the extraction cache the index can only come from the
    // snapshot: the output is the same and the extraction cache is not
    // even opened again.
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(cache.path().join(format!("{CACHE_FILE}{suffix}")));
    }
    let warm = listings(cache.path(), stories.path(), &[]);
    assert_eq!(cold, warm);
    assert!(!cache.path().join(CACHE_FILE).exists());
    // A story more is other input: indexed afresh, from its files.
    std::fs::write(
        stories.path().join("extra.txt"),
        "Ferry timetable changes\n2021-11-02\n\nThe ferry to Norhaven will sail \
         twice a day from Dec. 1, the harbour board said on Tuesday.\n",
    )
    .unwrap();
    let more = stdout(
        cache.path(),
        &["timeline", "--json", stories.path().to_str().unwrap()],
    );
    assert!(String::from_utf8_lossy(&more).contains("2021-12-01"));
    assert!(cache.path().join(CACHE_FILE).exists());
    // The story gone again, the files are the first ones: their snapshot is
    // found though another was the last used for this folder.
    std::fs::remove_file(stories.path().join("extra.txt")).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(cache.path().join(format!("{CACHE_FILE}{suffix}")));
    }
    assert_eq!(listings(cache.path(), stories.path(), &[]), cold);
    assert!(!cache.path().join(CACHE_FILE).exists());
    assert_eq!(snapshot_files(cache.path()).len(), 2);
}

#[test]
fn without_a_note_of_the_last_snapshot_the_kept_index_is_found_after_loading() {
    let stories = stories_dir();
    let cache = tempfile::tempdir().unwrap();
    let cold = listings(cache.path(), stories.path(), &[]);
    let indexes = cache.path().join("indexes");
    let notes: Vec<_> = std::fs::read_dir(&indexes)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "last"))
        .collect();
    assert_eq!(notes.len(), 1, "one note for one list of paths");
    std::fs::remove_file(&notes[0]).unwrap();
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(cache.path().join(format!("{CACHE_FILE}{suffix}")));
    }
    // Read back from the snapshot, not analysed again: the extraction
    // cache is never opened.
    assert_eq!(listings(cache.path(), stories.path(), &[]), cold);
    assert!(!cache.path().join(CACHE_FILE).exists());
    assert!(notes[0].exists(), "the note is written again");
}

/// The index snapshots in the cache directory (not the notes beside them).
fn snapshot_files(cache: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(cache.join("indexes"))
        .expect("an index snapshot is kept")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "idx"))
        .collect()
}

#[test]
fn a_damaged_index_snapshot_is_one_warning_and_the_same_output() {
    let stories = stories_dir();
    let d = stories.path().to_str().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let reference = stdout(cache.path(), &["timeline", "--json", d]);
    let snapshot = snapshot_files(cache.path()).pop().expect("a snapshot");
    let bytes = std::fs::read(&snapshot).unwrap();
    std::fs::write(&snapshot, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let out = run(cache.path(), &["timeline", "--json", d]);
    assert_eq!(out.stdout, reference);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("warning") && err.contains(snapshot.file_name().unwrap().to_str().unwrap()),
        "{err}"
    );
    // Written again whole: the next run is silent.
    let out = run(cache.path(), &["timeline", "--json", d]);
    assert_eq!(out.stdout, reference);
    assert_eq!(stderr(&out), "");
}
