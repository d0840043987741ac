//! Export: an [`Alignment`] → JSON (lossless), TSV, TMX or benchmark beads; and JSON back.
//!
//! PLACEHOLDER until the writers land.

use crate::alignment::Alignment;
use crate::error::{Error, Result};
use crate::text::Level;
use std::io::Write;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// transdiff's own lossless, reloadable alignment file.
    Json,
    /// One bead per row: source text, target text, kind, score.
    Tsv,
    /// TMX 1.4 translation memory, matched beads only.
    Tmx,
    /// One bead per line, `[0]:[0, 1]`, as the benchmark scorer reads.
    Beads,
}

impl Format {
    /// The file extension for this format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Tsv => "tsv",
            Format::Tmx => "tmx",
            Format::Beads => "beads",
        }
    }
}

/// Writes `alignment` at `level` in `format`.
pub fn write<W: Write>(_alignment: &Alignment, _format: Format, _level: Level, _out: W) -> Result<()> {
    Err(Error::usage("export is not built yet"))
}

/// Reads an alignment written by [`write`] in JSON; `path` is for messages.
pub fn load_json(_path: &str, _text: &str) -> Result<Alignment> {
    Err(Error::usage("loading alignments is not built yet"))
}
