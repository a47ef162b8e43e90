//! The temporal tagger: finds date and time expressions in English news text
//! and normalises them TIMEX3-style against the document creation time.

use chrono::NaiveDate;

use crate::model::Timex;

/// Tag every temporal expression in `text`, resolving relative ones against
/// `dct` (the story's publication date) where given. Offsets are bytes into
/// `text`; results are in text order and never overlap.
pub fn tag(text: &str, dct: Option<NaiveDate>) -> Vec<Timex> {
    let _ = (text, dct);
    Vec::new()
}
