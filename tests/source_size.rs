//! No source file grows past what a maintainer can hold in mind: split a
//! file by what it does before it reaches the bound.

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 1_200;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("read the source tree") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn too_long(root: &Path) -> Vec<(PathBuf, usize)> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    files
        .into_iter()
        .filter_map(|p| {
            let n = fs::read_to_string(&p)
                .expect("read a source file")
                .lines()
                .count();
            (n > MAX_LINES).then_some((p, n))
        })
        .collect()
}

#[test]
fn no_source_file_is_over_the_bound() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let long = too_long(&src);
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:?}");
}

#[test]
fn the_check_finds_a_long_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::create_dir(dir.path().join("nested")).expect("mkdir");
    fs::write(
        dir.path().join("nested/long.rs"),
        "//\n".repeat(MAX_LINES + 1),
    )
    .expect("write");
    fs::write(dir.path().join("short.rs"), "//\n".repeat(MAX_LINES)).expect("write");
    let long = too_long(dir.path());
    assert_eq!(long.len(), 1, "{long:?}");
    assert!(long[0].0.ends_with("nested/long.rs"));
}
