//! Where the why panel's explanations come from: a provider the caller hands in.
//!
//! [`super::App`] never explains anything itself: on `y` it asks its [`Explain`] provider
//! for the lines about the focused beads and keeps them as data (wrapped by `layout`).
//! The command layer builds an [`AlignerExplain`] with the options and learned lexicon each
//! rendering was aligned with, so a key press never re-learns anything; a view opened
//! without one (tests, library callers) gets an `AlignerExplain` that re-learns the pairs
//! of a rendering the first time it is asked about it, and says so in its first line.

use super::rows::BeadAddr;
use crate::align::AlignOptions;
use crate::align::explain::{Explainer, Learned, render_bead};
use crate::alignment::Alignment;
use crate::text::Level;

/// Explains beads of a rendering for the why panel.
pub trait Explain {
    /// Lines explaining `beads` (addresses in `alignment`, the alignment of rendering
    /// `rendering`), as `transdiff align --explain` prints them; unwrapped: the view wraps
    /// them to the panel. Empty when there is nothing to say.
    fn explain(&mut self, rendering: usize, alignment: &Alignment, beads: &[BeadAddr]) -> Vec<String>;
}

impl<F: FnMut(usize, &Alignment, &[BeadAddr]) -> Vec<String>> Explain for F {
    fn explain(&mut self, rendering: usize, alignment: &Alignment, beads: &[BeadAddr]) -> Vec<String> {
        self(rendering, alignment, beads)
    }
}

/// What explaining a rendering's beads needs: the options it was aligned with (its dictionary
/// and weights) and the learned pairs.
#[derive(Clone, Debug)]
pub struct ExplainSource {
    /// The options the rendering was aligned with.
    pub options: AlignOptions,
    /// The aligner's learned lexicon, or one re-learned from the alignment.
    pub learned: Learned,
}

/// Explanations from the aligner's explainer, per rendering with its [`ExplainSource`].
#[derive(Debug, Default)]
pub struct AlignerExplain {
    /// Per rendering; a missing one is re-learned from the alignment with the default
    /// options on first use.
    sources: Vec<Option<ExplainSource>>,
}

impl AlignerExplain {
    /// Explains rendering `r` with `sources[r]`.
    pub fn new(sources: Vec<ExplainSource>) -> AlignerExplain {
        AlignerExplain { sources: sources.into_iter().map(Some).collect() }
    }

    /// Explains rendering `r` with `slots[r]`, re-learning where it is `None`.
    pub fn from_slots(slots: Vec<Option<ExplainSource>>) -> AlignerExplain {
        AlignerExplain { sources: slots }
    }
}

impl Explain for AlignerExplain {
    fn explain(&mut self, rendering: usize, alignment: &Alignment, beads: &[BeadAddr]) -> Vec<String> {
        if self.sources.len() <= rendering {
            self.sources.resize_with(rendering + 1, || None);
        }
        let source = self.sources[rendering].get_or_insert_with(|| {
            let options = AlignOptions::default();
            ExplainSource { learned: Learned::relearned(alignment, &options), options }
        });
        let explainer = Explainer::new(alignment, &source.options, &source.learned);
        let mut lines = Vec::new();
        for addr in beads {
            let explanation = match addr.sentence {
                Some(s) => explainer.sentence(addr.paragraph, s),
                None => explainer.paragraph(addr.paragraph, Level::Paragraph),
            };
            if let Some(e) = explanation {
                if lines.is_empty() {
                    lines.push(e.learned_from.describe());
                }
                // A sentence bead's block is indented for nesting under its paragraph bead's.
                let indent = if addr.sentence.is_some() { 2 } else { 0 };
                lines.extend(render_bead(&e).into_iter().map(|l| l[indent.min(l.len())..].to_string()));
            }
        }
        lines
    }
}

/// Explains one rendering with its own provider and the others with the one before
/// (what [`super::App::set_explain`] installs).
pub(crate) struct Override {
    pub(crate) rendering: usize,
    pub(crate) this: Box<dyn Explain>,
    pub(crate) others: Box<dyn Explain>,
}

impl Explain for Override {
    fn explain(&mut self, rendering: usize, alignment: &Alignment, beads: &[BeadAddr]) -> Vec<String> {
        if rendering == self.rendering {
            self.this.explain(rendering, alignment, beads)
        } else {
            self.others.explain(rendering, alignment, beads)
        }
    }
}
