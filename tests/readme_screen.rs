//! The README's first-screen capture is what the app draws on the sample
//! stories at 120×32: an app change that alters the first screen fails
//! here until the capture is regenerated with
//! `DATELINE_BLESS=1 cargo test --test readme_screen`.

use dateline::index::Index;
use dateline::tui::app::App;
use dateline::tui::theme::Theme;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const START: &str = "<!-- screen:start -->\n";
const END: &str = "<!-- screen:end -->";

fn first_screen() -> String {
    let index = Index::build(dateline::ingest::load_sample());
    let mut app = App::new(index, Theme::no_color());
    let mut terminal = Terminal::new(TestBackend::new(120, 32)).expect("terminal");
    dateline::tui::terminal::draw(&mut terminal, &mut app).expect("draw");
    let buf = terminal.backend().buffer();
    let mut out = String::from("```text\n");
    for y in 0..buf.area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            line.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.push_str("```\n");
    out
}

#[test]
fn the_readme_shows_the_first_screen_the_app_draws() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let start = readme.find(START).expect("the screen:start marker") + START.len();
    let end = start + readme[start..].find(END).expect("the screen:end marker");
    let screen = first_screen();
    if std::env::var_os("DATELINE_BLESS").is_some() {
        let updated = format!("{}{screen}{}", &readme[..start], &readme[end..]);
        std::fs::write(path, updated).expect("write README.md");
        return;
    }
    assert_eq!(
        readme[start..end],
        screen,
        "the README's first screen is stale: DATELINE_BLESS=1 cargo test --test readme_screen"
    );
}
