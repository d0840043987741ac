//! The JSON alignment file: transdiff's own lossless, reloadable format.
//!
//! The wire types below are private and built `From<&Alignment>`, so the
//! schema (documented in `docs/formats.md`) stays put while the internal types
//! change. Reading goes the other way, then [`validate`] checks everything the
//! rest of transdiff indexes by, so a hand-edited file fails here with a
//! message naming the bead, never later with a panic.

use super::write_error;
use crate::alignment::{Alignment, Bead, BeadKind, ReviewStatus, UpdateMark, Verdict};
use crate::error::{Error, ErrorKind, Result};
use crate::lang::Lang;
use crate::text::{Document, Layout, Location, Paragraph, ParagraphKind, Piece, Sentence};
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

wire_enum!(Verdict <=> VerdictWire { Translation, NotTranslation });
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
            source: b.source.clone(),
            target: b.target.clone(),
            kind: b.kind.into(),
            score: b.confidence,
            status: b.status.into(),
            sentences: b
                .sentences
                .iter()
                .map(|s| SentenceBeadWire {
                    source: s.source.clone(),
                    target: s.target.clone(),
                    kind: s.kind.into(),
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
        Ok(Alignment {
            source: self.source.to_document("source")?,
            target: self.target.to_document("target")?,
            beads: self.beads.iter().map(BeadWire::to_bead).collect(),
            similarity: self.similarity,
            verdict: self.verdict.into(),
            lexicons: self.lexicons.clone(),
        })
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
    fn to_bead(&self) -> Bead {
        Bead {
            source: self.source.clone(),
            target: self.target.clone(),
            kind: self.kind.into(),
            confidence: self.score,
            status: self.status.into(),
            sentences: self
                .sentences
                .iter()
                .map(|s| Bead {
                    source: s.source.clone(),
                    target: s.target.clone(),
                    kind: s.kind.into(),
                    confidence: s.score,
                    status: s.status.into(),
                    sentences: Vec::new(),
                    update: s.update.clone(),
                })
                .collect(),
            update: self.update.clone(),
        }
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
    validate(&alignment).map_err(invalid)?;
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

/// Checks the invariants the rest of transdiff relies on; `Err` names the place.
///
/// - every paragraph's `lines` are 1-based and in order; its pieces start at 0,
///   ascend and fall on character boundaries of its text;
/// - the documents' sentences are owned contiguously and in order by their
///   paragraphs, with byte ranges inside the paragraph text on character boundaries;
/// - bead indices are in range and strictly ascending; a bead is not empty on
///   both sides; `added` has no source, `omitted` no target, `match` both,
///   `moved` a target;
/// - no target unit is in two beads, and no source unit is in two beads unless
///   all but one are `moved` (a moved passage renders a source passage that may
///   also be matched in its place);
/// - a bead's sentence beads only hold sentences of the bead's paragraphs and
///   have no sentence beads of their own;
/// - scores and the similarity are numbers in [0, 1]; sha256 is 64 hex digits.
pub fn validate(alignment: &Alignment) -> std::result::Result<(), String> {
    validate_document("source", &alignment.source)?;
    validate_document("target", &alignment.target)?;
    check_unit_score(|| "similarity".to_string(), alignment.similarity)?;
    let docs = [&alignment.source, &alignment.target];
    let mut paragraph_use = UnitUse::new(docs.map(|d| d.paragraphs.len()));
    let mut sentence_use = UnitUse::new(docs.map(|d| d.sentences.len()));
    for (b, bead) in alignment.beads.iter().enumerate() {
        let here = BeadAt { bead: b, sentence: None };
        let at = || here.name(alignment);
        check_bead(&at, bead, docs.map(|d| d.paragraphs.len()), "paragraph")?;
        paragraph_use.record(here, bead, "paragraph", alignment)?;
        for (s, sentence) in bead.sentences.iter().enumerate() {
            let here = BeadAt { bead: b, sentence: Some(s) };
            let at = || here.name(alignment);
            check_bead(&at, sentence, docs.map(|d| d.sentences.len()), "sentence")?;
            if !sentence.sentences.is_empty() {
                return Err(format!("{}: a sentence bead cannot hold sentence beads of its own", at()));
            }
            for (side, doc, units, paragraphs) in [
                ("source", docs[0], &sentence.source, &bead.source),
                ("target", docs[1], &sentence.target, &bead.target),
            ] {
                if let Some(&i) = units.iter().find(|&&i| !paragraphs.contains(&doc.sentences[i].paragraph)) {
                    return Err(format!(
                        "{}: {side} sentence {i} is in paragraph {}, which is not in the bead's {side} paragraphs {paragraphs:?}",
                        at(),
                        doc.sentences[i].paragraph
                    ));
                }
            }
            sentence_use.record(here, sentence, "sentence", alignment)?;
        }
    }
    Ok(())
}

/// Where a bead is: `beads[b]`, or `beads[b].sentences[s]`. Named only when a
/// message needs it, so validating a large alignment allocates nothing per bead.
#[derive(Clone, Copy)]
struct BeadAt {
    bead: usize,
    sentence: Option<usize>,
}

impl BeadAt {
    /// `beads[3].sentences[1] (source [4], target [5, 6], kind "match")`.
    fn name(self, alignment: &Alignment) -> String {
        let paragraph_bead = &alignment.beads[self.bead];
        let (path, bead) = match self.sentence {
            None => (format!("beads[{}]", self.bead), paragraph_bead),
            Some(s) => (format!("beads[{}].sentences[{s}]", self.bead), &paragraph_bead.sentences[s]),
        };
        format!(
            "{path} (source {:?}, target {:?}, kind \"{}\")",
            bead.source,
            bead.target,
            super::kind_name(bead.kind)
        )
    }
}

fn check_unit_score(at: impl Fn() -> String, score: f64) -> std::result::Result<(), String> {
    if (0.0..=1.0).contains(&score) {
        Ok(())
    } else {
        Err(format!("{}: {score} is not a number from 0 to 1", at()))
    }
}

fn check_bead(
    at: &dyn Fn() -> String,
    bead: &Bead,
    lens: [usize; 2],
    unit: &str,
) -> std::result::Result<(), String> {
    check_unit_score(|| format!("{}: score", at()), bead.confidence)?;
    for (side, units, len) in [("source", &bead.source, lens[0]), ("target", &bead.target, lens[1])] {
        if let Some(&i) = units.iter().find(|&&i| i >= len) {
            return Err(format!(
                "{}: {side} {unit} {i} is out of range; the {side} has {len} {unit}s (0 to {})",
                at(),
                len.saturating_sub(1)
            ));
        }
        if units.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("{}: {side} {unit} indices must be strictly ascending", at()));
        }
    }
    let (has_source, has_target) = (!bead.source.is_empty(), !bead.target.is_empty());
    let fits = match bead.kind {
        BeadKind::Match => has_source && has_target,
        BeadKind::Omitted => has_source && !has_target,
        BeadKind::Added => !has_source && has_target,
        BeadKind::Moved => has_target,
    };
    if !fits {
        let expected = match bead.kind {
            BeadKind::Match => "\"match\" needs units on both sides",
            BeadKind::Omitted => "\"omitted\" needs source units and no target units",
            BeadKind::Added => "\"added\" needs target units and no source units",
            BeadKind::Moved => "\"moved\" needs target units",
        };
        return Err(format!("{}: {expected}", at()));
    }
    Ok(())
}

/// Which bead first used each unit, per side, to catch a unit in two beads.
struct UnitUse {
    /// Per side, per unit: the first bead that holds it and whether that bead is `moved`.
    seen: [Vec<Option<(BeadAt, bool)>>; 2],
}

impl UnitUse {
    fn new(lens: [usize; 2]) -> UnitUse {
        UnitUse { seen: lens.map(|n| vec![None; n]) }
    }

    fn record(
        &mut self,
        here: BeadAt,
        bead: &Bead,
        unit: &str,
        alignment: &Alignment,
    ) -> std::result::Result<(), String> {
        let moved = bead.kind == BeadKind::Moved;
        for (s, (side, units)) in [("source", &bead.source), ("target", &bead.target)].into_iter().enumerate()
        {
            for &i in units {
                match self.seen[s][i] {
                    // A moved passage may render a source passage matched elsewhere too.
                    Some((_, earlier_moved)) if s == 0 && (moved || earlier_moved) => {}
                    Some((earlier, _)) => {
                        return Err(format!(
                            "{}: {side} {unit} {i} is already in {}; a unit belongs to one bead",
                            here.name(alignment),
                            earlier.name(alignment)
                        ));
                    }
                    None => self.seen[s][i] = Some((here, moved)),
                }
            }
        }
        Ok(())
    }
}

fn validate_document(side: &str, doc: &Document) -> std::result::Result<(), String> {
    if doc.sha256.len() != 64 || !doc.sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(format!("{side}.sha256: {:?} is not 64 lower-case hex digits", doc.sha256));
    }
    let mut next_sentence = 0;
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        let at = || format!("{side}.paragraphs[{p}]");
        let (first, last) = paragraph.lines;
        if first == 0 || first > last {
            return Err(format!("{}: lines [{first}, {last}] must be 1-based with first <= last", at()));
        }
        match paragraph.pieces.first() {
            Some(piece) if piece.text_start == 0 => {}
            _ => return Err(format!("{}: pieces must start with one at text_start 0", at())),
        }
        for (i, piece) in paragraph.pieces.iter().enumerate() {
            if !paragraph.text.is_char_boundary(piece.text_start) {
                return Err(format!(
                    "{}.pieces[{i}]: text_start {} is not on a character boundary of the paragraph text ({} bytes)",
                    at(),
                    piece.text_start,
                    paragraph.text.len()
                ));
            }
            if i > 0 && paragraph.pieces[i - 1].text_start > piece.text_start {
                return Err(format!("{}.pieces[{i}]: text_start must not go down", at()));
            }
        }
        if paragraph.sentences.start != next_sentence || paragraph.sentences.end < paragraph.sentences.start {
            return Err(format!(
                "{}: its sentences {:?} do not follow on from the previous paragraph's (next is {next_sentence})",
                at(),
                paragraph.sentences
            ));
        }
        next_sentence = paragraph.sentences.end;
        for i in paragraph.sentences.clone() {
            let at = || format!("{}.sentences[{}]", at(), i - paragraph.sentences.start);
            let Some(sentence) = doc.sentences.get(i) else {
                return Err(format!("{}: there are only {} sentences", at(), doc.sentences.len()));
            };
            if sentence.paragraph != p {
                return Err(format!("{}: the sentence says it is in paragraph {}", at(), sentence.paragraph));
            }
            let range = &sentence.range;
            if range.start > range.end
                || !paragraph.text.is_char_boundary(range.start)
                || !paragraph.text.is_char_boundary(range.end)
            {
                return Err(format!(
                    "{}: range [{}, {}] is not a byte range on character boundaries of the paragraph text ({} bytes)",
                    at(),
                    range.start,
                    range.end,
                    paragraph.text.len()
                ));
            }
            if sentence.bytes.start > sentence.bytes.end {
                return Err(format!(
                    "{}: bytes [{}, {}] is backwards",
                    at(),
                    sentence.bytes.start,
                    sentence.bytes.end
                ));
            }
        }
    }
    if next_sentence != doc.sentences.len() {
        return Err(format!(
            "{side}: its paragraphs own {next_sentence} sentences but the document has {}",
            doc.sentences.len()
        ));
    }
    Ok(())
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
