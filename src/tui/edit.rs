//! The one-line input that edits an event's date (`c`) or note: plain
//! data, edited with the finder's keys (the same bindings, read as
//! [`FinderAction`]s): ←/→, Home/End, Backspace, Delete, Ctrl-w deletes a
//! word, Ctrl-u clears to the start; Enter saves, Esc cancels. The cursor
//! moves by grapheme, so an accented letter or an emoji is one step.

use unicode_segmentation::UnicodeSegmentation;

use super::finder::FinderAction;

/// What the line edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditPurpose {
    /// The date of the event (an index into the index's events).
    Correct(usize),
    /// The note on the event.
    Note(usize),
}

impl EditPurpose {
    /// The prompt before the text.
    pub fn prompt(self) -> &'static str {
        match self {
            EditPurpose::Correct(_) => "date: ",
            EditPurpose::Note(_) => "note: ",
        }
    }

    /// The longest text taken, in characters.
    pub fn limit(self) -> usize {
        match self {
            EditPurpose::Correct(_) => 80,
            EditPurpose::Note(_) => crate::store::workspace::MAX_NOTE_CHARS,
        }
    }

    /// The event edited.
    pub fn event(self) -> usize {
        match self {
            EditPurpose::Correct(e) | EditPurpose::Note(e) => e,
        }
    }
}

/// What an edit asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EditOutcome {
    /// Keep editing.
    None,
    /// Esc: close, change nothing.
    Cancel,
    /// Enter: the text to save.
    Accept(String),
}

/// The line: what is typed and where the cursor is (a byte offset on a
/// grapheme boundary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditLine {
    pub purpose: EditPurpose,
    pub text: String,
    pub cursor: usize,
}

impl EditLine {
    /// A line prefilled with `text`, the cursor at its end.
    pub fn new(purpose: EditPurpose, text: &str) -> Self {
        let text: String = text
            .chars()
            .filter(|c| !c.is_control())
            .take(purpose.limit())
            .collect();
        Self {
            purpose,
            cursor: text.len(),
            text,
        }
    }

    fn is_full(&self) -> bool {
        self.text.chars().count() >= self.purpose.limit()
    }

    fn boundaries(&self) -> Vec<usize> {
        let mut b: Vec<usize> = self.text.grapheme_indices(true).map(|(i, _)| i).collect();
        b.push(self.text.len());
        b
    }

    fn prev(&self) -> usize {
        self.boundaries()
            .into_iter()
            .rev()
            .find(|&b| b < self.cursor)
            .unwrap_or(0)
    }

    fn next(&self) -> usize {
        self.boundaries()
            .into_iter()
            .find(|&b| b > self.cursor)
            .unwrap_or(self.text.len())
    }

    /// Insert typed or pasted text at the cursor (control characters
    /// dropped, cut at the limit).
    pub fn insert(&mut self, s: &str) {
        for c in s.chars().filter(|c| !c.is_control()) {
            if self.is_full() {
                break;
            }
            self.text.insert(self.cursor, c);
            self.cursor += c.len_utf8();
        }
    }

    /// Apply one of the finder's editing actions; the others do nothing.
    pub fn update(&mut self, action: FinderAction) -> EditOutcome {
        match action {
            FinderAction::Input(c) => self.insert(c.encode_utf8(&mut [0; 4])),
            FinderAction::Backspace => {
                let start = self.prev();
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            FinderAction::Delete => {
                let end = self.next();
                self.text.replace_range(self.cursor..end, "");
            }
            FinderAction::CursorLeft => self.cursor = self.prev(),
            FinderAction::CursorRight => self.cursor = self.next(),
            FinderAction::CursorHome => self.cursor = 0,
            FinderAction::CursorEnd => self.cursor = self.text.len(),
            FinderAction::DeleteWord => {
                let before = &self.text[..self.cursor];
                let trimmed = before.trim_end();
                let start = trimmed
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(i, c)| i + c.len_utf8());
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            FinderAction::ClearLine => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            FinderAction::Accept => return EditOutcome::Accept(self.text.trim().to_string()),
            FinderAction::Close => return EditOutcome::Cancel,
            _ => {}
        }
        EditOutcome::None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(text: &str) -> EditLine {
        EditLine::new(EditPurpose::Correct(0), text)
    }

    #[test]
    fn the_finders_editing_keys_edit_the_line() {
        let mut l = line("2031-06-09");
        assert_eq!(l.cursor, 10);
        l.update(FinderAction::Backspace);
        l.update(FinderAction::Input('8'));
        assert_eq!(l.text, "2031-06-08");
        l.update(FinderAction::CursorHome);
        l.update(FinderAction::Delete);
        l.update(FinderAction::Input('1'));
        assert_eq!(l.text, "1031-06-08");
        l.update(FinderAction::CursorEnd);
        l.update(FinderAction::ClearLine);
        assert_eq!((l.text.as_str(), l.cursor), ("", 0));
        l.insert("the following Monday");
        l.update(FinderAction::DeleteWord);
        assert_eq!(l.text, "the following ");
        assert_eq!(
            l.update(FinderAction::Accept),
            EditOutcome::Accept("the following".into())
        );
        assert_eq!(l.update(FinderAction::Close), EditOutcome::Cancel);
    }

    #[test]
    fn the_cursor_steps_over_whole_graphemes_and_text_is_bounded() {
        let mut l = line("e\u{301}t\u{e9}");
        l.update(FinderAction::CursorHome);
        l.update(FinderAction::CursorRight);
        assert_eq!(l.cursor, "e\u{301}".len());
        l.update(FinderAction::Backspace);
        assert_eq!(l.text, "t\u{e9}");
        let mut l = line("");
        l.insert(&"9".repeat(500));
        assert_eq!(l.text.chars().count(), EditPurpose::Correct(0).limit());
        let l = EditLine::new(EditPurpose::Note(3), "a\u{1b}[31mb");
        assert_eq!(l.text, "a[31mb", "control characters never enter the line");
    }
}
