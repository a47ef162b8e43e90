//! Wire datelines at the start of a story: `WASHINGTON (AP) —`,
//! `NEW YORK, Feb 26 -`, `LONDON (Reuters) -`, `BEIJING —`,
//! `LAUSANNE, Switzerland —`, `WASHINGTON, D.C. (AP) _`.
//!
//! The place is written in capitals (letters, spaces, dots, apostrophes and
//! hyphens), optionally followed by a region in ordinary case, a short date
//! and an agency in parentheses, then a dash (`—`, `–`, `-`, `--` or `_`).
//! The body text is never changed: the dateline stays in the first paragraph
//! and is recorded on the story as well.

use std::sync::LazyLock;

use regex::Regex;

use crate::model::Dateline;

static WIRE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<place>\p{Lu}[\p{Lu} .'’\-]{0,38}[\p{Lu}.])",
        r"(?:,\s+(?P<region>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}))??",
        r"(?:,\s+(?P<date>\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?))?",
        r"(?:\s*\((?P<agency>[\p{L}][\p{L}\p{N} .&\-]{0,30})\))?",
        r"\s*(?:—|–|--|-|_)\s",
    ))
    .expect("dateline pattern is valid")
});

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<place>[^()]*?)\s*(?:\((?P<agency>[^()]{1,32})\))?\s*[—–\-_]*\s*$")
        .expect("dateline header pattern is valid")
});

/// The wire dateline opening `paragraph`, if any.
pub fn detect(paragraph: &str) -> Option<Dateline> {
    let caps = WIRE.captures(paragraph)?;
    let place = caps.name("place")?.as_str().trim();
    if place.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let place = match caps.name("region") {
        Some(r) => format!("{place}, {}", r.as_str()),
        None => place.to_string(),
    };
    Some(Dateline {
        place,
        agency: caps.name("agency").map(|a| a.as_str().trim().to_string()),
    })
}

/// A dateline given in a header field: `WASHINGTON`, `WASHINGTON (AP)`.
pub fn from_field(value: &str) -> Option<Dateline> {
    let caps = HEADER.captures(value.trim())?;
    let place = caps.name("place")?.as_str().trim();
    if place.is_empty() {
        return None;
    }
    Some(Dateline {
        place: place.to_string(),
        agency: caps
            .name("agency")
            .map(|a| a.as_str().trim().to_string())
            .filter(|a| !a.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(place: &str, agency: Option<&str>) -> Option<Dateline> {
        Some(Dateline {
            place: place.into(),
            agency: agency.map(Into::into),
        })
    }

    #[test]
    fn wire_datelines_are_recognised() {
        assert_eq!(
            detect("WASHINGTON (AP) — In a rare outreach"),
            d("WASHINGTON", Some("AP"))
        );
        assert_eq!(
            detect("NEW YORK, Feb 26 - Stocks fell"),
            d("NEW YORK", None)
        );
        assert_eq!(
            detect("LONDON (Reuters) - Britain said"),
            d("LONDON", Some("Reuters"))
        );
        assert_eq!(detect("BEIJING — China said"), d("BEIJING", None));
        assert_eq!(
            detect("LAUSANNE, Switzerland — Iran and"),
            d("LAUSANNE, Switzerland", None)
        );
        assert_eq!(
            detect("WASHINGTON, D.C. (AP) _ The"),
            d("WASHINGTON, D.C.", Some("AP"))
        );
        assert_eq!(
            detect("NEW YORK, Feb. 26 (Reuters) -- Oil"),
            d("NEW YORK", Some("Reuters"))
        );
        assert_eq!(
            detect("SÃO PAULO, Brazil (AP) – Brazil"),
            d("SÃO PAULO, Brazil", Some("AP"))
        );
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        for p in [
            "US officials have previously discussed",
            "Washington — the capital — said",
            "In a rare outreach",
            "A — B",
            "IRAN",
            "",
            "THE END of the talks",
        ] {
            assert_eq!(detect(p), None, "{p}");
        }
    }

    #[test]
    fn header_fields() {
        assert_eq!(from_field("WASHINGTON"), d("WASHINGTON", None));
        assert_eq!(from_field("WASHINGTON (AP)"), d("WASHINGTON", Some("AP")));
        assert_eq!(
            from_field("LAUSANNE, Switzerland"),
            d("LAUSANNE, Switzerland", None)
        );
        assert_eq!(from_field("  "), None);
    }
}
