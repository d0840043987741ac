//! What the scorer matched in a bead, anchor by anchor: the evidence behind its cost.
//!
//! The overlap sums ([`Scorer::overlap_with`]) tell a [`Sink`] how each source anchor was
//! found on the other side: as itself, through an [`Equivalent`] (cognate, name, dictionary or
//! learned pair), or not at all. The search passes [`NoSink`], which compiles to nothing; the
//! explainer ([`super::super::explain`]) records a bead's [`Evidence`] through the same sums,
//! so an explanation can never disagree with the cost it explains.

use super::vocab::{Equivalent, Interned, Route, Tokenised};
use super::{Overlap, Scorer, Scratch};
use std::ops::Range;

/// How a source anchor was found on the other side of a bead.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Found {
    /// The same token is there (a number, a word or name, a mark).
    Same,
    /// Not itself, but its strongest equivalent there.
    Equivalent(Equivalent),
}

impl Found {
    /// What finding counts, times the anchor's weight: 1 for the token itself, the
    /// equivalent's strength for an equivalent, 0 when not found.
    #[inline]
    pub fn value(found: Option<Found>) -> f64 {
        match found {
            Some(Found::Same) => 1.0,
            Some(Found::Equivalent(e)) => e.strength.max(0.0),
            None => 0.0,
        }
    }
}

/// Told of every source anchor of a bead once, with how it was found.
pub(crate) trait Sink {
    /// Source anchor `x` was found as `found` (`None`: not on the other side).
    fn source(&mut self, x: u32, found: Option<Found>);
}

/// The search's sink: records nothing.
pub(crate) struct NoSink;

impl Sink for NoSink {
    #[inline(always)]
    fn source(&mut self, _: u32, _: Option<Found>) {}
}

/// Records every source anchor with how it was found, in order.
impl Sink for Vec<(u32, Option<Found>)> {
    fn source(&mut self, x: u32, found: Option<Found>) {
        self.push((x, found));
    }
}

/// What the scorer weighed in one bead.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Evidence {
    /// Every source anchor of the bead (token id) with how the target side holds it.
    pub found: Vec<(u32, Option<Found>)>,
    /// The anchor weight matched and on each side.
    pub overlap: Overlap,
    /// Characters on the source side.
    pub source_len: f64,
    /// Characters on the target side.
    pub target_len: f64,
    /// The Gale-Church length fit of the two sides ([`Scorer::length_fit`]).
    pub length_fit: f64,
}

impl Scorer<'_> {
    /// The evidence of the bead pairing source units `s` with target units `t`: the same
    /// overlap the search prices, recorded.
    pub fn evidence(&self, s: Range<usize>, t: Range<usize>) -> Evidence {
        let len = |units: &[super::ScoredUnit]| -> f64 { units.iter().map(|u| u.len).sum() };
        let (source_len, target_len) = (len(&self.source[s.clone()]), len(&self.target[t.clone()]));
        let mut found = Vec::new();
        let overlap = if s.is_empty() || t.is_empty() {
            Overlap::default()
        } else {
            self.overlap_with(s.clone(), t.clone(), &mut Scratch::default(), &mut found)
        };
        Evidence { found, overlap, source_len, target_len, length_fit: self.length_fit(s, t) }
    }
}

impl Scorer<'_> {
    /// What the search pays for the bead pairing source units `s` with target units `t`: the
    /// indel cost when a side is empty, else [`Scorer::combine`] of its figures (no orphans:
    /// sentences are priced without them, [`super::Costs::orphan`] 0). For the passes after
    /// the search, which weigh its beads against their alternatives on its own scale.
    pub fn bead_cost(&self, s: Range<usize>, t: Range<usize>, scratch: &mut Scratch) -> f64 {
        let len = |units: &[super::ScoredUnit]| -> f64 { units.iter().map(|u| u.len).sum() };
        let (source_len, target_len) = (len(&self.source[s.clone()]), len(&self.target[t.clone()]));
        if s.is_empty() || t.is_empty() {
            return self.indel_cost(s.len() + t.len(), source_len + target_len);
        }
        let shape = (s.len(), t.len());
        let overlap = self.overlap(s, t, scratch);
        self.combine(&super::BeadStats { shape, source_len, target_len, overlap, orphans: 0 })
    }
}

/// Why a word both sides of a bead hold does not count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Uncounted {
    /// The word (on either side) is in more than [`super::Costs::max_share`] of a side's
    /// units: too common to tell units apart.
    Common,
}

impl Tokenised {
    /// The words of `source` (token ids in a bead's source order) that the bead's `target`
    /// words hold, as themselves or as cognates or names, but that the scorer does not count,
    /// with why: (source id, target id, why). The first target word in `target`'s order is
    /// taken when several would do. Needs [`super::vocab::Keep::Tokens`] (else empty).
    pub fn uncounted_shared(&self, source: &[u32], target: &[u32]) -> Vec<(u32, u32, Uncounted)> {
        let Some(Interned { info, .. }) = &self.tokens else { return Vec::new() };
        let common = |id: u32| info[id as usize].common;
        let similar = |x: u32, y: u32| {
            let listed = |list: &Vec<Equivalent>| {
                list.iter().any(|e| e.target == y && matches!(e.route, Route::Cognate | Route::Name))
            };
            listed(&self.anchors.equivalents[x as usize]) || listed(&self.anchors.uncounted[x as usize])
        };
        source
            .iter()
            .filter_map(|&x| {
                let other = if target.contains(&x) {
                    x
                } else {
                    *target.iter().find(|&&y| (common(x) || common(y)) && similar(x, y))?
                };
                (common(x) || common(other)).then_some((x, other, Uncounted::Common))
            })
            .collect()
    }
}
