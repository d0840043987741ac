//! The dynamic-programming table: a banded search over bead shapes, filled then walked back.
//!
//! Cell (i, j) holds the cheapest way to align the first i source units with the first j
//! target units. Only cells inside a [`Band`] exist: one contiguous range of j per row, kept
//! in one flat `Vec` with an offset per row, so memory grows with n × band width rather than
//! n × m. The band comes from a coarse-to-fine search ([`align_units`]): both sides are
//! halved (neighbouring units merged) until the table is small enough to fill whole; the
//! path found there is projected one level down and widened by [`Costs::band`] units in
//! every direction, and so on back to the real units. A block of insertions that a fixed
//! diagonal band would miss shows up at the coarse level as a few wide beads, and the band
//! follows it.

use super::score::{AnchorTable, Overlap, RowMatcher, ScoredUnit, Scorer, Scratch};
use std::ops::Range;
use std::sync::atomic::{AtomicU32, Ordering};

#[path = "seg.rs"]
mod seg;

/// A bead shape: how many source and target units one bead covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Shape {
    /// Source units.
    pub source: usize,
    /// Target units.
    pub target: usize,
}

const fn shape(source: usize, target: usize) -> Shape {
    Shape { source, target }
}

/// Bead shapes at sentence level. The order matters for ties: an earlier shape wins a tie,
/// so 1-1 is preferred over a deletion plus an insertion of the same cost, and plain
/// merges over wider ones.
pub(crate) const SENTENCE_SHAPES: &[Shape] = &[
    shape(1, 1),
    shape(1, 0),
    shape(0, 1),
    shape(2, 1),
    shape(1, 2),
    shape(2, 2),
    shape(3, 1),
    shape(1, 3),
    shape(3, 2),
    shape(2, 3),
    shape(4, 1),
    shape(1, 4),
];

/// Bead shapes at paragraph level: the sentence shapes plus the wide merges of a rendering
/// that condenses (one Swedish paragraph for five English ones).
pub(crate) const PARAGRAPH_SHAPES: &[Shape] = &[
    shape(1, 1),
    shape(1, 0),
    shape(0, 1),
    shape(2, 1),
    shape(1, 2),
    shape(2, 2),
    shape(3, 1),
    shape(1, 3),
    shape(3, 2),
    shape(2, 3),
    shape(4, 1),
    shape(1, 4),
    shape(5, 1),
    shape(1, 5),
    shape(6, 1),
    shape(1, 6),
];

/// True for a 1-0 and a 0-1 shape, in either order.
fn is_swap(a: Shape, b: Shape) -> bool {
    a.source + a.target == 1 && b.source + b.target == 1 && a != b
}

/// Bead shapes of the coarse passes, which only guide the band.
const COARSE_SHAPES: &[Shape] =
    &[shape(1, 1), shape(1, 0), shape(0, 1), shape(2, 1), shape(1, 2), shape(2, 2)];

/// The cells that exist: for each row i in 0..=n, the columns `lo[i]..=hi[i]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Band {
    lo: Vec<usize>,
    hi: Vec<usize>,
    /// Index in the flat table of the first cell of each row.
    offset: Vec<usize>,
}

impl Band {
    /// Every cell of an (n + 1) × (m + 1) table.
    pub fn full(n: usize, m: usize) -> Band {
        Band::new(vec![0; n + 1], vec![m; n + 1])
    }

    fn new(lo: Vec<usize>, hi: Vec<usize>) -> Band {
        let mut offset = Vec::with_capacity(lo.len());
        let mut total = 0;
        for (l, h) in lo.iter().zip(&hi) {
            offset.push(total);
            total += h + 1 - l;
        }
        Band { lo, hi, offset }
    }

    /// The part of the band from cell `from` to cell `to` (both held, `from` before `to` on
    /// both axes), as a band of its own counted from `from`: the table a segment of the path
    /// between the two corners is searched in ([`seg`]). A band is monotone, so every
    /// row of the part keeps at least one cell and stays connected to the row before.
    fn part(&self, from: (usize, usize), to: (usize, usize)) -> Band {
        let ((i0, j0), (i1, j1)) = (from, to);
        let lo = (i0..=i1).map(|i| self.lo[i].clamp(j0, j1) - j0).collect();
        let hi = (i0..=i1).map(|i| self.hi[i].clamp(j0, j1) - j0).collect();
        Band::new(lo, hi)
    }

    /// The number of cells.
    pub fn cells(&self) -> usize {
        self.offset.last().map_or(0, |o| o + self.hi[self.hi.len() - 1] + 1 - self.lo[self.lo.len() - 1])
    }

    /// The flat index of cell (i, j), if the band holds it.
    fn index(&self, i: usize, j: usize) -> Option<usize> {
        (i < self.lo.len() && self.lo[i] <= j && j <= self.hi[i]).then(|| self.offset[i] + j - self.lo[i])
    }

    /// Projects beads found on units merged in pairs back onto the `n` × `m` units and widens
    /// the result by `radius` in every direction.
    pub fn around(path: &[Step], n: usize, m: usize, radius: usize) -> Band {
        Band::around_scaled(path, 2, n, m, radius)
    }

    /// [`Band::around`] for a path on units merged by `scale` (1: a path on these very units).
    pub fn around_scaled(path: &[Step], scale: usize, n: usize, m: usize, radius: usize) -> Band {
        let mut lo = vec![usize::MAX; n + 1];
        let mut hi = vec![0; n + 1];
        for bead in path {
            let rows = (scale * bead.source.start).min(n)..=(scale * bead.source.end).min(n);
            let cols = (scale * bead.target.start).min(m)..=(scale * bead.target.end).min(m);
            let first_row = rows.start().saturating_sub(radius);
            let last_row = (rows.end() + radius).min(n);
            for i in first_row..=last_row {
                lo[i] = lo[i].min(cols.start().saturating_sub(radius));
                hi[i] = hi[i].max((cols.end() + radius).min(m));
            }
        }
        lo[0] = 0;
        hi[n] = m;
        // Keep the band monotone and connected: a path only moves right and down.
        for i in 1..=n {
            hi[i] = hi[i].max(hi[i - 1]);
        }
        for i in (0..n).rev() {
            lo[i] = lo[i].min(lo[i + 1]);
        }
        for i in 1..=n {
            lo[i] = lo[i].min(hi[i - 1]);
        }
        Band::new(lo, hi)
    }
}

/// One step of a path (a bead as the search sees it, not [`crate::alignment::Bead`]): source
/// units `source`, target units `target` (either may be empty),
/// with what the search knew about it.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Step {
    /// Source unit range.
    pub source: Range<usize>,
    /// Target unit range.
    pub target: Range<usize>,
    /// The bead's own cost.
    pub cost: f64,
    /// How much more the best path to the bead's end would cost with another last bead.
    pub margin: f64,
}

#[derive(Clone, Copy, Debug)]
struct Cell {
    /// Cheapest cost of reaching the cell.
    cost: f64,
    /// Cost of the best way that ends with a different bead shape (the runner-up).
    second: f32,
    /// Index of the last bead's shape in the shape list (`u8::MAX` at the origin).
    shape: u8,
}

const UNREACHED: Cell = Cell { cost: f64::INFINITY, second: f32::INFINITY, shape: u8::MAX };

impl Cell {
    /// Takes a way into the cell that costs `total` and ends with bead shape `k` of `shapes`:
    /// it becomes the best (strictly cheaper: on a tie the earlier shape in the list wins) or
    /// the runner-up. A deletion and an insertion swapped are the same beads in another order,
    /// not a rival reading: they do not count as the runner-up of each other.
    #[inline]
    fn offer(&mut self, total: f64, k: usize, shapes: &[Shape]) {
        let swapped = |other: u8| shapes.get(other as usize).is_some_and(|o| is_swap(*o, shapes[k]));
        if total < self.cost {
            if !swapped(self.shape) {
                self.second = self.cost as f32;
            }
            self.cost = total;
            self.shape = k as u8;
        } else if (total as f32) < self.second && !swapped(self.shape) {
            self.second = total as f32;
        }
    }
}

/// What bead costs are computed from, gathered once per table: the anchor weight each pair of
/// single units shares (one figure per band cell), and running sums of unit lengths and
/// anchor weights. A bead's overlap is the sum over its unit pairs, so no bead needs its
/// units' anchors merged and sorted.
struct Pairs<'a, 'b> {
    scorer: &'a Scorer<'b>,
    rows: Range<usize>,
    cols: Range<usize>,
    /// Anchor weight of source unit i-1 found in target unit j-1 (uncapped), at cell (i, j)'s
    /// index: the bits of an `f32`. A table that marks fills it block by block, on the
    /// pricing threads, with what each block keeps ([`Pairs::price_rows`]); others whole,
    /// up front. Only the pricing reads it.
    matched: Vec<AtomicU32>,
    /// Running sums over the rows' units: lengths and anchor weights (index 0 is 0).
    source_len: Vec<f64>,
    source_weight: Vec<f64>,
    target_len: Vec<f64>,
    target_weight: Vec<f64>,
    /// Whether the table is large enough for a scratch with marks ([`Pairs::scratch`]); such a
    /// table also keeps what [`Pairs::merge_overlap`] needs.
    marking: bool,
    /// Per anchor of each source unit (in the unit's order, from `source_start[unit]`): how
    /// many units back the nearest earlier source unit holding it is (0: none within
    /// [`MAX_SIDE`] − 1), so that a merge counts each anchor once without marking tokens.
    source_earlier: Vec<u8>,
    source_start: Vec<usize>,
    /// The same for the target units.
    target_earlier: Vec<u8>,
    target_start: Vec<usize>,
}

/// The widest side of a bead whose overlap [`Pairs::merge_overlap`] computes (wider ones take
/// [`Scorer::overlap`]).
const MAX_SIDE: usize = 8;

/// For each anchor of each unit, how many units back the nearest earlier unit holding it is
/// (0: none within [`MAX_SIDE`] − 1), flat, and where each unit's anchors start.
fn earlier_units(units: &[ScoredUnit], tokens: usize) -> (Vec<u8>, Vec<usize>) {
    let mut last = vec![usize::MAX; tokens];
    let mut start = Vec::with_capacity(units.len() + 1);
    let mut earlier = Vec::with_capacity(units.iter().map(|u| u.tokens.len()).sum());
    for (k, unit) in units.iter().enumerate() {
        start.push(earlier.len());
        for &x in &unit.tokens {
            let back = match last[x as usize] {
                usize::MAX => 0,
                seen => k - seen,
            };
            earlier.push(if back < MAX_SIDE { back as u8 } else { 0 });
            last[x as usize] = k;
        }
    }
    start.push(earlier.len());
    (earlier, start)
}

impl<'a, 'b> Pairs<'a, 'b> {
    fn new(scorer: &'a Scorer<'b>, band: &Band, rows: Range<usize>, cols: Range<usize>) -> Pairs<'a, 'b> {
        let marking = band.cells() >= MARKING_CELLS;
        let matched = if marking {
            (0..band.cells()).map(|_| AtomicU32::new(0)).collect()
        } else {
            pair_table(scorer, band, &rows, &cols).into_iter().map(|m| AtomicU32::new(m.to_bits())).collect()
        };
        let sums = |units: &[ScoredUnit], f: &dyn Fn(&ScoredUnit) -> f64| {
            std::iter::once(0.0)
                .chain(units.iter().scan(0.0, |sum, u| {
                    *sum += f(u);
                    Some(*sum)
                }))
                .collect::<Vec<f64>>()
        };
        let (su, tu) = (&scorer.source[rows.clone()], &scorer.target[cols.clone()]);
        let vocabulary = scorer.anchors.weight.len();
        let ((source_earlier, source_start), (target_earlier, target_start)) = if marking {
            (earlier_units(su, vocabulary), earlier_units(tu, vocabulary))
        } else {
            Default::default()
        };
        Pairs {
            scorer,
            matched,
            source_len: sums(su, &|u| u.len),
            source_weight: sums(su, &|u| scorer.weight(u)),
            target_len: sums(tu, &|u| u.len),
            target_weight: sums(tu, &|u| scorer.weight(u)),
            rows,
            cols,
            marking,
            source_earlier,
            source_start,
            target_earlier,
            target_start,
        }
    }

    /// Scratch space for the exact overlaps of this table's merges: a table scores many
    /// merges, and marks over the vocabulary pay for themselves there.
    fn scratch(&self) -> Scratch {
        if self.marking { Scratch::marking(self.scorer.anchors.weight.len()) } else { Scratch::default() }
    }

    /// Matched anchor weight of the units just before cell (i, j).
    fn pair(&self, band: &Band, i: usize, j: usize) -> f64 {
        match band.index(i, j) {
            Some(k) => f64::from(f32::from_bits(self.matched[k].load(Ordering::Relaxed))),
            None => {
                let (s, t) = (self.rows.start + i - 1, self.cols.start + j - 1);
                self.scorer.pair_matched(s, t)
            }
        }
    }

    /// The cost of the bead of shape `s` that ends at cell (i, j), or `None` when it cannot be
    /// below `limit`: everything but the anchor overlap is cheap, and the overlap can lower the
    /// cost by at most the anchor bonus of the smaller side's whole weight, so most wide merges
    /// are ruled out before their anchors are compared.
    #[cfg(test)]
    fn cost(
        &self,
        band: &Band,
        i: usize,
        j: usize,
        s: Shape,
        limit: f64,
        scratch: &mut Scratch,
    ) -> Option<f64> {
        let price = self.price(band, i, j, s, &mut |ii, jj| self.pair(band, ii, jj));
        self.settle(band, price, (i, j), s, limit, (scratch, &[]))
    }

    /// [`Pairs::cost`] from the bead's [`Price`]: the exact overlap of a merge is compared
    /// only if its bound is below `limit`, from the `blocks`' figures when they hold its unit
    /// pairs ([`Pairs::merge_overlap`]), else with `scratch`.
    fn settle(
        &self,
        band: &Band,
        price: Price,
        (i, j): (usize, usize),
        s: Shape,
        limit: f64,
        (scratch, blocks): (&mut Scratch, &[&Block]),
    ) -> Option<f64> {
        match price {
            Price::Unfit => None,
            Price::Always(cost) => Some(cost),
            Price::Exact(cost) | Price::Bound { floor: cost, .. } if cost >= limit => None,
            Price::Exact(cost) => Some(cost),
            Price::Bound { most, unsupported, orphans, .. } => {
                let (i0, j0) = (i - s.source, j - s.target);
                // The bound itself, as [`Pairs::price`] would have it: its floor was below
                // the limit.
                let source_len = self.source_len[i] - self.source_len[i0];
                let target_len = self.target_len[j] - self.target_len[j0];
                let (source, target) = (
                    self.source_weight[i] - self.source_weight[i0],
                    self.target_weight[j] - self.target_weight[j0],
                );
                let base = self.scorer.shape_and_length((s.source, s.target), source_len, target_len);
                let best_case = Overlap { matched: most, source, target };
                if self.scorer.combine_from(base, &best_case, orphans as usize) + unsupported >= limit {
                    return None;
                }
                let (r, c) = (self.rows.start + i0, self.cols.start + j0);
                let overlap = self
                    .merge_overlap(band, (i0, j0), s, blocks)
                    .unwrap_or_else(|| self.scorer.overlap(r..r + s.source, c..c + s.target, scratch));
                Some(self.scorer.combine_from(base, &overlap, orphans as usize) + unsupported)
            }
        }
    }

    /// [`Scorer::overlap`] of the merge of shape `s` that starts after cell (i0, j0), from how
    /// each of its unit pairs finds each source anchor ([`Block::found`]): an anchor is found
    /// in the union of the target units as well as in the best of them, each side's anchors
    /// count once (the nearest earlier unit holding one is outside the merge), and the sums
    /// run in [`Scorer::overlap`]'s order, so the figures are its own to the bit, without
    /// marking tokens or scanning equivalents on the search's thread. `None` when a unit
    /// pair is in none of the blocks (outside the band, or not priced).
    fn merge_overlap(
        &self,
        band: &Band,
        (i0, j0): (usize, usize),
        s: Shape,
        blocks: &[&Block],
    ) -> Option<Overlap> {
        if blocks.is_empty() || self.source_start.is_empty() || s.source > MAX_SIDE || s.target > MAX_SIDE {
            return None;
        }
        let weight = &self.scorer.anchors.weight;
        let mut overlap = Overlap::default();
        for q in 0..s.target {
            let u = j0 + q;
            let tokens = &self.scorer.target[self.cols.start + u].tokens;
            let earlier = &self.target_earlier[self.target_start[u]..self.target_start[u + 1]];
            for (&y, &back) in tokens.iter().zip(earlier) {
                if back == 0 || usize::from(back) > q {
                    overlap.target += weight[y as usize];
                }
            }
        }
        let mut found: [&[f64]; MAX_SIDE] = [&[]; MAX_SIDE];
        for r in 0..s.source {
            let ii = i0 + 1 + r;
            for (c, slot) in found[..s.target].iter_mut().enumerate() {
                *slot = blocks.iter().find_map(|b| b.found(self, band, ii, j0 + 1 + c))?;
            }
            let u = ii - 1;
            let tokens = &self.scorer.source[self.rows.start + u].tokens;
            let earlier = &self.source_earlier[self.source_start[u]..self.source_start[u + 1]];
            for (k, (&x, &back)) in tokens.iter().zip(earlier).enumerate() {
                if back != 0 && usize::from(back) <= r {
                    continue;
                }
                let best = found[..s.target].iter().fold(0.0f64, |best, f| best.max(f[k]));
                let value = if best == f64::INFINITY { 1.0 } else { best };
                overlap.source += weight[x as usize];
                overlap.matched += weight[x as usize] * value;
            }
        }
        overlap.matched = overlap.matched.min(overlap.target);
        Some(overlap)
    }

    /// What the bead of shape `s` that ends at cell (i, j) costs as far as it is known without
    /// the exact overlap of a merge's anchors: it depends on no other cell, so whole rows are
    /// priced on all threads ahead of the search ([`Pairs::price_rows`]). `pair` gives
    /// [`Pairs::pair`] of a cell (a cache of it for the cell's shapes).
    fn price(
        &self,
        band: &Band,
        i: usize,
        j: usize,
        s: Shape,
        pair: &mut impl FnMut(usize, usize) -> f64,
    ) -> Price {
        if s.source > i || s.target > j || band.index(i - s.source, j - s.target).is_none() {
            return Price::Unfit;
        }
        let (i0, j0) = (i - s.source, j - s.target);
        let source_len = self.source_len[i] - self.source_len[i0];
        let target_len = self.target_len[j] - self.target_len[j0];
        if s.source == 0 || s.target == 0 {
            return Price::Always(self.scorer.indel_cost(s.source + s.target, source_len + target_len));
        }
        let weights =
            (self.source_weight[i] - self.source_weight[i0], self.target_weight[j] - self.target_weight[j0]);
        // An orphan shares no anchor with any single unit of the other side. (The pairs' best,
        // not their sum: a name spelled alike in two units must not count twice.)
        let mut orphans = 0;
        // Cost of the source units of a merge that carry too little evidence of their own.
        let mut unsupported = 0.0;
        // The sum of the unit pairs' matched weights (below), taken in the orphans' loop when
        // there is one: the same pairs in the same order.
        let mut pair_sum = 0.0;
        let mut summed = false;
        if self.scorer.costs.orphan > 0.0 && s.source + s.target > 2 {
            summed = true;
            let mut column = [0.0f64; 8];
            // Each source unit's best single-unit match, its own anchor weight and length.
            let mut rows = [(0.0f64, 0.0f64, 0.0f64); 8];
            for (r, ii) in (i0 + 1..=i).enumerate() {
                let mut row: f64 = 0.0;
                for (c, jj) in (j0 + 1..=j).enumerate() {
                    let m = pair(ii, jj);
                    pair_sum += m;
                    row = row.max(m);
                    if let Some(slot) = column.get_mut(c) {
                        *slot = slot.max(m);
                    }
                }
                let weight = self.source_weight[ii] - self.source_weight[ii - 1];
                orphans += usize::from(row < ORPHAN_WEIGHT);
                if let Some(slot) = rows.get_mut(r) {
                    *slot = (row, weight, self.source_len[ii] - self.source_len[ii - 1]);
                }
            }
            orphans += column[..s.target.min(column.len())].iter().filter(|&&m| m < ORPHAN_WEIGHT).count();
            // With several source units, each must be matched at least `orphan_share` times as
            // densely as the merge as a whole; one that is not rides on its neighbours'
            // evidence, and pays what omitting it would cost (so a long omitted paragraph that
            // shares a name with the next one is not made part of its rendering).
            let share = self.scorer.costs.orphan_share;
            if share > 0.0 && s.source > 1 {
                let rows = &rows[..s.source.min(rows.len())];
                let (matched, weight) = rows.iter().fold((0.0, 0.0), |(m, w), &(a, b, _)| (m + a, w + b));
                if weight > 0.0 {
                    let density = matched / weight;
                    unsupported = rows
                        .iter()
                        .filter(|&&(m, w, _)| m >= ORPHAN_WEIGHT && m < share * density * w)
                        .map(|&(_, _, len)| self.scorer.indel_cost(1, len))
                        .sum();
                }
            }
        }
        let shape = (s.source, s.target);
        // The overlap of a merge is at most the sum of its unit pairs' (each source anchor is
        // found in the union at best as well as in its best single unit).
        if !summed {
            for ii in i0 + 1..=i {
                for jj in j0 + 1..=j {
                    pair_sum += pair(ii, jj);
                }
            }
        }
        let most = pair_sum.min(weights.0).min(weights.1);
        let best_case = Overlap { matched: most, source: weights.0, target: weights.1 };
        // A 1-1 bead reads its overlap from the pair table. A merge has its anchors united (an
        // anchor found in two of its units counts once), unless the costs allow summing the
        // pairs instead: an anchor repeated in two units then counts twice, which is faster but
        // costs Text+Berg dev 0.13 F1 at sentence level and breaks the bundled paragraphs.
        if s.source == 1 && s.target == 1 || !self.scorer.costs.exact_merges {
            let base = self.scorer.shape_and_length(shape, source_len, target_len);
            Price::Exact(self.scorer.combine_from(base, &best_case, orphans) + unsupported)
        } else {
            // Most merges cannot beat the cell's runner-up: the search rules them out by
            // the floor, and computes the bound (a logarithm and an exponential) only for
            // the others.
            let floor =
                self.scorer.combine_floor(shape, source_len, target_len, &best_case, orphans) + unsupported;
            Price::Bound { floor, most, unsupported, orphans: orphans as u32 }
        }
    }

    /// Prices every shape at every cell of rows `rows` into `out` (cell by cell in the band's
    /// order, `shapes.len()` a cell), and in a table that marks, first how each cell's unit
    /// pair finds each source anchor ([`Block::found`]) and their matched weight
    /// ([`Pairs::matched`], which the prices of these rows and the next read); rows on all
    /// threads. Blocks are priced in order.
    fn price_rows(&self, band: &Band, rows: Range<usize>, shapes: &[Shape], out: &mut Block) {
        use rayon::prelude::*;
        let base = band.offset[rows.start];
        let end = band.offset.get(rows.end).copied().unwrap_or_else(|| band.cells());
        let width = |i: usize| band.hi[i] + 1 - band.lo[i];
        // Anchors of row i's source unit (row 0 has none).
        let anchors =
            |i: usize| if i == 0 { 0 } else { self.scorer.source[self.rows.start + i - 1].tokens.len() };
        out.rows = rows.clone();
        out.prices.clear();
        out.prices.resize((end - base) * shapes.len(), Price::Unfit);
        out.found_start.clear();
        // Rows of more than FOUND_FIGURES figures (a coarse level's full table, long units)
        // keep nothing: their merges are compared by the scorer, and memory stays bounded.
        let keeps = |i: usize| width(i) * anchors(i) <= FOUND_FIGURES;
        let kept = |i: usize| if keeps(i) { width(i) * anchors(i) } else { 0 };
        let mut total = 0;
        if self.marking {
            for i in rows.clone() {
                out.found_start.push(if keeps(i) { total } else { usize::MAX });
                total += kept(i);
            }
        }
        out.found.clear();
        out.found.resize(total, 0.0);
        let (scorer, cols) = (self.scorer, &self.cols);
        if self.marking {
            let mut slices: Vec<(usize, &mut [f64])> = Vec::with_capacity(rows.len());
            let mut rest = out.found.as_mut_slice();
            for i in rows.clone() {
                let (found, tail) = rest.split_at_mut(kept(i));
                slices.push((i, found));
                rest = tail;
            }
            slices.into_par_iter().with_min_len(8).filter(|(i, _)| *i > 0).for_each_init(
                RowMatcher::default,
                |matcher, (i, found)| {
                    matcher.build(scorer, self.rows.start + i - 1);
                    for j in band.lo[i].max(1)..=band.hi[i] {
                        let matched = matcher.matched(scorer, cols.start + j - 1) as f32;
                        let index = band.offset[i] + j - band.lo[i];
                        self.matched[index].store(matched.to_bits(), Ordering::Relaxed);
                        let at = (j - band.lo[i]) * anchors(i);
                        if let Some(cell) = found.get_mut(at..at + anchors(i)) {
                            cell.copy_from_slice(matcher.found());
                        }
                    }
                },
            );
        }
        let mut slices: Vec<(usize, &mut [Price])> = Vec::with_capacity(rows.len());
        let mut rest = out.prices.as_mut_slice();
        for i in rows {
            let (row, tail) = rest.split_at_mut(width(i) * shapes.len());
            slices.push((i, row));
            rest = tail;
        }
        slices.into_par_iter().with_min_len(8).for_each(|(i, row)| {
            for (prices, j) in row.chunks_exact_mut(shapes.len()).zip(band.lo[i]..=band.hi[i]) {
                // The cell's shapes share their unit pairs: each pair is looked up once (a
                // pair outside the band is scored by the scorer, which is not cheap).
                let mut cache = PairCache::new(i, j);
                for (price, &s) in prices.iter_mut().zip(shapes) {
                    *price = self
                        .price(band, i, j, s, &mut |ii, jj| cache.get(ii, jj, || self.pair(band, ii, jj)));
                }
            }
        });
    }
}

/// The unit pairs of the beads that end at one cell (i, j), each looked up once: pairs
/// (i − r, j − c) for r, c < [`MAX_SIDE`].
struct PairCache {
    cell: (usize, usize),
    known: u64,
    values: [f64; MAX_SIDE * MAX_SIDE],
}

impl PairCache {
    fn new(i: usize, j: usize) -> PairCache {
        PairCache { cell: (i, j), known: 0, values: [0.0; MAX_SIDE * MAX_SIDE] }
    }

    /// Pair (ii, jj), from `look_up` the first time.
    #[inline]
    fn get(&mut self, ii: usize, jj: usize, look_up: impl FnOnce() -> f64) -> f64 {
        let (r, c) = (self.cell.0 - ii, self.cell.1 - jj);
        if r >= MAX_SIDE || c >= MAX_SIDE {
            return look_up();
        }
        let k = r * MAX_SIDE + c;
        if self.known & (1 << k) == 0 {
            self.values[k] = look_up();
            self.known |= 1 << k;
        }
        self.values[k]
    }
}

/// Rows with at most this many figures (cells × source anchors) keep [`Block::found`]: a
/// sentence row in a band is a few hundred to a thousand or two.
const FOUND_FIGURES: usize = 4096;

/// One block of rows priced ahead of the search ([`Pairs::price_rows`]).
#[derive(Default)]
struct Block {
    /// The rows.
    rows: Range<usize>,
    /// Every shape's price at every cell of the rows (cell by cell in the band's order,
    /// `shapes.len()` a cell).
    prices: Vec<Price>,
    /// In a table that marks: for each cell (i, j), how target unit j − 1 finds each anchor of
    /// source unit i − 1 ([`RowMatcher::found`]), cell by cell; empty otherwise.
    found: Vec<f64>,
    /// Index in `found` of each row's first cell (`usize::MAX`: a row of more than
    /// [`FOUND_FIGURES`], which keeps none).
    found_start: Vec<usize>,
}

impl Block {
    /// [`Block::found`] of cell (i, j), i, j ≥ 1, if this block holds it.
    fn found(&self, pairs: &Pairs, band: &Band, i: usize, j: usize) -> Option<&[f64]> {
        if !self.rows.contains(&i) || self.found_start.is_empty() {
            return None;
        }
        band.index(i, j)?;
        let anchors = pairs.scorer.source[pairs.rows.start + i - 1].tokens.len();
        let first = self.found_start[i - self.rows.start];
        if first == usize::MAX {
            return None;
        }
        let start = first + (j - band.lo[i]) * anchors;
        self.found.get(start..start + anchors)
    }
}

/// A bead's cost as far as [`Pairs::price`] knows it.
#[derive(Clone, Copy, Debug)]
enum Price {
    /// No bead of this shape ends at the cell: it would start outside the band.
    Unfit,
    /// The cost, whatever the limit (insertions and deletions).
    Always(f64),
    /// The cost, worth knowing only below the limit (1-1 beads, and merges priced by pairs).
    Exact(f64),
    /// A merge, known by `floor`, at most its lower bound ([`Scorer::combine_floor`] of the
    /// bound's figures): below the limit, the bound (`most`: the matched weight of the best
    /// case) is computed, and below the limit too, the exact overlap decides the cost, which
    /// adds `unsupported` and prices `orphans` as the bound does.
    Bound { floor: f64, most: f64, unsupported: f64, orphans: u32 },
}

/// Rows priced at a time: the next block is priced on one thread while the search runs
/// through this one on another.
const BLOCK_ROWS: usize = 128;

/// The anchor weight of each band cell's unit pair ([`Pairs::matched`]). Every cell is
/// independent of the others, so rows are computed on all threads (rayon); the figures are
/// the same as a single-threaded loop's.
fn pair_table(scorer: &Scorer, band: &Band, rows: &Range<usize>, cols: &Range<usize>) -> Vec<f32> {
    use rayon::prelude::*;
    let mut matched = vec![0.0; band.cells()];
    let mut slices: Vec<(usize, &mut [f32])> = Vec::with_capacity(band.lo.len());
    let mut rest = matched.as_mut_slice();
    for i in 0..band.lo.len() {
        let (row, tail) = rest.split_at_mut(band.hi[i] + 1 - band.lo[i]);
        slices.push((i, row));
        rest = tail;
    }
    // Each row indexes its source unit once and probes it with every target unit of the row.
    slices.into_par_iter().with_min_len(64).filter(|(i, _)| *i > 0).for_each_init(
        RowMatcher::default,
        |matcher, (i, row)| {
            matcher.build(scorer, rows.start + i - 1);
            for j in band.lo[i].max(1)..=band.hi[i] {
                row[j - band.lo[i]] = matcher.matched(scorer, cols.start + j - 1) as f32;
            }
        },
    );
    matched
}

/// Tables of at least this many cells score merges with marks over the vocabulary
/// ([`Scratch::marking`]); smaller ones (the sentences of one paragraph bead) with a small
/// sorted list, which needs no vocabulary-sized allocation.
const MARKING_CELLS: usize = 4096;

/// A unit of a merge sharing less anchor weight than this with the other side is an orphan.
const ORPHAN_WEIGHT: f64 = 0.5;

/// A filled table over source units `rows` and target units `cols` of a scorer.
pub(crate) struct Table<'s> {
    band: Band,
    cells: Vec<Cell>,
    shapes: &'s [Shape],
    rows: Range<usize>,
    cols: Range<usize>,
}

impl<'s> Table<'s> {
    /// Fills the table: every cell takes the cheapest of its shapes' predecessors.
    ///
    /// Rows go in blocks of [`BLOCK_ROWS`]: while the search runs through one block (it needs
    /// the cells before), the next block's beads are priced on the other threads (the prices
    /// need no other cell). The figures are the ones a single thread finds.
    pub fn fill(
        scorer: &Scorer,
        rows: Range<usize>,
        cols: Range<usize>,
        band: Band,
        shapes: &'s [Shape],
    ) -> Table<'s> {
        let mut cells = vec![UNREACHED; band.cells()];
        let pairs = Pairs::new(scorer, &band, rows.clone(), cols.clone());
        let mut scratch = pairs.scratch();
        let n = band.lo.len();
        // The block searched, the one before it (a merge reaches back into it) and the next.
        let (mut previous, mut current, mut next) = (Block::default(), Block::default(), Block::default());
        pairs.price_rows(&band, 0..BLOCK_ROWS.min(n), shapes, &mut current);
        for start in (0..n).step_by(BLOCK_ROWS) {
            let block = start..(start + BLOCK_ROWS).min(n);
            let later = block.end..(block.end + BLOCK_ROWS).min(n);
            rayon::join(
                || {
                    let blocks = [&current, &previous];
                    search_rows(&pairs, &band, shapes, block, &blocks, &mut cells, &mut scratch)
                },
                || {
                    if !later.is_empty() {
                        pairs.price_rows(&band, later, shapes, &mut next);
                    }
                },
            );
            std::mem::swap(&mut previous, &mut current);
            std::mem::swap(&mut current, &mut next);
        }
        Table { band, cells, shapes, rows, cols }
    }

    /// Walks back from the last cell: the beads of the cheapest path, in order.
    pub fn walk(&self) -> Vec<Step> {
        let (mut i, mut j) = (self.band.lo.len() - 1, self.cols.len());
        let mut beads = Vec::new();
        while i > 0 || j > 0 {
            let Some(cell) = self.band.index(i, j).map(|k| self.cells[k]) else { break };
            let Some(s) = self.shapes.get(cell.shape as usize) else { break };
            let prev = self.band.index(i - s.source, j - s.target).map_or(0.0, |k| self.cells[k].cost);
            let (i0, j0) = (self.rows.start + i - s.source, self.cols.start + j - s.target);
            beads.push(Step {
                source: i0..i0 + s.source,
                target: j0..j0 + s.target,
                cost: cell.cost - prev,
                margin: (f64::from(cell.second) - cell.cost).max(0.0),
            });
            i -= s.source;
            j -= s.target;
        }
        // Only a band that lost the path stops early; what is left becomes insertions and
        // deletions, so the beads still cover every unit.
        let indel =
            |source: Range<usize>, target: Range<usize>| Step { source, target, cost: 0.0, margin: 0.0 };
        beads.extend(
            (0..j).rev().map(|j| {
                indel(self.rows.start..self.rows.start, self.cols.start + j..self.cols.start + j + 1)
            }),
        );
        beads.extend(
            (0..i).rev().map(|i| {
                indel(self.rows.start + i..self.rows.start + i + 1, self.cols.start..self.cols.start)
            }),
        );
        beads.reverse();
        beads
    }

    /// The number of cells the table holds.
    pub fn cells(&self) -> usize {
        self.cells.len()
    }
}

/// The search through rows `rows` of the table: each cell takes the cheapest of its shapes'
/// predecessors, from the beads' prices in `blocks[0]` ([`Pairs::price_rows`] of these rows;
/// `blocks[1]` is the block before, which merges reach back into).
fn search_rows(
    pairs: &Pairs,
    band: &Band,
    shapes: &[Shape],
    rows: Range<usize>,
    blocks: &[&Block],
    cells: &mut [Cell],
    scratch: &mut Scratch,
) {
    let prices = &blocks[0].prices;
    let base = band.offset[rows.start];
    // Per shape, the flat index of cell (i − source, 0) of the row the bead starts on (which
    // may lie outside the row): a priced bead starts inside the band, at this plus j − target.
    let mut starts = vec![0usize; shapes.len()];
    for i in rows {
        for (start, s) in starts.iter_mut().zip(shapes) {
            *start = i.checked_sub(s.source).map_or(0, |r| band.offset[r].wrapping_sub(band.lo[r]));
        }
        for j in band.lo[i]..=band.hi[i] {
            let mut cell = UNREACHED;
            if i == 0 && j == 0 {
                cell.cost = 0.0;
            }
            let index = band.offset[i] + j - band.lo[i];
            let at = (index - base) * shapes.len();
            for (k, (s, &price)) in shapes.iter().zip(&prices[at..at + shapes.len()]).enumerate() {
                if matches!(price, Price::Unfit) {
                    continue;
                }
                // Not unfit: the bead starts inside the band ([`Pairs::price`]).
                let prev = starts[k].wrapping_add(j - s.target);
                debug_assert_eq!(Some(prev), band.index(i - s.source, j - s.target));
                let before = cells[prev].cost;
                if before.is_infinite() {
                    continue;
                }
                // A bead that cannot beat the runner-up changes neither the best nor the
                // margin, so its anchors need not be compared.
                let limit = f64::from(cell.second) - before;
                let Some(cost) = pairs.settle(band, price, (i, j), *s, limit, (scratch, blocks)) else {
                    continue;
                };
                cell.offer(before + cost, k, shapes);
            }
            cells[index] = cell;
        }
    }
}

/// Size in bytes of one table cell, for memory figures.
pub const CELL_BYTES: usize = std::mem::size_of::<Cell>();

/// Aligns source units `rows` with target units `cols` of `scorer`: the cheapest monotone
/// path of beads, searched coarse-to-fine so that memory stays linear. Returns the beads
/// and the largest number of table cells held at once.
pub(crate) fn align_units(
    scorer: &Scorer,
    rows: Range<usize>,
    cols: Range<usize>,
    shapes: &[Shape],
) -> (Vec<Step>, usize) {
    let (n, m) = (rows.len(), cols.len());
    let costs = scorer.costs;
    if n == 0 || m == 0 {
        let beads = rows
            .clone()
            .map(|i| Step {
                source: i..i + 1,
                target: cols.start..cols.start,
                cost: costs.indel,
                margin: 0.0,
            })
            .chain(cols.clone().map(|j| Step {
                source: rows.end..rows.end,
                target: j..j + 1,
                cost: costs.indel,
                margin: 0.0,
            }))
            .collect();
        return (beads, 0);
    }
    let band = if (n + 1) * (m + 1) <= costs.full_table.max(16) {
        Band::full(n, m)
    } else {
        let (coarse_path, peak) = coarse_path(scorer, rows.clone(), cols.clone(), shapes);
        let band = Band::around(&coarse_path, n, m, fine_radius(costs.band, scorer.anchor_scale, n));
        return finish(scorer, rows, cols, band, shapes, peak, Some((&coarse_path, 2)));
    };
    finish(scorer, rows, cols, band, shapes, 0, None)
}

/// Half-width of the band around the coarse path at the finest level of a table large
/// enough to be cut into segments ([`seg`]). The coarse levels keep [`Costs::band`] (10),
/// which lets the path follow long insertions; one level down the path it found is off by
/// a unit or two. On the Text+Berg test documents repeated to 100k sentences a side the beads
/// are the same at 3, 4, 5 and 10, and the first pass's finest table holds 2.1M cells
/// instead of 4.5M.
///
/// [`Costs::band`]: super::score::Costs::band
const FINE_RADIUS: usize = 4;

/// The band's half-width around the coarse path, in units: [`Costs::band`], but at most
/// [`FINE_RADIUS`] at the finest level of a table large enough to be cut into segments.
///
/// [`Costs::band`]: super::score::Costs::band
fn fine_radius(band: usize, anchor_scale: f64, n: usize) -> usize {
    if anchor_scale == 1.0 && n >= 2 * seg::SEGMENT_ROWS { band.min(FINE_RADIUS) } else { band }
}

/// [`align_units`] over all units of `scorer` searched only near `path`, a path over the same
/// units found before (by a first pass with fewer anchors): within `radius` units of it.
pub(crate) fn align_near(
    scorer: &Scorer,
    shapes: &[Shape],
    path: &[Step],
    radius: usize,
) -> (Vec<Step>, usize) {
    let (n, m) = (scorer.source.len(), scorer.target.len());
    if n == 0 || m == 0 {
        return align_units(scorer, 0..n, 0..m, shapes);
    }
    let band = Band::around_scaled(path, 1, n, m, radius);
    finish(scorer, 0..n, 0..m, band, shapes, 0, Some((path, 1)))
}

/// Fills the table over `band` and walks it back. A table large enough, whose band was led
/// by `guide` (a path over its units merged by the given scale), is cut into segments at
/// corners of that path ([`seg::cuts`]), searched on all cores and joined: the peak
/// is then the largest segment's cells.
fn finish(
    scorer: &Scorer,
    rows: Range<usize>,
    cols: Range<usize>,
    band: Band,
    shapes: &[Shape],
    peak: usize,
    guide: Option<(&[Step], usize)>,
) -> (Vec<Step>, usize) {
    let (n, m) = (rows.len(), cols.len());
    let cuts = guide.map_or_else(Vec::new, |(path, scale)| seg::cuts(path, scale, n, m));
    // A corner the band lost (it only can at its clipped edges) is no cut.
    let cuts: Vec<(usize, usize)> = cuts.into_iter().filter(|&(i, j)| band.index(i, j).is_some()).collect();
    if cuts.is_empty() {
        let table = Table::fill(scorer, rows, cols, band, shapes);
        return (table.walk(), peak.max(table.cells()));
    }
    use rayon::prelude::*;
    let corners: Vec<(usize, usize)> =
        std::iter::once((0, 0)).chain(cuts).chain(std::iter::once((n, m))).collect();
    let parts: Vec<(Vec<Step>, usize)> = corners
        .par_windows(2)
        .map(|w| {
            let ((i0, j0), (i1, j1)) = (w[0], w[1]);
            let part = band.part((i0, j0), (i1, j1));
            let (r, c) = (rows.start + i0..rows.start + i1, cols.start + j0..cols.start + j1);
            let table = Table::fill(scorer, r, c, part, shapes);
            (table.walk(), table.cells())
        })
        .collect();
    let peak = parts.iter().map(|p| p.1).fold(peak, usize::max);
    (parts.into_iter().flat_map(|p| p.0).collect(), peak)
}

/// The path at half resolution: neighbouring units merged in pairs, aligned recursively.
/// Bead ranges are in coarse units, counted from 0.
fn coarse_path(
    scorer: &Scorer,
    rows: Range<usize>,
    cols: Range<usize>,
    shapes: &[Shape],
) -> (Vec<Step>, usize) {
    let level = (scorer.anchor_scale as u32).trailing_zeros() + 1;
    // Each coarse level keeps about one anchor in two of the units it merges, so coarse
    // units stay about as cheap to compare as fine ones.
    let halve = |units: &[ScoredUnit]| {
        units.chunks(2).map(|pair| ScoredUnit::merge_sampled(pair, level)).collect::<Vec<_>>()
    };
    let source = halve(&scorer.source[rows]);
    let target = halve(&scorer.target[cols]);
    let anchors: &AnchorTable = scorer.anchors;
    let coarse = Scorer {
        source: &source,
        target: &target,
        anchors,
        costs: scorer.costs,
        ratio: scorer.ratio,
        anchor_scale: f64::from(1u32 << level.min(20)),
    };
    // The coarse path only has to lead the band: the common shapes are enough there.
    let shapes = if shapes.len() > COARSE_SHAPES.len() { COARSE_SHAPES } else { shapes };
    align_units(&coarse, 0..source.len(), 0..target.len(), shapes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::{Costs, testing};
    use crate::lexicon::Lexicon;
    use pretty_assertions::assert_eq;

    /// The cost the search gives the bead pairing source units `s` with target units `t` of
    /// `scorer` (no cut-off).
    fn bead_cost(scorer: &Scorer, s: Range<usize>, t: Range<usize>) -> f64 {
        let (n, m) = (scorer.source.len(), scorer.target.len());
        let band = Band::full(n, m);
        let pairs = Pairs::new(scorer, &band, 0..n, 0..m);
        let mut scratch = pairs.scratch();
        pairs
            .cost(&band, s.end, t.end, shape(s.len(), t.len()), f64::INFINITY, &mut scratch)
            .unwrap_or(f64::INFINITY)
    }

    #[test]
    fn a_bead_with_shared_anchors_costs_less_than_one_without() {
        let costs = Costs { max_share: 1.0, mark_weight: 0.5, cognate: 0.6, ..Costs::default() };
        let source = ["In 1956 Everest was climbed.", "Rain fell."];
        let t = testing::tokenised(&source, &["En 1956 l'Everest.", "Pluie."], &costs, &Lexicon::new());
        let scorer = testing::scorer(&t, &costs, t.ratio);
        assert!(bead_cost(&scorer, 0..1, 0..1) < bead_cost(&scorer, 0..1, 1..2));
        assert_eq!(bead_cost(&scorer, 0..1, 0..0), costs.indel);
    }

    /// The table as one loop over the cells fills it, each bead priced when it is reached:
    /// what [`Table::fill`] must find with its rows priced ahead on other threads.
    fn fill_in_one_loop(scorer: &Scorer, band: &Band, shapes: &[Shape]) -> Vec<Cell> {
        let (n, m) = (scorer.source.len(), scorer.target.len());
        let pairs = Pairs::new(scorer, band, 0..n, 0..m);
        // A table that marks learns its pairs' matched weights as its rows are priced.
        pairs.price_rows(band, 0..band.lo.len(), shapes, &mut Block::default());
        let mut scratch = pairs.scratch();
        let mut cells = vec![UNREACHED; band.cells()];
        for i in 0..band.lo.len() {
            for j in band.lo[i]..=band.hi[i] {
                let mut cell = UNREACHED;
                if i == 0 && j == 0 {
                    cell.cost = 0.0;
                }
                for (k, s) in shapes.iter().enumerate() {
                    if s.source > i || s.target > j {
                        continue;
                    }
                    let Some(prev) = band.index(i - s.source, j - s.target) else { continue };
                    let before = cells[prev].cost;
                    if before.is_infinite() {
                        continue;
                    }
                    let limit = f64::from(cell.second) - before;
                    let Some(cost) = pairs.cost(band, i, j, *s, limit, &mut scratch) else { continue };
                    cell.offer(before + cost, k, shapes);
                }
                cells[band.index(i, j).unwrap()] = cell;
            }
        }
        cells
    }

    #[test]
    fn rows_priced_ahead_fill_the_table_a_single_loop_fills_on_one_thread_or_two() {
        // Enough rows for several blocks, with omissions, additions and repeated names so
        // that merges are priced, bounded and compared exactly.
        let names = ["Astana", "Almaty", "Tokayev", "Nazarbayev", "Mangystau"];
        let source: Vec<String> = (0..3 * BLOCK_ROWS)
            .map(|i| format!("In {} {} paid {} dollars.", 1900 + i, names[i % 5], i * 7))
            .collect();
        let target: Vec<String> = (0..3 * BLOCK_ROWS)
            .filter(|i| i % 17 != 3)
            .flat_map(|i| {
                let line = format!("{} betalade {} dollar år {}.", names[i % 5], i * 7, 1900 + i);
                if i % 23 == 5 { vec![line, format!("{} igen.", names[(i + 1) % 5])] } else { vec![line] }
            })
            .collect();
        let source: Vec<&str> = source.iter().map(String::as_str).collect();
        let target: Vec<&str> = target.iter().map(String::as_str).collect();
        let costs = Costs::default();
        let t = testing::tokenised(&source, &target, &costs, &Lexicon::new());
        let scorer = testing::scorer(&t, &costs, t.ratio);
        let (n, m) = (source.len(), target.len());
        let path: Vec<Step> = (0..n)
            .map(|i| Step { source: i..i + 1, target: i * m / n..(i + 1) * m / n, cost: 0.0, margin: 0.0 })
            .collect();
        let band = Band::around_scaled(&path, 1, n, m, 6);
        let bits = |cells: &[Cell]| -> Vec<(u64, u32, u8)> {
            cells.iter().map(|c| (c.cost.to_bits(), c.second.to_bits(), c.shape)).collect()
        };
        let expected = bits(&fill_in_one_loop(&scorer, &band, SENTENCE_SHAPES));
        for threads in [1, 2] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
            let table = pool.install(|| Table::fill(&scorer, 0..n, 0..m, band.clone(), SENTENCE_SHAPES));
            assert_eq!(bits(&table.cells), expected, "{threads} threads");
        }
    }

    #[test]
    fn merges_overlap_from_the_blocks_as_the_scorer_finds_it_to_the_bit() {
        // Units that repeat names, numbers, cognates and dictionary words across neighbours,
        // in a full table large enough to mark (so blocks keep what each pair finds).
        let words = ["Astana", "president", "rain", "mountain", "3,000", "dollars", "Tokayev"];
        let targets = ["Astana", "presidenten", "regn", "bergsbyn", "3 000", "dollar", "Tokajev"];
        let source: Vec<String> =
            (0..70).map(|i| format!("{} {} {} went.", words[i % 7], words[(i * 3 + 1) % 7], i % 5)).collect();
        let target: Vec<String> = (0..70)
            .map(|i| format!("{} {} {} gick.", targets[(i + 1) % 7], targets[(i * 2) % 7], i % 4))
            .collect();
        let source: Vec<&str> = source.iter().map(String::as_str).collect();
        let target: Vec<&str> = target.iter().map(String::as_str).collect();
        let mut lexicon = Lexicon::new();
        lexicon.insert("rain", "regn", 1.0);
        lexicon.insert("mountain", "bergsbyn", 0.5);
        lexicon.insert("president", "presidenten", 0.7);
        let costs = Costs { max_share: 1.0, ..Costs::default() };
        let t = testing::tokenised(&source, &target, &costs, &lexicon);
        let scorer = testing::scorer(&t, &costs, t.ratio);
        let (n, m) = (source.len(), target.len());
        let band = Band::full(n, m);
        let pairs = Pairs::new(&scorer, &band, 0..n, 0..m);
        assert!(pairs.marking);
        let mut block = Block::default();
        pairs.price_rows(&band, 0..n + 1, PARAGRAPH_SHAPES, &mut block);
        let mut scratch = pairs.scratch();
        let bits = |o: Overlap| (o.matched.to_bits(), o.source.to_bits(), o.target.to_bits());
        let mut matched = 0;
        for (i, j) in (0..=n).flat_map(|i| (0..=m).map(move |j| (i, j))) {
            for &s in PARAGRAPH_SHAPES.iter().filter(|s| s.source.min(s.target) > 0) {
                let Some((i0, j0)) = i.checked_sub(s.source).zip(j.checked_sub(s.target)) else { continue };
                let fast = pairs.merge_overlap(&band, (i0, j0), s, &[&block]).expect("every pair is priced");
                let exact = scorer.overlap(i0..i, j0..j, &mut scratch);
                assert_eq!(bits(fast), bits(exact), "{s:?} ending at ({i}, {j})");
                matched += usize::from(exact.matched > 0.0);
            }
        }
        assert!(matched > 1000, "{matched}");
    }

    #[test]
    fn a_full_band_holds_every_cell() {
        let band = Band::full(2, 3);
        assert_eq!(band.cells(), 12);
        assert_eq!(band.index(1, 2), Some(6));
        assert_eq!(band.index(3, 0), None);
    }

    #[test]
    fn a_projected_band_follows_the_coarse_path_and_stays_monotone() {
        let bead = |s: Range<usize>, t: Range<usize>| Step { source: s, target: t, cost: 0.0, margin: 0.0 };
        // Coarse: 1-1, then a block of two target units inserted, then 1-1.
        let path = [bead(0..1, 0..1), bead(1..1, 1..3), bead(1..2, 3..4)];
        let band = Band::around(&path, 4, 8, 0);
        assert_eq!(band.lo, [0, 0, 0, 6, 6]);
        assert_eq!(band.hi, [2, 2, 8, 8, 8]);
        let wide = Band::around(&path, 4, 8, 1);
        assert_eq!(wide.lo, [0, 0, 0, 0, 5]);
        assert_eq!(wide.hi, [3, 8, 8, 8, 8]);
    }
}
