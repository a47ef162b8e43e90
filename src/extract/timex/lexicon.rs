//! Word lists of the date tagger: number words, ordinals, units, parts of
//! the day, and the word classes its grammar reads (month, weekday and
//! season names are in [`crate::vocab::calendar`]). All look-ups take
//! lower-case words.

use super::calendar::{DayPart, Unit};
use crate::vocab::{word_class, word_map};

word_map! {
    /// Parts of the day after a day name: "Friday night", "this morning".
    pub fn day_part -> DayPart, DAY_PART_WORDS {
        "morning" => DayPart::Morning,
        "afternoon" => DayPart::Afternoon,
        "evening" => DayPart::Evening,
        "night" | "overnight" => DayPart::Night,
    }
}

word_map! {
    /// Cardinal number words up to "ninety"; compounds ("twenty-four",
    /// "twenty four") are assembled by the grammar.
    pub fn cardinal -> u32, CARDINAL_WORDS {
        "zero" => 0,
        "one" | "a" | "an" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        "dozen" => 12,
        "couple" => 2,
    }
}

word_map! {
    /// Ordinal words ("third") and their value.
    pub fn ordinal -> u32, ORDINAL_WORDS {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "twenty-first" => 21,
        "thirtieth" => 30,
        "last" | "final" => 99,
    }
}

word_class! {
    /// Vague quantities: "several years", "a few days", "many months".
    pub fn is_vague_quantity, VAGUE_QUANTITIES = ["several", "few", "many", "some", "numerous"];
}

word_map! {
    /// Calendar units, singular or plural; the flag is true for the plural.
    pub fn unit -> (Unit, bool), UNIT_WORDS {
        "second" => (Unit::Second, false),
        "seconds" => (Unit::Second, true),
        "minute" => (Unit::Minute, false),
        "minutes" => (Unit::Minute, true),
        "hour" => (Unit::Hour, false),
        "hours" => (Unit::Hour, true),
        "day" => (Unit::Day, false),
        "days" => (Unit::Day, true),
        "week" => (Unit::Week, false),
        "weeks" => (Unit::Week, true),
        "weekend" => (Unit::Weekend, false),
        "weekends" => (Unit::Weekend, true),
        "month" => (Unit::Month, false),
        "months" => (Unit::Month, true),
        "quarter" => (Unit::Quarter, false),
        "quarters" => (Unit::Quarter, true),
        "year" => (Unit::Year, false),
        "years" => (Unit::Year, true),
        "decade" => (Unit::Decade, false),
        "decades" => (Unit::Decade, true),
        "century" => (Unit::Century, false),
        "centuries" => (Unit::Century, true),
        "millennium" => (Unit::Millennium, false),
        "millennia" | "millenniums" => (Unit::Millennium, true),
    }
}

word_map! {
    /// Adverbs of frequency that make a set ("daily", "annually").
    pub fn frequency -> Unit, FREQUENCY_WORDS {
        "hourly" => Unit::Hour,
        "daily" | "nightly" => Unit::Day,
        "weekly" => Unit::Week,
        "monthly" => Unit::Month,
        "quarterly" => Unit::Quarter,
        "yearly" | "annually" | "annual" => Unit::Year,
    }
}

word_class! {
    /// Words that may sit in front of a temporal expression and belong to it
    /// under TimeML conventions ("about three years", "nearly two weeks").
    pub fn is_approximator, APPROXIMATORS = [
        "about", "nearly", "almost", "around", "roughly", "approximately", "barely", "over",
    ];
}

word_map! {
    /// Decades in words, after "the": "the nineties" (9).
    pub fn decade -> u32, DECADE_WORDS {
        "twenties" => 2,
        "thirties" => 3,
        "forties" => 4,
        "fifties" => 5,
        "sixties" => 6,
        "seventies" => 7,
        "eighties" => 8,
        "nineties" => 9,
    }
}

word_class! {
    /// Other words that can begin an expression, or a modifier kept in one,
    /// beside the names, numbers, units and the classes above.
    pub fn is_expression_start, EXPRESSION_STARTS = [
        // relative periods and anaphora
        "the", "this", "next", "past", "coming", "current", "previous", "following", "earlier",
        "later", "that", "same", "latest", "these", "recent",
        // days, present, past and future
        "today", "yesterday", "tomorrow", "tonight", "now", "currently", "nowadays", "presently",
        "recently", "lately", "future", "near", "short", "long", "medium", "soon", "right",
        // parts of a year, sets, clock words, holidays
        "fiscal", "q1", "q2", "q3", "q4", "at", "every", "each", "noon", "midday", "midnight",
        "christmas", "new", "thanksgiving", "halloween", "independence", "labor", "labour",
        "memorial", "valentine", "veterans",
        // modifiers
        "early", "late", "mid", "more", "less", "fewer", "up", "end", "beginning", "start",
        "middle",
    ];

    /// Words that introduce a date and make a bare month or season name
    /// temporal ("in March", "since spring").
    pub fn is_temporal_prep, TEMPORAL_PREPS = [
        "in", "on", "since", "until", "till", "by", "from", "to", "through", "during", "before",
        "after", "of", "last", "next", "this", "early", "late", "mid", "between", "and", "or",
        "each", "every", "as", "into", "throughout", "at", "for",
    ];

    /// Month names that are also common words: "may", "march".
    pub fn is_ambiguous_month, AMBIGUOUS_MONTHS = ["may", "march"];

    /// Ordinal suffixes glued to a number: "24th", "1st".
    pub fn is_ordinal_suffix, ORDINAL_SUFFIXES = ["st", "nd", "rd", "th"];

    /// The indefinite article, read as "one" before a unit.
    pub fn is_indefinite_article, INDEFINITE_ARTICLES = ["a", "an"];

    /// Time zones written after a clock time: "4 p.m. EST".
    pub fn is_time_zone, TIME_ZONES = [
        "est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "mst", "mdt", "et", "z",
    ];

    /// Time zones at offset zero, kept in a value as `Z`: "1800 GMT".
    pub fn is_universal_zone, UNIVERSAL_ZONES = ["gmt", "utc", "z"];

    /// The parts of the day a day name can carry: "the next morning".
    pub fn is_part_of_day, PARTS_OF_DAY = ["morning", "afternoon", "evening", "night"];

    /// Words after a number that make it an amount, not a year: "1990
    /// people", "2000 percent".
    pub fn is_counted_noun, COUNTED_NOUNS = [
        "percent", "pct", "per", "people", "troops", "shares", "tons", "miles", "feet", "meters",
        "kilometers", "points", "barrels", "acres", "yards", "pounds", "hours", "days", "years",
        "cars", "jobs", "members", "workers", "soldiers", "students", "employees", "votes",
        "cases", "units", "delegates", "men", "women", "children", "residents", "million",
        "billion",
    ];

    /// Words before a number that make it a label, not a year: "flight
    /// 1990", "room 2001".
    pub fn is_number_label, NUMBER_LABELS = [
        "no", "number", "route", "flight", "highway", "room", "page", "#",
    ];

    /// Street types that end an address after a house number: "2015
    /// Harbour Avenue" is a place, not a year.
    pub fn is_street_type, STREET_TYPES = [
        "avenue", "ave", "street", "st", "road", "rd", "boulevard", "blvd", "lane", "ln",
        "drive", "dr", "way", "place", "pl", "court", "ct", "terrace", "parkway", "pkwy",
        "square", "sq", "crescent", "alley", "plaza", "highway", "hwy", "row",
    ];

    /// Capitalised words before a year that keep it a year: "Fiscal 1990",
    /// "Class of", "Summer of", "Year 2000".
    pub fn is_year_title, YEAR_TITLES = ["fy", "class", "vintage", "circa", "ca"];

    /// Determiners before a holiday name that make it a modifier of the
    /// noun after it: "the Christmas tree", "its Halloween parade".
    pub fn is_determiner, DETERMINERS = [
        "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
        "annual",
    ];

    /// Nouns after a holiday name that keep it a date: "the Christmas
    /// holidays", "the Thanksgiving weekend".
    pub fn is_holiday_period, HOLIDAY_PERIODS = [
        "holiday", "holidays", "season", "weekend", "week", "break", "eve", "day", "morning",
        "afternoon", "evening", "night", "period", "vacation", "recess",
    ];

    /// Nouns after "today's" that make it nowadays, not the story's day:
    /// "today's teenagers", "by today's standards".
    pub fn is_generic_present_noun, GENERIC_PRESENT_NOUNS = [
        "world", "society", "youth", "young", "generation", "children", "kids", "teenagers",
        "standards", "economy", "culture", "technology", "politics", "media", "students",
        "consumers", "workers", "workplace", "families", "dollars",
    ];

    /// Words a spelled-out year may be followed by in lower case:
    /// "nineteen ninety-six and ...".
    pub fn is_year_follower, YEAR_FOLLOWERS = [
        "and", "or", "when", "to", "the", "a", "in", "at", "on",
    ];

    /// Words before a unit that keep the count a duration: "three more
    /// weeks", "two full years".
    pub fn is_count_modifier, COUNT_MODIFIERS = [
        "more", "additional", "extra", "full", "straight", "consecutive",
    ];

    /// Words before "a year" that make a rate, not a duration: "$5
    /// million a year", "50 cents a day".
    pub fn is_rate_word, RATE_WORDS = [
        "percent", "cents", "dollars", "hour", "hours", "day", "days", "times", "shares",
        "barrels", "tons", "miles",
    ];

    /// Words before a bare season name that make it a date: "in spring",
    /// "the summer", "late autumn".
    pub fn is_season_context, SEASON_CONTEXTS = [
        "the", "this", "last", "next", "in", "during", "since", "until", "by", "early", "late",
        "that",
    ];

    /// Words that may follow "the fall" or "the spring" when they are
    /// seasons: "the fall and ...", "the spring before ...".
    pub fn is_clause_link, CLAUSE_LINKS = [
        "and", "or", "when", "as", "but", "before", "after", "to",
    ];

    /// Nouns a season name modifies as an adjective: "summer camp",
    /// "winter storm" are not dates.
    pub fn is_season_modified_noun, SEASON_MODIFIED_NOUNS = [
        "session", "storm", "storms", "olympics", "games", "wheat", "camp", "clothes", "months",
        "break", "holiday", "holidays", "vacation", "weather", "season", "offensive", "meeting",
        "meetings", "sale", "sales", "collection", "house", "job", "jobs", "school", "term",
        "semester", "training",
    ];

    /// Words after "quarterly", "monthly", ... that keep them adverbs (a
    /// set) rather than adjectives: "paid monthly and ...".
    pub fn is_frequency_follower, FREQUENCY_FOLLOWERS = [
        "and", "or", "to", "in", "by", "since", "until", "for", "at",
    ];

    /// Words that may qualify "the quarter", "the year" as the period in
    /// discussion: "the full year", "the comparable period".
    pub fn is_period_modifier, PERIOD_MODIFIERS = [
        "full", "fiscal", "current", "latest", "comparable", "corresponding", "same",
    ];

    /// Words after "the year" that make it a twelve-month duration: "the
    /// year ended June 30".
    pub fn is_period_ending, PERIOD_ENDINGS = ["ended", "ending", "ends", "end", "through", "to"];

    /// Prepositions before "the month", "the week", "the day" that make
    /// them the period in discussion: "during the week".
    pub fn is_period_prep, PERIOD_PREPS = ["for", "during", "in", "on", "of", "throughout", "over"];

    /// Words after "current" that make it a noun or a set phrase, not
    /// "now": "current account", "current affairs".
    pub fn is_current_noun, CURRENT_NOUNS = [
        "account", "accounts", "affairs", "events", "and", "or",
    ];

    /// Plural periods after "recent", "past", "coming": "recent years".
    pub fn is_vague_period, VAGUE_PERIODS = [
        "years", "months", "weeks", "days", "decades", "quarters",
    ];

    /// Words after a counted unit that shift it in time: "a year ago",
    /// "two days later".
    pub fn is_shift_word, SHIFT_WORDS = ["ago", "earlier", "later", "before", "after"];
}
