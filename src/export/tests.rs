//! The exports parsed back by real parsers, on a hand-made index.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::index::StoryExtraction;
use crate::model::{
    Anchor, Corpus, DateRange, EntityAnalysis, Explanation, Origin, Precision, Published, Story,
    StoryId, Timex, TimexType,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn range(a: NaiveDate, b: NaiveDate) -> DateRange {
    DateRange { start: a, end: b }
}

/// A timex over `phrase` of the joined `text`.
fn timex(text: &str, phrase: &str, value: &str, p: Precision, r: DateRange) -> Timex {
    let start = text.find(phrase).unwrap();
    Timex {
        start,
        end: start + phrase.len(),
        text: phrase.into(),
        kind: if value.contains('T') {
            TimexType::Time
        } else {
            TimexType::Date
        },
        value: value.into(),
        precision: Some(p),
        range: Some(r),
        explanation: Explanation {
            anchor: Anchor::None,
            rule: "written out".into(),
        },
    }
}

pub(crate) const HARBOUR: [&str; 2] = [
    "The ferry line opened in March 2019, a year of delays.",
    "Crews said repairs, costing \"millions\"; would end on 4 June 2019 \\ at the latest.",
];
pub(crate) const MARKET: &str = "Stalls reopen at 15:00 on 9 June 2019, and the *night* market [returns] in 2020 — \u{00e9}t\u{00e9} \u{1F30A} ça va.";

/// Two stories: one dated with a url, one published at a zoned time.
pub(crate) fn fixture() -> Index {
    let harbour = Story {
        id: StoryId("harbour-ferry".into()),
        title: "Ferry, at last".into(),
        published: Some(Published::Date(day(2019, 6, 1))),
        source: Some("Coast Gazette".into()),
        byline: None,
        dateline: None,
        url: Some("https://news.example/ferry?id=1&part=2".into()),
        paragraphs: HARBOUR.iter().map(|p| p.to_string()).collect(),
        origin: Origin {
            path: "harbour.md".into(),
            item: None,
        },
    };
    let market = Story {
        id: StoryId("night-market".into()),
        title: "Night market <returns>".into(),
        published: Some(Published::Zoned(
            DateTime::parse_from_rfc3339("2019-06-08T22:30:00+02:00").unwrap(),
        )),
        source: None,
        byline: None,
        dateline: None,
        url: Some("javascript:alert(1)".into()),
        paragraphs: vec![MARKET.into()],
        origin: Origin {
            path: "market.json".into(),
            item: Some(0),
        },
    };
    let joined = crate::model::StoryText::new(&HARBOUR).text;
    let extractions = vec![
        StoryExtraction {
            timexes: vec![
                timex(
                    &joined,
                    "March 2019",
                    "2019-03",
                    Precision::Month,
                    range(day(2019, 3, 1), day(2019, 3, 31)),
                ),
                timex(
                    &joined,
                    "4 June 2019",
                    "2019-06-04",
                    Precision::Day,
                    DateRange::day(day(2019, 6, 4)),
                ),
            ],
            entities: EntityAnalysis::default(),
        },
        StoryExtraction {
            timexes: vec![
                timex(
                    MARKET,
                    "15:00 on 9 June 2019",
                    "2019-06-09T15:00",
                    Precision::Minute,
                    DateRange::day(day(2019, 6, 9)),
                ),
                timex(
                    MARKET,
                    "2020",
                    "2020",
                    Precision::Year,
                    range(day(2020, 1, 1), day(2020, 12, 31)),
                ),
            ],
            entities: EntityAnalysis::default(),
        },
    ];
    Index::from_extractions(
        Corpus {
            stories: vec![harbour, market],
            diagnostics: vec![],
        },
        extractions,
    )
}

pub(crate) fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap()
}

fn export(index: &Index, format: Format) -> (String, usize) {
    let ctx = Context {
        index,
        annotations: &NoAnnotations,
        now: now(),
    };
    let mut out = Vec::new();
    let n = write(format, &ctx, index.timeline(), &mut out).unwrap();
    (String::from_utf8(out).unwrap(), n)
}

#[test]
fn ids_come_from_the_story_and_the_place_in_its_text() {
    let index = fixture();
    let ids: Vec<String> = index
        .timeline()
        .iter()
        .map(|&e| event_id(&index, e))
        .collect();
    // The second paragraph starts after the first and the blank line.
    let at = HARBOUR[0].len() + 2 + HARBOUR[1].find("4 June").unwrap();
    let march = HARBOUR[0].find("March").unwrap();
    assert_eq!(
        ids,
        vec![
            format!("harbour-ferry#{march}"),
            "harbour-ferry#published".into(),
            format!("harbour-ferry#{at}"),
            "night-market#published".into(),
            format!("night-market#{}", MARKET.find("15:00").unwrap()),
            format!("night-market#{}", MARKET.find("2020").unwrap()),
        ]
    );
    assert_eq!(ids, {
        let again = fixture();
        again
            .timeline()
            .iter()
            .map(|&e| event_id(&again, e))
            .collect::<Vec<_>>()
    });
}

#[test]
fn csv_reads_back_with_one_record_per_event() {
    let index = fixture();
    let (text, n) = export(&index, Format::Csv);
    assert_eq!(n, 6);
    assert!(text.ends_with("\r\n"), "records end with CRLF");
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        "start,end,precision,value,text,sentence,story,story title,url,corrected,note"
            .split(',')
            .collect::<Vec<_>>()
    );
    let records: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 6);
    let march = &records[0];
    assert_eq!(&march[0], "2019-03-01");
    assert_eq!(&march[1], "2019-03-31");
    assert_eq!(&march[2], "month");
    assert_eq!(&march[3], "2019-03");
    assert_eq!(&march[4], "March 2019");
    assert_eq!(&march[5], HARBOUR[0]);
    assert_eq!(&march[7], "Ferry, at last");
    assert_eq!(&march[8], "https://news.example/ferry?id=1&part=2");
    assert_eq!((&march[9], &march[10]), ("", ""));
    // Quotes, commas and backslashes survive the round trip.
    assert_eq!(&records[2][5], HARBOUR[1]);
    assert_eq!(&records[1][4], "2019-06-01", "publication: the ISO date");
    assert_eq!(&records[1][5], "");
}

#[test]
fn icalendar_opens_in_a_calendar_parser() {
    use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
    let index = fixture();
    let (text, _) = export(&index, Format::Ics);
    // Every line ends with CRLF and is at most 75 octets long.
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split_terminator("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(
        text.split_terminator("\r\n").any(|l| l.starts_with(' ')),
        "the long sentences were folded"
    );
    let calendar: icalendar::Calendar = text.parse().unwrap();
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 6);
    let date = |d: NaiveDate| Some(DatePerhapsTime::Date(d));
    // A month: all day, from the first to the day after the last.
    assert_eq!(events[0].get_start(), date(day(2019, 3, 1)));
    assert_eq!(events[0].get_end(), date(day(2019, 4, 1)));
    assert_eq!(events[0].get_uid(), Some("harbour-ferry#25"));
    assert_eq!(
        events[0].get_url(),
        Some("https://news.example/ferry?id=1&part=2")
    );
    // A day ends the next day.
    assert_eq!(events[2].get_start(), date(day(2019, 6, 4)));
    assert_eq!(events[2].get_end(), date(day(2019, 6, 5)));
    // A publication time with its offset is in UTC.
    assert_eq!(
        events[3].get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(
            Utc.with_ymd_and_hms(2019, 6, 8, 20, 30, 0).unwrap()
        )))
    );
    assert_eq!(
        events[3].get_summary(),
        Some("Published: Night market <returns>")
    );
    assert_eq!(events[3].get_url(), None, "only http and https urls");
    // A clock time without a zone floats.
    let three = NaiveDate::from_ymd_opt(2019, 6, 9)
        .unwrap()
        .and_hms_opt(15, 0, 0)
        .unwrap();
    assert_eq!(
        events[4].get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(three)))
    );
    // A year.
    assert_eq!(events[5].get_start(), date(day(2020, 1, 1)));
    assert_eq!(events[5].get_end(), date(day(2021, 1, 1)));
    for e in &events {
        assert_eq!(e.property_value("DTSTAMP"), Some("20260102T030405Z"));
        assert!(e.get_description().is_some_and(|d| d.contains("Story: ")));
    }
    // The sentence, unfolded and unescaped, is the summary.
    let summary = events[2].get_summary().unwrap();
    let unescaped = summary
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\");
    assert_eq!(unescaped, HARBOUR[1]);
    let unfolded = text.replace("\r\n ", "");
    assert!(unfolded.contains("costing \"millions\"\\; would end"));
    assert!(unfolded.contains("2019 \\\\ at"));
}

#[test]
fn folding_cuts_between_characters() {
    let line = format!("SUMMARY:{}", "é🌊a".repeat(40));
    let folded = ics::fold(&line);
    for part in folded.split_terminator("\r\n") {
        assert!(part.len() <= ics::MAX_LINE, "{part:?}");
    }
    assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
    assert_eq!(ics::fold("short"), "short\r\n");
    assert_eq!(ics::text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
}

#[test]
fn clock_times_are_read_from_the_value() {
    use chrono::NaiveTime;
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(ics::clock_time("2014-11-24T15:00"), Some((t(15, 0), false)));
    assert_eq!(
        ics::clock_time("2014-11-24T18:30Z"),
        Some((t(18, 30), true))
    );
    assert_eq!(ics::clock_time("2014-11-24TNI"), None);
    assert_eq!(ics::clock_time("2014-11-24"), None);
    assert_eq!(ics::clock_time("2014-11-24T25:00"), None);
}

#[test]
fn timelinejs_follows_its_schema() {
    let index = fixture();
    let (text, _) = export(&index, Format::TimelineJs);
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), 6);
    for e in events {
        assert!(e["start_date"]["year"].is_i64(), "{e}");
        assert!(e["text"]["headline"].is_string() && e["text"]["text"].is_string());
        assert!(e["unique_id"].is_string());
    }
    // A month: no day, no end.
    assert_eq!(
        events[0]["start_date"],
        serde_json::json!({"year": 2019, "month": 3})
    );
    assert!(events[0].get("end_date").is_none());
    assert_eq!(events[0]["group"], "Coast Gazette");
    assert_eq!(
        events[2]["start_date"],
        serde_json::json!({"year": 2019, "month": 6, "day": 4})
    );
    assert_eq!(
        events[4]["start_date"],
        serde_json::json!({"year": 2019, "month": 6, "day": 9, "hour": 15, "minute": 0})
    );
    // A year: the year alone.
    assert_eq!(events[5]["start_date"], serde_json::json!({"year": 2020}));
    assert!(events[5].get("group").is_none());
    // Text is HTML: the story's markup is escaped, the phrase in bold.
    assert_eq!(
        events[3]["text"]["headline"],
        "Night market &lt;returns&gt;"
    );
    let body = events[2]["text"]["text"].as_str().unwrap();
    assert!(body.contains("<b>4 June 2019</b>"), "{body}");
    assert!(body.contains("&quot;millions&quot;"), "{body}");
    assert!(body.contains("<a href=\"https://news.example/ferry?id=1&amp;part=2\">"));
    assert!(!events[5]["text"]["text"].as_str().unwrap().contains("href"));
}

#[test]
fn timelinejs_ends_spans_that_outlast_their_start() {
    let index = fixture();
    let ctx = Context {
        index: &index,
        annotations: &NoAnnotations,
        now: now(),
    };
    let mut rows = rows(&ctx, &index.timeline()[..1]);
    let r = &mut rows[0];
    r.precision = Some(Precision::Week);
    r.start = day(2019, 3, 4);
    r.end = day(2019, 3, 10);
    let (start, end) = timelinejs::dates(r);
    assert_eq!((start.day, end.map(|e| e.day)), (Some(4), Some(Some(10))));
    r.precision = Some(Precision::Decade);
    r.start = day(2010, 1, 1);
    r.end = day(2019, 12, 31);
    let (start, end) = timelinejs::dates(r);
    assert_eq!((start.year, start.month), (2010, None));
    assert_eq!(end.map(|e| e.year), Some(2019));
}

#[test]
fn markdown_has_year_and_month_headings_and_escaped_text() {
    let index = fixture();
    let (text, _) = export(&index, Format::Markdown);
    let headings: Vec<&str> = text.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        vec!["## 2019", "### March 2019", "### June 2019", "## 2020"]
    );
    let bullets: Vec<&str> = text.lines().filter(|l| l.starts_with("- ")).collect();
    assert_eq!(bullets.len(), 6);
    assert!(
        bullets[0].ends_with("([Ferry, at last](https://news.example/ferry?id=1\\&part=2))")
            || bullets[0].ends_with("([Ferry, at last](https://news.example/ferry?id=1&part=2))"),
        "{}",
        bullets[0]
    );
    assert!(bullets[0].starts_with("- **Mar 2019** — The ferry line opened"));
    // The market story's markup and its unsafe url stay text.
    let market = bullets.iter().find(|b| b.contains("Stalls")).unwrap();
    assert!(
        market.contains("the \\*night\\* market \\[returns\\]"),
        "{market}"
    );
    assert!(market.ends_with("(Night market \\<returns\\>)"), "{market}");
    assert!(!text.contains("javascript:"));
}

#[test]
fn formats_are_read_by_name() {
    for f in Format::ALL {
        assert_eq!(Format::parse(f.name()), Some(f));
    }
    assert_eq!(Format::parse("ICS"), Some(Format::Ics));
    assert_eq!(Format::parse("md"), Some(Format::Markdown));
    assert!(
        "pdf"
            .parse::<Format>()
            .unwrap_err()
            .starts_with("not an export format: `pdf`")
    );
}

#[test]
fn annotations_fill_the_corrected_and_note_fields() {
    struct One;
    impl Annotations for One {
        fn corrected(&self, _: EventId, id: &str) -> Option<Corrected> {
            (id == "harbour-ferry#25").then(|| Corrected {
                was: "2019-02".into(),
                at: "2026-01-01T00:00:00Z".into(),
            })
        }
        fn note(&self, _: EventId, id: &str) -> Option<String> {
            (id == "harbour-ferry#25").then(|| "check, with the port".into())
        }
    }
    let index = fixture();
    let ctx = Context {
        index: &index,
        annotations: &One,
        now: now(),
    };
    let mut out = Vec::new();
    write(Format::Csv, &ctx, index.timeline(), &mut out).unwrap();
    let mut reader = ::csv::Reader::from_reader(&out[..]);
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[9], "was 2019-02 at 2026-01-01T00:00:00Z");
    assert_eq!(&first[10], "check, with the port");
    let mut md = Vec::new();
    write(Format::Markdown, &ctx, index.timeline(), &mut md).unwrap();
    assert!(
        String::from_utf8(md)
            .unwrap()
            .contains("*Note:* check, with the port")
    );
}
