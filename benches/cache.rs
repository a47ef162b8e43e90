//! The extraction cache: a cold run (empty cache: load, analyse, index, write
//! the entries) against a warm one (load, read the entries, index) over the
//! same archive, with a plain read of the same files and an uncached run as
//! baselines measured in the same run; the two indexes must be identical.
//! Then the two storage designs considered for the cache, one SQLite file
//! and one file per entry in 256 shard directories, each writing and
//! reading the same entries; and the whole-index snapshot's encoding,
//! postcard, against JSON on the same index.
//!
//! ```sh
//! cargo bench --bench cache                      # 10,000 generated stories
//! DATELINE_BENCH_STORIES=1000 cargo bench --bench cache
//! DATELINE_BENCH_ARCHIVE=target/arch10k cargo bench --bench cache
//! ```
//!
//! Without `DATELINE_BENCH_ARCHIVE` the stories are generated here (so the
//! bench runs on a fresh clone) into a temporary directory, removed after.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use dateline::index::{Index, StoryExtraction};
use dateline::ingest;
use dateline::store::cache::{self, Cache, Key};

#[path = "support/archive.rs"]
mod archive;
use archive::{files, generate};

/// A digest of everything the listings print from: events in timeline
/// order, groups and entities.
fn digest(index: &Index) -> String {
    let mut h = blake3::Hasher::new();
    for &e in index.timeline() {
        h.update(&serde_json::to_vec(index.event(e)).expect("json"));
    }
    h.update(&serde_json::to_vec(index.groups()).expect("json"));
    h.update(&serde_json::to_vec(index.entities()).expect("json"));
    h.update(&serde_json::to_vec(index.mentions()).expect("json"));
    h.finalize().to_hex()[..16].to_string()
}

fn secs(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

/// `f`'s result, and how long it took.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let t = Instant::now();
    let out = f();
    (out, t.elapsed())
}

/// One run: load the archive and index it through `cache`.
fn indexed(archive: &Path, cache: &Cache) -> (Duration, Index) {
    let t = Instant::now();
    let corpus = ingest::load(&[archive.to_path_buf()]);
    let index = Index::build_with(corpus, &|s| cache.extract(s), &|| {});
    cache.flush();
    (t.elapsed(), index)
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else to parse.
    let generated = tempfile::tempdir().expect("tempdir");
    let archive = match std::env::var_os("DATELINE_BENCH_ARCHIVE") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let n = std::env::var("DATELINE_BENCH_STORIES")
                .ok()
                .and_then(|s| s.parse().ok())
                .unwrap_or(10_000);
            generate(n, generated.path());
            generated.path().to_path_buf()
        }
    };
    let mut paths = Vec::new();
    files(&archive, &mut paths);
    paths.sort();

    // Baseline: just read every file.
    let (bytes, read): (usize, _) = timed(|| {
        paths
            .iter()
            .map(|p| std::fs::read(p).map_or(0, |b| b.len()))
            .sum()
    });

    let (uncached, uncached_time) =
        timed(|| Index::build(ingest::load(std::slice::from_ref(&archive))));

    let dir = tempfile::tempdir().expect("tempdir");
    let (cold, cold_index) = indexed(&archive, &Cache::open(dir.path()));
    let (warm, warm_index) = indexed(&archive, &Cache::open(dir.path()));
    let info = Cache::open(dir.path()).info().expect("cache info");

    let stories = uncached.stories().len();
    println!(
        "cache/index: {stories} stories, {} files, {:.1} MB of text",
        paths.len(),
        bytes as f64 / 1e6
    );
    println!("  baseline: read the files       {}", secs(read));
    println!("  no cache                       {}", secs(uncached_time));
    println!("  cold (empty cache, filling it) {}", secs(cold));
    println!("  warm (every story cached)      {}", secs(warm));
    println!(
        "  warm / cold = {:.1}%   cold / no cache = {:.2}   warm / read = {:.1}",
        100.0 * warm.as_secs_f64() / cold.as_secs_f64(),
        cold.as_secs_f64() / uncached_time.as_secs_f64(),
        warm.as_secs_f64() / read.as_secs_f64()
    );
    println!(
        "  cache: {} entries, {:.1} MB ({:.0} bytes per story)",
        info.entries,
        info.bytes as f64 / 1e6,
        info.bytes as f64 / stories.max(1) as f64
    );
    // The stage the cache replaces, alone: every story's extraction from
    // the extractors, and from the (now full) cache.
    use rayon::prelude::*;
    let all = uncached.stories();
    let (fresh, extract_cold): (Vec<StoryExtraction>, _) =
        timed(|| all.par_iter().map(StoryExtraction::of).collect());
    let full = Cache::open(dir.path());
    let (cached, extract_warm): (Vec<StoryExtraction>, _) =
        timed(|| all.par_iter().map(|s| full.extract(s)).collect());
    assert!(fresh == cached, "the cache changed an extraction");
    println!(
        "  extraction stage alone: extractors {}  cache {}  = {:.1}%",
        secs(extract_cold),
        secs(extract_warm),
        100.0 * extract_warm.as_secs_f64() / extract_cold.as_secs_f64()
    );
    let (d0, d1, d2) = (digest(&uncached), digest(&cold_index), digest(&warm_index));
    println!("  index digest: no cache {d0}, cold {d1}, warm {d2}");
    assert!(d0 == d1 && d1 == d2, "the cache changed the index");

    stores(&uncached);
    snapshot_formats(&uncached);
}

/// The whole-index snapshot's encoding (postcard) against JSON, the
/// obvious alternative, on the same index: encode, decode, size.
fn snapshot_formats(index: &Index) {
    let (bin, bin_encode) = timed(|| postcard::to_allocvec(index).expect("postcard encodes"));
    let (from_bin, bin_decode) =
        timed(|| postcard::from_bytes::<Index>(&bin).expect("postcard decodes"));
    let (json, json_encode) = timed(|| serde_json::to_vec(index).expect("json encodes"));
    let (from_json, json_decode) =
        timed(|| serde_json::from_slice::<Index>(&json).expect("json decodes"));
    assert_eq!(
        digest(&from_bin),
        digest(index),
        "postcard changed the index"
    );
    assert_eq!(digest(&from_json), digest(index), "json changed the index");
    println!(
        "snapshot/format: the whole index, {} stories",
        index.stories().len()
    );
    println!(
        "  postcard: encode {}  decode {}  {:.1} MB",
        secs(bin_encode),
        secs(bin_decode),
        bin.len() as f64 / 1e6
    );
    println!(
        "  json:     encode {}  decode {}  {:.1} MB",
        secs(json_encode),
        secs(json_decode),
        json.len() as f64 / 1e6
    );
    println!(
        "  json / postcard: decode {:.1}x, size {:.1}x",
        json_decode.as_secs_f64() / bin_decode.as_secs_f64(),
        json.len() as f64 / bin.len() as f64
    );
}

/// SQLite against one file per entry, on the entries of `index`'s stories
/// (repeated up to 10,000).
fn stores(index: &Index) {
    let stories = index.stories();
    let n = 10_000;
    let entries: Vec<(Key, Vec<u8>)> = (0..n)
        .map(|i| {
            let s = &stories[i % stories.len()];
            let text = format!("{i}\n\n{}", s.text().text);
            let key = Key::new(&text, s.date());
            (key, cache::encode(&StoryExtraction::of(s), None))
        })
        .collect();
    let payload: usize = entries.iter().map(|(_, v)| v.len()).sum();
    println!(
        "cache/store: {n} entries, {:.1} MB of entries",
        payload as f64 / 1e6
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let t = Instant::now();
    let db = Cache::open(dir.path());
    for (k, v) in &entries {
        db.put(*k, v.clone());
    }
    db.flush();
    let write = t.elapsed();
    let t = Instant::now();
    let db = Cache::open(dir.path());
    let found = entries
        .iter()
        .filter(|(k, _)| db.get(k, None).is_some())
        .count();
    let read = t.elapsed();
    assert_eq!(found, n);
    let size = db.info().expect("info").bytes;
    println!(
        "  sqlite, one file:       write {}  read+decode {}  {:.1} MB, 1 file",
        secs(write),
        secs(read),
        size as f64 / 1e6
    );

    let dir = tempfile::tempdir().expect("tempdir");
    let t = Instant::now();
    for (k, v) in &entries {
        let hex = k.to_hex();
        let shard = dir.path().join(&hex[..2]);
        std::fs::create_dir_all(&shard).expect("mkdir");
        // Atomic: a reader sees the old entry or the new, never half.
        let tmp = shard.join(format!("{}.tmp{}", &hex[2..], std::process::id()));
        std::fs::write(&tmp, v).expect("write");
        std::fs::rename(&tmp, shard.join(&hex[2..])).expect("rename");
    }
    let write = t.elapsed();
    let t = Instant::now();
    let mut found = 0;
    for (k, _) in &entries {
        let hex = k.to_hex();
        if let Ok(bytes) = std::fs::read(dir.path().join(&hex[..2]).join(&hex[2..]))
            && cache::decode(&bytes, None).is_some()
        {
            found += 1;
        }
    }
    let read = t.elapsed();
    assert_eq!(found, n);
    // On disk: every file takes whole blocks (4 KiB on common file systems).
    let mut disk = 0u64;
    let mut count = 0u64;
    let mut all = Vec::new();
    files(dir.path(), &mut all);
    for f in &all {
        let len = std::fs::metadata(f).map_or(0, |m| m.len());
        disk += len.div_ceil(4096) * 4096;
        count += 1;
    }
    println!(
        "  files, 256 shards:      write {}  read+decode {}  {:.1} MB in 4 KiB blocks, {count} files",
        secs(write),
        secs(read),
        disk as f64 / 1e6
    );
}
