//! Build fingerprints: hashes over every source file and word list a
//! cached result depends on, plus the crate version.
//!
//! - the extractor's: the extraction cache keys its entries with it, so a
//!   build whose extractors differ in any byte never reads the results of
//!   another;
//! - the indexer's: the same for index snapshots, over everything from the
//!   loaders to the index.

use std::path::{Path, PathBuf};

/// What a story's extraction depends on, besides its text and date: the
/// taggers with their lists and gazetteers, the plain data they produce,
/// the code that runs them on a story and the cache's own key and format.
const INPUTS: &[&str] = &[
    "src/extract",
    "src/vocab",
    "src/model",
    "src/union_find.rs",
    "src/index/mod.rs",
    "src/store/cache.rs",
];

/// What an index snapshot depends on, besides the input files: everything
/// the extraction does, the loaders, the sample stories, the index and the
/// snapshot's own format, and the versions of the crates they use.
const INDEX_INPUTS: &[&str] = &[
    "src/extract",
    "src/vocab",
    "src/model",
    "src/union_find.rs",
    "src/text.rs",
    "src/index",
    "src/ingest",
    "src/store/cache.rs",
    "src/store/snapshot.rs",
    "sample-data",
    "Cargo.lock",
];

fn main() {
    println!(
        "cargo::rustc-env=DATELINE_EXTRACTOR_VERSION={}",
        fingerprint(INPUTS)
    );
    println!(
        "cargo::rustc-env=DATELINE_INDEXER_VERSION={}",
        fingerprint(INDEX_INPUTS)
    );
}

/// The crate version and a hash over every file under `inputs`.
fn fingerprint(inputs: &[&str]) -> String {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let mut files = Vec::new();
    for input in inputs {
        println!("cargo::rerun-if-changed={input}");
        collect(&root.join(input), &mut files);
    }
    files.sort();
    let mut hash = Fnv::default();
    hash.write(env!("CARGO_PKG_VERSION").as_bytes());
    for file in &files {
        let rel = file.strip_prefix(&root).unwrap_or(file);
        let bytes = std::fs::read(file).unwrap_or_default();
        hash.write(rel.to_string_lossy().as_bytes());
        hash.write(&(bytes.len() as u64).to_le_bytes());
        hash.write(&bytes);
    }
    format!(
        "{}-{:016x}{:016x}",
        env!("CARGO_PKG_VERSION"),
        hash.a,
        hash.b
    )
}

/// Every file under `path` (or `path` itself), recursively.
fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    match std::fs::read_dir(path) {
        Ok(entries) => {
            for entry in entries.flatten() {
                collect(&entry.path(), out);
            }
        }
        Err(_) if path.is_file() => out.push(path.to_path_buf()),
        Err(_) => {}
    }
}

/// Two FNV-1a lanes with different offsets: 128 bits without a
/// build dependency, plenty to tell builds apart (nothing adversarial).
struct Fnv {
    a: u64,
    b: u64,
}

impl Default for Fnv {
    fn default() -> Self {
        Self {
            a: 0xcbf2_9ce4_8422_2325,
            b: 0x6c62_272e_07bb_0142,
        }
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        for &byte in bytes {
            self.a = (self.a ^ u64::from(byte)).wrapping_mul(PRIME);
            self.b = (self.b ^ u64::from(byte.rotate_left(3))).wrapping_mul(PRIME);
        }
        self.b = self.b.rotate_left(17);
    }
}
