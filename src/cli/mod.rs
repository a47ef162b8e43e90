//! The command line: `dateline [PATH]...` opens the app; the subcommands are
//! its non-interactive twins, each with `--json` for pipelines.

mod cache;
mod check;
mod completions;
mod config;
mod correct;
mod entities;
mod export;
mod extract;
mod filter_args;
mod progress;
mod search;
mod stories;
#[cfg(test)]
mod threads;
mod timeline;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::index::Index;
use crate::ingest;
use crate::ingest::sanitize::escape_invisible;
use crate::model::{Corpus, Diagnostic, EntityKind, UnknownKind};
use crate::progress::Observer;
use crate::store::snapshot::{SnapshotKey, Snapshots};
use crate::store::workspace::{self, Workspace};

/// Read news like an analyst: articles, the timeline of dates inside them,
/// and the people and organisations they mention.
///
/// With no PATH, dateline opens the sample stories built into it.
#[derive(Debug, Parser)]
#[command(name = "dateline", version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Story files or directories (JSON, Markdown, plain text, RSS, Atom,
    /// saved HTML pages).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How many threads read and analyse the stories (default: one per
    /// core, or RAYON_NUM_THREADS). The output is the same whatever the
    /// number.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Neither read nor write the extraction cache: analyse every story
    /// afresh (the output is the same either way).
    #[arg(long, global = true)]
    pub no_cache: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the stories: date, source, title and id.
    #[command(after_help = "Example:\n  dateline stories ~/news --json")]
    Stories(stories::StoriesArgs),
    /// Load the stories and report every problem found in the files.
    #[command(after_help = "Example:\n  dateline check ~/news")]
    Check(check::CheckArgs),
    /// The dated events found in the stories, in chronological order.
    #[command(
        after_help = "Example:\n  dateline timeline ~/news --from 2014-08 --to 2014-12 --entity Obama"
    )]
    Timeline(timeline::TimelineArgs),
    /// The people, organisations and places in the stories, most mentioned first.
    #[command(after_help = "Example:\n  dateline entities ~/news --kind organisation")]
    Entities(entities::EntitiesArgs),
    /// Fuzzy-search people, organisations and places by name.
    #[command(after_help = "Example:\n  dateline search khamenei ~/news --limit 5")]
    Search(search::SearchArgs),
    /// Tag dates and names in one raw text (or JSON Lines with --batch).
    #[command(
        after_help = "Example:\n  echo \"Talks resume on Nov. 24.\" | dateline extract --date 2014-11-06"
    )]
    Extract(extract::ExtractArgs),
    /// Write the events the timeline lists as CSV, iCalendar, TimelineJS or Markdown.
    #[command(after_help = "Example:\n  dateline export ~/news --format ics -o events.ics")]
    Export(export::ExportArgs),
    /// Set an event's date by hand (or clear it): the timeline then sorts,
    /// groups and exports by the corrected date.
    #[command(after_help = "Example:\n  dateline correct 'harbour-wall#412' 2031-06-16 ~/news")]
    Correct(correct::CorrectArgs),
    /// The config file: its path, the default, or a check of it.
    #[command(
        after_help = "Example:\n  dateline config --default > ~/.config/dateline/config.toml"
    )]
    Config(config::ConfigArgs),
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell).
    #[command(after_help = "Example:\n  dateline completions zsh > ~/.zfunc/_dateline")]
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff) on standard output.
    #[command(after_help = "Example:\n  dateline man | man -l -")]
    Man(completions::ManArgs),
    /// The extraction cache: where it is and how big (see its subcommands).
    #[command(after_help = "Example:\n  dateline cache pending ~/news > todo.jsonl")]
    Cache(cache::CacheArgs),
}

/// An index a command holds until the process ends, never freed: freeing
/// it piece by piece on the way out (millions of small allocations at
/// 10,000 stories) costs a tenth of a cached run, and the exit returns its
/// memory at once. Only plain data is held this way: nothing in an index
/// waits for its drop to be written.
pub type Kept<T> = std::mem::ManuallyDrop<T>;

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
    pub fn index(&self) -> anyhow::Result<Kept<Index>> {
        self.index_with_workspace().map(|(index, _)| index)
    }

    /// [`Sources::index`] with the analyst's workspace: its corrections
    /// laid over the index, and the workspace itself (stars, notes, when
    /// each correction was made). A workspace that cannot be read is a
    /// warning on stderr; the stories are listed without it.
    pub fn index_with_workspace(&self) -> anyhow::Result<(Kept<Index>, Workspace)> {
        let (index, ws) = with_workspace(self.index_alone()?);
        Ok((Kept::new(index), ws))
    }

    /// [`Sources::index`] without the workspace: the stories as the
    /// extractors read them.
    pub fn index_alone(&self) -> anyhow::Result<Index> {
        let shown = progress::Shown::on_stderr();
        let (index, warnings) = index_paths(&self.paths, &shown);
        // The bar goes first, so nothing is drawn over what follows.
        shown.clear();
        timeline::report_load_problems(index.corpus())?;
        warnings.print();
        Ok(index)
    }
}

/// Read the workspace and lay its corrections over `index`; a workspace
/// that cannot be read is reported on stderr and left out.
pub fn with_workspace(index: Index) -> (Index, Workspace) {
    match crate::store::db::load_default() {
        Ok(ws) => {
            let (index, _stale) = workspace::apply_corrections(index, &ws);
            (index, ws)
        }
        Err(err) => {
            print_error(&format!(
                "dateline: warning: {err}; showing the stories without corrections, stars or notes"
            ));
            (index, Workspace::default())
        }
    }
}

/// Index a loaded corpus for a command or the app, each story's extraction
/// read from the cache when it holds it (unless `--no-cache`) and the new
/// ones written back; cache problems are warnings on stderr.
pub fn build_index(corpus: Corpus) -> Index {
    build_index_with(corpus, &|| {})
}

/// [`build_index`] with `analysed` called once per story as its extraction
/// is ready (from the cache or the extractors), from any thread.
pub fn build_index_with(corpus: Corpus, analysed: &(dyn Fn() + Sync)) -> Index {
    let (index, warnings) = index_cached(corpus, analysed);
    warnings.print();
    index
}

/// What indexing through the cache left to say: its warnings, and the
/// cache file they are about (none with `--no-cache`).
struct CacheWarnings {
    path: Option<PathBuf>,
    warnings: Vec<String>,
}

/// [`build_index_with`], handing back the cache's warnings instead of
/// printing them, for a caller that has the terminal (a progress bar, the
/// app) and must show them its own way.
fn index_cached(corpus: Corpus, analysed: &(dyn Fn() + Sync)) -> (Index, CacheWarnings) {
    let cache = open_cache();
    let extractions = Index::extract_all(&corpus.stories, &|story| cache.extract(story), analysed);
    // New entries are written while the index is built from them.
    let (index, _written) = rayon::join(
        || Index::from_extractions(corpus, extractions),
        || cache.flush(),
    );
    let warnings = CacheWarnings {
        path: cache.path().map(PathBuf::from),
        warnings: cache.take_warnings(),
    };
    (index, warnings)
}

impl CacheWarnings {
    fn print(&self) {
        for w in &self.warnings {
            print_error(&format!("dateline: warning: {w}"));
        }
    }

    /// The warnings as load problems, on the cache file (its name said
    /// once, not again at the start of the message).
    fn into_diagnostics(self) -> Vec<Diagnostic> {
        let path = self.path.unwrap_or_default();
        let prefix = format!("{}: ", path.display());
        self.warnings
            .into_iter()
            .map(|w| {
                let message = w.strip_prefix(&prefix).unwrap_or(&w).to_string();
                Diagnostic::warning(path.clone(), message)
            })
            .collect()
    }
}

/// The app's whole load, reported to `progress` as it goes: the files under
/// `paths` (the sample stories with none) read, then analysed and indexed
/// as [`build_index`] does. The app has the terminal by then, so cache
/// warnings join the load problems (the problems popup) instead of stderr.
pub fn load_and_index(paths: &[PathBuf], progress: &crate::progress::Progress) -> Index {
    let (mut index, warnings) = index_paths(paths, progress);
    for d in warnings.into_diagnostics() {
        index.push_diagnostic(d);
    }
    index
}

/// The index of the stories under `paths` (the sample stories with none):
/// how the listing commands and the app get theirs. With the cache on, an
/// index kept for exactly these files under this build is read back (see
/// [`crate::store::snapshot`]); otherwise the stories are loaded, indexed
/// through the extraction cache, and the index kept for next time. `seen`
/// is told how far it has got. Load problems are in the index's corpus;
/// the cache's warnings come back for the caller to show its own way.
fn index_paths(paths: &[PathBuf], seen: &dyn Observer) -> (Index, CacheWarnings) {
    let snapshots = open_snapshots();
    let mut early = Vec::new();
    let reading = &mut |done: usize, total: usize| {
        if done == 0 {
            seen.files_found(total);
        }
        seen.files_read(done);
    };
    // With a snapshot noted for these paths, it is read while the files
    // are fingerprinted: unchanged files, the usual case, then cost the
    // longer of the two instead of both. Without one, the files are
    // fingerprinted as they load (read once, not twice), and a snapshot of
    // them made under other paths is looked up then.
    let guess = snapshots.last_for(paths);
    let (key, found, loaded) = match guess {
        Some(guessed) => {
            let kept = &snapshots;
            let (input, ahead) = std::thread::scope(|s| {
                let ahead = s.spawn(move || kept.get(&guessed));
                let input = ingest::fingerprint_observed(paths, reading);
                (input, ahead.join().ok())
            });
            let key = SnapshotKey::new(&input);
            let found = match ahead {
                Some(found) if guessed == key => found,
                // Read for other input: the files changed since.
                _ => snapshots.get(&key),
            };
            (key, found, None)
        }
        None => {
            let loaded = ingest::load_or_sample(paths, reading);
            let key = SnapshotKey::new(&loaded.fingerprint);
            (key, snapshots.get(&key), Some(loaded))
        }
    };
    match found {
        Ok(Some(index)) => {
            // These paths now name it; its stories are all there at once.
            if guess != Some(key) {
                snapshots.note_last(paths, &key);
            }
            let stories = index.stories().len();
            seen.stories_found(stories);
            (0..stories).for_each(|_| seen.story_analysed());
            let warnings = CacheWarnings {
                path: snapshots.dir().map(PathBuf::from),
                warnings: early,
            };
            return (index, warnings);
        }
        Ok(None) => {}
        Err(warning) => early.push(warning),
    }
    let loaded = loaded.unwrap_or_else(|| ingest::load_or_sample(paths, reading));
    let key = SnapshotKey::new(&loaded.fingerprint);
    seen.stories_found(loaded.corpus.stories.len());
    let (index, mut warnings) = index_cached(loaded.corpus, &|| seen.story_analysed());
    match snapshots.put(&key, &index) {
        Ok(()) => snapshots.note_last(paths, &key),
        Err(warning) => early.push(warning),
    }
    early.append(&mut warnings.warnings);
    warnings.warnings = early;
    (index, warnings)
}

/// Where this run keeps index snapshots: beside the extraction cache, or
/// nowhere with `--no-cache` or without a cache directory.
fn open_snapshots() -> Snapshots {
    if NO_CACHE.load(std::sync::atomic::Ordering::Relaxed) {
        return Snapshots::disabled();
    }
    // A cache directory that cannot be made is the extraction cache's
    // warning already: snapshots are then off without a second one.
    match crate::store::dirs::dir(crate::store::dirs::Kind::Cache) {
        Some(dir) => {
            let snapshots = Snapshots::open(&dir);
            match snapshots.dir().map(std::fs::create_dir_all) {
                Some(Ok(())) => snapshots,
                _ => Snapshots::disabled(),
            }
        }
        None => Snapshots::disabled(),
    }
}

/// Set once by `--no-cache`.
static NO_CACHE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The extraction cache of this run: the user's, or none with `--no-cache`.
pub(crate) fn open_cache() -> crate::store::cache::Cache {
    use crate::store::cache::Cache;
    if NO_CACHE.load(std::sync::atomic::Ordering::Relaxed) {
        Cache::disabled()
    } else {
        Cache::open_default()
    }
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
    NO_CACHE.store(cli.no_cache, std::sync::atomic::Ordering::Relaxed);
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
        Some(Command::Export(args)) => export::run(args),
        Some(Command::Correct(args)) => correct::run(args),
        Some(Command::Config(args)) => config::run(args),
        Some(Command::Completions(args)) => completions::completions(args),
        Some(Command::Man(args)) => completions::man(args),
        Some(Command::Cache(args)) => cache::run(args),
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

/// Print `items` mapped by `map` (skipping `None`) as one pretty JSON
/// array, byte for byte what [`print_json`] prints for the mapped vector,
/// without holding it: the items are mapped and serialised in parallel, a
/// batch at a time, and written in order.
pub fn print_json_array<I: Sync, T: serde::Serialize>(
    items: &[I],
    map: impl Fn(&I) -> Option<T> + Sync,
) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = stdout_buffer();
    write_json_array(&mut out, items, map)?;
    out.flush()?;
    Ok(())
}

/// [`print_json_array`] into any writer.
fn write_json_array<I: Sync, T: serde::Serialize>(
    out: &mut impl std::io::Write,
    items: &[I],
    map: impl Fn(&I) -> Option<T> + Sync,
) -> anyhow::Result<()> {
    use rayon::prelude::*;
    /// Items serialised together on one thread, and per write.
    const CHUNK: usize = 256;
    const BATCH: usize = 64 * CHUNK;
    let mut first = true;
    for batch in items.chunks(BATCH) {
        let chunks: Vec<Vec<u8>> = batch
            .par_chunks(CHUNK)
            .map(|chunk| -> serde_json::Result<Vec<u8>> {
                // The chunk as an array of its own is its elements as the
                // whole array indents them, between "[\n" and "\n]".
                let mapped: Vec<T> = chunk.iter().filter_map(&map).collect();
                if mapped.is_empty() {
                    return Ok(Vec::new());
                }
                let mut buf = serde_json::to_vec_pretty(&mapped)?;
                buf.truncate(buf.len() - b"\n]".len());
                buf.drain(..b"[\n".len());
                Ok(buf)
            })
            .collect::<serde_json::Result<_>>()?;
        for chunk in chunks.iter().filter(|c| !c.is_empty()) {
            out.write_all(if first { b"[\n" } else { b",\n" })?;
            out.write_all(chunk)?;
            first = false;
        }
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
    Ok(())
}

/// Standard output for a listing: one buffer over the locked stream, so a
/// long listing costs a few large writes instead of one per line. Flush it
/// at the end: a write error (a reader gone away) surfaces there, while
/// dropping the buffer would lose it.
pub(crate) fn stdout_buffer() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_array_written_in_parallel_is_the_pretty_array() {
        #[derive(serde::Serialize)]
        struct Row {
            n: usize,
            text: String,
            nested: Vec<Option<usize>>,
        }
        let row = |&n: &usize| {
            (n % 3 != 0).then(|| Row {
                n,
                text: format!("line {n}\nwith \"quotes\""),
                nested: vec![Some(n), None],
            })
        };
        for len in [0, 1, 2, 3, 255, 256, 257, 20_000] {
            let items: Vec<usize> = (0..len).collect();
            let mut got = Vec::new();
            write_json_array(&mut got, &items, row).unwrap();
            let rows: Vec<Row> = items.iter().filter_map(row).collect();
            let mut want = serde_json::to_vec_pretty(&rows).unwrap();
            want.push(b'\n');
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap(),
                "{len}"
            );
        }
    }

    #[test]
    fn cache_warnings_in_the_app_are_problems_on_the_cache_file() {
        let path = PathBuf::from("/cache/extractions.sqlite3");
        let warnings = CacheWarnings {
            path: Some(path.clone()),
            warnings: vec![
                format!("{}: cannot read the cache (disk I/O error)", path.display()),
                "no cache directory (set DATELINE_CACHE_DIR or HOME)".to_string(),
            ],
        };
        let problems = warnings.into_diagnostics();
        assert_eq!(problems.len(), 2);
        assert!(problems.iter().all(|d| d.path == path));
        assert!(
            problems
                .iter()
                .all(|d| d.severity == crate::model::Severity::Warning)
        );
        assert_eq!(
            problems[0].message,
            "cannot read the cache (disk I/O error)"
        );
        assert_eq!(
            problems[1].message,
            "no cache directory (set DATELINE_CACHE_DIR or HOME)"
        );
    }
}
