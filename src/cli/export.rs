//! `dateline export`: the events the timeline lists under the same filter
//! flags, as CSV, iCalendar, TimelineJS JSON or Markdown, on standard
//! output or atomically into a file (never over a story file read).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::Sources;
use super::filter_args::FilterArgs;
use crate::export::{self, Context, Format, NoAnnotations, file};

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// The format: csv, ics (iCalendar), timelinejs or markdown.
    #[arg(long, short = 'f', value_name = "FORMAT")]
    pub format: Format,
    /// Write to this file (replaced whole, atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    args.filter.check()?;
    let index = args.sources.index()?;
    let events = args.filter.filter(&index)?.select(&index);
    let ctx = Context {
        index: &index,
        annotations: &NoAnnotations,
        now: chrono::Utc::now(),
    };
    match &args.output {
        None => {
            let mut out = super::stdout_buffer();
            export::write(args.format, &ctx, &events, &mut out)?;
            out.flush()?;
        }
        Some(path) => {
            let read = file::files_read(index.corpus());
            let n = file::write_atomically(path, &read, |out| {
                export::write(args.format, &ctx, &events, out)
            })?;
            super::print_error(&format!(
                "{n} event{} written to {}",
                if n == 1 { "" } else { "s" },
                path.display()
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
