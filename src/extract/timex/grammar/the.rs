//! Everything that starts with "the": "the past two months", "the following
//! day", "the quarter", "the same period last year", "the 1990s".

use crate::extract::timex::calendar::Unit;
use crate::extract::timex::lexicon as lx;

use super::{Base, Hit, Matcher, Part, Rel, Sem, YearSpec};

impl Matcher<'_, '_> {
    /// Everything that starts with "the".
    pub(super) fn the_expr(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let n = self.low(i + 1);
        // A capitalised unit mid-sentence is a title: "Person of the Year",
        // "the Trial of the Century".
        if lx::unit(n).is_some() && t.is_cap(i + 1) && !t.sentence_initial(i) {
            return None;
        }
        let mut best: Option<Hit> = None;
        let mut consider = |h: Option<Hit>| {
            if let Some(h) = h
                && best.as_ref().is_none_or(|b| h.end > b.end)
            {
                best = Some(h);
            }
        };
        if matches!(n, "latest" | "current" | "same") {
            consider(self.the_unit(i));
        }
        match n {
            "past" | "last" | "next" | "coming" | "previous" | "following" | "preceding"
            | "latest" | "first" | "recent" => {
                let after = i + 2;
                // "the past two months", "the next few years": durations
                if let Some((e, num)) = self.number(after)
                    && let Some((unit, _)) = lx::unit(self.low(e))
                {
                    let mut end = e + 1;
                    if self.low(end) == "or" && self.low(end + 1) == "so" {
                        end += 2;
                    }
                    let (num, unit) = if unit == Unit::Quarter {
                        (num.map(|x| x * 3), Unit::Month)
                    } else {
                        (num, unit)
                    };
                    consider(self.hit(
                        i,
                        end,
                        Sem::Duration {
                            n: num,
                            unit,
                            half: false,
                        },
                    ));
                }
                if let Some((unit, plural)) = lx::unit(self.low(after)) {
                    if plural {
                        if matches!(n, "past" | "last" | "next" | "coming" | "recent") {
                            consider(self.hit(
                                i,
                                after + 1,
                                Sem::Duration {
                                    n: None,
                                    unit,
                                    half: false,
                                },
                            ));
                        }
                    } else if !matches!(unit, Unit::Second | Unit::Minute | Unit::Hour) {
                        let sem = match n {
                            "past" | "last" => Sem::named(unit, -1, Base::Dct),
                            "next" | "following"
                                if unit == Unit::Day || lx::is_part_of_day(self.low(after + 1)) =>
                            {
                                Sem::shift(unit, 1, Base::Anchor)
                            }
                            "following" => Sem::shift(unit, 1, Base::Anchor),
                            "next" | "coming" => Sem::named(unit, 1, Base::Dct),
                            "previous" | "preceding" => Sem::shift(unit, -1, Base::Anchor),
                            "latest" | "recent" if unit == Unit::Quarter => Sem::PartOfYear {
                                part: Part::Quarter(0),
                                year: YearSpec::Implicit(Rel::Last),
                            },
                            _ => Sem::shift(unit, 0, Base::Anchor),
                        };
                        // "the first day" is not a date by itself.
                        if n != "first" {
                            let mut end = after + 1;
                            if unit == Unit::Day && lx::is_part_of_day(self.low(end)) {
                                end += 1;
                            }
                            consider(self.hit(i, end, sem));
                        }
                    }
                }
                if n == "past"
                    && lx::unit(self.low(after)).is_none()
                    && self.number(after).is_none()
                {
                    consider(self.hit(i, i + 2, Sem::Ref("PAST_REF")));
                }
            }
            "future" => consider(self.hit(i, i + 2, Sem::Ref("FUTURE_REF"))),
            "present" if !t.is_word(i + 2) || matches!(self.low(i + 2), "and" | "day") => {
                consider(self.hit(i, i + 2, Sem::Ref("PRESENT_REF")))
            }
            "quarter" | "period" | "year" | "month" | "week" | "day" | "full" | "fiscal"
            | "current" | "comparable" | "corresponding" => {
                consider(self.the_unit(i));
            }
            _ => {}
        }
        // "the 1988 quarter", "the 1989 period", "the 1990 third quarter"
        if let Some((e, y)) = self.year_num(i + 1).filter(|_| t.is_num(i + 1)) {
            if matches!(self.low(e), "quarter" | "period") {
                consider(self.hit(
                    i,
                    e + 1,
                    Sem::PartOfYear {
                        part: Part::Quarter(0),
                        year: YearSpec::Explicit(y),
                    },
                ));
            }
            consider(self.year_part_after_year(i + 1).map(|mut h| {
                h.start = i;
                h
            }));
        }
        // "the next morning", "the following night"
        if matches!(n, "next" | "following")
            && let Some(part) = lx::day_part(self.low(i + 2))
        {
            consider(self.hit(i, i + 3, Sem::AnchoredDayPart { part, days: 1 }));
        }
        // "the year 2000", "the year two thousand"
        if n == "year"
            && let Some((e, y)) = self.year_num(i + 2)
        {
            consider(self.hit(i, e, Sem::Year(y)));
        }
        // "the day before", "the day after", "the weekend", "the same day"
        match n {
            "day"
                if matches!(self.low(i + 2), "before" | "after") && !t.is_word(i + 3)
                    || matches!(self.low(i + 2), "before" | "after")
                        && matches!(self.low(i + 3), "yesterday") =>
            {
                let k = if self.low(i + 2) == "before" { -1 } else { 1 };
                if self.low(i + 3) == "yesterday" {
                    consider(self.hit(
                        i,
                        i + 4,
                        Sem::Day {
                            offset: -2,
                            part: None,
                        },
                    ));
                } else {
                    consider(self.hit(i, i + 3, Sem::shift(Unit::Day, k, Base::Anchor)));
                }
            }
            "weekend" => consider(self.hit(i, i + 2, Sem::shift(Unit::Weekend, 0, Base::Dct))),
            "same" => {
                if let Some((u, false)) = lx::unit(self.low(i + 2))
                    && matches!(
                        u,
                        Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
                    )
                {
                    consider(self.hit(i, i + 3, Sem::shift(u, 0, Base::Anchor)));
                }
            }
            "year"
                if self
                    .hyphen(i + 2)
                    .is_some_and(|j| matches!(self.low(j), "earlier" | "ago")) =>
            {
                // "the year-earlier quarter/period"; as a plain adjective
                // ("the year-ago results") the article stays out.
                let mut end = i + 4;
                let mut start = i + 1;
                if matches!(self.low(end), "quarter" | "period" | "month") {
                    end += 1;
                    start = i;
                }
                consider(self.hit(start, end, Sem::year_before()));
            }
            _ => {}
        }
        // "the 1990s", "the '80s", "the mid-1990s", "the early 1980s"
        {
            let mut j = i + 1;
            if matches!(self.low(j), "early" | "late" | "mid") {
                j += 1;
                if let Some(k) = self.hyphen(j) {
                    j = k;
                }
            }
            if let Some(h) = self.year_expr(j)
                && matches!(h.sem, Sem::Decade(_) | Sem::ShortDecade(_))
            {
                consider(self.hit(i, h.end, h.sem));
            }
            if let Some(h) = self.century(j) {
                consider(self.hit(i, h.end, h.sem));
            }
        }
        // "the third quarter", "the first half", "the fiscal year"; the
        // adjective "the third-quarter loss" keeps the article out.
        consider(self.part_of_year(i + 1).map(|mut h| {
            let adjective = h.end == i + 4 && t.is_punct(i + 2, '-');
            if !adjective {
                h.start = i;
            }
            h
        }));
        // "the nine months", "the first nine months" (durations)
        {
            let mut j = i + 1;
            if matches!(self.low(j), "first" | "last" | "final") {
                j += 1;
            }
            if let Some((e, Some(num))) = self.number(j)
                && !lx::is_indefinite_article(self.low(j))
                && let Some((unit, true)) = lx::unit(self.low(e))
            {
                consider(self.hit(
                    i,
                    e + 1,
                    Sem::Duration {
                        n: Some(num),
                        unit,
                        half: false,
                    },
                ));
            }
        }
        // "the spring", "the summer of 2014"
        consider(self.season_expr(i + 1).map(|mut h| {
            h.start = h.start.min(i);
            h
        }));
        // "the 20th century"
        best
    }

    /// "the quarter", "the year", "the latest period", "the full year":
    /// the period in discussion.
    pub(super) fn the_unit(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let mut j = i + 1;
        while lx::is_period_modifier(self.low(j)) {
            j += 1;
        }
        let w = self.low(j);
        let next = self.low(j + 1);
        if t.is_punct(j + 1, '-')
            || matches!(next, "of" | "before" | "after" | "when" | "that" | "in")
        {
            return None;
        }
        let prev = if i > 0 { self.low(i - 1) } else { "" };
        let ending = lx::is_period_ending(next);
        let unit = match w {
            "quarter" => Unit::Quarter,
            "period" if j > i + 1 => Unit::Quarter,
            "year" => Unit::Year,
            "month" | "week" | "day" if lx::is_period_prep(prev) => match w {
                "month" => Unit::Month,
                "week" => Unit::Week,
                _ => Unit::Day,
            },
            _ => return None,
        };
        if ending
            && matches!(unit, Unit::Year | Unit::Quarter)
            && !matches!(self.low(i + 1), "current" | "latest" | "same")
            && unit == Unit::Year
        {
            return self.hit(
                i,
                j + 1,
                Sem::Duration {
                    n: Some(1),
                    unit,
                    half: false,
                },
            );
        }
        if unit == Unit::Quarter {
            // "the same period last year", "the corresponding quarter a year ago"
            let k = j + 1;
            let back = match (self.low(k), self.low(k + 1), self.low(k + 2)) {
                ("last", "year", _) => Some(k + 2),
                ("a", "year", "ago" | "earlier") => Some(k + 3),
                ("of", "last", "year") => Some(k + 3),
                _ => None,
            };
            if let Some(e) = back {
                return self.hit(i, e, Sem::year_before());
            }
            return self.hit(
                i,
                j + 1,
                Sem::PartOfYear {
                    part: Part::Quarter(0),
                    year: YearSpec::Implicit(Rel::Last),
                },
            );
        }
        self.hit(i, j + 1, Sem::shift(unit, 0, Base::Anchor))
    }
}
