//! Whether two texts are translations of each other: a similarity figure and a verdict.
//!
//! An aligner always finds *some* path, so the path alone proves nothing. The similarity
//! compares how much anchor weight the found path pairs up with how much the same path
//! pairs up when its target side is shifted half a text away (a pairing that cannot be
//! right). A translation shares far more anchors along its path than off it; two unrelated
//! texts on the same subject share about as many either way, whatever words they have in
//! common.

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
    let on_path = shared(scorer, path, 0, scratch);
    let off_path: f64 = [m / 3, m / 2, 2 * m / 3]
        .iter()
        .map(|&shift| shared(scorer, path, shift.max(1), scratch))
        .sum::<f64>()
        / 3.0;
    if on_path <= off_path {
        return 0.0;
    }
    let lift = 1.0 - off_path / on_path;
    let evidence = (on_path / EXPECTED_SHARE).min(1.0);
    (lift * evidence).clamp(0.0, 1.0)
}

/// Share of all anchor weight that the matched beads of `path` pair up, with every bead's
/// target range moved `shift` units on (wrapping round).
fn shared(scorer: &Scorer, path: &[Bead], shift: usize, scratch: &mut Scratch) -> f64 {
    let m = scorer.target.len();
    let mut matched = 0.0;
    for bead in path.iter().filter(|b| !b.source.is_empty() && !b.target.is_empty()) {
        let start = (bead.target.start + shift) % m;
        let end = (start + bead.target.len()).min(m);
        matched += 2.0 * scorer.overlap(bead.source.clone(), start..end, scratch).matched;
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
