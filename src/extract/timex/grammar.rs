//! Pattern matching over tokens: each matcher tries to read one family of
//! expressions at a token position and returns how far it got and what the
//! words mean (`Sem`), before any calendar resolution.

use chrono::Weekday;

use super::calendar::{DayPart, Season, Unit};
use super::lexicon as lx;
use super::token::{Kind, Tokens};

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
    /// A clock time on an optional weekday.
    Clock {
        hour: u32,
        minute: u32,
        day: Option<Weekday>,
    },
    /// "the next morning", "the following night": a part of the day after
    /// the date last mentioned.
    NextDayPart {
        part: DayPart,
    },
    /// A clock time on an explicit date: "4 p.m. EST Dec. 3".
    ClockOnDate {
        hour: u32,
        minute: u32,
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    /// A holiday by month and day, or by nth weekday of a month (n = -1 for
    /// the last).
    Holiday {
        name: &'static str,
        month: u32,
        day: HolidayDay,
    },
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

/// Words that introduce a date and make a bare month/season name temporal.
fn temporal_prep(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "since"
            | "until"
            | "till"
            | "by"
            | "from"
            | "to"
            | "through"
            | "during"
            | "before"
            | "after"
            | "of"
            | "last"
            | "next"
            | "this"
            | "early"
            | "late"
            | "mid"
            | "between"
            | "and"
            | "or"
            | "each"
            | "every"
            | "as"
            | "into"
            | "throughout"
            | "at"
            | "for"
    )
}

/// Whether a word can begin any expression (or a modifier kept in one):
/// a cheap filter that keeps the matchers off ordinary words.
pub fn trigger(w: &str) -> bool {
    lx::month(w).is_some()
        || lx::weekday(w).is_some()
        || lx::cardinal(w).is_some()
        || lx::ordinal(w).is_some()
        || lx::unit(w).is_some()
        || lx::season(w).is_some()
        || lx::frequency(w).is_some()
        || lx::vague_quantity(w)
        || matches!(
            w,
            "the"
                | "today"
                | "yesterday"
                | "tomorrow"
                | "tonight"
                | "this"
                | "next"
                | "past"
                | "coming"
                | "current"
                | "previous"
                | "following"
                | "earlier"
                | "later"
                | "that"
                | "same"
                | "fiscal"
                | "latest"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "early"
                | "late"
                | "mid"
                | "now"
                | "currently"
                | "nowadays"
                | "presently"
                | "recently"
                | "lately"
                | "recent"
                | "future"
                | "near"
                | "short"
                | "long"
                | "medium"
                | "soon"
                | "these"
                | "at"
                | "every"
                | "each"
                | "twenties"
                | "thirties"
                | "forties"
                | "fifties"
                | "sixties"
                | "seventies"
                | "eighties"
                | "nineties"
                | "christmas"
                | "new"
                | "thanksgiving"
                | "halloween"
                | "independence"
                | "labor"
                | "labour"
                | "memorial"
                | "valentine"
                | "veterans"
                | "noon"
                | "midday"
                | "midnight"
                | "about"
                | "nearly"
                | "almost"
                | "around"
                | "roughly"
                | "approximately"
                | "barely"
                | "over"
                | "more"
                | "less"
                | "fewer"
                | "up"
                | "end"
                | "beginning"
                | "start"
                | "middle"
                | "nineteen"
                | "eighteen"
                | "seventeen"
                | "right"
        )
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

    /// Read a number: digits ("3", "1,000"), words ("three", "twenty-four",
    /// "a", "a couple of"), or a vague quantity ("several", "a few") as
    /// `None`.
    pub fn number(&self, i: usize) -> Option<(usize, Option<u32>)> {
        let t = self.t;
        if t.is_num(i) {
            // Thousands groups: "1,000 years".
            let mut end = i + 1;
            let mut value = u64::from(t.num(i)?);
            while t.is_punct(end, ',') && t.glued(end) && t.digits(end + 1) == 3 && t.glued(end + 1)
            {
                value = value
                    .checked_mul(1000)?
                    .checked_add(u64::from(t.num(end + 1)?))?;
                end += 2;
            }
            if end > i + 1 {
                if t.is_punct(end, '.') && t.is_num(end + 1) && t.glued(end + 1) {
                    return None;
                }
                return Some((end, u32::try_from(value).ok()));
            }
            // Reject decimals and other groupings we cannot read.
            if (t.is_punct(i + 1, '.') || t.is_punct(i + 1, ','))
                && t.is_num(i + 2)
                && t.glued(i + 2)
            {
                return None;
            }
            if i >= 2
                && (t.is_punct(i - 1, '.') || t.is_punct(i - 1, ','))
                && t.glued(i)
                && t.is_num(i - 2)
            {
                return None;
            }
            if i > 0 && t.is_punct(i - 1, '$') {
                return None;
            }
            return Some((i + 1, t.num(i)));
        }
        let w = self.low(i);
        if w == "a" || w == "an" {
            match self.low(i + 1) {
                "few" => return Some((i + 2, None)),
                "couple" if self.low(i + 2) == "of" => return Some((i + 3, Some(2))),
                "dozen" => return Some((i + 2, Some(12))),
                "hundred" => return Some((i + 2, Some(100))),
                "half" => return None,
                _ => return Some((i + 1, Some(1))),
            }
        }
        if lx::vague_quantity(w) {
            return Some((i + 1, None));
        }
        if w == "couple" {
            return (self.low(i + 1) == "of").then_some((i + 2, Some(2)));
        }
        let n = lx::cardinal(w)?;
        if w == "dozen" || w == "hundred" {
            return None;
        }
        let mut end = i + 1;
        let mut v = n;
        if (20..=90).contains(&n) {
            // "twenty-four", "twenty four"
            let j = self.hyphen(end).unwrap_or(end);
            if let Some(u) = lx::cardinal(self.low(j)).filter(|u| (1..=9).contains(u))
                && !matches!(self.low(j), "a" | "an")
            {
                v += u;
                end = j + 1;
            }
        }
        if self.low(end) == "hundred" {
            v *= 100;
            end += 1;
        } else if self.low(end) == "thousand" {
            v *= 1000;
            end += 1;
        }
        Some((end, Some(v)))
    }

    /// A month name at `i` (abbreviations need a capital and take an
    /// optional period). Returns the index after it.
    fn month_name(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t;
        if !t.is_word(i) {
            return None;
        }
        let (m, abbr) = lx::month(self.low(i))?;
        if !t.is_cap(i) {
            return None;
        }
        if abbr {
            // Without its period an abbreviation ("Feb 26", "Mar") must be
            // followed by a day or year to be a month.
            let end = self.skip_dot(i + 1);
            if end == i + 1 && !t.is_num(i + 1) {
                return None;
            }
            return Some((end, m));
        }
        Some((i + 1, m))
    }

    /// A day of month: "24", "24th", "1st".
    fn day_num(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t;
        if !t.is_num(i) || t.digits(i) > 2 {
            return None;
        }
        let d = t.num(i)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut end = i + 1;
        if t.glued(end) && matches!(self.low(end), "st" | "nd" | "rd" | "th") {
            end += 1;
        }
        // Not "24.5", "24,000", "24:00", "24%"
        if t.glued(end)
            && (t.is_punct(end, '%')
                || t.is_punct(end, ':') && t.is_num(end + 1) && t.glued(end + 1))
            || ((t.is_punct(end, '.') || t.is_punct(end, ','))
                && t.is_num(end + 1)
                && t.glued(end + 1))
        {
            return None;
        }
        Some((end, d))
    }

    /// A year in words: "nineteen ninety-six", "nineteen eighty", "two
    /// thousand", "two thousand and one".
    fn spelled_year(&self, i: usize) -> Option<(usize, i32)> {
        let hundreds = match self.low(i) {
            "nineteen" => 19,
            "eighteen" => 18,
            "seventeen" => 17,
            "two" if self.low(i + 1) == "thousand" => {
                let mut j = i + 2;
                if self.low(j) == "and" {
                    j += 1;
                }
                return match self.number(j) {
                    Some((e, Some(n)))
                        if (1..=99).contains(&n) && !matches!(self.low(j), "a" | "an") =>
                    {
                        Some((e, 2000 + n as i32))
                    }
                    _ => Some((i + 2, 2000)),
                };
            }
            _ => return None,
        };
        let j = i + 1;
        let (e, n) = match self.number(j) {
            Some((e, Some(n))) if (10..=99).contains(&n) && !matches!(self.low(j), "a" | "an") => {
                (e, n)
            }
            _ => return None,
        };
        Some((e, hundreds * 100 + n as i32))
    }

    /// A four-digit year in a plausible range, or "'98".
    fn year_num(&self, i: usize) -> Option<(usize, i32)> {
        let t = self.t;
        if t.is_word(i) {
            return self.spelled_year(i);
        }
        if t.is_num(i) && t.digits(i) == 4 {
            let y = t.num(i)? as i32;
            if !(1000..=2099).contains(&y) {
                return None;
            }
            // Not "1,990" or "1990.5" (but "in 2013, 40 died" is a year)
            if t.glued(i + 1)
                && (t.is_punct(i + 1, ',') || t.is_punct(i + 1, '.'))
                && t.is_num(i + 2)
                && t.glued(i + 2)
            {
                return None;
            }
            if i > 0
                && t.glued(i)
                && (t.is_punct(i - 1, ',') || t.is_punct(i - 1, '$') || t.is_punct(i - 1, '.'))
            {
                return None;
            }
            return Some((i + 1, y));
        }
        if (t.is_punct(i, '\'') || t.is_punct(i, '\u{2019}'))
            && t.is_num(i + 1)
            && t.digits(i + 1) == 2
            && t.glued(i + 1)
        {
            let yy = t.num(i + 1)? as i32;
            if t.glued(i + 2) && self.low(i + 2) == "s" {
                return None;
            }
            let y = if yy < 30 { 2000 + yy } else { 1900 + yy };
            return Some((i + 2, y));
        }
        None
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
            && (!lx::approximator(w)
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
            || lx::vague_quantity(self.low(i))
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

    // ---- explicit dates -------------------------------------------------

    /// 2014-11-24, 11/24/2014, 11/24/14, 2014/11/24.
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let sep = |k: usize, c: char| t.is_punct(k, c) && t.glued(k) && t.glued(k + 1);
        if t.digits(i) == 4 {
            for c in ['-', '/'] {
                if sep(i + 1, c) && sep(i + 3, c) && t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2 {
                    let (y, m, d) = (t.num(i)? as i32, t.num(i + 2)?, t.num(i + 4)?);
                    if t.glued(i + 5) && (t.is_num(i + 5) || t.is_word(i + 5)) {
                        return None;
                    }
                    super::calendar::ymd(y, m, d)?;
                    return self.hit(
                        i,
                        i + 5,
                        Sem::Date {
                            year: Some(y),
                            month: m,
                            day: Some(d),
                        },
                    );
                }
            }
            return None;
        }
        if t.digits(i) <= 2 && sep(i + 1, '/') && t.digits(i + 2) <= 2 && sep(i + 3, '/') {
            let yd = t.digits(i + 4);
            if yd != 2 && yd != 4 {
                return None;
            }
            let (m, d) = (t.num(i)?, t.num(i + 2)?);
            let mut y = t.num(i + 4)? as i32;
            if yd == 2 {
                y += if y < 30 { 2000 } else { 1900 };
            }
            super::calendar::ymd(y, m, d)?;
            return self.hit(
                i,
                i + 5,
                Sem::Date {
                    year: Some(y),
                    month: m,
                    day: Some(d),
                },
            );
        }
        None
    }

    /// "24 November 2014", "24th of November", "24 Nov."
    fn day_month(&self, i: usize) -> Option<Hit> {
        let (mut j, d) = self.day_num(i)?;
        if self.low(j) == "of" {
            j += 1;
        }
        let (mut end, m) = self.month_name(j)?;
        let mut year = None;
        let k = if self.t.is_punct(end, ',') {
            end + 1
        } else {
            end
        };
        if let Some((e, y)) = self.year_num(k) {
            year = Some(y);
            end = e;
        }
        self.hit(
            i,
            end,
            Sem::Date {
                year,
                month: m,
                day: Some(d),
            },
        )
    }

    /// "Nov. 24", "Sept. 30, 2014", "August 2014", "August of 2014",
    /// "August", "mid-November".
    fn month_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (mut end, m) = self.month_name(i)?;
        let abbr = lx::month(self.low(i)).is_some_and(|(_, a)| a);
        // Day
        if let Some((e, d)) = self.day_num(end) {
            // "May 5" yes; "Nov. 24"; guard "March 3 percent"? Fine.
            let mut year = None;
            let mut e2 = e;
            let k = if t.is_punct(e, ',') { e + 1 } else { e };
            if let Some((ye, y)) = self.year_num(k) {
                year = Some(y);
                e2 = ye;
            }
            // "Nov. 24-25": keep the first day only.
            return self.hit(
                i,
                e2,
                Sem::Date {
                    year,
                    month: m,
                    day: Some(d),
                },
            );
        }
        // Year
        let k = if self.low(end) == "of" || t.is_punct(end, ',') {
            end + 1
        } else {
            end
        };
        if let Some((e, y)) = self.year_num(k) {
            end = e;
            return self.hit(
                i,
                end,
                Sem::Date {
                    year: Some(y),
                    month: m,
                    day: None,
                },
            );
        }
        // "January this year", "June last year"
        if let ("this" | "last" | "next", "year") = (self.low(end), self.low(end + 1)) {
            let k = match self.low(end) {
                "this" => 0,
                "last" => -1,
                _ => 1,
            };
            return self.hit(
                i,
                end + 2,
                Sem::PartOfYear {
                    part: Part::Month(m),
                    year: YearSpec::Offset(k),
                },
            );
        }
        // Bare month name: guard the ambiguous ones.
        let w = self.low(i);
        let prev = if i > 0 { self.low(i - 1) } else { "" };
        let prev_ok = i > 0 && (temporal_prep(prev) || t.is_punct(i - 1, '-'));
        if abbr && !prev_ok {
            return None;
        }
        if matches!(w, "may" | "march") && (!prev_ok || t.sentence_initial(i)) {
            return None;
        }
        // "in March, ..." fine; "may" as modal after "it" is lower-case anyway.
        if t.sentence_initial(i) && !prev_ok {
            // Sentence-initial "August" is still a month in news: keep.
        }
        // Not a name part: "August Wilson", "June Carter"
        if t.is_word(end)
            && t.is_cap(end)
            && !t.sentence_initial(end)
            && lx::month(self.low(end)).is_none()
            && lx::weekday(self.low(end)).is_none()
            && !prev_ok
        {
            return None;
        }
        let rel = match prev {
            "last" => Rel::Last,
            "next" => Rel::Next,
            "this" => Rel::This,
            _ => Rel::Bare,
        };
        let start = if rel != Rel::Bare { i - 1 } else { i };
        if rel != Rel::Bare {
            return self.hit(
                start,
                end,
                Sem::PartOfYear {
                    part: Part::Month(m),
                    year: YearSpec::Implicit(rel),
                },
            );
        }
        self.hit(
            i,
            end,
            Sem::Date {
                year: None,
                month: m,
                day: None,
            },
        )
    }

    /// A standalone year, "fiscal 1990", "the 1990s", "1990s", "'90s".
    fn year_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.low(i);
        if w == "fiscal" {
            let mut j = i + 1;
            if self.low(j) == "year" {
                j += 1;
            }
            let (e, y) = self.year_num(j)?;
            return self.hit(i, e, Sem::Year(y));
        }
        if w == "year" {
            let (e, y) = self.year_num(i + 1)?;
            return self.hit(i, e, Sem::Year(y));
        }
        // Decades: "1990s", "'90s"
        if t.digits(i) == 4 && t.glued(i + 1) && self.low(i + 1) == "s" {
            let y = t.num(i)? as i32;
            if y % 10 == 0 && (1000..=2090).contains(&y) {
                return self.hit(i, i + 2, Sem::Decade(y / 10));
            }
            return None;
        }
        if (t.is_punct(i, '\'') || t.is_punct(i, '\u{2019}'))
            && t.digits(i + 1) == 2
            && t.glued(i + 1)
            && t.glued(i + 2)
            && self.low(i + 2) == "s"
        {
            let d = t.num(i + 1)?;
            if d % 10 == 0 {
                return self.hit(i, i + 3, Sem::ShortDecade(d / 10));
            }
            return None;
        }
        let (e, y) = self.year_num(i)?;
        if !t.is_num(i) {
            // "'98" and "two thousand" alone: only after a preposition;
            // "nineteen ninety-six" is a year unless it counts something.
            let weak = !t.is_word(i) || self.low(i) == "two";
            let prev_ok = i > 0
                && (temporal_prep(self.low(i - 1))
                    || matches!(self.low(i - 1), "year" | "a" | "the"));
            if weak && !prev_ok {
                return None;
            }
            if t.is_word(e)
                && !t.is_cap(e)
                && !prev_ok
                && !matches!(
                    self.low(e),
                    "and" | "or" | "when" | "to" | "the" | "a" | "in" | "at" | "on"
                )
            {
                return None;
            }
            return self.hit(i, e, Sem::Year(y));
        }
        // A bare number as a year: guard amounts and measurements.
        let next = self.low(e);
        if t.is_punct(e, '%')
            || matches!(
                next,
                "percent"
                    | "pct"
                    | "per"
                    | "people"
                    | "troops"
                    | "shares"
                    | "tons"
                    | "miles"
                    | "feet"
                    | "meters"
                    | "kilometers"
                    | "points"
                    | "barrels"
                    | "acres"
                    | "yards"
                    | "pounds"
                    | "hours"
                    | "days"
                    | "years"
                    | "cars"
                    | "jobs"
                    | "members"
                    | "workers"
                    | "soldiers"
                    | "students"
                    | "employees"
                    | "votes"
                    | "cases"
                    | "units"
                    | "delegates"
                    | "men"
                    | "women"
                    | "children"
                    | "residents"
                    | "million"
                    | "billion"
            )
        {
            return None;
        }
        if i > 0 {
            let p = self.low(i - 1);
            if matches!(
                p,
                "no" | "number" | "route" | "flight" | "highway" | "room" | "page" | "#"
            ) {
                return None;
            }
        }
        if !(1800..=2099).contains(&y) {
            // Old years only after a preposition ("in 1492").
            if i == 0 || !temporal_prep(self.low(i - 1)) {
                return None;
            }
        }
        // "1990 third quarter" is read by year_part_after_year.
        self.hit(i, e, Sem::Year(y))
    }

    /// "the nineties", "the eighties"
    fn decade_words(&self, i: usize) -> Option<Hit> {
        let d = match self.low(i) {
            "twenties" => 2,
            "thirties" => 3,
            "forties" => 4,
            "fifties" => 5,
            "sixties" => 6,
            "seventies" => 7,
            "eighties" => 8,
            "nineties" => 9,
            _ => return None,
        };
        if i == 0 || self.low(i - 1) != "the" {
            return None;
        }
        self.hit(i - 1, i + 1, Sem::ShortDecade(d))
    }

    // ---- weekdays, deictic days, clock times --------------------------------

    fn day_part_after(&self, i: usize) -> Option<(usize, DayPart)> {
        if let Some(p) = lx::day_part(self.low(i)) {
            return Some((i + 1, p));
        }
        None
    }

    fn weekday_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (wd, abbr) = lx::weekday(self.low(i))?;
        if !t.is_cap(i) {
            return None;
        }
        let mut end = i + 1;
        if abbr {
            end = self.skip_dot(end);
            if end == i + 1 && matches!(self.low(i), "sun" | "sat") {
                return None;
            }
            if !t.is_punct(i + 1, '.') && !t.is_punct(i + 1, ',') {
                return None;
            }
        }
        // "Friday, Nov. 24": the explicit date carries the value.
        let k = if t.is_punct(end, ',') { end + 1 } else { end };
        if let Some(h) = self
            .month_expr(k)
            .filter(|h| matches!(h.sem, Sem::Date { day: Some(_), .. }))
        {
            return self.hit(i, h.end, h.sem);
        }
        let mut part = None;
        if let Some((e, p)) = self.day_part_after(end) {
            part = Some(p);
            end = e;
        }
        let prev = if i > 0 { self.low(i - 1) } else { "" };
        let (start, rel) = match prev {
            "last" => (i - 1, Rel::Last),
            "next" => (i - 1, Rel::Next),
            "this" => (i - 1, Rel::This),
            "every" | "each" => {
                let v = format!(
                    "XXXX-WXX-{}{}",
                    wd.number_from_monday(),
                    part.map_or(String::new(), |p| format!("T{}", p.code()))
                );
                return self.hit(i - 1, end, Sem::Set(v));
            }
            _ => (i, Rel::Bare),
        };
        // "Mondays", "Tuesday nights" as sets
        if t.glued(i + 1) && self.low(i + 1) == "s" {
            return None;
        }
        self.hit(start, end, Sem::Weekday { day: wd, rel, part })
    }

    fn deictic(&self, i: usize) -> Option<Hit> {
        let w = self.low(i);
        let (offset, mut end, mut part) = match w {
            "today" => (0, i + 1, None),
            "yesterday" => (-1, i + 1, None),
            "tomorrow" => (1, i + 1, None),
            "tonight" => (0, i + 1, Some(DayPart::Night)),
            "this" => {
                let p = lx::day_part(self.low(i + 1))?;
                (0, i + 2, Some(p))
            }
            "last" if self.low(i + 1) == "night" => (-1, i + 2, Some(DayPart::Night)),
            _ => return None,
        };
        if part.is_none()
            && let Some((e, p)) = self.day_part_after(end)
        {
            part = Some(p);
            end = e;
        }
        // "the day before yesterday"
        self.hit(i, end, Sem::Day { offset, part })
    }

    /// "3 p.m.", "10:20 a.m.", "noon", "midnight", "3 p.m. Wednesday".
    fn clock(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.low(i);
        // "high noon": an idiom, not a clock time.
        if matches!(w, "noon" | "midnight")
            && ((t.is_cap(i) && !t.sentence_initial(i)) || (i > 0 && self.low(i - 1) == "high"))
        {
            return None;
        }
        let (mut end, hour, minute) = if w == "noon" || w == "midday" {
            (i + 1, 12, 0)
        } else if w == "midnight" {
            (i + 1, 0, 0)
        } else if t.is_num(i) && t.digits(i) <= 2 {
            let mut h = t.num(i)?;
            let mut j = i + 1;
            let mut mi = 0;
            if t.is_punct(j, ':') && t.glued(j) && t.digits(j + 1) == 2 && t.glued(j + 1) {
                mi = t.num(j + 1)?;
                j += 2;
            }
            // a.m. / p.m. / am / pm / o'clock
            let ampm = self.low(j);
            let (k, pm) =
                if (ampm == "a" || ampm == "p") && t.is_punct(j + 1, '.') && self.low(j + 2) == "m"
                {
                    (self.skip_dot(j + 3), ampm == "p")
                } else if ampm == "am" || ampm == "pm" {
                    (j + 1, ampm == "pm")
                } else if ampm == "o"
                    && (t.is_punct(j + 1, '\'') || t.is_punct(j + 1, '\u{2019}'))
                    && self.low(j + 2) == "clock"
                {
                    (j + 3, false)
                } else if j > i + 1 && i > 0 && self.low(i - 1) == "at" {
                    (j, false)
                } else {
                    return None;
                };
            if h > 12 && (ampm == "a" || ampm == "p" || ampm == "am" || ampm == "pm") {
                return None;
            }
            if pm && h < 12 {
                h += 12;
            } else if !pm && h == 12 && (ampm == "a" || ampm == "am") {
                h = 0;
            }
            if h > 23 || mi > 59 {
                return None;
            }
            (k, h, mi)
        } else {
            return None;
        };
        // Time zones
        if matches!(
            self.low(end),
            "est" | "edt" | "gmt" | "utc" | "pst" | "pdt" | "cst" | "cdt" | "mst" | "mdt" | "et"
        ) && t.is_cap(end)
        {
            end += 1;
        }
        let k = if t.is_punct(end, ',') { end + 1 } else { end };
        if let Some(h) = self.month_expr(k)
            && let Sem::Date {
                year,
                month,
                day: Some(d),
            } = h.sem
        {
            return self.hit(
                i,
                h.end,
                Sem::ClockOnDate {
                    hour,
                    minute,
                    year,
                    month,
                    day: d,
                },
            );
        }
        let mut day = None;
        if let Some((wd, false)) = lx::weekday(self.low(k))
            && t.is_cap(k)
        {
            day = Some(wd);
            end = k + 1;
        }
        self.hit(i, end, Sem::Clock { hour, minute, day })
    }

    // ---- relative expressions ---------------------------------------------

    /// "this week", "last month", "next year", "the past year", "the coming
    /// weeks", "earlier this year", "later this month".
    fn relative(&self, i: usize) -> Option<Hit> {
        let w = self.low(i);
        // "last year's quarter": the quarter in discussion, a year before.
        if w == "last"
            && self.low(i + 1) == "year"
            && (self.t.is_punct(i + 2, '\'') || self.t.is_punct(i + 2, '\u{2019}'))
            && self.low(i + 3) == "s"
            && matches!(self.low(i + 4), "quarter" | "period")
        {
            return self.hit(
                i,
                i + 5,
                Sem::Shift {
                    unit: Unit::Year,
                    n: -1,
                    base: Base::Anchor,
                    keep_anchor_precision: true,
                },
            );
        }
        match w {
            "this" | "last" | "next" | "past" | "coming" | "current" | "previous" | "following" => {
                let (unit, plural) = lx::unit(self.low(i + 1))?;
                if plural {
                    return None;
                }
                if matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day) {
                    return None;
                }
                let n = match w {
                    "this" | "current" => 0,
                    "last" | "past" | "previous" => -1,
                    _ => 1,
                };
                let base = if matches!(w, "previous" | "following") {
                    Base::Anchor
                } else {
                    Base::Dct
                };
                self.hit(
                    i,
                    i + 2,
                    Sem::Shift {
                        unit,
                        n,
                        base,
                        keep_anchor_precision: false,
                    },
                )
            }
            "earlier" | "later" => {
                let rel = self.low(i + 1);
                let n = match rel {
                    "this" | "that" => 0,
                    "last" => -1,
                    "next" => 1,
                    "today" | "yesterday" | "tomorrow" | "tonight" => {
                        let mut h = self.deictic(i + 1)?;
                        h.start = i;
                        return Some(h);
                    }
                    _ => return None,
                };
                let (unit, plural) = lx::unit(self.low(i + 2))?;
                if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                    return None;
                }
                if unit == Unit::Day {
                    if rel == "that" {
                        return self.hit(
                            i,
                            i + 3,
                            Sem::Shift {
                                unit,
                                n: 0,
                                base: Base::Anchor,
                                keep_anchor_precision: false,
                            },
                        );
                    }
                    return None;
                }
                let base = if rel == "that" {
                    Base::Anchor
                } else {
                    Base::Dct
                };
                self.hit(
                    i,
                    i + 3,
                    Sem::Shift {
                        unit,
                        n,
                        base,
                        keep_anchor_precision: false,
                    },
                )
            }
            "that" | "same" => {
                let (unit, plural) = lx::unit(self.low(i + 1))?;
                if plural || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    return None;
                }
                if w == "that" && self.low(i + 2) == "of" {
                    return None;
                }
                self.hit(
                    i,
                    i + 2,
                    Sem::Shift {
                        unit,
                        n: 0,
                        base: Base::Anchor,
                        keep_anchor_precision: false,
                    },
                )
            }
            "year"
                if self
                    .hyphen(i + 1)
                    .is_some_and(|j| matches!(self.low(j), "earlier" | "ago")) =>
            {
                self.hit(
                    i,
                    i + 3,
                    Sem::Shift {
                        unit: Unit::Year,
                        n: -1,
                        base: Base::Anchor,
                        keep_anchor_precision: true,
                    },
                )
            }
            "year" if self.low(i + 1) == "end" && !self.t.is_punct(i + 2, '-') => self.hit(
                i,
                i + 2,
                Sem::Shift {
                    unit: Unit::Year,
                    n: 0,
                    base: Base::Dct,
                    keep_anchor_precision: false,
                },
            ),
            "year"
                if (self.t.is_punct(i + 1, '\'') || self.t.is_punct(i + 1, '\u{2019}'))
                    && self.low(i + 2) == "s"
                    && self.low(i + 3) == "end" =>
            {
                self.hit(
                    i,
                    i + 4,
                    Sem::Shift {
                        unit: Unit::Year,
                        n: 0,
                        base: Base::Dct,
                        keep_anchor_precision: false,
                    },
                )
            }
            "year" if self.hyphen(i + 1).is_some_and(|j| self.low(j) == "end") => self.hit(
                i,
                i + 3,
                Sem::Shift {
                    unit: Unit::Year,
                    n: 0,
                    base: Base::Dct,
                    keep_anchor_precision: false,
                },
            ),
            _ => None,
        }
    }

    /// Everything that starts with "the".
    fn the_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let n = self.low(i + 1);
        let mut best: Option<Hit> = None;
        let mut consider = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.end > b.end)
            {
                best = Some(h);
            }
        };
        if matches!(n, "latest" | "current" | "same") {
            consider(self.the_unit(i));
        }
        match n {
            "past" | "last" | "next" | "coming" | "previous" | "following" | "preceding"
            | "latest" | "first" | "recent" => {
                let after = i + 2;
                // "the past two months", "the next few years": durations
                if let Some((e, num)) = self.number(after)
                    && let Some((unit, _)) = lx::unit(self.low(e))
                {
                    let mut end = e + 1;
                    if self.low(end) == "or" && self.low(end + 1) == "so" {
                        end += 2;
                    }
                    if matches!(
                        n,
                        "past"
                            | "last"
                            | "next"
                            | "coming"
                            | "first"
                            | "previous"
                            | "preceding"
                            | "following"
                            | "latest"
                            | "recent"
                    ) {
                        let (num, unit) = if unit == Unit::Quarter {
                            (num.map(|x| x * 3), Unit::Month)
                        } else {
                            (num, unit)
                        };
                        consider(self.hit(
                            i,
                            end,
                            Sem::Duration {
                                n: num,
                                unit,
                                half: false,
                            },
                        ));
                    }
                }
                if let Some((unit, plural)) = lx::unit(self.low(after)) {
                    if plural {
                        if matches!(n, "past" | "last" | "next" | "coming" | "recent") {
                            consider(self.hit(
                                i,
                                after + 1,
                                Sem::Duration {
                                    n: None,
                                    unit,
                                    half: false,
                                },
                            ));
                        }
                    } else if !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                        let sem = match n {
                            "past" | "last" => Sem::Shift {
                                unit,
                                n: -1,
                                base: Base::Dct,
                                keep_anchor_precision: false,
                            },
                            "next" | "following"
                                if unit == Unit::Day
                                    || matches!(
                                        self.low(after + 1),
                                        "morning" | "afternoon" | "evening" | "night"
                                    ) =>
                            {
                                Sem::Shift {
                                    unit,
                                    n: 1,
                                    base: Base::Anchor,
                                    keep_anchor_precision: false,
                                }
                            }
                            "following" => Sem::Shift {
                                unit,
                                n: 1,
                                base: Base::Anchor,
                                keep_anchor_precision: false,
                            },
                            "next" | "coming" => Sem::Shift {
                                unit,
                                n: 1,
                                base: Base::Dct,
                                keep_anchor_precision: false,
                            },
                            "previous" | "preceding" => Sem::Shift {
                                unit,
                                n: -1,
                                base: Base::Anchor,
                                keep_anchor_precision: false,
                            },
                            "latest" | "recent" if unit == Unit::Quarter => Sem::PartOfYear {
                                part: Part::Quarter(0),
                                year: YearSpec::Implicit(Rel::Last),
                            },
                            _ => Sem::Shift {
                                unit,
                                n: 0,
                                base: Base::Anchor,
                                keep_anchor_precision: false,
                            },
                        };
                        if n == "first" {
                            // "the first day" is not a date by itself.
                        } else {
                            let mut end = after + 1;
                            if unit == Unit::Day
                                && matches!(
                                    self.low(end),
                                    "morning" | "afternoon" | "evening" | "night"
                                )
                            {
                                end += 1;
                            }
                            consider(self.hit(i, end, sem));
                        }
                    }
                }
                if matches!(n, "past")
                    && lx::unit(self.low(after)).is_none()
                    && self.number(after).is_none()
                {
                    consider(self.hit(i, i + 2, Sem::Ref("PAST_REF")));
                }
            }
            "future" => consider(self.hit(i, i + 2, Sem::Ref("FUTURE_REF"))),
            "present" if !t.is_word(i + 2) || matches!(self.low(i + 2), "and" | "day") => {
                consider(self.hit(i, i + 2, Sem::Ref("PRESENT_REF")))
            }
            "quarter" | "period" | "year" | "month" | "week" | "day" | "full" | "fiscal"
            | "current" | "comparable" | "corresponding" => {
                consider(self.the_unit(i));
            }
            _ => {}
        }
        // "the 1988 quarter", "the 1989 period", "the 1990 third quarter"
        if let Some((e, y)) = self.year_num(i + 1).filter(|_| t.is_num(i + 1)) {
            if matches!(self.low(e), "quarter" | "period") {
                consider(self.hit(
                    i,
                    e + 1,
                    Sem::PartOfYear {
                        part: Part::Quarter(0),
                        year: YearSpec::Explicit(y),
                    },
                ));
            }
            consider(self.year_part_after_year(i + 1).map(|mut h| {
                h.start = i;
                h
            }));
        }
        // "the next morning", "the following night"
        if matches!(n, "next" | "following")
            && let Some(part) = lx::day_part(self.low(i + 2))
        {
            consider(self.hit(i, i + 3, Sem::NextDayPart { part }));
        }
        // "the year 2000", "the year two thousand"
        if n == "year"
            && let Some((e, y)) = self.year_num(i + 2)
        {
            consider(self.hit(i, e, Sem::Year(y)));
        }
        // "the day before", "the day after", "the weekend", "the same day"
        match n {
            "day"
                if matches!(self.low(i + 2), "before" | "after") && !t.is_word(i + 3)
                    || matches!(self.low(i + 2), "before" | "after")
                        && matches!(self.low(i + 3), "yesterday") =>
            {
                let k = if self.low(i + 2) == "before" { -1 } else { 1 };
                if self.low(i + 3) == "yesterday" {
                    consider(self.hit(
                        i,
                        i + 4,
                        Sem::Day {
                            offset: -2,
                            part: None,
                        },
                    ));
                } else {
                    consider(self.hit(
                        i,
                        i + 3,
                        Sem::Shift {
                            unit: Unit::Day,
                            n: k,
                            base: Base::Anchor,
                            keep_anchor_precision: false,
                        },
                    ));
                }
            }
            "weekend" => consider(self.hit(
                i,
                i + 2,
                Sem::Shift {
                    unit: Unit::Weekend,
                    n: 0,
                    base: Base::Dct,
                    keep_anchor_precision: false,
                },
            )),
            "same" => {
                if let Some((u, false)) = lx::unit(self.low(i + 2))
                    && matches!(
                        u,
                        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
                    )
                {
                    consider(self.hit(
                        i,
                        i + 3,
                        Sem::Shift {
                            unit: u,
                            n: 0,
                            base: Base::Anchor,
                            keep_anchor_precision: false,
                        },
                    ));
                }
            }
            "year"
                if self
                    .hyphen(i + 2)
                    .is_some_and(|j| matches!(self.low(j), "earlier" | "ago")) =>
            {
                // "the year-earlier quarter/period"; as a plain adjective
                // ("the year-ago results") the article stays out.
                let mut end = i + 4;
                let mut start = i + 1;
                if matches!(self.low(end), "quarter" | "period" | "month") {
                    end += 1;
                    start = i;
                }
                consider(self.hit(
                    start,
                    end,
                    Sem::Shift {
                        unit: Unit::Year,
                        n: -1,
                        base: Base::Anchor,
                        keep_anchor_precision: true,
                    },
                ));
            }
            _ => {}
        }
        // "the 1990s", "the '80s", "the mid-1990s", "the early 1980s"
        {
            let mut j = i + 1;
            if matches!(self.low(j), "early" | "late" | "mid") {
                j += 1;
                if let Some(k) = self.hyphen(j) {
                    j = k;
                }
            }
            if let Some(h) = self.year_expr(j)
                && matches!(h.sem, Sem::Decade(_) | Sem::ShortDecade(_))
            {
                consider(self.hit(i, h.end, h.sem));
            }
            if let Some(h) = self.century(j) {
                consider(self.hit(i, h.end, h.sem));
            }
        }
        // "the third quarter", "the first half", "the fiscal year"; the
        // adjective "the third-quarter loss" keeps the article out.
        consider(self.part_of_year(i + 1).map(|mut h| {
            let adjective = h.end == i + 4 && t.is_punct(i + 2, '-');
            if !adjective {
                h.start = i;
            }
            h
        }));
        // "the nine months", "the first nine months" (durations)
        {
            let mut j = i + 1;
            if matches!(self.low(j), "first" | "last" | "final") {
                j += 1;
            }
            if let Some((e, Some(num))) = self.number(j)
                && !matches!(self.low(j), "a" | "an")
                && let Some((unit, true)) = lx::unit(self.low(e))
            {
                consider(self.hit(
                    i,
                    e + 1,
                    Sem::Duration {
                        n: Some(num),
                        unit,
                        half: false,
                    },
                ));
            }
        }
        // "the spring", "the summer of 2014"
        consider(self.season_expr(i + 1).map(|mut h| {
            h.start = h.start.min(i);
            h
        }));
        // "the 20th century"
        best
    }

    /// "the quarter", "the year", "the latest period", "the full year":
    /// the period in discussion.
    fn the_unit(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let mut j = i + 1;
        while matches!(
            self.low(j),
            "full" | "fiscal" | "current" | "latest" | "comparable" | "corresponding" | "same"
        ) {
            j += 1;
        }
        let w = self.low(j);
        let next = self.low(j + 1);
        if t.is_punct(j + 1, '-')
            || matches!(next, "of" | "before" | "after" | "when" | "that" | "in")
        {
            return None;
        }
        let prev = if i > 0 { self.low(i - 1) } else { "" };
        let ending = matches!(next, "ended" | "ending" | "ends" | "end" | "through" | "to");
        let unit = match w {
            "quarter" => Unit::Quarter,
            "period" if j > i + 1 => Unit::Quarter,
            "year" => Unit::Year,
            "month" | "week" | "day"
                if matches!(
                    prev,
                    "for" | "during" | "in" | "on" | "of" | "throughout" | "over"
                ) =>
            {
                match w {
                    "month" => Unit::Month,
                    "week" => Unit::Week,
                    _ => Unit::Day,
                }
            }
            _ => return None,
        };
        if ending
            && matches!(unit, Unit::Year | Unit::Quarter)
            && !matches!(self.low(i + 1), "current" | "latest" | "same")
            && unit == Unit::Year
        {
            return self.hit(
                i,
                j + 1,
                Sem::Duration {
                    n: Some(1),
                    unit,
                    half: false,
                },
            );
        }
        if unit == Unit::Quarter {
            // "the same period last year", "the corresponding quarter a year ago"
            let k = j + 1;
            let back = match (self.low(k), self.low(k + 1), self.low(k + 2)) {
                ("last", "year", _) => Some(k + 2),
                ("a", "year", "ago" | "earlier") => Some(k + 3),
                ("of", "last", "year") => Some(k + 3),
                _ => None,
            };
            if let Some(e) = back {
                return self.hit(
                    i,
                    e,
                    Sem::Shift {
                        unit: Unit::Year,
                        n: -1,
                        base: Base::Anchor,
                        keep_anchor_precision: true,
                    },
                );
            }
            return self.hit(
                i,
                j + 1,
                Sem::PartOfYear {
                    part: Part::Quarter(0),
                    year: YearSpec::Implicit(Rel::Last),
                },
            );
        }
        self.hit(
            i,
            j + 1,
            Sem::Shift {
                unit,
                n: 0,
                base: Base::Anchor,
                keep_anchor_precision: false,
            },
        )
    }

    /// "the 20th century", "the nineteenth century"
    fn century(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (n, j) = if t.is_num(i)
            && matches!(self.low(i + 1), "th" | "st" | "nd" | "rd")
            && t.glued(i + 1)
        {
            (t.num(i)?, i + 2)
        } else {
            (lx::ordinal(self.low(i)).filter(|n| *n < 99)?, i + 1)
        };
        if self.low(j) != "century" || !(1..=30).contains(&n) {
            return None;
        }
        self.hit(i, j + 1, Sem::Century(n as i32 - 1))
    }

    /// Quarters and halves: "third quarter", "third-quarter", "the first
    /// half of 1990", "fiscal second-quarter", "the fourth quarter of last
    /// year", "the fiscal year", "the year".
    fn part_of_year(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let mut j = i;
        let mut fiscal = false;
        if self.low(j) == "fiscal" {
            fiscal = true;
            j += 1;
            if let Some(k) = self.hyphen(j) {
                j = k;
            }
        }
        if matches!(self.low(j), "current" | "latest" | "fiscal" | "same") {
            if self.low(j) == "fiscal" {
                fiscal = true;
            }
            j += 1;
        }
        let (mut end, part, mut year) = if let Some(n) = lx::ordinal(self.low(j)) {
            // "third quarter", "third-quarter", "fiscal-first quarter"
            let k = self.hyphen(j + 1).unwrap_or(j + 1);
            let part = match self.low(k) {
                "quarter" if (1..=4).contains(&n) || n == 99 => {
                    Part::Quarter(if n == 99 { 4 } else { n })
                }
                "half" if (1..=2).contains(&n) || n == 99 => {
                    Part::Half(if n == 99 { 2 } else { n })
                }
                _ => return None,
            };
            (k + 1, part, YearSpec::Implicit(Rel::Bare))
        } else if t.is_num(j)
            && t.glued(j + 1)
            && matches!(self.low(j + 1), "st" | "nd" | "rd" | "th")
        {
            let n = t.num(j)?;
            let k = self.hyphen(j + 2).unwrap_or(j + 2);
            let part = match self.low(k) {
                "quarter" if (1..=4).contains(&n) => Part::Quarter(n),
                "half" if (1..=2).contains(&n) => Part::Half(n),
                _ => return None,
            };
            (k + 1, part, YearSpec::Implicit(Rel::Bare))
        } else if matches!(self.low(j), "q1" | "q2" | "q3" | "q4") && t.is_cap(j) {
            let n = self.low(j).as_bytes()[1] - b'0';
            (
                j + 1,
                Part::Quarter(u32::from(n)),
                YearSpec::Implicit(Rel::Bare),
            )
        } else if self.low(j) == "quarter" && i > 0 && j > i {
            // "the latest quarter", "the current quarter"
            (j + 1, Part::Quarter(0), YearSpec::Implicit(Rel::Last))
        } else if self.low(j) == "year" && fiscal {
            // "the fiscal year", "fiscal year 1990" (the latter in year_expr)
            if self.year_num(j + 1).is_some() {
                return None;
            }
            return self.hit(
                i,
                j + 1,
                Sem::Shift {
                    unit: Unit::Year,
                    n: 0,
                    base: Base::Dct,
                    keep_anchor_precision: false,
                },
            );
        } else {
            return None;
        };
        // Plural quarters are sets or durations, not dates.
        if self.low(end) == "s" && t.glued(end) {
            return None;
        }
        // "of 1990", "of this year", "of last year", "of fiscal 1990"
        if self.low(end) == "of" {
            let k = end + 1;
            let k2 = if self.low(k) == "fiscal" { k + 1 } else { k };
            if let Some((e, y)) = self.year_num(k2) {
                year = YearSpec::Explicit(y);
                end = e;
            } else if self.low(k) == "the" && self.low(k + 1) == "year" {
                year = YearSpec::Offset(0);
                end = k + 2;
            } else if let ("this" | "last" | "next", "year") = (self.low(k), self.low(k + 1)) {
                year = YearSpec::Offset(match self.low(k) {
                    "this" => 0,
                    "last" => -1,
                    _ => 1,
                });
                end = k + 2;
            }
        } else if let Some((e, y)) = self.year_num(end).filter(|_| t.is_num(end)) {
            // "the third quarter 1990"
            year = YearSpec::Explicit(y);
            end = e;
        }
        self.hit(i, end, Sem::PartOfYear { part, year })
    }

    /// "1990 third quarter", "1989's fourth quarter".
    fn year_part_after_year(&self, i: usize) -> Option<Hit> {
        let (mut j, y) = self.year_num(i)?;
        if (self.t.is_punct(j, '\'') || self.t.is_punct(j, '\u{2019}')) && self.low(j + 1) == "s" {
            j += 2;
        }
        let h = self.part_of_year(j)?;
        match h.sem {
            Sem::PartOfYear {
                part,
                year: YearSpec::Implicit(_),
            } if !matches!(part, Part::Quarter(0)) => self.hit(
                i,
                h.end,
                Sem::PartOfYear {
                    part,
                    year: YearSpec::Explicit(y),
                },
            ),
            _ => None,
        }
    }

    /// Seasons: "this summer", "last fall", "the spring of 2014", "summer
    /// 2014", "in the spring". Bare "fall"/"spring" need a determiner.
    fn season_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.low(i);
        let (rel, j) = match w {
            "this" if self.low(i + 1) == "past" => (Rel::Last, i + 2),
            "this" => (Rel::This, i + 1),
            "last" => (Rel::Last, i + 1),
            "next" => (Rel::Next, i + 1),
            "early" | "late" => (Rel::Bare, i + 1),
            _ => (Rel::Bare, i),
        };
        let s = lx::season(self.low(j))?;
        let mut end = j + 1;
        // Year: "summer 2014", "the spring of 2014"
        let k = if self.low(end) == "of" { end + 1 } else { end };
        let year = if let Some((e, y)) = self.year_num(k) {
            end = e;
            YearSpec::Explicit(y)
        } else {
            YearSpec::Implicit(rel)
        };
        if j == i && matches!(year, YearSpec::Implicit(_)) {
            // Bare season word: needs a temporal context before it.
            let prev = if i > 0 { self.low(i - 1) } else { "" };
            let ok = matches!(
                prev,
                "the"
                    | "this"
                    | "last"
                    | "next"
                    | "in"
                    | "during"
                    | "since"
                    | "until"
                    | "by"
                    | "early"
                    | "late"
                    | "that"
            ) && !(prev == "the" && self.low(end) == "of");
            if !ok {
                return None;
            }
            if matches!(self.low(j), "fall" | "spring")
                && prev == "the"
                && t.is_word(end)
                && !matches!(
                    self.low(end),
                    "and" | "or" | "when" | "as" | "but" | "before" | "after" | "to"
                )
            {
                return None;
            }
            // Adjective use: "summer camp", "winter storm" after a determiner
            // are not dates; a following noun is a strong hint.
            if t.is_word(end)
                && !t.is_cap(end)
                && matches!(
                    self.low(end),
                    "session"
                        | "storm"
                        | "storms"
                        | "olympics"
                        | "games"
                        | "wheat"
                        | "camp"
                        | "clothes"
                        | "months"
                        | "break"
                        | "holiday"
                        | "holidays"
                        | "vacation"
                        | "weather"
                        | "season"
                        | "offensive"
                        | "meeting"
                        | "meetings"
                        | "sale"
                        | "sales"
                        | "collection"
                        | "house"
                        | "job"
                        | "jobs"
                        | "school"
                        | "term"
                        | "semester"
                        | "training"
                )
            {
                return None;
            }
        }
        self.hit(
            i,
            end,
            Sem::PartOfYear {
                part: Part::Season(s),
                year,
            },
        )
    }

    /// PRESENT_REF / PAST_REF / FUTURE_REF words.
    fn reference(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.low(i);
        let r = match w {
            "now" => {
                // "now" as discourse marker at sentence start is still tagged
                // by TimeML; "right now", "until now" include only "now".
                "PRESENT_REF"
            }
            "right" if self.low(i + 1) == "now" => {
                return self.hit(i, i + 2, Sem::Ref("PRESENT_REF"));
            }
            "currently" | "nowadays" | "presently" => "PRESENT_REF",
            "current" => {
                // The adjective: "current market conditions", "his current
                // position". Not the noun ("electric current").
                if !t.is_word(i + 1)
                    || matches!(
                        self.low(i + 1),
                        "account" | "accounts" | "affairs" | "events" | "and" | "or"
                    )
                {
                    return None;
                }
                if lx::unit(self.low(i + 1)).is_some() {
                    return None;
                }
                "PRESENT_REF"
            }
            "recently" | "lately" => "PAST_REF",
            "recent" | "past" | "coming" | "future"
                if matches!(
                    self.low(i + 1),
                    "years" | "months" | "weeks" | "days" | "decades" | "quarters"
                ) =>
            {
                if w == "past" && i > 0 && self.low(i - 1) == "the" {
                    return None;
                }
                let r = if matches!(w, "recent" | "past") {
                    "PAST_REF"
                } else {
                    "FUTURE_REF"
                };
                return self.hit(i, i + 2, Sem::Ref(r));
            }
            "recent" => {
                if !t.is_word(i + 1) || matches!(self.low(i + 1), "and" | "or" | "past") {
                    return None;
                }
                "PAST_REF"
            }
            "near" | "short" | "long" | "medium"
                if matches!(self.low(i + 1), "future" | "term")
                    && i > 0
                    && self.low(i - 1) == "the" =>
            {
                if w == "long" && self.low(i + 1) == "term" {
                    return None;
                }
                return self.hit(i - 1, i + 2, Sem::Ref("FUTURE_REF"));
            }
            "soon" => {
                if self.low(i + 1) == "after"
                    || self.low(i + 1) == "as"
                    || (i > 0 && matches!(self.low(i - 1), "as" | "too" | "so"))
                {
                    return None;
                }
                "FUTURE_REF"
            }
            "later" if self.low(i + 1) == "date" && i > 0 && self.low(i - 1) == "a" => {
                return self.hit(i - 1, i + 2, Sem::Ref("FUTURE_REF"));
            }
            "these" if self.low(i + 1) == "days" => {
                return self.hit(i, i + 2, Sem::Ref("PRESENT_REF"));
            }
            "at" if self.low(i + 1) == "present" && !t.is_word(i + 2) => {
                return self.hit(i, i + 2, Sem::Ref("PRESENT_REF"));
            }
            "once" => return None,
            _ => return None,
        };
        if w == "now" && t.is_punct(i + 1, '-') {
            return None; // "now-defunct"
        }
        self.hit(i, i + 1, Sem::Ref(r))
    }

    /// Durations ("three years", "six-month", "two and a half years") and
    /// shifts counted from a number ("three years ago", "two days later").
    fn duration_or_shift(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        // A bare plural after "for"/"within": "for years", "within weeks".
        if let Some((unit, true)) = lx::unit(self.low(i)) {
            let prev = if i > 0 { self.low(i - 1) } else { "" };
            let in_ok = prev == "in" && !t.is_word(i + 1) && !t.is_num(i + 1);
            if (matches!(prev, "for" | "within") || in_ok)
                && !t.is_punct(i + 1, '-')
                && unit != Unit::Weekend
            {
                if self.low(i + 1) == "ago" {
                    return self.hit(i, i + 2, Sem::VagueShift { unit, past: true });
                }
                return self.hit(
                    i,
                    i + 1,
                    Sem::Duration {
                        n: None,
                        unit,
                        half: false,
                    },
                );
            }
            if matches!(self.low(i + 1), "ago") {
                return self.hit(i, i + 2, Sem::VagueShift { unit, past: true });
            }
            return None;
        }
        let (j, n) = self.number(i)?;
        if i > 0 && (t.is_punct(i - 1, '$') || self.low(i - 1) == "no") && t.is_num(i) {
            return None;
        }
        // hyphenated adjective: "six-month", "10-year", "two-week"
        let (uj, hyph) = match self.hyphen(j) {
            Some(k) => (k, true),
            None => (j, false),
        };
        let mut half = false;
        let mut uj = uj;
        if !hyph
            && matches!(
                self.low(uj),
                "more" | "additional" | "extra" | "full" | "straight" | "consecutive"
            )
            && lx::unit(self.low(uj + 1)).is_some()
        {
            uj += 1;
        }
        if !hyph && self.low(uj) == "and" && self.low(uj + 1) == "a" && self.low(uj + 2) == "half" {
            half = true;
            uj += 3;
        }
        let (unit, plural) = lx::unit(self.low(uj))?;
        if t.is_cap(uj) && !t.sentence_initial(uj) && !t.is_cap(i) {
            return None; // a title: "48 Hours"
        }
        // "a quarter of the vote", "three quarters of them": fractions.
        if unit == Unit::Quarter && !hyph && self.low(uj + 1) == "of" {
            return None;
        }
        if hyph && plural {
            return None;
        }
        if !hyph && !plural && n.is_some_and(|n| n > 1) && !half {
            // "three year" only in hyphenless adjective use: allow
        }
        if n.is_none() && !plural {
            return None;
        }
        // "a" + unit is a duration only in some contexts: "a year ago",
        // "a week", but not "a day care", "once a year" (set).
        let w = self.low(i);
        let mut end = uj + 1;
        // "-old" ages are not durations: "a 10-year-old boy"
        if hyph && self.hyphen(end).is_some_and(|k| self.low(k) == "old") {
            return None;
        }
        if !hyph && self.low(end) == "old" {
            return None;
        }
        // Sets: "twice a year" handled elsewhere; "$5 a year", "once a week".
        if matches!(w, "a" | "an") && !half {
            let prev = if i > 0 { self.low(i - 1) } else { "" };
            let shifted = matches!(
                self.low(end),
                "ago" | "earlier" | "later" | "before" | "after"
            );
            if !shifted && matches!(prev, "once" | "twice" | "times") {
                let (code, tm) = unit.duration_code();
                return self.hit(
                    i,
                    end,
                    Sem::Set(format!("P{}1{}", if tm { "T" } else { "" }, code)),
                );
            }
            // A rate ("$500 million a year", "15 million instructions a
            // second") is not a temporal expression of its own.
            if !shifted
                && (matches!(
                    prev,
                    "percent"
                        | "cents"
                        | "dollars"
                        | "hour"
                        | "hours"
                        | "day"
                        | "days"
                        | "times"
                        | "shares"
                        | "barrels"
                        | "tons"
                        | "miles"
                ) || (i > 0 && t.is_num(i - 1))
                    || prev.ends_with("illion")
                    || prev.ends_with('s') && unit == Unit::Week)
            {
                return None;
            }
            if unit == Unit::Second && !matches!(prev, "for" | "within" | "than" | "about" | "in") {
                return None;
            }
        }
        // "a year-earlier loss", "the year-ago quarter"
        if !hyph
            && unit == Unit::Year
            && n == Some(1)
            && let Some(k) = self
                .hyphen(end)
                .filter(|k| matches!(self.low(*k), "earlier" | "ago"))
        {
            return self.hit(
                i,
                k + 1,
                Sem::Shift {
                    unit,
                    n: -1,
                    base: Base::Anchor,
                    keep_anchor_precision: true,
                },
            );
        }
        // "a week or so ago"
        if self.low(end) == "or"
            && self.low(end + 1) == "so"
            && matches!(self.low(end + 2), "ago" | "earlier" | "later")
        {
            end += 2;
        }
        // Shifts
        let next = self.low(end);
        match next {
            "ago" => {
                let sem = match n {
                    Some(n) => Sem::Shift {
                        unit,
                        n: -(n as i32),
                        base: Base::Dct,
                        keep_anchor_precision: n == 1 && unit == Unit::Year,
                    },
                    None => Sem::VagueShift { unit, past: true },
                };
                return self.hit(i, end + 1, sem);
            }
            "earlier" | "later" | "before" | "after" if !hyph => {
                if matches!(self.low(end + 1), "than") {
                    return self.hit(i, end, Sem::Duration { n, unit, half });
                }
                // "two days after the vote" is relative to an event we do not
                // know: keep it a duration.
                if matches!(next, "before" | "after") && t.is_word(end + 1) {
                    return self.hit(i, end, Sem::Duration { n, unit, half });
                }
                let sign = if matches!(next, "earlier" | "before") {
                    -1
                } else {
                    1
                };
                let sem = match n {
                    Some(n) => Sem::Shift {
                        unit,
                        n: sign * n as i32,
                        base: Base::Anchor,
                        keep_anchor_precision: unit == Unit::Year,
                    },
                    None => Sem::VagueShift {
                        unit,
                        past: sign < 0,
                    },
                };
                return self.hit(i, end + 1, sem);
            }
            "from" if self.low(end + 1) == "now" => {
                let sem = match n {
                    Some(n) => Sem::Shift {
                        unit,
                        n: n as i32,
                        base: Base::Dct,
                        keep_anchor_precision: false,
                    },
                    None => Sem::VagueShift { unit, past: false },
                };
                return self.hit(i, end + 2, sem);
            }
            _ => {}
        }
        if w == "a" && !plural && self.low(end) == "or" && self.low(end + 1) == "so" {
            end += 2;
        }
        if !hyph
            && !half
            && self.low(end) == "and"
            && self.low(end + 1) == "a"
            && self.low(end + 2) == "half"
        {
            half = true;
            end += 3;
        }
        // "one day" at the start of a clause is vague; keep as duration.
        self.hit(i, end, Sem::Duration { n, unit, half })
    }

    /// Sets: "daily", "every day", "each year", "every Monday" (weekday
    /// handled there), "per year", "each July".
    fn set_expr(&self, i: usize) -> Option<Hit> {
        let w = self.low(i);
        if let Some(u) = lx::frequency(w) {
            if w == "annual" {
                return None;
            }
            // "quarterly dividend": an adjective on a noun is not a set.
            // "the party daily Pravda": a newspaper, not a set.
            if self.t.is_word(i + 1) && self.t.is_cap(i + 1) && !self.t.sentence_initial(i + 1) {
                return None;
            }
            if matches!(w, "quarterly" | "monthly" | "weekly" | "yearly")
                && self.t.is_word(i + 1)
                && !matches!(
                    self.low(i + 1),
                    "and" | "or" | "to" | "in" | "by" | "since" | "until" | "for" | "at"
                )
            {
                return None;
            }
            let (code, tm) = u.duration_code();
            return self.hit(
                i,
                i + 1,
                Sem::Set(format!("P{}1{}", if tm { "T" } else { "" }, code)),
            );
        }
        if matches!(w, "every" | "each") {
            let n = self.low(i + 1);
            if let Some((u, false)) = lx::unit(n) {
                let (code, tm) = u.duration_code();
                return self.hit(
                    i,
                    i + 2,
                    Sem::Set(format!("P{}1{}", if tm { "T" } else { "" }, code)),
                );
            }
            if w != "per" {
                if let Some((e, m)) = self.month_name(i + 1) {
                    return self.hit(i, e, Sem::Set(format!("XXXX-{m:02}")));
                }
                if let Some((e, Some(k))) = self.number(i + 1)
                    && let Some((u, true)) = lx::unit(self.low(e))
                {
                    let (code, tm) = u.duration_code();
                    return self.hit(
                        i,
                        e + 1,
                        Sem::Set(format!("P{}{k}{}", if tm { "T" } else { "" }, code)),
                    );
                }
            }
        }
        None
    }

    /// Holidays with a fixed or rule-based date.
    fn holiday(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if !t.is_cap(i) {
            return None;
        }
        let w = self.low(i);
        let n = self.low(i + 1);
        let poss =
            |k: usize| (t.is_punct(k, '\'') || t.is_punct(k, '\u{2019}')) && self.low(k + 1) == "s";
        let (name, month, day, mut end) = match w {
            "christmas" if n == "eve" => ("Christmas Eve", 12, HolidayDay::Fixed(24), i + 2),
            "christmas" => (
                "Christmas",
                12,
                HolidayDay::Fixed(25),
                if n == "day" { i + 2 } else { i + 1 },
            ),
            "new" if n == "year" && poss(i + 2) && self.low(i + 4) == "eve" => {
                ("New Year's Eve", 12, HolidayDay::Fixed(31), i + 5)
            }
            "new" if n == "year" && poss(i + 2) && self.low(i + 4) == "day" => {
                ("New Year's Day", 1, HolidayDay::Fixed(1), i + 5)
            }
            "thanksgiving" => (
                "Thanksgiving",
                11,
                HolidayDay::Nth(4, Weekday::Thu),
                if n == "day" { i + 2 } else { i + 1 },
            ),
            "halloween" => ("Halloween", 10, HolidayDay::Fixed(31), i + 1),
            "independence" if n == "day" => ("Independence Day", 7, HolidayDay::Fixed(4), i + 2),
            "labor" | "labour" if n == "day" => {
                ("Labor Day", 9, HolidayDay::Nth(1, Weekday::Mon), i + 2)
            }
            "memorial" if n == "day" => {
                ("Memorial Day", 5, HolidayDay::Nth(-1, Weekday::Mon), i + 2)
            }
            "valentine" if poss(i + 1) && self.low(i + 3) == "day" => {
                ("Valentine's Day", 2, HolidayDay::Fixed(14), i + 4)
            }
            "veterans" if n == "day" => ("Veterans Day", 11, HolidayDay::Fixed(11), i + 2),
            _ => return None,
        };
        if self.low(end) == "day" && t.is_cap(end) {
            end += 1;
        }
        self.hit(i, end, Sem::Holiday { name, month, day })
    }
}
