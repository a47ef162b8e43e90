//! Invented plain-text stories for the benches that need an archive on a
//! fresh clone, where the generator of realistic archives is not at hand:
//! people of organisations saying things on dates in places, 1,000 files
//! to a directory, the same on every run.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

#[path = "rng.rs"]
mod rng;
use rng::Rng;

const FIRST: &[&str] = &[
    "Marta", "Tomas", "Ada", "Ilse", "Kofi", "Ines", "Pavel", "Noor", "Lena", "Omar", "Greta",
    "Rafael",
];
const LAST: &[&str] = &[
    "Quell",
    "Revik",
    "Fenwick",
    "Brandt",
    "Mensah",
    "Duarte",
    "Novak",
    "Haddad",
    "Strand",
    "Okafor",
    "Lindqvist",
    "Serrano",
];
const PLACES: &[&str] = &[
    "Kestrel Bay",
    "Lower Valdane",
    "Port Emmerich",
    "Brackwater",
    "Norhaven",
    "Salt Ridge",
];
const ORGS: &[&str] = &[
    "the Harbour Board",
    "the Valdane Orchard Cooperative",
    "the Norhaven Rail Authority",
    "the Brackwater Council",
    "the Salt Ridge Mining Company",
];
const WHEN: &[&str] = &[
    "on Monday",
    "last week",
    "on March 3",
    "in August 2019",
    "next April",
    "on Thursday night",
    "by the end of the month",
    "in 2008",
    "two years ago",
    "on Oct. 20",
];
const VERBS: &[&str] = &[
    "said",
    "announced",
    "warned",
    "told reporters",
    "confirmed",
    "wrote",
];
const TOPICS: &[&str] = &[
    "that the toll vote would be delayed",
    "that the harvest had broken every record",
    "that the bridge would close for repairs",
    "that the festival would return",
    "that the line to the coast would reopen",
    "that the mine would hire two hundred workers",
];

fn sentence(r: &mut Rng) -> String {
    let who = format!("{} {}", r.pick(FIRST), r.pick(LAST));
    let role = ["chair", "director", "engineer", "spokeswoman", "mayor"][r.below(5)];
    format!(
        "{} {who} of {} {} {} {} in {}.",
        capitalised(role),
        r.pick(ORGS),
        r.pick(VERBS),
        r.pick(TOPICS),
        r.pick(WHEN),
        r.pick(PLACES)
    )
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// `n` invented stories as plain-text files, 1,000 to a directory.
pub fn generate(n: usize, root: &Path) {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    for i in 0..n {
        let dir = root.join(format!("{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&dir).expect("mkdir");
        }
        let mut text = format!(
            "Story {i}: {} {}\n2021-{:02}-{:02}\n\n",
            r.pick(PLACES),
            ["votes", "waits", "reopens", "celebrates"][r.below(4)],
            1 + r.below(12),
            1 + r.below(28)
        );
        for _ in 0..6 + r.below(6) {
            let sentences: Vec<String> = (0..2 + r.below(3)).map(|_| sentence(&mut r)).collect();
            text.push_str(&sentences.join(" "));
            text.push_str("\n\n");
        }
        std::fs::write(dir.join(format!("{i:06}.txt")), text).expect("write story");
    }
}

/// Every file under `root`.
pub fn files(root: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(root).expect("read_dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// The story folders named by the `:`-separated list in `var`, or else
/// 1,000 and 10,000 invented stories generated under `scratch`.
pub fn archives(var: &str, scratch: &Path) -> Vec<PathBuf> {
    match std::env::var_os(var) {
        Some(list) => std::env::split_paths(&list).collect(),
        None => [1_000, 10_000]
            .iter()
            .map(|&n| {
                let dir = scratch.join(format!("invented-{n}"));
                generate(n, &dir);
                dir
            })
            .collect(),
    }
}

/// An archive's name in a table: its folder's name.
pub fn name(root: &Path) -> String {
    root.file_name().map_or_else(
        || root.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}
