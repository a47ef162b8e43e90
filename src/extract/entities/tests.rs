//! Unit tests per rule family, on realistic sentences.

use super::*;
use crate::model::{EntityAnalysis, EntityKind};

fn found(text: &str) -> Vec<(String, EntityKind, String)> {
    let a = extract(text);
    a.mentions
        .iter()
        .map(|m| {
            let e = &a.entities[m.entity];
            (m.text.clone(), e.kind, e.name.clone())
        })
        .collect()
}

fn entity<'a>(a: &'a EntityAnalysis, name: &str) -> &'a crate::model::LocalEntity {
    a.entities
        .iter()
        .find(|e| e.name == name)
        .unwrap_or_else(|| panic!("no entity {name} in {:#?}", a.entities))
}

#[test]
fn smoke() {
    let f = found("President Barack Obama met Ali Khamenei in Tehran.");
    assert!(!f.is_empty());
    let a = extract("President Barack Obama met Ali Khamenei in Tehran.");
    assert_eq!(entity(&a, "Barack Obama").kind, EntityKind::Person);
}
