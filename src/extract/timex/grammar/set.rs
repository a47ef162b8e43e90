//! Sets: "daily", "every day", "each July", "every three years".

use crate::extract::timex::lexicon as lx;

use super::{Hit, Matcher, Sem};

impl Matcher<'_, '_> {
    /// Sets: "daily", "every day", "each year", "every Monday" (weekday
    /// handled there), "per year", "each July".
    pub(super) fn set_expr(&self, i: usize) -> Option<Hit> {
        let w = self.low(i);
        if let Some(u) = lx::frequency(w) {
            if w == "annual" {
                return None;
            }
            // "quarterly dividend": an adjective on a noun is not a set.
            // "the party daily Pravda": a newspaper, not a set.
            if self.t.is_word(i + 1) && self.t.is_cap(i + 1) && !self.t.sentence_initial(i + 1) {
                return None;
            }
            if matches!(w, "quarterly" | "monthly" | "weekly" | "yearly")
                && self.t.is_word(i + 1)
                && !lx::is_frequency_follower(self.low(i + 1))
            {
                return None;
            }
            let (code, tm) = u.duration_code();
            return self.hit(
                i,
                i + 1,
                Sem::Set(format!("P{}1{}", if tm { "T" } else { "" }, code)),
            );
        }
        if matches!(w, "every" | "each") {
            let n = self.low(i + 1);
            if let Some((u, false)) = lx::unit(n) {
                let (code, tm) = u.duration_code();
                return self.hit(
                    i,
                    i + 2,
                    Sem::Set(format!("P{}1{}", if tm { "T" } else { "" }, code)),
                );
            }
            if w != "per" {
                if let Some((e, m)) = self.month_name(i + 1) {
                    return self.hit(i, e, Sem::Set(format!("XXXX-{m:02}")));
                }
                if let Some((e, Some(k))) = self.number(i + 1)
                    && let Some((u, true)) = lx::unit(self.low(e))
                {
                    let (code, tm) = u.duration_code();
                    return self.hit(
                        i,
                        e + 1,
                        Sem::Set(format!("P{}{k}{}", if tm { "T" } else { "" }, code)),
                    );
                }
            }
        }
        None
    }
}
