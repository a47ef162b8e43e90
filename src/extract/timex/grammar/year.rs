//! Years, decades and centuries: "1990", "fiscal 1990", "nineteen
//! ninety-six", "'98", "the 1990s", "the nineties", "the 20th century".

use crate::extract::timex::lexicon as lx;

use super::{Hit, Matcher, Sem};

impl Matcher<'_, '_> {
    /// A year in words: "nineteen ninety-six", "nineteen eighty", "two
    /// thousand", "two thousand and one".
    pub(super) fn spelled_year(&self, i: usize) -> Option<(usize, i32)> {
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
                        if (1..=99).contains(&n) && !lx::is_indefinite_article(self.low(j)) =>
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
            Some((e, Some(n)))
                if (10..=99).contains(&n) && !lx::is_indefinite_article(self.low(j)) =>
            {
                (e, n)
            }
            _ => return None,
        };
        Some((e, hundreds * 100 + n as i32))
    }

    /// A four-digit year in a plausible range, or "'98".
    pub(super) fn year_num(&self, i: usize) -> Option<(usize, i32)> {
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

    /// A standalone year, "fiscal 1990", "the 1990s", "1990s", "'90s".
    pub(super) fn year_expr(&self, i: usize) -> Option<Hit> {
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
                && (lx::is_temporal_prep(self.low(i - 1))
                    || matches!(self.low(i - 1), "year" | "a" | "the"));
            if weak && !prev_ok {
                return None;
            }
            if t.is_word(e) && !t.is_cap(e) && !prev_ok && !lx::is_year_follower(self.low(e)) {
                return None;
            }
            return self.hit(i, e, Sem::Year(y));
        }
        // A bare number as a year: guard amounts and measurements.
        let next = self.low(e);
        if t.is_punct(e, '%') || lx::is_counted_noun(next) || lx::is_time_zone(next) {
            return None;
        }
        if i > 0 {
            let p = self.low(i - 1);
            if lx::is_number_label(p) {
                return None;
            }
        }
        if self.names_a_number(i) || self.street_address(e) {
            return None;
        }
        if !(1800..=2099).contains(&y) {
            // Old years only after a preposition ("in 1492").
            if i == 0 || !lx::is_temporal_prep(self.low(i - 1)) {
                return None;
            }
        }
        // "1990 third quarter" is read by year_part_after_year.
        self.hit(i, e, Sem::Year(y))
    }

    /// Whether the number at `i` is part of a name: a capitalised word
    /// that is neither a calendar word nor a preposition right before it
    /// ("Flight 2014", "Apollo 1968", "Euro 2016"), mid-sentence.
    fn names_a_number(&self, i: usize) -> bool {
        let t = self.t;
        if i == 0 || !t.is_word(i - 1) || !t.is_cap(i - 1) || t.sentence_initial(i - 1) {
            return false;
        }
        let p = self.low(i - 1);
        !(super::trigger(p) || lx::is_temporal_prep(p) || lx::is_year_title(p))
    }

    /// Whether the words from `e` finish a street address after a house
    /// number: capitalised names ending in a street type, "2015 Harbour
    /// Avenue", "1999 N. Elm St.".
    fn street_address(&self, e: usize) -> bool {
        let t = self.t;
        let mut j = e;
        for _ in 0..4 {
            if !t.is_word(j) || !t.is_cap(j) {
                return false;
            }
            if j > e && lx::is_street_type(self.low(j)) {
                return true;
            }
            j = self.skip_dot(j + 1);
        }
        false
    }

    /// "the nineties", "the eighties"
    pub(super) fn decade_words(&self, i: usize) -> Option<Hit> {
        let d = lx::decade(self.low(i))?;
        if i == 0 || self.low(i - 1) != "the" {
            return None;
        }
        self.hit(i - 1, i + 1, Sem::ShortDecade(d))
    }

    /// "the 20th century", "the nineteenth century"
    pub(super) fn century(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let (n, j) = if t.is_num(i) && lx::is_ordinal_suffix(self.low(i + 1)) && t.glued(i + 1) {
            (t.num(i)?, i + 2)
        } else {
            (lx::ordinal(self.low(i)).filter(|n| *n < 99)?, i + 1)
        };
        if self.low(j) != "century" || !(1..=30).contains(&n) {
            return None;
        }
        self.hit(i, j + 1, Sem::Century(n as i32 - 1))
    }
}
