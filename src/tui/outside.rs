//! What the app does to the world outside its screen, asked for by
//! [`super::action::Effect`]s and carried out by the loop: writing an
//! export file (`:export`), opening a story's url in a browser (`o`) and
//! putting an event on the clipboard through the terminal (`y`, OSC 52).
//! The decisions (which url may be opened, which text is copied, the
//! escape sequence) are pure functions here, tested on their own.

use std::ffi::{OsStr, OsString};
use std::io;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use crate::export::{self, Context, Format, NoAnnotations, file};
use crate::index::Index;
use crate::model::{EventId, EventKind, LabelForm};

/// `:export FORMAT FILE`: the events listed on the timeline, in its order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportRequest {
    pub format: Format,
    pub path: PathBuf,
    pub events: Vec<EventId>,
}

/// Write the export; the message for the status line either way.
pub fn run_export(index: &Index, request: &ExportRequest) -> Result<String, String> {
    let ctx = Context {
        index,
        annotations: &NoAnnotations,
        now: chrono::Utc::now(),
    };
    let read = file::files_read(index.corpus());
    let n = file::write_atomically(&request.path, &read, |out| {
        export::write(request.format, &ctx, &request.events, out)
    })
    .map_err(|e| format!("export failed: {e}"))?;
    Ok(format!(
        "{n} event{} exported to {} ({})",
        if n == 1 { "" } else { "s" },
        request.path.display(),
        request.format.name()
    ))
}

/// The url a browser may be given for a story's `url`: http and https
/// only; otherwise the message saying why nothing is opened.
pub fn checked_url(url: Option<&str>) -> Result<String, String> {
    let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
        return Err("This story has no link to open".into());
    };
    if export::is_web_url(url) {
        return Ok(url.to_string());
    }
    let scheme: String = url
        .split_once(':')
        .map(|(s, _)| s)
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control())
        .take(20)
        .collect();
    Err(if scheme.is_empty() {
        "Not opened: the link is not an http or https url".to_string()
    } else {
        format!("Not opened: only http and https links are opened, not `{scheme}:`")
    })
}

/// The program and arguments `$BROWSER` names for `url`: its first entry
/// (entries are separated by `:`), split on white space; `%s` in an
/// argument is the url, otherwise the url is the last argument. Never a
/// shell: the url is always exactly one argument.
pub fn browser_command(browser: &OsStr, url: &str) -> Option<(OsString, Vec<OsString>)> {
    let browser = browser.to_string_lossy();
    let entry = browser.split(':').map(str::trim).find(|e| !e.is_empty())?;
    let mut words = entry.split_whitespace();
    let program = OsString::from(words.next()?);
    let mut args: Vec<OsString> = Vec::new();
    let mut placed = false;
    for w in words {
        if w.contains("%s") {
            placed = true;
            args.push(w.replace("%s", url).into());
        } else {
            args.push(w.into());
        }
    }
    if !placed {
        args.push(url.into());
    }
    Some((program, args))
}

/// Start `$BROWSER` (`browser`) on `url`, detached from the terminal (no
/// input, output thrown away, so it cannot draw over the app).
pub fn spawn_browser(browser: &OsStr, url: &str) -> io::Result<Child> {
    let (program, args) = browser_command(browser, url)
        .ok_or_else(|| io::Error::other("BROWSER names no program"))?;
    Command::new(&program)
        .args(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", program.to_string_lossy())))
}

/// Open `url` with `browser` (`$BROWSER`) when set, else with the
/// platform's opener. The browser is waited for on a thread of its own.
pub fn open_url(browser: Option<OsString>, url: &str) -> io::Result<()> {
    match browser.filter(|b| !b.is_empty()) {
        Some(b) => {
            let mut child = spawn_browser(&b, url)?;
            std::thread::spawn(move || child.wait());
            Ok(())
        }
        None => open::that_detached(url),
    }
}

/// The longest text put on the clipboard, in bytes: terminals cap what an
/// OSC 52 sequence may carry.
pub const MAX_COPY: usize = 16 * 1024;

/// What `y` copies for `event`: its date and sentence, then the story's
/// title, then its url, every control character made a space.
pub fn copy_text(index: &Index, event: EventId) -> String {
    let ev = index.event(event);
    let story = index.story(ev.story);
    let date = ev
        .timex
        .date_label(LabelForm::Listing)
        .unwrap_or_else(|| ev.timex.value.clone());
    let said = match ev.kind {
        EventKind::Publication => format!("Published: {}", story.title),
        EventKind::Mention => index.event_sentence(event).to_string(),
    };
    let mut lines = vec![format!("{date} — {said}"), story.title.clone()];
    if let Some(url) = &story.url {
        lines.push(url.clone());
    }
    let mut text = lines
        .iter()
        .map(|l| {
            l.chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n");
    if text.len() > MAX_COPY {
        let mut end = MAX_COPY;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}

/// The OSC 52 sequence that asks the terminal to put `text` on the
/// clipboard: `ESC ] 52 ; c ; base64 BEL`.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64(text.as_bytes()))
}

/// Standard base64 with padding.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_urls_are_opened() {
        assert_eq!(
            checked_url(Some("https://news.example/a?b=1")).as_deref(),
            Ok("https://news.example/a?b=1")
        );
        assert!(checked_url(Some("HTTP://news.example/")).is_ok());
        assert_eq!(
            checked_url(None).unwrap_err(),
            "This story has no link to open"
        );
        assert_eq!(
            checked_url(Some("javascript:alert(1)")).unwrap_err(),
            "Not opened: only http and https links are opened, not `javascript:`"
        );
        for bad in [
            "file:///etc/passwd",
            "ftp://x.example/",
            "https://",
            "https:///path",
            "http://a b.example/",
            "http://x.example/\u{1b}[2J",
            "news.example/a",
            "",
        ] {
            assert!(checked_url(Some(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn browser_gets_the_url_as_one_argument() {
        let url = "https://x.example/a b?c=$(touch pwned)&d='e'";
        let (p, args) = browser_command(OsStr::new("firefox"), url).unwrap();
        assert_eq!(p, "firefox");
        assert_eq!(args, vec![OsString::from(url)]);
        let (p, args) = browser_command(OsStr::new(" firefox --new-tab : lynx"), url).unwrap();
        assert_eq!(p, "firefox");
        assert_eq!(args, vec![OsString::from("--new-tab"), url.into()]);
        let (_, args) =
            browser_command(OsStr::new("chromium --app=%s"), "https://a.example/").unwrap();
        assert_eq!(args, vec![OsString::from("--app=https://a.example/")]);
        assert!(browser_command(OsStr::new(" : "), url).is_none());
    }

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64("é".as_bytes()), "w6k=");
        assert_eq!(osc52("hi\n"), "\x1b]52;c;aGkK\x07");
    }
}
