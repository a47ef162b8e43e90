//! The analyst's workspace as plain data: date corrections, stars and
//! notes, keyed by stable event ids (see [`crate::index::event_key`]) and
//! story ids. [`super::db::Store`] keeps it on disk; the CLI and the app
//! hold a [`Workspace`] and change it through [`Change`]s, the same ones
//! the store writes.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::index::Index;
use crate::index::filter::parse_date;
use crate::model::{Anchor, DateRange, EventId, Explanation, Precision, Story, Timex, TimexType};

/// A date the analyst set on an event in place of the tagger's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    /// The event's stable id.
    pub event: String,
    /// Its story's id.
    pub story: String,
    /// The expression as written in the story when it was corrected: a
    /// story whose text no longer has it there makes the correction stale.
    pub expression: String,
    /// The tagger's TIMEX3 value it replaces.
    pub was: String,
    /// The corrected TIMEX3 value, precision and days.
    pub value: String,
    pub precision: Precision,
    pub range: DateRange,
    /// What the analyst wrote.
    pub typed: String,
    /// When: RFC 3339, UTC.
    pub at: String,
}

/// A short note on an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub text: String,
    pub at: String,
}

/// What a star is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// An event, by its stable id.
    Event(String),
    /// A story, by its id.
    Story(String),
}

/// One change to the workspace: what the store writes and the app applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Correct(Correction),
    Uncorrect {
        event: String,
    },
    Star {
        target: Target,
        on: bool,
        at: String,
    },
    /// `None` removes the note.
    Note {
        event: String,
        text: Option<String>,
        at: String,
    },
}

impl Change {
    /// Set the time the change was made (`at`) on a change built without it.
    pub fn stamp(&mut self, now: &str) {
        match self {
            Change::Correct(c) => c.at = now.to_string(),
            Change::Star { at, .. } | Change::Note { at, .. } => *at = now.to_string(),
            Change::Uncorrect { .. } => {}
        }
    }
}

/// The longest note kept, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// Everything the analyst added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Workspace {
    /// By event id.
    pub corrections: BTreeMap<String, Correction>,
    pub starred_events: BTreeSet<String>,
    pub starred_stories: BTreeSet<String>,
    /// By event id.
    pub notes: BTreeMap<String, Note>,
}

impl Workspace {
    /// Apply `change` in memory, as the store applies it on disk.
    pub fn apply(&mut self, change: &Change) {
        match change {
            Change::Correct(c) => {
                self.corrections.insert(c.event.clone(), c.clone());
            }
            Change::Uncorrect { event } => {
                self.corrections.remove(event);
            }
            Change::Star { target, on, .. } => {
                let (set, key) = match target {
                    Target::Event(k) => (&mut self.starred_events, k),
                    Target::Story(k) => (&mut self.starred_stories, k),
                };
                if *on {
                    set.insert(key.clone());
                } else {
                    set.remove(key);
                }
            }
            Change::Note { event, text, at } => match text {
                Some(text) => {
                    self.notes.insert(
                        event.clone(),
                        Note {
                            text: text.clone(),
                            at: at.clone(),
                        },
                    );
                }
                None => {
                    self.notes.remove(event);
                }
            },
        }
    }

    /// Whether the event (by id) or its story is starred.
    pub fn is_starred(&self, event: &str, story: &str) -> bool {
        self.starred_events.contains(event) || self.starred_stories.contains(story)
    }
}

impl Correction {
    /// The expression the corrected event carries: the correction's value,
    /// precision and days, with the original's place and text.
    pub fn timex(&self, original: &Timex) -> Timex {
        Timex {
            start: original.start,
            end: original.end,
            text: original.text.clone(),
            kind: if self.value.contains('T') {
                TimexType::Time
            } else {
                TimexType::Date
            },
            value: self.value.clone(),
            precision: Some(self.precision),
            range: Some(self.range),
            explanation: Explanation {
                anchor: Anchor::None,
                rule: format!(
                    "corrected by the analyst to “{}” on {} (the tagger read {})",
                    self.typed, self.at, self.was
                ),
            },
        }
    }

    /// Rebuild a correction from its stored columns; `None` when a column
    /// does not read.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn from_columns(
        event: String,
        story: String,
        expression: String,
        was: String,
        value: String,
        precision: &str,
        first: &str,
        last: &str,
        typed: String,
        at: String,
    ) -> Option<Self> {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let range = DateRange {
            start: day(first)?,
            end: day(last)?,
        };
        (range.start <= range.end).then_some(())?;
        Some(Self {
            event,
            story,
            expression,
            was,
            value,
            precision: parse_precision(precision)?,
            range,
            typed,
            at,
        })
    }
}

/// A precision by its name (`day`, `month` …).
pub fn parse_precision(name: &str) -> Option<Precision> {
    use Precision::*;
    [
        Millennium, Century, Decade, Year, Half, Quarter, Season, Month, Week, Day, Hour, Minute,
        Second,
    ]
    .into_iter()
    .find(|p| p.as_str() == name)
}

/// A corrected date read from what the analyst wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub value: String,
    pub precision: Precision,
    pub range: DateRange,
}

/// Read a corrected date: an ISO value (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
/// each optionally followed by `THH:MM` or `THH:MM:SS`, a space in place
/// of the `T`), or any date the tagger reads, resolved against the story's
/// date `dct` ("March 18", "the following Monday"). The error is the
/// message to show.
pub fn read_value(typed: &str, dct: Option<NaiveDate>) -> Result<Reading, String> {
    let text = typed.trim();
    if text.is_empty() {
        return Err(
            "no date given: write YYYY, YYYY-MM or YYYY-MM-DD, or a date such as “March 18”".into(),
        );
    }
    if let Some(r) = read_iso(text) {
        return Ok(r);
    }
    // Something shaped like an ISO value that did not read is a mistake,
    // not a phrase; a phrase's date must take in every number written.
    let iso_like = text.len() >= 5
        && text.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && text.as_bytes()[4] == b'-';
    let found = crate::extract::timex::tag(text, dct)
        .into_iter()
        .filter(|t| matches!(t.kind, TimexType::Date | TimexType::Time))
        .max_by_key(|t| t.end - t.start)
        .filter(|t| {
            let outside = format!("{}{}", &text[..t.start], &text[t.end..]);
            !iso_like && !outside.chars().any(|c| c.is_ascii_digit())
        });
    match found {
        Some(t) => match (t.range, t.precision) {
            (Some(range), Some(precision)) => Ok(Reading {
                value: t.value,
                precision,
                range,
            }),
            _ if dct.is_none() => Err(format!(
                "`{text}` needs the story's date to be placed on the calendar, and the story has none: write YYYY-MM-DD"
            )),
            _ => Err(not_a_date(text)),
        },
        None => Err(not_a_date(text)),
    }
}

fn not_a_date(text: &str) -> String {
    format!(
        "not a date: `{text}` (write YYYY, YYYY-MM or YYYY-MM-DD, with an optional time, or a date such as “March 18”)"
    )
}

fn read_iso(text: &str) -> Option<Reading> {
    let (date, time) = match text.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t.trim())),
        None => (text, None),
    };
    let range = parse_date(date)?;
    let parts = date.split('-').count();
    let Some(time) = time else {
        let precision = match parts {
            1 => Precision::Year,
            2 => Precision::Month,
            _ => Precision::Day,
        };
        return Some(Reading {
            value: date.to_string(),
            precision,
            range,
        });
    };
    if parts != 3 {
        return None;
    }
    let (precision, format) = match time.len() {
        5 => (Precision::Minute, "%H:%M"),
        8 => (Precision::Second, "%H:%M:%S"),
        _ => return None,
    };
    chrono::NaiveTime::parse_from_str(time, format).ok()?;
    Some(Reading {
        value: format!("{date}T{time}"),
        precision,
        range,
    })
}

/// Build the correction of `event` to `typed`, read against its story's
/// date. `at` is left empty for the writer to stamp.
pub fn correction_for(index: &Index, event: EventId, typed: &str) -> Result<Correction, String> {
    let e = index.event(event);
    let story: &Story = index.story(e.story);
    let reading = read_value(typed, story.date())?;
    let original = index.original_timex(event).unwrap_or(&e.timex);
    Ok(Correction {
        event: index.event_key(event),
        story: story.id.0.clone(),
        expression: original.text.clone(),
        was: original.value.clone(),
        value: reading.value,
        precision: reading.precision,
        range: reading.range,
        typed: typed.trim().to_string(),
        at: String::new(),
    })
}

/// A correction whose event these stories no longer hold as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stale {
    pub correction: Correction,
    /// Where its story was read from.
    pub path: std::path::PathBuf,
}

/// The event a correction applies to, when its story is loaded and still
/// has the expression there: `Ok(None)` when its story is not loaded (the
/// correction is for other stories), `Err` when it is stale.
fn target(index: &Index, c: &Correction) -> Result<Option<EventId>, ()> {
    if !index.stories().iter().any(|s| s.id.0 == c.story) {
        return Ok(None);
    }
    match index.find_event(&c.event) {
        Some(e) if index.event(e).timex.text == c.expression => Ok(Some(e)),
        _ => Err(()),
    }
}

/// Lay the workspace's corrections over `index`: each applies when its
/// story is loaded and still has its expression at the same place; the
/// ones whose story changed are returned as stale, unapplied.
pub fn apply_corrections(index: Index, ws: &Workspace) -> (Index, Vec<Stale>) {
    let mut changes = Vec::new();
    let mut stale = Vec::new();
    for c in ws.corrections.values() {
        match target(&index, c) {
            Ok(Some(e)) => {
                let original = index.original_timex(e).unwrap_or(&index.event(e).timex);
                changes.push((e, Some(c.timex(original))));
            }
            Ok(None) => {}
            Err(()) => {
                let path = index
                    .stories()
                    .iter()
                    .find(|s| s.id.0 == c.story)
                    .map(|s| s.origin.path.clone())
                    .unwrap_or_default();
                stale.push(Stale {
                    correction: c.clone(),
                    path,
                });
            }
        }
    }
    (index.with_corrections(changes), stale)
}

/// The message for a stale correction.
pub fn stale_message(s: &Stale) -> String {
    let c = &s.correction;
    format!(
        "the correction of event {} (“{}” to {}, made {}) no longer applies: the story's text changed and the expression is not there any more; `dateline correct {} --clear` removes it",
        c.event, c.expression, c.value, c.at, c.event
    )
}

/// Now, as the workspace stamps changes: RFC 3339 in UTC, to the second.
pub fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn iso_values_read_at_their_precision() {
        let r = read_value("2031", None).unwrap();
        assert_eq!((r.value.as_str(), r.precision), ("2031", Precision::Year));
        assert_eq!(r.range.end, day(2031, 12, 31));
        let r = read_value(" 2031-02 ", None).unwrap();
        assert_eq!(
            (r.precision, r.range.end),
            (Precision::Month, day(2031, 2, 28))
        );
        let r = read_value("2031-02-03", None).unwrap();
        assert_eq!(r.range, DateRange::day(day(2031, 2, 3)));
        let r = read_value("2031-02-03T14:30", None).unwrap();
        assert_eq!(
            (r.value.as_str(), r.precision),
            ("2031-02-03T14:30", Precision::Minute)
        );
        let r = read_value("2031-02-03 14:30:05", None).unwrap();
        assert_eq!(
            (r.value.as_str(), r.precision),
            ("2031-02-03T14:30:05", Precision::Second)
        );
    }

    #[test]
    fn phrases_resolve_against_the_story_date() {
        let r = read_value("March 18", Some(day(2031, 5, 2))).unwrap();
        assert_eq!(r.range, DateRange::day(day(2031, 3, 18)));
        assert_eq!(r.precision, Precision::Day);
        // 2 May 2031 is a Friday.
        let r = read_value("next Monday", Some(day(2031, 5, 2))).unwrap();
        assert_eq!(r.range, DateRange::day(day(2031, 5, 5)));
        assert!(read_value("the following Monday", Some(day(2031, 5, 2))).is_ok());
    }

    #[test]
    fn unreadable_values_say_what_to_write() {
        for bad in [
            "",
            "soon-ish",
            "2031-13-40",
            "2031-02-03T25:00",
            "2031-02T10:00",
        ] {
            let err = read_value(bad, Some(day(2031, 5, 2))).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }

    #[test]
    fn changes_apply_in_memory_as_on_disk() {
        let mut ws = Workspace::default();
        ws.apply(&Change::Star {
            target: Target::Story("s".into()),
            on: true,
            at: String::new(),
        });
        assert!(ws.is_starred("s#4", "s"));
        ws.apply(&Change::Star {
            target: Target::Story("s".into()),
            on: false,
            at: String::new(),
        });
        assert!(!ws.is_starred("s#4", "s"));
        let mut note = Change::Note {
            event: "s#4".into(),
            text: Some("check this".into()),
            at: String::new(),
        };
        note.stamp("2031-01-01T00:00:00Z");
        ws.apply(&note);
        assert_eq!(ws.notes["s#4"].at, "2031-01-01T00:00:00Z");
    }
}
