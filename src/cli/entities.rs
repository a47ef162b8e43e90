use std::process::ExitCode;

use clap::Args;

use super::{Sources, parse_kind};
use crate::index::Index;
use crate::model::EntityKind;

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Only this kind: person, organisation or place.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<EntityKind>,
}

pub fn run(args: EntitiesArgs) -> anyhow::Result<ExitCode> {
    let index = Index::build(args.sources.load());
    for e in &index.entities {
        println!("{}\t{}", e.kind, e.name);
    }
    Ok(ExitCode::SUCCESS)
}
