//! Finder state: query editing, scope and prefixes, generations, selection
//! and scrolling, accept outcomes, and the searches behind them.

mod finder_support;

use std::sync::atomic::AtomicBool;

use dateline::index::Index;
use dateline::index::search::Searcher;
use dateline::model::{EntityId, EntityKind};
use dateline::tui::finder::{
    Finder, FinderAction as A, FinderMode, FinderOutcome, Scope, SearchRequest, SearchResults,
    run_request, run_request_cancellable,
};
use finder_support::*;

fn typed(finder: &mut Finder, text: &str) -> FinderOutcome {
    let mut last = FinderOutcome::None;
    for c in text.chars() {
        last = finder.update(A::Input(c));
    }
    last
}

fn request(outcome: FinderOutcome) -> SearchRequest {
    match outcome {
        FinderOutcome::Search(r) => r,
        other => panic!("expected a search, got {other:?}"),
    }
}

/// Run whatever the finder would ask for now and apply it.
fn settle(finder: &mut Finder, index: &Index) {
    let mut searcher = Searcher::new(index);
    let results = run_request(&mut searcher, index, &finder.request());
    finder.apply(results);
}

fn names(finder: &Finder, index: &Index) -> Vec<String> {
    finder
        .results
        .hits
        .iter()
        .map(|h| index.entity(h.entity).name.clone())
        .collect()
}

#[test]
fn typing_inserts_at_the_cursor_and_asks_for_a_search_each_time() {
    let mut f = Finder::new();
    let r1 = request(f.update(A::Input('k')));
    let r2 = request(f.update(A::Input('l')));
    assert_eq!((r1.query.as_str(), r2.query.as_str()), ("k", "kl"));
    assert!(r2.generation > r1.generation);
    assert_eq!(r2.generation, f.generation);
    f.update(A::CursorLeft);
    f.update(A::Input('h'));
    assert_eq!(f.query, "khl");
    assert_eq!(f.cursor, 2);
    // Control characters are not text.
    assert_eq!(f.update(A::Input('\u{7}')), FinderOutcome::None);
    assert_eq!(f.query, "khl");
}

#[test]
fn cursor_moves_by_characters_and_stays_in_range() {
    let mut f = Finder::new();
    typed(&mut f, "é李b");
    assert_eq!(f.cursor, 3);
    assert_eq!(f.update(A::CursorRight), FinderOutcome::None);
    assert_eq!(f.cursor, 3);
    f.update(A::CursorHome);
    assert_eq!(f.cursor, 0);
    f.update(A::CursorLeft);
    assert_eq!(f.cursor, 0);
    f.update(A::CursorRight);
    f.update(A::Input('x'));
    assert_eq!(f.query, "éx李b");
    f.update(A::CursorEnd);
    assert_eq!(f.cursor, 4);
    let g = f.generation;
    // Moving the cursor is not a new query.
    f.update(A::CursorLeft);
    assert_eq!(f.generation, g);
}

#[test]
fn backspace_and_delete_remove_around_the_cursor() {
    let mut f = Finder::new();
    typed(&mut f, "a李c");
    assert_eq!(
        f.update(A::Delete),
        FinderOutcome::None,
        "nothing after the cursor"
    );
    f.update(A::CursorLeft);
    let r = request(f.update(A::Backspace));
    assert_eq!(r.query, "ac");
    assert_eq!(f.cursor, 1);
    let r = request(f.update(A::Delete));
    assert_eq!(r.query, "a");
    f.update(A::CursorHome);
    let g = f.generation;
    assert_eq!(f.update(A::Backspace), FinderOutcome::None);
    assert_eq!(f.generation, g, "no change, no search");
}

#[test]
fn ctrl_w_deletes_the_word_before_the_cursor() {
    let mut f = Finder::new();
    typed(&mut f, "amira khal");
    assert_eq!(request(f.update(A::DeleteWord)).query, "amira");
    assert_eq!(f.query, "amira ");
    assert_eq!(f.cursor, 6);
    // Trailing spaces go with the word before them.
    assert_eq!(request(f.update(A::DeleteWord)).query, "");
    assert_eq!(f.query, "");
    assert_eq!(f.update(A::DeleteWord), FinderOutcome::None);
    // In the middle: only what is before the cursor.
    typed(&mut f, "li wei");
    f.update(A::CursorLeft);
    f.update(A::CursorLeft);
    f.update(A::DeleteWord);
    assert_eq!(f.query, "li ei");
    assert_eq!(f.cursor, 3);
}

#[test]
fn ctrl_u_deletes_everything_before_the_cursor() {
    let mut f = Finder::new();
    typed(&mut f, "north grain");
    f.update(A::CursorLeft);
    f.update(A::CursorLeft);
    assert_eq!(request(f.update(A::ClearLine)).query, "in");
    assert_eq!(f.cursor, 0);
    assert_eq!(f.update(A::ClearLine), FinderOutcome::None);
    f.update(A::CursorEnd);
    f.update(A::ClearLine);
    assert_eq!(f.query, "");
}

#[test]
fn tab_cycles_the_scope_and_each_cycle_searches_again() {
    let mut f = Finder::new();
    let mut seen = vec![f.scope];
    let mut kinds = Vec::new();
    for _ in 0..5 {
        let r = request(f.update(A::CycleScope));
        seen.push(f.scope);
        kinds.push(r.kind);
    }
    assert_eq!(
        seen,
        [
            Scope::All,
            Scope::People,
            Scope::Organisations,
            Scope::Places,
            Scope::Other,
            Scope::All
        ]
    );
    assert_eq!(
        kinds,
        [
            Some(EntityKind::Person),
            Some(EntityKind::Organisation),
            Some(EntityKind::Place),
            Some(EntityKind::Other),
            None
        ]
    );
}

#[test]
fn at_and_hash_prefixes_override_the_scope() {
    let index = index();
    let mut f = Finder::new();
    f.update(A::CycleScope);
    f.update(A::CycleScope);
    f.update(A::CycleScope);
    assert_eq!(f.scope, Scope::Places);
    let r = request(typed(&mut f, "@ kh"));
    assert_eq!(r.kind, Some(EntityKind::Person));
    assert_eq!(r.query, "kh");
    assert_eq!(f.effective_scope(), Scope::People);
    settle(&mut f, &index);
    assert_eq!(names(&f, &index), ["Amira Khalidi"], "Khartown is a place");
    f.update(A::CursorHome);
    f.update(A::Delete);
    let r = request(f.update(A::Input('#')));
    assert_eq!(r.kind, Some(EntityKind::Organisation));
    assert_eq!(r.query, "kh");
    // Without a prefix the Tab scope applies again.
    f.update(A::Backspace);
    assert_eq!(f.request().kind, Some(EntityKind::Place));
    assert_eq!(f.request().query, "kh");
}

#[test]
fn stale_results_are_ignored_and_fresh_ones_reset_the_selection() {
    let index = index();
    let mut searcher = Searcher::new(&index);
    let mut f = Finder::new();
    let old = request(f.update(A::Input('k')));
    let new = request(f.update(A::Input('h')));
    let old_results = run_request(&mut searcher, &index, &old);
    let new_results = run_request(&mut searcher, &index, &new);
    assert!(!old_results.hits.is_empty());
    f.apply(old_results.clone());
    assert!(f.results.hits.is_empty(), "stale generation applied");
    assert!(f.is_pending());
    f.apply(new_results.clone());
    assert_eq!(f.results, new_results);
    assert!(!f.is_pending());
    f.update(A::SelectNext);
    assert_eq!(f.selected, 1);
    let again = request(f.update(A::Input('a')));
    f.apply(new_results);
    assert_eq!(f.selected, 1, "an older answer must not move the selection");
    f.apply(run_request(&mut searcher, &index, &again));
    assert_eq!(f.selected, 0);
}

#[test]
fn accept_focuses_the_selected_entity_and_close_closes() {
    let index = index();
    let mut f = Finder::new();
    assert_eq!(f.update(A::Accept), FinderOutcome::None, "nothing listed");
    request(f.open());
    settle(&mut f, &index);
    f.update(A::SelectNext);
    let second = f.results.hits[1].entity;
    assert_eq!(f.update(A::Accept), FinderOutcome::FocusEntity(second));
    assert_eq!(f.update(A::Close), FinderOutcome::Close);
}

#[test]
fn story_mode_lists_titles_and_accept_opens_the_story() {
    let index = index();
    let mut f = Finder::new();
    let r = request(f.update(A::ToggleMode));
    assert_eq!(r.mode, FinderMode::Stories);
    assert_eq!(r.kind, None);
    assert_eq!(f.update(A::CycleScope), FinderOutcome::None);
    settle(&mut f, &index);
    assert_eq!(f.results.stories.len(), 3, "empty query lists every story");
    typed(&mut f, "harvest");
    settle(&mut f, &index);
    assert_eq!(f.results.stories.len(), 1);
    assert_eq!(f.update(A::Accept), FinderOutcome::OpenStory(1));
    // Prefixes mean nothing to story titles: one carried over from a name
    // search is ignored rather than matched literally (which found nothing).
    f.update(A::CursorHome);
    assert_eq!(request(f.update(A::Input('@'))).query, "harvest");
    settle(&mut f, &index);
    assert_eq!(f.results.stories.len(), 1, "still finds the story");
    // Ctrl-t cycles on to story text, then back to names.
    assert_eq!(request(f.update(A::ToggleMode)).mode, FinderMode::Text);
    let back = request(f.update(A::ToggleMode));
    assert_eq!(back.mode, FinderMode::Entities);
    assert_eq!(back.kind, Some(EntityKind::Person));
}

#[test]
fn selection_wraps_and_the_list_scrolls_to_keep_it_visible() {
    let index = index();
    let mut f = Finder::new();
    f.open();
    settle(&mut f, &index);
    let n = f.results.hits.len();
    assert_eq!(n, 7);
    f.set_page(3);
    f.update(A::SelectPrev);
    assert_eq!(f.selected, n - 1, "up from the top wraps to the bottom");
    assert_eq!(f.offset, n - 3);
    f.update(A::SelectNext);
    assert_eq!((f.selected, f.offset), (0, 0), "down from the bottom wraps");
    for _ in 0..3 {
        f.update(A::SelectNext);
    }
    assert_eq!((f.selected, f.offset), (3, 1));
    // A click on the first visible row selects what is drawn there.
    f.update(A::SelectRow(0));
    assert_eq!(f.selected, 1);
    f.update(A::SelectRow(40));
    assert_eq!(f.selected, 1, "a click below the list selects nothing");
    f.update(A::PageDown);
    f.update(A::PageDown);
    assert_eq!(f.selected, n - 1, "paging clamps");
    f.update(A::PageUp);
    assert_eq!(f.selected, n - 4);
    assert!(f.offset <= f.selected && f.selected < f.offset + 3);
}

#[test]
fn resize_sets_the_page_from_the_drawn_list() {
    let index = index();
    let mut f = Finder::new();
    f.open();
    settle(&mut f, &index);
    let area = ratatui::layout::Rect::new(0, 0, 60, 9);
    f.resize(area);
    let rows = usize::from(dateline::tui::finder::list_area(area).height);
    assert!(rows > 0 && rows < 7, "the fixture must overflow this list");
    assert_eq!(f.page(), rows);
    for _ in 0..rows {
        f.update(A::SelectNext);
    }
    assert_eq!(f.offset, 1);
}

#[test]
fn empty_query_lists_the_most_mentioned_of_every_kind_together() {
    let index = index();
    let mut f = Finder::new();
    f.open();
    settle(&mut f, &index);
    // By mentions (4, 3, 3, then 2 each), ties by entity: the place
    // Khartown ranks between the person and the organisation it ties with.
    assert_eq!(
        names(&f, &index),
        [
            "Amira Khalidi",
            "Northern Grain Cooperative",
            "Li Wei",
            "Jonas Earnshaw",
            "Khartown",
            "Ministry of Water",
            "Valdoria"
        ]
    );
    assert_eq!((f.results.matched, f.results.total), (7, 7));
    f.update(A::CycleScope);
    settle(&mut f, &index);
    assert_eq!(
        names(&f, &index),
        ["Amira Khalidi", "Li Wei", "Jonas Earnshaw"]
    );
    assert_eq!(f.results.total, 3);
}

#[test]
fn places_rank_by_score_with_every_other_kind_as_the_cli_does() {
    let index = index();
    let mut searcher = Searcher::new(&index);
    let req = |query: &str| SearchRequest {
        generation: 7,
        query: query.to_string(),
        kind: None,
        mode: FinderMode::Entities,
    };
    // The place scores best on "ri" and second on "ow": it is listed so.
    for (query, first_raw, expected) in [
        ("ri", VALDORIA, [VALDORIA, GRAIN, KHALIDI]),
        ("ow", WATER, [WATER, KHARTOWN, EARNSHAW]),
    ] {
        let raw = searcher.search(query, None);
        assert_eq!(raw.first().map(|h| h.entity), Some(first_raw), "{query}");
        let results = run_request(&mut searcher, &index, &req(query));
        assert_eq!(results.generation, 7);
        let ids: Vec<EntityId> = results.hits.iter().map(|h| h.entity).collect();
        assert_eq!(ids, expected, "{query}");
        // The same order as `dateline search` prints.
        let cli: Vec<EntityId> = dateline::index::search::search(&index, query, None, 50)
            .iter()
            .map(|h| h.entity)
            .collect();
        assert_eq!(ids, cli, "{query}");
        assert_eq!(results.matched, 3);
        assert_eq!(results.total, 7);
    }
}

#[test]
fn equal_scores_rank_by_mention_count() {
    let index = index();
    let mut searcher = Searcher::new(&index);
    let mut f = Finder::new();
    // "Amira Khalidi" (4 mentions) and "Khartown" (2) score alike on "kh":
    // the more mentioned goes first. On "r" every name scores alike.
    typed(&mut f, "kh");
    f.apply(run_request(&mut searcher, &index, &f.request()));
    assert_eq!(names(&f, &index), ["Amira Khalidi", "Khartown"]);
    let results = run_request(
        &mut searcher,
        &index,
        &SearchRequest {
            generation: f.generation,
            query: "r".to_string(),
            kind: None,
            mode: FinderMode::Entities,
        },
    );
    let scores: Vec<i64> = results.hits.iter().map(|h| h.score).collect();
    assert!(scores[..4].iter().all(|&s| s == scores[0]), "{scores:?}");
    let ids: Vec<EntityId> = results.hits.iter().map(|h| h.entity).collect();
    // All score alike: by mentions (4, 3, then 2 each), ties by id,
    // whatever the kind.
    assert_eq!(ids, [KHALIDI, GRAIN, EARNSHAW, KHARTOWN, WATER, VALDORIA]);
}

#[test]
fn an_alias_match_reports_the_alias_and_its_positions() {
    let index = index();
    let mut searcher = Searcher::new(&index);
    let mut f = Finder::new();
    typed(&mut f, "李");
    let results = run_request(&mut searcher, &index, &f.request());
    let hit = &results.hits[0];
    assert_eq!(hit.entity, LI_WEI);
    assert_eq!(hit.alias, "李伟");
    assert_eq!(hit.matched, [0]);
}

#[test]
fn a_cancelled_request_gives_up() {
    let index = index();
    let mut searcher = Searcher::new(&index);
    let mut f = Finder::new();
    let r = request(typed(&mut f, "kh"));
    assert_eq!(
        run_request_cancellable(&mut searcher, &index, &r, &AtomicBool::new(true)),
        None::<SearchResults>
    );
    let done = run_request_cancellable(&mut searcher, &index, &r, &AtomicBool::new(false));
    assert!(done.is_some_and(|d| !d.hits.is_empty()));
}

#[test]
fn typing_a_name_fragment_finds_and_focuses_it() {
    let index = index();
    let mut f = Finder::new();
    f.open();
    typed(&mut f, "khl");
    settle(&mut f, &index);
    assert_eq!(
        names(&f, &index).first().map(String::as_str),
        Some("Amira Khalidi")
    );
    assert_eq!(f.update(A::Accept), FinderOutcome::FocusEntity(KHALIDI));
    f.update(A::ClearLine);
    typed(&mut f, "earnsh");
    settle(&mut f, &index);
    assert_eq!(names(&f, &index), ["Jonas Earnshaw"]);
}

mod properties {
    use super::*;
    use dateline::tui::finder::{FinderStyles, list_area, render};
    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn action() -> impl Strategy<Value = A> {
        prop_oneof![
            4 => prop::sample::select(vec!['k', 'h', 'a', 'l', ' ', '@', '#', '李', 'é', '\u{301}', '👍', 'W'])
                .prop_map(A::Input),
            1 => Just(A::Backspace),
            1 => Just(A::Delete),
            1 => Just(A::CursorLeft),
            1 => Just(A::CursorRight),
            1 => Just(A::CursorHome),
            1 => Just(A::CursorEnd),
            1 => Just(A::DeleteWord),
            1 => Just(A::ClearLine),
            2 => Just(A::SelectNext),
            2 => Just(A::SelectPrev),
            1 => (0u16..12).prop_map(A::SelectRow),
            1 => Just(A::CycleScope),
            1 => Just(A::ToggleMode),
            1 => Just(A::PageDown),
            1 => Just(A::PageUp),
            1 => Just(A::Accept),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any sequence of actions, answered or not, at any screen size,
        /// keeps the state consistent and draws without panicking.
        #[test]
        fn any_actions_keep_the_finder_consistent(
            actions in prop::collection::vec((action(), any::<bool>()), 1..40),
            w in 0u16..70,
            h in 0u16..24,
        ) {
            let index = index();
            let mut searcher = Searcher::new(&index);
            let mut f = Finder::new();
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("backend");
            f.resize(ratatui::layout::Rect::new(0, 0, w, h));
            for (a, answer) in actions {
                let before = f.generation;
                match f.update(a) {
                    FinderOutcome::Search(r) => {
                        prop_assert!(r.generation > before);
                        prop_assert_eq!(&r, &f.request());
                        if answer {
                            f.apply(run_request(&mut searcher, &index, &r));
                        }
                    }
                    FinderOutcome::FocusEntity(id) => {
                        prop_assert_eq!(Some(id), f.selected_entity());
                    }
                    FinderOutcome::OpenStory(i) => {
                        prop_assert_eq!(Some(i), f.selected_story());
                    }
                    FinderOutcome::OpenPassage { story, paragraph, sentence } => {
                        let hit = f.selected_passage().expect("a passage is selected");
                        prop_assert_eq!(story, hit.story.0);
                        prop_assert_eq!(paragraph, hit.paragraph);
                        prop_assert_eq!(sentence, hit.sentence.clone());
                    }
                    FinderOutcome::None | FinderOutcome::Close => {
                        prop_assert_eq!(f.generation, before);
                    }
                }
                prop_assert!(f.cursor <= f.query.chars().count());
                let n = f.results.len();
                prop_assert!(n == 0 || f.selected < n);
                terminal
                    .draw(|frame| {
                        let area = frame.area();
                        render(&f, &index, &FinderStyles::default(), frame, area);
                    })
                    .expect("draw");
                let list = list_area(ratatui::layout::Rect::new(0, 0, w, h));
                let rows = usize::from(list.height);
                if n > 0 && rows > 0 {
                    let offset = f.visible_offset(rows);
                    prop_assert!(offset <= f.selected && f.selected < offset + rows);
                }
            }
        }
    }
}

#[test]
fn long_result_lists_are_capped_but_counted() {
    use dateline::tui::finder::MAX_HITS;
    let people = MAX_HITS * 4 / 5;
    let places = MAX_HITS * 7 / 10;
    let names: Vec<(String, EntityKind, usize)> = (0..people + places)
        .map(|i| {
            let kind = if i < people {
                EntityKind::Person
            } else {
                EntityKind::Place
            };
            (format!("Name {i}"), kind, i % 5)
        })
        .collect();
    let index = names_index(&names);
    let mut searcher = Searcher::new(&index);
    for query in ["", "name"] {
        let r = run_request(
            &mut searcher,
            &index,
            &SearchRequest {
                generation: 0,
                query: query.to_string(),
                kind: None,
                mode: FinderMode::Entities,
            },
        );
        assert_eq!(r.hits.len(), MAX_HITS, "{query:?}");
        let kinds: Vec<EntityKind> = r.hits.iter().map(|h| index.entity(h.entity).kind).collect();
        // Every kind in one ranking: the kept rows hold places as well.
        assert!(kinds.contains(&EntityKind::Place), "{query:?}");
        assert!(kinds.contains(&EntityKind::Person), "{query:?}");
        if query.is_empty() {
            // The empty query counts every entity, most mentioned first
            // whatever the kind, ties by entity.
            assert_eq!((r.matched, r.total), (people + places, people + places));
            assert!(!r.capped);
            let keys: Vec<(std::cmp::Reverse<usize>, EntityId)> = r
                .hits
                .iter()
                .map(|h| (std::cmp::Reverse(index.mention_count(h.entity)), h.entity))
                .collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]));
        } else {
            // A query keeps only the best rows and says there are more;
            // the kept rows are the CLI's ranking.
            assert!(r.capped, "{query:?}");
            assert_eq!((r.matched, r.total), (MAX_HITS, people + places));
            let cli: Vec<EntityId> = dateline::index::search::search(&index, query, None, MAX_HITS)
                .iter()
                .map(|h| h.entity)
                .collect();
            let ids: Vec<EntityId> = r.hits.iter().map(|h| h.entity).collect();
            assert_eq!(ids, cli);
        }
    }
}

#[test]
fn the_cursor_steps_over_whole_graphemes() {
    let mut f = Finder::new();
    // "e" + combining acute, then a thumbs-up with a skin tone, then "x".
    typed(&mut f, "e\u{301}👍🏽x");
    assert_eq!(f.cursor, 5);
    f.update(A::CursorLeft);
    assert_eq!(f.cursor, 4);
    f.update(A::CursorLeft);
    assert_eq!(f.cursor, 2, "the emoji and its modifier are one step");
    f.update(A::CursorLeft);
    assert_eq!(f.cursor, 0, "the letter and its accent are one step");
    f.update(A::CursorRight);
    assert_eq!(f.cursor, 2);
    f.update(A::Delete);
    assert_eq!(f.query, "e\u{301}x");
    f.update(A::Backspace);
    assert_eq!(f.query, "x");
    assert_eq!(f.cursor, 0);
}
