//! The finder's score bound: what is kept of every name to bound its
//! score (its [`NameSketch`]) and the bound of skim's score from it.

/// What a score bound may know of a name, kept by the searcher for every
/// name (13 bytes, read in place of the name itself): where
/// matching earns a position bonus, and which pairs of characters it holds
/// side by side. Works on bytes: only ASCII characters earn the position
/// bonuses a query can be compared with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NameSketch {
    /// The name's first byte, as written.
    pub first: u8,
    /// The characters (their bits as in a name's mask, see `mask_bit`)
    /// found after the first one at a word head, after punctuation or at a
    /// camel hump.
    pub heads: u32,
    /// The pairs of bytes found side by side, ASCII letters lower-cased,
    /// each hashed to one bit (see `pair_bit`). A query of one byte has no
    /// pairs: for it the searcher leaves this 0 rather than read it.
    pub pairs: u64,
}

impl NameSketch {
    pub fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut sketch = Self {
            first: bytes.first().copied().unwrap_or(0),
            ..Self::default()
        };
        let mut prev = 0u8;
        for (j, &c) in bytes.iter().enumerate() {
            if j > 0 {
                if c.is_ascii() && position_bonus(prev, c) > 0 {
                    sketch.heads |= mask_bit(c);
                }
                sketch.pairs |= pair_bit(prev, c);
            }
            prev = c;
        }
        sketch
    }
}

/// Every name's [`NameSketch`], one vector per field, so that a bound
/// reads only the fields it needs.
#[derive(Debug, Default)]
pub(super) struct Sketches {
    pub(super) first: Vec<u8>,
    pub(super) heads: Vec<u32>,
    pub(super) pairs: Vec<u64>,
}

impl Sketches {
    /// Name `i`'s sketch, its pairs left 0 unless `with_pairs`.
    pub(super) fn get(&self, i: usize, with_pairs: bool) -> NameSketch {
        NameSketch {
            first: self.first[i],
            heads: self.heads[i],
            pairs: if with_pairs { self.pairs[i] } else { 0 },
        }
    }
}

impl FromIterator<NameSketch> for Sketches {
    fn from_iter<I: IntoIterator<Item = NameSketch>>(iter: I) -> Self {
        let mut out = Self::default();
        for s in iter {
            out.first.push(s.first);
            out.heads.push(s.heads);
            out.pairs.push(s.pairs);
        }
        out
    }
}

/// The bit a pair of bytes sets in [`NameSketch::pairs`] (either case).
fn pair_bit(a: u8, b: u8) -> u64 {
    let (a, b) = (
        u32::from(a.to_ascii_lowercase()),
        u32::from(b.to_ascii_lowercase()),
    );
    let h = (a.wrapping_mul(0x9E37_79B1) ^ b.wrapping_mul(0x85EB_CA77)).wrapping_mul(0xC2B2_AE3D);
    1 << (h >> 26)
}

/// An upper bound of `SkimMatcherV2`'s default score of `text` for `query`.
///
/// Skim's score sums, per query character, a match score (16, or 14 on a
/// case mismatch when the query is all lower case) and a bonus. The first
/// character is reached through a -1 gap with its position bonus: 8 at a
/// word head (after a space, bracket or slash, or at the start, where it
/// doubles to 16), 7 after punctuation, 6 at a lower-to-upper camel hump.
/// Every later one either follows the previous one directly, earning the
/// larger of 4 and its own position bonus (skim's row-by-row bookkeeping
/// never carries a run's opening bonus further along it), or comes after a
/// gap costing at least 4, earning its position bonus, which can no longer
/// be the doubled one of the first byte. From a [`NameSketch`], every bonus
/// after the first byte is taken as 8.
pub fn skim_upper_bound(text: &str, query: &str) -> i64 {
    SkimQuery::new(query).bound(&NameSketch::of(text))
}

/// A query prepared for [`SkimQuery::bound`]: what does not depend on the
/// name.
pub(super) struct SkimQuery<'q> {
    bytes: &'q [u8],
    /// Query bytes with ASCII letters lower-cased.
    folded: Vec<u8>,
    /// Per query byte: its [`mask_bit`].
    bits: Vec<u32>,
    /// Per query byte after the first: the [`pair_bit`] of it and the one
    /// before, or 0 where a byte beyond ASCII makes any pair possible.
    pairs: Vec<u64>,
    /// Smart case: an all-lower-case query matches without case.
    ignore_case: bool,
}

impl<'q> SkimQuery<'q> {
    pub(super) fn new(query: &'q str) -> Self {
        let bytes = query.as_bytes();
        let folded: Vec<u8> = bytes.iter().map(u8::to_ascii_lowercase).collect();
        Self {
            bytes,
            bits: bytes.iter().map(|&b| mask_bit(b)).collect(),
            pairs: folded
                .windows(2)
                .map(|w| {
                    if w[0].is_ascii() && w[1].is_ascii() {
                        pair_bit(w[0], w[1])
                    } else {
                        0
                    }
                })
                .collect(),
            folded,
            ignore_case: !bytes.iter().any(u8::is_ascii_uppercase),
        }
    }

    /// The bound for a name sketched as `name`. A non-ASCII query byte is
    /// assumed to earn the largest bonus anywhere, and counting a
    /// multi-byte query character once per byte only loosens the bound.
    pub(super) fn bound(&self, name: &NameSketch) -> i64 {
        const FIRST_BONUS: i64 = 16;
        const HEAD_BONUS: i64 = 8;
        const CONSECUTIVE: i64 = 4;
        const MATCH: i64 = 16;
        const CASE_MISMATCH: i64 = 2;
        const GAP: i64 = 4;
        let q = self.bytes;
        if q.is_empty() {
            return 0;
        }
        // The largest position bonus of query byte `k` after the first byte.
        let site = |k: usize| -> i64 {
            if !q[k].is_ascii() {
                FIRST_BONUS
            } else if name.heads & self.bits[k] != 0 {
                HEAD_BONUS
            } else {
                0
            }
        };
        let mut total = MATCH - 1 + site(0);
        let p = q[0];
        if !p.is_ascii() {
            total = MATCH + FIRST_BONUS - 1;
        } else if self.folded[0] == name.first.to_ascii_lowercase() {
            let mismatch = self.ignore_case && name.first.is_ascii_uppercase();
            let at_first = MATCH - if mismatch { CASE_MISMATCH } else { 0 } + FIRST_BONUS - 1;
            total = total.max(at_first);
        }
        for i in 1..q.len() {
            let here = site(i);
            let pair = self.pairs[i - 1];
            total += if pair == 0 || name.pairs & pair != 0 {
                MATCH + here.max(CONSECUTIVE)
            } else {
                MATCH + here - GAP
            };
        }
        total
    }
}

/// Skim's bonus for matching byte `cur` right after byte `prev` (0 at the
/// start); bytes beyond ASCII count as lower-case letters, as skim counts
/// such characters.
fn position_bonus(prev: u8, cur: u8) -> u8 {
    let hard = matches!(
        prev,
        0 | b' ' | b'/' | b'\\' | b'|' | b'(' | b')' | b'[' | b']' | b'{' | b'}'
    );
    let soft = matches!(prev, b'!'..=b'\'' | b'*'..=b'.' | b':'..=b'@' | b'^'..=b'`' | b'~');
    if hard {
        8
    } else if soft {
        7
    } else if cur.is_ascii_uppercase() && !prev.is_ascii_uppercase() {
        // Lower (or beyond ASCII) or digit, then upper: a camel hump.
        6
    } else {
        0
    }
}

/// The bit a character sets in a name's mask, kept to 32 bits so that a
/// fresh scan reads half the memory: one per ASCII letter (either case), one
/// for every digit, one for spaces, one for other ASCII characters and one
/// for everything beyond ASCII.
pub(super) fn mask_bit(b: u8) -> u32 {
    let i = match b {
        b'a'..=b'z' => b - b'a',
        b'A'..=b'Z' => b - b'A',
        b'0'..=b'9' => 26,
        b' ' => 27,
        0..=127 => 28,
        _ => 29,
    };
    1 << i
}
