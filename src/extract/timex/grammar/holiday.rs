//! Holidays with a fixed or rule-based date: "Christmas Eve", "Labor Day".

use chrono::Weekday;

use super::{Hit, HolidayDay, Matcher, Sem};
use crate::extract::timex::lexicon as lx;

impl Matcher<'_, '_> {
    /// Holidays with a fixed or rule-based date.
    pub(super) fn holiday(&self, i: usize) -> Option<Hit> {
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
        // After a determiner, a holiday name before a common noun modifies
        // it: "the Christmas tree", "its Halloween parade".
        if i > 0
            && lx::is_determiner(self.low(i - 1))
            && t.is_word(end)
            && !t.is_cap(end)
            && !lx::is_holiday_period(self.low(end))
        {
            return None;
        }
        self.hit(i, end, Sem::Holiday { name, month, day })
    }
}
