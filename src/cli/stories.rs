use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::Sources;
use crate::model::{Dateline, Story};
use crate::text::{self, pad, truncate};

#[derive(Debug, Args)]
pub struct StoriesArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// One story in `stories --json`.
#[derive(Debug, Serialize)]
struct StoryJson<'a> {
    id: &'a str,
    title: &'a str,
    /// ISO 8601, with the offset when the source gave one.
    date: Option<String>,
    source: Option<&'a str>,
    byline: Option<&'a str>,
    dateline: Option<&'a Dateline>,
    url: Option<&'a str>,
    path: String,
    item: Option<usize>,
    paragraphs: &'a [String],
}

impl<'a> From<&'a Story> for StoryJson<'a> {
    fn from(s: &'a Story) -> Self {
        Self {
            id: &s.id.0,
            title: &s.title,
            date: s.published.as_ref().map(|p| p.to_iso()),
            source: s.source.as_deref(),
            byline: s.byline.as_deref(),
            dateline: s.dateline.as_ref(),
            url: s.url.as_deref(),
            path: s.origin.path.display().to_string(),
            item: s.origin.item,
            paragraphs: &s.paragraphs,
        }
    }
}

const SOURCE_WIDTH: usize = 18;
const TITLE_WIDTH: usize = 64;

/// Output cut short by the reader (`| head`) is not an error.
pub(super) fn quiet_broken_pipe(result: anyhow::Result<ExitCode>) -> anyhow::Result<ExitCode> {
    match result {
        Err(e)
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
                || e.downcast_ref::<serde_json::Error>()
                    .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe)) =>
        {
            Ok(ExitCode::SUCCESS)
        }
        other => other,
    }
}

pub fn run(args: StoriesArgs) -> anyhow::Result<ExitCode> {
    quiet_broken_pipe(write(args))
}

fn write(args: StoriesArgs) -> anyhow::Result<ExitCode> {
    let corpus = args.sources.load();
    super::print_diagnostics(&corpus.diagnostics);
    if args.json {
        let out: Vec<StoryJson> = corpus.stories.iter().map(StoryJson::from).collect();
        super::print_json(&out)?;
    } else {
        use std::io::Write;
        let mut out = super::stdout_buffer();
        for line in lines(&corpus.stories) {
            writeln!(out, "{line}")?;
        }
        out.flush()?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The text listing: date, source, title and id in columns measured in
/// terminal cells; long sources and titles are cut with `…`.
pub fn lines(stories: &[Story]) -> Vec<String> {
    let sources: Vec<String> = stories
        .iter()
        .map(|s| truncate(s.source.as_deref().unwrap_or("-"), SOURCE_WIDTH))
        .collect();
    let titles: Vec<String> = stories
        .iter()
        .map(|s| truncate(&s.title, TITLE_WIDTH))
        .collect();
    let source_w = sources.iter().map(|s| text::width(s)).max().unwrap_or(0);
    let title_w = titles.iter().map(|s| text::width(s)).max().unwrap_or(0);
    stories
        .iter()
        .zip(sources.iter().zip(&titles))
        .map(|(s, (source, title))| {
            let date = s
                .date()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_else(|| "undated".to_string());
            format!(
                "{date:<10}  {}  {}  {}",
                pad(source, source_w),
                pad(title, title_w),
                s.id
            )
        })
        .collect()
}
