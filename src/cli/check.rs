use std::process::ExitCode;

use clap::Args;

use super::Sources;

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub sources: Sources,
}

pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let corpus = args.sources.load();
    for d in &corpus.diagnostics {
        println!("{d}");
    }
    Ok(if corpus.error_count() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
