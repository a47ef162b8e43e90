//! Cross-story groups: one happening on one date, with evidence that the
//! stories tell the same thing; framing references and mere shared dates
//! never make a group.

mod index_support;

use dateline::index::timeline::MAX_GROUP;
use dateline::model::{EntityKind, Precision, StoryIx};
use index_support::{Builder, build, day};

/// A story dated 3 March 2021 naming `phrase` as 2 March 2021.
fn on_march_2(id: &str, sentence: &str, phrase: &str) -> Builder {
    Builder::new(id, Some(day(2021, 3, 3)), &[sentence]).date(
        phrase,
        "2021-03-02",
        Precision::Day,
        day(2021, 3, 2),
        day(2021, 3, 2),
    )
}

#[test]
fn one_crash_told_by_three_stories_is_one_group() {
    let index = build(vec![
        on_march_2(
            "a",
            "A freight train derailed near Dunmore on Tuesday, spilling diesel into the river.",
            "Tuesday",
        ),
        on_march_2(
            "b",
            "Investigators said the freight train left the rails early Tuesday at a broken joint.",
            "Tuesday",
        ),
        on_march_2(
            "c",
            "The March 2 derailment of the freight train forced the closure of the line.",
            "March 2",
        ),
    ]);
    assert_eq!(index.groups().len(), 1, "{:?}", index.groups());
    assert_eq!(
        index.groups()[0].stories,
        vec![StoryIx(0), StoryIx(1), StoryIx(2)]
    );
}

#[test]
fn two_happenings_on_the_same_day_are_not_grouped() {
    // Same date, common words ("city", "officials", "people"), nothing else.
    let index = build(vec![
        on_march_2(
            "a",
            "City officials said a shark bit a swimmer off Kettle Beach on Tuesday.",
            "Tuesday",
        ),
        on_march_2(
            "b",
            "City officials said the council approved the harbour budget on Tuesday.",
            "Tuesday",
        ),
        on_march_2(
            "c",
            "On March 2 people queued for hours to vote in the mayoral primary, city officials said.",
            "March 2",
        ),
    ]);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
}

#[test]
fn a_shared_participant_and_a_content_word_make_a_group_a_participant_alone_does_not() {
    let mayor = |id: &str, sentence: &str, phrase: &str| {
        on_march_2(id, sentence, phrase)
            .entity("Rosa Delgado", EntityKind::Person, &["Delgado"], &["Mayor"])
            .mentions("Rosa Delgado", 0)
    };
    let index = build(vec![
        mayor(
            "a",
            "Rosa Delgado resigned on Tuesday amid an inquiry into contracts.",
            "Tuesday",
        ),
        mayor(
            "b",
            "Rosa Delgado, who resigned abruptly March 2, will not face charges.",
            "March 2",
        ),
        // Same person, same day, another happening.
        mayor(
            "c",
            "Rosa Delgado opened a children's library on Tuesday.",
            "Tuesday",
        ),
    ]);
    assert_eq!(index.groups().len(), 1, "{:?}", index.groups());
    assert_eq!(index.groups()[0].stories, vec![StoryIx(0), StoryIx(1)]);
}

#[test]
fn a_bare_year_or_a_framing_reference_never_forms_a_group() {
    let year = |id: &str, sentence: &str| {
        Builder::new(id, Some(day(2021, 3, 3)), &[sentence]).date(
            "2019",
            "2019",
            Precision::Year,
            day(2019, 1, 1),
            day(2019, 12, 31),
        )
    };
    let last_month = |id: &str, sentence: &str| {
        Builder::new(id, Some(day(2021, 3, 3)), &[sentence]).date(
            "last month",
            "2021-02",
            Precision::Month,
            day(2021, 2, 1),
            day(2021, 2, 28),
        )
    };
    let index = build(vec![
        year("a", "The water tariff was raised in 2019 after a drought."),
        year("b", "In 2019 the water tariff was raised once more."),
        last_month("c", "The water tariff rose last month in Dunmore."),
        last_month("d", "Dunmore's water tariff rose last month."),
    ]);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
}

#[test]
fn a_named_month_with_the_same_event_word_is_a_group() {
    let month = |id: &str, sentence: &str| {
        Builder::new(id, Some(day(2021, 3, 3)), &[sentence]).date(
            "February",
            "2021-02",
            Precision::Month,
            day(2021, 2, 1),
            day(2021, 2, 28),
        )
    };
    let index = build(vec![
        month("a", "The February strike closed every port on the coast."),
        month(
            "b",
            "Dock workers recall the strike in February as the longest.",
        ),
    ]);
    assert_eq!(index.groups().len(), 1, "{:?}", index.groups());
}

#[test]
fn the_same_words_on_different_days_are_not_grouped() {
    let index = build(vec![
        on_march_2(
            "a",
            "The freight train derailment on Tuesday closed the line.",
            "Tuesday",
        ),
        Builder::new(
            "b",
            Some(day(2021, 3, 3)),
            &["The freight train derailment on Monday closed the line."],
        )
        .date(
            "Monday",
            "2021-03-01",
            Precision::Day,
            day(2021, 3, 1),
            day(2021, 3, 1),
        ),
    ]);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
}

#[test]
fn a_group_stays_bounded_however_many_stories_tell_it() {
    let stories: Vec<Builder> = (0..60)
        .map(|i| {
            on_march_2(
                &format!("s{i}"),
                &format!("Report {i}: the freight train derailment on Tuesday closed the line."),
                "Tuesday",
            )
        })
        .collect();
    let index = build(stories);
    assert!(!index.groups().is_empty());
    for g in index.groups() {
        assert!(g.events.len() <= MAX_GROUP, "{}", g.events.len());
        assert!(g.stories.len() >= 2);
    }
}

#[test]
fn a_phrase_found_with_many_dates_is_framing_not_evidence() {
    // A phrase that comes back with every date frames many happenings.
    let report = |id: &str, d: u32, sentence: &str| {
        let sentence = sentence.replace("DAY", &format!("day {d}"));
        Builder::new(id, Some(day(2021, 3, 20)), &[&sentence]).date(
            &format!("day {d}"),
            &format!("2021-03-{d:02}"),
            Precision::Day,
            day(2021, 3, d),
            day(2021, 3, d),
        )
    };
    let mut stories: Vec<Builder> = (1..=6)
        .map(|d| {
            report(
                &format!("r{d}"),
                d,
                "Passengers liked the new rail timetable on DAY.",
            )
        })
        .collect();
    stories.push(report(
        "other",
        6,
        "The new rail timetable confused commuters on DAY.",
    ));
    let index = build(stories);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
    // On one day only, the same phrase is evidence.
    let index = build(vec![
        report("a", 6, "Passengers liked the new rail timetable on DAY."),
        report("b", 6, "The new rail timetable confused commuters on DAY."),
    ]);
    assert_eq!(index.groups().len(), 1, "{:?}", index.groups());
}

#[test]
fn market_reports_on_different_firms_are_different_happenings() {
    // Two firms' shares on one trading day share the market's vocabulary
    // and the exchange, not a happening.
    let firm = |id: &str, name: &str, sentence: &str| {
        on_march_2(id, sentence, "Tuesday")
            .entity(name, EntityKind::Organisation, &[], &[])
            .mentions(name, 0)
            .entity("Kestrel Stock Exchange", EntityKind::Organisation, &[], &[])
            .mentions("Kestrel Stock Exchange", 1)
    };
    let index = build(vec![
        firm(
            "a",
            "Harlow",
            "In Kestrel Stock Exchange composite trading Tuesday, Harlow shares rose 30 cents to close at $12.",
        ),
        firm(
            "b",
            "Quenby",
            "Quenby closed down 45 cents in Kestrel Stock Exchange composite trading Tuesday.",
        ),
    ]);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
}

#[test]
fn a_reaction_is_not_the_happening_it_is_about() {
    // Each story names the place; `sentence` is its one sentence about Tuesday.
    let valdane = |id: &str, sentence: &str| {
        on_march_2(id, sentence, "Tuesday")
            .entity("Valdane", EntityKind::Place, &[], &[])
            .mentions("Valdane", 0)
    };
    let condemned = |id: &str| {
        valdane(
            id,
            "The government of Valdane on Tuesday condemned the refinery explosion at Kestrel Bay.",
        )
    };
    let index = build(vec![
        valdane(
            "blast",
            "The Kestrel Bay refinery explosion on Tuesday killed two workers in Valdane.",
        ),
        condemned("reaction"),
    ]);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
    // The same statement told by two stories is one happening.
    let index = build(vec![
        condemned("a"),
        valdane(
            "b",
            "Valdane condemned Tuesday the blast that wrecked the Kestrel Bay refinery.",
        ),
    ]);
    assert_eq!(index.groups().len(), 1, "{:?}", index.groups());
    // Two speakers reacting the same day are two statements.
    let index = build(vec![
        condemned("a"),
        valdane(
            "b",
            "The Kestrel Bay mayor vowed Tuesday to rebuild the refinery that exploded in Valdane.",
        ),
    ]);
    assert!(index.groups().is_empty(), "{:?}", index.groups());
}

#[test]
fn words_for_one_kind_of_happening_count_as_one() {
    let index = build(vec![
        on_march_2(
            "a",
            "Two bombs exploded outside the Dunmore courthouse on Tuesday.",
            "Tuesday",
        ),
        on_march_2(
            "b",
            "The March 2 blast shattered windows across the old town.",
            "March 2",
        ),
        // Another kind of happening the same day stays apart.
        on_march_2(
            "c",
            "A ferry crashed into the Dunmore pier on Tuesday.",
            "Tuesday",
        ),
    ]);
    assert_eq!(index.groups().len(), 1, "{:?}", index.groups());
    assert_eq!(index.groups()[0].stories, vec![StoryIx(0), StoryIx(1)]);
}
