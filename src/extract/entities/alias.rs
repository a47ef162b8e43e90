//! Evidence shared across one text, and the merging of mentions into
//! entities.
//!
//! Rules, in order:
//! - an acronym in brackets right after a name is that name ("Islamic State
//!   (IS)");
//! - a single word that is the last word of a person's full name in the text
//!   is that person; with several candidates, the nearest earlier full name
//!   (else the first later one) — two Bakers stay two people;
//! - an acronym whose letters are the initials of a multi-word organisation
//!   or place in the same text is that name ("Islamic State … IS"); common
//!   words written in capitals ("IT", "US", "WHO") need this evidence or a
//!   gazetteer entry;
//! - a name weakly classified takes the kind of the same name strongly
//!   classified elsewhere in the text;
//! - lines written in capitals (headlines) only repeat names found in the
//!   body or in the gazetteers;
//! - mentions sharing a gazetteer entry, or the same name and kind, are one
//!   entity.

use super::hash::{FastMap as HashMap, FastSet};

use super::Hints;
use super::classify::{Cand, Doc, Strength};
use super::gazetteer::{self, MAX_WORDS};
use super::token::{Kind, SHOUT, UPPER};
use super::words::{CALENDAR_SET, COMMON_SET, COMPANY_SUFFIX_SET, FAMILY_FIRST_SET};
use crate::model::{EntityAnalysis, EntityKind, EntityMention, LocalEntity};
use crate::union_find::UnionFind;

/// Normalised text of a candidate: lowercase words, dots dropped, single
/// spaces.
fn key_of(doc: &Doc, first: usize, last: usize) -> String {
    let mut key = String::new();
    for t in &doc.toks[first..last] {
        match t.kind {
            Kind::Word | Kind::Punct('&') => {
                if !key.is_empty() {
                    key.push(' ');
                }
                gazetteer::push_key(&mut key, t.text(doc.text));
            }
            _ => {}
        }
    }
    key
}

fn last_word_key(doc: &Doc, c: &Cand) -> String {
    let mut key = String::new();
    if let Some(t) = doc.toks[c.first..c.last]
        .iter()
        .rev()
        .find(|t| t.kind == Kind::Word)
    {
        gazetteer::push_key(&mut key, t.text(doc.text));
    }
    key
}

fn first_word_key(doc: &Doc, c: &Cand) -> String {
    let mut key = String::new();
    if let Some(t) = doc.toks[c.first..c.last]
        .iter()
        .find(|t| t.kind == Kind::Word)
    {
        gazetteer::push_key(&mut key, t.text(doc.text));
    }
    key
}

/// Initials of a multi-word name: "Islamic State" → "IS"; joiners skipped.
fn initials(doc: &Doc, c: &Cand) -> String {
    doc.toks[c.first..c.last]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .filter_map(|t| {
            let w = t.text(doc.text);
            let ch = w.chars().next()?;
            ch.is_uppercase()
                .then(|| ch.to_uppercase().collect::<String>())
        })
        .collect()
}

fn letters_upper(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Merge candidates into entities, pass by pass: each pass reads what the
/// earlier ones decided.
pub fn resolve(doc: &Doc, mut cands: Vec<Cand>, hints: &Hints) -> EntityAnalysis {
    link_bracketed_acronyms(doc, &mut cands);
    link_surnames(doc, &mut cands);
    link_acronyms(doc, &mut cands);
    let keys: Vec<String> = cands.iter().map(|c| key_of(doc, c.first, c.last)).collect();
    share_best_kind(doc, &mut cands, &keys, hints);
    extend_possessive_names(doc, &mut cands);
    share_coordinated_kind(doc, &mut cands);
    if let Some(title) = hints.title {
        confirm_by_headline(&mut cands, &keys, title);
    }
    let mut kept = drop_unsupported(cands);
    let surnames = surnames_of(doc, &kept);
    headlines(doc, &mut kept, &surnames);
    build(doc, sorted(kept))
}

/// An acronym in brackets right after a name is that name: "Islamic State
/// (IS)".
fn link_bracketed_acronyms(doc: &Doc, cands: &mut [Cand]) {
    let toks = doc.toks;
    let n = cands.len();
    for i in 1..n {
        let c = &cands[i];
        if c.first == 0 || c.last - c.first != 1 {
            continue;
        }
        let opens = toks[c.first - 1].is_punct('(');
        let closes = toks.get(c.last).is_some_and(|t| t.is_punct(')'));
        let prev = &cands[i - 1];
        let agrees = c.acronym || (c.canonical.is_some() && c.canonical == prev.canonical);
        if opens && closes && agrees && toks[c.first].has(UPPER) && prev.last + 1 == c.first {
            let kind = prev.kind;
            let c = &mut cands[i];
            c.link = Some(i - 1);
            c.kind = kind;
            c.needs_evidence = false;
        }
    }
}

/// A single word that is the last word of a person's full name is that
/// person: the nearest earlier full name, else the first later one.
fn link_surnames(doc: &Doc, cands: &mut [Cand]) {
    let toks = doc.toks;
    let n = cands.len();
    let mut surnames: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.kind == EntityKind::Person && c.words(toks) >= 2 {
            surnames.entry(last_word_key(doc, c)).or_default().push(i);
            // "Zhou Lianbo" is later "Zhou".
            let first = first_word_key(doc, c);
            if c.words(toks) == 2 && FAMILY_FIRST_SET.contains(first.as_str()) {
                surnames.entry(first).or_default().push(i);
            }
        }
    }
    for i in 0..n {
        let c = &cands[i];
        if c.link.is_some() || c.words(toks) != 1 {
            continue;
        }
        let key = last_word_key(doc, c);
        let Some(full) = surnames.get(&key) else {
            continue;
        };
        // Full names are in text order: the nearest earlier one, else the
        // first later one.
        let earlier = full.partition_point(|&j| j < i);
        // A known place is a person's surname only after that person.
        if c.strength == Strength::Known
            && c.kind == EntityKind::Place
            && !full[..earlier]
                .iter()
                .any(|&j| cands[j].strength >= Strength::Strong)
        {
            continue;
        }
        let target = earlier
            .checked_sub(1)
            .map(|e| full[e])
            .or_else(|| full.first().copied());
        if let Some(j) = target {
            let c = &mut cands[i];
            c.link = Some(j);
            c.kind = EntityKind::Person;
            c.strength = Strength::Strong;
            c.needs_evidence = false;
            c.canonical = None;
        }
    }
}

/// An acronym whose letters are the initials of a multi-word organisation
/// or place in the text is that name, unless the gazetteer says otherwise.
fn link_acronyms(doc: &Doc, cands: &mut [Cand]) {
    let toks = doc.toks;
    let n = cands.len();
    let mut expansions: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.words(toks) >= 2 && c.kind != EntityKind::Person && c.link.is_none() && !c.acronym {
            let s = initials(doc, c);
            if s.chars().count() >= 2 {
                expansions.entry(s).or_default().push(i);
            }
        }
    }
    for i in 0..n {
        let c = &cands[i];
        if c.link.is_some() || !(c.acronym || c.strength == Strength::Known) {
            continue;
        }
        if !toks[c.first].has(UPPER) || c.words(toks) != 1 {
            continue;
        }
        let letters = letters_upper(toks[c.first].text(doc.text));
        let Some(list) = expansions.get(&letters) else {
            continue;
        };
        // The nearest expansion, before or after.
        let p = list.partition_point(|&j| j < i);
        let target = [p.checked_sub(1), (p < list.len()).then_some(p)]
            .into_iter()
            .flatten()
            .map(|k| list[k])
            .min_by_key(|&j| j.abs_diff(i));
        if let Some(j) = target {
            let kind = cands[j].kind;
            let canonical = cands[j].canonical;
            let c = &mut cands[i];
            if c.strength == Strength::Known && c.canonical != canonical {
                // The gazetteer says otherwise ("AP" near an unrelated "Arab
                // Party"): initials alone do not overrule it.
                continue;
            }
            c.link = Some(j);
            c.kind = kind;
            c.needs_evidence = false;
        }
    }
}

/// A name takes the kind of the same name better classified elsewhere in
/// the text ("Translema SA" makes "Translema" a firm; the dateline's place
/// is a place), and a name that needs evidence is confirmed by it.
fn share_best_kind(doc: &Doc, cands: &mut [Cand], keys: &[String], hints: &Hints) {
    let toks = doc.toks;
    let mut best: HashMap<&str, (Strength, EntityKind)> = HashMap::default();
    for (c, k) in cands.iter().zip(keys) {
        let e = best.entry(k.as_str()).or_insert((c.strength, c.kind));
        if c.strength > e.0 {
            *e = (c.strength, c.kind);
        }
    }
    // "Translema SA" makes "Translema" a firm.
    let mut stripped: Vec<String> = Vec::new();
    for c in cands.iter() {
        if c.kind != EntityKind::Organisation || c.words(toks) < 2 || c.strength < Strength::Strong
        {
            continue;
        }
        let last_word = (c.first..c.last)
            .rev()
            .find(|&i| toks[i].kind == Kind::Word);
        if let Some(lw) = last_word {
            let mut k = String::new();
            gazetteer::push_key(&mut k, toks[lw].text(doc.text));
            if COMPANY_SUFFIX_SET.contains(k.as_str()) {
                stripped.push(key_of(doc, c.first, lw));
            }
        }
    }
    for k in &stripped {
        let e = best
            .entry(k.as_str())
            .or_insert((Strength::Strong, EntityKind::Organisation));
        if e.0 < Strength::Strong {
            *e = (Strength::Strong, EntityKind::Organisation);
        }
    }
    let dateline_key = hints.dateline.map(|d| {
        let mut k = String::new();
        gazetteer::push_key(&mut k, d.trim());
        k
    });
    for (c, k) in cands.iter_mut().zip(keys) {
        if let Some(&(s, kind)) = best.get(k.as_str())
            && s > c.strength
            && c.link.is_none()
        {
            c.kind = kind;
            c.strength = s;
        }
        if dateline_key.as_deref() == Some(k.as_str()) && c.strength < Strength::Known {
            c.kind = EntityKind::Place;
            c.strength = Strength::Strong;
        }
        if c.needs_evidence
            && best
                .get(k.as_str())
                .is_some_and(|&(s, _)| s > Strength::Weak)
        {
            // Seen elsewhere with a cue.
            if c.acronym {
                // Common-word acronyms stay out without a link.
            } else {
                c.needs_evidence = false;
            }
        }
    }
}

/// "Harlow's Mercantile Inc." is later "Harlow's": the possessive is part
/// of that name.
fn extend_possessive_names(doc: &Doc, cands: &mut [Cand]) {
    let toks = doc.toks;
    let mut possessive_names: Vec<String> = Vec::new();
    for c in cands.iter() {
        if c.kind == EntityKind::Organisation
            && let Some(p) = (c.first..c.last).find(|&i| toks[i].kind == Kind::Possessive)
        {
            possessive_names.push(key_of(doc, c.first, p));
        }
    }
    if !possessive_names.is_empty() {
        for c in cands.iter_mut() {
            if toks.get(c.last).is_some_and(|t| t.kind == Kind::Possessive)
                && possessive_names.contains(&key_of(doc, c.first, c.last))
            {
                c.end = toks[c.last].end;
                c.last += 1;
                c.kind = EntityKind::Organisation;
                c.strength = c.strength.max(Strength::Strong);
                c.needs_evidence = false;
            }
        }
    }
}

/// Coordination: "Natanz and Fordo", "Iraq, Syria and Arak" share a kind.
fn share_coordinated_kind(doc: &Doc, cands: &mut [Cand]) {
    let toks = doc.toks;
    let n = cands.len();
    for i in 0..n {
        if cands[i].strength > Strength::Weak || cands[i].link.is_some() {
            continue;
        }
        let neighbour = |j: usize| -> Option<(Strength, EntityKind)> {
            let o = &cands[j];
            (o.strength >= Strength::Cue).then_some((o.strength, o.kind))
        };
        let c = &cands[i];
        let joined = |a: usize, b: usize| -> bool {
            // Tokens a..b are only a conjunction or a comma.
            b == a + 1
                && (toks[a].is_punct(',') || matches!(toks[a].text(doc.text), "and" | "or" | "&"))
        };
        let mut kind = None;
        if i > 0 && joined(cands[i - 1].last, c.first) {
            kind = neighbour(i - 1);
        }
        // A following neighbour must end its phrase: in "Automakers, U.S.
        // agency" the U.S. modifies "agency" and lists nothing.
        if kind.is_none()
            && i + 1 < n
            && joined(c.last, cands[i + 1].first)
            && !toks
                .get(cands[i + 1].last)
                .is_some_and(|t| t.kind == Kind::Word && !t.has(super::token::CAP))
        {
            kind = neighbour(i + 1);
        }
        if let Some((_, k)) = kind {
            let c = &mut cands[i];
            c.kind = k;
            c.strength = Strength::Cue;
            c.needs_evidence = false;
        }
    }
}

/// Single words that need evidence are confirmed by the story's headline.
fn confirm_by_headline(cands: &mut [Cand], keys: &[String], title: &str) {
    let tl = title.to_lowercase();
    for (c, k) in cands.iter_mut().zip(keys) {
        if c.needs_evidence
            && !c.acronym
            && tl
                .split_whitespace()
                .any(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()) == k)
        {
            c.needs_evidence = false;
        }
    }
}

/// The candidates kept: those that need no more evidence, links mapped to
/// their new places.
fn drop_unsupported(cands: Vec<Cand>) -> Vec<Cand> {
    let n = cands.len();
    let mut kept: Vec<Cand> = Vec::with_capacity(n);
    let mut remap = vec![usize::MAX; n];
    for (i, c) in cands.into_iter().enumerate() {
        if c.needs_evidence {
            continue;
        }
        remap[i] = kept.len();
        kept.push(c);
    }
    for c in &mut kept {
        c.link = c
            .link
            .and_then(|l| (remap[l] != usize::MAX).then_some(remap[l]));
    }
    kept
}

fn surnames_of(doc: &Doc, cands: &[Cand]) -> HashMap<String, usize> {
    let mut out = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.kind == EntityKind::Person && c.words(doc.toks) >= 2 {
            out.entry(last_word_key(doc, c)).or_insert(i);
        }
    }
    out
}

/// Names in lines written in capitals: only those the body or the
/// gazetteers know, and an unknown word before a date on a dateline line.
fn headlines(doc: &Doc, cands: &mut Vec<Cand>, surnames: &HashMap<String, usize>) {
    let toks = doc.toks;
    if !toks.iter().any(|t| t.has(SHOUT)) {
        return;
    }
    let mut known: HashMap<String, usize> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        known.entry(key_of(doc, c.first, c.last)).or_insert(i);
    }
    let mut buf = String::new();
    let mut added = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].has(SHOUT) || toks[i].kind != Kind::Word {
            i += 1;
            continue;
        }
        // The longest run of words from i that is a known name.
        let mut end = i;
        while end < toks.len()
            && end - i < MAX_WORDS
            && toks[end].has(SHOUT)
            && (toks[end].kind == Kind::Word || toks[end].is_punct('&'))
            && (end == i || !toks[end].has(super::token::NEWLINE))
        {
            end += 1;
        }
        let mut found = false;
        for j in (i + 1..=end).rev() {
            let key = key_of(doc, i, j);
            // Headline words like "IN", "TO"; "US" is the country.
            if j == i + 1
                && (COMMON_SET.contains(key.as_str()) || CALENDAR_SET.contains(key.as_str()))
                && key != "us"
            {
                continue;
            }
            let hit = if let Some(&c) = known.get(&key) {
                Some((cands[c].kind, cands[c].canonical, Some(c)))
            } else if let Some(&p) = (j == i + 1).then(|| surnames.get(&key)).flatten() {
                Some((EntityKind::Person, None, Some(p)))
            } else {
                doc.lookup(i, j, &mut buf)
                    .map(|e| (e.kind, Some(e.canonical), None))
            };
            if let Some((kind, canonical, link)) = hit {
                let mut c = Cand {
                    start: toks[i].start,
                    end: toks[j - 1].end,
                    first: i,
                    last: j,
                    kind,
                    strength: Strength::Known,
                    canonical,
                    roles: Vec::new(),
                    acronym: false,
                    needs_evidence: false,
                    alias: None,
                    shout: true,
                    link,
                };
                if link.is_some() {
                    c.canonical = None;
                }
                added.push(c);
                i = j;
                found = true;
                break;
            }
        }
        if !found {
            // "VARZENI 2003-04-17": a dateline line.
            let line_start = toks[i].has(super::token::NEWLINE) || i == 0;
            let date_next = toks
                .get(i + 1)
                .is_some_and(|t| (t.kind == Kind::Number && t.has(SHOUT)) || t.is_punct(','));
            if line_start && date_next && toks[i].has(UPPER) {
                added.push(Cand {
                    start: toks[i].start,
                    end: toks[i].end,
                    first: i,
                    last: i + 1,
                    kind: EntityKind::Place,
                    strength: Strength::Strong,
                    canonical: None,
                    roles: Vec::new(),
                    acronym: false,
                    needs_evidence: false,
                    alias: None,
                    shout: true,
                    link: None,
                });
            }
            i += 1;
        }
    }
    cands.extend(added);
}

/// Candidates in text order, links kept pointing at the same candidates.
fn sorted(cands: Vec<Cand>) -> Vec<Cand> {
    let mut order: Vec<usize> = (0..cands.len()).collect();
    order.sort_by_key(|&i| (cands[i].start, cands[i].end));
    let mut new_index = vec![0; cands.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut slots: Vec<Option<Cand>> = cands.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&old| slots[old].take())
        .map(|mut c| {
            c.link = c.link.map(|l| new_index[l]);
            c
        })
        .collect()
}

/// Display form of a span: whitespace collapsed, "U.S ." mended.
fn display(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in text.split_whitespace() {
        if !out.is_empty() && w != "." {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn build(doc: &Doc, cands: Vec<Cand>) -> EntityAnalysis {
    let n = cands.len();
    let mut sets = UnionFind::new(n);
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::default();
    for (i, c) in cands.iter().enumerate() {
        if c.link.is_some() && c.canonical.is_none() {
            // A surname or acronym joins through its link only: the two
            // Bakers' bare "Baker"s must not meet by text.
            continue;
        }
        let key = match c.canonical {
            Some(canon) => canon.to_lowercase(),
            None => key_of(doc, c.first, c.last),
        };
        match by_key.get(&(c.kind, key.clone())) {
            Some(&j) => sets.union(i, j),
            None => {
                by_key.insert((c.kind, key), i);
            }
        }
    }
    for (i, c) in cands.iter().enumerate() {
        if let Some(l) = c.link
            && l < n
        {
            sets.union(i, l);
        }
    }
    // Entities in order of first mention.
    let mut entity_of_root: HashMap<usize, usize> = HashMap::default();
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut mention_entity = Vec::with_capacity(n);
    for i in 0..n {
        let r = sets.find(i);
        let e = *entity_of_root.entry(r).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[e].push(i);
        mention_entity.push(e);
    }
    let mut entities = Vec::with_capacity(members.len());
    for m in &members {
        let kind = m
            .iter()
            .map(|&i| &cands[i])
            .max_by_key(|c| c.strength)
            .map_or(EntityKind::Organisation, |c| c.kind);
        let name = if let Some(canon) = m.iter().find_map(|&i| cands[i].canonical) {
            canon.to_string()
        } else {
            let pick = m
                .iter()
                .copied()
                .filter(|&i| !cands[i].shout)
                .max_by_key(|&i| (!cands[i].acronym, cands[i].words(doc.toks), usize::MAX - i))
                .or_else(|| m.first().copied());
            pick.map_or_else(String::new, |i| {
                display(&doc.text[cands[i].start..cands[i].end])
            })
        };
        let mut aliases: Vec<String> = Vec::new();
        let mut roles: Vec<String> = Vec::new();
        let mut seen: FastSet<&str> = FastSet::default();
        for &i in m {
            let c = &cands[i];
            let raw = [Some((c.start, c.end)), c.alias];
            for f in raw
                .into_iter()
                .flatten()
                .map(|(s, e)| &doc.text[s..e])
                .filter(|r| seen.insert(r))
                .map(display)
            {
                if c.shout && !f.chars().any(char::is_lowercase) && f.len() > 3 {
                    // Headline capitals are not a way of writing the name.
                    continue;
                }
                if f != name && !aliases.contains(&f) {
                    aliases.push(f);
                }
            }
            for r in &c.roles {
                if !roles.iter().any(|x| x.eq_ignore_ascii_case(r)) {
                    roles.push(r.clone());
                }
            }
        }
        entities.push(LocalEntity {
            name,
            kind,
            aliases,
            roles,
        });
    }
    let mut mentions: Vec<EntityMention> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| EntityMention {
            start: c.start,
            end: c.end,
            text: doc.text[c.start..c.end].to_string(),
            entity: mention_entity[i],
        })
        .collect();
    mentions.sort_by_key(|m| (m.start, m.end));
    mentions.dedup_by(|b, a| b.start < a.end);
    EntityAnalysis { entities, mentions }
}
