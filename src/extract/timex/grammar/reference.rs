//! Vague references to the present, past and future (PRESENT_REF,
//! PAST_REF, FUTURE_REF): "now", "recently", "in the near future".

use crate::extract::timex::lexicon as lx;

use super::{Hit, Matcher, Sem};

impl Matcher<'_, '_> {
    /// PRESENT_REF / PAST_REF / FUTURE_REF words.
    pub(super) fn reference(&self, i: usize) -> Option<Hit> {
        let t = self.t;
        let w = self.low(i);
        let r = match w {
            "now" => {
                // "now" as discourse marker at sentence start is still tagged
                // by TimeML; "right now", "until now" include only "now".
                "PRESENT_REF"
            }
            "right" if self.low(i + 1) == "now" => {
                return self.hit(i, i + 2, Sem::Ref("PRESENT_REF"));
            }
            "currently" | "nowadays" | "presently" => "PRESENT_REF",
            "current" => {
                // The adjective: "current market conditions", "his current
                // position". Not the noun ("electric current").
                if !t.is_word(i + 1) || lx::is_current_noun(self.low(i + 1)) {
                    return None;
                }
                if lx::unit(self.low(i + 1)).is_some() {
                    return None;
                }
                "PRESENT_REF"
            }
            "recently" | "lately" => "PAST_REF",
            "recent" | "past" | "coming" | "future" if lx::is_vague_period(self.low(i + 1)) => {
                if w == "past" && i > 0 && self.low(i - 1) == "the" {
                    return None;
                }
                let r = if matches!(w, "recent" | "past") {
                    "PAST_REF"
                } else {
                    "FUTURE_REF"
                };
                return self.hit(i, i + 2, Sem::Ref(r));
            }
            "recent" => {
                if !t.is_word(i + 1) || matches!(self.low(i + 1), "and" | "or" | "past") {
                    return None;
                }
                "PAST_REF"
            }
            "near" | "short" | "long" | "medium"
                if matches!(self.low(i + 1), "future" | "term")
                    && i > 0
                    && self.low(i - 1) == "the" =>
            {
                if w == "long" && self.low(i + 1) == "term" {
                    return None;
                }
                return self.hit(i - 1, i + 2, Sem::Ref("FUTURE_REF"));
            }
            "soon" => {
                if self.low(i + 1) == "after"
                    || self.low(i + 1) == "as"
                    || (i > 0 && matches!(self.low(i - 1), "as" | "too" | "so"))
                {
                    return None;
                }
                "FUTURE_REF"
            }
            "later" if self.low(i + 1) == "date" && i > 0 && self.low(i - 1) == "a" => {
                return self.hit(i - 1, i + 2, Sem::Ref("FUTURE_REF"));
            }
            "these" if self.low(i + 1) == "days" => {
                return self.hit(i, i + 2, Sem::Ref("PRESENT_REF"));
            }
            "at" if self.low(i + 1) == "present" && !t.is_word(i + 2) => {
                return self.hit(i, i + 2, Sem::Ref("PRESENT_REF"));
            }
            _ => return None,
        };
        if w == "now" && t.is_punct(i + 1, '-') {
            return None; // "now-defunct"
        }
        self.hit(i, i + 1, Sem::Ref(r))
    }
}
