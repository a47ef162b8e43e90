use std::ops::Range;
use std::path::PathBuf;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::Diagnostic;

/// A stable identifier derived from where a story came from (its url when it
/// has one, otherwise its path and position in the file), so the same input
/// always gives the same id.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoryId(pub String);

impl std::fmt::Display for StoryId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The position of a story in its corpus, and so in the index built from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StoryIx(pub usize);

/// A publication date as precise as the source gave it: a bare date, a local
/// date-time, or a date-time with its UTC offset kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Published {
    Date(NaiveDate),
    Local(NaiveDateTime),
    Zoned(DateTime<FixedOffset>),
}

impl Published {
    /// The calendar date of publication, in the story's own time zone.
    pub fn date(&self) -> NaiveDate {
        match self {
            Published::Date(d) => *d,
            Published::Local(dt) => dt.date(),
            Published::Zoned(dt) => dt.date_naive(),
        }
    }

    /// [`Published::to_iso`] read back.
    pub fn from_iso(s: &str) -> Option<Self> {
        if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
            return Some(Published::Zoned(dt));
        }
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
            return Some(Published::Local(dt));
        }
        NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .ok()
            .map(Published::Date)
    }

    /// ISO 8601: `2014-11-06`, `2014-11-06T10:30:00` or `2014-11-06T10:30:00-05:00`.
    pub fn to_iso(&self) -> String {
        match self {
            Published::Date(d) => d.format("%Y-%m-%d").to_string(),
            Published::Local(dt) => dt.format("%Y-%m-%dT%H:%M:%S").to_string(),
            Published::Zoned(dt) => dt.to_rfc3339(),
        }
    }
}

/// Listings write the ISO form; binary formats (the index snapshot) keep
/// the variant, so a date read back is the date that was written.
impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.to_iso())
        } else {
            PublishedForm::from(*self).serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = String::deserialize(d)?;
            Published::from_iso(&s)
                .ok_or_else(|| serde::de::Error::custom(format!("not a publication date: {s}")))
        } else {
            PublishedForm::deserialize(d).map(Published::from)
        }
    }
}

/// [`Published`] in binary formats: the variant and its parts.
#[derive(Serialize, Deserialize)]
enum PublishedForm {
    Date(NaiveDate),
    Local(NaiveDateTime),
    Zoned(NaiveDateTime, i32),
}

impl From<Published> for PublishedForm {
    fn from(p: Published) -> Self {
        match p {
            Published::Date(d) => PublishedForm::Date(d),
            Published::Local(dt) => PublishedForm::Local(dt),
            Published::Zoned(dt) => {
                PublishedForm::Zoned(dt.naive_local(), dt.offset().local_minus_utc())
            }
        }
    }
}

impl From<PublishedForm> for Published {
    fn from(p: PublishedForm) -> Self {
        match p {
            PublishedForm::Date(d) => Published::Date(d),
            PublishedForm::Local(dt) => Published::Local(dt),
            PublishedForm::Zoned(local, offset) => match FixedOffset::east_opt(offset)
                .and_then(|o| local.and_local_timezone(o).single())
            {
                Some(dt) => Published::Zoned(dt),
                None => Published::Local(local),
            },
        }
    }
}

/// The wire dateline at the start of a story: `WASHINGTON (AP) —`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    pub place: String,
    pub agency: Option<String>,
}

/// Where a story was read from: the file and, for files holding several
/// stories (JSON arrays, feeds), its 0-based position in that file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    pub path: PathBuf,
    pub item: Option<usize>,
}

/// One news story. Every string in it has been sanitised at ingest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Story {
    pub id: StoryId,
    pub title: String,
    pub published: Option<Published>,
    pub source: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<Dateline>,
    pub url: Option<String>,
    pub paragraphs: Vec<String>,
    pub origin: Origin,
}

impl Story {
    /// The publication date, the document creation time for date resolution.
    pub fn date(&self) -> Option<NaiveDate> {
        self.published.as_ref().map(Published::date)
    }

    /// The body as one text (paragraphs joined by a blank line) with the byte
    /// range of each paragraph in it: what the extractors read.
    pub fn text(&self) -> StoryText {
        StoryText::new(&self.paragraphs)
    }
}

/// A story body as one string, with paragraph boundaries, so extractors can
/// see across paragraphs (anaphoric dates, aliases) and results can be mapped
/// back to a paragraph and an offset within it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoryText {
    pub text: String,
    pub paragraphs: Vec<Range<usize>>,
}

impl StoryText {
    pub const SEPARATOR: &'static str = "\n\n";

    pub fn new<S: AsRef<str>>(paragraphs: &[S]) -> Self {
        let mut text = String::new();
        let mut ranges = Vec::with_capacity(paragraphs.len());
        for (i, p) in paragraphs.iter().enumerate() {
            if i > 0 {
                text.push_str(Self::SEPARATOR);
            }
            let start = text.len();
            text.push_str(p.as_ref());
            ranges.push(start..text.len());
        }
        Self {
            text,
            paragraphs: ranges,
        }
    }

    /// The paragraph holding byte offset `at` of the joined text and the
    /// offset relative to that paragraph. Offsets in a separator belong to
    /// the paragraph before it.
    pub fn locate(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.paragraphs.partition_point(|r| r.start <= at);
        let i = i.checked_sub(1)?;
        Some((i, at - self.paragraphs[i].start))
    }
}

/// Everything loaded: the stories in a deterministic order and every problem
/// met along the way.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corpus {
    pub stories: Vec<Story>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Corpus {
    pub fn error_count(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == super::Severity::Error)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn story_text_maps_offsets_back_to_paragraphs() {
        let t = StoryText::new(&["ab", "cde"]);
        assert_eq!(t.text, "ab\n\ncde");
        assert_eq!(t.paragraphs, vec![0..2, 4..7]);
        assert_eq!(t.locate(1), Some((0, 1)));
        assert_eq!(t.locate(5), Some((1, 1)));
    }
}
