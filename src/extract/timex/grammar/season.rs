//! Seasons: "this summer", "last fall", "the spring of 2014", "summer 2014".

use crate::extract::timex::lexicon as lx;
use crate::vocab::calendar as cal;

use super::{Hit, Matcher, Part, Rel, Sem, YearSpec};

impl Matcher<'_, '_> {
    /// Seasons: "this summer", "last fall", "the spring of 2014", "summer
    /// 2014", "in the spring". Bare "fall"/"spring" need a determiner.
    pub(super) fn season_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.low(i);
        let (rel, j) = match w {
            "this" if self.low(i + 1) == "past" => (Rel::Last, i + 2),
            "this" => (Rel::This, i + 1),
            "last" => (Rel::Last, i + 1),
            "next" => (Rel::Next, i + 1),
            "early" | "late" => (Rel::Bare, i + 1),
            _ => (Rel::Bare, i),
        };
        let s = cal::season(self.low(j))?;
        let mut end = j + 1;
        // Year: "summer 2014", "the spring of 2014"
        let k = if self.low(end) == "of" { end + 1 } else { end };
        let year = if let Some((e, y)) = self.year_num(k) {
            end = e;
            YearSpec::Explicit(y)
        } else {
            YearSpec::Implicit(rel)
        };
        if j == i && matches!(year, YearSpec::Implicit(_)) {
            // Bare season word: needs a temporal context before it.
            let prev = if i > 0 { self.low(i - 1) } else { "" };
            let ok = lx::is_season_context(prev) && !(prev == "the" && self.low(end) == "of");
            if !ok {
                return None;
            }
            if matches!(self.low(j), "fall" | "spring")
                && prev == "the"
                && t.is_word(end)
                && !lx::is_clause_link(self.low(end))
            {
                return None;
            }
            // Adjective use: "summer camp", "winter storm" after a determiner
            // are not dates; a following noun is a strong hint.
            if t.is_word(end) && !t.is_cap(end) && lx::is_season_modified_noun(self.low(end)) {
                return None;
            }
        }
        self.hit(
            i,
            end,
            Sem::PartOfYear {
                part: Part::Season(s),
                year,
            },
        )
    }
}
