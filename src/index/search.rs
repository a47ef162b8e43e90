//! Fuzzy search over entity names and aliases.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use crate::model::{EntityId, EntityKind};

use super::Index;

/// One ranked result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub entity: EntityId,
    pub score: i64,
    /// The string that matched: the canonical name or one of the aliases.
    pub alias: String,
    /// Matched character (not byte) positions in `alias`.
    pub matched: Vec<usize>,
}

/// Rank the entities of `index` against `query`.
pub fn search(
    index: &Index,
    query: &str,
    kind: Option<EntityKind>,
    limit: usize,
) -> Vec<SearchHit> {
    let matcher = SkimMatcherV2::default().smart_case();
    let mut hits: Vec<(SearchHit, usize)> = Vec::new();
    for e in &index.entities {
        if kind.is_some_and(|k| k != e.kind) {
            continue;
        }
        let best = std::iter::once(&e.name)
            .chain(&e.aliases)
            .filter_map(|a| matcher.fuzzy_indices(a, query).map(|(s, m)| (s, a, m)))
            .max_by_key(|(s, _, _)| *s);
        if let Some((score, alias, matched)) = best {
            let mentions = index.entity_mentions.get(e.id.0).map_or(0, Vec::len);
            hits.push((
                SearchHit {
                    entity: e.id,
                    score,
                    alias: alias.clone(),
                    matched,
                },
                mentions,
            ));
        }
    }
    hits.sort_by(|a, b| b.0.score.cmp(&a.0.score).then(b.1.cmp(&a.1)));
    hits.into_iter().take(limit).map(|(h, _)| h).collect()
}
