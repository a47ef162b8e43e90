//! Markdown and plain text stories.
//!
//! An optional front-matter block between `---` lines gives the fields
//! (`title`, `date`, `source`, `byline`, `url`, `dateline`; values may be
//! quoted). Without one, the first non-empty line is the title (a Markdown
//! `#` heading mark is dropped) and the lines right after it may give the
//! publication date (`2014-11-06`, `Thu, 6 Nov 2014`, `November 6, 2014`)
//! and a byline (`By Jane Doe`). The rest is the body: paragraphs are
//! separated by blank lines and hard-wrapped lines are joined.

use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::{Body, RawStory, dates};
use crate::model::Diagnostic;

/// Parse one text or Markdown story. `markdown` turns heading marks and
/// links into plain text in the body.
pub fn parse(
    path: &Path,
    text: &str,
    markdown: bool,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<RawStory> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // CRLF and lone CR (old Mac files) end lines too.
    let lines: Vec<&str> = text
        .split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
        .collect();
    let mut story = RawStory {
        line: Some(1),
        ..RawStory::default()
    };
    let mut body_start = 0;
    let first = lines.iter().position(|l| !l.trim().is_empty())?;
    if lines[first].trim_end() == "---" {
        let Some(close) = lines[first + 1..]
            .iter()
            .position(|l| matches!(l.trim_end(), "---" | "..."))
            .map(|i| i + first + 1)
        else {
            diagnostics.push(
                Diagnostic::error(
                    path,
                    "front matter is not closed by a `---` line, file skipped",
                )
                .at(first + 1, Some(1)),
            );
            return None;
        };
        for (i, line) in lines.iter().enumerate().take(close).skip(first + 1) {
            front_matter_line(path, i + 1, line, &mut story, diagnostics);
        }
        body_start = close + 1;
    }
    let mut body: Vec<&str> = lines[body_start..].to_vec();
    if story.title.is_none() {
        take_header(&mut body, body_start, &mut story);
    }
    let mut joined = body.join("\n");
    if markdown {
        joined = plain_markdown(&joined);
    }
    story.body = Body::Text(joined);
    Some(story)
}

fn front_matter_line(
    path: &Path,
    number: usize,
    line: &str,
    story: &mut RawStory,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.starts_with('#') {
        return;
    }
    let Some((key, value)) = trimmed.split_once(':') else {
        diagnostics.push(
            Diagnostic::warning(
                path,
                format!(
                    "front matter line is not `key: value`, ignored: {}",
                    excerpt(trimmed)
                ),
            )
            .at(number, Some(1)),
        );
        return;
    };
    let value = unquote(value.trim());
    let value = (!value.is_empty()).then(|| value.to_string());
    let column = line
        .find(':')
        .map(|c| line.len() - line[c + 1..].trim_start().len() + 1);
    match key.trim().to_ascii_lowercase().as_str() {
        "title" | "headline" => story.title = value,
        "date" | "published" | "pubdate" | "published_at" => {
            story.date = value;
            story.date_at = Some((number, column));
        }
        "source" | "publisher" => story.source = value,
        "byline" | "author" | "by" => story.byline = value,
        "url" | "link" => story.url = value,
        "dateline" => story.dateline = value,
        _ => {}
    }
}

fn unquote(v: &str) -> &str {
    for q in ['"', '\''] {
        if v.len() >= 2 && v.starts_with(q) && v.ends_with(q) {
            return &v[1..v.len() - 1];
        }
    }
    v
}

/// A header without front matter: title line, then an optional date line
/// and byline line, each removed from the body.
fn take_header(body: &mut Vec<&str>, offset: usize, story: &mut RawStory) {
    let Some(t) = body.iter().position(|l| !l.trim().is_empty()) else {
        return;
    };
    let title = body[t].trim().trim_start_matches('#').trim();
    story.title = Some(title.to_string());
    story.line = Some(offset + t + 1);
    let mut end = t + 1;
    let mut i = t + 1;
    let mut seen_date = false;
    let mut seen_byline = false;
    while i < body.len() {
        let line = body[i].trim();
        if line.is_empty() {
            i += 1;
            continue;
        }
        if !seen_date && let Some(stripped) = date_line(line) {
            story.date = Some(stripped.to_string());
            story.date_at = Some((offset + i + 1, Some(1)));
            seen_date = true;
        } else if !seen_byline && let Some(name) = byline(line) {
            story.byline = Some(name.to_string());
            seen_byline = true;
        } else {
            break;
        }
        i += 1;
        end = i;
    }
    body.drain(..end);
}

/// A header line that is a publication date, with `Published:`-style labels
/// dropped.
fn date_line(line: &str) -> Option<&str> {
    let l = line.trim_start_matches('*').trim_end_matches('*').trim();
    let l = ["Published:", "Date:", "Posted:", "Updated:"]
        .iter()
        .find_map(|p| {
            l.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| l[p.len()..].trim())
        })
        .unwrap_or(l);
    dates::parse(l).map(|_| l)
}

/// `By Jane Doe`, `By JANE DOE, Associated Press`.
fn byline(line: &str) -> Option<&str> {
    let l = line.trim_start_matches('*').trim_end_matches('*').trim();
    let rest = l.strip_prefix("By ").or_else(|| l.strip_prefix("BY "))?;
    (rest.len() <= 100 && rest.starts_with(|c: char| c.is_uppercase())).then_some(rest.trim())
}

static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+[^)]*)?\)").expect("link pattern is valid")
});
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^ {0,3}#{1,6}(?:\s+|$)").expect("heading pattern is valid"));

/// Markdown heading marks dropped, links and images reduced to their text.
fn plain_markdown(s: &str) -> String {
    let s = HEADING.replace_all(s, "");
    LINK.replace_all(&s, |c: &regex::Captures| {
        if c[0].starts_with('!') {
            String::new()
        } else {
            c[1].to_string()
        }
    })
    .into_owned()
}

fn excerpt(s: &str) -> String {
    let clean = super::sanitize::clean_line(s);
    let mut out: String = clean.chars().take(40).collect();
    if clean.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_ok(text: &str, markdown: bool) -> (RawStory, Vec<Diagnostic>) {
        let mut d = Vec::new();
        let s = parse(Path::new("t.md"), text, markdown, &mut d).expect("a story");
        (s, d)
    }

    fn body(s: &RawStory) -> &str {
        match &s.body {
            Body::Text(t) => t,
            _ => panic!("text body"),
        }
    }

    #[test]
    fn front_matter_fields() {
        let (s, d) = parse_ok(
            "---\ntitle: \"A: b\"\ndate: 2014-11-06\nsource: AP\nauthor: Jo\nlink: http://x\ndateline: WASHINGTON\nextra: 1\n---\n\nBody\ntext.\n",
            true,
        );
        assert!(d.is_empty());
        assert_eq!(s.title.as_deref(), Some("A: b"));
        assert_eq!(s.date.as_deref(), Some("2014-11-06"));
        assert_eq!(s.date_at, Some((3, Some(7))));
        assert_eq!(s.source.as_deref(), Some("AP"));
        assert_eq!(s.byline.as_deref(), Some("Jo"));
        assert_eq!(s.url.as_deref(), Some("http://x"));
        assert_eq!(s.dateline.as_deref(), Some("WASHINGTON"));
        assert_eq!(body(&s).trim(), "Body\ntext.");
    }

    #[test]
    fn headerless_text_takes_title_date_and_byline() {
        let (s, d) = parse_ok(
            "\n# Obama writes to Iran's leader\nNovember 6, 2014\nBy Jane Doe\n\nFirst para\nwrapped.\n\nSecond.",
            false,
        );
        assert!(d.is_empty());
        assert_eq!(s.title.as_deref(), Some("Obama writes to Iran's leader"));
        assert_eq!(s.date.as_deref(), Some("November 6, 2014"));
        assert_eq!(s.date_at, Some((3, Some(1))));
        assert_eq!(s.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(body(&s).trim(), "First para\nwrapped.\n\nSecond.");
    }

    #[test]
    fn crlf_and_cr_line_endings() {
        for text in [
            "Title\r\n2014-11-06\r\n\r\nBody\r\nwrapped",
            "Title\r2014-11-06\r\rBody\rwrapped",
        ] {
            let (s, _) = parse_ok(text, false);
            assert_eq!(s.title.as_deref(), Some("Title"));
            assert_eq!(s.date.as_deref(), Some("2014-11-06"));
            assert_eq!(body(&s).trim(), "Body\nwrapped");
        }
    }

    #[test]
    fn a_line_after_the_title_that_is_not_a_date_is_body() {
        let (s, _) = parse_ok("Title\nThe talks resumed.\n", false);
        assert_eq!(s.date, None);
        assert_eq!(body(&s).trim(), "The talks resumed.");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let mut d = Vec::new();
        assert!(parse(Path::new("t.md"), "---\ntitle: x\n\nbody", true, &mut d).is_none());
        assert_eq!(
            d[0].to_string(),
            "t.md:1:1: error: front matter is not closed by a `---` line, file skipped"
        );
    }

    #[test]
    fn bad_front_matter_line_is_a_warning() {
        let (s, d) = parse_ok("---\ntitle: T\njust words\n---\nb", true);
        assert_eq!(s.title.as_deref(), Some("T"));
        assert_eq!(
            d[0].to_string(),
            "t.md:3:1: warning: front matter line is not `key: value`, ignored: just words"
        );
    }

    #[test]
    fn markdown_links_and_headings_become_text() {
        assert_eq!(
            plain_markdown("## Head\nsee [the report](http://x \"t\") ![img](i.png)"),
            "Head\nsee the report "
        );
    }
}
