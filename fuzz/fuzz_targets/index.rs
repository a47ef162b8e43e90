//! Index building: arbitrary Markdown loaded as a story, indexed, then
//! searched with a query taken from the same input.
#![no_main]

use std::path::Path;

use dateline::index::Index;
use dateline::index::search::Searcher;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &[u8])| {
    let (query, bytes) = input;
    let corpus = dateline::ingest::load_bytes(Path::new("story.md"), bytes);
    let index = Index::build(corpus);
    let mut searcher = Searcher::new(&index);
    let _ = searcher.search_top(query, None, 20);
});
