//! Page furniture: lines a web page or a feed puts around a story that are
//! not the story. A whole line is dropped when it is
//!
//! 1. a sharing or navigation label alone on its line ([`LABELS`], any
//!    case, trailing punctuation and arrows ignored): "Share this", "Follow
//!    us", "Read more", "Advertisement";
//! 2. a copyright line: it starts with "Copyright", "©" or "(c)" and names
//!    a year or says "All rights reserved", in under 200 characters; or
//!    "All rights reserved." alone;
//! 3. a menu: three or more items of one to three words each, separated by
//!    `|`, `•` or `·`, in under 120 characters ("Home | World | Business").
//!
//! Anything else stays: a label inside a sentence, a long line that starts
//! with "Copyright", a list of names in a sentence.

use std::borrow::Cow;

/// Labels that are furniture when alone on their line.
pub const LABELS: &[&str] = &[
    "advertisement",
    "back to top",
    "comments",
    "email",
    "follow us",
    "follow us on facebook",
    "follow us on twitter",
    "leave a comment",
    "like us on facebook",
    "more stories",
    "print",
    "read more",
    "related",
    "related articles",
    "related stories",
    "share",
    "share on facebook",
    "share on twitter",
    "share this",
    "share this article",
    "share this story",
    "sign up for our newsletter",
    "skip to content",
    "skip to main content",
    "sponsored",
    "subscribe",
    "tweet",
];

/// Whether `line` is furniture by one of the rules above.
pub fn is_furniture(line: &str) -> bool {
    let l = line.trim();
    if l.is_empty() {
        return false;
    }
    let label = l
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '›' | '»' | '→' | ' '))
        .to_lowercase();
    if LABELS.contains(&label.as_str()) {
        return true;
    }
    if l.len() < 200 {
        let lower = l.to_lowercase();
        let copyright =
            lower.starts_with("copyright") || lower.starts_with('©') || lower.starts_with("(c) ");
        let has_year = l
            .split(|c: char| !c.is_ascii_digit())
            .any(|d| d.len() == 4 && (d.starts_with("19") || d.starts_with("20")));
        if copyright && (has_year || lower.contains("all rights reserved")) {
            return true;
        }
        if label == "all rights reserved" {
            return true;
        }
    }
    if l.len() < 120 {
        let items: Vec<&str> = l.split(['|', '•', '·']).map(str::trim).collect();
        if items.len() >= 3
            && items.iter().all(|i| {
                let words = i.split_whitespace().count();
                (1..=3).contains(&words) && !i.ends_with('.')
            })
        {
            return true;
        }
    }
    false
}

/// `text` without its furniture lines (each left as an empty line, so the
/// paragraphs around it stay apart).
pub fn strip(text: &str) -> Cow<'_, str> {
    if !text.lines().any(is_furniture) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if !is_furniture(line) {
            out.push_str(line);
        }
        out.push('\n');
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture_lines() {
        for line in [
            "Share this",
            "SHARE THIS STORY »",
            "Follow us on Twitter:",
            "Read more →",
            "Advertisement",
            "Copyright 2031 Coastal Desk. All rights reserved.",
            "© 2031 Harbour Media Group",
            "(c) Lindqvist Press, all rights reserved",
            "All rights reserved.",
            "Home | World | Business | Sport",
            "News • Weather • Ferry times",
        ] {
            assert!(is_furniture(line), "{line:?}");
        }
    }

    #[test]
    fn story_lines_that_look_alike_stay() {
        for line in [
            "Share this with your neighbours, the mayor told the crowd.",
            "Copyright lawyers for the harbour trust said the claim would fail.",
            "Print runs were cut by half in 2031.",
            "Related: the ferry strike",
            "Ana Ruiz | Port Authority",
            "The wall, the pier | and the lighthouse were closed, | she said. | Again.",
            "Subscribers were told on Monday.",
            "",
        ] {
            assert!(!is_furniture(line), "{line:?}");
        }
    }

    #[test]
    fn strip_drops_whole_lines_and_keeps_paragraphs_apart() {
        let text = "The wall reopened on Monday.\nShare this\nEngineers were pleased.\n\nCopyright 2031 Coastal Desk\n";
        assert_eq!(
            strip(text),
            "The wall reopened on Monday.\n\nEngineers were pleased.\n\n\n"
        );
        assert!(matches!(strip("Nothing to drop.\n"), Cow::Borrowed(_)));
    }
}
