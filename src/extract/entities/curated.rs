//! The curated table of well-known entities written in several ways
//! ("U.S.", "US", "United States", "America"), read by both the gazetteer
//! (every form is an alias of one entry) and the index (every form is one
//! entity across stories).
//!
//! The table is the data file `gazetteer/curated.txt`, a line an entity:
//! `kind|form|form…`. The first form is the canonical name the extractor
//! gives every form, and the display name the index prefers.

use std::sync::LazyLock;

use crate::model::EntityKind;

/// One well-known entity and the ways it is written, preferred first.
#[derive(Debug)]
pub struct Curated {
    pub kind: EntityKind,
    pub forms: Vec<&'static str>,
}

static CURATED: LazyLock<Vec<Curated>> = LazyLock::new(|| {
    include_str!("gazetteer/curated.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|line| {
            let mut parts = line.split('|');
            let kind: EntityKind = parts.next()?.parse().ok()?;
            Some(Curated {
                kind,
                forms: parts.collect(),
            })
        })
        .collect()
});

/// Every curated entity, in table order.
pub fn entries() -> &'static [Curated] {
    &CURATED
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_read_with_its_kind_and_forms() {
        let lines = include_str!("gazetteer/curated.txt")
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(entries().len(), lines);
        assert!(entries().iter().all(|e| e.forms.len() >= 2));
        let us = entries()
            .iter()
            .find(|e| e.forms.contains(&"U.S."))
            .unwrap();
        assert_eq!(us.kind, EntityKind::Place);
        assert_eq!(us.forms[0], "United States");
    }
}
