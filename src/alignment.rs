//! The result of alignment, shared by compare, export and review.

use crate::text::{Document, Level, Side};
use serde::{Deserialize, Serialize};

/// What a bead says about the passages it pairs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BeadKind {
    /// Source units rendered by target units (1-1, 2-1, 1-2, 3-1, ...).
    Match,
    /// Source units with no counterpart (1-0): left out of the rendering.
    Omitted,
    /// Target units with no counterpart (0-1): added by the rendering.
    Added,
    /// Target units that render source units found elsewhere in the order.
    Moved,
}

/// A reviewer's verdict on a bead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// Not looked at yet.
    #[default]
    Unreviewed,
    /// A reviewer confirmed it.
    Confirmed,
    /// A reviewer marked it wrong.
    Wrong,
}

/// One row of an alignment: source units paired with target units.
///
/// At paragraph level `source` and `target` are paragraph indices and
/// `sentences` holds the sentence beads inside; at sentence level they are
/// sentence indices (into [`Document::sentences`]) and `sentences` is empty.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bead {
    /// Source unit indices, ascending (empty for [`BeadKind::Added`]).
    pub source: Vec<usize>,
    /// Target unit indices, ascending (empty for [`BeadKind::Omitted`]).
    pub target: Vec<usize>,
    /// What the bead says.
    pub kind: BeadKind,
    /// How sure the aligner is, in [0, 1].
    pub confidence: f64,
    /// The reviewer's verdict.
    pub status: ReviewStatus,
    /// Sentence beads inside a paragraph bead.
    pub sentences: Vec<Bead>,
}

impl Bead {
    /// A bead with no review yet and no sentence beads.
    pub fn new(kind: BeadKind, source: Vec<usize>, target: Vec<usize>, confidence: f64) -> Bead {
        Bead { source, target, kind, confidence, status: ReviewStatus::Unreviewed, sentences: Vec::new() }
    }

    /// The unit indices on `side`.
    pub fn units(&self, side: Side) -> &[usize] {
        match side {
            Side::Source => &self.source,
            Side::Target => &self.target,
        }
    }
}

/// Whether two texts look like an original and its rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The texts pair up as an original and a translation.
    Translation,
    /// The texts do not look like translations of each other.
    NotTranslation,
}

/// An original aligned with one rendering.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// The original.
    pub source: Document,
    /// The rendering.
    pub target: Document,
    /// Paragraph beads in reading order, each with its sentence beads.
    pub beads: Vec<Bead>,
    /// How much the texts look like translations of each other, in [0, 1].
    pub similarity: f64,
    /// What the similarity means.
    pub verdict: Verdict,
    /// Names of the lexicons (learned, dictionaries) the aligner used.
    pub lexicons: Vec<String>,
}

impl Alignment {
    /// The beads at `level`: paragraph beads, or all sentence beads in order.
    pub fn beads_at(&self, level: Level) -> Vec<&Bead> {
        match level {
            Level::Paragraph => self.beads.iter().collect(),
            Level::Sentence => self.beads.iter().flat_map(|b| b.sentences.iter()).collect(),
        }
    }

    /// The beads at `level` as a partition, for exports that tools score or import: every
    /// unit of each side in exactly one bead. A moved bead takes the source units it renders
    /// that are omitted in place (their omitted bead loses them, and goes when empty); source
    /// units also matched in place stay there, and a moved bead left without source units is
    /// an addition (a repeat). The JSON keeps the cross-reference.
    pub fn partition_at(&self, level: Level) -> Vec<Bead> {
        partition(&self.beads_at(level))
    }
}

/// [`Alignment::partition_at`] over any beads of one level, in reading order.
pub fn partition(beads: &[&Bead]) -> Vec<Bead> {
    let matched: std::collections::HashSet<usize> = beads
        .iter()
        .filter(|b| b.kind != BeadKind::Moved && !b.target.is_empty())
        .flat_map(|b| b.source.iter().copied())
        .collect();
    let mut taken = std::collections::HashSet::new();
    let mut moved: Vec<Option<Bead>> = beads
        .iter()
        .map(|b| {
            (b.kind == BeadKind::Moved).then(|| {
                let mut bead = (*b).clone();
                bead.source.retain(|s| !matched.contains(s) && taken.insert(*s));
                if bead.source.is_empty() {
                    bead.kind = BeadKind::Added;
                }
                bead
            })
        })
        .collect();
    beads
        .iter()
        .zip(moved.iter_mut())
        .filter_map(|(b, m)| {
            if let Some(m) = m.take() {
                return Some(m);
            }
            let mut bead = (*b).clone();
            if bead.kind == BeadKind::Omitted {
                bead.source.retain(|s| !taken.contains(s));
                if bead.source.is_empty() {
                    return None;
                }
            }
            Some(bead)
        })
        .collect()
}
