//! Fuzzy search over entity names and aliases.
//!
//! Matching is fzf-style (skim's `SkimMatcherV2` scores, smart case: a query
//! with a capital letter matches case exactly; computed by an own copy of
//! its alignment, see `skim.rs`) behind the small [`NameMatcher`] trait. The
//! [`Searcher`] is built for large name sets:
//!
//! - a **prefilter** rejects most names before the matcher sees them: each
//!   name keeps a 32-bit mask of the characters it contains and an ASCII
//!   lower-cased copy of its bytes, so a name lacking a query character, or
//!   holding them in the wrong order, costs a couple of instructions;
//! - **incremental narrowing**: when a query extends the previous one
//!   ("kh" → "khm") only the names that passed the previous query are
//!   looked at again;
//! - **bounded top-k**: when only the best `limit` hits are wanted, names are
//!   scored in decreasing order of a cheap upper bound of their score (read
//!   from 13 bytes kept per name, its [`NameSketch`]),
//!   ordered a few bound values at a time, and scoring stops once no
//!   remaining name can reach the current `limit`-th best (the result is
//!   exactly that of scoring everything);
//! - matched positions (for highlighting) are computed only for the hits
//!   returned;
//! - **both cores**: the scans, the bounds and the scoring of large name
//!   sets are shared among rayon's threads, in chunks whose results are
//!   merged in order, so the ranking is that of one thread;
//! - **cancellation**: a search gives up as soon as its flag is set.
//!
//! Ranking: score (best first), then how often the entity is mentioned, then
//! entity id. Each entity appears once, with the name or alias that scored
//! best (the canonical name on a tie).

use std::sync::atomic::{AtomicBool, Ordering};

use rayon::prelude::*;

use crate::model::{EntityId, EntityKind};

use super::Index;

mod bound;
mod skim;

pub use bound::{NameSketch, skim_upper_bound};
use bound::{Sketches, SkimQuery, mask_bit};

pub use skim::fuzzy as skim_fuzzy;

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
    /// How often the entity is mentioned: the tie-breaker after the score
    /// (if an entity's names disagree, the largest count is used).
    pub mentions: usize,
}

/// A fuzzy matcher the searcher can use.
///
/// Contract relied upon by the prefilter: a match requires every query
/// character to occur in the text in order, comparing ASCII letters without
/// case (smart case may only make matching stricter).
pub trait NameMatcher: Send + Sync {
    /// The score of `text` for `query`, or `None` when it does not match.
    fn score(&self, text: &str, query: &str) -> Option<i64>;
    /// The score and the matched character positions.
    fn indices(&self, text: &str, query: &str) -> Option<(i64, Vec<usize>)>;
    /// Whether [`NameMatcher::upper_bounds`] gives real bounds; lets top-k
    /// searches skip names.
    fn has_bound(&self) -> bool {
        false
    }
    /// For each name in `names` (its [`NameSketch`]), in order, a number
    /// never below its [`NameMatcher::score`] for `query`, appended to
    /// `out`; called once per stretch of names, so the query is prepared
    /// once.
    fn upper_bounds(&self, query: &str, names: &[NameSketch], out: &mut Vec<i64>) {
        let _ = query;
        out.extend(names.iter().map(|_| i64::MAX));
    }
}

/// The default matcher: skim's fzf-like scoring with smart case.
///
/// Scores as a freshly built `SkimMatcherV2` (fuzzy-matcher 0.3.7) would,
/// through [`skim::fuzzy`]: a shared `SkimMatcherV2` keeps its score matrix
/// between calls without clearing it and lets it leak into the next score,
/// and building one per name made the finder several times slower. A search
/// must rank a name the same whatever was typed before.
#[derive(Debug, Default, Clone, Copy)]
pub struct SkimMatcher;

impl NameMatcher for SkimMatcher {
    fn score(&self, text: &str, query: &str) -> Option<i64> {
        skim::fuzzy(text, query, false).map(|(score, _)| score)
    }

    fn indices(&self, text: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        skim::fuzzy(text, query, true)
    }

    fn has_bound(&self) -> bool {
        true
    }

    fn upper_bounds(&self, query: &str, names: &[NameSketch], out: &mut Vec<i64>) {
        let prepared = SkimQuery::new(query);
        out.extend(names.iter().map(|n| prepared.bound(n)));
    }
}

/// The ranking key: higher is better (score, then the entity's rank: see
/// [`Searcher`]'s slots).
type RankKey = (i64, std::cmp::Reverse<u32>);

/// What a completed search let through, for narrowing later ones.
struct Narrowing {
    query: String,
    kind: Option<EntityKind>,
    /// Candidates that passed the prefilter, in increasing index order:
    /// every name that can match the query, and so every name that can
    /// match a longer one.
    survivors: Vec<u32>,
}

/// How many prefixes of the current query keep their survivors, so that
/// deleting characters narrows from a cached prefix instead of rescanning.
const MAX_CACHED_PREFIXES: usize = 64;

/// Fuzzy search over a fixed set of names.
///
/// Names are stored in ranking order of their entity (mentions, most
/// first, then entity id; an entity's names stay together and in the order
/// given), so an entity's dense slot number is its tie-break rank, and any
/// list of candidate indices in increasing order is already in tie-break
/// order.
pub struct Searcher {
    candidates: Vec<Candidate>,
    /// Per candidate: its kind (kept apart for a compact scan).
    kinds: Vec<EntityKind>,
    /// Per candidate: which characters it contains (see [`mask_bit`]).
    masks: Vec<u32>,
    /// Every candidate's text, concatenated (read in place of the scattered
    /// `Candidate::text` strings); candidate `i` is
    /// `texts[offsets[i]..offsets[i + 1]]`.
    texts: String,
    /// `texts` with ASCII letters lower-cased (same offsets).
    folded: Vec<u8>,
    offsets: Vec<usize>,
    /// Per candidate: its sketch, for the matcher's score bound, field by
    /// field (a one-byte query reads only the first two); empty when the
    /// matcher has none.
    sketches: Sketches,
    /// Per candidate: a dense slot for its entity (for one hit per entity);
    /// a lower slot ranks first among equal scores.
    slot: Vec<u32>,
    /// Per slot: the best (score, candidate) of the current search, valid
    /// when `stamp` equals `generation`.
    best: Vec<(i64, u32)>,
    stamp: Vec<u32>,
    generation: u32,
    matcher: Box<dyn NameMatcher>,
    /// Survivors of the last searches, each query a prefix of the next.
    history: Vec<Narrowing>,
    /// Whether scans and scoring are shared among the threads of rayon's
    /// pool (see [`Searcher::set_parallel`]).
    parallel: bool,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher")
            .field("candidates", &self.candidates.len())
            .field("last_query", &self.history.last().map(|l| &l.query))
            .finish()
    }
}

/// How many names one thread takes at a time in a parallel search.
const PARALLEL_CHUNK: usize = 4096;

/// Above how many hits their matched positions are found on every thread.
const PARALLEL_HITS: usize = 256;

/// How often a scan checks its cancellation flag.
const CANCEL_CHECK_EVERY: usize = 1024;

/// The widest range of bounds sorted by counting; wider ones (very long
/// queries) are sorted by comparison.
const MAX_BOUND_BUCKETS: i64 = 1 << 14;

impl Searcher {
    /// Every entity name and alias in `index`.
    pub fn new(index: &Index) -> Self {
        let mut candidates = Vec::new();
        for e in index.entities() {
            let mentions = index.mention_count(e.id);
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

    /// A searcher over `candidates` with the default matcher. Put an
    /// entity's canonical name before its aliases: it wins ties.
    pub fn from_candidates(candidates: Vec<Candidate>) -> Self {
        Self::with_matcher(candidates, Box::new(SkimMatcher))
    }

    /// A searcher over `candidates` using `matcher`.
    pub fn with_matcher(candidates: Vec<Candidate>, matcher: Box<dyn NameMatcher>) -> Self {
        // Ranking order: an entity's mention count is the largest its names
        // give; the sort is stable, so an entity's names keep their order.
        let mut entity_mentions: std::collections::HashMap<EntityId, usize> = Default::default();
        for c in &candidates {
            let m = entity_mentions.entry(c.entity).or_insert(0);
            *m = (*m).max(c.mentions);
        }
        let mut order: Vec<(std::cmp::Reverse<usize>, EntityId, u32)> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let mentions = entity_mentions
                    .get(&c.entity)
                    .copied()
                    .unwrap_or(c.mentions);
                (std::cmp::Reverse(mentions), c.entity, i as u32)
            })
            .collect();
        order.sort_unstable();
        let mut taken: Vec<Option<Candidate>> = candidates.into_iter().map(Some).collect();
        let candidates: Vec<Candidate> = order
            .iter()
            .filter_map(|&(_, _, i)| taken[i as usize].take())
            .collect();
        let mut kinds = Vec::with_capacity(candidates.len());
        let mut masks = Vec::with_capacity(candidates.len());
        let mut texts = String::new();
        let mut folded = Vec::new();
        let mut offsets = Vec::with_capacity(candidates.len() + 1);
        let mut slot = Vec::with_capacity(candidates.len());
        let mut n_slots = 0u32;
        offsets.push(0);
        for (i, c) in candidates.iter().enumerate() {
            kinds.push(c.kind);
            masks.push(mask_of(&c.text));
            texts.push_str(&c.text);
            folded.extend(c.text.bytes().map(|b| b.to_ascii_lowercase()));
            offsets.push(folded.len());
            if i > 0 && candidates[i - 1].entity != c.entity {
                n_slots += 1;
            }
            slot.push(n_slots);
        }
        let n_slots = if candidates.is_empty() {
            0
        } else {
            n_slots as usize + 1
        };
        let sketches = if matcher.has_bound() {
            candidates.iter().map(|c| NameSketch::of(&c.text)).collect()
        } else {
            Sketches::default()
        };
        Self {
            candidates,
            kinds,
            masks,
            texts,
            folded,
            offsets,
            sketches,
            slot,
            best: vec![(0, 0); n_slots],
            stamp: vec![0; n_slots],
            generation: 0,
            matcher,
            history: Vec::new(),
            parallel: true,
        }
    }

    /// Candidate `i`'s text, from the contiguous copy.
    fn text(&self, i: usize) -> &str {
        self.texts
            .get(self.offsets[i]..self.offsets[i + 1])
            .unwrap_or_default()
    }

    /// How many names (canonical names and aliases) are searched.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// Share the scans and the scoring among the threads of rayon's pool
    /// (the default; the results are the same either way, and sets of
    /// fewer than a few thousand names are always searched on one thread).
    pub fn set_parallel(&mut self, parallel: bool) {
        self.parallel = parallel;
    }

    /// Search once for a common letter and forget it. The first search
    /// over many names in a process is several times slower than the next
    /// (its threads' allocator arenas grow for the first time); the app's
    /// search worker calls this as soon as it has built the searcher, long
    /// before the first keystroke.
    pub fn warm_up(&mut self) {
        if self.len() > PARALLEL_CHUNK {
            self.search_top("e", None, 1);
            self.reset();
        }
    }

    /// Forget the previous queries, so the next search scans every name.
    pub fn reset(&mut self) {
        self.history.clear();
    }

    /// Every entity matching `query`, best first (score, then mentions), one
    /// hit per entity (its best-matching name).
    pub fn search(&mut self, query: &str, kind: Option<EntityKind>) -> Vec<SearchHit> {
        self.search_top(query, kind, usize::MAX)
    }

    /// The best `limit` hits for `query`.
    pub fn search_top(
        &mut self,
        query: &str,
        kind: Option<EntityKind>,
        limit: usize,
    ) -> Vec<SearchHit> {
        self.search_top_cancellable(query, kind, limit, &AtomicBool::new(false))
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
        self.search_top_cancellable(query, kind, usize::MAX, cancel)
    }

    /// The best `limit` hits for `query`, or `None` once `cancel` is set. A
    /// cancelled search leaves the narrowing state as it was.
    pub fn search_top_cancellable(
        &mut self,
        query: &str,
        kind: Option<EntityKind>,
        limit: usize,
        cancel: &AtomicBool,
    ) -> Option<Vec<SearchHit>> {
        self.prefilter(query, kind, cancel)?;
        if limit == 0 {
            return Some(Vec::new());
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
        let survivors: &[u32] = self
            .history
            .last()
            .map(|l| l.survivors.as_slice())
            .unwrap_or_default();
        let slot = &self.slot;
        let key = |score: i64, ci: u32| (score, std::cmp::Reverse(slot[ci as usize]));
        // With a bound and more names than wanted, names are scored in
        // decreasing order of their bound, and in ranking order among equal
        // bounds (survivors are in ranking order already, and the bucketing
        // is stable), so the best entities fill the top early and scoring
        // stops once no remaining name can reach the limit-th best.
        let use_bounds =
            limit < survivors.len() && self.sketches.first.len() == self.candidates.len();
        let bounds: Vec<i64> = if use_bounds {
            let bounds_of = |part: &[u32]| {
                let mut bounds = Vec::with_capacity(part.len());
                let mut sketches = Vec::with_capacity(part.len().min(PARALLEL_CHUNK));
                for stretch in part.chunks(PARALLEL_CHUNK) {
                    sketches.clear();
                    let with_pairs = query.len() > 1;
                    sketches.extend(
                        stretch
                            .iter()
                            .map(|&ci| self.sketches.get(ci as usize, with_pairs)),
                    );
                    self.matcher.upper_bounds(query, &sketches, &mut bounds);
                }
                bounds
            };
            if self.parallel && survivors.len() > PARALLEL_CHUNK {
                survivors
                    .par_chunks(PARALLEL_CHUNK)
                    .map(bounds_of)
                    .collect::<Vec<_>>()
                    .concat()
            } else {
                bounds_of(survivors)
            }
        } else {
            vec![i64::MAX; survivors.len()]
        };
        let stretches = ByBound::new(survivors, bounds, limit.max(PARALLEL_CHUNK));
        let mut entities: Vec<u32> = Vec::new();
        // The first key of each entity scored, the worst on top: its
        // limit-th value never ranks above the true limit-th best entity.
        let mut floor: std::collections::BinaryHeap<std::cmp::Reverse<RankKey>> =
            std::collections::BinaryHeap::new();
        // In parallel, a batch of names is scored at once (skipping those
        // that cannot reach the floor as it stood before the batch), then
        // taken in order exactly as one at a time would: the same ranking.
        let mut scores: Vec<Option<i64>> = Vec::new();
        'batches: for ordered in stretches {
            let mut at = 0;
            while at < ordered.len() {
                let worst = (floor.len() >= limit)
                    .then(|| floor.peek().map(|w| w.0))
                    .flatten();
                if let Some(w) = worst {
                    let (bound, ci) = ordered[at];
                    if bound < w.0 {
                        break 'batches; // every remaining bound is at most this one
                    }
                    if key(bound, ci) < w {
                        // The later names of this bound come later in the
                        // ranking too: none can reach the floor.
                        at += ordered[at..].partition_point(|&(b, _)| b == bound);
                        continue;
                    }
                }
                let part = &ordered[at..(at + PARALLEL_CHUNK).min(ordered.len())];
                at += part.len();
                if self.parallel {
                    if cancel.load(Ordering::Relaxed) {
                        return None;
                    }
                    part.par_iter()
                        .map(|&(bound, ci)| {
                            if worst.is_some_and(|w| key(bound, ci) < w) {
                                None
                            } else {
                                self.matcher.score(self.text(ci as usize), query)
                            }
                        })
                        .collect_into_vec(&mut scores);
                }
                for (n, &(bound, ci)) in part.iter().enumerate() {
                    if n % CANCEL_CHECK_EVERY == 0 && cancel.load(Ordering::Relaxed) {
                        return None;
                    }
                    if floor.len() >= limit
                        && let Some(std::cmp::Reverse(worst)) = floor.peek()
                    {
                        if bound < worst.0 {
                            break 'batches; // every remaining bound is at most this one
                        }
                        if key(bound, ci) < *worst {
                            continue;
                        }
                    }
                    let score = if self.parallel {
                        scores[n]
                    } else {
                        self.matcher.score(self.text(ci as usize), query)
                    };
                    let Some(score) = score else {
                        continue;
                    };
                    let s = slot[ci as usize] as usize;
                    if self.stamp[s] != self.generation {
                        self.stamp[s] = self.generation;
                        self.best[s] = (score, ci);
                        entities.push(s as u32);
                        floor.push(std::cmp::Reverse(key(score, ci)));
                        if floor.len() > limit {
                            floor.pop();
                        }
                    } else if score > self.best[s].0
                        || score == self.best[s].0 && ci < self.best[s].1
                    {
                        self.best[s] = (score, ci);
                    }
                }
            }
        }
        let mut ranked: Vec<(i64, u32)> = entities.iter().map(|&s| self.best[s as usize]).collect();
        let order = |a: &(i64, u32), b: &(i64, u32)| key(b.0, b.1).cmp(&key(a.0, a.1));
        if limit < ranked.len() {
            ranked.select_nth_unstable_by(limit - 1, order);
            ranked.truncate(limit);
        }
        ranked.sort_unstable_by(order);
        let hit = |&(score, ci): &(i64, u32)| {
            let c = &self.candidates[ci as usize];
            // Positions from the full alignment; the score stays the one the
            // ranking used.
            let matched = self
                .matcher
                .indices(&c.text, query)
                .map(|(_, m)| m)
                .unwrap_or_default();
            SearchHit {
                entity: c.entity,
                score,
                alias: c.text.clone(),
                matched,
            }
        };
        let hits = if self.parallel && ranked.len() > PARALLEL_HITS {
            ranked.par_iter().map(hit).collect()
        } else {
            ranked.iter().map(hit).collect()
        };
        Some(hits)
    }

    /// Leave on top of the history the candidates that can match `query`
    /// (of `kind`): a superset of the matches, checked with the character
    /// mask and an in-order byte scan. Narrows from the longest earlier
    /// query that `query` extends, so typing and deleting are both cheap.
    fn prefilter(
        &mut self,
        query: &str,
        kind: Option<EntityKind>,
        cancel: &AtomicBool,
    ) -> Option<()> {
        let keep = self
            .history
            .iter()
            .take_while(|l| l.kind == kind && query.starts_with(l.query.as_str()))
            .count();
        if let Some(last) = self.history.get(keep.wrapping_sub(1))
            && last.query == query
        {
            self.history.truncate(keep);
            return Some(());
        }
        let qmask = mask_of(query);
        let qfolded: Vec<u8> = query.bytes().map(|b| b.to_ascii_lowercase()).collect();
        // One ASCII letter or a space: its bit in the mask says all.
        let mask_decides =
            matches!(qfolded.as_slice(), [b] if b.is_ascii_alphabetic() || *b == b' ');
        let in_order = |ci: usize| {
            mask_decides
                || is_subsequence(
                    &qfolded,
                    &self.folded[self.offsets[ci]..self.offsets[ci + 1]],
                )
        };
        let rest =
            |ci: u32| kind.is_none_or(|k| k == self.kinds[ci as usize]) && in_order(ci as usize);
        let check_rest = kind.is_some() || !mask_decides;
        let narrow = |names: &[u32]| {
            keep_passing(
                names.iter().copied(),
                &self.masks,
                qmask,
                cancel,
                check_rest.then_some(&rest),
            )
        };
        let sweep = |range: std::ops::Range<usize>| {
            keep_passing(
                range.map(|ci| ci as u32),
                &self.masks,
                qmask,
                cancel,
                check_rest.then_some(&rest),
            )
        };
        let total = self.candidates.len();
        let survivors = match self.history.get(keep.wrapping_sub(1)) {
            Some(last) if self.parallel && last.survivors.len() > PARALLEL_CHUNK => last
                .survivors
                .par_chunks(PARALLEL_CHUNK)
                .map(narrow)
                .collect::<Option<Vec<_>>>()?
                .concat(),
            Some(last) => narrow(&last.survivors)?,
            None if self.parallel && total > PARALLEL_CHUNK => (0..total.div_ceil(PARALLEL_CHUNK))
                .into_par_iter()
                .map(|c| sweep(c * PARALLEL_CHUNK..((c + 1) * PARALLEL_CHUNK).min(total)))
                .collect::<Option<Vec<_>>>()?
                .concat(),
            None => sweep(0..total)?,
        };
        self.history.truncate(keep);
        if self.history.len() >= MAX_CACHED_PREFIXES {
            self.history.remove(0);
        }
        self.history.push(Narrowing {
            query: query.to_string(),
            kind,
            survivors,
        });
        Some(())
    }
}

/// The names among `names` (candidate indices, in order) whose mask holds
/// `qmask` and that pass `rest` (when given), or `None` once `cancel` is
/// set. Masks are checked first, for every name and without a branch (a
/// quarter to a half of the names pass, unpredictably), then `rest` only
/// for those that passed.
fn keep_passing(
    names: impl ExactSizeIterator<Item = u32>,
    masks: &[u32],
    qmask: u32,
    cancel: &AtomicBool,
    rest: Option<&dyn Fn(u32) -> bool>,
) -> Option<Vec<u32>> {
    let mut out = vec![0u32; names.len()];
    let mut kept = 0;
    for (n, ci) in names.enumerate() {
        if n % CANCEL_CHECK_EVERY == 0 && cancel.load(Ordering::Relaxed) {
            return None;
        }
        out[kept] = ci;
        kept += usize::from(masks[ci as usize] & qmask == qmask);
    }
    out.truncate(kept);
    if let Some(rest) = rest {
        out.retain(|&ci| rest(ci));
    }
    Some(out)
}

/// `survivors` (in ranking order) by their `bounds`, highest first, keeping
/// the given order among equal bounds, handed out a stretch at a time: the
/// names of the next few bound values, at least `stretch` of them where
/// there are, each stretch found by one look over the bounds. A top-k
/// search that stops within the first stretches never orders the rest.
struct ByBound<'a> {
    survivors: &'a [u32],
    bounds: Vec<i64>,
    /// The highest bound.
    hi: i64,
    /// How many names have bound `hi - i`, when the bounds span fewer than
    /// [`MAX_BOUND_BUCKETS`] values; otherwise every name is ordered at
    /// once, by comparison.
    counts: Option<Vec<usize>>,
    /// The next bound value (as `hi - next`) to hand out.
    next: usize,
    stretch: usize,
}

impl<'a> ByBound<'a> {
    fn new(survivors: &'a [u32], bounds: Vec<i64>, stretch: usize) -> Self {
        let (lo, hi) = bounds
            .iter()
            .fold((i64::MAX, i64::MIN), |(lo, hi), &b| (lo.min(b), hi.max(b)));
        let counts = (!bounds.is_empty() && hi.saturating_sub(lo) < MAX_BOUND_BUCKETS).then(|| {
            let mut counts = vec![0usize; (hi - lo) as usize + 1];
            for &b in &bounds {
                counts[(hi - b) as usize] += 1;
            }
            counts
        });
        Self {
            survivors,
            bounds,
            hi,
            counts,
            next: 0,
            stretch: stretch.max(1),
        }
    }
}

impl Iterator for ByBound<'_> {
    type Item = Vec<(i64, u32)>;

    fn next(&mut self) -> Option<Self::Item> {
        let Some(counts) = &self.counts else {
            if self.next > 0 || self.bounds.is_empty() {
                return None;
            }
            self.next = 1;
            let mut out: Vec<(i64, u32)> = self
                .bounds
                .iter()
                .copied()
                .zip(self.survivors.iter().copied())
                .collect();
            out.sort_by_key(|&(b, _)| std::cmp::Reverse(b));
            return Some(out);
        };
        let first = self.next;
        let mut end = first;
        let mut taken = 0;
        while end < counts.len() && taken < self.stretch {
            taken += counts[end];
            end += 1;
        }
        self.next = end;
        if taken == 0 {
            return None;
        }
        // Counting sort of the stretch: slot `i` holds bound `hi - first - i`.
        let mut start = vec![0usize; end - first];
        for i in 1..end - first {
            start[i] = start[i - 1] + counts[first + i - 1];
        }
        let (top, bottom) = (self.hi - first as i64, self.hi - (end - 1) as i64);
        let mut out = vec![(0i64, 0u32); taken];
        for (&b, &ci) in self.bounds.iter().zip(self.survivors) {
            if (bottom..=top).contains(&b) {
                let at = &mut start[(top - b) as usize];
                out[*at] = (b, ci);
                *at += 1;
            }
        }
        Some(out)
    }
}

fn mask_of(s: &str) -> u32 {
    s.bytes().fold(0, |m, b| m | mask_bit(b))
}

/// Whether `needle` occurs in `haystack` in order (not necessarily
/// contiguously).
fn is_subsequence(needle: &[u8], haystack: &[u8]) -> bool {
    let mut rest = haystack;
    for &b in needle {
        match rest.iter().position(|&h| h == b) {
            Some(p) => rest = &rest[p + 1..],
            None => return false,
        }
    }
    true
}

/// Rank the entities of `index` against `query`, at most `limit` hits.
pub fn search(
    index: &Index,
    query: &str,
    kind: Option<EntityKind>,
    limit: usize,
) -> Vec<SearchHit> {
    Searcher::new(index).search_top(query, kind, limit)
}

/// Up to `limit` entities whose names come closest to `name`: fuzzy search
/// without regard to case, retried with ever shorter prefixes so that a typo
/// near the end ("Khamenai") still finds its entity.
pub fn suggest(index: &Index, name: &str, limit: usize) -> Vec<EntityId> {
    let query: String = name.trim().to_lowercase();
    let chars: Vec<char> = query.chars().collect();
    let mut searcher = Searcher::new(index);
    for len in (1..=chars.len()).rev() {
        let prefix: String = chars[..len].iter().collect();
        let hits = searcher.search_top(&prefix, None, limit);
        if !hits.is_empty() {
            return hits.into_iter().map(|h| h.entity).collect();
        }
        if len * 2 < chars.len() {
            break; // less than half the name left: not a suggestion any more
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(id: usize, kind: EntityKind, text: &str, mentions: usize) -> Candidate {
        Candidate {
            entity: EntityId(id),
            kind,
            text: text.to_string(),
            mentions,
        }
    }

    /// A reproducible stream of pseudo-random numbers from `seed`.
    fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
        move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        }
    }

    fn sample() -> Searcher {
        Searcher::from_candidates(vec![
            cand(0, EntityKind::Person, "Barack Obama", 9),
            cand(0, EntityKind::Person, "Obama", 9),
            cand(1, EntityKind::Person, "Ali Khamenei", 3),
            cand(1, EntityKind::Person, "Khamenei", 3),
            cand(2, EntityKind::Organisation, "The Wall Street Journal", 1),
            cand(3, EntityKind::Place, "Iran", 12),
            cand(4, EntityKind::Organisation, "White House", 1),
        ])
    }

    #[test]
    fn subsequence_and_masks_are_necessary_conditions() {
        assert!(is_subsequence(b"khm", b"ali khamenei"));
        assert!(!is_subsequence(b"mhk", b"ali khamenei"));
        assert!(is_subsequence(b"", b"x"));
        assert_eq!(mask_of("Ab") & mask_of("ab"), mask_of("ab"));
        assert_ne!(mask_of("a\u{e9}") & mask_of("a"), mask_of("a\u{e9}"));
    }

    #[test]
    fn one_hit_per_entity_with_the_best_alias() {
        let mut s = sample();
        let hits = s.search("khm", None);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].entity, EntityId(1));
        // "Khamenei" scores better than "Ali Khamenei" (match at the start).
        assert_eq!(hits[0].alias, "Khamenei");
        assert_eq!(hits[0].matched, vec![0, 1, 3]);
    }

    #[test]
    fn narrowing_gives_the_same_answer_as_a_full_scan() {
        let mut inc = sample();
        let mut full = sample();
        for q in ["w", "wh", "whi", "whit", "white", "white h"] {
            let a = inc.search(q, None);
            full.reset();
            let b = full.search(q, None);
            assert_eq!(a, b, "query {q:?}");
        }
        // Backtracking to a shorter query scans again.
        assert_eq!(inc.search("o", None).len(), full.search("o", None).len());
        assert!(inc.search("o", None).len() >= 3);
    }

    #[test]
    fn kind_filter_and_limit() {
        let mut s = sample();
        let hits = s.search("a", Some(EntityKind::Place));
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].entity, EntityId(3));
        // Changing the kind must not narrow from the filtered set.
        assert!(s.search("a", None).len() > 1);
        assert_eq!(s.search_top("a", None, 2).len(), 2);
        assert!(s.search_top("a", None, 0).is_empty());
    }

    #[test]
    fn smart_case_respects_capitals() {
        let mut s = sample();
        assert!(!s.search("obama", None).is_empty());
        assert!(s.search("OBAMA", None).is_empty());
        assert!(!s.search("Obama", None).is_empty());
    }

    #[test]
    fn cancellation_returns_none_and_keeps_state() {
        let mut s = sample();
        let cancel = AtomicBool::new(true);
        assert_eq!(s.search_cancellable("ob", None, &cancel), None);
        assert_eq!(s.search("ob", None)[0].entity, EntityId(0));
    }

    #[test]
    fn top_k_over_many_names_equals_the_full_ranking() {
        // Enough names that bounds are sorted in several chunks.
        let mut next = xorshift(0x2545_F491_4F6C_DD1Du64);
        let parts = [
            "ka", "Kh", "am", "e", "ne", "i", " ", "Ba", "ra", "ck", "o", "-", "S",
        ];
        let candidates: Vec<Candidate> = (0..3000)
            .map(|i| {
                let len = 2 + next() % 6;
                let text: String = (0..len)
                    .map(|_| parts[(next() % parts.len() as u64) as usize])
                    .collect();
                cand(i / 2, EntityKind::Person, &text, (next() % 7) as usize)
            })
            .collect();
        let mut full = Searcher::from_candidates(candidates.clone());
        let mut top = Searcher::from_candidates(candidates);
        for query in ["k", "kh", "kha", "Kh", "ae", "bo", "s-", "e"] {
            let all = full.search(query, None);
            assert!(all.len() > 100, "{query}: only {}", all.len());
            for limit in [1, 7, 50, 100, 400] {
                top.reset();
                let mut expected = all.clone();
                expected.truncate(limit);
                assert_eq!(
                    top.search_top(query, None, limit),
                    expected,
                    "{query} top {limit}"
                );
            }
        }
    }

    #[test]
    fn parallel_search_ranks_as_one_thread_does() {
        // More names than a few parallel chunks, so scans and scoring split.
        let mut next = xorshift(0x9E37_79B9_7F4A_7C15u64);
        let parts = [
            "ka", "Ro", "am", "e", "ne", "li", " ", "Va", "ur", "dt", "o", "-",
        ];
        let candidates: Vec<Candidate> = (0..5 * PARALLEL_CHUNK)
            .map(|i| {
                let len = 2 + next() % 6;
                let text: String = (0..len)
                    .map(|_| parts[(next() % parts.len() as u64) as usize])
                    .collect();
                cand(i / 2, EntityKind::Person, &text, (next() % 9) as usize)
            })
            .collect();
        let mut one = Searcher::from_candidates(candidates.clone());
        one.set_parallel(false);
        let mut many = Searcher::from_candidates(candidates);
        many.set_parallel(true);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .expect("a pool");
        for query in ["k", "ka", "kam", "ka", "r", "ro", "Ro", "e-", "vur"] {
            for limit in [1, 50, 1001, usize::MAX] {
                let expected = one.search_top(query, None, limit);
                assert!(!expected.is_empty(), "{query}");
                let got = pool.install(|| many.search_top(query, None, limit));
                assert_eq!(got, expected, "{query} top {limit}");
            }
        }
    }

    #[test]
    fn warming_up_leaves_the_answers_of_a_fresh_searcher() {
        let names: Vec<Candidate> = (0..2 * PARALLEL_CHUNK)
            .map(|i| {
                cand(
                    i,
                    EntityKind::Person,
                    &format!("Name{i} Khe{}", i % 7),
                    i % 5,
                )
            })
            .collect();
        let mut warmed = Searcher::from_candidates(names.clone());
        warmed.warm_up();
        assert!(warmed.history.is_empty());
        let mut fresh = Searcher::from_candidates(names);
        for q in ["e", "k", "kh", "Khe3"] {
            assert_eq!(
                warmed.search_top(q, None, 50),
                fresh.search_top(q, None, 50),
                "{q}"
            );
        }
    }

    #[test]
    fn stretches_by_bound_are_one_stable_ordering() {
        let mut next = xorshift(0x2545_F491_4F6C_DD1Du64);
        for (n, spread) in [(0, 1), (1, 1), (500, 3), (2000, 40), (300, 1 << 20)] {
            let survivors: Vec<u32> = (0..n).map(|i| i * 3).collect();
            let bounds: Vec<i64> = (0..n).map(|_| (next() % spread) as i64 - 7).collect();
            let mut expected: Vec<(i64, u32)> = bounds
                .iter()
                .copied()
                .zip(survivors.iter().copied())
                .collect();
            expected.sort_by_key(|&(b, _)| std::cmp::Reverse(b));
            let stretches: Vec<Vec<(i64, u32)>> = ByBound::new(&survivors, bounds, 64).collect();
            if spread < MAX_BOUND_BUCKETS as u64 {
                // Every stretch but the last holds at least 64 names, and
                // whole bound values.
                for pair in stretches.windows(2) {
                    assert!(pair[0].len() >= 64);
                    assert!(pair[0].last().unwrap().0 > pair[1][0].0);
                }
            }
            assert_eq!(
                stretches.concat(),
                expected,
                "{n} names over {spread} bounds"
            );
        }
    }

    #[test]
    fn non_ascii_queries_match_exactly() {
        let mut s = Searcher::from_candidates(vec![
            cand(0, EntityKind::Place, "Côte d'Ivoire", 1),
            cand(1, EntityKind::Place, "Cote", 1),
        ]);
        let hits = s.search("cô", None);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].matched, vec![0, 1]);
        assert_eq!(s.search("cote", None).len(), 1);
    }
}
