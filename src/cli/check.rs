use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::Sources;
use crate::ingest::sanitize;
use crate::model::{Diagnostic, Severity};

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// `check --json`: the counts and every diagnostic.
#[derive(Debug, Serialize)]
struct Report {
    files: usize,
    stories: usize,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<DiagnosticJson>,
}

#[derive(Debug, Serialize)]
struct DiagnosticJson {
    /// Lossy for names that are not UTF-8.
    path: String,
    line: Option<usize>,
    column: Option<usize>,
    severity: Severity,
    message: String,
}

impl From<&Diagnostic> for DiagnosticJson {
    fn from(d: &Diagnostic) -> Self {
        Self {
            path: d.path.to_string_lossy().into_owned(),
            line: d.line,
            column: d.column,
            severity: d.severity,
            message: d.message.clone(),
        }
    }
}

/// Print every load problem as `path:line:col: error|warning: message`,
/// then a summary; exit 1 when there are errors.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    super::stories::quiet_broken_pipe(write(args))
}

fn write(args: CheckArgs) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let loaded = args.sources.load_counted();
    let corpus = &loaded.corpus;
    let errors = corpus.error_count();
    let warnings = corpus
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    if args.json {
        super::print_json(&Report {
            files: loaded.files,
            stories: corpus.stories.len(),
            errors,
            warnings,
            diagnostics: corpus
                .diagnostics
                .iter()
                .map(DiagnosticJson::from)
                .collect(),
        })?;
    } else {
        let mut out = super::stdout_buffer();
        for d in &corpus.diagnostics {
            // File names may hold escape sequences: show them, never run them.
            writeln!(out, "{}", sanitize::escape_invisible(&d.to_string()))?;
        }
        writeln!(
            out,
            "{}, {}, {}, {}",
            plural(loaded.files, "file"),
            plural(corpus.stories.len(), "story"),
            plural(errors, "error"),
            plural(warnings, "warning")
        )?;
        out.flush()?;
    }
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
