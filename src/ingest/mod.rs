//! Reading stories from files: JSON, Markdown / plain text with a small
//! header, and RSS / Atom feeds. Every problem becomes a diagnostic; nothing
//! is ever written.
//!
//! Each format module turns bytes into [`RawStory`] values, untouched; one
//! shared step then sanitises every string, reads the date, recognises the
//! wire dateline, gives the story its id and drops duplicates.
//!
//! Story ids are derived from the source, so the same input always gives
//! the same id: from the url when the story has one (its last meaningful
//! path segment, `iran-talks-extended`), otherwise from the file name, with
//! `-N` added for the N-th story of a file that holds several
//! (`iran-nuclear-talks-2`). Ids are lower-case, at most 48 characters, and
//! made unique within a corpus by a `-2`, `-3`… suffix in load order.

mod dateline;
pub mod dates;
mod dedupe;
mod feed;
pub mod furniture;
mod html;
pub mod isolate;
mod json;
mod lines;
mod page;
pub mod sanitize;
mod text;
mod walk;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::model::{Corpus, Dateline, Diagnostic, Origin, Published, Story, StoryId};

pub(crate) use lines::position;

pub use walk::MAX_FILE_SIZE;

/// A corpus and what it took to load it.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    /// Files read (whether or not they held a story).
    pub files: usize,
    /// What the corpus was loaded from (see [`fingerprint`]).
    pub fingerprint: Fingerprint,
}

/// A digest of everything a load read: which files the walk found, in
/// order, whether each was named directly, each one's bytes (or why it
/// could not be read) and the walk's own problems. The same fingerprint
/// means the same corpus, so an index built from it can be kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    /// Lower-case hex, 64 digits.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

/// The fingerprint of what [`load`] would read under `paths` (the sample
/// stories with none), reading and hashing the files without parsing them.
pub fn fingerprint(paths: &[PathBuf]) -> Fingerprint {
    fingerprint_observed(paths, &mut |_, _| {})
}

/// [`fingerprint`], telling `observer` how far it has got as
/// [`load_observed`] does.
pub fn fingerprint_observed(
    paths: &[PathBuf],
    observer: &mut dyn FnMut(usize, usize),
) -> Fingerprint {
    if paths.is_empty() {
        return Digest::sample();
    }
    let mut diagnostics = Vec::new();
    let found = walk::walk(paths, &mut diagnostics);
    let mut digest = Digest::new(&diagnostics);
    observer(0, found.len());
    let mut done = 0;
    for batch in found.chunks(PARALLEL_BATCH) {
        let hashes: Vec<_> = batch
            .par_iter()
            .map(|f| walk::read(&f.path).map(|bytes| blake3::hash(&bytes)))
            .collect();
        for (f, hash) in batch.iter().zip(&hashes) {
            digest.file(f, hash.as_ref());
        }
        done += batch.len();
        observer(done, found.len());
    }
    digest.finish()
}

/// Builds a [`Fingerprint`] in walk order.
struct Digest(blake3::Hasher);

impl Digest {
    fn new(walk_problems: &[Diagnostic]) -> Self {
        let mut h = blake3::Hasher::new();
        h.update(b"dateline input\0");
        for d in walk_problems {
            Self::diagnostic(&mut h, d);
        }
        h.update(b"\0files\0");
        Self(h)
    }

    fn sample() -> Fingerprint {
        let mut h = blake3::Hasher::new();
        h.update(b"dateline sample stories\0");
        Fingerprint(*h.finalize().as_bytes())
    }

    fn diagnostic(h: &mut blake3::Hasher, d: &Diagnostic) {
        h.update(d.path.as_os_str().as_encoded_bytes());
        h.update(b"\0");
        h.update(d.message.as_bytes());
        h.update(b"\0");
    }

    fn file(&mut self, f: &walk::Found, read: Result<&blake3::Hash, &Diagnostic>) {
        let h = &mut self.0;
        h.update(f.path.as_os_str().as_encoded_bytes());
        h.update(&[0, u8::from(f.explicit)]);
        match read {
            Ok(hash) => {
                h.update(b"ok");
                h.update(hash.as_bytes());
            }
            Err(d) => {
                h.update(b"unread");
                Self::diagnostic(h, d);
            }
        }
    }

    fn finish(self) -> Fingerprint {
        Fingerprint(*self.0.finalize().as_bytes())
    }
}

/// Load every story under `paths` (files or directories).
pub fn load(paths: &[PathBuf]) -> Corpus {
    load_counted(paths).corpus
}

/// How many files are parsed in parallel before their stories join the
/// corpus.
const PARALLEL_BATCH: usize = 256;

/// [`load`], also counting the files read.
pub fn load_counted(paths: &[PathBuf]) -> Loaded {
    load_observed(paths, &mut |_, _| {})
}

/// The stories under `paths`, or the sample stories when there are none:
/// what every command and the app open. `observer` is told how far the
/// load has got as [`load_observed`] tells it.
pub fn load_or_sample(paths: &[PathBuf], observer: &mut dyn FnMut(usize, usize)) -> Loaded {
    if paths.is_empty() {
        let loaded = load_sample_counted();
        observer(0, loaded.files);
        observer(loaded.files, loaded.files);
        loaded
    } else {
        load_observed(paths, observer)
    }
}

/// [`load_counted`], telling `observer` how far it has got: `(0, total)`
/// once the walk has found the files, then `(done, total)` as each file's
/// stories join the corpus, in walk order, on the calling thread.
pub fn load_observed(paths: &[PathBuf], observer: &mut dyn FnMut(usize, usize)) -> Loaded {
    let mut diagnostics = Vec::new();
    let found = walk::walk(paths, &mut diagnostics);
    let mut digest = Digest::new(&diagnostics);
    let mut loader = Loader::new(diagnostics);
    let files = found.len();
    observer(0, files);
    let mut done = 0;
    // Files are read, parsed and their stories cleaned in parallel; the
    // stories then join the corpus one file at a time in walk order, so
    // ids, duplicates and diagnostics come out the same whatever the number
    // of threads. A batch at a time, so that parsed but unfinished stories
    // never pile up for the whole archive.
    for batch in found.chunks(PARALLEL_BATCH) {
        let parsed: Vec<_> = batch
            .par_iter()
            .map(|f| match walk::read(&f.path) {
                Ok(bytes) => Ok((
                    blake3::hash(&bytes),
                    Loader::parse_file(&f.path, &bytes, f.explicit),
                )),
                Err(d) => Err(d),
            })
            .collect();
        for (f, file) in batch.iter().zip(parsed) {
            digest.file(f, file.as_ref().map(|(hash, _)| hash));
            match file {
                Ok((_, (diagnostics, cleaned))) => {
                    loader.diagnostics.extend(diagnostics);
                    loader.add_cleaned(&f.path, cleaned);
                }
                Err(d) => loader.diagnostics.push(d),
            }
            done += 1;
            observer(done, files);
        }
    }
    Loaded {
        corpus: loader.finish(),
        files,
        fingerprint: digest.finish(),
    }
}

/// The bytes of one file, with the loaders' checks: a regular file (never a
/// FIFO or a device, which could block or never end), within
/// [`MAX_FILE_SIZE`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    walk::read(path)
}

/// The sample stories, compiled into the binary so `dateline` works from any
/// directory; read by the same loaders as user files.
const SAMPLES: &[(&str, &[u8])] = &[
    (
        "sample-data/2014-11-06-obama-writes-to-irans-leader.md",
        include_bytes!("../../sample-data/2014-11-06-obama-writes-to-irans-leader.md"),
    ),
    (
        "sample-data/2014-11-24-nuclear-talks-extended-again.md",
        include_bytes!("../../sample-data/2014-11-24-nuclear-talks-extended-again.md"),
    ),
    (
        "sample-data/2015-04-02-lausanne-framework.txt",
        include_bytes!("../../sample-data/2015-04-02-lausanne-framework.txt"),
    ),
    (
        "sample-data/iran-nuclear-talks.json",
        include_bytes!("../../sample-data/iran-nuclear-talks.json"),
    ),
    (
        "sample-data/us-air-campaign.rss",
        include_bytes!("../../sample-data/us-air-campaign.rss"),
    ),
];

/// The sample stories compiled into the binary.
pub fn load_sample() -> Corpus {
    load_sample_counted().corpus
}

/// [`load_sample`], also counting the files read.
pub fn load_sample_counted() -> Loaded {
    let mut loader = Loader::new(Vec::new());
    for (path, bytes) in SAMPLES {
        loader.add_file(Path::new(path), bytes, true);
    }
    Loaded {
        corpus: loader.finish(),
        files: SAMPLES.len(),
        fingerprint: Digest::sample(),
    }
}

/// Load stories from bytes as if read from `path` (the extension and the
/// content choose the format).
pub fn load_bytes(path: &Path, bytes: &[u8]) -> Corpus {
    let mut loader = Loader::new(Vec::new());
    loader.add_file(path, bytes, true);
    loader.finish()
}

/// A story as a format module read it: nothing sanitised or interpreted yet.
#[derive(Debug, Clone, Default)]
pub(crate) struct RawStory {
    pub title: Option<String>,
    /// The date as written.
    pub date: Option<String>,
    /// Where the date was written, when known.
    pub date_at: Option<(usize, Option<usize>)>,
    /// A date already parsed by the format's reader, used when `date` is
    /// absent.
    pub published: Option<Published>,
    pub source: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<String>,
    pub url: Option<String>,
    pub body: Body,
    pub item: Option<usize>,
    /// The line where the story starts, when known.
    pub line: Option<usize>,
    /// A prefix naming the story in diagnostics (`story 2: `), empty for a
    /// file with one story.
    pub label: String,
    /// Whether a story without text is normal (a feed item with a title and
    /// a link only).
    pub may_be_empty: bool,
}

/// A body as the file gave it.
#[derive(Debug, Clone)]
pub(crate) enum Body {
    Paragraphs(Vec<String>),
    /// Paragraphs separated by blank lines.
    Text(String),
    Html(String),
}

impl Default for Body {
    fn default() -> Self {
        Body::Paragraphs(Vec::new())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Markdown,
    Text,
    Feed,
    Html,
}

/// One story of a file, cleaned on the thread that read the file: what
/// cleaning it had to say, and the story waiting for its id and the
/// duplicate check (none when it was skipped).
struct Cleaned {
    diagnostics: Vec<Diagnostic>,
    candidate: Option<dedupe::Candidate>,
}

/// The stories of one file cleaned, in file order; a story whose cleaning
/// crashed is skipped with an error saying so.
fn clean_stories(path: &Path, raws: Vec<RawStory>) -> Vec<Cleaned> {
    let several = raws.len() > 1;
    raws.into_iter()
        .map(|raw| {
            let (pos, label) = (raw.line.map(|l| (l, None)), raw.label.clone());
            let mut diagnostics = Vec::new();
            let candidate =
                isolate::isolated(|| Loader::clean_story(path, raw, several, &mut diagnostics))
                    .unwrap_or_else(|panic| {
                        diagnostics.push(story_crashed(path, &label, pos, &panic));
                        None
                    });
            Cleaned {
                diagnostics,
                candidate,
            }
        })
        .collect()
}

/// The error for a story whose reading crashed.
fn story_crashed(
    path: &Path,
    label: &str,
    pos: Option<(usize, Option<usize>)>,
    panic: &str,
) -> Diagnostic {
    let d = Diagnostic::error(
        path,
        format!("{label}reading the story crashed ({panic}), story skipped"),
    );
    match pos {
        Some((line, _)) => d.at(line, None),
        None => d,
    }
}

struct Loader {
    stories: Vec<Story>,
    diagnostics: Vec<Diagnostic>,
    ids: HashSet<String>,
    /// Beside each story, what the duplicate check needs to know of it.
    kept: Vec<dedupe::Kept>,
    /// Duplicate detection: normalised url, or title and date, to the
    /// position of the story kept.
    seen: HashMap<String, usize>,
    /// Lower-cased titles to the position of the first story with it, for
    /// metadata records meeting undated stories.
    titles: HashMap<String, usize>,
    /// Diagnostics (by position) that later stories made untrue: the "no
    /// text" warning of a record whose story turned up.
    retracted: HashSet<usize>,
}

impl Loader {
    fn new(diagnostics: Vec<Diagnostic>) -> Self {
        Self {
            stories: Vec::new(),
            diagnostics,
            ids: HashSet::new(),
            kept: Vec::new(),
            seen: HashMap::new(),
            titles: HashMap::new(),
            retracted: HashSet::new(),
        }
    }

    /// The corpus, with the walk's and the loaders' problems together, file by
    /// file and in position order within a file (the sort is stable).
    fn finish(mut self) -> Corpus {
        if !self.retracted.is_empty() {
            let mut i = 0;
            self.diagnostics.retain(|_| {
                i += 1;
                !self.retracted.contains(&(i - 1))
            });
        }
        self.diagnostics
            .sort_by(|a, b| (&a.path, a.line, a.column).cmp(&(&b.path, b.line, b.column)));
        Corpus {
            stories: self.stories,
            diagnostics: self.diagnostics,
        }
    }

    fn add_file(&mut self, path: &Path, bytes: &[u8], explicit: bool) {
        self.add_parsed(path, |loader| loader.read_stories(path, bytes, explicit));
    }

    /// Add the stories `parse` reads from the file at `path`. A panic while
    /// reading the file skips the file, one while finishing a story skips
    /// the story; each is an error diagnostic and the load goes on.
    fn add_parsed(&mut self, path: &Path, parse: impl FnOnce(&mut Self) -> Vec<RawStory>) {
        let raws = isolate::isolated(|| parse(self));
        self.add_cleaned(path, raws.map(|raws| clean_stories(path, raws)));
    }

    /// Read and clean the stories of one file on its own, for a parallel
    /// load: the file's diagnostics (kept even when reading crashed) and
    /// its cleaned stories, or the crash message, to hand to
    /// [`Loader::add_cleaned`].
    fn parse_file(
        path: &Path,
        bytes: &[u8],
        explicit: bool,
    ) -> (Vec<Diagnostic>, Result<Vec<Cleaned>, String>) {
        let mut scratch = Loader::new(Vec::new());
        let raws = isolate::isolated(|| scratch.read_stories(path, bytes, explicit));
        (
            scratch.diagnostics,
            raws.map(|raws| clean_stories(path, raws)),
        )
    }

    /// Add the cleaned stories of the file at `path`, in file order, or
    /// report that reading it crashed.
    fn add_cleaned(&mut self, path: &Path, cleaned: Result<Vec<Cleaned>, String>) {
        let cleaned = match cleaned {
            Ok(cleaned) => cleaned,
            Err(panic) => {
                self.diagnostics.push(Diagnostic::error(
                    path,
                    format!("reading the file crashed ({panic}), file skipped"),
                ));
                return;
            }
        };
        for story in cleaned {
            self.diagnostics.extend(story.diagnostics);
            let Some(candidate) = story.candidate else {
                continue;
            };
            let (pos, label) = (candidate.pos, candidate.label.clone());
            if let Err(panic) = isolate::isolated(|| self.admit(path, candidate)) {
                self.diagnostics
                    .push(story_crashed(path, &label, pos, &panic));
            }
        }
    }

    /// The stories of one file as its format reads them.
    fn read_stories(&mut self, path: &Path, bytes: &[u8], explicit: bool) -> Vec<RawStory> {
        let utf16 = decode_utf16(bytes);
        let bytes = utf16.as_ref().map_or(bytes, |s| s.as_bytes());
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            self.diagnostics
                .push(Diagnostic::error(path, "empty file, no story"));
            return Vec::new();
        }
        let Some(format) = detect_format(path, bytes) else {
            let d = if explicit {
                Diagnostic::error(
                    path,
                    "not a story file (expected JSON, Markdown, text, RSS, Atom or HTML)",
                )
            } else {
                Diagnostic::warning(path, "not a story file, skipped")
            };
            self.diagnostics.push(d);
            return Vec::new();
        };
        if let Some(at) = binary_at(bytes) {
            let (line, col) = position(bytes, at);
            self.diagnostics.push(
                Diagnostic::error(
                    path,
                    format!(
                        "binary data (byte 0x{:02X}), not a story file, skipped",
                        bytes[at]
                    ),
                )
                .at(line, Some(col)),
            );
            return Vec::new();
        }
        match format {
            Format::Json => json::parse(path, bytes, &mut self.diagnostics),
            Format::Feed => feed::parse(path, bytes, &mut self.diagnostics),
            Format::Markdown | Format::Text => {
                let text = decode_text(path, bytes, &mut self.diagnostics);
                text::parse(
                    path,
                    &text,
                    format == Format::Markdown,
                    &mut self.diagnostics,
                )
                .into_iter()
                .collect()
            }
            Format::Html => {
                let text = decode_text(path, bytes, &mut self.diagnostics);
                vec![page::parse(&text)]
            }
        }
    }

    /// One story made ready to join the corpus, on any thread: its text
    /// cleaned and its fields read, with what it had to say about itself in
    /// `diagnostics`; `None` when it is skipped.
    fn clean_story(
        path: &Path,
        raw: RawStory,
        several: bool,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<dedupe::Candidate> {
        let at = |d: Diagnostic, pos: Option<(usize, Option<usize>)>| match pos {
            Some((l, c)) => d.at(l, c),
            None => d,
        };
        let story_pos = raw.line.map(|l| (l, None));
        let label = raw.label.as_str();
        let mut paragraphs = match &raw.body {
            Body::Paragraphs(ps) => ps
                .iter()
                .flat_map(|p| sanitize::paragraphs(&furniture::strip(p)))
                .collect(),
            Body::Text(t) => sanitize::paragraphs(&furniture::strip(t)),
            Body::Html(h) => sanitize::paragraphs(&furniture::strip(&html::to_text(h))),
        };
        paragraphs.retain(|p: &String| !p.is_empty());
        let field = |v: &Option<String>| {
            v.as_deref()
                .map(sanitize::clean_line)
                .filter(|s| !s.is_empty())
        };
        let mut title = field(&raw.title);
        if title.is_none() {
            let Some(first) = paragraphs.first() else {
                diagnostics.push(at(
                    Diagnostic::error(
                        path,
                        format!("{label}story has no title and no text, skipped"),
                    ),
                    story_pos,
                ));
                return None;
            };
            diagnostics.push(at(
                Diagnostic::warning(
                    path,
                    format!("{label}story has no title, using its first words"),
                ),
                story_pos,
            ));
            title = Some(first_words(first, 12));
        }
        let title = title.unwrap_or_default();
        let published = match field(&raw.date) {
            Some(d) => match dates::parse(&d).or(raw.published) {
                Some(p) => Some(p),
                None => {
                    diagnostics.push(at(
                        Diagnostic::warning(
                            path,
                            format!(
                                "{label}unreadable date `{}`, story kept undated",
                                first_words(&d, 8)
                            ),
                        ),
                        raw.date_at.or(story_pos),
                    ));
                    None
                }
            },
            None => raw.published,
        };
        let url = field(&raw.url).map(|u| u.replace(' ', "%20"));
        let mut dateline = field(&raw.dateline).and_then(|d| dateline::from_field(&d));
        if let Some(found) = paragraphs.first().and_then(|p| dateline::detect(p)) {
            match &mut dateline {
                Some(d) => {
                    if d.agency.is_none() {
                        d.agency = found.agency;
                    }
                }
                None => dateline = Some(found),
            }
        }
        let source = field(&raw.source)
            .or_else(|| dateline.as_ref().and_then(|d: &Dateline| d.agency.clone()));
        let byline = field(&raw.byline);
        // Said only if the story stays on its own: one that merges with
        // its text is not missing it.
        let no_text = (paragraphs.is_empty() && !raw.may_be_empty).then(|| {
            at(
                Diagnostic::warning(path, format!("{label}story has no text")),
                story_pos,
            )
        });

        let base = base_id(url.as_deref(), path, raw.item.filter(|_| several));
        let story = Story {
            id: StoryId(String::new()),
            title,
            published,
            source,
            byline,
            dateline,
            url,
            paragraphs,
            origin: Origin {
                path: path.to_path_buf(),
                item: raw.item,
            },
        };
        Some(dedupe::Candidate {
            story,
            base,
            explicit: None,
            label: raw.label.clone(),
            pos: story_pos,
            no_text,
        })
    }

    fn unique_id(&mut self, base: String) -> String {
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.ids.insert(id.clone());
        id
    }
}

/// The format of a file, from its extension, else from its first bytes.
fn detect_format(path: &Path, bytes: &[u8]) -> Option<Format> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let head = &bytes[..bytes.len().min(4096)];
    let json_feed = || String::from_utf8_lossy(head).contains("jsonfeed.org/version");
    match ext.as_str() {
        "json" if json_feed() => return Some(Format::Feed),
        "json" => return Some(Format::Json),
        "md" | "markdown" | "mdown" | "mkd" => return Some(Format::Markdown),
        "txt" | "text" => return Some(Format::Text),
        "rss" | "atom" | "xml" | "rdf" | "feed" => return Some(Format::Feed),
        "html" | "htm" | "xhtml" => return Some(Format::Html),
        _ => {}
    }
    let start = head.iter().position(|b| !b.is_ascii_whitespace())?;
    match head[start] {
        b'{' if json_feed() => Some(Format::Feed),
        b'{' | b'[' => Some(Format::Json),
        b'<' => {
            let s = String::from_utf8_lossy(head);
            if s.contains("<rss") || s.contains("<feed") || s.contains("<rdf:RDF") {
                Some(Format::Feed)
            } else if page::sniff(&s) {
                Some(Format::Html)
            } else {
                None
            }
        }
        _ if !head.contains(&0) && std::str::from_utf8(head).is_ok_and(|s| !s.is_empty())
            || std::str::from_utf8(head).is_err_and(|e| e.error_len().is_none()) =>
        {
            Some(Format::Text)
        }
        _ => None,
    }
}

/// Where a file shows it is binary data rather than text, whatever its
/// name says: its first NUL byte, or its first control character when more
/// than one byte in sixteen is one (tabs, line and page breaks and ESC, as
/// in coloured text, do not count), both within the first 8 KiB.
fn binary_at(bytes: &[u8]) -> Option<usize> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(nul) = head.iter().position(|&b| b == 0) {
        return Some(nul);
    }
    let control = |b: &u8| matches!(b, 0x01..=0x08 | 0x0b | 0x0e..=0x1a | 0x1c..=0x1f | 0x7f);
    let controls = head.iter().filter(|b| control(b)).count();
    if controls * 16 > head.len() {
        head.iter().position(control)
    } else {
        None
    }
}

/// Bytes as text: UTF-8, or else Windows-1252 with a warning pointing at the
/// first byte that is not UTF-8.
fn decode_text<'a>(
    path: &Path,
    bytes: &'a [u8],
    diagnostics: &mut Vec<Diagnostic>,
) -> std::borrow::Cow<'a, str> {
    match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(e) => {
            let (line, col) = position(bytes, e.valid_up_to());
            diagnostics.push(
                Diagnostic::warning(
                    path,
                    format!(
                        "invalid UTF-8 (byte 0x{:02X}), read as Windows-1252",
                        bytes[e.valid_up_to()]
                    ),
                )
                .at(line, Some(col)),
            );
            std::borrow::Cow::Owned(windows_1252(bytes))
        }
    }
}

/// Text saved as UTF-16 (with its byte-order mark, or an XML document
/// opening with `<?` without one), as UTF-8; unpaired surrogates become
/// U+FFFD.
fn decode_utf16(bytes: &[u8]) -> Option<String> {
    let (big_endian, start) = match bytes {
        [0xff, 0xfe, ..] => (false, 2),
        [0xfe, 0xff, ..] => (true, 2),
        [b'<', 0, b'?', 0, ..] => (false, 0),
        [0, b'<', 0, b'?', ..] => (true, 0),
        _ => return None,
    };
    let units = bytes[start..].chunks_exact(2).map(|c| {
        if big_endian {
            u16::from_be_bytes([c[0], c[1]])
        } else {
            u16::from_le_bytes([c[0], c[1]])
        }
    });
    Some(
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect(),
    )
}

/// Decode bytes as Windows-1252 (the usual encoding of text that is not
/// UTF-8), keeping valid UTF-8 sequences as they are.
pub(crate) fn windows_1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                let b = bad[0];
                out.push(if (0x80..0xa0).contains(&b) {
                    HIGH[(b - 0x80) as usize]
                } else {
                    char::from(b)
                });
                rest = &bad[1..];
            }
        }
    }
    out
}

fn first_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut out = words[..words.len().min(n)].join(" ");
    if words.len() > n {
        out.push('…');
    }
    out
}

/// A url reduced for duplicate detection: no scheme, fragment, trailing
/// slash or `www.`, host in lower case.
fn normalise_url(u: &str) -> String {
    let u = u.split('#').next().unwrap_or(u);
    let u = u.split_once("://").map_or(u, |(_, rest)| rest);
    let (host, path) = u.split_once('/').unwrap_or((u, ""));
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    format!("{host}/{}", path.trim_end_matches('/'))
}

const MAX_ID: usize = 48;

/// The id a story would get before collisions are resolved.
fn base_id(url: Option<&str>, path: &Path, item: Option<usize>) -> String {
    if let Some(id) = url.and_then(url_id) {
        return id;
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut id = slug(&stem);
    if id.is_empty() {
        id = "story".to_string();
    }
    match item {
        Some(i) => format!("{id}-{}", i + 1),
        None => id,
    }
}

/// `https://example.com/world/2014/11/06/iran-talks.html?x=1` →
/// `iran-talks`; numeric or very short last segments take the one before
/// (`…/iran-talks/123` → `iran-talks-123`); a bare host gives the host.
fn url_id(url: &str) -> Option<String> {
    let u = url.split(['#', '?']).next().unwrap_or(url);
    let u = u.split_once("://").map_or(u, |(_, rest)| rest);
    let mut parts = u.split('/').filter(|s| !s.is_empty());
    let host = parts.next()?;
    let segments: Vec<&str> = parts.collect();
    let mut picked: Vec<String> = Vec::new();
    let mut strong = false;
    for seg in segments.iter().rev() {
        let seg = seg.rsplit_once('.').map_or(*seg, |(s, ext)| {
            if ext.len() <= 5 && !s.is_empty() {
                s
            } else {
                seg
            }
        });
        let s = slug(seg);
        if s.is_empty() {
            continue;
        }
        let weak = s.len() < 4 || s.chars().all(|c| c.is_ascii_digit() || c == '-');
        let weak = weak || matches!(s.as_str(), "index" | "article" | "story" | "news");
        picked.insert(0, s);
        if !weak || picked.len() >= 2 {
            strong = !weak;
            break;
        }
    }
    // Only numbers or tiny words: the host tells more.
    if !strong && picked.len() < 2 {
        picked.insert(0, slug(host.strip_prefix("www.").unwrap_or(host)));
    }
    let id = picked.join("-");
    (!id.is_empty()).then(|| truncate_slug(&id))
}

/// Lower-case letters and digits, other runs as one `-`.
fn slug(s: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '’' {
            dash = true;
        }
    }
    truncate_slug(&out)
}

fn truncate_slug(s: &str) -> String {
    if s.chars().count() <= MAX_ID {
        return s.to_string();
    }
    let cut: String = s.chars().take(MAX_ID).collect();
    match cut.rfind('-') {
        Some(i) if i > MAX_ID / 2 => cut[..i].to_string(),
        _ => cut,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_urls() {
        assert_eq!(
            url_id("https://www.example.com/world/2014/11/06/iran-talks.html?x=1").as_deref(),
            Some("iran-talks")
        );
        assert_eq!(
            url_id("https://example.com/news/iran-talks/123/").as_deref(),
            Some("iran-talks-123")
        );
        assert_eq!(
            url_id("https://www.example.com/").as_deref(),
            Some("example-com")
        );
        assert_eq!(url_id("").as_deref(), None);
        assert_eq!(
            url_id("https://www.example.com/2014/1234").as_deref(),
            Some("2014-1234")
        );
        assert_eq!(url_id("http://x.example/a").as_deref(), Some("x-example-a"));
    }

    #[test]
    fn ids_from_paths() {
        assert_eq!(
            base_id(None, Path::new("a/Iran's Talks.md"), None),
            "irans-talks"
        );
        assert_eq!(base_id(None, Path::new("feed.rss"), Some(1)), "feed-2");
        assert_eq!(base_id(None, Path::new("..."), None), "story");
        let long = "a-very-long-file-name-that-goes-on-and-on-and-on-and-on-forever";
        let id = base_id(None, Path::new(long), None);
        assert!(id.len() <= MAX_ID && !id.ends_with('-'), "{id}");
    }

    #[test]
    fn urls_normalise_for_duplicates() {
        assert_eq!(
            normalise_url("https://WWW.Example.com/a/b/#top"),
            normalise_url("http://example.com/a/b")
        );
    }

    #[test]
    fn different_urls_stay_different_after_normalising() {
        let pairs = [
            ("https://example.com/a/b", "https://example.com/a/c"),
            ("https://example.com/a/b", "https://example.org/a/b"),
            ("https://example.com/a/b", "https://example.com/ab"),
            (
                "https://example.com/story?id=1",
                "https://example.com/story?id=2",
            ),
            ("https://example.com/Story", "https://example.com/story"),
            ("https://news.example.com/a", "https://example.com/a"),
        ];
        for (a, b) in pairs {
            assert_ne!(normalise_url(a), normalise_url(b), "{a} vs {b}");
        }
    }

    #[test]
    fn duplicates_need_the_same_url_or_the_same_title_and_date() {
        let json = r#"[
            {"title": "Same", "date": "2014-11-06", "body": "a"},
            {"title": "same", "date": "2014-11-06T23:00:00", "body": "b"},
            {"title": "Same", "date": "2014-11-07", "body": "c"},
            {"title": "Undated", "body": "d"},
            {"title": "Undated", "body": "e"},
            {"title": "Other", "url": "http://x.example/a", "body": "f"},
            {"title": "Another", "url": "https://x.example/a/", "body": "g"}
        ]"#;
        let corpus = load_bytes(Path::new("d.json"), json.as_bytes());
        let bodies: Vec<&str> = corpus
            .stories
            .iter()
            .map(|s| s.paragraphs[0].as_str())
            .collect();
        assert_eq!(bodies, vec!["a", "c", "d", "e", "f"]);
        let messages: Vec<String> = corpus.diagnostics.iter().map(ToString::to_string).collect();
        assert_eq!(
            messages,
            vec![
                "d.json:3: warning: story 2: duplicate of story `d-1` from d.json, skipped",
                "d.json:8: warning: story 7: duplicate of story `x-example-a` from d.json, skipped",
            ]
        );
    }

    #[test]
    fn formats_are_sniffed_without_extension() {
        assert_eq!(
            detect_format(Path::new("x"), b" {\"title\":1}"),
            Some(Format::Json)
        );
        assert_eq!(
            detect_format(Path::new("x"), b"<?xml?><rss>"),
            Some(Format::Feed)
        );
        assert_eq!(
            detect_format(Path::new("x"), b"Title\n\nBody"),
            Some(Format::Text)
        );
        assert_eq!(
            detect_format(Path::new("x.png"), b"\x89PNG\r\n\x1a\n\0\0"),
            None
        );
        assert_eq!(detect_format(Path::new("x"), b"<html>"), Some(Format::Html));
        assert_eq!(detect_format(Path::new("x"), b"<svg></svg>"), None);
    }

    #[test]
    fn utf16_files_are_decoded() {
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for u in "Caf\u{e9} \u{1f30d}\n\nText.".encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        for bytes in [le, be] {
            let corpus = load_bytes(Path::new("u.txt"), &bytes);
            assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
            assert_eq!(corpus.stories[0].title, "Caf\u{e9} \u{1f30d}");
            assert_eq!(corpus.stories[0].paragraphs, vec!["Text."]);
        }
    }

    #[test]
    fn windows_1252_fallback() {
        assert_eq!(
            windows_1252(b"caf\xe9 \x93q\x94 \xe2\x80\x94"),
            "café “q” —"
        );
    }

    #[test]
    fn a_reader_that_panics_costs_its_file_only() {
        let mut loader = Loader::new(Vec::new());
        loader.add_parsed(Path::new("bad.rss"), |_| panic!("the reader gave up"));
        loader.add_file(Path::new("good.md"), b"Good story\n\nIt loads.", true);
        let corpus = loader.finish();
        assert_eq!(corpus.stories.len(), 1);
        assert_eq!(corpus.stories[0].title, "Good story");
        assert_eq!(corpus.diagnostics.len(), 1);
        let d = corpus.diagnostics[0].to_string();
        assert!(
            d.starts_with(
                "bad.rss: error: reading the file crashed (the reader gave up at src/ingest/mod.rs:"
            ) && d.ends_with("), file skipped"),
            "{d}"
        );
    }

    #[test]
    fn samples_load_clean() {
        let loaded = load_sample_counted();
        assert!(
            loaded.corpus.diagnostics.is_empty(),
            "{:?}",
            loaded.corpus.diagnostics
        );
        assert_eq!(loaded.files, SAMPLES.len());
        assert_eq!(loaded.corpus.stories.len(), 7);
    }
}
