//! Fitting the confidence calibration of [`crate::align::calibration`]: isotonic steps from
//! `(raw score, right)` points of the dev sets, printed as the Rust constants pasted there
//! (`transdiff bench omissions --fit-calibration`).

use crate::align::calibration::{Class, Step, apply};

/// Bins of raw score the fit starts from.
const BINS: usize = 20;

/// Fits an isotonic mapping to `(raw score, right)` points (see the module's comment).
pub fn fit(points: &[(f64, bool)]) -> Vec<Step> {
    fit_shrunk(points, Shrink::default())
}

/// How far [`fit_shrunk`] pulls each pooled block's share of right beads down from what its
/// beads alone say.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Shrink {
    /// Beads' worth of the whole class's share of right beads added to every block (toward
    /// the pooled rate: small blocks move most).
    pub prior: f64,
    /// Beads counted wrong in every block on top (no block answers more than its beads
    /// support with this margin: the top step most of all when it is all right).
    pub margin: f64,
}

/// [`fit`] with each block answering `(right + 1 + prior × p) / (beads + 2 + prior + margin)`,
/// `p` the class's smoothed share of right beads; pooled on that answer, so it is monotone.
pub fn fit_shrunk(points: &[(f64, bool)], shrink: Shrink) -> Vec<Step> {
    // Per bin: beads, right ones, upper edge.
    let mut blocks: Vec<(usize, usize, f64)> =
        (0..BINS).map(|b| (0, 0, (b + 1) as f64 / BINS as f64)).collect();
    for &(raw, right) in points {
        let bin = ((raw.clamp(0.0, 1.0) * BINS as f64) as usize).min(BINS - 1);
        blocks[bin].0 += 1;
        blocks[bin].1 += usize::from(right);
    }
    blocks.retain(|b| b.0 > 0);
    let (all, all_right) = blocks.iter().fold((0, 0), |(n, r), b| (n + b.0, r + b.1));
    let pooled_rate = (all_right as f64 + 1.0) / (all as f64 + 2.0);
    let rate = |b: &(usize, usize, f64)| {
        (b.1 as f64 + 1.0 + shrink.prior * pooled_rate) / (b.0 as f64 + 2.0 + shrink.prior + shrink.margin)
    };
    let mut pooled: Vec<(usize, usize, f64)> = Vec::new();
    for block in blocks {
        pooled.push(block);
        while pooled.len() >= 2 && rate(&pooled[pooled.len() - 2]) >= rate(&pooled[pooled.len() - 1]) {
            let Some(last) = pooled.pop() else { break };
            if let Some(prev) = pooled.last_mut() {
                *prev = (prev.0 + last.0, prev.1 + last.1, last.2);
            }
        }
    }
    let round = |x: f64| (x * 1000.0).round() / 1000.0;
    let mut steps: Vec<Step> = pooled.iter().map(|b| (round(b.2), round(rate(b)))).collect();
    if let Some(last) = steps.last_mut() {
        last.0 = 1.0;
    }
    steps
}

/// The shrinkages [`choose_shrink`] tries.
pub const SHRINKS: [f64; 5] = [0.0, 2.0, 5.0, 10.0, 20.0];

/// Leave-one-out over `folds` (the points of one document each): every fold's points scored
/// by the mapping fitted with `shrink` on the other folds; the mean log loss and the
/// predictions' expected calibration error (tenths, as the bench's reliability tables).
pub fn cross_validate(folds: &[Vec<(f64, bool)>], shrink: Shrink) -> (f64, f64) {
    let mut predicted: Vec<(f64, bool)> = Vec::new();
    for (k, fold) in folds.iter().enumerate() {
        let rest: Vec<(f64, bool)> =
            folds.iter().enumerate().filter(|(j, _)| *j != k).flat_map(|(_, f)| f.iter().copied()).collect();
        let steps = fit_shrunk(&rest, shrink);
        predicted.extend(fold.iter().map(|&(raw, right)| (apply(&steps, raw), right)));
    }
    let n = predicted.len().max(1) as f64;
    let loss = predicted
        .iter()
        .map(|&(p, right)| -(if right { p } else { 1.0 - p }).clamp(1e-6, 1.0).ln())
        .sum::<f64>()
        / n;
    let mut bins = [(0usize, 0usize, 0.0f64); 10];
    for &(p, right) in &predicted {
        let bin = &mut bins[((p * 10.0) as usize).min(9)];
        bin.0 += 1;
        bin.1 += usize::from(right);
        bin.2 += p;
    }
    let gap: f64 = bins.iter().map(|&(_, right, sum)| (sum - right as f64).abs()).sum();
    (loss, gap / n)
}

/// The shrinkage (prior and margin, each from [`SHRINKS`]) with the least leave-one-document-
/// out log loss over `folds`, with every tried one's `(shrink, loss, error)` for the record.
pub fn choose_shrink(folds: &[Vec<(f64, bool)>]) -> (Shrink, Vec<(Shrink, f64, f64)>) {
    let mut tried = Vec::new();
    for prior in SHRINKS {
        for margin in SHRINKS {
            let shrink = Shrink { prior, margin };
            let (loss, error) = cross_validate(folds, shrink);
            tried.push((shrink, loss, error));
        }
    }
    let best = tried.iter().min_by(|a, b| a.1.total_cmp(&b.1)).map(|t| t.0).unwrap_or_default();
    (best, tried)
}

/// `steps` as the Rust constant that holds them, for pasting into this file.
pub fn as_rust(class: Class, steps: &[Step]) -> String {
    let list: Vec<String> = steps.iter().map(|(e, v)| format!("({e:?}, {v:?})")).collect();
    format!("const {}: &[Step] = &[{}];", class.name().to_uppercase(), list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fit_is_isotonic_and_pools_violators() {
        // Bin [0, 0.05): 1 of 4 right; [0.5, 0.55): 3 of 4; [0.9, 0.95): 1 of 2 (violates,
        // pooled with the one before: 4 of 6).
        let mut points = vec![(0.01, true), (0.02, false), (0.03, false), (0.04, false)];
        points.extend([(0.5, true), (0.51, true), (0.52, true), (0.53, false)]);
        points.extend([(0.9, true), (0.91, false)]);
        let steps = fit(&points);
        assert_eq!(steps, [(0.05, 0.333), (1.0, 0.625)]);
        assert_eq!(apply(&steps, 0.0), 0.333);
        assert_eq!(apply(&steps, 0.06), 0.625);
        assert_eq!(as_rust(Class::Merge, &steps), "const MERGE: &[Step] = &[(0.05, 0.333), (1.0, 0.625)];");
    }

    #[test]
    fn shrinking_pulls_blocks_toward_the_pooled_rate_or_down_by_a_margin() {
        let mut points = vec![(0.01, true), (0.02, false), (0.03, false), (0.04, false)];
        points.extend([(0.5, true), (0.51, true), (0.52, true), (0.53, false)]);
        points.extend([(0.9, true), (0.91, false)]);
        // Pooled rate (5 + 1) / (10 + 2) = 0.5; prior 2: (1 + 1 + 1) / (4 + 4), (4 + 1 + 1) / 10.
        assert_eq!(fit_shrunk(&points, Shrink { prior: 2.0, margin: 0.0 }), [(0.05, 0.375), (1.0, 0.6)]);
        // Margin 2: (1 + 1) / (4 + 4), (4 + 1) / (6 + 4).
        assert_eq!(fit_shrunk(&points, Shrink { prior: 0.0, margin: 2.0 }), [(0.05, 0.25), (1.0, 0.5)]);
        // Leaving one of two folds out scores each fold by the other's mapping: the first 4
        // (1 right) at 0.625, the other 6 (4 right) at 0.333.
        let folds = vec![points[..4].to_vec(), points[4..].to_vec()];
        let (loss, error) = cross_validate(&folds, Shrink::default());
        let round = |x: f64| (x * 10_000.0).round() / 10_000.0;
        assert_eq!((round(loss), round(error)), (0.8621, 0.3502));
        assert_eq!(choose_shrink(&folds).1.len(), SHRINKS.len() * SHRINKS.len());
    }
}
