//! Alignment: two [`Document`]s → an [`Alignment`] of paragraph beads with sentence beads inside.
//!
//! PLACEHOLDER until the engine lands: pairs units 1-1 in order.

use crate::alignment::{Alignment, Bead, BeadKind, Verdict};
use crate::text::Document;

/// How to align.
#[derive(Clone, Debug, Default)]
pub struct AlignOptions {}

/// Aligns `target` (a rendering) to `source` (the original).
pub fn align(source: &Document, target: &Document, _options: &AlignOptions) -> Alignment {
    let n = source.paragraphs.len().max(target.paragraphs.len());
    let beads = (0..n)
        .map(|i| {
            let s: Vec<usize> = (i < source.paragraphs.len()).then_some(i).into_iter().collect();
            let t: Vec<usize> = (i < target.paragraphs.len()).then_some(i).into_iter().collect();
            let kind = match (s.is_empty(), t.is_empty()) {
                (false, false) => BeadKind::Match,
                (false, true) => BeadKind::Omitted,
                _ => BeadKind::Added,
            };
            let mut bead = Bead::new(kind, s.clone(), t.clone(), 0.5);
            let ss: Vec<usize> = s.iter().flat_map(|&p| source.paragraphs[p].sentences.clone()).collect();
            let ts: Vec<usize> = t.iter().flat_map(|&p| target.paragraphs[p].sentences.clone()).collect();
            bead.sentences.push(Bead::new(kind, ss, ts, 0.5));
            bead
        })
        .collect();
    Alignment {
        source: source.clone(),
        target: target.clone(),
        beads,
        similarity: 0.0,
        verdict: Verdict::Translation,
        lexicons: Vec::new(),
    }
}

/// Aligns several renderings to the same original (the pivot).
pub fn align_many(source: &Document, targets: &[Document], options: &AlignOptions) -> Vec<Alignment> {
    targets.iter().map(|t| align(source, t, options)).collect()
}
