//! The entity extractor: people, organisations and places in English news
//! text, with titles and roles stripped and aliases merged within the text.
//!
//! The pipeline, one module each:
//! - [`token`]: a tokenizer for prose and for pre-tokenised wire text;
//! - [`words`] and [`gazetteer`]: word lists and names written for this
//!   project;
//! - [`classify`]: runs of capitalised words, titles, kinds;
//! - [`alias`]: evidence shared across the text (surnames, acronyms,
//!   headlines) and the merging of mentions into entities.

mod alias;
mod classify;
pub mod curated;
mod gazetteer;
mod hash;
mod token;
mod words;

use crate::model::EntityAnalysis;

/// What a story says about itself outside its body, which can inform the
/// extraction (it never adds mentions: mentions are spans of the text).
#[derive(Debug, Clone, Copy, Default)]
pub struct Hints<'a> {
    /// The wire dateline's place ("WASHINGTON"): a name written so in the
    /// text is a place.
    pub dateline: Option<&'a str>,
    /// The story's headline: names in it that the body repeats are likely
    /// what the story is about (used to confirm single words).
    pub title: Option<&'a str>,
}

/// Find the people, organisations and places mentioned in `text`.
pub fn extract(text: &str) -> EntityAnalysis {
    extract_with(text, &Hints::default())
}

/// [`extract`], informed by what the story says about itself.
pub fn extract_with(text: &str, hints: &Hints) -> EntityAnalysis {
    let toks = token::tokenize(text);
    let doc = classify::Doc::new(text, &toks);
    let cands = classify::candidates(&doc);
    alias::resolve(&doc, cands, hints)
}

#[cfg(test)]
mod tests;
