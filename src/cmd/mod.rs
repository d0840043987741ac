//! The commands: the top of the pipeline, where files are read and written.
//!
//! Each command module has one `run(args)`; `main` picks it. The parts several commands share:
//! [`texts`] (reading the texts named on the command line), [`aligner`] (the aligner's options
//! per language pair, dictionaries loaded once), [`store`] (the project's alignment files) and
//! [`messages`] (what several commands print in the same words).

pub mod align;
pub mod aligner;
pub mod batch;
#[cfg(feature = "bench")]
pub mod bench;
pub mod bilingual;
pub mod cache;
pub mod figures;
pub mod lexicon;
pub mod messages;
pub mod review;
pub mod split;
pub mod store;
pub mod texts;
pub mod update;

use transdiff::error::{Error, Result};

/// `--jobs N`: at most N threads for the run (rayon's global pool; default one per core).
/// Output never depends on it.
pub fn set_jobs(jobs: Option<usize>) -> Result<()> {
    let Some(n) = jobs else { return Ok(()) };
    if n == 0 {
        return Err(Error::usage("--jobs 0: give at least 1 thread"));
    }
    // Only the first call in a process sets the pool; later ones (tests) keep it.
    let _ = rayon::ThreadPoolBuilder::new().num_threads(n).build_global();
    Ok(())
}
