//! What to show of an event's sentence when there is room for one line.

use crate::text;

use super::Index;
use crate::model::EventId;

/// The sentence of a mention event cut to at most `room` terminal cells,
/// shifted so the date phrase stays visible, as (before, phrase, after):
/// "…authorized a US-led air campaign", "in August", " and expanded…".
pub fn sentence_around(index: &Index, event: EventId, room: usize) -> (String, String, String) {
    let e = index.event(event);
    let para = index
        .story(e.story)
        .paragraphs
        .get(e.paragraph)
        .map(String::as_str)
        .unwrap_or("");
    let (s0, s1) = (e.sentence.start, e.sentence.end.max(e.sentence.start));
    let (t0, t1) = (e.timex.start.clamp(s0, s1), e.timex.end.clamp(s0, s1));
    let squeeze = |r: std::ops::Range<usize>| -> String {
        let raw = para.get(r).unwrap_or("");
        let mut out = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        if raw.starts_with(char::is_whitespace) && !out.is_empty() {
            out.insert(0, ' ');
        }
        if raw.ends_with(char::is_whitespace) && !out.is_empty() {
            out.push(' ');
        }
        out
    };
    let mut before = squeeze(s0..t0).trim_start().to_string();
    let mut phrase = squeeze(t0..t1);
    let after = squeeze(t1..s1).trim_end().to_string();
    if phrase.is_empty() && before.is_empty() && after.is_empty() {
        phrase = e.timex.text.clone();
    }
    let phrase_w = text::width(&phrase);
    if text::width(&before) + phrase_w > room {
        // Keep the last words before the phrase, up to a third of the room.
        let spare = room.saturating_sub(phrase_w);
        let keep = spare
            .saturating_sub(text::width(&after).min(spare / 2))
            .max(1);
        let mut tail: Vec<String> = Vec::new();
        let mut used = 1;
        for word in before.trim_end().split(' ').rev().map(str::to_string) {
            let w = text::width(&word) + 1;
            if used + w > keep {
                break;
            }
            used += w;
            tail.push(word);
        }
        tail.reverse();
        before = format!("…{}", tail.join(" "));
        if !tail.is_empty() && !before.ends_with(' ') {
            before.push(' ');
        }
    }
    let before = text::truncate(&before, room);
    let left = room.saturating_sub(text::width(&before));
    let phrase = text::truncate(&phrase, left);
    let left = left.saturating_sub(text::width(&phrase));
    let after = text::truncate(&after, left);
    (before, phrase, after)
}
