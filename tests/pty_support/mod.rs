//! The real binary in a pseudo-terminal: keys in, the screen as a terminal
//! emulator (vt100) shows it out. Every test gets its own data, cache and
//! config directories.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _pair: portable_pty::PtyPair,
    /// How long a wait may take before the test fails.
    pub timeout: Duration,
}

impl Session {
    /// `dateline ARGS` in a `cols`×`rows` terminal, its data directory
    /// `data` (cache and config beneath it).
    pub fn start(data: &Path, args: &[&std::ffi::OsStr], cols: u16, rows: u16) -> Self {
        Self::start_with(data, args, cols, rows, &[], |_| {})
    }

    /// [`Session::start`] with more environment (`env`, set last, so it
    /// can move the cache or config elsewhere) and `observe` called with
    /// the screen's text after every chunk of output the app writes: what
    /// a test needs to know about screens that may not last until it looks.
    pub fn start_with(
        data: &Path,
        args: &[&std::ffi::OsStr],
        cols: u16,
        rows: u16,
        env: &[(&str, &Path)],
        mut observe: impl FnMut(&str) + Send + 'static,
    ) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_dateline"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env("DATELINE_DATA_DIR", data);
        cmd.env("DATELINE_CACHE_DIR", data.join("cache"));
        cmd.env("DATELINE_CONFIG_DIR", data.join("config"));
        for (var, value) in env {
            cmd.env(var, value);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn dateline");
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
            0,
        )));
        let sink = parser.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let screen = {
                    let mut p = sink.lock().unwrap();
                    p.process(&buf[..n]);
                    p.screen().contents()
                };
                observe(&screen);
            }
        });
        Self {
            parser,
            writer,
            child,
            _pair: pair,
            timeout: TIMEOUT,
        }
    }

    /// Read the emulated screen (cursor, alternate screen, cells).
    pub fn with_screen<R>(&self, f: impl FnOnce(&vt100::Screen) -> R) -> R {
        f(self.parser.lock().unwrap().screen())
    }

    /// Wait until `done` holds, failing with `what` and the screen.
    pub fn wait_until(&self, what: &str, done: impl Fn(&Session) -> bool) {
        let start = Instant::now();
        while !done(self) {
            if start.elapsed() > self.timeout {
                panic!("timed out waiting for {what}; screen:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    pub fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Wait until the screen shows `text`; the screen when it does.
    pub fn wait_text(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if screen.contains(text) {
                return screen;
            }
            if start.elapsed() > self.timeout {
                panic!("timed out waiting for {text:?}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write keys");
        self.writer.flush().expect("flush");
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().expect("wait") {
                return status;
            }
            if start.elapsed() > self.timeout {
                let _ = self.child.kill();
                panic!("dateline did not exit; screen:\n{}", self.contents());
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
