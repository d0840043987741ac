//! Reading the texts a command line names: each file with its language and layout (from
//! [`TextOptions`]), the warning when a given language contradicts the text, the refusal of a
//! file given twice, and the bundled texts.

use crate::options::{FileOptions, TextOptions};
use std::path::{Path, PathBuf};
use transdiff::error::{Error, ErrorKind, Result};
use transdiff::lang::Lang;
use transdiff::segment::{self, SegmentOptions};
use transdiff::text::Document;

/// Reads each of `paths` (the original first) with the language and layout `options` give
/// it; first the notes for languages without rules of their own go to standard error.
pub fn read(options: &TextOptions, paths: &[PathBuf]) -> Result<Vec<Document>> {
    for note in options.language_notes() {
        eprintln!("{note}");
    }
    let files = options.per_file(paths.len())?;
    paths.iter().zip(files).map(|(path, file)| load(path, file)).collect()
}

/// Reads and segments one text file as `file` says. When a language was given and the
/// language detector is sure the text is in another, a warning naming both goes to standard
/// error (the given language is still used: the user may know better).
pub fn load(path: &Path, file: FileOptions) -> Result<Document> {
    let bytes = transdiff::io::read_file(path)?;
    read_document(path, &bytes, file.lang, file.layout)
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
    let doc = if transdiff::read::InputFormat::detect(&name, bytes) == transdiff::read::InputFormat::Pdf {
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

/// The bundled original and renderings, segmented (for `bench tui` and the tests).
#[cfg(any(test, feature = "bench"))]
pub fn bundled() -> Result<(Document, Vec<Document>)> {
    bundled_as(&[])
}

/// The bundled original and renderings, segmented as `files` say (one per text, the original
/// first; `auto` where none is given). The bundled texts name their own languages.
pub fn bundled_as(files: &[FileOptions]) -> Result<(Document, Vec<Document>)> {
    let seg = |(i, b): (usize, &transdiff::bundled::Bundled)| {
        let layout = files.get(i).map_or(segment::LayoutChoice::Auto, |f| f.layout);
        let presplit = layout == segment::LayoutChoice::PreSplit;
        segment::segment_as(
            b.path,
            b.bytes,
            &SegmentOptions { lang: Lang::from_code(b.lang), presplit },
            layout,
        )
    };
    let original = seg((0, &transdiff::bundled::ORIGINAL))?;
    let renderings = transdiff::bundled::RENDERINGS
        .iter()
        .enumerate()
        .map(|(i, b)| seg((i + 1, b)))
        .collect::<Result<Vec<_>>>()?;
    Ok((original, renderings))
}
