//! The rules that decide what a span of capitalised words is, in order,
//! and the one place that emits their verdict.

use super::*;

/// A span of tokens to classify, with the words the rules read of it.
struct Span<'d, 'a> {
    doc: &'d Doc<'a>,
    a: usize,
    b: usize,
    n_words: usize,
    first_lw: String,
    last_lw: String,
}

/// What a rule made of a span.
enum Verdict {
    /// One name; what follows it may still change its kind
    /// ([`after_name`]).
    Name(Cand),
    /// One name, taken as it is.
    Exact(Cand),
    /// Nothing more to add: the span is not a name of ours (an event, a
    /// title alone, peoples), or the rule classified its pieces itself.
    Done,
}

/// A rule reads the span and decides, or passes (`None`) to the next.
type Rule = fn(&Span, &mut String, &mut Vec<Cand>) -> Option<Verdict>;

/// The rules, in order: the first that decides wins.
const RULES: &[Rule] = &[
    known_span,
    event_name,
    state_after_comma,
    role_then_given_name,
    titled_name,
    title_alone,
    x_of_y,
    peoples_only,
    firm_with_ampersand,
    organisation_word,
    place_word,
    direction_and_place,
    adjective_first,
    known_part_and_more,
    several_words,
    one_word,
];

/// Classify the name in tokens `a..b`, splitting off titles and prefixes.
pub(super) fn classify_span(doc: &Doc, a: usize, b: usize, buf: &mut String, out: &mut Vec<Cand>) {
    let span = Span {
        doc,
        a,
        b,
        n_words: (a..b).filter(|&i| doc.toks[i].kind == Kind::Word).count(),
        first_lw: doc.lower(a, buf).to_string(),
        last_lw: doc.lower(b - 1, buf).to_string(),
    };
    let verdict = RULES.iter().find_map(|rule| rule(&span, buf, out));
    match verdict {
        Some(Verdict::Name(mut c)) => {
            after_name(doc, &mut c, buf);
            out.push(c);
        }
        Some(Verdict::Exact(c)) => out.push(c),
        Some(Verdict::Done) | None => {}
    }
}

impl Span<'_, '_> {
    fn name(&self, kind: EntityKind, strength: Strength) -> Option<Verdict> {
        Some(Verdict::Name(Cand::new(
            self.doc.toks,
            self.a,
            self.b,
            kind,
            strength,
        )))
    }
}

/// The whole span is known.
fn known_span(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let e = s.doc.lookup(s.a, s.b, buf)?;
    let mut c = Cand::new(s.doc.toks, s.a, s.b, e.kind, Strength::Known);
    c.canonical = Some(e.canonical);
    Some(Verdict::Name(c))
}

/// Events and eras, wars, prizes, laws, treaties, games ("the Quiet War",
/// "the Clean Rivers Act", "Orrin War II"): neither people, organisations
/// nor places, but names worth finding, of kind `other`.
fn event_name(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    if s.n_words < 2 {
        return None;
    }
    let event = EVENT_WORD_SET.contains(s.last_lw.as_str())
        || (s.n_words >= 3
            && is_ordinal_mark(&s.last_lw)
            && EVENT_WORD_SET.contains(s.doc.lower(s.b - 2, buf)));
    event.then(|| {
        Verdict::Exact(Cand::new(
            s.doc.toks,
            s.a,
            s.b,
            EntityKind::Other,
            Strength::Strong,
        ))
    })
}

/// A number closing an event's name: "II" in "Orrin War II", "2" in
/// "Gulf War 2".
fn is_ordinal_mark(lw: &str) -> bool {
    matches!(
        lw,
        "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x"
    ) || (!lw.is_empty() && lw.len() <= 4 && lw.bytes().all(|b| b.is_ascii_digit()))
}

/// "Tampa, Fla.": a state after a comma.
fn state_after_comma(s: &Span, _: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let toks = s.doc.toks;
    if s.n_words != 1 || s.a == 0 || !toks[s.a - 1].is_punct(',') {
        return None;
    }
    let &(_, state) = STATE_ABBREVIATIONS
        .iter()
        .find(|(abbr, _)| *abbr == s.last_lw.as_str())?;
    if s.doc.word(s.a).len() > 6 {
        return None;
    }
    let mut c = Cand::new(toks, s.a, s.b, EntityKind::Place, Strength::Known);
    c.canonical = Some(state);
    Some(Verdict::Exact(c))
}

/// A capitalised role or party word opening the span, then a given name:
/// "Economist Talia Brenner", "Republican Osric Vane" at a sentence start.
/// The role is no part of the name (and "Economist" is no newspaper here):
/// the rest is a person.
fn role_then_given_name(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let (doc, a, b) = (s.doc, s.a, s.b);
    if s.n_words < 3 || doc.toks[a + 1].kind != Kind::Word {
        return None;
    }
    let role = ROLE_SET.contains(s.first_lw.as_str())
        || matches!(s.first_lw.as_str(), "democrat" | "republican");
    if !role || !FIRST_NAME_SET.contains(doc.lower(a + 1, buf)) {
        return None;
    }
    if ORG_WORD_SET.contains(s.last_lw.as_str()) || PLACE_WORD_SET.contains(s.last_lw.as_str()) {
        return None;
    }
    let mut c = Cand::new(doc.toks, a + 1, b, EntityKind::Person, Strength::Strong);
    c.roles.push(doc.word(a).to_string());
    Some(Verdict::Name(c))
}

/// Titles: "Supreme Leader Ayatollah Ali Khamenei".
fn titled_name(s: &Span, buf: &mut String, out: &mut Vec<Cand>) -> Option<Verdict> {
    let (doc, a, b) = (s.doc, s.a, s.b);
    if ORG_WORD_SET.contains(s.last_lw.as_str()) || PLACE_WORD_SET.contains(s.last_lw.as_str()) {
        return None;
    }
    let (tstart, tend) = title_block(doc, a, b, buf)?;
    if tstart > a {
        classify_prefix(doc, a, tstart, buf, out);
    }
    let mut roles = Vec::new();
    let mut p = tstart;
    while p < tend {
        let len = title_at(doc, p, tend, buf).unwrap_or(tend - p);
        roles.push(span_text(doc, p, p + len));
        p += len;
    }
    if tend >= b {
        return Some(Verdict::Done);
    }
    // "Senator Rand Paul of Kentucky": the person, then the place.
    let mut b = b;
    if let Some(of) = (tend + 1..b.saturating_sub(1)).find(|&i| doc.word(i) == "of")
        && let Some(e) = doc.lookup(of + 1, b, buf)
        && e.kind == EntityKind::Place
    {
        let mut place = Cand::new(doc.toks, of + 1, b, e.kind, Strength::Known);
        place.canonical = Some(e.canonical);
        out.push(place);
        b = of;
    }
    let name_is_place = doc
        .lookup(tend, b, buf)
        .filter(|e| e.kind != EntityKind::Person);
    let c = match name_is_place {
        Some(e) => {
            let mut c = Cand::new(doc.toks, tend, b, e.kind, Strength::Known);
            c.canonical = Some(e.canonical);
            c
        }
        None => {
            let mut c = Cand::new(doc.toks, tend, b, EntityKind::Person, Strength::Strong);
            c.roles = roles;
            c
        }
    };
    Some(Verdict::Name(c))
}

/// Titles alone: "the Prime Minister said".
fn title_alone(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    title_at(s.doc, s.a, s.b, buf)
        .is_some_and(|len| s.a + len == s.b)
        .then_some(Verdict::Done)
}

/// "X of Y", "X for Y": one organisation or place by its head word, else
/// two names.
fn x_of_y(s: &Span, buf: &mut String, out: &mut Vec<Cand>) -> Option<Verdict> {
    let (doc, a, b) = (s.doc, s.a, s.b);
    let of = (a + 1..b).find(|&i| matches!(doc.word(i), "of" | "for" | "on"))?;
    let head = doc.lower(of - 1, buf).to_string();
    let head = head.as_str();
    if ORG_HEAD_SET.contains(head) || ORG_WORD_SET.contains(head) {
        return s.name(EntityKind::Organisation, Strength::Strong);
    }
    if PLACE_HEAD_SET.contains(head) || PLACE_WORD_SET.contains(head) {
        return s.name(EntityKind::Place, Strength::Strong);
    }
    classify_span(doc, a, of, buf, out);
    if of + 1 < b {
        classify_span(doc, of + 1, b, buf, out);
    }
    Some(Verdict::Done)
}

/// Peoples and adjectives only: "Iraqi Kurds", "South Korean".
fn peoples_only(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    (s.a..s.b)
        .all(|i| s.doc.toks[i].kind != Kind::Word || is_demonym(s.doc, i, buf))
        .then_some(Verdict::Done)
}

/// "Brackett & Moyle", "AT & T": firms.
fn firm_with_ampersand(s: &Span, _: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    if !(s.a..s.b).any(|i| s.doc.toks[i].is_punct('&')) {
        return None;
    }
    s.name(EntityKind::Organisation, Strength::Strong)
}

/// An organisation word last: "Iran Air Company"; "Russian Foreign
/// Ministry" leaves the adjective out.
fn organisation_word(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let (doc, a, b) = (s.doc, s.a, s.b);
    if s.n_words < 2 || !ORG_WORD_SET.contains(s.last_lw.as_str()) {
        return None;
    }
    let a = if ADJECTIVE_SET.contains(s.first_lw.as_str())
        && b - a >= 3
        && TITLE_MODIFIER_SET.contains(doc.lower(a + 1, buf))
    {
        a + 1
    } else {
        a
    };
    Some(Verdict::Name(Cand::new(
        doc.toks,
        a,
        b,
        EntityKind::Organisation,
        Strength::Strong,
    )))
}

/// A place word last or a place head first: "Gaza Strip", "Mount Kenya".
fn place_word(s: &Span, _: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let placed =
        PLACE_WORD_SET.contains(s.last_lw.as_str()) || PLACE_HEAD_SET.contains(s.first_lw.as_str());
    if s.n_words < 2 || !placed {
        return None;
    }
    s.name(EntityKind::Place, Strength::Strong)
}

/// A direction before a known place is a place: "Northern Iraq".
fn direction_and_place(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let w = s.first_lw.as_str();
    let direction = is_direction_word(w)
        || matches!(
            w,
            "northeast" | "northwest" | "southeast" | "southwest" | "upper" | "lower" | "greater"
        );
    if s.n_words < 2 || !direction {
        return None;
    }
    let rest = s.doc.lookup(s.a + 1, s.b, buf)?;
    if rest.kind != EntityKind::Place {
        return None;
    }
    s.name(EntityKind::Place, Strength::Strong)
}

/// Adjective first: "Islamic State", "British Airways"; but "Arab East
/// Jerusalem", "Chechen Republic" are places.
fn adjective_first(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let (doc, a, b) = (s.doc, s.a, s.b);
    let first = s.first_lw.as_str();
    if s.n_words < 2 || !(ADJECTIVE_SET.contains(first) || NOT_NAME_SET.contains(first)) {
        return None;
    }
    // "Rand Paul": a word that is no name alone ("rand", a currency) before
    // a given name is a person's first name.
    if !ADJECTIVE_SET.contains(first)
        && s.n_words == 2
        && FIRST_NAME_SET.contains(s.last_lw.as_str())
    {
        return None;
    }
    let rest_place = doc
        .lookup(a + 1, b, buf)
        .is_some_and(|e| e.kind == EntityKind::Place)
        || (b - a >= 3
            && is_demonym(doc, a + 1, buf)
            && doc
                .lookup(a + 2, b, buf)
                .is_some_and(|e| e.kind == EntityKind::Place))
        || s.last_lw == "republic"
        || PLACE_WORD_SET.contains(s.last_lw.as_str());
    let kind = if rest_place {
        EntityKind::Place
    } else {
        EntityKind::Organisation
    };
    s.name(kind, Strength::Cue)
}

/// Several words, not opening with a given name, that hold a known name:
/// a known name then an acronym is two names ("Boston QRB"); a known
/// surname last, a person ("Vesna Milosevic"); a known place or
/// organisation with unknown words, or an acronym inside, a firm or body
/// ("Kenya Lanterns", "ZKT Pacific").
fn known_part_and_more(s: &Span, buf: &mut String, out: &mut Vec<Cand>) -> Option<Verdict> {
    let (doc, a, b) = (s.doc, s.a, s.b);
    let toks = doc.toks;
    if s.n_words < 2 || FIRST_NAME_SET.contains(s.first_lw.as_str()) {
        return None;
    }
    if let Some((e, _)) = doc.longest_at(a, b, buf)
        && e + 1 == b
        && toks[e].has(UPPER)
    {
        classify_span(doc, a, e, buf, out);
        classify_span(doc, e, b, buf, out);
        return Some(Verdict::Done);
    }
    if let Some(s0) = (a + 1..b).find(|&i| toks[i].is_cap_word() && doc.lookup(i, b, buf).is_some())
        && doc.lookup(s0, b, buf).map(|e| e.kind) == Some(EntityKind::Person)
    {
        return s.name(EntityKind::Person, Strength::Strong);
    }
    let known_part = (a..b).any(|i| {
        toks[i].is_cap_word()
            && doc
                .lookup(i, i + 1, buf)
                .is_some_and(|e| e.kind != EntityKind::Person)
    });
    if known_part && !(a..b).any(|i| is_initial(doc.word(i))) {
        return s.name(EntityKind::Organisation, Strength::Cue);
    }
    if (a..b)
        .any(|i| toks[i].has(UPPER) && toks[i].end - toks[i].start >= 3 && !is_initial(doc.word(i)))
    {
        return s.name(EntityKind::Organisation, Strength::Cue);
    }
    None
}

/// Several words: a person by default, strongly with a given name, an
/// initial or a role before it; weakly, a place after a place cue.
fn several_words(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    let (doc, a, b) = (s.doc, s.a, s.b);
    if s.n_words < 2 {
        return None;
    }
    let initials = (a..b).any(|i| is_initial(doc.word(i)));
    let strength = if FIRST_NAME_SET.contains(s.first_lw.as_str()) || initials {
        Strength::Strong
    } else {
        Strength::Weak
    };
    let mut c = Cand::new(doc.toks, a, b, EntityKind::Person, strength);
    if let Some(role) = role_before(doc, a, buf) {
        c.roles.push(role);
        c.strength = Strength::Strong;
    } else if strength == Strength::Weak
        && let Some(cue) = place_cue(doc, a, b, buf)
    {
        c.kind = EntityKind::Place;
        c.strength = cue;
    } else if strength == Strength::Weak && a > 0 && doc.lower(a - 1, buf) == "the" {
        // "the Halden Vory": people are seldom "the".
        c.kind = EntityKind::Organisation;
        c.strength = Strength::Cue;
    }
    Some(Verdict::Name(c))
}

/// A single word.
fn one_word(s: &Span, buf: &mut String, _: &mut Vec<Cand>) -> Option<Verdict> {
    Some(single_word(s.doc, s.a, s.b, buf).map_or(Verdict::Done, Verdict::Name))
}
