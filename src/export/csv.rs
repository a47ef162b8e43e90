//! CSV (RFC 4180): a header row, then one record per event; fields with a
//! comma, a quote or a line break are quoted, records end with CRLF.

use std::io::{self, Write};

use super::Row;

/// The header row, in column order.
pub const HEADER: [&str; 11] = [
    "start",
    "end",
    "precision",
    "value",
    "text",
    "sentence",
    "story",
    "story title",
    "url",
    "corrected",
    "note",
];

/// Write `rows` as CSV. `start` and `end` are the first and last day the
/// date covers (ISO, inclusive); `corrected` is `was VALUE at TIME` for a
/// corrected date.
pub fn write(rows: &[Row<'_>], out: &mut dyn Write) -> io::Result<()> {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(HEADER).map_err(into_io)?;
    for r in rows {
        let start = r.start.format("%Y-%m-%d").to_string();
        let end = r.end.format("%Y-%m-%d").to_string();
        let corrected = r
            .corrected
            .as_ref()
            .map(|c| format!("was {} at {}", c.was, c.at))
            .unwrap_or_default();
        let none = String::new();
        let record = [
            start.as_str(),
            &end,
            r.precision.map_or(&none, |p| p.as_str()),
            r.value,
            r.text,
            r.sentence,
            &r.story.id.0,
            &r.story.title,
            r.story.url.as_deref().unwrap_or(&none),
            &corrected,
            r.note.as_deref().unwrap_or(&none),
        ];
        w.write_record(record).map_err(into_io)?;
    }
    w.flush()
}

/// The writer's error as the I/O error it wraps, when it wraps one (a
/// reader gone away stays a broken pipe).
fn into_io(err: ::csv::Error) -> io::Error {
    match err.into_kind() {
        ::csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}
