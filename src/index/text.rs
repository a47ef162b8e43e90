//! Word search over story text: an inverted index from folded words to the
//! sentences holding them.
//!
//! Words are maximal runs of letters and digits, folded to lower case
//! without diacritics ("Zürich" and "ZURICH" are both `zurich`). A query
//! matches a sentence when every query word is a prefix of some word of
//! that sentence. The index is built once per [`Index`]
//! ([`Index::text_index`] builds it on first use); a query costs a binary
//! search in the sorted vocabulary per word and one pass over the postings
//! of the words it prefixes, with sentence sets kept as bitmaps.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Index;
use crate::model::StoryIx;

/// A sentence of the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Sentence {
    story: u32,
    paragraph: u32,
    /// Byte range in the paragraph.
    range: Range<usize>,
}

/// One sentence matching a query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHit {
    pub story: StoryIx,
    pub paragraph: usize,
    /// The sentence's byte range in its paragraph.
    pub sentence: Range<usize>,
    /// The matching words, as byte ranges in the paragraph, in text order.
    pub marks: Vec<Range<usize>>,
}

/// The answer to a text query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextResults {
    /// The first `limit` matching sentences, in corpus order.
    pub hits: Vec<TextHit>,
    /// How many sentences match in all.
    pub matched: usize,
}

/// The inverted index over every sentence of a corpus.
#[derive(Debug, Clone, Default)]
pub struct TextIndex {
    sentences: Vec<Sentence>,
    /// Distinct folded words, sorted (byte order), so the words a prefix
    /// starts form one range.
    vocabulary: Vec<String>,
    /// Per vocabulary word: the sentences holding it, increasing, no repeats.
    postings: Vec<Vec<u32>>,
}

/// `word` folded for matching: lower case, diacritics dropped.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for c in word.nfd().filter(|&c| !is_combining_mark(c)) {
        out.extend(c.to_lowercase());
    }
}

/// The words of `text` as byte ranges: maximal runs of alphanumeric
/// characters and the combining marks attached to them.
pub fn words(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = chars.next()?;
            if c.is_alphanumeric() {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if c.is_alphanumeric() || is_combining_mark(c) {
                chars.next();
            } else {
                end = i;
                break;
            }
        }
        Some(start..end)
    })
}

/// The folded words of a query, without repeats, in the order typed.
fn query_words(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for r in words(query) {
        let w = fold(&query[r]);
        if !w.is_empty() && !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

impl TextIndex {
    /// Index every sentence of every story in `index`.
    pub fn build(index: &Index) -> Self {
        let mut sentences = Vec::new();
        let mut ids: std::collections::HashMap<String, u32> = Default::default();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut folded = String::new();
        for (si, story) in index.stories().iter().enumerate() {
            let Some(analysis) = index.analysis(StoryIx(si)) else {
                continue;
            };
            for (pi, paragraph) in story.paragraphs.iter().enumerate() {
                let Some(ranges) = analysis.sentences.get(pi) else {
                    continue;
                };
                for range in ranges {
                    let Some(text) = paragraph.get(range.clone()) else {
                        continue;
                    };
                    let sid = sentences.len() as u32;
                    sentences.push(Sentence {
                        story: si as u32,
                        paragraph: pi as u32,
                        range: range.clone(),
                    });
                    for w in words(text) {
                        folded.clear();
                        fold_into(&text[w], &mut folded);
                        let id = match ids.get(folded.as_str()) {
                            Some(&id) => id,
                            None => {
                                let id = postings.len() as u32;
                                ids.insert(folded.clone(), id);
                                postings.push(Vec::new());
                                id
                            }
                        };
                        let list = &mut postings[id as usize];
                        if list.last() != Some(&sid) {
                            list.push(sid);
                        }
                    }
                }
            }
        }
        let mut vocabulary: Vec<(String, u32)> = ids.into_iter().collect();
        vocabulary.sort_unstable();
        let mut taken: Vec<Option<Vec<u32>>> = postings.into_iter().map(Some).collect();
        let postings = vocabulary
            .iter()
            .map(|(_, id)| taken[*id as usize].take().unwrap_or_default())
            .collect();
        Self {
            sentences,
            vocabulary: vocabulary.into_iter().map(|(w, _)| w).collect(),
            postings,
        }
    }

    /// How many sentences are indexed.
    pub fn sentence_count(&self) -> usize {
        self.sentences.len()
    }

    /// How many distinct words are indexed.
    pub fn word_count(&self) -> usize {
        self.vocabulary.len()
    }

    /// The vocabulary range of the words starting with `prefix`.
    fn prefixed(&self, prefix: &str) -> Range<usize> {
        let start = self.vocabulary.partition_point(|w| w.as_str() < prefix);
        let len = self.vocabulary[start..].partition_point(|w| w.starts_with(prefix));
        start..start + len
    }

    /// The sentences where every word of `query` starts a word, in corpus
    /// order: the first `limit` with their marks, and the total count. A
    /// query without words matches nothing.
    pub fn search(&self, index: &Index, query: &str, limit: usize) -> TextResults {
        let words = query_words(query);
        if words.is_empty() || self.sentences.is_empty() {
            return TextResults::default();
        }
        // Rarest word first: the later words only clear bits.
        let mut ranges: Vec<(usize, Range<usize>)> = words
            .iter()
            .map(|w| {
                let r = self.prefixed(w);
                let n = self.postings[r.clone()].iter().map(Vec::len).sum();
                (n, r)
            })
            .collect();
        ranges.sort_by_key(|(n, _)| *n);
        if ranges[0].0 == 0 {
            return TextResults::default();
        }
        let blocks = self.sentences.len().div_ceil(64);
        let mut set = vec![0u64; blocks];
        for list in &self.postings[ranges[0].1.clone()] {
            for &s in list {
                set[s as usize / 64] |= 1 << (s % 64);
            }
        }
        let mut other = vec![0u64; blocks];
        for (_, range) in &ranges[1..] {
            other.iter_mut().for_each(|b| *b = 0);
            for list in &self.postings[range.clone()] {
                for &s in list {
                    other[s as usize / 64] |= 1 << (s % 64);
                }
            }
            for (a, b) in set.iter_mut().zip(&other) {
                *a &= b;
            }
        }
        let matched = set.iter().map(|b| b.count_ones() as usize).sum();
        let mut hits = Vec::new();
        'blocks: for (bi, &block) in set.iter().enumerate() {
            let mut bits = block;
            while bits != 0 {
                if hits.len() >= limit {
                    break 'blocks;
                }
                let s = bi * 64 + bits.trailing_zeros() as usize;
                bits &= bits - 1;
                hits.push(self.hit(index, s, &words));
            }
        }
        TextResults { hits, matched }
    }

    /// Sentence `s` as a hit, marking its words that a query word prefixes.
    fn hit(&self, index: &Index, s: usize, query: &[String]) -> TextHit {
        let sentence = &self.sentences[s];
        let paragraph = index
            .stories()
            .get(sentence.story as usize)
            .and_then(|st| st.paragraphs.get(sentence.paragraph as usize))
            .map(String::as_str)
            .unwrap_or_default();
        let text = paragraph.get(sentence.range.clone()).unwrap_or_default();
        let base = sentence.range.start;
        let marks = words(text)
            .filter(|w| {
                let f = fold(&text[w.clone()]);
                query.iter().any(|q| f.starts_with(q.as_str()))
            })
            .map(|w| base + w.start..base + w.end)
            .collect();
        TextHit {
            story: StoryIx(sentence.story as usize),
            paragraph: sentence.paragraph as usize,
            sentence: sentence.range.clone(),
            marks,
        }
    }
}

/// The sentences matching `query` by a plain scan of every sentence (no
/// index): what [`TextIndex::search`] must agree with, and its baseline.
pub fn scan(index: &Index, query: &str, limit: usize) -> TextResults {
    let wanted = query_words(query);
    let mut out = TextResults::default();
    if wanted.is_empty() {
        return out;
    }
    for (si, story) in index.stories().iter().enumerate() {
        let Some(analysis) = index.analysis(StoryIx(si)) else {
            continue;
        };
        for (pi, paragraph) in story.paragraphs.iter().enumerate() {
            for range in analysis.sentences.get(pi).into_iter().flatten() {
                let Some(text) = paragraph.get(range.clone()) else {
                    continue;
                };
                let folded: Vec<String> = words(text).map(|w| fold(&text[w])).collect();
                let all = wanted
                    .iter()
                    .all(|q| folded.iter().any(|f| f.starts_with(q.as_str())));
                if !all {
                    continue;
                }
                out.matched += 1;
                if out.hits.len() < limit {
                    let marks = words(text)
                        .filter(|w| {
                            let f = fold(&text[w.clone()]);
                            wanted.iter().any(|q| f.starts_with(q.as_str()))
                        })
                        .map(|w| range.start + w.start..range.start + w.end)
                        .collect();
                    out.hits.push(TextHit {
                        story: StoryIx(si),
                        paragraph: pi,
                        sentence: range.clone(),
                        marks,
                    });
                }
            }
        }
    }
    out
}
