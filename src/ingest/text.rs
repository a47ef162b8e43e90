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
    // `---` opens front matter only when a `key:` line follows; otherwise it
    // is a rule above the text.
    let opens_header = lines[first].trim_end() == "---"
        && lines[first + 1..]
            .iter()
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| KEY.is_match(l));
    if lines[first].trim_end() == "---" && !opens_header {
        body_start = first + 1;
    }
    if opens_header {
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
    if !opens_header {
        take_header(&mut body, body_start, &mut story);
    } else if let Some(t) = body.iter().position(|l| !l.trim().is_empty())
        && let Some(h) = heading(body[t].trim_start())
    {
        // Front matter without a title: a heading opening the body is one.
        // With a title, a heading repeating it is dropped.
        match &story.title {
            None => {
                story.title = Some(h.to_string());
                body.drain(..=t);
            }
            Some(title) if title.trim().eq_ignore_ascii_case(h) => {
                body.drain(..=t);
            }
            Some(_) => {}
        }
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

static KEY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[A-Za-z][\w-]*\s*:").expect("key pattern is valid"));
static LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(!?)\[([^\]\n]*)\](?:\([^)\s]*(?:\s+[^)]*)?\)|\[[^\]\n]*\])")
        .expect("link pattern is valid")
});
static EMPHASIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\*\*(\S(?:.*?\S)?)\*\*|__(\S(?:.*?\S)?)__",
        r"|(^|[^\w*\\])\*(\S(?:[^*\n]*?\S)?)\*($|[^\w*])",
        r"|(^|[^\w_\\])_(\S(?:[^_\n]*?\S)?)_($|[^\w_])",
        r"|`([^`\n]+)`",
    ))
    .expect("emphasis pattern is valid")
});
static COMMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<!--.*?-->").expect("comment pattern is valid"));

/// Markdown reduced to the text a reader sees: headings become their own
/// paragraphs, rules separate paragraphs, quote and bullet marks, emphasis,
/// code marks, comments and link reference definitions go, links and
/// images keep only their text (images nothing).
fn plain_markdown(s: &str) -> String {
    let s = COMMENT.replace_all(s, "");
    let mut out = String::with_capacity(s.len());
    for line in s.split('\n') {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let mut l = trimmed;
        if indent <= 3 {
            let rule = l.len() >= 3
                && ['-', '*', '_'].iter().any(|&m| {
                    l.chars().all(|c| c == m || c == ' ')
                        && l.chars().filter(|&c| c == m).count() >= 3
                });
            if rule {
                out.push_str("\n\n");
                continue;
            }
            if let Some(h) = heading(l) {
                out.push('\n');
                out.push_str(h);
                out.push_str("\n\n");
                continue;
            }
            if is_reference_definition(l) {
                continue;
            }
        }
        while let Some(rest) = l.strip_prefix('>') {
            l = rest.strip_prefix(' ').unwrap_or(rest);
        }
        for bullet in ["- ", "* ", "+ "] {
            if let Some(rest) = l.strip_prefix(bullet) {
                out.push('\n');
                l = rest;
                break;
            }
        }
        out.push_str(l);
        out.push('\n');
    }
    let s = LINK.replace_all(&out, |c: &regex::Captures| {
        if &c[1] == "!" {
            String::new()
        } else {
            c[2].to_string()
        }
    });
    let mut s = s.into_owned();
    // Nested emphasis (`***x***`) needs more than one pass.
    for _ in 0..3 {
        let next = EMPHASIS.replace_all(&s, |c: &regex::Captures| {
            let group = |i: usize| c.get(i).map_or("", |m| m.as_str());
            if let Some(inner) = c.get(1).or(c.get(2)).or(c.get(9)) {
                inner.as_str().to_string()
            } else if c.get(4).is_some() {
                format!("{}{}{}", group(3), group(4), group(5))
            } else {
                format!("{}{}{}", group(6), group(7), group(8))
            }
        });
        if next == s {
            break;
        }
        s = next.into_owned();
    }
    unescape(&s)
}

/// The text of an ATX heading line (`## Title ##`).
fn heading(line: &str) -> Option<&str> {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &line[hashes..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    Some(rest.trim().trim_end_matches('#').trim_end())
}

/// `[ref]: https://example.com "Title"`
fn is_reference_definition(line: &str) -> bool {
    line.starts_with('[')
        && line
            .find("]:")
            .is_some_and(|i| i > 1 && !line[1..i].contains(']'))
}

/// Backslash escapes of Markdown punctuation (`\*`) as the character.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' && chars.peek().is_some_and(|n| n.is_ascii_punctuation()) {
            continue;
        }
        out.push(c);
    }
    out
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
    fn front_matter_without_title_takes_only_a_heading() {
        let (s, _) = parse_ok("---\ndate: 2014-11-06\n---\n# The heading\n\nBody.", true);
        assert_eq!(s.title.as_deref(), Some("The heading"));
        assert_eq!(body(&s).trim(), "Body.");
        let (s, _) = parse_ok(
            "---\ndate: 2014-11-06\n---\nFirst line\n2014-11-07\n\nBody.",
            true,
        );
        assert_eq!(s.title, None);
        assert_eq!(s.date.as_deref(), Some("2014-11-06"));
        assert_eq!(body(&s).trim(), "First line\n2014-11-07\n\nBody.");
        let (s, _) = parse_ok("---\ntitle: Same\n---\n# same\n\nBody.", true);
        assert_eq!(body(&s).trim(), "Body.");
        let (s, _) = parse_ok("---\ntitle: Same\n---\n## Other\n\nBody.", true);
        assert_eq!(body(&s).trim(), "Other\n\n\nBody.");
    }

    #[test]
    fn a_rule_is_not_front_matter() {
        let (s, d) = parse_ok(
            "---\nTitle after a rule\n\nBody --- with dashes.\n\n---\n\nMore.",
            true,
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.title.as_deref(), Some("Title after a rule"));
        assert_eq!(
            crate::ingest::sanitize::paragraphs(body(&s)),
            vec!["Body --- with dashes.", "More."]
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

    fn md(s: &str) -> Vec<String> {
        crate::ingest::sanitize::paragraphs(&plain_markdown(s))
    }

    #[test]
    fn markdown_links_and_headings_become_text() {
        assert_eq!(
            md(
                "## Head ##\nsee [the report](http://x \"t\") ![img](i.png) and [ref][1]\n\n[1]: http://x"
            ),
            vec!["Head", "see the report and ref"]
        );
        assert_eq!(md("#hashtag is text"), vec!["#hashtag is text"]);
    }

    #[test]
    fn markdown_emphasis_code_quotes_and_lists_become_text() {
        assert_eq!(
            md(
                "A **bold** and *light* and ***both*** and `code` and snake_case_name.\n> quoted\n> line\n\n- one\n- two\n\n***\n\n2 * 3 * 4 \\*x\\*"
            ),
            vec![
                "A bold and light and both and code and snake_case_name. quoted line",
                "one",
                "two",
                "2 * 3 * 4 *x*"
            ]
        );
        assert_eq!(md("<!-- note -->Text"), vec!["Text"]);
        assert_eq!(
            md("the U.S. *Navy*, _not_ __the__ army"),
            vec!["the U.S. Navy, not the army"]
        );
    }
}
