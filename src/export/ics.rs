//! iCalendar (RFC 5545): one VEVENT per event. Lines end with CRLF and are
//! folded so that none is longer than 75 octets, never inside a UTF-8
//! sequence; text values escape `\`, `;`, `,` and line breaks.
//!
//! Dates are all-day (`VALUE=DATE`) with the exclusive end the standard
//! asks for: a day ends the next day, August 2014 on 1 September. Where a
//! clock time is known it is a date-time, in UTC (`Z`) when the zone was
//! given, floating otherwise, lasting the unit of its precision (a minute
//! for `15:00`). A publication time with its offset is written in UTC.

use std::io::{self, Write};

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, NaiveTime, Utc};

use super::Row;
use crate::model::{EventKind, Precision, Published};

/// The longest line, in octets, without its CRLF.
pub const MAX_LINE: usize = 75;

/// When an event happens, as iCalendar writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// All-day, from the first day to the day after the last.
    Days {
        start: NaiveDate,
        end: NaiveDate,
    },
    /// A local time with no zone.
    Floating(NaiveDateTime, NaiveDateTime),
    Utc(DateTime<Utc>, DateTime<Utc>),
}

/// When `row` happens (see the module documentation).
pub fn when(row: &Row<'_>) -> When {
    let days = When::Days {
        start: row.start,
        end: row.end.succ_opt().unwrap_or(row.end),
    };
    if row.kind == EventKind::Publication {
        return match row.story.published {
            Some(Published::Zoned(t)) => {
                let t = t.with_timezone(&Utc);
                When::Utc(t, t + Duration::minutes(1))
            }
            Some(Published::Local(t)) => When::Floating(t, t + Duration::minutes(1)),
            _ => days,
        };
    }
    let Some((time, utc)) = clock_time(row.value) else {
        return days;
    };
    if row.start != row.end {
        return days;
    }
    let length = match row.precision {
        Some(Precision::Hour) => Duration::hours(1),
        Some(Precision::Second) => Duration::seconds(1),
        _ => Duration::minutes(1),
    };
    let start = row.start.and_time(time);
    if utc {
        let start = start.and_utc();
        When::Utc(start, start + length)
    } else {
        When::Floating(start, start + length)
    }
}

/// The clock time of a TIMEX3 value (`2014-11-24T15:00`, `…T18:00Z`,
/// `…T09:30:15`), and whether it is in UTC; `None` for a date or a part of
/// the day (`…TNI`).
pub fn clock_time(value: &str) -> Option<(NaiveTime, bool)> {
    let (_, time) = value.split_once('T')?;
    let (time, utc) = match time.strip_suffix('Z') {
        Some(t) => (t, true),
        None => (time, false),
    };
    let parts: Vec<&str> = time.split(':').collect();
    let num = |s: &str| {
        (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let t = match parts.as_slice() {
        [h, m] => NaiveTime::from_hms_opt(num(h)?, num(m)?, 0)?,
        [h, m, s] => NaiveTime::from_hms_opt(num(h)?, num(m)?, num(s)?)?,
        _ => return None,
    };
    Some((t, utc))
}

/// Write `rows` as one calendar; `now` is every event's DTSTAMP.
pub fn write(rows: &[Row<'_>], now: DateTime<Utc>, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Lines { out };
    w.line("BEGIN:VCALENDAR")?;
    w.line("VERSION:2.0")?;
    w.line("PRODID:-//dateline//dateline export//EN")?;
    w.line("CALSCALE:GREGORIAN")?;
    let stamp = now.format("%Y%m%dT%H%M%SZ").to_string();
    for r in rows {
        w.line("BEGIN:VEVENT")?;
        w.line(&format!("UID:{}", text(&r.id)))?;
        w.line(&format!("DTSTAMP:{stamp}"))?;
        match when(r) {
            When::Days { start, end } => {
                w.line(&format!("DTSTART;VALUE=DATE:{}", start.format("%Y%m%d")))?;
                w.line(&format!("DTEND;VALUE=DATE:{}", end.format("%Y%m%d")))?;
            }
            When::Floating(start, end) => {
                w.line(&format!("DTSTART:{}", start.format("%Y%m%dT%H%M%S")))?;
                w.line(&format!("DTEND:{}", end.format("%Y%m%dT%H%M%S")))?;
            }
            When::Utc(start, end) => {
                w.line(&format!("DTSTART:{}", start.format("%Y%m%dT%H%M%SZ")))?;
                w.line(&format!("DTEND:{}", end.format("%Y%m%dT%H%M%SZ")))?;
            }
        }
        w.line(&format!("SUMMARY:{}", text(&r.summary())))?;
        if let Some(url) = r.url() {
            w.line(&format!("URL:{url}"))?;
        }
        w.line(&format!("DESCRIPTION:{}", text(&description(r))))?;
        w.line("END:VEVENT")?;
    }
    w.line("END:VCALENDAR")
}

/// The story the event comes from, what was written, and what the analyst
/// added.
fn description(r: &Row<'_>) -> String {
    let mut d = r.story.title.clone();
    if let Some(source) = &r.story.source {
        d.push_str(" — ");
        d.push_str(source);
    }
    d.push_str(&format!("\n{} (\"{}\", {})", r.display, r.text, r.value));
    if let Some(c) = &r.corrected {
        d.push_str(&format!("\nCorrected from {} at {}", c.was, c.at));
    }
    if let Some(note) = &r.note {
        d.push_str(&format!("\nNote: {note}"));
    }
    d.push_str(&format!("\nStory: {}", r.story.id));
    d
}

/// A TEXT value: backslash, semicolon and comma escaped, a line break
/// written `\n`, other control characters dropped.
pub fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// `line` folded into lines of at most [`MAX_LINE`] octets, each ending
/// with CRLF; a continuation line starts with a space (which counts).
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 64 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > MAX_LINE {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

struct Lines<'a> {
    out: &'a mut dyn Write,
}

impl Lines<'_> {
    fn line(&mut self, line: &str) -> io::Result<()> {
        self.out.write_all(fold(line).as_bytes())
    }
}
