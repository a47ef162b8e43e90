//! The filter flags of the commands that list events (`timeline`,
//! `export`): one set of flags read into one [`EventFilter`], so both list
//! the same events for the same flags.

use anyhow::bail;
use clap::Args;

use crate::index::Index;
use crate::index::filter::{self, DateBound, EventFilter};
use crate::model::EventKind;

#[derive(Debug, Args, Default)]
pub struct FilterArgs {
    /// Only events ending on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = filter::date_arg)]
    pub from: Option<DateBound>,
    /// Only events starting on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = filter::date_arg)]
    pub to: Option<DateBound>,
    /// Only events whose sentence mentions this person, organisation or place.
    #[arg(long, value_name = "NAME")]
    pub entity: Option<String>,
    /// Only events of stories whose title or id contains this text.
    #[arg(long, value_name = "TEXT")]
    pub story: Option<String>,
    /// Only events of stories whose source contains this text.
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,
    /// Only events of this kind: `mention` or `publication`.
    #[arg(long, value_name = "KIND", value_parser = kind_arg)]
    pub kind: Option<EventKind>,
    /// Only events whose happening other stories date on another day.
    #[arg(long)]
    pub disagreements: bool,
}

fn kind_arg(text: &str) -> Result<EventKind, String> {
    filter::parse_kind(text).ok_or_else(|| format!("not a kind: `{text}` (mention or publication)"))
}

impl FilterArgs {
    /// Fail early on flags that cannot both hold (`--from` after `--to`),
    /// before anything is loaded.
    pub fn check(&self) -> anyhow::Result<()> {
        if let (Some(from), Some(to)) = (&self.from, &self.to)
            && from.range.start > to.range.end
        {
            bail!("--from {} is after --to {}", from.text, to.text);
        }
        Ok(())
    }

    /// The filter the flags describe; the entity name is resolved in
    /// `index` (an unknown name is an error suggesting close ones).
    pub fn filter(&self, index: &Index) -> anyhow::Result<EventFilter> {
        let entity = match &self.entity {
            Some(name) => Some(index.resolve_entity(name)?),
            None => None,
        };
        Ok(EventFilter {
            from: self.from.clone(),
            to: self.to.clone(),
            story: self.story.clone(),
            source: self.source.clone(),
            entity,
            kind: self.kind,
            disagreements: self.disagreements,
        })
    }
}
