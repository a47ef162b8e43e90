//! Days: weekday names ("last Wednesday", "Friday night") and the deictic
//! days ("today", "yesterday", "tonight", "this morning").

use crate::extract::timex::calendar::DayPart;
use crate::extract::timex::lexicon as lx;
use crate::vocab::calendar as cal;

use super::{Hit, Matcher, Rel, Sem};

impl Matcher<'_, '_> {
    pub(super) fn day_part_after(&self, i: usize) -> Option<(usize, DayPart)> {
        if let Some(p) = lx::day_part(self.low(i)) {
            return Some((i + 1, p));
        }
        None
    }

    pub(super) fn weekday_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        if let Some(wd) = cal::weekday_plural(self.low(i)) {
            // "on Mondays": every Monday.
            return (t.is_cap(i) && i > 0 && matches!(self.low(i - 1), "on" | "most" | "some"))
                .then(|| Hit {
                    start: i,
                    end: i + 1,
                    sem: Sem::Set(format!("XXXX-WXX-{}", wd.number_from_monday())),
                });
        }
        let (wd, abbr) = cal::weekday(self.low(i))?;
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
        // "Tuesday nights": every Tuesday night.
        if let Some(p) = self
            .low(end)
            .strip_suffix('s')
            .and_then(lx::day_part)
            .filter(|_| !matches!(self.low(i.wrapping_sub(1)), "last" | "next" | "this"))
        {
            let v = format!("XXXX-WXX-{}T{}", wd.number_from_monday(), p.code());
            return self.hit(i, end + 1, Sem::Set(v));
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

    pub(super) fn deictic(&self, i: usize) -> Option<Hit> {
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
        if w == "today" && part.is_none() && self.generic_today(i) {
            return self.hit(i, end, Sem::Ref("PRESENT_REF"));
        }
        // "the day before yesterday"
        self.hit(i, end, Sem::Day { offset, part })
    }

    /// Whether "today" at `i` means nowadays rather than the story's day:
    /// "the Europe of today", "by today's standards", "today's teenagers".
    fn generic_today(&self, i: usize) -> bool {
        let t = self.t;
        // "as of today" is the story's day.
        if i > 0
            && self.low(i - 1) == "of"
            && (i < 2 || self.low(i - 2) != "as")
            && !t.is_num(i + 1)
        {
            return !(t.is_punct(i + 1, '\'') || t.is_punct(i + 1, '\u{2019}'));
        }
        (t.is_punct(i + 1, '\'') || t.is_punct(i + 1, '\u{2019}'))
            && self.low(i + 2) == "s"
            && lx::is_generic_present_noun(self.low(i + 3))
    }
}
