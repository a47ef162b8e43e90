//! The extractor never panics and always returns well-formed spans.

use dateline::extract::entities::{Hints, extract, extract_with};
use proptest::prelude::*;

/// "Harlow’s" and "Harlow 's" both written "Harlow's".
fn possessive_form(s: &str) -> String {
    s.replace('’', "'").replace(" 's", "'s")
}

fn check(text: &str) {
    let a = extract(text);
    let mut last_end = 0;
    for m in &a.mentions {
        assert!(m.start < m.end, "empty mention {m:?}");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert_eq!(&text[m.start..m.end], m.text);
        assert!(m.entity < a.entities.len());
        assert!(m.start >= last_end, "mentions overlap or are out of order");
        last_end = m.end;
        // A possessive stays outside a name, except in a firm whose name
        // holds it ("Harlow's Mercantile Inc." later written "Harlow's").
        let possessive = m.text.ends_with("'s") || m.text.ends_with("’s");
        assert!(
            !possessive
                || m.text.contains(' ')
                || a.mentions.iter().any(|o| {
                    possessive_form(&o.text).starts_with(&format!("{} ", possessive_form(&m.text)))
                }),
            "possessive kept on {m:?}"
        );
    }
    for (i, e) in a.entities.iter().enumerate() {
        assert!(!e.name.is_empty());
        assert!(
            a.mentions.iter().any(|m| m.entity == i),
            "entity without mention: {e:?}"
        );
        assert!(!e.aliases.contains(&e.name));
    }
}

/// Text made of news-like pieces, so that the interesting paths run.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("President Barack Obama".to_string()),
        Just("Obama’s".to_string()),
        Just("Obama 's".to_string()),
        Just("the U.S .".to_string()),
        Just("U.S.-led".to_string()),
        Just("Islamic State (IS)".to_string()),
        Just("IS".to_string()),
        Just("WASHINGTON (AP) —".to_string()),
        Just("BUCHAREST 2003-04-17\n".to_string()),
        Just("TRANSLEMA EXPORTS FALL .\n".to_string()),
        Just("Bank of England".to_string()),
        Just("Osama bin Laden".to_string()),
        Just("al-Assad".to_string()),
        Just("Mr.".to_string()),
        Just("Inc.".to_string()),
        Just("&".to_string()),
        Just("of".to_string()),
        Just("and".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("Zoë".to_string()),
        Just("東京".to_string()),
        Just("Ünïcödé".to_string()),
        Just("said".to_string()),
        Just("The".to_string()),
        Just("Baker".to_string()),
        Just("James Baker".to_string()),
        "[A-Za-z]{1,8}",
        "[A-Z]{2,4}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_like_text_is_well_formed(text in newsy()) {
        check(&text);
    }

    #[test]
    fn hints_never_panic(text in newsy(), dateline in any::<String>(), title in any::<String>()) {
        let hints = Hints { dateline: Some(&dateline), title: Some(&title) };
        let a = extract_with(&text, &hints);
        for m in &a.mentions {
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        }
    }
}
