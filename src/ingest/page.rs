//! Saved web pages (`.html`, `.htm`): one story per page.
//!
//! The fields come from the page's metadata, as news sites publish it:
//! Open Graph and article tags (`og:title`, `article:published_time`,
//! `og:site_name`, `og:url`), the plain `<meta name="author|date">` tags,
//! `<link rel="canonical">`, then `<title>`, the first `<h1>` and the first
//! `<time datetime>`. The text is the page's `<article>` (else `<main>`,
//! else `<body>`) without scripts, navigation, headers, footers, asides,
//! forms and figures.

use std::sync::LazyLock;

use regex::Regex;

use super::{Body, RawStory, html};

static META: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(meta|link|time)\b((?:[^>'\x22]|'[^']*'|\x22[^\x22]*\x22)*)>")
        .expect("meta pattern is valid")
});
static ATTR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?s)([A-Za-z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"#)
        .expect("attribute pattern is valid")
});

/// Whether `bytes` start like an HTML document.
pub fn sniff(head: &str) -> bool {
    let lower = head
        .trim_start()
        .get(..256)
        .unwrap_or(head)
        .to_ascii_lowercase();
    lower.starts_with("<!doctype html") || lower.contains("<html")
}

/// Parse a web page into a story.
pub fn parse(text: &str) -> RawStory {
    let mut story = RawStory::default();
    let mut meta_title = None;
    let mut time = None;
    for tag in META.captures_iter(text) {
        let kind = tag[1].to_ascii_lowercase();
        let attrs = attributes(&tag[2]);
        let get = |name: &str| {
            attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
        };
        match kind.as_str() {
            "meta" => {
                let key = get("property")
                    .or_else(|| get("name"))
                    .or_else(|| get("itemprop"))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                let Some(content) = get("content").filter(|c| !c.trim().is_empty()) else {
                    continue;
                };
                let slot = match key.as_str() {
                    "og:title" | "twitter:title" => &mut meta_title,
                    "article:published_time"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "dc.date"
                    | "dcterms.date"
                    | "publish-date" => &mut story.date,
                    "og:site_name" | "application-name" => &mut story.source,
                    "author" | "article:author" | "byl" | "dc.creator" => &mut story.byline,
                    "og:url" => &mut story.url,
                    _ => continue,
                };
                if slot.is_none() {
                    *slot = Some(content);
                }
            }
            "link" => {
                let canonical = get("rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical"));
                if canonical && story.url.is_none() {
                    story.url = get("href");
                }
            }
            _ => {
                if time.is_none() {
                    time = get("datetime");
                }
            }
        }
    }
    story.title = meta_title
        .map(|t| html_escape::decode_html_entities(&t).into_owned())
        .or_else(|| element(text, "title").map(|t| html::to_text(t).trim().to_string()))
        .or_else(|| element(text, "h1").map(|t| html::to_text(t).trim().to_string()));
    if story.date.is_none() {
        story.date = time;
    }
    for field in [
        &mut story.date,
        &mut story.source,
        &mut story.byline,
        &mut story.url,
    ]
    .into_iter()
    .flatten()
    {
        *field = html_escape::decode_html_entities(field).into_owned();
    }
    let body = element(text, "article")
        .or_else(|| element(text, "main"))
        .or_else(|| element(text, "body"))
        .unwrap_or(text);
    let mut body = html::page_text(body);
    // The headline often opens the article again.
    if let Some(title) = &story.title {
        let trimmed = body.trim_start();
        if let Some(rest) = trimmed.strip_prefix(title.as_str())
            && rest.starts_with("\n\n")
        {
            body = rest.to_string();
        }
    }
    story.body = Body::Text(body);
    story.line = Some(1);
    story
}

/// The inner HTML of the first `<name>` element.
fn element<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    let lower = text.to_ascii_lowercase();
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(i) = lower[from..].find(&open) {
        let start = from + i;
        let after = lower.as_bytes().get(start + open.len()).copied();
        if matches!(after, Some(b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/')) {
            let content = start + lower[start..].find('>')? + 1;
            let end = lower[content..]
                .find(&format!("</{name}"))
                .map_or(text.len(), |e| content + e);
            return Some(&text[content..end]);
        }
        from = start + open.len();
    }
    None
}

fn attributes(s: &str) -> Vec<(String, String)> {
    ATTR.captures_iter(s)
        .map(|c| {
            let value = c
                .get(2)
                .or(c.get(3))
                .or(c.get(4))
                .map_or("", |m| m.as_str());
            (c[1].to_string(), value.to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sanitize;

    const PAGE: &str = r#"<!DOCTYPE html>
<html><head>
<title>Iran talks extended | Example News</title>
<meta property="og:title" content="Iran talks extended to Nov. 24">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2014-07-19T08:00:00+02:00">
<meta name="author" content="Jane Doe &amp; John Roe">
<link rel="canonical" href="https://news.example.com/world/iran-talks-extended">
<script>var x = "<p>not text</p>";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<header><h1>Iran talks extended to Nov. 24</h1><time datetime="2014-07-19">July 19</time></header>
<p>VIENNA — Iran and six world powers agreed late Friday to extend their talks.</p>
<figure><img src="x.jpg"><figcaption>Photo credit</figcaption></figure>
<p>The interim deal stays in force &mdash; for now.</p>
<aside>Read more: other stories</aside>
</article>
<footer>© Example News</footer>
</body></html>"#;

    #[test]
    fn a_news_page_becomes_a_story() {
        let s = parse(PAGE);
        assert_eq!(s.title.as_deref(), Some("Iran talks extended to Nov. 24"));
        assert_eq!(s.date.as_deref(), Some("2014-07-19T08:00:00+02:00"));
        assert_eq!(s.source.as_deref(), Some("Example News"));
        assert_eq!(s.byline.as_deref(), Some("Jane Doe & John Roe"));
        assert_eq!(
            s.url.as_deref(),
            Some("https://news.example.com/world/iran-talks-extended")
        );
        let Body::Text(body) = &s.body else {
            panic!("text body")
        };
        assert_eq!(
            sanitize::paragraphs(body),
            vec![
                "VIENNA — Iran and six world powers agreed late Friday to extend their talks.",
                "The interim deal stays in force — for now.",
            ]
        );
    }

    #[test]
    fn a_bare_page_falls_back_to_title_time_and_body() {
        let s = parse(
            "<html><head><title>Plain &amp; simple</title></head><body><h1>Plain &amp; simple</h1><p>Posted <time datetime='2014-11-06'>Thursday</time></p><p>Text.</p></body></html>",
        );
        assert_eq!(s.title.as_deref(), Some("Plain & simple"));
        assert_eq!(s.date.as_deref(), Some("2014-11-06"));
        let Body::Text(body) = &s.body else {
            panic!("text body")
        };
        assert_eq!(sanitize::paragraphs(body), vec!["Posted Thursday", "Text."]);
    }

    #[test]
    fn a_saved_page_loads_as_a_finished_story() {
        let corpus = crate::ingest::load_bytes(std::path::Path::new("saved.html"), PAGE.as_bytes());
        assert!(corpus.diagnostics.is_empty(), "{:?}", corpus.diagnostics);
        let s = &corpus.stories[0];
        assert_eq!(s.id.0, "iran-talks-extended");
        assert_eq!(
            s.published.map(|p| p.to_iso()).as_deref(),
            Some("2014-07-19T08:00:00+02:00")
        );
        assert_eq!(
            s.dateline.as_ref().map(|d| d.place.as_str()),
            Some("VIENNA")
        );
    }

    #[test]
    fn html_is_sniffed() {
        assert!(sniff("<!DOCTYPE html><html>"));
        assert!(sniff("  <html lang=en>"));
        assert!(!sniff("<rss>"));
    }
}
