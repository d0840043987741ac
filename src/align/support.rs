//! Per-sentence support from IBM Model 1 over all words: how well the other side of a bead
//! explains a sentence, judged against how well unrelated sentences of the same texts explain
//! each other.
//!
//! The anchors ([`super::score`]) see only rare words, numbers, names and confident lexicon
//! pairs: a single sentence has few of them. Here every word counts. Model 1 is trained both
//! ways (p(s|t) and p(t|s), each with a NULL word) on the first pass's 1-1 sentence beads;
//! a word `w` of a sentence is explained by the other side `V` by
//! `ln(1 + max_{v ∈ V} p(w|v) / p(w))`, `p(w)` the word's frequency on its own side (a
//! function word every sentence explains gains little; an unseen word nothing). A sentence's
//! score is the mean over its words. Scores are not comparable across texts or languages, so
//! a score is reported as its rank among the scores of sentences paired at fixed wrong places
//! (a third, a half and two thirds of the text apart): 0.3 means the other side explains
//! the sentence better than 30% of unrelated pairings do. Words the model never saw (not in
//! a sentence it trained on) count for nothing, else sentences outside the training pairs
//! (the ones merges hold) would look unexplained; a sentence with fewer than three known
//! words is not judged.
//!
//! The 1-1 beads themselves cannot be judged this way: they are what the model learned from.

use super::score::ScoredUnit;
use crate::lexicon::FxHashMap;
use std::ops::Range;

/// At most this many units a side are paired at wrong places for the chance scores.
const MAX_CHANCE: usize = 2_000;

/// A sentence with fewer words the model knows than this is not judged (rank 1).
const MIN_KNOWN: usize = 3;

/// The trained model and the texts' own chance scores.
pub(crate) struct Support {
    /// Per side: each unit's words as canonical ids.
    words: [Vec<Vec<u32>>; 2],
    /// Per side: each canonical word's frequency on that side.
    frequency: [Vec<f64>; 2],
    /// Per side w: p(w | v) for v a word of the other side, keyed by (w << 32 | v).
    table: [FxHashMap<u64, f32>; 2],
    /// Per side: whether the model has seen each canonical word (trained on a pair holding it).
    known: [Vec<bool>; 2],
    /// Per side: the scores of that side's units against unrelated units, sorted.
    chance: [Vec<f64>; 2],
}

impl Support {
    /// The support of texts `source` and `target` (units with [`ScoredUnit::words`]) under
    /// Model 1's `tables` (`[p(s|t), p(t|s)]` keyed by canonical word ids, as
    /// [`super::learning_pairs`] gives them and the lexicon's learning trains them), with
    /// `vocab` the lookup forms per side. None when there is nothing to judge by.
    pub fn build(
        source: &[ScoredUnit],
        target: &[ScoredUnit],
        vocab: &[Vec<String>; 2],
        tables: [FxHashMap<u64, f32>; 2],
    ) -> Option<Support> {
        if tables[0].is_empty() || source.is_empty() || target.is_empty() {
            return None;
        }
        let canonical = [super::canonical_ids(&vocab[0]), super::canonical_ids(&vocab[1])];
        let words = |side: usize, units: &[ScoredUnit]| -> Vec<Vec<u32>> {
            units.iter().map(|u| u.words.iter().map(|&w| canonical[side][w as usize]).collect()).collect()
        };
        let words = [words(0, source), words(1, target)];
        let frequency = |side: usize| -> Vec<f64> {
            let mut count = vec![0.0; vocab[side].len()];
            let mut total = 0.0;
            for unit in &words[side] {
                for &w in unit {
                    count[w as usize] += 1.0;
                    total += 1.0;
                }
            }
            count.iter().map(|c| (c + 0.5) / (total + 0.5 * vocab[side].len() as f64)).collect()
        };
        let frequency = [frequency(0), frequency(1)];
        // Side 0's table explains source words by target words: p(s|t); side 1's p(t|s).
        let [backward, forward] = tables;
        let known = |side: usize, table: &FxHashMap<u64, f32>| -> Vec<bool> {
            let mut known = vec![false; vocab[side].len()];
            for key in table.keys() {
                known[(key >> 32) as usize] = true;
            }
            known
        };
        let known = [known(0, &backward), known(1, &forward)];
        let mut support =
            Support { words, frequency, table: [backward, forward], known, chance: [Vec::new(), Vec::new()] };
        for side in 0..2 {
            let (n, m) = (support.words[side].len(), support.words[1 - side].len());
            let mut scores = Vec::new();
            if m >= 3 {
                for i in
                    (0..n).filter(|&k| n <= MAX_CHANCE || (k * MAX_CHANCE) / n != ((k + 1) * MAX_CHANCE) / n)
                {
                    let place = i * m / n;
                    for shift in [m / 3, m / 2, 2 * m / 3] {
                        let j = (place + shift.max(1)) % m;
                        scores.push(support.score(side, i..i + 1, j..j + 1));
                    }
                }
            }
            scores.sort_by(f64::total_cmp);
            support.chance[side] = scores;
        }
        Some(support)
    }

    /// The mean explanation of side `side`'s units `units` by the other side's units `other`,
    /// over the words the model knows.
    pub fn score(&self, side: usize, units: Range<usize>, other: Range<usize>) -> f64 {
        let (own, theirs) = (&self.words[side], &self.words[1 - side]);
        let other: Vec<u32> = theirs[other].iter().flatten().copied().collect();
        let (mut sum, mut count) = (0.0, 0usize);
        // Words the model never saw say nothing either way: only known ones count.
        for &w in units.flat_map(|u| own[u].iter()).filter(|&&w| self.known[side][w as usize]) {
            let best = other
                .iter()
                .filter_map(|&v| self.table[side].get(&((u64::from(w) << 32) | u64::from(v))))
                .fold(0.0f32, |a, &b| a.max(b));
            sum += (1.0 + f64::from(best) / self.frequency[side][w as usize]).ln();
            count += 1;
        }
        if count == 0 { 0.0 } else { sum / count as f64 }
    }

    /// The share of unrelated pairings of side `side` that explain a unit worse than `other`
    /// explains `units`, None when too few of the units' words are known to say, and never
    /// below one over the number of chance scores plus one (a rank of 0 would be certainty
    /// that the texts' own pairings cannot give).
    pub fn judged_rank(&self, side: usize, units: Range<usize>, other: Range<usize>) -> Option<f64> {
        let chance = &self.chance[side];
        let known =
            units.clone().flat_map(|u| &self.words[side][u]).filter(|&&w| self.known[side][w as usize]);
        if chance.is_empty() || known.count() < MIN_KNOWN {
            return None;
        }
        let score = self.score(side, units, other);
        let below = chance.partition_point(|&c| c < score) as f64;
        Some((below / chance.len() as f64).max(1.0 / (chance.len() + 1) as f64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units over `vocab` words given by index.
    fn units(words: &[&[u32]]) -> Vec<ScoredUnit> {
        words
            .iter()
            .map(|w| ScoredUnit { len: 10.0, tokens: Vec::new(), words: w.to_vec(), alone: false })
            .collect()
    }

    #[test]
    fn a_sentence_its_partner_explains_ranks_above_unrelated_pairings() {
        let vocab = |n: u32| (0..n).map(|k| format!("w{k}")).collect::<Vec<String>>();
        let vocab = [vocab(12), vocab(12)];
        // Word k of the source translates as word k of the target; sentence i holds words
        // 3i..3i+3 on both sides.
        let sentence = |i: u32| vec![3 * i, 3 * i + 1, 3 * i + 2];
        let both: Vec<Vec<u32>> = (0..4).map(sentence).collect();
        let refs: Vec<&[u32]> = both.iter().map(Vec::as_slice).collect();
        let (source, target) = (units(&refs), units(&refs));
        let pairs: Vec<(Vec<u32>, Vec<u32>)> = both.iter().map(|w| (w.clone(), w.clone())).collect();
        let names: Vec<&str> = vocab[0].iter().map(String::as_str).collect();
        let (_, tables) = crate::lexicon::learn_ids_with_tables(
            &pairs,
            &names,
            &names,
            &crate::lexicon::LearnOptions::default(),
        );
        let model = Support::build(&source, &target, &vocab, tables).unwrap();
        assert_eq!(model.chance[0].len(), 12);
        // Its own translation explains sentence 1 better than every unrelated pairing.
        assert_eq!(model.judged_rank(0, 1..2, 1..2), Some(1.0));
        assert_eq!(model.judged_rank(1, 2..3, 2..3), Some(1.0));
        // A wrong partner no better than the wrong places.
        assert_eq!(model.judged_rank(0, 1..2, 3..4), Some(1.0 / 13.0));
        // The other side of a merge holding the translation still explains it.
        assert_eq!(model.judged_rank(0, 1..2, 0..2), Some(1.0));
        // Nothing trained: no model.
        assert!(Support::build(&source, &target, &vocab, Default::default()).is_none());
    }
}
