//! The terminal app. The only module that knows ratatui and crossterm.

pub mod finder;

use crate::index::Index;

/// Open the app on `index`. Until the full-screen app lands this prints a
/// summary of what was loaded.
pub fn run(index: Index) -> anyhow::Result<()> {
    println!(
        "{} stories, {} events, {} entities, {} problems",
        index.corpus.stories.len(),
        index.events.len(),
        index.entities.len(),
        index.corpus.diagnostics.len()
    );
    Ok(())
}
