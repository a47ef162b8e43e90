//! `dateline cache`: where the extraction cache is and how big, and the
//! steps of extracting an archive elsewhere: `cache pending` lists the
//! stories still to analyse as `extract --batch` input, any number of
//! machines run `extract --batch` over it, and `cache import` files their
//! answers, so the next run on the archive reads every story from the cache.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Subcommand};
use serde::{Deserialize, Serialize};

use super::Sources;
use super::extract::CacheEntry;
use crate::store::cache::{self, Cache, EXTRACTOR_VERSION, Key};
use crate::store::snapshot::{self, Snapshots};

#[derive(Debug, Args)]
pub struct CacheArgs {
    #[command(subcommand)]
    pub action: Option<CacheAction>,
    /// Print the summary as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum CacheAction {
    /// Print, as `extract --batch` input lines, the stories whose extraction
    /// is not cached yet (every story with --all).
    Pending(PendingArgs),
    /// File the output of `extract --batch` (computed here or on other
    /// machines) in the cache; `-` reads standard input.
    Import(ImportArgs),
    /// Delete the cache file and the kept indexes.
    Clear,
}

#[derive(Debug, Args)]
pub struct PendingArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// List every story, cached or not.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// JSON Lines written by `dateline extract --batch`.
    #[arg(value_name = "FILE.jsonl", required = true)]
    pub files: Vec<PathBuf>,
}

pub fn run(args: CacheArgs) -> anyhow::Result<ExitCode> {
    match args.action {
        None => info(args.json),
        Some(CacheAction::Pending(p)) => super::stories::quiet_broken_pipe(pending(p)),
        Some(CacheAction::Import(i)) => import(&i.files),
        Some(CacheAction::Clear) => clear(),
    }
}

/// The directory the cache lives in, or why there is none.
fn cache_dir() -> anyhow::Result<PathBuf> {
    use crate::store::dirs::{Kind, dir};
    dir(Kind::Cache)
        .ok_or_else(|| anyhow::anyhow!("no cache directory: set {} or HOME", Kind::Cache.env_var()))
}

fn print_warnings(cache: &Cache) {
    for w in cache.take_warnings() {
        super::print_error(&format!("dateline: warning: {w}"));
    }
}

#[derive(Debug, Serialize)]
struct InfoJson {
    dir: PathBuf,
    #[serde(flatten)]
    info: Option<cache::Info>,
    extractor: &'static str,
    /// Whole indexes kept for the archives last opened.
    indexes: IndexesJson,
}

#[derive(Debug, Serialize)]
struct IndexesJson {
    dir: PathBuf,
    count: u64,
    bytes: u64,
    indexer: &'static str,
}

fn info(json: bool) -> anyhow::Result<ExitCode> {
    let dir = cache_dir()?;
    let file = dir.join(cache::FILE_NAME);
    // Reporting on a cache must not create one.
    let info = if file.exists() {
        let cache = Cache::open(&dir);
        print_warnings(&cache);
        cache.info()
    } else {
        None
    };
    let (count, bytes) = snapshot::info(&dir);
    let indexes = IndexesJson {
        dir: Snapshots::open(&dir)
            .dir()
            .map(PathBuf::from)
            .unwrap_or_default(),
        count,
        bytes,
        indexer: snapshot::INDEXER_VERSION,
    };
    if json {
        super::print_json(&InfoJson {
            dir,
            info,
            extractor: EXTRACTOR_VERSION,
            indexes,
        })?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut out = super::stdout_buffer();
    writeln!(out, "directory  {}", dir.display())?;
    match info {
        Some(i) => {
            writeln!(out, "file       {}", i.file.display())?;
            writeln!(out, "entries    {}", i.entries)?;
            if i.other_versions > 0 {
                writeln!(
                    out,
                    "stale      {} from other builds (dropped at the next write)",
                    i.other_versions
                )?;
            }
            writeln!(out, "size       {}", human_bytes(i.bytes))?;
        }
        None => writeln!(out, "file       none yet")?,
    }
    writeln!(out, "extractor  {EXTRACTOR_VERSION}")?;
    writeln!(
        out,
        "indexes    {} kept ({}, the newest {} archives opened) in {}",
        indexes.count,
        human_bytes(indexes.bytes),
        snapshot::KEEP,
        indexes.dir.display()
    )?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if n < 1024 {
        return format!("{n} B");
    }
    let mut v = n as f64 / 1024.0;
    let mut unit = 0;
    while v >= 1024.0 && unit + 1 < UNITS.len() {
        v /= 1024.0;
        unit += 1;
    }
    format!("{v:.1} {}", UNITS[unit])
}

fn clear() -> anyhow::Result<ExitCode> {
    let dir = cache_dir()?;
    let path = dir.join(cache::FILE_NAME);
    if cache::clear(&dir).map_err(|e| anyhow::anyhow!("cannot remove {}: {e}", path.display()))? {
        println!("removed {}", path.display());
    } else {
        println!("no cache at {}", path.display());
    }
    let indexes = snapshot::clear(&dir).map_err(|e| {
        anyhow::anyhow!(
            "cannot remove the index snapshots in {}: {e}",
            dir.display()
        )
    })?;
    if indexes > 0 {
        println!("removed {indexes} index snapshot(s)");
    }
    Ok(ExitCode::SUCCESS)
}

/// One line of `extract --batch` input.
#[derive(Debug, Serialize)]
struct BatchLine<'a> {
    id: &'a str,
    text: &'a str,
    date: Option<String>,
}

fn pending(args: PendingArgs) -> anyhow::Result<ExitCode> {
    let corpus = args.sources.load();
    super::timeline::report_load_problems(&corpus)?;
    let cache = if args.all {
        Cache::disabled()
    } else {
        super::open_cache()
    };
    print_warnings(&cache);
    let mut out = super::stdout_buffer();
    for story in &corpus.stories {
        let text = story.text().text;
        let date = story.date();
        if cache.is_enabled() && cache.contains(&Key::new(&text, date)) {
            continue;
        }
        let line = BatchLine {
            id: &story.id.0,
            text: &text,
            date: date.map(|d| d.format("%Y-%m-%d").to_string()),
        };
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The fields of an `extract --batch` line that `cache import` reads.
#[derive(Debug, Deserialize)]
struct ImportLine {
    #[serde(flatten)]
    entry: CacheEntry,
}

/// How many lines are filed per transaction.
const IMPORT_CHUNK: usize = 5_000;

fn import(files: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let cache = super::open_cache();
    if !cache.is_enabled() {
        print_warnings(&cache);
        anyhow::bail!("the cache is off (--no-cache, or it cannot be opened): nothing imported");
    }
    let mut imported = 0usize;
    let mut skipped = 0usize;
    for file in files {
        let (name, reader): (PathBuf, Box<dyn BufRead>) = if file.as_os_str() == "-" {
            (
                PathBuf::from("standard input"),
                Box::new(std::io::stdin().lock()),
            )
        } else {
            match std::fs::File::open(file) {
                Ok(f) => (file.clone(), Box::new(std::io::BufReader::new(f))),
                Err(e) => {
                    super::print_error(&format!("{}: error: {e}", file.display()));
                    skipped += 1;
                    continue;
                }
            }
        };
        let (n, bad) = import_lines(&cache, &name, reader);
        imported += n;
        skipped += bad;
    }
    print_warnings(&cache);
    eprintln!(
        "dateline: imported {imported} cache entr{}{}",
        if imported == 1 { "y" } else { "ies" },
        if skipped > 0 {
            format!(", skipped {skipped} line(s)")
        } else {
            String::new()
        }
    );
    Ok(ExitCode::SUCCESS)
}

/// File every good line of `reader` in `cache`; a bad line is a
/// `path:line: warning:` on stderr. Returns (imported, skipped).
fn import_lines(cache: &Cache, path: &Path, reader: impl BufRead) -> (usize, usize) {
    let mut imported = 0;
    let mut skipped = 0;
    let mut waiting = 0;
    let warn = |line_no: usize, message: &str| {
        super::print_error(&format!("{}:{line_no}: warning: {message}", path.display()));
    };
    for (i, line) in reader.split(b'\n').enumerate() {
        let line_no = i + 1;
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                warn(line_no, &e.to_string());
                skipped += 1;
                break;
            }
        };
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let entry = match serde_json::from_slice::<ImportLine>(&line) {
            Ok(l) => l.entry,
            Err(e) => {
                warn(
                    line_no,
                    &format!("not a line of `dateline extract --batch` output: {e}"),
                );
                skipped += 1;
                continue;
            }
        };
        if entry.extractor != EXTRACTOR_VERSION {
            warn(
                line_no,
                &format!(
                    "computed by extractor {}, this build is {EXTRACTOR_VERSION}: not imported",
                    entry.extractor
                ),
            );
            skipped += 1;
            continue;
        }
        let Some(key) = Key::from_hex(&entry.hash) else {
            warn(line_no, &format!("bad hash `{}`", entry.hash));
            skipped += 1;
            continue;
        };
        cache.put(key, cache::encode(&entry.extraction, None));
        waiting += 1;
        if waiting == IMPORT_CHUNK {
            imported += cache.flush();
            waiting = 0;
        }
    }
    imported += cache.flush();
    (imported, skipped)
}
