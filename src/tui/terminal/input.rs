//! Terminal input bytes to key, mouse and paste events.
//!
//! The app reads the terminal itself rather than through crossterm's event
//! reader, whose parser waits for the end of a bracketed paste forever: one
//! stray `ESC[200~` (typed, pasted, or sent by a confused terminal) made it
//! swallow every later byte, Ctrl-C included. Here no state holds input
//! hostage:
//!
//! - an escape sequence is at most [`MAX_SEQUENCE`] bytes, and a byte that
//!   cannot belong to it (a control character such as Ctrl-C) ends it and
//!   is read afresh;
//! - a paste ends at `ESC[201~`, at a Ctrl-C (which is then the key it always
//!   is), or when the input has been quiet for [`IDLE`] ([`Decoder::idle`]),
//!   and keeps at most [`MAX_PASTE`] bytes.
//!
//! The events are crossterm's, decoded as crossterm decodes them, so the
//! keymap does not know the difference.

use std::time::Duration;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

/// The longest escape sequence kept; longer ones are dropped.
pub const MAX_SEQUENCE: usize = 64;
/// The most bytes of one paste kept; the rest is dropped.
pub const MAX_PASTE: usize = 1 << 20;
/// How long the input may stay quiet before an unfinished sequence or paste
/// is given up (a paste) or dropped (a sequence).
pub const IDLE: Duration = Duration::from_millis(300);

const ESC: u8 = 0x1b;
const CTRL_C: u8 = 0x03;
const PASTE_END: &[u8] = b"\x1b[201~";

/// A byte-stream decoder: feed it what the terminal sent, collect events.
#[derive(Debug, Default)]
pub struct Decoder {
    /// An unfinished escape sequence or UTF-8 character.
    pending: Vec<u8>,
    paste: Option<Paste>,
}

#[derive(Debug, Default)]
struct Paste {
    text: Vec<u8>,
    /// How many bytes of [`PASTE_END`] have been seen in a row.
    matched: usize,
}

/// What the bytes gathered so far make.
enum Step {
    /// Not finished yet.
    More,
    /// A complete sequence: this event, or nothing (a sequence the app does
    /// not use).
    Done(Option<Event>),
    /// The last byte does not belong to what came before: emit this for the
    /// bytes before it, then read the last byte again on its own.
    Split(Option<Event>),
    /// `ESC[200~`: a paste starts.
    PasteStart,
}

impl Decoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether the decoder is in the middle of something, so that a quiet
    /// input should end it with [`Decoder::idle`].
    pub fn is_waiting(&self) -> bool {
        self.paste.is_some() || !self.pending.is_empty()
    }

    /// Decode `bytes`; `more` tells whether the terminal has more bytes ready
    /// right now (a lone `ESC` at the end of a read is the Esc key, unless
    /// more is coming).
    pub fn feed(&mut self, bytes: &[u8], more: bool, out: &mut Vec<Event>) {
        for (i, &byte) in bytes.iter().enumerate() {
            let more = more || i + 1 < bytes.len();
            if self.paste.is_some() {
                self.paste_byte(byte, out);
            } else {
                self.byte(byte, more, out);
            }
        }
    }

    /// The input has been quiet for [`IDLE`]: a paste still open ends with
    /// what it has, an unfinished sequence is dropped (a lone `ESC` is the
    /// Esc key).
    pub fn idle(&mut self, out: &mut Vec<Event>) {
        if let Some(paste) = self.paste.take() {
            out.push(paste_event(paste.text));
            // What looked like the start of the end marker was typed after
            // the paste: an Esc, most likely.
            self.feed(&PASTE_END[..paste.matched], false, out);
        }
        if self.pending == [ESC] {
            out.push(key(KeyCode::Esc, KeyModifiers::NONE));
        }
        self.pending.clear();
    }

    fn byte(&mut self, byte: u8, more: bool, out: &mut Vec<Event>) {
        self.pending.push(byte);
        match parse(&self.pending, more) {
            Step::More if self.pending.len() < MAX_SEQUENCE => {}
            Step::More => self.pending.clear(),
            Step::Done(ev) => {
                self.pending.clear();
                out.extend(ev);
            }
            Step::Split(ev) => {
                self.pending.clear();
                out.extend(ev);
                self.byte(byte, more, out);
            }
            Step::PasteStart => {
                self.pending.clear();
                self.paste = Some(Paste::default());
            }
        }
    }

    fn paste_byte(&mut self, byte: u8, out: &mut Vec<Event>) {
        let Some(paste) = self.paste.as_mut() else {
            return;
        };
        if byte == PASTE_END[paste.matched] {
            paste.matched += 1;
            if paste.matched == PASTE_END.len() {
                let paste = self.paste.take().unwrap_or_default();
                out.push(paste_event(paste.text));
            }
            return;
        }
        // Not the end marker after all: what matched was text.
        let matched = std::mem::take(&mut paste.matched);
        push_capped(&mut paste.text, &PASTE_END[..matched]);
        if byte == CTRL_C {
            // Ctrl-C always reaches the app, even inside a paste that
            // never ends.
            let paste = self.paste.take().unwrap_or_default();
            out.push(paste_event(paste.text));
            out.push(key(KeyCode::Char('c'), KeyModifiers::CONTROL));
        } else if byte == ESC {
            paste.matched = 1;
        } else {
            push_capped(&mut paste.text, &[byte]);
        }
    }
}

fn push_capped(text: &mut Vec<u8>, bytes: &[u8]) {
    let room = MAX_PASTE.saturating_sub(text.len());
    text.extend_from_slice(&bytes[..bytes.len().min(room)]);
}

fn paste_event(text: Vec<u8>) -> Event {
    Event::Paste(String::from_utf8_lossy(&text).into_owned())
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// A character key; capitals carry Shift, as crossterm reports them.
fn char_key(c: char, mut modifiers: KeyModifiers) -> Event {
    if c.is_uppercase() {
        modifiers |= KeyModifiers::SHIFT;
    }
    key(KeyCode::Char(c), modifiers)
}

fn parse(buf: &[u8], more: bool) -> Step {
    match buf[0] {
        ESC => parse_escape(buf, more),
        b'\r' => Step::Done(Some(key(KeyCode::Enter, KeyModifiers::NONE))),
        b'\t' => Step::Done(Some(key(KeyCode::Tab, KeyModifiers::NONE))),
        0x7f => Step::Done(Some(key(KeyCode::Backspace, KeyModifiers::NONE))),
        0 => Step::Done(Some(key(KeyCode::Char(' '), KeyModifiers::CONTROL))),
        c @ 0x01..=0x1a => Step::Done(Some(key(
            KeyCode::Char(char::from(c - 1 + b'a')),
            KeyModifiers::CONTROL,
        ))),
        c @ 0x1c..=0x1f => Step::Done(Some(key(
            KeyCode::Char(char::from(c - 0x1c + b'4')),
            KeyModifiers::CONTROL,
        ))),
        _ => match utf8(buf) {
            Utf8::Char(c) => Step::Done(Some(char_key(c, KeyModifiers::NONE))),
            Utf8::More => Step::More,
            // A stray byte: dropped. If it was the one that broke a
            // character, read it again on its own.
            Utf8::Invalid if buf.len() > 1 => Step::Split(None),
            Utf8::Invalid => Step::Done(None),
        },
    }
}

enum Utf8 {
    Char(char),
    More,
    Invalid,
}

fn utf8(buf: &[u8]) -> Utf8 {
    match std::str::from_utf8(buf) {
        Ok(s) => s.chars().next().map_or(Utf8::Invalid, Utf8::Char),
        Err(e) if e.error_len().is_none() && e.valid_up_to() == 0 => Utf8::More,
        Err(_) => Utf8::Invalid,
    }
}

fn parse_escape(buf: &[u8], more: bool) -> Step {
    if buf.len() == 1 {
        return if more {
            Step::More
        } else {
            Step::Done(Some(key(KeyCode::Esc, KeyModifiers::NONE)))
        };
    }
    match buf[1] {
        b'[' => parse_csi(buf),
        b'O' => match buf.get(2) {
            None => Step::More,
            // Alt-O, then a control key on its own.
            Some(&b) if b < 0x20 || b == 0x7f => {
                Step::Split(Some(char_key('O', KeyModifiers::ALT)))
            }
            Some(&b) => Step::Done(ss3(b).map(|code| key(code, KeyModifiers::NONE))),
        },
        // Esc then a control key (Esc, Ctrl-C, Enter…): two keys, so that
        // Ctrl-C after Esc still quits.
        b if b < 0x20 || b == 0x7f => Step::Split(Some(key(KeyCode::Esc, KeyModifiers::NONE))),
        _ => match utf8(&buf[1..]) {
            Utf8::Char(c) => Step::Done(Some(char_key(c, KeyModifiers::ALT))),
            Utf8::More => Step::More,
            Utf8::Invalid if buf.len() > 2 => Step::Split(None),
            Utf8::Invalid => Step::Done(None),
        },
    }
}

/// `ESC O x`: arrows, Home/End and F1–F4 in application mode.
fn ss3(b: u8) -> Option<KeyCode> {
    Some(match b {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        b'P'..=b'S' => KeyCode::F(1 + b - b'P'),
        _ => return None,
    })
}

fn parse_csi(buf: &[u8]) -> Step {
    let Some(&last) = buf.get(2..).and_then(<[u8]>::last) else {
        return Step::More;
    };
    // X10 mouse: `ESC [ M` and three raw bytes, each 32 or more.
    if buf[2] == b'M' {
        if buf.len() > 3 && last < 0x20 {
            return Step::Split(None);
        }
        if buf.len() < 6 {
            return Step::More;
        }
        return Step::Done(x10_mouse(&buf[3..6]));
    }
    // The Linux console's F1–F5: `ESC [ [ A`…`E`.
    if buf[2] == b'[' {
        return match buf.get(3) {
            None => Step::More,
            Some(&b @ b'A'..=b'E') => {
                Step::Done(Some(key(KeyCode::F(1 + b - b'A'), KeyModifiers::NONE)))
            }
            Some(_) => Step::Split(None),
        };
    }
    match last {
        // Parameter and intermediate bytes: the sequence goes on.
        0x20..=0x3f => Step::More,
        // The final byte.
        0x40..=0x7e => {
            let params = &buf[2..buf.len() - 1];
            if params == b"200" && last == b'~' {
                Step::PasteStart
            } else {
                Step::Done(csi(params, last))
            }
        }
        // Anything else cannot be part of a sequence: drop what came before
        // and read it on its own.
        _ => Step::Split(None),
    }
}

/// The event for a complete `ESC [ params final` sequence, if the app uses it.
fn csi(params: &[u8], last: u8) -> Option<Event> {
    if let Some(rest) = params.strip_prefix(b"<") {
        return sgr_mouse(rest, last);
    }
    let text = std::str::from_utf8(params).ok()?;
    let nums: Vec<&str> = text.split(';').collect();
    let modifiers = nums
        .get(1)
        .and_then(|m| m.split(':').next()?.parse::<u8>().ok())
        .map_or(KeyModifiers::NONE, modifiers_from);
    let letter = |code: KeyCode| Some(key(code, modifiers));
    match last {
        b'A' => letter(KeyCode::Up),
        b'B' => letter(KeyCode::Down),
        b'C' => letter(KeyCode::Right),
        b'D' => letter(KeyCode::Left),
        b'H' => letter(KeyCode::Home),
        b'F' => letter(KeyCode::End),
        b'P' => letter(KeyCode::F(1)),
        b'Q' => letter(KeyCode::F(2)),
        b'S' => letter(KeyCode::F(4)),
        b'Z' => Some(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        b'I' if params.is_empty() => Some(Event::FocusGained),
        b'O' if params.is_empty() => Some(Event::FocusLost),
        b'~' => {
            let code = match nums.first()?.parse::<u8>().ok()? {
                1 | 7 => KeyCode::Home,
                2 => KeyCode::Insert,
                3 => KeyCode::Delete,
                4 | 8 => KeyCode::End,
                5 => KeyCode::PageUp,
                6 => KeyCode::PageDown,
                n @ 11..=15 => KeyCode::F(n - 10),
                n @ 17..=21 => KeyCode::F(n - 11),
                n @ 23..=26 => KeyCode::F(n - 12),
                n @ 28..=29 => KeyCode::F(n - 15),
                n @ 31..=34 => KeyCode::F(n - 17),
                // 201 without a 200 first, and whatever else: nothing.
                _ => return None,
            };
            Some(key(code, modifiers))
        }
        // urxvt mouse: `ESC [ Cb ; Cx ; Cy M`.
        b'M' => {
            let cb = nums.first()?.parse::<u8>().ok()?.checked_sub(32)?;
            let (kind, modifiers) = mouse_button(cb)?;
            let column = nums.get(1)?.parse::<u16>().ok()?.checked_sub(1)?;
            let row = nums.get(2)?.parse::<u16>().ok()?.checked_sub(1)?;
            Some(Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers,
            }))
        }
        // Cursor position reports, keyboard protocol answers and the rest.
        _ => None,
    }
}

/// Modifiers from the `1 + bits` parameter of a key sequence.
fn modifiers_from(mask: u8) -> KeyModifiers {
    let bits = mask.saturating_sub(1);
    let mut m = KeyModifiers::NONE;
    for (bit, modifier) in [
        (1, KeyModifiers::SHIFT),
        (2, KeyModifiers::ALT),
        (4, KeyModifiers::CONTROL),
        (8, KeyModifiers::SUPER),
        (16, KeyModifiers::HYPER),
        (32, KeyModifiers::META),
    ] {
        if bits & bit != 0 {
            m |= modifier;
        }
    }
    m
}

/// SGR mouse: `ESC [ < Cb ; Cx ; Cy M` (press) or `m` (release).
fn sgr_mouse(params: &[u8], last: u8) -> Option<Event> {
    if !matches!(last, b'M' | b'm') {
        return None;
    }
    let text = std::str::from_utf8(params).ok()?;
    let mut nums = text.split(';');
    let (kind, modifiers) = mouse_button(nums.next()?.parse().ok()?)?;
    let column = nums.next()?.parse::<u16>().ok()?.checked_sub(1)?;
    let row = nums.next()?.parse::<u16>().ok()?.checked_sub(1)?;
    let kind = match kind {
        MouseEventKind::Down(button) if last == b'm' => MouseEventKind::Up(button),
        other => other,
    };
    Some(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers,
    }))
}

/// X10 mouse: button, column and row, each as a byte offset by 32.
fn x10_mouse(bytes: &[u8]) -> Option<Event> {
    let (kind, modifiers) = mouse_button(bytes[0].checked_sub(32)?)?;
    let column = u16::from(bytes[1].checked_sub(33)?);
    let row = u16::from(bytes[2].checked_sub(33)?);
    Some(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers,
    }))
}

/// The button byte: button number, Shift, Alt, Ctrl, and whether it drags.
fn mouse_button(cb: u8) -> Option<(MouseEventKind, KeyModifiers)> {
    let button = (cb & 0b0000_0011) | ((cb & 0b1100_0000) >> 4);
    let dragging = cb & 0b0010_0000 != 0;
    let kind = match (button, dragging) {
        (0, false) => MouseEventKind::Down(MouseButton::Left),
        (1, false) => MouseEventKind::Down(MouseButton::Middle),
        (2, false) => MouseEventKind::Down(MouseButton::Right),
        (0, true) => MouseEventKind::Drag(MouseButton::Left),
        (1, true) => MouseEventKind::Drag(MouseButton::Middle),
        (2, true) => MouseEventKind::Drag(MouseButton::Right),
        (3, false) => MouseEventKind::Up(MouseButton::Left),
        (3..=5, true) => MouseEventKind::Moved,
        (4, false) => MouseEventKind::ScrollUp,
        (5, false) => MouseEventKind::ScrollDown,
        (6, false) => MouseEventKind::ScrollLeft,
        (7, false) => MouseEventKind::ScrollRight,
        _ => return None,
    };
    let mut modifiers = KeyModifiers::NONE;
    if cb & 0b0000_0100 != 0 {
        modifiers |= KeyModifiers::SHIFT;
    }
    if cb & 0b0000_1000 != 0 {
        modifiers |= KeyModifiers::ALT;
    }
    if cb & 0b0001_0000 != 0 {
        modifiers |= KeyModifiers::CONTROL;
    }
    Some((kind, modifiers))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> Vec<Event> {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        d.feed(bytes, false, &mut out);
        out
    }

    fn k(code: KeyCode) -> Event {
        key(code, KeyModifiers::NONE)
    }

    fn ctrl_c() -> Event {
        key(KeyCode::Char('c'), KeyModifiers::CONTROL)
    }

    #[test]
    fn plain_keys_decode_as_crossterm_reports_them() {
        assert_eq!(
            decode("jG é\r\t\x7f\x1b".as_bytes()),
            vec![
                k(KeyCode::Char('j')),
                key(KeyCode::Char('G'), KeyModifiers::SHIFT),
                k(KeyCode::Char(' ')),
                k(KeyCode::Char('é')),
                k(KeyCode::Enter),
                k(KeyCode::Tab),
                k(KeyCode::Backspace),
                k(KeyCode::Esc),
            ]
        );
        assert_eq!(
            decode(b"\x03\x1a\x10"),
            vec![
                ctrl_c(),
                key(KeyCode::Char('z'), KeyModifiers::CONTROL),
                key(KeyCode::Char('p'), KeyModifiers::CONTROL),
            ]
        );
    }

    #[test]
    fn special_keys_and_modifiers() {
        assert_eq!(
            decode(b"\x1b[A\x1bOB\x1b[1;5C\x1b[5~\x1b[6~\x1b[3~\x1b[H\x1b[4~\x1b[Z\x1b[15~"),
            vec![
                k(KeyCode::Up),
                k(KeyCode::Down),
                key(KeyCode::Right, KeyModifiers::CONTROL),
                k(KeyCode::PageUp),
                k(KeyCode::PageDown),
                k(KeyCode::Delete),
                k(KeyCode::Home),
                k(KeyCode::End),
                key(KeyCode::BackTab, KeyModifiers::SHIFT),
                k(KeyCode::F(5)),
            ]
        );
        assert_eq!(
            decode(b"\x1bx"),
            vec![key(KeyCode::Char('x'), KeyModifiers::ALT)]
        );
    }

    #[test]
    fn mouse_reports_in_sgr_x10_and_urxvt_forms() {
        let at = |kind, column, row| {
            Event::Mouse(MouseEvent {
                kind,
                column,
                row,
                modifiers: KeyModifiers::NONE,
            })
        };
        assert_eq!(
            decode(b"\x1b[<0;10;5M\x1b[<0;10;5m\x1b[<65;3;4M\x1b[M !#\x1b[32;2;3M"),
            vec![
                at(MouseEventKind::Down(MouseButton::Left), 9, 4),
                at(MouseEventKind::Up(MouseButton::Left), 9, 4),
                at(MouseEventKind::ScrollDown, 2, 3),
                at(MouseEventKind::Down(MouseButton::Left), 0, 2),
                at(MouseEventKind::Down(MouseButton::Left), 1, 2),
            ]
        );
    }

    #[test]
    fn a_bracketed_paste_is_one_event_with_its_text_verbatim() {
        assert_eq!(
            decode(b"a\x1b[200~one\ntwo \x1b[A [201 \x1b[201~b"),
            vec![
                k(KeyCode::Char('a')),
                Event::Paste("one\ntwo \x1b[A [201 ".into()),
                k(KeyCode::Char('b')),
            ]
        );
    }

    #[test]
    fn a_paste_split_across_reads_is_still_one_event() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for chunk in [&b"\x1b[20"[..], b"0~ab", b"c\x1b[2", b"01~"] {
            d.feed(chunk, false, &mut out);
        }
        assert_eq!(out, vec![Event::Paste("abc".into())]);
        assert!(!d.is_waiting());
    }

    #[test]
    fn ctrl_c_ends_an_unterminated_paste_and_still_quits() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        d.feed(b"\x1b[200~swallowed?", false, &mut out);
        assert!(out.is_empty());
        assert!(d.is_waiting());
        d.feed(b"\x03q", false, &mut out);
        assert_eq!(
            out,
            vec![
                Event::Paste("swallowed?".into()),
                ctrl_c(),
                k(KeyCode::Char('q'))
            ]
        );
        assert!(!d.is_waiting());
    }

    #[test]
    fn a_quiet_input_ends_an_unterminated_paste() {
        let mut d = Decoder::new();
        let mut out = Vec::new();
        d.feed(b"\x1b[200~half", false, &mut out);
        d.idle(&mut out);
        assert!(!d.is_waiting());
        d.feed(b"\x1b", false, &mut out);
        d.feed(b"j", false, &mut out);
        // An Esc while the paste is still open is the Esc key once it goes
        // quiet.
        d.feed(b"\x1b[200~half\x1b", false, &mut out);
        d.idle(&mut out);
        assert_eq!(
            out,
            vec![
                Event::Paste("half".into()),
                k(KeyCode::Esc),
                k(KeyCode::Char('j')),
                Event::Paste("half".into()),
                k(KeyCode::Esc),
            ]
        );
    }

    #[test]
    fn a_paste_keeps_at_most_the_cap() {
        let mut bytes = b"\x1b[200~".to_vec();
        bytes.extend(std::iter::repeat_n(b'x', MAX_PASTE + 1000));
        bytes.extend_from_slice(b"\x1b[201~");
        let out = decode(&bytes);
        assert_eq!(out.len(), 1);
        let Event::Paste(text) = &out[0] else {
            panic!("{out:?}");
        };
        assert_eq!(text.len(), MAX_PASTE);
    }

    #[test]
    fn ctrl_c_inside_an_unfinished_sequence_is_still_ctrl_c() {
        assert_eq!(decode(b"\x1b[1;\x03"), vec![ctrl_c()]);
        assert_eq!(decode(b"\x1b\x03"), vec![k(KeyCode::Esc), ctrl_c()]);
        assert_eq!(decode(b"\x1b[<0;1\x03"), vec![ctrl_c()]);
        assert_eq!(decode(b"\xe2\x82\x03"), vec![ctrl_c()]);
        assert_eq!(decode(b"\x1b\xe2\x03"), vec![ctrl_c()]);
        assert_eq!(
            decode(b"\x1bO\x03"),
            vec![
                key(KeyCode::Char('O'), KeyModifiers::ALT | KeyModifiers::SHIFT),
                ctrl_c()
            ]
        );
        assert_eq!(decode(b"\x1b[M \x03"), vec![ctrl_c()]);
    }

    #[test]
    fn an_endless_sequence_is_dropped_at_the_cap() {
        let mut bytes = b"\x1b[".to_vec();
        bytes.extend(std::iter::repeat_n(b'1', 10_000));
        bytes.push(b'j');
        // The digits after the cap are keys again; what matters is that the
        // decoder is not stuck and `j` is read.
        let out = decode(&bytes);
        assert_eq!(out.last(), Some(&k(KeyCode::Char('j'))));
    }

    #[test]
    fn a_stray_paste_end_and_unknown_sequences_are_ignored() {
        assert_eq!(
            decode(b"\x1b[201~\x1b[12;40R\x1b[?1u\x1bOXk"),
            vec![k(KeyCode::Char('k'))]
        );
    }
}
