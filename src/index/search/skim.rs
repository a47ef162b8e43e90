//! skim's fzf-like scoring (`SkimMatcherV2` of fuzzy-matcher 0.3.7, default
//! configuration, smart case), computed without its leak.
//!
//! `SkimMatcherV2` keeps its score matrix between calls without clearing it,
//! and its consecutive-match bonus reads cells the current call has not
//! written, so a shared matcher scores a name differently depending on what
//! it scored before. Building a matcher per name cures that but costs three
//! thread-local tables and five allocations per name, which made the finder
//! several times slower over a million names. This is the same alignment,
//! step for step, on scratch buffers kept per thread and reset on every
//! call: exactly the scores and positions of a freshly built
//! `SkimMatcherV2`, at the price of clearing a few hundred bytes.

use std::cell::RefCell;

const SCORE_MATCH: i32 = 16;
const GAP_START: i32 = -3;
const GAP_EXTENSION: i32 = -1;
const BONUS_FIRST_CHAR_MULTIPLIER: i32 = 2;
const BONUS_HEAD: i32 = SCORE_MATCH / 2;
const BONUS_BREAK: i32 = SCORE_MATCH / 2 + GAP_EXTENSION;
const BONUS_CAMEL: i32 = SCORE_MATCH / 2 + 2 * GAP_EXTENSION;
const BONUS_CONSECUTIVE: i32 = -(GAP_START + GAP_EXTENSION);
const PENALTY_CASE_MISMATCH: i32 = GAP_EXTENSION * 2;
const NEG_INFINITY: i32 = i16::MIN as i32;

#[derive(Clone, Copy)]
struct Cell {
    /// Whether the best alignment ending in a match here came by a match
    /// (true) or a skip.
    m_match: bool,
    m_score: i32,
    p_match: bool,
    p_score: i32,
    bonus: i32,
}

const FRESH: Cell = Cell {
    m_match: false,
    m_score: NEG_INFINITY,
    p_match: false,
    p_score: NEG_INFINITY,
    bonus: 0,
};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CharType {
    Empty,
    Upper,
    Lower,
    Number,
    HardSep,
    SoftSep,
}

fn char_type(ch: char) -> CharType {
    match ch {
        '\0' => CharType::Empty,
        ' ' | '/' | '\\' | '|' | '(' | ')' | '[' | ']' | '{' | '}' => CharType::HardSep,
        '!'..='\'' | '*'..='.' | ':'..='@' | '^'..='`' | '~' => CharType::SoftSep,
        '0'..='9' => CharType::Number,
        'A'..='Z' => CharType::Upper,
        _ => CharType::Lower,
    }
}

fn in_place_bonus(prev: CharType, cur: CharType) -> i32 {
    match (prev, cur) {
        (CharType::Empty, _) | (CharType::HardSep, _) => BONUS_HEAD,
        (CharType::SoftSep, _) => BONUS_BREAK,
        (CharType::Lower, CharType::Upper) | (CharType::Number, CharType::Upper) => BONUS_CAMEL,
        _ => 0,
    }
}

fn char_equal(a: char, b: char, case_sensitive: bool) -> bool {
    if case_sensitive {
        a == b
    } else {
        a.eq_ignore_ascii_case(&b)
    }
}

fn match_score(c: char, p: char, case_sensitive: bool) -> Option<i32> {
    if !char_equal(c, p, case_sensitive) {
        return None;
    }
    let penalty = if !case_sensitive && p != c {
        PENALTY_CASE_MISMATCH
    } else {
        0
    };
    Some((SCORE_MATCH + penalty).max(0))
}

/// Buffers reused from call to call on one thread.
#[derive(Default)]
struct Scratch {
    choice: Vec<char>,
    pattern: Vec<char>,
    first: Vec<usize>,
    bonuses: Vec<i32>,
    matrix: Vec<Cell>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The score of `choice` for `pattern` (and, with `with_pos`, the matched
/// character positions), as a fresh `SkimMatcherV2::default().smart_case()`
/// computes them; `None` when it does not match.
pub fn fuzzy(choice: &str, pattern: &str, with_pos: bool) -> Option<(i64, Vec<usize>)> {
    if pattern.is_empty() {
        return Some((0, Vec::new()));
    }
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => fuzzy_in(&mut s, choice, pattern, with_pos),
        // Re-entered on this thread (cannot happen today): fresh buffers.
        Err(_) => fuzzy_in(&mut Scratch::default(), choice, pattern, with_pos),
    })
}

fn fuzzy_in(
    s: &mut Scratch,
    choice: &str,
    pattern: &str,
    with_pos: bool,
) -> Option<(i64, Vec<usize>)> {
    let case_sensitive = pattern.bytes().any(|b| b.is_ascii_uppercase());
    let Scratch {
        choice: c,
        pattern: p,
        first,
        bonuses,
        matrix,
    } = s;
    c.clear();
    c.extend(choice.chars());
    p.clear();
    p.extend(pattern.chars());
    // The first place each pattern character can match, in order.
    first.clear();
    let mut pi = 0;
    for (idx, &ch) in c.iter().enumerate() {
        if pi == p.len() {
            break;
        }
        if char_equal(ch, p[pi], case_sensitive) {
            first.push(idx);
            pi += 1;
        }
    }
    if pi < p.len() {
        return None;
    }
    let compressed = !with_pos;
    let cols = c.len() + 1;
    let rows = if compressed { 2 } else { p.len() + 1 };
    let row_of = |i: usize| if compressed { i & 1 } else { i };
    matrix.clear();
    matrix.resize(rows * cols, FRESH);
    bonuses.clear();
    bonuses.resize(cols, 0);
    let mut prev = '\0';
    for (j, &ch) in c.iter().enumerate() {
        bonuses[j + 1] = in_place_bonus(char_type(prev), char_type(ch));
        prev = ch;
    }
    if cols > 1 {
        bonuses[1] *= BONUS_FIRST_CHAR_MULTIPLIER;
    }
    for cell in &mut matrix[..cols] {
        cell.p_score = GAP_EXTENSION;
    }
    for (i, &p_ch) in p.iter().enumerate() {
        let row = row_of(i + 1);
        let row_prev = row_of(i);
        let to_skip = first[i];
        for (j, &c_ch) in c[to_skip..].iter().enumerate() {
            let col = to_skip + j + 1;
            let col_prev = to_skip + j;
            let cur = row * cols + col;
            let last = row * cols + col_prev;
            let diag = row_prev * cols + col_prev;
            if let Some(score) = match_score(c_ch, p_ch, case_sensitive) {
                let prev_match = matrix[diag].m_score;
                let prev_skip = matrix[diag].p_score;
                let here = bonuses[col];
                let consecutive = matrix[last].bonus.max(here.max(BONUS_CONSECUTIVE));
                matrix[last].bonus = consecutive;
                let by_match = prev_match + consecutive;
                let by_skip = prev_skip + here;
                if by_match >= by_skip {
                    matrix[cur].m_score = by_match + score;
                    matrix[cur].m_match = true;
                } else {
                    matrix[cur].m_score = by_skip + score;
                    matrix[cur].m_match = false;
                }
            } else {
                matrix[cur].m_score = NEG_INFINITY;
                matrix[cur].m_match = false;
                matrix[cur].bonus = 0;
            }
            let from_match = GAP_START + GAP_EXTENSION + matrix[last].m_score;
            let from_skip = GAP_EXTENSION + matrix[last].p_score;
            if from_match >= from_skip {
                matrix[cur].p_score = from_match;
                matrix[cur].p_match = true;
            } else {
                matrix[cur].p_score = from_skip;
                matrix[cur].p_match = false;
            }
        }
    }
    let start = first[first.len() - 1];
    let last_row = row_of(p.len()) * cols;
    // The last of the best cells, as `Iterator::max_by_key` picks.
    let mut end = start;
    let mut best = i32::MIN;
    for (j, cell) in matrix[last_row + start..last_row + cols].iter().enumerate() {
        if cell.m_score >= best {
            best = cell.m_score;
            end = start + j;
        }
    }
    let mut positions = Vec::new();
    if with_pos {
        positions.reserve(p.len());
        let (mut i, mut j) = (rows - 1, end);
        let mut track_m = true;
        let mut by_match = true;
        while i > 0 && j > first[0] {
            if by_match {
                positions.push(j - 1);
            }
            let cell = &matrix[i * cols + j];
            by_match = if track_m { cell.m_match } else { cell.p_match };
            if track_m {
                i -= 1;
            }
            j -= 1;
            track_m = by_match;
        }
        positions.reverse();
    }
    Some((i64::from(best), positions))
}

#[cfg(test)]
mod tests {
    use fuzzy_matcher::FuzzyMatcher;
    use fuzzy_matcher::skim::SkimMatcherV2;

    use super::fuzzy;

    fn fresh() -> SkimMatcherV2 {
        SkimMatcherV2::default().smart_case()
    }

    #[test]
    fn scores_and_positions_are_those_of_a_fresh_skim_matcher() {
        let names = [
            "Barack Obama",
            "Ali Khamenei",
            "Khamenei",
            "The Wall Street Journal",
            "Côte d'Ivoire",
            "McDonald's",
            "AT&T",
            "kha-khan kh/Kh",
            "Hello, 世界",
            "",
            "aaaaaaaaaaab",
        ];
        let queries = [
            "k", "kh", "khm", "Kh", "ob", "a", "ab", "aab", "wsj", "cô", "d'", "世", "h世", "mcd",
        ];
        for name in names {
            for q in queries {
                assert_eq!(
                    fuzzy(name, q, false).map(|(s, _)| s),
                    fresh().fuzzy_match(name, q),
                    "score of {name:?} for {q:?}"
                );
                assert_eq!(
                    fuzzy(name, q, true),
                    fresh().fuzzy_indices(name, q),
                    "positions in {name:?} for {q:?}"
                );
            }
        }
    }

    #[test]
    fn a_score_does_not_depend_on_what_was_scored_before() {
        let alone = fuzzy("Omar Kasparov", "ka", false);
        fuzzy("kakakakakakakakaka kakaka", "kakak", true);
        fuzzy("K", "k", false);
        assert_eq!(fuzzy("Omar Kasparov", "ka", false), alone);
    }
}
