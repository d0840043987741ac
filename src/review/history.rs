//! The review's undo history, and which renderings hold decisions not yet saved.

use super::edit::Change;
use crate::alignment::Alignment;

/// An undoable step: a change of one rendering's alignment.
#[derive(Clone, Debug)]
struct Step {
    rendering: usize,
    change: Change,
}

/// Undo and redo stacks, with the save point of each rendering.
#[derive(Debug)]
pub(crate) struct History {
    /// Steps with the id each got when first made (kept through undo and redo).
    undo: Vec<(u64, Step)>,
    redo: Vec<(u64, Step)>,
    next_step: u64,
    /// Per rendering: the ids of the applied steps that touch it when it was last
    /// saved (or opened). Undoing back to that state makes it clean again.
    saved: Vec<Vec<u64>>,
    dirty: Vec<bool>,
}

impl History {
    /// An empty history for `renderings` renderings, all saved.
    pub(crate) fn new(renderings: usize) -> History {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
            next_step: 0,
            saved: vec![Vec::new(); renderings],
            dirty: vec![false; renderings],
        }
    }

    /// Makes `change` to `alignments[rendering]` and records it; the redo stack is dropped.
    pub(crate) fn commit(&mut self, alignments: &mut [Alignment], rendering: usize, change: Change) {
        change.apply(&mut alignments[rendering], false);
        self.undo.push((self.next_step, Step { rendering, change }));
        self.next_step += 1;
        self.redo.clear();
        self.update_dirty();
    }

    /// Takes back the last step; what it did, or `None` when there is nothing to undo.
    pub(crate) fn undo(&mut self, alignments: &mut [Alignment]) -> Option<&'static str> {
        let (id, step) = self.undo.pop()?;
        step.change.apply(&mut alignments[step.rendering], true);
        let what = step.change.what;
        self.redo.push((id, step));
        self.update_dirty();
        Some(what)
    }

    /// Makes the last undone step again; what it did, or `None` when there is nothing to redo.
    pub(crate) fn redo(&mut self, alignments: &mut [Alignment]) -> Option<&'static str> {
        let (id, step) = self.redo.pop()?;
        step.change.apply(&mut alignments[step.rendering], false);
        let what = step.change.what;
        self.undo.push((id, step));
        self.update_dirty();
        Some(what)
    }

    /// The ids of the applied steps that touch `rendering`, oldest first.
    fn applied_steps(&self, rendering: usize) -> Vec<u64> {
        self.undo.iter().filter(|(_, step)| step.rendering == rendering).map(|(id, _)| *id).collect()
    }

    /// A rendering is dirty when its applied steps differ from those it was saved with.
    fn update_dirty(&mut self) {
        for r in 0..self.dirty.len() {
            self.dirty[r] = self.applied_steps(r) != self.saved[r];
        }
    }

    /// `rendering` was saved as it is now.
    pub(crate) fn mark_saved(&mut self, rendering: usize) {
        self.saved[rendering] = self.applied_steps(rendering);
        self.dirty[rendering] = false;
    }

    /// Marks `rendering` as holding decisions not yet saved (a recovered review).
    pub(crate) fn mark_unsaved(&mut self, rendering: usize) {
        if let (Some(saved), Some(dirty)) = (self.saved.get_mut(rendering), self.dirty.get_mut(rendering)) {
            // No step ever gets this id, so the rendering stays dirty until it is saved.
            *saved = vec![u64::MAX];
            *dirty = true;
        }
    }

    /// True when `rendering` holds decisions not yet saved.
    pub(crate) fn is_dirty(&self, rendering: usize) -> bool {
        self.dirty[rendering]
    }

    /// True when any rendering holds decisions not yet saved.
    pub(crate) fn any_dirty(&self) -> bool {
        self.dirty.iter().any(|&d| d)
    }
}
