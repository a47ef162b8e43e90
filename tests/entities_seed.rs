//! The sample stories: exactly the people, organisations and places they
//! name, with aliases and roles, and nothing else.

use dateline::extract::entities::extract;
use dateline::model::{EntityAnalysis, EntityKind, LocalEntity};

/// The story body: everything after the front matter.
fn body(file: &str) -> &str {
    let rest = file
        .strip_prefix("---")
        .and_then(|r| r.find("\n---").map(|end| &r[end + 4..]))
        .unwrap_or(file);
    rest.trim_start()
}

fn entity<'a>(a: &'a EntityAnalysis, name: &str) -> &'a LocalEntity {
    a.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name:?} in {:#?}", a.entities))
}

fn names_of(a: &EntityAnalysis, kind: EntityKind) -> Vec<&str> {
    let mut v: Vec<&str> = a
        .entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.name.as_str())
        .collect();
    v.sort_unstable();
    v
}

const SEED: &str = include_str!("../sample-data/2014-11-06-obama-writes-to-irans-leader.md");

#[test]
fn seed_story_has_exactly_the_expected_entities() {
    let a = extract(body(SEED));
    assert_eq!(
        names_of(&a, EntityKind::Person),
        ["Ali Khamenei", "Barack Obama", "Josh Earnest"]
    );
    assert_eq!(
        names_of(&a, EntityKind::Organisation),
        [
            "Islamic State",
            "The Associated Press",
            "The Wall Street Journal",
            "White House"
        ]
    );
    assert_eq!(
        names_of(&a, EntityKind::Place),
        [
            "Britain",
            "China",
            "France",
            "Germany",
            "Iran",
            "Iraq",
            "Russia",
            "Syria",
            "United States",
            "Washington"
        ]
    );
}

#[test]
fn seed_story_aliases_and_roles() {
    let a = extract(body(SEED));
    let obama = entity(&a, "Barack Obama");
    assert!(obama.aliases.contains(&"Obama".to_string()));
    assert!(obama.roles.contains(&"President".to_string()));

    let khamenei = entity(&a, "Ali Khamenei");
    assert_eq!(khamenei.aliases, ["Khamenei"]);
    assert!(khamenei.roles.contains(&"Supreme Leader".to_string()));
    assert!(khamenei.roles.contains(&"Ayatollah".to_string()));

    let earnest = entity(&a, "Josh Earnest");
    assert_eq!(earnest.roles, ["spokesman"]);

    let is = entity(&a, "Islamic State");
    assert!(is.aliases.contains(&"IS".to_string()), "{is:?}");
    assert!(
        is.aliases.contains(&"Islamic State group".to_string()),
        "{is:?}"
    );

    assert_eq!(entity(&a, "The Associated Press").aliases, ["AP"]);
    assert_eq!(entity(&a, "United States").aliases, ["US"]);
}

#[test]
fn seed_story_mentions_are_names_only() {
    let text = body(SEED);
    let a = extract(text);
    for m in &a.mentions {
        assert_eq!(&text[m.start..m.end], m.text);
        assert!(!m.text.ends_with("’s") && !m.text.ends_with("'s"), "{m:?}");
        assert!(!m.text.starts_with("President"), "{m:?}");
    }
    // "Obama’s letter": the possessive is not part of the mention.
    let obama = a
        .mentions
        .iter()
        .filter(|m| a.entities[m.entity].name == "Barack Obama")
        .count();
    assert_eq!(obama, 7, "every Obama, possessive or not");
    // In text order.
    assert!(a.mentions.windows(2).all(|w| w[0].end <= w[1].start));
    // "Iranian officials" is not a mention of Iran.
    assert!(!a.mentions.iter().any(|m| m.text == "Iranian"));
}

const TALKS: &str = include_str!("../sample-data/2014-11-24-nuclear-talks-extended-again.md");
const LAUSANNE: &str = include_str!("../sample-data/2015-04-02-lausanne-framework.txt");

#[test]
fn companion_stories_main_names() {
    let a = extract(body(TALKS));
    let kerry = entity(&a, "John Kerry");
    assert_eq!(kerry.kind, EntityKind::Person);
    assert!(kerry.roles.iter().any(|r| r == "Secretary of State"));
    let zarif = entity(&a, "Mohammad Javad Zarif");
    assert!(zarif.roles.iter().any(|r| r == "Foreign Minister"));
    assert_eq!(entity(&a, "Philip Hammond").kind, EntityKind::Person);
    assert_eq!(entity(&a, "Hassan Rouhani").kind, EntityKind::Person);
    assert_eq!(entity(&a, "Vienna").kind, EntityKind::Place);
    assert_eq!(entity(&a, "Tehran").kind, EntityKind::Place);
    assert_eq!(entity(&a, "Senate").kind, EntityKind::Organisation);
    assert!(!a.entities.iter().any(|e| e.name.contains("Iranian")));

    let a = extract(body(LAUSANNE));
    assert_eq!(entity(&a, "Federica Mogherini").kind, EntityKind::Person);
    assert_eq!(entity(&a, "Benjamin Netanyahu").roles, ["Prime Minister"]);
    assert_eq!(entity(&a, "European Union").aliases, ["EU"]);
    assert_eq!(
        entity(&a, "International Atomic Energy Agency").kind,
        EntityKind::Organisation
    );
    assert_eq!(entity(&a, "Lausanne").kind, EntityKind::Place);
    assert_eq!(entity(&a, "Switzerland").kind, EntityKind::Place);
    assert_eq!(entity(&a, "Arak").kind, EntityKind::Place);
    let obama = entity(&a, "Barack Obama");
    assert!(obama.aliases.contains(&"Obama".to_string()));
}
