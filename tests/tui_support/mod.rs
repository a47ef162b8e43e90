//! Hand-built index fixtures for the app tests: the sample story plus a
//! short follow-up story, with dates and names placed by locating phrases
//! in the text, so the app can be tested independently of the taggers.

#![allow(dead_code)]

use chrono::NaiveDate;
use dateline::index::{Index, StoryExtraction};
use dateline::model::{
    Anchor, Corpus, DateRange, Dateline, Diagnostic, EntityKind, EntityMention, Explanation,
    LocalEntity, Origin, Precision, Published, Story, StoryId, Timex, TimexType,
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

/// Find the first occurrence of `phrase` in a paragraph of `story`.
fn locate(story: &Story, phrase: &str) -> (usize, usize) {
    for (pi, p) in story.paragraphs.iter().enumerate() {
        if let Some(off) = p.find(phrase) {
            return (pi, off);
        }
    }
    panic!("{phrase:?} not found in story {:?}", story.id);
}

/// A place in a story: paragraph and byte range within it.
type Place = (usize, std::ops::Range<usize>);

/// Stories with dates and names placed by hand, in paragraph coordinates,
/// indexed by [`Index::from_extractions`] as the real extractors' output
/// would be. Tests may edit the stories before [`Fixture::index`] (what no
/// longer fits the edited text is dropped by the index, as a bad span from
/// an extractor would be).
pub struct Fixture {
    pub stories: Vec<Story>,
    /// Load problems the corpus reports.
    pub diagnostics: Vec<Diagnostic>,
    /// Per story: the dates placed in it.
    dates: Vec<Vec<(Place, Timex)>>,
    /// The entities, in id order.
    entities: Vec<(String, EntityKind, Vec<String>)>,
    /// Per story: (place, entity, text as written).
    mentions: Vec<Vec<(Place, usize, String)>>,
}

impl Fixture {
    fn new(stories: Vec<Story>) -> Self {
        let n = stories.len();
        Self {
            stories,
            diagnostics: Vec::new(),
            dates: vec![Vec::new(); n],
            entities: Vec::new(),
            mentions: vec![Vec::new(); n],
        }
    }

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
        let (para, at) = locate(&self.stories[story], phrase);
        self.dates[story].push((
            (para, at..at + phrase.len()),
            Timex {
                start: 0,
                end: 0,
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
        ));
    }

    /// Add a name, placed on every whole-word occurrence of it or an alias
    /// in the stories as they are now.
    pub fn add_entity(&mut self, name: &str, kind: EntityKind, aliases: &[&str]) {
        let id = self.entities.len();
        self.entities.push((
            name.into(),
            kind,
            aliases.iter().map(|a| a.to_string()).collect(),
        ));
        // Every whole-word occurrence of the name or an alias, longest first,
        // never overlapping an earlier mention.
        let mut forms: Vec<&str> = std::iter::once(name)
            .chain(aliases.iter().copied())
            .collect();
        forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
        for (si, story) in self.stories.iter().enumerate() {
            for (pi, p) in story.paragraphs.iter().enumerate() {
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
                        let taken = self.mentions[si]
                            .iter()
                            .any(|((mp, r), _, _)| *mp == pi && r.start < end && off < r.end);
                        if !taken {
                            self.mentions[si].push(((pi, off..end), id, form.to_string()));
                        }
                    }
                }
            }
        }
    }

    /// Insert `paragraphs` before paragraph `at` of `story`, keeping every
    /// date and name on its text.
    pub fn insert_paragraphs(&mut self, story: usize, at: usize, paragraphs: Vec<String>) {
        let n = paragraphs.len();
        let s = &mut self.stories[story];
        s.paragraphs.splice(at..at, paragraphs);
        for ((p, _), _) in &mut self.dates[story] {
            if *p >= at {
                *p += n;
            }
        }
        for ((p, _), _, _) in &mut self.mentions[story] {
            if *p >= at {
                *p += n;
            }
        }
    }

    /// The index of the stories as they are now.
    pub fn index(&self) -> Index {
        let mut extractions = Vec::new();
        for (si, story) in self.stories.iter().enumerate() {
            let text = story.text();
            let offset = |(p, r): &Place| {
                let base = text
                    .paragraphs
                    .get(*p)
                    .map_or(usize::MAX / 2, |pr| pr.start);
                base + r.start..base + r.end
            };
            let mut found = StoryExtraction::default();
            for (place, timex) in &self.dates[si] {
                let span = offset(place);
                found.timexes.push(Timex {
                    start: span.start,
                    end: span.end,
                    ..timex.clone()
                });
            }
            // Every story lists every entity, so ids follow the fixture's
            // order whichever story names them first.
            for (name, kind, aliases) in &self.entities {
                found.entities.entities.push(LocalEntity {
                    name: name.clone(),
                    kind: *kind,
                    aliases: aliases.clone(),
                    roles: Vec::new(),
                });
            }
            for (place, entity, written) in &self.mentions[si] {
                let span = offset(place);
                found.entities.mentions.push(EntityMention {
                    start: span.start,
                    end: span.end,
                    text: written.clone(),
                    entity: *entity,
                });
            }
            extractions.push(found);
        }
        let index = Index::from_extractions(
            Corpus {
                stories: self.stories.clone(),
                diagnostics: self.diagnostics.clone(),
            },
            extractions,
        );
        // The index merges names only when they are the same name, so the
        // fixture's entities come out as written, in order.
        let built: Vec<(String, EntityKind, Vec<String>)> = index
            .entities()
            .iter()
            .map(|e| (e.name.clone(), e.kind, e.aliases.clone()))
            .collect();
        assert_eq!(built, self.entities, "the fixture's entities, as placed");
        index
    }
}

/// The sample story alone, with its dates and names placed by hand.
pub fn seed_index() -> Index {
    seed_fixture().index()
}

/// The sample story and a follow-up from four days later.
pub fn two_story_index() -> Index {
    two_story_fixture().index()
}

/// [`seed_index`] before indexing, for tests that edit the story.
pub fn seed_fixture() -> Fixture {
    fixture(false)
}

/// [`two_story_index`] before indexing.
pub fn two_story_fixture() -> Fixture {
    fixture(true)
}

fn fixture(with_follow_up: bool) -> Fixture {
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
    let mut f = Fixture::new(corpus.stories);
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
    f
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

/// The index's timeline as the app's plain event numbers.
pub fn timeline_ids(index: &Index) -> Vec<usize> {
    index.timeline().iter().map(|e| e.0).collect()
}
