//! Markdown: a `##` heading per year and a `###` heading per month, a
//! bullet per event with its date, its sentence and a link to its story.
//! Dates coarser than a month (a year, a quarter, a decade) come first
//! under their year's heading, before its months. Text from the stories
//! has every Markdown special character escaped, so it reads as written.

use std::io::{self, Write};

use chrono::Datelike;

use super::{Row, one_line};
use crate::model::Precision;

/// Write `rows` (in timeline order) as a Markdown document.
pub fn write(rows: &[Row<'_>], out: &mut dyn Write) -> io::Result<()> {
    let mut years: Vec<(i32, Vec<&Row<'_>>)> = Vec::new();
    for r in rows {
        let year = r.start.year();
        match years.last_mut() {
            Some((y, list)) if *y == year => list.push(r),
            _ => years.push((year, vec![r])),
        }
    }
    let mut first = true;
    for (year, list) in years {
        if !first {
            writeln!(out)?;
        }
        first = false;
        writeln!(out, "## {year}")?;
        let (coarse, fine): (Vec<&Row<'_>>, Vec<&Row<'_>>) =
            list.into_iter().partition(|r| is_coarse(r.precision));
        if !coarse.is_empty() {
            writeln!(out)?;
            for r in coarse {
                bullet(r, out)?;
            }
        }
        let mut month = None;
        for r in fine {
            if month != Some(r.start.month()) {
                month = Some(r.start.month());
                writeln!(out)?;
                writeln!(out, "### {}", r.start.format("%B %Y"))?;
                writeln!(out)?;
            }
            bullet(r, out)?;
        }
    }
    Ok(())
}

/// Whether a date at `precision` names less than a month.
fn is_coarse(precision: Option<Precision>) -> bool {
    precision.is_some_and(|p| p < Precision::Month)
}

/// `- **date** — sentence ([story title](url))`, then the note.
fn bullet(r: &Row<'_>, out: &mut dyn Write) -> io::Result<()> {
    let title = escape(&r.story.title);
    let story = match r.url() {
        Some(url) => format!("[{title}]({})", link(url)),
        None => title,
    };
    write!(
        out,
        "- **{}** — {} ({story})",
        escape(&r.display),
        escape(&r.summary())
    )?;
    if let Some(c) = &r.corrected {
        write!(out, " — corrected from {}", escape(&c.was))?;
    }
    if let Some(note) = &r.note {
        write!(out, " — *Note:* {}", escape(note))?;
    }
    writeln!(out)
}

/// Text with each character Markdown gives a meaning to inside a line
/// escaped with a backslash, and line breaks made spaces. (Characters that
/// only mean something at the start of a line, `#`, `-`, `1.`, stay: the
/// text never starts a line.)
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in one_line(text).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A url as a link destination: the characters that would end or break
/// it percent-encoded.
fn link(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            c => out.push(c),
        }
    }
    out
}
