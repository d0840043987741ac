//! The result of alignment, shared by compare, export and review.

use crate::text::{Document, Level, Side};
use serde::{Deserialize, Serialize};

/// What a bead says about the passages it pairs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BeadKind {
    /// Source units rendered by target units (1-1, 2-1, 1-2, 3-1, ...).
    Match,
    /// Source units with no counterpart (1-0): left out of the rendering.
    Omitted,
    /// Target units with no counterpart (0-1): added by the rendering.
    Added,
    /// Target units that render source units found elsewhere in the order.
    Moved,
}

/// A reviewer's verdict on a bead.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewStatus {
    /// Not looked at yet.
    #[default]
    Unreviewed,
    /// A reviewer confirmed it.
    Confirmed,
    /// A reviewer marked it wrong.
    Wrong,
}

/// One row of an alignment: source units paired with target units.
///
/// At paragraph level the units are paragraph indices and [`Bead::sentences`] holds the
/// sentence beads inside; at sentence level they are sentence indices (into
/// [`Document::sentences`]) and a sentence bead holds no sentence beads of its own. Which
/// sides a bead has follows from its kind and is fixed when it is made ([`Bead::new`]): an
/// omitted bead holds no target units, an added one no source units, a match both.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "BeadFields", into = "BeadFields")]
pub struct Bead {
    link: Link,
    /// How sure the aligner is, in [0, 1].
    pub confidence: f64,
    /// The reviewer's verdict.
    pub status: ReviewStatus,
    sentences: Vec<Bead>,
    /// What `transdiff update` found when it carried the bead over to a new version of the
    /// original; `None` in alignments made by the aligner (and for unchanged passages).
    pub update: Option<UpdateMark>,
}

/// The units a bead pairs, one variant per kind with exactly the sides that kind has; unit
/// lists are strictly ascending and the sides a variant has are not empty (but a moved
/// bead's source, which files written before may leave empty: a rendering of a passage not
/// found).
#[derive(Clone, Debug, PartialEq)]
enum Link {
    Matched { source: Vec<usize>, target: Vec<usize> },
    Omitted { source: Vec<usize> },
    Added { target: Vec<usize> },
    Moved { source: Vec<usize>, target: Vec<usize> },
}

/// Why [`Bead::new`] or [`Bead::with_sentences`] refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BeadError {
    /// The unit indices on `side` are not strictly ascending.
    NotAscending {
        /// The side at fault.
        side: Side,
    },
    /// The sides do not fit the kind: [`BeadError::expected`] says what it needs.
    Shape {
        /// The kind asked for.
        kind: BeadKind,
    },
    /// A sentence bead was given sentence beads of its own.
    Nested,
    /// Both sides are empty ([`Bead::from_units`]).
    Empty,
}

impl BeadError {
    /// For [`BeadError::Shape`], what `kind` needs (`"match" needs units on both sides`).
    pub fn expected(kind: BeadKind) -> &'static str {
        match kind {
            BeadKind::Match => "\"match\" needs units on both sides",
            BeadKind::Omitted => "\"omitted\" needs source units and no target units",
            BeadKind::Added => "\"added\" needs target units and no source units",
            BeadKind::Moved => "\"moved\" needs target units",
        }
    }
}

impl std::fmt::Display for BeadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BeadError::NotAscending { side } => {
                write!(f, "{} indices must be strictly ascending", side_name(*side))
            }
            BeadError::Shape { kind } => f.write_str(BeadError::expected(*kind)),
            BeadError::Nested => f.write_str("a sentence bead cannot hold sentence beads of its own"),
            BeadError::Empty => f.write_str("a bead needs units on one side at least"),
        }
    }
}

impl std::error::Error for BeadError {}

/// `source` or `target`, as messages say it.
pub fn side_name(side: Side) -> &'static str {
    match side {
        Side::Source => "source",
        Side::Target => "target",
    }
}

impl Bead {
    /// A bead of `kind` with no review yet and no sentence beads; refused when the units are
    /// not strictly ascending or the sides do not fit `kind` (see [`Link`]).
    pub fn new(
        kind: BeadKind,
        source: Vec<usize>,
        target: Vec<usize>,
        confidence: f64,
    ) -> Result<Bead, BeadError> {
        for (side, units) in [(Side::Source, &source), (Side::Target, &target)] {
            if units.windows(2).any(|w| w[0] >= w[1]) {
                return Err(BeadError::NotAscending { side });
            }
        }
        let (has_source, has_target) = (!source.is_empty(), !target.is_empty());
        let link = match kind {
            BeadKind::Match if has_source && has_target => Link::Matched { source, target },
            BeadKind::Omitted if has_source && !has_target => Link::Omitted { source },
            BeadKind::Added if !has_source && has_target => Link::Added { target },
            BeadKind::Moved if has_target => Link::Moved { source, target },
            _ => return Err(BeadError::Shape { kind }),
        };
        Ok(Bead { link, confidence, status: ReviewStatus::Unreviewed, sentences: Vec::new(), update: None })
    }

    /// The bead the units make, its kind following from the sides they fill: a match (a move
    /// when `moved`), an omission or an addition; `None` when both sides are empty. Unit lists
    /// are sorted and deduplicated first; [`BeadError::Empty`] when both sides are.
    pub fn from_units(
        mut source: Vec<usize>,
        mut target: Vec<usize>,
        moved: bool,
        confidence: f64,
    ) -> Result<Bead, BeadError> {
        for units in [&mut source, &mut target] {
            units.sort_unstable();
            units.dedup();
        }
        let kind = match (source.is_empty(), target.is_empty()) {
            (true, true) => return Err(BeadError::Empty),
            (false, false) if moved => BeadKind::Moved,
            (false, false) => BeadKind::Match,
            (false, true) => BeadKind::Omitted,
            (true, false) => BeadKind::Added,
        };
        Bead::new(kind, source, target, confidence)
    }

    /// This bead (confidence, review, update mark and sentence beads kept) pairing other
    /// units, its kind following from them as in [`Bead::from_units`].
    pub fn with_units(&self, source: Vec<usize>, target: Vec<usize>, moved: bool) -> Result<Bead, BeadError> {
        let link = Bead::from_units(source, target, moved, self.confidence)?.link;
        Ok(Bead { link, ..self.clone() })
    }

    /// What the bead says.
    pub fn kind(&self) -> BeadKind {
        match self.link {
            Link::Matched { .. } => BeadKind::Match,
            Link::Omitted { .. } => BeadKind::Omitted,
            Link::Added { .. } => BeadKind::Added,
            Link::Moved { .. } => BeadKind::Moved,
        }
    }

    /// Source unit indices, ascending (empty for [`BeadKind::Added`]).
    pub fn source(&self) -> &[usize] {
        match &self.link {
            Link::Matched { source, .. } | Link::Omitted { source } | Link::Moved { source, .. } => source,
            Link::Added { .. } => &[],
        }
    }

    /// Target unit indices, ascending (empty for [`BeadKind::Omitted`]).
    pub fn target(&self) -> &[usize] {
        match &self.link {
            Link::Matched { target, .. } | Link::Added { target } | Link::Moved { target, .. } => target,
            Link::Omitted { .. } => &[],
        }
    }

    /// The unit indices on `side`.
    pub fn units(&self, side: Side) -> &[usize] {
        match side {
            Side::Source => self.source(),
            Side::Target => self.target(),
        }
    }

    /// Sentence beads inside a paragraph bead (none in a sentence bead).
    pub fn sentences(&self) -> &[Bead] {
        &self.sentences
    }

    /// The sentence beads, to change their review status or update marks.
    pub fn sentences_mut(&mut self) -> &mut [Bead] {
        &mut self.sentences
    }

    /// Replaces the sentence beads at `range` by `with`; refused, changing nothing, when one
    /// of them holds sentence beads itself.
    pub fn splice_sentences(
        &mut self,
        range: std::ops::Range<usize>,
        with: &[Bead],
    ) -> Result<(), BeadError> {
        if with.iter().any(|s| !s.sentences.is_empty()) {
            return Err(BeadError::Nested);
        }
        self.sentences.splice(range, with.iter().cloned());
        Ok(())
    }

    /// Takes the sentence beads out, leaving none.
    pub fn take_sentences(&mut self) -> Vec<Bead> {
        std::mem::take(&mut self.sentences)
    }

    /// This bead holding `sentences` as its sentence beads (replacing any); refused when one
    /// of them holds sentence beads itself.
    pub fn with_sentences(mut self, sentences: Vec<Bead>) -> Result<Bead, BeadError> {
        if sentences.iter().any(|s| !s.sentences.is_empty()) {
            return Err(BeadError::Nested);
        }
        self.sentences = sentences;
        Ok(self)
    }

    /// This bead (confidence, review, update mark and sentence beads kept) pairing other units
    /// as `kind`; refused as [`Bead::new`] refuses.
    pub fn relinked(
        &self,
        kind: BeadKind,
        source: Vec<usize>,
        target: Vec<usize>,
    ) -> Result<Bead, BeadError> {
        let link = Bead::new(kind, source, target, self.confidence)?.link;
        Ok(Bead { link, ..self.clone() })
    }

    /// The same bead with the review status `status`.
    pub fn with_status(self, status: ReviewStatus) -> Bead {
        Bead { status, ..self }
    }
}

/// [`Bead`] as serde sees it: the fields the type had before it held its rules, so anything
/// serialised through serde keeps its shape; reading checks them with [`Bead::new`].
#[derive(Serialize, Deserialize)]
struct BeadFields {
    source: Vec<usize>,
    target: Vec<usize>,
    kind: BeadKind,
    confidence: f64,
    status: ReviewStatus,
    sentences: Vec<Bead>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    update: Option<UpdateMark>,
}

impl TryFrom<BeadFields> for Bead {
    type Error = BeadError;
    fn try_from(f: BeadFields) -> Result<Bead, BeadError> {
        let bead = Bead::new(f.kind, f.source, f.target, f.confidence)?;
        Ok(Bead { status: f.status, update: f.update, ..bead.with_sentences(f.sentences)? })
    }
}

impl From<Bead> for BeadFields {
    fn from(b: Bead) -> BeadFields {
        BeadFields {
            source: b.source().to_vec(),
            target: b.target().to_vec(),
            kind: b.kind(),
            confidence: b.confidence,
            status: b.status,
            sentences: b.sentences,
            update: b.update,
        }
    }
}

/// What `transdiff update` says about a bead of an alignment carried over from the original's
/// previous version (v1) to its new one (v2). Written into the alignment file as the bead's
/// `"update"` object (see `docs/update.md`); beads without one are unchanged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpdateMark {
    /// What happened to the bead's source passage.
    pub state: UpdateState,
    /// The v1 text of the source passage (stale, orphaned, up to date, moved), sentences
    /// joined with a space.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub was: String,
    /// The word diff from v1 to v2 (stale and up to date passages).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diff: Vec<DiffPiece>,
    /// Figures changed from v1 to v2 that the rendering still carries in their v1 form.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FigureChange>,
    /// A reviewer brought the rendering up to date (the view sets it; `update` never does).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub resolved: bool,
}

/// What happened to a passage of the original between two versions, as its rendering sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UpdateState {
    /// The source changed: the rendering passage needs a look.
    Stale,
    /// The source changed, but only in figures the rendering already carries in their new form.
    UpToDate,
    /// The source was deleted: the rendering passage has nothing left to render (delete it).
    Orphaned,
    /// The source is new in v2: nothing renders it yet (translate it).
    New,
    /// The source moved elsewhere in v2 unchanged: the rendering stays, its place may not.
    Moved,
}

/// A run of words of a word diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiffPiece {
    /// In both versions, only in v1, or only in v2.
    pub op: DiffOp,
    /// The text, with its white space.
    pub text: String,
}

/// Which version a diff piece is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DiffOp {
    /// Both.
    Equal,
    /// v1 only.
    Delete,
    /// v2 only.
    Insert,
}

/// A figure that changed from v1 to v2 while the rendering still carries the v1 figure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureChange {
    /// The figure in v1, as written.
    pub old: String,
    /// The figure in v2, as written; `None` when v2 dropped it.
    pub new: Option<String>,
    /// The rendering's figure that agrees with the old one, as written.
    pub rendering: String,
}

/// Whether two texts look like an original and its rendering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The texts pair up as an original and a translation.
    Translation,
    /// The texts do not look like translations of each other.
    NotTranslation,
    /// The texts are too short or share too few anchors to tell a translation from chance
    /// (one unit a side, or a handful of beads): no warning either way.
    Undetermined,
}

/// An original aligned with one rendering.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// The original.
    pub source: Document,
    /// The rendering.
    pub target: Document,
    /// Paragraph beads in reading order, each with its sentence beads.
    pub beads: Vec<Bead>,
    /// How much the texts look like translations of each other, in [0, 1].
    pub similarity: f64,
    /// What the similarity means.
    pub verdict: Verdict,
    /// Names of the lexicons (learned, dictionaries) the aligner used.
    pub lexicons: Vec<String>,
}

impl Alignment {
    /// An alignment given rather than found: made by hand, read from a bilingual file, or
    /// between two versions of one text. The texts are taken as translations (similarity 1),
    /// and no lexicon was used.
    pub fn given(source: Document, target: Document, beads: Vec<Bead>) -> Alignment {
        Alignment {
            source,
            target,
            beads,
            similarity: 1.0,
            verdict: Verdict::Translation,
            lexicons: Vec::new(),
        }
    }

    /// The beads at `level`: paragraph beads, or all sentence beads in order.
    pub fn beads_at(&self, level: Level) -> Vec<&Bead> {
        match level {
            Level::Paragraph => self.beads.iter().collect(),
            Level::Sentence => self.beads.iter().flat_map(|b| b.sentences.iter()).collect(),
        }
    }

    /// The beads at `level` as a partition, for exports that tools score or import: every
    /// unit of each side in exactly one bead. A moved bead takes the source units it renders
    /// that are omitted in place (their omitted bead loses them, and goes when empty); source
    /// units also matched in place stay there, and a moved bead left without source units is
    /// an addition (a repeat). The JSON keeps the cross-reference.
    pub fn partition_at(&self, level: Level) -> Vec<Bead> {
        partition(&self.beads_at(level))
    }

    /// Whether `bead`, one of this alignment's beads at `level`, is a repeat: a moved bead
    /// whose source units are all also matched in place, so the rendering holds the passage
    /// twice rather than elsewhere. Cheap for any bead that is not moved.
    pub fn is_repeat(&self, bead: &Bead, level: Level) -> bool {
        if bead.kind() != BeadKind::Moved || bead.source().is_empty() {
            return false;
        }
        let beads = self.beads_at(level);
        bead.source()
            .iter()
            .all(|s| beads.iter().any(|b| b.kind() == BeadKind::Match && b.source().contains(s)))
    }

    /// Checks the invariants the rest of transdiff indexes by (a bead's own rules hold by
    /// construction, [`Bead::new`]); `Err` says the first broken one and where.
    ///
    /// - every paragraph's `lines` are 1-based and in order; its pieces start at 0,
    ///   ascend and fall on character boundaries of its text;
    /// - the documents' sentences are owned contiguously and in order by their
    ///   paragraphs, with byte ranges inside the paragraph text on character boundaries;
    /// - bead indices are in range of their side's paragraphs or sentences;
    /// - no target unit is in two beads, and no source unit is in two beads unless
    ///   all but one are moved (a moved passage renders a source passage that may
    ///   also be matched in its place);
    /// - a bead's sentence beads only hold sentences of the bead's paragraphs and
    ///   have no sentence beads of their own;
    /// - confidences and the similarity are numbers in [0, 1]; sha256 is 64 hex digits.
    pub fn check(&self) -> Result<(), Invalid> {
        check_document(Side::Source, &self.source)?;
        check_document(Side::Target, &self.target)?;
        if !(0.0..=1.0).contains(&self.similarity) {
            return Err(Invalid::Similarity { found: self.similarity });
        }
        let docs = [&self.source, &self.target];
        let mut paragraph_use = UnitUse::new(docs.map(|d| d.paragraphs.len()));
        let mut sentence_use = UnitUse::new(docs.map(|d| d.sentences.len()));
        for (b, bead) in self.beads.iter().enumerate() {
            let at = BeadPlace { bead: b, sentence: None };
            check_bead(at, bead, docs.map(|d| d.paragraphs.len()), Level::Paragraph)?;
            paragraph_use.record(at, bead, Level::Paragraph)?;
            for (s, sentence) in bead.sentences.iter().enumerate() {
                let at = BeadPlace { bead: b, sentence: Some(s) };
                check_bead(at, sentence, docs.map(|d| d.sentences.len()), Level::Sentence)?;
                if !sentence.sentences.is_empty() {
                    return Err(Invalid::Nested { at });
                }
                for (side, doc) in [(Side::Source, docs[0]), (Side::Target, docs[1])] {
                    let paragraphs = bead.units(side);
                    if let Some(&i) = sentence
                        .units(side)
                        .iter()
                        .find(|&&i| !paragraphs.contains(&doc.sentences[i].paragraph))
                    {
                        let paragraph = doc.sentences[i].paragraph;
                        return Err(Invalid::OutsideParagraphs { at, side, sentence: i, paragraph });
                    }
                }
                sentence_use.record(at, sentence, Level::Sentence)?;
            }
        }
        Ok(())
    }

    /// The bead at `at`, if there is one.
    pub fn bead(&self, at: BeadPlace) -> Option<&Bead> {
        let bead = self.beads.get(at.bead)?;
        match at.sentence {
            None => Some(bead),
            Some(s) => bead.sentences.get(s),
        }
    }
}

/// Where a bead is in an [`Alignment`]: paragraph bead `bead`, or its sentence bead `sentence`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BeadPlace {
    /// Index into [`Alignment::beads`].
    pub bead: usize,
    /// Index into that bead's [`Bead::sentences`].
    pub sentence: Option<usize>,
}

/// Where a broken invariant of a [`Document`] is: a paragraph, maybe one of its pieces or
/// sentences (counted within the paragraph).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocPlace {
    /// Which document.
    pub side: Side,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
}

/// An invariant of an [`Alignment`] that does not hold ([`Alignment::check`]), with where
/// and what was expected.
#[derive(Clone, Debug, PartialEq)]
pub enum Invalid {
    /// A document's sha256 is not 64 lower-case hex digits.
    Sha256 { side: Side, found: String },
    /// A paragraph's lines are not 1-based with first <= last.
    Lines { at: DocPlace, lines: (usize, usize) },
    /// A paragraph's pieces do not start with one at text offset 0.
    FirstPiece { at: DocPlace },
    /// Piece `piece` starts inside a character of the paragraph text (`len` bytes).
    PieceBoundary { at: DocPlace, piece: usize, text_start: usize, len: usize },
    /// Piece `piece` starts before the one before it.
    PieceOrder { at: DocPlace, piece: usize },
    /// A paragraph's sentences do not start where the previous paragraph's end (`next`).
    SentencesOrder { at: DocPlace, sentences: std::ops::Range<usize>, next: usize },
    /// Sentence `sentence` of the paragraph is past the document's `count` sentences.
    NoSentence { at: DocPlace, sentence: usize, count: usize },
    /// Sentence `sentence` of the paragraph says it is in paragraph `says`.
    SentenceParagraph { at: DocPlace, sentence: usize, says: usize },
    /// Sentence `sentence`'s byte range is not on character boundaries of the paragraph text.
    SentenceRange { at: DocPlace, sentence: usize, range: std::ops::Range<usize>, len: usize },
    /// Sentence `sentence`'s file byte range is backwards.
    SentenceBytes { at: DocPlace, sentence: usize, bytes: std::ops::Range<usize> },
    /// The paragraphs own `owned` sentences but the document has `count`.
    SentenceCount { side: Side, owned: usize, count: usize },
    /// The similarity is not a number from 0 to 1.
    Similarity { found: f64 },
    /// A bead's confidence is not a number from 0 to 1.
    Confidence { at: BeadPlace, found: f64 },
    /// Unit `unit` on `side` is past the side's `len` units at `level`.
    OutOfRange { at: BeadPlace, side: Side, level: Level, unit: usize, len: usize },
    /// Unit `unit` on `side` at `level` is also in the bead at `earlier`.
    InTwoBeads { at: BeadPlace, side: Side, level: Level, unit: usize, earlier: BeadPlace },
    /// Sentence `sentence` on `side` is in `paragraph`, not one of the paragraph bead's.
    OutsideParagraphs { at: BeadPlace, side: Side, sentence: usize, paragraph: usize },
    /// A sentence bead holds sentence beads of its own.
    Nested { at: BeadPlace },
}

fn check_bead(at: BeadPlace, bead: &Bead, lens: [usize; 2], level: Level) -> Result<(), Invalid> {
    if !(0.0..=1.0).contains(&bead.confidence) {
        return Err(Invalid::Confidence { at, found: bead.confidence });
    }
    for (side, len) in [(Side::Source, lens[0]), (Side::Target, lens[1])] {
        if let Some(&unit) = bead.units(side).iter().find(|&&i| i >= len) {
            return Err(Invalid::OutOfRange { at, side, level, unit, len });
        }
    }
    Ok(())
}

/// Which bead first used each unit, per side, to catch a unit in two beads.
struct UnitUse {
    /// Per side, per unit: the first bead that holds it and whether that bead is moved.
    seen: [Vec<Option<(BeadPlace, bool)>>; 2],
}

impl UnitUse {
    fn new(lens: [usize; 2]) -> UnitUse {
        UnitUse { seen: lens.map(|n| vec![None; n]) }
    }

    fn record(&mut self, at: BeadPlace, bead: &Bead, level: Level) -> Result<(), Invalid> {
        let moved = bead.kind() == BeadKind::Moved;
        for (s, side) in [Side::Source, Side::Target].into_iter().enumerate() {
            for &unit in bead.units(side) {
                match self.seen[s][unit] {
                    // A moved passage may render a source passage matched elsewhere too.
                    Some((_, earlier_moved)) if side == Side::Source && (moved || earlier_moved) => {}
                    Some((earlier, _)) => return Err(Invalid::InTwoBeads { at, side, level, unit, earlier }),
                    None => self.seen[s][unit] = Some((at, moved)),
                }
            }
        }
        Ok(())
    }
}

fn check_document(side: Side, doc: &Document) -> Result<(), Invalid> {
    if doc.sha256.len() != 64 || !doc.sha256.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        return Err(Invalid::Sha256 { side, found: doc.sha256.clone() });
    }
    let mut next = 0;
    for (p, paragraph) in doc.paragraphs.iter().enumerate() {
        let at = DocPlace { side, paragraph: p };
        let (first, last) = paragraph.lines;
        if first == 0 || first > last {
            return Err(Invalid::Lines { at, lines: (first, last) });
        }
        match paragraph.pieces.first() {
            Some(piece) if piece.text_start == 0 => {}
            _ => return Err(Invalid::FirstPiece { at }),
        }
        for (i, piece) in paragraph.pieces.iter().enumerate() {
            if !paragraph.text.is_char_boundary(piece.text_start) {
                let (text_start, len) = (piece.text_start, paragraph.text.len());
                return Err(Invalid::PieceBoundary { at, piece: i, text_start, len });
            }
            if i > 0 && paragraph.pieces[i - 1].text_start > piece.text_start {
                return Err(Invalid::PieceOrder { at, piece: i });
            }
        }
        if paragraph.sentences.start != next || paragraph.sentences.end < paragraph.sentences.start {
            return Err(Invalid::SentencesOrder { at, sentences: paragraph.sentences.clone(), next });
        }
        next = paragraph.sentences.end;
        for i in paragraph.sentences.clone() {
            let local = i - paragraph.sentences.start;
            let Some(sentence) = doc.sentences.get(i) else {
                return Err(Invalid::NoSentence { at, sentence: local, count: doc.sentences.len() });
            };
            if sentence.paragraph != p {
                return Err(Invalid::SentenceParagraph { at, sentence: local, says: sentence.paragraph });
            }
            let range = &sentence.range;
            if range.start > range.end
                || !paragraph.text.is_char_boundary(range.start)
                || !paragraph.text.is_char_boundary(range.end)
            {
                let (range, len) = (range.clone(), paragraph.text.len());
                return Err(Invalid::SentenceRange { at, sentence: local, range, len });
            }
            if sentence.bytes.start > sentence.bytes.end {
                return Err(Invalid::SentenceBytes { at, sentence: local, bytes: sentence.bytes.clone() });
            }
        }
    }
    if next != doc.sentences.len() {
        return Err(Invalid::SentenceCount { side, owned: next, count: doc.sentences.len() });
    }
    Ok(())
}

/// [`Alignment::partition_at`] over any beads of one level, in reading order.
pub fn partition(beads: &[&Bead]) -> Vec<Bead> {
    let matched: std::collections::HashSet<usize> = beads
        .iter()
        .filter(|b| b.kind() == BeadKind::Match)
        .flat_map(|b| b.source().iter().copied())
        .collect();
    let mut taken = std::collections::HashSet::new();
    let mut moved: Vec<Option<Bead>> = beads
        .iter()
        .map(|b| match &b.link {
            Link::Moved { source, target } => {
                let source: Vec<usize> =
                    source.iter().copied().filter(|s| !matched.contains(s) && taken.insert(*s)).collect();
                let link = if source.is_empty() {
                    Link::Added { target: target.clone() }
                } else {
                    Link::Moved { source, target: target.clone() }
                };
                Some(Bead { link, ..(*b).clone() })
            }
            _ => None,
        })
        .collect();
    beads
        .iter()
        .zip(moved.iter_mut())
        .filter_map(|(b, m)| {
            if let Some(m) = m.take() {
                return Some(m);
            }
            let mut bead = (*b).clone();
            if let Link::Omitted { source } = &mut bead.link {
                source.retain(|s| !taken.contains(s));
                if source.is_empty() {
                    return None;
                }
            }
            Some(bead)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::{SegmentOptions, segment};
    use crate::text::Piece;
    use BeadKind::*;
    use pretty_assertions::assert_eq;

    fn bead(kind: BeadKind, s: &[usize], t: &[usize]) -> Bead {
        Bead::new(kind, s.to_vec(), t.to_vec(), 0.5).unwrap()
    }

    /// Source: paragraph 0 holds sentences 0 and 1, paragraph 1 sentence 2 ("Bravo one.").
    /// Target: paragraph 0 holds sentence 0, paragraph 1 sentences 1 and 2.
    fn fixture() -> Alignment {
        let options = SegmentOptions { lang: Some(crate::lang::Lang::EN), presplit: false };
        let source = segment("s.txt", b"Alpha one. Alpha two.\n\nBravo one.\n", &options).unwrap();
        let target = segment("t.txt", b"Delta one.\n\nEcho one. Echo two.\n", &options).unwrap();
        let beads = vec![
            bead(Match, &[0], &[0])
                .with_sentences(vec![bead(Match, &[0], &[0]), bead(Omitted, &[1], &[])])
                .unwrap(),
            bead(Match, &[1], &[1])
                .with_sentences(vec![bead(Match, &[2], &[1]), bead(Added, &[], &[2])])
                .unwrap(),
        ];
        Alignment {
            source,
            target,
            beads,
            similarity: 0.9,
            verdict: Verdict::Translation,
            lexicons: Vec::new(),
        }
    }

    fn checked(edit: impl FnOnce(&mut Alignment)) -> Result<(), Invalid> {
        let mut a = fixture();
        edit(&mut a);
        a.check()
    }

    const SOURCE_1: DocPlace = DocPlace { side: Side::Source, paragraph: 1 };
    const TARGET_1: DocPlace = DocPlace { side: Side::Target, paragraph: 1 };
    const BEAD_0: BeadPlace = BeadPlace { bead: 0, sentence: None };
    const BEAD_1: BeadPlace = BeadPlace { bead: 1, sentence: None };

    #[test]
    fn a_bead_holds_only_the_sides_its_kind_has() {
        assert_eq!(
            Bead::new(Match, vec![1, 0], vec![0], 1.0),
            Err(BeadError::NotAscending { side: Side::Source })
        );
        assert_eq!(
            Bead::new(Match, vec![0], vec![2, 2], 1.0),
            Err(BeadError::NotAscending { side: Side::Target })
        );
        assert_eq!(Bead::new(Match, vec![0], vec![], 1.0), Err(BeadError::Shape { kind: Match }));
        assert_eq!(Bead::new(Omitted, vec![0], vec![1], 1.0), Err(BeadError::Shape { kind: Omitted }));
        assert_eq!(Bead::new(Added, vec![0], vec![1], 1.0), Err(BeadError::Shape { kind: Added }));
        assert_eq!(Bead::new(Moved, vec![0], vec![], 1.0), Err(BeadError::Shape { kind: Moved }));
        // A move whose source passage is not known (files written before may hold one).
        let moved = bead(Moved, &[], &[3]);
        assert_eq!((moved.kind(), moved.source(), moved.target()), (Moved, &[][..], &[3][..]));
        let omitted = bead(Omitted, &[4, 5], &[]);
        assert_eq!((omitted.units(Side::Source), omitted.units(Side::Target)), (&[4, 5][..], &[][..]));
        assert_eq!(
            BeadError::Shape { kind: Omitted }.to_string(),
            "\"omitted\" needs source units and no target units"
        );
    }

    #[test]
    fn units_make_the_bead_their_sides_say() {
        let kinds = |s: &[usize], t: &[usize], moved| {
            Bead::from_units(s.to_vec(), t.to_vec(), moved, 1.0).map(|b| (b.kind(), b.source().to_vec()))
        };
        assert_eq!(kinds(&[2, 0, 2], &[1], false), Ok((Match, vec![0, 2])));
        assert_eq!(kinds(&[0], &[1], true), Ok((Moved, vec![0])));
        assert_eq!(kinds(&[0], &[], true), Ok((Omitted, vec![0])));
        assert_eq!(kinds(&[], &[1], true), Ok((Added, vec![])));
        assert_eq!(kinds(&[], &[], false), Err(BeadError::Empty));
        let kept =
            bead(Match, &[0], &[0]).with_status(ReviewStatus::Wrong).with_units(vec![0], vec![], false);
        assert_eq!(kept.map(|b| (b.kind(), b.status)), Ok((Omitted, ReviewStatus::Wrong)));
    }

    #[test]
    fn a_sentence_bead_holds_no_sentence_beads() {
        let inner = bead(Match, &[0], &[0]);
        let outer = bead(Match, &[0], &[0]).with_sentences(vec![inner.clone()]).unwrap();
        assert_eq!(bead(Match, &[0], &[0]).with_sentences(vec![outer]), Err(BeadError::Nested));
        let mut b = fixture().beads[0].clone();
        let nested = inner.clone().with_sentences(vec![inner.clone()]).unwrap();
        assert_eq!(b.splice_sentences(0..1, &[nested]), Err(BeadError::Nested));
        assert_eq!(b.splice_sentences(0..2, std::slice::from_ref(&inner)), Ok(()));
        assert_eq!(b.sentences(), [inner]);
    }

    #[test]
    fn serde_keeps_the_fields_and_checks_them() {
        let b = fixture().beads[1].clone();
        let json = serde_json::to_string(&b).unwrap();
        assert_eq!(
            json,
            r#"{"source":[1],"target":[1],"kind":"match","confidence":0.5,"status":"unreviewed","sentences":[{"source":[2],"target":[1],"kind":"match","confidence":0.5,"status":"unreviewed","sentences":[]},{"source":[],"target":[2],"kind":"added","confidence":0.5,"status":"unreviewed","sentences":[]}]}"#
        );
        assert_eq!(serde_json::from_str::<Bead>(&json).unwrap(), b);
        let wrong = json.replacen(r#""source":[1]"#, r#""source":[]"#, 1);
        let err = serde_json::from_str::<Bead>(&wrong).unwrap_err();
        assert_eq!(err.to_string(), "\"match\" needs units on both sides");
    }

    #[test]
    fn the_fixture_holds() {
        assert_eq!(fixture().check(), Ok(()));
    }

    #[test]
    fn broken_documents_are_named() {
        assert_eq!(
            checked(|a| a.source.sha256 = "ABC".into()),
            Err(Invalid::Sha256 { side: Side::Source, found: "ABC".into() })
        );
        assert_eq!(
            checked(|a| a.target.paragraphs[1].lines = (0, 3)),
            Err(Invalid::Lines { at: TARGET_1, lines: (0, 3) })
        );
        assert_eq!(
            checked(|a| a.target.paragraphs[1].pieces[0].text_start = 2),
            Err(Invalid::FirstPiece { at: TARGET_1 })
        );
        let piece = |text_start| Piece { text_start, file_start: 0, line: 3 };
        assert_eq!(
            checked(|a| a.source.paragraphs[1].pieces.push(piece(100))),
            Err(Invalid::PieceBoundary { at: SOURCE_1, piece: 1, text_start: 100, len: 10 })
        );
        assert_eq!(
            checked(|a| a.source.paragraphs[1].pieces.extend([piece(5), piece(3)])),
            Err(Invalid::PieceOrder { at: SOURCE_1, piece: 2 })
        );
        assert_eq!(
            checked(|a| a.source.paragraphs[1].sentences = 3..3),
            Err(Invalid::SentencesOrder { at: SOURCE_1, sentences: 3..3, next: 2 })
        );
        assert_eq!(
            checked(|a| a.source.sentences.truncate(2)),
            Err(Invalid::NoSentence { at: SOURCE_1, sentence: 0, count: 2 })
        );
        assert_eq!(
            checked(|a| a.source.sentences[2].paragraph = 0),
            Err(Invalid::SentenceParagraph { at: SOURCE_1, sentence: 0, says: 0 })
        );
        assert_eq!(
            checked(|a| a.source.sentences[2].range = std::ops::Range { start: 4, end: 2 }),
            Err(Invalid::SentenceRange {
                at: SOURCE_1,
                sentence: 0,
                range: std::ops::Range { start: 4, end: 2 },
                len: 10
            })
        );
        let bytes = std::ops::Range { start: 9, end: 3 };
        assert_eq!(
            checked(|a| a.source.sentences[2].bytes = bytes.clone()),
            Err(Invalid::SentenceBytes { at: SOURCE_1, sentence: 0, bytes })
        );
        assert_eq!(
            checked(|a| a.source.sentences.push(a.source.sentences[2].clone())),
            Err(Invalid::SentenceCount { side: Side::Source, owned: 3, count: 4 })
        );
    }

    #[test]
    fn broken_beads_are_named() {
        assert_eq!(checked(|a| a.similarity = 1.5), Err(Invalid::Similarity { found: 1.5 }));
        assert_eq!(
            checked(|a| a.beads[1].confidence = -0.5),
            Err(Invalid::Confidence { at: BEAD_1, found: -0.5 })
        );
        assert_eq!(
            checked(|a| a.beads[1] = a.beads[1].relinked(Match, vec![1], vec![5]).unwrap()),
            Err(Invalid::OutOfRange {
                at: BEAD_1,
                side: Side::Target,
                level: Level::Paragraph,
                unit: 5,
                len: 2
            })
        );
        assert_eq!(
            checked(|a| a.beads[0].sentences_mut()[1] = bead(Omitted, &[7], &[])),
            Err(Invalid::OutOfRange {
                at: BeadPlace { bead: 0, sentence: Some(1) },
                side: Side::Source,
                level: Level::Sentence,
                unit: 7,
                len: 3
            })
        );
        assert_eq!(
            checked(|a| a.beads[1] = a.beads[1].relinked(Match, vec![1], vec![0]).unwrap()),
            Err(Invalid::InTwoBeads {
                at: BEAD_1,
                side: Side::Target,
                level: Level::Paragraph,
                unit: 0,
                earlier: BEAD_0
            })
        );
        assert_eq!(
            checked(|a| a.beads[1].sentences_mut()[1] = bead(Added, &[], &[1])),
            Err(Invalid::InTwoBeads {
                at: BeadPlace { bead: 1, sentence: Some(1) },
                side: Side::Target,
                level: Level::Sentence,
                unit: 1,
                earlier: BeadPlace { bead: 1, sentence: Some(0) }
            })
        );
        // A move may render source paragraph 0, matched in place too; its sentence beads must
        // still be inside its own paragraphs.
        assert_eq!(
            checked(|a| a.beads[1] = a.beads[1].relinked(Moved, vec![0], vec![1]).unwrap()),
            Err(Invalid::OutsideParagraphs {
                at: BeadPlace { bead: 1, sentence: Some(0) },
                side: Side::Source,
                sentence: 2,
                paragraph: 1
            })
        );
        assert_eq!(
            checked(|a| {
                let inner = a.beads[0].sentences()[0].clone();
                a.beads[0].sentences_mut()[0] = inner.clone().with_sentences(vec![inner]).unwrap();
            }),
            Err(Invalid::Nested { at: BeadPlace { bead: 0, sentence: Some(0) } })
        );
    }

    #[test]
    fn a_move_takes_the_omitted_units_it_renders_in_the_partition() {
        let a = fixture();
        let (b0, b1) = (&a.beads[0].sentences()[0], &a.beads[0].sentences()[1]);
        let moved = bead(Moved, &[0, 1], &[2]);
        let repeat = bead(Moved, &[0], &[1]);
        let got: Vec<(BeadKind, Vec<usize>, Vec<usize>)> = partition(&[b0, b1, &moved, &repeat])
            .iter()
            .map(|b| (b.kind(), b.source().to_vec(), b.target().to_vec()))
            .collect();
        // Sentence 1 goes to the move (its omitted bead goes); sentence 0 stays matched in place.
        assert_eq!(got, [(Match, vec![0], vec![0]), (Moved, vec![1], vec![2]), (Added, vec![], vec![1])]);
    }
}
