//! Pattern matching over tokens: each matcher tries to read one family of
//! expressions at a token position and returns how far it got and what the
//! words mean (`Sem`), before any calendar resolution.
//!
//! Each family is a file: numbers and numeric dates ([`numeric`]), month
//! names ([`month`]), years, decades and centuries ([`year`]), weekdays and
//! deictic days ([`day`]), clock times ([`clock`]), periods counted from the
//! story date or an anchor ([`relative`]), expressions that start with
//! "the" ([`the`]), quarters and halves ([`part_of_year`]), seasons
//! ([`season`]), vague references ([`reference`]), durations and counted
//! shifts ([`duration`]), sets ([`set`]) and holidays ([`holiday`]). Word
//! classes are predicates of the tagger's [`lexicon`](super::lexicon) and
//! of [`crate::vocab::calendar`]; this file holds what they share: the
//! meanings, the matcher and the dispatch over families.

use chrono::Weekday;

use super::calendar::{DayPart, Season, Unit};
use super::lexicon as lx;
use super::token::{Kind, Tokens};
use crate::vocab::calendar as cal;

mod clock;
mod day;
mod duration;
mod holiday;
mod month;
mod numeric;
mod part_of_year;
mod reference;
mod relative;
mod season;
mod set;
mod the;
mod year;

/// Which of several same-named periods is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rel {
    /// Bare name: tense decides ("in August", "on Wednesday").
    Bare,
    /// "last August", "last Wednesday".
    Last,
    /// "next August".
    Next,
    /// "this August", "this Wednesday".
    This,
}

/// The year a part of a year (quarter, half, season, month) belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearSpec {
    Explicit(i32),
    /// Relative to the story's year: -1 "last year's", 0 "this year's".
    Offset(i32),
    /// Not said: from tense, the story date or an earlier mention.
    Implicit(Rel),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Quarter(u32),
    Half(u32),
    Season(Season),
    Month(u32),
}

/// What a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// The story date: "this week", "last month", "three years ago".
    Dct,
    /// The most recent date in the text: "the following month",
    /// "two days later".
    Anchor,
}

/// The meaning of a matched expression, before resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Sem {
    /// Month name or numeric date with optional day and year.
    Date {
        year: Option<i32>,
        month: u32,
        day: Option<u32>,
    },
    Year(i32),
    /// First three digits: 199 for the 1990s.
    Decade(i32),
    /// Two-digit decade without century ("the '80s").
    ShortDecade(u32),
    Century(i32),
    PartOfYear {
        part: Part,
        year: YearSpec,
    },
    Weekday {
        day: Weekday,
        rel: Rel,
        part: Option<DayPart>,
    },
    /// today (0), yesterday (-1), tomorrow (1), with a part of the day.
    Day {
        offset: i64,
        part: Option<DayPart>,
    },
    /// A unit counted from the story date or an anchor: "this week" (0),
    /// "last month" (-1), "three years ago" (-3), "the following month" (1).
    Shift {
        unit: Unit,
        n: i32,
        base: Base,
        /// "a year ago" after a quarter means the quarter a year before.
        keep_anchor_precision: bool,
    },
    /// The calendar decade or century before or after the story's: "the
    /// next decade" (the 2020s in 2015), "last century". A counted shift
    /// ("a decade ago") is a `Shift` and lands on a year.
    NamedPeriod {
        unit: Unit,
        n: i32,
    },
    /// Unknown count: "a few years ago", "months earlier".
    VagueShift {
        unit: Unit,
        past: bool,
    },
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Ref(&'static str),
    Duration {
        n: Option<u32>,
        unit: Unit,
        /// "and a half".
        half: bool,
    },
    Set(String),
    /// A clock time on an optional weekday; `utc` when its zone is
    /// universal time ("1800 GMT").
    Clock {
        hour: u32,
        minute: u32,
        day: Option<Weekday>,
        utc: bool,
    },
    /// "the next morning" (1), "that night" (0): a part of the day `days`
    /// after the date last mentioned.
    AnchoredDayPart {
        part: DayPart,
        days: i64,
    },
    /// A clock time on an explicit date: "4 p.m. EST Dec. 3".
    ClockOnDate {
        hour: u32,
        minute: u32,
        year: Option<i32>,
        month: u32,
        day: u32,
        utc: bool,
    },
    /// A holiday by month and day, or by nth weekday of a month (n = -1 for
    /// the last).
    Holiday {
        name: &'static str,
        month: u32,
        day: HolidayDay,
    },
}

impl Sem {
    /// `n` units counted from `base`, at the unit's precision.
    fn shift(unit: Unit, n: i32, base: Base) -> Sem {
        Sem::Shift {
            unit,
            n,
            base,
            keep_anchor_precision: false,
        }
    }

    /// A named relative period ("next month", "the last decade"): decades
    /// and centuries are whole calendar periods, not counted years.
    fn named(unit: Unit, n: i32, base: Base) -> Sem {
        if matches!(unit, Unit::Decade | Unit::Century) && base == Base::Dct && n != 0 {
            Sem::NamedPeriod { unit, n }
        } else {
            Sem::shift(unit, n, base)
        }
    }

    /// The period in discussion a year before, at its precision: "the
    /// year-earlier quarter", "the same period last year".
    fn year_before() -> Sem {
        Sem::Shift {
            unit: Unit::Year,
            n: -1,
            base: Base::Anchor,
            keep_anchor_precision: true,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HolidayDay {
    Fixed(u32),
    Nth(i32, Weekday),
}

/// A successful match: tokens `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub sem: Sem,
}

/// Whether a word can begin any expression (or a modifier kept in one):
/// a cheap filter that keeps the matchers off ordinary words.
pub fn trigger(w: &str) -> bool {
    cal::month(w).is_some()
        || cal::weekday(w).is_some()
        || cal::weekday_plural(w).is_some()
        || cal::season(w).is_some()
        || lx::cardinal(w).is_some()
        || lx::ordinal(w).is_some()
        || lx::unit(w).is_some()
        || lx::frequency(w).is_some()
        || lx::decade(w).is_some()
        || lx::is_vague_quantity(w)
        || lx::is_approximator(w)
        || lx::is_expression_start(w)
}

pub struct Matcher<'a, 't> {
    pub t: &'a Tokens<'t>,
}

impl Matcher<'_, '_> {
    fn low(&self, i: usize) -> &str {
        self.t.low(i)
    }

    /// Optional period after an abbreviation.
    fn skip_dot(&self, i: usize) -> usize {
        if self.t.is_punct(i, '.') && self.t.glued(i) {
            i + 1
        } else {
            i
        }
    }

    /// Skip a hyphen glued on both sides, or a space.
    fn hyphen(&self, i: usize) -> Option<usize> {
        (self.t.is_punct(i, '-') && self.t.glued(i) && self.t.glued(i + 1)).then_some(i + 1)
    }

    /// Try every family at token `i`; the longest match wins.
    pub fn at(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if i >= t.len() {
            return None;
        }
        match t.kind(i) {
            Some(Kind::Word) if !trigger(self.low(i)) => return None,
            Some(Kind::Punct) if !(t.is_punct(i, '\'') || t.is_punct(i, '\u{2019}')) => {
                return None;
            }
            _ => {}
        }
        let mut best: Option<Hit> = None;
        let mut consider = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.end > b.end)
            {
                best = Some(h);
            }
        };
        // Prefixes that belong to the expression: approximators and
        // "early/late/mid", "the end of".
        let w = self.low(i);
        if let Some(j) = self.prefix(i)
            && let Some(mut h) = self.core(j)
            && (!lx::is_approximator(w)
                || self.quantity(h.start)
                    && (self.low(h.start) != "the" || matches!(h.sem, Sem::Duration { .. })))
        {
            h.start = i;
            consider(Some(h));
        }
        if t.is_word(i) || t.is_num(i) || matches!(w, "'" | "\u{2019}") {
            consider(self.core(i));
        }
        best
    }

    /// Whether token `i` starts a quantity or a clock reading, the only
    /// things "about", "nearly" or "over" can qualify inside a timex.
    fn quantity(&self, i: usize) -> bool {
        self.t.is_num(i)
            || lx::cardinal(self.low(i)).is_some()
            || lx::is_vague_quantity(self.low(i))
            || matches!(
                self.low(i),
                "noon" | "midnight" | "the" | "more" | "less" | "least"
            )
    }

    /// If `i` starts a modifier that TimeML keeps inside the expression,
    /// return where the expression proper starts.
    fn prefix(&self, i: usize) -> Option<usize> {
        let w = self.low(i);
        let n = self.low(i + 1);
        let j = match w {
            "about" | "nearly" | "almost" | "around" | "roughly" | "approximately" | "barely" => {
                i + 1
            }
            // "over a week" is a length; "over the past year" keeps "over" out.
            "over" if n != "the" => i + 1,
            "more" | "less" | "fewer" if n == "than" => i + 2,
            "at" if matches!(n, "least" | "most") => i + 2,
            "up" if n == "to" => i + 2,
            "early" | "late" => i + 1,
            "mid" => self.hyphen(i + 1).unwrap_or(i + 1),
            "the" | "at" | "by"
                if matches!(n, "end" | "beginning" | "start" | "middle" | "turn")
                    && self.low(i + 2) == "of"
                    && w == "the" =>
            {
                i + 3
            }
            "end" | "beginning" | "start" | "middle" if n == "of" => i + 2,
            _ => return None,
        };
        // A nested approximator: "nearly the past 14 months" is rare; "at least
        // the past 14 months" is handled by chaining once.
        if let Some(k) = self.prefix(j).filter(|_| j != i)
            && self.core(k).is_some()
            && self.core(j).is_none()
        {
            return Some(k);
        }
        Some(j)
    }

    fn core(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let mut best: Option<Hit> = None;
        let mut consider = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.end > b.end)
            {
                best = Some(h);
            }
        };
        if t.is_num(i) {
            consider(self.numeric_date(i));
            consider(self.day_month(i));
            consider(self.year_expr(i));
            consider(self.clock(i));
            consider(self.duration_or_shift(i));
            consider(self.year_part_after_year(i));
            consider(self.century(i));
        } else if t.is_word(i) {
            let w = self.low(i);
            match w {
                "the" => {
                    consider(self.the_expr(i));
                }
                _ => {
                    consider(self.month_expr(i));
                    consider(self.weekday_expr(i));
                    consider(self.deictic(i));
                    consider(self.relative(i));
                    consider(self.duration_or_shift(i));
                    consider(self.part_of_year(i));
                    consider(self.season_expr(i));
                    consider(self.reference(i));
                    consider(self.set_expr(i));
                    consider(self.decade_words(i));
                    consider(self.holiday(i));
                    consider(self.clock(i));
                    consider(self.year_expr(i));
                    consider(self.century(i));
                }
            }
        } else {
            // "'90s", "'98"
            consider(self.year_expr(i));
        }
        best
    }

    fn hit(&self, start: usize, end: usize, sem: Sem) -> Option<Hit> {
        Some(Hit { start, end, sem })
    }
}
