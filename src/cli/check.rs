use std::process::ExitCode;

use clap::Args;

use super::Sources;
use crate::ingest;
use crate::model::Severity;

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub sources: Sources,
}

/// Print every load problem as `path:line:col: error|warning: message`,
/// then a summary; exit 1 when there are errors.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    super::stories::quiet_broken_pipe(write(args))
}

fn write(args: CheckArgs) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let loaded = if args.sources.paths.is_empty() {
        ingest::load_sample_counted()
    } else {
        ingest::load_counted(&args.sources.paths)
    };
    let corpus = &loaded.corpus;
    let mut out = std::io::stdout().lock();
    for d in &corpus.diagnostics {
        writeln!(out, "{d}")?;
    }
    let errors = corpus.error_count();
    let warnings = corpus
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    writeln!(
        out,
        "{}, {}, {}, {}",
        plural(loaded.files, "file"),
        plural(corpus.stories.len(), "story"),
        plural(errors, "error"),
        plural(warnings, "warning")
    )?;
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn plural(n: usize, word: &str) -> String {
    match (n, word) {
        (1, _) => format!("1 {word}"),
        (_, "story") => format!("{n} stories"),
        _ => format!("{n} {word}s"),
    }
}
