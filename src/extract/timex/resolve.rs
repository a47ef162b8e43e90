//! From meaning to TIMEX3 value: places each matched expression on the
//! calendar using the story date (DCT), the tense of its sentence and the
//! most recent date mentioned before it, and says in plain words how.

use chrono::{Datelike, NaiveDate, Weekday};

use super::calendar::{self, Point, Unit};
use super::grammar::{Base, HolidayDay, Part, Rel, Sem, YearSpec};
use super::tense::Tense;
use crate::model::{Anchor, Precision, TimexType};
use crate::vocab::calendar as cal;

/// A resolved expression.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub kind: TimexType,
    pub value: String,
    pub point: Option<Point>,
    pub anchor: Anchor,
    pub rule: String,
    /// Whether later anaphoric expressions may count from this one.
    pub anchors_next: bool,
}

impl Resolved {
    /// The value with its zone when the zone is universal time.
    fn in_utc(mut self, utc: bool) -> Self {
        self.value = zoned(self.value, utc);
        self
    }
}

/// A clock value with `Z` appended when its zone is universal time: a value
/// keeps its zone.
fn zoned(mut value: String, utc: bool) -> String {
    if utc {
        value.push('Z');
    }
    value
}

/// The most recent date in the text, for "the following month".
#[derive(Debug, Clone)]
pub struct Mention {
    pub point: Point,
    pub text: String,
}

pub struct Resolver {
    pub dct: Option<NaiveDate>,
    pub last: Option<Mention>,
    /// The most recent quarter mentioned, for financial comparisons ("the
    /// year-ago quarter").
    pub last_quarter: Option<Mention>,
    /// The date written in the sentence of the expression being resolved,
    /// for a clock time without a day of its own.
    pub sentence_date: Option<Mention>,
}

fn unit_precision(u: Unit) -> Precision {
    match u {
        Unit::Second => Precision::Second,
        Unit::Minute => Precision::Minute,
        Unit::Hour => Precision::Hour,
        Unit::Day => Precision::Day,
        Unit::Week | Unit::Weekend => Precision::Week,
        Unit::Month => Precision::Month,
        Unit::Quarter => Precision::Quarter,
        Unit::Half => Precision::Half,
        Unit::Season => Precision::Season,
        Unit::Year => Precision::Year,
        Unit::Decade => Precision::Decade,
        Unit::Century | Unit::Millennium => Precision::Century,
    }
}

fn ordinal_word(n: i32) -> String {
    match n {
        1 => "first".into(),
        2 => "second".into(),
        3 => "third".into(),
        4 => "fourth".into(),
        _ => n.to_string(),
    }
}

fn plural(n: i64, unit: &str) -> String {
    if n.abs() == 1 {
        format!("one {unit}")
    } else {
        format!("{} {unit}s", n.abs())
    }
}

fn date_ok(d: NaiveDate) -> Option<Point> {
    Some(Point::Day(d))
}

/// Month-day in the year that suits the tense: the story's year, or the one
/// before/after when the tense says so, or the nearest when there is no cue.
fn year_for_day(dct: NaiveDate, m: u32, d: u32, tense: Tense) -> Option<(NaiveDate, &'static str)> {
    let y = dct.year();
    let cands: Vec<NaiveDate> = [y - 1, y, y + 1]
        .iter()
        .filter_map(|&yy| calendar::ymd(yy, m, d))
        .collect();
    if cands.is_empty() {
        return None;
    }
    let this = calendar::ymd(y, m, d);
    // A cue contradicting the nearest reading is trusted only when the date
    // is well away from the story date: reported speech ("said it would pay
    // Dec. 7") often puts a past verb next to a coming date.
    const MARGIN: i64 = 120;
    let latest_past = cands.iter().rev().find(|c| (**c - dct).num_days() <= 0);
    let earliest_future = cands.iter().find(|c| (**c - dct).num_days() >= 0);
    let nearest = || {
        // Without a cue, news looks back more often than ahead.
        cands
            .iter()
            .min_by_key(|c| {
                let days = (**c - dct).num_days();
                if days > 0 { days + 45 } else { -days }
            })
            .map(|c| (*c, "the year that puts it nearest the story date"))
    };
    match tense {
        Tense::Past => match latest_past {
            Some(c) if this.is_none_or(|t| (t - dct).num_days() > MARGIN || t <= dct) => Some((
                *c,
                "in a past-tense sentence: the latest one on or before the story date",
            )),
            _ => nearest(),
        },
        Tense::Future => match earliest_future {
            Some(c) if this.is_none_or(|t| (dct - t).num_days() > MARGIN || t >= dct) => Some((
                *c,
                "in a future-tense sentence: the first one on or after the story date",
            )),
            _ => nearest(),
        },
        Tense::Unknown => nearest(),
    }
}

/// The month `m` before/after/nearest the story date by tense or modifier.
fn year_for_month(dct: NaiveDate, m: u32, rel: Rel, tense: Tense) -> (i32, String) {
    let y = dct.year();
    let cur = dct.month();
    let name = cal::month_name(m);
    match rel {
        Rel::Last => {
            let yy = if m < cur { y } else { y - 1 };
            (
                yy,
                format!("\"last {name}\": the most recent {name} before the story's month"),
            )
        }
        Rel::Next => {
            let yy = if m > cur { y } else { y + 1 };
            (
                yy,
                format!("\"next {name}\": the first {name} after the story's month"),
            )
        }
        Rel::This => (y, format!("\"this {name}\": {name} of the story's year")),
        Rel::Bare => match tense {
            Tense::Past => {
                let yy = if m <= cur { y } else { y - 1 };
                (
                    yy,
                    format!(
                        "month name in a past-tense sentence: the most recent {name} up to the story date"
                    ),
                )
            }
            Tense::Future => {
                let yy = if m >= cur { y } else { y + 1 };
                (
                    yy,
                    format!(
                        "month name in a future-tense sentence: the next {name} from the story date"
                    ),
                )
            }
            Tense::Unknown => {
                let diff = m as i32 - cur as i32;
                let yy = if diff > 6 {
                    y - 1
                } else if diff < -6 {
                    y + 1
                } else {
                    y
                };
                (
                    yy,
                    format!("month name without a tense cue: the {name} nearest the story date"),
                )
            }
        },
    }
}

impl Resolver {
    pub fn new(dct: Option<NaiveDate>) -> Self {
        Resolver {
            dct,
            last: None,
            last_quarter: None,
            sentence_date: None,
        }
    }

    fn dct_anchor(&self) -> Anchor {
        match self.dct {
            Some(date) => Anchor::Dct { date },
            None => Anchor::None,
        }
    }

    fn prev_anchor(&self) -> Anchor {
        match &self.last {
            Some(m) => Anchor::Previous {
                text: m.text.clone(),
                value: m.point.value(),
            },
            None => Anchor::None,
        }
    }

    fn date(&self, point: Point, anchor: Anchor, rule: impl Into<String>) -> Option<Resolved> {
        point.range()?;
        let kind = match point {
            Point::Time(..) | Point::DayPart(..) => TimexType::Time,
            _ => TimexType::Date,
        };
        Some(Resolved {
            kind,
            value: point.value(),
            point: Some(point),
            anchor,
            rule: rule.into(),
            anchors_next: true,
        })
    }

    fn unresolved(
        &self,
        kind: TimexType,
        value: String,
        rule: impl Into<String>,
    ) -> Option<Resolved> {
        Some(Resolved {
            kind,
            value,
            point: None,
            anchor: Anchor::None,
            rule: rule.into(),
            anchors_next: false,
        })
    }

    fn no_dct(&self, value: String, what: &str) -> Option<Resolved> {
        self.unresolved(
            TimexType::Date,
            value,
            format!("{what}; the story has no date, so it is left unresolved"),
        )
    }

    /// Resolve one expression. `tense` is asked only when needed.
    pub fn resolve(&self, sem: &Sem, tense: &mut dyn FnMut() -> Tense) -> Option<Resolved> {
        match *sem {
            Sem::Date {
                year: Some(y),
                month,
                day: Some(d),
            } => {
                let p = date_ok(calendar::ymd(y, month, d)?)?;
                self.date(p, Anchor::None, "explicit date")
            }
            Sem::Date {
                year: Some(y),
                month,
                day: None,
            } => {
                calendar::ymd(y, month, 1)?;
                self.date(
                    Point::Month(y, month),
                    Anchor::None,
                    "explicit month and year: the whole month",
                )
            }
            Sem::Date {
                year: None,
                month,
                day: Some(d),
            } => {
                // Reject impossible days even without a year (Feb 30).
                calendar::ymd(2000, month, d)?;
                let Some(dct) = self.dct else {
                    return self.no_dct(
                        format!("XXXX-{month:02}-{d:02}"),
                        "month and day without a year",
                    );
                };
                let (date, why) = year_for_day(dct, month, d, tense())?;
                self.date(
                    Point::Day(date),
                    self.dct_anchor(),
                    format!("month and day without a year {why}"),
                )
            }
            Sem::Date {
                year: None,
                month,
                day: None,
            } => {
                let Some(dct) = self.dct else {
                    return self.no_dct(format!("XXXX-{month:02}"), "month name without a year");
                };
                let (y, why) = year_for_month(dct, month, Rel::Bare, tense());
                self.date(Point::Month(y, month), self.dct_anchor(), why)
            }
            Sem::Year(y) => self.date(
                Point::Year(y),
                Anchor::None,
                "explicit year: the whole year",
            ),
            Sem::Decade(d) => self.date(Point::Decade(d), Anchor::None, "explicit decade"),
            Sem::Century(c) => self.date(Point::Century(c), Anchor::None, "explicit century"),
            Sem::ShortDecade(d) => {
                let (century, anchor) = match self.dct {
                    Some(dct) => {
                        let c = dct.year().div_euclid(100);
                        let dec = c * 10 + d as i32;
                        if dec * 10 > dct.year() {
                            (c - 1, self.dct_anchor())
                        } else {
                            (c, self.dct_anchor())
                        }
                    }
                    None => (19, Anchor::None),
                };
                self.date(
                    Point::Decade(century * 10 + d as i32),
                    anchor,
                    "decade without a century: the most recent one up to the story date",
                )
            }
            Sem::PartOfYear { part, year } => self.part_of_year(part, year, tense),
            Sem::Weekday { day, rel, part } => self.weekday(day, rel, part, tense),
            Sem::Day { offset, part } => {
                let word = match offset {
                    0 => "today",
                    -1 => "yesterday",
                    1 => "tomorrow",
                    -2 => "the day before yesterday",
                    _ => "a day",
                };
                let Some(dct) = self.dct else {
                    let v = match part {
                        Some(p) => format!("XXXX-XX-XXT{}", p.code()),
                        None => "PRESENT_REF".into(),
                    };
                    let v = if offset == 0 {
                        v
                    } else {
                        format!(
                            "XXXX-XX-XX{}",
                            part.map_or(String::new(), |p| format!("T{}", p.code()))
                        )
                    };
                    return self.unresolved(
                        if part.is_some() {
                            TimexType::Time
                        } else {
                            TimexType::Date
                        },
                        v,
                        format!("\"{word}\" needs the story date, which is missing"),
                    );
                };
                let d = calendar::add_days(dct, offset)?;
                let p = match part {
                    Some(pp) => Point::DayPart(d, pp),
                    None => Point::Day(d),
                };
                self.date(
                    p,
                    self.dct_anchor(),
                    format!("\"{word}\" counted from the story date"),
                )
            }
            Sem::Shift {
                unit,
                n,
                base,
                keep_anchor_precision,
            } => self.shift(unit, n, base, keep_anchor_precision, tense),
            Sem::NamedPeriod { unit, n } => {
                let Some(dct) = self.dct else {
                    let v = if n < 0 { "PAST_REF" } else { "FUTURE_REF" };
                    return self.unresolved(
                        TimexType::Date,
                        v.into(),
                        format!(
                            "the {} {} of a story without a date",
                            if n < 0 { "last" } else { "next" },
                            unit.name()
                        ),
                    );
                };
                let p = Point::Day(dct).coarsen(unit)?.shift(unit, n)?;
                self.date(
                    p,
                    self.dct_anchor(),
                    format!(
                        "the {} {} on the calendar, counted from the story date's",
                        if n < 0 { "previous" } else { "next" },
                        unit.name()
                    ),
                )
            }
            Sem::VagueShift { unit, past } => {
                let v = if past { "PAST_REF" } else { "FUTURE_REF" };
                self.unresolved(
                    TimexType::Date,
                    v.into(),
                    format!(
                        "an unspecified number of {}s {}: a vague reference",
                        unit.name(),
                        if past { "back" } else { "ahead" }
                    ),
                )
            }
            Sem::Ref(r) => {
                let why = match r {
                    "PRESENT_REF" => "refers to the present, around the story date",
                    "PAST_REF" => "refers vaguely to the past",
                    _ => "refers vaguely to the future",
                };
                self.unresolved(TimexType::Date, r.to_string(), why)
            }
            Sem::Duration { n, unit, half } => {
                // TIMEX3 has no one-letter decade: a decade is ten years
                // ("P10Y"); centuries and millennia keep their units
                // ("P2CE", "P1ML").
                let (code, time) = match unit {
                    Unit::Decade => ("Y", false),
                    Unit::Weekend => ("D", false),
                    u => u.duration_code(),
                };
                let num = match (n, unit) {
                    (Some(k), Unit::Weekend) => (u64::from(k) * 2).to_string(),
                    (Some(k), Unit::Decade) if half => (u64::from(k) * 10 + 5).to_string(),
                    (Some(k), Unit::Decade) => (u64::from(k) * 10).to_string(),
                    (Some(k), _) if half => format!("{k}.5"),
                    (Some(k), _) => k.to_string(),
                    (None, _) => "X".into(),
                };
                let v = format!("P{}{num}{code}", if time { "T" } else { "" });
                let what = match n {
                    Some(k) => plural(i64::from(k), unit.name()),
                    None => format!("an unspecified number of {}s", unit.name()),
                };
                self.unresolved(
                    TimexType::Duration,
                    v,
                    format!("a length of time ({what}), not a date"),
                )
            }
            Sem::Set(ref v) => self.unresolved(TimexType::Set, v.clone(), "a recurring time"),
            Sem::ClockOnDate {
                hour,
                minute,
                year,
                month,
                day,
                utc,
            } => {
                let date = match (year, self.dct) {
                    (Some(y), _) => calendar::ymd(y, month, day)?,
                    (None, Some(dct)) => year_for_day(dct, month, day, tense())?.0,
                    (None, None) => {
                        calendar::ymd(2000, month, day)?;
                        return self.unresolved(
                            TimexType::Time,
                            zoned(
                                format!("XXXX-{month:02}-{day:02}T{hour:02}:{minute:02}"),
                                utc,
                            ),
                            "clock time on a date without a year; the story has no date",
                        );
                    }
                };
                let anchor = if year.is_some() {
                    Anchor::None
                } else {
                    self.dct_anchor()
                };
                self.date(
                    Point::Time(date, hour, minute),
                    anchor,
                    "clock time on the date written with it",
                )
                .map(|r| r.in_utc(utc))
            }
            Sem::AnchoredDayPart { part, days } => {
                let which = if days == 0 {
                    "the day of"
                } else {
                    "the day after"
                };
                let (day, anchor, why) = match (&self.last, self.dct) {
                    (Some(m), _) if m.point.precision() >= Precision::Day => (
                        m.point.start(),
                        self.prev_anchor(),
                        format!("{which} the date last mentioned (\"{}\")", m.text),
                    ),
                    (_, Some(dct)) => (
                        Some(dct),
                        self.dct_anchor(),
                        format!("{which} the story date (no earlier day in the text)"),
                    ),
                    (_, None) => {
                        return self.unresolved(
                            TimexType::Time,
                            format!("XXXX-XX-XXT{}", part.code()),
                            "the next day's part; the story has no date",
                        );
                    }
                };
                let d = calendar::add_days(day?, days)?;
                self.date(Point::DayPart(d, part), anchor, why)
            }
            Sem::Clock {
                hour,
                minute,
                day,
                utc,
            } => {
                let Some(dct) = self.dct else {
                    return self.unresolved(
                        TimexType::Time,
                        zoned(format!("XXXX-XX-XXT{hour:02}:{minute:02}"), utc),
                        "clock time; the story has no date, so its day is unknown",
                    );
                };
                if day.is_none()
                    && let Some(r) = self.clock_on_reference(hour, minute)
                {
                    return Some(r.in_utc(utc));
                }
                let (date, why) = match day {
                    Some(wd) => {
                        let r = self.weekday(wd, Rel::Bare, None, tense)?;
                        match r.point {
                            Some(Point::Day(d)) => {
                                (d, "clock time on the weekday named with it".to_string())
                            }
                            _ => return None,
                        }
                    }
                    None => match &self.last {
                        Some(m) => (
                            dct,
                            format!(
                                "clock time on the story date (the date last mentioned, \"{}\", names no day)",
                                m.text
                            ),
                        ),
                        None => (
                            dct,
                            "clock time on the story date (no date in its sentence or before it)"
                                .to_string(),
                        ),
                    },
                };
                self.date(Point::Time(date, hour, minute), self.dct_anchor(), why)
                    .map(|r| r.in_utc(utc))
            }
            Sem::Holiday { name, month, day } => {
                let Some(dct) = self.dct else {
                    let v = match day {
                        HolidayDay::Fixed(d) => format!("XXXX-{month:02}-{d:02}"),
                        HolidayDay::Nth(..) => format!("XXXX-{month:02}"),
                    };
                    return self.no_dct(v, name);
                };
                let on = |y: i32| -> Option<NaiveDate> {
                    match day {
                        HolidayDay::Fixed(d) => calendar::ymd(y, month, d),
                        HolidayDay::Nth(k, wd) => nth_weekday(y, month, k, wd),
                    }
                };
                let y = dct.year();
                let this = on(y)?;
                let t = tense();
                let date = match t {
                    Tense::Past if this > dct => on(y - 1)?,
                    Tense::Future if this < dct => on(y + 1)?,
                    _ => this,
                };
                self.date(
                    Point::Day(date),
                    self.dct_anchor(),
                    format!(
                        "{name} in a {} sentence, placed by the story date",
                        t.describe()
                    ),
                )
            }
        }
    }

    /// A clock time on the date of its own sentence, else on the day last
    /// mentioned (the reference time); `None` when neither is known.
    fn clock_on_reference(&self, hour: u32, minute: u32) -> Option<Resolved> {
        let anchor = |m: &Mention| Anchor::Previous {
            text: m.text.clone(),
            value: m.point.value(),
        };
        if let Some(m) = &self.sentence_date {
            if m.point.precision() >= Precision::Day {
                let d = m.point.start()?;
                return self.date(
                    Point::Time(d, hour, minute),
                    anchor(m),
                    format!("clock time on the date of its sentence (\"{}\")", m.text),
                );
            }
            // "In October 2012, at 4:30 a.m.": the day is unknown, the
            // month or year is not.
            let value = match m.point {
                Point::Month(y, mo) => format!("{y:04}-{mo:02}-XXT{hour:02}:{minute:02}"),
                Point::Year(y) => format!("{y:04}-XX-XXT{hour:02}:{minute:02}"),
                _ => return None,
            };
            return Some(Resolved {
                kind: TimexType::Time,
                value,
                point: Some(m.point),
                anchor: anchor(m),
                rule: format!(
                    "clock time in the period of its sentence (\"{}\"); the day is not given",
                    m.text
                ),
                anchors_next: false,
            });
        }
        let m = self.last.as_ref()?;
        if m.point.precision() < Precision::Day {
            return None;
        }
        let d = m.point.start()?;
        self.date(
            Point::Time(d, hour, minute),
            anchor(m),
            format!("clock time on the day last mentioned (\"{}\")", m.text),
        )
    }

    fn part_of_year(
        &self,
        part: Part,
        year: YearSpec,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Option<Resolved> {
        let mk = |y: i32| -> Option<Point> {
            Some(match part {
                Part::Quarter(q) => Point::Quarter(y, q),
                Part::Half(h) => Point::Half(y, h),
                Part::Season(s) => Point::Season(y, s),
                Part::Month(m) => Point::Month(y, m),
            })
        };
        let name = match part {
            Part::Quarter(q) => format!("the {} quarter", ordinal_word(q as i32)),
            Part::Half(h) => format!("the {} half", ordinal_word(h as i32)),
            Part::Season(s) => cal::season_name(s).to_string(),
            Part::Month(m) => cal::month_name(m).to_string(),
        };
        match year {
            YearSpec::Explicit(y) if part == Part::Quarter(0) => {
                // "the 1988 quarter": the quarter in discussion, in that year.
                match self.last_quarter.as_ref().map(|m| m.point) {
                    Some(Point::Quarter(_, q)) => self.date(
                        Point::Quarter(y, q),
                        self.prev_anchor(),
                        "the quarter in discussion, in the year given",
                    ),
                    _ => self.date(
                        Point::Year(y),
                        Anchor::None,
                        "explicit year: the whole year",
                    ),
                }
            }
            YearSpec::Explicit(y) => {
                self.date(mk(y)?, Anchor::None, format!("{name} of an explicit year"))
            }
            YearSpec::Offset(k) => {
                let Some(dct) = self.dct else {
                    return self.no_dct(placeholder(part), &name);
                };
                self.date(
                    mk(dct.year() + k)?,
                    self.dct_anchor(),
                    format!("{name} of a year counted from the story date"),
                )
            }
            YearSpec::Implicit(rel) => {
                let Some(dct) = self.dct else {
                    return self.no_dct(placeholder(part), &name);
                };
                let y = dct.year();
                match part {
                    Part::Month(m) => {
                        let (yy, why) = year_for_month(dct, m, rel, Tense::Unknown);
                        self.date(Point::Month(yy, m), self.dct_anchor(), why)
                    }
                    Part::Quarter(0) => {
                        // "the latest quarter", "the quarter": the quarter
                        // last mentioned, else the last one completed.
                        if let Some(m) = &self.last
                            && let Point::Quarter(..) = m.point
                        {
                            return self.date(
                                m.point,
                                self.prev_anchor(),
                                "\"the quarter\": the quarter last mentioned",
                            );
                        }
                        let cur = Point::Quarter(y, (dct.month() - 1) / 3 + 1);
                        let p = cur.shift(Unit::Quarter, -1)?;
                        self.date(p, self.dct_anchor(), "\"the latest quarter\": the last quarter completed before the story date")
                    }
                    Part::Quarter(_) | Part::Half(_) => {
                        let t = tense();
                        let this = mk(y)?;
                        let r = this.range()?;
                        let (p, why) = match t {
                            Tense::Past if (r.start - dct).num_days() > 90 => (
                                mk(y - 1)?,
                                "in a past-tense sentence: the most recent one before the story date",
                            ),
                            Tense::Future if (dct - r.end).num_days() > 90 => (
                                mk(y + 1)?,
                                "in a future-tense sentence: the next one after the story date",
                            ),
                            _ => (this, "in the story's year"),
                        };
                        self.date(p, self.dct_anchor(), format!("{name} {why}"))
                    }
                    Part::Season(s) => {
                        let cur = Point::Season(y, s);
                        let now = Point::Day(dct).coarsen(Unit::Season)?;
                        let start = cur.range()?.start;
                        let (p, why) = match rel {
                            Rel::Last => {
                                let mut p = cur;
                                while p.range()?.start >= now.range()?.start {
                                    p = p.shift(Unit::Year, -1)?;
                                }
                                (
                                    p,
                                    format!(
                                        "\"last {name}\": the most recent {name} before the current season"
                                    ),
                                )
                            }
                            Rel::Next => {
                                let mut p = cur;
                                while p.range()?.start <= now.range()?.start {
                                    p = p.shift(Unit::Year, 1)?;
                                }
                                (
                                    p,
                                    format!(
                                        "\"next {name}\": the first {name} after the current season"
                                    ),
                                )
                            }
                            Rel::This => (
                                cur,
                                format!("\"this {name}\": the {name} of the story's year"),
                            ),
                            Rel::Bare => match tense() {
                                Tense::Past if start > dct => (
                                    cur.shift(Unit::Year, -1)?,
                                    format!("{name} in a past-tense sentence: the most recent one"),
                                ),
                                Tense::Future if cur.range()?.end < dct => (
                                    cur.shift(Unit::Year, 1)?,
                                    format!("{name} in a future-tense sentence: the next one"),
                                ),
                                _ => (cur, format!("{name} of the story's year")),
                            },
                        };
                        self.date(p, self.dct_anchor(), why)
                    }
                }
            }
        }
    }

    fn weekday(
        &self,
        wd: Weekday,
        rel: Rel,
        part: Option<calendar::DayPart>,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Option<Resolved> {
        let name = cal::weekday_name(wd);
        let Some(dct) = self.dct else {
            let v = format!(
                "XXXX-WXX-{}{}",
                wd.number_from_monday(),
                part.map_or(String::new(), |p| format!("T{}", p.code()))
            );
            return self.unresolved(
                TimexType::Date,
                v,
                format!("{name}: the story has no date, so it is left unresolved"),
            );
        };
        let cur = i64::from(dct.weekday().num_days_from_monday());
        let want = i64::from(wd.num_days_from_monday());
        let back = (cur - want).rem_euclid(7); // days back to the most recent (0 = today)
        let fwd = (want - cur).rem_euclid(7);
        let (offset, why) = match rel {
            Rel::Last => (
                -(if back == 0 { 7 } else { back }),
                format!("\"last {name}\": the {name} before the story date"),
            ),
            Rel::Next => (
                if fwd == 0 { 7 } else { fwd },
                format!("\"next {name}\": the {name} after the story date"),
            ),
            Rel::This => (
                want - cur,
                format!("\"this {name}\": the {name} of the story's week"),
            ),
            Rel::Bare => match tense() {
                Tense::Future => (
                    fwd,
                    format!(
                        "weekday in a future-tense sentence: the next {name} from the story date"
                    ),
                ),
                t => (
                    -back,
                    format!(
                        "weekday in a {} sentence: the most recent {name} up to the story date",
                        t.describe()
                    ),
                ),
            },
        };
        let d = calendar::add_days(dct, offset)?;
        let p = match part {
            Some(pp) => Point::DayPart(d, pp),
            None => Point::Day(d),
        };
        self.date(p, self.dct_anchor(), why)
    }

    fn shift(
        &self,
        unit: Unit,
        n: i32,
        base: Base,
        keep: bool,
        tense: &mut dyn FnMut() -> Tense,
    ) -> Option<Resolved> {
        let unit_name = unit.name();
        let describe = |n: i32| -> String {
            match n {
                0 => format!("the same {unit_name}"),
                k if k < 0 => format!("{} before", plural(i64::from(k), unit_name)),
                k => format!("{} after", plural(i64::from(k), unit_name)),
            }
        };
        // Anaphoric: count from the last date mentioned.
        if base == Base::Anchor || keep {
            let quarter = self.last_quarter.as_ref().filter(|_| {
                keep && !self
                    .last
                    .as_ref()
                    .is_some_and(|m| matches!(m.point, Point::Quarter(..) | Point::Half(..)))
            });
            if let Some(q) = quarter
                && let Some(p) = q.point.shift(unit, n)
            {
                return self
                    .date(
                        p,
                        Anchor::Previous {
                            text: q.text.clone(),
                            value: q.point.value(),
                        },
                        format!(
                            "{} the quarter last mentioned (\"{}\")",
                            describe(n),
                            q.text
                        ),
                    )
                    .map(|mut r| {
                        r.anchors_next = false;
                        r
                    });
            }
            if let Some(m) = &self.last {
                let prec = m.point.precision();
                let up = unit_precision(unit);
                let p = if keep && matches!(m.point, Point::Quarter(..) | Point::Half(..)) {
                    Some(m.point.shift(unit, n)?)
                } else if up <= prec && (!keep || base == Base::Anchor) {
                    // "joined in 1986 ... five years later": counted on the
                    // story's own time line.
                    m.point.coarsen(unit).and_then(|c| c.shift(unit, n))
                } else {
                    None
                };
                if let Some(p) = p {
                    return self
                        .date(
                            p,
                            self.prev_anchor(),
                            format!("{} the date last mentioned (\"{}\")", describe(n), m.text),
                        )
                        .map(|mut r| {
                            // "five years later" moves the story's time line on;
                            // "a year earlier" only compares with the past.
                            r.anchors_next = !keep || (base == Base::Anchor && n > 0);
                            r
                        });
                }
            }
        }
        let Some(dct) = self.dct else {
            let v = match (n, unit) {
                (0, _) => "PRESENT_REF".to_string(),
                (k, _) if k < 0 => "PAST_REF".to_string(),
                _ => "FUTURE_REF".to_string(),
            };
            return self.unresolved(
                TimexType::Date,
                v,
                format!("{} the story date, which is missing", describe(n)),
            );
        };
        let here = Point::Day(dct);
        let p = match unit {
            Unit::Weekend if n == 0 => {
                // "the weekend": the one just past on weekdays in past-tense
                // sentences, else the story's own.
                let wk = here.coarsen(Unit::Weekend)?;
                if dct.weekday().num_days_from_monday() < 5 && tense() == Tense::Past {
                    wk.shift(Unit::Week, -1)?
                } else {
                    wk
                }
            }
            Unit::Millennium | Unit::Second | Unit::Minute | Unit::Hour => return None,
            // "a decade ago" is a year, not the previous decade.
            Unit::Decade | Unit::Century if n != 0 => here.coarsen(Unit::Year)?.shift(unit, n)?,
            _ => here.coarsen(unit)?.shift(unit, n)?,
        };
        let why = match (base, n, &self.last) {
            (Base::Anchor, _, None) => format!(
                "{} the story date (no earlier date in the text)",
                describe(n)
            ),
            (Base::Anchor, _, Some(m)) => format!(
                "{} the story date (the date last mentioned, \"{}\", is too coarse to count {}s from)",
                describe(n),
                m.text,
                unit_name
            ),
            (_, 0, _) => format!("the {unit_name} of the story date"),
            (_, k, _) => format!("{} the story date", describe(k)),
        };
        self.date(p, self.dct_anchor(), why).map(|mut r| {
            r.anchors_next = !keep;
            r
        })
    }
}

fn placeholder(part: Part) -> String {
    match part {
        Part::Quarter(0) => "XXXX-QX".into(),
        Part::Quarter(q) => format!("XXXX-Q{q}"),
        Part::Half(h) => format!("XXXX-H{h}"),
        Part::Season(s) => format!("XXXX-{}", s.code()),
        Part::Month(m) => format!("XXXX-{m:02}"),
    }
}

/// The k-th weekday of a month (k = -1: the last one).
fn nth_weekday(y: i32, m: u32, k: i32, wd: Weekday) -> Option<NaiveDate> {
    if k > 0 {
        NaiveDate::from_weekday_of_month_opt(y, m, wd, k as u8)
    } else {
        (1..=5)
            .rev()
            .find_map(|n| NaiveDate::from_weekday_of_month_opt(y, m, wd, n))
    }
}
