//! `--lexicon auto|none|PATH`: finding and loading bilingual dictionaries for the aligner.
//!
//! PLACEHOLDER until the lexicon lands: always an empty lexicon.

use transdiff::error::Result;
use transdiff::lang::Lang;
use transdiff::lexicon::Lexicon;

/// Loads the dictionaries that `--lexicon VALUE` names for aligning `source` to `target`.
pub fn load(_value: &str, _source: Lang, _target: Lang) -> Result<Lexicon> {
    Ok(Lexicon::new())
}
