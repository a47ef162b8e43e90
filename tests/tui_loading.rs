//! The loading screen: drawn from plain loading state at several widths,
//! and the loop taking in the load's progress and its finished index.

mod tui_support;

use std::sync::Arc;
use std::sync::mpsc;

use dateline::index::Index;
use dateline::progress::{Count, LoadStatus};
use dateline::store::session::Writer;
use dateline::store::workspace::Workspace;
use dateline::tui::action::Action;
use dateline::tui::app::{App, Popup};
use dateline::tui::finder::{SearchRequest, SearchResults};
use dateline::tui::loading::Loading;
use dateline::tui::terminal::{Exit, Host, LoopEvent, Opened, run_loop};
use dateline::tui::theme::Theme;
use dateline::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tui_support::*;

fn loading_at(status: LoadStatus) -> App {
    let mut app = App::loading(Theme::no_color());
    update(&mut app, Action::LoadProgress(status));
    app
}

fn analysing() -> LoadStatus {
    LoadStatus {
        files: Some(Count::new(12_400, 12_400)),
        stories: Some(Count::new(3_100, 12_395)),
    }
}

#[test]
fn loading_screen_while_analysing_wide() {
    let mut app = loading_at(analysing());
    let s = screen(&mut app, 120, 24);
    assert!(s.contains("analysing stories 3,100 / 12,395"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn loading_screen_while_reading_80x24() {
    let mut app = loading_at(LoadStatus {
        files: Some(Count::new(250, 1_000)),
        stories: None,
    });
    let s = screen(&mut app, 80, 24);
    assert!(s.contains("reading files 250 / 1,000"), "{s}");
    assert!(s.contains(" 5%"), "a fifth of the load is reading: {s}");
    insta::assert_snapshot!(s);
}

#[test]
fn loading_screen_in_20_columns() {
    let mut app = loading_at(LoadStatus {
        files: Some(Count::new(40, 40)),
        stories: Some(Count::new(40, 40)),
    });
    let s = screen(&mut app, 20, 12);
    assert!(s.contains("building the"), "{s}");
    insta::assert_snapshot!(s);
}

#[test]
fn loading_screen_before_the_walk_has_counted() {
    let mut app = App::loading(Theme::no_color());
    let s = screen(&mut app, 60, 16);
    assert!(s.contains("looking for story files"), "{s}");
    assert!(
        s.contains("q quit"),
        "the status bar names the keys that work: {s}"
    );
}

#[test]
fn a_load_with_no_story_says_so() {
    let mut app = App::loading(Theme::no_color());
    update(
        &mut app,
        Action::LoadProgress(LoadStatus {
            files: Some(Count::new(3, 3)),
            stories: None,
        }),
    );
    let corpus = dateline::ingest::load_bytes(
        std::path::Path::new("static.txt"),
        b"\x00\x9f\x01\x02\x03 not a story \x00",
    );
    app.index_ready(Index::build(corpus), Workspace::default());
    assert!(matches!(app.loading, Some(Loading::Empty { files: 3, .. })));
    let s = screen(&mut app, 80, 20);
    assert!(s.contains("No story could be loaded"), "{s}");
    assert!(s.contains("3 files read, 1 problem"), "{s}");
    insta::assert_snapshot!(s);
    update(&mut app, Action::Problems);
    assert_eq!(app.popup, Some(Popup::Problems { scroll: 0 }));
    let s = screen(&mut app, 80, 20);
    assert!(
        s.contains("static.txt"),
        "the problems popup names the file: {s}"
    );
}

#[test]
fn the_help_opens_over_the_loading_screen() {
    let mut app = loading_at(analysing());
    update(&mut app, Action::Help);
    let s = screen(&mut app, 100, 40);
    assert!(s.contains("quit"), "{s}");
    assert!(app.is_loading());
}

/// A host whose load has got as far as `status`, recording the index
/// searches are sent to and where changes are written.
struct LoadingHost {
    status: LoadStatus,
    search_index: Option<Arc<Index>>,
    writer: Option<Writer>,
}

impl Host<TestBackend> for LoadingHost {
    fn search(&mut self, _request: SearchRequest) -> Option<SearchResults> {
        None
    }

    fn suspend(&mut self, _terminal: &mut Terminal<TestBackend>) -> std::io::Result<()> {
        Ok(())
    }

    fn load_status(&self) -> Option<LoadStatus> {
        Some(self.status)
    }

    fn index_ready(&mut self, index: Arc<Index>, writer: Writer) {
        self.search_index = Some(index);
        self.writer = Some(writer);
    }
}

#[test]
fn the_loop_reads_the_progress_before_the_first_frame() {
    let mut app = App::loading(Theme::no_color());
    let mut host = LoadingHost {
        status: analysing(),
        search_index: None,
        writer: None,
    };
    let mut t = terminal(90, 20);
    let (tx, rx) = mpsc::channel();
    tx.send(LoopEvent::Terminate).unwrap();
    let exit = run_loop(&mut t, &mut app, &mut host, &rx).expect("loop");
    assert_eq!(exit, Exit::Quit);
    assert_eq!(app.loading, Some(Loading::Running(analysing())));
    assert!(buffer_text(&t).contains("analysing stories 3,100 / 12,395"));
}

#[test]
fn the_loop_switches_to_the_index_when_it_arrives_and_searches_go_to_it() {
    let mut app = App::loading(Theme::no_color());
    let mut host = LoadingHost {
        status: analysing(),
        search_index: None,
        writer: None,
    };
    let mut t = terminal(120, 30);
    let (tx, rx) = mpsc::channel();
    let index = two_story_index();
    let stories = index.corpus().stories.len();
    let mut workspace = Workspace::default();
    workspace.starred_stories.insert("one".into());
    let opened = Opened {
        index,
        workspace: workspace.clone(),
        writer: Writer::ReadOnly("read-only here".into()),
    };
    tx.send(LoopEvent::Loaded(Box::new(opened))).unwrap();
    tx.send(LoopEvent::Terminate).unwrap();
    run_loop(&mut t, &mut app, &mut host, &rx).expect("loop");
    assert_eq!(app.loading, None);
    assert_eq!(app.index.corpus().stories.len(), stories);
    assert_eq!(
        app.workspace, workspace,
        "the workspace came with the index"
    );
    let searched = host.search_index.expect("the host was told");
    assert!(Arc::ptr_eq(&searched, &app.index));
    assert!(
        matches!(host.writer, Some(Writer::ReadOnly(ref why)) if why == "read-only here"),
        "changes go where the load said: {:?}",
        host.writer
    );
}

#[test]
fn a_load_that_panicked_ends_the_app_with_its_message() {
    let mut app = App::loading(Theme::no_color());
    let mut host = LoadingHost {
        status: LoadStatus::default(),
        search_index: None,
        writer: None,
    };
    let mut t = terminal(80, 24);
    let (tx, rx) = mpsc::channel();
    tx.send(LoopEvent::LoadFailed("disk on fire".into()))
        .unwrap();
    let err = run_loop(&mut t, &mut app, &mut host, &rx).expect_err("an error");
    assert!(err.to_string().contains("disk on fire"), "{err}");
}
