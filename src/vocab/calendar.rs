//! Calendar words: the names of months, weekdays and seasons and the
//! abbreviations news writes for them. The date tagger, the date-line
//! parser, the timeline's word comparison and the name extractor all read
//! these lists. Look-ups take lower-case words.

use chrono::Weekday;

use super::word_map;

/// Seasons, northern hemisphere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

word_map! {
    /// Month number for a full or abbreviated month name; the second value
    /// says whether the form is an abbreviation (which needs a capital and
    /// usually a period).
    pub fn month -> (u32, bool), MONTH_WORDS {
        "january" => (1, false),
        "february" => (2, false),
        "march" => (3, false),
        "april" => (4, false),
        "may" => (5, false),
        "june" => (6, false),
        "july" => (7, false),
        "august" => (8, false),
        "september" => (9, false),
        "october" => (10, false),
        "november" => (11, false),
        "december" => (12, false),
        "jan" => (1, true),
        "feb" => (2, true),
        "mar" => (3, true),
        "apr" => (4, true),
        "jun" => (6, true),
        "jul" => (7, true),
        "aug" => (8, true),
        "sep" | "sept" => (9, true),
        "oct" => (10, true),
        "nov" => (11, true),
        "dec" => (12, true),
    }
}

word_map! {
    /// Weekday for a full or abbreviated name (abbreviations flagged).
    pub fn weekday -> (Weekday, bool), WEEKDAY_WORDS {
        "monday" => (Weekday::Mon, false),
        "tuesday" => (Weekday::Tue, false),
        "wednesday" => (Weekday::Wed, false),
        "thursday" => (Weekday::Thu, false),
        "friday" => (Weekday::Fri, false),
        "saturday" => (Weekday::Sat, false),
        "sunday" => (Weekday::Sun, false),
        "mon" => (Weekday::Mon, true),
        "tue" | "tues" => (Weekday::Tue, true),
        "wed" => (Weekday::Wed, true),
        "thu" | "thur" | "thurs" => (Weekday::Thu, true),
        "fri" => (Weekday::Fri, true),
        "sat" => (Weekday::Sat, true),
        "sun" => (Weekday::Sun, true),
    }
}

word_map! {
    /// A season's name, "fall" and the "-time" forms included.
    pub fn season -> Season, SEASON_WORDS {
        "spring" | "springtime" => Season::Spring,
        "summer" | "summertime" => Season::Summer,
        "fall" | "autumn" => Season::Fall,
        "winter" | "wintertime" => Season::Winter,
    }
}

/// Month names as written, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of month `m` (1 to 12); "month" for any other number.
pub fn month_name(m: u32) -> &'static str {
    MONTH_NAMES
        .get((m as usize).wrapping_sub(1))
        .copied()
        .unwrap_or("month")
}

pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

pub fn season_name(s: Season) -> &'static str {
    match s {
        Season::Spring => "spring",
        Season::Summer => "summer",
        Season::Fall => "autumn",
        Season::Winter => "winter",
    }
}

/// Whether lower-case `w` is the first three letters or more of `name`.
fn starts_name(name: &str, w: &str) -> bool {
    w.len() >= 3
        && name.len() >= w.len()
        && name.as_bytes()[..w.len()].eq_ignore_ascii_case(w.as_bytes())
}

/// A month from the start of its name, three letters at least ("Nov",
/// "Novem"), or "sept"; as publication dates abbreviate.
pub fn month_by_prefix(w: &str) -> Option<u32> {
    if w.len() < 3 {
        return None;
    }
    if w == "sept" {
        return Some(9);
    }
    MONTH_NAMES
        .iter()
        .position(|m| starts_name(m, w))
        .map(|i| i as u32 + 1)
}

/// A weekday named in the plural, a recurring day: "Mondays".
pub fn weekday_plural(w: &str) -> Option<Weekday> {
    match weekday(w.strip_suffix('s')?)? {
        (d, false) => Some(d),
        _ => None,
    }
}

/// A weekday from the start of its name, three letters at least ("Thu",
/// "Thurs").
pub fn weekday_by_prefix(w: &str) -> Option<Weekday> {
    [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ]
    .into_iter()
    .find(|&d| starts_name(weekday_name(d), w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_abbreviations_agree() {
        assert_eq!(month("sept"), Some((9, true)));
        assert_eq!(month("may"), Some((5, false)));
        assert_eq!(month("mays"), None);
        assert_eq!(weekday("thurs"), Some((Weekday::Thu, true)));
        assert_eq!(season("fall"), Some(Season::Fall));
        for (i, name) in MONTH_NAMES.iter().enumerate() {
            assert_eq!(month(&name.to_lowercase()), Some((i as u32 + 1, false)));
        }
    }

    #[test]
    fn prefixes_need_three_letters() {
        assert_eq!(month_by_prefix("novem"), Some(11));
        assert_eq!(month_by_prefix("sept"), Some(9));
        assert_eq!(month_by_prefix("ju"), None);
        assert_eq!(month_by_prefix("novembers"), None);
        assert_eq!(weekday_by_prefix("thurs"), Some(Weekday::Thu));
        assert_eq!(weekday_by_prefix("th"), None);
        assert_eq!(weekday_by_prefix("fridays"), None);
    }
}
