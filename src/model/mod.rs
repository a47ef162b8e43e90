//! Plain data shared by every layer: no I/O, no terminal.

mod diagnostic;
mod entity;
mod event;
mod story;
mod timex;

pub use diagnostic::{Diagnostic, Severity};
pub use entity::{
    Entity, EntityAnalysis, EntityId, EntityKind, EntityMention, LocalEntity, Mention, MentionId,
    UnknownKind,
};
pub use event::{Event, EventGroup, EventId, EventKind};
pub use story::{Corpus, Dateline, Origin, Published, Story, StoryId, StoryIx, StoryText};
pub use timex::{
    Anchor, DateRange, Explanation, LabelForm, Precision, Timex, TimexType, date_label,
};
