//! Month names and the dates written with them: "Nov. 24", "24 November
//! 2014", "August of 2014", "June last year".

use crate::extract::timex::lexicon as lx;
use crate::vocab::calendar as cal;

use super::{Hit, Matcher, Part, Rel, Sem, YearSpec};

impl Matcher<'_, '_> {
    /// A month name at `i` (abbreviations need a capital and take an
    /// optional period). Returns the index after it.
    pub(super) fn month_name(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t;
        if !t.is_word(i) {
            return None;
        }
        let (m, abbr) = cal::month(self.low(i))?;
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

    /// "24 November 2014", "24th of November", "24 Nov."
    pub(super) fn day_month(&self, i: usize) -> Option<Hit> {
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
    pub(super) fn month_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (mut end, m) = self.month_name(i)?;
        let abbr = cal::month(self.low(i)).is_some_and(|(_, a)| a);
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
        let prev_ok = i > 0 && (lx::is_temporal_prep(prev) || t.is_punct(i - 1, '-'));
        if abbr && !prev_ok {
            return None;
        }
        if lx::is_ambiguous_month(w) && (!prev_ok || t.sentence_initial(i)) {
            return None;
        }
        // "in March, ..." fine; "may" as modal after "it" is lower-case anyway.
        // A sentence-initial "August" is still a month in news: kept.
        // Not a name part: "August Wilson", "June Carter"
        if t.is_word(end)
            && t.is_cap(end)
            && !t.sentence_initial(end)
            && cal::month(self.low(end)).is_none()
            && cal::weekday(self.low(end)).is_none()
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
}
