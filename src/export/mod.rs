//! Exports: the events a timeline lists, written in formats other tools
//! open — CSV for spreadsheets, iCalendar for calendars, TimelineJS JSON for
//! publishing, Markdown for notes. No terminal here: the `export` command
//! and the app's `:export` both call [`write`] with the events an
//! [`crate::index::filter::EventFilter`] selected, so an export holds
//! exactly what the timeline lists under the same filters.
//!
//! What the analyst adds to an event (a corrected date, a note) comes
//! through [`Annotations`]; [`NoAnnotations`] leaves those fields empty.

pub mod csv;
pub mod file;
pub mod ics;
pub mod markdown;
pub mod timelinejs;

use std::io::{self, Write};

use chrono::{DateTime, NaiveDate, Utc};

use crate::index::Index;
use crate::model::{EventId, EventKind, LabelForm, Precision, Story};

/// An export format, by the name the command line and `:export` take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Csv,
    Ics,
    TimelineJs,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::Csv,
        Format::Ics,
        Format::TimelineJs,
        Format::Markdown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Ics => "ics",
            Format::TimelineJs => "timelinejs",
            Format::Markdown => "markdown",
        }
    }

    /// The format named `text` (any case; `ical`, `md` and `json` are
    /// accepted for ics, markdown and timelinejs).
    pub fn parse(text: &str) -> Option<Format> {
        match text.trim().to_lowercase().as_str() {
            "csv" => Some(Format::Csv),
            "ics" | "ical" | "icalendar" => Some(Format::Ics),
            "timelinejs" | "json" => Some(Format::TimelineJs),
            "markdown" | "md" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// The message for a name [`Format::parse`] does not know.
    pub fn unknown(text: &str) -> String {
        format!(
            "not an export format: `{}` (csv, ics, timelinejs or markdown)",
            text.trim()
        )
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Format::parse(s).ok_or_else(|| Format::unknown(s))
    }
}

/// A date the analyst corrected: the value it had before and when the
/// correction was made (ISO 8601).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Corrected {
    pub was: String,
    pub at: String,
}

/// What the analyst added to events, looked up by event (`id` is the
/// event's stable id, see [`event_id`]). The workspace store implements
/// it; exports only read it.
pub trait Annotations {
    fn corrected(&self, event: EventId, id: &str) -> Option<Corrected>;
    fn note(&self, event: EventId, id: &str) -> Option<String>;
}

/// No corrections, no notes.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAnnotations;

impl Annotations for NoAnnotations {
    fn corrected(&self, _: EventId, _: &str) -> Option<Corrected> {
        None
    }
    fn note(&self, _: EventId, _: &str) -> Option<String> {
        None
    }
}

/// The stable id of an event: the story's id, `#`, and the byte offset of
/// the expression in the story's text (paragraphs joined by a blank line);
/// `story-id#published` for a story's publication event. The same input
/// gives the same ids on every run.
pub fn event_id(index: &Index, event: EventId) -> String {
    let ev = index.event(event);
    let story = index.story(ev.story);
    match ev.kind {
        EventKind::Publication => format!("{}#published", story.id),
        EventKind::Mention => {
            let before: usize = story
                .paragraphs
                .iter()
                .take(ev.paragraph)
                .map(|p| p.len() + crate::model::StoryText::SEPARATOR.len())
                .sum();
            format!("{}#{}", story.id, before + ev.timex.start)
        }
    }
}

/// What every format needs to know about the export run.
pub struct Context<'a> {
    pub index: &'a Index,
    pub annotations: &'a dyn Annotations,
    /// When the export is made (iCalendar's DTSTAMP).
    pub now: DateTime<Utc>,
}

/// One event as the exports see it.
pub struct Row<'a> {
    pub event: EventId,
    pub id: String,
    pub kind: EventKind,
    /// First and last day covered, inclusive.
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub precision: Option<Precision>,
    /// The TIMEX3 value.
    pub value: &'a str,
    /// The expression as written (the ISO date for publication events).
    pub text: &'a str,
    /// Empty for publication events.
    pub sentence: &'a str,
    /// Byte range of the expression in `sentence` (empty when it is not
    /// in it, as for publication events).
    pub phrase: std::ops::Range<usize>,
    pub story: &'a Story,
    /// The date as the timeline lists it: `Mon 24 Nov 2014 15:00`.
    pub display: String,
    pub corrected: Option<Corrected>,
    pub note: Option<String>,
}

impl Row<'_> {
    /// The sentence, or for a publication event `Published: title`: what a
    /// calendar entry or a bullet says.
    pub fn summary(&self) -> String {
        match self.kind {
            EventKind::Publication => format!("Published: {}", self.story.title),
            EventKind::Mention => self.sentence.to_string(),
        }
    }

    /// The story's url when it is one a browser opens (http or https).
    pub fn url(&self) -> Option<&str> {
        self.story.url.as_deref().filter(|u| is_web_url(u))
    }
}

/// Whether `url` is an absolute http or https url with a host.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty()
            && !r.starts_with('/')
            && !url.chars().any(|c| c.is_control() || c.is_whitespace())
    })
}

/// The rows of `events` (events without a date on the calendar are left
/// out, as the timeline leaves them out).
pub fn rows<'a>(ctx: &Context<'a>, events: &[EventId]) -> Vec<Row<'a>> {
    let index = ctx.index;
    events
        .iter()
        .filter_map(|&e| {
            let ev = index.event(e);
            let range = ev.timex.range?;
            let id = event_id(index, e);
            Some(Row {
                event: e,
                corrected: ctx.annotations.corrected(e, &id),
                note: ctx.annotations.note(e, &id),
                id,
                kind: ev.kind,
                start: range.start,
                end: range.end,
                precision: ev.timex.precision,
                value: &ev.timex.value,
                text: &ev.timex.text,
                sentence: index.event_sentence(e),
                phrase: phrase_in_sentence(ev),
                story: index.story(ev.story),
                display: ev
                    .timex
                    .date_label(LabelForm::Listing)
                    .unwrap_or_else(|| ev.timex.value.clone()),
            })
        })
        .collect()
}

/// Where the expression of `ev` sits in its sentence.
fn phrase_in_sentence(ev: &crate::model::Event) -> std::ops::Range<usize> {
    let (s, t) = (&ev.sentence, &ev.timex);
    if ev.kind == EventKind::Mention && s.start <= t.start && t.end <= s.end {
        t.start - s.start..t.end - s.start
    } else {
        0..0
    }
}

/// Write `events` (in the order given, normally timeline order) to `out`
/// in `format`. Returns how many events were written.
pub fn write(
    format: Format,
    ctx: &Context<'_>,
    events: &[EventId],
    out: &mut dyn Write,
) -> io::Result<usize> {
    let rows = rows(ctx, events);
    match format {
        Format::Csv => csv::write(&rows, out)?,
        Format::Ics => ics::write(&rows, ctx.now, out)?,
        Format::TimelineJs => timelinejs::write(&rows, out)?,
        Format::Markdown => markdown::write(&rows, out)?,
    }
    Ok(rows.len())
}

/// Text with every control character (newlines included) made a space:
/// for formats where a line break would end a field.
pub(crate) fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;
