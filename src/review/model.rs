//! The review's model: the alignments being reviewed and everything derived from them at
//! the level shown (rows, findings, marks, divergences, counts), rebuilt in one place
//! ([`Model::rebuild`]) after every change of the alignments or the level.
//!
//! It also answers what a cell holds ([`Model::cell_blocks`]) and where a place in the
//! texts shows ([`Anchor`]); wrapping what a cell holds is `layout`'s.
//!
//! An alignment carried to a new version of the original by `transdiff update` has marks on
//! its beads ([`UpdateMark`]): a cell shows each as a label ([`CellLabel::Update`]) and, for a
//! stale passage, the v1 → v2 word diff the update stored, as a note block below the
//! rendering's text ([`Block::note`]), built here from the stored pieces.

use super::Options;
use super::layout::{self, CellLine, Mark};
use super::rows::{BeadAddr, RowKind, Rows};
use crate::alignment::{Alignment, Bead, BeadKind, DiffOp, ReviewStatus, UpdateMark, UpdateState};
use crate::compare::{Finding, FindingKind, Occurrence, Severity};
use crate::text::{Document, Level, ParagraphKind, Side};
use std::collections::HashMap;
use std::ops::Range;

/// A highlighted byte range of a text, and how much it matters.
pub type Highlight = (Range<usize>, Severity);

/// Beads below this confidence get a `?` in the gutter.
pub const LOW_CONFIDENCE: f64 = 0.5;

/// Which document a column shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocRef {
    /// The original.
    Source,
    /// Rendering `r`.
    Target(usize),
}

/// How a block of text is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockStyle {
    /// Aligned text.
    Normal,
    /// The original's text, shown in a rendering's column where it is missing.
    Omitted,
    /// Text only the rendering has.
    Added,
    /// Text the rendering has elsewhere in the order.
    Moved,
    /// A note of `transdiff update` about the passage above it (the v1 → v2 diff, a figure).
    Note,
}

/// A label line above a cell's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CellLabel {
    /// "∅ omitted": the rendering leaves the passage out.
    Omitted,
    /// "+ added": the rendering adds the passage.
    Added,
    /// "↷ moved from row N": the rendering moved the passage here.
    MovedFrom(Option<usize>),
    /// "↷ moved to row N": the rendering has this passage at another row.
    MovedTo(usize),
    /// "⧉ repeated here from row N": the rendering holds the passage twice, in place and here
    /// ([`Alignment::is_repeat`]).
    RepeatedFrom(Option<usize>),
    /// "⧉ repeated at row N": the passage matched here is also rendered at another row.
    RepeatedAt(usize),
    /// "↷ original at row N": in the original's column, for a moved passage.
    OriginalAt(usize),
    /// "∅ not aligned": no bead of the rendering holds the passage.
    Unaligned,
    /// What `transdiff update` found: "! stale", "* new", "- orphaned", "= up to date",
    /// "~ moved"; a stale passage a reviewer marked resolved says so.
    Update {
        /// The mark's state.
        state: UpdateState,
        /// A reviewer marked it resolved.
        resolved: bool,
    },
}

/// A unit's text in a cell, with its highlights.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Whose text.
    pub doc: DocRef,
    /// The unit (paragraph or sentence) at the view's level.
    pub unit: usize,
    /// How to show it.
    pub style: BlockStyle,
    /// Divergent figures and names: byte ranges in the unit's text.
    pub marks: Vec<Highlight>,
    /// Matches of the current search: byte ranges in the unit's text.
    pub search: Vec<Range<usize>>,
    /// The kind of paragraph the unit is (or is in): headings show bold, captions italic.
    pub kind: ParagraphKind,
    /// A text of the view's own shown instead of the unit's (an update's diff or figure note).
    pub note: Option<String>,
    /// In a note: the pieces of a word diff, byte ranges in the note with what they are.
    pub diff: DiffSpans,
}

/// What the mark gutter of a cell shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Gutter {
    /// The reviewer's verdict, when all the cell's beads share one.
    pub status: Option<ReviewStatus>,
    /// A bead of the cell is below [`LOW_CONFIDENCE`].
    pub low_confidence: bool,
    /// The cell holds a divergent figure or name.
    pub finding: bool,
}

/// One column of a wrapped row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WrappedCell {
    /// The text blocks.
    pub blocks: Vec<Block>,
    /// The screen lines.
    pub lines: Vec<CellLine>,
    /// The mark gutter.
    pub gutter: Gutter,
}

/// A row wrapped to the current column widths.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WrappedRow {
    /// One cell per column, the original first.
    pub cells: Vec<WrappedCell>,
    /// Screen lines, including the separator line below the row.
    pub height: usize,
}

/// Bead counts for the status line, per rendering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StatusCounts {
    /// Omitted beads.
    pub omitted: usize,
    /// Added beads.
    pub added: usize,
    /// Moved beads.
    pub moved: usize,
    /// Divergent figures.
    pub figures: usize,
    /// Name findings.
    pub names: usize,
    /// Marks of `transdiff update`, counted on sentence beads whatever the level shown.
    pub update: UpdateCounts,
}

/// The pieces of a word diff shown in a note: byte ranges in the note, with what they are.
pub type DiffSpans = Vec<(Range<usize>, DiffOp)>;

/// The marks of `transdiff update` in one alignment, by state (sentence beads).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UpdateCounts {
    /// Stale passages, resolved or not.
    pub stale: usize,
    /// Stale passages a reviewer marked resolved.
    pub resolved: usize,
    /// Stale passages whose rendering still has a figure in its old form.
    pub figures: usize,
    /// New source passages, with no rendering yet.
    pub new: usize,
    /// Rendering passages whose source was deleted.
    pub orphaned: usize,
    /// Passages whose changed figures the rendering already has.
    pub up_to_date: usize,
    /// Passages the original moved.
    pub moved: usize,
}

impl UpdateCounts {
    /// True when the alignment has any mark of `transdiff update`.
    pub fn any(&self) -> bool {
        self.stale + self.new + self.orphaned + self.up_to_date + self.moved > 0
    }
}

/// An entry of the figures panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureEntry {
    /// The rendering.
    pub rendering: usize,
    /// Index in that rendering's findings.
    pub finding: usize,
    /// The row where it shows.
    pub row: usize,
}

/// A place in the texts that survives rebuilding the rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Anchor {
    Source(usize),
    Target(usize, usize),
}

/// The alignments and what is derived from them at the level shown.
pub(crate) struct Model {
    pub(crate) alignments: Vec<Alignment>,
    pub(crate) options: Options,
    pub(crate) level: Level,
    /// Derived, by [`Model::rebuild`]:
    pub(crate) derived: Derived,
}

/// Everything [`Model::rebuild`] derives from the alignments.
#[derive(Default)]
pub(crate) struct Derived {
    pub(crate) rows: Rows,
    pub(crate) findings: Vec<Vec<Finding>>,
    marks: HashMap<(DocRef, usize), Vec<Highlight>>,
    /// Rows with something to look at, ascending, with their worst mark.
    pub(crate) divergences: Vec<(usize, Mark)>,
    pub(crate) figure_list: Vec<FigureEntry>,
    pub(crate) counts: Vec<StatusCounts>,
    /// Rows holding a bead with a mark of `transdiff update`, ascending.
    pub(crate) updates: Vec<usize>,
}

impl Model {
    /// The model of `alignments` at paragraph level.
    pub(crate) fn new(alignments: Vec<Alignment>, options: Options) -> Model {
        let mut model = Model { alignments, options, level: Level::Paragraph, derived: Derived::default() };
        model.rebuild();
        model
    }

    /// The rows.
    pub(crate) fn rows(&self) -> &Rows {
        &self.derived.rows
    }

    /// The number of columns (the original and each rendering).
    pub(crate) fn columns(&self) -> usize {
        self.alignments.len() + 1
    }

    /// The document shown by `doc`.
    pub(crate) fn doc(&self, doc: DocRef) -> &Document {
        match doc {
            DocRef::Source => &self.alignments[0].source,
            DocRef::Target(r) => &self.alignments[r].target,
        }
    }

    /// The text of a block.
    pub(crate) fn block_text<'a>(&'a self, block: &'a Block) -> &'a str {
        match &block.note {
            Some(note) => note,
            None => self.doc(block.doc).unit_text(self.level, block.unit),
        }
    }

    /// The widest line of the tables and code blocks in `row`, in cells (0 when none).
    pub(crate) fn preformatted_width(&self, row: usize) -> usize {
        (0..self.columns())
            .flat_map(|col| self.cell_blocks(row, col, None).0)
            .filter(Block::is_preformatted)
            .map(|b| layout::pre_width_of(self.block_text(&b)))
            .max()
            .unwrap_or(0)
    }

    /// The language of rendering `r`, as the message line names it.
    pub(crate) fn lang_of(&self, r: usize) -> String {
        self.alignments[r].target.lang.to_string()
    }

    /// Rendering `r`'s beads (indices in `rows().beads[r]`) in `row`.
    pub(crate) fn cell_beads(&self, row: usize, r: usize) -> &[usize] {
        self.derived.rows.rows.get(row).map_or(&[], |row| &row.cells[r].beads[..])
    }

    /// The addresses of rendering `r`'s beads in `row`.
    pub(crate) fn cell_addrs(&self, row: usize, r: usize) -> Vec<BeadAddr> {
        self.cell_beads(row, r).iter().map(|&i| self.derived.rows.beads[r][i]).collect()
    }

    /// The lowest confidence among rendering `r`'s beads in `row`.
    pub(crate) fn confidence(&self, row: usize, r: usize) -> Option<f64> {
        let row = self.derived.rows.rows.get(row)?;
        row.cells[r]
            .beads
            .iter()
            .map(|&i| self.derived.rows.beads[r][i].get(&self.alignments[r]).confidence)
            .min_by(f64::total_cmp)
    }

    /// `row` wrapped to column `widths`, with the matches of `query` highlighted; tables and
    /// code keep their lines, shown from `hscroll` cells in.
    pub(crate) fn wrap_row(
        &self,
        row: usize,
        query: Option<&str>,
        widths: &[u16],
        hscroll: usize,
    ) -> WrappedRow {
        let cells: Vec<WrappedCell> = (0..self.columns())
            .map(|col| {
                let (blocks, labels) = self.cell_blocks(row, col, query);
                let width = usize::from(widths.get(col).copied().unwrap_or(1));
                // Paragraphs sharing a cell are set apart as in the files; sentences run on.
                let apart = self.level == Level::Paragraph;
                let texts: Vec<layout::CellText> = blocks
                    .iter()
                    .map(|b| layout::CellText {
                        text: self.block_text(b),
                        preformatted: b.is_preformatted(),
                        apart,
                    })
                    .collect();
                let lines = layout::cell_lines(&texts, labels, width, hscroll);
                let gutter = self.gutter(row, col, &blocks);
                WrappedCell { blocks, lines, gutter }
            })
            .collect();
        let height = layout::row_height(cells.iter().map(|c| c.lines.len()));
        WrappedRow { cells, height }
    }

    /// The blocks of a cell, and its labels with the block index they precede; matches of
    /// `query` (lower case) are marked.
    pub(crate) fn cell_blocks(
        &self,
        row: usize,
        col: usize,
        query: Option<&str>,
    ) -> (Vec<Block>, Vec<(usize, CellLabel)>) {
        let rows = &self.derived.rows;
        let row_data = &rows.rows[row];
        let mut blocks = Vec::new();
        let mut labels = Vec::new();
        let push = |blocks: &mut Vec<Block>, doc: DocRef, unit: usize, style: BlockStyle| {
            let marks = self.unit_marks(doc, unit);
            let d = self.doc(doc);
            let search = query.map_or_else(Vec::new, |q| search_matches(d.unit_text(self.level, unit), q));
            let paragraph = match self.level {
                Level::Paragraph => unit,
                Level::Sentence => d.sentences[unit].paragraph,
            };
            let kind = d.paragraphs[paragraph].kind;
            blocks.push(Block { doc, unit, style, marks, search, kind, note: None, diff: Vec::new() });
        };
        // An update's notes on rendering `r`'s bead, after its text.
        let push_notes = |blocks: &mut Vec<Block>, r: usize, bead: &Bead| {
            let unit = bead.target().first().or(bead.source().first()).copied().unwrap_or(0);
            for (note, diff) in update_notes(bead) {
                let search = query.map_or_else(Vec::new, |q| search_matches(&note, q));
                blocks.push(Block {
                    doc: DocRef::Target(r),
                    unit,
                    style: BlockStyle::Note,
                    marks: Vec::new(),
                    search,
                    kind: ParagraphKind::Body,
                    note: Some(note),
                    diff,
                });
            }
        };
        match (&row_data.kind, col) {
            (RowKind::Pivot { source }, 0) => {
                for unit in source.clone() {
                    push(&mut blocks, DocRef::Source, unit, BlockStyle::Normal);
                }
            }
            (RowKind::Extra { from_row, .. }, 0) => {
                if let Some(from) = from_row {
                    labels.push((0, CellLabel::OriginalAt(*from)));
                }
            }
            (kind, col) => {
                let r = col - 1;
                let cell = &row_data.cells[r];
                for &i in &cell.beads {
                    let bead = rows.beads[r][i].get(&self.alignments[r]);
                    // An update's mark labels the bead; "new" and "orphaned" say more than
                    // "omitted" and "added", and take their place.
                    let update = bead
                        .update
                        .as_ref()
                        .map(|m| CellLabel::Update { state: m.state, resolved: m.resolved });
                    let replaces = bead.update.as_ref().is_some_and(|m| {
                        matches!(
                            (m.state, bead.kind()),
                            (UpdateState::New, BeadKind::Omitted) | (UpdateState::Orphaned, BeadKind::Added)
                        )
                    });
                    if let Some(label) = update {
                        labels.push((blocks.len(), label));
                    }
                    match bead.kind() {
                        BeadKind::Omitted => {
                            if !replaces {
                                labels.push((blocks.len(), CellLabel::Omitted));
                            }
                            for &s in bead.source() {
                                push(&mut blocks, DocRef::Source, s, BlockStyle::Omitted);
                            }
                        }
                        BeadKind::Added => {
                            if !replaces {
                                labels.push((blocks.len(), CellLabel::Added));
                            }
                            for &t in bead.target() {
                                push(&mut blocks, DocRef::Target(r), t, BlockStyle::Added);
                            }
                        }
                        BeadKind::Moved => {
                            let from = match kind {
                                RowKind::Extra { from_row, .. } => *from_row,
                                RowKind::Pivot { .. } => None,
                            };
                            let repeat = self.alignments[r].is_repeat(bead, self.level);
                            labels.push((
                                blocks.len(),
                                if repeat {
                                    CellLabel::RepeatedFrom(from)
                                } else {
                                    CellLabel::MovedFrom(from)
                                },
                            ));
                            for &t in bead.target() {
                                push(&mut blocks, DocRef::Target(r), t, BlockStyle::Moved);
                            }
                        }
                        BeadKind::Match => {
                            for &t in bead.target() {
                                push(&mut blocks, DocRef::Target(r), t, BlockStyle::Normal);
                            }
                        }
                    }
                    push_notes(&mut blocks, r, bead);
                }
                // Matched here and also rendered elsewhere: a repeat, not a move.
                let matched_here = cell
                    .beads
                    .iter()
                    .any(|&i| rows.beads[r][i].get(&self.alignments[r]).kind() == BeadKind::Match);
                for &to in &cell.moved_to {
                    labels.push((
                        usize::MAX,
                        if matched_here { CellLabel::RepeatedAt(to) } else { CellLabel::MovedTo(to) },
                    ));
                }
                if cell.beads.is_empty() && cell.moved_to.is_empty() && matches!(kind, RowKind::Pivot { .. })
                {
                    labels.push((usize::MAX, CellLabel::Unaligned));
                }
            }
        }
        (blocks, labels)
    }

    fn gutter(&self, row: usize, col: usize, blocks: &[Block]) -> Gutter {
        let finding = blocks.iter().any(|b| !b.marks.is_empty());
        let Some(r) = col.checked_sub(1) else { return Gutter { finding, ..Gutter::default() } };
        let rows = &self.derived.rows;
        let beads: Vec<&Bead> = rows.rows[row].cells[r]
            .beads
            .iter()
            .map(|&i| rows.beads[r][i].get(&self.alignments[r]))
            .collect();
        let status = beads.first().map(|b| b.status).filter(|s| beads.iter().all(|b| b.status == *s));
        let low_confidence = beads.iter().any(|b| b.confidence < LOW_CONFIDENCE);
        Gutter { status: status.filter(|s| *s != ReviewStatus::Unreviewed), low_confidence, finding }
    }

    /// True when a cell of `row` holds `needle` (lower case).
    pub(crate) fn row_contains(&self, row: usize, needle: &str) -> bool {
        (0..self.columns()).any(|col| {
            let (blocks, _) = self.cell_blocks(row, col, None);
            blocks.iter().any(|b| self.block_text(b).to_lowercase().contains(needle))
        })
    }

    /// The highlights of a unit, in the unit's text.
    fn unit_marks(&self, doc: DocRef, unit: usize) -> Vec<Highlight> {
        let d = self.doc(doc);
        let (paragraph, range) = match self.level {
            Level::Paragraph => (unit, 0..d.paragraphs[unit].text.len()),
            Level::Sentence => (d.sentences[unit].paragraph, d.sentences[unit].range.clone()),
        };
        let Some(marks) = self.derived.marks.get(&(doc, paragraph)) else { return Vec::new() };
        let text = &d.paragraphs[paragraph].text[range.clone()];
        marks
            .iter()
            .filter(|(span, _)| span.start < range.end && span.end > range.start)
            .map(|(span, sev)| {
                let start = span.start.max(range.start) - range.start;
                let end = span.end.min(range.end) - range.start;
                // A span from a finding that cuts a character is widened to whole characters.
                (floor_boundary(text, start)..ceil_boundary(text, end), *sev)
            })
            .collect()
    }

    // ---- building ------------------------------------------------------------------------

    /// Rebuilds everything derived from the alignments: rows, findings, counts.
    pub(crate) fn rebuild(&mut self) {
        let rows = Rows::build(&self.alignments, self.level);
        let findings: Vec<Vec<Finding>> = self.alignments.iter().map(self.options.compare).collect();
        let mut highlights: HashMap<(DocRef, usize), Vec<Highlight>> = HashMap::new();
        for (r, findings) in findings.iter().enumerate() {
            for f in findings {
                for (occ, doc) in [(f.source(), DocRef::Source), (f.target(), DocRef::Target(r))] {
                    if let Some(o) = occ {
                        highlights
                            .entry((doc, o.paragraph))
                            .or_default()
                            .push((o.span.clone(), f.kind.severity()));
                    }
                }
            }
        }
        let mut marks: HashMap<usize, Mark> = HashMap::new();
        let mut updates = Vec::new();
        let mut bump = |row: usize, mark: Mark| {
            let m = marks.entry(row).or_default();
            *m = (*m).max(mark);
        };
        for (i, row) in rows.rows.iter().enumerate() {
            if let RowKind::Extra { .. } = row.kind {
                bump(i, Mark::Changed);
            }
            for (r, cell) in row.cells.iter().enumerate() {
                if !cell.moved_to.is_empty() {
                    bump(i, Mark::Changed);
                }
                for &b in &cell.beads {
                    let bead = rows.beads[r][b].get(&self.alignments[r]);
                    if bead.kind() == BeadKind::Omitted {
                        bump(i, Mark::Omitted);
                    }
                    if bead.confidence < LOW_CONFIDENCE {
                        bump(i, Mark::Unsure);
                    }
                    if bead.update.is_some() {
                        bump(i, Mark::Update);
                        if updates.last() != Some(&i) {
                            updates.push(i);
                        }
                    }
                }
            }
        }
        let mut figure_list = Vec::new();
        let mut counts = vec![StatusCounts::default(); self.alignments.len()];
        for (r, findings) in findings.iter().enumerate() {
            for (k, f) in findings.iter().enumerate() {
                if let Some(row) = self.finding_row(&rows, r, f) {
                    bump(row, Mark::Figure);
                    figure_list.push(FigureEntry { rendering: r, finding: k, row });
                }
                // A passage finding lists further figures: their rows are marked too (one entry).
                for o in f.occurrences().into_iter().skip(1) {
                    if let Some(row) = self.occurrence_row(&rows, r, o) {
                        bump(row, Mark::Figure);
                    }
                }
                match f.kind {
                    FindingKind::NameVariant | FindingKind::NameInconsistent => counts[r].names += 1,
                    _ => counts[r].figures += 1,
                }
            }
        }
        figure_list.sort_by_key(|e| (e.row, e.rendering, e.finding));
        for (r, addrs) in rows.beads.iter().enumerate() {
            for addr in addrs {
                match addr.get(&self.alignments[r]).kind() {
                    BeadKind::Omitted => counts[r].omitted += 1,
                    BeadKind::Added => counts[r].added += 1,
                    BeadKind::Moved => counts[r].moved += 1,
                    BeadKind::Match => {}
                }
            }
        }
        for (r, alignment) in self.alignments.iter().enumerate() {
            counts[r].update = update_counts(alignment);
        }
        let mut divergences: Vec<(usize, Mark)> = marks.into_iter().collect();
        divergences.sort_unstable();
        self.derived =
            Derived { rows, findings, marks: highlights, divergences, figure_list, counts, updates };
    }

    /// The row of `rows` where a finding of rendering `r` shows.
    fn finding_row(&self, rows: &Rows, r: usize, f: &Finding) -> Option<usize> {
        if let Some(o) = f.source()
            && o.paragraph < self.doc(DocRef::Source).paragraphs.len()
        {
            return self.occurrence_row(rows, r, o);
        }
        self.occurrence_row(rows, r, f.target()?)
    }

    /// The row that shows occurrence `o` of rendering `r`'s comparison.
    fn occurrence_row(&self, rows: &Rows, r: usize, o: &Occurrence) -> Option<usize> {
        let unit = |doc: DocRef, paragraph: usize, offset: usize| -> usize {
            match self.level {
                Level::Paragraph => paragraph,
                Level::Sentence => {
                    let d = self.doc(doc);
                    let p = &d.paragraphs[paragraph];
                    p.sentences
                        .clone()
                        .find(|&s| d.sentences[s].range.end > offset)
                        .unwrap_or(p.sentences.start)
                }
            }
        };
        if o.side == Side::Source {
            if o.paragraph >= self.doc(DocRef::Source).paragraphs.len() {
                return None;
            }
            return rows.source_row.get(unit(DocRef::Source, o.paragraph, o.span.start)).copied();
        }
        if o.paragraph >= self.doc(DocRef::Target(r)).paragraphs.len() {
            return None;
        }
        rows.target_row[r]
            .get(unit(DocRef::Target(r), o.paragraph, o.span.start))
            .copied()
            .filter(|&x| x != usize::MAX)
    }

    /// The place in the texts that `row` shows.
    pub(crate) fn anchor(&self, row: usize) -> Option<Anchor> {
        let rows = &self.derived.rows;
        let row = rows.rows.get(row)?;
        match &row.kind {
            RowKind::Pivot { source } => Some(Anchor::Source(source.start)),
            RowKind::Extra { rendering, .. } => {
                let r = *rendering;
                let i = *row.cells[r].beads.first()?;
                let t = *rows.beads[r][i].get(&self.alignments[r]).target().first()?;
                Some(Anchor::Target(r, t))
            }
        }
    }

    /// The row that shows `anchor`.
    pub(crate) fn anchor_row(&self, anchor: Anchor) -> Option<usize> {
        let rows = &self.derived.rows;
        match anchor {
            Anchor::Source(u) => rows.source_row.get(u).copied(),
            Anchor::Target(r, u) => rows.target_row[r].get(u).copied().filter(|&x| x != usize::MAX),
        }
    }

    /// An anchor at one level, moved to the other.
    pub(crate) fn convert_anchor(&self, anchor: Anchor, to: Level) -> Anchor {
        let conv = |doc: &Document, u: usize| match to {
            Level::Sentence => doc.paragraphs.get(u).map_or(0, |p| p.sentences.start),
            Level::Paragraph => doc.sentences.get(u).map_or(0, |s| s.paragraph),
        };
        match anchor {
            Anchor::Source(u) => Anchor::Source(conv(self.doc(DocRef::Source), u)),
            Anchor::Target(r, u) => Anchor::Target(r, conv(self.doc(DocRef::Target(r)), u)),
        }
    }
}

impl Block {
    /// True for a table or code block of a text: its lines are kept, never re-wrapped.
    pub fn is_preformatted(&self) -> bool {
        self.note.is_none() && self.kind.is_preformatted()
    }
}

/// The marks of `transdiff update` in `alignment`, counted on its sentence beads (on a
/// paragraph bead only when it has none).
pub fn update_counts(alignment: &Alignment) -> UpdateCounts {
    let mut c = UpdateCounts::default();
    let marks = alignment.beads.iter().flat_map(|p| {
        let own = p.sentences().is_empty().then_some(p.update.as_ref()).flatten();
        p.sentences().iter().filter_map(|s| s.update.as_ref()).chain(own)
    });
    for m in marks {
        match m.state {
            UpdateState::Stale => {
                c.stale += 1;
                c.resolved += usize::from(m.resolved);
                c.figures += usize::from(!m.figures.is_empty());
            }
            UpdateState::UpToDate => c.up_to_date += 1,
            UpdateState::Orphaned => c.orphaned += 1,
            UpdateState::New => c.new += 1,
            UpdateState::Moved => c.moved += 1,
        }
    }
    c
}

/// The notes shown under a bead an update marked: for each stale (or up-to-date) passage
/// its v1 → v2 word diff, `[-deleted-]{+inserted+}` (readable without colour), with the
/// pieces' ranges; each figure the rendering still has in its old form; for an orphaned
/// passage, the deleted source. A paragraph bead shows its sentence beads' notes.
pub fn update_notes(bead: &Bead) -> Vec<(String, DiffSpans)> {
    let marks: Vec<&UpdateMark> = if bead.sentences().iter().any(|s| s.update.is_some()) {
        bead.sentences().iter().filter_map(|s| s.update.as_ref()).collect()
    } else {
        bead.update.iter().collect()
    };
    let mut notes = Vec::new();
    for m in marks {
        if !m.diff.is_empty() {
            let mut text = String::from("v1→v2: ");
            let mut pieces = Vec::new();
            for piece in &m.diff {
                let start = text.len();
                match piece.op {
                    DiffOp::Equal => text.push_str(&piece.text),
                    DiffOp::Delete => text.push_str(&format!("[-{}-]", piece.text)),
                    DiffOp::Insert => text.push_str(&format!("{{+{}+}}", piece.text)),
                }
                if piece.op != DiffOp::Equal {
                    pieces.push((start..text.len(), piece.op));
                }
            }
            notes.push((text, pieces));
        }
        for f in &m.figures {
            let now = match &f.new {
                Some(new) => format!("{} → {}", f.old, new),
                None => format!("{} dropped", f.old),
            };
            notes.push((format!("# figure {now}; here still {}", f.rendering), Vec::new()));
        }
        if m.state == UpdateState::Orphaned && !m.was.is_empty() {
            notes.push((format!("deleted: {}", m.was), Vec::new()));
        }
    }
    notes
}

/// Where `needle` (lower case) matches `text`, case-insensitively. Texts whose lower case
/// changes byte lengths are not highlighted (the rows still count as hits).
fn search_matches(text: &str, needle: &str) -> Vec<Range<usize>> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return Vec::new();
    }
    lower.match_indices(needle).map(|(i, m)| i..i + m.len()).collect()
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Which side a column's document is on.
pub fn side_of(doc: DocRef) -> Side {
    match doc {
        DocRef::Source => Side::Source,
        DocRef::Target(_) => Side::Target,
    }
}
