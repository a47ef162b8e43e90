//! A bare surname that two full names share stays apart and lists both
//! people as candidates: in the index, the finder and `dateline search`.

use assert_cmd::Command;
use dateline::index::search::Searcher;
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Corpus, EntityAnalysis, EntityKind, EntityMention, LocalEntity, Origin, Story, StoryId,
};
use dateline::tui::finder::{Finder, FinderAction, FinderStyles, render, run_request};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// One story per paragraph, each mentioning the given people once.
fn index_of(stories: &[(&str, &[&str])]) -> Index {
    let mut corpus = Vec::new();
    let mut extractions = Vec::new();
    for (i, (text, people)) in stories.iter().enumerate() {
        corpus.push(Story {
            id: StoryId(format!("s{i}")),
            title: format!("Story {i}"),
            published: None,
            source: None,
            byline: None,
            dateline: None,
            url: None,
            paragraphs: vec![text.to_string()],
            origin: Origin {
                path: "test.json".into(),
                item: Some(i),
            },
        });
        let mut found = EntityAnalysis::default();
        for (n, name) in people.iter().enumerate() {
            let start = text.find(name).expect("the name is in the text");
            found.mentions.push(EntityMention {
                start,
                end: start + name.len(),
                text: name.to_string(),
                entity: n,
            });
            found.entities.push(LocalEntity {
                name: name.to_string(),
                kind: EntityKind::Person,
                aliases: Vec::new(),
                roles: Vec::new(),
            });
        }
        extractions.push(StoryExtraction {
            entities: found,
            ..StoryExtraction::default()
        });
    }
    Index::from_extractions(
        Corpus {
            stories: corpus,
            diagnostics: Vec::new(),
        },
        extractions,
    )
}

fn quillfeathers() -> Index {
    index_of(&[
        (
            "Dana Quillfeather opened the ferry terminal.",
            &["Dana Quillfeather"],
        ),
        (
            "Omar Quillfeather sold the orchard.",
            &["Omar Quillfeather"],
        ),
        (
            "Quillfeather declined to comment on the toll.",
            &["Quillfeather"],
        ),
        (
            "Harriet Vanterpool chaired the hearing.",
            &["Harriet Vanterpool"],
        ),
        ("Vanterpool adjourned it at noon.", &["Vanterpool"]),
    ])
}

fn id_of(index: &Index, name: &str) -> dateline::model::EntityId {
    index
        .entities()
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name}"))
        .id
}

#[test]
fn a_shared_surname_lists_both_people_and_a_unique_one_joins() {
    let index = quillfeathers();
    let bare = id_of(&index, "Quillfeather");
    let names: Vec<&str> = index
        .candidates(bare)
        .iter()
        .map(|&c| index.entity(c).name.as_str())
        .collect();
    assert_eq!(names, ["Dana Quillfeather", "Omar Quillfeather"]);
    // The full names themselves have no candidates.
    assert!(
        index
            .candidates(id_of(&index, "Dana Quillfeather"))
            .is_empty()
    );
    // "Vanterpool" joined the only Vanterpool: one entity, no candidates.
    let harriet = id_of(&index, "Harriet Vanterpool");
    assert!(index.entities().iter().all(|e| e.name != "Vanterpool"));
    assert_eq!(index.mention_count(harriet), 2);
    assert!(index.candidates(harriet).is_empty());
}

fn screen(index: &Index, query: &str) -> String {
    let mut finder = Finder::new();
    finder.open();
    for c in query.chars() {
        finder.update(FinderAction::Input(c));
    }
    let mut searcher = Searcher::new(index);
    finder.apply(run_request(&mut searcher, index, &finder.request()));
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).expect("backend");
    terminal
        .draw(|frame| {
            let area = frame.area();
            render(&finder, index, &FinderStyles::default(), frame, area);
        })
        .expect("draw");
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_finder_shows_who_a_shared_surname_may_be() {
    let index = quillfeathers();
    let text = screen(&index, "quillf");
    let row = text
        .lines()
        .find(|l| l.contains("Quillfeather \u{2192}"))
        .unwrap_or_else(|| panic!("no candidate hint on screen:\n{text}"));
    // The list column is narrow beside the preview: the hint is cut there.
    assert!(
        row.contains("Quillfeather \u{2192} Dana Quillfeather, Omar"),
        "{row}"
    );
    // The full names' rows carry no hint.
    assert_eq!(text.matches('\u{2192}').count(), 1, "{text}");
}

#[test]
fn the_preview_says_who_it_could_be() {
    let index = quillfeathers();
    // Typed exactly, the bare surname ranks first and is previewed.
    let text = screen(&index, "Quillfeather");
    assert!(
        text.contains("could be Dana Quillfeather, Omar Quillfeather"),
        "{text}"
    );
}

#[test]
fn dateline_search_lists_the_candidates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let stories = [
        "Dana Quillfeather opened the new ferry terminal on Tuesday.",
        "Omar Quillfeather sold the family orchard to a cooperative.",
        "Mr. Quillfeather declined to comment on the toll increase.",
    ];
    for (i, text) in stories.iter().enumerate() {
        std::fs::write(
            dir.path().join(format!("story{i}.txt")),
            format!("Story {i}\n\n{text}\n"),
        )
        .expect("write");
    }
    let run = |args: &[&str]| {
        let out = Command::cargo_bin("dateline")
            .expect("binary")
            .arg("search")
            .args(args)
            .arg(dir.path())
            .env("DATELINE_DATA_DIR", dir.path().join("data"))
            .env("DATELINE_CACHE_DIR", dir.path().join("cache"))
            .env("DATELINE_CONFIG_DIR", dir.path().join("config"))
            .output()
            .expect("runs");
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).expect("utf-8")
    };
    let text = run(&["Quillfeather"]);
    let line = text
        .lines()
        .find(|l| l.contains('\u{2192}'))
        .unwrap_or_else(|| panic!("no candidates in:\n{text}"));
    assert!(
        line.contains("Quillfeather") && line.ends_with("Dana Quillfeather, Omar Quillfeather"),
        "{line}"
    );
    let json: serde_json::Value = serde_json::from_str(&run(&["Quillfeather", "--json"])).unwrap();
    let hits = json.as_array().expect("an array");
    let bare = hits
        .iter()
        .find(|h| h["name"] == "Quillfeather")
        .expect("the bare surname is a hit");
    let names: Vec<&str> = bare["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Dana Quillfeather", "Omar Quillfeather"]);
    let full = hits
        .iter()
        .find(|h| h["name"] == "Dana Quillfeather")
        .expect("a full name is a hit");
    assert!(full.get("candidates").is_none());
}
