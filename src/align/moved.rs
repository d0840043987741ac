//! Moves: target units the monotone pass left unpaired that render a source passage found
//! elsewhere in the order.
//!
//! The search keeps the order of both texts, so a paragraph a rendering moves (or repeats
//! early, as the Swedish rendering does) comes out of it as an insertion. Each inserted
//! target unit is compared with every source unit that shares a rare anchor with it; when
//! most of its anchor weight is found in one source unit, it is a move of that unit.

use super::score::{Scorer, Scratch};
use super::table::Step;
use crate::lexicon::FxHashMap;
use std::ops::Range;

/// Least anchor weight a target unit needs before it can be called a move: a caption with
/// one name in it is not enough evidence.
pub(crate) const MIN_WEIGHT: f64 = 6.0;

/// Least share of the target unit's anchor weight that the source unit must hold.
const MIN_CONTAINED: f64 = 0.6;

/// Source tokens held by more units than this are not used to find candidates.
const MAX_POSTINGS: usize = 50;

/// For each anchor token, the units of one side holding it (looked up only, never walked, so
/// the order of a fast hash is no concern).
type Postings = FxHashMap<u32, Vec<usize>>;

/// A move found for an inserted target unit.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Move {
    /// The target unit.
    pub target: usize,
    /// The source units it renders.
    pub source: Range<usize>,
    /// The share of the target's anchor weight found in the source unit, in [0, 1].
    pub contained: f64,
}

/// Finds the moves among the insertions (0-1 beads) of `path`.
pub(crate) fn find(scorer: &Scorer, path: &[Step], min_weight: f64) -> Vec<Move> {
    let added: Vec<usize> =
        path.iter().filter(|b| b.source.is_empty() && b.target.len() == 1).map(|b| b.target.start).collect();
    if added.is_empty() {
        return Vec::new();
    }
    let finder = Finder { min_weight, ..Finder::new(scorer, path) };
    // Each insertion is judged on its own: all cores, in path order.
    use rayon::prelude::*;
    added.into_par_iter().with_min_len(64).filter_map(|t| finder.best(t)).collect()
}

/// Splits off the first or last target unit of a merge when it shares no anchor with the
/// merge's source side but renders a source unit elsewhere: the search swallowed a moved
/// unit into its neighbour's bead (its length made the fit look better). The unit becomes
/// an insertion, which [`find`] then reports as a move.
pub(crate) fn split_moved_edges(scorer: &Scorer, path: Vec<Step>) -> Vec<Step> {
    let finder = Finder::new(scorer, &path);
    let scratch = &mut Scratch::default();
    let mut out = Vec::with_capacity(path.len());
    for bead in path {
        if bead.source.is_empty() || bead.target.len() < 2 {
            out.push(bead);
            continue;
        }
        let lonely = |t: usize, scratch: &mut Scratch| {
            scorer.overlap(bead.source.clone(), t..t + 1, scratch).matched < 0.5
                && finder.best(t).is_some_and(|m| m.source != bead.source)
        };
        let (first, last) = (bead.target.start, bead.target.end - 1);
        let insertion =
            |t: usize| Step { source: bead.source.end..bead.source.end, target: t..t + 1, ..bead.clone() };
        if lonely(last, scratch) {
            out.push(Step { target: first..last, ..bead.clone() });
            out.push(Step { source: bead.source.end..bead.source.end, ..insertion(last) });
        } else if lonely(first, scratch) {
            out.push(Step { source: bead.source.start..bead.source.start, ..insertion(first) });
            out.push(Step { target: first + 1..bead.target.end, ..bead.clone() });
        } else {
            out.push(bead);
        }
    }
    out
}

/// Finds, for a target unit, the source passage it renders: a target unit elsewhere that
/// repeats it (same language, so most of its anchors recur) and the source of that unit's
/// bead, or else a source unit holding most of its anchors.
struct Finder<'a, 's> {
    scorer: &'a Scorer<'s>,
    /// For each anchor token, the source units holding it.
    postings: Postings,
    /// For each anchor token, the target units holding it.
    target_postings: Postings,
    /// For each target unit, the source units of the matched bead it belongs to.
    owner: Vec<Option<Range<usize>>>,
    /// Least anchor weight of a target unit that can be a move.
    min_weight: f64,
}

impl<'a, 's> Finder<'a, 's> {
    fn new(scorer: &'a Scorer<'s>, path: &[Step]) -> Finder<'a, 's> {
        let index = |units: &[super::score::ScoredUnit]| {
            let mut postings: Postings = Postings::default();
            for (i, unit) in units.iter().enumerate() {
                for &token in &unit.tokens {
                    postings.entry(token).or_default().push(i);
                }
            }
            postings
        };
        let mut owner = vec![None; scorer.target.len()];
        for bead in path.iter().filter(|b| !b.source.is_empty()) {
            for t in bead.target.clone() {
                owner[t] = Some(bead.source.clone());
            }
        }
        let (postings, target_postings) = rayon::join(|| index(scorer.source), || index(scorer.target));
        Finder { scorer, postings, target_postings, owner, min_weight: MIN_WEIGHT }
    }

    /// Candidate units of one side sharing a not-too-common anchor with target unit `t`.
    fn candidates(&self, postings: &Postings, t: usize) -> Vec<usize> {
        let weight = &self.scorer.anchors.weight;
        let mut candidates: Vec<usize> = self.scorer.target[t]
            .tokens
            .iter()
            .filter(|&&y| weight[y as usize] > 0.0)
            .filter_map(|y| postings.get(y).filter(|p| p.len() <= MAX_POSTINGS))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates
    }

    /// The matched passage that target unit `t` repeats, if another target unit holds most
    /// of its anchors.
    fn repeated(&self, t: usize, target_weight: f64) -> Option<Move> {
        let weight = &self.scorer.anchors.weight;
        let tokens = &self.scorer.target[t].tokens;
        self.candidates(&self.target_postings, t)
            .into_iter()
            .filter(|&u| u != t)
            .filter_map(|u| {
                let owner = self.owner[u].clone()?;
                let shared: f64 = tokens
                    .iter()
                    .filter(|y| self.scorer.target[u].tokens.binary_search(y).is_ok())
                    .map(|&y| weight[y as usize])
                    .sum();
                Some((owner, shared / target_weight))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .filter(|(_, contained)| *contained >= MIN_CONTAINED)
            .map(|(source, contained)| Move { target: t, source, contained: contained.min(1.0) })
    }

    /// The move of target unit `t`, if one source unit holds enough of its anchors.
    fn best(&self, t: usize) -> Option<Move> {
        let scorer = self.scorer;
        let scratch = &mut Scratch::default();
        let target_weight = scorer.overlap(0..0, t..t + 1, scratch).target;
        if target_weight < self.min_weight {
            return None;
        }
        if let Some(repeat) = self.repeated(t, target_weight) {
            return Some(repeat);
        }
        self.candidates(&self.postings, t)
            .into_iter()
            .filter(|&s| fits_inside(scorer, s, t))
            .map(|s| (s, scorer.overlap(s..s + 1, t..t + 1, scratch).matched / target_weight))
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .filter(|&(_, contained)| contained >= MIN_CONTAINED)
            .map(|(s, contained)| Move { target: t, source: s..s + 1, contained: contained.min(1.0) })
    }
}

/// True when target unit `t` is no longer than a rendering of source unit `s` could be.
fn fits_inside(scorer: &Scorer, s: usize, t: usize) -> bool {
    scorer.target[t].len <= 1.5 * scorer.ratio * scorer.source[s].len
}
