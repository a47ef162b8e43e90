//! Candidate names and their kinds.
//!
//! A candidate is a run of capitalised words, with joiners ("Bank of
//! England", "Osama bin Laden"), inside one sentence. Sentence-initial
//! common words are dropped, titles are stripped and kept as roles, and the
//! kind comes from, in order: the gazetteers, title cues, organisation and
//! place words, given names, context words, and finally a default.
//!
//! Defaults, documented: an unknown name of two or more words is a person;
//! an unknown single word is decided later from the rest of the text (a
//! surname of a person, an acronym of an organisation, the same word with a
//! stronger cue elsewhere) and otherwise is an organisation.

use super::hash::FastSet as HashSet;

use super::gazetteer::{self, MAX_WORDS};
use super::token::{CAP, HYPHEN, INITIAL, Kind, NEWLINE, SHOUT, Token, UPPER, WEB};
use super::words::{
    ADJECTIVE_SET, CALENDAR_SET, COMMON_ACRONYM_SET, COMMON_SET, COMPANY_SUFFIX_SET,
    EVENT_WORD_SET, FACILITY_NOUN_SET, FIRST_NAME_SET, JOINER_SET, NOT_NAME_SET, ORG_FOLLOWER_SET,
    ORG_HEAD_SET, ORG_WORD_SET, PERSON_FOLLOWER_SET, PLACE_FOLLOWER_SET, PLACE_HEAD_SET,
    PLACE_NOUN_SET, PLACE_WORD_SET, ROLE_SET, STATE_ABBREVIATIONS, TITLE_HEAD_SET,
    TITLE_MODIFIER_SET, is_direction_word,
};
use crate::model::EntityKind;

mod rules;

use rules::classify_span;

/// How sure the classifier is of a candidate's kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// A default: to be overruled by evidence elsewhere in the text.
    Weak,
    /// A context cue ("in X", "X militants").
    Cue,
    /// A title, a given name, an organisation word.
    Strong,
    /// A gazetteer entry.
    Known,
}

/// A name found in the text, before alias merging.
#[derive(Debug, Clone)]
pub struct Cand {
    /// Byte span of the name only.
    pub start: usize,
    pub end: usize,
    /// First and one-past-last token of the name.
    pub first: usize,
    pub last: usize,
    pub kind: EntityKind,
    pub strength: Strength,
    /// The gazetteer's canonical name.
    pub canonical: Option<&'static str>,
    pub roles: Vec<String>,
    /// A single word in capitals that is not in the gazetteer.
    pub acronym: bool,
    /// Only kept if the text supports it (a common-word acronym such as
    /// "IT", a single unknown word at a sentence start).
    pub needs_evidence: bool,
    /// Another way the text wrote it: "Islamic State group".
    pub alias: Option<(usize, usize)>,
    /// Found in a headline or all-caps line.
    pub shout: bool,
    /// Same entity as this earlier candidate (set during resolution).
    pub link: Option<usize>,
}

impl Cand {
    fn new(
        toks: &[Token],
        first: usize,
        last: usize,
        kind: EntityKind,
        strength: Strength,
    ) -> Self {
        Cand {
            start: toks[first].start,
            end: toks[last - 1].end,
            first,
            last,
            kind,
            strength,
            canonical: None,
            roles: Vec::new(),
            acronym: false,
            needs_evidence: false,
            alias: None,
            shout: false,
            link: None,
        }
    }

    pub fn words(&self, toks: &[Token]) -> usize {
        toks[self.first..self.last]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .count()
    }
}

/// What the classifier knows about the whole text.
pub struct Doc<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// Words written in lowercase somewhere in the text.
    pub lower_words: HashSet<&'a str>,
    /// Capitalised words seen away from a sentence start.
    pub mid_caps: HashSet<&'a str>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, toks: &'a [Token]) -> Self {
        // Only words that open a sentence in capitals need to be checked
        // for a lowercase use elsewhere: collect those first.
        let mut wanted: HashSet<String> = HashSet::default();
        let mut mid_caps = HashSet::default();
        for t in toks {
            if t.kind != Kind::Word || t.has(SHOUT) || !t.has(CAP) || t.has(UPPER) {
                continue;
            }
            let w = t.text(text);
            if t.has(INITIAL) {
                let mut k = String::with_capacity(w.len());
                gazetteer::push_key(&mut k, w);
                wanted.insert(k);
            } else {
                mid_caps.insert(w);
            }
        }
        let mut lower_words = HashSet::default();
        for t in toks {
            if t.kind != Kind::Word || t.flags & (CAP | SHOUT) != 0 {
                continue;
            }
            let w = t.text(text);
            if w.starts_with(|c: char| c.is_lowercase()) && wanted.contains(w) {
                lower_words.insert(w);
            }
        }
        Doc {
            text,
            toks,
            lower_words,
            mid_caps,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// Lowercase form of token `i` (dots dropped), into `buf`.
    fn lower<'b>(&self, i: usize, buf: &'b mut String) -> &'b str {
        buf.clear();
        gazetteer::push_key(buf, self.word(i));
        buf.as_str()
    }

    fn is_lower_elsewhere(&self, i: usize, buf: &mut String) -> bool {
        let l = self.lower(i, buf);
        self.lower_words.contains(l)
    }

    /// Gazetteer look-up of tokens `a..b` (words only, joined by spaces).
    pub fn lookup(&self, a: usize, b: usize, buf: &mut String) -> Option<gazetteer::Entry> {
        buf.clear();
        // No gazetteer name is longer; this also keeps look-ups over very
        // long capitalised runs cheap.
        if b.saturating_sub(a) > 2 * MAX_WORDS {
            return None;
        }
        let mut all_upper = true;
        let mut letters = 0;
        for i in a..b {
            let t = &self.toks[i];
            match t.kind {
                Kind::Word => {
                    if !buf.is_empty() {
                        buf.push(' ');
                    }
                    gazetteer::push_key(buf, t.text(self.text));
                    all_upper &= t.has(UPPER);
                    letters += t.end - t.start;
                }
                Kind::Punct('&') => buf.push_str(" &"),
                Kind::Possessive => buf.push_str(" 's"),
                Kind::Punct('.') => {}
                _ => return None,
            }
        }
        let e = gazetteer::lookup(buf)?;
        if e.acronym && !all_upper && letters <= 4 {
            return None;
        }
        Some(e)
    }

    /// The longest gazetteer entry starting at `a` and ending by `b`.
    fn longest_at(
        &self,
        a: usize,
        b: usize,
        buf: &mut String,
    ) -> Option<(usize, gazetteer::Entry)> {
        let max = b.min(a + MAX_WORDS);
        (a + 1..=max)
            .rev()
            .find_map(|e| self.lookup(a, e, buf).map(|g| (e, g)))
    }
}

/// The longest run of tokens classified as one name.
const MAX_RUN: usize = 24;

/// Find candidates in every line not written in capitals.
pub fn candidates(doc: &Doc) -> Vec<Cand> {
    let toks = doc.toks;
    let mut out = Vec::new();
    let mut buf = String::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.has(SHOUT) || t.has(WEB) || !t.is_cap_word() {
            i += 1;
            continue;
        }
        if t.has(HYPHEN) && hyphen_tail_lower(doc.word(i)) {
            hyphen_prefix(doc, i, &mut buf, &mut out);
            i += 1;
            continue;
        }
        // Extend the run, at least over a known name written with
        // lowercase joiners ("Bosnia and Herzegovina").
        let mut j = i + 1;
        if let Some(g) = known_across(doc, i, &mut buf) {
            j = g;
        }
        loop {
            if j < toks.len() && run_word(doc, j) {
                j += 1;
                continue;
            }
            // A joiner between two capitalised words.
            if j + 1 < toks.len() && run_word(doc, j + 1) && is_joiner(doc, j, &mut buf) {
                j += 2;
                continue;
            }
            break;
        }
        // "Harlow's Mercantile Inc.": a firm named with a possessive.
        if toks.get(j).is_some_and(|t| t.kind == Kind::Possessive)
            && j + 1 < toks.len()
            && run_word(doc, j + 1)
        {
            let mut k = j + 1;
            while k < toks.len() && run_word(doc, k) {
                k += 1;
            }
            if COMPANY_SUFFIX_SET.contains(doc.lower(k - 1, &mut buf))
                && doc.lookup(i, j, &mut buf).is_none()
            {
                j = k;
            }
        }
        // No name is this long: a run past the bound (a title-case line,
        // garbage) is read in bounded pieces, which also bounds the work
        // and the recursion per run.
        let mut k = i;
        while k < j {
            let end = (k + MAX_RUN).min(j);
            classify_run(doc, k, end, &mut buf, &mut out);
            k = end;
        }
        i = j;
    }
    attach_handles(doc, &mut out);
    out
}

/// "Jan Osterberg (@osterbergjan)": the handle in brackets right after a
/// person's name is another way of writing that person.
fn attach_handles(doc: &Doc, out: &mut [Cand]) {
    let toks = doc.toks;
    for c in out.iter_mut() {
        if c.kind != EntityKind::Person || c.alias.is_some() {
            continue;
        }
        let l = c.last;
        if !(toks.get(l).is_some_and(|t| t.is_punct('('))
            && toks
                .get(l + 1)
                .is_some_and(|t| t.is_punct('@') && t.has(WEB)))
        {
            continue;
        }
        let mut e = l + 2;
        while toks.get(e).is_some_and(|t| t.has(WEB)) {
            e += 1;
        }
        if e > l + 2 && toks.get(e).is_some_and(|t| t.is_punct(')')) {
            c.alias = Some((toks[l + 1].start, toks[e - 1].end));
        }
    }
}

/// The end of the longest gazetteer name starting at `i` that spans more
/// than capitalised words.
fn known_across(doc: &Doc, i: usize, buf: &mut String) -> Option<usize> {
    let toks = doc.toks;
    let mut end = i + 1;
    let mut lower_inside = false;
    while end < toks.len() && end - i < MAX_WORDS {
        let t = &toks[end];
        if t.has(INITIAL) || t.has(SHOUT) {
            break;
        }
        match t.kind {
            Kind::Word => {
                if !t.is_cap_word() {
                    lower_inside = true;
                }
            }
            Kind::Punct('&') => {}
            Kind::Possessive => lower_inside = true,
            _ => break,
        }
        end += 1;
    }
    if !lower_inside {
        return None;
    }
    (i + 3..=end)
        .rev()
        .filter(|&e| toks[e - 1].is_cap_word())
        .find(|&e| doc.lookup(i, e, buf).is_some())
}

fn run_word(doc: &Doc, j: usize) -> bool {
    let t = &doc.toks[j];
    let compound = t.has(HYPHEN) && hyphen_tail_lower(doc.word(j));
    t.is_cap_word() && !t.has(INITIAL) && !t.has(SHOUT) && !t.has(WEB) && !compound
}

fn is_joiner(doc: &Doc, j: usize, buf: &mut String) -> bool {
    let t = &doc.toks[j];
    match t.kind {
        Kind::Punct('&') => true,
        Kind::Word if !t.has(CAP) => {
            let lw = doc.lower(j, buf);
            if matches!(lw, "for" | "on") {
                // "Movement for Democratic Change", "Committee on Trade",
                // but not "Spending on IT".
                j > 0 && {
                    let head = doc.lower(j - 1, buf);
                    ORG_HEAD_SET.contains(head) || ORG_WORD_SET.contains(head)
                }
            } else {
                JOINER_SET.contains(lw)
            }
        }
        _ => false,
    }
}

/// "US-led", "Iranian-backed", "London-based": the last part is lowercase.
fn hyphen_tail_lower(word: &str) -> bool {
    word.rsplit('-')
        .next()
        .is_some_and(|tail| tail.starts_with(|c: char| c.is_lowercase()))
        && !word.starts_with(|c: char| c.is_lowercase())
}

/// A known place or organisation before "-led", "-based": a mention of it.
fn hyphen_prefix(doc: &Doc, i: usize, buf: &mut String, out: &mut Vec<Cand>) {
    let t = doc.toks[i];
    let word = t.text(doc.text);
    let Some(p) = word.find('-') else {
        return;
    };
    let prefix = &word[..p];
    buf.clear();
    gazetteer::push_key(buf, prefix);
    let Some(e) = gazetteer::lookup(buf) else {
        return;
    };
    let upper = prefix.chars().all(|c| !c.is_lowercase());
    if e.acronym && !upper {
        return;
    }
    let mut c = Cand::new(doc.toks, i, i + 1, e.kind, Strength::Known);
    c.end = t.start + p;
    c.canonical = Some(e.canonical);
    out.push(c);
}

/// Whether token `i` is at a position where capitals say nothing: a
/// sentence start, or after a dotted word ("Inc. The …").
fn initial(doc: &Doc, i: usize, buf: &mut String) -> bool {
    let t = &doc.toks[i];
    if t.has(INITIAL) {
        return true;
    }
    i > 0 && doc.word(i - 1).ends_with('.') && COMMON_SET.contains(doc.lower(i, buf))
}

fn classify_run(doc: &Doc, mut a: usize, b: usize, buf: &mut String, out: &mut Vec<Cand>) {
    // Ships ("USS Arleigh Burke", "HMS Victory") are not ours to tag.
    if b > a + 1
        && matches!(
            doc.word(a),
            "USS" | "HMS" | "RMS" | "MV" | "SS" | "HMAS" | "INS"
        )
    {
        return;
    }
    // Drop leading words that are not names.
    while a < b {
        if let Some((e, _)) = doc.longest_at(a, b, buf)
            && e > a + 1
        {
            break; // "The Wall Street Journal", "New York"
        }
        let lw = doc.lower(a, buf).to_string();
        let init = initial(doc, a, buf);
        let t = &doc.toks[a];
        let calendar = CALENDAR_SET.contains(lw.as_str());
        let common = COMMON_SET.contains(lw.as_str());
        let known = doc.lookup(a, a + 1, buf).is_some();
        let first_name = FIRST_NAME_SET.contains(lw.as_str());
        let word = doc.word(a);
        let verbish = word.len() > 5
            && (lw.ends_with("ing") || lw.ends_with("ly") || lw.ends_with("ed"))
            && !doc.mid_caps.contains(word);
        // "Jan Osterberg", "June Halloway": a given name that is also a
        // month, before another name word.
        let given_name_month = calendar
            && first_name
            && b > a + 1
            && !word.ends_with('.')
            && doc.toks[a + 1].is_cap_word()
            && !CALENDAR_SET.contains(doc.lower(a + 1, buf));
        // "Follow Share Tweet": a run of common words only.
        let all_common = common
            && !known
            && !first_name
            && !t.has(UPPER)
            && (a + 1..b)
                .all(|i| doc.toks[i].kind != Kind::Word || COMMON_SET.contains(doc.lower(i, buf)));
        let droppable = (calendar && !given_name_month)
            || all_common
            || lw == "the"
            || (init
                && (common || verbish || doc.is_lower_elsewhere(a, buf))
                && !known
                && !first_name)
            || (common && !known && !first_name && b == a + 1 && !t.has(UPPER))
            || (t.has(UPPER) && common && b > a + 1 && !t.has(CAP));
        // "Dissident Zhou Lianbo": a role word opening the sentence.
        if init
            && !known
            && b > a + 1
            && ROLE_SET.contains(lw.as_str())
            && !TITLE_HEAD_SET.contains(lw.as_str())
        {
            a += 1;
            continue;
        }
        if droppable || t.kind != Kind::Word {
            a += 1;
            // Never start on a joiner.
            while a < b && !doc.toks[a].is_cap_word() {
                a += 1;
            }
        } else {
            break;
        }
    }
    // "Labor Day", "Nobel Prize": events, kind `other`.
    if b > a + 1 && EVENT_WORD_SET.contains(doc.lower(b - 1, buf)) {
        out.push(Cand::new(
            doc.toks,
            a,
            b,
            EntityKind::Other,
            Strength::Strong,
        ));
        return;
    }
    // Drop trailing calendar words ("Obama Wednesday").
    let mut b = b;
    while b > a && CALENDAR_SET.contains(doc.lower(b - 1, buf)) {
        b -= 1;
        while b > a && !doc.toks[b - 1].is_cap_word() {
            b -= 1;
        }
    }
    if a >= b {
        return;
    }
    classify_span(doc, a, b, buf, out);
}

/// An adjective of a nation, region or people, or its plural noun
/// ("Iraqi", "Iraqis", "Chechens", "Kurds"), or a direction word.
fn is_demonym(doc: &Doc, i: usize, buf: &mut String) -> bool {
    let lw = doc.lower(i, buf);
    if ADJECTIVE_SET.contains(lw) || is_direction_word(lw) || matches!(lw, "new" | "old") {
        return true;
    }
    if NOT_NAME_SET.contains(lw) && ADJECTIVE_SET.contains(lw) {
        return true;
    }
    if let Some(stem) = lw.strip_suffix('s') {
        if ADJECTIVE_SET.contains(stem) || (NOT_NAME_SET.contains(lw) && stem.len() > 2) {
            return true;
        }
        if stem.ends_with("ian") || stem.ends_with("ean") || stem.ends_with("ite") {
            return true;
        }
    }
    false
}

/// A single word: an organisation unless it is no name, an acronym, a
/// person after a role, a place after a place cue.
fn single_word(doc: &Doc, a: usize, b: usize, buf: &mut String) -> Option<Cand> {
    let toks = doc.toks;
    let t = toks[a];
    let lw = doc.lower(a, buf).to_string();
    let word = doc.word(a);
    // "DEPT.", "Ave.": an abbreviation is no name on its own.
    let abbreviation = word.ends_with('.')
        && word.chars().filter(|c| c.is_alphabetic()).count() > 2
        && !word[..word.len() - 1].contains('.');
    if NOT_NAME_SET.contains(lw.as_str())
        || abbreviation
        || ADJECTIVE_SET.contains(lw.as_str())
        || CALENDAR_SET.contains(lw.as_str())
        || TITLE_HEAD_SET.contains(lw.as_str())
        || is_initial(word)
        || word.chars().count() < 2
    {
        return None;
    }
    if is_demonym(doc, a, buf) {
        return None;
    }
    // "January-June", "mid-October", "Arab-Israeli".
    if word.contains('-')
        && word.split('-').all(|p| {
            let l = p.to_lowercase();
            CALENDAR_SET.contains(l.as_str())
                || ADJECTIVE_SET.contains(l.as_str())
                || matches!(
                    l.as_str(),
                    "mid" | "end" | "early" | "late" | "pre" | "post" | "anti" | "pro"
                )
        })
    {
        return None;
    }
    // Demonyms and adjectives not in the lists: "Moravian", "Bosnian".
    if !t.has(UPPER)
        && (lw.ends_with("ian")
            || lw.ends_with("ese")
            || lw.ends_with("ish")
            || lw.ends_with("ean"))
        && !FIRST_NAME_SET.contains(lw.as_str())
        && !doc.toks.get(b).is_some_and(|n| n.kind == Kind::Possessive)
    {
        return None;
    }
    let mut c = Cand::new(toks, a, b, EntityKind::Organisation, Strength::Weak);
    if is_dateline_place(doc, a, b) {
        c.kind = EntityKind::Place;
        c.strength = Strength::Strong;
        return Some(c);
    }
    if t.has(UPPER) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
        c.acronym = true;
        c.strength = Strength::Cue;
        if COMMON_ACRONYM_SET.contains(lw.as_str()) {
            c.needs_evidence = true;
        }
    } else if t.has(UPPER) {
        return None;
    }
    let possessive = toks.get(b).is_some_and(|t| t.kind == Kind::Possessive);
    if initial(doc, a, buf) && !c.acronym && !doc.mid_caps.contains(word) && !possessive {
        c.needs_evidence = true;
    }
    if let Some(role) = role_before(doc, a, buf) {
        c.kind = EntityKind::Person;
        c.strength = Strength::Strong;
        c.roles.push(role);
        c.needs_evidence = false;
    } else if !c.acronym
        && let Some(s) = place_cue(doc, a, b, buf)
    {
        c.kind = EntityKind::Place;
        c.strength = s;
        c.needs_evidence = false;
    } else if !c.acronym
        && let Some((kind, s)) = speech_cue(doc, b, buf)
    {
        c.kind = kind;
        c.strength = s;
    } else if !c.acronym
        && a > 0
        && doc.toks[a - 1].kind == Kind::Word
        && doc.word(a - 1) == "by"
        && !possessive
    {
        // "defeated by Varno", "a novel by Quennell".
        c.kind = EntityKind::Person;
        c.strength = Strength::Cue;
    } else if !c.acronym && FIRST_NAME_SET.contains(lw.as_str()) {
        // "Ask Harriet": a known given name alone.
        c.kind = EntityKind::Person;
        c.strength = Strength::Cue;
    }
    Some(c)
}

/// "VARZENI , Ostland 2003-04-17": a word in capitals opening a line, then
/// a comma and a date, is the dateline's place.
fn is_dateline_place(doc: &Doc, a: usize, b: usize) -> bool {
    let toks = doc.toks;
    let t = &toks[a];
    if !(t.has(UPPER) && (a == 0 || t.has(NEWLINE)) && toks.get(b).is_some_and(|n| n.is_punct(',')))
    {
        return false;
    }
    // A number (the date) ends the line within a few tokens.
    let mut k = b + 1;
    while k < toks.len() && k <= b + 5 && !toks[k].has(NEWLINE) {
        if toks[k].kind == Kind::Number && toks.get(k + 1).is_none_or(|n| n.has(NEWLINE)) {
            return true;
        }
        k += 1;
    }
    false
}

/// Verbs of saying.
fn is_saying(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "added"
            | "stated"
            | "asked"
            | "replied"
            | "insisted"
            | "argued"
            | "explained"
            | "wrote"
            | "recalled"
            | "declared"
    )
}

/// What a verb of saying after a single unknown word tells of it: "X said
/// he" (a person), "X said it", "X said in a statement" (a body). "X said"
/// alone says nothing: firms speak as often as people.
fn speech_cue(doc: &Doc, b: usize, buf: &mut String) -> Option<(EntityKind, Strength)> {
    let toks = doc.toks;
    let word_at = |i: usize, buf: &mut String| -> Option<String> {
        let t = toks.get(i)?;
        (t.kind == Kind::Word && !t.has(CAP)).then(|| doc.lower(i, buf).to_string())
    };
    if !word_at(b, buf).is_some_and(|v| is_saying(&v)) {
        return None;
    }
    let kind = match word_at(b + 1, buf).as_deref() {
        Some("he" | "she" | "his" | "her") => EntityKind::Person,
        Some("it" | "its") => EntityKind::Organisation,
        Some("in")
            if word_at(b + 2, buf).as_deref() == Some("a")
                && word_at(b + 3, buf).as_deref() == Some("statement") =>
        {
            EntityKind::Organisation
        }
        _ => return None,
    };
    Some((kind, Strength::Cue))
}

/// Context that makes an unknown name a place: "in X", "at X", "from X",
/// "the town of X", "X, Scotland", "X airport".
fn place_cue(doc: &Doc, a: usize, b: usize, buf: &mut String) -> Option<Strength> {
    let toks = doc.toks;
    if a >= 2
        && doc.word(a - 1) == "of"
        && toks[a - 2].kind == Kind::Word
        && !toks[a - 2].has(CAP)
        && PLACE_NOUN_SET.contains(doc.lower(a - 2, buf))
    {
        return Some(Strength::Strong);
    }
    if let Some(next) = toks.get(b) {
        // "Dunmarrow, Scotland" (but not "Farmers, U.S. agency …" opening
        // a headline).
        let opening = toks[a].has(INITIAL) && !toks[a].has(UPPER);
        if next.is_punct(',')
            && !opening
            && toks.get(b + 1).is_some_and(|t| t.is_cap_word())
            && doc
                .lookup(b + 1, b + 2, buf)
                .is_some_and(|e| e.kind == EntityKind::Place)
            && !toks.get(b + 2).is_some_and(|t| t.is_cap_word())
        {
            return Some(Strength::Strong);
        }
        if next.kind == Kind::Word
            && !next.has(CAP)
            && PLACE_FOLLOWER_SET.contains(doc.lower(b, buf))
        {
            return Some(Strength::Cue);
        }
    }
    if a > 0 && toks[a - 1].kind == Kind::Word && !toks[a - 1].has(CAP) {
        let prev = doc.lower(a - 1, buf);
        if matches!(
            prev,
            "in" | "near" | "outside" | "across" | "throughout" | "around"
        ) {
            // "shares in Valdoria", "a stake in Translema": a firm, not a place.
            let holding = a >= 2
                && matches!(
                    doc.lower(a - 2, buf),
                    "shares"
                        | "stake"
                        | "stakes"
                        | "holding"
                        | "holdings"
                        | "interest"
                        | "investment"
                        | "investments"
                        | "share"
                        | "invest"
                        | "invested"
                );
            return (!holding).then_some(Strength::Cue);
        }
        // "died at Harrowgate", "a farmer from Dunvey"; not "at NASA" or
        // "from Brask's offices".
        if matches!(prev, "at" | "from")
            && !doc.toks[a].has(UPPER)
            && toks.get(b).is_none_or(|n| n.kind != Kind::Possessive)
        {
            return Some(Strength::Cue);
        }
        if prev == "at"
            && a >= 2
            && toks[a - 2].kind == Kind::Word
            && (!toks[a - 2].has(CAP) || toks[a - 2].has(INITIAL))
            && FACILITY_NOUN_SET.contains(doc.lower(a - 2, buf))
        {
            return Some(Strength::Cue);
        }
    }
    None
}

/// Look at what follows a name: "X group", "X militants", "X, 45,".
fn after_name(doc: &Doc, c: &mut Cand, buf: &mut String) {
    let toks = doc.toks;
    let mut n = c.last;
    if toks.get(n).is_some_and(|t| t.kind == Kind::Possessive) {
        return;
    }
    let Some(next) = toks.get(n) else {
        return;
    };
    if next.kind == Kind::Word && !next.has(CAP) {
        let lw = doc.lower(n, buf).to_string();
        if lw == "group" && c.kind != EntityKind::Place {
            c.alias = Some((c.start, next.end));
        }
        if c.strength < Strength::Known {
            if ORG_FOLLOWER_SET.contains(lw.as_str()) && c.strength <= Strength::Cue {
                c.kind = EntityKind::Organisation;
                c.strength = Strength::Cue;
            } else if PERSON_FOLLOWER_SET.contains(lw.as_str()) && c.strength <= Strength::Cue {
                c.kind = EntityKind::Person;
                c.strength = Strength::Cue;
            }
        }
        return;
    }
    // "Smith, 45, said".
    if next.is_punct(',') && c.strength < Strength::Known {
        n += 1;
        if toks.get(n).is_some_and(|t| {
            t.kind == Kind::Number && t.end - t.start <= 3 && doc.word(n).parse::<u32>().is_ok()
        }) && toks.get(n + 1).is_some_and(|t| t.is_punct(','))
        {
            c.kind = EntityKind::Person;
            c.strength = Strength::Strong;
        }
    }
}

/// A lowercase role word right before the name: "spokesman Josh Earnest".
fn role_before(doc: &Doc, a: usize, buf: &mut String) -> Option<String> {
    let p = a.checked_sub(1)?;
    let t = &doc.toks[p];
    if t.kind != Kind::Word || t.has(CAP) {
        return None;
    }
    let lw = doc.lower(p, buf);
    ROLE_SET.contains(lw).then(|| doc.word(p).to_string())
}

/// A single capital with a dot: "J.", "W.".
fn is_initial(word: &str) -> bool {
    let mut c = word.chars();
    matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
}

/// A title phrase starting at `p` (modifiers then a head, then "of State"):
/// its length in tokens.
fn title_at(doc: &Doc, p: usize, b: usize, buf: &mut String) -> Option<usize> {
    let mut q = p;
    // Modifiers, but the last word may itself be the head.
    while q < b && doc.toks[q].kind == Kind::Word {
        let lw = doc.lower(q, buf);
        if TITLE_HEAD_SET.contains(lw) {
            // Heads can stack ("Supreme Leader Ayatollah"): stop at the first.
            let mut end = q + 1;
            // "Secretary of State", "Minister of Defence".
            if end + 1 < b
                && doc.word(end) == "of"
                && TITLE_MODIFIER_SET.contains(doc.lower(end + 1, buf))
            {
                end += 2;
            }
            return Some(end - p);
        }
        if !TITLE_MODIFIER_SET.contains(lw) {
            return None;
        }
        q += 1;
    }
    None
}

/// The block of titles right before the name in `a..b`: the tokens from the
/// first title of the block to the start of the name.
fn title_block(doc: &Doc, a: usize, b: usize, buf: &mut String) -> Option<(usize, usize)> {
    let mut p = a;
    let mut best: Option<(usize, usize)> = None;
    let mut block_start: Option<usize> = None;
    while p < b {
        match title_at(doc, p, b, buf) {
            Some(len) if p + len < b => {
                let start = block_start.unwrap_or(p);
                block_start = Some(start);
                best = Some((start, p + len));
                p += len;
            }
            Some(_) => break,
            None => {
                block_start = None;
                p += 1;
            }
        }
    }
    let (s, e) = best?;
    // The name must be made of name words, not a joiner or another title.
    if !doc.toks[e].is_cap_word() {
        return None;
    }
    Some((s, e))
}

/// Whatever precedes a title block: a place or organisation ("U.S.
/// Secretary of State …", "Bank of England Governor …"), an adjective
/// ("Iranian President …") that is dropped.
fn classify_prefix(doc: &Doc, a: usize, b: usize, buf: &mut String, out: &mut Vec<Cand>) {
    if let Some(e) = doc.lookup(a, b, buf) {
        let mut c = Cand::new(doc.toks, a, b, e.kind, Strength::Known);
        c.canonical = Some(e.canonical);
        out.push(c);
        return;
    }
    let all_adjectives = (a..b).all(|i| {
        let lw = doc.lower(i, buf);
        ADJECTIVE_SET.contains(lw) || NOT_NAME_SET.contains(lw) || COMMON_SET.contains(lw)
    });
    if all_adjectives {
        return;
    }
    if b - a >= 2 || doc.toks[a].has(UPPER) {
        classify_span(doc, a, b, buf, out);
    }
}

fn span_text(doc: &Doc, a: usize, b: usize) -> String {
    doc.text[doc.toks[a].start..doc.toks[b - 1].end].to_string()
}
