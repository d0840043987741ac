//! Whether two texts are translations of each other: a similarity figure and a verdict.
//!
//! An aligner always finds *some* path, so the path alone proves nothing. The similarity
//! compares how much anchor weight the found path pairs up with how much its beads would pair
//! up if they were wrong: each matched bead's source against the same number of target units
//! a quarter, a half and three quarters of the text away, keeping the best of the three. The
//! best, not the mean, because the path itself is a selection: the search kept each bead
//! because it beat its alternatives, and a path that keeps only a few strongly matching beads
//! (two unrelated texts on the same subject, paragraphs that pay for unmatched anchors) would
//! otherwise look far better than chance. A translation shares far more anchors along its path
//! than the best wrong pairing does; two unrelated texts share about as much either way.

use super::score::{Scorer, Scratch};
use super::table::Bead;

/// Below this similarity the texts are reported as not translations of each other.
pub const THRESHOLD: f64 = 0.7;

/// The share of anchor weight a translation pairs up along its path at the least (the
/// Swedish rendering, condensed and reordered, pairs 6%): below it the lift counts less.
const EXPECTED_SHARE: f64 = 0.04;

/// The similarity in [0, 1] of the texts aligned by `path` (beads over all units of
/// `scorer`).
pub(crate) fn similarity(scorer: &Scorer, path: &[Bead]) -> f64 {
    let m = scorer.target.len();
    if m < 2 || scorer.source.is_empty() {
        return 0.0;
    }
    let scratch = &mut Scratch::default();
    let on_path = shared(scorer, path, &[0], scratch);
    let off_path = shared(scorer, path, &[(m / 4).max(1), (m / 2).max(1), (3 * m / 4).max(1)], scratch);
    if on_path <= off_path {
        return 0.0;
    }
    let lift = 1.0 - off_path / on_path;
    let evidence = (on_path / EXPECTED_SHARE).min(1.0);
    (lift * evidence).clamp(0.0, 1.0)
}

/// Share of all anchor weight that the matched beads of `path` pair up, each bead with its
/// target range moved on by whichever of `shifts` (units, wrapping round) pairs most.
fn shared(scorer: &Scorer, path: &[Bead], shifts: &[usize], scratch: &mut Scratch) -> f64 {
    let m = scorer.target.len();
    let mut matched = 0.0;
    for bead in path.iter().filter(|b| !b.source.is_empty() && !b.target.is_empty()) {
        let best = shifts
            .iter()
            .map(|&shift| {
                let start = (bead.target.start + shift) % m;
                let end = (start + bead.target.len()).min(m);
                scorer.overlap(bead.source.clone(), start..end, scratch).matched
            })
            .fold(0.0, f64::max);
        matched += 2.0 * best;
    }
    let weight = &scorer.anchors.weight;
    let total: f64 = scorer
        .source
        .iter()
        .chain(scorer.target)
        .flat_map(|unit| unit.tokens.iter().map(|&t| weight[t as usize]))
        .sum();
    if total <= 0.0 { 0.0 } else { (matched / total).min(1.0) }
}
