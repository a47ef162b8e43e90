//! A command's progress on stderr when stderr is a terminal: the real
//! binary in a pseudo-terminal shows the files read and the stories being
//! analysed, then
//! clears the bar before the listing. (With stderr piped nothing extra is
//! written: every `assert_cmd` test of a command's exact stderr holds that.)
#![cfg(unix)]

use std::io::Read;
use std::num::NonZeroU16;
use std::path::Path;
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 120;
const TIMEOUT: Duration = Duration::from_secs(60);
const STORIES: usize = 480;

fn write_archive(dir: &Path) {
    for f in 0..STORIES / 12 {
        let stories: Vec<_> = (0..12)
            .map(|i| {
                let n = f * 12 + i;
                let day = 1 + n % 28;
                let text = format!(
                    "Maria Okafor of the Northport harbour board said on Tuesday that \
                     the crossing at pier {n} would reopen. The board met on {day} March \
                     2040 and again a week later, and the council agreed to pay on Friday."
                );
                serde_json::json!({
                    "title": format!("Pier {n} to reopen"),
                    "date": format!("2040-03-{day:02}"),
                    "paragraphs": [text.clone(), text],
                })
            })
            .collect();
        let file = serde_json::json!({ "stories": stories });
        std::fs::write(dir.join(format!("pier-{f:03}.json")), file.to_string()).unwrap();
    }
}

#[test]
fn a_command_on_a_terminal_shows_the_files_read_and_stories_analysed_then_clears_the_bar() {
    let dir = tempfile::tempdir().unwrap();
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    write_archive(&stories);

    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("open a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dateline"));
    cmd.args(["timeline".as_ref(), stories.as_os_str()]);
    cmd.env("TERM", "xterm-256color");
    for (var, sub) in [
        ("DATELINE_DATA_DIR", "data"),
        ("DATELINE_CACHE_DIR", "cache"),
        ("DATELINE_CONFIG_DIR", "config"),
    ] {
        cmd.env(var, dir.path().join(sub));
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawn dateline");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("reader");
    let output = std::thread::spawn(move || {
        let mut raw = Vec::new();
        let _ = reader.read_to_end(&mut raw);
        raw
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(start.elapsed() < TIMEOUT, "dateline did not finish");
        std::thread::sleep(Duration::from_millis(25));
    };
    assert!(status.success());
    drop(pair.master);
    let raw = output.join().unwrap();
    let text = String::from_utf8_lossy(&raw);
    assert!(
        text.contains("reading")
            && text.contains("analysing")
            && text.contains(&format!("/{STORIES} stories")),
        "no progress drawn:\n{text}"
    );
    let mut parser = vt100::Parser::new(
        NonZeroU16::new(ROWS).unwrap(),
        NonZeroU16::new(COLS).unwrap(),
        0,
    );
    parser.process(&raw);
    let screen = parser.screen().contents();
    assert!(!screen.contains("analysing"), "the bar was left:\n{screen}");
    assert!(screen.contains("pier-0"), "the listing follows:\n{screen}");
}
