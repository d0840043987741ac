//! Local re-alignment of shifted runs: when a sentence is left out, the search often pairs
//! each of the following sentences with its neighbour's rendering (a run of 1-1 beads shifted
//! by one) and takes the slack up in a merge further on, instead of making one 1-0. Every
//! bead of such a run is poorly supported: its two sentences share little anchor weight.
//!
//! After the search, runs of weak beads are found: 1-1 beads whose anchor share
//! ([`Scorer::support`], the same evidence as [`super::split`]) is below
//! [`Costs::realign_share`] times the median share of the path's 1-1 beads (so language pairs
//! with sparse anchors are judged against their own density), together with the merges and
//! 1-0/0-1 beads between them, and one bead of context on each side. Each run is aligned again
//! by the same search with 1-0 and 0-1 beads at [`Costs::realign_indel`] instead of
//! [`Costs::indel`] and the length term times [`Costs::realign_length`] (the lengths are what
//! misled the search there), and the new beads are kept when they match at least
//! [`Costs::realign_gain`] more anchor weight than the old ones and hold no merge the old ones
//! did not.
//!
//! [`Costs::realign_share`]: super::Costs::realign_share
//! [`Costs::realign_indel`]: super::Costs::realign_indel
//! [`Costs::realign_gain`]: super::Costs::realign_gain
//! [`Costs::indel`]: super::Costs::indel
//! [`Costs::realign_length`]: super::Costs::realign_length

use super::score::{Costs, Scorer, Scratch};
use super::table::{self, SENTENCE_SHAPES, Step};
use std::ops::Range;

/// Beads of context taken with a run on each side.
const CONTEXT: usize = 1;

/// `path` with its shifted runs aligned again (unchanged with
/// [`super::Costs::realign_share`] ≤ 0).
pub(crate) fn realign_shifted(scorer: &Scorer, path: Vec<Step>) -> Vec<Step> {
    let costs = scorer.costs;
    if costs.realign_share <= 0.0 || path.len() < 2 {
        return path;
    }
    // Each bead's share, and each run's new beads, on all cores; kept in path order.
    use rayon::prelude::*;
    let shares: Vec<Option<f64>> = path
        .par_iter()
        .with_min_len(BEADS_PER_TASK)
        .map_init(Scratch::default, |scratch, b| {
            (b.source.len() == 1 && b.target.len() == 1)
                .then(|| scorer.support(b.source.clone(), b.target.clone(), scratch).share())
        })
        .collect();
    let mut ones: Vec<f64> = shares.iter().flatten().copied().collect();
    if ones.is_empty() {
        return path;
    }
    ones.sort_by(f64::total_cmp);
    let threshold = costs.realign_share * ones[ones.len() / 2];
    let weak: Vec<bool> = shares.iter().map(|s| s.is_none_or(|s| s < threshold)).collect();
    let runs = runs(&weak, &shares, threshold, costs.realign_run.max(1.0) as usize);
    if runs.is_empty() {
        return path;
    }
    let cheap = Costs {
        indel: costs.realign_indel,
        indel_per_char: 0.0,
        length: costs.length * costs.realign_length,
        ..costs.clone()
    };
    let local = Scorer { costs: &cheap, ..*scorer };
    let redone: Vec<Option<Vec<Step>>> = runs
        .par_iter()
        .map_init(Scratch::default, |scratch, run| again(scorer, &local, &path[run.clone()], scratch))
        .collect();
    let mut out = Vec::with_capacity(path.len());
    let mut next = 0;
    for (run, new) in runs.into_iter().zip(redone) {
        out.extend_from_slice(&path[next..run.start]);
        match new {
            Some(new) => out.extend(new),
            None => out.extend_from_slice(&path[run.clone()]),
        }
        next = run.end;
    }
    out.extend_from_slice(&path[next..]);
    out
}

/// Beads one task weighs at the least: far more than the cost of handing out a task.
const BEADS_PER_TASK: usize = 512;

/// The beads of run `old` aligned again by `local` (the cheap indels), if they match at least
/// [`Costs::realign_gain`] more anchor weight than the old ones (by `scorer`) and hold no
/// merge the old ones did not.
fn again(scorer: &Scorer, local: &Scorer, old: &[Step], scratch: &mut Scratch) -> Option<Vec<Step>> {
    let costs = scorer.costs;
    let (s, t) = (
        old[0].source.start..old[old.len() - 1].source.end,
        old[0].target.start..old[old.len() - 1].target.end,
    );
    let (new, _) = table::align_units(local, s, t, SENTENCE_SHAPES);
    let support = |beads: &[Step], scratch: &mut Scratch| {
        scorer.support_along(beads.iter().map(|b| (&b.source, &b.target)), scratch)
    };
    let gain = support(&new, scratch) - support(old, scratch);
    // Unless [`Costs::realign_merges`], only shifts are undone: a merge the run did not
    // have collects anchor weight by width alone (on the bundled Dutch it glued nl 156 to
    // en 143 for its "Socialist"; on Text+Berg dev with deletions it found more).
    let merge = |b: &Step| b.source.len() + b.target.len() > 2;
    let no_new_merges = costs.realign_merges > 0.0
        || new
            .iter()
            .filter(|b| merge(b))
            .all(|b| old.iter().any(|o| (&o.source, &o.target) == (&b.source, &b.target)));
    (gain >= costs.realign_gain && no_new_merges).then(|| {
        new.into_iter()
            .map(|b| {
                if b.source.is_empty() || b.target.is_empty() {
                    Step { cost: scorer.indel_cost(1, 0.0), ..b }
                } else {
                    b
                }
            })
            .collect()
    })
}

/// The runs of `weak` beads holding at least `least` weak 1-1 beads, each widened by [`CONTEXT`]
/// beads a side, overlapping ones joined.
fn runs(weak: &[bool], shares: &[Option<f64>], threshold: f64, least: usize) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < weak.len() {
        if !weak[i] {
            i += 1;
            continue;
        }
        let start = i;
        while i < weak.len() && weak[i] {
            i += 1;
        }
        if shares[start..i].iter().filter(|s| s.is_some_and(|s| s < threshold)).count() < least {
            continue;
        }
        let run = start.saturating_sub(CONTEXT)..(i + CONTEXT).min(weak.len());
        match runs.last_mut() {
            Some(last) if last.end >= run.start => last.end = run.end,
            _ => runs.push(run),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::testing;

    /// (source, target) pairs of a path.
    type Pairs = Vec<(Range<usize>, Range<usize>)>;

    /// The beads the search finds over all units, then after [`realign_shifted`].
    fn paths(source: &[&str], target: &[&str]) -> (Pairs, Pairs) {
        // Merges priced out: the search must choose between the right 1-1 and a shifted one.
        let costs = Costs {
            merge_2_1: 20.0,
            merge_2_2: 20.0,
            merge_3_1: 20.0,
            merge_3_2: 20.0,
            merge_4_1: 20.0,
            ..Costs::default()
        };
        testing::with_scorer(source, target, &costs, |scorer| {
            let (path, _) = table::align_units(scorer, 0..source.len(), 0..target.len(), SENTENCE_SHAPES);
            let pairs =
                |p: &[Step]| p.iter().map(|b| (b.source.clone(), b.target.clone())).collect::<Vec<_>>();
            let before = pairs(&path);
            (before, pairs(&realign_shifted(scorer, path)))
        })
    }

    #[test]
    fn a_shifted_one_to_one_next_to_an_addition_is_aligned_again() {
        let source = [
            "Anna met Boris in Vienna in 1921.",
            "Carla wrote to Dmitri about the old house by the lake, the garden that nobody tended \
             any more, and the roof that let the rain in.",
            "They stayed until 1925 in Naples.",
        ];
        // Sentence 1 rendered very short, then a sentence the source does not have, of about
        // the length of source 1: the lengths pair source 1 with the addition.
        let target = [
            "Anna rencontra Boris à Vienna en 1921.",
            "Carla à Dmitri.",
            "Personne ne se souvient aujourd'hui du temps qu'il faisait pendant ce long hiver, ni \
             de la neige.",
            "Ils restèrent à Naples jusqu'en 1925.",
        ];
        let (before, after) = paths(&source, &target);
        assert_eq!(before, [(0..1, 0..1), (1..1, 1..2), (1..2, 2..3), (2..3, 3..4)]);
        assert_eq!(after, [(0..1, 0..1), (1..2, 1..2), (2..2, 2..3), (2..3, 3..4)]);
    }

    #[test]
    fn well_supported_paths_and_runs_without_gain_stay() {
        let source = ["Anna met Boris in Vienna in 1921.", "They stayed until 1925 in Naples."];
        let target = ["Anna rencontra Boris à Vienna en 1921.", "Ils restèrent à Naples jusqu'en 1925."];
        let (before, after) = paths(&source, &target);
        assert_eq!(before, after);
        // No anchors anywhere: every bead is weak, but aligning again gains nothing.
        let source = ["one two three.", "four five six seven."];
        let target = ["un deux trois.", "quatre cinq six sept."];
        let (before, after) = paths(&source, &target);
        assert_eq!(before, after);
    }
}
