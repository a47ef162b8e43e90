//! Disagreements: stories that date the same happening on different days
//! ("the fire broke out on Sunday, March 8" in one, "on Saturday, March 7"
//! in another).
//!
//! Two mention events of different stories disagree when
//!
//! - each names one day (clock times count as their day), the two days are
//!   different and at most [`WINDOW`] days apart; a month against a day
//!   inside it is a difference of precision, never a disagreement, so only
//!   day-precise mentions take part;
//! - something says it is the same happening, more strictly than for a
//!   group (a shared date is no longer there to support it): a word naming
//!   the happening in both sentences ("fire", "vote", "resigned") *and* a
//!   participant (an entity of the index), a two-word phrase or a word next
//!   to both expressions, with at least two such shared marks in all;
//! - neither story names the other's day itself: a story that tells both
//!   days knows them apart (a fire that broke out on Saturday and burned
//!   until Sunday), so they are two moments, not a contradiction;
//! - neither sentence marks the happening as one of several ("another
//!   fire", "struck again").
//!
//! The relation is closed (A disagrees with B, B with C: one
//! disagreement), and each side brings the group of stories agreeing with
//! it on its date, so a disagreement lists every story on every side.
//! Candidates are found through postings keyed by (event word, second
//! mark), and each event is compared with a bounded number of later ones
//! in its posting within the window, so the work stays near-linear in the
//! number of events.

// Tables keyed by words from the stories: foldhash is fast on short keys and
// seeded per process, so files cannot be crafted to collide in them.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use chrono::NaiveDate;

use super::timeline::{Candidates, Signature, is_event_word};
use crate::model::{EntityId, Event, EventGroup, EventId, Precision, StoryIx};
use crate::union_find::UnionFind;

/// The most days two stories' dates for one happening may lie apart.
pub const WINDOW: i64 = 3;
/// How many later members of a posting each member is compared with.
const COMPARE_LIMIT: usize = 24;
/// The most events a disagreement may hold (its sides' groups included).
pub const MAX_SIDES: usize = 30;

/// Stories dating one happening on different days.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Disagreement {
    /// Every side's events, in timeline order.
    pub events: Vec<EventId>,
    /// The different days stated, earliest first.
    pub days: Vec<NaiveDate>,
    /// The stories, each once, in the order their first event comes.
    pub stories: Vec<StoryIx>,
}

/// The second mark a posting is keyed on besides the event word.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Mark<'a> {
    Near(&'a str),
    Phrase(&'a str),
    Entity(EntityId),
}

/// How many marks besides the event word two signatures share: entities,
/// phrases, words next to both expressions and other content words of the
/// sentences.
fn shared_marks(a: &Signature, b: &Signature) -> usize {
    let not_event = |w: &&String| !is_event_word(w);
    a.entities.intersection(&b.entities).count()
        + a.phrases.intersection(&b.phrases).count()
        + a.sentence
            .intersection(&b.sentence)
            .filter(not_event)
            .filter(|w| !super::timeline::is_generic(w))
            .count()
}

/// Whether two mentions on different days read as the same happening (see
/// the module documentation; the days and stories are checked by the
/// caller).
fn same_happening_apart(a: &Signature, b: &Signature) -> bool {
    if a.repeated || b.repeated || a.events.intersection(&b.events).next().is_none() {
        return false;
    }
    let anchored = a.entities.intersection(&b.entities).next().is_some()
        || a.phrases.intersection(&b.phrases).next().is_some()
        || a.near.intersection(&b.near).any(|w| !is_event_word(w));
    anchored && shared_marks(a, b) >= 2
}

/// The (event word, earlier day, later day) triples some story tells
/// apart itself: it names both days, each in a sentence with that event
/// word ("the strike began on Monday, March 2, and ended on Wednesday,
/// March 4"). Other stories naming one day each then tell two moments of
/// one happening, not a contradiction.
fn known_apart<'a>(
    events: &[Event],
    sigs: &'a HashMap<usize, Signature>,
    days: &[(usize, NaiveDate)],
) -> HashSet<(&'a str, NaiveDate, NaiveDate)> {
    let mut by_story: HashMap<StoryIx, Vec<(NaiveDate, usize)>> = HashMap::new();
    for &(e, day) in days {
        if !sigs[&e].events.is_empty() {
            by_story.entry(events[e].story).or_default().push((day, e));
        }
    }
    let mut out = HashSet::new();
    for mut list in by_story.into_values() {
        list.sort_unstable();
        for (i, &(day, a)) in list.iter().enumerate() {
            let later = list[i + 1..]
                .iter()
                .skip_while(|&&(d, _)| d == day)
                .take_while(|&&(d, _)| (d - day).num_days() <= WINDOW);
            for &(other_day, b) in later {
                for w in sigs[&a].events.intersection(&sigs[&b].events) {
                    out.insert((w.as_str(), day, other_day));
                }
            }
        }
    }
    out
}

/// Find the disagreements among the grouping candidates. `groups` are the
/// index's groups and `event_group` each event's group, so each side
/// brings the stories that agree with it. Disagreements come in timeline
/// order (of their first event).
pub(super) fn find(
    events: &[Event],
    candidates: &Candidates,
    groups: &[EventGroup],
    event_group: &[Option<usize>],
    timeline_position: &[usize],
) -> Vec<Disagreement> {
    let days: Vec<(usize, NaiveDate)> = candidates
        .list
        .iter()
        .filter(|(_, (_, p))| *p == Precision::Day)
        .map(|&(e, (d, _))| (e, d))
        .collect();
    let story_days: HashSet<(StoryIx, NaiveDate)> =
        days.iter().map(|&(e, d)| (events[e].story, d)).collect();
    let sigs = &candidates.sigs;
    let apart = known_apart(events, sigs, &days);
    let mut postings: HashMap<(&str, Mark), Vec<(NaiveDate, usize)>> = HashMap::new();
    for &(e, day) in &days {
        let sig = &sigs[&e];
        if sig.events.is_empty() || sig.repeated {
            continue;
        }
        let marks: Vec<Mark> = sig
            .entities
            .iter()
            .map(|&id| Mark::Entity(id))
            .chain(sig.phrases.iter().map(|p| Mark::Phrase(p)))
            .chain(
                sig.near
                    .iter()
                    .filter(|w| !is_event_word(w))
                    .map(|w| Mark::Near(w)),
            )
            .collect();
        for word in &sig.events {
            for mark in &marks {
                postings
                    .entry((word.as_str(), mark.clone()))
                    .or_default()
                    .push((day, e));
            }
        }
    }
    let mut sets = UnionFind::new(events.len());
    let mut lists: Vec<Vec<(NaiveDate, usize)>> = postings
        .into_values()
        .filter(|l| l.iter().any(|&(d, _)| d != l[0].0))
        .collect();
    for list in &mut lists {
        list.sort_unstable();
    }
    // A fixed order, so the size bound cuts the same way on every run.
    lists.sort_unstable_by_key(|l| (l.len(), l[0].1, l[1].1));
    for list in &lists {
        for (i, &(day, a)) in list.iter().enumerate() {
            let later = list[i + 1..]
                .iter()
                .skip_while(|&&(d, _)| d == day)
                .take_while(|&&(d, _)| (d - day).num_days() <= WINDOW)
                .take(COMPARE_LIMIT);
            for &(other_day, b) in later {
                let (sa, sb) = (events[a].story, events[b].story);
                if sa == sb
                    || story_days.contains(&(sa, other_day))
                    || story_days.contains(&(sb, day))
                    || sets.find(a) == sets.find(b)
                    || sets.set_size(a) + sets.set_size(b) > MAX_SIDES
                {
                    continue;
                }
                let (sig_a, sig_b) = (&sigs[&a], &sigs[&b]);
                let told_apart = sig_a
                    .events
                    .intersection(&sig_b.events)
                    .any(|w| apart.contains(&(w.as_str(), day, other_day)));
                if !told_apart && same_happening_apart(sig_a, sig_b) {
                    sets.union(a, b);
                }
            }
        }
    }
    // Components with their sides' groups, in timeline order.
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(e, _) in &days {
        if sets.set_size(e) >= 2 {
            members.entry(sets.find(e)).or_default().push(e);
        }
    }
    let mut out: Vec<Disagreement> = members
        .into_values()
        .map(|mut list| {
            let mut seen: HashSet<usize> = list.iter().copied().collect();
            for e in list.clone() {
                if let Some(g) = event_group[e] {
                    for &other in &groups[g].events {
                        if list.len() < MAX_SIDES && seen.insert(other.0) {
                            list.push(other.0);
                        }
                    }
                }
            }
            list.sort_by_key(|&e| timeline_position[e]);
            let mut days: Vec<NaiveDate> = list
                .iter()
                .filter_map(|&e| events[e].timex.range.map(|r| r.start))
                .collect();
            days.sort_unstable();
            days.dedup();
            let mut stories = Vec::new();
            for &e in &list {
                if !stories.contains(&events[e].story) {
                    stories.push(events[e].story);
                }
            }
            Disagreement {
                events: list.into_iter().map(EventId).collect(),
                days,
                stories,
            }
        })
        .filter(|d| d.days.len() >= 2 && d.stories.len() >= 2)
        .collect();
    out.sort_by_key(|d| timeline_position[d.events[0].0]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(events: &[&str], entities: &[usize], sentence: &[&str]) -> Signature {
        Signature {
            events: events.iter().map(|s| s.to_string()).collect(),
            entities: entities.iter().map(|&i| EntityId(i)).collect(),
            sentence: sentence.iter().map(|s| s.to_string()).collect(),
            ..Signature::default()
        }
    }

    #[test]
    fn an_event_word_and_two_marks_are_needed() {
        let a = sig(&["fire"], &[1], &["fire", "mill", "broke"]);
        let b = sig(&["fire"], &[1], &["fire", "mill"]);
        assert!(same_happening_apart(&a, &b));
        // The participant alone, with the event word, is one mark.
        let c = sig(&["fire"], &[1], &["fire", "warehouse"]);
        assert!(!same_happening_apart(&a, &c));
        // Participant and words, but no word naming the same happening.
        let d = sig(&["vote"], &[1], &["vote", "mill", "broke"]);
        assert!(!same_happening_apart(&a, &d));
        // "another fire" is one of several.
        let mut e = sig(&["fire"], &[1], &["fire", "mill", "broke"]);
        e.repeated = true;
        assert!(!same_happening_apart(&a, &e));
    }
}
