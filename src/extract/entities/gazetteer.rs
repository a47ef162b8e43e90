//! Compact gazetteers written for this project: countries (with the other
//! ways news writes them), capitals and major cities, US states and other
//! regions, international bodies, news agencies and newspapers, and a few
//! organisations every news reader meets.
//!
//! The lists are data files in `gazetteer/`, plus the curated table of
//! well-known entities (see [`super::curated`]). Each line is
//! `Canonical|alias|alias…`. Every alias of a line is one entity: "U.S.",
//! "US" and "America" all mean the United States. Keys are
//! normalised with the extractor's own tokenizer, so look-ups match however
//! the text is tokenised ("U.S ." and "U.S." alike).

use super::hash::FastMap as HashMap;
use std::sync::LazyLock;

use super::curated;
use super::token::{self, Kind};
use crate::model::EntityKind;

/// A gazetteer entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    pub kind: EntityKind,
    /// The canonical name, shared by every alias of the entry.
    pub canonical: &'static str,
    /// The alias is a short acronym ("US", "UN"): it matches only when the
    /// text writes it in capitals.
    pub acronym: bool,
}

const COUNTRIES: &str = include_str!("gazetteer/countries.txt");

const REGIONS: &str = include_str!("gazetteer/regions.txt");

const US_STATES: &str = include_str!("gazetteer/us_states.txt");

const CITIES: &str = include_str!("gazetteer/cities.txt");

const ORGS: &str = include_str!("gazetteer/orgs.txt");

/// Surnames (and single names) of public figures that news writes alone:
/// the canonical name stays the surname, since the gazetteer cannot know
/// which bearer a text means; a full name in the text wins.
const PEOPLE: &str = include_str!("gazetteer/people.txt");

/// How a kind of source maps to an entity kind.
#[rustfmt::skip]
const SOURCES: &[(&str, EntityKind)] = &[
    (COUNTRIES, EntityKind::Place),
    (REGIONS, EntityKind::Place),
    (US_STATES, EntityKind::Place),
    (CITIES, EntityKind::Place),
    (ORGS, EntityKind::Organisation),
    (PEOPLE, EntityKind::Person),
];

/// Normalise a run of tokens for look-up: lowercase, dots dropped, curly
/// apostrophes straightened, tokens joined by one space. Appends to `out`.
pub fn push_key(out: &mut String, text: &str) {
    if text.is_ascii() {
        out.extend(
            text.bytes()
                .filter(|&b| b != b'.')
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return;
    }
    for ch in text.chars() {
        match ch {
            '.' => {}
            '\u{2019}' | '\u{2018}' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

/// The normalised key of a whole phrase, tokenised as the extractor would.
fn phrase_key(phrase: &str) -> String {
    let mut key = String::with_capacity(phrase.len());
    for t in token::tokenize(phrase) {
        if matches!(t.kind, Kind::Punct('.')) {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        push_key(&mut key, t.text(phrase));
    }
    key
}

fn is_acronym(alias: &str) -> bool {
    let letters: Vec<char> = alias.chars().filter(|c| c.is_alphanumeric()).collect();
    letters.len() <= 5 && letters.iter().all(|c| !c.is_lowercase()) && !alias.contains(' ')
}

/// Every entry's names, canonical first: the curated entities, then the
/// lines of each source.
fn lines() -> impl Iterator<Item = (EntityKind, Vec<&'static str>)> {
    let curated = curated::entries().iter().map(|c| (c.kind, c.forms.clone()));
    let sources = SOURCES.iter().flat_map(|(text, kind)| {
        text.lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|line| (*kind, line.split('|').collect()))
    });
    curated.chain(sources)
}

static GAZETTEER: LazyLock<HashMap<String, Entry>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for (kind, names) in lines() {
        let Some(&canonical) = names.first() else {
            continue;
        };
        for alias in names {
            let entry = Entry {
                kind,
                canonical,
                acronym: is_acronym(alias),
            };
            let key = phrase_key(alias);
            // A name written with a leading "The" is also found without.
            if let Some(rest) = key.strip_prefix("the ") {
                map.entry(rest.to_string()).or_insert(entry);
            }
            map.entry(key).or_insert(entry);
        }
    }
    map
});

/// Look up a normalised key.
pub fn lookup(key: &str) -> Option<Entry> {
    GAZETTEER.get(key).copied()
}

/// The longest entry in the gazetteer, in tokens, bounds multi-word look-ups.
pub const MAX_WORDS: usize = 8;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_share_a_canonical_name() {
        for alias in ["us", "united states", "america", "usa"] {
            let e = lookup(alias).unwrap();
            assert_eq!(e.canonical, "United States");
            assert_eq!(e.kind, EntityKind::Place);
        }
        assert!(lookup("us").unwrap().acronym);
        assert!(!lookup("america").unwrap().acronym);
        assert_eq!(lookup("ap").unwrap().canonical, "The Associated Press");
        assert_eq!(
            lookup("wall street journal").unwrap().canonical,
            "The Wall Street Journal"
        );
        assert_eq!(
            lookup("the wall street journal").unwrap().kind,
            EntityKind::Organisation
        );
    }

    #[test]
    fn every_curated_form_is_one_gazetteer_entry() {
        // The index merges on the same table: both read one curated entry
        // as one entity, named by its first form.
        for c in curated::entries() {
            for form in &c.forms {
                let e = lookup(&phrase_key(form)).unwrap_or_else(|| panic!("{form} missing"));
                assert_eq!((e.kind, e.canonical), (c.kind, c.forms[0]), "{form}");
            }
        }
    }

    #[test]
    fn keys_ignore_tokenisation() {
        assert_eq!(phrase_key("U.S."), "us");
        assert_eq!(phrase_key("U.S ."), "us");
        assert_eq!(phrase_key("People’s Daily"), phrase_key("People's Daily"));
        assert_eq!(phrase_key("Itar-Tass"), "itar-tass");
    }

    #[test]
    fn no_alias_is_claimed_twice_by_different_kinds() {
        // Every key maps to exactly one entry by construction; spot-check a
        // few that could collide.
        assert_eq!(lookup("georgia").unwrap().kind, EntityKind::Place);
        assert_eq!(lookup("hamas").unwrap().kind, EntityKind::Organisation);
    }
}
