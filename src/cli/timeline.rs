//! `dateline timeline`: the dated events of the stories in chronological
//! order, as text lines clipped to the terminal or as JSON.

use std::process::ExitCode;

use anyhow::bail;
use clap::Args;
use serde::Serialize;

use super::Sources;
use super::filter_args::FilterArgs;
use crate::index::{Index, excerpt};
use crate::model::{Anchor, Corpus, EventId, EventKind, LabelForm, Severity};
use crate::store::workspace::Workspace;
use crate::text::{self, pad, truncate};

#[derive(Debug, Args)]
pub struct TimelineArgs {
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// List the cross-story groups instead of the events: each group once,
    /// with its date, its stories and its member events (the groups with an
    /// event among those the filters select).
    #[arg(long)]
    pub groups: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

pub fn run(args: TimelineArgs) -> anyhow::Result<ExitCode> {
    args.filter.check()?;
    let (index, ws) = args.sources.index_with_workspace()?;
    let events = args.filter.filter(&index)?.select(&index);
    if args.groups {
        let groups = groups_json(&index, &events);
        if args.json {
            super::print_json(&groups)?;
        } else {
            use std::io::Write;
            let text = render_groups(&index, &groups, output_width());
            std::io::stdout().lock().write_all(text.as_bytes())?;
        }
    } else if args.json {
        super::print_json_array(&events, |&e| event_json(&index, e, &ws))?;
    } else {
        let text = render(&index, &events, output_width());
        use std::io::Write;
        std::io::stdout().lock().write_all(text.as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Print load problems on stderr; fail when nothing could be loaded because
/// of them.
pub(super) fn report_load_problems(corpus: &Corpus) -> anyhow::Result<()> {
    super::print_diagnostics(&corpus.diagnostics);
    let errors = corpus
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    if corpus.stories.is_empty() && errors > 0 {
        bail!("no story could be loaded ({errors} error(s))");
    }
    Ok(())
}

/// Terminal width for text output: `$COLUMNS`, else 100.
pub(super) fn output_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0)
        .unwrap_or(100)
}

/// The date of an event at its precision, with the time of day when the
/// value carries one: `Aug 2014`, `Wed 5 Nov 2014`, `Mon 24 Nov 2014 15:00`,
/// `Thu 7 Aug 2014 night`, `Weekend 23–24 Nov 2013`.
pub fn display_date(index: &Index, event: EventId) -> String {
    let t = &index.event(event).timex;
    t.date_label(LabelForm::Listing)
        .unwrap_or_else(|| t.value.clone())
}

/// Longest cell width of a story id column.
const STORY_COLUMN_MAX: usize = 28;
/// Longest cell width of the date column.
const DATE_COLUMN_MAX: usize = 24;

/// One line per event: date, story id, then the sentence (or the title for
/// publication events), clipped to `width` cells. Events several stories
/// agree on are marked `[n stories]`, events other stories date on another
/// day `[disagreement #id]` (the id of `--json`).
pub fn render(index: &Index, events: &[EventId], width: usize) -> String {
    let dates: Vec<String> = events.iter().map(|&e| display_date(index, e)).collect();
    let date_w = dates
        .iter()
        .map(|d| text::width(d))
        .max()
        .unwrap_or(0)
        .min(DATE_COLUMN_MAX);
    let story_w = story_column(index, events);
    let mut out = String::new();
    for (&e, date) in events.iter().zip(&dates) {
        let ev = index.event(e);
        let story = index.story(ev.story);
        let mut line = format!(
            "{}  {}  ",
            pad(&truncate(date, date_w), date_w),
            pad(&truncate(&story.id.0, story_w), story_w),
        );
        if let Some(g) = index.group_of(e) {
            line.push_str(&format!("[{} stories] ", g.stories.len()));
        }
        if index.original_timex(e).is_some() {
            line.push_str("[corrected] ");
        }
        if let Some(d) = index.event_disagreement(e) {
            line.push_str(&format!("[disagreement #{d}] "));
        }
        match ev.kind {
            EventKind::Publication => {
                line.push_str("published: ");
                line.push_str(&story.title);
            }
            EventKind::Mention => push_sentence(index, e, &mut line, width),
        }
        out.push_str(truncate(&line, width).trim_end());
        out.push('\n');
    }
    out
}

/// The width of a story id column for `events`, in cells.
fn story_column(index: &Index, events: &[EventId]) -> usize {
    events
        .iter()
        .map(|&e| text::width(&index.story(index.event(e).story).id.0))
        .max()
        .unwrap_or(0)
        .min(STORY_COLUMN_MAX)
}

/// Append event `e`'s sentence to `line` for a `width`-cell line, cut
/// around the date phrase so that it stays in view.
fn push_sentence(index: &Index, e: EventId, line: &mut String, width: usize) {
    let room = width.saturating_sub(text::width(line));
    let (before, phrase, after) = excerpt::sentence_around(index, e, room);
    line.push_str(&before);
    line.push_str(&phrase);
    line.push_str(&after);
}

/// An event as JSON.
#[derive(Debug, Serialize)]
pub struct EventJson<'a> {
    /// The event's stable id: its story's id and the place of its
    /// expression in the story's text (see [`crate::index::event_key`]).
    pub id: String,
    /// The TIMEX3 value.
    pub value: &'a str,
    #[serde(rename = "type")]
    pub kind_of_value: &'static str,
    pub precision: Option<&'static str>,
    /// First and last day covered, ISO, inclusive.
    pub start: String,
    pub end: String,
    /// The date written at its precision, as the text output shows it.
    pub display: String,
    /// The expression as written (the ISO date for publication events).
    pub text: &'a str,
    pub sentence: &'a str,
    pub story: &'a str,
    pub story_title: &'a str,
    pub paragraph: usize,
    /// Character offsets of the expression in its paragraph, end exclusive
    /// (absent for publication events).
    pub span: Option<[usize; 2]>,
    /// `mention` or `publication`.
    pub kind: EventKind,
    pub group: Option<GroupJson<'a>>,
    /// Other stories date this happening on another day: every side.
    pub disagreement: Option<DisagreementJson<'a>>,
    pub explanation: ExplanationJson<'a>,
    /// The analyst's correction of the date, if any: the value above is
    /// the corrected one.
    pub corrected: Option<CorrectedJson<'a>>,
    /// Starred, or in a starred story.
    pub starred: bool,
    pub note: Option<String>,
}

/// What a correction replaced, and when it was made.
#[derive(Debug, Serialize)]
pub struct CorrectedJson<'a> {
    /// The TIMEX3 value the tagger read.
    pub was: &'a str,
    /// When the correction was made (RFC 3339, UTC), when known.
    pub at: Option<String>,
}

/// Stories dating one happening on different days.
#[derive(Debug, Serialize)]
pub struct DisagreementJson<'a> {
    pub id: usize,
    /// The different days stated, ISO, earliest first.
    pub days: Vec<String>,
    /// Every side's events, in timeline order.
    pub events: Vec<SideJson<'a>>,
}

/// Which story says what of one event: a side of a disagreement, a
/// member of a group.
#[derive(Debug, Serialize)]
pub struct SideJson<'a> {
    pub story: &'a str,
    pub value: &'a str,
    pub text: &'a str,
    pub sentence: &'a str,
}

fn disagreement_json(index: &Index, event: EventId) -> Option<DisagreementJson<'_>> {
    let id = index.event_disagreement(event)?;
    let d = &index.disagreements()[id];
    Some(DisagreementJson {
        id,
        days: d.days.iter().map(|day| day.to_string()).collect(),
        events: d.events.iter().map(|&e| side_json(index, e)).collect(),
    })
}

/// [`SideJson`] of event `e`.
fn side_json(index: &Index, e: EventId) -> SideJson<'_> {
    let ev = index.event(e);
    SideJson {
        story: &index.story(ev.story).id.0,
        value: &ev.timex.value,
        text: &ev.timex.text,
        sentence: index.event_sentence(e),
    }
}

/// The cross-story group an event belongs to. `timeline --groups` lists
/// each group's members once.
#[derive(Debug, Serialize)]
pub struct GroupJson<'a> {
    pub id: usize,
    /// How many stories state it.
    pub story_count: usize,
    /// Ids of every story stating it (a group holds at most
    /// [`MAX_GROUP`](crate::index::timeline::MAX_GROUP) events).
    pub stories: Vec<&'a str>,
    /// How many events it holds.
    pub events: usize,
}

/// One group of `timeline --groups`: the happening's date and every member.
#[derive(Debug, Serialize)]
pub struct GroupListing<'a> {
    pub id: usize,
    /// The date as the first member states it, and at its precision.
    pub value: &'a str,
    pub display: String,
    pub story_count: usize,
    pub stories: Vec<&'a str>,
    /// The member events in timeline order.
    pub events: Vec<GroupMemberJson<'a>>,
}

/// One member event of a group: its id, as `timeline --json` gives it,
/// then which story says what.
#[derive(Debug, Serialize)]
pub struct GroupMemberJson<'a> {
    pub id: String,
    #[serde(flatten)]
    pub event: SideJson<'a>,
}

/// The ids of the stories stating group `g`, in the order they come.
fn group_story_ids(index: &Index, g: usize) -> Vec<&str> {
    index.groups()[g]
        .stories
        .iter()
        .map(|&s| index.story(s).id.0.as_str())
        .collect()
}

/// The groups with an event among `events`, in the order their first such
/// event comes.
pub fn groups_json<'a>(index: &'a Index, events: &[EventId]) -> Vec<GroupListing<'a>> {
    let mut seen = std::collections::HashSet::new();
    events
        .iter()
        .filter_map(|&e| index.event_group(e))
        .filter(|&g| seen.insert(g))
        .map(|g| {
            let group = &index.groups()[g];
            let first = group.events[0];
            GroupListing {
                id: g,
                value: &index.event(first).timex.value,
                display: display_date(index, first),
                story_count: group.stories.len(),
                stories: group_story_ids(index, g),
                events: group
                    .events
                    .iter()
                    .map(|&m| GroupMemberJson {
                        id: index.event_key(m),
                        event: side_json(index, m),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The groups as text: a heading line per group (id, date, how many
/// stories), then one line per member: story id and sentence.
fn render_groups(index: &Index, groups: &[GroupListing<'_>], width: usize) -> String {
    let mut out = String::new();
    for g in groups {
        let group = &index.groups()[g.id];
        let head = format!(
            "#{}  {}  {} stories, {} events",
            g.id,
            g.display,
            g.story_count,
            group.events.len()
        );
        out.push_str(truncate(&head, width).trim_end());
        out.push('\n');
        let story_w = story_column(index, &group.events);
        for &e in &group.events {
            let story = &index.story(index.event(e).story).id.0;
            let mut line = format!("  {}  ", pad(&truncate(story, story_w), story_w));
            push_sentence(index, e, &mut line, width);
            out.push_str(truncate(&line, width).trim_end());
            out.push('\n');
        }
    }
    out
}

#[derive(Debug, Serialize)]
pub struct ExplanationJson<'a> {
    pub anchor: &'a Anchor,
    pub rule: &'a str,
}

#[cfg_attr(not(test), allow(dead_code))]
pub fn to_json<'a>(index: &'a Index, events: &[EventId]) -> Vec<EventJson<'a>> {
    to_json_with(index, events, &Workspace::default())
}

/// [`to_json`] with the workspace's stars, notes and the time of each
/// correction.
pub fn to_json_with<'a>(
    index: &'a Index,
    events: &[EventId],
    ws: &Workspace,
) -> Vec<EventJson<'a>> {
    events
        .iter()
        .filter_map(|&e| event_json(index, e, ws))
        .collect()
}

/// One event of `timeline --json`; `None` for an event off the calendar.
fn event_json<'a>(index: &'a Index, e: EventId, ws: &Workspace) -> Option<EventJson<'a>> {
    let ev = index.event(e);
    let id = index.event_key(e);
    let range = ev.timex.range?;
    let story = index.story(ev.story);
    let span = match ev.kind {
        EventKind::Publication => None,
        EventKind::Mention => story
            .paragraphs
            .get(ev.paragraph)
            .map(|p| [char_offset(p, ev.timex.start), char_offset(p, ev.timex.end)]),
    };
    let corrected = index.original_timex(e).map(|was| CorrectedJson {
        was: &was.value,
        at: ws.corrections.get(&id).map(|c| c.at.clone()),
    });
    Some(EventJson {
        starred: ws.is_starred(&id, &story.id.0),
        note: ws.notes.get(&id).map(|n| n.text.clone()),
        corrected,
        id,
        value: &ev.timex.value,
        kind_of_value: ev.timex.kind.as_str(),
        precision: ev.timex.precision.map(|p| p.as_str()),
        // A date's Display is ISO 8601, as "%Y-%m-%d" writes it, without
        // reading a format string for every event.
        start: range.start.to_string(),
        end: range.end.to_string(),
        display: display_date(index, e),
        text: &ev.timex.text,
        sentence: index.event_sentence(e),
        story: &story.id.0,
        story_title: &story.title,
        paragraph: ev.paragraph,
        span,
        kind: ev.kind,
        group: index.event_group(e).map(|g| GroupJson {
            id: g,
            story_count: index.groups()[g].stories.len(),
            stories: group_story_ids(index, g),
            events: index.groups()[g].events.len(),
        }),
        disagreement: disagreement_json(index, e),
        explanation: ExplanationJson {
            anchor: &ev.timex.explanation.anchor,
            rule: &ev.timex.explanation.rule,
        },
    })
}

/// The character offset of byte `at` in `s` (clamped to the end): the
/// characters starting before it, counted by the standard library's fast
/// count rather than one by one.
fn char_offset(s: &str, at: usize) -> usize {
    let mut end = at.min(s.len());
    while !s.is_char_boundary(end) {
        end += 1;
    }
    s[..end].chars().count()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::index::StoryExtraction;
    use crate::index::filter::{DateBound, EventFilter};
    use crate::model::{
        DateRange, EntityAnalysis, EntityId, EntityMention, Explanation, LocalEntity, Origin,
        Precision, Published, Story, StoryId, Timex, TimexType,
    };
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Events in timeline order that overlap `from..=to` and, with `entity`,
    /// whose sentence mentions it (an [`EventFilter`] on those three).
    fn select(
        index: &Index,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        entity: Option<EntityId>,
    ) -> Vec<EventId> {
        let bound = |d: NaiveDate| DateBound {
            text: d.to_string(),
            range: DateRange::day(d),
        };
        EventFilter {
            from: from.map(bound),
            to: to.map(bound),
            entity,
            ..EventFilter::default()
        }
        .select(index)
    }

    fn story(id: &str, date: NaiveDate, text: &str) -> Story {
        Story {
            id: StoryId(id.into()),
            title: format!("Title {id}"),
            published: Some(Published::Date(date)),
            source: None,
            byline: None,
            dateline: None,
            url: None,
            paragraphs: vec![text.into()],
            origin: Origin {
                path: "x".into(),
                item: None,
            },
        }
    }

    fn timex(text: &str, phrase: &str, value: &str, p: Precision, range: DateRange) -> Timex {
        let start = text.find(phrase).unwrap();
        Timex {
            start,
            end: start + phrase.len(),
            text: phrase.into(),
            kind: TimexType::Date,
            value: value.into(),
            precision: Some(p),
            range: Some(range),
            explanation: Explanation {
                anchor: Anchor::Dct {
                    date: day(2014, 11, 6),
                },
                rule: "the rule".into(),
            },
        }
    }

    /// Two stories agreeing on a deadline, one naming Iran.
    pub(in crate::cli) fn two_story_index() -> Index {
        let a = "Talks with Iran face a Nov. 24 deadline, and the talks began in August.";
        let b = "Négociateurs race the Nov. 24 deadline.";
        let nov24 = DateRange::day(day(2014, 11, 24));
        let aug = DateRange {
            start: day(2014, 8, 1),
            end: day(2014, 8, 31),
        };
        let iran = a.find("Iran").unwrap();
        let extractions = vec![
            StoryExtraction {
                timexes: vec![
                    timex(a, "Nov. 24", "2014-11-24", Precision::Day, nov24),
                    timex(a, "August", "2014-08", Precision::Month, aug),
                ],
                entities: EntityAnalysis {
                    entities: vec![LocalEntity {
                        name: "Iran".into(),
                        kind: crate::model::EntityKind::Place,
                        aliases: vec![],
                        roles: vec![],
                    }],
                    mentions: vec![EntityMention {
                        start: iran,
                        end: iran + 4,
                        text: "Iran".into(),
                        entity: 0,
                    }],
                },
            },
            StoryExtraction {
                timexes: vec![timex(b, "Nov. 24", "2014-11-24", Precision::Day, nov24)],
                entities: EntityAnalysis::default(),
            },
        ];
        Index::from_extractions(
            Corpus {
                stories: vec![
                    story("story-a", day(2014, 11, 6), a),
                    story("story-b", day(2014, 11, 7), b),
                ],
                diagnostics: vec![],
            },
            extractions,
        )
    }

    #[test]
    fn text_lines_show_date_story_and_clipped_sentence() {
        let index = two_story_index();
        let all = select(&index, None, None, None);
        let text = render(&index, &all, 200);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            vec![
                "Aug 2014         story-a  Talks with Iran face a Nov. 24 deadline, and the talks began in August.",
                "Thu 6 Nov 2014   story-a  published: Title story-a",
                "Fri 7 Nov 2014   story-b  published: Title story-b",
                "Mon 24 Nov 2014  story-a  [2 stories] Talks with Iran face a Nov. 24 deadline, and the talks began in August.",
                "Mon 24 Nov 2014  story-b  [2 stories] Négociateurs race the Nov. 24 deadline.",
            ]
        );
        for line in render(&index, &all, 40).lines() {
            assert!(text::width(line) <= 40, "{line:?}");
        }
        // A cut sentence keeps its date phrase in view.
        let narrow = render(&index, &all, 40);
        let first = narrow.lines().next().unwrap();
        assert!(first.contains('…'), "{first:?}");
        assert!(first.contains("August"), "{first:?}");
    }

    #[test]
    fn filters_by_dates_and_entity() {
        let index = two_story_index();
        let from = select(&index, Some(day(2014, 11, 7)), None, None);
        assert_eq!(from.len(), 3);
        // A month overlaps a --to inside it.
        let to = select(&index, None, Some(day(2014, 8, 15)), None);
        assert_eq!(to.len(), 1);
        let iran = index.find_entity("iran").unwrap();
        let with_iran = select(&index, None, None, Some(iran));
        let texts: Vec<&str> = with_iran
            .iter()
            .map(|&e| index.event(e).timex.text.as_str())
            .collect();
        assert_eq!(texts, vec!["August", "Nov. 24"]);
    }

    #[test]
    fn json_carries_the_contract_fields() {
        let index = two_story_index();
        let all = select(&index, None, None, None);
        let json = serde_json::to_value(to_json(&index, &all)).unwrap();
        let last = &json[4];
        assert_eq!(last["value"], "2014-11-24");
        assert_eq!(last["precision"], "day");
        assert_eq!(last["start"], "2014-11-24");
        assert_eq!(last["end"], "2014-11-24");
        assert_eq!(last["text"], "Nov. 24");
        assert_eq!(last["sentence"], "Négociateurs race the Nov. 24 deadline.");
        assert_eq!(last["story"], "story-b");
        assert_eq!(last["paragraph"], 0);
        assert_eq!(last["kind"], "mention");
        // Character offsets: "é" is one character.
        assert_eq!(last["span"], serde_json::json!([22, 29]));
        assert_eq!(
            last["group"]["stories"],
            serde_json::json!(["story-a", "story-b"])
        );
        assert_eq!(last["group"]["story_count"], 2);
        assert_eq!(last["explanation"]["anchor"]["kind"], "dct");
        assert_eq!(last["explanation"]["rule"], "the rule");
        assert_eq!(json[0]["end"], "2014-08-31");
        assert_eq!(json[1]["kind"], "publication");
        assert_eq!(json[1]["group"], serde_json::Value::Null);
        // Every event says whether other stories date it differently.
        for e in json.as_array().unwrap() {
            assert_eq!(e["disagreement"], serde_json::Value::Null, "{e}");
        }
    }

    #[test]
    fn groups_are_listed_once_with_their_members() {
        let index = two_story_index();
        let all = select(&index, None, None, None);
        let groups = serde_json::to_value(groups_json(&index, &all)).unwrap();
        let events = serde_json::to_value(to_json(&index, &all)).unwrap();
        assert_eq!(groups.as_array().unwrap().len(), 1, "{groups}");
        let g = &groups[0];
        assert_eq!(g["value"], "2014-11-24");
        assert_eq!(g["story_count"], 2);
        assert_eq!(g["stories"], serde_json::json!(["story-a", "story-b"]));
        let members: Vec<&str> = g["events"]
            .as_array()
            .unwrap()
            .iter()
            .map(|m| m["story"].as_str().unwrap())
            .collect();
        assert_eq!(members, vec!["story-a", "story-b"]);
        // Each member is the event `timeline --json` lists in that group.
        for m in g["events"].as_array().unwrap() {
            let e = events
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["id"] == m["id"])
                .expect("the member is an event");
            assert_eq!(e["group"]["id"], g["id"]);
            assert_eq!(e["text"], m["text"]);
        }
        // A selection without a grouped event lists no group.
        let publications: Vec<EventId> = all
            .iter()
            .copied()
            .filter(|&e| index.event(e).kind == EventKind::Publication)
            .collect();
        assert!(groups_json(&index, &publications).is_empty());
        let listing: Vec<GroupListing> = groups_json(&index, &all);
        // In a narrow terminal the date phrase still shows.
        let narrow = render_groups(&index, &listing, 30);
        assert!(
            narrow.lines().nth(2).unwrap().contains("Nov. 24"),
            "{narrow}"
        );
        let text = render_groups(&index, &listing, 80);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(
            lines[0].starts_with("#0  Mon 24 Nov 2014  2 stories, 2 events"),
            "{text}"
        );
        assert!(
            lines[2].starts_with("  story-b  Négociateurs race the Nov. 24 deadline."),
            "{text}"
        );
    }

    #[test]
    fn times_of_day_and_weekends_read_naturally() {
        let text = "It happened on Thursday night, then at 3 p.m. and over the weekend.";
        let thursday = DateRange::day(day(2014, 8, 7));
        let weekend = DateRange {
            start: day(2013, 11, 23),
            end: day(2013, 11, 24),
        };
        let mut night = timex(
            text,
            "Thursday night",
            "2014-08-07TNI",
            Precision::Hour,
            thursday,
        );
        night.kind = TimexType::Time;
        let mut three = timex(
            text,
            "3 p.m.",
            "2014-08-07T15:00",
            Precision::Minute,
            thursday,
        );
        three.kind = TimexType::Time;
        let we = timex(text, "the weekend", "2013-W47-WE", Precision::Week, weekend);
        let index = Index::from_extractions(
            Corpus {
                stories: vec![story("t", day(2014, 8, 8), text)],
                diagnostics: vec![],
            },
            vec![StoryExtraction {
                timexes: vec![night, three, we],
                entities: EntityAnalysis::default(),
            }],
        );
        let shown: Vec<String> = index
            .timeline()
            .iter()
            .map(|&e| display_date(&index, e))
            .collect();
        assert_eq!(
            shown,
            vec![
                "Weekend 23–24 Nov 2013",
                "Thu 7 Aug 2014 night",
                "Thu 7 Aug 2014 15:00",
                "Fri 8 Aug 2014",
            ]
        );
    }

    #[test]
    fn unknown_entities_suggest_close_names() {
        let index = two_story_index();
        let err = index.resolve_entity("irn").unwrap_err().to_string();
        assert!(
            err.contains("`irn`") && err.contains("did you mean `Iran`"),
            "{err}"
        );
        let err = index.resolve_entity("zzz").unwrap_err().to_string();
        assert!(
            err.contains("no person, organisation or place called `zzz`"),
            "{err}"
        );
        assert!(index.resolve_entity("IRAN").is_ok());
    }

    #[test]
    fn char_offsets_count_characters() {
        assert_eq!(char_offset("é a", 3), 2);
        assert_eq!(char_offset("abc", 99), 3);
        // Inside a character, that character has started.
        assert_eq!(char_offset("é a", 1), 1);
        assert_eq!(char_offset("aé", 2), 2);
    }
}
