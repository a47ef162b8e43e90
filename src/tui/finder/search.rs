//! Running a [`SearchRequest`]: entity names through the shared
//! [`Searcher`], story titles through the same fuzzy matcher. Called on the
//! app's worker thread, never while drawing.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::index::Index;
use crate::index::search::{SearchHit, Searcher, skim_fuzzy};
use crate::model::{EntityId, EntityKind};

use super::{FinderMode, SearchRequest, SearchResults};

/// The most rows a result list keeps. Nobody scrolls further; the count line
/// still reports every match.
pub const MAX_HITS: usize = 1_000;

/// How many stories are matched between two looks at the cancel flag.
const CANCEL_STRIDE: usize = 1024;

/// Run a request synchronously (the worker thread and the tests call this).
pub fn run_request(
    searcher: &mut Searcher,
    index: &Index,
    request: &SearchRequest,
) -> SearchResults {
    run_request_cancellable(searcher, index, request, &AtomicBool::new(false)).unwrap_or_default()
}

/// As [`run_request`], giving up with `None` as soon as `cancel` is set (a
/// newer request superseded this one).
pub fn run_request_cancellable(
    searcher: &mut Searcher,
    index: &Index,
    request: &SearchRequest,
    cancel: &AtomicBool,
) -> Option<SearchResults> {
    if cancel.load(Ordering::Relaxed) {
        return None;
    }
    let mut results = match request.mode {
        FinderMode::Entities => entities(searcher, index, request, cancel)?,
        FinderMode::Stories => stories(index, &request.query, cancel)?,
        FinderMode::Text => texts(index, &request.query),
    };
    results.generation = request.generation;
    Some(results)
}

fn mentions(index: &Index, id: EntityId) -> usize {
    index.mention_count(id)
}

fn entities(
    searcher: &mut Searcher,
    index: &Index,
    request: &SearchRequest,
    cancel: &AtomicBool,
) -> Option<SearchResults> {
    let total = match request.kind {
        None => index.entities().len(),
        Some(k) => index.entities().iter().filter(|e| e.kind == k).count(),
    };
    if request.query.is_empty() {
        return Some(most_mentioned(index, request.kind, total));
    }
    // Only the best rows are ever shown: ask the searcher for one more than
    // the cap, so the count line can say when there are more.
    // Every kind in one ranking, the searcher's (score, then mentions, then
    // entity), as `dateline search` ranks.
    let mut hits =
        searcher.search_top_cancellable(&request.query, request.kind, MAX_HITS + 1, cancel)?;
    let capped = hits.len() > MAX_HITS;
    hits.truncate(MAX_HITS);
    let matched = hits.len();
    Some(SearchResults {
        generation: 0,
        hits,
        stories: Vec::new(),
        texts: Vec::new(),
        matched,
        total,
        capped,
    })
}

/// The empty query: the most-mentioned entities in scope, every kind
/// together.
fn most_mentioned(index: &Index, kind: Option<EntityKind>, total: usize) -> SearchResults {
    let mut ids: Vec<(usize, EntityId)> = index
        .entities()
        .iter()
        .filter(|e| kind.is_none_or(|k| k == e.kind))
        .map(|e| (mentions(index, e.id), e.id))
        .collect();
    let order = |a: &(usize, EntityId), b: &(usize, EntityId)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    if ids.len() > MAX_HITS {
        ids.select_nth_unstable_by(MAX_HITS, order);
        ids.truncate(MAX_HITS);
    }
    ids.sort_unstable_by(order);
    let hits = ids
        .into_iter()
        .filter_map(|(_, id)| {
            let e = index.entities().get(id.0)?;
            Some(SearchHit {
                entity: id,
                score: 0,
                alias: e.name.clone(),
                matched: Vec::new(),
            })
        })
        .collect();
    SearchResults {
        generation: 0,
        hits,
        stories: Vec::new(),
        texts: Vec::new(),
        matched: total,
        total,
        capped: false,
    }
}

/// Sentences of story text holding every query word (as word prefixes), in
/// corpus order. The word index is built on the first such request.
fn texts(index: &Index, query: &str) -> SearchResults {
    let text = index.text_index();
    let found = text.search(index, query, MAX_HITS);
    SearchResults {
        generation: 0,
        hits: Vec::new(),
        stories: Vec::new(),
        texts: found.hits,
        matched: found.matched,
        total: text.sentence_count(),
        capped: false,
    }
}

/// Story titles: best score first, then story order; the empty query lists
/// every story in order.
fn stories(index: &Index, query: &str, cancel: &AtomicBool) -> Option<SearchResults> {
    let titles = &index.corpus().stories;
    let total = titles.len();
    let mut found: Vec<(usize, i64, Vec<usize>)> = Vec::new();
    if query.is_empty() {
        found = (0..total).map(|i| (i, 0, Vec::new())).collect();
    } else {
        for (i, story) in titles.iter().enumerate() {
            if i % CANCEL_STRIDE == 0 && cancel.load(Ordering::Relaxed) {
                return None;
            }
            if let Some((score, positions)) = skim_fuzzy(&story.title, query, true) {
                found.push((i, score, positions));
            }
        }
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    let matched = found.len();
    found.truncate(MAX_HITS);
    Some(SearchResults {
        generation: 0,
        hits: Vec::new(),
        stories: found,
        texts: Vec::new(),
        matched,
        total,
        capped: false,
    })
}
