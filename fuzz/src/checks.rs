//! What each fuzz target does with one input, shared by the targets (`src/bin/*`) and by
//! the main crate's `tests/text/fuzz.rs`, which replays the committed corpora and
//! the inputs the fuzzer found through these same functions.
//!
//! Each function panics only when the library broke a promise: a panic inside the
//! library, or a result that callers could not use.

use std::path::Path;
use transdiff::compare::{compare, matching, parse_figures};
use transdiff::export::{Format, load_json, write};
use transdiff::lang::Lang;
use transdiff::lexicon::freedict::{self, DictFiles, Direction};
use transdiff::lexicon::{Normalizer, hunalign};
use transdiff::segment::{SegmentOptions, segment as segment_file};
use transdiff::text::Level;

/// The languages a target cycles through, chosen by bits of the control byte.
const LANGS: [Option<Lang>; 6] =
    [None, Some(Lang::EN), Some(Lang::SV), Some(Lang::NL), Some(Lang::DE), Some(Lang::FR)];

/// How many figures of each half of the text [`figures`] pairs up.
const PAIRED: usize = 32;

fn lang(byte: u8) -> Option<Lang> {
    LANGS[usize::from(byte) % LANGS.len()]
}

/// Splits `data` into a control byte and the rest.
fn control(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((&first, rest)) => (first, rest),
        None => (0, data),
    }
}

/// The decoder and segmenter: any bytes give a Document or an Err, every sentence maps
/// back into the file, and the paragraphs' sentence ranges tile the sentences.
///
/// Input: one control byte (bit 0: `--presplit`; the rest: the language), then the file.
pub fn segment(data: &[u8]) {
    let (control, bytes) = control(data);
    let options = SegmentOptions { lang: lang(control >> 1), presplit: control & 1 == 1 };
    let Ok(doc) = segment_file("fuzz.txt", bytes, &options) else { return };
    // The paragraphs' sentence ranges follow each other and cover every sentence.
    let mut next = 0;
    for paragraph in &doc.paragraphs {
        assert_eq!(paragraph.sentences.start, next, "sentence ranges of paragraphs out of step");
        next = paragraph.sentences.end;
    }
    assert_eq!(next, doc.sentences.len());
    for (i, sentence) in doc.sentences.iter().enumerate() {
        assert!(sentence.bytes.start <= sentence.bytes.end && sentence.bytes.end <= bytes.len());
        assert!(doc.paragraphs[sentence.paragraph].sentences.contains(&i));
        let _ = doc.sentence_text(i);
        let _ = doc.sentence_line(i);
    }
}

/// The figure parser: figures' spans lie on the text's char boundaries, in text order
/// without overlap, and matching
/// the figures of the first half against the second (as an original's against a
/// rendering's) never panics.
///
/// Input: one control byte (the language), then UTF-8 text (other input is skipped).
pub fn figures(data: &[u8]) {
    let (control, bytes) = control(data);
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let figures = parse_figures(text, lang(control).unwrap_or(Lang::UND));
    let mut end = 0;
    for figure in &figures {
        assert!(text.get(figure.span.clone()).is_some(), "span {:?} off the text", figure.span);
        // In text order, each figure after the last.
        assert!(figure.span.start >= end, "span {:?} overlaps the figure before", figure.span);
        end = figure.span.end;
    }
    // Pairing is quadratic by nature; a few dozen a side are enough to exercise it and
    // keep each run short whatever the text's length.
    let half = figures.len() / 2;
    for a in figures[..half].iter().take(PAIRED) {
        for b in figures[half..].iter().take(PAIRED) {
            let _ = (matching::agree(a, b), matching::agree_strictly(a, b), matching::related(a, b));
        }
    }
}

/// The alignment-JSON loader: any text loads or is refused with an Err, and what loads
/// can be compared, exported in every format and, written again, reloaded.
///
/// Input: the file.
pub fn json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(alignment) = load_json("fuzz.json", text) else { return };
    let _ = compare(&alignment);
    for format in [Format::Json, Format::Tsv, Format::Tmx, Format::Beads] {
        for level in [Level::Paragraph, Level::Sentence] {
            let mut out = Vec::new();
            if let Err(e) = write(&alignment, format, level, &mut out) {
                panic!("a loaded alignment fails to export as {format:?}: {e}");
            }
            if format == Format::Json && level == Level::Paragraph {
                let Ok(again) = String::from_utf8(out) else { panic!("the JSON export is not UTF-8") };
                if let Err(e) = load_json("again.json", &again) {
                    panic!("a loaded alignment, written again, fails to reload: {e}");
                }
            }
        }
    }
}

/// The dictionary readers: any bytes read as a hunalign or a FreeDict (dictd)
/// dictionary give a Lexicon or an Err.
///
/// Input: one control byte (bit 0: hunalign or FreeDict; bit 1: direction; bits 2-4 and
/// 5-7: the two languages), then for hunalign the file, for FreeDict the `.index`, a
/// NUL byte, and the `.dict` (plain or gzip).
pub fn dict(data: &[u8]) {
    let (control, bytes) = control(data);
    let source = Normalizer::new(lang((control >> 2) & 7).unwrap_or(Lang::UND));
    let target = Normalizer::new(lang(control >> 5).unwrap_or(Lang::UND));
    if control & 1 == 0 {
        let _ = hunalign::parse(Path::new("fuzz.dic"), bytes, &source, &target);
        return;
    }
    let (index, dict) = match bytes.iter().position(|&b| b == 0) {
        Some(nul) => (&bytes[..nul], &bytes[nul + 1..]),
        None => (bytes, &[][..]),
    };
    let files =
        DictFiles { index_path: Path::new("fuzz.index"), index, dict_path: Path::new("fuzz.dict.dz"), dict };
    let direction = if control & 2 == 0 { Direction::Forward } else { Direction::Reversed };
    let _ = freedict::read(&files, "freedict:fuzz", &source, &target, direction);
}
