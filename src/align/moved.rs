//! Moves: target units the monotone pass left unpaired that render a source passage found
//! elsewhere in the order.
//!
//! The search keeps the order of both texts, so a paragraph a rendering moves (or repeats
//! early, as the Swedish rendering does) comes out of it as an insertion. Each inserted
//! target unit is compared with every source unit that shares a rare anchor with it; when
//! most of its anchor weight is found in one source unit, it is a move of that unit.

use super::score::{Scorer, Scratch};
use super::table::Bead;
use std::collections::HashMap;

/// Least anchor weight a target unit needs before it can be called a move: a caption with
/// one name in it is not enough evidence.
const MIN_WEIGHT: f64 = 3.0;

/// Least share of the target unit's anchor weight that the source unit must hold.
const MIN_CONTAINED: f64 = 0.6;

/// Source tokens held by more units than this are not used to find candidates.
const MAX_POSTINGS: usize = 50;

/// A move found for an inserted target unit.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Move {
    /// The target unit.
    pub target: usize,
    /// The source unit it renders.
    pub source: usize,
    /// The share of the target's anchor weight found in the source unit, in [0, 1].
    pub contained: f64,
}

/// Finds the moves among the insertions (0-1 beads) of `path`.
pub(crate) fn find(scorer: &Scorer, path: &[Bead]) -> Vec<Move> {
    let added: Vec<usize> =
        path.iter().filter(|b| b.source.is_empty() && b.target.len() == 1).map(|b| b.target.start).collect();
    if added.is_empty() {
        return Vec::new();
    }
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (i, unit) in scorer.source.iter().enumerate() {
        for &token in &unit.tokens {
            postings.entry(token).or_default().push(i);
        }
    }
    let scratch = &mut Scratch::default();
    let mut moves = Vec::new();
    for t in added {
        let target_weight = scorer.overlap(0..0, t..t + 1, scratch).target;
        if target_weight < MIN_WEIGHT {
            continue;
        }
        let mut candidates: Vec<usize> = scorer.target[t]
            .tokens
            .iter()
            .filter(|&&y| scorer.anchors.weight[y as usize] > 0.0)
            .filter_map(|y| postings.get(y).filter(|p| p.len() <= MAX_POSTINGS))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        let best = candidates
            .into_iter()
            .map(|s| {
                let overlap = scorer.overlap(s..s + 1, t..t + 1, scratch);
                (s, overlap.matched / target_weight)
            })
            .filter(|&(s, _)| fits_inside(scorer, s, t))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((source, contained)) = best.filter(|&(_, c)| c >= MIN_CONTAINED) {
            moves.push(Move { target: t, source, contained: contained.min(1.0) });
        }
    }
    moves
}

/// True when target unit `t` is no longer than a rendering of source unit `s` could be.
fn fits_inside(scorer: &Scorer, s: usize, t: usize) -> bool {
    scorer.target[t].len <= 1.5 * scorer.ratio * scorer.source[s].len
}
