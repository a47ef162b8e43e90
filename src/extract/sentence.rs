//! Sentence splitting for English news that survives "Nov. 24", "U.S." and
//! "Mr. Obama".

use std::ops::Range;

/// Words that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
    "cmdr", "adm", "maj", "pres", "rev", "fr", "st", "mt", "ft", "jr", "sr", "inc", "corp", "co",
    "ltd", "bros", "vs", "no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "approx", "dept", "univ", "est", "etc", "e.g", "i.e", "a.m", "p.m", "ave", "blvd", "rd",
];

/// Byte ranges of the sentences in `text`, trimmed of surrounding
/// whitespace, in order. Newlines end a sentence (paragraphs and
/// one-sentence-per-line input) unless the text is hard-wrapped: a single
/// line break followed by a lower-case word, or after a comma, continues the
/// sentence.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            if !wrapped_line(text, i) {
                push_trimmed(text, start..i, &mut out);
                start = i + 1;
            }
        } else if matches!(b, b'.' | b'!' | b'?') {
            // Swallow runs of terminators and closing quotes/brackets.
            let mut end = i + 1;
            while end < bytes.len()
                && matches!(bytes[end], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']')
            {
                end += 1;
            }
            // Closing curly quotes (U+2019, U+201D) are three bytes.
            while text[end..].starts_with(['\u{2019}', '\u{201D}']) {
                end += 3;
            }
            if ends_sentence(text, i, end) {
                push_trimmed(text, start..end, &mut out);
                start = end;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Whether the line break at `nl` only wraps a sentence onto the next line.
fn wrapped_line(text: &str, nl: usize) -> bool {
    let before = text[..nl].trim_end_matches([' ', '\t', '\r']);
    let after = text[nl + 1..].trim_start_matches([' ', '\t', '\r']);
    if before.is_empty() || after.starts_with('\n') {
        return false;
    }
    let next = after.chars().next();
    before.ends_with(',') || next.is_some_and(char::is_lowercase)
}

/// The index of the sentence containing byte `at`, if any.
pub fn sentence_at(sentences: &[Range<usize>], at: usize) -> Option<usize> {
    let i = sentences
        .partition_point(|r| r.start <= at)
        .checked_sub(1)?;
    (at <= sentences[i].end).then_some(i)
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

/// Whether the terminator at `dot` (with its run ending at `end`) ends a
/// sentence: it must be followed by whitespace and then something that can
/// start a sentence, and a period must not close an abbreviation or initial.
fn ends_sentence(text: &str, dot: usize, end: usize) -> bool {
    let rest = &text[end..];
    let after = rest.trim_start_matches([' ', '\t']);
    if after.len() == rest.len() && !rest.is_empty() {
        return false; // "3.5", "U.S.-led", "e.g.,"
    }
    let Some(next) = after.chars().next() else {
        return true;
    };
    if next == '\n' {
        return true;
    }
    let starts = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(next, '"' | '\'' | '(' | '[' | '\u{201C}' | '\u{2018}');
    if !starts {
        return false;
    }
    if text.as_bytes()[dot] != b'.' {
        return true;
    }
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '\u{201C}'))
        .map_or(0, |p| {
            p + text[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..dot];
    if word.is_empty() {
        return true;
    }
    // Initials and dotted abbreviations: "J.", "U.S", "a.m".
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 1 && word.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return false;
    }
    let lower = word.to_lowercase();
    !ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn splits_on_terminators_followed_by_capitals() {
        assert_eq!(
            sentences("It rained. Then it stopped! Did it? Yes."),
            vec!["It rained.", "Then it stopped!", "Did it?", "Yes."]
        );
    }

    #[test]
    fn survives_abbreviations_months_and_initials() {
        assert_eq!(
            sentences("A Nov. 24 deadline nears for the U.S. and Mr. Smith. J. R. Ewing left."),
            vec![
                "A Nov. 24 deadline nears for the U.S. and Mr. Smith.",
                "J. R. Ewing left."
            ]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("\u{201C}We won\u{2019}t.\u{201D} He said. \"Never.\" Then"),
            vec![
                "\u{201C}We won\u{2019}t.\u{201D}",
                "He said.",
                "\"Never.\"",
                "Then"
            ]
        );
    }

    #[test]
    fn newlines_always_split_and_decimals_do_not() {
        assert_eq!(
            sentences("Up 3.5 percent\nNext line.\n\nNew para"),
            vec!["Up 3.5 percent", "Next line.", "New para"]
        );
    }

    #[test]
    fn hard_wrapped_lines_stay_in_their_sentence() {
        assert_eq!(
            sentences("The sides aimed to\nagree by March 1, and to\nsettle it by June.\n\nNext."),
            vec![
                "The sides aimed to\nagree by March 1, and to\nsettle it by June.",
                "Next."
            ]
        );
        assert_eq!(
            sentences("Headline\nBody starts here."),
            vec!["Headline", "Body starts here."]
        );
    }

    #[test]
    fn sentence_at_finds_the_containing_sentence() {
        let text = "One. Two.";
        let s = split(text);
        assert_eq!(sentence_at(&s, 0), Some(0));
        assert_eq!(sentence_at(&s, 6), Some(1));
    }
}
