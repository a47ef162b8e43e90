//! The app before its index is ready: the loading state (plain data, a
//! snapshot of the load's counters that the loop hands in on its tick),
//! which actions work meanwhile, and the switch to the loaded index.
//!
//! The terminal opens and the first frame is drawn before anything is
//! read; the load runs on a thread of its own (see `terminal.rs`). Until
//! the index arrives the app shows how far the load has got, and quitting,
//! suspending, the help and a resize all work. A load that ends with no
//! story at all stays on this screen and says so, with the problems popup
//! one key away.

use super::action::Action;
use super::app::{App, Level};
use crate::index::Index;
use crate::progress::LoadStatus;
use crate::store::workspace::Workspace;

/// Where the load is, as the app shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loading {
    /// Still loading; the last progress read.
    Running(LoadStatus),
    /// The load is over and found no story: `files` files read, with
    /// `problems` diagnostics.
    Empty { files: usize, problems: usize },
}

impl Default for Loading {
    fn default() -> Self {
        Loading::Running(LoadStatus::default())
    }
}

impl Loading {
    pub fn is_running(&self) -> bool {
        matches!(self, Loading::Running(_))
    }
}

/// Whether `action` makes sense before the index is there: leaving, the
/// help and problems popups (and moving in them), and the loop's own.
pub fn allowed(action: &Action, popup_open: bool) -> bool {
    match action {
        Action::Quit
        | Action::Suspend
        | Action::Help
        | Action::Problems
        | Action::Escape
        | Action::ExpireMessage(_)
        | Action::LoadProgress(_) => true,
        Action::Down
        | Action::Up
        | Action::Top
        | Action::Bottom
        | Action::HalfPageDown
        | Action::HalfPageUp
        | Action::Scroll { .. } => popup_open,
        _ => false,
    }
}

/// The status message for an action that must wait for the index.
pub const WAIT_MESSAGE: &str = "still loading the stories: q quits, ? shows the keys";

/// The message when the load found no story.
pub const EMPTY_MESSAGE: &str = "no story could be loaded";

impl App {
    /// An app with nothing loaded yet, showing the loading screen.
    pub fn loading(theme: super::theme::Theme) -> Self {
        let mut app = App::new(Index::default(), theme);
        app.loading = Some(Loading::default());
        app
    }

    /// Whether the index is still being built.
    pub fn is_loading(&self) -> bool {
        self.loading.is_some_and(|l| l.is_running())
    }

    /// The load has got as far as `status`.
    pub fn load_progress(&mut self, status: LoadStatus) {
        if let Some(Loading::Running(s)) = &mut self.loading {
            *s = status;
        }
    }

    /// An action that needs the index, refused while there is none.
    pub fn refuse_while_loading(&mut self, action: Action) {
        // Mouse clicks and the wheel are passed over silently: moving the
        // mouse should not fill the status line.
        if !matches!(action, Action::Click { .. } | Action::Scroll { .. }) {
            let text = if self.is_loading() {
                WAIT_MESSAGE
            } else {
                "no story could be loaded: e shows the problems, q quits"
            };
            self.notify_level(text.to_string(), Level::Warning);
        }
    }

    /// The index is built and `workspace` laid over it: switch to them, as
    /// if the app had opened on them, keeping what belongs to the screen
    /// rather than to the stories (the help popup if open, the zoom). An
    /// index without a story keeps the loading screen, saying so.
    pub fn index_ready(&mut self, index: Index, workspace: Workspace) {
        let mut next = App::new(index, self.theme);
        // The config's keys, dates and start layout; the zoom as the
        // analyst left it while loading.
        next.apply_settings(self.settings.clone());
        next.workspace = workspace;
        next.layout = self.layout.clone();
        next.zoom = self.zoom;
        if let Some(popup @ super::app::Popup::Help { .. }) = self.popup {
            next.popup = Some(popup);
        }
        // Message ids go on from the old state's, so the loop's expiry of a
        // message shown while loading never applies to a new one.
        next.continue_message_ids(self);
        let corpus = next.index.corpus();
        if corpus.stories.is_empty() {
            let files = match self.loading {
                Some(Loading::Running(s)) => s.files.map_or(0, |f| f.total),
                _ => 0,
            };
            let problems = corpus.diagnostics.len();
            next.loading = Some(Loading::Empty { files, problems });
            next.notify_level(
                format!("{EMPTY_MESSAGE}: e shows the problems, q quits"),
                Level::Warning,
            );
        }
        *self = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Count;
    use crate::tui::app::Popup;
    use crate::tui::theme::Theme;
    use crate::tui::update::update;

    fn reading(done: usize, total: usize) -> LoadStatus {
        LoadStatus {
            files: Some(Count::new(done, total)),
            stories: None,
        }
    }

    #[test]
    fn a_loading_app_takes_progress_then_switches_to_the_index() {
        let mut app = App::loading(Theme::no_color());
        assert!(app.is_loading());
        assert_eq!(app.index.corpus().stories.len(), 0);
        update(&mut app, Action::LoadProgress(reading(3, 5)));
        assert_eq!(app.loading, Some(Loading::Running(reading(3, 5))));
        let index = Index::build(crate::ingest::load_sample());
        let stories = index.corpus().stories.len();
        app.index_ready(index, Workspace::default());
        assert!(!app.is_loading());
        assert_eq!(app.loading, None);
        assert_eq!(app.index.corpus().stories.len(), stories);
        assert_eq!(app.stories.order.len(), stories, "the lists are filled");
        // Progress arriving late changes nothing.
        update(&mut app, Action::LoadProgress(reading(1, 5)));
        assert_eq!(app.loading, None);
    }

    #[test]
    fn only_quit_help_and_problems_work_while_loading() {
        let mut app = App::loading(Theme::no_color());
        assert_eq!(update(&mut app, Action::OpenFinder), None);
        assert!(app.finder.is_none(), "no finder without an index");
        assert_eq!(
            app.message.as_ref().map(|m| m.text.as_str()),
            Some(WAIT_MESSAGE)
        );
        update(&mut app, Action::OpenCommand);
        assert!(!app.command.open);
        update(&mut app, Action::Help);
        assert_eq!(app.popup, Some(Popup::Help { scroll: 0 }));
        update(&mut app, Action::Down);
        assert_eq!(app.popup, Some(Popup::Help { scroll: 1 }), "help scrolls");
        update(&mut app, Action::Escape);
        assert_eq!(app.popup, None);
        assert_eq!(
            update(&mut app, Action::Quit),
            Some(crate::tui::action::Effect::Quit)
        );
    }

    #[test]
    fn the_help_stays_open_across_the_switch() {
        let mut app = App::loading(Theme::no_color());
        update(&mut app, Action::Help);
        app.index_ready(
            Index::build(crate::ingest::load_sample()),
            Workspace::default(),
        );
        assert_eq!(app.popup, Some(Popup::Help { scroll: 0 }));
    }

    #[test]
    fn a_load_with_no_story_says_so_and_offers_the_problems() {
        let mut app = App::loading(Theme::no_color());
        update(&mut app, Action::LoadProgress(reading(2, 2)));
        let before = app.message.as_ref().map_or(0, |m| m.id);
        let corpus = crate::ingest::load_bytes(std::path::Path::new("noise.txt"), b"\0\x01\x02");
        assert!(corpus.stories.is_empty() && !corpus.diagnostics.is_empty());
        let problems = corpus.diagnostics.len();
        app.index_ready(Index::build(corpus), Workspace::default());
        assert_eq!(app.loading, Some(Loading::Empty { files: 2, problems }));
        assert!(!app.is_loading());
        let message = app.message.clone().expect("a message");
        assert!(message.text.starts_with(EMPTY_MESSAGE), "{}", message.text);
        assert!(message.id > before, "message ids go on");
        update(&mut app, Action::Problems);
        assert_eq!(app.popup, Some(Popup::Problems { scroll: 0 }));
        update(&mut app, Action::Escape);
        update(&mut app, Action::NextPane);
        assert!(app.message.as_ref().unwrap().text.contains("no story"));
    }
}
