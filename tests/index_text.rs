//! Word search over story text: tokenising and folding, word prefixes,
//! every word in one sentence, case and diacritics, and agreement with a
//! plain scan.

mod index_support;

use dateline::index::Index;
use dateline::index::text::{fold, scan, words};
use index_support::{Builder, build};

fn index(bodies: &[&[&str]]) -> Index {
    build(
        bodies
            .iter()
            .enumerate()
            .map(|(i, paragraphs)| Builder::new(&format!("s{i}"), None, paragraphs))
            .collect(),
    )
}

fn sample() -> Index {
    index(&[
        &[
            "The ferry to Kvarnholm left late. Nobody on the pier complained.",
            "A storm closed the harbour at Zürich-Ost by noon.",
        ],
        &["Harbourmasters met the ferrymen. The STORM passed quickly!"],
        &["Crème brûlée was served at the café. Kvarnholm voted on Sunday."],
    ])
}

/// (story, sentence text, marked words) of each hit.
fn found(index: &Index, query: &str) -> Vec<(usize, String, Vec<String>)> {
    let results = index.text_index().search(index, query, 100);
    assert_eq!(results.matched, results.hits.len());
    results
        .hits
        .iter()
        .map(|h| {
            let p = &index.stories()[h.story.0].paragraphs[h.paragraph];
            (
                h.story.0,
                p[h.sentence.clone()].to_string(),
                h.marks.iter().map(|m| p[m.clone()].to_string()).collect(),
            )
        })
        .collect()
}

#[test]
fn words_are_runs_of_letters_and_digits() {
    let text = "Zürich-Ost, 24 ferries; l'été e\u{301}te\u{301}";
    let got: Vec<&str> = words(text).map(|r| &text[r]).collect();
    assert_eq!(
        got,
        [
            "Zürich",
            "Ost",
            "24",
            "ferries",
            "l",
            "été",
            "e\u{301}te\u{301}"
        ]
    );
    assert_eq!(fold("ZÜRICH"), "zurich");
    assert_eq!(fold("e\u{301}te\u{301}"), fold("Été"));
    assert_eq!(words("  ,;  ").count(), 0);
}

#[test]
fn a_query_word_matches_word_prefixes_only() {
    let idx = sample();
    let hits = found(&idx, "ferr");
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].1, "The ferry to Kvarnholm left late.");
    assert_eq!(hits[0].2, ["ferry"]);
    assert_eq!(hits[1].2, ["ferrymen"]);
    // Inside a word is no match: "arbour" is in "harbour" but starts
    // no word.
    assert!(found(&idx, "arbour").is_empty());
    assert!(found(&idx, "erry").is_empty());
}

#[test]
fn every_query_word_must_match_in_the_same_sentence() {
    let idx = sample();
    let hits = found(&idx, "storm harb");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].0, 0);
    assert_eq!(hits[0].2, ["storm", "harbour"]);
    // "ferry" and "storm" are in story 0, but never in one sentence.
    assert!(found(&idx, "ferry storm").is_empty());
    // Word order in the query does not matter.
    assert_eq!(found(&idx, "harb storm"), hits);
}

#[test]
fn case_and_diacritics_are_ignored_both_ways() {
    let idx = sample();
    let storm = found(&idx, "STORM");
    assert_eq!(storm.len(), 2);
    assert_eq!(storm[1].2, ["STORM"]);
    assert_eq!(found(&idx, "zurich")[0].2, ["Zürich"]);
    assert_eq!(found(&idx, "ZÜR")[0].2, ["Zürich"]);
    let creme = found(&idx, "creme brulee cafe");
    assert_eq!(creme.len(), 1);
    assert_eq!(creme[0].2, ["Crème", "brûlée", "café"]);
    assert_eq!(found(&idx, "brûl"), found(&idx, "brul"));
}

#[test]
fn no_false_hits_and_no_words_no_hits() {
    let idx = sample();
    assert!(found(&idx, "ferryboat").is_empty());
    assert!(found(&idx, "kvarnholmen").is_empty());
    assert!(found(&idx, "").is_empty());
    assert!(found(&idx, " ,.; ").is_empty());
    assert!(found(&idx, "zzz storm").is_empty());
    // Punctuation in the query separates words.
    assert_eq!(found(&idx, "zürich-ost").len(), 1);
}

#[test]
fn hits_come_in_corpus_order_and_the_limit_keeps_the_count() {
    let idx = sample();
    let all = found(&idx, "kvarnholm");
    assert_eq!(all.iter().map(|h| h.0).collect::<Vec<_>>(), [0, 2]);
    let capped = idx.text_index().search(&idx, "the", 1);
    assert_eq!(capped.hits.len(), 1);
    assert_eq!(capped.matched, 6);
}

#[test]
fn the_index_agrees_with_a_plain_scan() {
    let idx = sample();
    for q in ["the", "t", "s", "storm h", "c", "é", "k v", "on", "24", "q"] {
        assert_eq!(
            idx.text_index().search(&idx, q, 3),
            scan(&idx, q, 3),
            "query {q:?}"
        );
    }
}
