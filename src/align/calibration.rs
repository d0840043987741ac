//! Calibrated bead confidence: the raw score (half margin, half anchor evidence, see
//! `confidence` in the parent module) mapped, per kind of sentence bead and for paragraph
//! beads, to the share of beads with that score that were exactly right on the dev sets.
//!
//! The mapping is isotonic (non-decreasing in the raw score): the dev beads of one kind are
//! put in twenty bins of raw score, adjacent bins are pooled while a lower one is right more
//! often than a higher one (pool-adjacent-violators), and each pooled block answers
//! `(right + 1) / (beads + 2)` for every raw score up to its upper edge (paragraph beads: shrunk
//! toward their pooled rate, see [`PARAGRAPH`]).
//!
//! Fitted by `transdiff bench omissions --fit-calibration` (this build, `--lexicon auto`) on
//! the dev sets only: Text+Berg dev, it with sentences deleted, and Ruth and Mark (KJV /
//! Reina-Valera) with verses deleted; paragraph beads on Text+Berg dev, Ruth and Mark cut into
//! paragraphs (`*-dev-paragraphs`, `*-dev-paragraphs-hard`), each block shrunk toward the
//! pooled rate as far as cross-validation across those documents says. The held-back sets
//! (Text+Berg test0..6 with and without deletions and cut into paragraphs, Jonah, Luke,
//! Romans, also cut into paragraphs) are only reported, in the reliability tables of
//! `transdiff bench omissions`.

/// The kinds of bead that get their own mapping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// One sentence a side.
    OneToOne,
    /// Several sentences on a side.
    Merge,
    /// A sentence left out or added (1-0, 0-1).
    Unmatched,
    /// A paragraph bead of paragraph-first alignment (any shape).
    Paragraph,
}

impl Class {
    /// The class of a sentence bead with `source` and `target` sentences.
    pub fn of(source: usize, target: usize) -> Class {
        match (source, target) {
            (1, 1) => Class::OneToOne,
            (0, _) | (_, 0) => Class::Unmatched,
            _ => Class::Merge,
        }
    }

    /// Every class, in the order [`STEPS`] holds them.
    pub const ALL: [Class; 4] = [Class::OneToOne, Class::Merge, Class::Unmatched, Class::Paragraph];

    /// The class's name in the fit's output.
    pub fn name(self) -> &'static str {
        match self {
            Class::OneToOne => "one_to_one",
            Class::Merge => "merge",
            Class::Unmatched => "unmatched",
            Class::Paragraph => "paragraph",
        }
    }
}

/// One step of a mapping: raw scores up to `.0` (inclusive) map to `.1`.
pub type Step = (f64, f64);

/// The fitted mappings, one per [`Class::ALL`] entry (regenerate with `bench omissions
/// --fit-calibration` and paste its output here).
pub const STEPS: [&[Step]; 4] = [ONE_TO_ONE, MERGE, UNMATCHED, PARAGRAPH];

// `transdiff bench omissions --fit-calibration` on textberg-dev, textberg-dev-deleted and
// bible-dev-deleted (lexicon auto): 1058 one-to-one, 307 merge and 194 unmatched beads.
const ONE_TO_ONE: &[Step] =
    &[(0.15, 0.579), (0.2, 0.667), (0.3, 0.682), (0.4, 0.8), (0.45, 0.956), (0.5, 0.972), (1.0, 0.976)];
const MERGE: &[Step] =
    &[(0.1, 0.25), (0.15, 0.333), (0.3, 0.345), (0.4, 0.486), (0.45, 0.571), (0.85, 0.854), (1.0, 0.929)];
const UNMATCHED: &[Step] = &[(0.05, 0.6), (0.6, 0.768), (0.65, 0.8), (0.7, 0.889), (1.0, 0.946)];

// `transdiff bench omissions --fit-calibration --only paragraphs` on every dev paragraph set
// together (lexicon auto): Text+Berg dev and the Bible's Ruth and Mark, each cut into
// paragraphs (every bead right but one) and into short paragraphs with some left out, added,
// merged and split (`-hard`), 478 paragraph beads. Each pooled block shrunk toward the
// paragraph beads' pooled share of right ones by 5 beads' worth (prior 5, margin 0: the least
// log loss leaving one of the three documents out at a time). Fitted on Text+Berg's hard cut
// alone the top step said 0.966; Ruth and Mark show raw scores above 0.8 right only 4 times in
// 5 (paragraphs wrongly left out or added score near 1), so no step answers more than 0.915.
const PARAGRAPH: &[Step] = &[(0.2, 0.452), (0.45, 0.485), (0.5, 0.663), (1.0, 0.915)];

/// The calibrated confidence of a bead of `class` with raw score `raw`.
pub fn calibrate(class: Class, raw: f64) -> f64 {
    let steps = STEPS[Class::ALL.iter().position(|c| *c == class).unwrap_or(0)];
    apply(steps, raw)
}

/// `raw` through `steps` (the last step's value past its edge; `raw` itself without steps).
pub fn apply(steps: &[Step], raw: f64) -> f64 {
    match steps.iter().find(|(edge, _)| raw <= *edge).or(steps.last()) {
        Some(&(_, value)) => value,
        None => raw,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_mappings_are_monotone_probabilities_ending_at_one() {
        for steps in STEPS {
            assert!(!steps.is_empty());
            assert!(steps.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 <= w[1].1), "{steps:?}");
            assert!(steps.iter().all(|&(e, v)| (0.0..=1.0).contains(&e) && (0.0..=1.0).contains(&v)));
            assert_eq!(steps.last().map(|s| s.0), Some(1.0));
        }
        assert_eq!(Class::of(1, 1), Class::OneToOne);
        assert_eq!(Class::of(2, 1), Class::Merge);
        assert_eq!(Class::of(0, 1), Class::Unmatched);
    }
}
