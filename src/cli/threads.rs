//! Loading and extraction run on every core; what comes out must not depend
//! on how many threads did the work.

use std::path::PathBuf;

use super::{entities, timeline};
use crate::index::Index;
use crate::ingest;

/// Everything `timeline --json` and `entities --json` print, plus the corpus
/// and the index tables behind them, built on a pool of `threads` threads.
fn build_with(threads: usize) -> (String, String, String) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("thread pool");
    pool.install(|| {
        assert_eq!(rayon::current_num_threads(), threads);
        let paths = [
            PathBuf::from("sample-data"),
            PathBuf::from("tests/fixtures"),
        ];
        let loaded = ingest::load_counted(&paths);
        let corpus = format!("{} files\n{:#?}", loaded.files, loaded.corpus);
        let index = Index::build(loaded.corpus);
        let tables = format!(
            "{:#?}\n{:#?}\n{:#?}\n{:#?}\n{:#?}",
            index.events(),
            index.timeline(),
            index.groups(),
            index.entities(),
            index.mentions()
        );
        let json = serde_json::to_string_pretty(&(
            timeline::to_json(&index, index.timeline()),
            entities::to_json(&index, &index.entities_by_mentions()),
        ))
        .expect("JSON");
        (corpus, tables, json)
    })
}

#[test]
fn one_thread_and_four_give_the_same_corpus_index_and_output() {
    let (corpus_1, tables_1, json_1) = build_with(1);
    // Several rounds: an order that depended on which thread finished first
    // would show in one of them.
    for _ in 0..3 {
        let (corpus_4, tables_4, json_4) = build_with(4);
        assert_eq!(corpus_1, corpus_4, "loaded corpus differs");
        assert_eq!(tables_1, tables_4, "index tables differ");
        assert_eq!(json_1, json_4, "timeline/entities JSON differs");
    }
    // The comparison is over real content, not empty tables.
    assert!(corpus_1.contains("Lausanne"), "sample stories not loaded");
    assert!(json_1.matches("\"group\"").count() > 1, "no events listed");
    assert!(tables_1.contains("EventGroup"), "no event groups built");
}
