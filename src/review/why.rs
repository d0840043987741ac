//! Where the why panel's explanations come from: a provider the caller hands in.
//!
//! [`super::App`] never explains anything itself: on `y` it asks its [`Explain`] provider
//! for the lines about the focused beads and keeps them as data (wrapped by `layout`).
//! The command layer (`transdiff review`) hands in one built on the aligner's explainer, with
//! the options and learned lexicon each rendering was aligned with, worked out before the
//! view opens; so nothing in the view aligns, learns or scores. A view opened without a
//! provider says it has no explanations.

use super::rows::BeadAddr;
use crate::alignment::Alignment;

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

/// The provider of a view opened without one: no explanations.
pub(crate) struct Unexplained;

impl Explain for Unexplained {
    fn explain(&mut self, _: usize, _: &Alignment, _: &[BeadAddr]) -> Vec<String> {
        Vec::new()
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
