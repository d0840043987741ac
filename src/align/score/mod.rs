//! Pure cost functions: length fit (Gale-Church), anchor overlap, and the cost of one bead.
//!
//! A bead's cost is a negative log-likelihood in spirit: lower is better. It adds
//! - a constant per bead shape (1-1 is free, wider merges pay more);
//! - a length term: how unlikely the two sides' lengths are under a normal model of the
//!   length ratio, whose mean is estimated from the two texts themselves (Gale & Church 1993);
//! - an anchor term: a bonus for every anchor (number, name, cognate, mark, lexicon pair)
//!   the two sides share, and a small penalty for anchors left unmatched.
//!
//! The parts, one concern each:
//! - [`costs`]: the weights ([`Costs`]) and the pure cost functions of shape and length;
//! - [`vocab`]: the texts tokenised and interned into units of token ids, with the anchor
//!   table (weights and equivalents) both sides share ([`Tokenised::build`]);
//! - this module: the [`Scorer`] that compares units (anchor overlap, a bead's cost from its
//!   figures), and the [`RowMatcher`] the table's pair cache is filled with;
//! - [`evidence`]: what the scorer matched in a bead, token by token, reported through the
//!   same overlap code that prices it ([`Scorer::overlap_with`]); the explainer reads it.

pub mod costs;
pub(crate) mod evidence;
pub(crate) mod vocab;

pub use costs::{Costs, length_cost, length_floor, normal_tail_cost};
use evidence::{Found, NoSink, Sink};
use std::ops::Range;
pub use vocab::word_similarity;
pub(crate) use vocab::{AnchorTable, Lexicons, ScoredUnit, Tokenised};

/// Anchor overlap of a bead: matched and total anchor weight on each side.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(crate) struct Overlap {
    /// Weight of source anchors found on the target side (counting partial matches).
    pub matched: f64,
    /// Total anchor weight on the source side.
    pub source: f64,
    /// Total anchor weight on the target side.
    pub target: f64,
}

impl Overlap {
    /// The share of anchor weight matched, in [0, 1] (0 when there are no anchors).
    pub fn share(&self) -> f64 {
        let total = self.source + self.target;
        if total <= 0.0 { 0.0 } else { (2.0 * self.matched / total).min(1.0) }
    }
}

/// What a bead's cost is made of.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct BeadStats {
    /// Source and target units.
    pub shape: (usize, usize),
    /// Source characters.
    pub source_len: f64,
    /// Target characters.
    pub target_len: f64,
    /// Anchor overlap.
    pub overlap: Overlap,
    /// Units of a merge that share no anchor with the other side.
    pub orphans: usize,
}

/// Scratch space reused across bead evaluations, so scoring does not allocate. By default
/// small: it holds one bead's target tokens, never a table over the whole vocabulary, so
/// making one per bead costs nothing. [`Scratch::marking`] adds per-token marks, faster for
/// the many merges of one table.
#[derive(Default)]
pub(crate) struct Scratch {
    /// The target side's tokens of the bead being scored, sorted, without repeats.
    targets: Vec<u32>,
    /// Per token id: the stamp of the last bead whose target side holds it.
    target_mark: Vec<u32>,
    /// Per token id: the stamp of the last bead whose source side was seen to hold it.
    source_mark: Vec<u32>,
    stamp: u32,
}

impl Scratch {
    /// A scratch with marks for a vocabulary of `tokens` ids.
    pub fn marking(tokens: usize) -> Scratch {
        Scratch { target_mark: vec![0; tokens], source_mark: vec![0; tokens], ..Scratch::default() }
    }
}

/// Source unit `s`'s anchors indexed by the target tokens that match them (the tokens
/// themselves and their equivalents), so that its matched weight against a target unit
/// costs one probe per target token instead of a search per source anchor and equivalent.
/// Built once per table row; [`RowMatcher::matched`] equals [`Scorer::pair_matched`] to the
/// bit.
#[derive(Default)]
pub(crate) struct RowMatcher {
    /// Hash slots: index into `keys` + 1, 0 when empty.
    slots: Vec<u32>,
    /// Distinct matching target tokens and the range of `entries` each owns.
    keys: Vec<(u32, u32, u32)>,
    /// (position of the source anchor in its unit, strength; infinite for the anchor itself).
    entries: Vec<(u32, f64)>,
    /// Entries before grouping: (target token, position, strength).
    raw: Vec<(u32, u32, f64)>,
    /// Per source anchor: the best strength found in the current target unit.
    best: Vec<f64>,
    /// The source anchors' weights, in the unit's order.
    weights: Vec<f64>,
    shift: u32,
}

impl RowMatcher {
    /// Indexes source unit `s` of `scorer`.
    pub fn build(&mut self, scorer: &Scorer, s: usize) {
        let tokens = &scorer.source[s].tokens;
        self.raw.clear();
        self.weights.clear();
        for (k, &x) in tokens.iter().enumerate() {
            self.weights.push(scorer.anchors.weight[x as usize]);
            self.raw.push((x, k as u32, f64::INFINITY));
            for e in &scorer.anchors.equivalents[x as usize] {
                self.raw.push((e.target, k as u32, e.strength));
            }
        }
        self.raw.sort_unstable_by_key(|&(y, k, _)| (y, k));
        self.keys.clear();
        self.entries.clear();
        for &(y, k, strength) in &self.raw {
            if self.keys.last().is_none_or(|&(last, _, _)| last != y) {
                let at = self.entries.len() as u32;
                self.keys.push((y, at, at));
            }
            self.entries.push((k, strength));
            if let Some(key) = self.keys.last_mut() {
                key.2 += 1;
            }
        }
        let capacity = (2 * self.keys.len()).max(8).next_power_of_two();
        self.shift = 32 - capacity.trailing_zeros();
        self.slots.clear();
        self.slots.resize(capacity, 0);
        for (index, &(y, _, _)) in self.keys.iter().enumerate() {
            let mut slot = self.slot(y);
            while self.slots[slot] != 0 {
                slot = (slot + 1) & (capacity - 1);
            }
            self.slots[slot] = index as u32 + 1;
        }
        self.best.clear();
        self.best.resize(tokens.len(), 0.0);
    }

    fn slot(&self, y: u32) -> usize {
        (y.wrapping_mul(0x9E37_79B9) >> self.shift) as usize
    }

    /// Anchor weight of the indexed source unit found in target unit `t`, not capped by the
    /// target's weight: [`Scorer::pair_matched`].
    pub fn matched(&mut self, scorer: &Scorer, t: usize) -> f64 {
        let mask = self.slots.len() - 1;
        self.best.fill(0.0);
        for &y in &scorer.target[t].tokens {
            let mut slot = self.slot(y);
            loop {
                let index = self.slots[slot];
                if index == 0 {
                    break;
                }
                let (key, start, end) = self.keys[index as usize - 1];
                if key == y {
                    for &(k, strength) in &self.entries[start as usize..end as usize] {
                        let best = &mut self.best[k as usize];
                        *best = best.max(strength);
                    }
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
        // The token itself counts 1 whatever its equivalents' strengths; else the strongest
        // equivalent found (0 if none), as [`Scorer::found`] has it.
        self.weights
            .iter()
            .zip(&self.best)
            .map(|(&w, &best)| w * if best == f64::INFINITY { 1.0 } else { best })
            .sum()
    }

    /// After [`RowMatcher::matched`]: per anchor of the source unit, in the unit's order, how
    /// it was found in that target unit: infinite for the token itself, else the strongest
    /// equivalent's strength (0 for none). The best of these over several target units is
    /// how the anchor is found in their union, as [`Scorer::overlap`] has it.
    pub fn found(&self) -> &[f64] {
        &self.best
    }
}

/// Scores beads over two unit lists that share one anchor table.
pub(crate) struct Scorer<'a> {
    /// Source units.
    pub source: &'a [ScoredUnit],
    /// Target units.
    pub target: &'a [ScoredUnit],
    /// The shared anchor table.
    pub anchors: &'a AnchorTable,
    /// The weights.
    pub costs: &'a Costs,
    /// Target characters per source character.
    pub ratio: f64,
    /// Factor on anchor weight (2^k at the k-th coarse level, where anchors are sampled).
    pub anchor_scale: f64,
}

impl Scorer<'_> {
    /// Anchor overlap between source units `s` and target units `t`.
    pub fn overlap(&self, s: Range<usize>, t: Range<usize>, scratch: &mut Scratch) -> Overlap {
        self.overlap_with(s, t, scratch, &mut NoSink)
    }

    /// [`Scorer::overlap`], telling `sink` how each source anchor was found (once per distinct
    /// anchor, in the order the sums take them). The search passes [`NoSink`], which compiles
    /// to nothing; the explainer passes a recorder ([`evidence`]), so what it reports is what
    /// the cost was computed from.
    pub fn overlap_with<S: Sink>(
        &self,
        s: Range<usize>,
        t: Range<usize>,
        scratch: &mut Scratch,
        sink: &mut S,
    ) -> Overlap {
        if let ([source], [target]) = (&self.source[s.clone()], &self.target[t.clone()]) {
            // One unit a side: both token lists are sorted and repeat-free already.
            return self.overlap_sorted(&source.tokens, &target.tokens, sink);
        }
        if !scratch.target_mark.is_empty() && scratch.target_mark.len() >= self.anchors.weight.len() {
            return self.overlap_marked(s, t, scratch, sink);
        }
        // Merges: the target side's tokens united in a small sorted list; each side's weight
        // summed over its tokens in order of first appearance, as a union would.
        let (sources, targets) = (&self.source[s], &self.target[t]);
        let seen_before = |units: &[ScoredUnit], k: usize, x: u32| {
            units[..k].iter().any(|u| u.tokens.binary_search(&x).is_ok())
        };
        scratch.targets.clear();
        scratch.targets.extend(targets.iter().flat_map(|u| u.tokens.iter().copied()));
        scratch.targets.sort_unstable();
        scratch.targets.dedup();
        let weight = &self.anchors.weight;
        let mut overlap = Overlap::default();
        for (k, unit) in targets.iter().enumerate() {
            for &y in &unit.tokens {
                if !seen_before(targets, k, y) {
                    overlap.target += weight[y as usize];
                }
            }
        }
        let union = &scratch.targets;
        for (k, unit) in sources.iter().enumerate() {
            for &x in &unit.tokens {
                if seen_before(sources, k, x) {
                    continue;
                }
                overlap.source += weight[x as usize];
                let found = self.found(x, |y| union.binary_search(&y).is_ok());
                sink.source(x, found);
                overlap.matched += weight[x as usize] * Found::value(found);
            }
        }
        overlap.matched = overlap.matched.min(overlap.target);
        overlap
    }

    /// [`Scorer::overlap`] of a merge with the scratch's marks: the target's tokens marked
    /// with a fresh stamp instead of united and sorted. The same sums in the same order.
    fn overlap_marked<S: Sink>(
        &self,
        s: Range<usize>,
        t: Range<usize>,
        scratch: &mut Scratch,
        sink: &mut S,
    ) -> Overlap {
        scratch.stamp = scratch.stamp.wrapping_add(1);
        if scratch.stamp == 0 {
            scratch.target_mark.fill(0);
            scratch.source_mark.fill(0);
            scratch.stamp = 1;
        }
        let stamp = scratch.stamp;
        let weight = &self.anchors.weight;
        let mut overlap = Overlap::default();
        for &y in self.target[t].iter().flat_map(|u| &u.tokens) {
            if scratch.target_mark[y as usize] != stamp {
                scratch.target_mark[y as usize] = stamp;
                overlap.target += weight[y as usize];
            }
        }
        for &x in self.source[s].iter().flat_map(|u| &u.tokens) {
            if scratch.source_mark[x as usize] == stamp {
                continue;
            }
            scratch.source_mark[x as usize] = stamp;
            let found = self.found(x, |y: u32| scratch.target_mark[y as usize] == stamp);
            sink.source(x, found);
            overlap.source += weight[x as usize];
            overlap.matched += weight[x as usize] * Found::value(found);
        }
        overlap.matched = overlap.matched.min(overlap.target);
        overlap
    }

    /// Anchor weight of source unit `s` found in target unit `t`, not capped by the target's
    /// weight (so that sums of it bound the overlap of merges from above).
    pub fn pair_matched(&self, s: usize, t: usize) -> f64 {
        let target = &self.target[t].tokens;
        let weight = &self.anchors.weight;
        self.source[s]
            .tokens
            .iter()
            .map(|&x| weight[x as usize] * Found::value(self.found(x, |y| target.binary_search(&y).is_ok())))
            .sum()
    }

    /// Overlap of two sorted, repeat-free token lists.
    fn overlap_sorted<S: Sink>(&self, source: &[u32], target: &[u32], sink: &mut S) -> Overlap {
        let weight = &self.anchors.weight;
        let mut overlap = Overlap::default();
        for &x in source {
            overlap.source += weight[x as usize];
            let found = self.found(x, |y| target.binary_search(&y).is_ok());
            sink.source(x, found);
            overlap.matched += weight[x as usize] * Found::value(found);
        }
        overlap.target = target.iter().map(|&y| weight[y as usize]).sum();
        overlap.matched = overlap.matched.min(overlap.target);
        overlap
    }

    /// How source token `x` is found on a side that holds the tokens `holds` says: the same
    /// token, else its strongest equivalent there, else not at all ([`Found::value`] is what
    /// each counts).
    #[inline]
    fn found(&self, x: u32, holds: impl Fn(u32) -> bool) -> Option<Found> {
        if holds(x) {
            return Some(Found::Same);
        }
        // Strongest first ([`AnchorTable::prune`]): the first hit is the best one.
        self.anchors.equivalents[x as usize].iter().find(|e| holds(e.target)).map(|&e| Found::Equivalent(e))
    }

    /// The cost of a 1-0 or 0-1 bead (or several) of `len` characters in all.
    pub fn indel_cost(&self, units: usize, len: f64) -> f64 {
        self.costs.indel * units as f64 + self.costs.indel_per_char * len
    }

    /// The cost of a bead with both sides non-empty, from its figures.
    pub fn combine(&self, bead: &BeadStats) -> f64 {
        let base = self.shape_and_length(bead.shape, bead.source_len, bead.target_len);
        self.combine_from(base, &bead.overlap, bead.orphans)
    }

    /// The part of [`Scorer::combine`] that does not depend on the anchors: the shape's
    /// constant plus the length term.
    #[inline]
    pub fn shape_and_length(&self, (a, b): (usize, usize), source_len: f64, target_len: f64) -> f64 {
        self.costs.shape(a, b)
            + self.costs.length * length_cost(source_len, target_len, self.ratio, self.costs.length_variance)
    }

    /// [`Scorer::combine`] from its [`Scorer::shape_and_length`] part `base`: the same sum in
    /// the same order, so a bead priced twice (a bound, then the exact overlap) takes the
    /// length term once.
    #[inline]
    pub fn combine_from(&self, base: f64, overlap: &Overlap, orphans: usize) -> f64 {
        let unmatched = (overlap.source + overlap.target - 2.0 * overlap.matched).max(0.0);
        base - self.costs.anchor * (self.anchor_scale * overlap.matched - self.chance_overlap(overlap))
            + self.costs.unmatched * unmatched
            + self.costs.orphan * orphans as f64
    }

    /// A floor under [`Scorer::combine_from`] of [`Scorer::shape_and_length`]: never above it,
    /// to the bit, and cheap (no logarithm, no exponential). The length term takes only the
    /// square of the normal tail ([`length_floor`]) and the chance overlap (which only lowers
    /// the bonus) is left out; every other operation is the same, in the same order, and
    /// floating-point sums and products are monotone. Minus infinity when the weights could
    /// make a left-out part negative.
    #[inline]
    pub fn combine_floor(
        &self,
        (a, b): (usize, usize),
        source_len: f64,
        target_len: f64,
        overlap: &Overlap,
        orphans: usize,
    ) -> f64 {
        let costs = self.costs;
        if !(costs.length >= 0.0 && costs.anchor >= 0.0 && overlap.source >= 0.0 && overlap.target >= 0.0) {
            return f64::NEG_INFINITY;
        }
        let unmatched = (overlap.source + overlap.target - 2.0 * overlap.matched).max(0.0);
        let length = length_floor(source_len, target_len, self.ratio, costs.length_variance);
        costs.shape(a, b) + costs.length * length - costs.anchor * (self.anchor_scale * overlap.matched)
            + costs.unmatched * unmatched
            + costs.orphan * orphans as f64
    }

    /// The anchor weight a bead with `overlap`'s side weights would share by chance (at full
    /// resolution, times [`Costs::chance`]): each unit of source weight is found among target
    /// weight T with probability `1 − e^(−chance·T)`, which grows like `chance·S·T` for small
    /// beads and saturates at S for large ones.
    pub fn chance_overlap(&self, overlap: &Overlap) -> f64 {
        let rate = self.costs.chance * self.anchors.chance;
        if rate <= 0.0 || self.anchor_scale > 1.0 {
            return 0.0;
        }
        let (s, t) = (overlap.source * self.anchor_scale, overlap.target * self.anchor_scale);
        let small = s.min(t);
        let large = s.max(t);
        small * (1.0 - (-rate * large).exp())
    }

    /// The total anchor weight of one unit.
    pub fn weight(&self, unit: &ScoredUnit) -> f64 {
        unit.tokens.iter().map(|&t| self.anchors.weight[t as usize]).sum()
    }

    // ---- support: the evidence the passes after the search weigh beads by ----------------

    /// The anchor overlap of a path bead's ranges; nothing for a 1-0 or 0-1 (no other side).
    pub fn support(&self, s: Range<usize>, t: Range<usize>, scratch: &mut Scratch) -> Overlap {
        if s.is_empty() || t.is_empty() {
            return Overlap::default();
        }
        self.overlap(s, t, scratch)
    }

    /// The anchor weight the matches among `beads` (source and target ranges) pair up.
    pub fn support_along<'b>(
        &self,
        beads: impl IntoIterator<Item = (&'b Range<usize>, &'b Range<usize>)>,
        scratch: &mut Scratch,
    ) -> f64 {
        beads.into_iter().map(|(s, t)| self.support(s.clone(), t.clone(), scratch).matched).sum()
    }

    /// The Gale-Church length cost of pairing source units `s` with target units `t`, without
    /// [`Costs::length`]'s weight: how well their lengths fit.
    pub fn length_fit(&self, s: Range<usize>, t: Range<usize>) -> f64 {
        let len = |units: &[ScoredUnit]| -> f64 { units.iter().map(|u| u.len).sum() };
        length_cost(len(&self.source[s]), len(&self.target[t]), self.ratio, self.costs.length_variance)
    }
}

/// Test support shared by the passes' unit tests: texts tokenised with one normaliser and no
/// learned pairs, and a scorer over them.
#[cfg(test)]
pub(crate) mod testing {
    use super::*;
    use crate::lang::Lang;
    use crate::lexicon::{Lexicon, Normalizer};

    /// `source` and `target` tokenised with `costs`' weights and `dictionary`'s pairs.
    pub(crate) fn tokenised(
        source: &[&str],
        target: &[&str],
        costs: &Costs,
        dictionary: &Lexicon,
    ) -> Tokenised {
        let n = Normalizer::new(Lang::UND);
        let empty = Lexicon::new();
        let lexicons = Lexicons { dictionary, learned: &empty };
        Tokenised::build(source, target, costs, lexicons, (&n, &n), vocab::Keep::Anchors)
    }

    /// A scorer over all of `t` with `costs` and `ratio`, without anchor scaling.
    pub(crate) fn scorer<'a>(t: &'a Tokenised, costs: &'a Costs, ratio: f64) -> Scorer<'a> {
        Scorer { source: &t.source, target: &t.target, anchors: &t.anchors, costs, ratio, anchor_scale: 1.0 }
    }

    /// Calls `f` with a scorer over `source` and `target` with `costs` at ratio 1 (texts this
    /// short would estimate the ratio from the bead itself), tokenised with every word an
    /// anchor however common.
    pub(crate) fn with_scorer<R>(
        source: &[&str],
        target: &[&str],
        costs: &Costs,
        f: impl FnOnce(&Scorer) -> R,
    ) -> R {
        let t = tokenised(source, target, &Costs { max_share: 1.0, ..costs.clone() }, &Lexicon::new());
        f(&scorer(&t, costs, 1.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use pretty_assertions::assert_eq;

    fn round(x: f64) -> f64 {
        (x * 1000.0).round() / 1000.0
    }

    /// Weights fixed here, so the expected figures do not move when the defaults are tuned.
    fn costs() -> Costs {
        Costs {
            max_share: 1.0,
            mark_weight: 0.5,
            cognate: 0.6,
            number_weight: 1.5,
            word_weight: 1.0,
            ..Costs::default()
        }
    }

    fn tokenised(source: &[&str], target: &[&str]) -> Tokenised {
        testing::tokenised(source, target, &costs(), &Lexicon::new())
    }

    /// A scorer over `t` with `costs`, the texts' own ratio and no anchor scaling.
    fn scorer<'a>(t: &'a Tokenised, costs: &'a Costs) -> Scorer<'a> {
        testing::scorer(t, costs, t.ratio)
    }

    #[test]
    fn chance_rate_is_what_units_a_third_half_and_two_thirds_apart_share() {
        // Six units a side, each with one name of weight 1 and words too short to count.
        // Source unit i pairs with target units i+2, i+3, i+4 (mod 6): only the pairs whose
        // target repeats the source's name share anything. Here target i+3 always does.
        let names = ["Anna", "Bert", "Carl", "Dora", "Emil", "Fred"];
        let source: Vec<String> = names.iter().map(|n| format!("{n} is in")).collect();
        let target: Vec<String> = (0..6).map(|i| format!("{} ja", names[(i + 3) % 6])).collect();
        let source: Vec<&str> = source.iter().map(String::as_str).collect();
        let target: Vec<&str> = target.iter().map(String::as_str).collect();
        let t = tokenised(&source, &target);
        // 6 of the 18 shifted pairs share weight 1, each pair's product of weights is 1 × 1.
        assert_eq!(round(t.anchors.chance), round(6.0 / 18.0));
        // Texts too short to shift give no rate.
        assert_eq!(tokenised(&["Anna"], &["Anna"]).anchors.chance, 0.0);
    }

    #[test]
    fn chance_overlap_grows_with_both_sides_and_saturates() {
        let t = tokenised(&["Anna went home.", "Bert", "Carl"], &["Anna came back.", "Dora", "Emil"]);
        let costs = Costs { chance: 1.0, ..costs() };
        let mut anchors = t.anchors.clone();
        anchors.chance = 0.1;
        let mut on = Scorer { anchors: &anchors, ..scorer(&t, &costs) };
        let overlap = |s: f64, t: f64| Overlap { matched: 0.0, source: s, target: t };
        // small × (1 − e^(−rate × large)): 2 × (1 − e^(−0.3)) and 20 × (1 − e^(−3)).
        assert_eq!(round(on.chance_overlap(&overlap(2.0, 3.0))), 0.518);
        assert_eq!(round(on.chance_overlap(&overlap(3.0, 2.0))), 0.518);
        assert_eq!(round(on.chance_overlap(&overlap(20.0, 30.0))), 19.004);
        // Off with `Costs::chance` 0, and at coarse levels (anchors sampled).
        let off = Costs { chance: 0.0, ..costs.clone() };
        assert_eq!(Scorer { costs: &off, ..on }.chance_overlap(&overlap(2.0, 3.0)), 0.0);
        on.anchor_scale = 2.0;
        assert_eq!(on.chance_overlap(&overlap(2.0, 3.0)), 0.0);
    }

    #[test]
    fn overlap_counts_numbers_names_and_cognates() {
        let t = tokenised(&["Tokayev paid 3,000 dollars?"], &["Tokajev betalade 3 000 dollar?"]);
        let costs = costs();
        let scorer = scorer(&t, &costs);
        let overlap = scorer.overlap(0..1, 0..1, &mut Scratch::default());
        // Source anchors: tokayev (cognate of tokajev, 0.6 × 0.857), paid (unmatched), 3000
        // (1.5), dollars (cognate of dollar at 0.6 × 0.857), ? (0.5).
        assert_eq!(round(overlap.source), 5.0);
        assert_eq!(round(overlap.matched), round(1.5 + 0.5 + 2.0 * 0.6 * (6.0 / 7.0)));
    }

    /// Texts with numbers, names, cognates and lexicon pairs, some repeated across units.
    fn mixed() -> Tokenised {
        let source = [
            "Tokayev paid 3,000 dollars in Astana?",
            "The president visited Astana again.",
            "Rain fell on the mountain village.",
            "In 1956 they climbed Everest with Tokayev.",
        ];
        let target = [
            "Tokajev betalade 3 000 dollar i Astana?",
            "Presidenten besökte Astana igen.",
            "Regn föll över bergsbyn.",
            "År 1956 besteg de Everest med Tokajev.",
        ];
        let mut lexicon = Lexicon::new();
        lexicon.insert("rain", "regn", 1.0);
        lexicon.insert("mountain", "bergsbyn", 0.5);
        lexicon.insert("president", "presidenten", 1.0);
        testing::tokenised(&source, &target, &costs(), &lexicon)
    }

    #[test]
    fn the_row_matcher_finds_what_pair_matched_finds_to_the_bit() {
        let t = mixed();
        let costs = costs();
        let scorer = scorer(&t, &costs);
        let mut matcher = RowMatcher::default();
        for s in 0..t.source.len() {
            matcher.build(&scorer, s);
            for j in 0..t.target.len() {
                assert_eq!(
                    matcher.matched(&scorer, j).to_bits(),
                    scorer.pair_matched(s, j).to_bits(),
                    "{s} {j}"
                );
            }
        }
        assert!(scorer.pair_matched(0, 0) > 0.0);
    }

    #[test]
    fn merges_overlap_alike_with_and_without_marks() {
        let t = mixed();
        let costs = costs();
        let scorer = scorer(&t, &costs);
        let (small, marked) = (&mut Scratch::default(), &mut Scratch::marking(t.anchors.weight.len()));
        for (s, t) in [(0..2, 0..1), (0..1, 0..3), (1..4, 0..4), (0..0, 2..3), (2..4, 3..4)] {
            let (a, b) = (scorer.overlap(s.clone(), t.clone(), small), scorer.overlap(s, t, marked));
            assert_eq!(
                (a.matched.to_bits(), a.source.to_bits(), a.target.to_bits()),
                (b.matched.to_bits(), b.source.to_bits(), b.target.to_bits())
            );
        }
    }

    #[test]
    fn evidence_names_how_each_anchor_was_found_and_adds_up_to_the_overlap() {
        let t = mixed();
        let costs = costs();
        let scorer = scorer(&t, &costs);
        let routes = |s: Range<usize>, u: Range<usize>| -> Vec<&str> {
            let evidence = scorer.evidence(s.clone(), u.clone());
            // The recorded matches are the overlap's own: their weights sum to it to the bit.
            let overlap = scorer.overlap(s, u, &mut Scratch::default());
            let sum = evidence
                .found
                .iter()
                .fold(0.0, |sum, &(x, f)| sum + t.anchors.weight[x as usize] * Found::value(f));
            assert_eq!(sum.min(overlap.target).to_bits(), overlap.matched.to_bits());
            evidence
                .found
                .iter()
                .map(|(_, found)| match found {
                    None => "-",
                    Some(Found::Same) => "same",
                    Some(Found::Equivalent(e)) => match e.route {
                        vocab::Route::Cognate => "cognate",
                        vocab::Route::Name => "name",
                        vocab::Route::Dictionary => "dictionary",
                        vocab::Route::Learned => "learned",
                    },
                })
                .collect()
        };
        // tokayev~tokajev, paid, 3000, dollars~dollar, astana, ?
        assert_eq!(routes(0..1, 0..1), ["cognate", "-", "same", "cognate", "same", "same"]);
        // rain=regn, fell, mountain=bergsbyn, village
        assert_eq!(routes(2..3, 2..3), ["dictionary", "-", "dictionary", "-"]);
        // A merge: each anchor once (astana is not repeated), found in the union of the other
        // side: then the, president~presidenten (a cognate outweighs the dictionary pair at
        // these weights), visited, again.
        let merge = ["cognate", "-", "same", "cognate", "same", "same", "-", "cognate", "-", "-"];
        assert_eq!(routes(0..2, 0..2), merge);
        assert_eq!(scorer.evidence(0..1, 0..0).found, []);
    }
}
