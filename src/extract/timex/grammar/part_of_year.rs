//! Quarters and halves of a year: "third quarter", "the first half of 1990",
//! "fiscal second-quarter", "1989's fourth quarter", "the fiscal year".

use crate::extract::timex::calendar::Unit;
use crate::extract::timex::lexicon as lx;

use super::{Base, Hit, Matcher, Part, Rel, Sem, YearSpec};

impl Matcher<'_, '_> {
    /// Quarters and halves: "third quarter", "third-quarter", "the first
    /// half of 1990", "fiscal second-quarter", "the fourth quarter of last
    /// year", "the fiscal year", "the year".
    pub(super) fn part_of_year(&self, i: usize) -> Option<Hit> {
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
        } else if t.is_num(j) && t.glued(j + 1) && lx::is_ordinal_suffix(self.low(j + 1)) {
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
            return self.hit(i, j + 1, Sem::shift(Unit::Year, 0, Base::Dct));
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
    pub(super) fn year_part_after_year(&self, i: usize) -> Option<Hit> {
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
}
