//! Hand-built stories and extractions for the index tests, so the index is
//! tested without the real extractors.
#![allow(dead_code)]

use chrono::NaiveDate;
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Anchor, Corpus, DateRange, EntityAnalysis, EntityKind, EntityMention, Explanation, LabelForm,
    LocalEntity, Origin, Precision, Published, Story, StoryId, StoryText, Timex, TimexType,
};

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn story(id: &str, date: Option<NaiveDate>, paragraphs: &[&str]) -> Story {
    Story {
        id: StoryId(id.to_string()),
        title: format!("Story {id}"),
        published: date.map(Published::Date),
        source: None,
        byline: None,
        dateline: None,
        url: None,
        paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
        origin: Origin {
            path: format!("{id}.md").into(),
            item: None,
        },
    }
}

/// Byte offset of the `nth` (0-based) occurrence of `phrase` in `text`.
pub fn find(text: &str, phrase: &str, nth: usize) -> usize {
    text.match_indices(phrase)
        .nth(nth)
        .unwrap_or_else(|| panic!("{phrase:?} #{nth} not in {text:?}"))
        .0
}

/// A story plus the extraction being built for it.
pub struct Builder {
    pub story: Story,
    pub text: StoryText,
    pub extraction: StoryExtraction,
}

impl Builder {
    pub fn new(id: &str, date: Option<NaiveDate>, paragraphs: &[&str]) -> Self {
        let story = story(id, date, paragraphs);
        let text = story.text();
        Self {
            story,
            text,
            extraction: StoryExtraction::default(),
        }
    }

    /// A resolved DATE for the first occurrence of `phrase`.
    pub fn date(
        self,
        phrase: &str,
        value: &str,
        precision: Precision,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Self {
        self.date_nth(phrase, 0, value, precision, start, end)
    }

    pub fn date_nth(
        mut self,
        phrase: &str,
        nth: usize,
        value: &str,
        precision: Precision,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Self {
        let at = find(&self.text.text, phrase, nth);
        self.extraction.timexes.push(Timex {
            start: at,
            end: at + phrase.len(),
            text: phrase.to_string(),
            kind: TimexType::Date,
            value: value.to_string(),
            precision: Some(precision),
            range: Some(DateRange { start, end }),
            explanation: Explanation {
                anchor: Anchor::None,
                rule: "test rule".to_string(),
            },
        });
        self
    }

    /// Any timex, as given (for unresolved ones and durations).
    pub fn raw_timex(mut self, timex: Timex) -> Self {
        self.extraction.timexes.push(timex);
        self
    }

    /// A local entity; returns its index for [`Builder::mention`].
    pub fn entity(
        mut self,
        name: &str,
        kind: EntityKind,
        aliases: &[&str],
        roles: &[&str],
    ) -> Self {
        self.extraction.entities.entities.push(LocalEntity {
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            roles: roles.iter().map(|s| s.to_string()).collect(),
        });
        self
    }

    /// A mention of local entity `entity` at every occurrence of `phrase`
    /// that is a whole word and not already part of a mention.
    pub fn mentions(mut self, phrase: &str, entity: usize) -> Self {
        let text = self.text.text.clone();
        for (at, _) in text.match_indices(phrase) {
            let before = text[..at].chars().next_back();
            let after = text[at + phrase.len()..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            let end = at + phrase.len();
            let taken = self
                .extraction
                .entities
                .mentions
                .iter()
                .any(|m| m.start < end && at < m.end);
            if taken {
                continue;
            }
            self.extraction.entities.mentions.push(EntityMention {
                start: at,
                end: at + phrase.len(),
                text: phrase.to_string(),
                entity,
            });
        }
        self
    }
}

pub fn build(stories: Vec<Builder>) -> Index {
    let (stories, extractions): (Vec<Story>, Vec<StoryExtraction>) =
        stories.into_iter().map(|b| (b.story, b.extraction)).unzip();
    Index::from_extractions(
        Corpus {
            stories,
            diagnostics: Vec::new(),
        },
        extractions,
    )
}

pub fn empty_analysis() -> EntityAnalysis {
    EntityAnalysis::default()
}

/// The timeline as (display date, story id, expression) triples.
pub fn timeline_rows(index: &Index) -> Vec<(String, String, String)> {
    index
        .timeline()
        .iter()
        .map(|&e| {
            let ev = index.event(e);
            (
                ev.timex
                    .date_label(LabelForm::Long)
                    .expect("events are resolved"),
                index.story(ev.story).id.0.clone(),
                ev.timex.text.clone(),
            )
        })
        .collect()
}
