//! RSS (0.9x, 1.0, 2.0), Atom and JSON Feed, read with feed-rs: each item is a
//! story. Content (or, failing that, the summary) is HTML turned into
//! paragraphs; the feed's title is the source; the item's authors are the
//! byline; its first link is the url.
//!
//! feed-rs normalises dates to UTC and silently drops the ones it cannot
//! read, so the raw date text of each item is also taken from the XML: the
//! offset it was written with is kept, and an unreadable date is reported.

use std::borrow::Cow;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;

use super::{Body, RawStory, html};
use crate::model::{Diagnostic, Published};

/// Parse a feed file.
pub fn parse(path: &Path, bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) -> Vec<RawStory> {
    let raw = decode(path, bytes, diagnostics);
    // A parser keeps state from one document to the next (its media
    // scope survives a failed parse): every document gets a new one.
    let parser = feed_rs::parser::Builder::new()
        .sanitize_content(false)
        .build();
    let feed = match parser.parse(raw.as_bytes()) {
        Ok(f) => f,
        Err(e) => {
            let mut d = Diagnostic::error(path, format!("invalid feed: {}", feed_error(&e)));
            if matches!(e, feed_rs::parser::ParseFeedError::XmlReader(_))
                && let Some(at) = xml_error_offset(&raw)
            {
                let (line, col) = super::position(raw.as_bytes(), at);
                d = d.at(line, Some(col));
            }
            diagnostics.push(d);
            return Vec::new();
        }
    };
    let items = scan_items(&raw);
    let raw_items = (items.len() == feed.entries.len()).then_some(items);
    let source = feed.title.as_ref().map(text_of);
    let several = feed.entries.len() > 1;
    let mut stories = Vec::with_capacity(feed.entries.len());
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let scanned = raw_items.as_ref().map(|r| &r[i]);
        let published = entry
            .published
            .or(entry.updated)
            .map(|d| Published::Zoned(d.fixed_offset()));
        let body = match (&entry.content, &entry.summary) {
            (Some(c), _) if c.body.as_ref().is_some_and(|b| !b.trim().is_empty()) => {
                let b = c.body.clone().unwrap_or_default();
                if c.content_type.essence().to_string().contains("html")
                    || html::looks_like_html(&b)
                {
                    Body::Html(b)
                } else {
                    Body::Text(b)
                }
            }
            (_, Some(s)) => {
                if html::looks_like_html(&s.content) {
                    Body::Html(s.content.clone())
                } else {
                    Body::Text(s.content.clone())
                }
            }
            _ => Body::Paragraphs(Vec::new()),
        };
        let byline = (!entry.authors.is_empty()).then(|| {
            entry
                .authors
                .iter()
                .filter_map(|a| a.name.as_deref())
                .filter(|n| !n.trim().is_empty())
                .collect::<Vec<_>>()
                .join(", ")
        });
        stories.push(RawStory {
            title: entry.title.as_ref().map(text_of),
            date: scanned.and_then(|s| s.date.clone()),
            date_at: scanned.and_then(|s| s.date_line.map(|l| (l, None))),
            published,
            source: source.clone(),
            byline,
            url: entry.links.first().map(|l| l.href.clone()),
            body,
            item: several.then_some(i),
            line: scanned.map(|s| s.line),
            label: if several {
                format!("item {}: ", i + 1)
            } else {
                String::new()
            },
            may_be_empty: true,
            ..RawStory::default()
        });
    }
    if stories.is_empty() {
        diagnostics.push(Diagnostic::warning(path, "feed has no items"));
    }
    stories
}

/// The feed as UTF-8 text, from the encoding its XML declaration names,
/// else UTF-8, else Windows-1252 (with a warning); and every XML
/// declaration in it rewritten to say UTF-8. The XML reader under feed-rs
/// switches decoders when it meets a declaration naming another encoding,
/// and panics when that declaration is not within the first 64 bytes (a
/// comment or blank lines before it): it must only ever see UTF-8 and
/// declarations that say so.
fn decode<'a>(path: &Path, bytes: &'a [u8], diagnostics: &mut Vec<Diagnostic>) -> Cow<'a, str> {
    let text = match declared_encoding(bytes) {
        Some(encoding) => encoding.decode_without_bom_handling(bytes).0,
        None => super::decode_text(path, bytes, diagnostics),
    };
    if !DECLARATION.find_iter(&text).any(|d| {
        ENCODING
            .captures_iter(d.as_str())
            .any(|c| !is_utf8(label(&c)))
    }) {
        return text;
    }
    let rewritten = DECLARATION.replace_all(&text, |d: &regex::Captures| {
        ENCODING.replace_all(&d[0], "${1}\"utf-8\"").into_owned()
    });
    Cow::Owned(rewritten.into_owned())
}

/// The encoding an XML prolog declares, when it is one other than UTF-8
/// that bytes can be in here (a UTF-16 file has been decoded already, so a
/// declaration saying UTF-16 no longer holds).
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(PROLOG)]);
    let declaration = DECLARATION.find(&head)?;
    // Only the prolog counts: a declaration after the first element is
    // not one.
    if ELEMENT.is_match(&head[..declaration.start()]) {
        return None;
    }
    let named = ENCODING.captures(declaration.as_str())?;
    let encoding = encoding_rs::Encoding::for_label(label(&named).trim().as_bytes())?;
    (encoding != encoding_rs::UTF_8 && encoding.output_encoding() == encoding).then_some(encoding)
}

/// The encoding name of an `encoding="…"` match.
fn label<'t>(c: &regex::Captures<'t>) -> &'t str {
    c.get(2).or(c.get(3)).map_or("", |m| m.as_str())
}

fn is_utf8(label: &str) -> bool {
    encoding_rs::Encoding::for_label(label.trim().as_bytes()) == Some(encoding_rs::UTF_8)
}

/// How far into a file its XML declaration is looked for.
const PROLOG: usize = 4096;

static DECLARATION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<\?xml\s.*?\?>").expect("valid"));
static ENCODING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(\sencoding\s*=\s*)(?:"([^"]*)"|'([^']*)')"#).expect("valid"));
static ELEMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<[A-Za-z_]").expect("valid"));

/// A title or other text construct as plain text.
fn text_of(t: &feed_rs::model::Text) -> String {
    if t.content_type.essence().to_string().contains("html") || html::looks_like_html(&t.content) {
        html::to_text(&t.content)
    } else {
        t.content.clone()
    }
}

fn feed_error(e: &feed_rs::parser::ParseFeedError) -> String {
    use feed_rs::parser::{ParseErrorKind, ParseFeedError};
    match e {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => {
            "no RSS or Atom root element".to_string()
        }
        ParseFeedError::ParseError(k) => k.to_string(),
        ParseFeedError::XmlReader(x) => format!("malformed XML ({x})"),
        other => other.to_string(),
    }
}

/// What the raw XML says about one item.
#[derive(Debug, Clone, PartialEq, Eq)]
struct ScannedItem {
    line: usize,
    date: Option<String>,
    date_line: Option<usize>,
}

static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"<(?:[A-Za-z_][\w.-]*:)?(item|entry)[\s>/]").expect("valid"));
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"<((?:[A-Za-z_][\w.-]*:)?(?:pubDate|published|date|updated|issued|modified))(?:\s[^>]*)?>\s*(?:<!\[CDATA\[)?([^<\]]*)")
        .expect("valid")
});

/// The items of a feed in order, with their line and raw date text.
fn scan_items(xml: &str) -> Vec<ScannedItem> {
    let starts: Vec<(usize, &str)> = ITEM
        .captures_iter(xml)
        .filter_map(|c| Some((c.get(0)?.start(), c.get(1)?.as_str())))
        .collect();
    let lines = super::lines::LineIndex::new(xml.as_bytes());
    let mut items = Vec::with_capacity(starts.len());
    for (n, &(start, name)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(xml.len(), |s| s.0);
        let slice = &xml[start..end];
        let close = slice.find(&format!("</{name}")).map_or(slice.len(), |i| i);
        let slice = &slice[..close];
        // Prefer the publication date over the update date.
        let mut best: Option<(usize, String, usize)> = None;
        for c in DATE.captures_iter(slice) {
            let (Some(tag), Some(value), Some(whole)) = (c.get(1), c.get(2), c.get(0)) else {
                continue;
            };
            let local = tag.as_str().rsplit(':').next().unwrap_or("");
            let rank = match local {
                "pubDate" | "published" | "issued" => 0,
                "date" => 1,
                _ => 2,
            };
            if best.as_ref().is_none_or(|b| rank < b.0) {
                let line = lines.line(start + whole.start());
                best = Some((
                    rank,
                    html_escape::decode_html_entities(value.as_str().trim()).into_owned(),
                    line,
                ));
            }
        }
        items.push(ScannedItem {
            line: lines.line(start),
            date: best.as_ref().map(|b| b.1.clone()).filter(|d| !d.is_empty()),
            date_line: best.map(|b| b.2),
        });
    }
    items
}

/// Where a malformed XML document first goes wrong (a closing tag that does
/// not match, a tag or comment never closed, elements left open at the
/// end), as a byte offset: feed-rs does not say where.
fn xml_error_offset<'a>(xml: &'a str) -> Option<usize> {
    let mut stack: Vec<&'a str> = Vec::new();
    let mut i = 0;
    while let Some(lt) = xml[i..].find('<') {
        let at = i + lt;
        let rest = &xml[at..];
        let skip_to = |end: &str| rest.find(end).map(|e| at + e + end.len());
        let next = if rest.starts_with("<!--") {
            skip_to("-->")
        } else if rest.starts_with("<![CDATA[") {
            skip_to("]]>")
        } else if rest.starts_with("<?") {
            skip_to("?>")
        } else if rest.starts_with("<!") {
            skip_to(">")
        } else {
            let Some(end) = html::quoted_tag_end(rest, true) else {
                return Some(at);
            };
            let tag = &rest[1..end];
            let name = |t: &'a str| -> &'a str {
                t.split(|c: char| c.is_whitespace() || c == '/')
                    .next()
                    .unwrap_or("")
            };
            if let Some(closing) = tag.strip_prefix('/') {
                match stack.pop() {
                    Some(open) if open == name(closing.trim()) => {}
                    _ => return Some(at),
                }
            } else if !tag.ends_with('/') {
                stack.push(name(tag));
            }
            Some(at + end + 1)
        };
        match next {
            Some(n) => i = n,
            None => return Some(at),
        }
    }
    (!stack.is_empty()).then_some(xml.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire &amp; Co</title>
<item><title>One</title><pubDate>Thu, 06 Nov 2014 10:00:00 -0500</pubDate>
<link>http://example.com/one</link>
<description>&lt;p&gt;Para one.&lt;/p&gt;&lt;p&gt;Para two.&lt;/p&gt;</description></item>
<item><title>Two</title><pubDate>not a date</pubDate><description>Plain</description></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_stories() {
        let mut d = Vec::new();
        let s = parse(Path::new("f.rss"), RSS.as_bytes(), &mut d);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].title.as_deref(), Some("One"));
        assert_eq!(s[0].source.as_deref(), Some("Wire & Co"));
        assert_eq!(
            s[0].date.as_deref(),
            Some("Thu, 06 Nov 2014 10:00:00 -0500")
        );
        assert_eq!(s[0].url.as_deref(), Some("http://example.com/one"));
        assert_eq!(s[0].line, Some(3));
        assert!(matches!(&s[0].body, Body::Html(h) if h.contains("<p>Para one.</p>")));
        assert_eq!(s[1].date.as_deref(), Some("not a date"));
        assert_eq!(s[1].published, None);
        assert_eq!(s[1].date_at, Some((6, None)));
    }

    #[test]
    fn atom_entries_become_stories() {
        let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom desk</title><id>urn:x</id><updated>2014-11-06T00:00:00Z</updated>
<entry><title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title><id>urn:1</id>
<published>2014-11-06T10:00:00+01:00</published><updated>2014-11-07T00:00:00Z</updated>
<author><name>Jo Reporter</name></author><link href="http://example.com/a"/>
<content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
</feed>"#;
        let mut d = Vec::new();
        let s = parse(Path::new("f.atom"), atom.as_bytes(), &mut d);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].title.as_deref(), Some("A bold title"));
        assert_eq!(s[0].date.as_deref(), Some("2014-11-06T10:00:00+01:00"));
        assert_eq!(s[0].byline.as_deref(), Some("Jo Reporter"));
        assert_eq!(s[0].item, None);
    }

    #[test]
    fn json_feed_items_become_stories() {
        let feed = r#"{"version": "https://jsonfeed.org/version/1.1", "title": "JSON desk",
            "items": [
              {"id": "1", "title": "First", "content_html": "<p>One.</p><p>Two.</p>",
               "date_published": "2014-11-06T10:00:00-05:00", "url": "https://j.example/first"},
              {"id": "2", "title": "Second", "content_text": "Plain."}
            ]}"#;
        let corpus = crate::ingest::load_bytes(Path::new("feed.json"), feed.as_bytes());
        assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
        let s = &corpus.stories;
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].source.as_deref(), Some("JSON desk"));
        assert_eq!(s[0].paragraphs, vec!["One.", "Two."]);
        assert_eq!(s[0].id.0, "first");
        assert_eq!(
            s[0].date().map(|d| d.to_string()).as_deref(),
            Some("2014-11-06")
        );
        assert_eq!(s[1].paragraphs, vec!["Plain."]);
    }

    #[test]
    fn undeclared_windows_1252_is_read_with_a_warning() {
        let mut d = Vec::new();
        let s = parse(
            Path::new("f.rss"),
            b"<rss version=\"2.0\"><channel><title>Caf\xe9</title>\n<item><title>Na\xefve</title></item></channel></rss>",
            &mut d,
        );
        assert_eq!(s[0].title.as_deref(), Some("Na\u{ef}ve"));
        assert_eq!(s[0].source.as_deref(), Some("Caf\u{e9}"));
        assert_eq!(
            d[0].to_string(),
            "f.rss:1:39: warning: invalid UTF-8 (byte 0xE9), read as Windows-1252"
        );
    }

    #[test]
    fn declared_encodings_are_decoded_and_declarations_then_say_utf8() {
        let (body, _, _) = encoding_rs::ISO_2022_JP.encode(
            "<?xml version=\"1.0\" encoding='iso-2022-jp'?><rss version=\"2.0\"><channel><title>東京</title><item><title>大阪</title></item></channel></rss>",
        );
        let mut d = Vec::new();
        let s = parse(Path::new("f.rss"), &body, &mut d);
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(s[0].title.as_deref(), Some("大阪"));
        assert_eq!(s[0].source.as_deref(), Some("東京"));
        let text = decode(
            Path::new("f.rss"),
            b"<!-- x -->\n<?xml version=\"1.0\" encoding = \"ISO-8859-1\" ?><rss>\xe9</rss>",
            &mut d,
        );
        assert_eq!(
            text,
            "<!-- x -->\n<?xml version=\"1.0\" encoding = \"utf-8\" ?><rss>\u{e9}</rss>"
        );
        // Already UTF-8: nothing is copied.
        let plain = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss/>";
        assert!(matches!(
            decode(Path::new("f.rss"), plain.as_bytes(), &mut d),
            Cow::Borrowed(_)
        ));
        assert!(d.is_empty(), "{d:?}");
    }

    #[test]
    fn empty_feed_is_a_warning() {
        let mut d = Vec::new();
        let s = parse(
            Path::new("f.rss"),
            b"<rss version=\"2.0\"><channel><title>x</title></channel></rss>",
            &mut d,
        );
        assert!(s.is_empty());
        assert_eq!(d[0].to_string(), "f.rss: warning: feed has no items");
    }

    #[test]
    fn malformed_xml_is_an_error() {
        let mut d = Vec::new();
        let s = parse(
            Path::new("f.rss"),
            b"<rss version=\"2.0\"><channel><item><title>x</ti",
            &mut d,
        );
        assert!(s.is_empty());
        assert_eq!(d.len(), 1);
        assert_eq!(
            d[0].to_string(),
            "f.rss:1:43: error: invalid feed: malformed XML (Parser error: syntax error: tag not closed: `>` not found before end of input)"
        );
    }

    #[test]
    fn xml_errors_are_located() {
        assert_eq!(xml_error_offset("<a><b></b></a>"), None);
        assert_eq!(
            xml_error_offset("<a x='>'><!-- <b> --><![CDATA[<c>]]><d/></a>"),
            None
        );
        assert_eq!(xml_error_offset("<a><b></a>"), Some(6));
        assert_eq!(xml_error_offset("<a><b"), Some(3));
        assert_eq!(xml_error_offset("<a><b></b>"), Some(10));
        assert_eq!(xml_error_offset("<a><!-- x"), Some(3));
    }
}
