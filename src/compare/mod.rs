//! Comparison of aligned passages: divergent figures and names, as data.
//!
//! PLACEHOLDER until the figure parser lands: finds nothing.

use crate::alignment::Alignment;
use crate::text::Side;
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a finding says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingKind {
    /// A figure has a counterpart whose value differs.
    Mismatch,
    /// A figure of the original is absent from its rendering.
    Missing,
    /// A figure appears in the rendering only.
    Added,
    /// A figure inside a passage the rendering left out as a whole.
    InOmittedPassage,
    /// A figure inside a passage the rendering added as a whole.
    InAddedPassage,
    /// A proper name spelled differently between the versions.
    NameVariant,
    /// A proper name spelled inconsistently within one version.
    NameInconsistent,
}

impl FindingKind {
    /// How much a reviewer should care.
    pub fn severity(self) -> Severity {
        match self {
            FindingKind::Mismatch | FindingKind::Missing | FindingKind::Added => Severity::High,
            FindingKind::InOmittedPassage | FindingKind::InAddedPassage => Severity::Medium,
            FindingKind::NameVariant | FindingKind::NameInconsistent => Severity::Low,
        }
    }
}

/// How much a reviewer should care about a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Names.
    Low,
    /// Figures inside wholly omitted or added passages.
    Medium,
    /// Divergent figures.
    High,
}

/// Where a figure or name stands in one version.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Occurrence {
    /// Which version.
    pub side: Side,
    /// Paragraph index in that document.
    pub paragraph: usize,
    /// Byte span in the paragraph's text.
    pub span: Range<usize>,
    /// 1-based line in the file.
    pub line: usize,
    /// The exact text.
    pub text: String,
}

/// One divergence found inside an aligned bead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// What it says.
    pub kind: FindingKind,
    /// Index of the paragraph bead it was found in.
    pub bead: usize,
    /// The original's side, where it has one.
    pub source: Option<Occurrence>,
    /// The rendering's side, where it has one.
    pub target: Option<Occurrence>,
    /// A short explanation for people ("2 500 vs 250").
    pub note: String,
}

/// Finds the divergent figures and names of an alignment.
pub fn compare(_alignment: &Alignment) -> Vec<Finding> {
    Vec::new()
}
