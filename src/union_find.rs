//! Disjoint sets over `0..n` (union-find), for the two places that close a
//! relation over items: mentions of one entity in a text, and events that
//! state the same thing across stories.

/// Disjoint sets over `0..n`. A set is represented by its smallest member,
/// so the result does not depend on the order of the unions.
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    /// `n` sets of one member each.
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    /// The smallest member of `i`'s set.
    pub fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            // Path halving: every other step points at its grandparent.
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Join the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            self.parent[hi] = lo;
            self.size[lo] += self.size[hi];
        }
    }

    /// How many members `i`'s set has.
    pub fn set_size(&mut self, i: usize) -> usize {
        let r = self.find(i);
        self.size[r]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_close_over_unions_and_keep_their_smallest_member() {
        let mut uf = UnionFind::new(6);
        uf.union(4, 2);
        uf.union(5, 4);
        uf.union(1, 3);
        assert_eq!(uf.find(5), 2);
        assert_eq!(uf.find(4), 2);
        assert_eq!(uf.find(3), 1);
        assert_eq!(uf.find(0), 0);
        assert_eq!(uf.set_size(5), 3);
        assert_eq!(uf.set_size(0), 1);
        uf.union(3, 5);
        assert_eq!(uf.find(4), 1);
        assert_eq!(uf.set_size(2), 5);
        // A union inside one set changes nothing.
        uf.union(2, 4);
        assert_eq!(uf.set_size(1), 5);
    }
}
