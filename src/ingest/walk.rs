//! Finding the files to read under the paths the user gave, safely.
//!
//! Directories are walked recursively in sorted order. Nothing is opened
//! before its type is known from `symlink_metadata`: FIFOs, sockets and
//! devices are never opened (they could block forever), hidden entries
//! inside directories are skipped, a symbolic link met inside a directory
//! is followed only when it leads back inside one of the paths named (a
//! link the user named is always followed), a directory reached twice (a
//! link loop) is not entered again, and files over the size cap are not
//! read. Each skip is a diagnostic.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::model::Diagnostic;

/// Files larger than this are skipped unread.
pub const MAX_FILE_SIZE: u64 = 32 * 1024 * 1024;

/// A regular file found by the walk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The path as the user will recognise it (under what they typed).
    pub path: PathBuf,
    /// Whether the user named this file directly (rather than it being found
    /// in a directory): unknown formats are then errors, not warnings.
    pub explicit: bool,
}

/// Every regular file under `paths`, in order, with the problems met.
pub fn walk(paths: &[PathBuf], diagnostics: &mut Vec<Diagnostic>) -> Vec<Found> {
    let mut walker = Walker {
        files: Vec::new(),
        seen_files: HashSet::new(),
        visited_dirs: HashSet::new(),
        roots: paths
            .iter()
            .filter_map(|p| fs::canonicalize(p).ok())
            .collect(),
        diagnostics,
    };
    for path in paths {
        walker.visit(path, true);
    }
    walker.files
}

struct Walker<'a> {
    files: Vec<Found>,
    seen_files: HashSet<FileKey>,
    visited_dirs: HashSet<PathBuf>,
    /// The paths named, resolved: where links may lead.
    roots: Vec<PathBuf>,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// What makes two paths the same file: on Unix its device and inode, read
/// from the metadata the walk already has (so a symlink, another spelling
/// or a hard link is read once, at no cost per file); elsewhere its
/// canonical path.
#[derive(Debug, PartialEq, Eq, Hash)]
enum FileKey {
    #[cfg_attr(not(unix), allow(dead_code))]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

#[cfg(unix)]
fn file_key(_path: &Path, meta: &fs::Metadata) -> FileKey {
    use std::os::unix::fs::MetadataExt;
    FileKey::Inode(meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn file_key(path: &Path, _meta: &fs::Metadata) -> FileKey {
    FileKey::Path(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
}

impl Walker<'_> {
    fn visit(&mut self, path: &Path, explicit: bool) {
        let meta = match fs::symlink_metadata(path) {
            Ok(m) => m,
            Err(e) => {
                self.diagnostics
                    .push(Diagnostic::error(path, io_message(&e)));
                return;
            }
        };
        let meta = if meta.file_type().is_symlink() {
            match fs::metadata(path) {
                Err(e) if is_loop(&e) => {
                    self.diagnostics
                        .push(Diagnostic::warning(path, "symbolic link loop, skipped"));
                    return;
                }
                Err(e) => {
                    self.diagnostics.push(Diagnostic::warning(
                        path,
                        format!("broken symbolic link ({}), skipped", io_message(&e)),
                    ));
                    return;
                }
                Ok(target_meta) => {
                    if !explicit && let Some(outside) = self.outside_roots(path) {
                        self.diagnostics.push(Diagnostic::warning(
                            path,
                            format!(
                                "symbolic link to {}, outside the paths named, skipped",
                                outside.display()
                            ),
                        ));
                        return;
                    }
                    target_meta
                }
            }
        } else {
            meta
        };
        let kind = meta.file_type();
        if kind.is_dir() {
            self.visit_dir(path);
        } else if kind.is_file() {
            if let Err(d) = check_size(path, meta.len()) {
                self.diagnostics.push(d);
                return;
            }
            if self.seen_files.insert(file_key(path, &meta)) {
                self.files.push(Found {
                    path: path.to_path_buf(),
                    explicit,
                });
            }
        } else {
            self.diagnostics.push(Diagnostic::warning(
                path,
                format!("{} is not a regular file, skipped", special_kind(&kind)),
            ));
        }
    }

    /// Where the link at `path` leads, when that is not inside a path named.
    fn outside_roots(&self, path: &Path) -> Option<PathBuf> {
        let target = fs::canonicalize(path).ok()?;
        let inside = self.roots.iter().any(|root| target.starts_with(root));
        (!inside).then_some(target)
    }

    fn visit_dir(&mut self, path: &Path) {
        let key = match fs::canonicalize(path) {
            Ok(k) => k,
            Err(e) => {
                self.diagnostics
                    .push(Diagnostic::error(path, io_message(&e)));
                return;
            }
        };
        if !self.visited_dirs.insert(key.clone()) {
            let link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
            let message = if link {
                format!(
                    "symbolic link to a directory already read ({}), skipped",
                    key.display()
                )
            } else {
                "directory already read, skipped".to_string()
            };
            self.diagnostics.push(Diagnostic::warning(path, message));
            return;
        }
        let entries = match fs::read_dir(path) {
            Ok(rd) => rd,
            Err(e) => {
                self.diagnostics
                    .push(Diagnostic::error(path, io_message(&e)));
                return;
            }
        };
        let mut children: Vec<PathBuf> = Vec::new();
        for entry in entries {
            match entry {
                Ok(e) => children.push(e.path()),
                Err(e) => self
                    .diagnostics
                    .push(Diagnostic::error(path, io_message(&e))),
            }
        }
        children.sort();
        for child in children {
            let hidden = child
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                self.diagnostics
                    .push(Diagnostic::warning(&child, "hidden, skipped"));
                continue;
            }
            self.visit(&child, false);
        }
    }
}

/// A file over the size cap is not read.
fn check_size(path: &Path, len: u64) -> Result<(), Diagnostic> {
    if len > MAX_FILE_SIZE {
        return Err(Diagnostic::error(
            path,
            format!(
                "file is {len} bytes, over the {} MiB limit, skipped",
                MAX_FILE_SIZE / (1024 * 1024)
            ),
        ));
    }
    Ok(())
}

/// Read a file found by [`walk`] or named for one story, checking that it
/// is (still) a regular file within the size cap and never reading more
/// than the cap.
pub fn read(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let meta = fs::metadata(path).map_err(|e| Diagnostic::error(path, io_message(&e)))?;
    if !meta.is_file() {
        return Err(Diagnostic::warning(
            path,
            format!(
                "{} is not a regular file, skipped",
                special_kind(&meta.file_type())
            ),
        ));
    }
    check_size(path, meta.len())?;
    let file = open_nonblocking(path).map_err(|e| Diagnostic::error(path, io_message(&e)))?;
    // The file could have been swapped for a FIFO since it was looked at:
    // the non-blocking open returned at once, and this catches it.
    let opened = file
        .metadata()
        .map_err(|e| Diagnostic::error(path, io_message(&e)))?;
    if !opened.is_file() {
        return Err(Diagnostic::warning(
            path,
            format!(
                "{} is not a regular file, skipped",
                special_kind(&opened.file_type())
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len().min(MAX_FILE_SIZE) as usize);
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Diagnostic::error(path, io_message(&e)))?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(Diagnostic::error(
            path,
            format!(
                "file grew over the {} MiB limit while being read, skipped",
                MAX_FILE_SIZE / (1024 * 1024)
            ),
        ));
    }
    Ok(bytes)
}

/// Open for reading without ever blocking on a FIFO or device.
fn open_nonblocking(path: &Path) -> io::Result<fs::File> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // O_NONBLOCK: it has no effect on regular files.
        #[cfg(all(
            any(target_os = "linux", target_os = "android"),
            any(
                target_arch = "x86",
                target_arch = "x86_64",
                target_arch = "arm",
                target_arch = "aarch64",
                target_arch = "riscv64",
                target_arch = "powerpc64",
                target_arch = "s390x",
                target_arch = "loongarch64"
            )
        ))]
        options.custom_flags(0o4000);
        #[cfg(any(
            target_os = "macos",
            target_os = "ios",
            target_os = "freebsd",
            target_os = "openbsd",
            target_os = "netbsd",
            target_os = "dragonfly"
        ))]
        options.custom_flags(0x0004);
    }
    options.open(path)
}

fn is_loop(e: &io::Error) -> bool {
    // ELOOP is 40 on Linux, 62 on the BSDs and macOS.
    matches!(e.raw_os_error(), Some(40) if cfg!(target_os = "linux"))
        || matches!(e.raw_os_error(), Some(62) if cfg!(any(target_os = "macos", target_os = "freebsd", target_os = "openbsd", target_os = "netbsd")))
}

/// A short, stable description of an I/O error (without the OS error code).
fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

#[cfg(unix)]
fn special_kind(kind: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if kind.is_fifo() {
        "a FIFO (named pipe)"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() {
        "a character device"
    } else if kind.is_block_device() {
        "a block device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_kind: &fs::FileType) -> &'static str {
    "a special file"
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn reading_a_fifo_never_blocks() {
        let dir = tempfile::tempdir().expect("tempdir");
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            eprintln!("mkfifo is not available: skipped");
            return;
        }
        let d = read(&fifo).expect_err("a FIFO is not read");
        assert_eq!(
            d.message,
            "a FIFO (named pipe) is not a regular file, skipped"
        );
    }

    #[test]
    fn files_over_the_cap_are_not_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let big = dir.path().join("big.json");
        let f = fs::File::create(&big).expect("create");
        // Sparse: no disk space is used.
        f.set_len(MAX_FILE_SIZE + 1).expect("set_len");
        let mut diagnostics = Vec::new();
        let found = walk(std::slice::from_ref(&big), &mut diagnostics);
        assert!(found.is_empty());
        assert_eq!(
            diagnostics[0].message,
            format!(
                "file is {} bytes, over the 32 MiB limit, skipped",
                MAX_FILE_SIZE + 1
            )
        );
    }

    #[test]
    fn directories_are_walked_in_sorted_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        for name in ["b.md", "a.md", "c/z.md", "c/a.json"] {
            let p = dir.path().join(name);
            fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            fs::write(&p, "x").expect("write");
        }
        let mut diagnostics = Vec::new();
        let found = walk(&[dir.path().to_path_buf()], &mut diagnostics);
        let names: Vec<String> = found
            .iter()
            .map(|f| {
                f.path
                    .strip_prefix(dir.path())
                    .expect("under dir")
                    .display()
                    .to_string()
            })
            .collect();
        assert_eq!(names, vec!["a.md", "b.md", "c/a.json", "c/z.md"]);
        assert!(diagnostics.is_empty());
        assert!(found.iter().all(|f| !f.explicit));
    }
}
