//! Shell integration through the real binary: completion scripts for every
//! supported shell and the manual page.

use assert_cmd::Command;

fn dateline() -> Command {
    let dir = tempfile::tempdir().expect("tempdir").keep();
    let mut cmd = Command::cargo_bin("dateline").expect("binary");
    cmd.env("DATELINE_DATA_DIR", &dir)
        .env("DATELINE_CACHE_DIR", &dir)
        .env("DATELINE_CONFIG_DIR", &dir);
    cmd
}

const SUBCOMMANDS: [&str; 6] = [
    "stories", "check", "timeline", "entities", "search", "extract",
];

#[test]
fn completions_for_every_shell_name_the_subcommands() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = dateline()
            .args(["completions", shell])
            .output()
            .expect("run");
        assert!(out.status.success(), "{shell}: {out:?}");
        let script = String::from_utf8(out.stdout).expect("utf-8");
        assert!(!script.trim().is_empty(), "{shell}: empty script");
        for sub in SUBCOMMANDS.iter().chain(&["completions", "man"]) {
            assert!(script.contains(sub), "{shell}: no {sub} in the script");
        }
    }
}

#[test]
fn an_unknown_shell_is_refused() {
    dateline()
        .args(["completions", "tcsh-like"])
        .assert()
        .failure();
}

#[test]
fn man_page_is_roff_and_lists_the_subcommands() {
    let out = dateline().arg("man").output().expect("run");
    assert!(out.status.success(), "{out:?}");
    let page = String::from_utf8(out.stdout).expect("utf-8");
    // clap_mangen opens with two roff string definitions, then the title.
    let first = page
        .lines()
        .find(|l| !l.starts_with(".ie") && !l.starts_with(".el"))
        .unwrap_or("");
    assert!(first.starts_with(".TH dateline 1"), "{first}");
    assert!(page.contains(".SH SUBCOMMANDS"));
    for sub in SUBCOMMANDS {
        assert!(page.contains(sub), "no {sub} in the man page");
    }
}
