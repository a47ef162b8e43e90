//! The HTML page loader: any bytes in a `.html` file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let corpus = dateline::ingest::load_bytes(Path::new("page.html"), bytes);
    // Whatever was loaded must still render as diagnostics.
    for d in &corpus.diagnostics {
        let _ = d.to_string();
    }
});
