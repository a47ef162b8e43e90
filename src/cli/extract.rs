//! `dateline extract`: tag one raw text, or JSON Lines with `--batch`.

use std::io::{BufRead, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;
use serde::{Deserialize, Serialize};

use crate::index::StoryExtraction;
use crate::model::{EntityAnalysis, Timex};
use crate::store::cache::{EXTRACTOR_VERSION, Key};
use crate::{extract, ingest};

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The text to tag; `-` or nothing reads standard input.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The document date relative dates are resolved against (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<NaiveDate>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// JSON Lines in, JSON Lines out: each input line
    /// {"id": ..., "text": ..., "date": "YYYY-MM-DD" | null}.
    #[arg(long, conflicts_with_all = ["file", "date", "json"])]
    pub batch: bool,
}

/// A date found in a text, with offsets in Unicode characters.
#[derive(Debug, Serialize)]
pub struct DateOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub value: String,
}

/// A name found in a text, with offsets in Unicode characters.
#[derive(Debug, Serialize)]
pub struct EntityOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct Extraction {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    pub dates: Vec<DateOut>,
    pub entities: Vec<EntityOut>,
    /// In `--batch` output: what `dateline cache import` reads.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub cache: Option<CacheEntry>,
}

/// The cache entry of one `--batch` line: the key the cache files it under
/// (the hash of the text, the date and the extractor version), the
/// extractor version itself, and the extraction with byte offsets, as the
/// index reads it.
#[derive(Debug, Serialize, Deserialize)]
pub struct CacheEntry {
    pub hash: String,
    pub extractor: String,
    pub extraction: StoryExtraction,
}

#[derive(Debug, Deserialize)]
struct BatchIn {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    date: Option<String>,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    if args.batch {
        return batch(
            std::io::BufReader::new(std::io::stdin()),
            super::stdout_buffer(),
        );
    }
    // Files get the loaders' checks (no FIFO or device, the size cap);
    // standard input the same cap, as it may never end.
    let (name, bytes) = match &args.file {
        Some(p) if p.as_os_str() != "-" => (
            p.display().to_string(),
            ingest::read_file(p).map_err(|d| d.message),
        ),
        _ => ("standard input".to_string(), read_capped(std::io::stdin())),
    };
    let bytes = bytes
        .map_err(|m| anyhow::anyhow!("cannot read {name}: {}", m.trim_end_matches(", skipped")))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| anyhow::anyhow!("cannot read {name}: stream did not contain valid UTF-8"))?;
    let timexes = extract::timex::tag(&text, args.date);
    let entities = extract::entities::extract(&text);
    if args.json {
        super::print_json(&extraction(None, &text, &timexes, &entities))?;
    } else {
        print_text(&timexes, &entities);
    }
    Ok(ExitCode::SUCCESS)
}

/// All of `input`, unless it holds more than [`ingest::MAX_FILE_SIZE`].
fn read_capped(input: impl Read) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    input
        .take(ingest::MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > ingest::MAX_FILE_SIZE {
        return Err(format!(
            "over the {} MiB limit",
            ingest::MAX_FILE_SIZE / (1024 * 1024)
        ));
    }
    Ok(bytes)
}

fn print_text(timexes: &[Timex], entities: &EntityAnalysis) {
    for t in timexes {
        println!("{:<9} {:<22} {}", t.kind.as_str(), t.value, t.text);
    }
    for m in &entities.mentions {
        let e = &entities.entities[m.entity];
        println!(
            "{:<9} {:<22} {}",
            e.kind.as_str().to_uppercase(),
            e.name,
            m.text
        );
    }
}

/// Convert the extractors' byte offsets into character offsets.
pub fn extraction(
    id: Option<serde_json::Value>,
    text: &str,
    timexes: &[Timex],
    entities: &EntityAnalysis,
) -> Extraction {
    let chars = CharIndex::new(text);
    Extraction {
        id,
        dates: timexes
            .iter()
            .map(|t| DateOut {
                start: chars.at(t.start),
                end: chars.at(t.end),
                text: t.text.clone(),
                kind: t.kind.as_str(),
                value: t.value.clone(),
            })
            .collect(),
        entities: entities
            .mentions
            .iter()
            .map(|m| {
                let e = &entities.entities[m.entity];
                EntityOut {
                    start: chars.at(m.start),
                    end: chars.at(m.end),
                    text: m.text.clone(),
                    kind: e.kind.as_str(),
                    name: e.name.clone(),
                }
            })
            .collect(),
        cache: None,
    }
}

/// Byte offset -> character offset, for ascending or random look-ups.
struct CharIndex {
    /// Byte offset of every character start, plus the text length.
    starts: Vec<usize>,
}

impl CharIndex {
    fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        Self { starts }
    }

    fn at(&self, byte: usize) -> usize {
        self.starts.partition_point(|&s| s < byte)
    }
}

/// JSON Lines in, JSON Lines out, in input order; a malformed line is
/// reported on stderr with its number and skipped, every other line is still
/// processed, and the exit status is 1 when any line was skipped. Output is
/// buffered while more input is already waiting and flushed whenever the
/// input runs dry, so a program that sends one line and waits for its
/// answer gets it.
pub fn batch<R: std::io::Read>(
    mut input: std::io::BufReader<R>,
    mut output: impl Write,
) -> anyhow::Result<ExitCode> {
    let mut bad = 0usize;
    let mut line_no = 0usize;
    loop {
        if input.buffer().is_empty() {
            output.flush()?;
        }
        let mut line = String::new();
        line_no += 1;
        match input.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
            }
            Err(e) => {
                super::print_error(&format!("dateline: input line {line_no}: {e}"));
                bad += 1;
                if e.kind() == std::io::ErrorKind::InvalidData {
                    // Not UTF-8: `read_line` consumed the line; go on.
                    continue;
                }
                break;
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        let doc: BatchIn = match serde_json::from_str(&line) {
            Ok(d) => d,
            Err(e) => {
                super::print_error(&format!("dateline: input line {line_no}: {e}"));
                bad += 1;
                continue;
            }
        };
        let date = match doc
            .date
            .as_deref()
            .map(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d"))
        {
            None => None,
            Some(Ok(d)) => Some(d),
            Some(Err(e)) => {
                super::print_error(&format!("dateline: input line {line_no}: bad date: {e}"));
                bad += 1;
                continue;
            }
        };
        let found = StoryExtraction {
            timexes: extract::timex::tag(&doc.text, date),
            entities: extract::entities::extract(&doc.text),
        };
        let mut line = extraction(Some(doc.id), &doc.text, &found.timexes, &found.entities);
        line.cache = Some(CacheEntry {
            hash: Key::new(&doc.text, date).to_hex(),
            extractor: EXTRACTOR_VERSION.to_string(),
            extraction: found,
        });
        serde_json::to_writer(&mut output, &line)?;
        output.write_all(b"\n")?;
    }
    output.flush()?;
    if bad > 0 {
        eprintln!("dateline: skipped {bad} malformed input line(s)");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_index_counts_characters_not_bytes() {
        let c = CharIndex::new("é a");
        assert_eq!(c.at(0), 0);
        assert_eq!(c.at(2), 1);
        assert_eq!(c.at(4), 3);
    }
}
