//! Table-driven checks of the temporal tagger, one table per family of
//! expressions: (text, story date, expected span, type, value).

use chrono::NaiveDate;
use dateline::extract::timex::tag;
use dateline::model::{Anchor, Precision, Timex};

/// Thursday 6 November 2014, the seed story's date.
const DCT: &str = "2014-11-06";

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

struct Case {
    text: &'static str,
    dct: Option<&'static str>,
    span: &'static str,
    kind: &'static str,
    value: &'static str,
}

const fn c(
    text: &'static str,
    dct: Option<&'static str>,
    span: &'static str,
    kind: &'static str,
    value: &'static str,
) -> Case {
    Case {
        text,
        dct,
        span,
        kind,
        value,
    }
}

fn find<'a>(found: &'a [Timex], span: &str) -> Option<&'a Timex> {
    found.iter().find(|t| t.text == span)
}

fn check(cases: &[Case]) {
    let mut failures = Vec::new();
    for case in cases {
        let found = tag(case.text, case.dct.map(date));
        match find(&found, case.span) {
            Some(t) if t.kind.as_str() == case.kind && t.value == case.value => {
                assert_eq!(
                    &case.text[t.start..t.end],
                    case.span,
                    "offsets of {:?}",
                    case.span
                );
            }
            Some(t) => failures.push(format!(
                "{:?} in {:?}: got {} {}, want {} {}",
                case.span,
                case.text,
                t.kind.as_str(),
                t.value,
                case.kind,
                case.value
            )),
            None => failures.push(format!(
                "{:?} not found in {:?}; found {:?}",
                case.span,
                case.text,
                found
                    .iter()
                    .map(|t| (&t.text, &t.value))
                    .collect::<Vec<_>>()
            )),
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn explicit_dates() {
    check(&[
        c(
            "The deal was signed on Nov. 24, 2014.",
            None,
            "Nov. 24, 2014",
            "DATE",
            "2014-11-24",
        ),
        c(
            "Talks end on 24 November 2014 in Vienna.",
            None,
            "24 November 2014",
            "DATE",
            "2014-11-24",
        ),
        c(
            "It was filed 2014-11-24 in court.",
            None,
            "2014-11-24",
            "DATE",
            "2014-11-24",
        ),
        c(
            "The letter is dated 11/24/2014.",
            None,
            "11/24/2014",
            "DATE",
            "2014-11-24",
        ),
        c(
            "Results for Sept. 30, 2014, were late.",
            None,
            "Sept. 30, 2014",
            "DATE",
            "2014-09-30",
        ),
        c(
            "Prices peaked in August 2014.",
            None,
            "August 2014",
            "DATE",
            "2014-08",
        ),
        c(
            "Prices peaked in August of 2012.",
            None,
            "August of 2012",
            "DATE",
            "2012-08",
        ),
        c("The plant closed in 2009.", None, "2009", "DATE", "2009"),
        c("In 2013, 40 people died.", None, "2013", "DATE", "2013"),
        c(
            "Growth slowed in mid-2013.",
            None,
            "mid-2013",
            "DATE",
            "2013",
        ),
        c("He grew up in the 1990s.", None, "the 1990s", "DATE", "199"),
        c(
            "It was built in the early 1980s.",
            None,
            "the early 1980s",
            "DATE",
            "198",
        ),
        c(
            "It was a hit in the '80s.",
            Some(DCT),
            "the '80s",
            "DATE",
            "198",
        ),
        c(
            "Sales in fiscal 1990 fell.",
            None,
            "fiscal 1990",
            "DATE",
            "1990",
        ),
        c(
            "Profit rose in the third quarter of 2014.",
            None,
            "the third quarter of 2014",
            "DATE",
            "2014-Q3",
        ),
        c(
            "Sales rose in the first half of 2014.",
            None,
            "the first half of 2014",
            "DATE",
            "2014-H1",
        ),
        c(
            "It defined the 20th century.",
            None,
            "the 20th century",
            "DATE",
            "19",
        ),
        c(
            "He was convicted in nineteen ninety-one.",
            None,
            "nineteen ninety-one",
            "DATE",
            "1991",
        ),
        c(
            "The fair opens in the summer of 2015.",
            None,
            "the summer of 2015",
            "DATE",
            "2015-SU",
        ),
    ]);
}

#[test]
fn year_less_dates_take_the_plausible_year() {
    check(&[
        // Seed story: a coming deadline in the same month.
        c(
            "It comes as a Nov. 24 deadline nears.",
            Some(DCT),
            "Nov. 24",
            "DATE",
            "2014-11-24",
        ),
        // Past tense, months before the story date.
        c(
            "The attack happened on Nov. 24.",
            Some("2014-03-10"),
            "Nov. 24",
            "DATE",
            "2013-11-24",
        ),
        // Future tense, a month already gone this year: next year.
        c(
            "The vote will be held on Feb. 3.",
            Some(DCT),
            "Feb. 3",
            "DATE",
            "2015-02-03",
        ),
        c(
            "The talks began on Sept. 2.",
            Some(DCT),
            "Sept. 2",
            "DATE",
            "2014-09-02",
        ),
        c(
            "Shares are payable Jan. 15 to holders.",
            Some(DCT),
            "Jan. 15",
            "DATE",
            "2015-01-15",
        ),
    ]);
}

#[test]
fn month_names_follow_tense() {
    check(&[
        c(
            "Obama authorized air strikes in August.",
            Some(DCT),
            "August",
            "DATE",
            "2014-08",
        ),
        c(
            "The summit will take place in August.",
            Some(DCT),
            "August",
            "DATE",
            "2015-08",
        ),
        c(
            "The bank collapsed in December.",
            Some(DCT),
            "December",
            "DATE",
            "2013-12",
        ),
        c(
            "Elections are due in March.",
            Some(DCT),
            "March",
            "DATE",
            "2015-03",
        ),
        c(
            "He resigned last April.",
            Some(DCT),
            "last April",
            "DATE",
            "2014-04",
        ),
        c(
            "He will return next April.",
            Some(DCT),
            "next April",
            "DATE",
            "2015-04",
        ),
        c(
            "In January this year, police searched.",
            Some(DCT),
            "January this year",
            "DATE",
            "2014-01",
        ),
        c(
            "In June last year, they split.",
            Some(DCT),
            "June last year",
            "DATE",
            "2013-06",
        ),
        c(
            "Prices rose in late November.",
            Some(DCT),
            "late November",
            "DATE",
            "2014-11",
        ),
    ]);
}

#[test]
fn weekdays_past_and_future() {
    check(&[
        // Story dated Thursday 6 Nov 2014.
        c(
            "Obama said on Wednesday that a deal was possible.",
            Some(DCT),
            "Wednesday",
            "DATE",
            "2014-11-05",
        ),
        c(
            "Obama will speak on Wednesday in Ohio.",
            Some(DCT),
            "Wednesday",
            "DATE",
            "2014-11-12",
        ),
        c(
            "The talks resumed Thursday in Oman.",
            Some(DCT),
            "Thursday",
            "DATE",
            "2014-11-06",
        ),
        c(
            "Markets fell on Monday.",
            Some(DCT),
            "Monday",
            "DATE",
            "2014-11-03",
        ),
        c(
            "Markets are expected to rally on Monday.",
            Some(DCT),
            "Monday",
            "DATE",
            "2014-11-10",
        ),
        c(
            "He arrived last Friday.",
            Some(DCT),
            "last Friday",
            "DATE",
            "2014-10-31",
        ),
        c(
            "He leaves next Monday.",
            Some(DCT),
            "next Monday",
            "DATE",
            "2014-11-10",
        ),
        c(
            "Fighting broke out Friday night.",
            Some(DCT),
            "Friday night",
            "TIME",
            "2014-10-31TNI",
        ),
        c(
            "The vote is scheduled for Tuesday.",
            Some(DCT),
            "Tuesday",
            "DATE",
            "2014-11-11",
        ),
    ]);
}

#[test]
fn days_relative_to_the_story_date() {
    check(&[
        c(
            "The minister spoke today.",
            Some(DCT),
            "today",
            "DATE",
            "2014-11-06",
        ),
        c(
            "The minister spoke yesterday.",
            Some(DCT),
            "yesterday",
            "DATE",
            "2014-11-05",
        ),
        c(
            "The minister speaks tomorrow.",
            Some(DCT),
            "tomorrow",
            "DATE",
            "2014-11-07",
        ),
        c(
            "The minister speaks tonight.",
            Some(DCT),
            "tonight",
            "TIME",
            "2014-11-06TNI",
        ),
        c(
            "Police said this morning that two died.",
            Some(DCT),
            "this morning",
            "TIME",
            "2014-11-06TMO",
        ),
        c(
            "Shots were fired late yesterday.",
            Some(DCT),
            "late yesterday",
            "DATE",
            "2014-11-05",
        ),
        c(
            "Protests spread last night.",
            Some(DCT),
            "last night",
            "TIME",
            "2014-11-05TNI",
        ),
    ]);
}

#[test]
fn relative_periods() {
    check(&[
        c(
            "Talks resume this week.",
            Some(DCT),
            "this week",
            "DATE",
            "2014-W45",
        ),
        c(
            "Prices fell last month.",
            Some(DCT),
            "last month",
            "DATE",
            "2014-10",
        ),
        c(
            "Rates may rise next year.",
            Some(DCT),
            "next year",
            "DATE",
            "2015",
        ),
        c(
            "Profit fell last year.",
            Some(DCT),
            "last year",
            "DATE",
            "2013",
        ),
        c(
            "He was elected earlier this year.",
            Some(DCT),
            "earlier this year",
            "DATE",
            "2014",
        ),
        c(
            "The plant closed three years ago.",
            Some(DCT),
            "three years ago",
            "DATE",
            "2011",
        ),
        c(
            "The plant closed two days ago.",
            Some(DCT),
            "two days ago",
            "DATE",
            "2014-11-04",
        ),
        c(
            "It opened five months ago.",
            Some(DCT),
            "five months ago",
            "DATE",
            "2014-06",
        ),
        c(
            "We will travel this summer.",
            Some(DCT),
            "this summer",
            "DATE",
            "2014-SU",
        ),
        c(
            "They met last fall in Geneva.",
            Some(DCT),
            "last fall",
            "DATE",
            "2013-FA",
        ),
        c(
            "A deal is expected in the spring.",
            Some(DCT),
            "the spring",
            "DATE",
            "2015-SP",
        ),
        c(
            "The talks collapsed in the spring.",
            Some(DCT),
            "the spring",
            "DATE",
            "2014-SP",
        ),
        c(
            "Profit rose in the third quarter.",
            Some(DCT),
            "the third quarter",
            "DATE",
            "2014-Q3",
        ),
        c(
            "It expects third-quarter profit to fall.",
            Some(DCT),
            "third-quarter",
            "DATE",
            "2014-Q3",
        ),
        c(
            "Sales may improve in the fourth quarter.",
            Some(DCT),
            "the fourth quarter",
            "DATE",
            "2014-Q4",
        ),
        c(
            "Work should finish early next year.",
            Some(DCT),
            "early next year",
            "DATE",
            "2015",
        ),
        c(
            "Cash will run out by the end of the year.",
            Some(DCT),
            "the end of the year",
            "DATE",
            "2014",
        ),
    ]);
}

#[test]
fn anaphoric_expressions_count_from_the_last_date() {
    check(&[
        c(
            "Strikes began in Iraq in August and expanded the following month to Syria.",
            Some(DCT),
            "the following month",
            "DATE",
            "2014-09",
        ),
        c(
            "The rebels attacked on March 3, 2012. Two days later the army withdrew.",
            Some(DCT),
            "Two days later",
            "DATE",
            "2012-03-05",
        ),
        c(
            "He was arrested on May 5, 2010, and released the next day.",
            Some(DCT),
            "the next day",
            "DATE",
            "2010-05-06",
        ),
        c(
            "Net income rose in the third quarter from $3 million a year earlier.",
            Some(DCT),
            "a year earlier",
            "DATE",
            "2013-Q3",
        ),
        c(
            "Profit rose in the third quarter. In the year-ago quarter it fell.",
            Some(DCT),
            "the year-ago quarter",
            "DATE",
            "2013-Q3",
        ),
        c(
            "He appeared in court on March 14, 2011, and again the next morning.",
            Some(DCT),
            "the next morning",
            "TIME",
            "2011-03-15TMO",
        ),
        c(
            "The treaty was signed in 1995 and ratified the following year.",
            None,
            "the following year",
            "DATE",
            "1996",
        ),
    ]);
}

#[test]
fn references_to_present_past_future() {
    check(&[
        c(
            "The company now employs 300.",
            Some(DCT),
            "now",
            "DATE",
            "PRESENT_REF",
        ),
        c(
            "He currently runs the firm.",
            Some(DCT),
            "currently",
            "DATE",
            "PRESENT_REF",
        ),
        c(
            "She recently resigned.",
            Some(DCT),
            "recently",
            "DATE",
            "PAST_REF",
        ),
        c(
            "Nobody knows what the future holds.",
            Some(DCT),
            "the future",
            "DATE",
            "FUTURE_REF",
        ),
        c(
            "Prices should stabilise in the near future.",
            Some(DCT),
            "the near future",
            "DATE",
            "FUTURE_REF",
        ),
        c(
            "Prices will soon fall.",
            Some(DCT),
            "soon",
            "DATE",
            "FUTURE_REF",
        ),
        c(
            "Kidnappings rose in recent years.",
            Some(DCT),
            "recent years",
            "DATE",
            "PAST_REF",
        ),
    ]);
}

#[test]
fn span_conventions() {
    check(&[
        // Approximators qualify quantities only.
        c(
            "The blast came at about 10:20 a.m.",
            Some(DCT),
            "about 10:20 a.m.",
            "TIME",
            "2014-11-06T10:20",
        ),
        c(
            "He worried about the future.",
            Some(DCT),
            "the future",
            "DATE",
            "FUTURE_REF",
        ),
        c(
            "Prices are high right now.",
            Some(DCT),
            "right now",
            "DATE",
            "PRESENT_REF",
        ),
        // The adjective use keeps the article out; the noun phrase keeps it.
        c(
            "Profit rose in the third quarter. The year-ago results were restated.",
            Some(DCT),
            "year-ago",
            "DATE",
            "2013-Q3",
        ),
        c(
            "Profit rose in the third quarter; the third-quarter loss narrowed.",
            Some(DCT),
            "third-quarter",
            "DATE",
            "2014-Q3",
        ),
    ]);
}

#[test]
fn durations() {
    check(&[
        c(
            "He served three years in prison.",
            Some(DCT),
            "three years",
            "DURATION",
            "P3Y",
        ),
        c(
            "The board agreed a six-month delay.",
            Some(DCT),
            "six-month",
            "DURATION",
            "P6M",
        ),
        c(
            "The meeting lasted two hours.",
            Some(DCT),
            "two hours",
            "DURATION",
            "PT2H",
        ),
        c(
            "Rates fell over the past two months.",
            Some(DCT),
            "the past two months",
            "DURATION",
            "P2M",
        ),
        c(
            "The war lasted several years.",
            Some(DCT),
            "several years",
            "DURATION",
            "PXY",
        ),
        c(
            "Profit rose in the first nine months.",
            Some(DCT),
            "the first nine months",
            "DURATION",
            "P9M",
        ),
        c(
            "It took two and a half years.",
            Some(DCT),
            "two and a half years",
            "DURATION",
            "P2.5Y",
        ),
        c(
            "The strike lasted 10 days.",
            Some(DCT),
            "10 days",
            "DURATION",
            "P10D",
        ),
        c(
            "He waited nearly two weeks.",
            Some(DCT),
            "nearly two weeks",
            "DURATION",
            "P2W",
        ),
        c(
            "It signed a 10-year lease.",
            Some(DCT),
            "10-year",
            "DURATION",
            "P10Y",
        ),
        c(
            "They ruled for decades.",
            Some(DCT),
            "decades",
            "DURATION",
            "PXY",
        ),
    ]);
}

#[test]
fn sets() {
    check(&[
        c(
            "The market opens every Monday.",
            Some(DCT),
            "every Monday",
            "SET",
            "XXXX-WXX-1",
        ),
        c(
            "The report is published annually.",
            Some(DCT),
            "annually",
            "SET",
            "P1Y",
        ),
        c(
            "The ferry line runs daily crossings.",
            Some(DCT),
            "daily",
            "SET",
            "P1D",
        ),
        c(
            "The villagers gather each July.",
            Some(DCT),
            "each July",
            "SET",
            "XXXX-07",
        ),
        c(
            "They meet every week.",
            Some(DCT),
            "every week",
            "SET",
            "P1W",
        ),
    ]);
}

#[test]
fn clock_times() {
    check(&[
        c(
            "The polls close at 3 p.m. today.",
            Some(DCT),
            "3 p.m.",
            "TIME",
            "2014-11-06T15:00",
        ),
        c(
            "The quake struck at 10:20 a.m.",
            Some(DCT),
            "10:20 a.m.",
            "TIME",
            "2014-11-06T10:20",
        ),
        c(
            "The offer expires at 4 p.m. EST Dec. 3.",
            Some(DCT),
            "4 p.m. EST Dec. 3",
            "TIME",
            "2014-12-03T16:00",
        ),
        c(
            "They met at noon.",
            Some(DCT),
            "noon",
            "TIME",
            "2014-11-06T12:00",
        ),
    ]);
}

#[test]
fn holidays() {
    check(&[
        c(
            "Shops will close on Christmas Day.",
            Some(DCT),
            "Christmas Day",
            "DATE",
            "2014-12-25",
        ),
        c(
            "Families gathered on Thanksgiving.",
            Some(DCT),
            "Thanksgiving",
            "DATE",
            "2013-11-28",
        ),
        c(
            "The parade is on Independence Day.",
            Some("2014-06-01"),
            "Independence Day",
            "DATE",
            "2014-07-04",
        ),
    ]);
}

#[test]
fn never_inside_words_or_on_verbs_and_nouns() {
    let texts = [
        "Obama met the Mayor of Marching Town.",
        "Prices may fall as traders march on.",
        "The sun will spring up over the fall line.",
        "Springfield Mayhem Augusta Junebug Decembrist Sundays Wednesdayish.",
        "The Mayor said he may sue.",
        "Nowhere else, said Nowak, do annualized figures hold.",
        "About 2,000 troops and 1,990 people and 1990 percent gathered.",
        "He scored 2014 points in flight 1990.",
        "A second group of directors met.",
        "He won over a quarter of the vote and three quarters of the seats.",
        "The fall of Rome was a spring of ideas.",
    ];
    for text in texts {
        let found = tag(text, Some(date(DCT)));
        assert!(
            found.is_empty(),
            "{text:?} gave {:?}",
            found
                .iter()
                .map(|t| (&t.text, &t.value))
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn months_that_are_words_need_context() {
    let found = tag(
        "May I ask? He said in May that March was over.",
        Some(date(DCT)),
    );
    let spans: Vec<&str> = found.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(spans, vec!["May"], "only the month after 'in': {found:?}");
    assert_eq!(found[0].value, "2014-05");
}

#[test]
fn impossible_dates_are_not_tagged_as_dates() {
    for text in [
        "It happened on Feb. 30, 2014.",
        "It happened on 31 April 2014.",
        "The year 0 and year 10000 and 99999 came.",
        "On 13/45/2014 nothing.",
    ] {
        for t in tag(text, Some(date(DCT))) {
            assert!(
                !t.value.starts_with("2014-02-30") && !t.value.starts_with("2014-04-31"),
                "{text:?} gave {t:?}"
            );
            if let Some(r) = t.range {
                assert!(r.start <= r.end);
            }
        }
    }
    assert!(
        tag("It happened on Feb. 30, 2014.", None)
            .iter()
            .all(|t| t.value != "2014-02-30")
    );
}

#[test]
fn ranges_cover_the_whole_period() {
    let found = tag(
        "Prices peaked in August 2014 and in the third quarter of 2014.",
        None,
    );
    let aug = find(&found, "August 2014").expect("August 2014");
    assert_eq!(aug.precision, Some(Precision::Month));
    let r = aug.range.expect("range");
    assert_eq!((r.start, r.end), (date("2014-08-01"), date("2014-08-31")));
    let q = find(&found, "the third quarter of 2014").expect("quarter");
    let r = q.range.expect("range");
    assert_eq!((r.start, r.end), (date("2014-07-01"), date("2014-09-30")));
    assert_eq!(q.precision, Some(Precision::Quarter));
}

#[test]
fn durations_and_sets_are_not_placed_on_the_calendar() {
    let found = tag(
        "He served three years and reports annually.",
        Some(date(DCT)),
    );
    assert!(found.iter().all(|t| t.range.is_none()), "{found:?}");
}

#[test]
fn undated_story_resolves_explicit_dates_only() {
    let text = "On Nov. 24, 2014, talks failed. Obama spoke on Wednesday and yesterday. \
                The strikes began in August and grew the following month. Three years ago it began.";
    let found = tag(text, None);
    let explicit = find(&found, "Nov. 24, 2014").expect("explicit date");
    assert_eq!(explicit.value, "2014-11-24");
    assert!(explicit.is_resolved());
    for span in ["Wednesday", "yesterday", "August", "Three years ago"] {
        let t = find(&found, span).unwrap_or_else(|| panic!("{span} not found in {found:?}"));
        assert!(!t.is_resolved(), "{span} should stay unresolved: {t:?}");
        assert!(
            t.value.contains('X') || t.value.ends_with("_REF"),
            "{span}: {}",
            t.value
        );
        assert!(
            t.explanation.rule.contains("no date") || t.explanation.rule.contains("missing"),
            "{span}: explanation should flag the missing story date: {}",
            t.explanation.rule
        );
    }
    assert_eq!(
        find(&found, "Wednesday").map(|t| t.value.as_str()),
        Some("XXXX-WXX-3")
    );
    assert_eq!(
        find(&found, "August").map(|t| t.value.as_str()),
        Some("XXXX-08")
    );
}

#[test]
fn explanations_name_their_anchor() {
    let text = "Obama authorized a US-led air campaign in August and expanded the mission \
                the following month. Obama said on Wednesday a deal was open.";
    let found = tag(text, Some(date(DCT)));
    let aug = find(&found, "August").expect("August");
    assert_eq!(aug.explanation.anchor, Anchor::Dct { date: date(DCT) });
    assert!(
        aug.explanation.rule.contains("past-tense"),
        "{}",
        aug.explanation.rule
    );
    assert!(
        aug.explanation.rule.contains("August"),
        "{}",
        aug.explanation.rule
    );
    let next = find(&found, "the following month").expect("following month");
    assert_eq!(
        next.explanation.anchor,
        Anchor::Previous {
            text: "August".into(),
            value: "2014-08".into()
        }
    );
    assert!(
        next.explanation.rule.contains("\"August\""),
        "{}",
        next.explanation.rule
    );
    let wed = find(&found, "Wednesday").expect("Wednesday");
    assert_eq!(wed.explanation.anchor, Anchor::Dct { date: date(DCT) });
    let explicit = tag("It ended on Nov. 24, 2014.", None);
    assert_eq!(explicit[0].explanation.anchor, Anchor::None);
    assert_eq!(explicit[0].explanation.rule, "explicit date");
}

#[test]
fn results_are_ordered_and_disjoint() {
    let text = "On Monday, Nov. 3, and again yesterday, three years after 2011, \
                officials met at 3 p.m. for two hours; next week they meet daily.";
    let found = tag(text, Some(date(DCT)));
    assert!(found.len() >= 6, "{found:?}");
    for w in found.windows(2) {
        assert!(w[0].end <= w[1].start, "{:?} overlaps {:?}", w[0], w[1]);
    }
    for t in &found {
        assert_eq!(&text[t.start..t.end], t.text);
    }
}
