//! A small hand-built index for the finder tests: invented stories, people,
//! organisations and places, with mentions and dated events wired up the
//! way `Index::build` wires them.

#![allow(dead_code)]

use std::path::PathBuf;

use chrono::NaiveDate;
use dateline::extract::sentence;
use dateline::index::{Index, StoryAnalysis};
use dateline::model::{
    Anchor, Corpus, DateRange, Entity, EntityId, EntityKind, Event, EventKind, Explanation,
    Mention, Origin, Precision, Published, Story, StoryId, Timex, TimexType,
};

pub const KHALIDI: EntityId = EntityId(0);
pub const EARNSHAW: EntityId = EntityId(1);
pub const GRAIN: EntityId = EntityId(2);
pub const KHARTOWN: EntityId = EntityId(3);
pub const LI_WEI: EntityId = EntityId(4);
pub const WATER: EntityId = EntityId(5);
pub const VALDORIA: EntityId = EntityId(6);

fn story(i: usize, title: &str, date: (i32, u32, u32), paragraphs: &[&str]) -> Story {
    Story {
        id: StoryId(format!("story-{i}")),
        title: title.to_string(),
        published: NaiveDate::from_ymd_opt(date.0, date.1, date.2).map(Published::Date),
        source: Some("Wire".to_string()),
        byline: None,
        dateline: None,
        url: None,
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        origin: Origin {
            path: PathBuf::from("fixture.json"),
            item: Some(i),
        },
    }
}

fn entity(id: usize, name: &str, kind: EntityKind, aliases: &[&str], roles: &[&str]) -> Entity {
    Entity {
        id: EntityId(id),
        name: name.to_string(),
        kind,
        aliases: aliases.iter().map(|a| a.to_string()).collect(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
    }
}

/// Every occurrence of each name, in text order, is a mention.
const NAMES: &[(&str, EntityId)] = &[
    ("Amira Khalidi", KHALIDI),
    ("Khalidi", KHALIDI),
    ("Jonas Earnshaw", EARNSHAW),
    ("Northern Grain Cooperative", GRAIN),
    ("the cooperative", GRAIN),
    ("Khartown", KHARTOWN),
    ("Li Wei", LI_WEI),
    ("李伟", LI_WEI),
    ("Ministry of Water", WATER),
    ("Valdoria", VALDORIA),
];

/// Dated expressions: (story, text, range start, range end, precision).
type DateSpec = (
    usize,
    &'static str,
    (i32, u32, u32),
    (i32, u32, u32),
    Precision,
);
const DATES: &[DateSpec] = &[
    (
        0,
        "in August",
        (2031, 8, 1),
        (2031, 8, 31),
        Precision::Month,
    ),
    (
        0,
        "the March 3 deadline",
        (2032, 3, 3),
        (2032, 3, 3),
        Precision::Day,
    ),
    (
        1,
        "last week",
        (2031, 10, 27),
        (2031, 11, 2),
        Precision::Week,
    ),
];

pub fn index() -> Index {
    let stories = vec![
        story(
            0,
            "Grain talks stall in Khartown",
            (2031, 11, 6),
            &[
                "Trade envoy Amira Khalidi said in August that the Northern Grain Cooperative would stay at the table. Talks in Khartown went on.",
                "Khalidi later set the March 3 deadline. Spokesman Jonas Earnshaw said the cooperative agreed.",
                "Khalidi met Li Wei in Khartown.",
            ],
        ),
        story(
            1,
            "Valdoria 🌾 harvest falls short",
            (2031, 11, 7),
            &[
                "The Ministry of Water said last week that Valdoria would ration wells. Khalidi flew to Valdoria.",
                "Li Wei (李伟) of the Northern Grain Cooperative called it a crisis.",
            ],
        ),
        story(
            2,
            "Earnshaw steps down",
            (2031, 11, 9),
            &["Jonas Earnshaw left the Ministry of Water on Friday."],
        ),
    ];
    let entities = vec![
        entity(
            0,
            "Amira Khalidi",
            EntityKind::Person,
            &["Khalidi"],
            &["Trade envoy"],
        ),
        entity(1, "Jonas Earnshaw", EntityKind::Person, &[], &["Spokesman"]),
        entity(
            2,
            "Northern Grain Cooperative",
            EntityKind::Organisation,
            &["the cooperative"],
            &[],
        ),
        entity(3, "Khartown", EntityKind::Place, &[], &[]),
        entity(4, "Li Wei", EntityKind::Person, &["李伟"], &[]),
        entity(5, "Ministry of Water", EntityKind::Organisation, &[], &[]),
        entity(6, "Valdoria", EntityKind::Place, &[], &[]),
    ];
    let mut index = Index {
        corpus: Corpus {
            stories,
            diagnostics: Vec::new(),
        },
        entities,
        ..Index::default()
    };
    for si in 0..index.corpus.stories.len() {
        let paragraphs = index.corpus.stories[si].paragraphs.clone();
        let sentences: Vec<_> = paragraphs.iter().map(|p| sentence::split(p)).collect();
        let mut analysis = StoryAnalysis {
            sentences: sentences.clone(),
            ..StoryAnalysis::default()
        };
        let mut found = Vec::new();
        for (pi, p) in paragraphs.iter().enumerate() {
            for &(name, id) in NAMES {
                for (start, _) in p.match_indices(name) {
                    // "Khalidi" inside "Amira Khalidi" is the same mention.
                    let inside_longer = NAMES.iter().any(|&(other, _)| {
                        other.len() > name.len()
                            && other.ends_with(name)
                            && start >= other.len() - name.len()
                            && p[start + name.len() - other.len()..].starts_with(other)
                    });
                    if !inside_longer {
                        found.push((pi, start, name, id));
                    }
                }
            }
        }
        found.sort();
        for (pi, start, name, id) in found {
            let sentence = sentence::sentence_at(&sentences[pi], start)
                .map(|i| sentences[pi][i].clone())
                .unwrap_or(start..start);
            analysis.mentions.push(index.mentions.len());
            index.mentions.push(Mention {
                entity: id,
                story: si,
                paragraph: pi,
                sentence,
                span: start..start + name.len(),
                text: name.to_string(),
            });
        }
        for &(ds, text, a, b, precision) in DATES {
            if ds != si {
                continue;
            }
            let Some((pi, start)) = paragraphs
                .iter()
                .enumerate()
                .find_map(|(pi, p)| p.find(text).map(|s| (pi, s)))
            else {
                continue;
            };
            let sentence = sentence::sentence_at(&sentences[pi], start)
                .map(|i| sentences[pi][i].clone())
                .unwrap_or(start..start);
            let start_date = NaiveDate::from_ymd_opt(a.0, a.1, a.2).expect("fixture date");
            let end_date = NaiveDate::from_ymd_opt(b.0, b.1, b.2).expect("fixture date");
            analysis.events.push(index.events.len());
            index.events.push(Event {
                kind: EventKind::Mention,
                story: si,
                paragraph: pi,
                sentence,
                timex: Timex {
                    start,
                    end: start + text.len(),
                    text: text.to_string(),
                    kind: TimexType::Date,
                    value: String::new(),
                    precision: Some(precision),
                    range: Some(DateRange {
                        start: start_date,
                        end: end_date,
                    }),
                    explanation: Explanation {
                        anchor: Anchor::None,
                        rule: String::new(),
                    },
                },
            });
        }
        index.analyses.push(analysis);
    }
    index.timeline = (0..index.events.len()).collect();
    index.entity_mentions = vec![Vec::new(); index.entities.len()];
    for (mi, m) in index.mentions.iter().enumerate() {
        index.entity_mentions[m.entity.0].push(mi);
    }
    index.entity_events = vec![Vec::new(); index.entities.len()];
    for (ei, e) in index.events.iter().enumerate() {
        let mut seen = Vec::new();
        for m in &index.mentions {
            if m.story == e.story
                && m.paragraph == e.paragraph
                && m.sentence == e.sentence
                && !seen.contains(&m.entity)
            {
                seen.push(m.entity);
                index.entity_events[m.entity.0].push(ei);
            }
        }
    }
    index
}
