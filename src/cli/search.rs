use std::process::ExitCode;

use clap::Args;

use super::{Sources, parse_kind};
use crate::index::{Index, search};
use crate::model::EntityKind;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; letters need only appear in order ("khm").
    pub query: String,
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Only this kind: person, organisation or place.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<EntityKind>,
}

pub fn run(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let index = Index::build(args.sources.load());
    for hit in search::search(&index, &args.query, args.kind, args.limit) {
        println!("{}\t{}", hit.score, index.entity(hit.entity).name);
    }
    Ok(ExitCode::SUCCESS)
}
