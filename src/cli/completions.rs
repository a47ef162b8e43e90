//! Shell integration: completion scripts for the common shells and a roff
//! manual page, both generated from the same clap definition as `--help`,
//! so they cannot drift from the commands.

use std::io::Write;
use std::process::ExitCode;

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::Cli;

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for.
    #[arg(value_enum)]
    pub shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {}

/// Write the completion script for `args.shell` to stdout.
pub fn completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut cmd = Cli::command();
    let mut out = super::stdout_buffer();
    clap_complete::generate(args.shell, &mut cmd, "dateline", &mut out);
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Write the manual page (roff) to stdout.
pub fn man(_args: ManArgs) -> anyhow::Result<ExitCode> {
    let cmd = Cli::command();
    let mut out = super::stdout_buffer();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
