//! Hand-built index fixtures for the app tests: the sample story plus a
//! short follow-up story, with dates and names placed by locating phrases
//! in the text, so the app can be tested independently of the taggers.

#![allow(dead_code)]

use chrono::NaiveDate;
use dateline::index::Index;
use dateline::model::{
    Anchor, DateRange, Dateline, Entity, EntityId, EntityKind, Event, EventKind, Explanation,
    Mention, Origin, Precision, Published, Story, StoryId, Timex, TimexType,
};
use dateline::tui::app::App;
use dateline::tui::terminal::{Host, draw};
use dateline::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

fn month(y: i32, m: u32) -> DateRange {
    let start = date(y, m, 1);
    let next = if m == 12 {
        date(y + 1, 1, 1)
    } else {
        date(y, m + 1, 1)
    };
    DateRange {
        start,
        end: next.pred_opt().expect("valid date"),
    }
}

/// A second story, written for these tests, so focus and `n`/`N` have
/// another story to move to.
fn follow_up() -> Story {
    Story {
        id: StoryId("test-follow-up".into()),
        title: "Khamenei answers Obama letter, officials say".into(),
        published: Some(Published::Date(date(2014, 11, 10))),
        source: Some("Wire".into()),
        byline: Some("By A. Reporter".into()),
        dateline: Some(Dateline {
            place: "TEHRAN".into(),
            agency: None,
        }),
        url: None,
        paragraphs: vec![
            "TEHRAN — Ayatollah Ali Khamenei has replied to the letter from Barack Obama, officials said on Sunday.".into(),
            "Khamenei said talks could continue past the Nov. 24 deadline if the US showed flexibility. Obama made no comment.".into(),
            "Negotiators meet again in Vienna on Nov. 18.".into(),
        ],
        origin: Origin {
            path: "tests/follow-up.md".into(),
            item: None,
        },
    }
}

/// Find `phrase` (the `nth` occurrence) in a paragraph of `story`.
fn locate(index: &Index, story: usize, phrase: &str, nth: usize) -> (usize, usize) {
    let s = &index.corpus.stories[story];
    let mut seen = 0;
    for (pi, p) in s.paragraphs.iter().enumerate() {
        for (off, _) in p.match_indices(phrase) {
            if seen == nth {
                return (pi, off);
            }
            seen += 1;
        }
    }
    panic!("{phrase:?} not found in story {story}");
}

fn sentence_of(index: &Index, story: usize, para: usize, at: usize) -> std::ops::Range<usize> {
    index.analyses[story].sentences[para]
        .iter()
        .find(|r| r.start <= at && at < r.end)
        .cloned()
        .unwrap_or(at..at)
}

pub struct Fixture {
    pub index: Index,
}

impl Fixture {
    #[allow(clippy::too_many_arguments)]
    fn add_event(
        &mut self,
        story: usize,
        phrase: &str,
        value: &str,
        precision: Precision,
        range: DateRange,
        anchor: Anchor,
        rule: &str,
    ) {
        let (para, at) = locate(&self.index, story, phrase, 0);
        let sentence = sentence_of(&self.index, story, para, at);
        let ei = self.index.events.len();
        self.index.events.push(Event {
            kind: EventKind::Mention,
            story,
            paragraph: para,
            sentence,
            timex: Timex {
                start: at,
                end: at + phrase.len(),
                text: phrase.into(),
                kind: TimexType::Date,
                value: value.into(),
                precision: Some(precision),
                range: Some(range),
                explanation: Explanation {
                    anchor,
                    rule: rule.into(),
                },
            },
        });
        self.index.analyses[story].events.push(ei);
    }

    fn add_entity(&mut self, name: &str, kind: EntityKind, aliases: &[&str]) {
        let id = EntityId(self.index.entities.len());
        self.index.entities.push(Entity {
            id,
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            roles: Vec::new(),
        });
        // Every whole-word occurrence of the name or an alias, longest first,
        // never overlapping an earlier mention.
        let mut forms: Vec<&str> = std::iter::once(name)
            .chain(aliases.iter().copied())
            .collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        for si in 0..self.index.corpus.stories.len() {
            let paragraphs = self.index.corpus.stories[si].paragraphs.clone();
            for (pi, p) in paragraphs.iter().enumerate() {
                for form in &forms {
                    for (off, _) in p.match_indices(form) {
                        let end = off + form.len();
                        let before = p[..off].chars().next_back();
                        let after = p[end..].chars().next();
                        if before.is_some_and(char::is_alphanumeric)
                            || after.is_some_and(char::is_alphanumeric)
                        {
                            continue;
                        }
                        let taken = self.index.mentions.iter().any(|m| {
                            m.story == si
                                && m.paragraph == pi
                                && m.span.start < end
                                && off < m.span.end
                        });
                        if taken {
                            continue;
                        }
                        let sentence = sentence_of(&self.index, si, pi, off);
                        let mi = self.index.mentions.len();
                        self.index.mentions.push(Mention {
                            entity: id,
                            story: si,
                            paragraph: pi,
                            sentence,
                            span: off..end,
                            text: form.to_string(),
                        });
                        self.index.analyses[si].mentions.push(mi);
                    }
                }
            }
        }
    }

    /// Recompute the derived lists as the index builder does.
    fn finish(mut self) -> Index {
        let index = &mut self.index;
        for si in 0..index.analyses.len() {
            let events = &index.events;
            index.analyses[si].events.sort_by_key(|&e| {
                (
                    events[e].kind != EventKind::Publication,
                    events[e].paragraph,
                    events[e].timex.start,
                )
            });
            let mentions = &index.mentions;
            index.analyses[si]
                .mentions
                .sort_by_key(|&m| (mentions[m].paragraph, mentions[m].span.start));
        }
        index.timeline = (0..index.events.len()).collect();
        let events = &index.events;
        index.timeline.sort_by(|&a, &b| {
            let (ea, eb) = (&events[a], &events[b]);
            let ra = ea.timex.range.map(|r| r.start);
            let rb = eb.timex.range.map(|r| r.start);
            ra.cmp(&rb)
                .then(ea.timex.precision.cmp(&eb.timex.precision))
                .then(ea.story.cmp(&eb.story))
                .then((ea.paragraph, ea.timex.start).cmp(&(eb.paragraph, eb.timex.start)))
        });
        index.entity_mentions = vec![Vec::new(); index.entities.len()];
        let mut order: Vec<usize> = (0..index.mentions.len()).collect();
        let mentions = &index.mentions;
        order.sort_by_key(|&m| {
            (
                mentions[m].story,
                mentions[m].paragraph,
                mentions[m].span.start,
            )
        });
        for mi in order {
            index.entity_mentions[index.mentions[mi].entity.0].push(mi);
        }
        index.entity_events = vec![Vec::new(); index.entities.len()];
        for (ei, e) in index.events.iter().enumerate() {
            let mut seen = Vec::new();
            for m in &index.mentions {
                if m.story == e.story
                    && m.paragraph == e.paragraph
                    && m.sentence == e.sentence
                    && e.kind == EventKind::Mention
                    && !seen.contains(&m.entity)
                {
                    seen.push(m.entity);
                    index.entity_events[m.entity.0].push(ei);
                }
            }
        }
        // The two stories both report the Nov. 24 deadline.
        let deadline: Vec<usize> = index
            .timeline
            .iter()
            .copied()
            .filter(|&e| index.events[e].timex.value == "2014-11-24")
            .collect();
        if deadline.len() > 1 {
            let mut stories: Vec<usize> = deadline.iter().map(|&e| index.events[e].story).collect();
            stories.dedup();
            index.groups.push(dateline::model::EventGroup {
                events: deadline,
                stories,
            });
        }
        index.event_group = vec![None; index.events.len()];
        for (gi, g) in index.groups.iter().enumerate() {
            for &e in &g.events {
                index.event_group[e] = Some(gi);
            }
        }
        self.index
    }
}

/// The sample story alone, with its dates and names placed by hand.
pub fn seed_index() -> Index {
    build(false)
}

/// The sample story and a follow-up from four days later.
pub fn two_story_index() -> Index {
    build(true)
}

fn build(with_follow_up: bool) -> Index {
    let mut corpus = dateline::ingest::load_sample();
    // The seed story alone (the samples hold more stories).
    corpus.stories.retain(|s| {
        s.origin
            .path
            .ends_with("2014-11-06-obama-writes-to-irans-leader.md")
    });
    assert_eq!(
        corpus.stories.len(),
        1,
        "the seed story is among the samples"
    );
    corpus.stories[0].published = Some(Published::Date(date(2014, 11, 6)));
    if with_follow_up {
        corpus.stories.push(follow_up());
    }
    // Index::build adds sentences and publication events; the taggers may
    // find more, which are dropped here so the fixture is exact.
    let mut index = Index::build(corpus);
    let keep: Vec<bool> = index
        .events
        .iter()
        .map(|e| e.kind == EventKind::Publication)
        .collect();
    let mut remap = vec![None; index.events.len()];
    let mut events = Vec::new();
    for (i, e) in index.events.drain(..).enumerate() {
        if keep[i] {
            remap[i] = Some(events.len());
            events.push(e);
        }
    }
    index.events = events;
    for a in &mut index.analyses {
        a.events = a.events.iter().filter_map(|&e| remap[e]).collect();
        a.mentions.clear();
    }
    index.mentions.clear();
    index.entities.clear();
    index.groups.clear();
    let mut f = Fixture { index };
    let dct = Anchor::Dct {
        date: date(2014, 11, 6),
    };
    f.add_event(
        0,
        "Nov. 24",
        "2014-11-24",
        Precision::Day,
        DateRange::day(date(2014, 11, 24)),
        dct.clone(),
        "month and day: the next Nov 24 on or after the story date",
    );
    f.add_event(
        0,
        "in August",
        "2014-08",
        Precision::Month,
        month(2014, 8),
        dct.clone(),
        "past-tense sentence: the most recent August before the story date",
    );
    f.add_event(
        0,
        "the following month",
        "2014-09",
        Precision::Month,
        month(2014, 9),
        Anchor::Previous {
            text: "in August".into(),
            value: "2014-08".into(),
        },
        "the month after the date it follows",
    );
    f.add_event(
        0,
        "on Wednesday",
        "2014-11-05",
        Precision::Day,
        DateRange::day(date(2014, 11, 5)),
        dct,
        "past-tense sentence: the Wednesday before the story date",
    );
    if with_follow_up {
        let dct = Anchor::Dct {
            date: date(2014, 11, 10),
        };
        f.add_event(
            1,
            "on Sunday",
            "2014-11-09",
            Precision::Day,
            DateRange::day(date(2014, 11, 9)),
            dct.clone(),
            "past-tense sentence: the Sunday before the story date",
        );
        f.add_event(
            1,
            "Nov. 24",
            "2014-11-24",
            Precision::Day,
            DateRange::day(date(2014, 11, 24)),
            dct.clone(),
            "month and day: the next Nov 24 on or after the story date",
        );
        f.add_event(
            1,
            "Nov. 18",
            "2014-11-18",
            Precision::Day,
            DateRange::day(date(2014, 11, 18)),
            dct,
            "month and day: the next Nov 18 on or after the story date",
        );
    }
    f.add_entity("Barack Obama", EntityKind::Person, &["Obama"]);
    f.add_entity("Ali Khamenei", EntityKind::Person, &["Khamenei"]);
    f.add_entity("Josh Earnest", EntityKind::Person, &[]);
    f.add_entity("Islamic State", EntityKind::Organisation, &["IS"]);
    f.add_entity("White House", EntityKind::Organisation, &[]);
    f.add_entity("The Wall Street Journal", EntityKind::Organisation, &[]);
    f.add_entity("Iran", EntityKind::Place, &[]);
    f.add_entity("Syria", EntityKind::Place, &[]);
    f.add_entity("Iraq", EntityKind::Place, &[]);
    f.finish()
}

pub fn app(index: Index) -> App {
    App::new(index, Theme::no_color())
}

pub fn colour_app(index: Index) -> App {
    App::new(index, Theme::colored())
}

/// A host that runs searches synchronously and never suspends.
pub struct SyncHost {
    pub searcher: dateline::index::search::Searcher,
    pub index: std::sync::Arc<Index>,
}

impl SyncHost {
    pub fn new(app: &App) -> Self {
        Self {
            searcher: dateline::index::search::Searcher::new(&app.index),
            index: app.index.clone(),
        }
    }
}

impl Host<TestBackend> for SyncHost {
    fn search(
        &mut self,
        request: dateline::tui::finder::SearchRequest,
    ) -> Option<dateline::tui::finder::SearchResults> {
        Some(dateline::tui::finder::run_request(
            &mut self.searcher,
            &self.index,
            &request,
        ))
    }

    fn suspend(&mut self, _terminal: &mut Terminal<TestBackend>) -> std::io::Result<()> {
        Ok(())
    }
}

pub fn terminal(w: u16, h: u16) -> Terminal<TestBackend> {
    Terminal::new(TestBackend::new(w, h)).expect("test terminal")
}

/// Draw `app` at `w`×`h` and return the screen as text.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    let mut t = terminal(w, h);
    draw(&mut t, app).expect("draw");
    buffer_text(&t)
}

pub fn buffer_text(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            out.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// Lay `app` out for a `w`×`h` screen without drawing.
pub fn prepare(app: &mut App, w: u16, h: u16) {
    app.prepare(ratatui::layout::Rect::new(0, 0, w, h));
}
