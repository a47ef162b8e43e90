//! Periods counted from the story date or the last date mentioned: "this
//! week", "last month", "earlier this year", "that day", "year-end".

use crate::extract::timex::calendar::Unit;
use crate::extract::timex::lexicon as lx;

use super::{Base, Hit, Matcher, Sem};

impl Matcher<'_, '_> {
    /// "this week", "last month", "next year", "the past year", "the coming
    /// weeks", "earlier this year", "later this month".
    pub(super) fn relative(&self, i: usize) -> Option<Hit> {
        let w = self.low(i);
        // "last year's quarter": the quarter in discussion, a year before.
        if w == "last"
            && self.low(i + 1) == "year"
            && (self.t.is_punct(i + 2, '\'') || self.t.is_punct(i + 2, '\u{2019}'))
            && self.low(i + 3) == "s"
            && matches!(self.low(i + 4), "quarter" | "period")
        {
            return self.hit(i, i + 5, Sem::year_before());
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
                self.hit(i, i + 2, Sem::named(unit, n, base))
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
                        return self.hit(i, i + 3, Sem::shift(unit, 0, Base::Anchor));
                    }
                    return None;
                }
                let base = if rel == "that" {
                    Base::Anchor
                } else {
                    Base::Dct
                };
                self.hit(i, i + 3, Sem::shift(unit, n, base))
            }
            "that" if lx::is_part_of_day(self.low(i + 1)) => {
                // "that night", "that morning": on the day last mentioned.
                let part = lx::day_part(self.low(i + 1))?;
                self.hit(i, i + 2, Sem::AnchoredDayPart { part, days: 0 })
            }
            "that" | "same" => {
                let (unit, plural) = lx::unit(self.low(i + 1))?;
                if plural || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    return None;
                }
                if w == "that" && self.low(i + 2) == "of" {
                    return None;
                }
                self.hit(i, i + 2, Sem::shift(unit, 0, Base::Anchor))
            }
            "year"
                if self
                    .hyphen(i + 1)
                    .is_some_and(|j| matches!(self.low(j), "earlier" | "ago")) =>
            {
                self.hit(i, i + 3, Sem::year_before())
            }
            "year" if self.low(i + 1) == "end" && !self.t.is_punct(i + 2, '-') => {
                self.hit(i, i + 2, Sem::shift(Unit::Year, 0, Base::Dct))
            }
            "year"
                if (self.t.is_punct(i + 1, '\'') || self.t.is_punct(i + 1, '\u{2019}'))
                    && self.low(i + 2) == "s"
                    && self.low(i + 3) == "end" =>
            {
                self.hit(i, i + 4, Sem::shift(Unit::Year, 0, Base::Dct))
            }
            "year" if self.hyphen(i + 1).is_some_and(|j| self.low(j) == "end") => {
                self.hit(i, i + 3, Sem::shift(Unit::Year, 0, Base::Dct))
            }
            _ => None,
        }
    }
}
