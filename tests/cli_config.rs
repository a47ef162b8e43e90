//! `dateline config` through the real binary: the default config validates,
//! lists every action, and bad configs get exact `path:line:col` messages.

use assert_cmd::Command;
use dateline::tui::config::action_name;
use dateline::tui::keymap::BINDINGS;

fn dateline(dir: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("dateline").expect("binary");
    cmd.env("DATELINE_DATA_DIR", dir)
        .env("DATELINE_CACHE_DIR", dir)
        .env("DATELINE_CONFIG_DIR", dir);
    cmd
}

fn check(text: &str) -> (i32, String, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("config.toml");
    std::fs::write(&file, text).expect("write");
    let out = dateline(dir.path())
        .args(["config", "--check"])
        .arg(&file)
        .output()
        .expect("run");
    let err = String::from_utf8(out.stderr)
        .expect("utf-8")
        .replace(&file.display().to_string(), "config.toml");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).expect("utf-8"),
        err,
    )
}

#[test]
fn the_default_config_passes_the_check_and_lists_every_action() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dateline(dir.path())
        .args(["config", "--default"])
        .output()
        .expect("run");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    for b in BINDINGS {
        assert!(
            text.contains(&format!("\n{} = ", action_name(&b.action))),
            "{:?}",
            b.action
        );
    }
    assert_eq!(check(&text), (0, "ok\n".into(), String::new()));
}

#[test]
fn the_path_is_under_the_config_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dateline(dir.path())
        .args(["config", "--path"])
        .output()
        .expect("run");
    let printed = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(
        printed.trim_end(),
        dir.path().join("config.toml").display().to_string()
    );
}

#[test]
fn a_check_without_a_file_reads_the_config_directory() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("config.toml"), "[keys]\nzoom = [\"Z\"]\n").expect("write");
    dateline(dir.path())
        .args(["config", "--check"])
        .assert()
        .success()
        .stdout("ok\n");
}

#[test]
fn an_unknown_action_is_named_at_its_line_and_column() {
    assert_eq!(
        check("[keys]\nnext_event = [\"]\"]\njump_around = [\"J\"]\n"),
        (
            1,
            String::new(),
            "config.toml:3:1: error: unknown action \"jump_around\"\n".into()
        )
    );
}

#[test]
fn an_unknown_key_name_is_pointed_at() {
    assert_eq!(
        check("[keys]\nzoom = [\"z\", \"ctrl-shift-q\"]\n"),
        (
            1,
            String::new(),
            "config.toml:2:14: error: unknown key name \"ctrl-shift-q\"\n".into()
        )
    );
}

#[test]
fn a_value_that_is_not_a_list_is_refused() {
    assert_eq!(
        check("[keys]\nhelp = 7\n"),
        (
            1,
            String::new(),
            "config.toml:2:8: error: help: expected a list of keys, like [\"j\", \"down\"]\n"
                .into()
        )
    );
}

#[test]
fn an_action_not_bound_in_a_context_is_unknown_there() {
    assert_eq!(
        check("[keys.finder]\nzoom = [\"f2\"]\n"),
        (
            1,
            String::new(),
            "config.toml:2:1: error: unknown action \"zoom\" in [keys.finder]\n".into()
        )
    );
}

#[test]
fn broken_toml_is_reported_with_its_position() {
    assert_eq!(
        check("[keys]\nzoom = [\"z\"\n"),
        (
            1,
            String::new(),
            "config.toml:2:12: error: unclosed array, expected `]`\n".into()
        )
    );
}
