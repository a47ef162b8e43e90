//! The corpus timeline: the order of events and the grouping of events that
//! state the same thing in several stories.
//!
//! **Order.** Events sort by the first day of the range they cover; on the
//! same first day a coarser precision comes first (August 2014 before 1 Aug
//! 2014, the year 2014 before both); then by story (corpus order), then by
//! position in the story (paragraph, then offset), which puts a story's
//! publication event before the dates written in its first paragraph.
//!
//! **Groups.** Two date mentions from *different* stories are grouped when
//! they cover the same range at the same precision and read alike:
//!
//! - a content word next to the expression is shared ("the Nov. 24
//!   *deadline*" / "the *deadline* of Nov. 24"), or
//! - the expression is the same once normalised ("Nov. 24" = "November 24")
//!   and the two sentences share at least one content word, or
//! - the two sentences share at least three content words (compared pair
//!   by pair, so only within buckets of at most 512 mentions).
//!
//! Content words ignore case, a plural "s", function words, numbers and
//! calendar words. Groups are closed under this relation (if A goes with B
//! and B with C, all three are one group), so a group lists every supporting
//! story. Publication events are never grouped.

use std::collections::{HashMap, HashSet};

use crate::model::{Event, EventGroup, EventId, EventKind, Story, StoryIx};
use crate::union_find::UnionFind;
use crate::vocab::calendar;

/// Event ids in timeline order (see the module documentation).
pub fn order(events: &[Event]) -> Vec<EventId> {
    let mut timeline: Vec<usize> = (0..events.len()).collect();
    timeline.sort_by(|&a, &b| {
        let (ea, eb) = (&events[a], &events[b]);
        ea.timex
            .range
            .map(|r| r.start)
            .cmp(&eb.timex.range.map(|r| r.start))
            .then(ea.timex.precision.cmp(&eb.timex.precision))
            .then(ea.story.cmp(&eb.story))
            .then(kind_rank(ea.kind).cmp(&kind_rank(eb.kind)))
            .then((ea.paragraph, ea.timex.start).cmp(&(eb.paragraph, eb.timex.start)))
            .then(a.cmp(&b))
    });
    timeline.into_iter().map(EventId).collect()
}

fn kind_rank(kind: EventKind) -> u8 {
    match kind {
        EventKind::Publication => 0,
        EventKind::Mention => 1,
    }
}

/// How many raw words either side of an expression count as "next to" it.
const NEAR: usize = 3;

/// The words that decide whether two mentions say the same thing.
#[derive(Debug, Default)]
struct Signature {
    expression: String,
    near: HashSet<String>,
    sentence: HashSet<String>,
}

fn signature(event: &Event, stories: &[Story]) -> Signature {
    let paragraph = stories
        .get(event.story.0)
        .and_then(|s| s.paragraphs.get(event.paragraph))
        .map_or("", String::as_str);
    let sentence_range = event.sentence.clone();
    let sentence = paragraph.get(sentence_range.clone()).unwrap_or("");
    let base = sentence_range.start;
    let (t_start, t_end) = (event.timex.start, event.timex.end);
    let words = words(sentence);
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut sig = Signature {
        expression: normalise_expression(&event.timex.text),
        ..Signature::default()
    };
    for (at, w) in &words {
        let (ws, we) = (base + at, base + at + w.len());
        if we <= t_start {
            before.push(w.as_str());
        } else if ws >= t_end {
            after.push(w.as_str());
        } else {
            continue; // part of the expression itself
        }
        if let Some(c) = content_word(w) {
            sig.sentence.insert(c);
        }
    }
    for w in before
        .iter()
        .rev()
        .take(NEAR)
        .chain(after.iter().take(NEAR))
    {
        if let Some(c) = content_word(w) {
            sig.near.insert(c);
        }
    }
    sig
}

/// How many sentence words two mentions must share under the third rule.
const SHARED_WORDS: usize = 3;
/// Largest bucket whose mentions are compared pair by pair.
const PAIRWISE_LIMIT: usize = 512;

/// Group mention events of different stories that state the same thing for
/// the same date (see the module documentation). Groups come in timeline
/// order, their events too.
pub fn group(events: &[Event], timeline: &[EventId], stories: &[Story]) -> Vec<EventGroup> {
    let timeline: Vec<usize> = timeline.iter().map(|e| e.0).collect();
    // Buckets of mentions with the same range and precision.
    let mut buckets: HashMap<_, Vec<usize>> = HashMap::new();
    for &e in &timeline {
        let ev = &events[e];
        if ev.kind != EventKind::Mention {
            continue;
        }
        let Some(range) = ev.timex.range else {
            continue;
        };
        buckets
            .entry((range, ev.timex.precision))
            .or_default()
            .push(e);
    }
    let mut sets = UnionFind::new(events.len());
    for members in buckets.values() {
        let distinct: HashSet<StoryIx> = members.iter().map(|&e| events[e].story).collect();
        if distinct.len() < 2 {
            continue;
        }
        let sigs: Vec<Signature> = members
            .iter()
            .map(|&e| signature(&events[e], stories))
            .collect();
        // The first two rules through postings, in linear time: members
        // sharing a key (a word next to the expression, or the expression
        // with a sentence word) go together when the key is shared by two
        // stories at least; then every member has a partner from another
        // story under that key.
        let mut postings: HashMap<(bool, &str, &str), Vec<usize>> = HashMap::new();
        for (i, sig) in sigs.iter().enumerate() {
            for w in &sig.near {
                postings.entry((false, "", w)).or_default().push(i);
            }
            if !sig.expression.is_empty() {
                for w in &sig.sentence {
                    postings
                        .entry((true, sig.expression.as_str(), w))
                        .or_default()
                        .push(i);
                }
            }
        }
        for list in postings.values() {
            let first_story = events[members[list[0]]].story;
            if list
                .iter()
                .any(|&i| events[members[i]].story != first_story)
            {
                for &i in &list[1..] {
                    sets.union(members[list[0]], members[i]);
                }
            }
        }
        // The third rule compares pairs; very large buckets (a year named in
        // thousands of stories) rely on the first two only.
        if members.len() <= PAIRWISE_LIMIT {
            for i in 0..members.len() {
                for j in i + 1..members.len() {
                    if events[members[i]].story != events[members[j]].story
                        && sigs[i].sentence.intersection(&sigs[j].sentence).count() >= SHARED_WORDS
                    {
                        sets.union(members[i], members[j]);
                    }
                }
            }
        }
    }
    // Collect components in timeline order.
    let mut by_root: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<EventGroup> = Vec::new();
    let mut seen: HashSet<(usize, StoryIx)> = HashSet::new();
    for &e in &timeline {
        if sets.set_size(e) < 2 {
            continue;
        }
        let root = sets.find(e);
        let g = *by_root.entry(root).or_insert_with(|| {
            groups.push(EventGroup {
                events: Vec::new(),
                stories: Vec::new(),
            });
            groups.len() - 1
        });
        groups[g].events.push(EventId(e));
        let story = events[e].story;
        if seen.insert((g, story)) {
            groups[g].stories.push(story);
        }
    }
    groups.retain(|g| g.stories.len() >= 2);
    groups
}

/// Words of `text` with their byte offsets: runs of letters, digits and
/// inner apostrophes.
fn words(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let inner = matches!(c, '\'' | '\u{2019}') && start.is_some();
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, text[s..i].to_string()));
        }
    }
    if let Some(s) = start {
        out.push((s, text[s..].to_string()));
    }
    out
}

/// The comparable form of a content word, or `None` for function words,
/// numbers, calendar words and very short words.
fn content_word(word: &str) -> Option<String> {
    let mut w = word.to_lowercase().replace('\u{2019}', "'");
    if let Some(s) = w.strip_suffix("'s") {
        w = s.to_string();
    }
    let w = w.trim_matches('\'').to_string();
    if w.chars().count() < 3 || w.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if STOPWORDS.contains(&w.as_str()) || is_calendar_word(&w) {
        return None;
    }
    // A light stem: plurals and third-person "s".
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        return Some(w[..w.len() - 1].to_string());
    }
    Some(w)
}

/// The expression reduced for comparison: lower case, articles and
/// punctuation dropped, month and weekday abbreviations spelled out.
fn normalise_expression(text: &str) -> String {
    words(text)
        .into_iter()
        .filter_map(|(_, w)| {
            let w = w.to_lowercase();
            if matches!(w.as_str(), "the" | "a" | "an" | "on" | "in" | "of" | "at") {
                return None;
            }
            if let Some((m, _)) = calendar::month(&w) {
                return Some(calendar::month_name(m).to_ascii_lowercase());
            }
            if let Some((d, _)) = calendar::weekday(&w) {
                return Some(calendar::weekday_name(d).to_ascii_lowercase());
            }
            Some(w.trim_start_matches('0').to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "but",
    "for",
    "nor",
    "yet",
    "with",
    "from",
    "into",
    "onto",
    "upon",
    "about",
    "above",
    "after",
    "against",
    "along",
    "among",
    "around",
    "before",
    "behind",
    "below",
    "between",
    "beyond",
    "during",
    "except",
    "inside",
    "near",
    "off",
    "over",
    "since",
    "through",
    "throughout",
    "till",
    "toward",
    "towards",
    "under",
    "until",
    "unto",
    "within",
    "without",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "where",
    "when",
    "while",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "only",
    "own",
    "same",
    "than",
    "too",
    "very",
    "can",
    "could",
    "will",
    "would",
    "shall",
    "should",
    "may",
    "might",
    "must",
    "has",
    "have",
    "had",
    "having",
    "was",
    "were",
    "are",
    "been",
    "being",
    "does",
    "did",
    "doing",
    "done",
    "not",
    "also",
    "just",
    "its",
    "his",
    "her",
    "hers",
    "him",
    "she",
    "they",
    "them",
    "their",
    "theirs",
    "our",
    "ours",
    "you",
    "your",
    "yours",
    "mine",
    "myself",
    "itself",
    "himself",
    "herself",
    "themselves",
    "said",
    "says",
    "say",
    "told",
    "tell",
    "according",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "then",
    "now",
    "still",
    "even",
    "again",
    "ago",
    "later",
    "earlier",
    "last",
    "next",
    "first",
    "previous",
    "following",
    "mid",
    "late",
    "early",
    "per",
    "via",
    "because",
    "however",
    "although",
    "though",
    "whether",
    "out",
    "who's",
    "it's",
    "isn't",
    "wasn't",
    "don't",
    "didn't",
    "won't",
    "can't",
    "mr",
    "mrs",
    "ms",
    "new",
];

/// Calendar words other than the names of months, weekdays and seasons.
const CALENDAR: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "century",
    "quarter",
    "morning",
    "afternoon",
    "evening",
    "night",
    "time",
];

/// A calendar word: a month's name or abbreviation, a weekday's full name
/// (the abbreviations "sat", "sun", "wed" are also ordinary words), a
/// season, or one of [`CALENDAR`].
fn is_calendar_word(w: &str) -> bool {
    calendar::month(w).is_some()
        || calendar::weekday(w).is_some_and(|(_, abbreviated)| !abbreviated)
        || calendar::season(w).is_some()
        || CALENDAR.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_normalise_abbreviations_and_articles() {
        assert_eq!(normalise_expression("the Nov. 24"), "november 24");
        assert_eq!(normalise_expression("November 24"), "november 24");
        assert_eq!(normalise_expression("Sept. 03"), "september 3");
    }

    #[test]
    fn content_words_drop_function_and_calendar_words() {
        assert_eq!(content_word("deadlines").as_deref(), Some("deadline"));
        assert_eq!(content_word("Deadline").as_deref(), Some("deadline"));
        assert_eq!(content_word("Iran\u{2019}s").as_deref(), Some("iran"));
        assert_eq!(content_word("the"), None);
        assert_eq!(content_word("month"), None);
        assert_eq!(content_word("2014"), None);
        assert_eq!(content_word("talks").as_deref(), Some("talk"));
        assert_eq!(content_word("process").as_deref(), Some("process"));
    }

    #[test]
    fn words_keep_offsets_and_inner_apostrophes() {
        assert_eq!(
            words("Obama\u{2019}s deal, Nov. 24"),
            vec![
                (0, "Obama\u{2019}s".to_string()),
                (10, "deal".to_string()),
                (16, "Nov".to_string()),
                (21, "24".to_string()),
            ]
        );
    }
}
