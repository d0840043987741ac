//! `transdiff align`: align an original with renderings and write alignment files;
//! and reading/saving JSON alignment files for the other commands.
//!
//! Everything is computed in memory first and written only when all of it
//! succeeded; each file is written atomically, so a failure never leaves a
//! half-written file behind.

#[cfg(test)]
use crate::cmd::load_document;
use crate::cmd::{align_renderings, check_distinct, lexicon, load_document_as, parse_langs, parse_layouts};
use crate::exit;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use transdiff::align::AlignOptions;
use transdiff::align::explain::Learned;
use transdiff::alignment::{Alignment, BeadKind, Verdict};
use transdiff::error::{Error, ErrorKind, Result};
use transdiff::export::{self, Format};
use transdiff::segment::sha256_hex;
use transdiff::text::{Document, Level};

const AFTER_HELP: &str = "\
Output:
  With one rendering and no --out, the alignment goes to standard output (one --format).
  With --out DIR, each rendering gets DIR/<original-stem>.<rendering-stem>.<ext> per format,
  e.g. en.original.sv.rendering.json; DIR is created if needed and files are written atomically.
  Several renderings need --out. With --from, the files are DIR/<json-stem>.<ext>.

Formats:
  json   lossless, reloadable; holds both levels (--level does not apply)
  tsv    one bead per row: source, target, kind, score, status, line ranges
  tmx    TMX 1.4 translation memory, matched and moved beads only
  beads  one sentence bead per line, [0]:[0, 1], as ../shared/bench/score.py reads
         (always sentence level)
  The schema and examples are in docs/formats.md.

When the texts do not look like an original and its translation, a warning with their
similarity goes to standard error; the files are still written (they record the verdict).

Examples:
  transdiff align texts/en.original.txt texts/nl.rendering.txt
  transdiff align texts/en.original.txt texts/sv.rendering.txt --format tsv --level sentence
  transdiff align texts/en.original.txt texts/sv.rendering.txt texts/nl.rendering.txt \\
      --out alignments --format json,tsv,tmx
  transdiff align dev.de dev.fr --presplit --lang de --lang fr --format beads
  transdiff align --from reviewed.json --format tmx --level sentence --out tm
  transdiff align texts/en.original.txt texts/nl.rendering.txt --explain

--explain prints, instead of the alignment, why each bead was paired, to standard output:
where the learned pairs come from, then one block per paragraph bead; with --level sentence,
its sentence beads indented under it:
  learned pairs: 12, from the aligner's first pass
  bead 3: match, source lines 3-3, target lines 4-4, confidence 0.93, length ratio 1.10 (texts 1.05)
    anchors: numbers 3500=3,500; words everest; cognates tokayev~tokajev (0.86); marks ?
    sentence 3.1: match, source lines 3-3, target lines 4-4, confidence 0.90, length ratio 1.08 (texts 1.05)
      anchors: numbers 3500=3,500; learned rained=regnade (0.50)
  Anchor groups: numbers, words (same word or name), cognates (similarity), dictionary
  (--lexicon pairs), learned (pairs the aligner learned from its first pass, with their
  strength), marks.

Exit codes: 0 success (also for a \"not a translation\" warning); 2 bad usage or unreadable input.";

/// Arguments of `transdiff align`.
#[derive(Debug, Args)]
#[command(after_help = AFTER_HELP)]
pub struct AlignArgs {
    /// The original text.
    #[arg(required_unless_present = "from")]
    pub original: Option<PathBuf>,
    /// One or more renderings (translations) of it.
    #[arg(required_unless_present = "from")]
    pub renderings: Vec<PathBuf>,
    /// Instead of aligning texts, write a saved JSON alignment (e.g. a review) in --format;
    /// refused when its texts have changed since.
    #[arg(long, value_name = "ALIGNMENT.json", conflicts_with_all = ["original", "renderings", "presplit", "lang"])]
    pub from: Option<PathBuf>,
    /// Write the files into DIR (created if needed) instead of standard output.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Output format; several, comma-separated or repeated, with --out.
    #[arg(long, value_enum, value_delimiter = ',', default_value = "json")]
    pub format: Vec<Format>,
    /// Beads of which level TSV and TMX list [default: paragraph; sentence for beads];
    /// with --explain, sentence also explains the sentence beads.
    #[arg(long, value_enum)]
    pub level: Option<LevelArg>,
    /// Treat every line as one sentence, without re-splitting (pre-split benchmark input).
    #[arg(long)]
    pub presplit: bool,
    /// How lines make paragraphs: auto (found region by region), lines (a line a
    /// paragraph), wrapped (lines between blank lines re-flowed), presplit; once for
    /// all files or once per file in order (`--layout lines,wrapped`).
    #[arg(long, value_name = "auto|lines|wrapped|presplit", value_delimiter = ',')]
    pub layout: Vec<String>,
    /// Language code (any ISO 639-1 or 639-3 code: en, sv, el, ru, zh, ... or `und`): once for all files, or once per file in order,
    /// repeated or comma-separated (`--lang en,sv`); detected from the text when not given.
    #[arg(long = "lang", value_name = "CODE", value_delimiter = ',')]
    pub lang: Vec<String>,
    /// Dictionaries for the aligner: auto (find installed ones), none, or a file.
    #[arg(long, value_name = "auto|none|PATH", default_value = "auto", long_help = lexicon::HELP)]
    pub lexicon: String,
    /// Instead of the alignment, print to standard output why each paragraph bead was
    /// paired: its kind, lines, confidence, length ratio and the anchors its sides share
    /// (numbers, words, cognates, dictionary pairs, learned pairs, marks); with
    /// --level sentence, each sentence bead too. One rendering only.
    #[arg(long, conflicts_with_all = ["from", "out"])]
    pub explain: bool,
    /// At most N threads (default: one per core); the output is the same whatever N.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Overrides a sentence cost weight, e.g. `--set indel=3.5` (for tuning on dev data).
    #[arg(long, value_name = "NAME=VALUE", hide = true)]
    pub set: Vec<String>,
}

/// `--level`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    /// Paragraph beads (headings, captions and bullets are paragraphs).
    Paragraph,
    /// Sentence beads.
    Sentence,
}

impl From<LevelArg> for Level {
    fn from(level: LevelArg) -> Level {
        match level {
            LevelArg::Paragraph => Level::Paragraph,
            LevelArg::Sentence => Level::Sentence,
        }
    }
}

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
    check_distinct(&files)?;
    let langs = parse_langs(&args.lang, files.len())?;
    let layouts = parse_layouts(&args.layout, files.len(), args.presplit)?;
    let source = load_document_as(original, langs[0], layouts[0])?;
    let targets = args
        .renderings
        .iter()
        .zip(langs[1..].iter().zip(&layouts[1..]))
        .map(|(path, (&lang, &layout))| load_document_as(path, lang, layout))
        .collect::<Result<Vec<_>>>()?;
    if args.explain {
        let level = args.level.map_or(Level::Paragraph, Level::from);
        return explain(&source, &targets, &args.lexicon, level);
    }
    let alignments = if args.set.is_empty() {
        align_renderings(&source, &targets, &args.lexicon)?
    } else {
        align_tuned(&source, &targets, &args.lexicon, &args.set)?
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
            eprintln!("{}", not_translation_warning(alignment));
        }
        // Untranslated passages are worth a word even without --out.
        let untranslated = transdiff::compare::untranslated::untranslated(alignment);
        if args.out.is_none() && !untranslated.is_empty() {
            eprintln!("{}: {}", alignment.target.path, untranslated_summary(&untranslated));
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
    lexicon_arg: &str,
    settings: &[String],
) -> Result<Vec<transdiff::alignment::Alignment>> {
    targets
        .iter()
        .map(|target| {
            let lexicon = lexicon::load(lexicon_arg, source.lang, target.lang)?;
            let mut options = AlignOptions { lexicon, ..AlignOptions::default() };
            for setting in settings {
                let (name, value) = setting
                    .split_once('=')
                    .and_then(|(n, v)| Some((n, v.parse::<f64>().ok()?)))
                    .ok_or_else(|| Error::usage(format!("--set {setting:?}: expected NAME=NUMBER")))?;
                options.sentence_costs_mut().set(name, value).map_err(Error::usage)?;
            }
            Ok(transdiff::align::align(source, target, &options))
        })
        .collect()
}

/// `--explain`: aligns the one rendering and prints why each paragraph bead was paired (and,
/// at sentence level, each sentence bead inside it), with the pairs the aligner learned.
fn explain(source: &Document, targets: &[Document], lexicon_arg: &str, level: Level) -> Result<ExitCode> {
    let [target] = targets else {
        return Err(Error::usage("--explain takes one rendering"));
    };
    let lexicon = lexicon::load(lexicon_arg, source.lang, target.lang)?;
    let options = AlignOptions { lexicon, ..AlignOptions::default() };
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
    let alignment = load_alignment_file(from)?;
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

/// The stderr warning for texts that do not look like translations of each other.
fn not_translation_warning(alignment: &Alignment) -> String {
    format!(
        "transdiff: warning: {} and {} do not look like an original and its translation (similarity {:.2}); the alignment pairs passages anyway, do not trust it",
        alignment.source.path, alignment.target.path, alignment.similarity
    )
}

/// `55 paragraph beads (40 match, 8 omitted, 6 added, 1 moved), similarity 0.83`.
fn summary(alignment: &Alignment) -> String {
    let count = |kind| alignment.beads.iter().filter(|b| b.kind() == kind).count();
    let untranslated = transdiff::compare::untranslated::untranslated(alignment);
    let untranslated = if untranslated.is_empty() {
        String::new()
    } else {
        format!("; {}", untranslated_summary(&untranslated))
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

/// `3 untranslated passages (lines 12-14, 20, 31-33)`: the rendering's paragraphs
/// left in the original's language or identical to it.
pub fn untranslated_summary(found: &[transdiff::compare::untranslated::Untranslated]) -> String {
    const SHOWN: usize = 8;
    let mut lines: Vec<String> = found
        .iter()
        .take(SHOWN)
        .map(|u| {
            if u.lines.0 == u.lines.1 {
                u.lines.0.to_string()
            } else {
                format!("{}-{}", u.lines.0, u.lines.1)
            }
        })
        .collect();
    if found.len() > SHOWN {
        lines.push("…".into());
    }
    let noun = if found.len() == 1 { "passage" } else { "passages" };
    format!("{} untranslated {noun} (lines {})", found.len(), lines.join(", "))
}

/// Reads a JSON alignment file, validates it, and checks that its texts have not
/// changed since: each text's recorded path is tried as given (relative to the
/// working directory, as on the command line) and relative to the alignment
/// file's directory and that directory's parents; failing those, a file beside the
/// alignment with the recorded SHA-256 is the text. One whose bytes differ gives
/// [`ErrorKind::Stale`] with a hint to realign; one found nowhere gives
/// [`ErrorKind::TextMissing`]: the check is never skipped.
pub fn load_alignment_file(path: &Path) -> Result<Alignment> {
    let bytes = transdiff::io::read_file(path)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        let offset = e.valid_up_to();
        let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
        Error::new(ErrorKind::NotUtf8 { path: path.to_path_buf(), offset, line })
    })?;
    let alignment = export::load_json(&path.display().to_string(), text)?;
    check_fresh(path, &alignment.source)?;
    check_fresh(path, &alignment.target)?;
    Ok(alignment)
}

/// Saves an alignment (e.g. with review verdicts) as JSON, atomically.
pub fn save_alignment_file(path: &Path, alignment: &Alignment) -> Result<()> {
    let mut bytes = Vec::new();
    export::write(alignment, Format::Json, Level::Paragraph, &mut bytes)?;
    transdiff::io::write_atomic(path, &bytes)
}

/// How many parent folders of the alignment file a relative text path is tried against
/// (`alignments/x.json` recording `texts/en.txt` finds `texts/en.txt` one level up).
const PARENTS_TRIED: usize = 3;

/// Errs with [`ErrorKind::Stale`] when the text `doc` was made from has changed, and with
/// [`ErrorKind::TextMissing`] when it cannot be found to check.
fn check_fresh(alignment_path: &Path, doc: &Document) -> Result<()> {
    let recorded = Path::new(&doc.path);
    let mut candidates = vec![recorded.to_path_buf()];
    if recorded.is_relative() {
        let dirs = alignment_path.parent().into_iter().flat_map(Path::ancestors).take(1 + PARENTS_TRIED);
        candidates.extend(dirs.map(|dir| dir.join(recorded)).filter(|c| !c.as_os_str().is_empty()));
    }
    candidates.dedup();
    let mut mismatch = None;
    for candidate in candidates.iter().filter(|c| c.is_file()) {
        let found = sha256_hex(&transdiff::io::read_file(candidate)?);
        if found == doc.sha256 {
            return Ok(());
        }
        mismatch.get_or_insert((candidate.clone(), found));
    }
    if let Some((text, found)) = mismatch {
        return Err(Error::new(ErrorKind::Stale {
            alignment: alignment_path.to_path_buf(),
            text,
            expected: doc.sha256.clone(),
            found,
        }));
    }
    let len: usize = doc.paragraphs.iter().map(|p| p.text.len() + 1).sum();
    if found_beside(alignment_path, doc.sha256.as_str(), len) {
        return Ok(());
    }
    Err(Error::new(ErrorKind::TextMissing {
        alignment: alignment_path.to_path_buf(),
        text: recorded.to_path_buf(),
        tried: candidates,
    }))
}

/// Whether a file in the alignment's folder has SHA-256 `sha256` (the text moved there
/// under another name). Only files of a size near the text's `len` bytes are hashed (the
/// text as read may be shorter or longer than the file: a BOM, CRLF, another encoding), so
/// a folder of other files costs little.
fn found_beside(alignment_path: &Path, sha256: &str, len: usize) -> bool {
    let dir = alignment_path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.flatten().take(10_000).any(|entry| {
        let path = entry.path();
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        path.is_file()
            && size as usize >= len / 3
            && size as usize <= len.saturating_mul(3).saturating_add(1024)
            && transdiff::io::read_file(&path).is_ok_and(|bytes| sha256_hex(&bytes) == sha256)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use transdiff::align::AlignOptions;

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

    #[test]
    fn not_translation_warning_gives_the_similarity() {
        let dir = tempfile::tempdir().unwrap();
        let (json, _) = saved_alignment(dir.path());
        let mut alignment = load_alignment_file(&json).unwrap();
        alignment.source.path = "a.txt".into();
        alignment.target.path = "b.txt".into();
        alignment.similarity = 0.0712;
        assert_eq!(
            not_translation_warning(&alignment),
            "transdiff: warning: a.txt and b.txt do not look like an original and its translation (similarity 0.07); the alignment pairs passages anyway, do not trust it"
        );
    }

    fn saved_alignment(dir: &Path) -> (PathBuf, PathBuf) {
        let source = dir.join("a.txt");
        let target = dir.join("b.txt");
        std::fs::write(&source, "One.\nTwo.\n").unwrap();
        std::fs::write(&target, "Een.\nTwee.\n").unwrap();
        let s = load_document(&source, Some(transdiff::lang::Lang::EN), false).unwrap();
        let t = load_document(&target, Some(transdiff::lang::Lang::NL), false).unwrap();
        let alignment = transdiff::align::align(&s, &t, &AlignOptions::default());
        let json = dir.join("a.b.json");
        save_alignment_file(&json, &alignment).unwrap();
        assert_eq!(load_alignment_file(&json).unwrap(), alignment);
        (json, target)
    }

    #[test]
    fn changed_text_makes_the_alignment_stale() {
        let dir = tempfile::tempdir().unwrap();
        let (json, target) = saved_alignment(dir.path());
        std::fs::write(&target, "Een.\nDrie.\n").unwrap();
        let err = load_alignment_file(&json).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Stale { .. }), "{err}");
        assert!(err.to_string().contains("realign"), "{err}");
    }

    #[test]
    fn text_is_found_relative_to_the_alignment_file() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        // Recorded paths are absolute here; make a relative-path alignment by hand.
        let (json, _) = saved_alignment(&sub);
        let mut alignment = load_alignment_file(&json).unwrap();
        alignment.source.path = "a.txt".into();
        alignment.target.path = "b.txt".into();
        save_alignment_file(&json, &alignment).unwrap();
        std::fs::write(sub.join("b.txt"), "changed\n").unwrap();
        let err = load_alignment_file(&json).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Stale { text, .. } if text == &sub.join("b.txt")), "{err}");
    }

    #[test]
    fn a_text_found_nowhere_is_refused_and_one_moved_beside_the_alignment_is_found_by_content() {
        let dir = tempfile::tempdir().unwrap();
        let (json, target) = saved_alignment(dir.path());
        let moved = dir.path().join("renamed.txt");
        std::fs::rename(&target, &moved).unwrap();
        assert_eq!(load_alignment_file(&json).unwrap().target.path, target.display().to_string());

        std::fs::remove_file(&moved).unwrap();
        let err = load_alignment_file(&json).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::TextMissing { text, .. } if text == &target), "{err}");
        assert_eq!(
            err.to_string(),
            format!(
                "{}: cannot check whether {} changed since it was aligned: it is not at {}, nor is a file with its sha256 beside the alignment\n  hint: run from the folder the alignment was made in, or put the text beside the alignment file",
                json.display(),
                target.display(),
                target.display()
            )
        );
    }

    #[test]
    fn a_relative_text_is_found_from_a_parent_of_the_alignment_folder() {
        let dir = tempfile::tempdir().unwrap();
        let texts = dir.path().join("texts");
        let saved = dir.path().join("alignments");
        std::fs::create_dir_all(&texts).unwrap();
        std::fs::create_dir_all(&saved).unwrap();
        let (json, _) = saved_alignment(&texts);
        let mut alignment = load_alignment_file(&json).unwrap();
        alignment.source.path = "texts/a.txt".into();
        alignment.target.path = "texts/b.txt".into();
        let json = saved.join("a.b.json");
        save_alignment_file(&json, &alignment).unwrap();
        assert_eq!(load_alignment_file(&json).unwrap(), alignment);
    }
}
