//! The same story met twice, and the ids stories get.
//!
//! Two copies are the same story when they share a url, or a title and a
//! publication date; a copy without text (a metadata record: title, date,
//! url) also meets a story of the same title when one of the two is
//! undated, since filling in that date is what such records are for.
//!
//! When only one copy has text, that one is kept, with its own id and
//! origin, and the other's metadata fills what it lacks (url, source,
//! byline, dateline, a date or a more precise time on the same day); a value
//! the two give differently keeps the text copy's. Either way a note says
//! what was merged. When both or neither have text the first one met is
//! kept and the other skipped with a warning, as before. The kept story
//! stays where the first copy was in load order.

use std::path::Path;

use super::{Loader, normalise_url};
use crate::model::{Diagnostic, Published, Story, StoryId};

/// A line and, when known, a column in a file.
type Pos = (usize, Option<usize>);

/// A finished story waiting for its id and the duplicate check.
pub(super) struct Candidate {
    /// The story, its id still empty.
    pub story: Story,
    /// The id derived from its url or file name, before collisions.
    pub base: String,
    /// The id the file gave (`id` in JSON), sanitised, and where.
    pub explicit: Option<(String, Option<Pos>)>,
    /// `story 2: ` or empty, for messages.
    pub label: String,
    /// Where the story starts, for messages.
    pub pos: Option<Pos>,
    /// The warning that it has no text, given if it stays on its own.
    pub no_text: Option<Diagnostic>,
}

/// What the loader remembers of a story it kept, beside the story.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Kept {
    /// Whether its id came from the file rather than from its url or name.
    pub explicit_id: bool,
    /// Its "no text" warning, by position in the diagnostics.
    pub no_text: Option<usize>,
}

fn at(d: Diagnostic, pos: Option<Pos>) -> Diagnostic {
    match pos {
        Some((l, c)) => d.at(l, c),
        None => d,
    }
}

fn has_text(s: &Story) -> bool {
    !s.paragraphs.is_empty()
}

/// The keys under which a story is found again: its url and its title with
/// its date.
fn strong_keys(s: &Story) -> Vec<String> {
    let mut keys = Vec::new();
    if let Some(u) = &s.url {
        keys.push(format!("url:{}", normalise_url(u)));
    }
    // Undated stories that share a title ("Live updates") may differ.
    if let Some(p) = s.published {
        keys.push(format!("title:{}|{}", s.title.to_lowercase(), p.date()));
    }
    keys
}

fn title_key(s: &Story) -> String {
    s.title.to_lowercase()
}

impl Loader {
    /// Give `c` its id and add it to the corpus, or merge it with the copy
    /// of the same story already there.
    pub(super) fn admit(&mut self, path: &Path, c: Candidate) {
        let found = strong_keys(&c.story)
            .iter()
            .find_map(|k| self.seen.get(k))
            .copied()
            .or_else(|| {
                let i = *self.titles.get(&title_key(&c.story))?;
                let k = &self.stories[i];
                let one_has_text = has_text(k) != has_text(&c.story);
                let one_undated = k.published.is_none() || c.story.published.is_none();
                (one_has_text && one_undated).then_some(i)
            });
        let Some(i) = found else {
            let explicit = self.take_explicit(path, &c);
            let id = explicit
                .clone()
                .unwrap_or_else(|| self.unique_id(c.base.clone()));
            let mut story = c.story;
            story.id = StoryId(id);
            let i = self.stories.len();
            self.remember(i, &story);
            self.stories.push(story);
            let no_text = c.no_text.map(|d| {
                self.diagnostics.push(d);
                self.diagnostics.len() - 1
            });
            self.kept.push(Kept {
                explicit_id: explicit.is_some(),
                no_text,
            });
            return;
        };
        let kept_text = has_text(&self.stories[i]);
        if kept_text == has_text(&c.story) {
            let first = &self.stories[i];
            let d = Diagnostic::warning(
                path,
                format!(
                    "{}duplicate of story `{}` from {}, skipped",
                    c.label,
                    first.id,
                    first.origin.path.display()
                ),
            );
            self.diagnostics.push(at(d, c.pos));
            return;
        }
        if kept_text {
            self.merge_metadata_in(path, i, c);
        } else {
            self.replace_metadata(path, i, c);
        }
    }

    /// The candidate's own id when it has one and it is free; a clash is a
    /// warning and the derived id is used.
    fn take_explicit(&mut self, path: &Path, c: &Candidate) -> Option<String> {
        let (id, pos) = c.explicit.as_ref()?;
        if self.ids.insert(id.clone()) {
            return Some(id.clone());
        }
        let d = Diagnostic::warning(
            path,
            format!(
                "{}id `{id}` is already taken, the story gets an id from its url or file name",
                c.label
            ),
        );
        self.diagnostics.push(at(d, pos.or(c.pos)));
        None
    }

    /// Index the story at `i` under its keys (the first story keeps a key).
    fn remember(&mut self, i: usize, story: &Story) {
        for k in strong_keys(story) {
            self.seen.entry(k).or_insert(i);
        }
        self.titles.entry(title_key(story)).or_insert(i);
    }

    /// The kept story at `i` has the text, `c` is metadata: fill what the
    /// story lacks from it.
    fn merge_metadata_in(&mut self, path: &Path, i: usize, c: Candidate) {
        let mut story = self.stories[i].clone();
        let merged = merge(&mut story, &c.story);
        // An id the metadata gives names the story, unless it has its own.
        if !self.kept[i].explicit_id && c.explicit.is_some() {
            let old = story.id.0.clone();
            if let Some(id) = self.take_explicit(path, &c) {
                self.ids.remove(&old);
                story.id = StoryId(id);
                self.kept[i].explicit_id = true;
            }
        }
        let mut message = format!(
            "{}no text: metadata merged into story `{}` from {}",
            c.label,
            story.id,
            story.origin.path.display()
        );
        message.push_str(&merged.describe("here"));
        self.diagnostics
            .push(at(Diagnostic::note(path, message), c.pos));
        self.remember(i, &story);
        self.stories[i] = story;
    }

    /// The kept story at `i` is metadata, `c` has the text: `c` takes its
    /// place, filled from it.
    fn replace_metadata(&mut self, path: &Path, i: usize, c: Candidate) {
        let meta = self.stories[i].clone();
        if let Some(d) = self.kept[i].no_text.take() {
            self.retracted.insert(d);
        }
        let mut story = c.story.clone();
        let merged = merge(&mut story, &meta);
        self.ids.remove(&meta.id.0);
        let id = match self.take_explicit(path, &c) {
            Some(id) => {
                self.kept[i].explicit_id = true;
                id
            }
            None if self.kept[i].explicit_id => {
                self.ids.insert(meta.id.0.clone());
                meta.id.0.clone()
            }
            None => self.unique_id(c.base.clone()),
        };
        story.id = StoryId(id);
        let mut message = format!(
            "{}same story as `{}` from {}, which has no text: this copy is kept as `{}`",
            c.label,
            meta.id,
            meta.origin.path.display(),
            story.id
        );
        message.push_str(&merged.describe("there"));
        self.diagnostics
            .push(at(Diagnostic::note(path, message), c.pos));
        self.remember(i, &story);
        self.stories[i] = story;
    }
}

/// What merging metadata into a story did.
#[derive(Debug, Default)]
struct Merged {
    /// The fields filled in.
    added: Vec<&'static str>,
    /// Fields both copies gave differently: name, the metadata's value, the
    /// kept one.
    differ: Vec<(&'static str, String, String)>,
}

impl Merged {
    /// `, added url, source; date differs (`…` there), the text's `…` kept`.
    fn describe(&self, where_meta: &str) -> String {
        let mut s = String::new();
        if self.added.is_empty() {
            s.push_str(", nothing added");
        } else {
            s.push_str(", added ");
            s.push_str(&self.added.join(", "));
        }
        for (field, meta, text) in &self.differ {
            s.push_str(&format!(
                "; {field} differs (`{meta}` {where_meta}), the text's `{text}` kept"
            ));
        }
        s
    }

    fn field(&mut self, name: &'static str, text: &mut Option<String>, meta: &Option<String>) {
        match (text.as_ref(), meta) {
            (None, Some(m)) => {
                *text = Some(m.clone());
                self.added.push(name);
            }
            (Some(t), Some(m)) if t != m => self.differ.push((name, m.clone(), t.clone())),
            _ => {}
        }
    }
}

/// Fill what `text` lacks from `meta`.
fn merge(text: &mut Story, meta: &Story) -> Merged {
    let mut m = Merged::default();
    m.field("url", &mut text.url, &meta.url);
    m.field("source", &mut text.source, &meta.source);
    m.field("byline", &mut text.byline, &meta.byline);
    if text.dateline.is_none() && meta.dateline.is_some() {
        text.dateline = meta.dateline.clone();
        m.added.push("dateline");
    }
    match (text.published, meta.published) {
        (None, Some(p)) => {
            text.published = Some(p);
            m.added.push("date");
        }
        (Some(t), Some(p)) if t != p => {
            if refines(p, t) {
                text.published = Some(p);
                m.added.push("time");
            } else if !refines(t, p) {
                m.differ.push(("date", p.to_iso(), t.to_iso()));
            }
        }
        _ => {}
    }
    m
}

/// Whether `fine` says all that `coarse` says and more: the time of a bare
/// date's day, or the zone of a local time.
fn refines(fine: Published, coarse: Published) -> bool {
    match (fine, coarse) {
        (Published::Local(f), Published::Date(c)) => f.date() == c,
        (Published::Zoned(f), Published::Date(c)) => f.date_naive() == c,
        (Published::Zoned(f), Published::Local(c)) => f.naive_local() == c,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(d: u32) -> Published {
        Published::Date(NaiveDate::from_ymd_opt(2015, 4, d).expect("a date"))
    }

    #[test]
    fn a_time_refines_its_own_day_only() {
        let t = NaiveDate::from_ymd_opt(2015, 4, 2)
            .and_then(|d| d.and_hms_opt(9, 30, 0))
            .expect("a time");
        assert!(refines(Published::Local(t), day(2)));
        assert!(!refines(Published::Local(t), day(3)));
        assert!(!refines(day(2), Published::Local(t)));
        let zoned = t
            .and_local_timezone(chrono::FixedOffset::east_opt(3600).expect("an offset"))
            .single()
            .expect("one time");
        assert!(refines(Published::Zoned(zoned), Published::Local(t)));
    }
}
