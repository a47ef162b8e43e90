//! Publication dates as sources write them.
//!
//! Accepted, with or without a leading weekday:
//! - ISO 8601 / RFC 3339: `2014-11-06`, `2014-11-06T18:36:39`,
//!   `2014-11-06 18:36`, `2014-11-06T18:36:39.5-05:00`, `…Z`, `2014/11/06`;
//! - RFC 2822 (feeds, mail): `Thu, 06 Nov 2014 10:30:00 +0000`, `… GMT`,
//!   `… EST`, and the date alone, `Thu, 6 Nov 2014`;
//! - written dates: `November 6, 2014`, `Nov. 6, 2014`, `6 November 2014`,
//!   `Thursday, November 6, 2014`;
//! - the date lines of web pages: `Sep 30, 2014 10:34 AM ET` (US zones by
//!   their daylight-saving rule), `2014-12-12 at 15:20:00PM EST`, and the
//!   time first, `2:05 PM GMT, Tue 6 Jan 2015`.
//!
//! The offset is kept when one is given. A weekday that does not match the
//! date makes the date unreadable rather than silently wrong.

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Weekday};

use crate::model::Published;
use crate::vocab::calendar;

/// Parse a publication date; `None` when it is not a readable date.
pub fn parse(input: &str) -> Option<Published> {
    let s = input.trim().trim_end_matches('.').trim();
    if s.is_empty() || s.len() > 80 {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(Published::Zoned(dt));
    }
    if let Some(p) = parse_iso(s) {
        return Some(p);
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(s) {
        return Some(Published::Zoned(dt));
    }
    parse_written(s).or_else(|| parse_date_then_time(s))
}

/// An ISO date followed by a written time: `2014-12-12 at 15:20:00PM EST`.
fn parse_date_then_time(s: &str) -> Option<Published> {
    let (first, rest) = s.split_once(char::is_whitespace)?;
    let Some(Published::Date(date)) = parse_iso(first) else {
        return None;
    };
    let words = time_words(rest);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let words = match words.first() {
        Some(&"at") => &words[1..],
        _ => &words[..],
    };
    let (time, zone) = parse_time(words)?;
    with_time(date, time, zone)
}

/// Words of a time, commas dropped and a meridiem written onto the time
/// split off: `10:34AM` → `10:34`, `AM`.
fn time_words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for w in s.replace(',', " ").split_whitespace() {
        let lower = w.to_ascii_lowercase();
        let cut = ["a.m.", "p.m.", "am", "pm"].iter().find_map(|m| {
            lower
                .strip_suffix(m)
                .filter(|t| t.contains(':'))
                .map(str::len)
        });
        match cut {
            Some(n) => {
                out.push(w[..n].to_string());
                out.push(w[n..].to_string());
            }
            None => out.push(w.to_string()),
        }
    }
    out
}

/// `date` at `time`, in the zone the remaining `zone` words name (none: a
/// local time).
fn with_time(date: NaiveDate, time: NaiveTime, zone: &[&str]) -> Option<Published> {
    let dt = date.and_time(time);
    match zone {
        [] => Some(Published::Local(dt)),
        [zone] => {
            let offset = parse_offset(zone).or_else(|| us_zone(zone, dt))?;
            dt.and_local_timezone(offset).single().map(Published::Zoned)
        }
        _ => None,
    }
}

/// `ET`, `CT`, `MT`, `PT`: a US zone by the daylight-saving rule in force
/// since 2007 (from the second Sunday of March to the first Sunday of
/// November, at 2 a.m. local time).
fn us_zone(zone: &str, dt: NaiveDateTime) -> Option<chrono::FixedOffset> {
    let standard = match zone.to_ascii_uppercase().as_str() {
        "ET" => -5,
        "CT" => -6,
        "MT" => -7,
        "PT" => -8,
        _ => return None,
    };
    let sunday = |month: u32, nth: u8| {
        NaiveDate::from_weekday_of_month_opt(dt.year(), month, Weekday::Sun, nth)
            .map(|d| d.and_hms_opt(2, 0, 0).expect("2 a.m. is a time"))
    };
    let summer = match (sunday(3, 2), sunday(11, 1)) {
        (Some(start), Some(end)) => dt >= start && dt < end,
        _ => false,
    };
    chrono::FixedOffset::east_opt((standard + i32::from(summer)) * 3600)
}

fn parse_iso(s: &str) -> Option<Published> {
    const ZONED: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f%:z",
        "%Y-%m-%dT%H:%M%:z",
        "%Y-%m-%d %H:%M:%S%.f%:z",
        "%Y-%m-%d %H:%M:%S%.f %z",
    ];
    for f in ZONED {
        if let Ok(dt) = DateTime::parse_from_str(s, f) {
            return Some(Published::Zoned(dt));
        }
    }
    // A trailing `Z` without seconds or with a space separator.
    if let Some(rest) = s.strip_suffix('Z').or_else(|| s.strip_suffix(" UTC"))
        && let Some(Published::Local(dt)) = parse_iso(rest)
    {
        return Some(Published::Zoned(dt.and_utc().fixed_offset()));
    }
    const LOCAL: [&str; 6] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
    ];
    for f in LOCAL {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, f) {
            return Some(Published::Local(dt));
        }
    }
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(Published::Date(d));
        }
    }
    None
}

/// `Thu, 6 Nov 2014`, `November 6, 2014`, `Nov. 6 2014`, `6 November 2014`,
/// optionally followed by a time (`10:30`, `10:30:00`, `10:30 a.m.`) and a
/// numeric offset or `GMT`/`UTC`.
fn parse_written(s: &str) -> Option<Published> {
    let cleaned = time_words(s).join(" ");
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    // The time first: `2:05 PM GMT, Tue 6 Jan 2015`.
    if let Some(at) = words.iter().position(|w| {
        parse_weekday(w.trim_end_matches('.')).is_some()
            || parse_month(w).is_some()
            || parse_day(w).is_some()
    }) && at > 0
        && words[0].contains(':')
        && let Some((time, zone)) = parse_time(&words[..at])
        && let Some(Published::Date(date)) = parse_written(&words[at..].join(" "))
    {
        return with_time(date, time, zone);
    }
    let weekday = words
        .first()
        .and_then(|w| parse_weekday(w.trim_end_matches('.')));
    if weekday.is_some() {
        words.remove(0);
    }
    if words.len() < 3 {
        return None;
    }
    let (month, day) = if let Some(m) = parse_month(words[0]) {
        (m, parse_day(words[1])?)
    } else {
        (parse_month(words[1])?, parse_day(words[0])?)
    };
    let year: i32 = words[2]
        .parse()
        .ok()
        .filter(|y| (1000..=9999).contains(y))?;
    let date = NaiveDate::from_ymd_opt(year, month, day)?;
    if weekday.is_some_and(|w| w != date.weekday()) {
        return None;
    }
    let rest = &words[3..];
    if rest.is_empty() {
        return Some(Published::Date(date));
    }
    let (time, rest) = parse_time(rest)?;
    with_time(date, time, rest)
}

fn parse_time<'a>(words: &'a [&'a str]) -> Option<(NaiveTime, &'a [&'a str])> {
    let first = words.first()?;
    let t = NaiveTime::parse_from_str(first, "%H:%M:%S")
        .or_else(|_| NaiveTime::parse_from_str(first, "%H:%M"))
        .ok()?;
    let rest = &words[1..];
    let meridiem = rest
        .first()
        .map(|w| w.to_ascii_lowercase().replace('.', ""));
    match meridiem.as_deref() {
        Some("am") | Some("pm") => {
            use chrono::Timelike;
            let mut h = t.hour();
            if h == 0 {
                return None;
            }
            if h > 12 {
                // `15:20PM`: a 24-hour time with a meridiem that agrees.
                if meridiem.as_deref() == Some("pm") {
                    return Some((t, &rest[1..]));
                }
                return None;
            }
            if meridiem.as_deref() == Some("pm") && h != 12 {
                h += 12;
            } else if meridiem.as_deref() == Some("am") && h == 12 {
                h = 0;
            }
            Some((t.with_hour(h)?, &rest[1..]))
        }
        _ => Some((t, rest)),
    }
}

fn parse_offset(zone: &str) -> Option<chrono::FixedOffset> {
    // The zone abbreviations news sites commonly print.
    let hours = match zone.to_ascii_uppercase().as_str() {
        "Z" | "GMT" | "UTC" | "UT" => Some(0),
        "EST" => Some(-5),
        "EDT" | "AST" => Some(-4),
        "CST" => Some(-6),
        "CDT" => Some(-5),
        "MST" => Some(-7),
        "MDT" => Some(-6),
        "PST" => Some(-8),
        "PDT" => Some(-7),
        "BST" | "CET" | "WAT" => Some(1),
        "CEST" | "EET" | "SAST" => Some(2),
        "EEST" | "MSK" => Some(3),
        _ => None,
    };
    if let Some(h) = hours {
        return chrono::FixedOffset::east_opt(h * 3600);
    }
    let (sign, digits) = match zone.as_bytes().first()? {
        b'+' => (1, &zone[1..]),
        b'-' => (-1, &zone[1..]),
        _ => return None,
    };
    let digits = digits.replace(':', "");
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i32 = digits[..2].parse().ok()?;
    let m: i32 = digits[2..].parse().ok()?;
    chrono::FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

fn parse_weekday(w: &str) -> Option<Weekday> {
    calendar::weekday_by_prefix(&w.to_ascii_lowercase())
}

/// `November`, `Nov`, `Nov.`, `Sept.` → month number.
pub fn parse_month(w: &str) -> Option<u32> {
    calendar::month_by_prefix(&w.trim_end_matches('.').to_ascii_lowercase())
}

fn parse_day(w: &str) -> Option<u32> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(s: &str) -> Option<String> {
        parse(s).map(|p| p.to_iso())
    }

    #[test]
    fn iso_forms() {
        assert_eq!(iso("2014-11-06").as_deref(), Some("2014-11-06"));
        assert_eq!(
            iso("1987-02-26T18:36:39").as_deref(),
            Some("1987-02-26T18:36:39")
        );
        assert_eq!(
            iso("2014-11-06 10:30").as_deref(),
            Some("2014-11-06T10:30:00")
        );
        assert_eq!(
            iso("2014-11-06T10:30:00-05:00").as_deref(),
            Some("2014-11-06T10:30:00-05:00")
        );
        assert_eq!(
            iso("2014-11-06T10:30:00Z").as_deref(),
            Some("2014-11-06T10:30:00+00:00")
        );
        assert_eq!(
            iso("2014-11-06T10:30Z").as_deref(),
            Some("2014-11-06T10:30:00+00:00")
        );
        assert_eq!(iso("2014/11/06").as_deref(), Some("2014-11-06"));
        assert_eq!(
            iso("2014-11-06T10:30:00+0100").as_deref(),
            Some("2014-11-06T10:30:00+01:00")
        );
        assert_eq!(
            iso("2014-11-06T10:30:00.000Z").as_deref(),
            Some("2014-11-06T10:30:00+00:00")
        );
    }

    #[test]
    fn rfc2822_forms_keep_the_offset() {
        assert_eq!(
            iso("Thu, 06 Nov 2014 10:30:00 -0500").as_deref(),
            Some("2014-11-06T10:30:00-05:00")
        );
        assert_eq!(
            iso("Thu, 6 Nov 2014 10:30:00 GMT").as_deref(),
            Some("2014-11-06T10:30:00+00:00")
        );
        assert_eq!(iso("Thu, 6 Nov 2014").as_deref(), Some("2014-11-06"));
        assert_eq!(
            iso("Thu, 06 Nov 2014 10:30 EST").as_deref(),
            Some("2014-11-06T10:30:00-05:00")
        );
    }

    #[test]
    fn web_page_date_lines_keep_their_zone() {
        // Eastern time: daylight saving in September, not in December.
        assert_eq!(
            iso("Sep 30, 2014 10:34 AM ET").as_deref(),
            Some("2014-09-30T10:34:00-04:00")
        );
        assert_eq!(
            iso("Dec 1, 2014 9:05 PM ET").as_deref(),
            Some("2014-12-01T21:05:00-05:00")
        );
        // The switch happens at 2 a.m. on the second Sunday of March.
        assert_eq!(
            iso("Mar 8, 2015 1:59 AM PT").as_deref(),
            Some("2015-03-08T01:59:00-08:00")
        );
        assert_eq!(
            iso("Mar 8, 2015 3:00 AM PT").as_deref(),
            Some("2015-03-08T03:00:00-07:00")
        );
        assert_eq!(
            iso("2014-12-12 at 15:20:00PM EST").as_deref(),
            Some("2014-12-12T15:20:00-05:00")
        );
        assert_eq!(
            iso("2014-12-12 at 3:20pm").as_deref(),
            Some("2014-12-12T15:20:00")
        );
        assert_eq!(
            iso("2:05 PM GMT, Tue 6 Jan 2015").as_deref(),
            Some("2015-01-06T14:05:00+00:00")
        );
        // A wrong weekday or a morning hour past 12 is still unreadable.
        assert_eq!(iso("2:05 PM GMT, Wed 6 Jan 2015"), None);
        assert_eq!(iso("2014-12-12 at 15:20 AM"), None);
        assert_eq!(iso("Sep 30, 2014 10:34 AM XT"), None);
    }

    #[test]
    fn written_forms() {
        assert_eq!(iso("November 6, 2014").as_deref(), Some("2014-11-06"));
        assert_eq!(iso("Nov. 6, 2014").as_deref(), Some("2014-11-06"));
        assert_eq!(iso("6 November 2014").as_deref(), Some("2014-11-06"));
        assert_eq!(
            iso("Thursday, November 6, 2014").as_deref(),
            Some("2014-11-06")
        );
        assert_eq!(iso("Sept. 23, 2014").as_deref(), Some("2014-09-23"));
        assert_eq!(
            iso("November 6, 2014 4:05 p.m.").as_deref(),
            Some("2014-11-06T16:05:00")
        );
        assert_eq!(
            iso("November 6, 2014 10:30 a.m. EST").as_deref(),
            Some("2014-11-06T10:30:00-05:00")
        );
        assert_eq!(
            iso("6 Nov 2014 16:05 +01:00").as_deref(),
            Some("2014-11-06T16:05:00+01:00")
        );
    }

    #[test]
    fn impossible_or_unreadable_dates_are_rejected() {
        for s in [
            "",
            "2014-02-30",
            "2014-13-01",
            "February 30, 2014",
            "Fri, 6 Nov 2014",
            "soon",
            "Obama writes to Iran",
            "November 2014",
            "32 May 2014",
            "2014-11-06T25:00:00",
        ] {
            assert_eq!(parse(s), None, "{s}");
        }
    }
}
