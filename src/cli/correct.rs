//! `dateline correct EVENT_ID VALUE [PATH]...` and
//! `dateline correct EVENT_ID --clear [PATH]...`: set an event's date by
//! hand, or go back to the tagger's. The correction is kept in the
//! workspace (never in the story files) and every listing then sorts,
//! groups and exports by it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use clap::Args;

use crate::model::{EventId, LabelForm};
use crate::store::db::{self, Store};
use crate::store::workspace::{self, Change};

#[derive(Debug, Args)]
pub struct CorrectArgs {
    /// The event's id, as `dateline timeline --json` lists it
    /// (`STORY#OFFSET`, or `STORY#published` for a publication date).
    #[arg(value_name = "EVENT_ID")]
    pub event: String,
    /// Go back to the date the tagger read; every argument after EVENT_ID
    /// is then a PATH.
    #[arg(long)]
    pub clear: bool,
    /// The corrected date, then the story files or directories (with none,
    /// the built-in sample stories). The date is an ISO value (YYYY,
    /// YYYY-MM, YYYY-MM-DD, optionally with THH:MM or THH:MM:SS) or a
    /// date as a story would write it ("March 18", "the following
    /// Monday"), read against the story's own date.
    #[arg(value_name = "VALUE|PATH")]
    pub rest: Vec<String>,
}

pub fn run(args: CorrectArgs) -> anyhow::Result<ExitCode> {
    let (value, paths) = if args.clear {
        (None, args.rest.as_slice())
    } else {
        match args.rest.split_first() {
            Some((value, paths)) => (Some(value.as_str()), paths),
            None => bail!(
                "correct needs the corrected date after the event id (or --clear to remove a correction)"
            ),
        }
    };
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let index = super::Sources { paths }.index_alone()?;
    let path = db::default_path()?;
    let mut store = Store::open(&path).context("the correction cannot be saved")?;
    let ws = store.load()?;
    let (index, _stale) = workspace::apply_corrections(index, &ws);
    let out = |line: String| {
        use std::io::Write;
        let line = crate::ingest::sanitize::escape_invisible(&line);
        let _ = writeln!(std::io::stdout().lock(), "{line}");
    };

    let Some(value) = value else {
        if !ws.corrections.contains_key(&args.event) {
            out(format!("{}: no correction to clear", args.event));
            return Ok(ExitCode::SUCCESS);
        }
        store.apply(&Change::Uncorrect {
            event: args.event.clone(),
        })?;
        let back = index
            .find_event(&args.event)
            .and_then(|e| index.original_timex(e).or(Some(&index.event(e).timex)))
            .map(|t| t.value.clone());
        match back {
            Some(v) => out(format!(
                "{}: correction cleared, back to {v} as the tagger read it",
                args.event
            )),
            None => out(format!("{}: correction cleared", args.event)),
        }
        return Ok(ExitCode::SUCCESS);
    };

    let Some(event) = index.find_event(&args.event) else {
        bail!(
            "no event `{}` in these stories (`dateline timeline --json` lists each event's id)",
            args.event
        );
    };
    let mut correction =
        workspace::correction_for(&index, event, value).map_err(anyhow::Error::msg)?;
    correction.at = workspace::now();
    let label = label(&correction);
    let (was, expression) = (correction.was.clone(), correction.expression.clone());
    store.apply(&Change::Correct(correction))?;
    out(format!(
        "{}: “{expression}” corrected from {was} to {label}",
        index.event_key(EventId(event.0))
    ));
    Ok(ExitCode::SUCCESS)
}

/// The corrected date as the timeline writes it, with its value.
fn label(c: &workspace::Correction) -> String {
    let time = c.value.split_once('T').map(|(_, t)| t);
    let shown = crate::model::date_label(&c.range, Some(c.precision), time, LabelForm::Listing);
    format!("{} ({shown})", c.value)
}
