//! The wire dateline that opens an agency story: "OSLO, Dec. 30 -",
//! "NEW YORK, Feb 26 (Reuters) -", "SPRINGFIELD, Ill., March 3 —". Its date
//! is when and where the story was filed, the publication date written
//! again, not something the story reports.

use std::ops::Range;

use crate::vocab::calendar as cal;

/// The byte range of the wire dateline at the start of `text`, up to and
/// including its dash, or `None` when the text does not open with one.
///
/// A dateline is a place in capitals (a few words), optionally a region
/// after a comma ("Ill.", "Norway"), a comma, a month name and a day, an
/// optional year, an optional agency in parentheses, and a dash.
pub fn wire_dateline(text: &str) -> Option<Range<usize>> {
    let lead = text.len() - text.trim_start().len();
    let mut s = Scanner { text, at: lead };
    // The place: upper-case words ("NEW YORK", "ST. PAUL", "PORT-AU-PRINCE").
    let mut words = 0;
    loop {
        let w = s.word()?;
        if !is_place_word(w) {
            return None;
        }
        words += 1;
        if words > 5 {
            return None;
        }
        if s.eat(',') {
            break;
        }
        if !s.space() {
            return None;
        }
    }
    s.space();
    // An optional region: "Ill.", "Norway", "N.J." — not a month.
    let save = s.at;
    if let Some(w) = s.word()
        && month_word(w).is_none()
        && w.starts_with(|c: char| c.is_ascii_uppercase())
    {
        if !s.eat(',') {
            return None;
        }
        s.space();
    } else {
        s.at = save;
    }
    // The date: a month name and a day.
    month_word(s.word()?)?;
    s.space();
    let day = s.number()?;
    if !(1..=31).contains(&day) {
        return None;
    }
    // An optional year: ", 2014".
    let save = s.at;
    if s.eat(',') {
        s.space();
        if s.number().is_none_or(|y| !(1000..=2999).contains(&y)) {
            s.at = save;
        }
    }
    s.space();
    // An optional agency: "(Reuters)", "(AP)".
    if s.eat('(') {
        let close = text[s.at..].find(')')?;
        if close == 0 || close > 40 {
            return None;
        }
        s.at += close + 1;
        s.space();
    }
    if !(s.eat('-') || s.eat('\u{2013}') || s.eat('\u{2014}')) {
        return None;
    }
    // A second hyphen: "--".
    s.eat('-');
    Some(lead..s.at)
}

/// A word of a place name in a dateline: letters in upper case, with dots,
/// apostrophes and hyphens ("ST.", "N'DJAMENA", "PORT-AU-PRINCE").
fn is_place_word(w: &str) -> bool {
    w.chars().any(|c| c.is_alphabetic())
        && w.chars()
            .all(|c| c.is_uppercase() || matches!(c, '.' | '\'' | '-' | '\u{2019}'))
}

/// A month name, with or without its abbreviation's dot.
fn month_word(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.').to_lowercase();
    cal::month(&w).map(|(m, _)| m)
}

struct Scanner<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Scanner<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    /// One word: letters, dots, apostrophes and inner hyphens.
    fn word(&mut self) -> Option<&'a str> {
        let rest = self.rest();
        let n = rest
            .char_indices()
            .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '\u{2019}')))
            .map_or(rest.len(), |(k, _)| k);
        // A trailing hyphen belongs to the dash, not the word.
        let n = rest[..n].trim_end_matches('-').len();
        if n == 0 {
            return None;
        }
        self.at += n;
        Some(&rest[..n])
    }

    fn number(&mut self) -> Option<u32> {
        let rest = self.rest();
        let n = rest
            .char_indices()
            .find(|&(_, c)| !c.is_ascii_digit())
            .map_or(rest.len(), |(k, _)| k);
        if n == 0 || n > 4 {
            return None;
        }
        self.at += n;
        rest[..n].parse().ok()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.rest().starts_with(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    /// Skip spaces; whether there were any.
    fn space(&mut self) -> bool {
        let rest = self.rest();
        let n = rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len();
        self.at += n;
        n > 0
    }
}

#[cfg(test)]
mod tests {
    use super::wire_dateline;

    fn dateline(text: &str) -> Option<&str> {
        wire_dateline(text).map(|r| &text[r])
    }

    #[test]
    fn agency_datelines_are_found_up_to_their_dash() {
        assert_eq!(
            dateline("BERGEN, Jan. 12 - The harbour froze overnight."),
            Some("BERGEN, Jan. 12 -")
        );
        assert_eq!(
            dateline("SAN JOSE, Oct 3 (Reuters) - Chip makers rallied."),
            Some("SAN JOSE, Oct 3 (Reuters) -")
        );
        assert_eq!(
            dateline("PEORIA, Ill., March 3 \u{2014} The plant reopened."),
            Some("PEORIA, Ill., March 3 \u{2014}")
        );
        assert_eq!(
            dateline("ST. PAUL, Minn., Sept. 9, 2013 -- Lawmakers met."),
            Some("ST. PAUL, Minn., Sept. 9, 2013 --")
        );
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert_eq!(dateline("On Jan. 12 the harbour froze."), None);
        assert_eq!(dateline("Bergen, Jan. 12 - the harbour froze."), None);
        assert_eq!(dateline("BERGEN (AP) - The harbour froze."), None);
        assert_eq!(dateline("NASA said on March 3 - a Monday - that"), None);
        assert_eq!(dateline("BERGEN, Jan. 12 the harbour froze."), None);
    }
}
