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

/// Finds the moves among the insertions (0-1 beads) of `path`: units of at least
/// [`Costs::move_weight`](super::score::Costs::move_weight) anchor weight, of which a
/// source unit holds [`Costs::move_contained`](super::score::Costs::move_contained).
pub(crate) fn find(scorer: &Scorer, path: &[Step]) -> Vec<Move> {
    let added: Vec<usize> =
        path.iter().filter(|b| b.source.is_empty() && b.target.len() == 1).map(|b| b.target.start).collect();
    if added.is_empty() {
        return Vec::new();
    }
    let finder = Finder::new(scorer, path);
    // Each insertion is judged on its own: all cores, in path order.
    use rayon::prelude::*;
    added.into_par_iter().with_min_len(64).filter_map(|t| finder.best(t)).collect()
}

/// Pairs the sentences the search left out (1-0) with those it added (0-1) when one
/// renders the other out of order: a sentence the translator moved a few places, which an
/// order-keeping search can only give up on (or glue to a neighbour's bead). A pair must
/// lie within [`Costs::orphan_reach`](super::score::Costs::orphan_reach) beads, share
/// [`Costs::orphan_matched`](super::score::Costs::orphan_matched) anchor weight or more,
/// and share [`Costs::orphan_pair`](super::score::Costs::orphan_pair) times the anchor
/// share of the text's median 1-1 bead. The source sentence may also stand at the edge of a
/// merge whose other side shares less than half as much with it: it leaves the merge. The
/// best pairs are taken first, each sentence once. Returns the path (with such sentences
/// split off as 1-0 beads) and the moves.
pub(crate) fn pair_orphans(scorer: &Scorer, path: Vec<Step>, taken: &[Move]) -> (Vec<Step>, Vec<Move>) {
    let costs = scorer.costs;
    if costs.orphan_pair <= 0.0 {
        return (path, Vec::new());
    }
    let scratch = &mut Scratch::default();
    let median = super::split::median_share(scorer, path.iter(), scratch);
    let mut moved = vec![false; scorer.target.len()];
    for m in taken {
        moved[m.target] = true;
    }
    let added: Vec<(usize, usize)> = path
        .iter()
        .enumerate()
        .filter(|(_, b)| b.source.is_empty() && b.target.len() == 1)
        .map(|(k, b)| (k, b.target.start))
        .filter(|&(_, t)| !moved[t])
        .collect();
    // Source sentences that may render an added one: those left out, and the edges of merges.
    let free: Vec<(usize, usize)> = path
        .iter()
        .enumerate()
        .flat_map(|(k, b)| {
            let edges = match (b.source.len(), b.target.is_empty()) {
                (1, true) => vec![b.source.start],
                (n, false) if n >= 2 => vec![b.source.start, b.source.end - 1],
                _ => Vec::new(),
            };
            edges.into_iter().map(move |s| (k, s))
        })
        .collect();
    let reach = costs.orphan_reach as usize;
    let mut pairs = Vec::new();
    for &(kt, t) in &added {
        // `free` is in path order: only the stretch within reach is looked at.
        let from = free.partition_point(|&(ks, _)| ks + reach < kt);
        let to = free.partition_point(|&(ks, _)| ks <= kt + reach);
        for &(ks, s) in &free[from..to] {
            let overlap = scorer.overlap(s..s + 1, t..t + 1, scratch);
            let share = overlap.share();
            let fits = fits_inside(scorer, s, t)
                && scorer.source[s].len * scorer.ratio <= 1.5 * scorer.target[t].len;
            if !fits || overlap.matched < costs.orphan_matched || share < costs.orphan_pair * median {
                continue;
            }
            let home = &path[ks];
            if !home.target.is_empty()
                && 2.0 * scorer.overlap(s..s + 1, home.target.clone(), scratch).share() >= share
            {
                continue;
            }
            pairs.push((share, ks, s, t));
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let (mut used_s, mut used_t) = (vec![false; scorer.source.len()], vec![false; scorer.target.len()]);
    let (mut split, mut split_bead) = (Vec::new(), vec![false; path.len()]);
    let mut moves = Vec::new();
    for (share, ks, s, t) in pairs {
        // One sentence out of each merge at most, so the merge keeps its other side's match.
        if used_s[s] || used_t[t] || split_bead[ks] {
            continue;
        }
        used_s[s] = true;
        used_t[t] = true;
        if !path[ks].target.is_empty() {
            split.push((ks, s));
            split_bead[ks] = true;
        }
        let contained = if median > 0.0 { (share / median).min(1.0) } else { 1.0 };
        moves.push(Move { target: t, source: s..s + 1, contained });
    }
    // Split the freed edges off their merges, in one pass over the path.
    let mut freed = vec![None; path.len()];
    for (k, s) in split {
        freed[k] = Some(s);
    }
    let mut out = Vec::with_capacity(path.len() + moves.len());
    for (bead, freed) in path.into_iter().zip(freed) {
        let Some(s) = freed else {
            out.push(bead);
            continue;
        };
        let alone = |at: usize| Step { source: s..s + 1, target: at..at, ..bead.clone() };
        if s == bead.source.start {
            out.push(alone(bead.target.start));
            out.push(Step { source: s + 1..bead.source.end, ..bead });
        } else {
            let end = bead.target.end;
            out.push(Step { source: bead.source.start..s, ..bead.clone() });
            out.push(alone(end));
        }
    }
    (out, moves)
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
        Finder { scorer, postings, target_postings, owner }
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
            .filter(|(_, contained)| *contained >= self.scorer.costs.move_contained)
            .map(|(source, contained)| Move { target: t, source, contained: contained.min(1.0) })
    }

    /// The move of target unit `t`, if one source unit holds enough of its anchors.
    fn best(&self, t: usize) -> Option<Move> {
        let scorer = self.scorer;
        let scratch = &mut Scratch::default();
        let target_weight = scorer.overlap(0..0, t..t + 1, scratch).target;
        if target_weight < scorer.costs.move_weight {
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
            .filter(|&(_, contained)| contained >= scorer.costs.move_contained)
            .map(|(s, contained)| Move { target: t, source: s..s + 1, contained: contained.min(1.0) })
    }
}

/// True when target unit `t` is no longer than a rendering of source unit `s` could be.
fn fits_inside(scorer: &Scorer, s: usize, t: usize) -> bool {
    scorer.target[t].len <= 1.5 * scorer.ratio * scorer.source[s].len
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::{Costs, testing};

    const SOURCE: [&str; 5] = [
        "Hillary reached Everest in 1953 with Tenzing.",
        "Mallory vanished near Everest in 1924 with Irvine.",
        "Herzog climbed Annapurna in 1950 with Lachenal.",
        "Buhl climbed Nanga Parbat alone in 1953.",
        "Messner climbed Everest alone in 1980.",
    ];
    const TARGET: [&str; 5] = [
        "Hillary atteignit l'Everest en 1953 avec Tenzing.",
        "Herzog gravit l'Annapurna en 1950 avec Lachenal.",
        "Buhl gravit seul le Nanga Parbat en 1953.",
        "Mallory disparut près de l'Everest en 1924 avec Irvine.",
        "Messner gravit seul l'Everest en 1980.",
    ];

    fn step(source: Range<usize>, target: Range<usize>) -> Step {
        Step { source, target, cost: 0.0, margin: 1.0 }
    }

    /// Beads as (source, target) ranges.
    type Ranges = Vec<(Range<usize>, Range<usize>)>;

    /// The beads and moves (source range, target unit) `pair_orphans` makes of `path`.
    fn paired(path: Vec<Step>) -> (Ranges, Vec<(Range<usize>, usize)>) {
        testing::with_scorer(&SOURCE, &TARGET, &Costs::default(), |scorer| {
            let (path, moves) = pair_orphans(scorer, path, &[]);
            (
                path.into_iter().map(|b| (b.source, b.target)).collect(),
                moves.into_iter().map(|m| (m.source, m.target)).collect(),
            )
        })
    }

    /// The path an order-keeping search finds for SOURCE and TARGET: sentence 1 left out,
    /// its rendering (target 3) added.
    fn left_out_and_added() -> Vec<Step> {
        vec![
            step(0..1, 0..1),
            step(1..2, 0..0),
            step(2..3, 1..2),
            step(3..4, 2..3),
            step(4..4, 3..4),
            step(4..5, 4..5),
        ]
    }

    #[test]
    fn a_sentence_left_out_and_one_added_that_render_each_other_are_a_move() {
        let path = left_out_and_added();
        let (beads, moves) = paired(path.clone());
        assert_eq!(beads, path.into_iter().map(|b| (b.source, b.target)).collect::<Vec<_>>());
        assert_eq!(moves, [(1..2, 3)]);
    }

    #[test]
    fn a_moved_sentence_glued_to_a_merge_leaves_it() {
        let path =
            vec![step(0..1, 0..1), step(1..3, 1..2), step(3..4, 2..3), step(4..4, 3..4), step(4..5, 4..5)];
        let (beads, moves) = paired(path);
        assert_eq!(
            beads,
            [(0..1, 0..1), (1..2, 1..1), (2..3, 1..2), (3..4, 2..3), (4..4, 3..4), (4..5, 4..5)]
        );
        assert_eq!(moves, [(1..2, 3)]);
    }

    #[test]
    fn sentences_that_do_not_render_each_other_stay_left_out_and_added() {
        // The added sentence shares nothing with the one left out: no move.
        testing::with_scorer(
            &SOURCE[..2],
            &[TARGET[0], "Pluie et vent sur le glacier."],
            &Costs::default(),
            |scorer| {
                let path = vec![step(0..1, 0..1), step(1..2, 1..1), step(2..2, 1..2)];
                assert_eq!(pair_orphans(scorer, path, &[]).1, []);
            },
        );
        // Off, the pairing changes nothing.
        testing::with_scorer(&SOURCE, &TARGET, &Costs { orphan_pair: 0.0, ..Costs::default() }, |scorer| {
            let path = left_out_and_added();
            assert_eq!(pair_orphans(scorer, path, &[]).1, []);
        });
    }
}
