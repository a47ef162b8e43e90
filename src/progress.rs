//! How far a load has got: counters the loading threads bump and anyone
//! may read at any moment (the app's loading screen on its tick, the CLI's
//! progress bar), and the plain [`LoadStatus`] snapshot they read.
//!
//! A load goes through four steps: looking for the files, reading them
//! (files done of total), analysing the stories (stories done of total),
//! then building the index, which has no finer count. Each step starts
//! when its total is set, so the step a snapshot is in follows from the
//! numbers alone.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Shared counters of one load. All methods take `&self`: share it by
/// reference or in an `Arc`.
#[derive(Debug, Default)]
pub struct Progress {
    files_total: AtomicUsize,
    files_done: AtomicUsize,
    files_known: AtomicBool,
    stories_total: AtomicUsize,
    stories_done: AtomicUsize,
    stories_known: AtomicBool,
}

/// What a load tells whoever shows how far it has got (the app's counters,
/// the CLI's bar); the unit type shows nothing.
pub trait Observer: Sync {
    /// The walk found `total` files to read.
    fn files_found(&self, total: usize);
    /// `done` of the files are read.
    fn files_read(&self, done: usize);
    /// The files held `total` stories, to be analysed now.
    fn stories_found(&self, total: usize);
    /// One more story is analysed (from any thread).
    fn story_analysed(&self);
}

impl Observer for () {
    fn files_found(&self, _: usize) {}
    fn files_read(&self, _: usize) {}
    fn stories_found(&self, _: usize) {}
    fn story_analysed(&self) {}
}

impl Observer for Progress {
    fn files_found(&self, total: usize) {
        Progress::files_found(self, total);
    }
    fn files_read(&self, done: usize) {
        Progress::files_read(self, done);
    }
    fn stories_found(&self, total: usize) {
        Progress::stories_found(self, total);
    }
    fn story_analysed(&self) {
        Progress::story_analysed(self);
    }
}

impl Progress {
    pub fn new() -> Self {
        Self::default()
    }

    /// The walk found `total` files to read.
    pub fn files_found(&self, total: usize) {
        self.files_total.store(total, Ordering::Relaxed);
        self.files_known.store(true, Ordering::Release);
    }

    /// `done` of the files are read and parsed.
    pub fn files_read(&self, done: usize) {
        self.files_done.store(done, Ordering::Relaxed);
    }

    /// The files held `total` stories, to be analysed now.
    pub fn stories_found(&self, total: usize) {
        self.stories_total.store(total, Ordering::Relaxed);
        self.stories_known.store(true, Ordering::Release);
    }

    /// One more story is analysed (from any thread).
    pub fn story_analysed(&self) {
        self.stories_done.fetch_add(1, Ordering::Relaxed);
    }

    /// What the counters say now.
    pub fn status(&self) -> LoadStatus {
        let files = self.files_known.load(Ordering::Acquire).then(|| {
            Count::new(
                self.files_done.load(Ordering::Relaxed),
                self.files_total.load(Ordering::Relaxed),
            )
        });
        let stories = self.stories_known.load(Ordering::Acquire).then(|| {
            Count::new(
                self.stories_done.load(Ordering::Relaxed),
                self.stories_total.load(Ordering::Relaxed),
            )
        });
        LoadStatus { files, stories }
    }
}

/// `done` of `total`, never more than `total`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Count {
    pub done: usize,
    pub total: usize,
}

impl Count {
    pub fn new(done: usize, total: usize) -> Self {
        Self {
            done: done.min(total),
            total,
        }
    }

    /// The share done, 0.0 to 1.0 (1.0 for nothing to do).
    pub fn ratio(self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.done.min(self.total) as f64 / self.total as f64
        }
    }

    pub fn is_complete(self) -> bool {
        self.done >= self.total
    }
}

/// The step a load is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Walking the directories: no total yet.
    Finding,
    Reading,
    Analysing,
    /// Every story analysed; the index is being built.
    Indexing,
}

/// A snapshot of a load's progress: plain data.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LoadStatus {
    /// Files read, once the walk has counted them.
    pub files: Option<Count>,
    /// Stories analysed, once the files are all read.
    pub stories: Option<Count>,
}

impl LoadStatus {
    pub fn step(&self) -> Step {
        match (self.files, self.stories) {
            (_, Some(s)) if s.is_complete() => Step::Indexing,
            (_, Some(_)) => Step::Analysing,
            (Some(_), None) => Step::Reading,
            (None, None) => Step::Finding,
        }
    }

    /// The share of the whole load done, 0.0 to 1.0, for one gauge:
    /// reading counts for a fifth, analysing for three fifths, and the
    /// index build for the rest (roughly their shares of the time).
    pub fn ratio(&self) -> f64 {
        const READ: f64 = 0.2;
        const ANALYSE: f64 = 0.6;
        match self.step() {
            Step::Finding => 0.0,
            Step::Reading => READ * self.files.map_or(0.0, Count::ratio),
            Step::Analysing => READ + ANALYSE * self.stories.map_or(0.0, Count::ratio),
            Step::Indexing => READ + ANALYSE,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_step_follows_from_the_counters() {
        let p = Progress::new();
        assert_eq!(p.status().step(), Step::Finding);
        assert_eq!(p.status().ratio(), 0.0);
        p.files_found(4);
        assert_eq!(p.status().step(), Step::Reading);
        assert_eq!(p.status().files, Some(Count::new(0, 4)));
        p.files_read(2);
        assert_eq!(p.status().ratio(), 0.1);
        p.files_read(4);
        p.stories_found(3);
        let s = p.status();
        assert_eq!(
            (s.step(), s.stories),
            (Step::Analysing, Some(Count::new(0, 3)))
        );
        for _ in 0..3 {
            p.story_analysed();
        }
        assert_eq!(p.status().step(), Step::Indexing);
        assert!((p.status().ratio() - 0.8).abs() < 1e-9);
    }

    #[test]
    fn an_empty_load_goes_straight_to_indexing() {
        let p = Progress::new();
        p.files_found(0);
        p.stories_found(0);
        assert_eq!(p.status().step(), Step::Indexing);
    }

    #[test]
    fn counts_never_pass_their_total() {
        assert_eq!(Count::new(7, 5).done, 5);
        assert_eq!(Count::new(0, 0).ratio(), 1.0);
        assert_eq!(Count::new(1, 4).ratio(), 0.25);
    }
}
