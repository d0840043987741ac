//! Fitting the confidence calibration of [`crate::align::calibration`]: isotonic steps from
//! `(raw score, right)` points of the dev sets, printed as the Rust constants pasted there
//! (`transdiff bench omissions --fit-calibration`).

use crate::align::calibration::{Class, Step};

/// Bins of raw score the fit starts from.
const BINS: usize = 20;

/// Fits an isotonic mapping to `(raw score, right)` points (see the module's comment).
pub fn fit(points: &[(f64, bool)]) -> Vec<Step> {
    // Per bin: beads, right ones, upper edge.
    let mut blocks: Vec<(usize, usize, f64)> =
        (0..BINS).map(|b| (0, 0, (b + 1) as f64 / BINS as f64)).collect();
    for &(raw, right) in points {
        let bin = ((raw.clamp(0.0, 1.0) * BINS as f64) as usize).min(BINS - 1);
        blocks[bin].0 += 1;
        blocks[bin].1 += usize::from(right);
    }
    blocks.retain(|b| b.0 > 0);
    // Pooled on the smoothed share that is answered, so the answers are monotone too.
    let rate = |b: &(usize, usize, f64)| (b.1 as f64 + 1.0) / (b.0 as f64 + 2.0);
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

/// `steps` as the Rust constant that holds them, for pasting into this file.
pub fn as_rust(class: Class, steps: &[Step]) -> String {
    let list: Vec<String> = steps.iter().map(|(e, v)| format!("({e:?}, {v:?})")).collect();
    format!("const {}: &[Step] = &[{}];", class.name().to_uppercase(), list.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::calibration::apply;

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
}
