//! Entities across stories: merging, mentions, co-mentions and the link to
//! events, on hand-built extractions.

mod index_support;

use dateline::index::Index;
use dateline::model::{EntityId, EntityKind, EventId, Precision, StoryIx};
use index_support::{Builder, build, day};

use EntityKind::{Organisation, Person, Place};

fn names(index: &Index) -> Vec<String> {
    let mut v: Vec<String> = index.entities().iter().map(|e| e.name.clone()).collect();
    v.sort();
    v
}

fn id(index: &Index, name: &str) -> EntityId {
    index
        .entities()
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:?}", names(index)))
        .id
}

fn story_a() -> Builder {
    Builder::new(
        "a",
        Some(day(2014, 11, 6)),
        &[
            "President Barack Obama wrote to Iran. Obama met The Wall Street Journal editors.",
            "The United States and the US allies waited on Wednesday, Obama said.",
        ],
    )
    .entity("Barack Obama", Person, &["Obama"], &["President"])
    .mentions("Barack Obama", 0)
    .mentions("Obama", 0)
    .entity("Iran", Place, &[], &[])
    .mentions("Iran", 1)
    .entity("The Wall Street Journal", Organisation, &[], &[])
    .mentions("The Wall Street Journal", 2)
    .entity("United States", Place, &["US"], &[])
    .mentions("United States", 3)
    .mentions("US", 3)
    .date(
        "Wednesday",
        "2014-11-05",
        Precision::Day,
        day(2014, 11, 5),
        day(2014, 11, 5),
    )
}

fn story_b() -> Builder {
    Builder::new(
        "b",
        Some(day(2014, 11, 7)),
        &["Barack Obama told the Wall Street Journal that U.S. talks with Iran go on. Regan disagreed."],
    )
    .entity("Barack Obama", Person, &[], &["Commander in Chief"])
    .mentions("Barack Obama", 0)
    .entity("Wall Street Journal", Organisation, &[], &[])
    .mentions("Wall Street Journal", 1)
    .entity("U.S.", Place, &[], &[])
    .mentions("U.S.", 2)
    .entity("Iran", Place, &[], &[])
    .mentions("Iran", 3)
    .entity("Regan", Person, &[], &[])
    .mentions("Regan", 4)
}

fn story_c() -> Builder {
    Builder::new(
        "c",
        None,
        &["Reagan spoke. Obama spoke too. Washington sent Washington a note."],
    )
    .entity("Reagan", Person, &[], &[])
    .mentions("Reagan", 0)
    // A bare surname in another story joins the only full name with it.
    .entity("Obama", Person, &[], &[])
    .mentions("Obama", 1)
    .entity("Washington", Place, &[], &[])
    .mentions("Washington", 2)
}

#[test]
fn same_normalised_names_and_curated_aliases_merge_across_stories() {
    let index = build(vec![story_a(), story_b(), story_c()]);
    assert_eq!(
        names(&index),
        vec![
            "Barack Obama",
            "Iran",
            "Reagan",
            "Regan",
            "The Wall Street Journal",
            "United States",
            "Washington"
        ]
    );
    let obama = index.entity(id(&index, "Barack Obama"));
    assert_eq!(obama.kind, Person);
    assert_eq!(obama.aliases, vec!["Obama"]);
    assert_eq!(obama.roles, vec!["President", "Commander in Chief"]);
    let obama = id(&index, "Barack Obama");
    assert_eq!(
        index.entity_stories(obama),
        [StoryIx(0), StoryIx(1), StoryIx(2)]
    );
    let us = index.entity(id(&index, "United States"));
    assert_eq!(us.aliases, vec!["US", "U.S."]);
    let wsj = id(&index, "The Wall Street Journal");
    assert_eq!(index.entity(wsj).aliases, vec!["Wall Street Journal"]);
    assert_eq!(index.entity_stories(wsj), [StoryIx(0), StoryIx(1)]);
    assert_eq!(index.mention_count(wsj), 2);
    let iran = id(&index, "Iran");
    assert_eq!(index.entity_stories(iran), [StoryIx(0), StoryIx(1)]);
}

#[test]
fn a_curated_entity_shows_its_preferred_form_whatever_story_came_first() {
    let index = build(vec![story_b(), story_a()]);
    let us = index.entity(id(&index, "United States"));
    assert_eq!(us.kind, Place);
    assert!(us.aliases.contains(&"U.S.".to_string()));
    assert!(us.aliases.contains(&"US".to_string()));
}

#[test]
fn mentions_are_located_in_paragraph_and_sentence() {
    let index = build(vec![story_a()]);
    let obama = id(&index, "Barack Obama");
    let ms = index.entity_mentions(obama);
    assert_eq!(ms.len(), 3);
    let last = index.mention(ms[2]);
    assert_eq!(last.paragraph, 1);
    let para = &index.story(StoryIx(0)).paragraphs[1];
    assert_eq!(&para[last.span.clone()], "Obama");
    assert_eq!(
        index.mention_sentence(ms[2]),
        "The United States and the US allies waited on Wednesday, Obama said."
    );
    assert_eq!(
        index.mention_at(StoryIx(0), 1, last.span.start + 1),
        Some(ms[2])
    );
}

#[test]
fn entity_events_link_names_to_the_dates_in_their_sentences() {
    let index = build(vec![story_a()]);
    let wednesday = EventId(
        index
            .events()
            .iter()
            .position(|e| e.timex.text == "Wednesday")
            .unwrap(),
    );
    assert_eq!(index.entity_events(id(&index, "Barack Obama")), [wednesday]);
    assert_eq!(
        index.entity_events(id(&index, "United States")),
        [wednesday]
    );
    assert!(index.entity_events(id(&index, "Iran")).is_empty());
}

#[test]
fn co_mentions_count_shared_sentences() {
    let index = build(vec![story_a(), story_b()]);
    let obama = id(&index, "Barack Obama");
    let co = index.co_mentions(obama);
    let iran = id(&index, "Iran");
    let wsj = id(&index, "The Wall Street Journal");
    let us = id(&index, "United States");
    // Iran: sentence 1 of story a and the first sentence of story b.
    assert!(co.contains(&(iran, 2)), "{co:?}");
    assert!(co.contains(&(wsj, 2)), "{co:?}");
    // Two mentions of the US in one sentence count once.
    assert!(co.contains(&(us, 2)), "{co:?}");
    assert!(!co.iter().any(|&(e, _)| e == obama));
    assert!(co.windows(2).all(|w| w[0].1 >= w[1].1));
}

/// Another Obama: the bare "Obama" of story c no longer names one person.
fn story_d() -> Builder {
    Builder::new("d", None, &["Michelle Obama spoke."])
        .entity("Michelle Obama", Person, &[], &[])
        .mentions("Michelle Obama", 0)
}

#[test]
fn find_entity_by_name_alias_or_curated_form() {
    let index = build(vec![story_a(), story_b(), story_c(), story_d()]);
    let us = id(&index, "United States");
    assert_eq!(index.find_entity("united states"), Some(us));
    assert_eq!(index.find_entity("U.S."), Some(us));
    assert_eq!(index.find_entity("America"), Some(us));
    assert_eq!(
        index.find_entity("wall street journal"),
        Some(id(&index, "The Wall Street Journal"))
    );
    // The exact name wins over an alias.
    assert_eq!(index.find_entity("Obama"), Some(id(&index, "Obama")));
    assert_eq!(index.find_entity("Reegan"), None);
    assert_eq!(index.find_entity(""), None);
}

#[test]
fn resolving_an_unknown_name_names_the_closest_entities() {
    let index = build(vec![story_a(), story_b()]);
    assert_eq!(
        index.resolve_entity("wall street journal"),
        Ok(id(&index, "The Wall Street Journal"))
    );
    let err = index.resolve_entity("Obamma").unwrap_err();
    assert_eq!(err.name, "Obamma");
    assert_eq!(err.suggestions, vec!["Barack Obama"]);
    assert_eq!(
        err.to_string(),
        "no person, organisation or place called `Obamma`; did you mean `Barack Obama`?"
    );
    let err = index.resolve_entity("qqq").unwrap_err();
    assert!(err.suggestions.is_empty());
    assert_eq!(
        err.to_string(),
        "no person, organisation or place called `qqq` in these stories"
    );
}

#[test]
fn entities_sort_by_mentions() {
    let index = build(vec![story_a(), story_b()]);
    let order: Vec<&str> = index
        .entities_by_mentions()
        .into_iter()
        .map(|e| index.entity(e).name.as_str())
        .collect();
    assert_eq!(order[0], "Barack Obama");
    let counts: Vec<usize> = index
        .entities_by_mentions()
        .into_iter()
        .map(|e| index.mention_count(e))
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
}

#[test]
fn the_same_name_of_two_kinds_stays_two_entities() {
    let a = Builder::new("a", None, &["Jordan played."])
        .entity("Jordan", Person, &[], &[])
        .mentions("Jordan", 0);
    let b = Builder::new("b", None, &["Jordan borders Syria."])
        .entity("Jordan", Place, &[], &[])
        .mentions("Jordan", 0);
    let index = build(vec![a, b]);
    assert_eq!(index.entities().len(), 2);
}

#[test]
fn mentions_of_unknown_entities_or_bad_spans_are_skipped() {
    let mut b = Builder::new("a", None, &["Iran waits."]).entity("Iran", Place, &[], &[]);
    b.extraction
        .entities
        .mentions
        .push(dateline::model::EntityMention {
            start: 0,
            end: 4,
            text: "Iran".into(),
            entity: 7,
        });
    b.extraction
        .entities
        .mentions
        .push(dateline::model::EntityMention {
            start: 2,
            end: 99,
            text: "??".into(),
            entity: 0,
        });
    let index = build(vec![b]);
    assert!(index.mentions().is_empty());
    assert_eq!(index.entities().len(), 1);
}

fn person_story(slug: &str, sentence: &str, people: &[&str]) -> Builder {
    let mut b = Builder::new(slug, None, &[sentence]);
    for (i, p) in people.iter().enumerate() {
        b = b.entity(p, Person, &[], &[]).mentions(p, i);
    }
    b
}

#[test]
fn a_bare_surname_joins_the_only_full_name_in_the_corpus() {
    let index = build(vec![
        person_story("a", "Vanterpool objected.", &["Vanterpool"]),
        person_story(
            "b",
            "Harriet Vanterpool and Ronald Reagan met.",
            &["Harriet Vanterpool", "Ronald Reagan"],
        ),
        person_story("c", "Regan declined.", &["Regan"]),
        person_story(
            "d",
            "Dana Quillfeather thanked Omar Quillfeather.",
            &["Dana Quillfeather", "Omar Quillfeather"],
        ),
        person_story("e", "Quillfeather left.", &["Quillfeather"]),
    ]);
    let harriet = id(&index, "Harriet Vanterpool");
    assert_eq!(index.entity_stories(harriet), [StoryIx(0), StoryIx(1)]);
    assert_eq!(index.entity(harriet).aliases, vec!["Vanterpool"]);
    // Lookalikes stay apart; a surname two people share stays apart.
    assert_eq!(
        names(&index),
        vec![
            "Dana Quillfeather",
            "Harriet Vanterpool",
            "Omar Quillfeather",
            "Quillfeather",
            "Regan",
            "Ronald Reagan"
        ]
    );
}

#[test]
fn a_name_in_capitals_is_the_mixed_case_entity() {
    let index = build(vec![
        Builder::new("a", None, &["Sales at ORVANTA rose."])
            .entity("ORVANTA", Place, &[], &[])
            .mentions("ORVANTA", 0),
        Builder::new("b", None, &["Orvanta cut prices."])
            .entity("Orvanta", Organisation, &[], &[])
            .mentions("Orvanta", 0),
    ]);
    assert_eq!(names(&index), vec!["Orvanta"]);
    let orvanta = index.entity(id(&index, "Orvanta"));
    assert_eq!(orvanta.kind, Organisation);
    assert_eq!(index.entity_stories(orvanta.id), [StoryIx(0), StoryIx(1)]);
}

#[test]
fn an_acronym_some_stories_write_in_title_case_is_one_entity_shown_as_most_write_it() {
    // An alliance the gazetteer does not know: two desks write its acronym
    // in capitals, one in title case.
    let caps = |slug: &str, text: &str| {
        Builder::new(slug, None, &[text])
            .entity("VARCO", Organisation, &[], &[])
            .mentions("VARCO", 0)
    };
    let index = build(vec![
        Builder::new(
            "a",
            None,
            &["Varco ministers met on Monday. Varco said little."],
        )
        .entity("Varco", Organisation, &[], &[])
        .mentions("Varco", 0),
        caps("b", "VARCO envoys arrived, and VARCO staff followed."),
        caps("c", "The talks at VARCO went on."),
    ]);
    assert_eq!(names(&index), vec!["VARCO"]);
    let varco = index.entity(id(&index, "VARCO"));
    assert_eq!(varco.kind, Organisation);
    // The title-case form is the same name, so no separate alias, and it
    // still finds the entity.
    assert!(varco.aliases.is_empty());
    assert_eq!(index.find_entity("Varco"), Some(varco.id));
    assert_eq!(index.mention_count(varco.id), 5);
    assert_eq!(
        index.entity_stories(varco.id),
        [StoryIx(0), StoryIx(1), StoryIx(2)]
    );
}

#[test]
fn capitals_in_headline_lines_and_datelines_do_not_vote_for_the_form() {
    let index = build(vec![
        Builder::new(
            "a",
            None,
            &[
                "TALKS IN KESTRELBY STALL",
                "KESTRELBY - Officials in Kestrelby waited.",
            ],
        )
        .entity("Kestrelby", Place, &[], &[])
        .mentions("KESTRELBY", 0)
        .mentions("Kestrelby", 0),
        Builder::new("b", None, &["KESTRELBY - Rain fell."])
            .entity("KESTRELBY", Place, &[], &[])
            .mentions("KESTRELBY", 0),
    ]);
    assert_eq!(names(&index), vec!["Kestrelby"]);
}
