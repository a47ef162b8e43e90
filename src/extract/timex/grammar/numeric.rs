//! Numbers and all-numeric dates: "three", "twenty-four", "1,000", "24th",
//! "2014-11-24", "11/24/14".

use crate::extract::timex::lexicon as lx;

use super::{Hit, Matcher, Sem};

impl Matcher<'_, '_> {
    /// Read a number: digits ("3", "1,000"), words ("three", "twenty-four",
    /// "a", "a couple of"), or a vague quantity ("several", "a few") as
    /// `None`.
    pub(super) fn number(&self, i: usize) -> Option<(usize, Option<u32>)> {
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
        if lx::is_vague_quantity(w) {
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
                && !lx::is_indefinite_article(self.low(j))
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

    /// A day of month: "24", "24th", "1st".
    pub(super) fn day_num(&self, i: usize) -> Option<(usize, u32)> {
        let t = self.t;
        if !t.is_num(i) || t.digits(i) > 2 {
            return None;
        }
        let d = t.num(i)?;
        if !(1..=31).contains(&d) {
            return None;
        }
        let mut end = i + 1;
        if t.glued(end) && lx::is_ordinal_suffix(self.low(end)) {
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

    /// 2014-11-24, 11/24/2014, 11/24/14, 2014/11/24.
    pub(super) fn numeric_date(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let sep = |k: usize, c: char| t.is_punct(k, c) && t.glued(k) && t.glued(k + 1);
        if t.digits(i) == 4 {
            for c in ['-', '/'] {
                if sep(i + 1, c) && sep(i + 3, c) && t.digits(i + 2) <= 2 && t.digits(i + 4) <= 2 {
                    let (y, m, d) = (t.num(i)? as i32, t.num(i + 2)?, t.num(i + 4)?);
                    if t.glued(i + 5) && (t.is_num(i + 5) || t.is_word(i + 5)) {
                        return None;
                    }
                    return self.numeric_ymd(i, y, m, d);
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
            return self.numeric_ymd(i, y, m, d);
        }
        None
    }

    /// The five tokens from `i` as a date, if the calendar has that day.
    fn numeric_ymd(&self, i: usize, y: i32, m: u32, d: u32) -> Option<Hit> {
        crate::extract::timex::calendar::ymd(y, m, d)?;
        self.hit(
            i,
            i + 5,
            Sem::Date {
                year: Some(y),
                month: m,
                day: Some(d),
            },
        )
    }
}
