//! Merging entities across stories.
//!
//! Within a story the extractor has already merged the ways a name is
//! written ("Obama" → "Barack Obama"). Across stories two entities become one
//! only when
//!
//! - their canonical names are the same once normalised (case, periods,
//!   possessive, a leading "the" and spacing ignored: "The Wall Street
//!   Journal" = "Wall Street Journal", "U.S." = "US"), and they are of the
//!   same kind; or
//! - both names are forms of one entry in the curated table of well-known
//!   aliases ("U.S." / "US" / "United States" / "America"), the table the
//!   extractor's gazetteer reads too ([`curated`]). Its first form is the
//!   preferred display name when a story uses it; otherwise the merged
//!   entity keeps the best-ranked form that the stories actually wrote.
//!
//! Nothing is ever merged by similarity: "Regan" stays apart from "Reagan",
//! and a bare surname in one story is not attached to a full name in another
//! (two stories may well be about two different Bakers).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::extract::entities::curated;
use crate::model::EntityKind;

/// A name reduced to what decides identity: lower case, periods dropped,
/// curly apostrophes straightened, possessive and a leading "the" removed,
/// runs of spaces collapsed. "The Wall Street Journal's" →
/// "wall street journal"; "U.S." → "us".
pub fn normalise(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.trim().chars() {
        match c {
            '.' => {}
            '\u{2019}' | '\u{2018}' | '`' => s.push('\''),
            c if c.is_whitespace() => {
                if !s.ends_with(' ') && !s.is_empty() {
                    s.push(' ');
                }
            }
            c => s.extend(c.to_lowercase()),
        }
    }
    let mut s = s.trim_end().to_string();
    for suffix in ["'s", "'"] {
        if let Some(stripped) = s.strip_suffix(suffix)
            && !stripped.is_empty()
        {
            s = stripped.to_string();
            break;
        }
    }
    if let Some(rest) = s.strip_prefix("the ")
        && !rest.is_empty()
    {
        s = rest.to_string();
    }
    s
}

/// Each curated entry's forms, normalised, in table order.
static CURATED_FORMS: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    curated::entries()
        .iter()
        .map(|c| c.forms.iter().map(|f| normalise(f)).collect())
        .collect()
});

/// The first curated entry holding each normalised form.
static CURATED_BY_FORM: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut by_form = HashMap::new();
    for (i, forms) in CURATED_FORMS.iter().enumerate() {
        for f in forms {
            by_form.entry(f.clone()).or_insert(i);
        }
    }
    by_form
});

/// The curated entry a name belongs to, if any: its index and kind.
pub fn curated(name: &str) -> Option<(usize, EntityKind)> {
    let n = normalise(name);
    if n.is_empty() {
        return None;
    }
    CURATED_BY_FORM
        .get(&n)
        .map(|&i| (i, curated::entries()[i].kind))
}

/// How strongly a curated entry prefers `name` as its display name: lower
/// is better; names outside the entry rank last.
pub fn curated_rank(entry: usize, name: &str) -> usize {
    let n = normalise(name);
    CURATED_FORMS
        .get(entry)
        .and_then(|forms| forms.iter().position(|f| *f == n))
        .unwrap_or(usize::MAX)
}

/// What two entities must share to be one across stories.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MergeKey {
    /// A curated entry: every form of it is one entity, whatever kind the
    /// extractor guessed.
    Curated(usize),
    /// The normalised full name and the kind.
    Name(String, EntityKind),
}

/// The key an extracted entity merges on.
pub fn merge_key(name: &str, kind: EntityKind) -> MergeKey {
    match curated(name) {
        Some((entry, _)) => MergeKey::Curated(entry),
        None => MergeKey::Name(normalise(name), kind),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalise_ignores_case_periods_possessives_and_the() {
        assert_eq!(normalise("U.S."), "us");
        assert_eq!(normalise("The Wall Street Journal"), "wall street journal");
        assert_eq!(normalise("Obama\u{2019}s"), "obama");
        assert_eq!(normalise("  Barack   Obama "), "barack obama");
        assert_eq!(normalise("The"), "the");
        assert_eq!(normalise(""), "");
    }

    /// Whether two names of given kinds merge across stories.
    fn merged(a: (&str, EntityKind), b: (&str, EntityKind)) -> bool {
        merge_key(a.0, a.1) == merge_key(b.0, b.1)
    }

    #[test]
    fn curated_forms_share_a_key_and_others_do_not() {
        use EntityKind::{Organisation, Place};
        let us = ("U.S.", Place);
        for (a, b) in [
            (("United States", Place), us),
            (("America", Organisation), us),
            (("US", Place), us),
            (("Britain", Place), ("United Kingdom", Place)),
            (("UN", Organisation), ("United Nations", Organisation)),
        ] {
            assert!(merged(a, b), "{a:?} and {b:?} should merge");
        }
        assert!(!merged(("UK", Place), us));
    }

    #[test]
    fn similar_names_never_share_a_key() {
        use EntityKind::{Person, Place};
        for (a, b) in [
            (("Regan", Person), ("Reagan", Person)),
            (("Obama", Person), ("Barack Obama", Person)),
            (("Washington", Place), ("Washington", Person)),
        ] {
            assert!(!merged(a, b), "{a:?} and {b:?} should stay apart");
        }
    }

    #[test]
    fn curated_rank_prefers_the_full_form() {
        let (entry, kind) = curated("US").unwrap();
        assert_eq!(kind, EntityKind::Place);
        assert!(curated_rank(entry, "United States") < curated_rank(entry, "US"));
        assert_eq!(curated_rank(entry, "Iran"), usize::MAX);
    }
}
