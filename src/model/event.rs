use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::{StoryIx, Timex};

/// The position of an event in the index's event table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EventId(pub usize);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    /// A date written in a story's text.
    Mention,
    /// A story's own publication date.
    Publication,
}

/// A dated event: a resolved date found in a story (or the story's
/// publication date), tied to the sentence it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub kind: EventKind,
    pub story: StoryIx,
    pub paragraph: usize,
    /// Byte range of the sentence within the paragraph (empty for
    /// publication events).
    pub sentence: Range<usize>,
    /// The expression, with offsets relative to the paragraph. Its range is
    /// always resolved for events.
    pub timex: Timex,
}

/// Events that state the same thing about the same date in several stories
/// ("the Nov. 24 deadline"), listed with every supporting story.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventGroup {
    /// In timeline order.
    pub events: Vec<EventId>,
    /// Each once, in the order their first event comes on the timeline.
    pub stories: Vec<StoryIx>,
}
