//! `dateline search`: fuzzy-search names and aliases, best match first; with
//! `--text`, the sentences of story text holding every query word.

use std::process::ExitCode;

use clap::Args;
use serde::Serialize;

use super::timeline::output_width;
use super::{Sources, parse_kind};
use crate::index::search::SearchHit;
use crate::index::text::TextHit;
use crate::index::{Index, search};
use crate::model::EntityKind;
use crate::text::{pad, truncate};

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for; letters need only appear in order ("khm"). A
    /// capital letter makes the search case-sensitive.
    pub query: String,
    #[command(flatten)]
    pub sources: Sources,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// At most this many hits.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Only this kind: person, organisation or place.
    #[arg(long, value_parser = parse_kind, conflicts_with = "text")]
    pub kind: Option<EntityKind>,
    /// Search story text instead of names: the sentences where every query
    /// word starts a word (any case, accents ignored), in story order, as
    /// the finder's story text scope lists them.
    #[arg(long)]
    pub text: bool,
}

pub fn run(args: SearchArgs) -> anyhow::Result<ExitCode> {
    let index = args.sources.index()?;
    if args.text {
        let found = index.text_index().search(&index, &args.query, args.limit);
        if args.json {
            super::print_json(&text_json(&index, &found.hits))?;
        } else {
            use std::io::Write;
            std::io::stdout()
                .lock()
                .write_all(render_text(&index, &found.hits, output_width()).as_bytes())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let hits = search::search(&index, &args.query, args.kind, args.limit);
    if args.json {
        super::print_json(&to_json(&index, &hits))?;
    } else {
        use std::io::Write;
        std::io::stdout()
            .lock()
            .write_all(render(&index, &hits, output_width()).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// One line per hit: score, kind, name, mentions and, when an alias matched,
/// which one; clipped to `width` cells.
pub fn render(index: &Index, hits: &[SearchHit], width: usize) -> String {
    let mut out = String::new();
    for hit in hits {
        let e = index.entity(hit.entity);
        let mut line = format!(
            "{:>5}  {}  {}  ({} mentions)",
            hit.score,
            pad(e.kind.as_str(), 12),
            e.name,
            index.mention_count(hit.entity)
        );
        if hit.alias != e.name {
            line.push_str(&format!("  via \u{201C}{}\u{201D}", hit.alias));
        }
        let candidates: Vec<&str> = index
            .candidates(hit.entity)
            .iter()
            .map(|&c| index.entity(c).name.as_str())
            .collect();
        if !candidates.is_empty() {
            line.push_str(&format!("  \u{2192} {}", candidates.join(", ")));
        }
        out.push_str(truncate(&line, width).trim_end());
        out.push('\n');
    }
    out
}

/// One line per sentence: the story id, the paragraph (from 1) and the
/// sentence, clipped to `width` cells.
pub fn render_text(index: &Index, hits: &[TextHit], width: usize) -> String {
    let mut out = String::new();
    for hit in hits {
        let story = index.story(hit.story);
        let sentence = sentence_of(index, hit).replace(char::is_control, " ");
        let line = format!("{}  ¶{}  {}", story.id.0, hit.paragraph + 1, sentence);
        out.push_str(truncate(&line, width).trim_end());
        out.push('\n');
    }
    out
}

fn sentence_of<'a>(index: &'a Index, hit: &TextHit) -> &'a str {
    index
        .story(hit.story)
        .paragraphs
        .get(hit.paragraph)
        .and_then(|p| p.get(hit.sentence.clone()))
        .unwrap_or_default()
}

/// A story text hit as JSON.
#[derive(Debug, Serialize)]
pub struct TextHitJson {
    pub story: String,
    pub title: String,
    /// Paragraph index, from 0.
    pub paragraph: usize,
    pub sentence: String,
    /// The matching words: character ranges `[start, end)` in `sentence`.
    pub marks: Vec<[usize; 2]>,
}

pub fn text_json(index: &Index, hits: &[TextHit]) -> Vec<TextHitJson> {
    hits.iter()
        .map(|h| {
            let sentence = sentence_of(index, h);
            let chars = |byte: usize| {
                sentence
                    .get(..byte.saturating_sub(h.sentence.start))
                    .map_or(0, |s| s.chars().count())
            };
            let story = index.story(h.story);
            TextHitJson {
                story: story.id.0.clone(),
                title: story.title.clone(),
                paragraph: h.paragraph,
                sentence: sentence.to_string(),
                marks: h
                    .marks
                    .iter()
                    .map(|m| [chars(m.start), chars(m.end)])
                    .collect(),
            }
        })
        .collect()
}

/// A hit as JSON.
#[derive(Debug, Serialize)]
pub struct HitJson {
    pub id: usize,
    pub name: String,
    pub kind: EntityKind,
    pub score: i64,
    /// The name or alias that matched.
    pub alias: String,
    /// Character positions of the matched letters in `alias`.
    pub matched: Vec<usize>,
    pub mentions: usize,
    /// Ids of the stories mentioning it.
    pub stories: Vec<String>,
    /// For a bare surname that several full names in the corpus share: the
    /// people it may stand for (left out otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<CandidateJson>,
}

/// A person a bare surname may stand for.
#[derive(Debug, Serialize)]
pub struct CandidateJson {
    pub id: usize,
    pub name: String,
}

pub fn to_json(index: &Index, hits: &[SearchHit]) -> Vec<HitJson> {
    hits.iter()
        .map(|h| {
            let e = index.entity(h.entity);
            HitJson {
                id: h.entity.0,
                name: e.name.clone(),
                kind: e.kind,
                score: h.score,
                alias: h.alias.clone(),
                matched: h.matched.clone(),
                mentions: index.mention_count(h.entity),
                stories: index
                    .entity_stories(h.entity)
                    .iter()
                    .map(|&s| index.story(s).id.0.clone())
                    .collect(),
                candidates: index
                    .candidates(h.entity)
                    .iter()
                    .map(|&c| CandidateJson {
                        id: c.0,
                        name: index.entity(c).name.clone(),
                    })
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::timeline::tests::two_story_index;

    #[test]
    fn hits_render_with_score_kind_and_matched_positions() {
        let index = two_story_index();
        let hits = search::search(&index, "irn", None, 5);
        let text = render(&index, &hits, 100);
        assert!(
            text.ends_with("place         Iran  (1 mentions)\n"),
            "{text:?}"
        );
        let json = serde_json::to_value(to_json(&index, &hits)).unwrap();
        assert_eq!(json[0]["name"], "Iran");
        assert_eq!(json[0]["alias"], "Iran");
        assert_eq!(json[0]["kind"], "place");
        assert_eq!(json[0]["matched"], serde_json::json!([0, 1, 3]));
        assert!(json[0]["score"].as_i64().unwrap() > 0);
    }
}
