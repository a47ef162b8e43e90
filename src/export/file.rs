//! Writing an export to a file: atomically (a temporary file in the same
//! directory, renamed over the target once complete, so a reader never
//! sees half an export and a failed export leaves the old file as it was),
//! and never over a story file that was read.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::model::Corpus;

/// Why an export could not be written to its file.
#[derive(Debug)]
pub enum FileError {
    /// The target is one of the story files read: stories are never written.
    StoryFile(PathBuf),
    Io(PathBuf, io::Error),
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileError::StoryFile(p) => write!(
                f,
                "{}: is a story file that was read; an export never overwrites a story",
                p.display()
            ),
            FileError::Io(p, e) => write!(f, "{}: {e}", p.display()),
        }
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FileError::Io(_, e) => Some(e),
            FileError::StoryFile(_) => None,
        }
    }
}

/// Every file the corpus was read from (stories and files with problems).
pub fn files_read(corpus: &Corpus) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = corpus
        .stories
        .iter()
        .map(|s| s.origin.path.clone())
        .chain(corpus.diagnostics.iter().map(|d| d.path.clone()))
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// Whether `target` is (the same file as) one of `read`: by device and
/// inode on Unix, so another spelling, a symlink or a hard link is caught.
pub fn is_one_of(target: &Path, read: &[PathBuf]) -> bool {
    let Ok(meta) = fs::metadata(target) else {
        return false; // a file that is not there was not read
    };
    same_file_in(&meta, target, read)
}

#[cfg(unix)]
fn same_file_in(meta: &fs::Metadata, _target: &Path, read: &[PathBuf]) -> bool {
    use std::os::unix::fs::MetadataExt;
    let id = (meta.dev(), meta.ino());
    read.iter()
        .any(|r| fs::metadata(r).is_ok_and(|o| (o.dev(), o.ino()) == id))
}

#[cfg(not(unix))]
fn same_file_in(_: &fs::Metadata, target: &Path, read: &[PathBuf]) -> bool {
    let Ok(canonical) = fs::canonicalize(target) else {
        return false;
    };
    read.iter()
        .any(|r| fs::canonicalize(r).is_ok_and(|c| c == canonical))
}

/// Write the file at `target` with `fill`, atomically, unless it is one of
/// the story files `read`. Returns what `fill` returned.
pub fn write_atomically<T>(
    target: &Path,
    read: &[PathBuf],
    fill: impl FnOnce(&mut dyn Write) -> io::Result<T>,
) -> Result<T, FileError> {
    if is_one_of(target, read) {
        return Err(FileError::StoryFile(target.to_path_buf()));
    }
    let err = |e: io::Error| FileError::Io(target.to_path_buf(), e);
    let name = target
        .file_name()
        .ok_or_else(|| err(io::Error::other("not a file name")))?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (temp, file) = create_temp(&dir, &name.to_string_lossy()).map_err(err)?;
    let result = (|| {
        let mut out = BufWriter::with_capacity(64 * 1024, file);
        let value = fill(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, target)?;
        Ok(value)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(err)
}

/// A new file next to the target, named after it.
fn create_temp(dir: &Path, name: &str) -> io::Result<(PathBuf, fs::File)> {
    let pid = std::process::id();
    let mut n = 0u32;
    loop {
        let path = dir.join(format!(".{name}.{pid}.{n}.tmp"));
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(f) => return Ok((path, f)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && n < 1000 => n += 1,
            Err(e) => return Err(e),
        }
    }
}

/// `~` or `~/…` at the start of `text` as the home directory (`$HOME`);
/// anything else as written.
pub fn expand_home(text: &str) -> PathBuf {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty());
    match (text, home) {
        ("~", Some(h)) => PathBuf::from(h),
        (t, Some(h)) if t.starts_with("~/") => PathBuf::from(h).join(&t[2..]),
        (t, _) => PathBuf::from(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_keeps_the_old_one_on_failure() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let n = write_atomically(&target, &[], |out| {
            out.write_all(b"first")?;
            Ok(5)
        })
        .unwrap();
        assert_eq!(n, 5);
        assert_eq!(fs::read_to_string(&target).unwrap(), "first");
        let failed = write_atomically(&target, &[], |out| {
            out.write_all(b"half")?;
            Err::<(), _>(io::Error::other("disk on fire"))
        });
        assert!(failed.unwrap_err().to_string().contains("disk on fire"));
        assert_eq!(fs::read_to_string(&target).unwrap(), "first");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn refuses_a_story_file_even_by_another_name() {
        let dir = tempfile::tempdir().unwrap();
        let story = dir.path().join("story.md");
        fs::write(&story, "# A story\n").unwrap();
        let read = vec![story.clone()];
        let err = write_atomically(&story, &read, |_| Ok(())).unwrap_err();
        assert!(matches!(err, FileError::StoryFile(_)), "{err}");
        let roundabout = dir.path().join(".").join("story.md");
        assert!(write_atomically(&roundabout, &read, |_| Ok(())).is_err());
        #[cfg(unix)]
        {
            let link = dir.path().join("link.md");
            std::os::unix::fs::symlink(&story, &link).unwrap();
            assert!(write_atomically(&link, &read, |_| Ok(())).is_err());
            let hard = dir.path().join("hard.md");
            fs::hard_link(&story, &hard).unwrap();
            assert!(write_atomically(&hard, &read, |_| Ok(())).is_err());
        }
        assert_eq!(fs::read_to_string(&story).unwrap(), "# A story\n");
    }

    #[test]
    fn home_is_expanded_at_the_start_only() {
        let home = std::env::var_os("HOME");
        if let Some(h) = home.filter(|h| !h.is_empty()) {
            assert_eq!(expand_home("~/x.csv"), PathBuf::from(&h).join("x.csv"));
            assert_eq!(expand_home("~"), PathBuf::from(&h));
        }
        assert_eq!(expand_home("a/~/b"), PathBuf::from("a/~/b"));
        assert_eq!(expand_home("~user/x"), PathBuf::from("~user/x"));
    }
}
