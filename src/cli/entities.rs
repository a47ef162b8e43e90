//! `dateline entities`: the people, organisations and places of the
//! stories, most mentioned first.

use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::timeline::output_width;
use super::{Sources, parse_kind};
use crate::index::Index;
use crate::model::{EntityId, EntityKind};
use crate::text::{pad, truncate};

#[derive(Debug, Args)]
pub struct EntitiesArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Only this kind: person, organisation, place or other (events, laws,
    /// treaties, products).
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<EntityKind>,
}

pub fn run(args: EntitiesArgs) -> anyhow::Result<ExitCode> {
    let index = args.sources.index()?;
    let ids = select(&index, args.kind);
    if args.json {
        super::print_json(&to_json(&index, &ids))?;
    } else {
        use std::io::Write;
        std::io::stdout()
            .lock()
            .write_all(render(&index, &ids, output_width()).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Entities of `kind` (all with `None`), most mentioned first.
pub fn select(index: &Index, kind: Option<EntityKind>) -> Vec<EntityId> {
    index
        .entities_by_mentions()
        .into_iter()
        .filter(|&id| kind.is_none_or(|k| index.entity(id).kind == k))
        .collect()
}

/// One line per entity: mentions, stories, kind, name, then aliases and
/// roles, clipped to `width` cells.
pub fn render(index: &Index, ids: &[EntityId], width: usize) -> String {
    let mut out = String::new();
    for &id in ids {
        let e = index.entity(id);
        let mut line = format!(
            "{:>5} {:>3}  {}  {}",
            index.mention_count(id),
            index.entity_stories(id).len(),
            pad(e.kind.as_str(), 12),
            e.name
        );
        if !e.aliases.is_empty() {
            line.push_str("  aka ");
            line.push_str(&e.aliases.join(", "));
        }
        if !e.roles.is_empty() {
            line.push_str("  [");
            line.push_str(&e.roles.join(", "));
            line.push(']');
        }
        out.push_str(truncate(&line, width).trim_end());
        out.push('\n');
    }
    out
}

/// An entity as JSON.
#[derive(Debug, Serialize)]
pub struct EntityJson {
    pub id: usize,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    /// How many times it is mentioned.
    pub mentions: usize,
    /// Ids of the stories mentioning it, in corpus order.
    pub stories: Vec<String>,
    /// How many timeline events have a sentence mentioning it.
    pub events: usize,
}

pub fn to_json(index: &Index, ids: &[EntityId]) -> Vec<EntityJson> {
    ids.iter()
        .map(|&id| {
            let e = index.entity(id);
            EntityJson {
                id: id.0,
                name: e.name.clone(),
                kind: e.kind,
                aliases: e.aliases.clone(),
                roles: e.roles.clone(),
                mentions: index.mention_count(id),
                stories: index
                    .entity_stories(id)
                    .iter()
                    .map(|&s| index.story(s).id.0.clone())
                    .collect(),
                events: index.entity_events(id).len(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::timeline::tests::two_story_index;

    #[test]
    fn text_and_json_list_entities_by_mentions() {
        let index = two_story_index();
        let ids = select(&index, None);
        assert_eq!(render(&index, &ids, 100), "    1   1  place         Iran\n");
        let json = serde_json::to_value(to_json(&index, &ids)).unwrap();
        assert_eq!(
            json,
            serde_json::json!([{
                "id": 0, "name": "Iran", "kind": "place", "aliases": [], "roles": [],
                "mentions": 1, "stories": ["story-a"], "events": 2
            }])
        );
        assert!(select(&index, Some(EntityKind::Person)).is_empty());
    }
}
