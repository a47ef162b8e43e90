//! The terminal app. The only module that knows ratatui and crossterm.
//!
//! `app` holds the state as plain data, one struct per pane in `pane`;
//! `loading` is the app before its index is ready; `command` is the `:`
//! line; `layout` cuts the screen into rectangles and `wrap` the text into
//! lines, both asked by the state and the view alike; `keymap` turns input into
//! [`action::Action`]s, `update` applies them, `view` draws the state
//! without changing it, and `terminal` owns the loop, the terminal and the
//! threads around it; `outside` carries out what reaches beyond the screen
//! (export files, the browser, the clipboard).

pub mod action;
pub mod app;
pub mod command;
pub mod config;
pub mod density;
pub mod edit;
pub mod finder;
pub mod keymap;
pub mod layout;
pub mod loading;
pub mod marks;
pub mod outside;
pub mod pane;
pub mod people;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod wrap;

use crate::index::Index;
use crate::progress::Progress;

/// Open the app on `index`: the full-screen terminal app, restored on every
/// way out. Fails with a pointer to the CLI commands when standard output is
/// not a terminal; a terminating signal makes the status 128 + its number.
pub fn run(index: Index) -> anyhow::Result<std::process::ExitCode> {
    terminal::run(index)
}

/// Open the app at once and build its index with `load` on a thread of
/// its own, showing how far `load` has got (it reports to the
/// [`Progress`] it is given) until the index is ready.
pub fn run_loading(
    load: impl FnOnce(&Progress) -> Index + Send + 'static,
) -> anyhow::Result<std::process::ExitCode> {
    terminal::run_loading(load)
}
