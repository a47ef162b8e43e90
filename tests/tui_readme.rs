//! The README's key table is the keymap: regenerate it with
//! `DATELINE_BLESS=1 cargo test --test tui_readme` after changing bindings.

use dateline::tui::keymap;

const START: &str = "<!-- keys:start -->\n";
const END: &str = "<!-- keys:end -->";

#[test]
fn readme_key_table_matches_the_keymap() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).expect("README.md");
    let table = keymap::markdown_table();
    let (Some(a), Some(b)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the {START:?} … {END:?} markers");
    };
    let current = &readme[a + START.len()..b];
    if current != table {
        if std::env::var_os("DATELINE_BLESS").is_some() {
            let updated = format!("{}{START}{table}{}", &readme[..a], &readme[b..]);
            std::fs::write(path, updated).expect("write README.md");
            return;
        }
        panic!(
            "README key table is out of date; run DATELINE_BLESS=1 cargo test --test tui_readme\n\
             expected:\n{table}"
        );
    }
}

#[test]
fn every_action_in_the_table_has_a_description_and_a_key_label() {
    for b in keymap::BINDINGS {
        assert!(!b.desc.is_empty());
        assert!(!b.key.label().is_empty());
    }
}
