//! Fuzzy search over entity names and aliases.

use std::sync::atomic::{AtomicBool, Ordering};

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

/// A name the searcher can match: an entity's canonical name or an alias.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub entity: EntityId,
    pub kind: EntityKind,
    pub text: String,
    /// How often the entity is mentioned: the tie-breaker after the score.
    pub mentions: usize,
}

/// Fuzzy search over a fixed set of names.
pub struct Searcher {
    candidates: Vec<Candidate>,
    matcher: SkimMatcherV2,
}

impl Searcher {
    /// Every entity name and alias in `index`.
    pub fn new(index: &Index) -> Self {
        let mut candidates = Vec::new();
        for e in &index.entities {
            let mentions = index.entity_mentions.get(e.id.0).map_or(0, Vec::len);
            for text in std::iter::once(&e.name).chain(&e.aliases) {
                candidates.push(Candidate {
                    entity: e.id,
                    kind: e.kind,
                    text: text.clone(),
                    mentions,
                });
            }
        }
        Self::from_candidates(candidates)
    }

    pub fn from_candidates(candidates: Vec<Candidate>) -> Self {
        Self {
            candidates,
            matcher: SkimMatcherV2::default().smart_case(),
        }
    }

    /// Every entity matching `query`, best first (score, then mentions), one
    /// hit per entity (its best-matching name).
    pub fn search(&mut self, query: &str, kind: Option<EntityKind>) -> Vec<SearchHit> {
        self.search_cancellable(query, kind, &AtomicBool::new(false))
            .unwrap_or_default()
    }

    /// As [`Searcher::search`], giving up with `None` as soon as `cancel` is
    /// set (the query changed).
    pub fn search_cancellable(
        &mut self,
        query: &str,
        kind: Option<EntityKind>,
        cancel: &AtomicBool,
    ) -> Option<Vec<SearchHit>> {
        let mut best: std::collections::HashMap<EntityId, (SearchHit, usize)> = Default::default();
        for (i, c) in self.candidates.iter().enumerate() {
            if i % 4096 == 0 && cancel.load(Ordering::Relaxed) {
                return None;
            }
            if kind.is_some_and(|k| k != c.kind) {
                continue;
            }
            if let Some((score, matched)) = self.matcher.fuzzy_indices(&c.text, query) {
                let hit = SearchHit {
                    entity: c.entity,
                    score,
                    alias: c.text.clone(),
                    matched,
                };
                let slot = best.entry(c.entity).or_insert((hit.clone(), c.mentions));
                if score > slot.0.score {
                    slot.0 = hit;
                }
            }
        }
        let mut hits: Vec<_> = best.into_values().collect();
        hits.sort_by(|a, b| {
            b.0.score
                .cmp(&a.0.score)
                .then(b.1.cmp(&a.1))
                .then(a.0.entity.cmp(&b.0.entity))
        });
        Some(hits.into_iter().map(|(h, _)| h).collect())
    }
}

/// Rank the entities of `index` against `query`, at most `limit` hits.
pub fn search(
    index: &Index,
    query: &str,
    kind: Option<EntityKind>,
    limit: usize,
) -> Vec<SearchHit> {
    let mut hits = Searcher::new(index).search(query, kind);
    hits.truncate(limit);
    hits
}
