//! The temporal tagger: finds date and time expressions in English news text
//! and normalises them TIMEX3-style against the document creation time.
//!
//! The pipeline is a hand-written tokenizer ([`token`]), word lists
//! ([`lexicon`]), pattern matchers that read one family of expressions each
//! ([`grammar`]), tense cues ([`tense`]) and the resolver that places the
//! result on the calendar ([`resolve`], [`calendar`]).

pub mod calendar;
pub mod grammar;
pub mod lexicon;
pub mod resolve;
pub mod tense;
pub mod token;

use chrono::NaiveDate;

use crate::extract::sentence;
use crate::model::{Explanation, Timex};
use grammar::Matcher;
use resolve::{Mention, Resolver};
use token::Tokens;

/// Tag every temporal expression in `text`, resolving relative ones against
/// `dct` (the story's publication date) where given. Offsets are bytes into
/// `text`; results are in text order and never overlap.
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let toks = Tokens::new(text);
    let m = Matcher { t: &toks };
    let mut resolver = Resolver::new(dct);
    let mut sentences: Option<Vec<std::ops::Range<usize>>> = None;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(hit) = m.at(i) else {
            i += 1;
            continue;
        };
        if hit.end <= hit.start {
            i += 1;
            continue;
        }
        let (start, end) = toks.span(hit.start, hit.end);
        let mut tense_fn = || {
            let s = sentences.get_or_insert_with(|| sentence::split(text));
            let (s0, s1) = sentence_tokens(&toks, s, start);
            tense::tense_at(&toks, s0, s1, hit.start, hit.end)
        };
        let resolved = resolver.resolve(&hit.sem, &mut tense_fn);
        let Some(r) = resolved else {
            i = hit.end;
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
        i = hit.end;
    }
    out
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
