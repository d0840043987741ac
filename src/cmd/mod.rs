//! The commands: the top of the pipeline, where files are read and written.

pub mod align;
pub mod bench;
pub mod bilingual;
pub mod figures;
pub mod lexicon;
pub mod review;
pub mod split;

use crate::cli::{Cli, Command};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use transdiff::align::{AlignOptions, align};
use transdiff::alignment::Alignment;
use transdiff::error::{Error, ErrorKind, Result};
use transdiff::lang::Lang;
use transdiff::segment::{self, SegmentOptions};
use transdiff::text::Document;

/// Runs one command.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Align(args) => align::run(args),
        Command::Split(args) => split::run(args),
        Command::Figures(args) => figures::run(args),
        Command::Review(args) => review::run(args),
        Command::Bench(args) => bench::run(args),
    }
}

/// Reads and segments one text file.
pub fn load_document(path: &Path, lang: Option<Lang>, presplit: bool) -> Result<Document> {
    let bytes = transdiff::io::read_file(path)?;
    let name = path.display().to_string();
    let options = SegmentOptions { lang, presplit };
    if transdiff::read::Format::detect(&name, &bytes) == transdiff::read::Format::Pdf {
        // PDF text comes from poppler's pdftotext, run here at the file-system edge.
        let text = transdiff::io::pdf_text(path)?;
        return transdiff::read::pdf::document(&name, &bytes, &text, &options);
    }
    segment::segment(&name, &bytes, &options)
}

/// Refuses a list of files that names the same file twice.
pub fn check_distinct(paths: &[PathBuf]) -> Result<()> {
    let mut seen: Vec<PathBuf> = Vec::new();
    for path in paths {
        let canonical = path.canonicalize().map_err(|e| Error::io(path, "read", e))?;
        if seen.contains(&canonical) {
            return Err(Error::new(ErrorKind::SameFile { path: path.clone() }));
        }
        seen.push(canonical);
    }
    Ok(())
}

/// Parses `--lang` values: one code for all files, or one per file in order.
pub fn parse_langs(codes: &[String], files: usize) -> Result<Vec<Option<Lang>>> {
    let langs = codes
        .iter()
        .map(|c| {
            Lang::from_code(c).ok_or_else(|| {
                Error::usage(format!(
                    "--lang {c:?}: unknown language code; expected one of: {}",
                    Lang::known_codes().collect::<Vec<_>>().join(", ")
                ))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    match langs.len() {
        0 => Ok(vec![None; files]),
        n if n == files => Ok(langs.into_iter().map(Some).collect()),
        n => Err(Error::usage(format!(
            "--lang was given {n} times for {files} files; give it once per file, in the same order"
        ))),
    }
}

/// Aligns each rendering to the original with the dictionaries `--lexicon VALUE` names for that
/// language pair, so `align`, `figures` and `review` pair the same texts alike.
pub fn align_renderings(
    original: &Document,
    renderings: &[Document],
    lexicon: &str,
) -> Result<Vec<Alignment>> {
    renderings
        .iter()
        .map(|rendering| {
            let lexicon = lexicon::load(lexicon, original.lang, rendering.lang)?;
            Ok(align(original, rendering, &AlignOptions { lexicon, ..AlignOptions::default() }))
        })
        .collect()
}
