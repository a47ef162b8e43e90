//! The corpus timeline: the order of events and the grouping of events that
//! state the same thing in several stories.
//!
//! **Order.** Events sort by the first day of the range they cover; on the
//! same first day a coarser precision comes first (August 2014 before 1 Aug
//! 2014, the year 2014 before both); then by story (corpus order), then by
//! position in the story (paragraph, then offset), which puts a story's
//! publication event before the dates written in its first paragraph.
//!
//! **Groups.** A group is one happening on one date, told by several
//! stories. Two mention events from *different* stories go together when
//!
//! - their dates are the same day (clock times count as their day), or the
//!   same month named outright ("March 2014", "in March"); coarser or
//!   framing references ("this year", "last month", a quarter, a bare year,
//!   "the 1990s") never form a group;
//! - something says it is the same happening: a word naming the happening
//!   in both sentences ("deadline", "crash", "vote", "talks"; synonyms of
//!   one kind count as one: "the bombing", "the blast", "bombs exploded"),
//!   a shared two-word phrase ("*nuclear talks*"), a word next to both
//!   expressions with a second piece of evidence (a second such word, a
//!   shared participant, two shared content words), or a shared
//!   participant (an entity of the index named in both sentences) together
//!   with a second shared entity or content word; and
//! - neither is a statement about the other: a date next to a reporting or
//!   reaction verb ("condemned on Friday", "said Tuesday") is the date of
//!   the statement, which joins only the same statement (the same verb and
//!   a shared participant) told by another story.
//!
//! Words that news uses for everything ("company", "percent", "officials")
//! are not evidence. Candidates are found through postings keyed by (date,
//! word, phrase or entity), and each event is compared with a bounded number
//! of others under a key, so grouping stays near-linear in the number of
//! events. Groups are closed under the relation (if A goes with B and B
//! with C, all three are one group) but never grow past [`MAX_GROUP`]
//! events, so a group lists the stories that support it. Publication events
//! are never grouped.

// Tables keyed by words from the stories: foldhash is fast on short keys and
// seeded per process, so files cannot be crafted to collide in them.
use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::ops::Range;
use std::sync::LazyLock;

use rayon::prelude::*;
// Fixed word lists and positions: keys the files cannot choose, so a fast
// hasher is safe.
use rustc_hash::FxHashSet;

use crate::model::{
    EntityId, Event, EventGroup, EventId, EventKind, Mention, Precision, Story, StoryIx,
};
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
/// How many later members of a posting list each member is compared with.
const COMPARE_LIMIT: usize = 24;
/// The most events a group may hold.
pub const MAX_GROUP: usize = 15;

/// What two mentions are compared on.
#[derive(Debug, Default)]
pub(super) struct Signature {
    /// Content words next to the expression (not generic ones).
    pub near: HashSet<String>,
    /// Content words of the sentence outside the expression.
    pub sentence: HashSet<String>,
    /// Adjacent content-word pairs of the sentence (not generic ones).
    pub phrases: HashSet<String>,
    /// Entities named in the sentence.
    pub entities: HashSet<EntityId>,
    /// Event words of the sentence (see [`EVENT_WORDS`]).
    pub events: HashSet<String>,
    /// The sentence marks the happening as one of several ("another
    /// fire", "struck again", "a second vote").
    pub repeated: bool,
    /// The date is that of a statement: a reporting or reaction verb is
    /// next to it ("condemned on Friday", "said Tuesday that"); the verb.
    pub statement: Option<String>,
}

/// `named` are the entities of the event's sentence with their spans; their
/// words count as participants, not as content words.
fn signature(event: &Event, stories: &[Story], named: &[Named]) -> Signature {
    let paragraph = stories
        .get(event.story.0)
        .and_then(|s| s.paragraphs.get(event.paragraph))
        .map_or("", String::as_str);
    let sentence_range = event.sentence.clone();
    let sentence = paragraph.get(sentence_range.clone()).unwrap_or("");
    let base = sentence_range.start;
    let (t_start, t_end) = (event.timex.start, event.timex.end);
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut sig = Signature {
        entities: named.iter().map(|(id, _)| *id).collect(),
        ..Signature::default()
    };
    // The previous word, as a content word, to pair with the next one; a
    // function word or the expression breaks the phrase.
    let mut previous: Option<String> = None;
    for (at, w) in words(sentence) {
        let (ws, we) = (base + at, base + at + w.len());
        if REPEATED.iter().any(|r| w.eq_ignore_ascii_case(r)) {
            sig.repeated = true;
        }
        // A participant's name is compared by entity, not by its words.
        let name = named
            .iter()
            .any(|(_, span)| ws < span.end && span.start < we);
        if we <= t_start {
            before.push((w.clone(), name));
        } else if ws >= t_end {
            after.push((w.clone(), name));
        } else {
            previous = None;
            continue; // part of the expression itself
        }
        if name {
            previous = None;
            continue;
        }
        let c = content_word(&w);
        if let (Some(p), Some(c)) = (&previous, &c)
            && !is_generic(p)
            && !is_generic(c)
        {
            sig.phrases.insert(format!("{p} {c}"));
        }
        if let Some(c) = &c {
            if is_event_word(c) {
                sig.events.insert(event_class(c).to_string());
            }
            sig.sentence.insert(c.clone());
        }
        previous = c;
    }
    let lower = |(w, _): &(String, bool)| w.to_lowercase();
    let mut beside = before
        .iter()
        .rev()
        .map(lower)
        .find(|w| !matches!(w.as_str(), "on" | "early" | "late" | "last"))
        .into_iter()
        .chain(after.first().map(lower));
    sig.statement = beside.find(|w| REPORTING.contains(&w.as_str()));
    for (w, name) in before
        .iter()
        .rev()
        .take(NEAR)
        .chain(after.iter().take(NEAR))
    {
        if !*name
            && let Some(c) = content_word(w)
            && !is_generic(&c)
        {
            sig.near.insert(c);
        }
    }
    sig
}

/// Words that mark a happening as one of several of its kind: two stories
/// telling "another fire" on nearby days may well tell two fires.
const REPEATED: &[&str] = &[
    "another", "again", "second", "third", "renewed", "fresh", "latest", "further",
];

/// Verbs whose date is the date of saying something about a happening,
/// not of the happening: "Iran on Saturday condemned the bombing" tells a
/// reaction, not the bombing.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "condemned",
    "deplored",
    "denounced",
    "criticized",
    "criticised",
    "welcomed",
    "praised",
    "hailed",
    "vowed",
    "pledged",
    "predicted",
    "warned",
    "urged",
    "blamed",
    "mourned",
    "demanded",
    "insisted",
    "argued",
    "stated",
    "commented",
    "remarked",
    "reiterated",
    "expressed",
    "denied",
];

/// Whether two mentions on the same date read as the same happening.
fn same_happening(a: &Signature, b: &Signature) -> bool {
    let shared_entities = a.entities.intersection(&b.entities).count();
    // A statement is its speaker's act: it joins the same statement
    // reported elsewhere (the same verb, a shared participant), never the
    // happening it is about.
    match (&a.statement, &b.statement) {
        (Some(x), Some(y)) if x != y || shared_entities == 0 => return false,
        (Some(_), None) | (None, Some(_)) => return false,
        _ => {}
    }
    let events = a.events.intersection(&b.events).next().is_some();
    let phrases = a.phrases.intersection(&b.phrases).next().is_some();
    let words = a
        .sentence
        .intersection(&b.sentence)
        .filter(|w| !is_generic(w))
        .count();
    if events || phrases {
        return true;
    }
    // A word next to both dates ("the Nov. 24 deadline") says the same
    // thing happens when something else is shared too.
    let near = a.near.intersection(&b.near).count();
    if near >= 2 || (near == 1 && (shared_entities >= 1 || words >= 2)) {
        return true;
    }
    shared_entities >= 2 || (shared_entities == 1 && words >= 1)
}

/// The date key under which a mention may be grouped: the day it names, or
/// the month when a month is named outright; `None` for coarser and framing
/// references.
pub(super) fn date_key(event: &Event) -> Option<DateKey> {
    let range = event.timex.range?;
    match event.timex.precision? {
        Precision::Day | Precision::Hour | Precision::Minute | Precision::Second => {
            Some((range.start, Precision::Day))
        }
        Precision::Month
            if words(&event.timex.text)
                .iter()
                .any(|(_, w)| calendar::month(&w.to_lowercase()).is_some()) =>
        {
            Some((range.start, Precision::Month))
        }
        _ => None,
    }
}

/// The date a mention is grouped under, with its precision (day or month).
pub(super) type DateKey = (chrono::NaiveDate, Precision);

/// On how many different dates a word, phrase or participant may occur and
/// still tell one happening from another.
const SPREAD: usize = 4;

/// Drop from every signature the words, phrases and participants that occur
/// with more than [`SPREAD`] different dates across the corpus: they frame
/// many happenings ("composite trading", a stock exchange, a ministry), so
/// they say nothing about which one. Event words stay.
fn forget_widespread(sigs: &mut HashMap<usize, Signature>, candidates: &[(usize, DateKey)]) {
    // The dates each word was seen with, up to one past the spread: a few
    // dates each, so a short list beats a set.
    fn note(dates: &mut Vec<DateKey>, key: DateKey) {
        if dates.len() <= SPREAD && !dates.contains(&key) {
            dates.push(key);
        }
    }
    let (wide_words, wide_entities) = {
        let mut dates: HashMap<&str, Vec<DateKey>> = HashMap::new();
        let mut entity_dates: HashMap<EntityId, Vec<DateKey>> = HashMap::new();
        for &(e, key) in candidates {
            let sig = &sigs[&e];
            for w in sig.sentence.iter().chain(&sig.phrases) {
                note(dates.entry(w.as_str()).or_default(), key);
            }
            for &id in &sig.entities {
                note(entity_dates.entry(id).or_default(), key);
            }
        }
        let wide_words: HashSet<String> = dates
            .into_iter()
            .filter(|(_, d)| d.len() > SPREAD)
            .map(|(w, _)| w.to_string())
            .collect();
        let wide_entities: HashSet<EntityId> = entity_dates
            .into_iter()
            .filter(|(_, d)| d.len() > SPREAD)
            .map(|(id, _)| id)
            .collect();
        (wide_words, wide_entities)
    };
    sigs.par_iter_mut().for_each(|(_, sig)| {
        sig.near.retain(|w| !wide_words.contains(w));
        sig.sentence.retain(|w| !wide_words.contains(w));
        sig.phrases.retain(|w| !wide_words.contains(w));
        sig.entities.retain(|id| !wide_entities.contains(id));
    });
}

/// An entity named in a sentence, with the span of its name.
pub(super) type Named = (EntityId, Range<usize>);

/// What a posting list is keyed on besides the date.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Evidence<'a> {
    Near(&'a str),
    Phrase(&'a str),
    Event(&'a str),
    Entity(EntityId),
}

/// The mentions that may be grouped, in timeline order with their date
/// keys, and what each is compared on (widespread evidence forgotten).
pub(super) struct Candidates {
    pub list: Vec<(usize, DateKey)>,
    pub sigs: HashMap<usize, Signature>,
}

impl Candidates {
    /// Read the candidates of `events`; `mentions` are the index's entity
    /// mentions, which say who takes part in each sentence.
    pub(super) fn new(
        events: &[Event],
        timeline: &[EventId],
        stories: &[Story],
        mentions: &[Mention],
    ) -> Self {
        // The mentions in sentence order (a sort of positions: no table of
        // every sentence's participants is kept), so each candidate finds
        // its sentence's by binary search.
        let sentence_of = |i: u32| {
            let m = &mentions[i as usize];
            (m.story, m.paragraph, m.sentence.start)
        };
        let mut by_sentence: Vec<u32> = (0..mentions.len() as u32).collect();
        // Stable, so a sentence's mentions keep their order; already in
        // order when the index lists mentions story by story.
        by_sentence.sort_by_key(|&i| sentence_of(i));
        let list: Vec<(usize, DateKey)> = timeline
            .iter()
            .map(|e| e.0)
            .filter(|&e| events[e].kind == EventKind::Mention)
            .filter_map(|e| date_key(&events[e]).map(|k| (e, k)))
            .collect();
        // Signatures are independent of each other: read them on every
        // thread (the map is keyed by event, so the order they come in
        // does not matter).
        let mut sigs: HashMap<usize, Signature> = list
            .par_iter()
            .map(|&(e, _)| {
                let ev = &events[e];
                let key = (ev.story, ev.paragraph, ev.sentence.start);
                let from = by_sentence.partition_point(|&i| sentence_of(i) < key);
                let named: Vec<Named> = by_sentence[from..]
                    .iter()
                    .map(|&i| &mentions[i as usize])
                    .take_while(|m| (m.story, m.paragraph, m.sentence.start) == key)
                    .map(|m| (m.entity, m.span.clone()))
                    .collect();
                (e, signature(ev, stories, &named))
            })
            .collect();
        forget_widespread(&mut sigs, &list);
        Self { list, sigs }
    }
}

/// Group mention events of different stories that tell the same happening
/// on the same date (see the module documentation). `mentions` are the
/// index's entity mentions, which say who takes part in each sentence.
/// Groups come in timeline order, their events too.
pub fn group(
    events: &[Event],
    timeline: &[EventId],
    stories: &[Story],
    mentions: &[Mention],
) -> Vec<EventGroup> {
    let candidates = Candidates::new(events, timeline, stories, mentions);
    group_candidates(events, timeline, &candidates)
}

/// [`group`] over candidates already read.
pub(super) fn group_candidates(
    events: &[Event],
    timeline: &[EventId],
    candidates: &Candidates,
) -> Vec<EventGroup> {
    let timeline: Vec<usize> = timeline.iter().map(|e| e.0).collect();
    let sigs = &candidates.sigs;
    let mut postings: HashMap<(chrono::NaiveDate, Precision, Evidence), Vec<usize>> =
        HashMap::new();
    for &(e, (date, precision)) in &candidates.list {
        let sig = &sigs[&e];
        let keys = sig
            .near
            .iter()
            .map(|w| Evidence::Near(w))
            .chain(sig.phrases.iter().map(|p| Evidence::Phrase(p)))
            .chain(sig.events.iter().map(|w| Evidence::Event(w)))
            .chain(sig.entities.iter().map(|&id| Evidence::Entity(id)));
        for key in keys {
            postings.entry((date, precision, key)).or_default().push(e);
        }
    }
    let mut sets = UnionFind::new(events.len());
    // Posting lists in a fixed order, so the size bound cuts the same way
    // on every run.
    let mut lists: Vec<&Vec<usize>> = postings.values().filter(|l| l.len() >= 2).collect();
    lists.sort_by(|a, b| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    for list in lists {
        for (i, &a) in list.iter().enumerate() {
            for &b in list[i + 1..].iter().take(COMPARE_LIMIT) {
                if events[a].story == events[b].story || sets.find(a) == sets.find(b) {
                    continue;
                }
                if sets.set_size(a) + sets.set_size(b) > MAX_GROUP {
                    continue;
                }
                if same_happening(&sigs[&a], &sigs[&b]) {
                    sets.union(a, b);
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

/// Nouns and verbs that name a happening anywhere in a sentence (in the
/// stemmed form of [`content_word`]): two stories naming the same one on the
/// same date tell the same happening.
pub(super) const EVENT_WORDS: &[&str] = &[
    "deadline",
    "bomb",
    "bombed",
    "exploded",
    "slaying",
    "ruled",
    "talk",
    "negotiation",
    "agreement",
    "accord",
    "treaty",
    "deal",
    "summit",
    "vote",
    "voted",
    "election",
    "referendum",
    "ballot",
    "crash",
    "crashed",
    "collision",
    "derailment",
    "derailed",
    "explosion",
    "blast",
    "bombing",
    "attack",
    "fire",
    "earthquake",
    "quake",
    "flood",
    "storm",
    "hurricane",
    "strike",
    "protest",
    "riot",
    "coup",
    "ceasefire",
    "truce",
    "invasion",
    "raid",
    "shooting",
    "killing",
    "murder",
    "arrest",
    "arrested",
    "trial",
    "verdict",
    "ruling",
    "sentenced",
    "execution",
    "resigned",
    "resignation",
    "inauguration",
    "funeral",
    "wedding",
    "launch",
    "launched",
    "merger",
    "takeover",
    "acquisition",
    "bankruptcy",
    "hijacking",
    "kidnapping",
    "massacre",
    "eruption",
    "outbreak",
    "sanction",
    "interim",
];

/// Event words that name one kind of happening, each with the word that
/// stands for its kind: "the bombings", "the blast" and "bombs exploded"
/// tell one explosion; "ruled" and "the ruling" one ruling.
const EVENT_CLASSES: &[(&str, &str)] = &[
    ("blast", "explosion"),
    ("bomb", "explosion"),
    ("bombing", "explosion"),
    ("bombed", "explosion"),
    ("exploded", "explosion"),
    ("crashed", "crash"),
    ("collision", "crash"),
    ("derailed", "derailment"),
    ("voted", "vote"),
    ("ballot", "vote"),
    ("referendum", "vote"),
    ("negotiation", "talk"),
    ("accord", "agreement"),
    ("deal", "agreement"),
    ("treaty", "agreement"),
    ("quake", "earthquake"),
    ("truce", "ceasefire"),
    ("shooting", "killing"),
    ("murder", "killing"),
    ("slaying", "killing"),
    ("arrested", "arrest"),
    ("ruled", "ruling"),
    ("verdict", "ruling"),
    ("resigned", "resignation"),
    ("launched", "launch"),
];

/// The kind of happening an event word names (itself when it has no
/// synonym listed).
fn event_class(word: &str) -> &str {
    EVENT_CLASSES
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(word, |(_, class)| class)
}

/// Content words news uses for any happening: alone they say nothing about
/// which one.
pub(super) fn is_generic(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| GENERIC.iter().copied().collect());
    SET.contains(w)
}

/// Whether a content word names a happening (see [`EVENT_WORDS`]).
pub(super) fn is_event_word(w: &str) -> bool {
    static SET: LazyLock<FxHashSet<&str>> = LazyLock::new(|| EVENT_WORDS.iter().copied().collect());
    SET.contains(w)
}

const GENERIC: &[&str] = &[
    "company",
    "companie",
    "percent",
    "cent",
    "share",
    "official",
    "people",
    "government",
    "report",
    "reported",
    "statement",
    "spokesman",
    "spokeswoman",
    "news",
    "reporter",
    "press",
    "week",
    "million",
    "billion",
    "dollar",
    "quarter",
    "income",
    "net",
    "loss",
    "profit",
    "revenue",
    "sale",
    "earning",
    "year-earlier",
    "year-ago",
    "period",
    "market",
    "price",
    "stock",
    "trading",
    "composite",
    "closed",
    "close",
    "rose",
    "fell",
    "asset",
    "total",
    "chief",
    "executive",
    "officer",
    "chairman",
    "city",
    "country",
    "state",
    "national",
    "president",
    "minister",
    "group",
    "world",
    "expected",
    "announced",
    "made",
    "make",
    "took",
    "take",
    "came",
    "come",
    "went",
    "going",
    "get",
    "got",
    "held",
    "began",
    "start",
    "started",
    "part",
    "number",
    "many",
    "much",
    "well",
    "like",
    "way",
    "back",
    "man",
    "woman",
    "home",
    "say",
    "added",
    "asked",
    "called",
    "known",
    "including",
    "area",
    "local",
    "public",
    "high",
    "low",
    "former",
    "told",
    "used",
    "use",
    "another",
    "least",
];
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
    static STOP: LazyLock<FxHashSet<&str>> = LazyLock::new(|| STOPWORDS.iter().copied().collect());
    if STOP.contains(w.as_str()) || is_calendar_word(&w) {
        return None;
    }
    // A light stem: plurals and third-person "s".
    if w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") {
        return Some(w[..w.len() - 1].to_string());
    }
    Some(w)
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
