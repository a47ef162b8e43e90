//! The extraction cache: what the extractors found in each story, kept
//! between runs so a second look at the same archive skips the taggers.
//!
//! An entry is keyed by a hash of everything the extraction depends on: the
//! story's joined text, its date (relative dates resolve against it) and the
//! extractor version, a fingerprint of the extractor sources and word lists
//! taken at build time. A story edited in any byte, or a build whose
//! extractors differ, gets a new key, so an entry can never be stale.
//!
//! The entries live in one SQLite file under the cache directory
//! ([`crate::store::dirs`]): one file holds any number of stories without
//! spending an inode on each, a run's new entries go in with one
//! transaction, and write-ahead logging lets several processes read and
//! write it at once. Each entry carries a checksum of its bytes: an entry
//! that is damaged or unreadable is ignored with one warning and computed
//! again. A cache that cannot be opened or written is a warning too, never
//! a failure: the results are the same without it, only slower.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, params};

use crate::index::StoryExtraction;
use crate::model::Story;

/// The extractor version: the crate version and a fingerprint of every
/// source file and list the extraction depends on (see `build.rs`).
pub const EXTRACTOR_VERSION: &str = env!("DATELINE_EXTRACTOR_VERSION");

/// The name of the cache file inside the cache directory.
pub const FILE_NAME: &str = "extractions.sqlite3";

/// An entry's key: the hash of what its extraction was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(pub [u8; 32]);

impl Key {
    /// The key of the extraction of `text` dated `date` by this build.
    pub fn new(text: &str, date: Option<NaiveDate>) -> Self {
        Self::with_version(EXTRACTOR_VERSION, text, date)
    }

    /// The key for a given extractor version (tests and tools).
    pub fn with_version(version: &str, text: &str, date: Option<NaiveDate>) -> Self {
        let mut h = blake3::Hasher::new();
        // Each part is length-prefixed, so no two inputs run together.
        for part in [
            version.as_bytes(),
            date.map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
                .as_bytes(),
            text.as_bytes(),
        ] {
            h.update(&(part.len() as u64).to_le_bytes());
            h.update(part);
        }
        Self(*h.finalize().as_bytes())
    }

    /// The key of `story` as the extractors would see it.
    pub fn of(story: &Story) -> Self {
        Self::new(&story.text().text, story.date())
    }

    /// Lower-case hex, as written in `extract --batch` output.
    pub fn to_hex(&self) -> String {
        blake3::Hash::from_bytes(self.0).to_hex().to_string()
    }

    /// Read 64 hex digits.
    pub fn from_hex(s: &str) -> Option<Self> {
        blake3::Hash::from_hex(s).ok().map(|h| Self(*h.as_bytes()))
    }
}

/// The checksum stored with an entry's bytes.
fn checksum(key: &Key, value: &[u8]) -> i64 {
    let mut h = blake3::Hasher::new();
    h.update(&key.0);
    h.update(value);
    let b = h.finalize();
    i64::from_le_bytes(b.as_bytes()[..8].try_into().expect("8 bytes"))
}

/// An entry's bytes (see [`codec`]); with the `source` text the extraction
/// was computed from, the strings that merely repeat a span of it are
/// written as a reference.
pub fn encode(extraction: &StoryExtraction, source: Option<&str>) -> Vec<u8> {
    codec::encode(extraction, source)
}

/// An entry read back; `None` when the bytes are not a sound entry (or
/// refer to a `source` text that was not given).
pub fn decode(bytes: &[u8], source: Option<&str>) -> Option<StoryExtraction> {
    codec::decode(bytes, source)
}

/// What `dateline cache` reports.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Info {
    pub file: PathBuf,
    /// Entries this build can use.
    pub entries: u64,
    /// Entries left by builds with other extractors (pruned on the next write).
    pub other_versions: u64,
    /// Bytes on disk, log included.
    pub bytes: u64,
}

struct Open {
    conn: Connection,
    /// A write failed: do not try again this run (the warning is out).
    read_only: bool,
}

/// The extraction cache of one run. `Sync`: the stories of a corpus are
/// looked up from every thread; new entries are kept until
/// [`Cache::flush`] writes them in one transaction.
pub struct Cache {
    path: Option<PathBuf>,
    conn: Mutex<Option<Open>>,
    pending: Mutex<Vec<(Key, Vec<u8>)>>,
    warnings: Mutex<Vec<String>>,
    bad_entries: Mutex<usize>,
}

impl Cache {
    /// No cache: every extraction is computed (`--no-cache`).
    pub fn disabled() -> Self {
        Self {
            path: None,
            conn: Mutex::new(None),
            pending: Mutex::new(Vec::new()),
            warnings: Mutex::new(Vec::new()),
            bad_entries: Mutex::new(0),
        }
    }

    /// The cache in the user's cache directory; disabled, with a warning,
    /// when there is none or it cannot be opened.
    pub fn open_default() -> Self {
        match super::dirs::dir(super::dirs::Kind::Cache) {
            Some(dir) => Self::open(&dir),
            None => {
                let cache = Self::disabled();
                cache.warn(format!(
                    "no cache directory (set {} or HOME): every story is analysed again",
                    super::dirs::Kind::Cache.env_var()
                ));
                cache
            }
        }
    }

    /// The cache file in `dir`, created when missing. A file that is not a
    /// readable cache is replaced (with a warning); a directory that cannot
    /// be written leaves the cache off (with a warning).
    pub fn open(dir: &Path) -> Self {
        let path = dir.join(FILE_NAME);
        let mut cache = Self::disabled();
        match connect(dir, &path) {
            Ok(conn) => {
                *cache.conn.get_mut().expect("not poisoned") = Some(Open {
                    conn,
                    read_only: false,
                })
            }
            Err(e) if is_corrupt(&e) => {
                cache.warn(format!(
                    "{}: not a readable cache ({e}); starting a new one",
                    path.display()
                ));
                remove_files(&path);
                match connect(dir, &path) {
                    Ok(conn) => {
                        *cache.conn.get_mut().expect("not poisoned") = Some(Open {
                            conn,
                            read_only: false,
                        })
                    }
                    Err(e) => cache.warn(cannot_use(&path, &e)),
                }
            }
            Err(e) => cache.warn(cannot_use(&path, &e)),
        }
        cache.path = Some(path);
        cache
    }

    /// Whether entries are read and written at all.
    pub fn is_enabled(&self) -> bool {
        self.conn.lock().expect("not poisoned").is_some()
    }

    /// The cache file, when there is one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The extraction of `story`: from the cache when it holds it, else
    /// computed by the extractors and kept for [`Cache::flush`].
    pub fn extract(&self, story: &Story) -> StoryExtraction {
        if !self.is_enabled() {
            return StoryExtraction::of(story);
        }
        let text = story.text().text;
        let key = Key::new(&text, story.date());
        if let Some(found) = self.get(&key, Some(&text)) {
            return found;
        }
        let found = StoryExtraction::of(story);
        self.put(key, encode(&found, Some(&text)));
        found
    }

    /// The entry under `key`, if present and sound; `source` is the text
    /// it was computed from (see [`encode`]).
    pub fn get(&self, key: &Key, source: Option<&str>) -> Option<StoryExtraction> {
        let row = {
            let guard = self.conn.lock().expect("not poisoned");
            let open = guard.as_ref()?;
            let mut stmt = open
                .conn
                .prepare_cached("SELECT sum, value FROM extraction WHERE key = ?1")
                .ok()?;
            stmt.query_row(params![&key.0[..]], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .optional()
        };
        match row {
            Ok(Some((sum, value))) => {
                let found = (checksum(key, &value) == sum)
                    .then(|| decode(&value, source))
                    .flatten();
                if found.is_none() {
                    *self.bad_entries.lock().expect("not poisoned") += 1;
                }
                found
            }
            Ok(None) => None,
            Err(e) => {
                *self.bad_entries.lock().expect("not poisoned") += 1;
                self.warn_once_about(&e);
                None
            }
        }
    }

    /// Whether an entry is filed under `key` (sound or not).
    pub fn contains(&self, key: &Key) -> bool {
        let guard = self.conn.lock().expect("not poisoned");
        let Some(open) = guard.as_ref() else {
            return false;
        };
        open.conn
            .prepare_cached("SELECT 1 FROM extraction WHERE key = ?1")
            .and_then(|mut stmt| stmt.exists(params![&key.0[..]]))
            .unwrap_or(false)
    }

    /// Keep an entry for the next [`Cache::flush`].
    pub fn put(&self, key: Key, value: Vec<u8>) {
        if self.is_enabled() {
            self.pending
                .lock()
                .expect("not poisoned")
                .push((key, value));
        }
    }

    /// Write the kept entries in one transaction, and drop the entries of
    /// other extractor versions, which this build can never use. Returns
    /// how many were written; a failure is a warning.
    pub fn flush(&self) -> usize {
        let pending = std::mem::take(&mut *self.pending.lock().expect("not poisoned"));
        let bad = std::mem::take(&mut *self.bad_entries.lock().expect("not poisoned"));
        if bad > 0
            && let Some(path) = &self.path
        {
            self.warn(format!(
                "{}: {bad} cache entr{} could not be read; analysed again",
                path.display(),
                if bad == 1 { "y" } else { "ies" }
            ));
        }
        if pending.is_empty() {
            return 0;
        }
        let mut guard = self.conn.lock().expect("not poisoned");
        let Some(open) = guard.as_mut().filter(|o| !o.read_only) else {
            return 0;
        };
        match write(&mut open.conn, &pending) {
            Ok(()) => pending.len(),
            Err(e) => {
                open.read_only = true;
                drop(guard);
                if let Some(path) = &self.path {
                    self.warn(format!(
                        "{}: cannot write the cache ({e}); results not kept",
                        path.display()
                    ));
                }
                0
            }
        }
    }

    /// Counts and size, for `dateline cache`.
    pub fn info(&self) -> Option<Info> {
        let path = self.path.clone()?;
        let guard = self.conn.lock().expect("not poisoned");
        let open = guard.as_ref()?;
        let count = |sql: &str| -> u64 {
            open.conn
                .query_row(sql, params![EXTRACTOR_VERSION], |r| r.get::<_, i64>(0))
                .map_or(0, |n| n.max(0) as u64)
        };
        let entries = count("SELECT count(*) FROM extraction WHERE version = ?1");
        let other_versions = count("SELECT count(*) FROM extraction WHERE version != ?1");
        let bytes = [FILE_NAME, "extractions.sqlite3-wal"]
            .iter()
            .filter_map(|f| std::fs::metadata(path.with_file_name(f)).ok())
            .map(|m| m.len())
            .sum();
        Some(Info {
            file: path,
            entries,
            other_versions,
            bytes,
        })
    }

    /// The warnings met so far, each once, oldest first.
    pub fn take_warnings(&self) -> Vec<String> {
        std::mem::take(&mut *self.warnings.lock().expect("not poisoned"))
    }

    fn warn(&self, message: String) {
        let mut w = self.warnings.lock().expect("not poisoned");
        if !w.contains(&message) {
            w.push(message);
        }
    }

    fn warn_once_about(&self, e: &rusqlite::Error) {
        if let Some(path) = &self.path {
            self.warn(format!("{}: cannot read the cache ({e})", path.display()));
        }
    }
}

/// Delete the cache file of `dir` and its log; `Ok(false)` when there was
/// none.
pub fn clear(dir: &Path) -> std::io::Result<bool> {
    let path = dir.join(FILE_NAME);
    let existed = path.exists();
    for suffix in ["", "-wal", "-shm"] {
        let mut p = path.clone().into_os_string();
        p.push(suffix);
        match std::fs::remove_file(&p) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(existed)
}

fn remove_files(path: &Path) {
    if let Some(dir) = path.parent() {
        let _ = clear(dir);
    }
}

fn cannot_use(path: &Path, e: &rusqlite::Error) -> String {
    format!(
        "{}: cannot use the cache ({e}); every story is analysed again",
        path.display()
    )
}

fn is_corrupt(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

fn connect(dir: &Path, path: &Path) -> rusqlite::Result<Connection> {
    std::fs::create_dir_all(dir).map_err(|e| {
        rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
            Some(e.to_string()),
        )
    })?;
    let conn = Connection::open(path)?;
    // Another process may be writing: wait for it rather than fail.
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Once checkpointed, the log shrinks back instead of keeping the size
    // of the largest write.
    conn.pragma_update(None, "journal_size_limit", 4 * 1024 * 1024)?;
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS extraction (
            key BLOB PRIMARY KEY NOT NULL,
            version TEXT NOT NULL,
            sum INTEGER NOT NULL,
            value BLOB NOT NULL
        );",
    )?;
    Ok(conn)
}

fn write(conn: &mut Connection, entries: &[(Key, Vec<u8>)]) -> rusqlite::Result<()> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    {
        let mut insert = tx.prepare_cached(
            "INSERT OR REPLACE INTO extraction (key, version, sum, value) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (key, value) in entries {
            insert.execute(params![
                &key.0[..],
                EXTRACTOR_VERSION,
                checksum(key, value),
                value
            ])?;
        }
        tx.execute(
            "DELETE FROM extraction WHERE version != ?1",
            params![EXTRACTOR_VERSION],
        )?;
    }
    tx.commit()
}

/// The entry format: compact and quick to read, since a warm run reads
/// every story's entry. Unsigned numbers are LEB128 varints; a string is
/// either `0` (the span `start..end` of the source text, when it is
/// exactly that) or its length plus one and its UTF-8 bytes; dates are
/// days from the common era, zigzagged. Anything that does not read back
/// whole and exactly to the end is not an entry.
mod codec {
    use chrono::NaiveDate;

    use crate::index::StoryExtraction;
    use crate::model::{
        Anchor, DateRange, EntityAnalysis, EntityKind, EntityMention, Explanation, LocalEntity,
        Precision, Timex, TimexType,
    };

    /// The first byte of every entry: bumped whenever the layout changes.
    const FORMAT: u8 = 1;

    const PRECISIONS: [Precision; 13] = [
        Precision::Millennium,
        Precision::Century,
        Precision::Decade,
        Precision::Year,
        Precision::Half,
        Precision::Quarter,
        Precision::Season,
        Precision::Month,
        Precision::Week,
        Precision::Day,
        Precision::Hour,
        Precision::Minute,
        Precision::Second,
    ];
    const TYPES: [TimexType; 4] = [
        TimexType::Date,
        TimexType::Time,
        TimexType::Duration,
        TimexType::Set,
    ];

    struct Writer<'a> {
        out: Vec<u8>,
        source: Option<&'a str>,
    }

    impl Writer<'_> {
        fn uint(&mut self, mut n: u64) {
            loop {
                let byte = (n & 0x7f) as u8;
                n >>= 7;
                if n == 0 {
                    self.out.push(byte);
                    return;
                }
                self.out.push(byte | 0x80);
            }
        }

        fn usize(&mut self, n: usize) {
            self.uint(n as u64);
        }

        fn str(&mut self, s: &str) {
            self.usize(s.len() + 1);
            self.out.extend_from_slice(s.as_bytes());
        }

        /// `s`, by reference when it is the source's `start..end`.
        fn span_str(&mut self, s: &str, start: usize, end: usize) {
            if self.source.and_then(|t| t.get(start..end)) == Some(s) {
                self.out.push(0);
            } else {
                self.str(s);
            }
        }

        fn date(&mut self, d: NaiveDate) {
            use chrono::Datelike;
            let n = i64::from(d.num_days_from_ce());
            self.uint(((n << 1) ^ (n >> 63)) as u64);
        }

        fn strs(&mut self, items: &[String]) {
            self.usize(items.len());
            for s in items {
                self.str(s);
            }
        }
    }

    pub fn encode(x: &StoryExtraction, source: Option<&str>) -> Vec<u8> {
        let mut w = Writer {
            out: Vec::with_capacity(256),
            source,
        };
        w.out.push(FORMAT);
        w.usize(x.timexes.len());
        for t in &x.timexes {
            w.usize(t.start);
            w.usize(t.end);
            w.span_str(&t.text, t.start, t.end);
            w.out
                .push(TYPES.iter().position(|k| *k == t.kind).unwrap_or(0) as u8);
            w.str(&t.value);
            w.out.push(
                t.precision
                    .and_then(|p| PRECISIONS.iter().position(|q| *q == p))
                    .map_or(0, |i| i as u8 + 1),
            );
            match t.range {
                None => w.out.push(0),
                Some(r) => {
                    w.out.push(1);
                    w.date(r.start);
                    w.date(r.end);
                }
            }
            match &t.explanation.anchor {
                Anchor::None => w.out.push(0),
                Anchor::Dct { date } => {
                    w.out.push(1);
                    w.date(*date);
                }
                Anchor::Previous { text, value } => {
                    w.out.push(2);
                    w.str(text);
                    w.str(value);
                }
            }
            w.str(&t.explanation.rule);
        }
        let e = &x.entities;
        w.usize(e.entities.len());
        for entity in &e.entities {
            w.str(&entity.name);
            w.out.push(
                EntityKind::ALL
                    .iter()
                    .position(|k| *k == entity.kind)
                    .unwrap_or(0) as u8,
            );
            w.strs(&entity.aliases);
            w.strs(&entity.roles);
        }
        w.usize(e.mentions.len());
        for m in &e.mentions {
            w.usize(m.start);
            w.usize(m.end);
            w.span_str(&m.text, m.start, m.end);
            w.usize(m.entity);
        }
        w.out
    }

    struct Reader<'a> {
        bytes: &'a [u8],
        source: Option<&'a str>,
    }

    impl Reader<'_> {
        fn byte(&mut self) -> Option<u8> {
            let (&b, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            Some(b)
        }

        fn uint(&mut self) -> Option<u64> {
            let mut n = 0u64;
            for shift in (0..64).step_by(7) {
                let b = self.byte()?;
                n |= u64::from(b & 0x7f).checked_shl(shift)?;
                if b & 0x80 == 0 {
                    return Some(n);
                }
            }
            None
        }

        fn usize(&mut self) -> Option<usize> {
            usize::try_from(self.uint()?).ok()
        }

        /// A count of items that each take at least one byte: never more
        /// than the bytes left, so a damaged count cannot reserve memory.
        fn count(&mut self) -> Option<usize> {
            let n = self.usize()?;
            (n <= self.bytes.len()).then_some(n)
        }

        fn inline(&mut self, len: usize) -> Option<String> {
            if len > self.bytes.len() {
                return None;
            }
            let (s, rest) = self.bytes.split_at(len);
            self.bytes = rest;
            String::from_utf8(s.to_vec()).ok()
        }

        fn str(&mut self) -> Option<String> {
            let n = self.usize()?.checked_sub(1)?;
            self.inline(n)
        }

        fn span_str(&mut self, start: usize, end: usize) -> Option<String> {
            match self.usize()? {
                0 => self.source?.get(start..end).map(str::to_string),
                n => self.inline(n - 1),
            }
        }

        fn date(&mut self) -> Option<NaiveDate> {
            let z = self.uint()?;
            let n = ((z >> 1) as i64) ^ -((z & 1) as i64);
            NaiveDate::from_num_days_from_ce_opt(i32::try_from(n).ok()?)
        }

        fn strs(&mut self) -> Option<Vec<String>> {
            let n = self.count()?;
            (0..n).map(|_| self.str()).collect()
        }
    }

    pub fn decode(bytes: &[u8], source: Option<&str>) -> Option<StoryExtraction> {
        let mut r = Reader { bytes, source };
        if r.byte()? != FORMAT {
            return None;
        }
        let n = r.count()?;
        let mut timexes = Vec::with_capacity(n);
        for _ in 0..n {
            let start = r.usize()?;
            let end = r.usize()?;
            let text = r.span_str(start, end)?;
            let kind = *TYPES.get(usize::from(r.byte()?))?;
            let value = r.str()?;
            let precision = match r.byte()? {
                0 => None,
                i => Some(*PRECISIONS.get(usize::from(i) - 1)?),
            };
            let range = match r.byte()? {
                0 => None,
                1 => Some(DateRange {
                    start: r.date()?,
                    end: r.date()?,
                }),
                _ => return None,
            };
            let anchor = match r.byte()? {
                0 => Anchor::None,
                1 => Anchor::Dct { date: r.date()? },
                2 => Anchor::Previous {
                    text: r.str()?,
                    value: r.str()?,
                },
                _ => return None,
            };
            let rule = r.str()?;
            timexes.push(Timex {
                start,
                end,
                text,
                kind,
                value,
                precision,
                range,
                explanation: Explanation { anchor, rule },
            });
        }
        let n = r.count()?;
        let mut entities = Vec::with_capacity(n);
        for _ in 0..n {
            entities.push(LocalEntity {
                name: r.str()?,
                kind: *EntityKind::ALL.get(usize::from(r.byte()?))?,
                aliases: r.strs()?,
                roles: r.strs()?,
            });
        }
        let n = r.count()?;
        let mut mentions = Vec::with_capacity(n);
        for _ in 0..n {
            let start = r.usize()?;
            let end = r.usize()?;
            mentions.push(EntityMention {
                start,
                end,
                text: r.span_str(start, end)?,
                entity: r.usize()?,
            });
        }
        r.bytes.is_empty().then_some(StoryExtraction {
            timexes,
            entities: EntityAnalysis { entities, mentions },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Origin, StoryId};

    fn story(text: &str, date: Option<NaiveDate>) -> Story {
        Story {
            id: StoryId("s".into()),
            title: "A title".into(),
            published: date.map(crate::model::Published::Date),
            source: None,
            byline: None,
            dateline: None,
            url: None,
            paragraphs: text.split("\n\n").map(str::to_string).collect(),
            origin: Origin {
                path: "s.txt".into(),
                item: None,
            },
        }
    }

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2019, 3, d)
    }

    #[test]
    fn entries_read_back_exactly_with_or_without_the_source() {
        for s in crate::ingest::load_sample().stories {
            let text = s.text().text;
            let x = StoryExtraction::of(&s);
            assert!(!x.timexes.is_empty() || !x.entities.mentions.is_empty());
            let by_ref = encode(&x, Some(&text));
            let inline = encode(&x, None);
            assert!(by_ref.len() < inline.len());
            assert_eq!(decode(&by_ref, Some(&text)).as_ref(), Some(&x));
            assert_eq!(decode(&inline, None).as_ref(), Some(&x));
            assert_eq!(decode(&inline, Some("other text")).as_ref(), Some(&x));
            // A reference needs its source; a cut entry is no entry.
            assert_eq!(decode(&by_ref, None), None);
            for cut in [1, by_ref.len() / 2, by_ref.len() - 1] {
                assert_eq!(decode(&by_ref[..cut], Some(&text)), None, "cut at {cut}");
            }
            let mut longer = by_ref.clone();
            longer.push(0);
            assert_eq!(decode(&longer, Some(&text)), None);
        }
    }

    #[test]
    fn keys_change_with_text_date_and_version() {
        let k = Key::new("The council met on Friday.", day(4));
        assert_eq!(k, Key::new("The council met on Friday.", day(4)));
        assert_ne!(k, Key::new("The council met on Friday!", day(4)));
        assert_ne!(k, Key::new("The council met on Friday.", day(5)));
        assert_ne!(k, Key::new("The council met on Friday.", None));
        assert_ne!(
            k,
            Key::with_version("another build", "The council met on Friday.", day(4))
        );
        assert_eq!(Key::from_hex(&k.to_hex()), Some(k));
        assert_eq!(Key::of(&story("The council met on Friday.", day(4))), k);
    }

    #[test]
    fn entries_round_trip_and_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let s = story(
            "Mayor Ilse Brandt spoke in Ghent on Tuesday.\n\nShe returns next March.",
            day(12),
        );
        let fresh = StoryExtraction::of(&s);
        let cache = Cache::open(dir.path());
        assert!(cache.get(&Key::of(&s), Some(&s.text().text)).is_none());
        assert_eq!(cache.extract(&s), fresh);
        assert_eq!(cache.flush(), 1);
        assert!(cache.take_warnings().is_empty());
        drop(cache);
        let again = Cache::open(dir.path());
        assert_eq!(again.get(&Key::of(&s), Some(&s.text().text)), Some(fresh));
        assert_eq!(again.info().unwrap().entries, 1);
    }

    #[test]
    fn a_damaged_entry_is_a_miss_with_one_warning() {
        let dir = tempfile::tempdir().unwrap();
        let s = story("Talks resume on Monday in Lisbon.", day(1));
        let cache = Cache::open(dir.path());
        cache.extract(&s);
        cache.flush();
        {
            let guard = cache.conn.lock().unwrap();
            let conn = &guard.as_ref().unwrap().conn;
            conn.execute("UPDATE extraction SET value = substr(value, 1, 9)", [])
                .unwrap();
        }
        assert!(cache.get(&Key::of(&s), Some(&s.text().text)).is_none());
        assert!(cache.get(&Key::of(&s), Some(&s.text().text)).is_none());
        assert_eq!(cache.extract(&s), StoryExtraction::of(&s));
        assert_eq!(cache.flush(), 1);
        let warnings = cache.take_warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("3 cache entries could not be read"));
        assert!(
            cache.get(&Key::of(&s), Some(&s.text().text)).is_some(),
            "rebuilt"
        );
    }

    #[test]
    fn a_file_that_is_not_a_cache_is_replaced() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), vec![0x5a; 8192]).unwrap();
        let cache = Cache::open(dir.path());
        assert!(cache.is_enabled());
        let warnings = cache.take_warnings();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(warnings[0].contains("not a readable cache"));
    }

    #[test]
    fn a_directory_that_cannot_be_made_leaves_the_cache_off() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plain-file");
        std::fs::write(&file, "not a directory").unwrap();
        let cache = Cache::open(&file.join("below"));
        assert!(!cache.is_enabled());
        assert_eq!(cache.take_warnings().len(), 1);
        let s = story("Nothing to keep.", None);
        assert_eq!(cache.extract(&s), StoryExtraction::of(&s));
        assert_eq!(cache.flush(), 0);
    }
}
