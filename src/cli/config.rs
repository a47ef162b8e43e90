//! `dateline config`: where the config file is read from, the commented
//! default (generated from the key table) and a validator for it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::store::dirs::{self, Kind};
use crate::tui::config;

#[derive(Debug, Args)]
#[group(required = true, multiple = false)]
pub struct ConfigArgs {
    /// Print the default config, every action with its default keys.
    #[arg(long)]
    pub default: bool,
    /// Validate a config file (default: the one dateline reads).
    #[arg(long, value_name = "FILE")]
    pub check: Option<Option<PathBuf>>,
    /// Print where the config file is read from.
    #[arg(long)]
    pub path: bool,
}

/// Where `config.toml` is read from, if a config directory is known.
pub fn config_path() -> Option<PathBuf> {
    dirs::dir(Kind::Config).map(|d| d.join("config.toml"))
}

pub fn run(args: ConfigArgs) -> anyhow::Result<ExitCode> {
    let mut out = super::stdout_buffer();
    if args.default {
        out.write_all(config::default_toml().as_bytes())?;
    } else if args.path {
        let path = config_path()
            .ok_or_else(|| anyhow::anyhow!("no config directory: set DATELINE_CONFIG_DIR"))?;
        writeln!(out, "{}", path.display())?;
    } else if let Some(file) = args.check {
        let path = match file {
            Some(file) => file,
            None => config_path()
                .ok_or_else(|| anyhow::anyhow!("no config directory: set DATELINE_CONFIG_DIR"))?,
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => anyhow::bail!("{}: {e}", path.display()),
        };
        let problems = config::check(&path, &text);
        if !problems.is_empty() {
            super::print_diagnostics(&problems);
            return Ok(ExitCode::from(1));
        }
        writeln!(out, "ok")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
