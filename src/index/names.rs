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
//! Then, reading the whole corpus first ([`CorpusNames`]):
//!
//! - a bare surname of a person joins the full name ending with it when the
//!   corpus names only one such person ("Reagan" and "Ronald Reagan"); two
//!   different full names ("Dana Quillfeather", "Omar Quillfeather") leave the
//!   bare surname apart, with both as candidates;
//! - a name written in capitals is the same entity as the name written in
//!   mixed case, and takes its kind.
//!
//! Last, a name written several ways that differ only in case or periods
//! ("Varco" and "VARCO" for an alliance whose acronym some desks write in
//! title case) shows the form most of its mentions use ([`display_form`]).
//!
//! Nothing is ever merged by similarity: "Regan" stays apart from "Reagan".

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
    curated_normalised(&normalise(name))
}

/// [`curated`] of a name already normalised.
fn curated_normalised(n: &str) -> Option<(usize, EntityKind)> {
    if n.is_empty() {
        return None;
    }
    CURATED_BY_FORM
        .get(n)
        .map(|&i| (i, curated::entries()[i].kind))
}

/// How strongly a curated entry prefers `name` as its display name: lower
/// is better; names outside the entry rank last.
pub fn curated_rank(entry: usize, name: &str) -> usize {
    curated_rank_of(entry, &NameForm::of(name))
}

/// [`curated_rank`] of a name already read.
pub fn curated_rank_of(entry: usize, form: &NameForm) -> usize {
    CURATED_FORMS
        .get(entry)
        .and_then(|forms| forms.iter().position(|f| *f == form.normalised))
        .unwrap_or(usize::MAX)
}

/// What merging compares of a written name, read once: its normalised form
/// and whether it is written in capitals only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameForm {
    pub normalised: String,
    pub capitals: bool,
}

impl NameForm {
    pub fn of(name: &str) -> Self {
        Self {
            normalised: normalise(name),
            capitals: all_caps(name),
        }
    }
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
    merge_key_of(&NameForm::of(name), kind)
}

/// [`merge_key`] of a name already read.
fn merge_key_of(form: &NameForm, kind: EntityKind) -> MergeKey {
    match curated_normalised(&form.normalised) {
        Some((entry, _)) => MergeKey::Curated(entry),
        None => MergeKey::Name(form.normalised.clone(), kind),
    }
}

/// What the whole corpus says about names, read before any entity is
/// merged: the full names of people by surname, and the kind each name
/// takes where it is written in mixed case.
///
/// - A bare surname of a person joins the full name ending with it when the
///   corpus holds exactly one such full name ("Vanterpool" and "Harriet
///   Vanterpool"); with two or more ("Dana Quillfeather", "Omar
///   Quillfeather") it stays apart, and [`CorpusNames::candidates`] lists
///   them.
/// - A name written in capitals ("ACME", from an old wire headline or
///   signature) is the same entity as the name written in mixed case
///   elsewhere, whatever kind its own story gave it: capitals only confirm
///   a name.
///
/// Surnames match exactly once normalised: "Regan" never joins "Ronald
/// Reagan".
#[derive(Debug, Default)]
pub struct CorpusNames {
    /// Normalised surname → the normalised full names of people ending with
    /// it, in first-seen order.
    full_names: HashMap<String, Vec<String>>,
    /// Normalised name → the kind it is given most often where written in
    /// mixed case (the first such kind on a tie).
    mixed_kind: HashMap<String, EntityKind>,
}

/// Name words that follow a surname: "Jr.", "III".
fn is_generation(word: &str) -> bool {
    matches!(word, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// The surname of a normalised full name of two or more words.
fn surname_of(normalised: &str) -> Option<&str> {
    let mut words = normalised.rsplit(' ');
    let mut last = words.next()?;
    if is_generation(last) {
        last = words.next()?;
    }
    // At least one more word: a full name, not a bare surname.
    words.next()?;
    Some(last)
}

/// Written in capitals only: "ACME", "J.K. VOSS".
fn all_caps(name: &str) -> bool {
    name.chars().any(char::is_uppercase) && !name.chars().any(char::is_lowercase)
}

impl CorpusNames {
    /// Read every extracted entity's name and kind, in corpus order.
    pub fn new<'a>(names: impl IntoIterator<Item = (&'a str, EntityKind)>) -> Self {
        use rayon::prelude::*;
        let mut full_names: HashMap<String, Vec<String>> = HashMap::new();
        let mut counts: HashMap<String, Vec<(EntityKind, usize)>> = HashMap::new();
        // Each name read on every thread; the tables filled in corpus order.
        let names: Vec<(&str, EntityKind)> = names.into_iter().collect();
        let read: Vec<(String, bool, EntityKind)> = names
            .par_iter()
            .map(|&(name, kind)| (normalise(name), all_caps(name), kind))
            .collect();
        for (n, capitals, kind) in read {
            if n.is_empty() {
                continue;
            }
            if !capitals {
                let kinds = counts.entry(n.clone()).or_default();
                match kinds.iter_mut().find(|(k, _)| *k == kind) {
                    Some((_, c)) => *c += 1,
                    None => kinds.push((kind, 1)),
                }
            }
            if kind == EntityKind::Person
                && let Some(s) = surname_of(&n)
            {
                let list = full_names.entry(s.to_string()).or_default();
                if !list.contains(&n) {
                    list.push(n.clone());
                }
            }
        }
        let mixed_kind = counts
            .into_iter()
            .filter_map(|(n, kinds)| {
                let mut best: Option<(EntityKind, usize)> = None;
                for (k, c) in kinds {
                    if best.is_none_or(|(_, b)| c > b) {
                        best = Some((k, c));
                    }
                }
                best.map(|(k, _)| (n, k))
            })
            .collect();
        CorpusNames {
            full_names,
            mixed_kind,
        }
    }

    /// The full names of people a bare surname may stand for, in first-seen
    /// order (empty for a name of several words or an unknown surname).
    pub fn candidates(&self, surname: &str) -> &[String] {
        let n = normalise(surname);
        if n.contains(' ') {
            return &[];
        }
        self.full_names.get(&n).map_or(&[], Vec::as_slice)
    }

    /// The key an entity merges on across the corpus: [`merge_key`], with a
    /// name in capitals taking its mixed-case kind and a bare surname of a
    /// person joining the only full name with that surname.
    pub fn merge_key(&self, name: &str, kind: EntityKind) -> MergeKey {
        self.merge_key_of(&NameForm::of(name), kind)
    }

    /// [`CorpusNames::merge_key`] of a name already read.
    pub fn merge_key_of(&self, form: &NameForm, kind: EntityKind) -> MergeKey {
        let key = merge_key_of(form, kind);
        let MergeKey::Name(n, mut kind) = key else {
            return key;
        };
        if form.capitals
            && let Some(&k) = self.mixed_kind.get(&n)
        {
            kind = k;
        }
        if kind == EntityKind::Person
            && !n.contains(' ')
            && let [full] = self.candidates(&n)
        {
            return MergeKey::Name(full.clone(), kind);
        }
        MergeKey::Name(n, kind)
    }
}

/// Whether `new` is a better display name than `current` for the entity
/// merged on `key`: the full name a bare surname joined, or a mixed-case
/// form of a name first seen in capitals.
pub fn better_display(key: &MergeKey, current: &str, new: &str) -> bool {
    better_display_of(key, &NameForm::of(current), &NameForm::of(new))
}

/// [`better_display`] of names already read.
pub fn better_display_of(key: &MergeKey, current: &NameForm, new: &NameForm) -> bool {
    if current.capitals && !new.capitals {
        return true;
    }
    match key {
        MergeKey::Name(full, _) => current.normalised != *full && new.normalised == *full,
        MergeKey::Curated(_) => false,
    }
}

/// The display name of a merged entity from how often each form was
/// written, in first-seen order: among `current` and the forms that are
/// `current` up to case and periods (never another name the entity
/// absorbed, such as a bare surname), the one most mentions use. A tie
/// keeps `current`, which already prefers mixed case to capitals.
pub fn display_form<'a>(current: &'a str, written: &'a [(String, usize)]) -> &'a str {
    let key = normalise(current);
    let count_of = |form: &str| {
        written
            .iter()
            .filter(|(f, _)| f == form)
            .map(|(_, c)| c)
            .sum::<usize>()
    };
    let mut best = (current, count_of(current));
    for (form, count) in written {
        if *count > best.1 && normalise(form) == key {
            best = (form.as_str(), *count);
        }
    }
    best.0
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
            // Old wire copy signs off in capitals and in the singular.
            (("REUTER", Organisation), ("Reuters", Organisation)),
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
    fn a_bare_surname_joins_the_only_full_name_with_it() {
        use EntityKind::{Organisation, Person};
        let corpus = CorpusNames::new([
            ("Vanterpool", Person),
            ("Harriet Vanterpool", Person),
            ("Dana Quillfeather", Person),
            ("Omar Quillfeather", Person),
            ("Quillfeather", Person),
            ("Ronald Reagan", Person),
            ("Regan", Person),
            ("Tobias Lund Jr.", Person),
        ]);
        let key = |n: &str, k| corpus.merge_key(n, k);
        assert_eq!(key("Vanterpool", Person), key("Harriet Vanterpool", Person));
        assert_eq!(key("Lund", Person), key("Tobias Lund Jr.", Person));
        for full in ["Dana Quillfeather", "Omar Quillfeather"] {
            assert_ne!(key("Quillfeather", Person), key(full, Person));
        }
        assert_eq!(
            corpus.candidates("Quillfeather"),
            ["dana quillfeather", "omar quillfeather"]
        );
        // Lookalikes and other kinds never join.
        assert_ne!(key("Regan", Person), key("Ronald Reagan", Person));
        assert_ne!(
            key("Vanterpool", Organisation),
            key("Harriet Vanterpool", Person)
        );
        assert!(corpus.candidates("Harriet Vanterpool").is_empty());
    }

    #[test]
    fn a_name_in_capitals_takes_its_mixed_case_kind() {
        use EntityKind::{Organisation, Person, Place};
        let corpus = CorpusNames::new([
            ("Korvex", Organisation),
            ("Korvex", Organisation),
            ("Korvex", Place),
            ("KORVEX", Place),
            ("VARNE", Person),
        ]);
        assert_eq!(
            corpus.merge_key("KORVEX", Place),
            corpus.merge_key("Korvex", Organisation)
        );
        // Mixed case keeps its own kind; capitals alone keep theirs.
        assert_ne!(
            corpus.merge_key("Korvex", Place),
            corpus.merge_key("Korvex", Organisation)
        );
        assert_eq!(
            corpus.merge_key("VARNE", Person),
            MergeKey::Name("varne".into(), Person)
        );
        let key = corpus.merge_key("KORVEX", Place);
        assert!(better_display(&key, "KORVEX", "Korvex"));
        assert!(!better_display(&key, "Korvex", "KORVEX"));
    }

    #[test]
    fn the_display_form_is_the_case_variant_most_mentions_use() {
        let written = |forms: &[(&str, usize)]| -> Vec<(String, usize)> {
            forms.iter().map(|&(f, c)| (f.to_string(), c)).collect()
        };
        // An acronym that one desk writes in title case: the capitals are
        // written more often, so they are the name.
        let w = written(&[("Varco", 2), ("VARCO", 5)]);
        assert_eq!(display_form("Varco", &w), "VARCO");
        // And the other way round.
        let w = written(&[("VARCO", 1), ("Varco", 4)]);
        assert_eq!(display_form("Varco", &w), "Varco");
        // A tie keeps the current name.
        let w = written(&[("VARCO", 3), ("Varco", 3)]);
        assert_eq!(display_form("Varco", &w), "Varco");
        // Periods and a leading "the" are the same name too.
        let w = written(&[("Wall Street Journal", 1), ("The Wall Street Journal", 3)]);
        assert_eq!(
            display_form("Wall Street Journal", &w),
            "The Wall Street Journal"
        );
        // A bare surname the entity absorbed is never its name, however
        // often it is written.
        let w = written(&[("Harriet Vanterpool", 1), ("Vanterpool", 9)]);
        assert_eq!(display_form("Harriet Vanterpool", &w), "Harriet Vanterpool");
        assert_eq!(display_form("Varco", &[]), "Varco");
    }

    #[test]
    fn curated_rank_prefers_the_full_form() {
        let (entry, kind) = curated("US").unwrap();
        assert_eq!(kind, EntityKind::Place);
        assert!(curated_rank(entry, "United States") < curated_rank(entry, "US"));
        assert_eq!(curated_rank(entry, "Iran"), usize::MAX);
    }
}
