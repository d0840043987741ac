//! The pivot rows of the review view, built from the alignments of one original
//! with each of its renderings.
//!
//! The original is the pivot. A row is a run of source units (paragraphs or
//! sentences) that no rendering's bead crosses, with, per rendering, the beads
//! that pair those units. Passages a rendering added or moved have rows of their
//! own, placed after the row of the bead before them in that rendering: in
//! target order.

use crate::alignment::{Alignment, Bead, BeadKind};
use crate::text::Level;
use std::ops::Range;

/// Where a bead sits in an alignment: a paragraph bead, or a sentence bead inside one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct BeadAddr {
    /// Index in [`Alignment::beads`].
    pub paragraph: usize,
    /// Index in that bead's `sentences`, at sentence level.
    pub sentence: Option<usize>,
}

impl BeadAddr {
    /// The bead at this address.
    pub fn get(self, alignment: &Alignment) -> &Bead {
        let bead = &alignment.beads[self.paragraph];
        match self.sentence {
            Some(s) => &bead.sentences()[s],
            None => bead,
        }
    }
}

/// All beads of `alignment` at `level`, in order.
pub fn bead_addrs(alignment: &Alignment, level: Level) -> Vec<BeadAddr> {
    match level {
        Level::Paragraph => {
            (0..alignment.beads.len()).map(|paragraph| BeadAddr { paragraph, sentence: None }).collect()
        }
        Level::Sentence => alignment
            .beads
            .iter()
            .enumerate()
            .flat_map(|(paragraph, b)| {
                (0..b.sentences().len()).map(move |s| BeadAddr { paragraph, sentence: Some(s) })
            })
            .collect(),
    }
}

/// What a row stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// Source units and what each rendering makes of them.
    Pivot {
        /// The source units (at the view's level).
        source: Range<usize>,
    },
    /// A passage one rendering added or moved.
    Extra {
        /// Which rendering.
        rendering: usize,
        /// For a moved passage, the row of the source it renders.
        from_row: Option<usize>,
    },
}

/// One rendering's part of a row.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// Indices into [`Rows::beads`] for this rendering, in order.
    pub beads: Vec<usize>,
    /// Rows where source units of this row show, moved, in this rendering.
    pub moved_to: Vec<usize>,
}

/// One line of the view's table, before wrapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// Pivot or extra.
    pub kind: RowKind,
    /// One cell per rendering.
    pub cells: Vec<Cell>,
}

/// The rows of the view at one level, with lookups from units back to rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rows {
    /// The rows, top to bottom.
    pub rows: Vec<Row>,
    /// Per rendering, its beads at this level ([`Cell::beads`] indexes these).
    pub beads: Vec<Vec<BeadAddr>>,
    /// Row of each source unit.
    pub source_row: Vec<usize>,
    /// Per rendering, row of each target unit (`usize::MAX` when no bead holds it).
    pub target_row: Vec<Vec<usize>>,
}

impl Rows {
    /// Builds the rows of `alignments` (which share their source) at `level`.
    pub fn build(alignments: &[Alignment], level: Level) -> Rows {
        let Some(first) = alignments.first() else { return Rows::default() };
        let n_source = first.source.len(level);
        let beads: Vec<Vec<BeadAddr>> = alignments.iter().map(|a| bead_addrs(a, level)).collect();

        // A bead holding units i-1 and i joins them into one group.
        let mut joined = vec![false; n_source];
        for (a, addrs) in alignments.iter().zip(&beads) {
            for addr in addrs {
                let bead = addr.get(a);
                if let Some(span) = pivot_span(bead, n_source) {
                    for j in &mut joined[span.start + 1..span.end] {
                        *j = true;
                    }
                }
            }
        }
        let mut groups: Vec<Range<usize>> = Vec::new();
        let mut group_of = vec![0; n_source];
        for (unit, &join) in joined.iter().enumerate() {
            match groups.last_mut() {
                Some(g) if join => g.end = unit + 1,
                _ => groups.push(unit..unit + 1),
            }
            group_of[unit] = groups.len() - 1;
        }

        // Cells of the pivot rows, and extras bucketed after their anchor group.
        let n_r = alignments.len();
        let mut cells: Vec<Vec<Cell>> = vec![vec![Cell::default(); n_r]; groups.len()];
        let mut before: Vec<(usize, usize)> = Vec::new();
        let mut after: Vec<Vec<(usize, usize)>> = vec![Vec::new(); groups.len()];
        for (r, (a, addrs)) in alignments.iter().zip(&beads).enumerate() {
            let mut anchor: Option<usize> = None;
            for (i, addr) in addrs.iter().enumerate() {
                let bead = addr.get(a);
                match pivot_span(bead, n_source) {
                    Some(span) => {
                        let g = group_of[span.start];
                        cells[g][r].beads.push(i);
                        anchor = Some(g);
                    }
                    None => match anchor {
                        Some(g) => after[g].push((r, i)),
                        None => before.push((r, i)),
                    },
                }
            }
        }

        let mut rows = Vec::with_capacity(groups.len() + before.len());
        let mut source_row = vec![0; n_source];
        let extra = |(r, i): (usize, usize)| Row {
            kind: RowKind::Extra { rendering: r, from_row: None },
            cells: (0..n_r)
                .map(|c| if c == r { Cell { beads: vec![i], moved_to: Vec::new() } } else { Cell::default() })
                .collect(),
        };
        rows.extend(before.into_iter().map(extra));
        for ((g, group_cells), extras) in groups.iter().zip(cells).zip(after) {
            for unit in g.clone() {
                source_row[unit] = rows.len();
            }
            rows.push(Row { kind: RowKind::Pivot { source: g.clone() }, cells: group_cells });
            rows.extend(extras.into_iter().map(extra));
        }

        // Moved passages point back at their source's row, and that row at them.
        let mut target_row: Vec<Vec<usize>> =
            alignments.iter().map(|a| vec![usize::MAX; a.target.len(level)]).collect();
        for row_index in 0..rows.len() {
            for r in 0..n_r {
                for &i in &rows[row_index].cells[r].beads.clone() {
                    let bead = beads[r][i].get(&alignments[r]);
                    for &t in bead.target() {
                        if let Some(slot) = target_row[r].get_mut(t) {
                            *slot = row_index;
                        }
                    }
                    if bead.kind() == BeadKind::Moved
                        && let Some(&s) = bead.source().iter().find(|&&s| s < n_source)
                    {
                        let from = source_row[s];
                        rows[row_index].kind = RowKind::Extra { rendering: r, from_row: Some(from) };
                        rows[from].cells[r].moved_to.push(row_index);
                    }
                }
            }
        }
        Rows { rows, beads, source_row, target_row }
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }
}

/// The source units a bead holds in a pivot row, or `None` when the bead gets a
/// row of its own (added or moved passages).
fn pivot_span(bead: &Bead, n_source: usize) -> Option<Range<usize>> {
    if matches!(bead.kind(), BeadKind::Added | BeadKind::Moved) {
        return None;
    }
    let first = *bead.source().first()?;
    let last = *bead.source().last()?;
    (last < n_source).then_some(first..last + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::fixture;
    use pretty_assertions::assert_eq;

    fn pivot(source: Range<usize>, cells: Vec<Vec<usize>>) -> Row {
        Row {
            kind: RowKind::Pivot { source },
            cells: cells.into_iter().map(|beads| Cell { beads, moved_to: Vec::new() }).collect(),
        }
    }

    #[test]
    fn groups_source_units_no_bead_crosses_and_places_extras_in_target_order() {
        // Rendering 0 merges source 1-2; rendering 1 adds a passage after source 0
        // and moves source 3 before source 0.
        let a = fixture::alignment(
            5,
            4,
            &[
                (BeadKind::Match, &[0], &[0]),
                (BeadKind::Match, &[1, 2], &[1]),
                (BeadKind::Match, &[3], &[2]),
                (BeadKind::Omitted, &[4], &[]),
            ],
        );
        let b = fixture::alignment(
            5,
            6,
            &[
                (BeadKind::Moved, &[3], &[0]),
                (BeadKind::Match, &[0], &[1]),
                (BeadKind::Added, &[], &[2]),
                (BeadKind::Match, &[1], &[3]),
                (BeadKind::Match, &[2], &[4]),
                (BeadKind::Match, &[4], &[5]),
            ],
        );
        let rows = Rows::build(&[a, b], Level::Paragraph);
        let mut row3 = pivot(3..4, vec![vec![2], vec![]]);
        row3.cells[1].moved_to = vec![0];
        assert_eq!(
            rows.rows,
            vec![
                Row {
                    kind: RowKind::Extra { rendering: 1, from_row: Some(4) },
                    cells: vec![Cell::default(), Cell { beads: vec![0], moved_to: vec![] }],
                },
                pivot(0..1, vec![vec![0], vec![1]]),
                Row {
                    kind: RowKind::Extra { rendering: 1, from_row: None },
                    cells: vec![Cell::default(), Cell { beads: vec![2], moved_to: vec![] }],
                },
                pivot(1..3, vec![vec![1], vec![3, 4]]),
                row3,
                pivot(4..5, vec![vec![3], vec![5]]),
            ]
        );
        assert_eq!(rows.source_row, vec![1, 3, 3, 4, 5]);
        assert_eq!(rows.target_row, vec![vec![1, 3, 4, usize::MAX], vec![0, 1, 2, 3, 3, 5]]);
    }

    /// Random alignments: a walk over source and target units taking 1-1, 2-1,
    /// 1-2, 1-0 and 0-1 steps, with some 1-1 steps turned into moves of the next unit.
    type Spec = Vec<(BeadKind, Vec<usize>, Vec<usize>)>;

    fn random_beads(steps: &[u8]) -> (usize, usize, Spec) {
        let (mut s, mut t) = (0, 0);
        let mut beads = Vec::new();
        for step in steps {
            let (ds, dt, kind) = match step % 6 {
                0 => (1, 1, BeadKind::Match),
                1 => (2, 1, BeadKind::Match),
                2 => (1, 2, BeadKind::Match),
                3 => (1, 0, BeadKind::Omitted),
                4 => (0, 1, BeadKind::Added),
                _ => (2, 2, BeadKind::Moved),
            };
            if kind == BeadKind::Moved {
                // Target t renders source s+1 (moved up); target t+1 renders source s.
                beads.push((BeadKind::Moved, vec![s + 1], vec![t]));
                beads.push((BeadKind::Match, vec![s], vec![t + 1]));
            } else {
                beads.push((kind, (s..s + ds).collect(), (t..t + dt).collect()));
            }
            s += ds;
            t += dt;
        }
        (s, t, beads)
    }

    proptest::proptest! {
        #[test]
        fn every_unit_shows_in_exactly_one_row(a in proptest::collection::vec(0u8..6, 1..30), b in proptest::collection::vec(0u8..6, 1..30)) {
            let (sa, ta, beads_a) = random_beads(&a);
            let (sb, tb, beads_b) = random_beads(&b);
            // Both renderings must share the source: pad the shorter walk with omissions.
            let n = sa.max(sb);
            let pad = |mut beads: Spec, from: usize| {
                beads.extend((from..n).map(|s| (BeadKind::Omitted, vec![s], vec![])));
                beads
            };
            let (beads_a, beads_b) = (pad(beads_a, sa), pad(beads_b, sb));
            let mk = |nt: usize, beads: &[(BeadKind, Vec<usize>, Vec<usize>)]| {
                let r: Vec<(BeadKind, &[usize], &[usize])> = beads.iter().map(|(k, s, t)| (*k, s.as_slice(), t.as_slice())).collect();
                fixture::alignment(n, nt, &r)
            };
            let alignments = [mk(ta, &beads_a), mk(tb, &beads_b)];
            let rows = Rows::build(&alignments, Level::Paragraph);
            // Source units: pivot rows cover 0..n once, in order.
            let covered: Vec<usize> = rows.rows.iter().filter_map(|r| match &r.kind {
                RowKind::Pivot { source } => Some(source.clone()),
                RowKind::Extra { .. } => None,
            }).flatten().collect();
            proptest::prop_assert_eq!(covered, (0..n).collect::<Vec<_>>());
            // Every bead of every rendering is in exactly one cell (a passage moved
            // next to a group another rendering joined comes after the group).
            for r in 0..2 {
                let mut listed: Vec<usize> = rows.rows.iter().flat_map(|row| row.cells[r].beads.clone()).collect();
                listed.sort_unstable();
                proptest::prop_assert_eq!(listed, (0..rows.beads[r].len()).collect::<Vec<_>>());
                proptest::prop_assert!(rows.target_row[r].iter().all(|&row| row < rows.len()));
            }
        }
    }

    #[test]
    fn sentence_level_uses_the_sentence_beads() {
        let a = fixture::alignment(2, 2, &[(BeadKind::Match, &[0], &[0]), (BeadKind::Match, &[1], &[1])]);
        let rows = Rows::build(std::slice::from_ref(&a), Level::Sentence);
        assert_eq!(
            rows.beads[0],
            vec![BeadAddr { paragraph: 0, sentence: Some(0) }, BeadAddr { paragraph: 1, sentence: Some(0) }]
        );
        assert_eq!(rows.len(), 2);
    }
}
