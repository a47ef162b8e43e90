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
    assert_eq!(
        dates,
        vec!["Nov. 24", "August", "the following month", "Wednesday"]
    );
}

#[test]
fn seed_story_without_its_date_stays_unresolved() {
    let found = tag(body(SEED), None);
    for span in ["August", "the following month", "Wednesday", "Nov. 24"] {
        let t = get(&found, span);
        assert!(t.range.is_none(), "{span} must not be guessed: {t:?}");
    }
}

/// Every sample story, read through ingest as the app reads it, yields its
/// dates resolved against its own publication date.
#[test]
fn companion_stories_dates() {
    let corpus = dateline::ingest::load_sample();
    let expected: &[(&str, &[(&str, &str)])] = &[
        (
            "Obama writes to Iran",
            &[
                ("Nov. 24", "2014-11-24"),
                ("August", "2014-08"),
                ("the following month", "2014-09"),
                ("Wednesday", "2014-11-05"),
            ],
        ),
        (
            "miss deadline",
            &[
                ("Monday", "2014-11-24"),
                ("Nov. 24", "2014-11-24"),
                ("June 30", "2015-06-30"),
                ("March 1", "2015-03-01"),
                ("the end of June", "2015-06"),
                ("July", "2014-07"),
                ("24 November 2013", "2013-11-24"),
                ("next month", "2014-12"),
            ],
        ),
        (
            "framework",
            &[
                ("Thursday", "2015-04-02"),
                ("March 31", "2015-03-31"),
                ("June 30", "2015-06-30"),
                ("November 2013", "2013-11"),
                ("July", "2014-07"),
                ("24 November 2014", "2014-11-24"),
                ("the past month", "2015-03"),
            ],
        ),
        (
            "interim nuclear deal",
            &[
                ("early Sunday", "2013-11-24"),
                ("about 3 a.m.", "2013-11-24T03:00"),
                ("Wednesday", "2013-11-20"),
                ("late Saturday", "2013-11-23"),
                ("June", "2013-06"),
            ],
        ),
        (
            "extended to Nov. 24",
            &[
                ("late Friday", "2014-07-18"),
                ("Nov. 24", "2014-11-24"),
                ("Sunday", "2014-07-20"),
                ("last November", "2013-11"),
                ("Jan. 20", "2014-01-20"),
                ("February", "2014-02"),
                ("July", "2014-07"),
                ("September", "2014-09"),
            ],
        ),
        (
            "artillery near Irbil",
            &[
                ("Friday", "2014-08-08"),
                ("the end of 2011", "2011"),
                ("late Thursday", "2014-08-07"),
                ("Thursday night", "2014-08-07TNI"),
                ("June", "2014-06"),
                ("the end of that month", "2014-06"),
            ],
        ),
        (
            "in Syria",
            &[
                ("August", "2014-08"),
                ("Tuesday morning", "2014-09-23TMO"),
                ("Sept. 10", "2014-09-10"),
            ],
        ),
    ];
    let mut failures = Vec::new();
    for (title, dates) in expected {
        let story = corpus
            .stories
            .iter()
            .find(|s| s.title.contains(title))
            .unwrap_or_else(|| panic!("no sample story titled like {title:?}"));
        let text = story.text();
        let found = tag(&text.text, story.date());
        for (span, value) in *dates {
            match found.iter().find(|t| t.text == *span) {
                Some(t) if t.value == *value && t.range.is_some() => {}
                other => failures.push(format!(
                    "{title}: {span:?} want {value}, got {:?}",
                    other.map(|t| &t.value)
                )),
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
