//! Progress of a long command on stderr: files read, stories analysed,
//! then a spinner while the index is built. Only when stderr is a
//! terminal: a pipe or a file gets nothing extra, so scripts and tests
//! see exactly the diagnostics they saw before.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::ingest::{self, Loaded};
use crate::progress::Observer;

/// The bar of the current step, or nothing when stderr is not a terminal.
pub(super) struct Shown {
    bar: Option<ProgressBar>,
    /// Stories to analyse, and analysed so far.
    stories: AtomicUsize,
    analysed: AtomicUsize,
}

impl Shown {
    /// A progress display on stderr when it is a terminal.
    pub(super) fn on_stderr() -> Self {
        Self {
            bar: std::io::stderr().is_terminal().then(ProgressBar::hidden),
            stories: AtomicUsize::new(0),
            analysed: AtomicUsize::new(0),
        }
    }

    /// Start a counted step: `what` (`reading`, `analysing`) of `total` `unit`s.
    fn step(&self, what: &str, unit: &str, total: usize) {
        let Some(bar) = &self.bar else { return };
        // The previous step's bar was finished when it was cleared, and a
        // finished bar never draws again: start it afresh.
        bar.reset();
        let style = ProgressStyle::with_template(&format!(
            "{{msg:>10}} {{bar:40}} {{pos}}/{{len}} {unit} {{elapsed}}"
        ))
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("█▉▊▋▌▍▎▏ ");
        bar.set_style(style);
        bar.set_message(what.to_string());
        bar.set_length(total as u64);
        bar.set_position(0);
        bar.set_draw_target(ProgressDrawTarget::stderr());
    }

    fn position(&self, done: usize) {
        if let Some(bar) = &self.bar {
            bar.set_position(done as u64);
        }
    }

    /// The step with no count: the index build.
    fn spinner(&self, what: &str) {
        let Some(bar) = &self.bar else { return };
        let style = ProgressStyle::with_template("{spinner} {msg} {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
        bar.set_message(what.to_string());
        bar.enable_steady_tick(Duration::from_millis(120));
    }

    /// Take the bar off the screen, before anything else is printed.
    pub(super) fn clear(&self) {
        if let Some(bar) = &self.bar {
            bar.disable_steady_tick();
            bar.finish_and_clear();
            bar.set_draw_target(ProgressDrawTarget::hidden());
        }
    }

    /// Load `paths` (the samples with none), showing the files read.
    pub(super) fn load(&self, paths: &[PathBuf]) -> Loaded {
        let loaded = ingest::load_or_sample(paths, &mut |done, total| {
            if done == 0 {
                Observer::files_found(self, total);
            } else {
                Observer::files_read(self, done);
            }
        });
        self.clear();
        loaded
    }
}

/// The files read, the stories analysed, then a spinner while the index is
/// built.
impl Observer for Shown {
    fn files_found(&self, total: usize) {
        self.step("reading", "files", total);
    }

    fn files_read(&self, done: usize) {
        self.position(done);
    }

    fn stories_found(&self, total: usize) {
        self.stories.store(total, Ordering::Relaxed);
        self.analysed.store(0, Ordering::Relaxed);
        self.step("analysing", "stories", total);
        if total == 0 {
            self.spinner("indexing…");
        }
    }

    fn story_analysed(&self) {
        let n = self.analysed.fetch_add(1, Ordering::Relaxed) + 1;
        self.position(n);
        if n == self.stories.load(Ordering::Relaxed) {
            self.spinner("indexing…");
        }
    }
}

impl Drop for Shown {
    fn drop(&mut self) {
        self.clear();
    }
}
