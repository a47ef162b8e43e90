//! The people pane's state beyond its list: which kind of names it shows
//! (the tabs over the list), the order of its rows and where the tab labels
//! sit, for drawing and for clicks alike.

use crate::index::Index;
use crate::model::{EntityId, EntityKind};

/// Which names the people pane lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum KindTab {
    #[default]
    All,
    People,
    Organisations,
    Places,
    /// Events, laws, treaties, products.
    Other,
}

impl KindTab {
    /// The tabs in the order drawn and cycled.
    pub const ALL: [KindTab; 5] = [
        KindTab::All,
        KindTab::People,
        KindTab::Organisations,
        KindTab::Places,
        KindTab::Other,
    ];

    /// The next tab (wrapping).
    pub fn next(self) -> Self {
        let i = Self::ALL.iter().position(|&t| t == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// The previous tab (wrapping).
    pub fn prev(self) -> Self {
        let i = Self::ALL.iter().position(|&t| t == self).unwrap_or(0);
        Self::ALL[(i + Self::ALL.len() - 1) % Self::ALL.len()]
    }

    /// The kind the tab keeps, `None` for all.
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            KindTab::All => None,
            KindTab::People => Some(EntityKind::Person),
            KindTab::Organisations => Some(EntityKind::Organisation),
            KindTab::Places => Some(EntityKind::Place),
            KindTab::Other => Some(EntityKind::Other),
        }
    }

    /// The tab's label.
    pub fn label(self) -> &'static str {
        match self {
            KindTab::All => "all",
            KindTab::People => "people",
            KindTab::Organisations => "orgs",
            KindTab::Places => "places",
            KindTab::Other => "other",
        }
    }

    /// The label on a pane too narrow for [`KindTab::label`]: the kind tag
    /// lists use, in lower case.
    pub fn short_label(&self) -> &'static str {
        match self {
            KindTab::All => "all",
            KindTab::People => "per",
            KindTab::Organisations => "org",
            KindTab::Places => "loc",
            KindTab::Other => "oth",
        }
    }
}

/// The rows of the people pane under `tab`: every kind together, most
/// mentioned first (places rank with everyone else), then by kind, then by
/// name.
pub fn people_order(index: &Index, tab: KindTab) -> Vec<EntityId> {
    let mut order: Vec<EntityId> = index
        .entities()
        .iter()
        .filter(|e| tab.kind().is_none_or(|k| k == e.kind))
        .map(|e| e.id)
        .collect();
    let count = |id: EntityId| index.mention_count(id);
    order.sort_by(|a, b| {
        count(*b)
            .cmp(&count(*a))
            .then(index.entity(*a).kind.cmp(&index.entity(*b).kind))
            .then(index.entity(*a).name.cmp(&index.entity(*b).name))
    });
    order
}

/// Whether a people pane `height` rows tall draws the tab row above its
/// list (too short a pane keeps every row for names).
pub fn tabs_shown(height: usize) -> bool {
    height >= 3
}

/// Rows of the pane left for the list.
pub fn list_height(height: usize) -> usize {
    if tabs_shown(height) {
        height - 1
    } else {
        height
    }
}

/// One tab label on the tab row: the text drawn and its first column from
/// the pane's left edge; it covers `width()` cells from there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabCell {
    pub tab: KindTab,
    pub start: usize,
    pub text: String,
}

impl TabCell {
    pub fn width(&self) -> usize {
        crate::text::width(&self.text)
    }
}

/// Where each tab label sits on the tab row at `width` cells: padded
/// labels a cell apart when every tab fits so, else the bare labels a cell
/// apart, else the three-letter labels; labels that still do not fit are
/// left out. Every tab stays visible (and clickable) as long as the pane
/// has room for the shortest form.
pub fn tab_cells(width: usize) -> Vec<TabCell> {
    let padded = |t: KindTab| format!(" {} ", t.label());
    let bare = |t: KindTab| t.label().to_string();
    let short = |t: KindTab| t.short_label().to_string();
    let forms: [&dyn Fn(KindTab) -> String; 3] = [&padded, &bare, &short];
    for form in forms {
        let cells = place_tabs(width, form);
        if cells.len() == KindTab::ALL.len() {
            return cells;
        }
    }
    place_tabs(width, short)
}

/// The labels `form` gives, a cell apart, as many as fit in `width`.
fn place_tabs(width: usize, form: impl Fn(KindTab) -> String) -> Vec<TabCell> {
    let mut out = Vec::new();
    let mut x = 0;
    for tab in KindTab::ALL {
        let text = form(tab);
        let w = crate::text::width(&text);
        if x + w > width {
            break;
        }
        out.push(TabCell {
            tab,
            start: x,
            text,
        });
        x += w + 1;
    }
    out
}

/// The tab whose label covers column `x` of the tab row.
pub fn tab_at(width: usize, x: usize) -> Option<KindTab> {
    tab_cells(width)
        .into_iter()
        .find(|c| x >= c.start && x < c.start + c.width())
        .map(|c| c.tab)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_cycle_both_ways() {
        let mut t = KindTab::All;
        let mut seen = Vec::new();
        for _ in 0..5 {
            t = t.next();
            seen.push(t);
        }
        assert_eq!(
            seen,
            [
                KindTab::People,
                KindTab::Organisations,
                KindTab::Places,
                KindTab::Other,
                KindTab::All
            ]
        );
        assert_eq!(KindTab::All.prev(), KindTab::Other);
        assert_eq!(KindTab::Places.prev(), KindTab::Organisations);
    }

    #[test]
    fn tab_labels_are_hit_where_drawn() {
        let cells = tab_cells(40);
        assert_eq!(cells.len(), 5);
        assert_eq!(
            cells[0],
            TabCell {
                tab: KindTab::All,
                start: 0,
                text: " all ".into()
            }
        );
        assert_eq!(tab_at(40, 0), Some(KindTab::All));
        assert_eq!(tab_at(40, 4), Some(KindTab::All));
        assert_eq!(tab_at(40, 5), None, "the gap between labels");
        assert_eq!(tab_at(40, 6), Some(KindTab::People));
        // A narrow pane draws (and hits) only the short labels that fit.
        assert_eq!(tab_cells(14).len(), 3);
        assert_eq!(tab_at(14, 20), None);
        assert!(!tabs_shown(2) && tabs_shown(3));
        assert_eq!((list_height(2), list_height(10)), (2, 9));
    }

    fn drawn(width: usize) -> String {
        let mut line = String::new();
        for c in tab_cells(width) {
            line.push_str(&" ".repeat(c.start - line.len()));
            line.push_str(&c.text);
        }
        line
    }

    #[test]
    fn every_tab_stays_on_the_row_while_some_form_of_the_labels_fits() {
        // Padded labels need 38 cells for the five tabs.
        assert_eq!(drawn(38), " all   people   orgs   places   other ");
        // Narrower: the bare labels, then the short ones.
        assert_eq!(drawn(37), "all people orgs places other");
        assert_eq!(drawn(28), "all people orgs places other");
        assert_eq!(drawn(27), "all per org loc oth");
        assert_eq!(drawn(19), "all per org loc oth");
        // Too narrow even for those: what fits, from the left.
        assert_eq!(drawn(18), "all per org loc");
        for w in 0..60 {
            for c in tab_cells(w) {
                assert!(c.start + c.width() <= w, "{w}: {c:?}");
                assert_eq!(tab_at(w, c.start), Some(c.tab));
                assert_eq!(tab_at(w, c.start + c.width() - 1), Some(c.tab));
            }
        }
    }
}
