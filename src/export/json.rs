//! The JSON alignment file: transdiff's own lossless, reloadable format.
//!
//! The wire types below are private and built `From<&Alignment>`, so the
//! schema (documented in `docs/formats.md`) stays put while the internal types
//! change. Reading goes the other way, then [`validate`] checks everything the
//! rest of transdiff indexes by, so a hand-edited file fails here with a
//! message naming the bead, never later with a panic.

use super::write_error;
use crate::alignment::{
    Alignment, Bead, BeadError, BeadKind, BeadPlace, DocPlace, Invalid, ReviewStatus, UpdateMark, Verdict,
    side_name,
};
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::text::{Document, Layout, Level, Location, Paragraph, ParagraphKind, Piece, Sentence};
use serde::{Deserialize, Serialize};
use std::io::Write;

/// The value of the `format` field.
pub const FORMAT_NAME: &str = "transdiff-alignment";

/// The schema version this build writes, and the newest it reads.
pub const VERSION: u32 = 1;

/// Containers nested this deep or less are written one entry a line; deeper
/// ones on one line, so each paragraph and each bead's sentence beads take one
/// line and a diff of two alignment files reads paragraph by paragraph.
const EXPANDED_DEPTH: usize = 3;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileWire {
    format: String,
    version: u32,
    source: DocumentWire,
    target: DocumentWire,
    similarity: f64,
    verdict: VerdictWire,
    lexicons: Vec<String>,
    beads: Vec<BeadWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentWire {
    path: String,
    lang: String,
    sha256: String,
    layout: LayoutWire,
    paragraphs: Vec<ParagraphWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ParagraphWire {
    lines: [usize; 2],
    kind: ParagraphKindWire,
    text: String,
    sentences: Vec<SentenceWire>,
    pieces: Vec<PieceWire>,
    /// Where the paragraph is in a document format (page, chapter, cue); absent for plain text,
    /// so files written before documents were read still load.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    location: Option<Location>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SentenceWire {
    /// Redundant (the paragraph text at `range`), for readers; checked on load.
    text: String,
    range: [usize; 2],
    bytes: [usize; 2],
    /// Redundant (from `pieces`), for readers; checked on load.
    line: usize,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PieceWire {
    text_start: usize,
    file_start: usize,
    line: usize,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BeadWire {
    source: Vec<usize>,
    target: Vec<usize>,
    kind: KindWire,
    score: f64,
    status: StatusWire,
    sentences: Vec<SentenceBeadWire>,
    /// What `transdiff update` found (docs/update.md); absent otherwise, so older files load
    /// and alignments of the aligner are written as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    update: Option<UpdateMark>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SentenceBeadWire {
    source: Vec<usize>,
    target: Vec<usize>,
    kind: KindWire,
    score: f64,
    status: StatusWire,
    /// As [`BeadWire::update`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    update: Option<UpdateMark>,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum VerdictWire {
    Translation,
    NotTranslation,
    Undetermined,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum LayoutWire {
    Web,
    HardWrapped,
    PreSplit,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum ParagraphKindWire {
    Body,
    Heading,
    Caption,
    Bullet,
    Chrome,
    Table,
    Code,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum KindWire {
    Match,
    Omitted,
    Added,
    Moved,
}

#[derive(Clone, Copy, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum StatusWire {
    Unreviewed,
    Confirmed,
    Wrong,
}

/// Maps each internal enum to its wire twin and back, exhaustively both ways,
/// so a new internal variant fails to compile here until the schema says how
/// it is written.
macro_rules! wire_enum {
    ($internal:ident <=> $wire:ident { $($variant:ident),* $(,)? }) => {
        impl From<$internal> for $wire {
            fn from(v: $internal) -> $wire {
                match v { $($internal::$variant => $wire::$variant),* }
            }
        }
        impl From<$wire> for $internal {
            fn from(v: $wire) -> $internal {
                match v { $($wire::$variant => $internal::$variant),* }
            }
        }
    };
}

wire_enum!(Verdict <=> VerdictWire { Translation, NotTranslation, Undetermined });
wire_enum!(Layout <=> LayoutWire { Web, HardWrapped, PreSplit });
wire_enum!(ParagraphKind <=> ParagraphKindWire { Body, Heading, Caption, Bullet, Chrome, Table, Code });
wire_enum!(BeadKind <=> KindWire { Match, Omitted, Added, Moved });
wire_enum!(ReviewStatus <=> StatusWire { Unreviewed, Confirmed, Wrong });

impl From<&Alignment> for FileWire {
    fn from(a: &Alignment) -> FileWire {
        FileWire {
            format: FORMAT_NAME.to_string(),
            version: VERSION,
            source: DocumentWire::from(&a.source),
            target: DocumentWire::from(&a.target),
            similarity: a.similarity,
            verdict: a.verdict.into(),
            lexicons: a.lexicons.clone(),
            beads: a.beads.iter().map(BeadWire::from).collect(),
        }
    }
}

impl From<&Document> for DocumentWire {
    fn from(d: &Document) -> DocumentWire {
        let paragraphs = d
            .paragraphs
            .iter()
            .map(|p| ParagraphWire {
                lines: [p.lines.0, p.lines.1],
                kind: p.kind.into(),
                text: p.text.clone(),
                sentences: p
                    .sentences
                    .clone()
                    .map(|i| {
                        let s = &d.sentences[i];
                        SentenceWire {
                            text: d.sentence_text(i).to_string(),
                            range: [s.range.start, s.range.end],
                            bytes: [s.bytes.start, s.bytes.end],
                            line: d.sentence_line(i),
                        }
                    })
                    .collect(),
                pieces: p
                    .pieces
                    .iter()
                    .map(|piece| PieceWire {
                        text_start: piece.text_start,
                        file_start: piece.file_start,
                        line: piece.line,
                    })
                    .collect(),
                location: p.location.clone(),
            })
            .collect();
        DocumentWire {
            path: d.path.clone(),
            lang: d.lang.code().to_string(),
            sha256: d.sha256.clone(),
            layout: d.layout.into(),
            paragraphs,
        }
    }
}

impl From<&Bead> for BeadWire {
    fn from(b: &Bead) -> BeadWire {
        BeadWire {
            source: b.source().to_vec(),
            target: b.target().to_vec(),
            kind: b.kind().into(),
            score: b.confidence,
            status: b.status.into(),
            sentences: b
                .sentences()
                .iter()
                .map(|s| SentenceBeadWire {
                    source: s.source().to_vec(),
                    target: s.target().to_vec(),
                    kind: s.kind().into(),
                    score: s.confidence,
                    status: s.status.into(),
                    update: s.update.clone(),
                })
                .collect(),
            update: b.update.clone(),
        }
    }
}

impl FileWire {
    /// The alignment this file describes; `Err` names the field at fault.
    fn to_alignment(&self) -> std::result::Result<Alignment, String> {
        let mut alignment = Alignment {
            source: self.source.to_document("source")?,
            target: self.target.to_document("target")?,
            beads: Vec::with_capacity(self.beads.len()),
            similarity: self.similarity,
            verdict: self.verdict.into(),
            lexicons: self.lexicons.clone(),
        };
        for (b, wire) in self.beads.iter().enumerate() {
            match wire.to_bead() {
                Ok(bead) => alignment.beads.push(bead),
                Err((sentence, e)) => {
                    // What the beads before this one break is reported first, as it is found first.
                    alignment.check().map_err(|e| message(&e, &alignment))?;
                    let (level, w) = match sentence {
                        None => (Level::Paragraph, (&wire.source, &wire.target, wire.kind)),
                        Some(s) => {
                            let sw = &wire.sentences[s];
                            (Level::Sentence, (&sw.source, &sw.target, sw.kind))
                        }
                    };
                    let at = describe(BeadPlace { bead: b, sentence }, w.0, w.1, w.2.into());
                    return Err(match e {
                        BeadError::NotAscending { side } => {
                            format!(
                                "{at}: {} {} indices must be strictly ascending",
                                side_name(side),
                                unit_name(level)
                            )
                        }
                        e => format!("{at}: {e}"),
                    });
                }
            }
        }
        Ok(alignment)
    }
}

impl DocumentWire {
    fn to_document(&self, side: &str) -> std::result::Result<Document, String> {
        let lang = Lang::from_code(&self.lang).ok_or_else(|| {
            format!(
                "{side}.lang: unknown language code {:?}; expected one of: {}",
                self.lang,
                Lang::known_codes().collect::<Vec<_>>().join(", ")
            )
        })?;
        let mut paragraphs = Vec::with_capacity(self.paragraphs.len());
        let mut sentences = Vec::new();
        for (index, p) in self.paragraphs.iter().enumerate() {
            let first = sentences.len();
            sentences.extend(p.sentences.iter().map(|s| Sentence {
                paragraph: index,
                range: s.range[0]..s.range[1],
                bytes: s.bytes[0]..s.bytes[1],
            }));
            paragraphs.push(Paragraph {
                lines: (p.lines[0], p.lines[1]),
                text: p.text.clone(),
                kind: p.kind.into(),
                sentences: first..sentences.len(),
                pieces: p
                    .pieces
                    .iter()
                    .map(|w| Piece { text_start: w.text_start, file_start: w.file_start, line: w.line })
                    .collect(),
                location: p.location.clone(),
            });
        }
        Ok(Document {
            path: self.path.clone(),
            lang,
            sha256: self.sha256.clone(),
            layout: self.layout.into(),
            paragraphs,
            sentences,
        })
    }

    /// Checks the redundant `text` and `line` of each sentence against what
    /// they are derived from; run on a validated document only.
    fn check_redundant(&self, side: &str, doc: &Document) -> std::result::Result<(), String> {
        let mut global = 0;
        for (p, paragraph) in self.paragraphs.iter().enumerate() {
            for (s, sentence) in paragraph.sentences.iter().enumerate() {
                let at = || format!("{side}.paragraphs[{p}].sentences[{s}]");
                if sentence.text != doc.sentence_text(global) {
                    return Err(format!(
                        "{}: \"text\" is {:?} but the paragraph text at range {:?} is {:?}",
                        at(),
                        sentence.text,
                        sentence.range,
                        doc.sentence_text(global)
                    ));
                }
                if sentence.line != doc.sentence_line(global) {
                    return Err(format!(
                        "{}: \"line\" is {} but the paragraph's pieces put the sentence on line {}",
                        at(),
                        sentence.line,
                        doc.sentence_line(global)
                    ));
                }
                global += 1;
            }
        }
        Ok(())
    }
}

impl BeadWire {
    /// The bead; `Err` says which of its sentence beads (`None`: itself) breaks a bead's rules.
    fn to_bead(&self) -> std::result::Result<Bead, (Option<usize>, BeadError)> {
        let sentences = self
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let mut bead = Bead::new(s.kind.into(), s.source.clone(), s.target.clone(), s.score)
                    .map_err(|e| (Some(i), e))?
                    .with_status(s.status.into());
                bead.update = s.update.clone();
                Ok(bead)
            })
            .collect::<std::result::Result<Vec<Bead>, _>>();
        let bead = Bead::new(self.kind.into(), self.source.clone(), self.target.clone(), self.score)
            .map_err(|e| (None, e))?;
        let mut bead =
            bead.with_sentences(sentences?).map_err(|e| (None, e))?.with_status(self.status.into());
        bead.update = self.update.clone();
        Ok(bead)
    }
}

/// Writes `alignment` as JSON (already validated by the caller).
pub(super) fn write<W: Write>(alignment: &Alignment, mut out: W) -> Result<()> {
    let wire = FileWire::from(alignment);
    let mut ser = serde_json::Serializer::with_formatter(&mut out, ShallowPretty::default());
    wire.serialize(&mut ser).map_err(|e| write_error(std::io::Error::other(e)))?;
    out.write_all(b"\n").map_err(write_error)
}

/// Reads an alignment file's text; `path` is for messages.
pub(super) fn load(path: &str, text: &str) -> Result<Alignment> {
    // Editors on some systems put a byte-order mark in front; JSON forbids it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    check_header(path, text)?;
    let wire: FileWire = serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    let invalid = |message: String| Error::parse(path, None, None, message);
    let alignment = wire.to_alignment().map_err(invalid)?;
    alignment.check().map_err(|e| invalid(message(&e, &alignment)))?;
    wire.source.check_redundant("source", &alignment.source).map_err(invalid)?;
    wire.target.check_redundant("target", &alignment.target).map_err(invalid)?;
    Ok(alignment)
}

/// Checks `format` and `version` before anything else, so a file from a newer
/// transdiff is refused for its version, not for a field this build does not know.
fn check_header(path: &str, text: &str) -> Result<()> {
    // A map, not a struct: serde would also read a struct from a JSON array.
    let header: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(text).map_err(|e| json_error(path, &e))?;
    match header.get("format") {
        Some(serde_json::Value::String(f)) if f == FORMAT_NAME => {}
        Some(other) => {
            return Err(Error::parse(
                path,
                None,
                None,
                format!(
                    "\"format\" is {other}, not \"{FORMAT_NAME}\": this is not a transdiff alignment file\n  hint: give a file written by `transdiff align --format json`"
                ),
            ));
        }
        None => {
            return Err(Error::parse(
                path,
                None,
                None,
                format!(
                    "no \"format\": \"{FORMAT_NAME}\" field: this is not a transdiff alignment file\n  hint: give a file written by `transdiff align --format json`"
                ),
            ));
        }
    }
    let version = header.get("version").and_then(serde_json::Value::as_u64);
    match version {
        Some(v) if v > u64::from(VERSION) => Err(Error::new(ErrorKind::Version {
            path: path.into(),
            found: u32::try_from(v).unwrap_or(u32::MAX),
            supported: VERSION,
        })),
        Some(v) if v >= 1 => Ok(()),
        _ => Err(Error::parse(
            path,
            None,
            None,
            format!(
                "\"version\" must be {}, found {}",
                if VERSION == 1 { "1".to_string() } else { format!("a whole number from 1 to {VERSION}") },
                header.get("version").map_or_else(|| "nothing".to_string(), |v| v.to_string())
            ),
        )),
    }
}

/// A serde_json error as a parse error with the file, line and column.
fn json_error(path: &str, e: &serde_json::Error) -> Error {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let message = match e.classify() {
        serde_json::error::Category::Eof => {
            format!("{message}: the file ends too early (cut short?)\n  hint: realign to write it again")
        }
        serde_json::error::Category::Syntax => {
            format!("{message}: not valid JSON (the mistake is here or just before)")
        }
        _ => message.to_string(),
    };
    let (line, column) = if e.line() == 0 { (None, None) } else { (Some(e.line()), Some(e.column().max(1))) };
    Error::parse(path, line, column, message)
}

/// Checks the invariants the rest of transdiff relies on ([`Alignment::check`]); `Err` says
/// what breaks one and where, as the alignment file names the place.
pub fn validate(alignment: &Alignment) -> std::result::Result<(), String> {
    alignment.check().map_err(|e| message(&e, alignment))
}

/// `paragraph` or `sentence`.
fn unit_name(level: Level) -> &'static str {
    match level {
        Level::Paragraph => "paragraph",
        Level::Sentence => "sentence",
    }
}

/// `beads[3].sentences[1] (source [4], target [5, 6], kind "match")`.
fn describe(at: BeadPlace, source: &[usize], target: &[usize], kind: BeadKind) -> String {
    let path = match at.sentence {
        None => format!("beads[{}]", at.bead),
        Some(s) => format!("beads[{}].sentences[{s}]", at.bead),
    };
    format!("{path} (source {source:?}, target {target:?}, kind \"{}\")", super::kind_name(kind))
}

/// The bead at `at` of `alignment` named as [`describe`] does.
fn bead_name(alignment: &Alignment, at: BeadPlace) -> String {
    match alignment.bead(at) {
        Some(b) => describe(at, b.source(), b.target(), b.kind()),
        None => format!("beads[{}]", at.bead),
    }
}

/// `source.paragraphs[2]`.
fn paragraph_name(at: DocPlace) -> String {
    format!("{}.paragraphs[{}]", side_name(at.side), at.paragraph)
}

/// A broken invariant as the file's loader and writer report it, naming the field.
fn message(invalid: &Invalid, alignment: &Alignment) -> String {
    let bead = |at| bead_name(alignment, at);
    let sentence = |at, s| format!("{}.sentences[{s}]", paragraph_name(at));
    match invalid {
        Invalid::Sha256 { side, found } => {
            format!("{}.sha256: {found:?} is not 64 lower-case hex digits", side_name(*side))
        }
        Invalid::Lines { at, lines: (first, last) } => {
            format!("{}: lines [{first}, {last}] must be 1-based with first <= last", paragraph_name(*at))
        }
        Invalid::FirstPiece { at } => {
            format!("{}: pieces must start with one at text_start 0", paragraph_name(*at))
        }
        Invalid::PieceBoundary { at, piece, text_start, len } => format!(
            "{}.pieces[{piece}]: text_start {text_start} is not on a character boundary of the paragraph text ({len} bytes)",
            paragraph_name(*at)
        ),
        Invalid::PieceOrder { at, piece } => {
            format!("{}.pieces[{piece}]: text_start must not go down", paragraph_name(*at))
        }
        Invalid::SentencesOrder { at, sentences, next } => format!(
            "{}: its sentences {sentences:?} do not follow on from the previous paragraph's (next is {next})",
            paragraph_name(*at)
        ),
        Invalid::NoSentence { at, sentence: s, count } => {
            format!("{}: there are only {count} sentences", sentence(*at, *s))
        }
        Invalid::SentenceParagraph { at, sentence: s, says } => {
            format!("{}: the sentence says it is in paragraph {says}", sentence(*at, *s))
        }
        Invalid::SentenceRange { at, sentence: s, range, len } => format!(
            "{}: range [{}, {}] is not a byte range on character boundaries of the paragraph text ({len} bytes)",
            sentence(*at, *s),
            range.start,
            range.end
        ),
        Invalid::SentenceBytes { at, sentence: s, bytes } => {
            format!("{}: bytes [{}, {}] is backwards", sentence(*at, *s), bytes.start, bytes.end)
        }
        Invalid::SentenceCount { side, owned, count } => {
            format!("{}: its paragraphs own {owned} sentences but the document has {count}", side_name(*side))
        }
        Invalid::Similarity { found } => format!("similarity: {found} is not a number from 0 to 1"),
        Invalid::Confidence { at, found } => {
            format!("{}: score: {found} is not a number from 0 to 1", bead(*at))
        }
        Invalid::OutOfRange { at, side, level, unit, len } => {
            let (side, unit_name) = (side_name(*side), unit_name(*level));
            format!(
                "{}: {side} {unit_name} {unit} is out of range; the {side} has {len} {unit_name}s (0 to {})",
                bead(*at),
                len.saturating_sub(1)
            )
        }
        Invalid::InTwoBeads { at, side, level, unit, earlier } => format!(
            "{}: {} {} {unit} is already in {}; a unit belongs to one bead",
            bead(*at),
            side_name(*side),
            unit_name(*level),
            bead(*earlier)
        ),
        Invalid::OutsideParagraphs { at, side, sentence, paragraph } => {
            let paragraphs = alignment.beads.get(at.bead).map_or(&[][..], |b| b.units(*side));
            let side = side_name(*side);
            format!(
                "{}: {side} sentence {sentence} is in paragraph {paragraph}, which is not in the bead's {side} paragraphs {paragraphs:?}",
                bead(*at)
            )
        }
        Invalid::Nested { at } => format!("{}: {}", bead(*at), BeadError::Nested),
    }
}

/// Pretty-prints the outer [`EXPANDED_DEPTH`] levels one entry a line and
/// everything deeper on one line, with a space after `,` and `:`.
#[derive(Default)]
struct ShallowPretty {
    depth: usize,
    has_value: bool,
}

impl ShallowPretty {
    fn expanded(&self) -> bool {
        self.depth <= EXPANDED_DEPTH
    }

    fn newline<W: ?Sized + Write>(&self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    fn begin<W: ?Sized + Write>(&mut self, w: &mut W, open: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(open)
    }

    fn end<W: ?Sized + Write>(&mut self, w: &mut W, close: &[u8]) -> std::io::Result<()> {
        let expanded = self.expanded();
        self.depth -= 1;
        if expanded && self.has_value {
            self.newline(w)?;
        }
        w.write_all(close)
    }

    fn item<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if self.expanded() {
            if !first {
                w.write_all(b",")?;
            }
            self.newline(w)
        } else if first {
            Ok(())
        } else {
            w.write_all(b", ")
        }
    }
}

impl serde_json::ser::Formatter for ShallowPretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.begin(w, b"[")
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.end(w, b"]")
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.item(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.begin(w, b"{")
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        self.end(w, b"}")
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        self.item(w, first)
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}
