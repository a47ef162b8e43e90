//! End to end: the real binary in a pseudo-terminal, keys in, the parsed
//! screen out, and the terminal restored afterwards.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 140;
const TIMEOUT: Duration = Duration::from_secs(20);

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _pair: portable_pty::PtyPair,
}

impl Session {
    fn start(env: &[(&str, &str)]) -> Self {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dateline"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
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

    /// Poll the screen until `pred` holds, failing with the screen after
    /// the timeout.
    fn wait_for(&self, what: &str, pred: impl Fn(&str) -> bool) {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if pred(&screen) {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn wait_text(&self, text: &str) {
        self.wait_for(text, |s| s.contains(text));
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

    /// After exit: the main screen is back and the cursor is visible.
    fn assert_restored(&self) {
        // Give the reader thread a moment to take the final bytes.
        let start = Instant::now();
        loop {
            let (alt, hidden, mouse) = {
                let p = self.parser.lock().unwrap();
                let s = p.screen();
                (
                    s.alternate_screen(),
                    s.hide_cursor(),
                    s.mouse_protocol_mode() != vt100::MouseProtocolMode::None,
                )
            };
            if !alt && !hidden && !mouse {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "terminal not restored: alternate={alt} cursor hidden={hidden} mouse={mouse}"
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

#[test]
fn opens_navigates_shows_help_and_quits_restoring_the_terminal() {
    let mut s = Session::start(&[]);
    s.wait_for("the first screen", |screen| {
        screen.contains("1 Stories") && screen.contains("3 Timeline")
    });
    {
        let p = s.parser.lock().unwrap();
        assert!(
            p.screen().alternate_screen(),
            "the app runs on the alternate screen"
        );
        assert!(p.screen().hide_cursor());
    }
    // Focus the article and scroll: the first line of the body moves up.
    s.send(b"2");
    s.wait_text("line 1/");
    s.send(b"jjj");
    s.wait_text("line 4/");
    s.send(b"G");
    s.wait_text("100%");
    s.send(b"g");
    s.wait_text("line 1/");
    // Help overlay, generated from the keymap.
    s.send(b"?");
    s.wait_text("Help — keys");
    s.wait_text("next dated event");
    s.send(b"\x1b");
    s.wait_for("help to close", |screen| !screen.contains("Help — keys"));
    // Load problems popup.
    s.send(b"e");
    s.wait_text("Load problems");
    s.send(b"q");
    s.wait_for("the popup to close", |screen| {
        !screen.contains("Load problems")
    });
    // Tab cycles to the timeline; the tab order is visible in the title.
    s.send(b"\t");
    s.send(b"q");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn ctrl_c_quits_cleanly() {
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    s.send(b"\x03");
    let status = s.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    s.assert_restored();
}

#[test]
fn a_burst_of_thousands_of_keys_is_processed_fully() {
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    s.send(b"2");
    s.wait_text("line 1/");
    // Thousands of scroll keys whose end line depends on every one of them:
    // five down, then up-down pairs that never touch either end of the
    // article (ten lines of scroll), so a single lost or doubled key leaves
    // it on another line.
    let burst = "j".repeat(5) + &"kj".repeat(2500);
    s.send(burst.as_bytes());
    // Help opens only after every key before it was handled; the status
    // bar under it still shows the article's line.
    s.send(b"?");
    s.wait_for("help over line 6", |screen| {
        screen.contains("Help — keys") && screen.contains("line 6/")
    });
    s.send(b"\x1b");
    s.wait_for("help to close", |screen| !screen.contains("Help — keys"));
    s.send(b"G");
    s.wait_text("100%");
    s.send(b"g");
    s.wait_text("line 1/");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

fn signal_restores_the_terminal(signal: &str) {
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    let pid = s.child.process_id().expect("pid");
    let status = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success());
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    signal_restores_the_terminal("TERM");
}

#[test]
fn sighup_restores_the_terminal() {
    signal_restores_the_terminal("HUP");
}

/// User plus system CPU time of a process, in clock ticks.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // Fields after the command name, which is in parentheses.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

#[test]
fn an_idle_app_uses_no_cpu() {
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    let pid = s.child.process_id().expect("pid");
    let Some(before) = cpu_ticks(pid) else {
        // No procfs here: nothing to measure.
        s.send(b"q");
        s.wait_exit();
        return;
    };
    // A window of idleness (the start-up message expires within it, which
    // costs one redraw).
    std::thread::sleep(Duration::from_millis(1500));
    let after = cpu_ticks(pid).expect("still running");
    assert!(
        after - before <= 5,
        "{} ticks used while idle",
        after - before
    );
    s.send(b"q");
    assert!(s.wait_exit().success());
}

#[test]
fn works_in_a_small_terminal_and_survives_resizes() {
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    for (rows, cols) in [
        (6, 20),
        (1, 1),
        (50, 200),
        (10, 30),
        (24, 80),
        (3, 3),
        (40, 140),
    ] {
        s._pair
            .master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize");
        s.parser.lock().unwrap().screen_mut().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
    }
    // After the storm the app still answers.
    s.send(b"?");
    s.wait_text("Help — keys");
    s.send(b"\x1b");
    s.wait_for("help to close", |screen| !screen.contains("Help — keys"));
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn non_terminal_stdout_points_to_the_cli_commands() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
        .stdin(std::process::Stdio::null())
        .output()
        .expect("run dateline");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("not a terminal"), "{err}");
    for cmd in [
        "dateline stories",
        "dateline timeline",
        "dateline entities",
        "dateline search",
    ] {
        assert!(err.contains(cmd), "{cmd} missing from: {err}");
    }
    assert!(out.stdout.is_empty(), "nothing written to stdout");
}

#[test]
fn ctrl_z_gives_the_terminal_back_and_the_app_resumes() {
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    // Here the process group has no job-control shell, so the stop is not
    // delivered: the app gives the terminal back, then takes it again and
    // repaints, which is what `fg` would see.
    s.send(b"\x1a");
    s.wait_text("1 Stories");
    s.send(b"?");
    s.wait_text("Help — keys");
    s.send(b"\x1b");
    s.wait_for("help to close", |screen| !screen.contains("Help — keys"));
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

/// Whether `word` appears on screen (above the status bar) with the
/// focus-mention background.
fn emphasised(s: &Session, word: &str) -> bool {
    let p = s.parser.lock().unwrap();
    let screen = p.screen();
    let (rows, cols) = screen.size();
    for row in 0..rows.get().saturating_sub(1) {
        let mut line = String::new();
        let mut at = Vec::new();
        for col in 0..cols.get() {
            if let Some(cell) = screen.cell(row, col) {
                let c = cell.contents();
                for _ in c.chars() {
                    at.push(col);
                }
                line.push_str(c);
            }
        }
        let chars: Vec<char> = line.chars().collect();
        let w: Vec<char> = word.chars().collect();
        for i in 0..chars.len().saturating_sub(w.len() - 1) {
            if chars[i..i + w.len()] == w[..]
                && let Some(cell) = screen.cell(row, at[i])
                && cell.bgcolor() == vt100::Color::Idx(3)
            {
                return true;
            }
        }
    }
    false
}

#[test]
fn the_finder_focuses_a_name_and_n_walks_its_mentions() {
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    s.send(b"/");
    s.wait_text("Find people");
    s.send(b"khm");
    // Wait for the answer to this query: his row selected at the top
    // (the first list, for the empty query, may show him lower down).
    s.wait_text("▌ PER Ali Khamenei");
    s.send(b"\r");
    s.wait_for("the finder to close on a focused name", |screen| {
        !screen.contains("Find people") && screen.contains("◉ Ali Khamenei")
    });
    s.wait_for("the mention to be emphasised", |_| {
        emphasised(&s, "Khamenei")
    });
    s.wait_text("mention 1/");
    s.send(b"n");
    s.wait_text("mention 2/");
    s.wait_for("the next mention to be emphasised", |_| {
        emphasised(&s, "Khamenei")
    });
    s.send(b"\x1b");
    s.wait_for("the focus to clear", |screen| {
        !screen.contains("◉ Ali Khamenei")
    });
    s.send(b"/");
    s.wait_text("Find people");
    s.send(b"earnest");
    s.wait_text("▌ PER Josh Earnest");
    s.send(b"\x1b");
    s.wait_for("the finder to close", |screen| {
        !screen.contains("Find people")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}

#[test]
fn a_colon_command_filters_the_timeline_as_the_cli_counts_it() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(["timeline", "--json", "--from", "2014-11"])
        .output()
        .expect("run the timeline command");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let count = json.as_array().expect("an array").len();
    let mut s = Session::start(&[]);
    s.wait_text("1 Stories");
    s.send(b":from 2014-11");
    s.wait_text(":from 2014-11");
    s.send(b"\r");
    s.wait_text("⧩ from 2014-11");
    s.wait_text(&format!("/{count} "));
    s.send(b":goto 2014-13-45\r");
    s.wait_text("not a date");
    assert!(s.contents().contains("⧩ from 2014-11"), "nothing changed");
    s.send(b":clear\r");
    s.wait_for("the filter to clear", |screen| {
        !screen.contains("⧩ from 2014-11") && screen.contains("filters cleared")
    });
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored();
}
