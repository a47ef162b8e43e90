//! Markdown and plain text stories.
//!
//! An optional front-matter block gives the fields (`title`, `date`,
//! `source`, `byline`, `url`, `dateline`): `key: value` lines between `---`
//! lines (values may be quoted), or TOML between `+++` lines. A key given
//! twice is a warning and the last value is used; front matter that is
//! never closed ends at the first line that cannot be a field, with a
//! warning, and the rest is the body. Without front matter, the first non-empty line is the title (a Markdown
//! `#` heading mark is dropped) and the lines right after it may give the
//! publication date (`2014-11-06`, `Thu, 6 Nov 2014`, `November 6, 2014`)
//! and a byline (`By Jane Doe`). The rest is the body: paragraphs are
//! separated by blank lines and hard-wrapped lines are joined.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::{Body, RawStory, dates};
use crate::model::Diagnostic;
use crate::vocab::calendar;

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
    // `---` opens front matter only when a `key:` line follows (otherwise it
    // is a rule above the text), `+++` when a TOML `key =` line does.
    let fence = lines[first].trim_end();
    let next_matches = |re: &Regex| {
        lines[first + 1..]
            .iter()
            .find(|l| !l.trim().is_empty())
            .is_some_and(|l| re.is_match(l))
    };
    let header = match fence {
        "---" if next_matches(&KEY) => Some(Header::Yaml),
        "+++" if next_matches(&TOML_KEY) => Some(Header::Toml),
        _ => None,
    };
    let opens_header = header.is_some();
    if fence == "---" && !opens_header {
        body_start = first + 1;
    }
    if let Some(kind) = header {
        let fields = first + 1;
        let close = lines[fields..]
            .iter()
            .position(|l| kind.closes(l.trim_end()))
            .map(|i| i + fields);
        // Unclosed: the fields run to the first line that cannot be one,
        // and the body follows.
        let end = close.unwrap_or_else(|| {
            let end = lines[fields..]
                .iter()
                .position(|l| !kind.continues(l))
                .map_or(lines.len(), |i| i + fields);
            diagnostics.push(
                Diagnostic::warning(
                    path,
                    format!(
                        "front matter is not closed by a `{}` line: its fields end at line {end}, the rest is the body",
                        kind.fence()
                    ),
                )
                .at(first + 1, Some(1)),
            );
            end
        });
        match kind {
            Header::Yaml => {
                let mut seen = HashMap::new();
                for (i, line) in lines.iter().enumerate().take(end).skip(fields) {
                    front_matter_line(path, i + 1, line, &mut story, &mut seen, diagnostics);
                }
            }
            Header::Toml => {
                toml_front_matter(
                    path,
                    &lines[fields..end],
                    fields + 1,
                    &mut story,
                    diagnostics,
                );
            }
        }
        body_start = close.map_or(end, |c| c + 1);
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

/// The two kinds of front matter: `key: value` lines between `---` lines,
/// TOML between `+++` lines.
#[derive(Debug, Clone, Copy)]
enum Header {
    Yaml,
    Toml,
}

impl Header {
    fn fence(self) -> &'static str {
        match self {
            Header::Yaml => "---",
            Header::Toml => "+++",
        }
    }

    fn closes(self, line: &str) -> bool {
        match self {
            Header::Yaml => matches!(line, "---" | "..."),
            Header::Toml => line == "+++",
        }
    }

    /// Whether `line` can still belong to front matter that is never
    /// closed: a field or a comment; TOML runs to the first blank line.
    fn continues(self, line: &str) -> bool {
        let trimmed = line.trim();
        match self {
            Header::Yaml => KEY.is_match(line) || trimmed.starts_with('#'),
            Header::Toml => !trimmed.is_empty(),
        }
    }
}

fn front_matter_line(
    path: &Path,
    number: usize,
    line: &str,
    story: &mut RawStory,
    seen: &mut HashMap<String, usize>,
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
    let key = key.trim();
    let field = canonical(key);
    let name = field.map_or_else(|| key.to_ascii_lowercase(), str::to_string);
    if let Some(earlier) = seen.insert(name, number) {
        diagnostics.push(duplicate_key(path, key, earlier, number));
    }
    if let Some(field) = field {
        set_field(story, field, value, (number, column));
    }
}

/// The field a front-matter key names, its aliases included.
fn canonical(key: &str) -> Option<&'static str> {
    Some(match key.to_ascii_lowercase().as_str() {
        "title" | "headline" => "title",
        "date" | "published" | "pubdate" | "published_at" => "date",
        "source" | "publisher" => "source",
        "byline" | "author" | "by" => "byline",
        "url" | "link" => "url",
        "dateline" => "dateline",
        _ => return None,
    })
}

fn set_field(story: &mut RawStory, field: &str, value: Option<String>, at: (usize, Option<usize>)) {
    match field {
        "title" => story.title = value,
        "date" => {
            story.date = value;
            story.date_at = Some(at);
        }
        "source" => story.source = value,
        "byline" => story.byline = value,
        "url" => story.url = value,
        "dateline" => story.dateline = value,
        _ => {}
    }
}

fn duplicate_key(path: &Path, key: &str, earlier: usize, line: usize) -> Diagnostic {
    Diagnostic::warning(
        path,
        format!(
            "duplicate front matter key `{}` (first on line {earlier}), the last one is used",
            excerpt(key)
        ),
    )
    .at(line, Some(1))
}

/// TOML front matter: `lines`, the first of them line `number` of the file.
/// TOML refuses a key given twice; here, as in the other formats, that is a
/// warning and the last value is used.
fn toml_front_matter(
    path: &Path,
    lines: &[&str],
    number: usize,
    story: &mut RawStory,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut lines = lines.to_vec();
    let mut parsed = lines.join("\n").parse::<toml::Table>();
    if parsed.is_err() {
        let mut seen = HashMap::new();
        let mut repeated = false;
        // Top-level keys only: the ones before the first table header.
        for i in 0..lines.len() {
            if lines[i].trim_start().starts_with('[') {
                break;
            }
            let Some(key) = toml_key(lines[i]) else {
                continue;
            };
            if let Some(earlier) = seen.insert(key.clone(), i) {
                diagnostics.push(duplicate_key(path, &key, earlier + number, i + number));
                lines[earlier] = "";
                repeated = true;
            }
        }
        if repeated {
            parsed = lines.join("\n").parse::<toml::Table>();
        }
    }
    let joined = lines.join("\n");
    let table = match parsed {
        Ok(t) => t,
        Err(e) => {
            let mut d = Diagnostic::warning(
                path,
                format!(
                    "invalid TOML front matter ({}), its fields are ignored",
                    excerpt(e.message().trim())
                ),
            );
            if let Some(span) = e.span() {
                let (line, col) = super::position(joined.as_bytes(), span.start.min(joined.len()));
                d = d.at(line + number - 1, Some(col));
            }
            diagnostics.push(d);
            return;
        }
    };
    for (key, value) in &table {
        let Some(field) = canonical(key) else {
            continue;
        };
        let value = toml_text(value).filter(|v| !v.is_empty());
        // Where the value is written: the last line defining the key.
        let at = lines
            .iter()
            .rposition(|l| toml_key(l).as_deref() == Some(key.as_str()))
            .map_or((number, None), |i| {
                let line = lines[i];
                let column = line
                    .find('=')
                    .map(|e| line.len() - line[e + 1..].trim_start().len() + 1);
                (i + number, column)
            });
        set_field(story, field, value, at);
    }
}

/// The key a TOML line defines, unquoted.
fn toml_key(line: &str) -> Option<String> {
    let c = TOML_KEY_LINE.captures(line)?;
    let key = c.get(1)?.as_str();
    Some(unquote(key).to_string())
}

/// A TOML value as field text: strings, dates and numbers as written, a
/// list of them joined with commas.
fn toml_text(value: &toml::Value) -> Option<String> {
    match value {
        toml::Value::String(s) => Some(s.clone()),
        toml::Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(toml_text).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        toml::Value::Datetime(d) => Some(d.to_string()),
        toml::Value::Integer(i) => Some(i.to_string()),
        toml::Value::Float(f) => Some(f.to_string()),
        toml::Value::Boolean(b) => Some(b.to_string()),
        toml::Value::Table(_) => None,
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
/// dropped. A date line that cannot be read ([`looks_like_date`]) is still
/// the header's date line: it is kept as the story's date, which the loader
/// reports as unreadable at its line, rather than read as the first
/// sentence.
fn date_line(line: &str) -> Option<&str> {
    let l = line.trim_start_matches('*').trim_end_matches('*').trim();
    let label = after_date_label(l);
    let date = label.unwrap_or(l);
    if dates::parse(date).is_some() {
        return Some(date);
    }
    looks_like_date(l, label)
}

/// What follows a `Published:`-style label at the start of `l`.
fn after_date_label(l: &str) -> Option<&str> {
    ["Published:", "Date:", "Posted:", "Updated:"]
        .iter()
        .find_map(|p| {
            l.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| l[p.len()..].trim())
        })
}

/// A short line `l` made only of date words — a `Published:`-style label
/// (`label` is what follows it), or month and weekday names, numbers, clock
/// times and zones, with at least one digit and one month or weekday or
/// numeric date — that [`dates::parse`] cannot read: `Updated: 31 Sept
/// 2014`, `Thurs 31 Sept 2014 25:61`. A sentence ("Monday was quiet.") is
/// not one.
fn looks_like_date<'a>(l: &'a str, label: Option<&'a str>) -> Option<&'a str> {
    if l.chars().count() > 60 || l.ends_with(['.', '!', '?', '"']) {
        return None;
    }
    if let Some(rest) = label {
        return (!rest.is_empty() && rest.chars().any(|c| c.is_ascii_digit())).then_some(rest);
    }
    let mut calendar_word = false;
    let mut digit = false;
    for token in l
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        let t = token.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ';'));
        let lower = t.to_lowercase();
        if calendar::month(&lower).is_some() || calendar::weekday(&lower).is_some() {
            calendar_word = true;
        } else if t.chars().any(|c| c.is_ascii_digit()) {
            digit = true;
            let digits = t.chars().filter(char::is_ascii_digit).count();
            let separators = t.chars().filter(|c| matches!(c, '-' | '/')).count();
            if separators >= 2 && digits >= 4 {
                calendar_word = true; // 2014-13-45, 31/02/2014
            }
            let suffix = t
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == ':')
                .to_lowercase();
            let shape_ok = t.chars().all(|c| {
                c.is_ascii_digit() || matches!(c, ':' | '-' | '/' | '.' | 'T' | 'Z' | '+')
            }) || ["st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "h"]
                .contains(&suffix.as_str());
            if !shape_ok {
                return None;
            }
        } else if matches!(
            lower.as_str(),
            "at" | "on" | "of" | "the" | "am" | "pm" | "a.m" | "p.m"
        ) || (t.len() >= 2 && t.len() <= 5 && t.chars().all(|c| c.is_ascii_uppercase()))
        {
            // a joining word, or a zone (EST, GMT, CEST)
        } else {
            return None;
        }
    }
    (calendar_word && digit).then_some(l)
}

/// `By Jane Doe`, `By JANE DOE, Associated Press`.
fn byline(line: &str) -> Option<&str> {
    let l = line.trim_start_matches('*').trim_end_matches('*').trim();
    let rest = l.strip_prefix("By ").or_else(|| l.strip_prefix("BY "))?;
    (rest.len() <= 100 && rest.starts_with(|c: char| c.is_uppercase())).then_some(rest.trim())
}

static KEY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[A-Za-z][\w-]*\s*:").expect("key pattern is valid"));
static TOML_KEY_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*([A-Za-z0-9_.-]+|"[^"]*"|'[^']*')\s*="#).expect("TOML key pattern is valid")
});
/// A line that can open TOML front matter: a key or a table header.
static TOML_KEY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^\s*(?:[A-Za-z0-9_.-]+|"[^"]*"|'[^']*')\s*=|^\s*\["#)
        .expect("TOML key pattern is valid")
});
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

pub(super) fn excerpt(s: &str) -> String {
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
    fn a_date_line_that_cannot_be_read_stays_the_date_line() {
        for (line, date) in [
            (
                "Thurs 31 Sept 2014 25:61 EST",
                "Thurs 31 Sept 2014 25:61 EST",
            ),
            ("Posted: 2014-13-45", "2014-13-45"),
            ("32/13/2014 10:00", "32/13/2014 10:00"),
        ] {
            let (s, _) = parse_ok(&format!("Title\n{line}\n\nBody.\n"), false);
            assert_eq!(s.date.as_deref(), Some(date), "{line}");
            assert_eq!(body(&s).trim(), "Body.", "{line}");
        }
        for line in [
            "Monday was quiet.",
            "Monday 4 cranes stood on the quay",
            "In March 2014 the port closed",
            "March 2014: a review",
            "Posted: by the desk",
        ] {
            let (s, _) = parse_ok(&format!("Title\n{line}\n"), false);
            assert_eq!(s.date, None, "{line}");
            assert_eq!(body(&s).trim(), line);
        }
    }

    #[test]
    fn a_line_after_the_title_that_is_not_a_date_is_body() {
        let (s, _) = parse_ok("Title\nThe talks resumed.\n", false);
        assert_eq!(s.date, None);
        assert_eq!(body(&s).trim(), "The talks resumed.");
    }

    #[test]
    fn unclosed_front_matter_keeps_the_body_with_a_warning() {
        let (s, d) = parse_ok("---\ntitle: x\ndate: 2014-11-06\n\nbody\ntext", true);
        assert_eq!(s.title.as_deref(), Some("x"));
        assert_eq!(s.date.as_deref(), Some("2014-11-06"));
        assert_eq!(body(&s).trim(), "body\ntext");
        let d: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert_eq!(
            d,
            vec![
                "t.md:1:1: warning: front matter is not closed by a `---` line: its fields end at line 3, the rest is the body"
            ]
        );
        // A line that is not a field ends the fields even without a blank.
        let (s, _) = parse_ok("---\ntitle: x\nThe body starts.\n", true);
        assert_eq!(body(&s).trim(), "The body starts.");
    }

    #[test]
    fn toml_front_matter_fields() {
        let (s, d) = parse_ok(
            "+++\ntitle = \"A = b\"\ndate = 2014-11-06T10:00:00+01:00\nauthor = [\"Jo\", \"Al\"]\nsource = 'AP'\n[extra]\nurl = \"not the story's\"\n+++\n\nBody\ntext.\n",
            true,
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.title.as_deref(), Some("A = b"));
        assert_eq!(s.date.as_deref(), Some("2014-11-06T10:00:00+01:00"));
        assert_eq!(s.date_at, Some((3, Some(8))));
        assert_eq!(s.byline.as_deref(), Some("Jo, Al"));
        assert_eq!(s.source.as_deref(), Some("AP"));
        assert_eq!(s.url, None);
        assert_eq!(body(&s).trim(), "Body\ntext.");
    }

    #[test]
    fn bad_toml_front_matter_is_a_warning_and_the_body_stays() {
        let (s, d) = parse_ok("+++\ntitle = \"T\"\ndate = \n+++\nBody.", true);
        assert_eq!(s.title, None);
        assert_eq!(d.len(), 1);
        let d = d[0].to_string();
        assert!(
            d.starts_with("t.md:3:") && d.contains("warning: invalid TOML front matter ("),
            "{d}"
        );
        assert_eq!(body(&s).trim(), "Body.");
    }

    #[test]
    fn duplicate_front_matter_keys_are_a_warning_and_the_last_wins() {
        let (s, d) = parse_ok("---\ntitle: One\nTitle: Two\nheadline: Three\n---\nb", true);
        assert_eq!(s.title.as_deref(), Some("Three"));
        let d: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert_eq!(
            d,
            vec![
                "t.md:3:1: warning: duplicate front matter key `Title` (first on line 2), the last one is used",
                "t.md:4:1: warning: duplicate front matter key `headline` (first on line 3), the last one is used",
            ]
        );
        let (s, d) = parse_ok(
            "+++\ntitle = \"One\"\ndate = 2014-11-06\ntitle = \"Two\"\n+++\nb",
            true,
        );
        assert_eq!(s.title.as_deref(), Some("Two"));
        assert_eq!(s.date.as_deref(), Some("2014-11-06"));
        let d: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert_eq!(
            d,
            vec![
                "t.md:4:1: warning: duplicate front matter key `title` (first on line 2), the last one is used"
            ]
        );
    }

    #[test]
    fn plus_signs_without_toml_are_text() {
        let (s, d) = parse_ok("+++\nNot a key line\n\nBody.", true);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.title.as_deref(), Some("+++"));
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
