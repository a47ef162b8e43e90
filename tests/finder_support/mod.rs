//! A small hand-made index for the finder tests: invented stories, people,
//! organisations and places, with mentions and dated events placed by hand
//! and indexed by `Index::from_extractions`.

#![allow(dead_code)]

use std::path::PathBuf;

use chrono::NaiveDate;
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Anchor, Corpus, DateRange, Entity, EntityId, EntityKind, EntityMention, Explanation,
    LocalEntity, Origin, Precision, Published, Story, StoryId, Timex, TimexType,
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
    fixture().index()
}

/// The stories and entities of [`index`], to edit before indexing.
pub struct Fixture {
    pub stories: Vec<Story>,
    /// In id order.
    pub entities: Vec<Entity>,
}

pub fn fixture() -> Fixture {
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
    Fixture { stories, entities }
}

impl Fixture {
    /// The index of the stories and entities as they are now: every
    /// occurrence of a name in [`NAMES`] is a mention of its entity (under
    /// the entity's current name), every [`DATES`] expression an event.
    pub fn index(&self) -> Index {
        let mut extractions = Vec::new();
        for (si, story) in self.stories.iter().enumerate() {
            let text = story.text();
            let mut found = StoryExtraction::default();
            // Every story lists every entity, so ids follow the fixture's
            // order whichever story names them first.
            for e in &self.entities {
                found.entities.entities.push(LocalEntity {
                    name: e.name.clone(),
                    kind: e.kind,
                    aliases: e.aliases.clone(),
                    roles: e.roles.clone(),
                });
            }
            for (pi, p) in story.paragraphs.iter().enumerate() {
                let base = text.paragraphs[pi].start;
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
                            found.entities.mentions.push(EntityMention {
                                start: base + start,
                                end: base + start + name.len(),
                                text: name.to_string(),
                                entity: id.0,
                            });
                        }
                    }
                }
            }
            for &(ds, phrase, a, b, precision) in DATES {
                if ds != si {
                    continue;
                }
                let Some(start) = text.text.find(phrase) else {
                    continue;
                };
                let start_date = NaiveDate::from_ymd_opt(a.0, a.1, a.2).expect("fixture date");
                let end_date = NaiveDate::from_ymd_opt(b.0, b.1, b.2).expect("fixture date");
                found.timexes.push(Timex {
                    start,
                    end: start + phrase.len(),
                    text: phrase.to_string(),
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
                });
            }
            extractions.push(found);
        }
        let index = Index::from_extractions(
            Corpus {
                stories: self.stories.clone(),
                diagnostics: Vec::new(),
            },
            extractions,
        );
        assert_eq!(
            index.entities(),
            self.entities.as_slice(),
            "the fixture's entities, as written"
        );
        index
    }
}

/// An undated story naming each of `names` (name, kind, how many mentions)
/// in a paragraph of its own; entity ids follow the order given.
pub fn names_index(names: &[(String, EntityKind, usize)]) -> Index {
    let paragraphs: Vec<&str> = names.iter().map(|(n, _, _)| n.as_str()).collect();
    let mut story = story(0, "Names", (2031, 1, 1), &paragraphs);
    story.published = None;
    let text = story.text();
    let mut found = StoryExtraction::default();
    for (i, (name, kind, mentions)) in names.iter().enumerate() {
        found.entities.entities.push(LocalEntity {
            name: name.clone(),
            kind: *kind,
            aliases: Vec::new(),
            roles: Vec::new(),
        });
        let span = text.paragraphs[i].clone();
        for _ in 0..*mentions {
            found.entities.mentions.push(EntityMention {
                start: span.start,
                end: span.end,
                text: name.clone(),
                entity: i,
            });
        }
    }
    Index::from_extractions(
        Corpus {
            stories: vec![story],
            diagnostics: Vec::new(),
        },
        vec![found],
    )
}
