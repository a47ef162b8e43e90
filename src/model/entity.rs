use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::StoryIx;

/// The kinds of names dateline tracks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organisation,
    Place,
    /// Neither: events and eras ("the Quiet War"), laws ("the Clean Rivers
    /// Act"), treaties, prizes, games, products.
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organisation,
        EntityKind::Place,
        EntityKind::Other,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// Accepts `person`, `organisation`/`organization`, `place`, `other` and
/// common short forms (`per`, `org`, `loc`, `misc`), in any case.
impl std::str::FromStr for EntityKind {
    type Err = UnknownKind;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "people" | "per" | "p" => Ok(EntityKind::Person),
            "organisation" | "organization" | "organisations" | "organizations" | "org" | "o" => {
                Ok(EntityKind::Organisation)
            }
            "place" | "places" | "location" | "loc" | "l" => Ok(EntityKind::Place),
            "other" | "others" | "misc" => Ok(EntityKind::Other),
            _ => Err(UnknownKind(s.to_string())),
        }
    }
}

/// A kind name that is none of person, organisation, place or other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownKind(pub String);

impl std::fmt::Display for UnknownKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "unknown kind `{}` (expected person, organisation, place or other)",
            self.0
        )
    }
}

impl std::error::Error for UnknownKind {}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An entity as the extractor sees it within one text, with its aliases
/// already merged ("Obama" and "President Barack Obama" are one entity).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityAnalysis {
    pub entities: Vec<LocalEntity>,
    /// In text order.
    pub mentions: Vec<EntityMention>,
}

/// Index of an entity in the corpus index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntityId(pub usize);

/// The position of a mention in the index's mention table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct MentionId(pub usize);

/// An entity across the whole corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: EntityId,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

/// A mention of a corpus entity, located in a story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub entity: EntityId,
    pub story: StoryIx,
    pub paragraph: usize,
    /// Byte range of the sentence within the paragraph.
    pub sentence: Range<usize>,
    /// Byte range of the mention within the paragraph; its text is the
    /// paragraph's at that range, not kept a second time.
    pub span: Range<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_parse_from_names_and_short_forms() {
        assert_eq!("Person".parse(), Ok(EntityKind::Person));
        assert_eq!(" org ".parse(), Ok(EntityKind::Organisation));
        assert_eq!("organization".parse(), Ok(EntityKind::Organisation));
        assert_eq!("loc".parse(), Ok(EntityKind::Place));
        assert_eq!("Other".parse(), Ok(EntityKind::Other));
        assert_eq!("misc".parse(), Ok(EntityKind::Other));
        let err = "planet".parse::<EntityKind>().unwrap_err();
        assert_eq!(err, UnknownKind("planet".to_string()));
        assert_eq!(
            err.to_string(),
            "unknown kind `planet` (expected person, organisation, place or other)"
        );
    }
}
