//! Line and column numbers of byte offsets.
//!
//! A file that holds thousands of stories asks for thousands of positions;
//! [`LineIndex`] finds the line of each by a binary search over the line
//! starts, built once, and counts columns from the last position it gave
//! when the next one lies on the same line, so a pass over a file in order
//! stays linear even when the whole file is one line.

/// The line starts of a text, for many look-ups.
#[derive(Debug)]
pub(crate) struct LineIndex<'a> {
    bytes: &'a [u8],
    /// The byte offset where each line starts; the first is 0.
    starts: Vec<usize>,
    /// The last position answered: byte offset and its column.
    last: (usize, usize),
}

impl<'a> LineIndex<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        let starts = std::iter::once(0)
            .chain(
                bytes
                    .iter()
                    .enumerate()
                    .filter(|&(_, &b)| b == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Self {
            bytes,
            starts,
            last: (0, 1),
        }
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// The 1-based line and column (in characters) of byte `offset`, as
    /// [`position`] gives it.
    pub fn position(&mut self, offset: usize) -> (usize, usize) {
        let line = self.line(offset);
        let line_start = self.starts[line - 1];
        let col = match self.last {
            // On the same line as the last answer: count from there, on
            // either side.
            (at, col) if at >= line_start && at <= offset => col + chars(&self.bytes[at..offset]),
            (at, col) if at > offset && self.line(at) == line => {
                col - chars(&self.bytes[offset..at])
            }
            _ => 1 + chars(&self.bytes[line_start..offset]),
        };
        self.last = (offset, col);
        (line, col)
    }
}

/// 1-based line and column (in characters) of byte `offset`, for a single
/// look-up.
pub(crate) fn position(bytes: &[u8], offset: usize) -> (usize, usize) {
    let before = &bytes[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, chars(&before[line_start..]) + 1)
}

/// The characters in `bytes`, an invalid sequence counting as one.
fn chars(bytes: &[u8]) -> usize {
    String::from_utf8_lossy(bytes).chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_agrees_with_a_single_look_up() {
        let text = "ab\ncé d\n\nx\u{1f30d}yz\n".as_bytes();
        let offsets: Vec<usize> = (0..=text.len())
            .filter(|&i| std::str::from_utf8(text).is_ok_and(|s| s.is_char_boundary(i)))
            .collect();
        let mut index = LineIndex::new(text);
        // In order, in reverse and jumping about: the cursor never changes
        // an answer.
        let mut orders = vec![offsets.clone(), offsets.iter().rev().copied().collect()];
        orders.push(
            offsets
                .iter()
                .step_by(3)
                .chain(offsets.iter().step_by(2))
                .copied()
                .collect(),
        );
        for order in orders {
            for &i in &order {
                assert_eq!(index.position(i), position(text, i), "offset {i}");
                assert_eq!(index.line(i), position(text, i).0, "offset {i}");
            }
        }
        assert_eq!(index.position(6), (2, 3));
        assert_eq!(index.position(text.len()), (5, 1));
    }
}
