//! The name extractor on arbitrary text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = dateline::extract::entities::extract(text);
});
