//! Tense cues around an expression: enough to tell "met on Wednesday" from
//! "will meet on Wednesday" without a part-of-speech tagger.

use super::token::Tokens;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    /// No cue either way.
    Unknown,
}

impl Tense {
    pub fn describe(self) -> &'static str {
        match self {
            Tense::Past => "past-tense",
            Tense::Future => "future-tense",
            Tense::Unknown => "tenseless",
        }
    }
}

/// Words that point to the future.
fn future_cue(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "ll"
            | "shall"
            | "would"
            | "going"
            | "plans"
            | "plan"
            | "planning"
            | "expects"
            | "payable"
            | "effective"
            | "supposed"
            | "expect"
            | "schedule"
            | "due"
            | "upcoming"
            | "tomorrow"
            | "next"
            | "coming"
            | "until"
            | "intends"
            | "aims"
            | "hopes"
            | "won"
            | "wo"
            | "set"
    )
}

/// Irregular past-tense verbs common in news, plus other past cues.
fn past_cue(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "was"
            | "were"
            | "had"
            | "did"
            | "told"
            | "ago"
            | "yesterday"
            | "last"
            | "earlier"
            | "went"
            | "came"
            | "took"
            | "made"
            | "gave"
            | "met"
            | "began"
            | "saw"
            | "sent"
            | "held"
            | "left"
            | "lost"
            | "fell"
            | "rose"
            | "paid"
            | "sold"
            | "bought"
            | "led"
            | "ran"
            | "got"
            | "found"
            | "thought"
            | "brought"
            | "became"
            | "kept"
            | "wrote"
            | "spoke"
            | "struck"
            | "won"
            | "grew"
            | "knew"
            | "chose"
            | "drove"
            | "flew"
            | "froze"
            | "gained"
            | "broke"
            | "fought"
            | "sought"
            | "taught"
            | "caught"
            | "spent"
            | "built"
            | "felt"
            | "stood"
            | "understood"
            | "heard"
            | "meant"
            | "shot"
            | "slid"
            | "hung"
            | "swore"
            | "wore"
            | "withdrew"
            | "drew"
            | "threw"
            | "overthrew"
            | "been"
            | "previously"
            | "former"
            | "recently"
    )
}

/// "-ed" words that are not past-tense verbs in news prose.
fn false_ed(w: &str) -> bool {
    matches!(
        w,
        "need"
            | "indeed"
            | "hundred"
            | "speed"
            | "seed"
            | "feed"
            | "breed"
            | "greed"
            | "bed"
            | "red"
            | "shed"
            | "wed"
            | "fled"
            | "proceed"
            | "succeed"
            | "exceed"
            | "united"
            | "limited"
            | "related"
            | "proposed"
            | "planned"
            | "supposed"
            | "interested"
            | "concerned"
            | "advanced"
            | "detailed"
            | "based"
            | "armed"
            | "alleged"
            | "unprecedented"
            | "so-called"
            | "called"
            | "embattled"
            | "troubled"
            | "required"
            | "unexpected"
            | "estimated"
            | "combined"
            | "adjusted"
            | "listed"
            | "owned"
            | "used"
            | "led"
    )
}

fn cue(t: &Tokens, i: usize) -> Option<Tense> {
    if !t.is_word(i) {
        return None;
    }
    let w = t.low(i);
    // "won't"/"won" is ambiguous: only the contraction is a future cue.
    if w == "won" {
        return Some(
            if t.is_punct(i + 1, '\'') || t.is_punct(i + 1, '\u{2019}') {
                Tense::Future
            } else {
                Tense::Past
            },
        );
    }
    if w == "due" && matches!(t.low(i.wrapping_sub(1)), "been" | "was" | "were") {
        return Some(Tense::Past);
    }
    if w == "set" || w == "due" {
        // "set to", "due to" + verb
        return (t.low(i + 1) == "to").then_some(Tense::Future);
    }
    if matches!(w, "scheduled" | "expected" | "slated") {
        // "is scheduled to", but "had been scheduled to" looks back.
        let p = t.low(i.wrapping_sub(1));
        return Some(if matches!(p, "had" | "been" | "was" | "were") {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    if w == "to" {
        // "is to resume", "are to meet"
        let p = t.low(i.wrapping_sub(1));
        return matches!(p, "is" | "are").then_some(Tense::Future);
    }
    if future_cue(w) {
        return Some(Tense::Future);
    }
    // A participle after "be" or "to be" takes its tense from the auxiliary
    // further left: "will be held", "is expected to be signed".
    let after_be = matches!(t.low(i.wrapping_sub(1)), "be" | "being");
    if past_cue(w) && (!after_be || matches!(w, "said" | "was" | "were" | "had" | "did")) {
        return Some(Tense::Past);
    }
    if matches!(w, "has" | "have") {
        let n = t.low(i + 1);
        if n == "been" || (n.len() > 3 && n.ends_with("ed")) || n.ends_with("en") {
            return Some(Tense::Past);
        }
        return None;
    }
    if w.len() > 4 && w.ends_with("ed") && !false_ed(w) && !w.starts_with("un") && !t.is_cap(i) {
        // "the nominated candidate" is rare next to a date; a verb is likely.
        let prev = t.low(i.wrapping_sub(1));
        if matches!(prev, "the" | "a" | "an" | "be" | "is" | "are" | "being") || after_be {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// The tense governing tokens `a..b` within the sentence `s0..s1` (token
/// indices): the nearest cue before the expression, else the nearest after.
/// "to" opening an infinitive clause ("agreed to extend the talks to Nov.
/// 24"): what it governs lies ahead of the main verb.
fn infinitive(t: &Tokens, i: usize) -> bool {
    if t.low(i) != "to" || !t.is_word(i + 1) || t.is_cap(i + 1) {
        return false;
    }
    let v = t.low(i + 1);
    let not_verb = matches!(
        v,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "all"
            | "about"
            | "more"
            | "less"
            | "power"
            | "office"
            | "court"
            | "prison"
            | "jail"
            | "school"
            | "work"
            | "church"
            | "bed"
            | "date"
            | "war"
            | "market"
            | "death"
            | "life"
            | "him"
            | "them"
            | "us"
            | "me"
            | "it"
            | "what"
            | "which"
            | "whom"
            | "where"
            | "be"
            | "have"
            | "help"
    ) || v.ends_with("ing")
        || v.ends_with("ed")
        || v.ends_with("s") && !v.ends_with("ss")
        || crate::vocab::calendar::month(v).is_some()
        || super::lexicon::cardinal(v).is_some();
    !not_verb
}

pub fn tense_at(t: &Tokens, s0: usize, s1: usize, a: usize, b: usize) -> Tense {
    let mut i = a;
    let mut seen = 0;
    while i > s0 && seen < 25 {
        i -= 1;
        seen += 1;
        if infinitive(t, i) {
            return Tense::Future;
        }
        if let Some(c) = cue(t, i) {
            return c;
        }
    }
    // A fronted date ("In April, an appeals court quashed ...") is
    // governed by the main verb after the subject: look further ahead.
    let fronted = a - s0 <= 2 && t.is_punct(b, ',');
    let reach = if fronted { 12 } else { 4 };
    let mut j = b;
    let mut seen = 0;
    while j < s1 && seen < reach {
        if let Some(c) = cue(t, j) {
            return c;
        }
        j += 1;
        seen += 1;
    }
    Tense::Unknown
}
