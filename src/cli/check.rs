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
    /// What the loader did on its own, such as merging two copies of a story.
    notes: usize,
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

/// Print every load problem as `path:line:col: error|warning|note: message`,
/// then a summary; exit 1 when there are errors.
pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    super::stories::quiet_broken_pipe(write(args))
}

fn write(args: CheckArgs) -> anyhow::Result<ExitCode> {
    use std::io::Write;
    let mut loaded = args.sources.load_counted();
    let workspace_problems = workspace_problems(&loaded.corpus);
    loaded.corpus.diagnostics.extend(workspace_problems);
    let corpus = &loaded.corpus;
    let errors = corpus.error_count();
    let warnings = corpus
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    let notes = corpus
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Note)
        .count();
    if args.json {
        super::print_json(&Report {
            files: loaded.files,
            stories: corpus.stories.len(),
            errors,
            warnings,
            notes,
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
        // Notes are counted only when there are some, so a clean load reads
        // as it always has.
        let notes = match notes {
            0 => String::new(),
            n => format!(", {}", plural(n, "note")),
        };
        writeln!(
            out,
            "{}, {}, {}, {}{notes}",
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

/// What is wrong with the analyst's workspace for these stories: a file
/// that cannot be used, and corrections whose story changed so that their
/// expression is gone (warnings: the stories load all the same).
fn workspace_problems(corpus: &crate::model::Corpus) -> Vec<Diagnostic> {
    use crate::store::{db, workspace};
    let ws = match db::load_default() {
        Ok(ws) => ws,
        Err(err) => {
            let path = err.path().map(|p| p.to_path_buf()).unwrap_or_default();
            let message = err.to_string();
            // The message starts with the path: say it once.
            let message = message
                .strip_prefix(&format!("{}: ", path.display()))
                .unwrap_or(&message)
                .to_string();
            return vec![Diagnostic::warning(path, message)];
        }
    };
    // Only the stories something was corrected in need analysing.
    let stories: Vec<_> = corpus
        .stories
        .iter()
        .filter(|s| ws.corrections.values().any(|c| c.story == s.id.0))
        .cloned()
        .collect();
    if stories.is_empty() {
        return Vec::new();
    }
    let index = super::build_index(crate::model::Corpus {
        stories,
        diagnostics: Vec::new(),
    });
    let (_, stale) = workspace::apply_corrections(index, &ws);
    stale
        .iter()
        .map(|s| Diagnostic::warning(s.path.clone(), workspace::stale_message(s)))
        .collect()
}
