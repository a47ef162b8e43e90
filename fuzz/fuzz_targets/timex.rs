//! The date tagger: arbitrary text with an arbitrary document date (or none),
//! from ordinary years to the ends of the calendar.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (Option<i32>, &str)| {
    let (days, text) = input;
    let dct = days.map(|d| {
        NaiveDate::from_num_days_from_ce_opt(d)
            // Out of chrono's range: fold into a few thousand years either side.
            .or_else(|| NaiveDate::from_num_days_from_ce_opt(d % 1_500_000))
            .unwrap_or(NaiveDate::MIN)
    });
    let timexes = dateline::extract::timex::tag(text, dct);
    for t in &timexes {
        // Every span must lie on character boundaries of the text.
        assert!(text.get(t.start..t.end).is_some(), "bad span {t:?}");
    }
});
