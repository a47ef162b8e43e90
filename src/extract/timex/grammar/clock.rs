//! Clock times: "3 p.m.", "10:20 a.m. EST", "noon", "4 p.m. Dec. 3", and
//! the wire style "1800 GMT", "(0800 utc)".

use crate::extract::timex::lexicon as lx;
use crate::vocab::calendar as cal;

use super::{Hit, Matcher, Sem};

impl Matcher<'_, '_> {
    /// "3 p.m.", "10:20 a.m.", "noon", "midnight", "3 p.m. Wednesday".
    pub(super) fn clock(&self, i: usize) -> Option<Hit> {
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
        } else if let Some((h, mi)) = self.zoned_hhmm(i) {
            (i + 1, h, mi)
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
        // Time zones: a universal one stays in the value ("T18:00Z").
        let mut utc = false;
        if lx::is_time_zone(self.low(end))
            && (t.is_cap(end) || lx::is_universal_zone(self.low(end)))
        {
            utc = lx::is_universal_zone(self.low(end));
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
                    utc,
                },
            );
        }
        let mut day = None;
        if let Some((wd, false)) = cal::weekday(self.low(k))
            && t.is_cap(k)
        {
            day = Some(wd);
            end = k + 1;
        }
        self.hit(
            i,
            end,
            Sem::Clock {
                hour,
                minute,
                day,
                utc,
            },
        )
    }

    /// A four-digit clock reading followed by a time zone, as wire copy
    /// writes it: "1800 GMT", "(0830 utc)". Without the zone such a number
    /// is a year or an amount.
    fn zoned_hhmm(&self, i: usize) -> Option<(u32, u32)> {
        let t = self.t;
        if t.digits(i) != 4 || !lx::is_time_zone(self.low(i + 1)) || t.glued(i + 1) {
            return None;
        }
        if !(t.is_cap(i + 1) || lx::is_universal_zone(self.low(i + 1))) {
            return None;
        }
        // "10:35 a.m. (0735 GMT)": the same instant restated in another
        // zone, which TimeML leaves out.
        if i >= 2 && t.is_punct(i - 1, '(') && self.ends_clock(i - 2) {
            return None;
        }
        let n = t.num(i)?;
        let (h, mi) = (n / 100, n % 100);
        (h <= 23 && mi <= 59).then_some((h, mi))
    }

    /// Whether token `j` ends a clock reading: "a.m.", "pm", "10:35".
    fn ends_clock(&self, j: usize) -> bool {
        let t = self.t;
        let w = self.low(j);
        if matches!(w, "am" | "pm" | "noon" | "midnight") || lx::is_time_zone(w) {
            return true;
        }
        if t.is_punct(j, '.') && j >= 1 && self.low(j - 1) == "m" {
            return true;
        }
        w == "m" || (t.digits(j) == 2 && j >= 1 && t.is_punct(j - 1, ':'))
    }
}
