use chrono::NaiveDate;
use serde::Serialize;

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

impl TimexType {
    pub fn as_str(&self) -> &'static str {
        match self {
            TimexType::Date => "DATE",
            TimexType::Time => "TIME",
            TimexType::Duration => "DURATION",
            TimexType::Set => "SET",
        }
    }
}

/// How precisely a date is known, from coarsest to finest; the derived order
/// puts coarser precisions first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Millennium,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
    Hour,
    Minute,
    Second,
}

impl Precision {
    pub fn as_str(&self) -> &'static str {
        match self {
            Precision::Millennium => "millennium",
            Precision::Century => "century",
            Precision::Decade => "decade",
            Precision::Year => "year",
            Precision::Half => "half",
            Precision::Quarter => "quarter",
            Precision::Season => "season",
            Precision::Month => "month",
            Precision::Week => "week",
            Precision::Day => "day",
            Precision::Hour => "hour",
            Precision::Minute => "minute",
            Precision::Second => "second",
        }
    }
}

/// The calendar days a date covers, both ends inclusive: "August 2014" is
/// 2014-08-01..=2014-08-31.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct DateRange {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl DateRange {
    pub fn day(d: NaiveDate) -> Self {
        Self { start: d, end: d }
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d <= self.end
    }
}

/// What a relative expression was resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Anchor {
    /// Nothing: the expression is explicit ("Nov. 24, 2014") or could not be
    /// anchored.
    None,
    /// The document creation time, the story's publication date.
    Dct { date: NaiveDate },
    /// An earlier date in the same text ("in August … the following month").
    Previous { text: String, value: String },
}

/// Why a timex got its value: shown to the user on request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    pub anchor: Anchor,
    /// The rule in plain words, e.g. "past-tense sentence: the most recent
    /// August before the story date".
    pub rule: String,
}

/// A temporal expression found in text, normalised TIMEX3-style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timex {
    /// Byte offsets into the text that was tagged, end exclusive.
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    /// The TIMEX3 value: `2014-11-24`, `2014-08`, `P3Y`, `PAST_REF`, `XXXX-08` …
    pub value: String,
    /// For dates and times: how precise the value is.
    pub precision: Option<Precision>,
    /// For dates and times that could be placed on the calendar.
    pub range: Option<DateRange>,
    pub explanation: Explanation,
}

impl Timex {
    /// Whether the expression was placed on the calendar. Relative
    /// expressions in a story without a date stay unresolved.
    pub fn is_resolved(&self) -> bool {
        self.range.is_some()
    }
}
