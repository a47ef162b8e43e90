//! Text wrapped for the screen, as plain data: the article (computed once
//! per story and width, then scrolled, hit-tested and drawn) and the load
//! problems list. Styling is the view's business; what is here is only
//! which text goes on which line, so the state can count and find lines
//! without drawing anything.

use std::ops::Range;

use crate::index::Index;
use crate::model::{
    DateRange, Diagnostic, EntityId, EventKind, LabelForm, Precision, Severity, date_label,
};
use crate::text;

/// One wrapped line of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArticleLine {
    Title(String),
    /// Source, byline, date and dateline.
    Meta(String),
    Blank,
    /// A slice of a paragraph.
    Body {
        para: usize,
        range: Range<usize>,
    },
}

/// The article wrapped at one width: computed once per (story, width).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleLayout {
    pub story: usize,
    pub width: usize,
    pub lines: Vec<ArticleLine>,
    /// Per paragraph: its first line.
    pub para_first_line: Vec<usize>,
    /// Per paragraph: byte ranges of its date expressions.
    pub dates: Vec<Vec<Range<usize>>>,
    /// Per paragraph: names mentioned, with their entity.
    pub names: Vec<Vec<(Range<usize>, EntityId)>>,
}

impl ArticleLayout {
    /// The line showing byte `offset` of paragraph `para`.
    pub fn line_of(&self, para: usize, offset: usize) -> Option<usize> {
        let first = *self.para_first_line.get(para)?;
        let mut best = first;
        for (i, line) in self.lines.iter().enumerate().skip(first) {
            match line {
                ArticleLine::Body { para: p, range } if *p == para => {
                    if range.start <= offset {
                        best = i;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        Some(best)
    }

    /// Where line `line` starts, as (paragraph, byte offset).
    pub fn position_of(&self, line: usize) -> Option<(usize, usize)> {
        self.lines[line.min(self.lines.len().saturating_sub(1))..]
            .iter()
            .find_map(|l| match l {
                ArticleLine::Body { para, range } => Some((*para, range.start)),
                _ => None,
            })
    }
}

/// The wrap width inside an article pane of this content width: a cell of
/// padding on the left, a gap and the scrollbar on the right, capped for
/// comfortable reading.
pub fn article_wrap_width(inner_width: u16) -> usize {
    const READING_WIDTH: usize = 96;
    (inner_width as usize)
        .saturating_sub(3)
        .clamp(1, READING_WIDTH)
}

/// Wrap `story` for `width` cells: title, a meta line, then paragraphs.
pub fn layout_article(index: &Index, story: usize, width: usize) -> ArticleLayout {
    let s = &index.corpus().stories[story];
    let mut lines = Vec::new();
    for r in text::wrap(&s.title, width) {
        lines.push(ArticleLine::Title(s.title[r].to_string()));
    }
    let mut meta: Vec<String> = Vec::new();
    if let Some(src) = &s.source {
        meta.push(src.clone());
    }
    if let Some(by) = &s.byline {
        meta.push(by.clone());
    }
    if let Some(d) = s.date() {
        meta.push(date_label(
            &DateRange::day(d),
            Some(Precision::Day),
            None,
            LabelForm::Long,
        ));
    }
    if let Some(dl) = &s.dateline {
        meta.push(dl.place.clone());
    }
    if !meta.is_empty() {
        let text = meta.join(" · ");
        for r in text::wrap(&text, width) {
            lines.push(ArticleLine::Meta(text[r].to_string()));
        }
    }
    let mut para_first_line = Vec::with_capacity(s.paragraphs.len());
    for (pi, p) in s.paragraphs.iter().enumerate() {
        lines.push(ArticleLine::Blank);
        para_first_line.push(lines.len());
        for range in text::wrap(p, width) {
            lines.push(ArticleLine::Body { para: pi, range });
        }
    }
    let mut dates = vec![Vec::new(); s.paragraphs.len()];
    let mut names = vec![Vec::new(); s.paragraphs.len()];
    if let Some(analysis) = index.analyses().get(story) {
        for &ei in &analysis.events {
            if let Some(e) = index.events().get(ei.0)
                && e.kind == EventKind::Mention
                && let Some(d) = dates.get_mut(e.paragraph)
            {
                d.push(e.timex.start..e.timex.end);
            }
        }
        for &mi in &analysis.mentions {
            if let Some(m) = index.mentions().get(mi.0)
                && let Some(n) = names.get_mut(m.paragraph)
            {
                n.push((m.span.clone(), m.entity));
            }
        }
    }
    ArticleLayout {
        story,
        width,
        lines,
        para_first_line,
        dates,
        names,
    }
}

/// Cells before a diagnostic's text: the severity label, also the hanging
/// indent of its continuation lines.
pub const SEVERITY_W: usize = 8;

/// One line of the load problems list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProblemLine {
    /// On a diagnostic's first line: its severity label (padded).
    pub label: Option<(String, Severity)>,
    /// Blank cells before the text on continuation lines.
    pub indent: usize,
    /// The part of the line naming the file and position.
    pub location: String,
    /// The rest of the line.
    pub message: String,
}

/// The load problems wrapped to `width` cells, each diagnostic's
/// continuation lines indented under its location. Empty when there are
/// none.
pub fn problem_lines(diagnostics: &[Diagnostic], width: usize) -> Vec<ProblemLine> {
    let indent = if width > SEVERITY_W + 8 {
        SEVERITY_W
    } else {
        0
    };
    let mut out = Vec::new();
    for d in diagnostics {
        let mut at = d.path.display().to_string();
        if let Some(l) = d.line {
            at.push_str(&format!(":{l}"));
            if let Some(c) = d.column {
                at.push_str(&format!(":{c}"));
            }
        }
        let label = format!("{:<w$}", d.severity.to_string(), w = SEVERITY_W);
        let body = format!("{at}  {}", d.message);
        let split = at.len();
        if indent == 0 {
            // Too narrow for a hanging indent: plain wrapped lines.
            let whole = format!("{label}{body}");
            out.extend(text::wrap(&whole, width).into_iter().map(|r| ProblemLine {
                label: None,
                indent: 0,
                location: String::new(),
                message: whole.get(r).unwrap_or("").to_string(),
            }));
            continue;
        }
        for (i, r) in text::wrap(&body, width - indent).into_iter().enumerate() {
            let cut = split.clamp(r.start, r.end);
            out.push(ProblemLine {
                label: (i == 0).then(|| (label.clone(), d.severity)),
                indent: if i == 0 { 0 } else { indent },
                location: body[r.start..cut].to_string(),
                message: body[cut..r.end].to_string(),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Origin, Story, StoryId};

    /// The text with every run of whitespace taken out: what wrapping must
    /// keep, since it may only drop the spaces it breaks lines at.
    fn squeezed(s: &str) -> String {
        s.split_whitespace().collect()
    }

    const AWKWARD: &[&str] = &[
        "",
        "   ",
        "one",
        "The ferry to Ostrand left at dawn, carrying   three crates of pears.",
        "日本語の文章です、とても長い行になります。",
        "Café re\u{301}sume\u{301} naïve — a 🎉🎉 party 👍🏽 with 🇫🇷 flags",
        "averyveryveryverylongwordthatmustbebrokenbygrapheme and a tail",
        "tabs\tand\nnewlines\u{a0}and no-break spaces",
    ];

    #[test]
    fn wrapped_pieces_cover_the_text_in_order_within_the_width() {
        for text in AWKWARD {
            for width in 1..40 {
                let pieces = text::wrap(text, width);
                // In order and never overlapping.
                assert!(
                    pieces.windows(2).all(|w| w[0].end <= w[1].start),
                    "{text:?} at {width}: {pieces:?}"
                );
                // Every piece fits (a two-cell grapheme alone on a one-cell line aside).
                for r in &pieces {
                    assert!(text::width(&text[r.clone()]) <= width.max(2));
                }
                // Nothing but whitespace is lost between the pieces.
                let mut joined = String::new();
                let mut last = 0;
                for r in &pieces {
                    assert!(
                        text[last..r.start].trim().is_empty(),
                        "{text:?} at {width}: dropped {:?}",
                        &text[last..r.start]
                    );
                    joined.push_str(&text[r.clone()]);
                    last = r.end;
                }
                assert!(
                    text[last..].trim().is_empty(),
                    "{text:?} at {width}: lost tail"
                );
                assert_eq!(squeezed(&joined), squeezed(text), "{text:?} at {width}");
            }
        }
    }

    #[test]
    fn the_article_layout_shows_every_paragraph_whole() {
        let paragraphs: Vec<String> = AWKWARD.iter().map(|p| p.to_string()).collect();
        let story = Story {
            id: StoryId("wrap".into()),
            title: "A headline long enough to wrap over more than one line".into(),
            published: None,
            source: Some("Desk".into()),
            byline: None,
            dateline: None,
            url: None,
            paragraphs: paragraphs.clone(),
            origin: Origin {
                path: "wrap.md".into(),
                item: None,
            },
        };
        let index = Index::from_extractions(
            Corpus {
                stories: vec![story],
                diagnostics: Vec::new(),
            },
            Vec::new(),
        );
        for width in [1, 7, 23, 96] {
            let layout = layout_article(&index, 0, width);
            let title: String = layout
                .lines
                .iter()
                .filter_map(|l| match l {
                    ArticleLine::Title(t) => Some(t.as_str()),
                    _ => None,
                })
                .collect();
            assert_eq!(squeezed(&title), squeezed(&index.corpus().stories[0].title));
            for (pi, p) in paragraphs.iter().enumerate() {
                let body: String = layout
                    .lines
                    .iter()
                    .filter_map(|l| match l {
                        ArticleLine::Body { para, range } if *para == pi => Some(&p[range.clone()]),
                        _ => None,
                    })
                    .collect();
                assert_eq!(squeezed(&body), squeezed(p), "paragraph {pi} at {width}");
                let first = layout.para_first_line[pi];
                assert!(matches!(layout.lines[first - 1], ArticleLine::Blank));
                assert_eq!(layout.line_of(pi, 0), Some(first));
            }
        }
    }

    #[test]
    fn problem_lines_keep_every_word_and_hang_under_the_location() {
        let diags = vec![
            Diagnostic {
                path: "feeds/harbour.rss".into(),
                line: Some(12),
                column: Some(3),
                severity: Severity::Error,
                message: "unexpected end of the item while reading its description".into(),
            },
            Diagnostic::warning(
                "notes/pier.txt",
                "no date found; the file is listed undated",
            ),
        ];
        for width in [5, 16, 17, 30, 98] {
            let lines = problem_lines(&diags, width);
            let all: String = lines
                .iter()
                .map(|l| {
                    let label = l.label.as_ref().map_or("", |(s, _)| s.as_str());
                    format!("{label}{}{}", l.location, l.message)
                })
                .collect();
            let want: String = diags
                .iter()
                .map(|d| {
                    let mut at = d.path.display().to_string();
                    if let (Some(l), Some(c)) = (d.line, d.column) {
                        at.push_str(&format!(":{l}:{c}"));
                    }
                    format!("{}{at}{}", d.severity, d.message)
                })
                .collect();
            assert_eq!(squeezed(&all), squeezed(&want), "at {width}");
            let firsts = lines.iter().filter(|l| l.label.is_some()).count();
            if width > SEVERITY_W + 8 {
                assert_eq!(firsts, diags.len(), "one label per problem at {width}");
                assert!(
                    lines
                        .iter()
                        .all(|l| l.label.is_some() || l.indent == SEVERITY_W)
                );
            } else {
                assert_eq!(firsts, 0, "no hanging labels at {width}");
            }
        }
        assert!(problem_lines(&[], 80).is_empty());
    }
}
