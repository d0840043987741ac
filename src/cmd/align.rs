//! `transdiff align`: align an original with renderings and write alignment files (or write
//! a saved alignment in other formats).
//!
//! Everything is computed in memory first and written only when all of it
//! succeeded; each file is written atomically, so a failure never leaves a
//! half-written file behind.

use crate::cli::{AlignArgs, LevelArg};
use crate::cmd::aligner::Aligner;
use crate::cmd::{messages, store, texts};
use crate::exit;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use transdiff::align::explain::Learned;
use transdiff::alignment::{Alignment, BeadKind, Verdict};
use transdiff::error::{Error, Result};
use transdiff::export::{self, Format};
use transdiff::text::{Document, Level};

/// One output: where it goes and its bytes.
struct Output {
    path: Option<PathBuf>,
    bytes: Vec<u8>,
}

/// Runs `transdiff align`.
pub fn run(args: AlignArgs) -> Result<ExitCode> {
    crate::cmd::set_jobs(args.jobs)?;
    let formats = distinct(&args.format);
    let level = level_for(args.level, &formats)?;
    if args.out.is_none() && formats.len() > 1 {
        return Err(Error::usage(
            "several formats given without --out; standard output takes one\n  hint: add --out DIR, or give one --format",
        ));
    }
    match (&args.original, &args.from) {
        (Some(original), None) => align_texts(&args, original, &formats, level),
        _ => reexport(&args, &formats, level),
    }
}

/// Aligns ORIGINAL with each RENDERING and writes the formats asked for.
fn align_texts(args: &AlignArgs, original: &Path, formats: &[Format], level: Level) -> Result<ExitCode> {
    if args.explain && args.renderings.len() > 1 {
        return Err(Error::usage(format!(
            "--explain takes one rendering, {} given\n  hint: run it once per rendering",
            args.renderings.len()
        )));
    }
    if args.out.is_none() && args.renderings.len() > 1 {
        return Err(Error::usage(format!(
            "{} renderings given without --out; standard output takes one alignment\n  hint: add --out DIR to write one file per rendering",
            args.renderings.len()
        )));
    }
    let mut files = vec![original.to_path_buf()];
    files.extend(args.renderings.iter().cloned());
    texts::check_distinct(&files)?;
    let options = args.text_options();
    let mut docs = texts::read(&options, &files)?.into_iter();
    let source = docs.next().ok_or_else(|| Error::usage("no original given"))?;
    let targets: Vec<Document> = docs.collect();
    let aligner = Aligner::new(options.lexicon);
    if args.explain {
        let level = args.level.map_or(Level::Paragraph, Level::from);
        return explain(&source, &targets, &aligner, level);
    }
    let alignments = if args.set.is_empty() {
        aligner.align_all(&source, &targets)?
    } else {
        align_tuned(&source, &targets, &aligner, &args.set)?
    };

    let mut outputs = Vec::new();
    for (alignment, rendering) in alignments.iter().zip(&args.renderings) {
        for &format in formats {
            let mut bytes = Vec::new();
            export::write(alignment, format, level, &mut bytes)?;
            let path = args.out.as_ref().map(|dir| dir.join(output_name(original, rendering, format)));
            outputs.push(Output { path, bytes });
        }
    }
    check_outputs(&outputs, &files)?;

    for alignment in &alignments {
        if alignment.verdict == Verdict::NotTranslation {
            eprintln!("transdiff: {}", messages::not_translation(alignment));
        }
        // Untranslated passages are worth a word even without --out.
        let untranslated = transdiff::compare::untranslated::untranslated(alignment);
        if args.out.is_none() && !untranslated.is_empty() {
            eprintln!("{}: {}", alignment.target.path, messages::untranslated_summary(&untranslated));
        }
    }
    emit(args.out.as_deref(), &outputs)?;
    if let Some(dir) = &args.out {
        for (alignment, rendering) in alignments.iter().zip(&args.renderings) {
            let names: Vec<String> = formats
                .iter()
                .map(|&f| dir.join(output_name(original, rendering, f)).display().to_string())
                .collect();
            eprintln!("{}: {}", names.join(", "), summary(alignment));
        }
    }
    Ok(ExitCode::from(exit::SUCCESS))
}

/// Aligns each rendering with the sentence weights `settings` (`NAME=VALUE`) changed.
fn align_tuned(
    source: &Document,
    targets: &[Document],
    aligner: &Aligner,
    settings: &[(String, f64)],
) -> Result<Vec<transdiff::alignment::Alignment>> {
    targets
        .iter()
        .map(|target| {
            let mut options = (*aligner.options(source.lang, target.lang)?).clone();
            for (name, value) in settings {
                options.sentence_costs_mut().set(name, *value).map_err(Error::usage)?;
            }
            Ok(transdiff::align::align(source, target, &options))
        })
        .collect()
}

/// `--explain`: aligns the one rendering and prints why each paragraph bead was paired (and,
/// at sentence level, each sentence bead inside it), with the pairs the aligner learned.
fn explain(source: &Document, targets: &[Document], aligner: &Aligner, level: Level) -> Result<ExitCode> {
    let [target] = targets else {
        return Err(Error::usage("--explain takes one rendering"));
    };
    let options = aligner.options(source.lang, target.lang)?;
    let (alignment, learned) = transdiff::align::align_with_learned(source, target, &options);
    let learned = if options.learn { Learned::FirstPass(learned) } else { Learned::Off };
    let explanations = transdiff::align::explain::explain_with(&alignment, &options, &learned, level);
    let text = transdiff::align::explain::render(&explanations);
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).map_err(|e| Error::io("<standard output>", "write", e))?;
    stdout.flush().map_err(|e| Error::io("<standard output>", "write", e))?;
    Ok(ExitCode::from(exit::SUCCESS))
}

/// `--from ALIGNMENT.json`: writes a saved alignment in the formats asked for,
/// to `DIR/<json-stem>.<ext>` or standard output.
fn reexport(args: &AlignArgs, formats: &[Format], level: Level) -> Result<ExitCode> {
    let Some(from) = &args.from else {
        return Err(Error::usage("give an ORIGINAL and its RENDERINGs, or --from ALIGNMENT.json"));
    };
    let alignment = store::load(from)?;
    let stem = from.file_stem().map_or_else(|| "alignment".into(), |s| s.to_string_lossy().into_owned());
    let mut outputs = Vec::new();
    for &format in formats {
        let mut bytes = Vec::new();
        export::write(&alignment, format, level, &mut bytes)?;
        let path = args.out.as_ref().map(|dir| dir.join(format!("{stem}.{}", format.extension())));
        outputs.push(Output { path, bytes });
    }
    check_outputs(&outputs, std::slice::from_ref(from))?;
    emit(args.out.as_deref(), &outputs)?;
    Ok(ExitCode::from(exit::SUCCESS))
}

/// Writes each output atomically into `out` (created if needed), or all to standard output.
fn emit(out: Option<&Path>, outputs: &[Output]) -> Result<()> {
    match out {
        Some(dir) => {
            ensure_out_dir(dir)?;
            for output in outputs {
                if let Some(path) = &output.path {
                    transdiff::io::write_atomic(path, &output.bytes)?;
                }
            }
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            for output in outputs {
                stdout.write_all(&output.bytes).map_err(|e| Error::io("<standard output>", "write", e))?;
            }
            stdout.flush().map_err(|e| Error::io("<standard output>", "write", e))?;
        }
    }
    Ok(())
}

/// The formats in the order first given, without repeats.
fn distinct(formats: &[Format]) -> Vec<Format> {
    let mut out: Vec<Format> = Vec::new();
    for &f in formats {
        if !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// The level TSV and TMX list. The beads format is always sentence level, so
/// asking it for paragraphs is refused rather than silently ignored.
fn level_for(level: Option<LevelArg>, formats: &[Format]) -> Result<Level> {
    if level == Some(LevelArg::Paragraph) && formats.contains(&Format::Beads) {
        return Err(Error::usage(
            "--format beads lists sentence beads only (the benchmark scores sentences); drop --level paragraph",
        ));
    }
    Ok(level.map_or(Level::Paragraph, Level::from))
}

/// `<original-stem>.<rendering-stem>.<ext>`, e.g. `en.original.sv.rendering.json`.
pub fn output_name(original: &Path, rendering: &Path, format: Format) -> String {
    let stem =
        |p: &Path| p.file_stem().map_or_else(|| "text".to_string(), |s| s.to_string_lossy().into_owned());
    format!("{}.{}.{}", stem(original), stem(rendering), format.extension())
}

/// Refuses outputs that would overwrite each other or an input.
fn check_outputs(outputs: &[Output], inputs: &[PathBuf]) -> Result<()> {
    let inputs: Vec<PathBuf> = inputs.iter().filter_map(|p| p.canonicalize().ok()).collect();
    let mut seen: Vec<&Path> = Vec::new();
    for path in outputs.iter().filter_map(|o| o.path.as_deref()) {
        if seen.contains(&path) {
            return Err(Error::usage(format!(
                "{}: two renderings have the same file name, so their alignments would overwrite each other\n  hint: rename one, or align them in separate runs with different --out",
                path.display()
            )));
        }
        if path.canonicalize().is_ok_and(|c| inputs.contains(&c)) {
            return Err(Error::usage(format!(
                "{}: writing there would overwrite an input text\n  hint: choose another --out",
                path.display()
            )));
        }
        seen.push(path);
    }
    Ok(())
}

/// Creates the output directory, with a clear error when it is a file or cannot be made.
fn ensure_out_dir(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::usage(format!(
            "{}: --out names a file, not a directory\n  hint: give a directory (it is created if missing)",
            dir.display()
        )));
    }
    transdiff::io::ensure_dir(dir)
}

/// `55 paragraph beads (40 match, 8 omitted, 6 added, 1 moved), similarity 0.83`.
fn summary(alignment: &Alignment) -> String {
    let count = |kind| alignment.beads.iter().filter(|b| b.kind() == kind).count();
    let untranslated = transdiff::compare::untranslated::untranslated(alignment);
    let untranslated = if untranslated.is_empty() {
        String::new()
    } else {
        format!("; {}", messages::untranslated_summary(&untranslated))
    };
    format!(
        "{} paragraph beads ({} match, {} omitted, {} added, {} moved), {} sentence beads, similarity {:.2}{untranslated}",
        alignment.beads.len(),
        count(BeadKind::Match),
        count(BeadKind::Omitted),
        count(BeadKind::Added),
        count(BeadKind::Moved),
        alignment.beads_at(Level::Sentence).len(),
        alignment.similarity
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names_join_both_stems() {
        assert_eq!(
            output_name(Path::new("texts/en.original.txt"), Path::new("texts/sv.rendering.txt"), Format::Tmx),
            "en.original.sv.rendering.tmx"
        );
        assert_eq!(output_name(Path::new("a"), Path::new("dir/b.txt"), Format::Beads), "a.b.beads");
    }

    #[test]
    fn beads_refuse_paragraph_level() {
        assert!(level_for(Some(LevelArg::Paragraph), &[Format::Json, Format::Beads]).is_err());
        assert_eq!(level_for(None, &[Format::Beads]).unwrap(), Level::Paragraph);
        assert_eq!(level_for(Some(LevelArg::Sentence), &[Format::Tsv]).unwrap(), Level::Sentence);
    }
}
