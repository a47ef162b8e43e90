//! Fuzzy search over an index's names and aliases.

mod index_support;

use dateline::index::search::{Candidate, Searcher};
use dateline::model::{EntityId, EntityKind};
use index_support::{Builder, build, day};
use proptest::prelude::*;

use EntityKind::{Organisation, Person, Place};

fn seed_like_index() -> dateline::index::Index {
    build(vec![
        Builder::new(
            "s",
            Some(day(2014, 11, 6)),
            &[
                "Supreme Leader Ayatollah Ali Khamenei got a letter from President Barack Obama.",
                "Obama wrote to Khamenei, The Wall Street Journal reported. White House spokesman Josh Earnest declined comment. Obama, Obama, Obama.",
                "The Associated Press heard from Washington and Iran. Iran, Iran, Iran.",
            ],
        )
        .entity("Ali Khamenei", Person, &["Khamenei"], &["Supreme Leader", "Ayatollah"])
        .mentions("Ali Khamenei", 0)
        .mentions("Khamenei", 0)
        .entity("Barack Obama", Person, &["Obama"], &["President"])
        .mentions("Barack Obama", 1)
        .mentions("Obama", 1)
        .entity("The Wall Street Journal", Organisation, &[], &[])
        .mentions("The Wall Street Journal", 2)
        .entity("White House", Organisation, &[], &[])
        .mentions("White House", 3)
        .entity("Josh Earnest", Person, &[], &["spokesman"])
        .mentions("Josh Earnest", 4)
        .entity("The Associated Press", Organisation, &["AP"], &[])
        .mentions("The Associated Press", 5)
        .entity("Washington", Place, &[], &[])
        .mentions("Washington", 6)
        .entity("Iran", Place, &[], &[])
        .mentions("Iran", 7),
    ])
}

fn first(index: &dateline::index::Index, query: &str) -> String {
    let hits = dateline::index::search::search(index, query, None, 10);
    let hit = hits
        .first()
        .unwrap_or_else(|| panic!("no hit for {query:?}"));
    index.entity(hit.entity).name.clone()
}

#[test]
fn typical_queries_find_the_expected_entity_first() {
    let index = seed_like_index();
    assert_eq!(first(&index, "khm"), "Ali Khamenei");
    assert_eq!(first(&index, "wsj"), "The Wall Street Journal");
    assert_eq!(first(&index, "obama"), "Barack Obama");
    assert_eq!(first(&index, "earnest"), "Josh Earnest");
    assert_eq!(first(&index, "ap"), "The Associated Press");
}

#[test]
fn hits_carry_the_alias_and_char_positions_to_highlight() {
    let index = seed_like_index();
    let hits = dateline::index::search::search(&index, "wsj", None, 10);
    let hit = &hits[0];
    assert_eq!(hit.alias, "The Wall Street Journal");
    let chars: Vec<char> = hit.alias.chars().collect();
    let picked: String = hit.matched.iter().map(|&i| chars[i]).collect();
    assert_eq!(picked.to_lowercase(), "wsj");
    // Positions are characters, not bytes.
    let mut s = Searcher::from_candidates(vec![Candidate {
        entity: EntityId(0),
        kind: Place,
        text: "Zürich Ost".into(),
        mentions: 1,
    }]);
    let hits = s.search("ost", None);
    assert_eq!(hits[0].matched, vec![7, 8, 9]);
}

#[test]
fn ties_break_on_mentions_and_kind_filters() {
    let index = seed_like_index();
    // "Iran" (mentioned most) and "The Wall Street Journal" etc. can all
    // match "a"; the kind filter keeps places only.
    let hits = dateline::index::search::search(&index, "a", Some(Place), 10);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| index.entity(h.entity).kind == Place));
    let mut s = Searcher::from_candidates(vec![
        Candidate {
            entity: EntityId(0),
            kind: Person,
            text: "Ann Lee".into(),
            mentions: 1,
        },
        Candidate {
            entity: EntityId(1),
            kind: Person,
            text: "Ann Lee".into(),
            mentions: 5,
        },
    ]);
    let hits = s.search("ann", None);
    assert_eq!(hits[0].entity, EntityId(1));
    assert_eq!(hits[0].score, hits[1].score);
}

#[test]
fn an_empty_query_lists_everything_by_mentions() {
    let index = seed_like_index();
    let hits = dateline::index::search::search(&index, "", None, 100);
    assert_eq!(hits.len(), index.entities().len());
    let counts: Vec<usize> = hits.iter().map(|h| index.mention_count(h.entity)).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

fn names_strategy() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[A-Za-z][a-zé ]{0,12}", 1..40)
}

proptest! {
    /// Typing a query keystroke by keystroke, with backspaces, gives exactly
    /// what a fresh full scan gives for every prefix.
    #[test]
    fn incremental_search_equals_a_full_scan(
        names in names_strategy(),
        typed in "[a-eA-E é]{1,6}",
        back in 0usize..3,
    ) {
        let candidates: Vec<Candidate> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Candidate {
                entity: EntityId(i / 2),
                kind: if i % 3 == 0 { Place } else { Person },
                text: n.clone(),
                mentions: i % 5,
            })
            .collect();
        let chars: Vec<char> = typed.chars().collect();
        let mut queries: Vec<String> = (1..=chars.len()).map(|n| chars[..n].iter().collect()).collect();
        let keep = chars.len().saturating_sub(back).max(1);
        queries.push(chars[..keep].iter().collect());
        for kind in [None, Some(Place)] {
            let mut incremental = Searcher::from_candidates(candidates.clone());
            let mut fresh = Searcher::from_candidates(candidates.clone());
            for q in &queries {
                let a = incremental.search(q, kind);
                fresh.reset();
                let b = fresh.search(q, kind);
                prop_assert_eq!(a, b);
            }
        }
    }
}

fn mixed_names() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec("[A-Za-z][a-zA-Z0-9 .'(é-]{0,14}", 1..60)
}

proptest! {
    /// The bound the top-k search prunes with never undercuts skim's score.
    #[test]
    fn the_skim_bound_is_an_upper_bound(text in "[A-Za-z0-9 .'(/é_-]{0,20}", query in "[a-zA-Z0-9 .é]{1,5}") {
        use fuzzy_matcher::FuzzyMatcher;
        // A matcher per call, as the searcher scores.
        let skim = || fuzzy_matcher::skim::SkimMatcherV2::default().smart_case();
        if let Some(score) = skim().fuzzy_match(&text, &query) {
            prop_assert!(dateline::index::search::skim_upper_bound(&text, &query) >= score);
        }
        if let Some((score, _)) = skim().fuzzy_indices(&text, &query) {
            prop_assert!(dateline::index::search::skim_upper_bound(&text, &query) >= score);
        }
    }

    /// The same for queries drawn from the name itself (its opening, a
    /// word's head, scattered characters, either case), which all match.
    #[test]
    fn the_skim_bound_holds_for_queries_taken_from_the_name(
        text in "[A-Za-z][A-Za-z0-9 .'(/é_-]{0,20}",
        start in 0usize..4,
        picks in prop::collection::vec(any::<bool>(), 24),
        upper in any::<bool>(),
    ) {
        use fuzzy_matcher::FuzzyMatcher;
        let chars: Vec<char> = text.chars().collect();
        let start = start.min(chars.len() - 1);
        let mut query: String = chars
            .iter()
            .enumerate()
            .skip(start)
            .filter(|(i, _)| picks[i % picks.len()] || *i == start)
            .map(|(_, c)| *c)
            .take(6)
            .collect();
        if !upper {
            query = query.to_lowercase();
        }
        let skim = || fuzzy_matcher::skim::SkimMatcherV2::default().smart_case();
        if let Some(score) = skim().fuzzy_match(&text, &query) {
            prop_assert!(
                dateline::index::search::skim_upper_bound(&text, &query) >= score,
                "{text:?} {query:?}"
            );
        }
    }

    /// Asking for the best `limit` gives exactly the head of the full ranking.
    #[test]
    fn top_k_is_the_head_of_the_full_ranking(
        names in mixed_names(),
        query in "[a-eA-E .]{1,3}",
        limit in 1usize..8,
    ) {
        let candidates: Vec<Candidate> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Candidate {
                entity: EntityId(i / 3),
                kind: Person,
                text: n.clone(),
                mentions: i % 4,
            })
            .collect();
        let mut full = Searcher::from_candidates(candidates.clone());
        let mut top = Searcher::from_candidates(candidates);
        let mut all = full.search(&query, None);
        all.truncate(limit);
        prop_assert_eq!(top.search_top(&query, None, limit), all);
    }
}

/// The ranking computed directly with skim: per entity its best-scoring
/// name (the first given on a tie), ranked by score, then the entity's
/// largest mention count, then entity id.
fn reference(
    candidates: &[Candidate],
    query: &str,
    kind: Option<dateline::model::EntityKind>,
) -> Vec<(EntityId, i64, String)> {
    use fuzzy_matcher::FuzzyMatcher;
    // A matcher per name: skim's cached matrix would carry state from one
    // name to the next.
    let skim = || fuzzy_matcher::skim::SkimMatcherV2::default().smart_case();
    let mut best: std::collections::BTreeMap<EntityId, (i64, String)> = Default::default();
    let mut mentions: std::collections::BTreeMap<EntityId, usize> = Default::default();
    for c in candidates {
        let m = mentions.entry(c.entity).or_default();
        *m = (*m).max(c.mentions);
        if kind.is_some_and(|k| k != c.kind) {
            continue;
        }
        if let Some(score) = skim().fuzzy_match(&c.text, query)
            && best.get(&c.entity).is_none_or(|(s, _)| score > *s)
        {
            best.insert(c.entity, (score, c.text.clone()));
        }
    }
    let mut ranked: Vec<(EntityId, i64, String)> =
        best.into_iter().map(|(e, (s, t))| (e, s, t)).collect();
    ranked.sort_by_key(|(e, s, _)| (std::cmp::Reverse(*s), std::cmp::Reverse(mentions[e]), *e));
    ranked
}

proptest! {
    /// Typing, deleting and retyping (narrowing from cached prefixes), with
    /// or without a limit, ranks exactly as skim over every name does.
    #[test]
    fn keystrokes_rank_as_plain_skim(
        names in mixed_names(),
        edits in prop::collection::vec(prop_oneof![
            3 => "[a-eA-E .]".prop_map(Some),
            1 => Just(None),
        ], 1..12),
        limit in 1usize..6,
        by_kind in any::<bool>(),
    ) {
        let candidates: Vec<Candidate> = names
            .iter()
            .enumerate()
            .map(|(i, n)| Candidate {
                entity: EntityId((i * 7) % 11 + i / 11 * 11),
                kind: if i % 4 == 0 { Place } else { Person },
                text: n.clone(),
                mentions: (i * 5) % 3,
            })
            .collect();
        let kind = by_kind.then_some(Place);
        let mut searcher = Searcher::from_candidates(candidates.clone());
        let mut query = String::new();
        for edit in edits {
            match edit {
                Some(c) => query.push_str(&c),
                None => {
                    query.pop();
                }
            }
            let want = reference(&candidates, &query, kind);
            let got: Vec<(EntityId, i64, String)> = searcher
                .search(&query, kind)
                .into_iter()
                .map(|h| (h.entity, h.score, h.alias))
                .collect();
            prop_assert_eq!(&got, &want, "query {:?}", query);
            let top: Vec<(EntityId, i64, String)> = searcher
                .search_top(&query, kind, limit)
                .into_iter()
                .map(|h| (h.entity, h.score, h.alias))
                .collect();
            prop_assert_eq!(&top[..], &want[..want.len().min(limit)], "query {:?} top {}", query, limit);
        }
    }
}

proptest! {
    /// The searcher's own skim scorer gives exactly the score and positions
    /// of a freshly built `SkimMatcherV2`, whatever it scored before.
    #[test]
    fn the_own_scorer_is_a_fresh_skim_matcher(
        pairs in prop::collection::vec(
            ("[A-Za-z0-9 .'(/é_-]{0,24}", "[a-zA-Z0-9 .é'-]{1,6}"),
            1..8,
        ),
    ) {
        use fuzzy_matcher::FuzzyMatcher;
        let skim = || fuzzy_matcher::skim::SkimMatcherV2::default().smart_case();
        for (text, query) in &pairs {
            prop_assert_eq!(
                dateline::index::search::skim_fuzzy(text, query, false).map(|(s, _)| s),
                skim().fuzzy_match(text, query)
            );
            prop_assert_eq!(
                dateline::index::search::skim_fuzzy(text, query, true),
                skim().fuzzy_indices(text, query)
            );
        }
    }
}
