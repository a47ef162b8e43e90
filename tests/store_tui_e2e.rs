//! End to end in a real terminal: `c` on the timeline, a new date typed,
//! Enter, quit; then the CLI lists the corrected date, and the story file
//! is byte for byte what it was.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 140;
const TIMEOUT: Duration = Duration::from_secs(20);

const STORY: &str = "---
title: Lighthouse keepers return
date: 2031-05-02
source: Coastal Desk
---

The last keepers left the Skarv lighthouse on March 3, 2031.

A new crew is due to move in on June 9, 2031, the trust said.
";

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _pair: portable_pty::PtyPair,
}

impl Session {
    fn start(data: &Path, stories: &Path) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dateline"));
        cmd.arg(stories);
        cmd.env("TERM", "xterm-256color");
        cmd.env("DATELINE_DATA_DIR", data);
        cmd.env("DATELINE_CACHE_DIR", data.join("cache"));
        cmd.env("DATELINE_CONFIG_DIR", data.join("config"));
        let child = pair.slave.spawn_command(cmd).expect("spawn dateline");
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(ROWS).unwrap(),
            NonZeroU16::new(COLS).unwrap(),
            0,
        )));
        let sink = parser.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        Self {
            parser,
            writer,
            child,
            _pair: pair,
        }
    }

    fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_text(&self, text: &str) {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if screen.contains(text) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {text:?}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write keys");
        self.writer.flush().expect("flush");
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            if start.elapsed() > TIMEOUT {
                let _ = self.child.kill();
                panic!("dateline did not exit; screen:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

#[test]
fn a_date_corrected_with_c_in_the_timeline_is_what_the_cli_then_lists() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    let file = stories.join("lighthouse.md");
    std::fs::write(&file, STORY).unwrap();

    let mut s = Session::start(&data, &stories);
    s.wait_text("3 Timeline");
    s.wait_text("Lighthouse keepers return");
    // The last event on the timeline: June 9.
    s.send(b"G");
    s.wait_text("event 3/3");
    s.send(b"c");
    s.wait_text("date: 2031-06-09");
    // Ctrl-u clears the line; then the new date and Enter.
    s.send(b"\x15");
    s.send(b"2031-01-15");
    s.wait_text("date: 2031-01-15");
    s.send(b"\r");
    s.wait_text("Corrected “June 9, 2031” to");
    s.send(b"q");
    assert!(s.wait_exit().success());

    let out = assert_cmd::Command::cargo_bin("dateline")
        .unwrap()
        .env("DATELINE_DATA_DIR", &data)
        .env("DATELINE_CACHE_DIR", data.join("cache"))
        .env("DATELINE_CONFIG_DIR", data.join("config"))
        .args(["timeline", "--json"])
        .arg(&stories)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let events: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let june = &events[0];
    assert_eq!(june["text"], "June 9, 2031", "sorted first by its new date");
    assert_eq!(june["value"], "2031-01-15");
    assert_eq!(june["corrected"]["was"], "2031-06-09");
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        STORY,
        "story file untouched"
    );
}

#[test]
fn a_workspace_that_is_not_a_database_is_a_problem_and_the_app_still_opens() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let stories = dir.path().join("stories");
    std::fs::create_dir_all(&stories).unwrap();
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(stories.join("lighthouse.md"), STORY).unwrap();
    let db = data.join("dateline.db");
    let garbage = "minutes of the rowing club, not a database\n".repeat(60);
    std::fs::write(&db, &garbage).unwrap();

    let mut s = Session::start(&data, &stories);
    s.wait_text("Lighthouse keepers return");
    s.send(b"e");
    s.wait_text("not a dateline workspace");
    // q closes the popup (an Esc followed at once by a key reads as Alt).
    s.send(b"q");
    // A star still shows for this session, and says it was not saved.
    s.send(b"s");
    s.wait_text("Starred the event");
    s.wait_text("— not saved:");
    s.send(b"q");
    assert!(s.wait_exit().success());
    assert_eq!(std::fs::read_to_string(&db).unwrap(), garbage, "left alone");
}
