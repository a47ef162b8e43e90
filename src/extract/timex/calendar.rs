//! Calendar points at every precision the tagger produces, with their
//! TIMEX3 value, the days they cover and checked arithmetic. Nothing here
//! panics: out-of-range years and impossible days yield `None`.

use chrono::{Datelike, Duration, IsoWeek, NaiveDate, Weekday};

use crate::model::{DateRange, Precision};

/// Years the tagger will place on the calendar.
pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;

/// Parts of the day TIMEX3 names: morning, afternoon, evening, night.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayPart {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    pub fn code(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Midday => "MI",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

pub use crate::vocab::calendar::Season;

/// Seasons by meteorological months.
impl Season {
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    fn index(self) -> i32 {
        match self {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Fall => 2,
            Season::Winter => 3,
        }
    }

    fn from_index(i: i32) -> Season {
        match i.rem_euclid(4) {
            0 => Season::Spring,
            1 => Season::Summer,
            2 => Season::Fall,
            _ => Season::Winter,
        }
    }

    /// The season a month falls in (December belongs to the winter that
    /// starts that year).
    pub fn of_month(m: u32) -> Season {
        match m {
            3..=5 => Season::Spring,
            6..=8 => Season::Summer,
            9..=11 => Season::Fall,
            _ => Season::Winter,
        }
    }
}

/// A unit of calendar time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
    Millennium,
}

impl Unit {
    /// The TIMEX3 duration letter (and whether it is a time unit, after `T`).
    pub fn duration_code(self) -> (&'static str, bool) {
        match self {
            Unit::Second => ("S", true),
            Unit::Minute => ("M", true),
            Unit::Hour => ("H", true),
            Unit::Day => ("D", false),
            Unit::Weekend => ("WE", false),
            Unit::Week => ("W", false),
            Unit::Month => ("M", false),
            Unit::Quarter => ("Q", false),
            Unit::Half => ("H", false),
            Unit::Season => ("S", false),
            Unit::Year => ("Y", false),
            Unit::Decade => ("DE", false),
            Unit::Century => ("CE", false),
            Unit::Millennium => ("ML", false),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Unit::Second => "second",
            Unit::Minute => "minute",
            Unit::Hour => "hour",
            Unit::Day => "day",
            Unit::Weekend => "weekend",
            Unit::Week => "week",
            Unit::Month => "month",
            Unit::Quarter => "quarter",
            Unit::Half => "half-year",
            Unit::Season => "season",
            Unit::Year => "year",
            Unit::Decade => "decade",
            Unit::Century => "century",
            Unit::Millennium => "millennium",
        }
    }
}

/// A place on the calendar at some precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Point {
    Century(i32),
    Decade(i32),
    Year(i32),
    Half(i32, u32),
    Quarter(i32, u32),
    Season(i32, Season),
    Month(i32, u32),
    Week(i32, u32),
    Weekend(i32, u32),
    Day(NaiveDate),
    DayPart(NaiveDate, DayPart),
    Time(NaiveDate, u32, u32),
}

fn ok_year(y: i32) -> Option<i32> {
    (MIN_YEAR..=MAX_YEAR).contains(&y).then_some(y)
}

pub fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    ok_year(y)?;
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn month_range(y: i32, m1: u32, m2: u32) -> Option<DateRange> {
    Some(DateRange {
        start: ymd(y, m1, 1)?,
        end: month_end(y, m2)?,
    })
}

fn week_start(y: i32, w: u32) -> Option<NaiveDate> {
    ok_year(y)?;
    NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)
}

impl Point {
    pub fn from_date(d: NaiveDate) -> Point {
        Point::Day(d)
    }

    pub fn week_of(d: NaiveDate) -> Point {
        let w: IsoWeek = d.iso_week();
        Point::Week(w.year(), w.week())
    }

    pub fn precision(&self) -> Precision {
        match self {
            Point::Century(_) => Precision::Century,
            Point::Decade(_) => Precision::Decade,
            Point::Year(_) => Precision::Year,
            Point::Half(..) => Precision::Half,
            Point::Quarter(..) => Precision::Quarter,
            Point::Season(..) => Precision::Season,
            Point::Month(..) => Precision::Month,
            Point::Week(..) | Point::Weekend(..) => Precision::Week,
            Point::Day(_) => Precision::Day,
            Point::DayPart(..) => Precision::Hour,
            Point::Time(..) => Precision::Minute,
        }
    }

    /// The TIMEX3 value.
    pub fn value(&self) -> String {
        match *self {
            Point::Century(c) => format!("{c:02}"),
            Point::Decade(d) => format!("{d:03}"),
            Point::Year(y) => format!("{y:04}"),
            Point::Half(y, h) => format!("{y:04}-H{h}"),
            Point::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Point::Season(y, s) => format!("{y:04}-{}", s.code()),
            Point::Month(y, m) => format!("{y:04}-{m:02}"),
            Point::Week(y, w) => format!("{y:04}-W{w:02}"),
            Point::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Point::Day(d) => d.format("%Y-%m-%d").to_string(),
            Point::DayPart(d, p) => format!("{}T{}", d.format("%Y-%m-%d"), p.code()),
            Point::Time(d, h, m) => format!("{}T{h:02}:{m:02}", d.format("%Y-%m-%d")),
        }
    }

    /// The calendar days covered, both ends inclusive.
    pub fn range(&self) -> Option<DateRange> {
        match *self {
            Point::Century(c) => Some(DateRange {
                start: ymd(c.checked_mul(100)?.max(1), 1, 1)?,
                end: ymd(c.checked_mul(100)? + 99, 12, 31)?,
            }),
            Point::Decade(d) => Some(DateRange {
                start: ymd(d.checked_mul(10)?.max(1), 1, 1)?,
                end: ymd(d.checked_mul(10)? + 9, 12, 31)?,
            }),
            Point::Year(y) => month_range(y, 1, 12),
            Point::Half(y, h) if (1..=2).contains(&h) => month_range(y, h * 6 - 5, h * 6),
            Point::Quarter(y, q) if (1..=4).contains(&q) => month_range(y, q * 3 - 2, q * 3),
            Point::Half(..) | Point::Quarter(..) => None,
            Point::Season(y, s) => match s {
                Season::Spring => month_range(y, 3, 5),
                Season::Summer => month_range(y, 6, 8),
                Season::Fall => month_range(y, 9, 11),
                Season::Winter => Some(DateRange {
                    start: ymd(y, 12, 1)?,
                    end: month_end(y.checked_add(1)?, 2)?,
                }),
            },
            Point::Month(y, m) if (1..=12).contains(&m) => month_range(y, m, m),
            Point::Month(..) => None,
            Point::Week(y, w) | Point::Weekend(y, w) if !(1..=53).contains(&w) => {
                let _ = y;
                None
            }
            Point::Week(y, w) => {
                let s = week_start(y, w)?;
                Some(DateRange {
                    start: s,
                    end: s.checked_add_signed(Duration::days(6))?,
                })
            }
            Point::Weekend(y, w) => {
                let s = week_start(y, w)?.checked_add_signed(Duration::days(5))?;
                Some(DateRange {
                    start: s,
                    end: s.checked_add_signed(Duration::days(1))?,
                })
            }
            Point::Day(d) | Point::DayPart(d, _) | Point::Time(d, _, _) => {
                ok_year(d.year())?;
                Some(DateRange::day(d))
            }
        }
    }

    /// The first day covered.
    pub fn start(&self) -> Option<NaiveDate> {
        self.range().map(|r| r.start)
    }

    /// The same point one `unit` step × `n` away, keeping this point's
    /// precision where the unit allows (a quarter a year earlier is a
    /// quarter). Returns `None` off the calendar.
    pub fn shift(&self, unit: Unit, n: i32) -> Option<Point> {
        let months = match unit {
            Unit::Year => Some(n.checked_mul(12)?),
            Unit::Half => Some(n.checked_mul(6)?),
            Unit::Quarter => Some(n.checked_mul(3)?),
            Unit::Month => Some(n),
            Unit::Decade => Some(n.checked_mul(120)?),
            Unit::Century => Some(n.checked_mul(1200)?),
            _ => None,
        };
        let days = match unit {
            Unit::Day => Some(i64::from(n)),
            Unit::Week | Unit::Weekend => Some(i64::from(n) * 7),
            _ => None,
        };
        let p = match (*self, months, days) {
            (Point::Century(c), Some(m), _) => Point::Century(c.checked_add(m / 1200)?),
            (Point::Decade(d), Some(m), _) => Point::Decade(d.checked_add(m / 120)?),
            (Point::Year(y), Some(m), _) => Point::Year(y.checked_add(m / 12)?),
            (Point::Half(y, h), Some(m), _) => {
                let i = (y.checked_mul(2)? + h as i32 - 1).checked_add(m / 6)?;
                Point::Half(i.div_euclid(2), (i.rem_euclid(2) + 1) as u32)
            }
            (Point::Quarter(y, q), Some(m), _) => {
                let i = (y.checked_mul(4)? + q as i32 - 1).checked_add(m / 3)?;
                Point::Quarter(i.div_euclid(4), (i.rem_euclid(4) + 1) as u32)
            }
            (Point::Season(y, s), Some(m), _) => {
                let i = (y.checked_mul(4)? + s.index()).checked_add(m / 3)?;
                Point::Season(i.div_euclid(4), Season::from_index(i))
            }
            (Point::Month(y, mo), Some(m), _) => {
                let i = (y.checked_mul(12)? + mo as i32 - 1).checked_add(m)?;
                Point::Month(i.div_euclid(12), (i.rem_euclid(12) + 1) as u32)
            }
            (Point::Week(..) | Point::Weekend(..), Some(m), _) => {
                let d = shift_months(self.start()?, m)?;
                let w = d.iso_week();
                match self {
                    Point::Weekend(..) => Point::Weekend(w.year(), w.week()),
                    _ => Point::Week(w.year(), w.week()),
                }
            }
            (Point::Day(d), Some(m), _) => Point::Day(shift_months(d, m)?),
            (Point::DayPart(d, p), Some(m), _) => Point::DayPart(shift_months(d, m)?, p),
            (Point::Time(d, h, mi), Some(m), _) => Point::Time(shift_months(d, m)?, h, mi),
            (Point::Day(d), None, Some(k)) => Point::Day(add_days(d, k)?),
            (Point::DayPart(d, p), None, Some(k)) => Point::DayPart(add_days(d, k)?, p),
            (Point::Time(d, h, mi), None, Some(k)) => Point::Time(add_days(d, k)?, h, mi),
            (Point::Week(..), None, Some(k)) => Point::week_of(add_days(self.start()?, k)?),
            (Point::Weekend(..), None, Some(k)) => {
                let w = add_days(self.start()?, k)?.iso_week();
                Point::Weekend(w.year(), w.week())
            }
            _ => return None,
        };
        p.range()?;
        Some(p)
    }

    /// The point reduced to a coarser unit (the year of a day, the month of a
    /// day, the quarter of a month …); `None` if the unit is not coarser.
    pub fn coarsen(&self, unit: Unit) -> Option<Point> {
        let d = self.start()?;
        let y = d.year();
        Some(match unit {
            Unit::Day => Point::Day(d),
            Unit::Week => Point::week_of(d),
            Unit::Weekend => {
                let w = d.iso_week();
                Point::Weekend(w.year(), w.week())
            }
            Unit::Month => Point::Month(y, d.month()),
            Unit::Quarter => Point::Quarter(y, (d.month() - 1) / 3 + 1),
            Unit::Half => Point::Half(y, (d.month() - 1) / 6 + 1),
            Unit::Season => {
                let s = Season::of_month(d.month());
                let sy = if d.month() <= 2 { y - 1 } else { y };
                Point::Season(sy, s)
            }
            Unit::Year => Point::Year(y),
            Unit::Decade => Point::Decade(y.div_euclid(10)),
            Unit::Century => Point::Century(y.div_euclid(100)),
            _ => return None,
        })
    }
}

pub fn add_days(d: NaiveDate, k: i64) -> Option<NaiveDate> {
    let r = d.checked_add_signed(Duration::try_days(k)?)?;
    ok_year(r.year())?;
    Some(r)
}

/// Add months, clamping the day to the end of the target month.
pub fn shift_months(d: NaiveDate, m: i32) -> Option<NaiveDate> {
    let i = (d.year().checked_mul(12)? + d.month0() as i32).checked_add(m)?;
    let (y, mo) = (i.div_euclid(12), (i.rem_euclid(12) + 1) as u32);
    let last = month_end(y, mo)?.day();
    ymd(y, mo, d.day().min(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn values_and_ranges_at_each_precision() {
        assert_eq!(Point::Month(2014, 8).value(), "2014-08");
        let r = Point::Month(2014, 2).range().unwrap();
        assert_eq!((r.start, r.end), (d(2014, 2, 1), d(2014, 2, 28)));
        assert_eq!(Point::Decade(199).value(), "199");
        assert_eq!(Point::Century(19).value(), "19");
        assert_eq!(Point::Quarter(2014, 3).value(), "2014-Q3");
        let r = Point::Season(2014, Season::Winter).range().unwrap();
        assert_eq!((r.start, r.end), (d(2014, 12, 1), d(2015, 2, 28)));
        assert_eq!(Point::week_of(d(2014, 11, 6)).value(), "2014-W45");
    }

    #[test]
    fn shifts_keep_precision_and_stay_checked() {
        assert_eq!(
            Point::Quarter(1989, 1).shift(Unit::Year, -1),
            Some(Point::Quarter(1988, 1))
        );
        assert_eq!(
            Point::Quarter(1989, 1).shift(Unit::Quarter, -1),
            Some(Point::Quarter(1988, 4))
        );
        assert_eq!(
            Point::Month(2014, 8).shift(Unit::Month, 1),
            Some(Point::Month(2014, 9))
        );
        assert_eq!(
            Point::Day(d(2014, 3, 31)).shift(Unit::Month, -1),
            Some(Point::Day(d(2014, 2, 28)))
        );
        assert_eq!(Point::Year(9999).shift(Unit::Year, 1), None);
        assert_eq!(Point::Year(1).shift(Unit::Year, -5), None);
        assert_eq!(Point::Day(d(2014, 1, 1)).shift(Unit::Day, i32::MAX), None);
    }
}
