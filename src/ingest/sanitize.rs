//! Cleaning untrusted text once, after parsing, before it enters the model.
//!
//! JSON `\u001b` and XML `&#27;` decode to real control characters, so the
//! cleaning has to run on parsed strings, not on the raw file. What survives
//! is printable text, spaces and `\n`:
//!
//! - terminal escape sequences are removed whole: CSI (`ESC [` and the 8-bit
//!   `U+009B`) with their parameters, OSC (including OSC 52 clipboard writes
//!   and OSC 8 links, terminated by BEL, `ESC \` or `U+009C`), DCS, SOS, PM
//!   and APC strings, and two- or three-byte escapes (`ESC c`, `ESC ( B`);
//!   an unterminated string sequence runs to the end of the text, as it
//!   would in a terminal;
//! - every other C0 and C1 control character is dropped (a lone ESC, NUL,
//!   BEL, DEL, `U+0080`–`U+009F`), except that tabs expand to spaces up to
//!   the next multiple of 4 columns, CRLF and CR become LF, NEL (`U+0085`)
//!   and LINE SEPARATOR become LF and PARAGRAPH SEPARATOR a blank line;
//! - invisible format characters (Unicode category Cf) are dropped: bidi
//!   embeddings, overrides, isolates and marks, zero-width space, word
//!   joiner, soft hyphen, BOM, interlinear annotation marks and the like;
//! - two format characters carry meaning and are kept, but only between two
//!   visible characters: ZERO WIDTH JOINER (emoji sequences such as 👩‍💻,
//!   Indic conjuncts) and ZERO WIDTH NON-JOINER (Persian and Indic
//!   orthography); tag characters are kept only inside an emoji tag
//!   sequence (🏴 followed by tags, as in subdivision flags);
//! - noncharacters (`U+FFFE`, `U+FFFF`, …) are dropped;
//! - what remains is put in Unicode normalisation form C, so one name has
//!   one spelling whether its file wrote `é` as one character or as `e`
//!   and a combining accent.

const ESC: char = '\u{1b}';
const BEL: char = '\u{7}';
const ST_C1: char = '\u{9c}';
const TAB_STOP: usize = 4;

/// Clean a multi-line text (a body): see the module documentation. Newlines
/// survive as `\n`.
pub fn clean(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut chars = input.chars();
    let mut column = 0usize;
    loop {
        // Fast path: a run of printable ASCII is copied as it is.
        let rest = chars.as_str();
        let run = rest
            .bytes()
            .position(|b| !(0x20..0x7f).contains(&b))
            .unwrap_or(rest.len());
        if run > 0 {
            out.push_str(&rest[..run]);
            column += run;
            chars = rest[run..].chars();
        }
        let Some(c) = chars.next() else {
            break;
        };
        match c {
            ESC => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\t' => {
                let n = TAB_STOP - column % TAB_STOP;
                out.extend(std::iter::repeat_n(' ', n));
                column += n;
            }
            '\r' => {
                next_if(&mut chars, |c| c == '\n');
                out.push('\n');
                column = 0;
            }
            '\n' | '\u{85}' | '\u{2028}' => {
                out.push('\n');
                column = 0;
            }
            '\u{2029}' => {
                out.push_str("\n\n");
                column = 0;
            }
            '\u{200c}' | '\u{200d}' => {
                let before = out.chars().next_back().is_some_and(is_visible);
                let after = peek(&chars).is_some_and(is_visible);
                if before && after {
                    out.push(c);
                }
            }
            '\u{e0020}'..='\u{e007f}' => {
                let in_tag_sequence = out
                    .chars()
                    .next_back()
                    .is_some_and(|p| p == '\u{1f3f4}' || ('\u{e0020}'..='\u{e007f}').contains(&p));
                if in_tag_sequence {
                    out.push(c);
                }
            }
            c if is_dropped(c) => {}
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    nfc(out)
}

/// `s` in normalisation form C, not copied when it is already (as ASCII
/// always is).
fn nfc(s: String) -> String {
    use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => s,
        _ => s.nfc().collect(),
    }
}

/// Clean a one-line field (title, source, byline, url, place): as [`clean`],
/// then every run of white space, newlines included, becomes one space and
/// the ends are trimmed.
pub fn clean_line(input: &str) -> String {
    collapse_spaces(&clean(input))
}

/// Every run of white space as one space, trimmed.
pub fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

/// Clean a body given as one string and split it into paragraphs: blank
/// lines separate paragraphs, the lines inside one are joined with a space.
pub fn paragraphs(input: &str) -> Vec<String> {
    split_paragraphs(&clean(input))
}

/// Split already clean text on blank lines (lines holding only white
/// space), joining wrapped lines and collapsing white space, in one pass
/// that copies whole words.
pub fn split_paragraphs(clean: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut newlines = 0;
    let mut word: Option<usize> = None;
    let flush_word = |current: &mut String, out: &mut Vec<String>, w: &str, newlines: usize| {
        if newlines >= 2 && !current.is_empty() {
            out.push(std::mem::take(current));
        } else if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(w);
    };
    let bytes = clean.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // ASCII is decided from the byte; other characters are decoded.
        let (space, width) = match bytes[i] {
            b if b < 0x80 => (b == b' ' || (b'\t'..=b'\r').contains(&b), 1),
            _ => clean[i..]
                .chars()
                .next()
                .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        if space {
            if let Some(start) = word.take() {
                flush_word(&mut current, &mut out, &clean[start..i], newlines);
                newlines = 0;
            }
            if bytes[i] == b'\n' {
                newlines += 1;
            }
        } else if word.is_none() {
            word = Some(i);
        }
        i += width;
    }
    if let Some(start) = word {
        flush_word(&mut current, &mut out, &clean[start..], newlines);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

type Chars<'a> = std::str::Chars<'a>;

fn peek(chars: &Chars) -> Option<char> {
    chars.clone().next()
}

/// Consume the next character if it satisfies `f`.
fn next_if(chars: &mut Chars, f: impl Fn(char) -> bool) -> Option<char> {
    let c = peek(chars).filter(|&c| f(c))?;
    chars.next();
    Some(c)
}

/// After `ESC`: skip the rest of the sequence.
fn skip_escape(chars: &mut Chars) {
    match peek(chars) {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        // nF escapes: intermediates then one final byte (`ESC ( B`).
        Some('\u{20}'..='\u{2f}') => {
            while next_if(chars, |c| ('\u{20}'..='\u{2f}').contains(&c)).is_some() {}
            next_if(chars, |c| ('\u{30}'..='\u{7e}').contains(&c));
        }
        // Two-character escapes: `ESC c`, `ESC 7`, `ESC M`, …
        Some('\u{30}'..='\u{7e}') => {
            chars.next();
        }
        // A lone ESC: drop it alone.
        _ => {}
    }
}

/// After a CSI introducer: parameters, intermediates, then a final byte. A
/// character outside those ranges ends the (malformed) sequence and is kept.
fn skip_csi(chars: &mut Chars) {
    while let Some(c) = peek(chars) {
        match c {
            '\u{20}'..='\u{3f}' => {
                chars.next();
            }
            '\u{40}'..='\u{7e}' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// After an OSC, DCS, SOS, PM or APC introducer: everything up to and
/// including BEL, `ESC \` or the 8-bit string terminator.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            BEL | ST_C1 => return,
            ESC if next_if(chars, |c| c == '\\').is_some() => return,
            _ => {}
        }
    }
}

fn is_visible(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !is_dropped(c) && c != '\u{200c}' && c != '\u{200d}'
}

/// Control and invisible format characters that never survive.
fn is_dropped(c: char) -> bool {
    c.is_control() || is_format(c) || is_noncharacter(c)
}

/// Unicode general category Cf (format), as of Unicode 15.
fn is_format(c: char) -> bool {
    matches!(c,
        '\u{ad}'
        | '\u{600}'..='\u{605}'
        | '\u{61c}'
        | '\u{6dd}'
        | '\u{70f}'
        | '\u{890}'..='\u{891}'
        | '\u{8e2}'
        | '\u{180e}'
        | '\u{200b}'..='\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206f}'
        | '\u{feff}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{110bd}'
        | '\u{110cd}'
        | '\u{13430}'..='\u{1343f}'
        | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0001}'
        | '\u{e0020}'..='\u{e007f}')
}

fn is_noncharacter(c: char) -> bool {
    let v = c as u32;
    (0xfdd0..=0xfdef).contains(&v) || (v & 0xfffe) == 0xfffe
}

/// `s` with every character [`clean`] would drop written visibly as
/// `\u{1b}`, for text that must be shown as it is but cannot be cleaned,
/// such as file names (which may hold escape sequences) in diagnostics.
pub fn escape_invisible(s: &str) -> std::borrow::Cow<'_, str> {
    if !s
        .chars()
        .any(|c| is_dropped(c) || matches!(c, '\u{200c}' | '\u{200d}'))
    {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_dropped(c) || matches!(c, '\u{200c}' | '\u{200d}') {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `s` holds anything [`clean`] would remove or rewrite (other than
/// tab expansion and line endings): used to test that the model is clean.
pub fn is_clean(s: &str) -> bool {
    clean(s) == s && !s.contains('\t') && !s.contains('\r')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csi_sequences_are_removed_whole() {
        assert_eq!(clean("\u{1b}[31mred\u{1b}[0m"), "red");
        assert_eq!(clean("a\u{1b}[1;32;40mb"), "ab");
        assert_eq!(clean("x\u{1b}[?1049hy"), "xy");
        assert_eq!(clean("x\u{1b}[2Jy"), "xy");
    }

    #[test]
    fn eight_bit_csi_with_parameters_is_removed() {
        assert_eq!(clean("a\u{9b}31;1mb"), "ab");
        assert_eq!(clean("a\u{9b}2Jb"), "ab");
    }

    #[test]
    fn osc_with_bel_and_st_terminators_is_removed() {
        // OSC 52: write to the clipboard.
        assert_eq!(clean("a\u{1b}]52;c;ZXZpbA==\u{7}b"), "ab");
        assert_eq!(clean("a\u{1b}]52;c;ZXZpbA==\u{1b}\\b"), "ab");
        // OSC 8 hyperlink around text: the text stays.
        assert_eq!(
            clean("see \u{1b}]8;;https://evil.example\u{1b}\\here\u{1b}]8;;\u{1b}\\ now"),
            "see here now"
        );
        assert_eq!(clean("\u{1b}]8;;http://x\u{7}link\u{1b}]8;;\u{7}"), "link");
        // Window title, 8-bit OSC with 8-bit ST.
        assert_eq!(clean("a\u{9d}0;title\u{9c}b"), "ab");
        assert_eq!(clean("a\u{1b}]0;title\u{7}b"), "ab");
    }

    #[test]
    fn dcs_apc_pm_sos_strings_are_removed() {
        assert_eq!(clean("a\u{1b}P1$r0m\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{1b}_apc payload\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{1b}^pm\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{1b}Xsos\u{1b}\\b"), "ab");
        assert_eq!(clean("a\u{90}dcs\u{9c}b"), "ab");
        assert_eq!(clean("a\u{9f}apc\u{9c}b"), "ab");
    }

    #[test]
    fn unterminated_string_sequence_runs_to_the_end() {
        assert_eq!(clean("ok\u{1b}]52;c;AAAA"), "ok");
    }

    #[test]
    fn short_escapes_and_lone_esc() {
        assert_eq!(clean("a\u{1b}cb"), "ab");
        assert_eq!(clean("a\u{1b}(Bb"), "ab");
        assert_eq!(clean("a\u{1b}7b\u{1b}8"), "ab");
        assert_eq!(clean("end\u{1b}"), "end");
        assert_eq!(clean("a\u{1b}\u{e9}"), "a\u{e9}");
    }

    #[test]
    fn c0_and_c1_controls_are_dropped() {
        assert_eq!(clean("a\u{0}b\u{7}c\u{8}d\u{7f}e"), "abcde");
        assert_eq!(clean("a\u{80}b\u{9a}c\u{9c}d"), "abcd");
        assert_eq!(clean("a\u{85}b"), "a\nb");
    }

    #[test]
    fn bidi_controls_are_dropped() {
        let s = "abc\u{202e}fed\u{202c} \u{2066}x\u{2069}\u{2067}\u{2068}\u{202a}\u{202b}\u{202d}\u{200e}\u{200f}\u{61c}";
        assert_eq!(clean(s), "abcfed x");
    }

    #[test]
    fn zero_width_and_format_characters_are_dropped() {
        assert_eq!(clean("\u{feff}Title"), "Title");
        assert_eq!(clean("in\u{200b}visible\u{2060}\u{ad}"), "invisible");
        assert_eq!(clean("a\u{fff9}b\u{fffb}"), "ab");
        assert_eq!(clean("x\u{fffe}\u{ffff}y"), "xy");
    }

    #[test]
    fn joiners_are_kept_only_between_visible_characters() {
        let woman_technologist = "\u{1f469}\u{200d}\u{1f4bb}";
        assert_eq!(clean(woman_technologist), woman_technologist);
        let persian = "\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}";
        assert_eq!(clean(persian), persian);
        assert_eq!(clean("\u{200d}a\u{200d}"), "a");
        assert_eq!(clean("a \u{200c}b"), "a b");
        assert_eq!(clean("a\u{200d}\u{200d}b"), "a\u{200d}b");
    }

    #[test]
    fn emoji_tag_sequences_survive_but_stray_tags_do_not() {
        let scotland = "\u{1f3f4}\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}";
        assert_eq!(clean(scotland), scotland);
        assert_eq!(clean("a\u{e0041}\u{e0042}b"), "ab");
    }

    #[test]
    fn tabs_expand_and_line_endings_become_lf() {
        assert_eq!(clean("a\tb"), "a   b");
        assert_eq!(clean("abcd\te"), "abcd    e");
        assert_eq!(clean("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(clean("x\u{2029}y"), "x\n\ny");
    }

    #[test]
    fn clean_line_collapses_white_space() {
        assert_eq!(
            clean_line("  Obama\n writes\t\tto  Iran \u{1b}[1m "),
            "Obama writes to Iran"
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines_and_join_wrapped_lines() {
        let p = paragraphs("one\ntwo\r\n\r\n\tthree  \n \nfour\u{1b}[0m");
        assert_eq!(p, vec!["one two", "three", "four"]);
    }

    #[test]
    fn invisible_characters_can_be_shown_escaped() {
        assert_eq!(
            escape_invisible("a\u{1b}[31mb\u{202e}\n.md"),
            "a\\u{1b}[31mb\\u{202e}\\u{a}.md"
        );
        assert!(matches!(
            escape_invisible("plain/path.md"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn unicode_text_is_untouched() {
        let s = "Café 東京 naïve \u{e9} 👍🏽 Zarif’s “open question”";
        assert_eq!(clean(s), s);
        assert!(is_clean(s));
        assert!(!is_clean("a\u{1b}b"));
    }

    #[test]
    fn text_is_put_in_normalisation_form_c() {
        // A letter and its combining accent become the one precomposed
        // character; marks with no precomposed form stay, in canonical order.
        assert_eq!(
            clean("Ine\u{301}s Ma\u{301}rquez"),
            "In\u{e9}s M\u{e1}rquez"
        );
        assert_eq!(clean_line(" Ine\u{301}s "), "In\u{e9}s");
        assert_eq!(clean("q\u{307}\u{323}"), "q\u{323}\u{307}");
        assert!(!is_clean("e\u{301}"));
    }
}
