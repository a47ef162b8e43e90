//! Which events a timeline shows: one filter, read by the `timeline`
//! command and the app alike, so both count the same events for the same
//! filter, and one way of reading a date written as `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD`.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::Index;
use crate::model::{DateRange, EntityId, EventId, EventKind, Story};

/// The days a date written at year, month or day precision covers:
/// `2014` is the whole year, `2014-11` the whole month. `None` for anything
/// else (`2014-13-45`, `2014-2-3`, `soon`).
pub fn parse_date(text: &str) -> Option<DateRange> {
    let text = text.trim();
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if digits(y, 4) => {
            let year = y.parse().ok()?;
            Some(DateRange {
                start: NaiveDate::from_ymd_opt(year, 1, 1)?,
                end: NaiveDate::from_ymd_opt(year, 12, 31)?,
            })
        }
        [y, m] if digits(y, 4) && digits(m, 2) => {
            let (year, month) = (y.parse().ok()?, m.parse().ok()?);
            let start = NaiveDate::from_ymd_opt(year, month, 1)?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            Some(DateRange {
                start,
                end: next.pred_opt()?,
            })
        }
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            let date = NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?;
            Some(DateRange::day(date))
        }
        _ => None,
    }
}

/// What a date filter was given: the text as written and the days it covers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateBound {
    pub text: String,
    pub range: DateRange,
}

impl DateBound {
    /// Read `text` with [`parse_date`].
    pub fn parse(text: &str) -> Option<Self> {
        parse_date(text).map(|range| Self {
            text: text.trim().to_string(),
            range,
        })
    }
}

/// A `clap` value parser for a date argument, with the message the app
/// prints for the same mistake.
pub fn date_arg(text: &str) -> Result<DateBound, String> {
    DateBound::parse(text).ok_or_else(|| not_a_date(text))
}

/// The message for a date that [`parse_date`] cannot read.
pub fn not_a_date(text: &str) -> String {
    format!(
        "not a date: `{}` (write YYYY, YYYY-MM or YYYY-MM-DD)",
        text.trim()
    )
}

/// Every condition an event must meet to be listed; empty conditions let
/// everything through. Conditions combine (all must hold).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventFilter {
    /// Events ending on or after the first day of this date.
    pub from: Option<DateBound>,
    /// Events starting on or before the last day of this date.
    pub to: Option<DateBound>,
    /// Text found (ignoring case) in the story's title or id.
    pub story: Option<String>,
    /// Text found (ignoring case) in the story's source.
    pub source: Option<String>,
    /// Events whose sentence mentions this name.
    pub entity: Option<EntityId>,
    pub kind: Option<EventKind>,
    /// Only events whose happening other stories date on another day (the
    /// sides of a disagreement).
    pub disagreements: bool,
}

impl EventFilter {
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Whether `event` passes every condition.
    pub fn matches(&self, index: &Index, event: EventId) -> bool {
        let mentioned = self.entity.map(|id| entity_set(index, id));
        let story_ok = self.story_passes(index.story(index.event(event).story));
        self.passes(index, event, story_ok, mentioned.as_ref())
    }

    /// The events that pass, in timeline order. The story conditions are
    /// read once per story, the entity's events once.
    pub fn select(&self, index: &Index) -> Vec<EventId> {
        let mentioned = self.entity.map(|id| entity_set(index, id));
        let stories: Vec<bool> = index
            .stories()
            .iter()
            .map(|s| self.story_passes(s))
            .collect();
        index
            .timeline()
            .iter()
            .copied()
            .filter(|&e| {
                let story_ok = stories[index.event(e).story.0];
                self.passes(index, e, story_ok, mentioned.as_ref())
            })
            .collect()
    }

    /// The conditions on the event's story: its title or id, its source.
    fn story_passes(&self, story: &Story) -> bool {
        self.story
            .as_deref()
            .is_none_or(|s| contains_folded(&story.title, s) || contains_folded(&story.id.0, s))
            && self.source.as_deref().is_none_or(|s| {
                story
                    .source
                    .as_deref()
                    .is_some_and(|src| contains_folded(src, s))
            })
    }

    /// The one predicate: `story_ok` is [`EventFilter::story_passes`] for
    /// the event's story, `mentioned` the entity's events when there is an
    /// entity condition.
    fn passes(
        &self,
        index: &Index,
        event: EventId,
        story_ok: bool,
        mentioned: Option<&HashSet<EventId>>,
    ) -> bool {
        let ev = index.event(event);
        let Some(range) = ev.timex.range else {
            return false;
        };
        story_ok
            && self
                .from
                .as_ref()
                .is_none_or(|f| range.end >= f.range.start)
            && self.to.as_ref().is_none_or(|t| range.start <= t.range.end)
            && self.kind.is_none_or(|k| ev.kind == k)
            && mentioned.is_none_or(|m| m.contains(&event))
            && (!self.disagreements || index.event_disagreement(event).is_some())
    }

    /// The active conditions as short labels, in a fixed order:
    /// `from 2014-11`, `story iran`, `kind mention`.
    pub fn labels(&self, index: &Index) -> Vec<String> {
        let mut out = Vec::new();
        if let Some(f) = &self.from {
            out.push(format!("from {}", f.text));
        }
        if let Some(t) = &self.to {
            out.push(format!("to {}", t.text));
        }
        if let Some(s) = &self.story {
            out.push(format!("story {s}"));
        }
        if let Some(s) = &self.source {
            out.push(format!("source {s}"));
        }
        if let Some(id) = self.entity
            && let Some(e) = index.entities().get(id.0)
        {
            out.push(e.name.clone());
        }
        if let Some(k) = self.kind {
            out.push(format!("kind {}", kind_name(k)));
        }
        if self.disagreements {
            out.push("disagreements".to_string());
        }
        out
    }
}

/// `mention` or `publication`, as the filter and the JSON write it.
pub fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Mention => "mention",
        EventKind::Publication => "publication",
    }
}

/// The kind named `mention` or `publication` (any case).
pub fn parse_kind(text: &str) -> Option<EventKind> {
    match text.trim().to_lowercase().as_str() {
        "mention" => Some(EventKind::Mention),
        "publication" => Some(EventKind::Publication),
        _ => None,
    }
}

fn entity_set(index: &Index, id: EntityId) -> HashSet<EventId> {
    if id.0 >= index.entities().len() {
        return HashSet::new();
    }
    index.entity_events(id).iter().copied().collect()
}

/// Whether `needle` occurs in `hay`, ignoring case.
fn contains_folded(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(&needle.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn dates_read_at_year_month_and_day_precision() {
        let year = parse_date("2014").unwrap();
        assert_eq!((year.start, year.end), (day(2014, 1, 1), day(2014, 12, 31)));
        let feb = parse_date("2016-02").unwrap();
        assert_eq!((feb.start, feb.end), (day(2016, 2, 1), day(2016, 2, 29)));
        let dec = parse_date("2014-12").unwrap();
        assert_eq!(dec.end, day(2014, 12, 31));
        assert_eq!(
            parse_date(" 2014-11-07 "),
            Some(DateRange::day(day(2014, 11, 7)))
        );
        for bad in [
            "2014-13-45",
            "2014-13",
            "2014-02-30",
            "14",
            "2014-1",
            "2014/11",
            "",
            "soon",
        ] {
            assert_eq!(parse_date(bad), None, "{bad:?}");
        }
        assert!(
            date_arg("2014-13-45")
                .unwrap_err()
                .starts_with("not a date")
        );
    }

    #[test]
    fn kinds_read_by_name() {
        assert_eq!(parse_kind("Mention"), Some(EventKind::Mention));
        assert_eq!(parse_kind("publication"), Some(EventKind::Publication));
        assert_eq!(parse_kind("both"), None);
        assert_eq!(kind_name(EventKind::Publication), "publication");
    }
}
