//! Styled text measured in terminal cells and cut by grapheme, so wide
//! characters (CJK, emoji) and combining marks never break alignment.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Cells `s` takes on screen.
pub(super) fn width(s: &str) -> usize {
    crate::text::width(s)
}

/// Cells a run of spans takes on screen.
pub(super) fn spans_width(spans: &[Span<'_>]) -> usize {
    spans.iter().map(|s| width(&s.content)).sum()
}

/// Control characters would move the terminal cursor: show them as spaces.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `text` split into spans, the graphemes holding a character whose index is
/// in `positions` (char indices, any order) styled `matched` on top of `base`.
pub(super) fn highlighted(
    text: &str,
    positions: &[usize],
    base: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let mut sorted = positions.to_vec();
    sorted.sort_unstable();
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    let mut char_index = 0;
    for g in text.graphemes(true) {
        let n = g.chars().count();
        let is_matched = (char_index..char_index + n).any(|i| sorted.binary_search(&i).is_ok());
        char_index += n;
        if is_matched != run_matched && !run.is_empty() {
            let style = if run_matched {
                base.patch(matched)
            } else {
                base
            };
            spans.push(Span::styled(clean(&run), style));
            run.clear();
        }
        run_matched = is_matched;
        run.push_str(g);
    }
    if !run.is_empty() {
        let style = if run_matched {
            base.patch(matched)
        } else {
            base
        };
        spans.push(Span::styled(clean(&run), style));
    }
    spans
}

/// `text` with the byte range `mark` styled `matched` on top of `base`.
/// A range that is out of bounds or not on character boundaries marks
/// nothing.
pub(super) fn marked(
    text: &str,
    mark: std::ops::Range<usize>,
    base: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    match (
        text.get(..mark.start),
        text.get(mark.clone()),
        text.get(mark.end..),
    ) {
        (Some(a), Some(m), Some(b)) if !m.is_empty() => vec![
            Span::styled(clean(a), base),
            Span::styled(clean(m), base.patch(matched)),
            Span::styled(clean(b), base),
        ],
        _ => vec![Span::styled(clean(text), base)],
    }
}

/// Spans cut to at most `max` cells, by grapheme, ending in `…` when
/// something was cut.
pub(super) fn truncate(spans: Vec<Span<'static>>, max: usize) -> Vec<Span<'static>> {
    if spans_width(&spans) <= max {
        return spans;
    }
    if max == 0 {
        return Vec::new();
    }
    let budget = max - 1;
    let mut used = 0;
    let mut out: Vec<Span<'static>> = Vec::new();
    let mut last_style = Style::new();
    'outer: for span in spans {
        last_style = span.style;
        let mut kept = String::new();
        for g in span.content.graphemes(true) {
            let w = width(g);
            if used + w > budget {
                if !kept.is_empty() {
                    out.push(Span::styled(kept, span.style));
                }
                break 'outer;
            }
            used += w;
            kept.push_str(g);
        }
        out.push(Span::styled(kept, span.style));
    }
    out.push(Span::styled("…", last_style));
    out
}

/// The tail of `s` that fits in `max` cells (by grapheme), for a query line
/// that scrolls to keep the cursor in view.
pub(super) fn skip_to_fit(s: &str, max: usize) -> &str {
    let mut w = width(s);
    let mut start = 0;
    for (i, g) in s.grapheme_indices(true) {
        if w <= max {
            break;
        }
        w -= width(g);
        start = i + g.len();
    }
    &s[start..]
}
