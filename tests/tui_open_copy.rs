//! `o`, `y` and `:export` in the app: the actions ask for the right
//! effect (or say why not), and the loop carries the export out.

use std::path::Path;

use dateline::export::Format;
use dateline::index::Index;
use dateline::tui::action::{Action, Effect, Pane};
use dateline::tui::app::{App, Level};
use dateline::tui::command::CommandAction;
use dateline::tui::theme::Theme;
use dateline::tui::update::update;

/// Three stories: a safe link, a script link, no link.
const STORIES: &str = r#"{"stories": [
 {"title": "Lighthouse keepers return", "date": "2020-04-02", "source": "Cape Post",
  "url": "https://cape.example/lighthouse?from=rss&x=1",
  "paragraphs": ["The keepers came back on 30 March 2020 after a long winter."]},
 {"title": "Orchard frost", "date": "2020-04-03",
  "url": "javascript:alert(document.cookie)",
  "paragraphs": ["Growers lost blossoms to frost on 1 April 2020."]},
 {"title": "Quiet week", "date": "2020-04-04",
  "paragraphs": ["Nothing of note happened in March 2020."]}
]}"#;

fn app_in(dir: &Path) -> App {
    let file = dir.join("stories.json");
    std::fs::write(&file, STORIES).unwrap();
    let corpus = dateline::ingest::load(&[file]);
    assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
    App::new(Index::build(corpus), Theme::default())
}

/// Select on the timeline the event whose story is titled `title`.
fn select_story_event(app: &mut App, title: &str) {
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| {
            let ev = &app.index.events()[e];
            app.index.story(ev.story).title == title
        })
        .expect("an event of that story");
    app.select_timeline(pos);
    app.focus_pane(Pane::Timeline);
}

fn message(app: &App) -> (String, Level) {
    let m = app.message.as_ref().expect("a message");
    (m.text.clone(), m.level)
}

#[test]
fn o_asks_to_open_only_http_links() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    select_story_event(&mut app, "Lighthouse keepers return");
    assert_eq!(
        update(&mut app, Action::OpenLink),
        Some(Effect::OpenUrl(
            "https://cape.example/lighthouse?from=rss&x=1".into()
        ))
    );
    assert!(message(&app).0.starts_with("Opening https://cape.example/"));

    select_story_event(&mut app, "Orchard frost");
    assert_eq!(update(&mut app, Action::OpenLink), None);
    assert_eq!(
        message(&app),
        (
            "Not opened: only http and https links are opened, not `javascript:`".into(),
            Level::Warning
        )
    );

    select_story_event(&mut app, "Quiet week");
    assert_eq!(update(&mut app, Action::OpenLink), None);
    assert_eq!(message(&app).0, "This story has no link to open");

    // In the article, the story on screen.
    select_story_event(&mut app, "Lighthouse keepers return");
    app.focus_pane(Pane::Article);
    assert!(matches!(
        update(&mut app, Action::OpenLink),
        Some(Effect::OpenUrl(_))
    ));
}

#[test]
fn y_copies_the_selected_event_with_its_story() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    let pos = app
        .timeline
        .events
        .iter()
        .position(|&e| app.index.events()[e].timex.text == "30 March 2020")
        .unwrap();
    app.select_timeline(pos);
    app.focus_pane(Pane::Timeline);
    let Some(Effect::Copy(text)) = update(&mut app, Action::CopyEvent) else {
        panic!("y copies");
    };
    assert_eq!(
        text,
        "Mon 30 Mar 2020 — The keepers came back on 30 March 2020 after a long winter.\n\
         Lighthouse keepers return\n\
         https://cape.example/lighthouse?from=rss&x=1"
    );
    let (said, _) = message(&app);
    assert!(
        said.contains("Copied") && said.contains("clipboard"),
        "{said}"
    );
}

fn run_line(app: &mut App, line: &str) -> Option<Effect> {
    update(app, Action::OpenCommand);
    for c in line.chars() {
        update(app, Action::Command(CommandAction::Input(c)));
    }
    update(app, Action::Command(CommandAction::Accept))
}

#[test]
fn export_command_writes_exactly_the_filtered_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_in(dir.path());
    assert_eq!(run_line(&mut app, "from 2020-04"), None);
    let listed: Vec<usize> = app.timeline.events.clone();
    assert!(!listed.is_empty() && listed.len() < app.index.events().len());
    let target = dir.path().join("april.csv");
    let line = format!("export csv {}", target.display());
    let Some(Effect::Export(request)) = run_line(&mut app, &line) else {
        panic!("export asks the loop to write");
    };
    assert_eq!(request.format, Format::Csv);
    assert_eq!(request.path, target);
    assert_eq!(
        request.events.iter().map(|e| e.0).collect::<Vec<_>>(),
        listed
    );

    // The loop carries it out and says how many went where.
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(100, 30)).unwrap();
    let mut host = NoHost;
    dateline::tui::terminal::dispatch(&mut terminal, &mut app, &mut host, Action::OpenCommand)
        .unwrap();
    for c in line.chars() {
        dateline::tui::terminal::dispatch(
            &mut terminal,
            &mut app,
            &mut host,
            Action::Command(CommandAction::Input(c)),
        )
        .unwrap();
    }
    dateline::tui::terminal::dispatch(
        &mut terminal,
        &mut app,
        &mut host,
        Action::Command(CommandAction::Accept),
    )
    .unwrap();
    let (said, level) = message(&app);
    assert_eq!(level, Level::Info, "{said}");
    assert_eq!(
        said,
        format!(
            "{} events exported to {} (csv)",
            listed.len(),
            target.display()
        )
    );
    let written = std::fs::read_to_string(&target).unwrap();
    let mut reader = csv::Reader::from_reader(written.as_bytes());
    assert_eq!(reader.records().count(), listed.len());

    // A story file is never overwritten; the status line says why.
    let story = dir.path().join("stories.json");
    let line = format!("export markdown {}", story.display());
    let Some(effect) = run_line(&mut app, &line) else {
        panic!("an export effect");
    };
    let Effect::Export(request) = effect else {
        panic!("an export effect");
    };
    let err = dateline::tui::outside::run_export(&app.index, &request).unwrap_err();
    assert!(err.contains("is a story file that was read"), "{err}");
    assert_eq!(std::fs::read_to_string(&story).unwrap(), STORIES);

    // A bad format is a warning, nothing is written.
    assert_eq!(run_line(&mut app, "export pdf x.pdf"), None);
    assert_eq!(message(&app).1, Level::Warning);
}

struct NoHost;

impl dateline::tui::terminal::Host<ratatui::backend::TestBackend> for NoHost {
    fn search(
        &mut self,
        _: dateline::tui::finder::SearchRequest,
    ) -> Option<dateline::tui::finder::SearchResults> {
        None
    }
    fn suspend(
        &mut self,
        _: &mut ratatui::Terminal<ratatui::backend::TestBackend>,
    ) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(unix)]
#[test]
fn browser_receives_the_url_as_one_argument_without_a_shell() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("record");
    let script = dir.path().join("browser");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$@\" > '{}'\n",
            record.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let url = "https://x.example/a?b=$(touch pwned)&c=`id`;d='e'";
    let mut child = dateline::tui::outside::spawn_browser(script.as_os_str(), url).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(
        std::fs::read_to_string(&record).unwrap(),
        format!("1\n{url}\n")
    );
    assert!(!dir.path().join("pwned").exists());
    assert!(!Path::new("pwned").exists());
}
