//! Word wrapping by terminal cells: lines break at whitespace, words wider
//! than the line break between grapheme clusters (CJK runs, long URLs), and
//! widths come from unicode-width, never from byte lengths.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Width of `s` in terminal cells.
pub fn width(s: &str) -> usize {
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        // Printable ASCII: one cell per byte (the common case, and fast).
        return s.len();
    }
    s.graphemes(true).map(grapheme_width).sum()
}

/// Width of one grapheme cluster. Control characters are never drawn.
pub fn grapheme_width(g: &str) -> usize {
    if g.chars().any(char::is_control) {
        0
    } else {
        g.width()
    }
}

/// Split `text` into lines at most `width` cells wide. Each line is a byte
/// range of `text` without leading or trailing whitespace. An empty text
/// gives one empty line.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut used = 0;
    for (off, word, is_space) in runs(text) {
        if is_space {
            if start.is_some() {
                used += self::width(word);
            }
            continue;
        }
        let w = self::width(word);
        if start.is_some() && used + w > width {
            if let Some(s) = start.take() {
                lines.push(s..end);
            }
            used = 0;
        }
        if w <= width {
            // Whole word fits on a line of its own at least.
            start.get_or_insert(off);
            used += w;
            end = off + word.len();
            continue;
        }
        for (goff, g) in word.grapheme_indices(true) {
            let gw = grapheme_width(g);
            if start.is_some() && used + gw > width {
                if let Some(s) = start.take() {
                    lines.push(s..end);
                }
                used = 0;
            }
            start.get_or_insert(off + goff);
            used += gw;
            end = off + goff + g.len();
        }
    }
    if let Some(s) = start {
        lines.push(s..end);
    }
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

/// Alternating runs of whitespace and non-whitespace: (offset, run, is_space).
fn runs(text: &str) -> impl Iterator<Item = (usize, &str, bool)> {
    let mut rest = text;
    let mut offset = 0;
    std::iter::from_fn(move || {
        let first = rest.chars().next()?;
        let space = first.is_whitespace();
        let len = rest
            .char_indices()
            .find(|(_, c)| c.is_whitespace() != space)
            .map_or(rest.len(), |(i, _)| i);
        let run = &rest[..len];
        let at = offset;
        rest = &rest[len..];
        offset += len;
        Some((at, run, space))
    })
}

/// `s` cut to at most `max` cells, with an ellipsis when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = grapheme_width(g);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push_str(g);
    }
    out.push('…');
    out
}

/// `s` padded with spaces to `width` cells.
pub fn pad(s: &str, width: usize) -> String {
    let mut out = s.to_string();
    out.extend(std::iter::repeat_n(
        ' ',
        width.saturating_sub(self::width(s)),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, w: usize) -> Vec<&str> {
        wrap(text, w).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            vec!["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn measures_wide_characters_in_cells() {
        // Each ideograph is two cells wide: four fit in eight cells.
        assert_eq!(lines("日本語の文章です", 8), vec!["日本語の", "文章です"]);
        assert_eq!(lines("a 🎉🎉 b", 4), vec!["a", "🎉🎉", "b"]);
    }

    #[test]
    fn keeps_combining_marks_with_their_base() {
        let text = "e\u{301}e\u{301}e\u{301}";
        assert_eq!(lines(text, 2), vec!["e\u{301}e\u{301}", "e\u{301}"]);
    }

    #[test]
    fn breaks_overlong_words_by_grapheme() {
        assert_eq!(lines("abcdefgh", 3), vec!["abc", "def", "gh"]);
    }

    #[test]
    fn never_exceeds_the_width() {
        let text = "Lorem ipsum dolor sit amet, 日本語 consectetur 🎉 adipiscing elit";
        for w in 1..30 {
            for r in wrap(text, w) {
                assert!(width(&text[r.clone()]) <= w.max(2), "{w}: {:?}", &text[r]);
            }
        }
    }

    #[test]
    fn truncates_with_an_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(truncate("日本語", 4), "日…");
        assert_eq!(truncate("hello", 10), "hello");
        assert_eq!(truncate("hello world", 6), "hello…");
        assert_eq!(truncate("東京の記者会見", 7), "東京の…");
        // Wide characters take two cells each.
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
        // A combining mark stays with its letter.
        assert_eq!(truncate("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…");
        assert_eq!(
            truncate("e\u{301}e\u{301}e\u{301}e\u{301}", 3),
            "e\u{301}e\u{301}…"
        );
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn pads_to_a_width_in_cells() {
        assert_eq!(pad("日本", 6), "日本  ");
        assert_eq!(width(&pad("東京", 6)), 6);
        assert_eq!(pad("abc", 2), "abc");
    }
}
