//! Events, timeline order and cross-story grouping, on hand-built
//! extractions.

mod index_support;

use dateline::model::{
    Anchor, DateRange, EventId, EventKind, Explanation, Precision, StoryIx, Timex, TimexType,
};
use index_support::{Builder, build, day, find, timeline_rows};

fn seed_like() -> Builder {
    Builder::new(
        "obama-letter",
        Some(day(2014, 11, 6)),
        &[
            "Obama's letter comes as a Nov. 24 deadline nears in nuclear negotiations.",
            "Obama authorized an air campaign in Iraq in August and expanded the mission the following month to Syria. The US is taking action.",
            "Obama said on Wednesday that a deal is an open question.",
        ],
    )
    .date("Nov. 24", "2014-11-24", Precision::Day, day(2014, 11, 24), day(2014, 11, 24))
    .date("August", "2014-08", Precision::Month, day(2014, 8, 1), day(2014, 8, 31))
    .date("the following month", "2014-09", Precision::Month, day(2014, 9, 1), day(2014, 9, 30))
    .date("Wednesday", "2014-11-05", Precision::Day, day(2014, 11, 5), day(2014, 11, 5))
}

#[test]
fn timeline_runs_in_date_order_with_the_publication_event() {
    let index = build(vec![seed_like()]);
    let rows: Vec<String> = timeline_rows(&index).into_iter().map(|r| r.0).collect();
    assert_eq!(
        rows,
        vec![
            "Aug 2014",
            "Sep 2014",
            "Wed 5 Nov 2014",
            "Thu 6 Nov 2014",
            "Mon 24 Nov 2014"
        ]
    );
    let publication: Vec<_> = index
        .events()
        .iter()
        .filter(|e| e.kind == EventKind::Publication)
        .collect();
    assert_eq!(publication.len(), 1);
    assert_eq!(publication[0].timex.value, "2014-11-06");
}

#[test]
fn events_know_their_paragraph_sentence_and_story() {
    let index = build(vec![seed_like()]);
    let e = EventId(
        index
            .events()
            .iter()
            .position(|e| e.timex.text == "the following month")
            .unwrap(),
    );
    let ev = index.event(e);
    assert_eq!(ev.paragraph, 1);
    assert_eq!(
        index.event_sentence(e),
        "Obama authorized an air campaign in Iraq in August and expanded the mission the following month to Syria."
    );
    // Offsets are relative to the paragraph.
    let para = &index.story(StoryIx(0)).paragraphs[1];
    assert_eq!(&para[ev.timex.start..ev.timex.end], "the following month");
    // Story -> events, publication first, then text order.
    let texts: Vec<&str> = index.analyses()[0]
        .events
        .iter()
        .map(|&e| index.event(e).timex.text.as_str())
        .collect();
    assert_eq!(
        texts,
        vec![
            "2014-11-06",
            "Nov. 24",
            "August",
            "the following month",
            "Wednesday"
        ]
    );
    // Text -> event.
    let at = find(para, "following", 0);
    assert_eq!(index.event_at(StoryIx(0), 1, at), Some(e));
    assert_eq!(index.event_at(StoryIx(0), 1, 0), None);
    // Every event has its timeline position.
    for (pos, &ev) in index.timeline().iter().enumerate() {
        assert_eq!(index.timeline_position(ev), Some(pos));
    }
}

#[test]
fn coarser_precision_comes_first_on_the_same_start_then_story_order() {
    let a = Builder::new(
        "a",
        None,
        &["In 2014, then in January and on Jan. 1 things happened."],
    )
    .date(
        "Jan. 1",
        "2014-01-01",
        Precision::Day,
        day(2014, 1, 1),
        day(2014, 1, 1),
    )
    .date(
        "January",
        "2014-01",
        Precision::Month,
        day(2014, 1, 1),
        day(2014, 1, 31),
    )
    .date(
        "2014",
        "2014",
        Precision::Year,
        day(2014, 1, 1),
        day(2014, 12, 31),
    );
    let b = Builder::new("b", None, &["By January the plan was set."]).date(
        "January",
        "2014-01",
        Precision::Month,
        day(2014, 1, 1),
        day(2014, 1, 31),
    );
    let index = build(vec![a, b]);
    let rows: Vec<(String, String)> = timeline_rows(&index)
        .into_iter()
        .map(|(d, s, _)| (d, s))
        .collect();
    assert_eq!(
        rows,
        vec![
            ("2014".into(), "a".into()),
            ("Jan 2014".into(), "a".into()),
            ("Jan 2014".into(), "b".into()),
            ("Wed 1 Jan 2014".into(), "a".into()),
        ]
    );
}

#[test]
fn only_resolved_dates_and_times_become_events() {
    let text = "It lasted three years and ended some day.";
    let duration = Timex {
        start: find(text, "three years", 0),
        end: find(text, "three years", 0) + "three years".len(),
        text: "three years".into(),
        kind: TimexType::Duration,
        value: "P3Y".into(),
        precision: None,
        range: None,
        explanation: Explanation {
            anchor: Anchor::None,
            rule: String::new(),
        },
    };
    let unresolved = Timex {
        start: find(text, "some day", 0),
        end: find(text, "some day", 0) + "some day".len(),
        text: "some day".into(),
        kind: TimexType::Date,
        value: "FUTURE_REF".into(),
        precision: None,
        range: None,
        explanation: Explanation {
            anchor: Anchor::None,
            rule: String::new(),
        },
    };
    // Spans that do not fit the text, or cross a paragraph break, are
    // dropped rather than trusted.
    let mut broken = unresolved.clone();
    broken.start = 10_000;
    broken.end = 10_005;
    broken.range = Some(DateRange::day(day(2014, 1, 1)));
    let index = build(vec![
        Builder::new("undated", None, &[text])
            .raw_timex(duration)
            .raw_timex(unresolved)
            .raw_timex(broken),
    ]);
    assert!(index.events().is_empty());
    assert!(index.timeline().is_empty());
}

#[test]
fn a_span_across_paragraphs_is_dropped() {
    let b = Builder::new("p", None, &["Ends in Nov.", "24 begins."]);
    let start = find(&b.text.text, "Nov.", 0);
    let end = find(&b.text.text, "24", 0) + 2;
    let t = Timex {
        start,
        end,
        text: b.text.text[start..end].to_string(),
        kind: TimexType::Date,
        value: "XXXX-11-24".into(),
        precision: Some(Precision::Day),
        range: Some(DateRange::day(day(2014, 11, 24))),
        explanation: Explanation {
            anchor: Anchor::None,
            rule: String::new(),
        },
    };
    let index = build(vec![b.raw_timex(t)]);
    assert!(index.events().is_empty());
}

fn deadline_story(id: &str, sentence: &str, phrase: &str) -> Builder {
    Builder::new(id, Some(day(2014, 11, 6)), &[sentence]).date(
        phrase,
        "2014-11-24",
        Precision::Day,
        day(2014, 11, 24),
        day(2014, 11, 24),
    )
}

#[test]
fn the_same_deadline_in_several_stories_is_one_group() {
    let index = build(vec![
        deadline_story("a", "Talks face a Nov. 24 deadline for a deal.", "Nov. 24"),
        deadline_story(
            "b",
            "Negotiators are racing the November 24 deadline in Vienna.",
            "November 24",
        ),
        deadline_story(
            "c",
            "The deadline of Nov. 24 looms over the talks.",
            "Nov. 24",
        ),
        // Same date, unrelated statement.
        deadline_story(
            "d",
            "A concert is planned for Nov. 24 in Boston.",
            "Nov. 24",
        ),
    ]);
    assert_eq!(index.groups().len(), 1, "{:?}", index.groups());
    let g = &index.groups()[0];
    assert_eq!(g.stories, vec![StoryIx(0), StoryIx(1), StoryIx(2)]);
    assert_eq!(g.events.len(), 3);
    // Events find their group; the concert and the publications do not.
    for &e in &g.events {
        assert_eq!(index.group_of(e), Some(g));
    }
    let concert = EventId(
        index
            .events()
            .iter()
            .position(|e| e.story == StoryIx(3) && e.kind == EventKind::Mention)
            .unwrap(),
    );
    assert_eq!(index.group_of(concert), None);
    for (i, e) in index.events().iter().enumerate() {
        if e.kind == EventKind::Publication {
            assert_eq!(index.group_of(EventId(i)), None);
        }
    }
    // Group events are in timeline order.
    let positions: Vec<usize> = g
        .events
        .iter()
        .map(|&e| index.timeline_position(e).unwrap())
        .collect();
    let mut sorted = positions.clone();
    sorted.sort();
    assert_eq!(positions, sorted);
}

#[test]
fn same_words_but_different_dates_or_precisions_are_not_grouped() {
    let a = deadline_story("a", "Talks face a Nov. 24 deadline.", "Nov. 24");
    let b = Builder::new("b", None, &["Talks face a November deadline."]).date(
        "November",
        "2014-11",
        Precision::Month,
        day(2014, 11, 1),
        day(2014, 11, 30),
    );
    let c = Builder::new("c", None, &["Talks face a Nov. 25 deadline."]).date(
        "Nov. 25",
        "2014-11-25",
        Precision::Day,
        day(2014, 11, 25),
        day(2014, 11, 25),
    );
    let index = build(vec![a, b, c]);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
}

#[test]
fn one_story_repeating_a_date_is_not_a_group() {
    let a = Builder::new(
        "a",
        None,
        &[
            "The Nov. 24 deadline nears.",
            "Before the Nov. 24 deadline, talks resume.",
        ],
    )
    .date_nth(
        "Nov. 24",
        0,
        "2014-11-24",
        Precision::Day,
        day(2014, 11, 24),
        day(2014, 11, 24),
    )
    .date_nth(
        "Nov. 24",
        1,
        "2014-11-24",
        Precision::Day,
        day(2014, 11, 24),
        day(2014, 11, 24),
    );
    let index = build(vec![a]);
    assert!(index.groups().is_empty());
}

#[test]
fn publication_events_are_never_grouped() {
    let index = build(vec![
        Builder::new("a", Some(day(2014, 11, 6)), &["Nothing dated here."]),
        Builder::new("b", Some(day(2014, 11, 6)), &["Nothing dated here."]),
    ]);
    assert_eq!(index.events().len(), 2);
    assert!(index.groups().is_empty());
}

#[test]
fn an_undated_story_has_no_publication_event_but_keeps_explicit_dates() {
    let index = build(vec![
        Builder::new(
            "undated",
            None,
            &["The treaty was signed on Nov. 24, 2014."],
        )
        .date(
            "Nov. 24, 2014",
            "2014-11-24",
            Precision::Day,
            day(2014, 11, 24),
            day(2014, 11, 24),
        ),
    ]);
    assert_eq!(index.events().len(), 1);
    assert_eq!(index.events()[0].kind, EventKind::Mention);
    assert_eq!(
        index.event_sentence(EventId(0)),
        "The treaty was signed on Nov. 24, 2014."
    );
}

#[test]
fn each_story_counts_the_dates_in_its_text_and_each_event_knows_its_group() {
    let index = build(vec![
        seed_like(),
        deadline_story("b", "The deadline of Nov. 24 looms.", "Nov. 24"),
        Builder::new("c", None, &["No date here."]),
    ]);
    // The seed-like story holds four dates besides its publication date.
    assert_eq!(index.story_event_count(StoryIx(0)), 4);
    assert_eq!(index.story_event_count(StoryIx(1)), 1);
    assert_eq!(index.story_event_count(StoryIx(2)), 0);
    assert_eq!(index.story_event_count(StoryIx(9)), 0, "no such story");
    // The two Nov. 24 deadlines are one group; every other event has none.
    assert_eq!(index.groups().len(), 1);
    let grouped: Vec<EventId> = (0..index.events().len())
        .map(EventId)
        .filter(|&e| index.event_group(e) == Some(0))
        .collect();
    assert_eq!(grouped, index.groups()[0].events);
    assert_eq!(grouped.len(), 2);
    assert_eq!(index.event_group(EventId(index.events().len())), None);
}
