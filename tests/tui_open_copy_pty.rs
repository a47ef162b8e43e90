//! `o` and `y` in the real binary, in a pseudo-terminal: `o` runs a
//! recording `$BROWSER` with the story's url as its one argument, `y`
//! writes the OSC 52 clipboard sequence to the terminal.
#![cfg(unix)]

use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const TIMEOUT: Duration = Duration::from_secs(20);

const STORIES: &str = r#"{"stories": [
 {"title": "Tide tables printed", "date": "2021-09-14", "source": "Harbour Notes",
  "url": "https://harbour.example/tides?year=2021&ed=2",
  "paragraphs": ["The new tables cover every tide until 31 December 2021."]}
]}"#;

struct Session {
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _pair: portable_pty::PtyPair,
}

impl Session {
    fn start(dir: &Path, browser: &Path) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dateline"));
        cmd.arg(dir.join("stories.json"));
        cmd.env("TERM", "xterm-256color");
        cmd.env("BROWSER", browser);
        for (var, sub) in [
            ("DATELINE_DATA_DIR", "data"),
            ("DATELINE_CACHE_DIR", "cache"),
            ("DATELINE_CONFIG_DIR", "config"),
        ] {
            cmd.env(var, dir.join(sub));
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn dateline");
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let raw = Arc::new(Mutex::new(Vec::new()));
        let sink = raw.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Self {
            raw,
            writer,
            child,
            _pair: pair,
        }
    }

    fn output(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    fn screen(&self) -> String {
        let mut p = vt100::Parser::new(
            std::num::NonZeroU16::new(30).unwrap(),
            std::num::NonZeroU16::new(120).unwrap(),
            0,
        );
        p.process(&self.output());
        p.screen().contents()
    }

    fn wait_for(&self, what: &str, pred: impl Fn(&Session) -> bool) {
        let start = Instant::now();
        while !pred(self) {
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write keys");
        self.writer.flush().expect("flush");
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn o_runs_browser_with_the_url_and_y_writes_osc52() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("stories.json"), STORIES).unwrap();
    let record = dir.path().join("record");
    let browser = dir.path().join("browser");
    std::fs::write(
        &browser,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '{}.tmp' && mv '{0}.tmp' '{0}'\n",
            record.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();

    let mut s = Session::start(dir.path(), &browser);
    s.wait_for("the first screen", |s| s.screen().contains("3 Timeline"));
    // The story's publication date is selected on the timeline.
    s.send(b"o");
    s.wait_for("the browser to run", |_| record.exists());
    assert_eq!(
        std::fs::read_to_string(&record).unwrap(),
        "1\nhttps://harbour.example/tides?year=2021&ed=2\n"
    );
    s.wait_for("the message", |s| {
        s.screen().contains("Opening https://harbour.example/")
    });

    s.send(b"y");
    let expected = dateline::tui::outside::osc52(
        "Tue 14 Sep 2021 — Published: Tide tables printed\n\
         Tide tables printed\n\
         https://harbour.example/tides?year=2021&ed=2",
    );
    s.wait_for("the OSC 52 sequence", |s| {
        contains(&s.output(), expected.as_bytes())
    });
    s.wait_for("the message", |s| s.screen().contains("to the clipboard"));
    s.send(b"q");
}
