//! The loading screen in the real binary, in a pseudo-terminal: the app
//! opens on it while an archive is analysed, shows the count moving, and
//! gives way to the panes with the analyst's workspace (a correction and a
//! star made in an earlier session) laid over the index; `q` during the
//! load quits at once and gives the terminal back.
#![cfg(unix)]

mod pty_support;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pty_support::Session;

const ROWS: u16 = 40;
const COLS: u16 = 140;
const TIMEOUT: Duration = Duration::from_secs(60);

const STORY: &str = "---
title: Lighthouse keepers return
date: 2031-05-02
source: Coastal Desk
---

The last keepers left the Skarv lighthouse on March 3, 2031.

A new crew is due to move in on June 9, 2031, the trust said.
";

/// Files and stories of the archive that keeps the load busy: enough for
/// the analysis to span many of the loading screen's ticks in a debug
/// build, all dated after the lighthouse story so its rows come first on
/// the timeline.
const FILES: usize = 40;
const PER_FILE: usize = 12;

fn write_archive(dir: &Path) {
    let names = [
        ("Maria Okafor", "the Northport harbour board"),
        ("Tomas Lindqvist", "the Vessel Safety Agency"),
        ("Aiko Tanaka", "the Eastern Ferry Company"),
        ("Rafael Mendes", "the Coastal Trust"),
    ];
    for f in 0..FILES {
        let mut stories = Vec::new();
        for i in 0..PER_FILE {
            let n = f * PER_FILE + i;
            let (person, org) = names[n % names.len()];
            let day = 1 + n % 28;
            let text = format!(
                "{person} of {org} said on Tuesday that the crossing at pier {n} would reopen. \
                 The board met on {day} March 2040 and again a week later. \
                 {person} told reporters that {org} expected the work to end by April. \
                 Residents of Northport had asked for the pier since last year, \
                 and the council agreed to pay for half of it on Friday."
            );
            stories.push(serde_json::json!({
                "title": format!("Pier {n} to reopen"),
                "date": format!("2040-03-{day:02}"),
                "source": "Harbour Notes",
                "paragraphs": [text.clone(), text],
            }));
        }
        let file = serde_json::json!({ "stories": stories });
        std::fs::write(dir.join(format!("pier-{f:03}.json")), file.to_string()).unwrap();
    }
}

/// What a session's screen has shown, in the order it first showed it,
/// checked after every chunk of output the app wrote.
#[derive(Default)]
struct Seen {
    chunks: usize,
    loading: Option<usize>,
    /// The first analysing count that was not yet complete.
    analysing: Option<(usize, String)>,
    panes: Option<usize>,
}

fn analysing_line(screen: &str) -> Option<String> {
    screen
        .lines()
        .find(|l| l.contains("analysing stories"))
        .map(|l| {
            l.trim_matches(|c: char| c == '│' || c.is_whitespace())
                .to_string()
        })
}

/// A session on `stories` whose output is watched for the loading screen,
/// an incomplete analysing count and the panes; `cache` moves the cache.
fn start(data: &Path, stories: &Path, cache: Option<&Path>) -> (Session, Arc<Mutex<Seen>>) {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let log = seen.clone();
    let env: Vec<(&str, &Path)> = cache
        .map(|c| ("DATELINE_CACHE_DIR", c))
        .into_iter()
        .collect();
    let mut session = Session::start_with(
        data,
        &[stories.as_os_str()],
        COLS,
        ROWS,
        &env,
        move |screen| {
            let mut seen = log.lock().unwrap();
            seen.chunks += 1;
            let at = seen.chunks;
            if seen.loading.is_none() && screen.contains("Loading the stories") {
                seen.loading = Some(at);
            }
            if seen.analysing.is_none()
                && let Some(line) = analysing_line(screen)
            {
                let total = format!("/ {}", FILES * PER_FILE + 1);
                let done = format!("{} {total}", FILES * PER_FILE + 1);
                if line.contains(&total) && !line.contains(&done) {
                    seen.analysing = Some((at, line));
                }
            }
            if seen.panes.is_none() && screen.contains("3 Timeline") {
                seen.panes = Some(at);
            }
        },
    );
    session.timeout = TIMEOUT;
    (session, seen)
}

#[test]
fn the_loading_screen_gives_way_to_the_app_with_the_workspace_laid_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::write(stories.join("lighthouse.md"), STORY).unwrap();

    // A first session on the one story: star its last event, then move
    // that event's date (June 9) to January 15.
    let (mut first, _) = start(&data, &stories, None);
    first.wait_text("3 Timeline");
    first.send(b"G");
    first.wait_text("event 3/3");
    first.send(b"s");
    first.wait_text("Starred the event");
    first.send(b"c");
    first.wait_text("date: 2031-06-09");
    first.send(b"\x15");
    first.send(b"2031-01-15");
    first.wait_text("date: 2031-01-15");
    first.send(b"\r");
    first.wait_text("Corrected “June 9, 2031” to");
    first.send(b"q");
    assert!(first.wait_exit().success());
    drop(first);

    // The second opens on an archive that takes a while to analyse.
    write_archive(&stories);
    let (mut s, seen) = start(&data, &stories, None);
    s.wait_until("the panes", |_| seen.lock().unwrap().panes.is_some());
    s.wait_text("✎ ✦");
    let screen = s.contents();
    {
        let seen = seen.lock().unwrap();
        let loading = seen.loading.expect("the loading screen was drawn");
        let (analysing, line) = seen
            .analysing
            .clone()
            .expect("the loading screen counted the stories as they were analysed");
        let panes = seen.panes.unwrap();
        assert!(
            loading < panes && analysing < panes,
            "loading at chunk {loading}, {line:?} at {analysing}, the panes at {panes}"
        );
    }
    // The correction is on the index (the ✎, and the row sorted first by
    // its new date) and the star in the app's workspace (the ✦).
    let row = screen
        .lines()
        .find(|l| l.contains("✎ ✦"))
        .expect("a corrected, starred row");
    assert!(row.contains("Wed 15 Jan"), "{row}\n{screen}");
    assert!(
        !screen.contains("⚠"),
        "no problem with the workspace or cache:\n{screen}"
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn q_during_the_load_quits_at_once_and_gives_the_terminal_back() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::write(stories.join("lighthouse.md"), STORY).unwrap();
    write_archive(&stories);

    let (mut s, seen) = start(&data, &stories, None);
    s.wait_until("the stories being analysed", |_| {
        seen.lock().unwrap().analysing.is_some()
    });
    // A key that needs the index is refused, and says why.
    s.send(b"/");
    s.wait_text("still loading the stories");
    s.send(b"q");
    assert!(s.wait_exit().success());
    assert!(
        seen.lock().unwrap().panes.is_none(),
        "q waited for the load:\n{}",
        s.contents()
    );
    let start = Instant::now();
    loop {
        let (alt, hidden) =
            s.with_screen(|screen| (screen.alternate_screen(), screen.hide_cursor()));
        if !alt && !hidden {
            break;
        }
        assert!(
            start.elapsed() < TIMEOUT,
            "terminal not restored: alternate={alt} cursor hidden={hidden}"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
fn a_cache_that_cannot_be_used_is_a_problem_in_the_app_not_text_over_it() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::write(stories.join("lighthouse.md"), STORY).unwrap();
    // A file where the cache directory should be.
    let cache = dir.path().join("not-a-directory");
    std::fs::write(&cache, "").unwrap();

    let (mut s, _) = start(&data, &stories, Some(&cache));
    s.wait_text("3 Timeline");
    s.wait_text("⚠ 1");
    assert!(
        !s.contents().contains("cannot use the cache"),
        "the warning was written over the app:\n{}",
        s.contents()
    );
    s.send(b"e");
    s.wait_text("cannot use the cache");
    s.send(b"q");
    s.send(b"q");
    assert!(s.wait_exit().success());
}
