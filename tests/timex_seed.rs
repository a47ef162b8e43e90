//! The seed story's dates, read from the sample file itself.

use chrono::NaiveDate;
use dateline::extract::timex::tag;
use dateline::model::{Anchor, Precision, Timex, TimexType};

const SEED: &str = include_str!("../sample-data/2014-11-06-obama-writes-to-irans-leader.md");

/// The story body: everything after the front matter.
fn body(doc: &str) -> &str {
    let rest = doc.strip_prefix("---\n").expect("front matter");
    let end = rest.find("\n---\n").expect("end of front matter");
    &rest[end + 5..]
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn get<'a>(found: &'a [Timex], text: &str) -> &'a Timex {
    found
        .iter()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("{text:?} not tagged; found {found:?}"))
}

#[test]
fn seed_story_dates_resolve_against_the_story_date() {
    let text = body(SEED);
    let found = tag(text, Some(date("2014-11-06")));

    let aug = get(&found, "August");
    assert_eq!(aug.value, "2014-08");
    assert_eq!(aug.precision, Some(Precision::Month));
    let r = aug.range.expect("August is placed");
    assert_eq!((r.start, r.end), (date("2014-08-01"), date("2014-08-31")));
    assert!(text[..aug.start].ends_with("against Islamic State fighters in Iraq in "));

    let next = get(&found, "the following month");
    assert_eq!(next.value, "2014-09");
    assert_eq!(next.precision, Some(Precision::Month));
    assert!(matches!(
        &next.explanation.anchor,
        Anchor::Previous { text, value } if text == "August" && value == "2014-08"
    ));

    let wed = get(&found, "Wednesday");
    assert_eq!(wed.value, "2014-11-05");
    assert_eq!(wed.kind, TimexType::Date);
    assert_eq!(wed.range.map(|r| r.start), Some(date("2014-11-05")));

    let deadline = get(&found, "Nov. 24");
    assert_eq!(deadline.value, "2014-11-24");
    assert_eq!(deadline.precision, Some(Precision::Day));

    // Nothing else in this story is a date: no false hits on "Obama",
    // "Mayor"-like words or numbers.
    let dates: Vec<&str> = found
        .iter()
        .filter(|t| t.kind == TimexType::Date)
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(dates, vec!["Nov. 24", "August", "the following month", "Wednesday"]);
}

#[test]
fn seed_story_without_its_date_stays_unresolved() {
    let found = tag(body(SEED), None);
    for span in ["August", "the following month", "Wednesday", "Nov. 24"] {
        let t = get(&found, span);
        assert!(t.range.is_none(), "{span} must not be guessed: {t:?}");
    }
}
