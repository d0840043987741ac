//! Reading documents: the bytes of a DOCX, ODT, HTML, Markdown, EPUB, PDF text or subtitle file
//! → the same [`Document`] of paragraphs that plain text becomes.
//!
//! ```text
//! bytes + file name ─detect─▶ InputFormat ─reader─▶ blocks (text, role, place) ─build─▶ Document
//! ```
//!
//! Each format's reader turns the file into [`Block`]s: a paragraph's text with white space
//! collapsed, its [`Role`] in the markup (heading, list item, table cell, caption, footnote) and
//! its [`Place`] (line, paragraph number and heading, chapter file, page, cue). [`build`] then splits
//! sentences exactly as for plain text, so a document and the same text as plain text give the same
//! paragraphs and sentences, and so the same alignment.
//!
//! Nothing here reads files or runs programs: PDF text comes from `pdftotext` run by the
//! command layer ([`crate::io::pdf_text`]). Every reader bounds what it unpacks ([`limits`]) and
//! never expands XML entities it does not know, so zip and entity bombs stop with an error.

pub mod bilingual;
mod epub;
mod html;
mod markdown;
mod office;
pub mod pdf;
mod subtitles;
pub(crate) mod xml;
mod zipped;

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::segment::{SegmentOptions, sha256_hex, split_sentences};
use crate::text::{Document, Layout, Location, Paragraph, Piece, Place, Role, Sentence};
use std::ops::Range;

/// Bounds on what a document may unpack to, so a small hostile file cannot take the memory.
pub mod limits {
    /// Largest unpacked size of one part of a zip-based document (DOCX, ODT, EPUB).
    pub const PART: u64 = 64 << 20;
    /// Largest unpacked size of all the parts read from one zip-based document.
    pub const TOTAL: u64 = 256 << 20;
    /// Most text a document may hold, in bytes.
    pub const TEXT: usize = 64 << 20;
    /// Deepest element nesting an XML or HTML part may have.
    pub const DEPTH: usize = 512;
}

/// The formats transdiff reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain UTF-8 text (the segmenter's own input).
    Text,
    /// HTML or XHTML.
    Html,
    /// Markdown (CommonMark with tables and footnotes).
    Markdown,
    /// Word (Office Open XML).
    Docx,
    /// OpenDocument text.
    Odt,
    /// EPUB 2 or 3.
    Epub,
    /// PDF (its text comes from `pdftotext`).
    Pdf,
    /// SubRip subtitles.
    Srt,
    /// WebVTT subtitles.
    Vtt,
}

impl InputFormat {
    /// The format of a file, by its content first and its extension second.
    ///
    /// ```
    /// use transdiff::read::InputFormat;
    /// assert_eq!(InputFormat::detect("a.txt", b"<!DOCTYPE html><p>Hi"), InputFormat::Html);
    /// assert_eq!(InputFormat::detect("notes.md", b"# Title\n"), InputFormat::Markdown);
    /// assert_eq!(InputFormat::detect("x.bin", b"%PDF-1.7\n"), InputFormat::Pdf);
    /// assert_eq!(InputFormat::detect("memo.txt", b"Just text.\n"), InputFormat::Text);
    /// ```
    pub fn detect(path: &str, bytes: &[u8]) -> InputFormat {
        let ext = extension(path);
        let head = trim_head(bytes);
        if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
            return match zipped::kind(bytes) {
                Some(format) => format,
                None => match ext.as_str() {
                    "odt" | "ott" => InputFormat::Odt,
                    "epub" => InputFormat::Epub,
                    _ => InputFormat::Docx,
                },
            };
        }
        if bytes.starts_with(b"%PDF-") {
            return InputFormat::Pdf;
        }
        if head.starts_with(b"WEBVTT") {
            return InputFormat::Vtt;
        }
        let lower: Vec<u8> = head.iter().take(256).map(u8::to_ascii_lowercase).collect();
        let looks_html = lower.starts_with(b"<!doctype html")
            || lower.starts_with(b"<html")
            || (lower.starts_with(b"<?xml") && contains(&lower, b"<html"));
        if looks_html {
            return InputFormat::Html;
        }
        match ext.as_str() {
            "html" | "htm" | "xhtml" => InputFormat::Html,
            "md" | "markdown" | "mdown" | "mkd" => InputFormat::Markdown,
            "srt" => InputFormat::Srt,
            "vtt" => InputFormat::Vtt,
            "docx" | "docm" => InputFormat::Docx,
            "odt" => InputFormat::Odt,
            "epub" => InputFormat::Epub,
            "pdf" => InputFormat::Pdf,
            _ => InputFormat::Text,
        }
    }

    /// The format's usual name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "plain text",
            InputFormat::Html => "HTML",
            InputFormat::Markdown => "Markdown",
            InputFormat::Docx => "DOCX",
            InputFormat::Odt => "ODT",
            InputFormat::Epub => "EPUB",
            InputFormat::Pdf => "PDF",
            InputFormat::Srt => "SRT",
            InputFormat::Vtt => "WebVTT",
        }
    }
}

fn extension(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => ext.to_ascii_lowercase(),
        _ => String::new(),
    }
}

/// The bytes after a UTF-8 BOM and leading white space.
fn trim_head(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(bytes.len());
    &bytes[start..]
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Reads `bytes` (the file `path`) as `format` into a document. Plain text goes to the
/// segmenter; PDF is read from its extracted text with [`pdf::document`].
///
/// ```
/// use transdiff::read::{read, InputFormat};
/// use transdiff::segment::SegmentOptions;
/// use transdiff::text::{ParagraphKind, Place};
/// let html = b"<html lang=\"en\"><body><nav>Home</nav>\n<h1>Budget</h1>\n<p>It rose by 7 %. Then it fell.</p>";
/// let doc = read("b.html", html, InputFormat::Html, &SegmentOptions::default()).unwrap();
/// assert_eq!(doc.paragraphs.len(), 2);
/// assert_eq!(doc.paragraphs[0].kind, ParagraphKind::Heading);
/// assert_eq!(doc.sentence_text(2), "Then it fell.");
/// assert_eq!(doc.paragraphs[1].location.as_ref().unwrap().place, Place::Line { line: 3 });
/// ```
pub fn read(path: &str, bytes: &[u8], format: InputFormat, options: &SegmentOptions) -> Result<Document> {
    let parsed = match format {
        InputFormat::Text => return crate::segment::segment(path, bytes, options),
        InputFormat::Pdf => {
            return Err(Error::usage(format!(
                "{path}: a PDF is read through its extracted text\n  hint: give the file to a transdiff command, which runs pdftotext (Debian's poppler-utils)"
            )));
        }
        InputFormat::Html => html::read(path, text_of(path, bytes, format)?, None)?,
        InputFormat::Markdown => markdown::read(path, text_of(path, bytes, format)?)?,
        InputFormat::Docx => office::read_docx(path, bytes)?,
        InputFormat::Odt => office::read_odt(path, bytes)?,
        InputFormat::Epub => epub::read(path, bytes)?,
        InputFormat::Srt | InputFormat::Vtt => subtitles::read(path, text_of(path, bytes, format)?, format)?,
    };
    build(path, bytes, parsed, format, options)
}

/// The text of a text-based format: UTF-8, BOM dropped.
fn text_of<'a>(path: &str, bytes: &'a [u8], format: InputFormat) -> Result<&'a str> {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(body).map_err(|e| {
        let offset = e.valid_up_to();
        let line = body[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        Error::parse(
            path,
            Some(line),
            None,
            format!(
                "this {} file is not valid UTF-8 at byte offset {offset}\n  hint: convert it to UTF-8 first, e.g. `iconv -f latin1 -t utf-8`",
                format.name()
            ),
        )
    })
}

/// One paragraph as a reader found it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Block {
    /// The text, white space collapsed and trimmed.
    pub text: String,
    /// What the markup says it is.
    pub role: Role,
    /// First and last line (or paragraph number) it came from.
    pub lines: (usize, usize),
    /// Byte offset in the file where it starts, where the format has one (else 0).
    pub file_start: usize,
    /// Where it is.
    pub place: Place,
}

/// What a reader found: the paragraphs and the language the file declares.
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub blocks: Vec<Block>,
    pub lang: Option<String>,
}

/// Collects paragraph text from a stream of text runs and breaks: white space collapsed to one
/// space, trimmed, empty paragraphs dropped.
#[derive(Debug, Default)]
pub(crate) struct Collector {
    pub blocks: Vec<Block>,
    open: Option<Block>,
    space: bool,
    total: usize,
}

impl Collector {
    /// Appends `text` to the open paragraph, opening one with `role` at `line` if none is open.
    pub fn push(&mut self, text: &str, role: Role, line: usize, file_start: usize) {
        for c in text.chars() {
            // As in HTML, runs of ASCII white space are one space; other spaces (no-break, thin)
            // are text, kept as plain text keeps them, except at a paragraph's ends.
            if c.is_ascii_whitespace() {
                self.space = true;
                continue;
            }
            if crate::segment::is_space(c) && self.open.as_ref().is_none_or(|b| b.text.is_empty()) {
                continue;
            }
            let block = self.open.get_or_insert_with(|| Block {
                text: String::new(),
                role,
                lines: (line, line),
                file_start,
                place: Place::Line { line },
            });
            if self.space && !block.text.is_empty() {
                block.text.push(' ');
            }
            self.space = false;
            block.text.push(c);
            block.lines.1 = line.max(block.lines.0);
        }
        self.total += text.len();
    }

    /// A break between words (a tab, a line break inside a paragraph).
    pub fn space(&mut self) {
        self.space = true;
    }

    /// Ends the open paragraph, if any.
    pub fn end(&mut self) {
        self.space = false;
        if let Some(mut block) = self.open.take() {
            let kept = block.text.trim_end_matches(crate::segment::is_space).len();
            block.text.truncate(kept);
            self.blocks.push(block);
        }
    }

    /// True while a paragraph is open.
    pub fn is_open(&self) -> bool {
        self.open.is_some()
    }

    /// The text taken in so far, in bytes (to bound what a document may hold).
    pub fn total(&self) -> usize {
        self.total
    }

    /// The paragraphs, the open one ended.
    pub fn finish(mut self) -> Vec<Block> {
        self.end();
        self.blocks
    }
}

/// An error for a document that holds more text than transdiff reads.
pub(crate) fn too_much_text(path: &str, format: InputFormat) -> Error {
    Error::parse(
        path,
        None,
        None,
        format!(
            "this {} holds more than {} MiB of text\n  hint: split it into smaller files and align them one by one",
            format.name(),
            limits::TEXT >> 20
        ),
    )
}

/// Builds the document of the paragraphs a reader found, splitting sentences as for plain text.
fn build(
    path: &str,
    bytes: &[u8],
    parsed: Parsed,
    format: InputFormat,
    options: &SegmentOptions,
) -> Result<Document> {
    if parsed.blocks.is_empty() {
        return Err(Error::parse(
            path,
            None,
            None,
            format!(
                "this {} holds no text (only images, fields or empty paragraphs?)\n  hint: if the text is in images, run OCR first; otherwise check that this is the right file",
                format.name()
            ),
        ));
    }
    let declared = parsed.lang.as_deref().and_then(lang_of_tag);
    let lang = options.lang.or(declared).or_else(|| detect_lang(&parsed.blocks)).unwrap_or(Lang::UND);
    let layout = if options.presplit { Layout::PreSplit } else { Layout::Web };
    let mut paragraphs = Vec::with_capacity(parsed.blocks.len());
    let mut sentences = Vec::new();
    for mut block in parsed.blocks {
        strip_bullet(&mut block);
        let index = paragraphs.len();
        let ranges: Vec<Range<usize>> = if options.presplit {
            std::iter::once(0..block.text.len()).collect()
        } else {
            split_sentences(&block.text, lang)
        };
        let first = sentences.len();
        let paragraph = Paragraph {
            lines: block.lines,
            kind: block.role.kind(),
            sentences: first..first + ranges.len(),
            pieces: vec![Piece { text_start: 0, file_start: block.file_start, line: block.lines.0 }],
            location: Some(Location { role: block.role, place: block.place }),
            text: block.text,
        };
        sentences.extend(ranges.into_iter().map(|range| Sentence {
            paragraph: index,
            bytes: paragraph.file_offset(range.start)..paragraph.file_offset(range.end),
            range,
        }));
        paragraphs.push(paragraph);
    }
    Ok(Document { path: path.to_string(), lang, sha256: sha256_hex(bytes), layout, paragraphs, sentences })
}

/// Glyphs that mark list items typed by hand, as the plain-text segmenter knows them.
const BULLET_GLYPHS: &[char] = &[
    '•', '·', '▪', '▫', '◦', '‣', '►', '▶', '■', '□', '●', '○', '➢', '➤', '✓', '✔', '→', '-', '*', '–', '—',
];

/// A paragraph typed as "• item" is a list item whose text is the item, as in plain text, so a
/// document and its plain text give the same sentences.
fn strip_bullet(block: &mut Block) {
    let mut chars = block.text.chars();
    let Some(first) = chars.next() else { return };
    let rest = chars.as_str();
    if !BULLET_GLYPHS.contains(&first) || !rest.starts_with(' ') || rest.trim().is_empty() {
        return;
    }
    block.text = rest.trim_start().to_string();
    if matches!(block.role, Role::Body | Role::ListItem) {
        block.role = Role::ListItem;
    }
}

/// The language of a tag such as "en", "en-GB", "nl_NL" or "sv-SE".
pub(crate) fn lang_of_tag(tag: &str) -> Option<Lang> {
    let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
    Lang::from_code(primary)
}

/// Bytes of prose the language detector looks at, as for plain text.
const DETECT_SAMPLE: usize = 2000;

fn detect_lang(blocks: &[Block]) -> Option<Lang> {
    let mut sample = String::new();
    for block in blocks.iter().filter(|b| matches!(b.role, Role::Body | Role::Heading | Role::ListItem)) {
        sample.push_str(&block.text);
        sample.push('\n');
        if sample.len() >= DETECT_SAMPLE {
            break;
        }
    }
    if sample.trim().is_empty() { None } else { Lang::detect(&sample) }
}

/// The 1-based line of each byte offset, from a table of line starts.
pub(crate) struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    /// The line starts of `text`.
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
        Lines { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// The byte offset where 1-based `line` starts.
    pub fn start(&self, line: usize) -> usize {
        self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0)
    }
}

/// Cuts a heading to a few words for a location ("under “Revolutionary events in…”").
pub(crate) fn short_heading(text: &str) -> String {
    const MAX_CHARS: usize = 40;
    if text.chars().count() <= MAX_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(MAX_CHARS).collect();
    let cut = cut.rfind(' ').map_or(cut.as_str(), |i| &cut[..i]).to_string();
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn detects_by_content_before_extension() {
        assert_eq!(InputFormat::detect("x.txt", b"\xEF\xBB\xBF  <!doctype HTML>"), InputFormat::Html);
        assert_eq!(InputFormat::detect("x.md", b"%PDF-1.4"), InputFormat::Pdf);
        assert_eq!(
            InputFormat::detect("x.txt", b"WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n"),
            InputFormat::Vtt
        );
        assert_eq!(
            InputFormat::detect("subs.SRT", b"1\n00:00:01,000 --> 00:00:02,000\nHi\n"),
            InputFormat::Srt
        );
        assert_eq!(InputFormat::detect("README", b"# Title"), InputFormat::Text);
        assert_eq!(InputFormat::detect(".md", b"# Title"), InputFormat::Text);
        assert_eq!(InputFormat::detect("a.docx", b"PK\x03\x04garbage"), InputFormat::Docx);
    }

    #[test]
    fn collector_collapses_space_and_drops_empty_paragraphs() {
        let mut c = Collector::default();
        c.push("  Two\n  words ", Role::Body, 3, 10);
        c.push("here.", Role::Body, 4, 30);
        c.end();
        c.push(" \n ", Role::Heading, 5, 40);
        c.end();
        c.push("Next", Role::ListItem, 6, 50);
        let blocks = c.finish();
        let got: Vec<_> = blocks.iter().map(|b| (b.text.as_str(), b.role, b.lines, b.file_start)).collect();
        assert_eq!(got, [("Two words here.", Role::Body, (3, 4), 10), ("Next", Role::ListItem, (6, 6), 50)]);
    }

    #[test]
    fn language_tags_and_short_headings() {
        assert_eq!(lang_of_tag("nl-NL"), Some(Lang::NL));
        assert_eq!(lang_of_tag("sv_SE"), Some(Lang::SV));
        assert_eq!(lang_of_tag("x-klingon"), None);
        assert_eq!(
            short_heading("Kazakhstan: Revolutionary events and military intervention"),
            "Kazakhstan: Revolutionary events and…"
        );
        let lines = Lines::new("a\nbc\n\nd");
        assert_eq!((lines.line(0), lines.line(2), lines.line(5), lines.line(6)), (1, 2, 3, 4));
        assert_eq!(lines.start(4), 6);
    }
}
