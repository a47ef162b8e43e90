use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// TIMEX3 types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    /// Nothing: the expression is explicit ("Nov. 24, 2014") or could not be
    /// anchored.
    None,
    /// The document creation time, the story's publication date.
    Dct { date: NaiveDate },
    /// An earlier date in the same text ("in August … the following month").
    Previous { text: String, value: String },
}

/// [`Anchor`] as listings write it (`{"kind": "dct", "date": …}`), and as
/// binary formats keep it: those cannot read a tag inside the variant, so
/// there the variant comes first.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
enum AnchorTagged<'a> {
    None,
    Dct {
        date: NaiveDate,
    },
    Previous {
        text: Cow<'a, str>,
        value: Cow<'a, str>,
    },
}

#[derive(Serialize, Deserialize)]
enum AnchorBinary<'a> {
    None,
    Dct(NaiveDate),
    Previous(Cow<'a, str>, Cow<'a, str>),
}

impl Serialize for Anchor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match (self, s.is_human_readable()) {
            (Anchor::None, true) => AnchorTagged::None.serialize(s),
            (Anchor::Dct { date }, true) => AnchorTagged::Dct { date: *date }.serialize(s),
            (Anchor::Previous { text, value }, true) => AnchorTagged::Previous {
                text: Cow::Borrowed(text),
                value: Cow::Borrowed(value),
            }
            .serialize(s),
            (Anchor::None, false) => AnchorBinary::None.serialize(s),
            (Anchor::Dct { date }, false) => AnchorBinary::Dct(*date).serialize(s),
            (Anchor::Previous { text, value }, false) => {
                AnchorBinary::Previous(Cow::Borrowed(text), Cow::Borrowed(value)).serialize(s)
            }
        }
    }
}

impl<'de> Deserialize<'de> for Anchor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let previous = |text: Cow<str>, value: Cow<str>| Anchor::Previous {
            text: text.into_owned(),
            value: value.into_owned(),
        };
        Ok(if d.is_human_readable() {
            match AnchorTagged::deserialize(d)? {
                AnchorTagged::None => Anchor::None,
                AnchorTagged::Dct { date } => Anchor::Dct { date },
                AnchorTagged::Previous { text, value } => previous(text, value),
            }
        } else {
            match AnchorBinary::deserialize(d)? {
                AnchorBinary::None => Anchor::None,
                AnchorBinary::Dct(date) => Anchor::Dct { date },
                AnchorBinary::Previous(text, value) => previous(text, value),
            }
        })
    }
}

/// Why a timex got its value: shown to the user on request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub anchor: Anchor,
    /// The rule in plain words, e.g. "past-tense sentence: the most recent
    /// August before the story date".
    pub rule: String,
}

/// A temporal expression found in text, normalised TIMEX3-style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

impl Timex {
    /// The expression's date as a label in `form` (see [`date_label`]),
    /// with its time of day, or `None` when it is not on the calendar.
    pub fn date_label(&self, form: LabelForm) -> Option<String> {
        let range = self.range?;
        let time = self.value.split_once('T').map(|(_, time)| time);
        Some(date_label(&range, self.precision, time, form))
    }
}

/// How much a date label says (see [`date_label`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelForm {
    /// For narrow rows under a year heading: [`LabelForm::Short`], with a
    /// single day as its date alone: `5 Nov`.
    Compact,
    /// For rows under a year heading: no year where the precision allows,
    /// weeks by their first day: `Wed 5 Nov`, `Aug`, `Wk 17 Nov`,
    /// `Wknd 23 Nov`.
    Short,
    /// With the year, weeks by their first day: `Wed 5 Nov 2014`,
    /// `Aug 2014`, `Week of Mon 17 Nov 2014`, `Weekend of Sat 23 Nov 2013`.
    Long,
    /// For one-line listings: with the year, a weekend's two days, the ISO
    /// week and the time of day: `Thu 7 Aug 2014 night`,
    /// `Mon 24 Nov 2014 15:00`, `Weekend 23–24 Nov 2013`, `Week 47 2014`.
    Listing,
    /// ISO 8601, sortable, the year always there: `2014-11-05`, `2014-08`,
    /// `2014-W47`, `2014-Q3`, `2014-11-22/2014-11-23`; seasons, halves and
    /// decades as TIMEX3 writes them (`2014-SU`, `2014-H2`, `2010s`).
    Iso,
}

/// The label of a date covering `range` at `precision`, in `form`. `time` is
/// the time part of a TIMEX3 value (`NI`, `15:00`); only the listing form
/// shows it, and only when the precision is finer than a day: at the hour it
/// names a part of the day, finer it is a clock time. A weekend is a week
/// precision range starting on a Saturday and ending by the Sunday.
pub fn date_label(
    range: &DateRange,
    precision: Option<Precision>,
    time: Option<&str>,
    form: LabelForm,
) -> String {
    use chrono::{Datelike, Weekday};
    let s = range.start;
    if precision == Some(Precision::Week) {
        let weekend = s.weekday() == Weekday::Sat && (range.end - s).num_days() <= 1;
        return match (form, weekend) {
            (LabelForm::Compact | LabelForm::Short, true) => format!("Wknd {}", s.format("%-d %b")),
            (LabelForm::Compact | LabelForm::Short, false) => format!("Wk {}", s.format("%-d %b")),
            (LabelForm::Long, true) => format!("Weekend of {}", s.format("%a %-d %b %Y")),
            (LabelForm::Long, false) => format!("Week of {}", s.format("%a %-d %b %Y")),
            (LabelForm::Listing, true) => format!(
                "Weekend {}–{}",
                s.format("%-d"),
                range.end.format("%-d %b %Y")
            ),
            (LabelForm::Listing, false) => range.calendar(precision, true),
            (LabelForm::Iso, _) => iso_label(range, precision),
        };
    }
    match form {
        LabelForm::Compact if range.start == range.end => s.format("%-d %b").to_string(),
        LabelForm::Compact | LabelForm::Short => range.calendar(precision, false),
        LabelForm::Long => range.calendar(precision, true),
        LabelForm::Iso => iso_label(range, precision),
        LabelForm::Listing => {
            let mut label = range.calendar(precision, true);
            let time = match precision {
                Some(Precision::Hour) => time.map(day_part),
                Some(Precision::Minute | Precision::Second) => time,
                _ => None,
            };
            if let Some(time) = time {
                label.push(' ');
                label.push_str(time);
            }
            label
        }
    }
}

/// A TIMEX3 part-of-day code in words (`NI` is "night"); anything else as
/// written.
fn day_part(code: &str) -> &str {
    match code {
        "MO" => "morning",
        "MI" => "midday",
        "AF" => "afternoon",
        "EV" => "evening",
        "NI" => "night",
        "DT" => "daytime",
        other => other,
    }
}

impl DateRange {
    /// The date written at `precision`: `Aug 2014`, `Wed 5 Nov 2014`,
    /// `Week 47 2014`, `Q3 2014`, `Summer 2014`, `the 1990s`. With
    /// `with_year` false the year is left out where the precision allows
    /// (`Wed 5 Nov`, `Aug`), for lists already grouped by year.
    fn calendar(&self, precision: Option<Precision>, with_year: bool) -> String {
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

/// See [`LabelForm::Iso`].
fn iso_label(range: &DateRange, precision: Option<Precision>) -> String {
    use chrono::Datelike;
    let s = range.start;
    match precision {
        Some(Precision::Week) if range.end != s + chrono::Days::new(6) => iso_interval(range),
        Some(Precision::Week) => s.format("%G-W%V").to_string(),
        Some(Precision::Month) => s.format("%Y-%m").to_string(),
        Some(Precision::Season) => {
            let code = match s.month() {
                3..=5 => "SP",
                6..=8 => "SU",
                9..=11 => "FA",
                _ => "WI",
            };
            format!("{}-{code}", s.year())
        }
        Some(Precision::Quarter) => format!("{}-Q{}", s.year(), (s.month() - 1) / 3 + 1),
        Some(Precision::Half) => format!("{}-H{}", s.year(), if s.month() <= 6 { 1 } else { 2 }),
        Some(Precision::Year) => s.year().to_string(),
        Some(Precision::Decade) => format!("{}0s", s.year().div_euclid(10)),
        Some(Precision::Century) => format!("{}00s", s.year().div_euclid(100)),
        Some(Precision::Millennium) => format!("{}000s", s.year().div_euclid(1000)),
        _ if range.start == range.end => s.to_string(),
        _ => iso_interval(range),
    }
}

/// `2013-11-23/24`: an ISO 8601 interval whose end leaves out what it
/// shares with the start.
fn iso_interval(range: &DateRange) -> String {
    use chrono::Datelike;
    let (s, e) = (range.start, range.end);
    let end = if s.year() != e.year() {
        e.format("%Y-%m-%d")
    } else if s.month() != e.month() {
        e.format("%m-%d")
    } else {
        e.format("%d")
    };
    format!("{s}/{end}")
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
        assert_eq!(day.calendar(Some(Precision::Day), true), "Wed 5 Nov 2014");
        assert_eq!(day.calendar(Some(Precision::Day), false), "Wed 5 Nov");
        let month = range((2014, 8, 1), (2014, 8, 31));
        assert_eq!(month.calendar(Some(Precision::Month), true), "Aug 2014");
        let q = range((2014, 7, 1), (2014, 9, 30));
        assert_eq!(q.calendar(Some(Precision::Quarter), true), "Q3 2014");
        let dec = range((1990, 1, 1), (1999, 12, 31));
        assert_eq!(dec.calendar(Some(Precision::Decade), true), "the 1990s");
    }

    #[test]
    fn labels_in_each_form() {
        let day = range((2014, 11, 5), (2014, 11, 5));
        let p = Some(Precision::Day);
        assert_eq!(date_label(&day, p, None, LabelForm::Compact), "5 Nov");
        assert_eq!(date_label(&day, p, None, LabelForm::Short), "Wed 5 Nov");
        assert_eq!(date_label(&day, p, None, LabelForm::Long), "Wed 5 Nov 2014");
        assert_eq!(
            date_label(&day, p, None, LabelForm::Listing),
            "Wed 5 Nov 2014"
        );
        let month = range((2014, 8, 1), (2014, 8, 31));
        let p = Some(Precision::Month);
        assert_eq!(date_label(&month, p, None, LabelForm::Compact), "Aug");
        assert_eq!(date_label(&month, p, None, LabelForm::Long), "Aug 2014");
    }

    #[test]
    fn iso_labels_carry_the_year_and_sort_as_text() {
        let iso = |a, b, p| date_label(&range(a, b), Some(p), None, LabelForm::Iso);
        assert_eq!(
            iso((2014, 11, 5), (2014, 11, 5), Precision::Day),
            "2014-11-05"
        );
        assert_eq!(
            iso((2014, 8, 1), (2014, 8, 31), Precision::Month),
            "2014-08"
        );
        assert_eq!(
            iso((2014, 11, 17), (2014, 11, 23), Precision::Week),
            "2014-W47"
        );
        // The ISO week year: 29 Dec 2014 starts week 1 of 2015.
        assert_eq!(
            iso((2014, 12, 29), (2015, 1, 4), Precision::Week),
            "2015-W01"
        );
        assert_eq!(
            iso((2013, 11, 23), (2013, 11, 24), Precision::Week),
            "2013-11-23/24"
        );
        assert_eq!(
            iso((2014, 7, 1), (2014, 9, 30), Precision::Quarter),
            "2014-Q3"
        );
        assert_eq!(
            iso((2014, 6, 1), (2014, 8, 31), Precision::Season),
            "2014-SU"
        );
        assert_eq!(
            iso((2010, 1, 1), (2019, 12, 31), Precision::Decade),
            "2010s"
        );
        assert_eq!(iso((2014, 1, 1), (2014, 12, 31), Precision::Year), "2014");
        assert_eq!(
            date_label(
                &range((2014, 11, 30), (2014, 12, 2)),
                None,
                None,
                LabelForm::Iso
            ),
            "2014-11-30/12-02"
        );
        let mut labels = vec![
            iso((2014, 11, 5), (2014, 11, 5), Precision::Day),
            iso((2013, 2, 1), (2013, 2, 28), Precision::Month),
            iso((2014, 1, 9), (2014, 1, 9), Precision::Day),
        ];
        labels.sort();
        assert_eq!(labels, ["2013-02", "2014-01-09", "2014-11-05"]);
    }

    #[test]
    fn weeks_and_weekends_are_told_apart_by_their_days() {
        let p = Some(Precision::Week);
        let week = range((2014, 11, 17), (2014, 11, 23));
        assert_eq!(date_label(&week, p, None, LabelForm::Short), "Wk 17 Nov");
        assert_eq!(
            date_label(&week, p, None, LabelForm::Long),
            "Week of Mon 17 Nov 2014"
        );
        assert_eq!(
            date_label(&week, p, None, LabelForm::Listing),
            "Week 47 2014"
        );
        let weekend = range((2013, 11, 23), (2013, 11, 24));
        assert_eq!(
            date_label(&weekend, p, None, LabelForm::Short),
            "Wknd 23 Nov"
        );
        assert_eq!(
            date_label(&weekend, p, None, LabelForm::Long),
            "Weekend of Sat 23 Nov 2013"
        );
        assert_eq!(
            date_label(&weekend, p, None, LabelForm::Listing),
            "Weekend 23–24 Nov 2013"
        );
    }

    #[test]
    fn listings_add_the_time_of_day_read_by_precision() {
        let day = range((2014, 8, 7), (2014, 8, 7));
        let hour = Some(Precision::Hour);
        let minute = Some(Precision::Minute);
        assert_eq!(
            date_label(&day, hour, Some("NI"), LabelForm::Listing),
            "Thu 7 Aug 2014 night"
        );
        assert_eq!(
            date_label(&day, minute, Some("15:00"), LabelForm::Listing),
            "Thu 7 Aug 2014 15:00"
        );
        // At day precision a time part is not shown, nor in the app's forms.
        let p = Some(Precision::Day);
        assert_eq!(
            date_label(&day, p, Some("NI"), LabelForm::Listing),
            "Thu 7 Aug 2014"
        );
        assert_eq!(
            date_label(&day, hour, Some("NI"), LabelForm::Long),
            "Thu 7 Aug 2014"
        );
    }

    #[test]
    fn timex_labels_take_the_time_from_the_value() {
        let mut t = Timex {
            start: 0,
            end: 14,
            text: "Thursday night".to_string(),
            kind: TimexType::Time,
            value: "2014-08-07TNI".to_string(),
            precision: Some(Precision::Hour),
            range: Some(range((2014, 8, 7), (2014, 8, 7))),
            explanation: Explanation {
                anchor: Anchor::None,
                rule: String::new(),
            },
        };
        assert_eq!(
            t.date_label(LabelForm::Listing).as_deref(),
            Some("Thu 7 Aug 2014 night")
        );
        t.range = None;
        assert_eq!(t.date_label(LabelForm::Listing), None);
    }
}
