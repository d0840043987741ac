//! Export: an [`Alignment`] → JSON (lossless), TSV, TMX or benchmark beads; and JSON back.
//!
//! Each format has its own module and writes into any [`Write`], so tests can
//! write into a `Vec<u8>` and compare the exact bytes. Writers do no file I/O:
//! the commands write the bytes atomically (see [`crate::io::write_atomic`]).
//! The formats are described, with examples, in `docs/formats.md`.

mod beads;
mod json;
mod tmx;
mod tsv;
pub mod xliff;

pub use json::{FORMAT_NAME, VERSION, validate};

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
///
/// JSON holds both levels and ignores `level`; the beads format always lists
/// sentence beads (the benchmark scores sentences) and ignores it too. An
/// alignment that breaks the invariants [`validate`] checks is refused rather
/// than written, so every JSON file written can be read back.
///
/// ```
/// use transdiff::export::{self, Format};
/// use transdiff::segment::{segment, SegmentOptions};
/// use transdiff::text::Level;
///
/// let options = SegmentOptions { lang: Some(transdiff::lang::Lang::EN), presplit: true };
/// let source = segment("a.txt", b"One.\nTwo.\n", &options).unwrap();
/// let target = segment("b.txt", b"Een.\nTwee.\n", &options).unwrap();
/// let alignment = transdiff::align::align(&source, &target, &Default::default());
/// let mut out = Vec::new();
/// export::write(&alignment, Format::Beads, Level::Sentence, &mut out).unwrap();
/// assert_eq!(String::from_utf8(out).unwrap(), "[0]:[0]\n[1]:[1]\n");
/// ```
pub fn write<W: Write>(alignment: &Alignment, format: Format, level: Level, out: W) -> Result<()> {
    validate(alignment)
        .map_err(|message| Error::usage(format!("cannot export an inconsistent alignment: {message}")))?;
    match format {
        Format::Json => json::write(alignment, out),
        Format::Tsv => tsv::write(alignment, level, out),
        Format::Tmx => tmx::write(alignment, level, out),
        Format::Beads => beads::write(alignment, out),
    }
}

/// Reads an alignment written by [`write`] in JSON; `path` is for messages.
///
/// Refuses, with the file, line and column where it can: malformed JSON, a
/// `format` other than `transdiff-alignment`, a `version` newer than
/// [`VERSION`] ([`crate::error::ErrorKind::Version`]), unknown fields, and
/// content that breaks the alignment's invariants (naming the bead).
pub fn load_json(path: &str, text: &str) -> Result<Alignment> {
    json::load(path, text)
}

/// The bead kind as every export format writes it.
fn kind_name(kind: crate::alignment::BeadKind) -> &'static str {
    use crate::alignment::BeadKind::*;
    match kind {
        Match => "match",
        Omitted => "omitted",
        Added => "added",
        Moved => "moved",
    }
}

/// Maps a write error on an in-memory or streamed output to an [`Error`].
fn write_error(e: std::io::Error) -> Error {
    Error::io("<output>", "write", e)
}

/// The text of the units `units` at `level` on one side, joined for a one-line cell:
/// sentences of one paragraph with a space, different paragraphs with a newline.
fn joined_text(doc: &crate::text::Document, level: Level, units: &[usize], paragraph_sep: &str) -> String {
    let mut text = String::new();
    let mut last_paragraph = None;
    for &i in units {
        let paragraph = match level {
            Level::Paragraph => i,
            Level::Sentence => doc.sentences[i].paragraph,
        };
        if last_paragraph.is_some() {
            text.push_str(if last_paragraph == Some(paragraph) { " " } else { paragraph_sep });
        }
        text.push_str(doc.unit_text(level, i));
        last_paragraph = Some(paragraph);
    }
    text
}
