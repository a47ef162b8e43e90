use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;

use super::Sources;
use crate::index::Index;

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Only events ending on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<NaiveDate>,
    /// Only events starting on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<NaiveDate>,
    /// Only events whose sentence mentions this person, organisation or place.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
}

pub fn run(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    let index = Index::build(args.sources.load());
    for &e in &index.timeline {
        let ev = &index.events[e];
        println!(
            "{}\t{}\t{}",
            ev.timex.value,
            index.story(ev.story).id,
            index.event_sentence(e)
        );
    }
    Ok(ExitCode::SUCCESS)
}
