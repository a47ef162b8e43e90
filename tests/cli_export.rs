//! `dateline export` end to end: each format holds exactly the events
//! `timeline --json` lists under the same filter flags, and `-o` writes a
//! whole file without ever touching a story file.

use assert_cmd::Command;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("dateline").expect("binary builds");
        for (var, sub) in [
            ("DATELINE_DATA_DIR", "data"),
            ("DATELINE_CACHE_DIR", "cache"),
            ("DATELINE_CONFIG_DIR", "config"),
        ] {
            cmd.env(var, self.dir.path().join(sub));
        }
        cmd
    }

    fn stdout(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("runs");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8")
    }
}

/// (start, end, text, sentence, story) of each event `timeline --json` lists.
fn timeline(env: &Env, flags: &[&str]) -> Vec<[String; 5]> {
    let mut args = vec!["timeline", "--json"];
    args.extend_from_slice(flags);
    let json: serde_json::Value = serde_json::from_str(&env.stdout(&args)).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap().to_string();
            let sentence = if e["kind"] == "publication" {
                String::new()
            } else {
                s("sentence")
            };
            [s("start"), s("end"), s("text"), sentence, s("story")]
        })
        .collect()
}

fn export(env: &Env, format: &str, flags: &[&str]) -> String {
    let mut args = vec!["export", "--format", format];
    args.extend_from_slice(flags);
    env.stdout(&args)
}

const FILTERS: &[&[&str]] = &[
    &[],
    &["--from", "2014-11", "--to", "2014-11-30"],
    &["--entity", "Iran"],
    &["--kind", "publication"],
    &["--story", "obama", "--kind", "mention"],
];

#[test]
fn csv_holds_exactly_the_events_the_timeline_lists() {
    let env = Env::new();
    for flags in FILTERS {
        let csv = export(&env, "csv", flags);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let rows: Vec<[String; 5]> = reader
            .records()
            .map(|r| {
                let r = r.unwrap();
                [0, 1, 4, 5, 6].map(|i| r[i].to_string())
            })
            .collect();
        let listed = timeline(&env, flags);
        assert!(!listed.is_empty(), "{flags:?} lists something");
        assert_eq!(rows, listed, "{flags:?}");
    }
}

#[test]
fn every_format_counts_the_same_events() {
    let env = Env::new();
    for flags in FILTERS {
        let n = timeline(&env, flags).len();
        let ics = export(&env, "ics", flags);
        let calendar: icalendar::Calendar = ics.parse().unwrap();
        assert_eq!(calendar.components.len(), n, "ics {flags:?}");
        assert!(ics.split_terminator("\r\n").all(|l| l.len() <= 75));
        let tl: serde_json::Value =
            serde_json::from_str(&export(&env, "timelinejs", flags)).unwrap();
        assert_eq!(
            tl["events"].as_array().unwrap().len(),
            n,
            "timelinejs {flags:?}"
        );
        let md = export(&env, "markdown", flags);
        assert_eq!(
            md.lines().filter(|l| l.starts_with("- ")).count(),
            n,
            "markdown {flags:?}"
        );
    }
}

#[test]
fn output_file_is_written_whole_and_story_files_are_refused() {
    let env = Env::new();
    let stories = env.dir.path().join("stories");
    std::fs::create_dir(&stories).unwrap();
    let story = stories.join("bridge.md");
    let text = "# The bridge reopens\n\nPublished: 2021-05-03\n\nThe bridge closed on 12 April 2021 for repairs.\n";
    std::fs::write(&story, text).unwrap();
    let out_file = env.dir.path().join("events.ics");
    let story_arg = stories.to_str().unwrap();
    let out = env
        .cmd()
        .args(["export", story_arg, "--format", "ics", "-o"])
        .arg(&out_file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty(), "nothing on stdout with -o");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("written to"), "{stderr}");
    let written = std::fs::read_to_string(&out_file).unwrap();
    let calendar: icalendar::Calendar = written.parse().unwrap();
    assert!(!calendar.components.is_empty());

    let refused = env
        .cmd()
        .args(["export", story_arg, "--format", "csv", "-o"])
        .arg(&story)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("is a story file that was read"), "{err}");
    assert_eq!(
        std::fs::read_to_string(&story).unwrap(),
        text,
        "story untouched"
    );
}

#[test]
fn bad_flags_fail_before_writing() {
    let env = Env::new();
    let out = env
        .cmd()
        .args(["export", "--format", "pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not an export format: `pdf`"));
    let out = env
        .cmd()
        .args([
            "export", "--format", "csv", "--from", "2015", "--to", "2014",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--from 2015 is after --to 2014"));
}
