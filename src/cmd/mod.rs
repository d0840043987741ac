//! The commands: the top of the pipeline, where files are read and written.

pub mod align;
pub mod batch;
#[cfg(feature = "bench")]
pub mod bench;
pub mod bilingual;
pub mod cache;
pub mod figures;
pub mod lexicon;
pub mod review;
pub mod split;
pub mod update;

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
        #[cfg(feature = "bench")]
        Command::Bench(args) => bench::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Update(args) => update::run(args),
    }
}

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

/// Reads and segments one text file. When `lang` was given and the language detector is
/// sure the text is in another language, a warning naming both goes to standard error
/// (the given language is still used: the user may know better).
pub fn load_document(path: &Path, lang: Option<Lang>, presplit: bool) -> Result<Document> {
    let bytes = transdiff::io::read_file(path)?;
    let layout = if presplit { segment::LayoutChoice::PreSplit } else { segment::LayoutChoice::Auto };
    read_document(path, &bytes, lang, layout)
}

/// The warning for a `--lang` the text contradicts, if the detector is sure of another language.
///
/// Paragraphs are read one by one (the first 8,000 characters' worth): the warning needs four
/// fifths of the sampled text surely in one other language and no paragraph surely in the
/// given one, so a translation that leaves most passages in the original's language (a partly
/// translated man page) is not taken for a wrong `--lang`; those passages are reported as
/// untranslated instead.
pub fn contradiction(doc: &Document, given: Lang) -> Option<String> {
    if given == Lang::UND {
        return None;
    }
    let mut weights: Vec<(Lang, usize)> = Vec::new();
    let (mut total, mut sampled) = (0usize, 0usize);
    for paragraph in &doc.paragraphs {
        if sampled >= 8000 {
            break;
        }
        let letters = paragraph.text.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 40 {
            continue;
        }
        sampled += paragraph.text.len();
        total += letters;
        if let Some(lang) = Lang::detect_sure(&paragraph.text) {
            let lang = if same_macrolanguage(lang, given) { given } else { lang };
            match weights.iter_mut().find(|(l, _)| *l == lang) {
                Some((_, w)) => *w += letters,
                None => weights.push((lang, letters)),
            }
        }
    }
    let share = |lang: Lang| weights.iter().find(|(l, _)| *l == lang).map_or(0, |(_, w)| *w);
    let &(detected, weight) = weights.iter().max_by_key(|(_, w)| *w)?;
    if detected == given || share(given) > 0 || weight * 5 < total * 4 {
        return None;
    }
    Some(format!(
        "warning: {}: --lang {} ({}) was given, but the text reads as {} ({}); using {}\n  hint: check the order of --lang values (one per file, original first) or leave --lang out to detect it",
        doc.path,
        given,
        given.name(),
        detected,
        detected.name(),
        given
    ))
}

/// Languages the detector cannot tell apart reliably, or that are one language under two codes.
fn same_macrolanguage(a: Lang, b: Lang) -> bool {
    let group = |l: Lang| match l.code() {
        "no" | "nb" | "nn" | "da" => "scandinavian",
        "hr" | "sr" | "bs" | "sh" | "cnr" => "bcms",
        "ms" | "id" | "zsm" => "malay",
        "zh" | "cmn" | "yue" => "chinese",
        "fa" | "prs" | "pes" => "persian",
        "et" | "ekk" => "estonian",
        other => other,
    };
    group(a) == group(b)
}

/// Reads and segments one text file with the layout `--layout` chose for it.
pub fn load_document_as(path: &Path, lang: Option<Lang>, layout: segment::LayoutChoice) -> Result<Document> {
    let bytes = transdiff::io::read_file(path)?;
    read_document(path, &bytes, lang, layout)
}

/// Segments the bytes of the file at `path` (a text, or a document by its format; PDF text
/// comes from poppler's pdftotext, run here at the file-system edge), warning when `lang`
/// contradicts the detected language.
fn read_document(
    path: &Path,
    bytes: &[u8],
    lang: Option<Lang>,
    layout: segment::LayoutChoice,
) -> Result<Document> {
    let name = path.display().to_string();
    let options = SegmentOptions { lang, presplit: layout == segment::LayoutChoice::PreSplit };
    let doc = if transdiff::read::Format::detect(&name, bytes) == transdiff::read::Format::Pdf {
        let text = transdiff::io::pdf_text(path)?;
        transdiff::read::pdf::document(&name, bytes, &text, &options, layout)?
    } else {
        segment::segment_as(&name, bytes, &options, layout)?
    };
    if let Some(given) = lang
        && let Some(warning) = contradiction(&doc, given)
    {
        eprintln!("{warning}");
    }
    Ok(doc)
}

/// Parses `--layout` values: one for all files, or one per file in order; `presplit`
/// (the `--presplit` flag) makes every file pre-split.
pub fn parse_layouts(values: &[String], files: usize, presplit: bool) -> Result<Vec<segment::LayoutChoice>> {
    let choices = values
        .iter()
        .map(|v| {
            segment::LayoutChoice::parse(v).ok_or_else(|| {
                Error::usage(format!(
                    "--layout {v:?}: unknown layout; expected one of: {}",
                    segment::LayoutChoice::NAMES
                ))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    if presplit {
        return Ok(vec![segment::LayoutChoice::PreSplit; files]);
    }
    match choices.len() {
        0 => Ok(vec![segment::LayoutChoice::Auto; files]),
        1 => Ok(vec![choices[0]; files]),
        n if n == files => Ok(choices),
        n => Err(Error::usage(format!(
            "--layout was given {n} times for {files} files; give it once for all files, or once per file in the same order"
        ))),
    }
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

/// Parses `--lang` values: one code for all files, or one per file in order. Any ISO 639-1
/// or 639-3 code (and `und`) is accepted; a language transdiff has no rules of its own for
/// gets a note on standard error (once per code) and the generic rules of its script.
pub fn parse_langs(codes: &[String], files: usize) -> Result<Vec<Option<Lang>>> {
    let langs = codes
        .iter()
        .map(|c| {
            Lang::from_code(c).ok_or_else(|| {
                Error::usage(format!(
                    "--lang {c:?}: unknown language code: not an ISO 639-1 or 639-3 code; expected e.g. en, sv, el, ru, zh, kk or `und` (unknown)"
                ))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let mut noted: Vec<Lang> = Vec::new();
    for &lang in &langs {
        if !lang.has_own_rules() && lang != Lang::UND && !noted.contains(&lang) {
            noted.push(lang);
            eprintln!("{}", generic_note(lang));
        }
    }
    match langs.len() {
        0 => Ok(vec![None; files]),
        1 => Ok(vec![Some(langs[0]); files]),
        n if n == files => Ok(langs.into_iter().map(Some).collect()),
        n => Err(Error::usage(format!(
            "--lang was given {n} times for {files} files; give it once for all files, or once per file in the same order"
        ))),
    }
}

/// The note for a language without rules of its own.
pub fn generic_note(lang: Lang) -> String {
    format!(
        "note: --lang {lang} ({}): transdiff has no rules of its own for this language; it is segmented, stemmed and compared with the generic rules of its script",
        lang.name()
    )
}

/// Aligns each rendering to the original with the dictionaries `--lexicon VALUE` names for that
/// language pair, so `align`, `figures` and `review` pair the same texts alike.
pub fn align_renderings(
    original: &Document,
    renderings: &[Document],
    lexicon: &str,
) -> Result<Vec<Alignment>> {
    use rayon::prelude::*;
    // Dictionaries load in the renderings' order, so their notes print in that order on every
    // run (and a failure names the first pair that fails); the renderings then align on all
    // cores, and collect keeps their order.
    let lexicons = renderings
        .iter()
        .map(|r| lexicon::load(lexicon, original.lang, r.lang))
        .collect::<Result<Vec<_>>>()?;
    Ok(renderings
        .par_iter()
        .zip(lexicons)
        .map(|(rendering, lexicon)| {
            align(original, rendering, &AlignOptions { lexicon, ..AlignOptions::default() })
        })
        .collect())
}
