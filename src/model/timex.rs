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

impl DateRange {
    /// The date written at `precision`: `Aug 2014`, `Wed 5 Nov 2014`,
    /// `Q3 2014`, `Summer 2014`, `the 1990s`. With `with_year` false the year
    /// is left out where the precision allows (`Wed 5 Nov`, `Aug`), for
    /// lists already grouped by year.
    pub fn display(&self, precision: Option<Precision>, with_year: bool) -> String {
        use chrono::Datelike;
        let s = self.start;
        let year = if with_year {
            format!(" {}", s.year())
        } else {
            String::new()
        };
        match precision {
            Some(Precision::Second | Precision::Minute | Precision::Hour | Precision::Day)
            | None
                if self.start == self.end =>
            {
                format!("{}{year}", s.format("%a %-d %b"))
            }
            Some(Precision::Week) => format!("Week {}{year}", s.iso_week().week()),
            Some(Precision::Month) => format!("{}{year}", s.format("%b")),
            Some(Precision::Season) => {
                let name = match s.month() {
                    3..=5 => "Spring",
                    6..=8 => "Summer",
                    9..=11 => "Autumn",
                    _ => "Winter",
                };
                format!("{name}{year}")
            }
            Some(Precision::Quarter) => format!("Q{}{year}", (s.month() - 1) / 3 + 1),
            Some(Precision::Half) => format!("H{}{year}", if s.month() <= 6 { 1 } else { 2 }),
            Some(Precision::Year) => s.year().to_string(),
            Some(Precision::Decade) => format!("the {}0s", s.year().div_euclid(10)),
            Some(Precision::Century) => format!("the {}00s", s.year().div_euclid(100)),
            Some(Precision::Millennium) => format!("the {}000s", s.year().div_euclid(1000)),
            _ => format!(
                "{} – {}",
                s.format("%-d %b %Y"),
                self.end.format("%-d %b %Y")
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(a: (i32, u32, u32), b: (i32, u32, u32)) -> DateRange {
        DateRange {
            start: NaiveDate::from_ymd_opt(a.0, a.1, a.2).unwrap(),
            end: NaiveDate::from_ymd_opt(b.0, b.1, b.2).unwrap(),
        }
    }

    #[test]
    fn dates_display_at_their_precision() {
        let day = range((2014, 11, 5), (2014, 11, 5));
        assert_eq!(day.display(Some(Precision::Day), true), "Wed 5 Nov 2014");
        assert_eq!(day.display(Some(Precision::Day), false), "Wed 5 Nov");
        let month = range((2014, 8, 1), (2014, 8, 31));
        assert_eq!(month.display(Some(Precision::Month), true), "Aug 2014");
        let q = range((2014, 7, 1), (2014, 9, 30));
        assert_eq!(q.display(Some(Precision::Quarter), true), "Q3 2014");
        let dec = range((1990, 1, 1), (1999, 12, 31));
        assert_eq!(dec.display(Some(Precision::Decade), true), "the 1990s");
    }
}
