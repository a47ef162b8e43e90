//! The whole program at scale: the release binary run on archives of
//! 1,000 to 100,000 stories, each configuration in a fresh child process.
//! For every archive, measured in the same run:
//!
//! - `plain read`: every file of the archive read into memory, nothing
//!   else (the baseline: what reading the stories costs at all);
//! - `cold`: `dateline timeline --json` with an empty cache (load, analyse,
//!   index, write the cache);
//! - `cached`: the same command again on the cache the cold run filled; its
//!   output must be byte-identical to the cold run's;
//! - `first frame`: the app started in a pseudo-terminal on the archive,
//!   empty cache: time until its first screen (the loading screen), and
//!   until the panes are up; then the same on the filled cache.
//!
//! Each run reports wall time, CPU time over wall time (how many cores it
//! kept busy) and peak resident memory (the child's `ru_maxrss`). Ratios
//! against the plain read and against the cold run are what to compare
//! across machines; the absolute figures depend on the machine's load.
//!
//! ```sh
//! cargo bench --bench scale               # 1,000 and 10,000 invented stories
//! DATELINE_SCALE_ARCHIVES=target/a1k:target/a10k cargo bench --bench scale
//! ```
//!
//! `DATELINE_SCALE_ARCHIVES` is a `:`-separated list of story directories
//! (for instance archives written by the realistic archive generator the
//! README's benchmark table names); without it invented stories are
//! generated into a temporary directory, so the bench runs on a fresh clone.
//! `DATELINE_SCALE_APP=0` skips the pseudo-terminal runs.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[path = "support/archive.rs"]
mod archive;
#[path = "../tests/pty_support/mod.rs"]
mod pty_support;

/// What one run cost.
#[derive(Debug, Clone, Copy)]
struct Cost {
    wall: Duration,
    cpu: Duration,
    /// Peak resident set, bytes.
    peak: u64,
}

impl Cost {
    fn cores(&self) -> f64 {
        self.cpu.as_secs_f64() / self.wall.as_secs_f64().max(1e-9)
    }
}

fn timeval(t: libc::timeval) -> Duration {
    Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
}

/// Run `dateline ARGS` with its cache in `cache`, stdout into `out`; its
/// cost from `wait4`, which reports the child's own CPU time and peak.
// The child is reaped by `wait4`, which std does not know about.
#[allow(clippy::zombie_processes)]
fn run(args: &[&std::ffi::OsStr], cache: &Path, out: &Path) -> Cost {
    let stdout = std::fs::File::create(out).expect("output file");
    let start = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_dateline"))
        .args(args)
        .env("DATELINE_CACHE_DIR", cache)
        .env("DATELINE_DATA_DIR", cache.join("data"))
        .env("DATELINE_CONFIG_DIR", cache.join("config"))
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn dateline");
    let mut status = 0;
    // SAFETY: `usage` is a plain C struct that wait4 fills in; the pid is
    // our own child, reaped here exactly once.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    let wall = start.elapsed();
    assert_eq!(pid, child.id() as libc::pid_t, "wait4 failed");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "dateline {args:?} failed with status {status}"
    );
    Cost {
        wall,
        cpu: timeval(usage.ru_utime) + timeval(usage.ru_stime),
        peak: usage.ru_maxrss as u64 * 1024,
    }
}

/// This process's CPU time so far and its peak resident set.
fn self_usage() -> (Duration, u64) {
    // SAFETY: as in `run`; RUSAGE_SELF only reads this process's counters.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    (
        timeval(usage.ru_utime) + timeval(usage.ru_stime),
        usage.ru_maxrss as u64 * 1024,
    )
}

/// The baseline: read every file of the archive and keep it in memory.
/// Peak memory is the bytes read (this process's own peak includes the
/// bench itself).
fn plain_read(root: &Path) -> (Cost, u64, usize) {
    let mut paths = Vec::new();
    archive::files(root, &mut paths);
    let (cpu0, _) = self_usage();
    let start = Instant::now();
    let texts: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).expect("read story file"))
        .collect();
    let wall = start.elapsed();
    let (cpu1, _) = self_usage();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let cost = Cost {
        wall,
        cpu: cpu1.saturating_sub(cpu0),
        peak: bytes,
    };
    (cost, bytes, paths.len())
}

/// The app in a pseudo-terminal on `root`, its directories under `data`:
/// time to the first screen and to the panes, then quit.
fn first_frame(root: &Path, data: &Path) -> (Duration, Duration) {
    #[derive(Default)]
    struct Seen {
        first: Option<Duration>,
        panes: Option<Duration>,
    }
    let seen = Arc::new(Mutex::new(Seen::default()));
    let sink = seen.clone();
    // The pseudo-terminal's child starts in the home directory.
    let root = root.canonicalize().expect("the archive exists");
    let start = Instant::now();
    let args = [root.as_os_str()];
    let mut session = pty_support::Session::start_with(data, &args, 140, 40, &[], move |screen| {
        let mut s = sink.lock().unwrap();
        let at = start.elapsed();
        if s.first.is_none() && !screen.trim().is_empty() {
            s.first = Some(at);
        }
        if s.panes.is_none() && screen.contains("3 Timeline") {
            s.panes = Some(at);
        }
    });
    session.timeout = Duration::from_secs(1800);
    session.wait_until("the panes", |_| seen.lock().unwrap().panes.is_some());
    session.send(b"q");
    session.wait_exit();
    let s = seen.lock().unwrap();
    (
        s.first.expect("a first screen"),
        s.panes.expect("the panes"),
    )
}

fn secs(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        format!("{:.0} ms", d.as_secs_f64() * 1000.0)
    } else {
        format!("{:.2} s", d.as_secs_f64())
    }
}

fn mib(bytes: u64) -> String {
    format!("{:.0} MiB", bytes as f64 / (1024.0 * 1024.0))
}

fn digest(path: &Path) -> blake3::Hash {
    blake3::hash(&std::fs::read(path).expect("read output"))
}

fn main() {
    let generated = tempfile::tempdir().expect("tempdir");
    let archives = archive::archives("DATELINE_SCALE_ARCHIVES", generated.path());
    let with_app = std::env::var("DATELINE_SCALE_APP").as_deref() != Ok("0");
    println!(
        "| archive | files | text | plain read | cold: wall · cores · peak | cached: wall · cores · peak | cached / cold | cold / plain read | first frame · panes (cold) | first frame · panes (cached) |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    for root in &archives {
        let work = tempfile::tempdir().expect("tempdir");
        let (plain, bytes, files) = plain_read(root);
        let args = [
            std::ffi::OsStr::new("timeline"),
            std::ffi::OsStr::new("--json"),
            root.as_os_str(),
        ];
        let cache = work.path().join("cli");
        let cold_out = work.path().join("cold.json");
        let warm_out = work.path().join("cached.json");
        let cold = run(&args, &cache, &cold_out);
        let cached = run(&args, &cache, &warm_out);
        assert_eq!(
            digest(&cold_out),
            digest(&warm_out),
            "the cached run printed something else than the cold run on {}",
            root.display()
        );
        let app = if with_app {
            let data = work.path().join("app");
            let (cold_first, cold_panes) = first_frame(root, &data);
            let (warm_first, warm_panes) = first_frame(root, &data);
            (
                format!("{} · {}", secs(cold_first), secs(cold_panes)),
                format!("{} · {}", secs(warm_first), secs(warm_panes)),
            )
        } else {
            ("—".to_string(), "—".to_string())
        };
        let name = archive::name(root);
        println!(
            "| {name} | {files} | {} | {} | {} · {:.2} · {} | {} · {:.2} · {} | {:.1}% · {:.1}% CPU | {:.0}× | {} | {} |",
            mib(bytes),
            secs(plain.wall),
            secs(cold.wall),
            cold.cores(),
            mib(cold.peak),
            secs(cached.wall),
            cached.cores(),
            mib(cached.peak),
            100.0 * cached.wall.as_secs_f64() / cold.wall.as_secs_f64(),
            100.0 * cached.cpu.as_secs_f64() / cold.cpu.as_secs_f64().max(1e-9),
            cold.wall.as_secs_f64() / plain.wall.as_secs_f64().max(1e-9),
            app.0,
            app.1,
        );
    }
}
