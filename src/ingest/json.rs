//! JSON stories: one story object, an array of them, or
//! `{"stories": [...]}`.
//!
//! A story object has `title`, `date`, `source`, `byline`, `dateline`, `url`
//! (strings) and either `paragraphs` (an array of strings) or `body` (one
//! string, paragraphs separated by blank lines). Common alternative names are
//! accepted (`headline`, `published`, `author`, `link`, `text`, `content`);
//! unknown fields are ignored. Syntax errors, excessive nesting and wrong
//! types are reported with their line and column; the well-formed stories of
//! a file with a wrong-typed story still load.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;
use serde_json::Value;

use super::lines::LineIndex;
use super::{Body, RawStory};
use crate::model::Diagnostic;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsonStory {
    #[serde(alias = "headline")]
    title: Option<String>,
    #[serde(alias = "published", alias = "pubDate", alias = "published_at")]
    date: Option<String>,
    #[serde(alias = "publisher")]
    source: Option<String>,
    #[serde(alias = "author")]
    byline: Option<String>,
    dateline: Option<String>,
    #[serde(alias = "link")]
    url: Option<String>,
    paragraphs: Option<Vec<String>>,
    #[serde(alias = "text", alias = "content")]
    body: Option<String>,
}

/// Deserialised only to find where a wrong type is.
#[derive(Deserialize)]
struct Wrapped {
    #[allow(dead_code)]
    stories: Vec<JsonStory>,
}

enum Shape {
    One,
    Many,
    Wrapped,
}

/// Parse a JSON file of stories.
pub fn parse(path: &Path, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Vec<RawStory> {
    if let Err(e) = std::str::from_utf8(bytes) {
        let (line, col) = super::position(bytes, e.valid_up_to());
        diagnostics.push(
            Diagnostic::error(
                path,
                format!("invalid UTF-8 (byte 0x{:02X})", bytes[e.valid_up_to()]),
            )
            .at(line, Some(col)),
        );
        return Vec::new();
    }
    let value: Value = match serde_json::from_slice(bytes) {
        Ok(v) => v,
        Err(e) => {
            diagnostics.push(error_at(path, &e, "invalid JSON"));
            return Vec::new();
        }
    };
    let (shape, items) = match value {
        Value::Array(items) => (Shape::Many, items),
        Value::Object(ref map) if matches!(map.get("stories"), Some(Value::Array(_))) => {
            let Value::Object(mut map) = value else {
                return Vec::new();
            };
            let Some(Value::Array(items)) = map.remove("stories") else {
                return Vec::new();
            };
            (Shape::Wrapped, items)
        }
        Value::Object(_) => (Shape::One, vec![value]),
        other => {
            diagnostics.push(Diagnostic::error(
                path,
                format!(
                    "expected a story object, an array of stories or {{\"stories\": [...]}}, found {}",
                    kind(&other)
                ),
            ));
            return Vec::new();
        }
    };
    // A strict pass over the bytes gives the position of the first wrong
    // type; the lenient pass below then keeps every story that is fine.
    let strict = match shape {
        Shape::One => serde_json::from_slice::<JsonStory>(bytes).err(),
        Shape::Many => serde_json::from_slice::<Vec<JsonStory>>(bytes).err(),
        Shape::Wrapped => serde_json::from_slice::<Wrapped>(bytes).err(),
    };
    let mut strict = strict.map(|e| error_at(path, &e, "wrong type"));
    let several = !matches!(shape, Shape::One);
    let located = locate(bytes, &shape);
    let located = (located.len() == items.len()).then_some(located);
    let mut lines = LineIndex::new(bytes);
    let mut stories = Vec::new();
    for (i, item) in items.into_iter().enumerate() {
        let item_no = several.then_some(i);
        let label = match item_no {
            Some(i) => format!("story {}: ", i + 1),
            None => String::new(),
        };
        if let Some(l) = &located {
            duplicate_keys(path, &label, &l[i].keys, &mut lines, diagnostics);
        }
        if !item.is_object() {
            let d = strict.take().unwrap_or_else(|| Diagnostic::error(path, ""));
            diagnostics.push(Diagnostic {
                message: format!(
                    "{label}expected a story object, found {}, skipped",
                    kind(&item)
                ),
                ..d
            });
            continue;
        }
        match serde_json::from_value::<JsonStory>(item) {
            Ok(s) => stories.push(RawStory {
                line: located.as_ref().map(|l| lines.line(l[i].start)),
                date_at: located.as_ref().and_then(|l| {
                    l[i].keys
                        .iter()
                        .find(|(k, _)| DATE_KEYS.contains(&k.as_str()))
                        .map(|&(_, at)| {
                            let (line, col) = lines.position(at);
                            (line, Some(col))
                        })
                }),
                title: s.title,
                date: s.date,
                source: s.source,
                byline: s.byline,
                dateline: s.dateline,
                url: s.url,
                body: match (s.paragraphs, s.body) {
                    (Some(p), _) => Body::Paragraphs(p),
                    (None, Some(b)) => Body::Text(b),
                    (None, None) => Body::Paragraphs(Vec::new()),
                },
                item: item_no,
                label,
                ..RawStory::default()
            }),
            Err(e) => {
                let d = strict.take().unwrap_or_else(|| Diagnostic::error(path, ""));
                diagnostics.push(Diagnostic {
                    message: format!("{label}{}, story skipped", strip_position(&e.to_string())),
                    ..d
                });
            }
        }
    }
    stories
}

/// A key given twice in one story: the last value is the one read, and a
/// warning says so.
fn duplicate_keys(
    path: &Path,
    label: &str,
    keys: &[(String, usize)],
    lines: &mut LineIndex,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (key, at) in keys {
        if let Some(first) = seen.insert(key.as_str(), *at) {
            let (line, col) = lines.position(*at);
            diagnostics.push(
                Diagnostic::warning(
                    path,
                    format!(
                        "{label}duplicate key `{}` (first on line {}), the last one is used",
                        super::text::excerpt(key),
                        lines.line(first)
                    ),
                )
                .at(line, Some(col)),
            );
        }
    }
}

/// The field names that hold the date (the `date` field and its aliases).
const DATE_KEYS: [&str; 4] = ["date", "published", "pubDate", "published_at"];

/// Where a story object starts in the file and where each of its fields'
/// values starts (byte offsets).
#[derive(Debug, Default)]
struct Located {
    start: usize,
    keys: Vec<(String, usize)>,
}

/// One open container while scanning.
struct Frame {
    object: bool,
    expect_key: bool,
    key: Option<String>,
    story: Option<usize>,
    stories_array: bool,
}

/// The story objects of a well-formed JSON file in order, with the positions
/// of their fields, so diagnostics about a story can point into the file.
fn locate(bytes: &[u8], shape: &Shape) -> Vec<Located> {
    let mut out: Vec<Located> = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(top) = stack.last_mut()
                    && top.object
                    && top.expect_key
                {
                    let key = String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]);
                    top.key = Some(key.into_owned());
                    top.expect_key = false;
                }
            }
            b':' => {
                if let Some(top) = stack.last()
                    && let (Some(story), Some(key)) = (top.story, top.key.as_ref())
                {
                    let mut at = i + 1;
                    while bytes.get(at).is_some_and(u8::is_ascii_whitespace) {
                        at += 1;
                    }
                    out[story].keys.push((key.clone(), at));
                }
            }
            b',' => {
                if let Some(top) = stack.last_mut() {
                    top.expect_key = top.object;
                }
            }
            c @ (b'{' | b'[') => {
                let object = c == b'{';
                let parent = stack.last();
                let is_story = object
                    && match shape {
                        Shape::One => stack.is_empty(),
                        Shape::Many => stack.len() == 1,
                        Shape::Wrapped => parent.is_some_and(|p| p.stories_array),
                    };
                let stories_array = !object
                    && matches!(shape, Shape::Wrapped)
                    && stack.len() == 1
                    && parent.is_some_and(|p| p.key.as_deref() == Some("stories"));
                let story = is_story.then(|| {
                    out.push(Located {
                        start: i,
                        keys: Vec::new(),
                    });
                    out.len() - 1
                });
                stack.push(Frame {
                    object,
                    expect_key: object,
                    key: None,
                    story,
                    stories_array,
                });
            }
            b'}' | b']' => {
                stack.pop();
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// A serde_json error as a diagnostic at its line and column.
fn error_at(path: &Path, e: &serde_json::Error, what: &str) -> Diagnostic {
    let message = match e.classify() {
        serde_json::error::Category::Eof => format!("{what}: unexpected end of file"),
        _ => format!("{what}: {}", strip_position(&e.to_string())),
    };
    let d = Diagnostic::error(path, message);
    if e.line() > 0 {
        d.at(e.line(), Some(e.column()))
    } else {
        d
    }
}

/// serde_json appends " at line L column C"; the diagnostic carries those.
fn strip_position(s: &str) -> String {
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str) -> (Vec<RawStory>, Vec<String>) {
        let mut d = Vec::new();
        let s = parse(Path::new("s.json"), src.as_bytes(), &mut d);
        (s, d.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn three_shapes() {
        let one = r#"{"title": "A", "paragraphs": ["x"], "extra": {"deep": [1]}}"#;
        let (s, d) = run(one);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].item, None);
        let (s, _) = run(r#"[{"title": "A"}, {"headline": "B", "body": "p1\n\np2"}]"#);
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].title.as_deref(), Some("B"));
        assert_eq!(s[1].item, Some(1));
        assert!(matches!(&s[1].body, Body::Text(t) if t == "p1\n\np2"));
        let (s, _) = run(r#"{"stories": [{"title": "A"}]}"#);
        assert_eq!(s[0].item, Some(0));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let (s, d) = run("[{\"title\": \"A\",\n  \"date\": }]");
        assert!(s.is_empty());
        assert_eq!(d, vec!["s.json:2:11: error: invalid JSON: expected value"]);
        let (_, d) = run("{\"title\": \"A\"");
        assert_eq!(
            d,
            vec!["s.json:1:13: error: invalid JSON: unexpected end of file"]
        );
    }

    #[test]
    fn wrong_types_have_positions_and_other_stories_load() {
        let (s, d) = run("[\n{\"title\": \"A\"},\n{\"title\": 5},\n{\"title\": \"C\"}\n]");
        assert_eq!(s.len(), 2);
        assert_eq!(s[1].item, Some(2));
        assert_eq!(
            d,
            vec![
                "s.json:3:11: error: story 2: invalid type: integer `5`, expected a string, story skipped"
            ]
        );
    }

    #[test]
    fn stories_and_their_dates_are_located() {
        let src = "{\"stories\": [\n {\"title\": \"A {\\\" [\", \"x\": [{}],\n  \"date\": \"2014-11-06\"},\n {\"published\":\"x\"}]}";
        let (s, d) = run(src);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].line, Some(2));
        assert_eq!(s[0].date_at, Some((3, Some(11))));
        assert_eq!(s[1].line, Some(4));
        assert_eq!(s[1].date_at, Some((4, Some(15))));
        let (s, _) = run("[{\"date\": \"x\"}]");
        assert_eq!(s[0].date_at, Some((1, Some(11))));
        let (s, _) = run("\n\n{\"title\": \"t\", \"date\": 1}");
        assert!(s.is_empty());
    }

    #[test]
    fn wrong_top_level() {
        let (_, d) = run("42");
        assert_eq!(
            d,
            vec![
                "s.json: error: expected a story object, an array of stories or {\"stories\": [...]}, found a number"
            ]
        );
    }

    #[test]
    fn deep_nesting_is_a_diagnostic_not_a_crash() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let (s, d) = run(&deep);
        assert!(s.is_empty());
        assert_eq!(
            d,
            vec!["s.json:1:128: error: invalid JSON: recursion limit exceeded"]
        );
    }
}
