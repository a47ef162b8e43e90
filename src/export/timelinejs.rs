//! TimelineJS JSON (its documented format): `{"events": [slide, …]}`, each
//! slide with `start_date` (`year`, then `month` and `day` as far as the
//! precision goes, `hour` and `minute` for a clock time), `end_date` for a
//! date covering more than its start says, `text` (`headline` and an HTML
//! `text`), `group` (the story's source), `display_date` and `unique_id`.

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate, Timelike};
use serde::Serialize;

use super::Row;
use super::ics::clock_time;
use crate::model::Precision;

#[derive(Debug, Serialize)]
pub struct Timeline {
    pub events: Vec<Slide>,
}

#[derive(Debug, Serialize)]
pub struct Slide {
    pub start_date: Date,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<Date>,
    pub text: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    pub display_date: String,
    pub unique_id: String,
}

#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub month: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct Text {
    pub headline: String,
    pub text: String,
}

/// How much of a date a precision names.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Depth {
    Year,
    Month,
    Day,
}

fn depth(precision: Option<Precision>) -> Depth {
    match precision {
        Some(Precision::Millennium | Precision::Century | Precision::Decade | Precision::Year) => {
            Depth::Year
        }
        Some(Precision::Half | Precision::Quarter | Precision::Season | Precision::Month) => {
            Depth::Month
        }
        _ => Depth::Day,
    }
}

fn date(d: NaiveDate, depth: Depth) -> Date {
    Date {
        year: d.year(),
        month: (depth >= Depth::Month).then(|| d.month()),
        day: (depth >= Depth::Day).then(|| d.day()),
        hour: None,
        minute: None,
    }
}

/// The start and (when the date spans more than its start names) end
/// dates of `row`.
pub fn dates(row: &Row<'_>) -> (Date, Option<Date>) {
    let depth = depth(row.precision);
    let mut start = date(row.start, depth);
    if depth == Depth::Day
        && row.start == row.end
        && let Some((t, _)) = clock_time(row.value)
    {
        start.hour = Some(t.hour());
        start.minute = Some(t.minute());
    }
    let end = date(row.end, depth);
    // A month or a year written at its own precision is one unit: no end.
    let spans = match depth {
        Depth::Year => row.start.year() != row.end.year(),
        Depth::Month => (row.start.year(), row.start.month()) != (row.end.year(), row.end.month()),
        Depth::Day => row.start != row.end,
    };
    (start, spans.then_some(end))
}

/// Write `rows` as one TimelineJS document.
pub fn write(rows: &[Row<'_>], out: &mut dyn Write) -> io::Result<()> {
    let events = rows
        .iter()
        .map(|r| {
            let (start_date, end_date) = dates(r);
            Slide {
                start_date,
                end_date,
                text: Text {
                    headline: html(&r.story.title),
                    text: body(r),
                },
                group: r.story.source.clone(),
                display_date: r.display.clone(),
                unique_id: r.id.clone(),
            }
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &Timeline { events }).map_err(io::Error::from)?;
    out.write_all(b"\n")
}

/// The slide's HTML: the sentence with its date phrase in bold, the note,
/// and a link to the story.
fn body(r: &Row<'_>) -> String {
    let mut s = match r.kind {
        crate::model::EventKind::Publication => html(&r.summary()),
        crate::model::EventKind::Mention => match (
            r.sentence.get(..r.phrase.start),
            r.sentence.get(r.phrase.clone()),
            r.sentence.get(r.phrase.end..),
        ) {
            (Some(before), Some(phrase), Some(after)) if !phrase.is_empty() => {
                format!("{}<b>{}</b>{}", html(before), html(phrase), html(after))
            }
            _ => html(r.sentence),
        },
    };
    if let Some(note) = &r.note {
        s.push_str(&format!("<p><i>Note:</i> {}</p>", html(note)));
    }
    if let Some(url) = r.url() {
        s.push_str(&format!(
            "<p><a href=\"{}\">{}</a></p>",
            html(url),
            html(&r.story.title)
        ));
    }
    s
}

/// Text made safe inside HTML (elements and attribute values).
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
