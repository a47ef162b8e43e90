//! Durations ("three years", "six-month", "two and a half years") and shifts
//! counted from a number ("three years ago", "two days later").

use crate::extract::timex::calendar::Unit;
use crate::extract::timex::lexicon as lx;

use super::{Base, Hit, Matcher, Sem};

impl Matcher<'_, '_> {
    /// Durations ("three years", "six-month", "two and a half years") and
    /// shifts counted from a number ("three years ago", "two days later").
    pub(super) fn duration_or_shift(&self, i: usize) -> Option<Hit> {
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
        if !hyph && lx::is_count_modifier(self.low(uj)) && lx::unit(self.low(uj + 1)).is_some() {
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
        // A singular unit after a count above one ("three year") is kept:
        // the adjective use without a hyphen.
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
        if lx::is_indefinite_article(w) && !half {
            let prev = if i > 0 { self.low(i - 1) } else { "" };
            let shifted = lx::is_shift_word(self.low(end));
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
                && (lx::is_rate_word(prev)
                    || (i > 0 && t.is_num(i - 1))
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
                    Some(n) => Sem::shift(unit, n as i32, Base::Dct),
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
}
