//! Word lists written for this project: words that start sentences but are
//! not names, titles and roles, organisation and place words, given names,
//! nationality adjectives. The lists are data files in `lists/`, one
//! lowercase entry a line; they are looked up through hash sets built once.

use super::hash::FastSet as HashSet;
use std::sync::LazyLock;

use crate::vocab::{calendar, word_class};

/// The entries of a list file: one a line, blank lines and `#` comments
/// skipped.
fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn set(text: &'static str) -> HashSet<&'static str> {
    entries(text).collect()
}

/// Postal abbreviations of US states in datelines ("Tampa, Fla.").
#[rustfmt::skip]
pub const STATE_ABBREVIATIONS: &[(&str, &str)] = &[
    ("ala", "Alabama"), ("ariz", "Arizona"), ("ark", "Arkansas"), ("calif", "California"),
    ("colo", "Colorado"), ("conn", "Connecticut"), ("del", "Delaware"), ("fla", "Florida"),
    ("ga", "Georgia"), ("ill", "Illinois"), ("ind", "Indiana"), ("kan", "Kansas"),
    ("kans", "Kansas"), ("ky", "Kentucky"), ("la", "Louisiana"), ("md", "Maryland"),
    ("mass", "Massachusetts"), ("mich", "Michigan"), ("minn", "Minnesota"),
    ("miss", "Mississippi"), ("mo", "Missouri"), ("mont", "Montana"), ("neb", "Nebraska"),
    ("nev", "Nevada"), ("nh", "New Hampshire"), ("nj", "New Jersey"), ("nm", "New Mexico"),
    ("ny", "New York"), ("nc", "North Carolina"), ("nd", "North Dakota"), ("okla", "Oklahoma"),
    ("ore", "Oregon"), ("pa", "Pennsylvania"), ("ri", "Rhode Island"), ("sc", "South Carolina"),
    ("sd", "South Dakota"), ("tenn", "Tennessee"), ("tex", "Texas"), ("vt", "Vermont"),
    ("va", "Virginia"), ("wash", "Washington"), ("wva", "West Virginia"), ("wis", "Wisconsin"),
    ("wyo", "Wyoming"), ("dc", "Washington"),
];

/// Capitalised at the start of a sentence, in a headline or after a quote,
/// but not names.
pub static COMMON_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/common.txt")));

/// Months, weekdays, seasons and their abbreviations (from the shared
/// calendar words), holidays and other calendar words: capitalised, never a
/// name on their own (a "May" or "August" that is a person needs other
/// evidence).
pub static CALENDAR_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut words = set(include_str!("lists/calendar.txt"));
    words.extend(calendar::MONTH_WORDS);
    words.extend(calendar::WEEKDAY_WORDS);
    words.extend(calendar::SEASON_WORDS);
    words
});

/// Capitalised words that are never a name by themselves (languages,
/// religions, peoples, ideologies, currencies, generic capitalised nouns).
pub static NOT_NAME_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/not_names.txt")));

/// Adjectives of nations, regions and peoples. They start phrases like
/// "Iranian officials" or "Iranian President Hassan Rouhani" but are not
/// place mentions (news corpora count them separately).
pub static ADJECTIVE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/adjectives.txt")));

/// Head words of titles that precede a name ("President Barack Obama",
/// "Mr. Smith", "Ayatollah Ali Khamenei").
pub static TITLE_HEAD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/title_heads.txt")));

/// Words that modify a title ("Supreme Leader", "Foreign Minister").
pub static TITLE_MODIFIER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/title_modifiers.txt")));

/// Lowercase words that, just before a capitalised name, make it a person
/// and are kept as the role ("spokesman Josh Earnest").
pub static ROLE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/role_words.txt")));

/// Last words of organisation names.
pub static ORG_WORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/org_words.txt")));

/// Head words of organisations named "X of Y" ("Bank of England").
pub static ORG_HEAD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/org_heads.txt")));

/// Last words of place names ("Gaza Strip", "Yangtze River").
pub static PLACE_WORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/place_words.txt")));

/// First words of place names ("Mount Everest", "Lake Victoria").
pub static PLACE_HEAD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/place_heads.txt")));

/// Lowercase words allowed inside a name when capitalised words surround
/// them ("Bank of England", "Osama bin Laden", "Ludwig van Beethoven").
pub static JOINER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/joiners.txt")));

/// Words that follow a name and make it an organisation ("Islamic State
/// militants", "Hamas officials").
pub static ORG_FOLLOWER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/org_followers.txt")));

/// Words that follow a name and make it a person ("Smith, 45,", "Smith
/// himself").
pub static PERSON_FOLLOWER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/person_followers.txt")));

/// Common given names across many languages, written for this project.
pub static FIRST_NAME_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/first_names.txt")));

/// Lowercase nouns before "of X" that make X a place ("the town of X").
pub static PLACE_NOUN_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/place_nouns.txt")));

/// Lowercase nouns right after a single word that make it a place ("X
/// airport", "X province").
pub static PLACE_FOLLOWER_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/place_followers.txt")));

/// Company suffixes: "Translema SA" is also written "Translema".
pub static COMPANY_SUFFIX_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/company_suffixes.txt")));

/// Last words of names that are events, wars, awards or documents, not
/// people, organisations or places ("Kasmiran War", "Nobel Prize").
pub static EVENT_WORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/event_words.txt")));

/// East Asian family names, written first: "Zhou Lianbo" is later "Zhou".
pub static FAMILY_FIRST_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/family_first.txt")));

/// Lowercase nouns before "at X" that make X a place ("the reactor at
/// Arak").
pub static FACILITY_NOUN_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/facility_nouns.txt")));

/// Acronyms that are also common words or generic abbreviations: never an
/// organisation on their letters alone.
pub static COMMON_ACRONYM_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/common_acronyms.txt")));

word_class! {
    /// Compass points and regional adjectives that open place names and
    /// peoples ("North Korea", "Northern Iraq", "South Koreans").
    pub fn is_direction_word, DIRECTION_WORDS = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    ];
}
