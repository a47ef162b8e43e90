//! Disagreements: stories that date one happening on different days are
//! flagged with every side; a month against a day inside it, different
//! happenings on nearby days and the moments of one long happening are not.

mod index_support;

use chrono::NaiveDate;
use dateline::index::Index;
use dateline::model::{EntityKind, EventId, EventKind, Precision, StoryIx};
use index_support::{Builder, build, day};

/// A story published on `published` naming `phrase` as the day `on`.
fn on_day(id: &str, published: NaiveDate, sentence: &str, phrase: &str, on: NaiveDate) -> Builder {
    Builder::new(id, Some(published), &[sentence]).date(
        phrase,
        &on.format("%Y-%m-%d").to_string(),
        Precision::Day,
        on,
        on,
    )
}

/// The mill fire, with the mill as a named participant.
fn mill(id: &str, sentence: &str, phrase: &str, on: NaiveDate) -> Builder {
    on_day(id, day(2026, 3, 10), sentence, phrase, on)
        .entity("Halvorsen", EntityKind::Organisation, &[], &[])
        .mentions("Halvorsen", 0)
}

/// The mention event of story `story` (its first one).
fn mention(index: &Index, story: usize) -> EventId {
    EventId(
        index
            .events()
            .iter()
            .position(|e| e.story == StoryIx(story) && e.kind == EventKind::Mention)
            .expect("the story names a date"),
    )
}

#[test]
fn two_stories_a_day_apart_on_one_fire_disagree_and_every_side_is_listed() {
    let index = build(vec![
        mill(
            "mill-fire-courier",
            "The fire at the Halvorsen textile mill broke out on Sunday, March 8, and burned for nine hours.",
            "Sunday, March 8",
            day(2026, 3, 8),
        ),
        mill(
            "mill-fire-gazette",
            "Firefighters were called to the Halvorsen mill on Saturday, March 7, when the fire broke out in the dye shed.",
            "Saturday, March 7",
            day(2026, 3, 7),
        ),
        mill(
            "mill-fire-insurers",
            "Loss adjusters say the fire that gutted the Halvorsen mill on March 8 started in the boiler room.",
            "March 8",
            day(2026, 3, 8),
        ),
    ]);
    assert_eq!(
        index.disagreements().len(),
        1,
        "{:?}",
        index.disagreements()
    );
    let d = &index.disagreements()[0];
    assert_eq!(d.days, vec![day(2026, 3, 7), day(2026, 3, 8)]);
    // The story agreeing with the courier on the 8th is a side too.
    assert_eq!(d.stories.len(), 3, "{d:?}");
    let sides: Vec<EventId> = (0..3).map(|s| mention(&index, s)).collect();
    let mut listed = d.events.clone();
    listed.sort();
    assert_eq!(listed, sides);
    for &e in &sides {
        assert_eq!(index.disagreement_of(e), Some(d));
        assert_eq!(index.event_disagreement(e), Some(0));
    }
    // Sides come in timeline order: the 7th first.
    assert_eq!(d.events[0], sides[1]);
    // Publication events are never sides.
    for (i, e) in index.events().iter().enumerate() {
        if e.kind == EventKind::Publication {
            assert_eq!(index.disagreement_of(EventId(i)), None);
        }
    }
}

#[test]
fn a_month_against_a_day_inside_it_is_not_a_disagreement() {
    let index = build(vec![
        mill(
            "mill-fire-courier",
            "The fire at the Halvorsen textile mill broke out on Sunday, March 8, and burned for nine hours.",
            "Sunday, March 8",
            day(2026, 3, 8),
        ),
        Builder::new(
            "mill-fire-monthly",
            Some(day(2026, 4, 2)),
            &["The fire that broke out at the Halvorsen mill in March cost two hundred jobs."],
        )
        .date(
            "March",
            "2026-03",
            Precision::Month,
            day(2026, 3, 1),
            day(2026, 3, 31),
        )
        .entity("Halvorsen", EntityKind::Organisation, &[], &[])
        .mentions("Halvorsen", 0),
    ]);
    assert!(
        index.disagreements().is_empty(),
        "{:?}",
        index.disagreements()
    );
}

#[test]
fn the_same_day_told_twice_is_an_agreement_not_a_disagreement() {
    let index = build(vec![
        mill(
            "a",
            "The fire at the Halvorsen textile mill broke out on Sunday, March 8.",
            "Sunday, March 8",
            day(2026, 3, 8),
        ),
        mill(
            "b",
            "The Halvorsen mill fire broke out on March 8, the owners said.",
            "March 8",
            day(2026, 3, 8),
        ),
    ]);
    assert_eq!(index.groups().len(), 1);
    assert!(index.disagreements().is_empty());
}

#[test]
fn different_happenings_on_nearby_days_are_not_disagreements() {
    let index = build(vec![
        // Two fires, a day apart, in different places.
        mill(
            "mill",
            "The fire at the Halvorsen textile mill broke out on Saturday, March 7, in the dye shed.",
            "Saturday, March 7",
            day(2026, 3, 7),
        ),
        on_day(
            "warehouse",
            day(2026, 3, 9),
            "A fire broke out at a grain warehouse near the Dunmore docks on Sunday, March 8.",
            "Sunday, March 8",
            day(2026, 3, 8),
        ),
        // The same participants and the same budget, but two acts: the
        // council passes it, the mayor vetoes it the next day.
        on_day(
            "council",
            day(2026, 3, 3),
            "The Dunmore council passed the harbour budget on Monday, March 2, by seven votes to four.",
            "Monday, March 2",
            day(2026, 3, 2),
        ),
        on_day(
            "veto",
            day(2026, 3, 4),
            "Mayor Rosa Delgado rejected the harbour budget on Tuesday, March 3, calling it reckless.",
            "Tuesday, March 3",
            day(2026, 3, 3),
        ),
        // "Another" blaze at the mill is a second fire, not a misdated one.
        mill(
            "second-fire",
            "Another fire broke out at the Halvorsen textile mill on Monday, March 9, in the dye shed.",
            "Monday, March 9",
            day(2026, 3, 9),
        ),
    ]);
    assert!(
        index.disagreements().is_empty(),
        "{:?}",
        index.disagreements()
    );
}

#[test]
fn a_story_telling_both_days_makes_them_moments_of_one_happening() {
    let kessler = |id: &str, sentence: &str, phrases: &[(&str, NaiveDate)]| {
        let mut b = Builder::new(id, Some(day(2026, 3, 6)), &[sentence])
            .entity("Kessler", EntityKind::Organisation, &[], &[])
            .mentions("Kessler", 0);
        for &(phrase, on) in phrases {
            b = b.date(
                phrase,
                &on.format("%Y-%m-%d").to_string(),
                Precision::Day,
                on,
                on,
            );
        }
        b
    };
    let index = build(vec![
        kessler(
            "walkout",
            "Workers at the Kessler plant went on strike on Monday, March 2, over night shifts.",
            &[("Monday, March 2", day(2026, 3, 2))],
        ),
        kessler(
            "settled",
            "The strike at the Kessler plant ended on Wednesday, March 4, with a new shift rota.",
            &[("Wednesday, March 4", day(2026, 3, 4))],
        ),
        kessler(
            "review",
            "The strike at the Kessler plant began on Monday, March 2, and ended on Wednesday, March 4.",
            &[
                ("Monday, March 2", day(2026, 3, 2)),
                ("Wednesday, March 4", day(2026, 3, 4)),
            ],
        ),
    ]);
    assert!(
        index.disagreements().is_empty(),
        "{:?}",
        index.disagreements()
    );
    // Without the story that tells both days, the walkout and the
    // settlement would read as one strike dated twice.
    let index = build(vec![
        kessler(
            "walkout",
            "Workers at the Kessler plant went on strike on Monday, March 2, over night shifts.",
            &[("Monday, March 2", day(2026, 3, 2))],
        ),
        kessler(
            "settled",
            "The strike at the Kessler plant ended on Wednesday, March 4, with a new shift rota.",
            &[("Wednesday, March 4", day(2026, 3, 4))],
        ),
    ]);
    assert_eq!(index.disagreements().len(), 1);
}

#[test]
fn days_far_apart_are_two_happenings() {
    let index = build(vec![
        mill(
            "spring",
            "The fire at the Halvorsen textile mill broke out on Sunday, March 8, in the dye shed.",
            "Sunday, March 8",
            day(2026, 3, 8),
        ),
        mill(
            "summer",
            "The fire at the Halvorsen textile mill broke out on Sunday, June 14, in the dye shed.",
            "Sunday, June 14",
            day(2026, 6, 14),
        ),
    ]);
    assert!(index.disagreements().is_empty());
}
