use std::process::ExitCode;

use clap::Args;

use super::Sources;

#[derive(Debug, Args)]
pub struct StoriesArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: StoriesArgs) -> anyhow::Result<ExitCode> {
    let corpus = args.sources.load();
    for s in &corpus.stories {
        println!("{}\t{}", s.id, s.title);
    }
    Ok(ExitCode::SUCCESS)
}
