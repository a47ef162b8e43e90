//! Property tests: the tagger never panics, and its spans are always valid,
//! ordered, disjoint and consistent with the text.

use chrono::NaiveDate;
use dateline::extract::timex::tag;
use proptest::prelude::*;

fn check(text: &str, dct: Option<NaiveDate>) -> Result<(), TestCaseError> {
    let found = tag(text, dct);
    let mut last_end = 0;
    for t in &found {
        prop_assert!(t.start < t.end, "empty span {t:?}");
        prop_assert!(t.start >= last_end, "overlap or disorder at {t:?}");
        prop_assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
        prop_assert!(!t.value.is_empty());
        if let Some(r) = t.range {
            prop_assert!(r.start <= r.end, "inverted range {t:?}");
        }
        last_end = t.end;
    }
    Ok(())
}

/// Fragments that look like dates, to drive the matchers into their
/// corners (with out-of-range numbers, odd punctuation and unicode).
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Nov.".to_string()),
        Just("May".to_string()),
        Just("March".to_string()),
        Just("Feb".to_string()),
        Just("Sept.".to_string()),
        Just("Wednesday".to_string()),
        Just("the".to_string()),
        Just("following".to_string()),
        Just("last".to_string()),
        Just("next".to_string()),
        Just("year".to_string()),
        Just("quarter".to_string()),
        Just("third-quarter".to_string()),
        Just("ago".to_string()),
        Just("earlier".to_string()),
        Just("a".to_string()),
        Just("'".to_string()),
        Just("s".to_string()),
        Just("-".to_string()),
        Just("/".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just(":".to_string()),
        Just("p.m.".to_string()),
        Just("nineteen".to_string()),
        Just("two thousand".to_string()),
        Just("é".to_string()),
        Just("—".to_string()),
        Just("日本".to_string()),
        Just("\n".to_string()),
        (0u32..100_000).prop_map(|n| n.to_string()),
        (0u32..40).prop_map(|n| format!("{n}th")),
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment(), prop::bool::ANY), 0..24).prop_map(|parts| {
        let mut s = String::new();
        for (p, space) in parts {
            if space {
                s.push(' ');
            }
            s.push_str(&p);
        }
        s
    })
}

fn dct() -> impl Strategy<Value = Option<NaiveDate>> {
    prop_oneof![
        Just(None),
        (-400_000i32..400_000).prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d.max(1) * 9)),
        Just(NaiveDate::from_ymd_opt(9999, 12, 31)),
        Just(NaiveDate::from_ymd_opt(1, 1, 1)),
        Just(NaiveDate::from_ymd_opt(2014, 11, 6)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>(), dct in dct()) {
        check(&text, dct)?;
    }

    #[test]
    fn date_like_text_never_panics(text in sentence(), dct in dct()) {
        check(&text, dct)?;
    }
}

#[test]
fn calendar_edges_do_not_panic() {
    let edge_dcts = [
        NaiveDate::from_ymd_opt(1, 1, 1),
        NaiveDate::from_ymd_opt(9999, 12, 31),
        NaiveDate::MIN.into(),
        NaiveDate::MAX.into(),
    ];
    let text = "Nov. 24 last year, three years ago, next year, the following month, \
                Wednesday, the '80s, this winter, two days later, the year-ago quarter, \
                Feb. 29, Feb. 30, 2014, in 0000, in 9999 and 10000, 99/99/9999, \
                a 100000000000-year lease, the 99th century, \
                1,000,000,000,000,000,000,000,000 years, 4,294,967,296 days, \
                the latest quarter of this year, the current quarter of 1990, \
                the fifth quarter, the 0th quarter, Q9, the third half.";
    for dct in edge_dcts {
        let found = tag(text, dct);
        for t in &found {
            assert_eq!(&text[t.start..t.end], t.text);
        }
    }
}
