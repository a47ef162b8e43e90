//! dateline — read news the way an analyst does: the articles, the timeline of
//! dated events found in their text, and the people and organisations in them.
//!
//! The crate is one engine shared by the terminal app, the command-line
//! commands and the benchmarks:
//!
//! - [`model`]: plain data (stories, timexes, events, entities, mentions).
//! - [`ingest`]: files in (JSON, Markdown/text, RSS/Atom), diagnostics out.
//! - [`extract`]: pure text analysis (sentences, dates, names).
//! - [`index`]: the corpus index, the timeline and fuzzy search over names.
//! - [`text`]: measuring, cutting and wrapping text in terminal cells.
//! - [`union_find`]: disjoint sets, for relations closed over items.
//! - [`vocab`]: word lists more than one module reads (calendar words).
//! - [`export`]: the timeline written as CSV, iCalendar, TimelineJS or Markdown.
//! - [`progress`]: how far a load has got, for the app and the CLI.
//! - [`cli`]: the non-interactive commands.
//! - [`tui`]: the terminal app, the only module that knows ratatui/crossterm.

pub mod cli;
pub mod export;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod model;
pub mod progress;
pub mod store;
pub mod text;
pub mod tui;
pub mod union_find;
pub mod vocab;
