//! The density strip over the timeline: how many listed events fall in each
//! month (or year, or run of years, on wide spans), one column each. The
//! view draws it and a click reads it, so both ask [`density`].

use chrono::Datelike;

use crate::index::Index;
use crate::model::EventId;

/// One column of the strip.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Column {
    /// Events listed in this column's span.
    pub count: usize,
    /// Position (in the timeline's listed events) of the first of them.
    pub first: Option<usize>,
}

/// The listed events binned into at most `width` columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Density {
    pub columns: Vec<Column>,
    /// Months each column covers: 1, or a multiple of 12.
    pub months: i32,
    /// The first month covered, as `year * 12 + month - 1`.
    origin: i32,
}

/// Month number of a listed event: `year * 12 + month - 1` of its start.
fn month_of(index: &Index, event: usize) -> Option<i32> {
    let start = index.event(EventId(event)).timex.range?.start;
    Some(start.year() * 12 + start.month0() as i32)
}

/// Bin `events` (timeline order) into at most `width` columns: one per
/// month when the span fits, else one per year, else runs of years.
pub fn density(index: &Index, events: &[usize], width: usize) -> Density {
    let keys: Vec<Option<i32>> = events.iter().map(|&e| month_of(index, e)).collect();
    let (Some(lo), Some(hi)) = (
        keys.iter().flatten().min().copied(),
        keys.iter().flatten().max().copied(),
    ) else {
        return Density::default();
    };
    if width == 0 {
        return Density::default();
    }
    let w = width as i32;
    let (origin, months) = if hi - lo < w {
        (lo, 1)
    } else {
        let (y0, y1) = (lo.div_euclid(12), hi.div_euclid(12));
        let per = (y1 - y0 + 1 + w - 1) / w;
        (y0 * 12, per * 12)
    };
    let n = ((hi - origin) / months + 1) as usize;
    let mut columns = vec![Column::default(); n];
    for (pos, key) in keys.iter().enumerate() {
        if let Some(k) = key {
            let c = &mut columns[((k - origin) / months) as usize];
            c.count += 1;
            c.first.get_or_insert(pos);
        }
    }
    Density {
        columns,
        months,
        origin,
    }
}

impl Density {
    /// The column the event at `pos` of `events` falls in.
    pub fn column_of(&self, index: &Index, events: &[usize], pos: usize) -> Option<usize> {
        let k = month_of(index, *events.get(pos)?)?;
        let c = ((k - self.origin) / self.months.max(1)) as usize;
        (c < self.columns.len()).then_some(c)
    }

    /// The bar for `count` on a scale whose tallest bar is `max`.
    pub fn bar(count: usize, max: usize) -> char {
        const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
        if count == 0 || max == 0 {
            return ' ';
        }
        BARS[(count * 8).div_ceil(max).clamp(1, 8) - 1]
    }

    pub fn max(&self) -> usize {
        self.columns.iter().map(|c| c.count).max().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_tallest_column() {
        assert_eq!(Density::bar(0, 5), ' ');
        assert_eq!(Density::bar(1, 1), '█');
        assert_eq!(Density::bar(1, 8), '▁');
        assert_eq!(Density::bar(8, 8), '█');
        assert_eq!(Density::bar(4, 8), '▄');
    }
}
