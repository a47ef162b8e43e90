//! Fuzzy search over entity names and aliases.
//!
//! Matching is fzf-style (`SkimMatcherV2`, smart case: a query with a capital
//! letter matches case exactly) behind the small [`NameMatcher`] trait. The
//! [`Searcher`] is built for large name sets:
//!
//! - a **prefilter** rejects most names before the matcher sees them: each
//!   name keeps a 64-bit mask of the characters it contains and an ASCII
//!   lower-cased copy of its bytes, so a name lacking a query character, or
//!   holding them in the wrong order, costs a couple of instructions;
//! - **incremental narrowing**: when a query extends the previous one
//!   ("kh" → "khm") only the names that matched the previous query are
//!   scored again;
//! - matched positions (for highlighting) are computed only for the hits
//!   returned, so asking for the top 50 of 30,000 matches is cheap;
//! - **cancellation**: a search gives up as soon as its flag is set.
//!
//! Ranking: score (best first), then how often the entity is mentioned, then
//! entity id. Each entity appears once, with the name or alias that scored
//! best (the canonical name on a tie).

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
}

/// The default matcher: skim's fzf-like scoring with smart case.
pub struct SkimMatcher(SkimMatcherV2);

impl Default for SkimMatcher {
    fn default() -> Self {
        Self(SkimMatcherV2::default().smart_case())
    }
}

impl NameMatcher for SkimMatcher {
    fn score(&self, text: &str, query: &str) -> Option<i64> {
        self.0.fuzzy_match(text, query)
    }

    fn indices(&self, text: &str, query: &str) -> Option<(i64, Vec<usize>)> {
        self.0.fuzzy_indices(text, query)
    }
}

/// What the last completed search matched, for narrowing the next one.
struct Narrowing {
    query: String,
    kind: Option<EntityKind>,
    /// Candidates that matched, with their scores.
    matched: Vec<(u32, i64)>,
}

/// Fuzzy search over a fixed set of names.
pub struct Searcher {
    candidates: Vec<Candidate>,
    /// Per candidate: which characters it contains (see [`char_bit`]).
    masks: Vec<u64>,
    /// Every candidate's bytes with ASCII letters lower-cased, concatenated;
    /// candidate `i` is `folded[offsets[i]..offsets[i + 1]]`.
    folded: Vec<u8>,
    offsets: Vec<usize>,
    /// Per candidate: a dense slot for its entity (for one hit per entity).
    slot: Vec<u32>,
    /// Per slot: the best (score, candidate) of the current search, valid
    /// when `stamp` equals `generation`.
    best: Vec<(i64, u32)>,
    stamp: Vec<u32>,
    generation: u32,
    matcher: Box<dyn NameMatcher>,
    last: Option<Narrowing>,
}

impl std::fmt::Debug for Searcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Searcher")
            .field("candidates", &self.candidates.len())
            .field("last_query", &self.last.as_ref().map(|l| &l.query))
            .finish()
    }
}

/// How often a scan checks its cancellation flag.
const CANCEL_CHECK_EVERY: usize = 1024;

impl Searcher {
    /// Every entity name and alias in `index`.
    pub fn new(index: &Index) -> Self {
        let mut candidates = Vec::new();
        for e in &index.entities {
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
        Self::with_matcher(candidates, Box::new(SkimMatcher::default()))
    }

    /// A searcher over `candidates` using `matcher`.
    pub fn with_matcher(candidates: Vec<Candidate>, matcher: Box<dyn NameMatcher>) -> Self {
        let mut masks = Vec::with_capacity(candidates.len());
        let mut folded = Vec::new();
        let mut offsets = Vec::with_capacity(candidates.len() + 1);
        let mut slot = Vec::with_capacity(candidates.len());
        let mut slots: std::collections::HashMap<EntityId, u32> = Default::default();
        offsets.push(0);
        for c in &candidates {
            masks.push(mask_of(&c.text));
            folded.extend(c.text.bytes().map(|b| b.to_ascii_lowercase()));
            offsets.push(folded.len());
            let next = slots.len() as u32;
            slot.push(*slots.entry(c.entity).or_insert(next));
        }
        let n_slots = slots.len();
        Self {
            candidates,
            masks,
            folded,
            offsets,
            slot,
            best: vec![(0, 0); n_slots],
            stamp: vec![0; n_slots],
            generation: 0,
            matcher,
            last: None,
        }
    }

    /// How many names (canonical names and aliases) are searched.
    pub fn len(&self) -> usize {
        self.candidates.len()
    }

    pub fn is_empty(&self) -> bool {
        self.candidates.is_empty()
    }

    /// Forget the previous query, so the next search scans every name.
    pub fn reset(&mut self) {
        self.last = None;
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
        let matched = self.matching(query, kind, cancel)?;
        // One hit per entity: its best-scoring name.
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
        let mut entities: Vec<u32> = Vec::new();
        for &(ci, score) in &matched {
            let s = self.slot[ci as usize] as usize;
            if self.stamp[s] != self.generation {
                self.stamp[s] = self.generation;
                self.best[s] = (score, ci);
                entities.push(s as u32);
            } else if score > self.best[s].0 || score == self.best[s].0 && ci < self.best[s].1 {
                self.best[s] = (score, ci);
            }
        }
        let mut ranked: Vec<(i64, u32)> = entities.iter().map(|&s| self.best[s as usize]).collect();
        let candidates = &self.candidates;
        let order = |a: &(i64, u32), b: &(i64, u32)| {
            let (ca, cb) = (&candidates[a.1 as usize], &candidates[b.1 as usize]);
            b.0.cmp(&a.0)
                .then(cb.mentions.cmp(&ca.mentions))
                .then(ca.entity.cmp(&cb.entity))
        };
        if limit < ranked.len() {
            if limit == 0 {
                return Some(Vec::new());
            }
            ranked.select_nth_unstable_by(limit - 1, order);
            ranked.truncate(limit);
        }
        ranked.sort_unstable_by(order);
        let hits = ranked
            .into_iter()
            .map(|(score, ci)| {
                let c = &self.candidates[ci as usize];
                let (score, matched) = self
                    .matcher
                    .indices(&c.text, query)
                    .unwrap_or((score, Vec::new()));
                SearchHit {
                    entity: c.entity,
                    score,
                    alias: c.text.clone(),
                    matched,
                }
            })
            .collect();
        Some(hits)
    }

    /// Every (candidate, score) matching `query`, narrowing from the last
    /// search when `query` extends it.
    fn matching(
        &mut self,
        query: &str,
        kind: Option<EntityKind>,
        cancel: &AtomicBool,
    ) -> Option<Vec<(u32, i64)>> {
        let qmask = mask_of(query);
        let qfolded: Vec<u8> = query.bytes().map(|b| b.to_ascii_lowercase()).collect();
        let narrowing = self
            .last
            .as_ref()
            .filter(|l| l.kind == kind && query.starts_with(l.query.as_str()));
        let mut matched = Vec::new();
        let check = |ci: usize, matched: &mut Vec<(u32, i64)>| {
            if self.masks[ci] & qmask != qmask {
                return;
            }
            let bytes = &self.folded[self.offsets[ci]..self.offsets[ci + 1]];
            if !is_subsequence(&qfolded, bytes) {
                return;
            }
            if let Some(score) = self.matcher.score(&self.candidates[ci].text, query) {
                matched.push((ci as u32, score));
            }
        };
        match narrowing {
            Some(last) if last.query == query => matched = last.matched.clone(),
            Some(last) => {
                for (n, &(ci, _)) in last.matched.iter().enumerate() {
                    if n % CANCEL_CHECK_EVERY == 0 && cancel.load(Ordering::Relaxed) {
                        return None;
                    }
                    check(ci as usize, &mut matched);
                }
            }
            None => {
                for ci in 0..self.candidates.len() {
                    if ci % CANCEL_CHECK_EVERY == 0 && cancel.load(Ordering::Relaxed) {
                        return None;
                    }
                    if kind.is_some_and(|k| k != self.candidates[ci].kind) {
                        continue;
                    }
                    check(ci, &mut matched);
                }
            }
        }
        self.last = Some(Narrowing {
            query: query.to_string(),
            kind,
            matched: matched.clone(),
        });
        Some(matched)
    }
}

/// The bit a character sets in a name's mask: one per ASCII letter (either
/// case) and digit, one for spaces, a few shared by other ASCII characters
/// and one for everything beyond ASCII.
fn char_bit(b: u8) -> u64 {
    let i = match b {
        b'a'..=b'z' => b - b'a',
        b'A'..=b'Z' => b - b'A',
        b'0'..=b'9' => 26 + (b - b'0'),
        b' ' => 36,
        0..=127 => 37 + b % 26,
        _ => 63,
    };
    1 << i
}

fn mask_of(s: &str) -> u64 {
    s.bytes().fold(0, |m, b| m | char_bit(b))
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
