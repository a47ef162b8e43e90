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

/// A folder of `n` small stories where every hundredth repeats an earlier
/// one (same title and date) and file names collide on ids, so the order in
/// which files join the corpus shows in the ids and the duplicate warnings.
fn many_stories(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for i in 0..n {
        let sub = dir.path().join(format!("{:02}", i % 7));
        std::fs::create_dir_all(&sub).expect("sub dir");
        let part = if i % 100 == 99 { i / 300 } else { i };
        let text = format!(
            "---\ntitle: Harbour board meets, part {part}\ndate: 2021-03-{:02}\n---\n\nThe \
             harbour board of Port Elwin met on Tuesday with Mayor Ada Quist; the vote is set \
             for {} May.\n",
            1 + part % 28,
            1 + i % 30
        );
        std::fs::write(sub.join(format!("story-{}.md", i % 500)), text).expect("write");
    }
    dir
}

#[test]
fn a_load_over_several_batches_is_the_same_on_one_thread_and_four() {
    let dir = many_stories(1200);
    let load = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        pool.install(|| {
            let loaded = ingest::load_counted(&[dir.path().to_path_buf()]);
            let index = Index::build(loaded.corpus.clone());
            let json =
                serde_json::to_string(&timeline::to_json(&index, index.timeline())).expect("JSON");
            (loaded.files, format!("{:#?}", loaded.corpus), json)
        })
    };
    let one = load(1);
    assert_eq!(one.0, 1200);
    assert!(
        one.1.contains("duplicate"),
        "the folder was meant to hold duplicates"
    );
    for _ in 0..2 {
        assert_eq!(one, load(4));
    }
}
