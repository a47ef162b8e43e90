//! Clock times: "3 p.m.", "10:20 a.m. EST", "noon", "4 p.m. Dec. 3".

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
        if lx::is_time_zone(self.low(end)) && t.is_cap(end) {
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
        if let Some((wd, false)) = cal::weekday(self.low(k))
            && t.is_cap(k)
        {
            day = Some(wd);
            end = k + 1;
        }
        self.hit(i, end, Sem::Clock { hour, minute, day })
    }
}
