//! Plain data passed between the pipeline stages: documents, paragraphs, sentences, sides.
//!
//! A [`Document`] is what the segmenter makes of one file. Paragraph text is the
//! file's text with line breaks re-flowed (and, for hard-wrapped text, hyphens at
//! line ends joined), so it is not always a slice of the file: [`Piece`]s map each
//! stretch of paragraph text back to its byte offset and line in the file.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::ops::{Index, IndexMut, Range};

/// Which of the two texts of an alignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// The original.
    Source,
    /// The rendering (translation).
    Target,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Source => Side::Target,
            Side::Target => Side::Source,
        }
    }
}

/// One value per side, indexable by [`Side`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Pair<T> {
    /// The original's value.
    pub source: T,
    /// The rendering's value.
    pub target: T,
}

impl<T> Pair<T> {
    /// Makes a pair.
    pub fn new(source: T, target: T) -> Pair<T> {
        Pair { source, target }
    }

    /// Applies `f` to both sides.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> Pair<U> {
        Pair { source: f(self.source), target: f(self.target) }
    }

    /// Borrows both sides.
    pub fn as_ref(&self) -> Pair<&T> {
        Pair { source: &self.source, target: &self.target }
    }
}

impl<T> Index<Side> for Pair<T> {
    type Output = T;
    fn index(&self, side: Side) -> &T {
        match side {
            Side::Source => &self.source,
            Side::Target => &self.target,
        }
    }
}

impl<T> IndexMut<Side> for Pair<T> {
    fn index_mut(&mut self, side: Side) -> &mut T {
        match side {
            Side::Source => &mut self.source,
            Side::Target => &mut self.target,
        }
    }
}

/// How a file's lines became paragraphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// Web-style text: every non-empty line is a paragraph.
    Web,
    /// Hard-wrapped text (PDF extraction): lines are re-flowed into paragraphs.
    HardWrapped,
    /// Pre-split input: every non-empty line is one sentence (and one paragraph).
    PreSplit,
}

/// What a paragraph is, as far as its shape tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ParagraphKind {
    /// Running prose.
    Body,
    /// A title or section heading.
    Heading,
    /// A photo caption or similar short line set apart from the prose.
    Caption,
    /// A bullet or numbered list item.
    Bullet,
    /// Site furniture (menus, cart, footer) rather than content.
    Chrome,
    /// A table (ASCII, box-drawing, pipe or column-aligned): one unit, never split
    /// into sentences; its text keeps the rows as lines ("\n"), less their common indent.
    Table,
    /// A code or preformatted block (a fence, shell prompts, symbol-dense lines):
    /// like a table, one unit whose text keeps its lines.
    Code,
}

impl ParagraphKind {
    /// True for tables and code blocks, whose text keeps its line breaks and
    /// column alignment (show them without re-wrapping).
    pub fn is_preformatted(self) -> bool {
        matches!(self, ParagraphKind::Table | ParagraphKind::Code)
    }
}

/// A stretch of paragraph text copied verbatim from the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    /// Byte offset in the paragraph's text where the stretch starts.
    pub text_start: usize,
    /// Byte offset in the file where the same stretch starts.
    pub file_start: usize,
    /// 1-based line number in the file of that stretch.
    pub line: usize,
}

/// A paragraph: a heading, caption, bullet item or block of prose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    /// First and last physical line in the file, 1-based, inclusive.
    pub lines: (usize, usize),
    /// The paragraph's text, re-flowed onto one line.
    pub text: String,
    /// What kind of paragraph it is.
    pub kind: ParagraphKind,
    /// Indices of its sentences in [`Document::sentences`].
    pub sentences: Range<usize>,
    /// Maps text offsets back to the file; sorted by `text_start`, first at 0.
    pub pieces: Vec<Piece>,
    /// Where the paragraph is in a document format's own terms (page, chapter, paragraph number,
    /// subtitle cue), for files that are not plain text; `None` for plain text, where `lines` say it.
    pub location: Option<Location>,
}

/// Where a paragraph of a document (DOCX, ODT, HTML, Markdown, EPUB, PDF, subtitles) is, in
/// terms a person can find it by in the program that shows the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Location {
    /// What the paragraph is in the document's own markup.
    pub role: Role,
    /// Where it is.
    pub place: Place,
}

/// What a paragraph is in a document's markup; finer than [`ParagraphKind`], which it maps onto.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Running prose.
    Body,
    /// A title or section heading.
    Heading,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// A cell of a table.
    TableCell,
    /// The caption of a table or figure (or an image's alternative text).
    Caption,
    /// A footnote or endnote.
    Footnote,
}

impl Role {
    /// The paragraph kind the rest of the pipeline sees.
    pub fn kind(self) -> ParagraphKind {
        match self {
            Role::Body | Role::TableCell | Role::Footnote => ParagraphKind::Body,
            Role::Heading => ParagraphKind::Heading,
            Role::ListItem => ParagraphKind::Bullet,
            Role::Caption => ParagraphKind::Caption,
        }
    }

    /// A short name for people ("table cell").
    pub fn name(self) -> &'static str {
        match self {
            Role::Body => "body",
            Role::Heading => "heading",
            Role::ListItem => "list item",
            Role::TableCell => "table cell",
            Role::Caption => "caption",
            Role::Footnote => "footnote",
        }
    }
}

/// The place of a paragraph in its file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "in", rename_all = "kebab-case")]
pub enum Place {
    /// A line of a text-like file (HTML, Markdown).
    Line {
        /// 1-based line.
        line: usize,
    },
    /// A paragraph of a word-processor file (DOCX, ODT), counted from the start of the text.
    Paragraph {
        /// 1-based number among the paragraphs that hold text (table cells and notes included).
        number: usize,
        /// The heading it is under, if any (cut to a few words).
        heading: Option<String>,
    },
    /// A line of a page (PDF).
    Page {
        /// 1-based page.
        page: usize,
        /// 1-based line on the page, as the text extraction counts it.
        line: usize,
    },
    /// A line of one chapter file of an EPUB.
    Chapter {
        /// The chapter's path inside the EPUB.
        file: String,
        /// 1-based line in that file.
        line: usize,
    },
    /// A subtitle cue (SRT, WebVTT).
    Cue {
        /// The cue's number (SRT's counter, or its position in a WebVTT file).
        number: usize,
        /// When it is shown, as the file writes it ("00:01:02,500").
        start: String,
        /// When it is hidden.
        end: String,
    },
    /// A translation unit of a bilingual file (XLIFF, TMX, PO, TSV).
    Unit {
        /// Its id (or the reference or line that names it).
        id: String,
        /// 1-based line where it starts.
        line: usize,
    },
}

impl std::fmt::Display for Location {
    /// "line 12", "¶ 14 under “Spending”", "page 3 line 14", "ch001.xhtml:14",
    /// "cue 5 00:00:09,000 → 00:00:11,000", followed by the role for table cells and notes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.place {
            Place::Line { line } => write!(f, "line {line}")?,
            Place::Paragraph { number, heading: None } => write!(f, "¶ {number}")?,
            Place::Paragraph { number, heading: Some(h) } => write!(f, "¶ {number} under “{h}”")?,
            Place::Page { page, line } => write!(f, "page {page} line {line}")?,
            Place::Chapter { file, line } => write!(f, "{file}:{line}")?,
            Place::Cue { number, start, end } => write!(f, "cue {number} {start} → {end}")?,
            Place::Unit { id, line } => write!(f, "unit {id} (line {line})")?,
        }
        if matches!(self.role, Role::TableCell | Role::Footnote) {
            write!(f, " ({})", self.role.name())?;
        }
        Ok(())
    }
}

impl Paragraph {
    /// The piece that holds byte `offset` of the paragraph text.
    fn piece_at(&self, offset: usize) -> Option<&Piece> {
        let i = self.pieces.partition_point(|p| p.text_start <= offset);
        i.checked_sub(1).map(|i| &self.pieces[i])
    }

    /// 1-based file line of byte `offset` in the paragraph text.
    pub fn line_at(&self, offset: usize) -> usize {
        self.piece_at(offset).map_or(self.lines.0, |p| p.line)
    }

    /// File byte offset of byte `offset` in the paragraph text.
    pub fn file_offset(&self, offset: usize) -> usize {
        self.piece_at(offset).map_or(0, |p| p.file_start + (offset - p.text_start))
    }
}

/// A sentence: a byte range of its paragraph's text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Index of its paragraph in [`Document::paragraphs`].
    pub paragraph: usize,
    /// Byte range in the paragraph's text (trimmed of surrounding white space).
    pub range: Range<usize>,
    /// Byte range in the file (from the first to past the last byte).
    pub bytes: Range<usize>,
}

/// One segmented file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The path as the user gave it (or a label for embedded texts).
    pub path: String,
    /// The language of the text.
    pub lang: Lang,
    /// SHA-256 of the file's bytes, lower-case hex.
    pub sha256: String,
    /// How lines became paragraphs.
    pub layout: Layout,
    /// Paragraphs in file order.
    pub paragraphs: Vec<Paragraph>,
    /// All sentences in file order; each paragraph owns a contiguous range.
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// The text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &str {
        let s = &self.sentences[i];
        &self.paragraphs[s.paragraph].text[s.range.clone()]
    }

    /// The 1-based file line where sentence `i` starts.
    pub fn sentence_line(&self, i: usize) -> usize {
        let s = &self.sentences[i];
        self.paragraphs[s.paragraph].line_at(s.range.start)
    }

    /// The number of units at `level`.
    pub fn len(&self, level: Level) -> usize {
        match level {
            Level::Paragraph => self.paragraphs.len(),
            Level::Sentence => self.sentences.len(),
        }
    }

    /// True when the document has no paragraphs.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
    }

    /// The text of unit `i` at `level`.
    pub fn unit_text(&self, level: Level, i: usize) -> &str {
        match level {
            Level::Paragraph => &self.paragraphs[i].text,
            Level::Sentence => self.sentence_text(i),
        }
    }

    /// The 1-based first and last file line of unit `i` at `level`.
    pub fn unit_lines(&self, level: Level, i: usize) -> (usize, usize) {
        match level {
            Level::Paragraph => self.paragraphs[i].lines,
            Level::Sentence => {
                let s = &self.sentences[i];
                let p = &self.paragraphs[s.paragraph];
                (p.line_at(s.range.start), p.line_at(s.range.end.saturating_sub(1)))
            }
        }
    }
}

/// The granularity of alignment units.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Paragraphs (headings, captions and bullets count as paragraphs).
    Paragraph,
    /// Sentences.
    Sentence,
}
