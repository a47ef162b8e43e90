//! End to end in a pseudo-terminal: every terminating signal restores the
//! terminal and ends with 128 + its number, and no paste can hold the
//! input hostage.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const ROWS: u16 = 30;
const COLS: u16 = 120;
const TIMEOUT: Duration = Duration::from_secs(20);

/// What the app wrote, raw and as a parsed screen.
#[derive(Default)]
struct Output {
    raw: Vec<u8>,
    screen: Option<vt100::Parser>,
}

struct Session {
    out: Arc<Mutex<Output>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _pair: portable_pty::PtyPair,
}

impl Session {
    fn start() -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dateline"));
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).expect("spawn dateline");
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let out = Arc::new(Mutex::new(Output {
            raw: Vec::new(),
            screen: Some(vt100::Parser::new(
                NonZeroU16::new(ROWS).unwrap(),
                NonZeroU16::new(COLS).unwrap(),
                0,
            )),
        }));
        let sink = out.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut o = sink.lock().unwrap();
                o.raw.extend_from_slice(&buf[..n]);
                if let Some(p) = o.screen.as_mut() {
                    p.process(&buf[..n]);
                }
            }
        });
        Self {
            out,
            writer,
            child,
            _pair: pair,
        }
    }

    fn contents(&self) -> String {
        let o = self.out.lock().unwrap();
        o.screen.as_ref().unwrap().screen().contents()
    }

    fn raw_len(&self) -> usize {
        self.out.lock().unwrap().raw.len()
    }

    fn wait_text(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            if start.elapsed() > TIMEOUT {
                panic!(
                    "timed out waiting for {text:?}; screen:\n{}",
                    self.contents()
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    fn wait_gone(&self, text: &str) {
        let start = Instant::now();
        while self.contents().contains(text) {
            if start.elapsed() > TIMEOUT {
                panic!("{text:?} still on screen:\n{}", self.contents());
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

    /// The restore sequences appear in what was written after byte `from`,
    /// and the parsed terminal is back to normal.
    fn assert_restored_after(&self, from: usize) {
        let start = Instant::now();
        loop {
            let (tail, alt, hidden, mouse, paste) = {
                let o = self.out.lock().unwrap();
                let s = o.screen.as_ref().unwrap().screen();
                (
                    String::from_utf8_lossy(&o.raw[from.min(o.raw.len())..]).into_owned(),
                    s.alternate_screen(),
                    s.hide_cursor(),
                    s.mouse_protocol_mode() != vt100::MouseProtocolMode::None,
                    s.bracketed_paste(),
                )
            };
            let wanted = [
                ("\x1b[?1049l", "leave the alternate screen"),
                ("\x1b[?25h", "show the cursor"),
                ("\x1b[?1000l", "mouse reporting off"),
                ("\x1b[?1006l", "SGR mouse off"),
                ("\x1b[?2004l", "bracketed paste off"),
            ];
            let missing: Vec<&str> = wanted
                .iter()
                .filter(|(seq, _)| !tail.contains(seq))
                .map(|(_, what)| *what)
                .collect();
            if missing.is_empty() && !alt && !hidden && !mouse && !paste {
                return;
            }
            if start.elapsed() > TIMEOUT {
                panic!(
                    "terminal not restored: missing {missing:?}; alternate={alt} \
                     cursor hidden={hidden} mouse={mouse} paste={paste}"
                );
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

fn a_signal_restores_the_terminal_and_sets_the_status(signal: &str, status: u32) {
    let mut s = Session::start();
    s.wait_text("1 Stories");
    // The app is fully up (raw mode, alternate screen) before the signal.
    let from = s.raw_len();
    let pid = s.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    let exit = s.wait_exit();
    assert_eq!(exit.exit_code(), status, "SIG{signal}: {exit:?}");
    s.assert_restored_after(from);
}

#[test]
fn sigint_restores_the_terminal_and_exits_130() {
    a_signal_restores_the_terminal_and_sets_the_status("INT", 130);
}

#[test]
fn sigquit_restores_the_terminal_and_exits_131() {
    a_signal_restores_the_terminal_and_sets_the_status("QUIT", 131);
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    a_signal_restores_the_terminal_and_sets_the_status("TERM", 143);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    a_signal_restores_the_terminal_and_sets_the_status("HUP", 129);
}

#[test]
fn ctrl_c_quits_after_an_unterminated_paste() {
    let mut s = Session::start();
    s.wait_text("1 Stories");
    s.send(b"/");
    s.wait_text("Find people");
    // A paste that never ends, then Ctrl-C at once: it must still quit.
    s.send(b"\x1b[200~never closed");
    s.send(b"\x03");
    let exit = s.wait_exit();
    assert!(exit.success(), "{exit:?}");
    s.assert_restored_after(0);
}

#[test]
fn keys_work_again_once_an_unterminated_paste_goes_quiet() {
    let mut s = Session::start();
    s.wait_text("1 Stories");
    s.send(b"/");
    s.wait_text("Find people");
    s.send(b"\x1b[200~earnest");
    // The paste is given up after a quiet moment and lands in the query.
    s.wait_text("> earnest");
    s.wait_text("\u{258c} PER Josh Earnest");
    s.send(b"\x1b");
    s.wait_gone("Find people");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored_after(0);
}

#[test]
fn a_long_paste_into_the_finder_is_cut_to_the_query_limit_and_said() {
    let mut s = Session::start();
    s.wait_text("1 Stories");
    s.send(b"/");
    s.wait_text("Find people");
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend("earnest ".repeat(12_500).as_bytes());
    paste.extend_from_slice(b"\x1b[201~");
    s.send(&paste);
    s.wait_text("limited to 256 characters");
    s.wait_text("earnest earnest earnest");
    // Still answering keys afterwards.
    s.send(b"\x1b");
    s.wait_gone("Find people");
    s.send(b"q");
    assert!(s.wait_exit().success());
    s.assert_restored_after(0);
}
