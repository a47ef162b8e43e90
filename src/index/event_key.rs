//! Stable event ids, and corrected dates laid over the tagger's.
//!
//! An event's id is its story's id and the place of its expression in the
//! story's text: `STORY#OFFSET`, the byte offset of the expression in the
//! story's joined text (paragraphs joined by a blank line, as the
//! extractors read it), and `STORY#published` for the publication event.
//! It depends on nothing but the story, so it is the same on every run and
//! whatever the number of threads, and it names the same expression for as
//! long as the story's text before it does not change.

use super::Index;
use crate::model::{Event, EventId, EventKind, StoryText, Timex};

/// The suffix of a publication event's id.
pub const PUBLISHED: &str = "published";

impl Index {
    /// The stable id of `event` (see the module documentation).
    pub fn event_key(&self, event: EventId) -> String {
        let e = self.event(event);
        let story = &self.story(e.story).id.0;
        match e.kind {
            EventKind::Publication => format!("{story}#{PUBLISHED}"),
            EventKind::Mention => format!("{story}#{}", self.text_offset(e)),
        }
    }

    /// The byte offset of a mention's expression in its story's joined text.
    fn text_offset(&self, e: &Event) -> usize {
        let paragraphs = &self.story(e.story).paragraphs;
        let before: usize = paragraphs
            .iter()
            .take(e.paragraph)
            .map(|p| p.len() + StoryText::SEPARATOR.len())
            .sum();
        before + e.timex.start
    }

    /// The event whose id is `key`, if these stories hold it.
    pub fn find_event(&self, key: &str) -> Option<EventId> {
        let (story, place) = key.rsplit_once('#')?;
        let si = self.stories().iter().position(|s| s.id.0 == story)?;
        let analysis = self.analyses.get(si)?;
        analysis.events.iter().copied().find(|&e| {
            let ev = self.event(e);
            match ev.kind {
                EventKind::Publication => place == PUBLISHED,
                EventKind::Mention => place.parse() == Ok(self.text_offset(ev)),
            }
        })
    }

    /// The expression of `event` as the tagger read it, when a correction
    /// replaced it.
    pub fn original_timex(&self, event: EventId) -> Option<&Timex> {
        self.originals.get(&event)
    }

    /// The index with each listed event's date replaced (`Some`: the
    /// corrected expression; its offsets and text stay the original's) or
    /// restored to the tagger's (`None`), and the timeline, groups and
    /// every table derived from dates computed again, so the corrected
    /// dates order and group the timeline.
    pub fn with_corrections(
        mut self,
        changes: impl IntoIterator<Item = (EventId, Option<Timex>)>,
    ) -> Self {
        let mut changed = false;
        for (id, corrected) in changes {
            if id.0 >= self.events.len() {
                continue;
            }
            let current = &mut self.events[id.0].timex;
            match corrected {
                Some(mut timex) => {
                    timex.start = current.start;
                    timex.end = current.end;
                    timex.text = current.text.clone();
                    let was = std::mem::replace(current, timex);
                    self.originals.entry(id).or_insert(was);
                }
                None => match self.originals.remove(&id) {
                    Some(original) => *current = original,
                    None => continue,
                },
            }
            changed = true;
        }
        if changed {
            self.text = std::sync::OnceLock::new();
            self.derive();
        }
        self
    }

    /// Add a problem found outside the story files (the workspace), shown
    /// with the loader's.
    pub fn push_diagnostic(&mut self, diagnostic: crate::model::Diagnostic) {
        self.corpus.diagnostics.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::index::Index;
    use crate::model::{
        Corpus, DateRange, EventKind, Origin, Precision, Published, Story, StoryId,
    };
    use chrono::NaiveDate;

    fn story(id: &str, paragraphs: &[&str]) -> Story {
        Story {
            id: StoryId(id.into()),
            title: "T".into(),
            published: Some(Published::Date(
                NaiveDate::from_ymd_opt(2031, 5, 2).unwrap(),
            )),
            source: None,
            byline: None,
            dateline: None,
            url: None,
            paragraphs: paragraphs.iter().map(|p| p.to_string()).collect(),
            origin: Origin {
                path: "x".into(),
                item: None,
            },
        }
    }

    fn index() -> Index {
        Index::build(Corpus {
            stories: vec![story(
                "https://example.org/a#frag",
                &[
                    "The harbour opened on March 3, 2031.",
                    "Repairs end on June 9, 2031.",
                ],
            )],
            diagnostics: vec![],
        })
    }

    #[test]
    fn ids_name_the_story_and_the_place_in_its_text() {
        let index = index();
        let keys: Vec<String> = (0..index.events().len())
            .map(|e| index.event_key(crate::model::EventId(e)))
            .collect();
        let text = "The harbour opened on March 3, 2031.\n\nRepairs end on June 9, 2031.";
        assert_eq!(
            keys,
            vec![
                "https://example.org/a#frag#published".to_string(),
                format!("https://example.org/a#frag#{}", text.find("March").unwrap()),
                format!("https://example.org/a#frag#{}", text.find("June").unwrap()),
            ]
        );
        for (e, key) in keys.iter().enumerate() {
            assert_eq!(index.find_event(key), Some(crate::model::EventId(e)));
        }
        assert_eq!(index.find_event("https://example.org/a#frag#3"), None);
        assert_eq!(index.find_event("nope#published"), None);
        assert_eq!(index.find_event("no-hash"), None);
    }

    #[test]
    fn a_correction_reorders_the_timeline_and_can_be_undone() {
        let index = index();
        let june = index
            .events()
            .iter()
            .position(|e| e.timex.text.starts_with("June"))
            .map(crate::model::EventId)
            .unwrap();
        let first = |i: &Index| i.event(i.timeline()[0]).timex.text.clone();
        assert!(first(&index).starts_with("March"));
        let mut corrected = index.event(june).timex.clone();
        let day = NaiveDate::from_ymd_opt(2030, 1, 1).unwrap();
        corrected.value = "2030-01-01".into();
        corrected.range = Some(DateRange::day(day));
        corrected.precision = Some(Precision::Day);
        corrected.text = "ignored".into();
        let index = index.with_corrections([(june, Some(corrected))]);
        assert!(
            first(&index).starts_with("June"),
            "sorted by the correction"
        );
        assert_eq!(index.event(june).timex.text, "June 9, 2031", "text kept");
        assert_eq!(
            index.original_timex(june).map(|t| t.value.as_str()),
            Some("2031-06-09")
        );
        assert_eq!(index.timeline_position(june), Some(0));
        let index = index.with_corrections([(june, None)]);
        assert!(first(&index).starts_with("March"));
        assert_eq!(index.event(june).timex.value, "2031-06-09");
        assert!(index.original_timex(june).is_none());
        assert_eq!(
            index.event(index.timeline()[1]).kind,
            EventKind::Publication
        );
    }
}
