//! Cutting one large search into independent segments, searched on all cores.
//!
//! A banded search is one serial chain: every cell needs the cells before it. But a path
//! that is known to pass through a cell splits the table there into two tables that need
//! nothing of each other. The search of a large table is led by a path found before (the
//! coarse level's, or the first pass's), and where that path runs through a stretch of plain
//! 1-1 beads, the real path runs through the same corner: the table is cut there. Each
//! segment is searched on its own (rayon), and their paths joined.
//!
//! The cut points depend only on the leading path and the table's size, never on the number
//! of threads, so `--jobs 1` and `--jobs N` give the same beads to the bit. Inside a segment
//! every cell is what it is in the whole table as long as the best paths to it pass through
//! the segment's first corner; only the runner-ups of the first beads after a cut can
//! differ (a cheaper rival through a cell the cut removed), a few beads in a text of tens
//! of thousands.

use super::Step;

/// Tables of at least twice this many rows are cut, into segments of about this many rows.
pub(crate) const SEGMENT_ROWS: usize = 4096;

/// A cut needs this many 1-1 beads of the leading path on each side of it.
const RUN: usize = 2;

/// The corners to cut a table of `n` × `m` units at: points (i, j), 0 < i < n, 0 < j < m,
/// strictly ascending in both, each the end of a bead of `guide` (a path over these units
/// merged by `scale`, bead ranges counted from the table's first unit) in the middle of a
/// run of its 1-1 beads, one near every [`SEGMENT_ROWS`] rows. Empty for small tables.
pub(crate) fn cuts(guide: &[Step], scale: usize, n: usize, m: usize) -> Vec<(usize, usize)> {
    let segments = n / SEGMENT_ROWS;
    if segments < 2 || m < SEGMENT_ROWS / 2 {
        return Vec::new();
    }
    let one = |s: &Step| s.source.len() == 1 && s.target.len() == 1;
    // Corners after bead k with RUN 1-1 beads before and after.
    let candidates: Vec<(usize, usize)> = (RUN - 1..guide.len().saturating_sub(RUN))
        .filter(|&k| guide[k + 1 - RUN..=k + RUN].iter().all(one))
        .map(|k| (scale * guide[k].source.end, scale * guide[k].target.end))
        .filter(|&(i, j)| i > 0 && i < n && j > 0 && j < m)
        .collect();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for k in 1..segments {
        let want = k * n / segments;
        // The candidate whose row is nearest the wanted one (the first of two as near).
        let at = candidates.partition_point(|&(i, _)| i < want);
        let nearest = [at.checked_sub(1), Some(at)]
            .into_iter()
            .flatten()
            .filter_map(|c| candidates.get(c).copied())
            .min_by_key(|&(i, _)| i.abs_diff(want));
        if let Some((i, j)) = nearest
            && out.last().is_none_or(|&(pi, pj)| i > pi && j > pj)
        {
            out.push((i, j));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(s: std::ops::Range<usize>, t: std::ops::Range<usize>) -> Step {
        Step { source: s, target: t, cost: 0.0, margin: 0.0 }
    }

    #[test]
    fn small_tables_are_not_cut() {
        let path: Vec<Step> = (0..100).map(|i| step(i..i + 1, i..i + 1)).collect();
        assert_eq!(cuts(&path, 1, 100, 100), []);
    }

    #[test]
    fn cuts_fall_inside_runs_of_one_to_one_beads_near_every_segment() {
        let n = 3 * SEGMENT_ROWS;
        // 1-1 everywhere but a 2-1 merge at every row that is a multiple of 4 (k = 4q..4q+2
        // is one bead), so that runs are short and a cut must dodge the merges.
        let mut path = Vec::new();
        let (mut i, mut j) = (0, 0);
        while i < n {
            let wide = i % 8 == 0 && i + 2 <= n;
            let s = if wide { 2 } else { 1 };
            path.push(step(i..i + s, j..j + 1));
            i += s;
            j += 1;
        }
        let m = j;
        let got = cuts(&path, 1, n, m);
        assert_eq!(got.len(), 2);
        for &(ci, cj) in &got {
            let k = path.iter().position(|b| b.source.end == ci).unwrap();
            assert_eq!(path[k].target.end, cj);
            assert!(path[k - 1..=k + 2].iter().all(|b| b.source.len() == 1 && b.target.len() == 1));
        }
        assert!(got[0].0.abs_diff(SEGMENT_ROWS) < 8 && got[1].0.abs_diff(2 * SEGMENT_ROWS) < 8, "{got:?}");
    }

    #[test]
    fn a_coarse_path_cuts_at_its_projected_corners() {
        let path: Vec<Step> = (0..SEGMENT_ROWS).map(|i| step(i..i + 1, i..i + 1)).collect();
        let got = cuts(&path, 2, 2 * SEGMENT_ROWS, 2 * SEGMENT_ROWS);
        assert_eq!(got, [(SEGMENT_ROWS, SEGMENT_ROWS)]);
    }
}
