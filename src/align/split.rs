//! The per-sentence decision at the edges of beads: after the search has picked its beads,
//! each sentence at the edge of a merge (the first or last of the side with several) is
//! checked against the other side, and one the other side does not render is split off as
//! an omission (1-0) or an addition (0-1); and a 1-0 or 0-1 next to a match that renders it
//! is joined to it.
//!
//! # The evidence rule
//!
//! One scale for everything: the search's own costs (negative log-likelihoods, nats). For a
//! sentence `u` at the edge of bead `B ∪ u`, with `R = B` the rest, `u` goes alone when
//!
//! `split_llr · (M1(u) + missed(u)) > cost(R) + indel − cost(B ∪ u)`
//!
//! ([`Scorer::bead_cost`]), i.e. exactly when the search, had it priced the evidence as a
//! cost of keeping `u` in the bead, would pick `n-1 + 1-0`. The evidence is two
//! log-likelihood ratios, "unrelated" against "rendered", that the search does not price,
//! each judged against the rest of the bead (the rest is rendered there: what the evidence
//! says of it is what it says of a rendered sentence in this bead):
//! - `M1(u)`: IBM Model 1's rank `r` of `u` against the other side ([`super::support`]),
//!   against the rank of the rest's own sentences against the same side: `L(r_u) − L(r_R)`
//!   with `L` the ratio of a rank, uniform for unrelated pairings against
//!   `f + (1 − f)(a + 1)r^a` for rendered ones ([`Costs::m1_floor`] `f`, [`Costs::m1_power`]
//!   `a`). A rendering that condenses (the other side explains the rest poorly too) says
//!   little against `u`; a rest it explains well and a `u` it does not, much. 0 when too few
//!   words of `u` or of the rest are known;
//! - `missed(u)`: its anchor weight `m` the other side does not hold: by chance each unit is
//!   missed with `1 − q` (`q` the chance of holding it at random), independently; by a right
//!   pair with `1 − p`, `p` the share of its anchor weight the rest pairs, shrunk towards the
//!   path's median 1-1 share by [`Costs::split_prior`] units of weight and never below that
//!   median. That `p` is an estimate from `rest + prior` units, and a sentence's anchors are
//!   not missed independently (a paraphrase loses several at once), so a right pair misses
//!   `m` with `E[(1 − p)^m]` under a Beta of that mean and concentration (beta-binomial), not
//!   `(1 − p̄)^m`: long misses are less damning than independent units would make them.
//!   0 when `p` is no more than chance. Found anchors are not counted: the search's anchor
//!   bonus has them already.
//!
//! The same inequality, the other way round, joins a 1-0 or 0-1 to a neighbouring match
//! ([`join_supported`]), the match being the rest, when some evidence says the match renders
//! it (its anchors, or its Model 1 rank; [`super::Costs::join_support`]): the search cannot
//! make a bead whose lengths are far apart (a rendering that condenses three sentences into
//! one short one) or whose shape it does not search (1-5), even when every word says the
//! sentence is rendered there.
//!
//! Only edge units can go: a middle one left out would leave a bead that is not contiguous.
//! After a split the rest is checked again (a 3-1 can lose two sentences).
//!
//! [`Costs::split_llr`]: super::Costs::split_llr
//! [`Costs::m1_floor`]: super::Costs::m1_floor
//! [`Costs::m1_power`]: super::Costs::m1_power
//! [`Costs::split_prior`]: super::Costs::split_prior

use super::score::{Scorer, Scratch};
use super::support::Support;
use super::table::Step;
use std::ops::Range;

/// Which unit of a bead is looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Edge {
    SourceFirst,
    SourceLast,
    TargetFirst,
    TargetLast,
}

/// What the evidence says about one edge unit.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    edge: Edge,
    /// How much the evidence outweighs what the search saves by keeping the unit (nats, > 0).
    net: f64,
}

/// `path` with unsupported edge units of its merges split off by the evidence rule
/// (unchanged with [`super::Costs::split_llr`] ≤ 0).
pub(crate) fn split_unsupported(
    scorer: &Scorer,
    path: Vec<Step>,
    support: Option<&Support>,
    median: Option<f64>,
) -> Vec<Step> {
    if scorer.costs.split_llr <= 0.0 {
        return path;
    }
    let mut scratch = Scratch::default();
    let rates = Rates::of(scorer, &path, median, &mut scratch);
    let mut out = Vec::with_capacity(path.len());
    for bead in path {
        let mut rest = bead;
        let mut after = Vec::new();
        while let Some(candidate) = costliest(scorer, &rest, &mut scratch, support, &rates) {
            let (unit, remaining) = cut(&rest, candidate.edge);
            let unit = Step { cost: scorer.indel_cost(1, 0.0), margin: rest.margin, ..unit };
            match candidate.edge {
                Edge::SourceFirst | Edge::TargetFirst => out.push(unit),
                Edge::SourceLast | Edge::TargetLast => after.push(unit),
            }
            rest = remaining;
        }
        // A bead whose one unit on a side stands alone pairs nothing: "Übersetzt von …" against
        // two lines of an advertisement is a 1-0 and two 0-1s. (Not a 1-1: the search's pair of
        // a page number and a heading is as likely right as not.)
        let (s, t) = (rest.source.clone(), rest.target.clone());
        // The one unit alone against the rest, none of which stands alone ([`alone`]).
        let lone = |edge: Edge| {
            let (one, others) = cut(&rest, edge);
            alone(scorer, &one) && !alone(scorer, &others)
        };
        let lone_source = s.len() == 1 && t.len() >= 2 && lone(Edge::SourceFirst);
        let lone_target = t.len() == 1 && s.len() >= 2 && lone(Edge::TargetFirst);
        if lone_source || lone_target {
            let indel = |source: Range<usize>, target: Range<usize>| Step {
                source,
                target,
                cost: scorer.indel_cost(1, 0.0),
                margin: rest.margin,
            };
            if lone_source {
                out.push(indel(s.clone(), t.start..t.start));
                out.extend(t.clone().map(|k| indel(s.end..s.end, k..k + 1)));
            } else {
                out.push(indel(s.start..s.start, t.clone()));
                out.extend(s.clone().map(|k| indel(k..k + 1, t.end..t.end)));
            }
            out.extend(after.into_iter().rev());
            continue;
        }
        out.push(rest);
        out.extend(after.into_iter().rev());
    }
    out
}

/// What a right pair of this text finds of a unit's anchors, and what an unrelated one finds.
struct Rates {
    /// The median share of anchor weight the path's 1-1 beads pair ([`Overlap::share`]).
    ///
    /// [`Overlap::share`]: super::score::Overlap
    translated: f64,
    /// Anchor weight unrelated units share per unit of source times target weight
    /// ([`super::score::AnchorTable::chance`]).
    chance: f64,
    /// How much evidence `translated` rests on, in units of anchor weight: the share a
    /// rendered unit pairs is uncertain (Beta-distributed around `translated` with this
    /// concentration), so its anchors are not missed independently of each other; infinite
    /// for a share known exactly.
    concentration: f64,
}

impl Rates {
    /// The rates of a text whose median 1-1 share is `median`, or that of `path`.
    fn of(scorer: &Scorer, path: &[Step], median: Option<f64>, scratch: &mut Scratch) -> Rates {
        let translated = median.unwrap_or_else(|| median_share(scorer, path.iter(), scratch));
        Rates { translated, chance: scorer.anchors.chance, concentration: f64::INFINITY }
    }

    /// The rates for a unit whose bead's rest pairs `matched` of its `own` anchor weight on
    /// the unit's side: the rest's share, shrunk towards the text's by `prior` units of weight
    /// at the text's share, and never below the text's (a rest with few anchors paired is no
    /// reason to expect fewer of the unit's than the text's pairs find). That share is a
    /// posterior mean over `own + prior` units of weight, and that is its concentration.
    fn within(&self, matched: f64, own: f64, prior: f64) -> Rates {
        let total = own + prior.max(0.0);
        let rest = if total > 0.0 { (matched + prior.max(0.0) * self.translated) / total } else { 0.0 };
        Rates { translated: rest.max(self.translated), chance: self.chance, concentration: total }
    }

    /// The log-likelihood ratio, unrelated against translated, of the anchors of a unit of
    /// anchor weight `own` that an other side of weight `other` does not hold (`m = own −
    /// found`): if not rendered, each unit of weight is missed with chance `1 − q` (`other`
    /// holding it at random), independently; if rendered, with chance `1 − p`, where `p` is
    /// the rendered share, Beta-distributed with mean `translated` and the rates'
    /// concentration `κ`. The units of one sentence are not missed independently of each
    /// other (a paraphrase misses many at once), so `m` missed units are `E[(1 − p)^m] =
    /// B(κp̄, κ(1 − p̄) + m) / B(κp̄, κ(1 − p̄))` likely, not `(1 − p̄)^m`: the evidence of
    /// a long miss grows like a logarithm, not linearly. Only the missed part: what is found
    /// the search has already paid for (its anchor bonus), what is missed it does not price.
    /// 0 when a right pair finds no more than chance does.
    fn missed(&self, own: f64, found: f64, other: f64) -> f64 {
        let q = (1.0 - (-self.chance * other).exp()).clamp(1e-3, 0.999);
        let p = self.translated.clamp(0.0, 0.95);
        if p <= q || own <= 0.0 {
            return 0.0;
        }
        let m = own - found.clamp(0.0, own);
        let kappa = self.concentration;
        let rendered = if kappa.is_finite() && kappa > 0.0 {
            let (a, b) = (kappa * p, kappa * (1.0 - p));
            ln_beta(a, b + m) - ln_beta(a, b)
        } else {
            m * (1.0 - p).ln()
        };
        (m * (1.0 - q).ln() - rendered).max(0.0)
    }
}

/// The median share of anchor weight the 1-1 beads among `beads` pair (0 without any): what
/// a right pair of the text finds of a unit's anchors, for [`split_unsupported`] and
/// [`join_supported`].
pub(crate) fn median_share<'a>(
    scorer: &Scorer,
    beads: impl Iterator<Item = &'a Step>,
    scratch: &mut Scratch,
) -> f64 {
    let mut ones: Vec<f64> = beads
        .filter(|b| b.source.len() == 1 && b.target.len() == 1)
        .map(|b| scorer.support(b.source.clone(), b.target.clone(), scratch).share())
        .collect();
    ones.sort_by(f64::total_cmp);
    ones.get(ones.len() / 2).copied().unwrap_or(0.0)
}

/// `ln B(a, b)`, for `a, b > 0`.
fn ln_beta(a: f64, b: f64) -> f64 {
    ln_gamma(a) + ln_gamma(b) - ln_gamma(a + b)
}

/// `ln Γ(x)` for `x > 0` (Lanczos, g = 7, nine terms: about 15 significant digits).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const C: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
        return (std::f64::consts::PI / (std::f64::consts::PI * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let t = x + G + 0.5;
    let sum = C[1..].iter().enumerate().fold(C[0], |acc, (i, c)| acc + c / (x + i as f64 + 1.0));
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// The log-likelihood ratio, unrelated against translated, of a Model 1 rank `rank`:
/// unrelated pairings' ranks are uniform, translated ones' `floor + (1 − floor)·(a + 1)·r^a`
/// (a share `floor` of right sentences the model does not explain at all, so that no rank
/// is proof: at most `−ln floor`).
fn m1_llr(rank: f64, power: f64, floor: f64) -> f64 {
    let floor = floor.clamp(1e-6, 1.0);
    -(floor + (1.0 - floor) * (power + 1.0) * rank.powf(power)).ln()
}

/// The evidence, in nats, that `unit` (one sentence, as a bead with one side empty) is not
/// rendered by (or does not render) the other side of `rest`, the match it is or would be
/// part of, judged against that match's own sentences: the Model 1 and anchor
/// log-likelihood ratios, unrelated against translated, times [`super::Costs::split_llr`].
fn unrelated_evidence(
    scorer: &Scorer,
    unit: &Step,
    rest: &Step,
    scratch: &mut Scratch,
    support: Option<&Support>,
    rates: &Rates,
) -> f64 {
    let costs = scorer.costs;
    let source_side = !unit.source.is_empty();
    let (side, own_units, rest_units, other) = if source_side {
        (0, unit.source.clone(), rest.source.clone(), rest.target.clone())
    } else {
        (1, unit.target.clone(), rest.target.clone(), rest.source.clone())
    };
    // The unit's rank against the rest's: a bead whose other side explains its own sentences
    // no better than the unit says nothing against the unit.
    let m1 = support
        .and_then(|m| {
            let unit = m.judged_rank(side, own_units, other.clone())?;
            let rest = m.judged_rank(side, rest_units, other.clone())?;
            let llr = |rank: f64| m1_llr(rank, costs.m1_power, costs.m1_floor);
            Some(llr(unit) - llr(rest))
        })
        .unwrap_or(0.0);
    let (own, weight, found) = if source_side {
        let own = scorer.weight(&scorer.source[unit.source.start]);
        let weight: f64 = other.clone().map(|j| scorer.weight(&scorer.target[j])).sum();
        (own, weight, scorer.support(unit.source.clone(), other, scratch).matched)
    } else {
        let own = scorer.weight(&scorer.target[unit.target.start]);
        let weight: f64 = other.clone().map(|i| scorer.weight(&scorer.source[i])).sum();
        (own, weight, scorer.support(other, unit.target.clone(), scratch).matched)
    };
    let paired = scorer.support(rest.source.clone(), rest.target.clone(), scratch);
    let rest_own = if source_side { paired.source } else { paired.target };
    let rates = rates.within(paired.matched, rest_own, costs.split_prior);
    costs.split_llr * (m1 + rates.missed(own, found, weight))
}

/// The widest side a bead [`join_supported`] makes may have.
const MAX_JOINED: usize = 6;

/// `path` with 1-0 and 0-1 beads joined to a neighbouring match that renders them, by the
/// evidence rule's own measure ([`super::Costs::split_llr`]): the mirror of
/// [`split_unsupported`]'s, so a sentence is in the bead exactly when the search's cost of
/// the bead with it, plus the evidence that it is unrelated, is below the cost of the bead
/// without it plus a 1-0 or 0-1. The search cannot make such a bead when its lengths are far
/// apart (a rendering that condenses three sentences into a short one) or its shape is not
/// one it searches (1-5); the evidence says the sentence is rendered there. With
/// [`super::Costs::join_support`] a sentence nothing speaks for (no anchor weight the match
/// holds, no Model 1 rank better than chance: a caption, a line of OCR noise) stays as the
/// search left it, whatever the shape costs would save. Unchanged with the rule off.
pub(crate) fn join_supported(
    scorer: &Scorer,
    mut path: Vec<Step>,
    support: Option<&Support>,
    median: Option<f64>,
) -> Vec<Step> {
    if scorer.costs.split_llr <= 0.0 || path.is_empty() {
        return path;
    }
    let mut scratch = Scratch::default();
    let rates = Rates::of(scorer, &path, median, &mut scratch);
    let indel = |b: &Step| b.source.is_empty() != b.target.is_empty() && b.source.len() + b.target.len() == 1;
    let matched = |b: &Step| !b.source.is_empty() && !b.target.is_empty();
    // The bead `bead` with `unit` joined, if they are contiguous on both sides.
    let joined = |bead: &Step, unit: &Step| -> Option<Step> {
        let glue = |a: &Range<usize>, b: &Range<usize>| {
            if a.end == b.start {
                Some(a.start..b.end)
            } else if b.end == a.start {
                Some(b.start..a.end)
            } else {
                None
            }
        };
        let (source, target) = if unit.target.is_empty() {
            let source = glue(&bead.source, &unit.source)?;
            let target = bead.target.clone();
            (unit.target.start == target.start || unit.target.start == target.end)
                .then_some((source, target))?
        } else {
            let target = glue(&bead.target, &unit.target)?;
            let source = bead.source.clone();
            (unit.source.start == source.start || unit.source.start == source.end)
                .then_some((source, target))?
        };
        (source.len() <= MAX_JOINED && target.len() <= MAX_JOINED).then(|| Step {
            source,
            target,
            cost: bead.cost,
            margin: bead.margin.min(unit.margin),
        })
    };
    for _ in 0..MAX_JOINED {
        let mut changed = false;
        let mut i = 0;
        while i < path.len() {
            if !indel(&path[i]) || alone(scorer, &path[i]) {
                i += 1;
                continue;
            }
            let unit = path[i].clone();
            let mut best: Option<(f64, usize, Step)> = None;
            for k in [i.wrapping_sub(1), i + 1] {
                let Some(bead) = path.get(k).filter(|b| matched(b)) else { continue };
                let Some(join) = joined(bead, &unit) else { continue };
                if scorer.costs.join_support > 0.0 && !supported(scorer, &unit, bead, &mut scratch, support) {
                    continue;
                }
                let evidence = unrelated_evidence(scorer, &unit, bead, &mut scratch, support, &rates);
                let gain = scorer.bead_cost(bead.source.clone(), bead.target.clone(), &mut scratch)
                    + scorer.indel_cost(1, 0.0)
                    - scorer.bead_cost(join.source.clone(), join.target.clone(), &mut scratch)
                    - evidence;
                if gain > 0.0 && best.as_ref().is_none_or(|b| gain > b.0) {
                    best = Some((gain, k, join));
                }
            }
            match best {
                Some((_, k, join)) => {
                    path[k] = join;
                    path.remove(i);
                    changed = true;
                }
                None => i += 1,
            }
        }
        if !changed {
            break;
        }
    }
    path
}

/// Whether anything says that `rest`'s other side renders `unit` (one sentence, a side
/// empty): anchor weight of the unit that side holds, or a Model 1 rank of the unit against
/// it better than an unrelated pairing's is likely to be (a log-likelihood ratio for
/// "rendered"). A unit with neither (a caption of a few marks, a line of OCR noise) is left
/// as the search left it.
fn supported(
    scorer: &Scorer,
    unit: &Step,
    rest: &Step,
    scratch: &mut Scratch,
    support: Option<&Support>,
) -> bool {
    let costs = scorer.costs;
    let source_side = !unit.source.is_empty();
    let (side, own, other) = if source_side {
        (0, unit.source.clone(), rest.target.clone())
    } else {
        (1, unit.target.clone(), rest.source.clone())
    };
    let found = if source_side {
        scorer.support(own.clone(), other.clone(), scratch).matched
    } else {
        scorer.support(other.clone(), own.clone(), scratch).matched
    };
    let ranked = support
        .and_then(|m| m.judged_rank(side, own, other))
        .is_some_and(|rank| m1_llr(rank, costs.m1_power, costs.m1_floor) < 0.0);
    found > 0.0 || ranked
}

/// The edge unit of `bead` whose evidence most outweighs what the search saves by keeping
/// it, if any does: the evidence rule ([`super::Costs::split_llr`]). Both kinds of evidence
/// are log-likelihood ratios (nats), as the search's costs are, so they add up and are
/// weighed against the search's own difference between the bead and the bead without the
/// unit plus a 1-0 or 0-1 ([`Scorer::bead_cost`]): `n-1 + 1-0` wins exactly when the
/// search, with the evidence as a cost of keeping the unit, would pick it.
fn costliest(
    scorer: &Scorer,
    bead: &Step,
    scratch: &mut Scratch,
    support: Option<&Support>,
    rates: &Rates,
) -> Option<Candidate> {
    let (s, t) = (bead.source.clone(), bead.target.clone());
    if s.is_empty() || t.is_empty() || s.len() + t.len() <= 2 {
        return None;
    }
    let whole = scorer.bead_cost(s.clone(), t.clone(), scratch);
    let mut edges = Vec::new();
    if s.len() >= 2 {
        edges.extend([Edge::SourceFirst, Edge::SourceLast]);
    }
    if t.len() >= 2 {
        edges.extend([Edge::TargetFirst, Edge::TargetLast]);
    }
    let mut best: Option<Candidate> = None;
    for edge in edges {
        let (unit, rest) = cut(bead, edge);
        // Debris (a page number, OCR marks) and a translator's credit render nothing: they go
        // alone whatever it costs.
        if alone(scorer, &unit) && !alone(scorer, &rest) {
            return Some(Candidate { edge, net: f64::INFINITY });
        }
        // A unit beyond debris (a caption after the marks a picture left) is cut off with it
        // when it is matched less densely than the rest beyond the debris.
        if scorer.costs.beyond_debris > 0.0 && beyond_debris(scorer, &rest, edge, scratch, &unit) {
            return Some(Candidate { edge, net: f64::INFINITY });
        }
        let evidence = unrelated_evidence(scorer, &unit, &rest, scratch, support, rates);
        let saved = scorer.bead_cost(rest.source.clone(), rest.target.clone(), scratch)
            + scorer.indel_cost(1, 0.0)
            - whole;
        let net = evidence - saved;
        if net > 0.0 && best.is_none_or(|b| net > b.net) {
            best = Some(Candidate { edge, net });
        }
    }
    best
}

/// Whether the unit cut at `edge` (`unit`, `rest` the bead without it) lies beyond debris:
/// the next unit inward on its side stands alone, something beyond that does not, and the
/// unit shares a smaller part of its anchors with the other side than that core does.
fn beyond_debris(scorer: &Scorer, rest: &Step, edge: Edge, scratch: &mut Scratch, unit: &Step) -> bool {
    let on_side = |b: &Step| match edge {
        Edge::SourceFirst | Edge::SourceLast => b.source.len(),
        Edge::TargetFirst | Edge::TargetLast => b.target.len(),
    };
    // Past every unit that stands alone, inward from the edge: the core the unit is weighed
    // against (one unit at least stays on the side).
    let (mut core, mut debris) = (rest.clone(), 0);
    while on_side(&core) >= 2 {
        let (inner, inward) = cut(&core, edge);
        if !alone(scorer, &inner) {
            break;
        }
        (core, debris) = (inward, debris + 1);
    }
    if debris == 0 || alone(scorer, &core) {
        return false;
    }
    let mut share = |a: &Step| scorer.support(a.source.clone(), a.target.clone(), scratch).share();
    let with_other = |u: &Step| match edge {
        Edge::SourceFirst | Edge::SourceLast => Step { target: rest.target.clone(), ..u.clone() },
        Edge::TargetFirst | Edge::TargetLast => Step { source: rest.source.clone(), ..u.clone() },
    };
    let unit_share = share(&with_other(unit));
    unit_share < share(&core)
}

/// True when every unit of `bead` stands alone ([`super::score::vocab::stands_alone`]: debris,
/// a translator's credit).
fn alone(scorer: &Scorer, bead: &Step) -> bool {
    let units = scorer.source[bead.source.clone()].iter().chain(&scorer.target[bead.target.clone()]);
    let mut any = false;
    for u in units {
        if !u.alone {
            return false;
        }
        any = true;
    }
    any
}

/// `bead` cut at `edge`: the edge unit alone (as a 1-0 or 0-1) and the rest.
fn cut(bead: &Step, edge: Edge) -> (Step, Step) {
    let (s, t) = (bead.source.clone(), bead.target.clone());
    let (unit, rest) = match edge {
        Edge::SourceFirst => ((s.start..s.start + 1, t.start..t.start), (s.start + 1..s.end, t)),
        Edge::SourceLast => ((s.end - 1..s.end, t.end..t.end), (s.start..s.end - 1, t)),
        Edge::TargetFirst => ((s.start..s.start, t.start..t.start + 1), (s, t.start + 1..t.end)),
        Edge::TargetLast => ((s.end..s.end, t.end - 1..t.end), (s, t.start..t.end - 1)),
    };
    let make = |(source, target): (Range<usize>, Range<usize>)| Step { source, target, ..bead.clone() };
    (make(unit), make(rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::score::{Costs, testing};

    /// The beads `split_unsupported` makes of one bead over all units, as (source, target).
    fn split(source: &[&str], target: &[&str]) -> Vec<(Range<usize>, Range<usize>)> {
        testing::with_scorer(source, target, &Costs::default(), |scorer| {
            let bead = Step { source: 0..source.len(), target: 0..target.len(), cost: 0.0, margin: 1.0 };
            split_unsupported(scorer, vec![bead], None, None)
                .into_iter()
                .map(|b| (b.source, b.target))
                .collect()
        })
    }

    #[test]
    fn a_caption_beyond_debris_goes_with_it() {
        let kept = "Hillary reached Everest in 1953 with Tenzing Norgay and Lowe.";
        let rendering = "Hillary atteignit l'Everest en 1953 avec Tenzing Norgay et Lowe.";
        // The marks a picture left, then its caption: both are added.
        assert_eq!(
            split(&[kept], &[rendering, "■ iv V V .", "Everest ( 8848 m ) et Col Sud"]),
            [(0..1, 0..1), (1..1, 1..2), (1..1, 2..3)]
        );
        // A unit beyond debris that renders the original better than the core does stays
        // with the bead; the core goes.
        assert_eq!(
            split(&[kept], &["Pluie sur le glacier.", "■ iv V V .", rendering]),
            [(0..0, 0..1), (0..0, 1..2), (0..1, 2..3)]
        );
    }

    #[test]
    fn debris_or_a_credit_at_the_edge_of_a_merge_goes_alone() {
        let kept = "Hillary reached Everest in 1953 with Tenzing Norgay and Lowe.";
        let rendering = "Hillary atteignit l'Everest en 1953 avec Tenzing Norgay et Lowe.";
        assert_eq!(split(&[kept], &[rendering, "■ iv V V ."]), [(0..1, 0..1), (1..1, 1..2)]);
        assert_eq!(split(&["141", kept], &[rendering]), [(0..1, 0..0), (1..2, 0..1)]);
        // A translator's credit renders nothing of the original either.
        assert_eq!(
            split(&[kept], &[rendering, "( Traduction de Denis Stulz )"]),
            [(0..1, 0..1), (1..1, 1..2)]
        );
        // A bead whose one unit on a side stands alone pairs nothing at all.
        let ad = ["bitte schreiben sie uns", "wir antworten gern"];
        assert_eq!(
            split(&["Übersetzt von Roswitha Beyer , Bern ."], &ad),
            [(0..1, 0..0), (1..1, 0..1), (1..1, 1..2)]
        );
        // A short sentence of real words is the search's to place.
        assert_eq!(split(&[kept], &[rendering, "Oui ."]), [(0..1, 0..2)]);
    }

    #[test]
    fn an_edge_sentence_the_other_side_does_not_support_is_split_off() {
        let kept = "Hillary reached Everest in 1953 with Tenzing Norgay and Lowe.";
        let rendering = ["Hillary atteignit l'Everest en 1953 avec Tenzing Norgay et Lowe."];
        let left_out = "Rain fell over Kathmandu, Pokhara and Lukla for eleven days.";
        assert_eq!(split(&[kept, left_out], &rendering), [(0..1, 0..1), (1..2, 1..1)]);
        assert_eq!(split(&[left_out, kept], &rendering), [(0..1, 0..0), (1..2, 0..1)]);
        // The mirror: a target sentence nothing in the source supports is an addition.
        let added = "Une note de la rédaction, Paris, Lyon et Genève, 2024.";
        assert_eq!(split(&rendering, &[kept, added]), [(0..1, 0..1), (1..1, 1..2)]);
    }

    #[test]
    fn a_merged_clause_with_support_or_without_evidence_stays() {
        let rendering = ["Hillary atteignit l'Everest en 1953 avec Tenzing Norgay et Lowe."];
        // Shares Tenzing and 1953 with the rendering: supported.
        let supported = ["Hillary reached Everest with Lowe.", "It was 1953 and Tenzing Norgay led."];
        assert_eq!(split(&supported, &rendering), [(0..2, 0..1)]);
        // A short clause with no anchors of its own says nothing either way.
        let short = ["Hillary reached Everest in 1953 with Tenzing Norgay and Lowe", "and so it was."];
        assert_eq!(split(&short, &rendering), [(0..2, 0..1)]);
    }

    #[test]
    fn the_evidence_ratios_are_bounded_and_count_only_what_is_missed() {
        let round = |x: f64| (x * 1000.0).round() / 1000.0;
        // Best rank: for the rendering by ln(0.1 + 0.9·4); worst: against it by at most −ln 0.1.
        assert_eq!(round(m1_llr(1.0, 3.0, 0.1)), round(-(3.7f64).ln()));
        assert_eq!(round(m1_llr(1e-9, 3.0, 0.1)), round(-(0.1f64).ln()));
        // Unrelated pairings' ranks are uniform: a rank of about 0.45 says nothing.
        assert!(m1_llr(0.63, 3.0, 0.1).abs() < 0.01);
        let rates = Rates { translated: 0.5, chance: 0.01, concentration: f64::INFINITY };
        // Weight 4, 1 found, against 10 of other weight: 3 missed at ln((1 − q)/(1 − p)).
        let q = 1.0 - (-0.1f64).exp();
        assert_eq!(round(rates.missed(4.0, 1.0, 10.0)), round(3.0 * ((1.0 - q) / 0.5).ln()));
        assert_eq!(rates.missed(4.0, 4.0, 10.0), 0.0);
        // A right pair's share known from 16 units of weight (8 paired): a miss of 3 or 10 units
        // under the beta-binomial, against 1.779 and 5.931 for independent units.
        let rates =
            Rates { translated: 0.5, chance: 0.01, concentration: f64::INFINITY }.within(0.5, 1.0, 15.0);
        assert_eq!((rates.translated, rates.concentration), (0.5, 16.0));
        assert_eq!(round(rates.missed(3.0, 0.0, 10.0)), 1.617);
        assert_eq!(round(rates.missed(10.0, 0.0, 10.0)), 4.124);
        // A right pair finding no more than chance: the anchors cannot tell.
        assert_eq!(
            Rates { translated: 0.01, chance: 0.01, concentration: f64::INFINITY }.missed(4.0, 0.0, 10.0),
            0.0
        );
    }

    #[test]
    fn ln_gamma_matches_known_values() {
        let round = |x: f64| (x * 1e9).round() / 1e9;
        assert_eq!(round(ln_gamma(1.0)), 0.0);
        assert_eq!(round(ln_gamma(5.0)), round(24f64.ln()));
        assert_eq!(round(ln_gamma(0.5)), round(std::f64::consts::PI.sqrt().ln()));
        assert_eq!(round(ln_gamma(0.001)), 6.907178885);
        assert_eq!(round(ln_gamma(10.3)), 13.482036786);
        assert_eq!(round(ln_beta(2.0, 3.0)), round((1.0f64 / 12.0).ln()));
    }

    /// The beads [`join_supported`] makes of `path` (source, target ranges), with the evidence
    /// rule on and no model.
    fn join(
        source: &[&str],
        target: &[&str],
        path: &[(Range<usize>, Range<usize>)],
    ) -> Vec<(Range<usize>, Range<usize>)> {
        join_with(source, target, path, &Costs { split_llr: 1.0, ..Costs::default() })
    }

    /// The beads [`join_supported`] makes of `path` with `costs`, no model.
    fn join_with(
        source: &[&str],
        target: &[&str],
        path: &[(Range<usize>, Range<usize>)],
        costs: &Costs,
    ) -> Vec<(Range<usize>, Range<usize>)> {
        testing::with_scorer(source, target, costs, |scorer| {
            let path = path
                .iter()
                .map(|(s, t)| Step { source: s.clone(), target: t.clone(), cost: 0.0, margin: 1.0 })
                .collect();
            join_supported(scorer, path, None, None).into_iter().map(|b| (b.source, b.target)).collect()
        })
    }

    #[test]
    fn a_left_out_sentence_stays_alone_and_a_rendered_one_joins_its_bead() {
        let rendering = ["Hillary atteignit l'Everest en 1953 avec Tenzing Norgay et Lowe."];
        let kept = "Hillary reached Everest in 1953 with Tenzing Norgay and Lowe.";
        let left_out = "Rain fell over Kathmandu, Pokhara and Lukla for eleven days.";
        let apart = [(0..1, 0..1), (1..2, 1..1)];
        assert_eq!(join(&[kept, left_out], &rendering, &apart), apart);
        // Its anchors are in the rendering: the sentence is rendered there.
        let supported = ["Hillary reached Everest with Lowe.", "It was 1953 and Tenzing Norgay led."];
        assert_eq!(join(&supported, &rendering, &apart), [(0..2, 0..1)]);
    }

    #[test]
    fn a_unit_nothing_speaks_for_joins_only_without_the_support_check() {
        let rendering = ["Hillary atteignit l'Everest en 1953 avec Tenzing Norgay et Lowe.", "- -"];
        let kept = "Hillary reached Everest in 1953 with Tenzing Norgay and Lowe.";
        // A line of OCR noise after the rendering: no anchor, too few words for Model 1.
        let apart = [(0..1, 0..1), (1..1, 1..2)];
        let off = Costs { split_llr: 1.0, join_support: 0.0, ..Costs::default() };
        assert_eq!(join_with(&[kept], &rendering, &apart, &off), [(0..1, 0..2)]);
        let on = Costs { join_support: 1.0, ..off };
        assert_eq!(join_with(&[kept], &rendering, &apart, &on), apart);
        // A sentence whose anchors the other side holds joins either way.
        let supported = ["Hillary reached Everest with Lowe.", "It was 1953 and Tenzing Norgay led."];
        let apart = [(0..1, 0..1), (1..2, 1..1)];
        assert_eq!(join_with(&supported, &rendering[..1], &apart, &on), [(0..2, 0..1)]);
    }
}
