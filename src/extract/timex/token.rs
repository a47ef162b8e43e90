//! A small hand-written tokenizer: runs of letters, runs of digits and single
//! punctuation characters, with byte offsets. Words are compared in ASCII
//! lower case through a lowered copy of the text, so no token allocates.

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters (any script), e.g. `August`, `Obama`.
    Word,
    /// A run of ASCII digits.
    Num,
    /// One character that is neither letter, digit nor whitespace.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Whitespace (or the start of the text) comes right before this token.
    pub space_before: bool,
    /// A line break lies between the previous token and this one.
    pub newline_before: bool,
}

/// The tokens of a text plus its lowered copy.
pub struct Tokens<'a> {
    pub text: &'a str,
    lower: String,
    pub toks: Vec<Tok>,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        let lower = text.to_ascii_lowercase();
        let bytes = text.as_bytes();
        let mut toks = Vec::with_capacity(text.len() / 4);
        let mut i = 0;
        let mut space = true;
        let mut newline = false;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_whitespace() {
                space = true;
                newline |= b == b'\n';
                i += 1;
                continue;
            }
            let start = i;
            let kind = if b.is_ascii_digit() {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                Kind::Num
            } else if b.is_ascii_alphabetic() {
                i = scan_letters(text, i);
                Kind::Word
            } else if b < 0x80 {
                i += 1;
                Kind::Punct
            } else {
                // Non-ASCII: a letter run, a space or one symbol.
                let c = text[i..].chars().next().unwrap_or(' ');
                if c.is_alphabetic() {
                    i = scan_letters(text, i);
                    Kind::Word
                } else if c.is_whitespace() {
                    space = true;
                    i += c.len_utf8();
                    continue;
                } else {
                    i += c.len_utf8();
                    Kind::Punct
                }
            };
            toks.push(Tok {
                start,
                end: i,
                kind,
                space_before: space,
                newline_before: newline,
            });
            space = false;
            newline = false;
        }
        Tokens { text, lower, toks }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The lower-cased text of token `i` ("" past the end).
    pub fn low(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }

    /// The original text of token `i` ("" past the end).
    pub fn raw(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.toks.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Word)
    }

    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(Kind::Num)
    }

    /// Token `i` is the punctuation character `c`.
    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.text[t.start..t.end].starts_with(c))
    }

    /// Token `i` starts with a capital letter.
    pub fn is_cap(&self, i: usize) -> bool {
        self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Token `i` follows token `i - 1` with no space in between.
    pub fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before) && i > 0
    }

    /// The numeric value of a digit token, if it fits.
    pub fn num(&self, i: usize) -> Option<u32> {
        if !self.is_num(i) {
            return None;
        }
        let s = self.raw(i);
        if s.len() > 9 {
            return None;
        }
        s.parse().ok()
    }

    /// Number of digits of a digit token.
    pub fn digits(&self, i: usize) -> usize {
        if self.is_num(i) { self.raw(i).len() } else { 0 }
    }

    /// Byte range covered by tokens `a..b` (b exclusive, b > a).
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }

    /// Whether token `i` begins a sentence: first token, after a line break,
    /// or after a sentence terminator.
    pub fn sentence_initial(&self, i: usize) -> bool {
        if i == 0 || self.toks[i].newline_before {
            return true;
        }
        let mut j = i;
        while j > 0 {
            j -= 1;
            let p = self.raw(j);
            if matches!(p, "\"" | "'" | "\u{201C}" | "\u{2018}" | "(" | "`") {
                continue;
            }
            return matches!(p, "." | "!" | "?" | ":" | "\u{2014}" | "_");
        }
        true
    }
}

fn scan_letters(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphabetic() {
            i += 1;
        } else if b >= 0x80 {
            match text[i..].chars().next() {
                Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                _ => break,
            }
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_words_numbers_and_punctuation() {
        let t = Tokens::new("Nov. 24, 2014 — the 1990s’ Obama");
        let raws: Vec<&str> = (0..t.len()).map(|i| t.raw(i)).collect();
        assert_eq!(
            raws,
            vec![
                "Nov", ".", "24", ",", "2014", "—", "the", "1990", "s", "’", "Obama"
            ]
        );
        assert_eq!(t.low(0), "nov");
        assert!(t.glued(8));
        assert!(!t.glued(2));
        assert_eq!(t.num(4), Some(2014));
    }

    #[test]
    fn non_ascii_letters_stay_in_words() {
        let t = Tokens::new("Müller café 3");
        assert_eq!(t.raw(0), "Müller");
        assert_eq!(t.raw(1), "café");
        assert!(t.is_num(2));
    }
}
