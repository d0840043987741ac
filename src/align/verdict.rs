//! Whether two texts are translations of each other: a similarity figure and a verdict.
//!
//! An aligner always finds *some* path, so the path alone proves nothing. The similarity
//! compares how much anchor weight the found path pairs up with how much its beads would pair
//! up if they were wrong: each matched bead's source against the same number of target units
//! at [`DRAWS`] places drawn at random (a fixed hash of the bead, so the figure is
//! reproducible), keeping the best of them. Random places, not fixed shifts: a shift by half
//! the text lands exactly on the second copy of a text that holds its content twice, and then
//! a real translation looks like chance. The best, not the mean, because the path itself is a
//! selection: the search kept each bead because it beat its alternatives, and a path that
//! keeps only a few strongly matching beads (two unrelated texts on the same subject,
//! paragraphs that pay for unmatched anchors) would otherwise look far better than chance. A
//! translation shares far more anchors along its path than the best wrong pairing does; two
//! unrelated texts share about as much either way.
//!
//! Three verdicts, not two: a low similarity means "not a translation" only when enough beads
//! pair anchors for chance to be told apart ([`MIN_EVIDENCE_BEADS`]); texts of one unit a side
//! (no wrong place exists) or with a handful of anchored beads are
//! [`Verdict::Undetermined`], and nobody is warned.

use super::score::{Scorer, Scratch};
use super::table::Step;
use crate::alignment::Verdict;

/// Below this similarity the texts are reported as not translations of each other, when there
/// is evidence enough ([`MIN_EVIDENCE_BEADS`]). Every unrelated pairing of the bundled texts
/// scores at most 0.44; real 15-sentence windows of Text+Berg test score 0.63 and up but for
/// one (its beads cross; it has 3 beads of evidence, so it is undetermined).
pub const THRESHOLD: f64 = 0.55;

/// The constants of [`translation_probability`], fitted by `transdiff bench verdict --fit`
/// (226 dev pairs: 113 real windows, 111 unrelated ones and the bundled texts).
const INTERCEPT: f64 = -5.769;
const SLOPE: f64 = 8.991;

/// How likely texts of this similarity are an original and its translation, in [0, 1], with
/// translations and unrelated pairings taken as equally likely beforehand: a logistic curve
/// in the similarity fitted on Text+Berg dev windows of 10 to 40 sentences against windows
/// from elsewhere in the text, and the bundled texts (`transdiff bench verdict`).
pub fn translation_probability(similarity: f64) -> f64 {
    1.0 / (1.0 + (-(INTERCEPT + SLOPE * similarity)).exp())
}

/// Anchor share added to the wrong pairings' before comparing: a path that pairs hardly any
/// anchors (two short texts, or texts with almost no names and numbers) is no evidence of a
/// translation even when the wrong pairings pair none. Real 15-sentence windows of Text+Berg
/// pair 1.3% at the least; unrelated bundled texts pair under 1% more than their wrong pairings.
const PRIOR_SHARE: f64 = 0.003;

/// What the path says about the texts: their similarity and the verdict it supports.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Judgement {
    /// In [0, 1]; 0 when there is no wrong place to compare with (one target unit).
    pub similarity: f64,
    pub verdict: Verdict,
}

/// Fewest matched beads that pair any anchor weight in place for a similarity under
/// [`THRESHOLD`] to mean "not a translation"; with fewer the verdict is
/// [`Verdict::Undetermined`]. A short text repeats its few names and numbers from sentence to
/// sentence, so its wrong places pair nearly as much as its right ones, and a handful of beads
/// is no evidence either way. Every unrelated pairing of the bundled texts has 12 such beads
/// or more (similarity 0.44 at the most); real 10- to 20-sentence windows of Text+Berg test
/// under [`THRESHOLD`] have 8 at the most, and unrelated windows of the same size 3.
pub const MIN_EVIDENCE_BEADS: usize = 10;

/// The similarity of the texts aligned by `path` (beads over all units of `scorer`) and the
/// verdict: [`Verdict::Translation`] at [`THRESHOLD`] and above; below it
/// [`Verdict::NotTranslation`] only when there was something to judge (two target units at
/// least, and [`MIN_EVIDENCE_BEADS`] matched beads with anchors), else
/// [`Verdict::Undetermined`].
pub(crate) fn judge(scorer: &Scorer, path: &[Step]) -> Judgement {
    let undetermined = |similarity| Judgement { similarity, verdict: Verdict::Undetermined };
    let m = scorer.target.len();
    if m < 2 || scorer.source.is_empty() {
        return undetermined(0.0);
    }
    let weight = &scorer.anchors.weight;
    let total: f64 = scorer
        .source
        .iter()
        .chain(scorer.target)
        .flat_map(|unit| unit.tokens.iter().map(|&t| weight[t as usize]))
        .sum();
    let (on_path, evidence) = shared(scorer, path, &[0], total);
    let draws: Vec<u64> = (1..=DRAWS).collect();
    let (off_path, _) = shared(scorer, path, &draws, total);
    let similarity =
        if on_path <= off_path { 0.0 } else { (1.0 - (off_path + PRIOR_SHARE) / on_path).clamp(0.0, 1.0) };
    let verdict = if similarity >= THRESHOLD {
        Verdict::Translation
    } else if evidence < MIN_EVIDENCE_BEADS {
        Verdict::Undetermined
    } else {
        Verdict::NotTranslation
    };
    Judgement { similarity, verdict }
}

/// How many random places each bead is tried at.
const DRAWS: u64 = 3;

/// A shift of a bead starting at target unit `start` for draw `draw` (1 ..= [`DRAWS`]), in
/// `1..m` and at least a quarter of the text away from the bead, from a fixed hash.
fn shift(start: usize, draw: u64, m: usize) -> usize {
    let near = (m / 4).max(1);
    let span = m.saturating_sub(2 * near).max(1) as u64;
    let hash = (start as u64 ^ (draw << 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29);
    let hash = hash.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    (near + (hash >> 11) as usize % span as usize).min(m - 1)
}

/// The larger part of `place` outside `own` (a wide bead's wrong place must not be partly
/// its own right place).
fn outside(place: std::ops::Range<usize>, own: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    if place.end <= own.start || place.start >= own.end {
        return place;
    }
    let before = place.start..own.start.max(place.start);
    let after = own.end.min(place.end)..place.end;
    if before.len() >= after.len() { before } else { after }
}

/// Share of all anchor weight (`total`) that the matched beads of `path` pair up, each bead
/// with its target range moved to whichever of its `draws` (0: in place; else a random place,
/// wrapping round) pairs most. The beads are weighed on all cores and summed in path order, so
/// the figure is the same to the bit on any number of threads. Also how many beads pair any
/// anchor weight at all.
fn shared(scorer: &Scorer, path: &[Step], draws: &[u64], total: f64) -> (f64, usize) {
    use rayon::prelude::*;
    let m = scorer.target.len();
    let best = |scratch: &mut Scratch, bead: &Step| {
        draws
            .iter()
            .map(|&draw| {
                let by = if draw == 0 { 0 } else { shift(bead.target.start, draw, m) };
                let start = (bead.target.start + by) % m;
                let end = (start + bead.target.len()).min(m);
                let place = if draw == 0 { start..end } else { outside(start..end, &bead.target) };
                if place.is_empty() {
                    return 0.0;
                }
                scorer.overlap(bead.source.clone(), place, scratch).matched
            })
            .fold(0.0, f64::max)
    };
    let bests: Vec<f64> = path
        .par_iter()
        .with_min_len(BEADS_PER_TASK)
        .filter(|b| !b.source.is_empty() && !b.target.is_empty())
        .map_init(Scratch::default, best)
        .collect();
    let matched = bests.iter().fold(0.0, |matched, best| matched + 2.0 * best);
    let beads = bests.iter().filter(|&&best| best > 0.0).count();
    (if total <= 0.0 { 0.0 } else { (matched / total).min(1.0) }, beads)
}

/// Beads one task weighs at the least: far more than the cost of handing out a task.
const BEADS_PER_TASK: usize = 512;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_probability_of_a_translation_rises_with_the_similarity() {
        let p = |s: f64| (translation_probability(s) * 100.0).round() / 100.0;
        // The bundled unrelated texts, the threshold, and real windows.
        assert_eq!([p(0.14), p(0.44), p(THRESHOLD), p(0.69), p(0.9)], [0.01, 0.14, 0.3, 0.61, 0.91]);
        let grid: Vec<f64> = (0..=20).map(|k| translation_probability(k as f64 / 20.0)).collect();
        assert!(grid.windows(2).all(|w| w[0] < w[1]));
    }
}
