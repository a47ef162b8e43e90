//! HTML fragments (feed content and summaries) to plain paragraphs: tags
//! removed, entities decoded, block elements and blank lines split
//! paragraphs, `<br>` joins lines, scripts, styles and comments dropped.
//! The result is raw text, still to be sanitised.

/// Elements that start or end a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements whose content is never text.
const SKIPPED: &[&str] = &[
    "script", "style", "template", "noscript", "iframe", "object",
];

/// Page furniture around an article in a whole web page.
const FURNITURE: &[&str] = &[
    "nav", "header", "footer", "aside", "form", "button", "svg", "menu", "dialog", "figure",
    "select", "head", "title",
];

/// The text of an HTML fragment, paragraphs separated by blank lines.
pub fn to_text(html: &str) -> String {
    convert(html, &[])
}

/// The text of the article in a web page: as [`to_text`], also dropping
/// navigation, headers, footers, asides, forms and figures.
pub fn page_text(html: &str) -> String {
    convert(html, FURNITURE)
}

fn convert(html: &str, also_skipped: &[&str]) -> String {
    let mut out = String::with_capacity(html.len());
    let mut text = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |i| &after[i + 3..]);
            continue;
        }
        if let Some(after) = rest.strip_prefix("<![CDATA[") {
            let end = after.find("]]>").unwrap_or(after.len());
            flush(&mut out, &mut text);
            out.push_str(&after[..end]);
            rest = after.get(end + 3..).unwrap_or("");
            continue;
        }
        let Some(gt) = tag_end(rest) else {
            // A `<` that opens no tag is text.
            text.push('<');
            rest = &rest[1..];
            continue;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if name.is_empty() {
            if !tag.starts_with('!') && !tag.starts_with('?') {
                text.push('<');
                text.push_str(tag);
                text.push('>');
            }
            continue;
        }
        let skipped = SKIPPED.contains(&name.as_str()) || also_skipped.contains(&name.as_str());
        if !closing && skipped && !tag.ends_with('/') {
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = match lower.find(&close) {
                Some(i) => rest[i..].find('>').map_or("", |j| &rest[i + j + 1..]),
                None => "",
            };
            continue;
        }
        if name == "br" {
            flush(&mut out, &mut text);
            out.push('\n');
        } else if BLOCKS.contains(&name.as_str()) {
            flush(&mut out, &mut text);
            out.push_str("\n\n");
        } else if !out.ends_with(char::is_whitespace) && text.is_empty() && is_spacing(&name) {
            text.push(' ');
        }
    }
    text.push_str(rest);
    flush(&mut out, &mut text);
    out
}

/// Inline elements that separate words when they end (table cells, images).
fn is_spacing(name: &str) -> bool {
    matches!(name, "img" | "td" | "th")
}

/// Where the tag opened at `s[0] == '<'` ends, if `s` opens a tag at all.
fn tag_end(s: &str) -> Option<usize> {
    let next = s[1..].chars().next()?;
    if !(next.is_ascii_alphabetic() || next == '/' || next == '!' || next == '?') {
        return None;
    }
    quoted_tag_end(s, false)
}

/// The index of the `>` closing the tag that `s` opens, quotes respected.
/// With `strict` (XML), an unquoted `<` before it means the tag is never
/// closed.
pub fn quoted_tag_end(s: &str, strict: bool) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            (None, '<') if strict => return None,
            _ => {}
        }
    }
    None
}

/// Decode the entities of the pending text and append it.
fn flush(out: &mut String, text: &mut String) {
    if !text.is_empty() {
        out.push_str(&html_escape::decode_html_entities(text));
        text.clear();
    }
}

/// Whether a string looks like HTML rather than plain text.
pub fn looks_like_html(s: &str) -> bool {
    let Some(lt) = s.find('<') else {
        return s.contains('&');
    };
    tag_end(&s[lt..]).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sanitize;

    fn paras(html: &str) -> Vec<String> {
        sanitize::paragraphs(&to_text(html))
    }

    #[test]
    fn block_elements_become_paragraphs() {
        assert_eq!(
            paras("<p>One <b>bold</b> move.</p><p>Two&nbsp;&amp; three</p><div>Four</div>"),
            vec!["One bold move.", "Two & three", "Four"]
        );
        assert_eq!(
            paras("<h2>Head</h2>text<ul><li>a</li><li>b</li></ul>"),
            vec!["Head", "text", "a", "b"]
        );
    }

    #[test]
    fn line_breaks_join_and_text_blank_lines_split() {
        assert_eq!(paras("a<br>b<br/>c"), vec!["a b c"]);
        assert_eq!(paras("first\n\nsecond"), vec!["first", "second"]);
    }

    #[test]
    fn entities_decode_after_tags_are_stripped() {
        assert_eq!(
            paras("&lt;b&gt;not bold&lt;/b&gt;"),
            vec!["<b>not bold</b>"]
        );
        assert_eq!(
            paras("&#8220;quote&#8221; &#x2014; it&#8217;s"),
            vec!["\u{201c}quote\u{201d} \u{2014} it\u{2019}s"]
        );
        // Escape sequences in the text are removed by the sanitiser.
        assert_eq!(paras("a\u{1b}[31mb\u{1b}]52;c;QQ==\u{7}c"), vec!["abc"]);
    }

    #[test]
    fn scripts_styles_and_comments_are_dropped() {
        assert_eq!(
            paras(
                "<script>alert('x<p>')</script><style>p{}</style>ok<!-- no --> <noscript>n</noscript>"
            ),
            vec!["ok"]
        );
    }

    #[test]
    fn stray_angle_brackets_are_text() {
        assert_eq!(paras("<p>3 < 5 and 7 > 2</p>"), vec!["3 < 5 and 7 > 2"]);
        assert_eq!(paras("a <a href=\"x>y\">link</a>"), vec!["a link"]);
    }

    #[test]
    fn html_is_recognised() {
        assert!(looks_like_html("<p>x</p>"));
        assert!(looks_like_html("a &amp; b"));
        assert!(!looks_like_html("3 < 5"));
        assert!(!looks_like_html("plain"));
    }
}
