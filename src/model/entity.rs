use std::ops::Range;

use serde::Serialize;

/// The kinds of names dateline tracks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
}

impl EntityKind {
    pub const ALL: [EntityKind; 3] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
        }
    }

    /// Accepts `person`, `organisation`/`organization`, `place` and common
    /// short forms (`per`, `org`, `loc`).
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "people" | "per" | "p" => Some(EntityKind::Person),
            "organisation" | "organization" | "organisations" | "organizations" | "org" | "o" => {
                Some(EntityKind::Organisation)
            }
            "place" | "places" | "location" | "loc" | "l" => Some(EntityKind::Place),
            _ => None,
        }
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entity as the extractor sees it within one text, with its aliases
/// already merged ("Obama" and "President Barack Obama" are one entity).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocalEntity {
    /// Canonical name, titles and roles stripped: "Barack Obama".
    pub name: String,
    pub kind: EntityKind,
    /// Other ways the text wrote it: "Obama", "IS", "Islamic State group".
    pub aliases: Vec<String>,
    /// Titles and roles seen with it: "President", "Supreme Leader".
    pub roles: Vec<String>,
}

/// One place in a text where an entity is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntityMention {
    /// Byte offsets into the text, end exclusive; the name only (no title,
    /// no possessive "'s").
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// Index into [`EntityAnalysis::entities`].
    pub entity: usize,
}

/// What the entity extractor found in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EntityAnalysis {
    pub entities: Vec<LocalEntity>,
    /// In text order.
    pub mentions: Vec<EntityMention>,
}

/// Index of an entity in the corpus index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct EntityId(pub usize);

/// An entity across the whole corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entity {
    pub id: EntityId,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

/// A mention of a corpus entity, located in a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub entity: EntityId,
    /// Index of the story in the corpus.
    pub story: usize,
    pub paragraph: usize,
    /// Byte range of the sentence within the paragraph.
    pub sentence: Range<usize>,
    /// Byte range of the mention within the paragraph.
    pub span: Range<usize>,
    pub text: String,
}
