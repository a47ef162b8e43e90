//! Index snapshots: a whole built index kept in the cache directory, keyed
//! by the fingerprint of the files it was built from and by the build of
//! the indexer, so a second run on unchanged files reads the index back
//! instead of analysing, merging and grouping again.
//!
//! The extraction cache saves the taggers' work story by story; what is
//! left after it (merging names across stories, grouping events, finding
//! disagreements) is work over the whole corpus that no per-story entry can
//! save. A snapshot is that result, valid only for exactly the same input:
//! one changed byte in one file, one file more or less, and the fingerprint
//! differs, so the index is built again (from the extraction cache, which
//! still holds every unchanged story).
//!
//! One file per snapshot, `indexes/<key>.idx`:
//!
//! ```text
//! "dateline index\n" | key (32 bytes) | index (postcard) | BLAKE3 of the index (32 bytes)
//! ```
//!
//! Written to a temporary file and renamed into place, so two processes at
//! once each see a whole snapshot or none; a truncated or damaged file
//! fails its checksum, is reported and removed, and the index is built
//! again. The newest [`KEEP`] snapshots are kept, older ones removed.
//!
//! Beside them, `indexes/<paths>.last` holds the key of the snapshot last
//! used for one list of story paths (32 bytes), so a run can start reading
//! that snapshot while it is still fingerprinting the files: when the files
//! turn out unchanged, the index is ready as soon as the fingerprint is.
//! A guess for other input is thrown away unused.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::index::Index;
use crate::ingest::Fingerprint;

/// The build of everything an index depends on besides its input files.
pub const INDEXER_VERSION: &str = env!("DATELINE_INDEXER_VERSION");

const MAGIC: &[u8] = b"dateline index\n";
const SUFFIX: &str = "idx";
const LAST_SUFFIX: &str = "last";
/// How many snapshots the directory keeps: the archives last opened.
pub const KEEP: usize = 4;

/// What a snapshot is looked up by: the input's fingerprint under this
/// build of the indexer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnapshotKey([u8; 32]);

impl SnapshotKey {
    pub fn new(input: &Fingerprint) -> Self {
        Self::with_version(INDEXER_VERSION, input)
    }

    pub fn with_version(version: &str, input: &Fingerprint) -> Self {
        let mut h = blake3::Hasher::new();
        h.update(version.as_bytes());
        h.update(b"\0");
        h.update(&input.0);
        Self(*h.finalize().as_bytes())
    }

    fn file_name(&self) -> String {
        let hex: String = self.0.iter().map(|b| format!("{b:02x}")).collect();
        format!("{hex}.{SUFFIX}")
    }
}

/// The snapshot directory of one run (none: snapshots off).
#[derive(Debug, Clone)]
pub struct Snapshots {
    dir: Option<PathBuf>,
}

impl Snapshots {
    /// Snapshots under `cache_dir/indexes`.
    pub fn open(cache_dir: &Path) -> Self {
        Self {
            dir: Some(cache_dir.join("indexes")),
        }
    }

    pub fn disabled() -> Self {
        Self { dir: None }
    }

    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The index kept for `key`: `Ok(None)` when there is none, `Err` with
    /// a warning when there was one that could not be read (it is removed).
    pub fn get(&self, key: &SnapshotKey) -> Result<Option<Index>, String> {
        let Some(dir) = &self.dir else {
            return Ok(None);
        };
        let path = dir.join(key.file_name());
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => {
                return Err(format!(
                    "{}: cannot read index snapshot: {e}",
                    path.display()
                ));
            }
        };
        match decode(&bytes, key) {
            Ok(index) => {
                // Mark it recently used, so pruning keeps it.
                if let Ok(f) = fs::File::options().append(true).open(&path) {
                    let _ = f.set_modified(std::time::SystemTime::now());
                }
                Ok(Some(index))
            }
            Err(why) => {
                let _ = fs::remove_file(&path);
                Err(format!(
                    "{}: not a readable index snapshot ({why}); building the index again",
                    path.display()
                ))
            }
        }
    }

    /// The key of the snapshot last used for `paths`, if one was noted.
    pub fn last_for(&self, paths: &[PathBuf]) -> Option<SnapshotKey> {
        let bytes = fs::read(self.dir.as_ref()?.join(last_name(paths))).ok()?;
        Some(SnapshotKey(bytes.try_into().ok()?))
    }

    /// Note `key` as the snapshot last used for `paths` (nothing is said
    /// when it cannot be written: the next run only reads a little later).
    pub fn note_last(&self, paths: &[PathBuf], key: &SnapshotKey) {
        let Some(dir) = &self.dir else {
            return;
        };
        let path = dir.join(last_name(paths));
        let tmp = path.with_extension(format!("{LAST_SUFFIX}.tmp{}", std::process::id()));
        if fs::write(&tmp, key.0)
            .and_then(|()| fs::rename(&tmp, &path))
            .is_err()
        {
            let _ = fs::remove_file(&tmp);
        }
    }

    /// Keep `index` for `key`, then prune to the newest [`KEEP`]. A
    /// snapshot that cannot be written is a warning; nothing else changes.
    pub fn put(&self, key: &SnapshotKey, index: &Index) -> Result<(), String> {
        let Some(dir) = &self.dir else {
            return Ok(());
        };
        let path = dir.join(key.file_name());
        let tmp = dir.join(format!("{}.tmp{}", key.file_name(), std::process::id()));
        let written = fs::create_dir_all(dir)
            .map_err(|e| e.to_string())
            .and_then(|()| write(&tmp, key, index))
            .and_then(|()| fs::rename(&tmp, &path).map_err(|e| e.to_string()));
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(format!(
                "{}: cannot write index snapshot: {e}",
                path.display()
            ));
        }
        prune(dir, KEEP);
        Ok(())
    }
}

/// Serialise `index` into `path`, streaming (never a second copy of the
/// whole index in memory). The buffer sits before the checksum, so the
/// hash takes the encoding a megabyte at a time rather than value by value.
fn write(path: &Path, key: &SnapshotKey, index: &Index) -> Result<(), String> {
    let mut file = fs::File::create(path).map_err(|e| e.to_string())?;
    file.write_all(MAGIC).map_err(|e| e.to_string())?;
    file.write_all(&key.0).map_err(|e| e.to_string())?;
    let hashing = Hashing {
        inner: file,
        hash: blake3::Hasher::new(),
    };
    let out = postcard::to_io(index, BufWriter::with_capacity(1 << 20, hashing))
        .map_err(|e| e.to_string())?;
    let mut out = out.into_inner().map_err(|e| e.error().to_string())?;
    let sum = out.hash.finalize();
    // No fsync: a snapshot is a cache. One torn by a crash fails its
    // checksum on the next read and is rebuilt, and waiting for the disk
    // here would hold up every cold run by the time to write the index.
    out.inner
        .write_all(sum.as_bytes())
        .map_err(|e| e.to_string())
}

/// A writer that hashes what goes through it.
struct Hashing<W> {
    inner: W,
    hash: blake3::Hasher,
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The file naming the snapshot last used for `paths`: a hash of the
/// paths as given, each made absolute (not resolved: a link to the same
/// folder only costs a guess).
fn last_name(paths: &[PathBuf]) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut h = blake3::Hasher::new();
    h.update(b"dateline story paths\0");
    for p in paths {
        h.update(cwd.join(p).as_os_str().as_encoded_bytes());
        h.update(b"\0");
    }
    let hex: String = h.finalize().as_bytes()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{hex}.{LAST_SUFFIX}")
}

/// The index in a snapshot file's bytes, checked against `key`.
pub fn decode(bytes: &[u8], key: &SnapshotKey) -> Result<Index, String> {
    let body = bytes
        .strip_prefix(MAGIC)
        .ok_or("not a snapshot file".to_string())?;
    let (stored, rest) = body.split_at_checked(32).ok_or("truncated".to_string())?;
    if stored != key.0 {
        return Err("made for other input".into());
    }
    let (payload, sum) = rest
        .split_at_checked(rest.len().saturating_sub(32))
        .filter(|(_, sum)| sum.len() == 32)
        .ok_or("truncated".to_string())?;
    if blake3::hash(payload).as_bytes() != sum {
        return Err("checksum mismatch: truncated or damaged".into());
    }
    postcard::from_bytes(payload).map_err(|e| format!("cannot decode: {e}"))
}

/// Remove all but the `keep` most recently used snapshots (and all but
/// four times as many notes of the last snapshot used), and temporary
/// files a crashed writer left an hour or more ago.
fn prune(dir: &Path, keep: usize) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    let (mut snapshots, mut lasts) = (Vec::new(), Vec::new());
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let modified = entry
            .metadata()
            .and_then(|m| m.modified())
            .unwrap_or(std::time::UNIX_EPOCH);
        if name.ends_with(&format!(".{SUFFIX}")) {
            snapshots.push((modified, path));
        } else if name.ends_with(&format!(".{LAST_SUFFIX}")) {
            lasts.push((modified, path));
        } else if (name.contains(&format!(".{SUFFIX}.tmp"))
            || name.contains(&format!(".{LAST_SUFFIX}.tmp")))
            && now
                .duration_since(modified)
                .is_ok_and(|age| age.as_secs() >= 3600)
        {
            let _ = fs::remove_file(&path);
        }
    }
    // A few notes per snapshot kept: the lists of paths last opened.
    for (mut files, keep) in [(snapshots, keep), (lasts, keep * 4)] {
        files.sort_by_key(|f| std::cmp::Reverse(f.0));
        for (_, path) in files.into_iter().skip(keep) {
            let _ = fs::remove_file(path);
        }
    }
}

/// Remove every snapshot under `cache_dir`; how many there were.
pub fn clear(cache_dir: &Path) -> std::io::Result<usize> {
    let dir = cache_dir.join("indexes");
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == SUFFIX) {
            removed += 1;
        }
        fs::remove_file(&path)?;
    }
    let _ = fs::remove_dir(&dir);
    Ok(removed)
}

/// The snapshots under `cache_dir`: how many and their bytes.
pub fn info(cache_dir: &Path) -> (u64, u64) {
    let Ok(entries) = fs::read_dir(cache_dir.join("indexes")) else {
        return (0, 0);
    };
    entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == SUFFIX))
        .fold((0, 0), |(n, bytes), e| {
            (n + 1, bytes + e.metadata().map_or(0, |m| m.len()))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;

    fn sample() -> (Index, SnapshotKey) {
        let loaded = ingest::load_sample_counted();
        let key = SnapshotKey::new(&loaded.fingerprint);
        (Index::build(loaded.corpus), key)
    }

    #[test]
    fn an_index_comes_back_as_it_was_written() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = Snapshots::open(dir.path());
        let (index, key) = sample();
        assert!(snapshots.get(&key).unwrap().is_none());
        snapshots.put(&key, &index).unwrap();
        let back = snapshots.get(&key).unwrap().expect("kept");
        // Every table, the word index (built on use) aside.
        assert_eq!(format!("{back:?}"), format!("{index:?}"));
        assert!(!index.timeline().is_empty() && !index.entities().is_empty());
    }

    #[test]
    fn the_last_snapshot_used_is_noted_per_list_of_paths() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = Snapshots::open(dir.path());
        fs::create_dir_all(snapshots.dir().unwrap()).unwrap();
        let (_, key) = sample();
        let news = [PathBuf::from("news")];
        assert_eq!(snapshots.last_for(&news), None);
        snapshots.note_last(&news, &key);
        assert_eq!(snapshots.last_for(&news), Some(key));
        assert_eq!(snapshots.last_for(&[PathBuf::from("other")]), None);
        assert_eq!(snapshots.last_for(&[]), None);
        // A note that is not a key is no guess.
        let note = snapshots.dir().unwrap().join(last_name(&news));
        fs::write(&note, b"short").unwrap();
        assert_eq!(snapshots.last_for(&news), None);
        assert_eq!(Snapshots::disabled().last_for(&news), None);
    }

    #[test]
    fn pruning_keeps_a_few_notes_per_snapshot() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = Snapshots::open(dir.path());
        let indexes = snapshots.dir().unwrap();
        fs::create_dir_all(indexes).unwrap();
        let (_, key) = sample();
        for i in 0..KEEP * 4 + 3 {
            snapshots.note_last(&[PathBuf::from(format!("folder{i}"))], &key);
        }
        prune(indexes, KEEP);
        let notes = fs::read_dir(indexes).unwrap().flatten().count();
        assert_eq!(notes, KEEP * 4);
    }

    #[test]
    fn another_build_or_other_input_finds_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = Snapshots::open(dir.path());
        let (index, key) = sample();
        snapshots.put(&key, &index).unwrap();
        let fp = ingest::load_sample_counted().fingerprint;
        let other_build = SnapshotKey::with_version("another build", &fp);
        assert!(snapshots.get(&other_build).unwrap().is_none());
        let other_input = SnapshotKey::new(&Fingerprint([7; 32]));
        assert!(snapshots.get(&other_input).unwrap().is_none());
    }

    #[test]
    fn a_damaged_or_truncated_snapshot_is_a_warning_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = Snapshots::open(dir.path());
        let (index, key) = sample();
        let path = dir.path().join("indexes").join(key.file_name());
        for damage in [
            |b: &mut Vec<u8>| b.truncate(b.len() / 2),
            |b: &mut Vec<u8>| {
                let mid = b.len() / 2;
                b[mid] ^= 0x55;
            },
            |b: &mut Vec<u8>| b.truncate(10),
        ] {
            snapshots.put(&key, &index).unwrap();
            let mut bytes = fs::read(&path).unwrap();
            damage(&mut bytes);
            fs::write(&path, bytes).unwrap();
            let err = snapshots.get(&key).unwrap_err();
            assert!(err.contains("not a readable index snapshot"), "{err}");
            assert!(err.contains(&path.display().to_string()), "{err}");
            assert!(!path.exists());
            assert!(snapshots.get(&key).unwrap().is_none());
        }
    }

    #[test]
    fn only_the_newest_snapshots_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let snapshots = Snapshots::open(dir.path());
        let (index, _) = sample();
        let keys: Vec<_> = (0..KEEP as u8 + 2)
            .map(|i| SnapshotKey::new(&Fingerprint([i; 32])))
            .collect();
        for (i, key) in keys.iter().enumerate() {
            snapshots.put(key, &index).unwrap();
            // Distinct times, oldest first.
            let path = dir.path().join("indexes").join(key.file_name());
            let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000 + i as u64);
            fs::File::options()
                .append(true)
                .open(&path)
                .unwrap()
                .set_modified(t)
                .unwrap();
        }
        prune(&dir.path().join("indexes"), KEEP);
        assert_eq!(info(dir.path()).0, KEEP as u64);
        assert!(snapshots.get(&keys[0]).unwrap().is_none());
        assert!(snapshots.get(&keys[KEEP + 1]).unwrap().is_some());
        assert_eq!(clear(dir.path()).unwrap(), KEEP);
        assert_eq!(info(dir.path()), (0, 0));
    }
}
