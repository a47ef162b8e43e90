//! Drawing the finder: whole-popup snapshots (text only), cell styles for
//! highlights and selection, the cursor, wide characters and tiny screens.

mod finder_support;

use dateline::index::Index;
use dateline::index::search::Searcher;
use dateline::tui::finder::{
    Finder, FinderAction as A, FinderStyles, list_area, render, run_request,
};
use finder_support::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};

/// Distinct colours, so a test can tell which style a cell got.
fn styles() -> FinderStyles {
    FinderStyles {
        border: Style::new().fg(Color::Blue),
        title: Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD),
        text: Style::new().fg(Color::White),
        selected: Style::new().bg(Color::DarkGray),
        matched: Style::new()
            .fg(Color::Red)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        dim: Style::new().fg(Color::Gray),
    }
}

fn finder_with(index: &Index, query: &str) -> Finder {
    let mut f = Finder::new();
    f.open();
    for c in query.chars() {
        f.update(A::Input(c));
    }
    let mut searcher = Searcher::new(index);
    f.apply(run_request(&mut searcher, index, &f.request()));
    f
}

fn draw(f: &Finder, index: &Index, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test backend");
    terminal
        .draw(|frame| {
            let area = frame.area();
            render(f, index, &styles(), frame, area);
        })
        .expect("draw");
    terminal
}

/// The text of row `y` between columns `x0` and `x1`, skipping the cells a
/// wide character covers, with the column each byte offset starts at.
fn cells(buf: &Buffer, y: u16, x0: u16, x1: u16) -> (String, Vec<(usize, u16)>) {
    let mut s = String::new();
    let mut cols = Vec::new();
    let mut x = x0;
    while x < x1 {
        let sym = buf[(x, y)].symbol();
        cols.push((s.len(), x));
        s.push_str(sym);
        x += unicode_width::UnicodeWidthStr::width(sym).max(1) as u16;
    }
    (s, cols)
}

fn row_text(buf: &Buffer, y: u16) -> String {
    cells(buf, y, 0, buf.area.width).0
}

/// Where `needle` is drawn inside `area`: its first cell.
fn find_in(buf: &Buffer, area: Rect, needle: &str) -> Option<(u16, u16)> {
    for y in area.top()..area.bottom() {
        let (s, cols) = cells(buf, y, area.left(), area.right());
        if let Some(b) = s.find(needle) {
            let x = cols
                .iter()
                .rev()
                .find(|(off, _)| *off <= b)
                .map_or(0, |c| c.1);
            return Some((x, y));
        }
    }
    None
}

fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_in(buf, buf.area, needle)
}

#[test]
fn popup_with_results_and_preview() {
    let index = index();
    let f = finder_with(&index, "kh");
    let terminal = draw(&f, &index, 110, 30);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn popup_with_every_entity_on_an_empty_query() {
    let index = index();
    let mut f = finder_with(&index, "");
    for _ in 0..3 {
        f.update(A::SelectNext);
    }
    let terminal = draw(&f, &index, 110, 30);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn popup_in_story_mode() {
    let index = index();
    let mut f = Finder::new();
    f.update(A::ToggleMode);
    for c in "harv".chars() {
        f.update(A::Input(c));
    }
    let mut searcher = Searcher::new(&index);
    f.apply(run_request(&mut searcher, &index, &f.request()));
    let terminal = draw(&f, &index, 110, 24);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn narrow_popup_drops_the_preview() {
    let index = index();
    let f = finder_with(&index, "@");
    let terminal = draw(&f, &index, 44, 12);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn matched_characters_carry_the_matched_style() {
    let index = index();
    // Only the full name has an "a" before "kh".
    let f = finder_with(&index, "akh");
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    let (x, y) = find_in(buf, list_area(buf.area), "Amira Khalidi").expect("row shown");
    let name = "Amira Khalidi";
    let matched = &f.results.hits[0].matched;
    assert_eq!(f.results.hits[0].alias, name);
    for (i, _) in name.chars().enumerate() {
        let cell = &buf[(x + i as u16, y)];
        let is_matched = matched.contains(&i);
        assert_eq!(
            cell.fg == Color::Red
                && cell
                    .modifier
                    .contains(Modifier::BOLD | Modifier::UNDERLINED),
            is_matched,
            "char {i} of {name}: {cell:?}"
        );
        // The first row is selected: the highlight sits on the selection.
        assert_eq!(cell.bg, Color::DarkGray, "char {i} lost the selection");
    }
    let spelled: String = matched
        .iter()
        .filter_map(|&i| name.chars().nth(i))
        .collect();
    assert_eq!(spelled.to_lowercase(), "akh");
}

#[test]
fn an_alias_match_shows_the_alias_highlighted() {
    let index = index();
    let f = finder_with(&index, "李");
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    let (_, y) = find(buf, "Li Wei").expect("row shown");
    let (x, ay) = find(buf, "李伟").expect("alias shown");
    assert_eq!(y, ay, "alias on the entity's row");
    assert_eq!(buf[(x, y)].fg, Color::Red, "matched alias char");
    // 李 is two cells wide; the next char starts two cells on, unmatched.
    assert_eq!(buf[(x + 2, y)].symbol(), "伟");
    assert_eq!(buf[(x + 2, y)].fg, Color::White);
    // The canonical name itself is not highlighted.
    let (nx, _) = find(buf, "Li Wei").expect("row shown");
    assert_ne!(buf[(nx, y)].fg, Color::Red);
}

#[test]
fn only_the_selected_row_is_styled_selected() {
    let index = index();
    let mut f = finder_with(&index, "");
    f.update(A::SelectNext);
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    let list = list_area(buf.area);
    let (_, sel) = find_in(buf, list, "Northern Grain Cooperative").expect("row shown");
    let (_, other) = find_in(buf, list, "Amira Khalidi").expect("row shown");
    for x in list.left()..list.right() {
        assert_eq!(buf[(x, sel)].bg, Color::DarkGray, "selected row cell {x}");
        assert_ne!(buf[(x, other)].bg, Color::DarkGray, "other row cell {x}");
    }
}

#[test]
fn the_cursor_sits_after_the_typed_text_even_after_wide_characters() {
    let index = index();
    let f = finder_with(&index, "李w");
    let mut terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer().clone();
    let (x, y) = find(&buf, "> 李w").expect("query shown");
    // "> " is 2 cells, 李 2, w 1.
    assert_eq!(
        terminal.get_cursor_position().expect("cursor"),
        Position::new(x + 5, y)
    );
    let mut f = f;
    let index2 = index.clone();
    f.update(A::CursorLeft);
    terminal
        .draw(|frame| {
            let area = frame.area();
            render(&f, &index2, &styles(), frame, area);
        })
        .expect("draw");
    assert_eq!(
        terminal.get_cursor_position().expect("cursor"),
        Position::new(x + 4, y)
    );
}

#[test]
fn a_long_query_scrolls_to_keep_the_cursor_inside_the_popup() {
    let index = index();
    let long = "northern grain cooperative ministry of water valdoria khartown";
    let f = finder_with(&index, long);
    let mut terminal = draw(&f, &index, 40, 12);
    let cursor = terminal.get_cursor_position().expect("cursor");
    let list = list_area(Rect::new(0, 0, 40, 12));
    assert!(cursor.x < list.right(), "cursor at {cursor:?}");
    assert!(cursor.x > list.left());
    let buf = terminal.backend().buffer();
    assert!(row_text(buf, cursor.y).contains("khartown"));
}

#[test]
fn wide_names_keep_the_figures_aligned() {
    let mut fixture = fixture();
    fixture.entities[LI_WEI.0].name = "李伟 🌾 Wei".to_string();
    let index = fixture.index();
    let f = finder_with(&index, "");
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    let list = list_area(buf.area);
    // Every result row ends its figures in the list's last column.
    for y in list.top()..list.top() + 7 {
        let last = &buf[(list.right() - 1, y)];
        assert!(
            last.symbol() == "s" || last.symbol() == "y",
            "row {y}: {:?}",
            row_text(buf, y)
        );
    }
    let (_, y) = find_in(buf, list, "李伟 🌾 Wei").expect("wide name shown");
    assert!(row_text(buf, y).contains("3× 2 stories"));
}

#[test]
fn a_click_on_a_list_row_selects_what_is_drawn_there() {
    let index = index();
    let mut f = finder_with(&index, "");
    // A list six rows tall: the finder is told its area, as the app does
    // from the layout, and drawing shows what the state says.
    let area = Rect::new(0, 0, 80, 10);
    assert_eq!(list_area(area).height, 6);
    f.resize(area);
    for _ in 0..6 {
        f.update(A::SelectNext);
    }
    let mut terminal = draw(&f, &index, 80, 10);
    let list = list_area(area);
    let buf = terminal.backend().buffer().clone();
    assert!(
        find_in(&buf, list, "Amira Khalidi").is_none(),
        "the list scrolled"
    );
    let (_, y) = find_in(&buf, list, "Li Wei").expect("row shown");
    f.update(A::SelectRow(y - list.y));
    assert_eq!(f.selected_entity(), Some(LI_WEI));
    // Moving on scrolls from what is on screen.
    f.update(A::SelectPrev);
    terminal
        .draw(|frame| render(&f, &index, &styles(), frame, area))
        .expect("draw");
    let buf = terminal.backend().buffer();
    let (_, y2) = find_in(buf, list, "Northern Grain").expect("row shown");
    assert_eq!(y2, list.y, "scrolling starts from the drawn offset");
}

#[test]
fn the_preview_shows_the_first_mention_highlighted_and_the_timeline() {
    let index = index();
    let f = finder_with(&index, "khali");
    let terminal = draw(&f, &index, 120, 40);
    let buf = terminal.backend().buffer();
    let (x, y) = find(buf, "Trade envoy Amira Khalidi said").expect("first mention");
    let start = x + "Trade envoy ".len() as u16;
    for dx in 0.."Amira Khalidi".len() as u16 {
        assert_eq!(buf[(start + dx, y)].fg, Color::Red);
    }
    assert_ne!(buf[(x, y)].fg, Color::Red);
    assert!(find(buf, "Aug 2031").is_some());
    assert!(find(buf, "Wed 3 Mar 2032").is_some());
    assert!(find(buf, "Northern Grain Cooperative ORG").is_some());
}

#[test]
fn tiny_screens_never_panic() {
    let index = index();
    let f = finder_with(&index, "kh");
    for w in 0..=20 {
        for h in 0..=6 {
            let mut terminal = draw(&f, &index, w, h);
            let pos = terminal.get_cursor_position().expect("cursor");
            assert!(
                (w == 0 && h == 0) || (pos.x < w.max(1) && pos.y < h.max(1)),
                "{w}x{h}: cursor {pos:?}"
            );
            let list = list_area(Rect::new(0, 0, w, h));
            assert!(list.right() <= w && list.bottom() <= h, "{w}x{h}: {list:?}");
        }
    }
    // A popup inside an offset area, partly off the frame.
    let mut terminal = Terminal::new(TestBackend::new(30, 10)).expect("backend");
    terminal
        .draw(|frame| render(&f, &index, &styles(), frame, Rect::new(20, 5, 40, 20)))
        .expect("draw");
}

#[test]
fn popup_at_the_classic_80x24() {
    let index = index();
    let f = finder_with(&index, "#");
    let terminal = draw(&f, &index, 80, 24);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_count_line_says_how_many_match_and_when_results_are_coming() {
    let index = index();
    let mut f = finder_with(&index, "kh");
    let terminal = draw(&f, &index, 110, 30);
    assert!(find(terminal.backend().buffer(), "  2/7 ─").is_some());
    // Typing on: the old rows stay, marked as pending.
    f.update(A::Input('x'));
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    assert!(find(buf, "  2/7 … ─").is_some());
    assert!(find_in(buf, list_area(buf.area), "Amira Khalidi").is_some());
    // The answer: nothing matches.
    let mut searcher = Searcher::new(&index);
    f.apply(run_request(&mut searcher, &index, &f.request()));
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    assert!(find(buf, "  0/7 ─").is_some());
    assert!(find_in(buf, list_area(buf.area), "no match").is_some());
    // Before the first answer arrives.
    let mut fresh = Finder::new();
    fresh.open();
    let terminal = draw(&fresh, &index, 110, 30);
    assert!(find(terminal.backend().buffer(), "searching…").is_some());
}

#[test]
fn a_capped_list_says_so() {
    let index = index();
    let mut f = finder_with(&index, "");
    f.results.matched = 12_345;
    let terminal = draw(&f, &index, 110, 30);
    assert!(find(terminal.backend().buffer(), "12345/7 (top 7)").is_some());
    // A top-k search that stopped counting.
    f.results.matched = 7;
    f.results.capped = true;
    let terminal = draw(&f, &index, 110, 30);
    assert!(find(terminal.backend().buffer(), "  7+/7 ─").is_some());
}

#[test]
fn the_story_preview_shows_date_source_opening_and_who_it_mentions() {
    let index = index();
    let mut f = Finder::new();
    f.update(A::ToggleMode);
    let mut searcher = Searcher::new(&index);
    f.apply(run_request(&mut searcher, &index, &f.request()));
    assert_eq!(f.selected_story(), Some(0));
    let terminal = draw(&f, &index, 120, 40);
    let buf = terminal.backend().buffer();
    let list = list_area(buf.area);
    // Every story listed, in order, with its date.
    let rows: Vec<u16> = ["Grain talks", "Valdoria 🌾", "Earnshaw steps"]
        .iter()
        .map(|t| find_in(buf, list, t).expect("story listed").1)
        .collect();
    assert!(rows.windows(2).all(|w| w[0] < w[1]), "{rows:?}");
    assert!(find_in(buf, list, "2031-11-06 Grain talks stall in Khartown").is_some());
    assert!(find(buf, "2031-11-06 · Wire").is_some());
    assert!(find(buf, "Trade envoy Amira Khalidi said").is_some());
    assert!(find(buf, "Mentions most").is_some());
    assert!(find(buf, "3× Amira Khalidi PER").is_some());
}

#[test]
fn an_alias_inside_the_name_is_highlighted_in_place() {
    let index = index();
    // "Khalidi" (an alias) outscores the full name on "kh".
    let f = finder_with(&index, "kh");
    assert_eq!(f.results.hits[0].alias, "Khalidi");
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    let list = list_area(buf.area);
    let (x, y) = find_in(buf, list, "Amira Khalidi").expect("row shown");
    assert!(!row_text(buf, y).contains("~"), "not repeated");
    let red: Vec<u16> = (0..13)
        .filter(|&i| buf[(x + i, y)].fg == Color::Red)
        .collect();
    assert_eq!(red, [6, 7], "the K and h of Khalidi");
}

#[test]
fn odd_names_draw_on_one_line_without_panicking() {
    let mut fixture = fixture();
    fixture.entities[KHALIDI.0].name = "Nul\u{0}Tab\tNew\nline".to_string();
    fixture.entities[GRAIN.0].name = String::new();
    fixture.entities[LI_WEI.0].name = "\u{301}\u{301}🇫🇷".repeat(3) + &"W".repeat(500);
    fixture.stories[0].title = "\u{1b}[31mred".to_string();
    let index = fixture.index();
    for w in [0, 1, 7, 30, 61, 95, 140] {
        for h in [0, 1, 3, 9, 15, 40] {
            for query in ["", "w", "@"] {
                let f = finder_with(&index, query);
                let terminal = draw(&f, &index, w, h);
                let buf = terminal.backend().buffer();
                for y in 0..h {
                    let row = row_text(buf, y);
                    assert!(
                        !row.chars().any(|c| c.is_control()),
                        "{w}x{h} {query:?}: {row:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_popup_inside_takes_the_text_style() {
    let index = index();
    let f = finder_with(&index, "kh");
    let terminal = draw(&f, &index, 110, 30);
    let buf = terminal.backend().buffer();
    let list = list_area(buf.area);
    // A blank cell below the two results, and the preview's right margin.
    assert_eq!(buf[(list.x + 3, list.bottom() - 1)].fg, Color::White);
    let margin = (buf.area.width - 4, list.y + 1);
    assert_eq!(buf[margin].symbol(), " ");
    assert_eq!(buf[margin].fg, Color::White);
    // Outside the popup nothing is styled.
    assert_eq!(buf[(0, 0)].fg, Color::Reset);
}
