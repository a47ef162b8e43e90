//! A tokenizer for name finding that copes with normal prose ("Obama’s",
//! curly quotes, "U.S.-led") and with pre-tokenised wire text ("Translema 's",
//! "U.S .", one sentence per line, all-caps headlines).
//!
//! Tokens are byte ranges into the text, always on character boundaries;
//! no token allocates.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and digits) with internal hyphens, dots of initials and
    /// acronyms, apostrophes ("O'Brien") and ampersands ("AT&T").
    Word,
    /// Starts with a digit: "2003-04-17", "4,378", "H1" is a word.
    Number,
    /// The possessive "'s" / "’s", attached or written apart.
    Possessive,
    /// Any other single character.
    Punct(char),
}

/// The first letter is uppercase.
pub const CAP: u16 = 1;
/// Every letter is uppercase (and there is at least one).
pub const UPPER: u16 = 1 << 1;
/// A position where capitalisation is no evidence of a name: the start of a
/// line or sentence, after an opening quote, a bracket, a colon or a dash.
pub const INITIAL: u16 = 1 << 2;
/// Whitespace containing a line break precedes the token.
pub const NEWLINE: u16 = 1 << 3;
/// Contains a hyphen.
pub const HYPHEN: u16 = 1 << 4;
/// Part of a line written in capitals (a headline or a dateline line).
pub const SHOUT: u16 = 1 << 5;
/// The first letter is lowercase but a capitalised part follows a hyphen or
/// apostrophe: "al-Assad", "d'Estaing".
pub const PARTICLE_CAP: u16 = 1 << 6;
/// Whitespace precedes the token.
pub const SPACE: u16 = 1 << 7;
/// A blank line precedes the token (a new paragraph).
pub const PARA: u16 = 1 << 8;
/// Part of web furniture: a link ("pic.twitter.com/…", "https://t.co/…"),
/// a handle ("@someone"), a hashtag ("#topic") or the "RT" that opens a
/// repost. Never part of a name.
pub const WEB: u16 = 1 << 9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub flags: u16,
}

impl Token {
    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// A word that can be part of a name: capitalised, or a lowercase
    /// particle glued to a capitalised part ("al-Assad").
    pub fn is_cap_word(&self) -> bool {
        self.kind == Kind::Word && self.flags & (CAP | PARTICLE_CAP) != 0
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Words whose trailing period belongs to them.
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "gen", "sen", "rep",
    "gov", "lt", "col", "sgt", "capt", "prof", "rev", "mt", "ft", "adm", "maj", "cmdr", "gens",
    "messrs", "pres", "supt", "insp", "cpl", "pvt", "bros", "vs", "no", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "plc", "ave", "dept", "univ", "fr",
    // US states in datelines.
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ill", "kan", "kans", "ky", "md", "mass",
    "mich", "minn", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wis",
    "wyo",
];

/// Whether `word` (without the dot) takes a trailing period as part of it.
fn takes_dot(word: &str) -> bool {
    // Initials and dotted acronyms: "J", "U.S", "U.N".
    let mut letters = 0;
    let mut all_single = true;
    for part in word.split('.') {
        let n = part.chars().count();
        letters += n;
        if n != 1 {
            all_single = false;
        }
    }
    if all_single && letters > 0 && word.chars().next().is_some_and(char::is_uppercase) {
        return true;
    }
    if word.len() > 5 {
        return false;
    }
    let mut buf = [0u8; 8];
    let lower = ascii_lower(word, &mut buf);
    lower.is_some_and(|l| DOTTED.contains(&l))
}

fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 8]) -> Option<&'a str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (i, b) in word.bytes().enumerate() {
        buf[i] = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).ok()
}

/// Split `text` into tokens, with flags set.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 4);
    let mut newline = true;
    let mut breaks = 2;
    let mut space = true;
    let mut i = 0;
    while i < bytes.len() {
        let c = match bytes[i] {
            b if b < 0x80 => char::from(b),
            _ => match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            },
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2028}' || c == '\u{2029}' {
                newline = true;
                breaks += 1;
            }
            space = true;
            i += len;
            continue;
        }
        let mut flags = 0;
        if newline {
            flags |= NEWLINE;
        }
        if breaks >= 2 {
            flags |= PARA;
        }
        breaks = 0;
        if space {
            flags |= SPACE;
        }
        newline = false;
        space = false;
        if c.is_alphanumeric() {
            let end = scan_word(text, i);
            let kind = if c.is_numeric() {
                Kind::Number
            } else {
                Kind::Word
            };
            out.push(Token {
                start: i,
                end,
                kind,
                flags: flags | word_flags(&text[i..end]),
            });
            i = end;
            continue;
        }
        if is_apostrophe(c) {
            // "'s" / "’s" after a word (attached, or written apart in
            // pre-tokenised text).
            let after = &text[i + len..];
            let mut rest = after.chars();
            if matches!(rest.next(), Some('s' | 'S'))
                && !rest.next().is_some_and(char::is_alphanumeric)
                && out.last().is_some_and(|t| t.kind == Kind::Word)
            {
                let end = i + len + 1;
                out.push(Token {
                    start: i,
                    end,
                    kind: Kind::Possessive,
                    flags,
                });
                i = end;
                continue;
            }
        }
        out.push(Token {
            start: i,
            end: i + len,
            kind: Kind::Punct(c),
            flags,
        });
        i += len;
    }
    mark_shouting(&mut out);
    mark_initial(text, &mut out);
    mark_web(text, &mut out);
    out
}

/// Whether a chunk of text written without spaces is a link: a scheme
/// ("https://"), "www.", or a lowercase host with a dot before the first
/// slash ("pic.twitter.com/Ab3x", "t.co/Xy").
fn is_link(chunk: &str) -> bool {
    if chunk.contains("://") || chunk.starts_with("www.") {
        return true;
    }
    let Some(slash) = chunk.find('/') else {
        return false;
    };
    let host = &chunk[..slash];
    let Some(dot) = host.rfind('.') else {
        return false;
    };
    let tld = &host[dot + 1..];
    (2..=6).contains(&tld.len())
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
}

/// Flag web furniture: the tokens of links, handles and hashtags, and an
/// "RT" before a handle.
fn mark_web(text: &str, toks: &mut [Token]) {
    if !text.contains(['/', '@', '#']) {
        return;
    }
    let mut i = 0;
    while i < toks.len() {
        // A chunk: tokens written without spaces between them.
        let mut j = i + 1;
        while j < toks.len() && !toks[j].has(SPACE) {
            j += 1;
        }
        let chunk = &text[toks[i].start..toks[j - 1].end];
        if is_link(chunk) {
            for t in &mut toks[i..j] {
                t.flags |= WEB;
            }
        } else {
            let mut k = i;
            while k < j {
                if matches!(toks[k].kind, Kind::Punct('@' | '#'))
                    && toks.get(k + 1).is_some_and(|t| {
                        !t.has(SPACE) && matches!(t.kind, Kind::Word | Kind::Number)
                    })
                {
                    let at = toks[k].is_punct('@');
                    let mut e = k + 1;
                    while e < j
                        && matches!(toks[e].kind, Kind::Word | Kind::Number | Kind::Punct('_'))
                    {
                        e += 1;
                    }
                    for t in &mut toks[k..e] {
                        t.flags |= WEB;
                    }
                    // "RT @someone: …" reposts.
                    if at
                        && k == i
                        && i > 0
                        && toks[i - 1].kind == Kind::Word
                        && toks[i - 1].text(text) == "RT"
                    {
                        toks[i - 1].flags |= WEB;
                    }
                    k = e;
                } else {
                    k += 1;
                }
            }
        }
        i = j;
    }
}

/// The end of the run of letters and digits starting at `at`.
fn alnum_run(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let b = bytes[at];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                return at;
            }
            at += 1;
        } else {
            match text[at..].chars().next() {
                Some(c) if c.is_alphanumeric() => at += c.len_utf8(),
                _ => return at,
            }
        }
    }
    at
}

/// The end of the word starting at `start`.
fn scan_word(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    let numeric = text[start..].chars().next().is_some_and(char::is_numeric);
    let mut seg_start = start;
    loop {
        end = alnum_run(text, end);
        if end >= text.len() {
            return text.len();
        }
        let Some(c) = text[end..].chars().next() else {
            return end;
        };
        let next = text[end + c.len_utf8()..].chars().next();
        let next_alnum = next.is_some_and(char::is_alphanumeric);
        match c {
            '-' | '\u{2010}' | '\u{2011}' if next_alnum => {}
            '.' | ',' | ':' | '/' if numeric && next.is_some_and(|n| n.is_ascii_digit()) => {}
            '.' if next.is_some_and(char::is_alphabetic)
                && text[seg_start..end].chars().count() == 1 =>
            {
                // "U.S", "J.P": single letters joined by dots.
            }
            '.' if !numeric && takes_dot(&text[start..end]) => {
                return end + 1;
            }
            c if is_apostrophe(c) && next_alnum => {
                // "O'Brien", "Shi'ite", but not the possessive "'s".
                let after = &text[end + c.len_utf8()..];
                let mut rest = after.chars();
                let s = rest.next();
                if matches!(s, Some('s' | 'S')) && !rest.next().is_some_and(char::is_alphanumeric) {
                    return end;
                }
            }
            '&' if next.is_some_and(char::is_uppercase)
                && text[start..end].chars().all(|c| !c.is_lowercase()) =>
            {
                // "AT&T", "S&P".
            }
            _ => return end,
        }
        end += c.len_utf8();
        seg_start = end;
        if end >= bytes.len() {
            return end;
        }
    }
}

fn word_flags(word: &str) -> u16 {
    if word.is_ascii() {
        return ascii_word_flags(word.as_bytes());
    }
    let mut flags = 0;
    let mut chars = word.chars();
    let first = chars.next();
    if first.is_some_and(char::is_uppercase) {
        flags |= CAP;
    }
    let mut any_letter = false;
    let mut all_upper = true;
    for c in word.chars() {
        if c.is_alphabetic() {
            any_letter = true;
            if c.is_lowercase() {
                all_upper = false;
            }
        } else if c == '-' {
            flags |= HYPHEN;
        }
    }
    if any_letter && all_upper {
        flags |= UPPER;
    }
    if flags & CAP == 0 && first.is_some_and(char::is_lowercase) {
        // "al-Assad", "bin-Laden", "d'Estaing", "el-Sisi".
        if let Some(p) = word.find(['-', '\'', '\u{2019}']) {
            let head = &word[..p];
            let tail = word[p..].trim_start_matches(['-', '\'', '\u{2019}']);
            let particle = matches!(
                head,
                "al" | "el"
                    | "ad"
                    | "as"
                    | "ash"
                    | "at"
                    | "az"
                    | "ar"
                    | "an"
                    | "bin"
                    | "ibn"
                    | "abu"
                    | "d"
                    | "l"
                    | "de"
                    | "da"
                    | "di"
                    | "du"
                    | "van"
                    | "von"
                    | "o"
            );
            if particle && tail.chars().next().is_some_and(char::is_uppercase) {
                flags |= PARTICLE_CAP;
            }
        }
    }
    flags
}

fn ascii_word_flags(word: &[u8]) -> u16 {
    let mut flags = 0;
    let first = word.first().copied().unwrap_or(b' ');
    if first.is_ascii_uppercase() {
        flags |= CAP;
    }
    let mut any_letter = false;
    let mut all_upper = true;
    let mut hyphen = None;
    for (i, &b) in word.iter().enumerate() {
        if b.is_ascii_alphabetic() {
            any_letter = true;
            all_upper &= b.is_ascii_uppercase();
        } else if b == b'-' {
            flags |= HYPHEN;
            hyphen.get_or_insert(i);
        } else if b == b'\'' {
            hyphen.get_or_insert(i);
        }
    }
    if any_letter && all_upper {
        flags |= UPPER;
    }
    if first.is_ascii_lowercase()
        && let Some(p) = hyphen
    {
        // "al-Assad", "bin-Laden", "d'Estaing", "el-Sisi".
        let head = &word[..p];
        let tail = word[p..].iter().find(|b| !matches!(b, b'-' | b'\''));
        let particle = matches!(
            head,
            b"al"
                | b"el"
                | b"ad"
                | b"as"
                | b"ash"
                | b"at"
                | b"az"
                | b"ar"
                | b"an"
                | b"bin"
                | b"ibn"
                | b"abu"
                | b"d"
                | b"l"
                | b"de"
                | b"da"
                | b"di"
                | b"du"
                | b"van"
                | b"von"
                | b"o"
        );
        if particle && tail.is_some_and(u8::is_ascii_uppercase) {
            flags |= PARTICLE_CAP;
        }
    }
    flags
}

/// Punctuation after which a capital letter says nothing.
fn opens(c: char) -> bool {
    matches!(
        c,
        '.' | '!'
            | '?'
            | ':'
            | ';'
            | '"'
            | '\u{201C}'
            | '\u{2018}'
            | '('
            | '['
            | '{'
            | '\u{2014}'
            | '\u{2013}'
            | '-'
            | '\u{2026}'
            | '*'
            | '#'
            | '|'
            | '>'
            | '\u{2022}'
    )
}

/// A line break starts a sentence unless it only wraps one: after a word
/// (not a sentence-ending one) or a comma, in a line not in capitals.
fn line_starts_sentence(text: &str, prev: &Token, t: &Token) -> bool {
    if t.has(PARA) || t.has(SHOUT) || prev.has(SHOUT) {
        return true;
    }
    match prev.kind {
        Kind::Word => text[prev.start..prev.end].ends_with('.'),
        Kind::Punct(c) => !matches!(c, ',' | '-' | '\u{2014}' | '\u{2013}' | '&' | '('),
        Kind::Possessive => false,
        Kind::Number => true,
    }
}

/// Whether single line breaks wrap sentences (prose filled to a width)
/// rather than separate them (one sentence per line): most breaks follow a
/// word or a comma rather than a sentence end.
fn wrapped(text: &str, toks: &[Token]) -> bool {
    let mut soft = 0;
    let mut hard = 0;
    for w in toks.windows(2) {
        if w[1].has(NEWLINE) && !w[1].has(PARA) {
            if matches!(w[0].kind, Kind::Word | Kind::Punct(',')) && !w[0].text(text).ends_with('.')
            {
                soft += 1;
            } else {
                hard += 1;
            }
        }
    }
    soft > hard
}

fn mark_initial(text: &str, toks: &mut [Token]) {
    let wrapped = wrapped(text, toks);
    let mut prev: Option<Token> = None;
    for t in toks.iter_mut() {
        let initial = match prev {
            None => true,
            Some(p) if t.has(NEWLINE) && (!wrapped || line_starts_sentence(text, &p, t)) => true,
            Some(p) => match p.kind {
                Kind::Punct(c) => opens(c) || (c == '\'' && p.has(SPACE) && !t.has(SPACE)),
                // "Inc. The company …": after a dotted word only a
                // capitalised common word starts a sentence; the classifier
                // decides that with its word lists.
                _ => false,
            },
        };
        if initial {
            t.flags |= INITIAL;
        }
        prev = Some(*t);
    }
}

/// Flag lines written mostly in capitals (headlines, datelines).
fn mark_shouting(toks: &mut [Token]) {
    let mut line_start = 0;
    for i in 0..=toks.len() {
        if i == toks.len() || (i > line_start && toks[i].has(NEWLINE)) {
            let line = &toks[line_start..i];
            let mut words = 0;
            let mut upper = 0;
            for t in line {
                if t.kind == Kind::Word && t.end - t.start >= 2 {
                    words += 1;
                    if t.has(UPPER) {
                        upper += 1;
                    }
                }
            }
            let shout = upper >= 1 && upper * 10 >= words * 7 && (upper >= 2 || words == 1);
            if shout {
                for t in &mut toks[line_start..i] {
                    t.flags |= SHOUT;
                }
            }
            line_start = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_possessives_attached_and_apart() {
        assert_eq!(words("Obama’s letter"), vec!["Obama", "’s", "letter"]);
        assert_eq!(
            words("Translema 's output"),
            vec!["Translema", "'s", "output"]
        );
        let t = tokenize("Iran's leader");
        assert_eq!(t[1].kind, Kind::Possessive);
    }

    #[test]
    fn keeps_initials_acronyms_and_abbreviations_whole() {
        assert_eq!(
            words("U.S. Secretary Mr. J. Smith of AT&T Inc. left"),
            vec![
                "U.S.",
                "Secretary",
                "Mr.",
                "J.",
                "Smith",
                "of",
                "AT&T",
                "Inc.",
                "left"
            ]
        );
        assert_eq!(words("the U.S . team"), vec!["the", "U.S", ".", "team"]);
        assert_eq!(
            words("O'Brien and al-Assad"),
            vec!["O'Brien", "and", "al-Assad"]
        );
    }

    #[test]
    fn numbers_and_dates_are_one_token() {
        let t = tokenize("LONDON 2003-04-17");
        assert_eq!(t[1].kind, Kind::Number);
        assert_eq!(t[1].text("LONDON 2003-04-17"), "2003-04-17");
    }

    #[test]
    fn flags_sentence_starts_and_headlines() {
        let text = "ROMANIA EXPORTS FALL .\nIn Bucharest, Translema said. The firm";
        let t = tokenize(text);
        assert!(t[0].has(SHOUT) && t[0].has(INITIAL));
        let in_ = t.iter().find(|t| t.text(text) == "In").unwrap();
        assert!(in_.has(INITIAL) && !in_.has(SHOUT));
        let bu = t.iter().find(|t| t.text(text) == "Bucharest").unwrap();
        assert!(!bu.has(INITIAL));
        let the = t.iter().find(|t| t.text(text) == "The").unwrap();
        assert!(the.has(INITIAL));
    }

    fn web(text: &str) -> Vec<&str> {
        tokenize(text)
            .iter()
            .filter(|t| t.has(WEB) && t.kind == Kind::Word)
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn flags_links_handles_hashtags_and_reposts() {
        assert_eq!(
            web("Look pic.twitter.com/QrTzWx9 and https://t.co/Mn4Pq now"),
            vec!["pic", "twitter", "com", "QrTzWx9", "https", "t.co", "Mn4Pq"]
        );
        assert_eq!(
            web("RT @Velmora_News: #Harvest Day at Orlin"),
            vec!["RT", "Velmora", "News", "Harvest"]
        );
        // Names, a firm with a domain and a price are not links.
        assert!(web("Brask.com rose 3/4 point, said Ulla Brask.").is_empty());
        assert!(web("RT News said").is_empty());
    }

    #[test]
    fn never_splits_inside_a_character() {
        let text = "Ünïcödé—名前 “Zoë’s” 𝔘𝔫";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
    }
}
