//! Dates a reader can trust: numbers that are not dates, clock times with
//! their zone, narrative time anchored on the story's own time line, and
//! values that are valid TIMEX3. Every sentence here is invented.

use chrono::NaiveDate;
use dateline::extract::timex::tag;
use dateline::model::{Anchor, Timex};

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn tagged(text: &str, dct: &str) -> Vec<Timex> {
    tag(text, Some(date(dct)))
}

/// The timex whose text is `span`, or a panic listing what was found.
fn get<'a>(found: &'a [Timex], span: &str) -> &'a Timex {
    found.iter().find(|t| t.text == span).unwrap_or_else(|| {
        panic!(
            "{span:?} not found; found {:?}",
            found
                .iter()
                .map(|t| (&t.text, &t.value))
                .collect::<Vec<_>>()
        )
    })
}

/// Whether any timex covers the byte where `word` starts in `text`.
fn covered(text: &str, found: &[Timex], word: &str) -> bool {
    let at = text.find(word).expect("word in text");
    found.iter().any(|t| t.start <= at && at < t.end)
}

fn value_of(text: &str, dct: &str, span: &str) -> (String, String) {
    let found = tagged(text, dct);
    let t = get(&found, span);
    (t.kind.as_str().to_string(), t.value.clone())
}

#[test]
fn four_digit_clock_times_with_a_zone_are_times_not_years() {
    let cases = [
        (
            "The ferry left Bergen on Tuesday (1800 gmt) in heavy seas.",
            "1800 gmt",
            "2016-03-15T18:00Z",
        ),
        (
            "Voting closed at 1900 GMT on Sunday.",
            "1900 GMT",
            "2016-03-13T19:00Z",
        ),
        (
            "The launch window opens at 0800 UTC.",
            "0800 UTC",
            "2016-03-15T08:00Z",
        ),
    ];
    for (text, span, value) in cases {
        let found = tagged(text, "2016-03-15");
        let t = get(&found, span);
        assert_eq!(t.kind.as_str(), "TIME", "{text}");
        assert_eq!(t.value, value, "{text}");
        assert!(
            !found.iter().any(|t| t.value.starts_with("1800")
                || t.value.starts_with("1900")
                || t.value.starts_with("0800")),
            "a clock reading taken for a year in {text:?}: {found:?}"
        );
    }
}

#[test]
fn a_zoned_reading_restating_a_clock_time_is_left_out() {
    let text = "The quake struck at 4:12 p.m. (1412 GMT) on Monday.";
    let found = tagged(text, "2016-03-15");
    assert_eq!(get(&found, "4:12 p.m.").value, "2016-03-14T16:12");
    assert!(
        !covered(text, &found, "1412"),
        "the restated reading was tagged: {found:?}"
    );
}

#[test]
fn a_clock_time_keeps_a_universal_zone_written_after_it() {
    let (kind, value) = value_of(
        "The markets reopened at 9:30 a.m. GMT after the storm.",
        "2016-03-15",
        "9:30 a.m. GMT",
    );
    assert_eq!(
        (kind.as_str(), value.as_str()),
        ("TIME", "2016-03-15T09:30Z")
    );
}

#[test]
fn street_numbers_are_not_years() {
    for (text, number) in [
        ("Police sealed off 2015 Harbour Avenue on Monday.", "2015"),
        ("The shop at 1999 Lakeshore Blvd. has closed.", "1999"),
        (
            "She lived at 2010 North Elm Street until her death.",
            "2010",
        ),
        ("The clinic moved to 1875 Mill Road last year.", "1875"),
    ] {
        let found = tagged(text, "2016-03-15");
        assert!(
            !covered(text, &found, number),
            "{number} read as a date in {text:?}: {found:?}"
        );
    }
    // A year before an ordinary capitalised word is still a year.
    let text = "In 2015 Parliament passed the bill.";
    assert_eq!(get(&tagged(text, "2016-03-15"), "2015").value, "2015");
}

#[test]
fn titles_with_a_calendar_word_are_not_dates() {
    for (text, word) in [
        (
            "The magazine named her Person of the Year on Wednesday.",
            "Year",
        ),
        ("He was voted Employee of the Month twice.", "Month"),
        ("It was billed as the Trial of the Century.", "Century"),
    ] {
        let found = tagged(text, "2016-03-15");
        assert!(
            !covered(text, &found, word),
            "{word:?} read as a date in {text:?}: {found:?}"
        );
    }
}

#[test]
fn a_holiday_name_used_as_a_modifier_is_not_a_date() {
    for (text, word) in [
        (
            "Crowds gathered as the Christmas tree was lit.",
            "Christmas",
        ),
        (
            "Volunteers packed boxes for the Thanksgiving food drive.",
            "Thanksgiving",
        ),
        (
            "The city cancelled its Halloween parade this year.",
            "Halloween",
        ),
    ] {
        let found = tagged(text, "2016-11-15");
        assert!(
            !covered(text, &found, word),
            "{word:?} read as a date in {text:?}: {found:?}"
        );
    }
    // The holiday itself is still a date.
    let (_, value) = value_of(
        "The shops will close on Christmas Day.",
        "2016-11-15",
        "Christmas Day",
    );
    assert_eq!(value, "2016-12-25");
}

#[test]
fn flight_route_and_highway_numbers_are_not_dates() {
    for (text, number) in [
        ("Flight 370 vanished from radar screens.", "370"),
        ("Flight 2014 from Lagos landed safely.", "2014"),
        ("They drove the length of Route 66 in a week.", "66"),
        ("A landslide closed Highway 1 near the coast.", "1"),
        ("Highway 2001 was reopened after the flood.", "2001"),
        ("The crew of Apollo 1968 were honoured.", "1968"),
    ] {
        let found = tagged(text, "2016-03-15");
        let at = text.find(&format!(" {number}")).expect("number") + 1;
        assert!(
            !found.iter().any(|t| t.start <= at && at < t.end),
            "{number} read as a date in {text:?}: {found:?}"
        );
    }
}

#[test]
fn decades_are_ten_years_and_larger_units_keep_timex3_codes() {
    for (text, span, value) in [
        ("The dispute dragged on for a decade.", "a decade", "P10Y"),
        (
            "Prices have doubled in three decades.",
            "three decades",
            "P30Y",
        ),
        (
            "The reservoir lasted two and a half decades.",
            "two and a half decades",
            "P25Y",
        ),
        (
            "The bridge stood for two centuries.",
            "two centuries",
            "P2CE",
        ),
        ("They ruled the valley for decades.", "decades", "PXY"),
    ] {
        let (kind, v) = value_of(text, "2016-03-15", span);
        assert_eq!((kind.as_str(), v.as_str()), ("DURATION", value), "{text}");
    }
}

#[test]
fn sets_carry_their_values() {
    for (text, span, value) in [
        (
            "The market opens every Monday.",
            "every Monday",
            "XXXX-WXX-1",
        ),
        (
            "The council meets each Friday night.",
            "each Friday night",
            "XXXX-WXX-5TNI",
        ),
        ("The prize is awarded annually.", "annually", "P1Y"),
        (
            "The census is taken every ten years.",
            "every ten years",
            "P10Y",
        ),
        (
            "The fair returns each September.",
            "each September",
            "XXXX-09",
        ),
        ("The museum is shut on Mondays.", "Mondays", "XXXX-WXX-1"),
        (
            "The choir rehearses on Thursday evenings.",
            "Thursday evenings",
            "XXXX-WXX-4TEV",
        ),
    ] {
        let (kind, v) = value_of(text, "2016-03-15", span);
        assert_eq!((kind.as_str(), v.as_str()), ("SET", value), "{text}");
    }
}

#[test]
fn a_single_weekday_evening_is_still_a_date() {
    let (kind, v) = value_of(
        "The choir rehearsed on Thursday evening.",
        "2016-03-15",
        "Thursday evening",
    );
    assert_eq!((kind.as_str(), v.as_str()), ("TIME", "2016-03-10TEV"));
}

#[test]
fn generic_today_is_the_present_not_the_story_day() {
    for (text, span) in [
        ("The Lisbon of today would puzzle its founders.", "today"),
        ("By today's standards the car was slow.", "today"),
        ("Today's teenagers rarely write letters.", "Today"),
    ] {
        let (_, v) = value_of(text, "2016-03-15", span);
        assert_eq!(v, "PRESENT_REF", "{text}");
    }
    // The story's own day stays a date.
    for text in [
        "The minister resigned today.",
        "As of today, the border is closed.",
        "Today's vote was delayed.",
    ] {
        let found = tagged(text, "2016-03-15");
        let t = found
            .iter()
            .find(|t| t.text.eq_ignore_ascii_case("today"))
            .expect("today");
        assert_eq!(t.value, "2016-03-15", "{text}");
    }
}

fn previous_text(t: &Timex) -> Option<&str> {
    match &t.explanation.anchor {
        Anchor::Previous { text, .. } => Some(text),
        _ => None,
    }
}

#[test]
fn counted_shifts_follow_the_story_time_line() {
    let text = "Ruiz joined the orchestra in 1986. Five years later she was its \
                first violin. The hall itself opened in 1971. A year later it burned.";
    let found = tagged(text, "2015-06-10");
    let five = get(&found, "Five years later");
    assert_eq!(five.value, "1991");
    assert_eq!(previous_text(five), Some("1986"));
    assert!(
        !five.explanation.rule.contains("no earlier date"),
        "{five:?}"
    );
    let one = get(&found, "A year later");
    assert_eq!(one.value, "1972");
    assert_eq!(previous_text(one), Some("1971"));
}

#[test]
fn a_shift_that_falls_back_on_the_story_date_names_the_date_it_could_not_use() {
    let text = "The firm was founded in the 1990s. Two days later the founders split.";
    let found = tagged(text, "2015-06-10");
    let t = get(&found, "Two days later");
    assert_eq!(t.value, "2015-06-12");
    assert!(
        !t.explanation.rule.contains("no earlier date") && t.explanation.rule.contains("1990s"),
        "{:?}",
        t.explanation.rule
    );
}

#[test]
fn clock_times_take_the_date_of_their_sentence() {
    let text = "The trawler left port at 6:17 a.m. on Sunday, Dec. 28, and was never seen again.";
    let found = tagged(text, "2015-12-31");
    let t = get(&found, "6:17 a.m.");
    assert_eq!(t.value, "2015-12-28T06:17");
    assert_eq!(previous_text(t), Some("Sunday, Dec. 28"));

    let text = "In October 2012, at 4:30 a.m., the old dam gave way.";
    let found = tagged(text, "2015-12-31");
    let t = get(&found, "4:30 a.m.");
    assert_eq!(t.value, "2012-10-XXT04:30");
    let r = t.range.expect("range");
    assert_eq!(
        (r.start, r.end),
        (date("2012-10-01"), date("2012-10-31")),
        "stays in October 2012"
    );
}

#[test]
fn clock_times_and_that_night_fall_back_on_the_reference_day() {
    let text = "The storm reached the coast on March 3, 2009. That night the river \
                rose. At 9 p.m. the levee failed.";
    let found = tagged(text, "2015-12-31");
    assert_eq!(get(&found, "That night").value, "2009-03-03TNI");
    let t = get(&found, "9 p.m.");
    assert_eq!(t.value, "2009-03-03T21:00");
    assert!(previous_text(t).is_some(), "{t:?}");
    // With no date in the text, the story's day is used.
    let found = tagged("Polls close at 9 p.m. across the state.", "2015-12-31");
    assert_eq!(get(&found, "9 p.m.").value, "2015-12-31T21:00");
}

#[test]
fn a_month_in_a_past_narrative_is_the_one_before_the_story() {
    let (_, v) = value_of(
        "In April, an appeals court quashed the conviction.",
        "2015-12-30",
        "April",
    );
    assert_eq!(v, "2015-04");
    let (_, v) = value_of(
        "In October, the board rejected the offer.",
        "2015-03-02",
        "October",
    );
    assert_eq!(v, "2014-10");
}

mod index_support;

#[test]
fn the_wire_dateline_is_folded_into_the_publication_event() {
    use dateline::index::Index;
    use dateline::model::{Corpus, EventKind};
    let story = index_support::story(
        "harbour",
        Some(index_support::day(2015, 12, 30)),
        &[
            "BERGEN, Dec. 30 (Reuters) - The harbour froze on Monday for the first time since 1987.",
            "Ferries were cancelled on Dec. 30 as well.",
        ],
    );
    let index = Index::build(Corpus {
        stories: vec![story],
        diagnostics: vec![],
    });
    let events = index.events();
    let publication: Vec<_> = events
        .iter()
        .filter(|e| e.kind == EventKind::Publication)
        .collect();
    assert_eq!(publication.len(), 1);
    assert_eq!(publication[0].timex.value, "2015-12-30");
    assert!(
        publication[0]
            .timex
            .explanation
            .rule
            .contains("BERGEN, Dec. 30 (Reuters)"),
        "{:?}",
        publication[0].timex.explanation
    );
    let mentions: Vec<(usize, &str)> = events
        .iter()
        .filter(|e| e.kind == EventKind::Mention)
        .map(|e| (e.paragraph, e.timex.text.as_str()))
        .collect();
    // The same date written in the body stays a mention; the dateline's does not.
    assert_eq!(mentions, vec![(0, "Monday"), (0, "1987"), (1, "Dec. 30")]);
}

#[test]
fn an_undated_story_takes_its_publication_event_from_a_dated_dateline() {
    use dateline::index::Index;
    use dateline::model::{Corpus, EventKind};
    let story = index_support::story(
        "undated",
        None,
        &["PEORIA, Ill., March 3, 2011 - The plant reopened in 2010 after a fire."],
    );
    let index = Index::build(Corpus {
        stories: vec![story],
        diagnostics: vec![],
    });
    let kinds: Vec<(EventKind, &str)> = index
        .events()
        .iter()
        .map(|e| (e.kind, e.timex.value.as_str()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (EventKind::Publication, "2011-03-03"),
            (EventKind::Mention, "2010")
        ]
    );
}

#[test]
fn named_decades_and_centuries_are_calendar_periods_and_counted_ones_are_years() {
    for (text, span, value) in [
        (
            "The next decade will test the port.",
            "The next decade",
            "202",
        ),
        (
            "Wages stalled in the last decade.",
            "the last decade",
            "200",
        ),
        (
            "Last century the valley was farmland.",
            "Last century",
            "19",
        ),
        (
            "A decade ago the valley was farmland.",
            "A decade ago",
            "2005",
        ),
    ] {
        let (kind, v) = value_of(text, "2015-12-30", span);
        assert_eq!((kind.as_str(), v.as_str()), ("DATE", value), "{text}");
    }
}

#[test]
fn a_clock_time_on_the_story_date_says_why_an_earlier_date_was_not_used() {
    let text = "The mill opened in 1990. Workers walked out at 3 p.m.";
    let found = tagged(text, "2015-12-30");
    let t = get(&found, "3 p.m.");
    assert_eq!(t.value, "2015-12-30T15:00");
    assert!(
        t.explanation.rule.contains("\"1990\"") && !t.explanation.rule.contains("no date"),
        "{:?}",
        t.explanation.rule
    );
}
