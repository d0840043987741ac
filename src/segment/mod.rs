//! Segmentation: the bytes of a file → a [`Document`] of paragraphs and sentences.
//!
//! ```text
//! bytes ─decode─▶ lines ─layout─▶ Web | HardWrapped | PreSplit
//!       ─paragraph─▶ blocks (re-flowed, de-hyphenated) ─kind─▶ heading, caption, bullet, chrome, body
//!       ─sentence─▶ sentence ranges (UAX #29, corrected) ─▶ Document
//! ```
//!
//! - `decode`: BOM, UTF-16, binary data, invalid UTF-8 (with offset and line),
//!   empty files; "\n", "\r\n" and lone "\r" line ends.
//! - `layout`: web text (a line a paragraph) or hard-wrapped text (PDF extraction).
//! - `paragraph`: lines into paragraphs, joining hyphens broken at line ends.
//! - `kind`: what each paragraph is.
//! - `sentence`: the sentence splitter, with per-language abbreviations (`abbrev`).
//!
//! Everything is linear in the file's length; nothing here panics on any input.

mod abbrev;
mod decode;
mod kind;
mod layout;
mod paragraph;
mod sentence;

pub use layout::LayoutChoice;
pub use sentence::split_sentences;

use crate::error::Result;
use crate::lang::Lang;
use crate::text::{Document, Layout, Paragraph, ParagraphKind, Sentence};
use layout::Wrap;
use sha2::{Digest, Sha256};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// How to segment a file.
#[derive(Clone, Debug, Default)]
pub struct SegmentOptions {
    /// The language, when the user named it; detected from the text otherwise.
    pub lang: Option<Lang>,
    /// Treat every non-empty line as one sentence, without re-splitting.
    pub presplit: bool,
}

/// Segments the bytes of the file at `path` (used in messages and recorded in the document).
///
/// ```
/// use transdiff::segment::{segment, SegmentOptions};
/// use transdiff::text::{Layout, ParagraphKind};
/// let bytes = "Leadership vacuum\n\nMr. Tokayev spoke. Nobody listened.\n".as_bytes();
/// let doc = segment("memo.txt", bytes, &SegmentOptions::default()).unwrap();
/// assert_eq!(doc.layout, Layout::Web);
/// assert_eq!(doc.paragraphs[0].kind, ParagraphKind::Heading);
/// assert_eq!(doc.paragraphs[1].lines, (3, 3));
/// assert_eq!(doc.sentence_text(1), "Mr. Tokayev spoke.");
/// assert_eq!(doc.sentences[2].bytes, 38..54);
/// ```
pub fn segment(path: &str, bytes: &[u8], options: &SegmentOptions) -> Result<Document> {
    let choice = if options.presplit { LayoutChoice::PreSplit } else { LayoutChoice::Auto };
    segment_as(path, bytes, options, choice)
}

/// Segments like [`segment`] with the layout `choice` (`--layout`): found region by
/// region (`Auto`), or forced for the whole file. `options.presplit` wins over `choice`.
///
/// ```
/// use transdiff::segment::{segment_as, LayoutChoice, SegmentOptions};
/// use transdiff::text::ParagraphKind;
/// let bytes = "    A paragraph indented\n    and wrapped.\n\n    +---+---+\n    | a | 1 |\n    +---+---+\n".as_bytes();
/// let doc = segment_as("t.txt", bytes, &SegmentOptions::default(), LayoutChoice::Wrapped).unwrap();
/// assert_eq!(doc.paragraphs[0].text, "A paragraph indented and wrapped.");
/// assert_eq!(doc.paragraphs[1].kind, ParagraphKind::Table);
/// assert_eq!(doc.paragraphs[1].text, "+---+---+\n| a | 1 |\n+---+---+");
/// ```
pub fn segment_as(
    path: &str,
    bytes: &[u8],
    options: &SegmentOptions,
    choice: LayoutChoice,
) -> Result<Document> {
    // Documents (DOCX, HTML, EPUB, ...) are read by their own readers into the same paragraphs.
    match crate::read::InputFormat::detect(path, bytes) {
        crate::read::InputFormat::Text => {}
        format => return crate::read::read(path, bytes, format, options),
    }
    let (text, base) = decode::decode(path, bytes)?;
    let lines = decode::lines(text, base);
    let (detected, wrap) = layout::detect(&lines);
    let choice = if options.presplit { LayoutChoice::PreSplit } else { choice };
    // Text with a blank line after nearly every line (some PDF extractions) is
    // re-flowed as a whole: its blank lines say nothing about regions.
    let whole_file = !wrap.blank_is_break
        && (choice == LayoutChoice::Wrapped
            || (choice == LayoutChoice::Auto && detected == Layout::HardWrapped));
    let (layout, blocks, wrap) = match choice {
        LayoutChoice::PreSplit => (Layout::PreSplit, paragraph::build(&lines, Layout::PreSplit, wrap), wrap),
        _ if whole_file => (Layout::HardWrapped, paragraph::build(&lines, Layout::HardWrapped, wrap), wrap),
        LayoutChoice::Lines => (Layout::Web, paragraph::regions(&lines, None, false).0, wrap),
        LayoutChoice::Wrapped => {
            let width = layout::region_width(&lines);
            let wrap = Wrap { width: width.unwrap_or(wrap.width), ..wrap };
            (Layout::HardWrapped, paragraph::regions(&lines, width, true).0, wrap)
        }
        LayoutChoice::Auto => {
            let width = layout::region_width(&lines);
            let (blocks, joined) = paragraph::regions(&lines, width, false);
            let layout = if joined { Layout::HardWrapped } else { Layout::Web };
            (layout, blocks, Wrap { width: width.unwrap_or(wrap.width), ..wrap })
        }
    };
    let kinds = kind::classify(&blocks, layout, wrap);
    let lang = options.lang.or_else(|| detect_lang(&blocks, &kinds)).unwrap_or(Lang::UND);
    // A file of one sentence a line, as sentence-aligned corpora are, is taken as pre-split
    // when `--layout` left the choice open: its lines are the units a gold standard counts.
    let layout = if choice == LayoutChoice::Auto
        && layout == Layout::Web
        && one_sentence_a_line(&lines, &blocks, &kinds, lang)
    {
        Layout::PreSplit
    } else {
        layout
    };

    let mut paragraphs = Vec::with_capacity(blocks.len());
    let mut sentences = Vec::new();
    for (block, kind) in blocks.into_iter().zip(kinds) {
        let index = paragraphs.len();
        // Pre-split lines, tables and code blocks are one sentence each.
        let ranges = if layout == Layout::PreSplit || kind.is_preformatted() {
            std::iter::once(0..block.text.len()).collect()
        } else {
            split_sentences(&block.text, lang)
        };
        let first = sentences.len();
        let paragraph = Paragraph {
            lines: block.lines,
            text: block.text,
            kind,
            sentences: first..first + ranges.len(),
            pieces: block.pieces,
            location: None,
        };
        sentences.extend(ranges.into_iter().map(|range| Sentence {
            paragraph: index,
            bytes: file_bytes(&paragraph, &range),
            range,
        }));
        paragraphs.push(paragraph);
    }
    Ok(Document { path: path.to_string(), lang, sha256: sha256_hex(bytes), layout, paragraphs, sentences })
}

/// The file byte range of `range` in the paragraph's text.
fn file_bytes(paragraph: &Paragraph, range: &Range<usize>) -> Range<usize> {
    let start = paragraph.file_offset(range.start);
    let end = match paragraph.text[range.clone()].chars().next_back() {
        Some(last) => paragraph.file_offset(range.end - last.len_utf8()) + last.len_utf8(),
        None => start,
    };
    start..end
}

/// Bytes of prose the language detector looks at: enough to be sure, little enough to be quick.
const DETECT_SAMPLE: usize = 2000;

/// Detects the language from the prose paragraphs (chrome and captions left out).
fn detect_lang(blocks: &[paragraph::Block], kinds: &[ParagraphKind]) -> Option<Lang> {
    let mut sample = String::new();
    for (block, kind) in blocks.iter().zip(kinds) {
        if matches!(kind, ParagraphKind::Body | ParagraphKind::Bullet | ParagraphKind::Heading) {
            sample.push_str(&block.text);
            sample.push('\n');
            if sample.len() >= DETECT_SAMPLE {
                break;
            }
        }
    }
    if sample.trim().is_empty() {
        return None;
    }
    Lang::detect(&sample)
}

/// A section number of two to four levels without its final period: `3.1`, `12.1.4`.
pub(crate) fn is_section_number(number: &str) -> bool {
    let parts: Vec<&str> = number.split('.').collect();
    (2..=4).contains(&parts.len())
        && parts.iter().all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// True for white space as the segmenter sees it: Unicode white space (NBSP and
/// the other Unicode spaces included) plus zero-width spaces and stray BOMs.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}')
}

/// The last at most `max` bytes of `text`, starting on a character boundary: what
/// backward scans look at, so that no scan runs back over a whole paragraph.
pub(crate) fn tail(text: &str, max: usize) -> &str {
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// The words of `text` with their byte offsets (UAX #29 word boundaries; tokens
/// without a letter or digit, such as spaces and punctuation, are left out).
///
/// ```
/// let words: Vec<_> = transdiff::segment::words("Wit-Rusland, 3.5 km!").collect();
/// assert_eq!(words, [(0, "Wit"), (4, "Rusland"), (13, "3.5"), (17, "km")]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_word_bound_indices().filter(|(_, w)| w.chars().any(char::is_alphanumeric))
}

/// SHA-256 of `bytes` as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The fewest lines of a file [`one_sentence_a_line`] judges.
const PRESPLIT_LINES: usize = 20;

/// True when `blocks` (one a line, web layout) read as one sentence a line: 20 lines or more,
/// hardly a blank line between them (one in twenty at most), no table or code, three in five
/// or more ending a sentence (or a clause, at a colon), and one in ten at most holding more
/// than one sentence (a
/// corpus's own splitter and this one part a few lines differently). Paragraphs of several
/// sentences a line, or lines apart, are web text.
fn one_sentence_a_line(
    lines: &[decode::Line<'_>],
    blocks: &[paragraph::Block],
    kinds: &[ParagraphKind],
    lang: Lang,
) -> bool {
    let n = blocks.len();
    let blank = lines.iter().filter(|l| l.text.trim().is_empty()).count();
    if n < PRESPLIT_LINES
        || blank * 20 > n
        || blocks.iter().any(|b| b.line_count != 1)
        || kinds.iter().any(|k| k.is_preformatted())
    {
        return false;
    }
    let ending = blocks.iter().filter(|b| layout::ends_sentence_or_colon(&b.text)).count();
    if ending * 10 < n * 6 {
        return false;
    }
    // Split until a tenth of the lines prove to hold several sentences: web text stops early,
    // and its lines are split again below.
    let mut several = 0;
    for b in blocks {
        several += usize::from(split_sentences(&b.text, lang).len() > 1);
        if several * 10 > n {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Piece;
    use pretty_assertions::assert_eq;

    fn seg(bytes: &[u8]) -> Document {
        segment("t.txt", bytes, &SegmentOptions { lang: Some(Lang::EN), presplit: false }).unwrap()
    }

    #[test]
    fn bom_and_crlf_keep_file_offsets() {
        let doc = seg(b"\xEF\xBB\xBFTitle here\r\n\r\nOne sentence. Two sentences.\r\n");
        assert_eq!(doc.paragraphs.len(), 2);
        assert_eq!(doc.paragraphs[1].lines, (3, 3));
        assert_eq!(doc.paragraphs[1].pieces, [Piece { text_start: 0, file_start: 17, line: 3 }]);
        assert_eq!(doc.sentences[1].bytes, 17..30);
        assert_eq!(doc.sentences[2].bytes, 31..45);
        assert_eq!(doc.sentence_text(2), "Two sentences.");
    }

    #[test]
    fn nbsp_is_space_but_text_is_kept() {
        let doc = seg("\u{a0}Mr.\u{a0}Smith came.\u{a0} He\u{a0}left.\u{a0}\n".as_bytes());
        assert_eq!(doc.paragraphs[0].text, "Mr.\u{a0}Smith came.\u{a0} He\u{a0}left.");
        let texts: Vec<_> = (0..doc.sentences.len()).map(|i| doc.sentence_text(i)).collect();
        assert_eq!(texts, ["Mr.\u{a0}Smith came.", "He\u{a0}left."]);
        assert_eq!(doc.sentences[0].bytes, 2..18);
    }

    #[test]
    fn a_file_of_one_sentence_a_line_is_taken_as_presplit() {
        // A sentence-aligned corpus (Text+Berg's shape): one sentence a line, a heading, a
        // clause that ends at a colon, and one line our splitter would cut in two.
        let mut text = String::from("Himalaya-Chronik 1956\n");
        for i in 0..22 {
            text.push_str(&format!("Die Gruppe {i} erreichte den Gipfel am Morgen .\n"));
        }
        text.push_str("Es sind vor allem drei Fehlerquellen :\nSie kamen . Dann gingen sie .\n");
        let doc = seg(text.as_bytes());
        assert_eq!(doc.layout, Layout::PreSplit);
        assert_eq!((doc.paragraphs.len(), doc.sentences.len()), (25, 25));
        assert_eq!(doc.sentence_text(24), "Sie kamen . Dann gingen sie .");
        // The heading keeps its kind: only sentences are taken whole.
        assert_eq!(doc.paragraphs[0].kind, ParagraphKind::Heading);
        // Lines of several sentences are paragraphs of web text; so are lines apart, and
        // fewer than twenty lines.
        let web = "Sie kamen am Morgen an. Dann gingen sie wieder.\n".repeat(22);
        assert_eq!(seg(web.as_bytes()).layout, Layout::Web);
        let apart = "Die Gruppe erreichte den Gipfel am Morgen.\n\n".repeat(22);
        assert_eq!(seg(apart.as_bytes()).layout, Layout::Web);
        let few = "Die Gruppe erreichte den Gipfel am Morgen.\n".repeat(19);
        assert_eq!(seg(few.as_bytes()).layout, Layout::Web);
        // --layout lines keeps a line a paragraph with its sentences split.
        let lines = segment_as(
            "t.txt",
            text.as_bytes(),
            &SegmentOptions { lang: Some(Lang::EN), presplit: false },
            LayoutChoice::Lines,
        )
        .unwrap();
        assert_eq!((lines.layout, lines.sentences.len()), (Layout::Web, 26));
    }

    #[test]
    fn presplit_keeps_each_line_whole() {
        let doc = segment("p.txt", b"One. Two.\n\nThree\n", &SegmentOptions { lang: None, presplit: true })
            .unwrap();
        assert_eq!(doc.layout, Layout::PreSplit);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.sentence_text(0), "One. Two.");
        assert_eq!(doc.paragraphs[1].lines, (3, 3));
        assert_eq!(doc.paragraphs[1].kind, ParagraphKind::Body);
    }

    #[test]
    fn bullets_lose_their_glyph_but_keep_their_place() {
        let doc = seg("They are:\n  • A change of regime;\n  • Free elections.\n".as_bytes());
        let kinds: Vec<_> = doc.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ParagraphKind::Body, ParagraphKind::Bullet, ParagraphKind::Bullet]);
        assert_eq!(doc.paragraphs[1].text, "A change of regime;");
        assert_eq!(doc.sentences[1].bytes, 16..35);
    }
}
