//! The app state: plain data, constructible in a test. No threads, clocks
//! or file handles live here; the loop in `terminal.rs` owns those. Each
//! pane keeps its own state (see [`super::pane`]); the `App` holds the
//! panes and what crosses them.

use std::collections::HashMap;
use std::sync::Arc;

use ratatui::layout::Rect;

use super::action::{Action, Effect, Pane};
use super::command::{Command, CommandLine};
use super::config::Settings;
use super::edit::EditLine;
use super::finder::Finder;
use super::keymap::{Context, Mode};
use super::layout::{self, ScreenLayout};
use super::loading::Loading;
use super::outside::ExportRequest;
use super::pane::{ArticleState, ListPane, Reveal, TimelinePane};
use super::people::{KindTab, list_height, people_order};
use super::theme::Theme;
use super::wrap::{article_wrap_width, layout_article};
use crate::export::Format;
use crate::index::Index;
use crate::index::filter::EventFilter;
use crate::model::{EntityId, EventId, EventKind};
use crate::store::workspace::Workspace;

/// The entity the user focused, with its mentions in story order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityFocus {
    pub id: EntityId,
    /// Indices into the index's mentions.
    pub mentions: Vec<usize>,
    /// Position in `mentions` of the current one.
    pub current: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Popup {
    Help { scroll: usize },
    Explain { event: usize },
    Problems { scroll: usize },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Info,
    Warning,
}

/// A transient status-bar message; the loop expires it by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: u64,
    pub text: String,
    pub level: Level,
}

/// The whole app state.
#[derive(Debug, Clone)]
pub struct App {
    pub index: Arc<Index>,
    pub theme: Theme,
    /// The config file's settings the app runs with: the keys in use (the
    /// default table with the file's changes), how dates are written.
    pub settings: Settings,
    pub focus: Pane,
    /// The side pane shown next to the article in the medium layout.
    pub side: Pane,
    /// Story indices sorted by date.
    pub stories: ListPane<usize>,
    pub article: ArticleState,
    pub timeline: TimelinePane,
    /// The names of the people pane's tab, most mentioned first.
    pub people: ListPane<EntityId>,
    /// Which kinds the people pane lists.
    pub people_tab: KindTab,
    pub entity_focus: Option<EntityFocus>,
    pub popup: Option<Popup>,
    pub finder: Option<Finder>,
    pub message: Option<Message>,
    next_message_id: u64,
    /// The focused pane on the whole screen.
    pub zoom: bool,
    /// The filters set on the command line; the entity condition is the
    /// entity focus (see [`App::timeline_filter`]).
    pub filter: EventFilter,
    pub command: CommandLine,
    /// Where everything goes at the current screen size, computed by
    /// [`App::prepare`] before each frame.
    pub layout: ScreenLayout,
    /// Set while the index is being built (see [`super::loading`]).
    pub loading: Option<Loading>,
    /// The analyst's corrections, stars and notes (see [`super::marks`]).
    pub workspace: Workspace,
    /// The one-line input of a date or a note, when open.
    pub edit: Option<EditLine>,
    /// `:starred`: the timeline lists only starred events and the events
    /// of starred stories.
    pub starred_only: bool,
}

impl App {
    pub fn new(index: Index, theme: Theme) -> Self {
        let mut story_order: Vec<usize> = (0..index.corpus().stories.len()).collect();
        story_order.sort_by_key(|&i| {
            let d = index.corpus().stories[i].date();
            (d.is_none(), d, i)
        });
        let people_order = people_order(&index, KindTab::All);
        let mut app = Self {
            index: Arc::new(index),
            theme,
            settings: Settings::default(),
            focus: Pane::Timeline,
            side: Pane::Timeline,
            stories: ListPane::new(story_order),
            article: ArticleState::default(),
            timeline: TimelinePane::default(),
            people: ListPane::new(people_order),
            people_tab: KindTab::All,
            entity_focus: None,
            popup: None,
            finder: None,
            message: None,
            next_message_id: 0,
            zoom: false,
            filter: EventFilter::default(),
            command: CommandLine::default(),
            layout: ScreenLayout::default(),
            loading: None,
            workspace: Workspace::default(),
            edit: None,
            starred_only: false,
        };
        app.set_timeline_filter(None);
        if let Some(first) = app.stories.order.first().copied() {
            app.show_story(first, Reveal::Top);
            // Start in step: the first story's publication date selected on
            // the timeline, its header emphasised in the article.
            let publication = app.index.analyses().get(first).and_then(|a| {
                a.events
                    .iter()
                    .copied()
                    .find(|&e| app.index.event(e).kind == EventKind::Publication)
                    .map(|e| e.0)
            });
            if let Some(e) = publication {
                app.highlight_event(e);
            }
        }
        if app.index.events().is_empty() {
            app.focus = Pane::Stories;
            app.side = Pane::Stories;
        }
        app.announce_problems();
        app
    }

    /// Take the config file's settings: keys, theme, where to start, how
    /// dates are written. `no_color` is whether `NO_COLOR` asks for no
    /// colour (the config's preset wins over it).
    pub fn configure(&mut self, settings: &Settings, no_color: bool) {
        self.theme = settings.theme(no_color);
        self.apply_settings(settings.clone());
    }

    /// [`App::configure`] but for the theme, which stays as it is: what an
    /// app switching to a newly loaded index takes from the one before.
    pub fn apply_settings(&mut self, settings: Settings) {
        let layout = settings.layout;
        if !self.index.events().is_empty() {
            if let Some(focus) = layout.focus {
                self.focus_pane(focus);
            }
            if let Some(side) = layout.side {
                self.side = side;
            }
        }
        self.zoom = layout.zoom;
        self.settings = settings;
        self.announce_problems();
    }

    /// The label of the first key bound to `action` in `context`, for text
    /// that tells the analyst what to press.
    pub fn key(&self, context: Context, action: Action) -> String {
        self.settings.keymap.label(context, action)
    }

    /// Say on the status line how many load problems there are and the key
    /// that lists them.
    fn announce_problems(&mut self) {
        let errors = self.index.corpus().diagnostics.len();
        if errors == 0 {
            return;
        }
        let mut paths: Vec<_> = self
            .index
            .corpus()
            .diagnostics
            .iter()
            .map(|d| &d.path)
            .collect();
        paths.sort();
        paths.dedup();
        let files = paths.len();
        let key = self.key(Context::Global, Action::Problems);
        let text = format!(
            "{} problem{} in {} file{} while loading — press {key}",
            errors,
            plural(errors),
            files,
            plural(files)
        );
        self.notify_level(text, Level::Warning);
    }

    /// Which bindings are live.
    pub fn mode(&self) -> Mode {
        if self.edit.is_some() {
            Mode::Edit
        } else if self.finder.is_some() {
            Mode::Finder
        } else if self.command.open {
            Mode::Command
        } else if self.popup.is_some() {
            Mode::Popup
        } else {
            Mode::Normal(self.focus)
        }
    }

    /// Number messages on from `old`'s, renumbering the current one.
    pub(super) fn continue_message_ids(&mut self, old: &App) {
        self.next_message_id = self.next_message_id.max(old.next_message_id);
        if let Some(m) = self.message.take() {
            self.notify_level(m.text, m.level);
        }
    }

    pub fn notify(&mut self, text: impl Into<String>) {
        self.notify_level(text.into(), Level::Info);
    }

    pub fn notify_level(&mut self, text: String, level: Level) {
        self.next_message_id += 1;
        self.message = Some(Message {
            id: self.next_message_id,
            text,
            level,
        });
    }

    /// The event selected on the timeline.
    pub fn selected_event(&self) -> Option<usize> {
        self.timeline.selected_event()
    }

    /// Focus `pane`; a side pane is also the one the medium layout shows.
    pub fn focus_pane(&mut self, pane: Pane) {
        self.focus = pane;
        if pane != Pane::Article {
            self.side = pane;
        }
    }

    /// Show `story` in the article and select it in the stories list.
    pub fn show_story(&mut self, story: usize, reveal: Reveal) {
        if story >= self.index.corpus().stories.len() {
            return;
        }
        if self.article.story != Some(story) {
            self.article.story = Some(story);
            self.article.scroll = 0;
            self.article.layout = None;
            self.article.passage = None;
        }
        self.article.reveal = Some(reveal);
        self.stories.select_item(story);
    }

    /// The stories list moved to `story`: show it from the top, dropping
    /// the emphasis of an event from another story.
    pub fn follow_story(&mut self, story: usize) {
        if self.article.story != Some(story) {
            self.article.event = None;
            self.show_story(story, Reveal::Top);
        }
    }

    /// Open `story` from the top (Enter in the list, the finder).
    pub fn open_story(&mut self, story: usize) {
        if self.article.story != Some(story) {
            self.article.event = None;
        }
        self.show_story(story, Reveal::Top);
    }

    /// Open `story` at the sentence `sentence` (a byte range) of
    /// `paragraph`, emphasised in place of an event's (a story text hit).
    pub fn open_passage(
        &mut self,
        story: usize,
        paragraph: usize,
        sentence: std::ops::Range<usize>,
    ) {
        self.article.event = None;
        self.show_story(story, Reveal::Passage(paragraph, sentence.start));
        if self.article.story == Some(story) {
            self.article.passage = Some((paragraph, sentence));
        }
    }

    /// Show the people pane's `tab`, keeping the selected name selected
    /// when the tab lists it.
    pub fn set_people_tab(&mut self, tab: KindTab) {
        let selected = self.people.selected();
        self.people_tab = tab;
        self.people = ListPane::new(people_order(&self.index, tab));
        if let Some(id) = selected {
            self.people.select_item(id);
        }
    }

    /// Select the event at `pos` of the timeline and make the article follow.
    pub fn select_timeline(&mut self, pos: usize) {
        if let Some(event) = self.timeline.select(&self.index, pos) {
            self.highlight_event(event);
        }
    }

    /// Emphasise `event` in the article, switching story as needed; select
    /// it on the timeline too when it is listed there.
    pub fn highlight_event(&mut self, event: usize) {
        let Some(e) = self.index.events().get(event) else {
            return;
        };
        let story = e.story.0;
        self.article.event = Some(event);
        self.show_story(story, Reveal::Event(event));
        self.timeline.select_event(&self.index, event);
    }

    /// Show only these events on the timeline (`None`: all of them).
    pub fn set_timeline_filter(&mut self, events: Option<&[usize]>) {
        self.timeline.set_filter(&self.index, events);
    }

    /// Every condition the timeline is under: the command line's filters
    /// and the focused entity.
    pub fn timeline_filter(&self) -> EventFilter {
        EventFilter {
            entity: self
                .entity_focus
                .as_ref()
                .map(|f| f.id)
                .or(self.filter.entity),
            ..self.filter.clone()
        }
    }

    /// List on the timeline exactly the events [`App::timeline_filter`]
    /// lets through.
    pub fn refresh_timeline(&mut self) {
        let filter = self.timeline_filter();
        if filter.is_empty() && !self.starred_only {
            self.set_timeline_filter(None);
        } else {
            let events: Vec<usize> = filter
                .select(&self.index)
                .iter()
                .filter(|&&e| !self.starred_only || self.is_starred(e.0))
                .map(|e| e.0)
                .collect();
            self.set_timeline_filter(Some(&events));
        }
    }

    /// Run a command from the `:` line. A command that cannot run (a name
    /// that is not there, no event after a date) leaves everything as it
    /// was and says why.
    pub fn run_command(&mut self, command: Command) -> Option<Effect> {
        // What an earlier command said no longer applies.
        self.message = None;
        let mut effect = None;
        match command {
            Command::Goto(date) => {
                let at = self.timeline.events.iter().position(|&e| {
                    self.index
                        .event(EventId(e))
                        .timex
                        .range
                        .is_some_and(|r| r.start >= date.range.start)
                });
                match at {
                    Some(pos) => {
                        self.select_timeline(pos);
                        self.focus_pane(Pane::Timeline);
                    }
                    None => self.warn(format!("no event on or after {}", date.text)),
                }
            }
            Command::From(date) => self.narrow(|f| f.from = Some(date)),
            Command::To(date) => self.narrow(|f| f.to = Some(date)),
            Command::Story(text) => self.narrow(|f| f.story = Some(text)),
            Command::Source(text) => self.narrow(|f| f.source = Some(text)),
            Command::Kind(kind) => self.narrow(|f| f.kind = Some(kind)),
            Command::Entity(name) => match self.index.resolve_entity(&name) {
                Ok(id) => {
                    self.focus_entity(id);
                    self.focus_pane(Pane::Timeline);
                }
                Err(e) => self.warn(e.to_string()),
            },
            Command::Disagreements => self.narrow(|f| f.disagreements = true),
            Command::Starred => {
                self.starred_only = true;
                self.narrow(|_| {});
            }
            Command::Clear => {
                self.filter = EventFilter::default();
                self.starred_only = false;
                self.entity_focus = None;
                self.refresh_timeline();
                if let Some(e) = self.article.event {
                    self.timeline.select_event(&self.index, e);
                }
                self.notify("filters cleared");
            }
            Command::Export { format, path } => {
                effect = Some(Effect::Export(self.export_request(format, &path)));
            }
        }
        effect
    }

    /// `:export`: the events listed on the timeline, in its order, to
    /// `path` (`~` is the home directory).
    pub fn export_request(&self, format: Format, path: &str) -> ExportRequest {
        ExportRequest {
            format,
            path: crate::export::file::expand_home(path),
            events: self.timeline.events.iter().map(|&e| EventId(e)).collect(),
        }
    }

    /// Set one of the command line's filters, then list the events they
    /// let through, keeping the selected one when it still is, and say how
    /// many.
    fn narrow(&mut self, set: impl FnOnce(&mut EventFilter)) {
        set(&mut self.filter);
        self.refresh_timeline();
        if let Some(e) = self.selected_event() {
            self.highlight_event(e);
        }
        self.focus_pane(Pane::Timeline);
        let n = self.timeline.events.len();
        let mut labels = self.timeline_filter().labels(&self.index);
        if self.starred_only {
            labels.push("starred".into());
        }
        let labels = labels.join(" · ");
        self.notify(format!("{n} event{} · {labels}", plural(n)));
    }

    fn warn(&mut self, text: String) {
        self.notify_level(text, Level::Warning);
    }

    /// Names the command line completes after `entity `: every entity,
    /// most mentioned first.
    pub fn entity_names(&self) -> Vec<String> {
        self.people
            .order
            .iter()
            .map(|&id| self.index.entity(id).name.clone())
            .collect()
    }

    /// Focus `id`: its first mention in the article (in the current story
    /// if it is there, otherwise in the story that mentions it most), every
    /// mention emphasised, the timeline filtered to its events.
    pub fn focus_entity(&mut self, id: EntityId) {
        if id.0 >= self.index.entities().len() {
            return;
        }
        let list = self.index.entity_mentions(id);
        let rank: HashMap<usize, usize> = self
            .stories
            .order
            .iter()
            .enumerate()
            .map(|(r, &s)| (s, r))
            .collect();
        let mut mentions: Vec<usize> = list.iter().map(|m| m.0).collect();
        mentions.sort_by_key(|&mi| {
            let m = &self.index.mentions()[mi];
            (
                rank.get(&m.story.0).copied().unwrap_or(usize::MAX),
                m.paragraph,
                m.span.start,
            )
        });
        let name = self.index.entity(id).name.clone();
        self.entity_focus = Some(EntityFocus {
            id,
            mentions: Vec::new(),
            current: 0,
        });
        self.refresh_timeline();
        self.people.select_item(id);
        if mentions.is_empty() {
            self.entity_focus = Some(EntityFocus {
                id,
                mentions,
                current: 0,
            });
            self.notify(format!("{name}: no mentions in the text"));
            return;
        }
        let in_current = self.article.story.and_then(|s| {
            mentions
                .iter()
                .position(|&mi| self.index.mentions()[mi].story.0 == s)
        });
        let current = in_current.unwrap_or_else(|| {
            let mut counts: HashMap<usize, usize> = HashMap::new();
            for &mi in &mentions {
                *counts.entry(self.index.mentions()[mi].story.0).or_default() += 1;
            }
            let best = mentions
                .iter()
                .map(|&mi| self.index.mentions()[mi].story.0)
                .max_by(|a, b| {
                    counts[a]
                        .cmp(&counts[b])
                        .then(rank.get(b).cmp(&rank.get(a)))
                })
                .unwrap_or(0);
            mentions
                .iter()
                .position(|&mi| self.index.mentions()[mi].story.0 == best)
                .unwrap_or(0)
        });
        self.entity_focus = Some(EntityFocus {
            id,
            mentions,
            current,
        });
        self.article.event = None;
        self.go_to_mention(current);
    }

    /// Move to mention `pos` of the focused entity.
    pub fn go_to_mention(&mut self, pos: usize) {
        let Some(focus) = &mut self.entity_focus else {
            return;
        };
        let Some(&mi) = focus.mentions.get(pos) else {
            return;
        };
        focus.current = pos;
        let total = focus.mentions.len();
        let name = self.index.entity(focus.id).name.clone();
        let m = &self.index.mentions()[mi];
        let (story, para) = (m.story.0, m.paragraph);
        // The (filtered) timeline follows: the event nearest the mention,
        // in its paragraph if there is one, else in its story.
        let near = |want_para: bool| {
            self.timeline.events.iter().position(|&e| {
                let ev = &self.index.events()[e];
                ev.story.0 == story && (!want_para || ev.paragraph == para)
            })
        };
        if let Some(p) = near(true).or_else(|| near(false)) {
            self.timeline.select(&self.index, p);
        }
        self.show_story(story, Reveal::Mention(mi));
        self.notify(format!("{name}: mention {}/{}", pos + 1, total));
    }

    pub fn clear_entity_focus(&mut self) {
        if self.entity_focus.take().is_some() {
            self.refresh_timeline();
            if let Some(e) = self.article.event {
                self.timeline.select_event(&self.index, e);
            }
        }
    }

    /// Lay the screen out for `area`, wrap the article for its width (once
    /// per width), scroll to whatever must be revealed and keep every
    /// selection in view. Called before each frame.
    pub fn prepare(&mut self, area: Rect) {
        self.layout = layout::layout(area, self.focus, self.side, self.zoom);
        if let Some(finder) = &mut self.finder {
            finder.resize(layout::finder_area(area));
        }
        if let Some(story) = self.article.story {
            self.prepare_article(story);
        }
        self.stories
            .keep_visible(self.layout.height_of(Pane::Stories));
        self.people
            .keep_visible(list_height(self.layout.height_of(Pane::People)));
        self.timeline
            .keep_visible(self.layout.height_of(Pane::Timeline));
    }

    /// Wrap the article for the pane's width and scroll to what must be
    /// revealed.
    fn prepare_article(&mut self, story: usize) {
        let inner = self.layout.inner_of(Pane::Article);
        let width = inner.map_or(80, |r| article_wrap_width(r.width));
        let stale = self
            .article
            .layout
            .as_ref()
            .is_none_or(|l| l.story != story || l.width != width);
        if stale {
            let had = self.article.layout.is_some();
            self.article.layout = Some(layout_article(&self.index, story, width));
            if had && self.article.reveal.is_none() {
                // Keep what was being read in view after a resize.
                if let Some(e) = self.article.event {
                    self.article.reveal = Some(Reveal::Event(e));
                } else if let Some(f) = &self.entity_focus
                    && let Some(&mi) = f.mentions.get(f.current)
                    && self.index.mentions()[mi].story.0 == story
                {
                    self.article.reveal = Some(Reveal::Mention(mi));
                }
            }
        }
        let height = self.layout.height_of(Pane::Article).max(1);
        if let (Some(reveal), Some(layout)) = (self.article.reveal, &self.article.layout) {
            let line = match reveal {
                Reveal::Top => Some(0),
                Reveal::Event(e) => self.index.events().get(e).map(|ev| {
                    if ev.kind == EventKind::Publication {
                        0
                    } else {
                        layout.line_of(ev.paragraph, ev.timex.start).unwrap_or(0)
                    }
                }),
                Reveal::Mention(mi) => self
                    .index
                    .mentions()
                    .get(mi)
                    .and_then(|m| layout.line_of(m.paragraph, m.span.start)),
                Reveal::Passage(paragraph, offset) => layout.line_of(paragraph, offset),
            };
            if let Some(line) = line {
                let visible = line >= self.article.scroll
                    && line < self.article.scroll + height.saturating_sub(1);
                if reveal == Reveal::Top || !visible {
                    self.article.scroll = line.saturating_sub(height / 3);
                }
            }
            self.article.reveal = None;
        }
        let max = self.article_max_scroll();
        self.article.scroll = self.article.scroll.min(max);
    }

    pub fn article_max_scroll(&self) -> usize {
        let lines = self.article.layout.as_ref().map_or(0, |l| l.lines.len());
        let height = self.layout.height_of(Pane::Article);
        lines.saturating_sub(height.max(1))
    }

    /// Status-bar position text for the focused pane.
    pub fn position(&self) -> Option<String> {
        match self.focus {
            Pane::Stories => counter("story", self.stories.list.selected, self.stories.len()),
            Pane::People => counter("name", self.people.list.selected, self.people.len()),
            Pane::Timeline => counter("event", self.timeline.selected, self.timeline.events.len()),
            Pane::Article => {
                let layout = self.article.layout.as_ref()?;
                let total = layout.lines.len();
                let height = self.layout.height_of(Pane::Article);
                let pct = if total <= height {
                    100
                } else {
                    (self.article.scroll + height) * 100 / total
                };
                Some(format!(
                    "line {}/{} {}%",
                    (self.article.scroll + 1).min(total),
                    total,
                    pct.min(100)
                ))
            }
        }
    }
}

fn counter(what: &str, i: usize, n: usize) -> Option<String> {
    (n > 0).then(|| format!("{what} {}/{}", i + 1, n))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
