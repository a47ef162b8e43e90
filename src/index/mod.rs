//! The corpus index: built once per load from the stories and what the
//! extractors find in them, then queried by the CLI and the TUI alike.
//!
//! - events: every resolved DATE/TIME expression of a story, plus one
//!   publication event per dated story, each tied to its paragraph and
//!   sentence; [`Index::timeline`] orders them and [`Index::groups`] joins
//!   the ones several stories agree on (see [`timeline`]);
//! - entities: the extractor's per-story entities merged across stories on
//!   the same normalised name or a curated alias only (see [`names`]), with
//!   their mentions, the stories they appear in, the events whose sentence
//!   mentions them and the names they appear with;
//! - search: fuzzy matching over names and aliases (see [`search`]);
//! - filter: which events a timeline lists (see [`filter`]);
//! - disagreements: stories dating one happening on different days (see
//!   [`disagree`]).

pub mod disagree;
pub mod event_key;
pub mod excerpt;
pub mod filter;
pub mod names;
pub mod search;
pub mod text;
pub mod timeline;

use std::collections::HashMap;
use std::ops::Range;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::extract;
use crate::extract::sentence;
use crate::model::{
    Anchor, Corpus, DateRange, Entity, EntityAnalysis, EntityId, Event, EventGroup, EventId,
    EventKind, Explanation, Mention, MentionId, Precision, Story, StoryIx, Timex, TimexType,
};

use names::MergeKey;

/// What the extractors found in one story, with offsets into its joined text
/// (see [`crate::model::StoryText`]). [`Index::build`] computes it with the
/// real extractors; tests and tools may hand-build it and call
/// [`Index::from_extractions`].
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StoryExtraction {
    pub timexes: Vec<Timex>,
    pub entities: EntityAnalysis,
}

impl StoryExtraction {
    /// Run the date tagger and the name extractor over `story`.
    pub fn of(story: &Story) -> Self {
        let text = story.text();
        Self {
            timexes: extract::timex::tag(&text.text, story.date()),
            entities: extract::entities::extract(&text.text),
        }
    }
}

/// The per-story view of the index.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct StoryAnalysis {
    /// Per paragraph: byte ranges of its sentences, relative to the paragraph.
    pub sentences: Vec<Vec<Range<usize>>>,
    /// This story's events, in text order (the publication event first).
    pub events: Vec<EventId>,
    /// This story's mentions, in text order.
    pub mentions: Vec<MentionId>,
}

/// The corpus and everything derived from it. Built only by
/// [`Index::from_extractions`] (or [`Index::build`], which runs the
/// extractors first; `Default` is the empty index), so the derived tables
/// always agree with the events and mentions they are derived from; read
/// through the accessors.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Index {
    corpus: Corpus,
    analyses: Vec<StoryAnalysis>,
    events: Vec<Event>,
    /// In timeline order: by range start, then coarser precision first,
    /// then story order, then position in the story.
    timeline: Vec<EventId>,
    groups: Vec<EventGroup>,
    entities: Vec<Entity>,
    mentions: Vec<Mention>,
    /// Per entity: its mentions, in story then text order.
    entity_mentions: Vec<Vec<MentionId>>,
    /// Per entity: the mention events whose sentence mentions it, in
    /// timeline order.
    entity_events: Vec<Vec<EventId>>,
    /// Per entity: the stories mentioning it, in corpus order.
    entity_stories: Vec<Vec<StoryIx>>,
    /// Per event: its index in `groups`, if grouped.
    event_group: Vec<Option<usize>>,
    disagreements: Vec<disagree::Disagreement>,
    /// Per event: its index in `disagreements`, if it is a side of one.
    event_disagreement: Vec<Option<usize>>,
    /// Per event: its position in `timeline`.
    timeline_position: Vec<usize>,
    /// Per story: how many dates its text holds (mention events).
    story_event_counts: Vec<usize>,
    /// The word index over story text, built on first use.
    #[serde(skip)]
    text: std::sync::OnceLock<text::TextIndex>,
    /// Per corrected event: its expression as the tagger read it (see
    /// [`Index::with_corrections`]).
    originals: FxHashMap<EventId, Timex>,
    /// Bare surnames of people that several full names share, with the
    /// entities of those full names (see [`Index::candidates`]).
    surname_candidates: std::collections::BTreeMap<EntityId, Vec<EntityId>>,
}

impl Index {
    /// Analyse every story with the extractors and index the results.
    pub fn build(corpus: Corpus) -> Self {
        Self::build_with(corpus, &StoryExtraction::of, &|| {})
    }

    /// [`Index::build`] with each story's extraction obtained by `extract`
    /// (the extractors themselves, or a cache in front of them), and
    /// `analysed` called once per story as its extraction is ready, from
    /// whichever thread obtained it.
    pub fn build_with(
        corpus: Corpus,
        extract: &(dyn Fn(&Story) -> StoryExtraction + Sync),
        analysed: &(dyn Fn() + Sync),
    ) -> Self {
        let extractions = Self::extract_all(&corpus.stories, extract, analysed);
        Self::from_extractions(corpus, extractions)
    }

    /// Every story's extraction by `extract`, in corpus order, `analysed`
    /// called as each is ready: the first half of [`Index::build_with`],
    /// for a caller with other work to do alongside the second.
    pub fn extract_all(
        stories: &[Story],
        extract: &(dyn Fn(&Story) -> StoryExtraction + Sync),
        analysed: &(dyn Fn() + Sync),
    ) -> Vec<StoryExtraction> {
        // Stories are analysed in parallel; `collect` keeps corpus order.
        stories
            .par_iter()
            .map(|story| {
                let found = extract(story);
                analysed();
                found
            })
            .collect()
    }

    /// Index precomputed extractions, one per story in corpus order (missing
    /// ones count as empty). Spans that fall outside the text or across a
    /// paragraph break are dropped, never trusted.
    pub fn from_extractions(corpus: Corpus, extractions: Vec<StoryExtraction>) -> Self {
        let mut index = Index {
            corpus,
            ..Index::default()
        };
        let corpus_names = names::CorpusNames::new(extractions.iter().flat_map(|x| {
            x.entities
                .entities
                .iter()
                .map(|e| (e.name.as_str(), e.kind))
        }));
        // Everything a story's events and mentions need from the story
        // alone is read on every thread; numbering them and merging names
        // across stories is done after, in corpus order.
        let mut extractions = extractions;
        extractions.resize_with(index.corpus.stories.len(), StoryExtraction::default);
        // With the key each name merges on, read against the corpus's
        // names: only the merging itself follows corpus order.
        let prepared: Vec<(Prepared, Vec<(MergeKey, names::NameForm)>)> = index
            .corpus
            .stories
            .par_iter()
            .zip(extractions.into_par_iter())
            .enumerate()
            .map(|(si, (story, found))| {
                let prepared = Prepared::new(StoryIx(si), story, found);
                let keys = prepared
                    .entities
                    .iter()
                    .map(|e| {
                        let form = names::NameForm::of(&e.name);
                        (corpus_names.merge_key_of(&form, e.kind), form)
                    })
                    .collect();
                (prepared, keys)
            })
            .collect();
        let mut merged = Merger {
            names: corpus_names,
            ..Merger::default()
        };
        for (si, (story, keys)) in prepared.into_iter().enumerate() {
            let mut analysis = StoryAnalysis {
                sentences: story.sentences,
                ..StoryAnalysis::default()
            };
            for event in story.events {
                analysis.events.push(EventId(index.events.len()));
                index.events.push(event);
            }
            let ids: Vec<EntityId> = story
                .entities
                .iter()
                .zip(keys)
                .map(|(e, (key, form))| merged.add(e, key, form))
                .collect();
            for m in story.mentions {
                let Some(&id) = ids.get(m.entity) else {
                    continue;
                };
                if m.votes {
                    merged.written(id, &m.text);
                }
                analysis.mentions.push(MentionId(index.mentions.len()));
                index.mentions.push(Mention {
                    entity: id,
                    story: StoryIx(si),
                    paragraph: m.paragraph,
                    sentence: m.sentence,
                    span: m.span,
                });
            }
            index.analyses.push(analysis);
        }
        index.surname_candidates = merged.surname_candidates();
        index.entities = merged.finish();
        index.derive();
        index
    }

    /// Compute every table derived from the events and mentions: the
    /// timeline order, the groups, the per-entity and per-story lists.
    fn derive(&mut self) {
        let index = self;
        index.timeline = timeline::order(&index.events);
        index.timeline_position = vec![0; index.events.len()];
        for (pos, &e) in index.timeline.iter().enumerate() {
            index.timeline_position[e.0] = pos;
        }
        let candidates = timeline::Candidates::new(
            &index.events,
            &index.timeline,
            &index.corpus.stories,
            &index.mentions,
        );
        index.groups = timeline::group_candidates(&index.events, &index.timeline, &candidates);
        index.event_group = vec![None; index.events.len()];
        for (gi, g) in index.groups.iter().enumerate() {
            for &e in &g.events {
                index.event_group[e.0] = Some(gi);
            }
        }
        index.disagreements = disagree::find(
            &index.events,
            &candidates,
            &index.groups,
            &index.event_group,
            &index.timeline_position,
        );
        index.event_disagreement = vec![None; index.events.len()];
        for (di, d) in index.disagreements.iter().enumerate() {
            for &e in &d.events {
                index.event_disagreement[e.0] = Some(di);
            }
        }
        index.story_event_counts = vec![0; index.corpus.stories.len()];
        for e in &index.events {
            if e.kind == EventKind::Mention {
                index.story_event_counts[e.story.0] += 1;
            }
        }

        let n = index.entities.len();
        index.entity_mentions = vec![Vec::new(); n];
        index.entity_stories = vec![Vec::new(); n];
        // Keyed by positions, never by text from the files: a fast hasher is safe.
        let mut by_sentence: FxHashMap<(StoryIx, usize, usize), Vec<EntityId>> =
            FxHashMap::default();
        for (mi, m) in index.mentions.iter().enumerate() {
            index.entity_mentions[m.entity.0].push(MentionId(mi));
            let stories = &mut index.entity_stories[m.entity.0];
            if stories.last() != Some(&m.story) {
                stories.push(m.story);
            }
            let ids = by_sentence
                .entry((m.story, m.paragraph, m.sentence.start))
                .or_default();
            if !ids.contains(&m.entity) {
                ids.push(m.entity);
            }
        }
        index.entity_events = vec![Vec::new(); n];
        for &ei in &index.timeline {
            let e = &index.events[ei.0];
            if e.kind != EventKind::Mention {
                continue;
            }
            if let Some(ids) = by_sentence.get(&(e.story, e.paragraph, e.sentence.start)) {
                for id in ids {
                    index.entity_events[id.0].push(ei);
                }
            }
        }
    }

    /// The word index over every sentence, built on the first call (which
    /// may take a while on a large corpus: call it off the UI thread).
    pub fn text_index(&self) -> &text::TextIndex {
        self.text.get_or_init(|| text::TextIndex::build(self))
    }

    /// The corpus the index was built from.
    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    /// The stories, in corpus order ([`StoryIx`] order).
    pub fn stories(&self) -> &[Story] {
        &self.corpus.stories
    }

    pub fn story(&self, story: StoryIx) -> &Story {
        &self.corpus.stories[story.0]
    }

    /// Per story, in corpus order: its sentences, events and mentions.
    pub fn analyses(&self) -> &[StoryAnalysis] {
        &self.analyses
    }

    pub fn analysis(&self, story: StoryIx) -> Option<&StoryAnalysis> {
        self.analyses.get(story.0)
    }

    /// Every event ([`EventId`] order: story by story, in text order).
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn event(&self, event: EventId) -> &Event {
        &self.events[event.0]
    }

    /// Every event in timeline order (see [`timeline`]).
    pub fn timeline(&self) -> &[EventId] {
        &self.timeline
    }

    /// The position of `event` in [`Index::timeline`].
    pub fn timeline_position(&self, event: EventId) -> Option<usize> {
        self.timeline_position.get(event.0).copied()
    }

    /// Events several stories agree on, in timeline order.
    pub fn groups(&self) -> &[EventGroup] {
        &self.groups
    }

    /// The index in [`Index::groups`] of the group `event` belongs to.
    pub fn event_group(&self, event: EventId) -> Option<usize> {
        self.event_group.get(event.0).copied().flatten()
    }

    /// The group an event belongs to, if several stories state it.
    pub fn group_of(&self, event: EventId) -> Option<&EventGroup> {
        self.event_group(event).map(|g| &self.groups[g])
    }

    /// Every disagreement (stories dating one happening on different
    /// days), in timeline order of their first event.
    pub fn disagreements(&self) -> &[disagree::Disagreement] {
        &self.disagreements
    }

    /// The index in [`Index::disagreements`] of the disagreement `event` is
    /// a side of.
    pub fn event_disagreement(&self, event: EventId) -> Option<usize> {
        self.event_disagreement.get(event.0).copied().flatten()
    }

    /// The disagreement `event` is a side of, if stories date its
    /// happening differently.
    pub fn disagreement_of(&self, event: EventId) -> Option<&disagree::Disagreement> {
        self.event_disagreement(event)
            .map(|d| &self.disagreements[d])
    }

    /// How many dates the text of `story` holds (its publication date not
    /// counted).
    pub fn story_event_count(&self, story: StoryIx) -> usize {
        self.story_event_counts.get(story.0).copied().unwrap_or(0)
    }

    /// Every corpus entity ([`EntityId`] order).
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.entities[id.0]
    }

    /// The people a bare surname may stand for when several full names in
    /// the corpus share it ("Quillfeather" → "Dana Quillfeather", "Omar
    /// Quillfeather"), in first-seen order; empty for every other entity.
    pub fn candidates(&self, id: EntityId) -> &[EntityId] {
        self.surname_candidates.get(&id).map_or(&[], Vec::as_slice)
    }

    /// Every mention ([`MentionId`] order: story by story, in text order).
    pub fn mentions(&self) -> &[Mention] {
        &self.mentions
    }

    pub fn mention(&self, mention: MentionId) -> &Mention {
        &self.mentions[mention.0]
    }

    /// The mentions of `id`, in story then text order (none for an id the
    /// index does not hold).
    pub fn entity_mentions(&self, id: EntityId) -> &[MentionId] {
        self.entity_mentions.get(id.0).map_or(&[], Vec::as_slice)
    }

    /// The mention events whose sentence mentions `id`, in timeline order.
    pub fn entity_events(&self, id: EntityId) -> &[EventId] {
        self.entity_events.get(id.0).map_or(&[], Vec::as_slice)
    }

    /// The stories mentioning `id`, in corpus order.
    pub fn entity_stories(&self, id: EntityId) -> &[StoryIx] {
        self.entity_stories.get(id.0).map_or(&[], Vec::as_slice)
    }

    /// The sentence an event came from (empty for publication events).
    pub fn event_sentence(&self, event: EventId) -> &str {
        let e = self.event(event);
        self.story(e.story)
            .paragraphs
            .get(e.paragraph)
            .and_then(|p| p.get(e.sentence.clone()))
            .unwrap_or("")
    }

    /// The sentence a mention sits in.
    pub fn mention_sentence(&self, mention: MentionId) -> &str {
        let m = self.mention(mention);
        self.story(m.story)
            .paragraphs
            .get(m.paragraph)
            .and_then(|p| p.get(m.sentence.clone()))
            .unwrap_or("")
    }

    /// The mention event of `story` whose expression covers byte `offset` of
    /// paragraph `paragraph`: the link from the text to the timeline.
    pub fn event_at(&self, story: StoryIx, paragraph: usize, offset: usize) -> Option<EventId> {
        self.analysis(story)?.events.iter().copied().find(|&e| {
            let ev = self.event(e);
            ev.kind == EventKind::Mention
                && ev.paragraph == paragraph
                && ev.timex.start <= offset
                && offset < ev.timex.end
        })
    }

    /// The entity mention of `story` covering byte `offset` of paragraph
    /// `paragraph`.
    pub fn mention_at(&self, story: StoryIx, paragraph: usize, offset: usize) -> Option<MentionId> {
        self.analysis(story)?.mentions.iter().copied().find(|&m| {
            let mention = self.mention(m);
            mention.paragraph == paragraph && mention.span.contains(&offset)
        })
    }

    /// How many times the entity is mentioned across the corpus.
    pub fn mention_count(&self, id: EntityId) -> usize {
        self.entity_mentions(id).len()
    }

    /// Entity ids ordered by mentions (most first), then stories, then name.
    pub fn entities_by_mentions(&self) -> Vec<EntityId> {
        let mut ids: Vec<EntityId> = self.entities.iter().map(|e| e.id).collect();
        ids.sort_by_cached_key(|&id| {
            (
                std::cmp::Reverse(self.mention_count(id)),
                std::cmp::Reverse(self.entity_stories(id).len()),
                self.entities[id.0].name.to_lowercase(),
                id,
            )
        });
        ids
    }

    /// The entity called `name`: its canonical name first, else one of its
    /// aliases or a curated form of it ("America" finds the United States),
    /// ignoring case, periods and a leading "the". Among several entities
    /// carrying the same alias, the most mentioned wins.
    pub fn find_entity(&self, name: &str) -> Option<EntityId> {
        let n = names::normalise(name);
        if n.is_empty() {
            return None;
        }
        if let Some(e) = self
            .entities
            .iter()
            .find(|e| names::normalise(&e.name) == n)
        {
            return Some(e.id);
        }
        let curated = names::curated(name).map(|(entry, _)| entry);
        self.entities
            .iter()
            .filter(|e| {
                e.aliases.iter().any(|a| names::normalise(a) == n)
                    || curated.is_some() && names::curated(&e.name).map(|c| c.0) == curated
            })
            .max_by(|a, b| {
                self.mention_count(a.id)
                    .cmp(&self.mention_count(b.id))
                    .then(b.id.cmp(&a.id))
            })
            .map(|e| e.id)
    }

    /// The entity called `name`, as [`Index::find_entity`] finds it, or an
    /// error naming the closest names (see [`search::suggest`]).
    pub fn resolve_entity(&self, name: &str) -> Result<EntityId, UnknownEntity> {
        self.find_entity(name).ok_or_else(|| UnknownEntity {
            name: name.to_string(),
            suggestions: search::suggest(self, name, 3)
                .into_iter()
                .map(|id| self.entity(id).name.clone())
                .collect(),
        })
    }

    /// Who appears in the same sentences as `id`, most often first (each
    /// shared sentence counts once per other entity).
    pub fn co_mentions(&self, id: EntityId) -> Vec<(EntityId, usize)> {
        let mut counts: FxHashMap<EntityId, usize> = FxHashMap::default();
        let mut seen: Vec<(StoryIx, usize, usize)> = Vec::new();
        for &mi in self.entity_mentions(id) {
            let m = self.mention(mi);
            let key = (m.story, m.paragraph, m.sentence.start);
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            let mut here: Vec<EntityId> = Vec::new();
            for &oi in &self.analyses[m.story.0].mentions {
                let o = self.mention(oi);
                if o.entity != id
                    && o.paragraph == m.paragraph
                    && o.sentence == m.sentence
                    && !here.contains(&o.entity)
                {
                    here.push(o.entity);
                }
            }
            for other in here {
                *counts.entry(other).or_default() += 1;
            }
        }
        let mut out: Vec<_> = counts.into_iter().collect();
        out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        out
    }
}

/// No entity goes by a name asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownEntity {
    pub name: String,
    /// The closest entity names, best first (maybe none).
    pub suggestions: Vec<String>,
}

impl std::fmt::Display for UnknownEntity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no person, organisation or place called `{}`", self.name)?;
        if self.suggestions.is_empty() {
            return f.write_str(" in these stories");
        }
        let names: Vec<String> = self.suggestions.iter().map(|n| format!("`{n}`")).collect();
        write!(f, "; did you mean {}?", names.join(", "))
    }
}

impl std::error::Error for UnknownEntity {}

/// Accumulates extracted entities and merges them across stories.
#[derive(Default)]
struct Merger {
    by_key: HashMap<MergeKey, EntityId>,
    entities: Vec<Entity>,
    /// Per entity: the curated entry it belongs to, if any.
    curated: Vec<Option<usize>>,
    /// Per entity: how its display name reads, to compare new names with.
    shown: Vec<names::NameForm>,
    /// What the whole corpus says about names.
    names: names::CorpusNames,
    /// Per entity: each form its mentions were written in, with how many
    /// mentions wrote it, in first-seen order.
    written: Vec<Vec<(String, usize)>>,
}

impl Merger {
    /// Merge `e`, whose key is `key` ([`names::CorpusNames::merge_key`])
    /// and whose name reads as `form`.
    fn add(
        &mut self,
        e: &crate::model::LocalEntity,
        key: MergeKey,
        form: names::NameForm,
    ) -> EntityId {
        let (curated, key_kind) = match key {
            MergeKey::Curated(entry) => (Some(entry), e.kind),
            MergeKey::Name(_, kind) => (None, kind),
        };
        let id = *self.by_key.entry(key.clone()).or_insert_with(|| {
            let id = EntityId(self.entities.len());
            let kind = curated
                .and_then(|_| names::curated(&e.name).map(|c| c.1))
                .unwrap_or(key_kind);
            self.entities.push(Entity {
                id,
                name: e.name.trim().to_string(),
                kind,
                aliases: Vec::new(),
                roles: Vec::new(),
            });
            self.curated.push(curated);
            self.shown.push(form.clone());
            self.written.push(Vec::new());
            id
        });
        let entity = &mut self.entities[id.0];
        let shown = &mut self.shown[id.0];
        // A curated entity shows its preferred written form; any name
        // shows the full name a bare surname joined, and mixed case over
        // capitals.
        let better = self.curated[id.0].is_some_and(|entry| {
            names::curated_rank_of(entry, &form) < names::curated_rank_of(entry, shown)
        }) || names::better_display_of(&key, shown, &form);
        if better {
            let old = std::mem::replace(&mut entity.name, e.name.trim().to_string());
            *shown = form;
            push_unique(&mut entity.aliases, &old);
        }
        for alias in std::iter::once(&e.name).chain(&e.aliases) {
            let alias = alias.trim();
            if !alias.is_empty() && !alias.eq_ignore_ascii_case(&entity.name) {
                push_unique(&mut entity.aliases, alias);
            }
        }
        for role in &e.roles {
            let role = role.trim();
            if !role.is_empty() {
                push_unique(&mut entity.roles, role);
            }
        }
        id
    }

    /// Count one mention of `entity` written as `text`.
    fn written(&mut self, entity: EntityId, text: &str) {
        let text = text.trim();
        let Some(forms) = self.written.get_mut(entity.0) else {
            return;
        };
        match forms.iter_mut().find(|(f, _)| f == text) {
            Some((_, c)) => *c += 1,
            None => forms.push((text.to_string(), 1)),
        }
    }

    /// Per person named by a bare surname that two or more full names in
    /// the corpus share: those full names' entities, in first-seen order.
    fn surname_candidates(&self) -> std::collections::BTreeMap<EntityId, Vec<EntityId>> {
        let mut out = std::collections::BTreeMap::new();
        for e in &self.entities {
            if e.kind != crate::model::EntityKind::Person {
                continue;
            }
            let full = self.names.candidates(&e.name);
            if full.len() < 2 {
                continue;
            }
            let ids: Vec<EntityId> = full
                .iter()
                .filter_map(|n| {
                    let key = MergeKey::Name(n.clone(), crate::model::EntityKind::Person);
                    self.by_key.get(&key).copied()
                })
                .filter(|&id| id != e.id)
                .collect();
            if ids.len() >= 2 {
                out.insert(e.id, ids);
            }
        }
        out
    }

    fn finish(mut self) -> Vec<Entity> {
        for (i, e) in self.entities.iter_mut().enumerate() {
            // A curated entity keeps the table's preferred form; any other
            // shows the way of writing its name that most mentions use.
            if self.curated[i].is_none() {
                let shown = names::display_form(&e.name, &self.written[i]).to_string();
                if shown != e.name {
                    let old = std::mem::replace(&mut e.name, shown);
                    push_unique(&mut e.aliases, &old);
                }
            }
            let name = e.name.clone();
            e.aliases.retain(|a| !a.eq_ignore_ascii_case(&name));
        }
        self.entities
    }
}

/// What one story contributes to the index, read from the story and its
/// extraction alone (so on any thread): its sentences, its events (the
/// publication event first, then the dated mentions in text order) and its
/// entity mentions located in their paragraphs.
struct Prepared {
    sentences: Vec<Vec<Range<usize>>>,
    events: Vec<Event>,
    entities: Vec<crate::model::LocalEntity>,
    mentions: Vec<PreparedMention>,
}

/// An entity mention located in its paragraph; `entity` is the story's own
/// entity number.
struct PreparedMention {
    entity: usize,
    paragraph: usize,
    sentence: Range<usize>,
    span: Range<usize>,
    text: String,
    /// Whether the mention shows how the name is written (not in a
    /// headline line or a dateline written in capitals).
    votes: bool,
}

impl Prepared {
    fn new(si: StoryIx, story: &Story, found: StoryExtraction) -> Self {
        let text = story.text();
        let sentences: Vec<Vec<Range<usize>>> = story
            .paragraphs
            .iter()
            .map(|p| sentence::split(p))
            .collect();
        let mut events = Vec::new();
        // The wire dateline ("OSLO, Dec. 30 -") restates the publication
        // date: it is folded into the publication event, not a mention.
        let dateline = story.paragraphs.first().and_then(|p| {
            let r = extract::timex::dateline::wire_dateline(p)?;
            Some((
                r.end,
                p[r].trim_end_matches(['-', '\u{2013}', '\u{2014}']).trim(),
            ))
        });
        let mut timexes = found.timexes;
        timexes.sort_by_key(|t| (t.start, t.end));
        let in_dateline = |t: &Timex| dateline.is_some_and(|(end, _)| t.start < end);
        let dated = timexes.iter().find(|t| in_dateline(t) && t.range.is_some());
        if let Some(event) = publication_event(si, story, dateline.map(|(_, d)| d), dated) {
            events.push(event);
        }
        for mut timex in timexes {
            if !matches!(timex.kind, TimexType::Date | TimexType::Time)
                || timex.range.is_none()
                || in_dateline(&timex)
            {
                continue;
            }
            let Some((paragraph, span)) = locate(&text, timex.start..timex.end) else {
                continue;
            };
            timex.start = span.start;
            timex.end = span.end;
            let sentence = sentence_range(&sentences[paragraph], span);
            events.push(Event {
                kind: EventKind::Mention,
                story: si,
                paragraph,
                sentence,
                timex,
            });
        }
        let mut found_mentions = found.entities.mentions;
        found_mentions.sort_by_key(|m| (m.start, m.end));
        let mut mentions = Vec::with_capacity(found_mentions.len());
        for m in found_mentions {
            let Some((paragraph, span)) = locate(&text, m.start..m.end) else {
                continue;
            };
            let sentence = sentence_range(&sentences[paragraph], span.clone());
            // Capitals in a headline line or a dateline are not how the
            // name is written: they do not vote for its form.
            let votes = !shouted(&story.paragraphs, paragraph, &span, &m.text);
            mentions.push(PreparedMention {
                entity: m.entity,
                paragraph,
                sentence,
                span,
                text: m.text,
                votes,
            });
        }
        Prepared {
            sentences,
            events,
            entities: found.entities.entities,
            mentions,
        }
    }
}

/// Whether a mention written `text` at `span` of paragraph `paragraph` is
/// in capitals because of where it stands: in a line with no lower-case
/// letter (a headline), or before the dash of the story's opening dateline
/// ("KESTRELBY (Wire) —", "OSLO, Dec. 30 -").
fn shouted(paragraphs: &[String], paragraph: usize, span: &Range<usize>, text: &str) -> bool {
    if text.chars().any(char::is_lowercase) {
        return false;
    }
    let Some(p) = paragraphs.get(paragraph) else {
        return false;
    };
    if !p.chars().any(char::is_lowercase) {
        return true;
    }
    // The dateline's dash: a spaced hyphen or a long dash, early in the
    // story (a hyphen inside a word, "US-led", is no dateline).
    let cut = (0..=p.len().min(80))
        .rev()
        .find(|&i| p.is_char_boundary(i))
        .unwrap_or(0);
    let head = &p[..cut];
    let dash = [" -", "\u{2013}", "\u{2014}"]
        .iter()
        .filter_map(|d| head.find(d))
        .min();
    paragraph == 0 && dash.is_some_and(|dash| span.start < dash)
}

/// Push `s` unless an equal string (ignoring ASCII case) is already there.
fn push_unique(list: &mut Vec<String>, s: &str) {
    if !list.iter().any(|x| x.eq_ignore_ascii_case(s)) {
        list.push(s.to_string());
    }
}

/// Map a byte span of the joined text to (paragraph, span within it), or
/// `None` when it is empty, out of bounds, not on character boundaries or
/// crosses a paragraph break.
fn locate(text: &crate::model::StoryText, span: Range<usize>) -> Option<(usize, Range<usize>)> {
    if span.start >= span.end || text.text.get(span.clone()).is_none() {
        return None;
    }
    let (paragraph, start) = text.locate(span.start)?;
    let p = text.paragraphs.get(paragraph)?;
    if span.end > p.end {
        return None;
    }
    Some((paragraph, start..start + (span.end - span.start)))
}

/// The sentence holding `span` (relative to its paragraph), or the span
/// itself when the splitter found none around it.
fn sentence_range(sentences: &[Range<usize>], span: Range<usize>) -> Range<usize> {
    sentence::sentence_at(sentences, span.start)
        .map(|i| sentences[i].clone())
        .unwrap_or(span)
}

/// The story's publication event: its publication date, else the date of
/// its wire dateline (`dated`, the timex read there); the dateline's text is
/// kept in the explanation.
fn publication_event(
    story_index: StoryIx,
    story: &Story,
    dateline: Option<&str>,
    dated: Option<&Timex>,
) -> Option<Event> {
    let Some(date) = story.date() else {
        let t = dated?;
        let mut timex = t.clone();
        timex.start = 0;
        timex.end = 0;
        timex.explanation.rule = format!(
            "the story's wire dateline (\"{}\"): {}",
            dateline.unwrap_or(&t.text),
            t.explanation.rule
        );
        return Some(Event {
            kind: EventKind::Publication,
            story: story_index,
            paragraph: 0,
            sentence: 0..0,
            timex,
        });
    };
    let rule = match dateline {
        Some(d) => format!("the story's publication date (wire dateline \"{d}\")"),
        None => "the story's publication date".to_string(),
    };
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
                rule,
            },
        },
    })
}
