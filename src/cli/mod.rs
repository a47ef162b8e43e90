//! The command line: `dateline [PATH]...` opens the app; the subcommands are
//! its non-interactive twins, each with `--json` for pipelines.

mod check;
mod entities;
mod extract;
mod progress;
mod search;
mod stories;
#[cfg(test)]
mod threads;
mod timeline;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::index::{Index, StoryExtraction};
use crate::ingest;
use crate::ingest::sanitize::escape_invisible;
use crate::model::{Corpus, Diagnostic, EntityKind, UnknownKind};

/// Read news like an analyst: articles, the timeline of dates inside them,
/// and the people and organisations they mention.
///
/// With no PATH, dateline opens the sample stories built into it.
#[derive(Debug, Parser)]
#[command(name = "dateline", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Story files or directories (JSON, Markdown, plain text, RSS, Atom).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How many threads read and analyse the stories (default: one per
    /// core, or RAYON_NUM_THREADS). The output is the same whatever the
    /// number.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the stories: date, source, title and id.
    Stories(stories::StoriesArgs),
    /// Load the stories and report every problem found in the files.
    Check(check::CheckArgs),
    /// The dated events found in the stories, in chronological order.
    Timeline(timeline::TimelineArgs),
    /// The people, organisations and places in the stories, most mentioned first.
    Entities(entities::EntitiesArgs),
    /// Fuzzy-search people, organisations and places by name.
    Search(search::SearchArgs),
    /// Tag dates and names in one raw text (or JSON Lines with --batch).
    Extract(extract::ExtractArgs),
}

/// The story paths shared by the commands that read a corpus.
#[derive(Debug, Args)]
pub struct Sources {
    /// Story files or directories; with none, the built-in sample stories.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
}

impl Sources {
    pub fn load(&self) -> Corpus {
        self.load_counted().corpus
    }

    /// [`Sources::load`], also counting the files read; the files read
    /// show on stderr while it runs, when stderr is a terminal.
    pub fn load_counted(&self) -> ingest::Loaded {
        progress::Shown::on_stderr().load(&self.paths)
    }

    /// Load the stories, report their problems on stderr and index them:
    /// the one way every listing command gets its index. How far it has
    /// got shows on stderr, when stderr is a terminal.
    pub fn index(&self) -> anyhow::Result<Index> {
        let shown = progress::Shown::on_stderr();
        let corpus = shown.load(&self.paths).corpus;
        timeline::report_load_problems(&corpus)?;
        Ok(shown.index(corpus))
    }
}

/// The corpus under `paths`, or the sample stories when there are none.
pub fn load_paths(paths: &[PathBuf]) -> Corpus {
    if paths.is_empty() {
        ingest::load_sample()
    } else {
        ingest::load(paths)
    }
}

/// Index a loaded corpus for a command or the app.
pub fn build_index(corpus: Corpus) -> Index {
    build_index_observed(corpus, &|| {})
}

/// [`build_index`], calling `analysed` once per story as its extraction
/// is ready (from any thread): the one place the extraction is chosen.
pub fn build_index_observed(corpus: Corpus, analysed: &(dyn Fn() + Sync)) -> Index {
    Index::build_with(corpus, &StoryExtraction::of, analysed)
}

/// The app's whole load, reported to `progress` as it goes: the files under
/// `paths` (the sample stories with none) read, then analysed and indexed
/// as [`build_index`] does.
pub fn load_and_index(paths: &[PathBuf], progress: &crate::progress::Progress) -> Index {
    let corpus = if paths.is_empty() {
        let loaded = ingest::load_sample_counted();
        progress.files_found(loaded.files);
        progress.files_read(loaded.files);
        loaded.corpus
    } else {
        ingest::load_observed(paths, &mut |done, total| {
            if done == 0 {
                progress.files_found(total);
            }
            progress.files_read(done);
        })
        .corpus
    };
    progress.stories_found(corpus.stories.len());
    build_index_observed(corpus, &|| progress.story_analysed())
}

/// Parse a `--kind` value.
pub fn parse_kind(s: &str) -> Result<EntityKind, UnknownKind> {
    s.parse()
}

/// The binary's entry point: parse, run, report errors once.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // A reader that stops early (`dateline timeline --json | head -1`) is not an error:
        // end quietly with success, as other Unix tools do.
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // Errors quote file names and names typed by the user.
            print_error(&format!("dateline: {err:#}"));
            ExitCode::from(1)
        }
    }
}

/// Print one line on stderr with every control and invisible character
/// written visibly (`\u{1b}`): file names and parser messages quote bytes
/// from the files, and a terminal must show them, never act on them.
pub(crate) fn print_error(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{}", escape_invisible(line));
}

/// Print load problems on stderr, one escaped line each (see
/// [`print_error`]): every command reports them through here.
pub(crate) fn print_diagnostics(diagnostics: &[Diagnostic]) {
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    for d in diagnostics {
        let _ = writeln!(err, "{}", escape_invisible(&d.to_string()));
    }
}

/// Whether an error comes from writing to a stdout whose reader has gone away.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind)
            .or_else(|| {
                cause
                    .downcast_ref::<serde_json::Error>()
                    .and_then(serde_json::Error::io_error_kind)
            });
        kind == Some(std::io::ErrorKind::BrokenPipe)
    })
}

pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global()?;
    }
    match cli.command {
        None => {
            if std::env::var_os("TERM").is_some_and(|t| t == "dumb") {
                anyhow::bail!(
                    "the full-screen app needs a terminal that can move the cursor, and TERM=dumb \
                     cannot; use the commands instead: `dateline stories`, `dateline timeline`, \
                     `dateline entities`, `dateline search QUERY` (see `dateline --help`)"
                );
            }
            let paths = cli.paths;
            crate::tui::run_loading(move |progress| load_and_index(&paths, progress))
        }
        Some(Command::Stories(args)) => stories::run(args),
        Some(Command::Check(args)) => check::run(args),
        Some(Command::Timeline(args)) => timeline::run(args),
        Some(Command::Entities(args)) => entities::run(args),
        Some(Command::Search(args)) => search::run(args),
        Some(Command::Extract(args)) => extract::run(args),
    }
}

/// Write `value` as pretty JSON followed by a newline.
pub fn print_json<T: serde::Serialize>(value: &T) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = stdout_buffer();
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// Standard output for a listing: one buffer over the locked stream, so a
/// long listing costs a few large writes instead of one per line. Flush it
/// at the end: a write error (a reader gone away) surfaces there, while
/// dropping the buffer would lose it.
pub(crate) fn stdout_buffer() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock())
}
