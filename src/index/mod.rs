//! The corpus index: built once per load from the stories and what the
//! extractors find in them, then queried by the CLI and the TUI alike.

pub mod search;

use std::collections::HashMap;

use crate::extract;
use crate::extract::sentence;
use crate::model::{
    Anchor, Corpus, DateRange, Entity, EntityId, EntityKind, Event, EventGroup, EventKind,
    Explanation, Mention, Precision, Story, Timex, TimexType,
};

/// What the extractors found in one story, with offsets into its joined text
/// (see [`crate::model::StoryText`]).
#[derive(Debug, Clone, Default)]
pub struct StoryAnalysis {
    /// Per paragraph: byte ranges of its sentences, relative to the paragraph.
    pub sentences: Vec<Vec<std::ops::Range<usize>>>,
    /// Indices into [`Index::events`] of this story's events, in text order
    /// (the publication event first).
    pub events: Vec<usize>,
    /// Indices into [`Index::mentions`], in text order.
    pub mentions: Vec<usize>,
}

/// The corpus and everything derived from it.
#[derive(Debug, Clone, Default)]
pub struct Index {
    pub corpus: Corpus,
    pub analyses: Vec<StoryAnalysis>,
    pub events: Vec<Event>,
    /// Event indices in timeline order: by range start, then coarser
    /// precision first, then story order, then position in the story.
    pub timeline: Vec<usize>,
    pub groups: Vec<EventGroup>,
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    /// Per entity: indices into `mentions`, in story then text order.
    pub entity_mentions: Vec<Vec<usize>>,
    /// Per entity: indices into `events` whose sentence mentions it.
    pub entity_events: Vec<Vec<usize>>,
}

impl Index {
    /// Analyse every story and index the results.
    pub fn build(corpus: Corpus) -> Self {
        let mut index = Index {
            corpus,
            ..Index::default()
        };
        let mut by_name: HashMap<(String, EntityKind), EntityId> = HashMap::new();
        for si in 0..index.corpus.stories.len() {
            let story = &index.corpus.stories[si];
            let text = story.text();
            let sentences: Vec<Vec<_>> = story
                .paragraphs
                .iter()
                .map(|p| sentence::split(p))
                .collect();
            let mut analysis = StoryAnalysis {
                sentences,
                ..StoryAnalysis::default()
            };
            if let Some(event) = publication_event(si, story) {
                analysis.events.push(index.events.len());
                index.events.push(event);
            }
            for mut timex in extract::timex::tag(&text.text, story.date()) {
                if !matches!(timex.kind, TimexType::Date | TimexType::Time) || timex.range.is_none()
                {
                    continue;
                }
                let Some((paragraph, start)) = text.locate(timex.start) else {
                    continue;
                };
                timex.end = start + (timex.end - timex.start);
                timex.start = start;
                let sentence = sentence_range(&analysis.sentences[paragraph], start);
                analysis.events.push(index.events.len());
                index.events.push(Event {
                    kind: EventKind::Mention,
                    story: si,
                    paragraph,
                    sentence,
                    timex,
                });
            }
            let found = extract::entities::extract(&text.text);
            let ids: Vec<EntityId> = found
                .entities
                .iter()
                .map(|e| {
                    *by_name
                        .entry((e.name.to_lowercase(), e.kind))
                        .or_insert_with(|| {
                            let id = EntityId(index.entities.len());
                            index.entities.push(Entity {
                                id,
                                name: e.name.clone(),
                                kind: e.kind,
                                aliases: Vec::new(),
                                roles: Vec::new(),
                            });
                            id
                        })
                })
                .collect();
            for (e, id) in found.entities.iter().zip(&ids) {
                let entity = &mut index.entities[id.0];
                for a in &e.aliases {
                    if !entity.aliases.contains(a) && *a != entity.name {
                        entity.aliases.push(a.clone());
                    }
                }
                for r in &e.roles {
                    if !entity.roles.contains(r) {
                        entity.roles.push(r.clone());
                    }
                }
            }
            for m in found.mentions {
                let Some((paragraph, start)) = text.locate(m.start) else {
                    continue;
                };
                analysis.mentions.push(index.mentions.len());
                index.mentions.push(Mention {
                    entity: ids[m.entity],
                    story: si,
                    paragraph,
                    sentence: sentence_range(&analysis.sentences[paragraph], start),
                    span: start..start + (m.end - m.start),
                    text: m.text,
                });
            }
            index.analyses.push(analysis);
        }
        index.timeline = (0..index.events.len()).collect();
        let events = &index.events;
        index.timeline.sort_by(|&a, &b| {
            let (ea, eb) = (&events[a], &events[b]);
            let ra = ea.timex.range.map(|r| r.start);
            let rb = eb.timex.range.map(|r| r.start);
            ra.cmp(&rb)
                .then(ea.timex.precision.cmp(&eb.timex.precision))
                .then(ea.story.cmp(&eb.story))
                .then((ea.paragraph, ea.timex.start).cmp(&(eb.paragraph, eb.timex.start)))
        });
        index.entity_mentions = vec![Vec::new(); index.entities.len()];
        for (mi, m) in index.mentions.iter().enumerate() {
            index.entity_mentions[m.entity.0].push(mi);
        }
        index.entity_events = vec![Vec::new(); index.entities.len()];
        for (ei, e) in index.events.iter().enumerate() {
            let mut seen = Vec::new();
            for &mi in &index.analyses[e.story].mentions {
                let m = &index.mentions[mi];
                if m.paragraph == e.paragraph
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

    pub fn story(&self, i: usize) -> &Story {
        &self.corpus.stories[i]
    }

    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0]
    }

    /// The sentence an event came from (empty for publication events).
    pub fn event_sentence(&self, event: usize) -> &str {
        let e = &self.events[event];
        self.corpus.stories[e.story]
            .paragraphs
            .get(e.paragraph)
            .and_then(|p| p.get(e.sentence.clone()))
            .unwrap_or("")
    }

    /// The entity whose name or alias equals `name`, ignoring case.
    pub fn find_entity(&self, name: &str) -> Option<EntityId> {
        let name = name.trim();
        self.entities
            .iter()
            .find(|e| {
                e.name.eq_ignore_ascii_case(name)
                    || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
            })
            .map(|e| e.id)
    }

    /// Who appears in the same sentences as `id`, most often first.
    pub fn co_mentions(&self, id: EntityId) -> Vec<(EntityId, usize)> {
        let mut counts: HashMap<EntityId, usize> = HashMap::new();
        for &mi in &self.entity_mentions[id.0] {
            let m = &self.mentions[mi];
            for &oi in &self.analyses[m.story].mentions {
                let o = &self.mentions[oi];
                if o.entity != id && o.paragraph == m.paragraph && o.sentence == m.sentence {
                    *counts.entry(o.entity).or_default() += 1;
                }
            }
        }
        let mut out: Vec<_> = counts.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

fn sentence_range(sentences: &[std::ops::Range<usize>], at: usize) -> std::ops::Range<usize> {
    sentence::sentence_at(sentences, at)
        .map(|i| sentences[i].clone())
        .unwrap_or(at..at)
}

fn publication_event(story_index: usize, story: &Story) -> Option<Event> {
    let date = story.date()?;
    Some(Event {
        kind: EventKind::Publication,
        story: story_index,
        paragraph: 0,
        sentence: 0..0,
        timex: Timex {
            start: 0,
            end: 0,
            text: story
                .published
                .as_ref()
                .map(|p| p.to_iso())
                .unwrap_or_default(),
            kind: TimexType::Date,
            value: date.format("%Y-%m-%d").to_string(),
            precision: Some(Precision::Day),
            range: Some(DateRange::day(date)),
            explanation: Explanation {
                anchor: Anchor::None,
                rule: "the story's publication date".to_string(),
            },
        },
    })
}
