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
    /// What `transdiff update` found when it carried the bead over to a new version of the
    /// original; `None` in alignments made by the aligner (and for unchanged passages).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub update: Option<UpdateMark>,
}

impl Bead {
    /// A bead with no review yet and no sentence beads.
    pub fn new(kind: BeadKind, source: Vec<usize>, target: Vec<usize>, confidence: f64) -> Bead {
        Bead {
            source,
            target,
            kind,
            confidence,
            status: ReviewStatus::Unreviewed,
            sentences: Vec::new(),
            update: None,
        }
    }

    /// The unit indices on `side`.
    pub fn units(&self, side: Side) -> &[usize] {
        match side {
            Side::Source => &self.source,
            Side::Target => &self.target,
        }
    }
}

/// What `transdiff update` says about a bead of an alignment carried over from the original's
/// previous version (v1) to its new one (v2). Written into the alignment file as the bead's
/// `"update"` object (see `docs/update.md`); beads without one are unchanged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateMark {
    /// What happened to the bead's source passage.
    pub state: UpdateState,
    /// The v1 text of the source passage (stale, orphaned, up to date, moved), sentences
    /// joined with a space.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub was: String,
    /// The word diff from v1 to v2 (stale and up to date passages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<DiffPiece>,
    /// Figures changed from v1 to v2 that the rendering still carries in their v1 form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FigureChange>,
    /// A reviewer brought the rendering up to date (the view sets it; `update` never does).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
}

/// What happened to a passage of the original between two versions, as its rendering sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UpdateState {
    /// The source changed: the rendering passage needs a look.
    Stale,
    /// The source changed, but only in figures the rendering already carries in their new form.
    UpToDate,
    /// The source was deleted: the rendering passage has nothing left to render (delete it).
    Orphaned,
    /// The source is new in v2: nothing renders it yet (translate it).
    New,
    /// The source moved elsewhere in v2 unchanged: the rendering stays, its place may not.
    Moved,
}

/// A run of words of a word diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiffPiece {
    /// In both versions, only in v1, or only in v2.
    pub op: DiffOp,
    /// The text, with its white space.
    pub text: String,
}

/// Which version a diff piece is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffOp {
    /// Both.
    Equal,
    /// v1 only.
    Delete,
    /// v2 only.
    Insert,
}

/// A figure that changed from v1 to v2 while the rendering still carries the v1 figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureChange {
    /// The figure in v1, as written.
    pub old: String,
    /// The figure in v2, as written; `None` when v2 dropped it.
    pub new: Option<String>,
    /// The rendering's figure that agrees with the old one, as written.
    pub rendering: String,
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

    /// Whether `bead`, one of this alignment's beads at `level`, is a repeat: a moved bead
    /// whose source units are all also matched in place, so the rendering holds the passage
    /// twice rather than elsewhere. Cheap for any bead that is not moved.
    pub fn is_repeat(&self, bead: &Bead, level: Level) -> bool {
        if bead.kind != BeadKind::Moved || bead.source.is_empty() {
            return false;
        }
        let beads = self.beads_at(level);
        bead.source.iter().all(|s| {
            beads.iter().any(|b| b.kind == BeadKind::Match && !b.target.is_empty() && b.source.contains(s))
        })
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
