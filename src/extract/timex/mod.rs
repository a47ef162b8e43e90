//! The temporal tagger: finds date and time expressions in English news text
//! and normalises them TIMEX3-style against the document creation time.
//!
//! The pipeline is a hand-written tokenizer ([`token`]), word lists
//! ([`lexicon`]), pattern matchers that read one family of expressions each
//! ([`grammar`]), tense cues ([`tense`]) and the resolver that places the
//! result on the calendar ([`resolve`], [`calendar`]).

pub mod calendar;
pub mod dateline;
pub mod grammar;
pub mod lexicon;
pub mod resolve;
pub mod tense;
pub mod token;

use chrono::NaiveDate;

use crate::extract::sentence;
use crate::model::{Explanation, Precision, Timex};
use grammar::{Hit, Matcher, Sem};
use resolve::{Mention, Resolver};
use token::Tokens;

/// Tag every temporal expression in `text`, resolving relative ones against
/// `dct` (the story's publication date) where given. Offsets are bytes into
/// `text`; results are in text order and never overlap.
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let toks = Tokens::new(text);
    let m = Matcher { t: &toks };
    let hits = matches(&m, &toks);
    let mut resolver = Resolver::new(dct);
    let mut sentences: Option<Vec<std::ops::Range<usize>>> = None;
    let mut out = Vec::new();
    for (k, hit) in hits.iter().enumerate() {
        let (start, end) = toks.span(hit.start, hit.end);
        // The sentence is split only when a family needs it.
        let mut here: Option<(usize, usize)> = None;
        let mut bounds = || {
            *here.get_or_insert_with(|| {
                let s = sentences.get_or_insert_with(|| sentence::split(text));
                sentence_tokens(&toks, s, start)
            })
        };
        // A clock time without a day takes the date of its own sentence.
        resolver.sentence_date = None;
        if let Sem::Clock { day: None, .. } = hit.sem {
            let (s0, s1) = bounds();
            resolver.sentence_date = sentence_date(&toks, &hits, k, s0, s1, &resolver);
        }
        let mut tense_fn = || {
            let (s0, s1) = bounds();
            tense::tense_at(&toks, s0, s1, hit.start, hit.end)
        };
        let resolved = resolver.resolve(&hit.sem, &mut tense_fn);
        let Some(r) = resolved else {
            continue;
        };
        let span_text = &text[start..end];
        if let Some(p @ calendar::Point::Quarter(..)) = r.point {
            resolver.last_quarter = Some(Mention {
                point: p,
                text: span_text.to_string(),
            });
        }
        if r.anchors_next
            && let Some(p) = r.point
        {
            resolver.last = Some(Mention {
                point: p,
                text: span_text.to_string(),
            });
        }
        out.push(Timex {
            start,
            end,
            text: span_text.to_string(),
            kind: r.kind,
            value: r.value,
            precision: r.point.map(|p| p.precision()),
            range: r.point.and_then(|p| p.range()),
            explanation: Explanation {
                anchor: r.anchor,
                rule: r.rule,
            },
        });
    }
    out
}

/// Every expression the grammar reads, in text order, without overlaps.
fn matches(m: &Matcher, toks: &Tokens) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match m.at(i) {
            Some(hit) if hit.end > hit.start => {
                i = hit.end;
                hits.push(hit);
            }
            _ => i += 1,
        }
    }
    hits
}

/// Whether token `g` may stand between a clock time and its date.
fn joins_clock_and_date(toks: &Tokens, g: usize) -> bool {
    let w = toks.low(g);
    toks.kind(g) == Some(token::Kind::Punct)
        || w == "on"
        || lexicon::is_time_zone(w)
        || toks.digits(g) == 4
}

/// The date written in the same sentence as clock time `k` (tokens
/// `s0..s1`) before it or right after it, the nearest one at day precision,
/// else the nearest month or year: "left at 6:17 a.m. on Sunday, Dec. 28",
/// "In October 2012, at 4:30 a.m.".
fn sentence_date(
    toks: &Tokens,
    hits: &[Hit],
    k: usize,
    s0: usize,
    s1: usize,
    resolver: &Resolver,
) -> Option<Mention> {
    let here = hits[k].start;
    let mut best: Option<(bool, usize, Mention)> = None;
    for (j, h) in hits.iter().enumerate() {
        if j == k || h.start < s0 || h.end > s1 || matches!(h.sem, Sem::Clock { .. }) {
            continue;
        }
        // A date after the clock time belongs to it only when nothing but
        // "on", a zone or punctuation comes between ("at 6:17 a.m. on
        // Sunday"); later in the sentence it is another clause's.
        if h.start > here && !(hits[k].end..h.start).all(|g| joins_clock_and_date(toks, g)) {
            continue;
        }
        let mut tense_fn = || tense::tense_at(toks, s0, s1, h.start, h.end);
        let Some(point) = resolver
            .resolve(&h.sem, &mut tense_fn)
            .and_then(|r| r.point)
        else {
            continue;
        };
        let day = point.precision() >= Precision::Day;
        if !day && !matches!(point.precision(), Precision::Month | Precision::Year) {
            continue;
        }
        let distance = h.start.abs_diff(here);
        if best.as_ref().is_none_or(|(d, dist, _)| {
            (day, std::cmp::Reverse(distance)) > (*d, std::cmp::Reverse(*dist))
        }) {
            let (a, b) = toks.span(h.start, h.end);
            best = Some((
                day,
                distance,
                Mention {
                    point,
                    text: toks.text[a..b].to_string(),
                },
            ));
        }
    }
    best.map(|(_, _, m)| m)
}

/// Token bounds of the sentence containing byte `at`.
fn sentence_tokens(
    toks: &Tokens,
    sentences: &[std::ops::Range<usize>],
    at: usize,
) -> (usize, usize) {
    let Some(k) = sentence::sentence_at(sentences, at) else {
        return (0, toks.len());
    };
    let r = &sentences[k];
    let s0 = toks.toks.partition_point(|t| t.start < r.start);
    let s1 = toks.toks.partition_point(|t| t.start < r.end);
    (s0, s1)
}
