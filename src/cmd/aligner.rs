//! The aligner as the command line configured it: `--lexicon` turned into [`AlignOptions`]
//! per language pair, in one place for every command that aligns.
//!
//! One [`Aligner`] serves a whole run: each language pair's dictionaries are loaded the first
//! time the pair is aligned and shared after that (a batch of a thousand de–fr pairs loads
//! them once), and the note that no dictionary is installed is printed then, once per pair
//! in either order; no global state remembers it.

use crate::options::LexiconSpec;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::Alignment;
use transdiff::error::Result;
use transdiff::lang::Lang;
use transdiff::text::Document;

/// The aligner's options per language pair for one run.
#[derive(Debug)]
pub struct Aligner {
    /// `--lexicon`.
    lexicon: LexiconSpec,
    /// The options of each pair aligned so far, and the pairs whose missing-dictionary note
    /// was printed (smaller language first). Behind a lock: batch aligns pairs in parallel.
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    options: HashMap<(Lang, Lang), Arc<AlignOptions>>,
    noted: Vec<(Lang, Lang)>,
}

impl State {
    /// True the first time it is asked about a pair (in either order).
    fn first_note(&mut self, source: Lang, target: Lang) -> bool {
        let key = (source.min(target), source.max(target));
        if self.noted.contains(&key) {
            return false;
        }
        self.noted.push(key);
        true
    }
}

impl Aligner {
    /// An aligner using the dictionaries `lexicon` names.
    pub fn new(lexicon: LexiconSpec) -> Aligner {
        Aligner { lexicon, state: Mutex::new(State::default()) }
    }

    /// The options for aligning `source` to `target`: the default ones with the dictionaries
    /// `--lexicon` names for the pair, loaded the first time the pair is asked for.
    pub fn options(&self, source: Lang, target: Lang) -> Result<Arc<AlignOptions>> {
        // A poisoned lock only means another pair panicked; the map is still whole.
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(options) = state.options.get(&(source, target)) {
            return Ok(Arc::clone(options));
        }
        let (lexicon, note) = super::lexicon::load_noting(&self.lexicon, source, target)?;
        if let Some(note) = note
            && state.first_note(source, target)
        {
            eprintln!("{note}");
        }
        let options = Arc::new(AlignOptions { lexicon, ..AlignOptions::default() });
        state.options.insert((source, target), Arc::clone(&options));
        Ok(options)
    }

    /// Aligns each rendering to the original, so `align`, `figures` and `review` pair the same
    /// texts alike.
    pub fn align_all(&self, original: &Document, renderings: &[Document]) -> Result<Vec<Alignment>> {
        use rayon::prelude::*;
        // Dictionaries load in the renderings' order, so their notes print in that order on
        // every run (and a failure names the first pair that fails); the renderings then align
        // on all cores, and collect keeps their order.
        let options =
            renderings.iter().map(|r| self.options(original.lang, r.lang)).collect::<Result<Vec<_>>>()?;
        Ok(renderings
            .par_iter()
            .zip(options)
            .map(|(rendering, options)| align(original, rendering, &options))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pair_is_loaded_once_and_shared() {
        let aligner = Aligner::new(LexiconSpec::none());
        let first = aligner.options(Lang::EN, Lang::SV).unwrap();
        let again = aligner.options(Lang::EN, Lang::SV).unwrap();
        assert!(Arc::ptr_eq(&first, &again));
        let other = aligner.options(Lang::SV, Lang::EN).unwrap();
        assert!(!Arc::ptr_eq(&first, &other));
        assert_eq!(*first, AlignOptions::default());
    }

    #[test]
    fn the_missing_dictionary_note_is_given_once_per_pair() {
        let fi = Lang::from_code("fi").unwrap();
        let et = Lang::from_code("et").unwrap();
        let mut state = State::default();
        assert!(state.first_note(fi, et));
        assert!(!state.first_note(fi, et));
        assert!(!state.first_note(et, fi));
        assert!(state.first_note(fi, Lang::EN));
        // A run of its own starts afresh: nothing global remembers the pairs.
        assert!(State::default().first_note(fi, et));
    }
}
