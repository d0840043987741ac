//! The review view's state, and the only code that changes it.
//!
//! [`App`] holds the alignments being reviewed, the rows built from them, the
//! selection and scroll position, the open overlay ([`Mode`]), the undo history
//! and a cache of wrapped rows. Every change goes through a method here; `input`
//! only picks the method and `ui` only reads.
//!
//! Wrapping happens here, never in a draw call: [`App::resize`] and every
//! method that moves the view fill the cache for the rows on screen (lazily,
//! per column width), so drawing a frame is O(rows on screen).

use super::layout::{self, Mark};
use super::rows::{BeadAddr, RowKind, Rows};
use super::{ExportFormat, Options, Store};
use crate::align::AlignOptions;
use crate::align::explain::{Explainer, Learned, render_bead};
use crate::alignment::{Alignment, Bead, BeadKind, ReviewStatus};
use crate::compare::{Finding, FindingKind, Severity};
use crate::error::{Error, Result};
use crate::text::{Document, Level, ParagraphKind, Side};
use std::collections::HashMap;
use std::ops::Range;

/// A highlighted byte range of a text, and how much it matters.
pub type Highlight = (Range<usize>, Severity);

/// Beads below this confidence get a `?` in the gutter.
pub const LOW_CONFIDENCE: f64 = 0.5;

/// What the view is doing: browsing, or showing an overlay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Moving around and reviewing.
    Browsing,
    /// The key list.
    Help,
    /// The list of findings; the index is the selected entry.
    Figures(usize),
    /// Typing a search.
    Search(String),
    /// Asking for the export format.
    Export,
    /// Asking whether to save before quitting.
    ConfirmQuit,
    /// Why the focused bead was paired ([`App::why_lines`]); the number is the first line shown.
    Why(usize),
    /// Done: the loop ends.
    Quit,
}

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
}

/// A label line above a cell's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// "∅ omitted": the rendering leaves the passage out.
    Omitted,
    /// "+ added": the rendering adds the passage.
    Added,
    /// "↷ moved from row N": the rendering moved the passage here.
    MovedFrom(Option<usize>),
    /// "↷ moved to row N": the rendering has this passage at another row.
    MovedTo(usize),
    /// "↷ original at row N": in the original's column, for a moved passage.
    OriginalAt(usize),
    /// "∅ not aligned": no bead of the rendering holds the passage.
    Unaligned,
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
}

/// One screen line of a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum CellLine {
    /// An empty line between two paragraphs of one cell.
    Blank,
    /// A label.
    Label(Label),
    /// Part of a block's text: byte range in the unit's text.
    Text {
        /// Index in [`WrappedCell::blocks`].
        block: usize,
        /// Byte range in the block's unit text.
        range: Range<usize>,
    },
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

/// Counts for the status line, per rendering.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
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
enum Anchor {
    Source(usize),
    Target(usize, usize),
}

/// One splice of a bead list: the undo history's unit.
#[derive(Clone, Debug)]
struct Splice {
    rendering: usize,
    /// `None`: the paragraph beads; `Some(p)`: the sentence beads of paragraph bead `p`.
    parent: Option<usize>,
    start: usize,
    removed: Vec<Bead>,
    inserted: Vec<Bead>,
}

/// An undoable step: splices applied in order.
#[derive(Clone, Debug)]
struct Step {
    what: &'static str,
    splices: Vec<Splice>,
}

/// The review view's state.
pub struct App {
    pub(crate) alignments: Vec<Alignment>,
    pub(crate) findings: Vec<Vec<Finding>>,
    pub(crate) options: Options,
    pub(crate) level: Level,
    pub(crate) rows: Rows,
    marks: HashMap<(DocRef, usize), Vec<Highlight>>,
    /// Rows with something to look at, ascending, with their worst mark.
    pub(crate) divergences: Vec<(usize, Mark)>,
    pub(crate) figure_list: Vec<FigureEntry>,
    pub(crate) counts: Vec<Counts>,
    pub(crate) selected: usize,
    pub(crate) top: usize,
    /// Lines of the top row scrolled out of view (rows taller than the screen).
    pub(crate) skip: usize,
    pub(crate) focus: usize,
    pub(crate) mode: Mode,
    pub(crate) size: (u16, u16),
    widths: Vec<u16>,
    cache: Vec<Option<WrappedRow>>,
    pub(crate) overview: Vec<Mark>,
    pub(crate) query: String,
    pub(crate) hits: Vec<usize>,
    /// Steps with the id each got when first made (kept through undo and redo).
    undo: Vec<(u64, Step)>,
    redo: Vec<(u64, Step)>,
    next_step: u64,
    /// Per rendering: the ids of the applied steps that touch it when it was last
    /// saved (or opened). Undoing back to that state makes it clean again.
    saved: Vec<Vec<u64>>,
    pub(crate) dirty: Vec<bool>,
    pub(crate) message: Option<String>,
    pub(crate) pending: Option<char>,
    store: Box<dyn Store>,
    /// Per rendering: what explaining its beads needs (filled on first use when not given).
    explain: Vec<Option<ExplainSource>>,
    /// The why panel's text, and the same wrapped to the panel's width.
    why: Vec<String>,
    why_wrapped: Vec<String>,
    why_title: String,
}

/// What explaining a rendering's beads needs: the options it was aligned with (its dictionary
/// and weights) and the learned pairs.
#[derive(Clone, Debug)]
pub struct ExplainSource {
    /// The options the rendering was aligned with.
    pub options: AlignOptions,
    /// The aligner's learned lexicon, or one re-learned from the alignment.
    pub learned: Learned,
}

/// The inner width of the why panel on a terminal `width` cells wide (the panel leaves 4 cells
/// each side, and has a border).
pub(crate) fn why_panel_width(width: u16) -> u16 {
    width.saturating_sub(8).max(20).min(width).saturating_sub(2)
}

impl App {
    /// Opens `alignments` (renderings of one original) for review; `store`
    /// saves and exports them. Keys go in through [`super::input::handle_key`],
    /// frames come out of [`super::ui::draw`]; [`super::run`] does both on a terminal.
    ///
    /// ```
    /// use ratatui::{Terminal, backend::TestBackend};
    /// use transdiff::alignment::Alignment;
    /// use transdiff::review::{App, ExportFormat, Options, Store, fixture, ui};
    /// use transdiff::text::Level;
    ///
    /// struct Nowhere;
    /// impl Store for Nowhere {
    ///     fn save(&mut self, _: usize, _: &Alignment) -> transdiff::error::Result<String> {
    ///         Ok("nowhere".into())
    ///     }
    ///     fn export(&mut self, _: usize, _: &Alignment, _: ExportFormat, _: Level) -> transdiff::error::Result<String> {
    ///         Ok("nowhere".into())
    ///     }
    /// }
    ///
    /// let options = Options { compare: fixture::compare_digits, ..Options::default() };
    /// let mut app = App::new(fixture::museum(), Box::new(Nowhere), options).unwrap();
    /// app.resize(100, 20);
    /// app.next_divergence(true);
    /// assert_eq!(app.selected(), 1);
    /// assert_eq!(app.message(), Some("divergence 1/4"));
    ///
    /// let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    /// terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    /// let status = (0..100).map(|x| terminal.backend().buffer()[(x, 18)].symbol()).collect::<String>();
    /// assert!(status.starts_with(" row 2/6 · paragraphs │ sv ∅0 +1 ↷1 #1 │ nl ∅0 +0 ↷0 #1"), "{status}");
    /// ```
    pub fn new(alignments: Vec<Alignment>, store: Box<dyn Store>, options: Options) -> Result<App> {
        let Some(first) = alignments.first() else {
            return Err(Error::usage("nothing to review: give an original and at least one rendering"));
        };
        if let Some(other) = alignments.iter().find(|a| a.source.sha256 != first.source.sha256) {
            return Err(Error::usage(format!(
                "{} and {} are aligned to different originals\n  hint: review alignments of one original together",
                first.source.path, other.source.path
            )));
        }
        let n = alignments.len();
        let mut app = App {
            alignments,
            findings: Vec::new(),
            options,
            level: Level::Paragraph,
            rows: Rows::default(),
            marks: HashMap::new(),
            divergences: Vec::new(),
            figure_list: Vec::new(),
            counts: Vec::new(),
            selected: 0,
            top: 0,
            skip: 0,
            focus: 1,
            mode: Mode::Browsing,
            size: (80, 24),
            widths: Vec::new(),
            cache: Vec::new(),
            overview: Vec::new(),
            query: String::new(),
            hits: Vec::new(),
            undo: Vec::new(),
            redo: Vec::new(),
            next_step: 0,
            saved: vec![Vec::new(); n],
            dirty: vec![false; n],
            message: None,
            pending: None,
            store,
            explain: vec![None; n],
            why: Vec::new(),
            why_wrapped: Vec::new(),
            why_title: String::new(),
        };
        for r in app.store.recovered() {
            app.mark_unsaved(r);
        }
        app.rebuild();
        Ok(app)
    }

    /// The alignments, with the review's decisions.
    pub fn alignments(&self) -> &[Alignment] {
        &self.alignments
    }

    /// Takes the alignments out.
    pub fn into_alignments(self) -> Vec<Alignment> {
        self.alignments
    }

    /// The terminal size last given to [`App::resize`].
    pub fn size(&self) -> (u16, u16) {
        self.size
    }

    /// The selected row.
    pub fn selected(&self) -> usize {
        self.selected
    }

    /// The first row on screen.
    pub fn top(&self) -> usize {
        self.top
    }

    /// The number of rows.
    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    /// The current mode.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The level shown.
    pub fn level(&self) -> Level {
        self.level
    }

    /// The focused column (0 is the original).
    pub fn focus(&self) -> usize {
        self.focus
    }

    /// The message line, if any.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Shows `message` on the message line.
    pub fn notify(&mut self, message: impl Into<String>) {
        self.message = Some(message.into());
    }

    /// The number of entries in the figures panel.
    pub fn figure_list_len(&self) -> usize {
        self.figure_list.len()
    }

    /// The finding of entry `i` of the figures panel.
    pub fn finding(&self, i: usize) -> &Finding {
        let e = self.figure_list[i];
        &self.findings[e.rendering][e.finding]
    }

    /// True when the loop should end.
    pub fn should_quit(&self) -> bool {
        self.mode == Mode::Quit
    }

    /// True when there are decisions not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.dirty.iter().any(|&d| d)
    }

    /// The number of columns (the original and each rendering).
    pub fn columns(&self) -> usize {
        self.alignments.len() + 1
    }

    /// The document shown by `doc`.
    pub fn doc(&self, doc: DocRef) -> &Document {
        match doc {
            DocRef::Source => &self.alignments[0].source,
            DocRef::Target(r) => &self.alignments[r].target,
        }
    }

    /// The text of a block.
    pub fn block_text(&self, block: &Block) -> &str {
        self.doc(block.doc).unit_text(self.level, block.unit)
    }

    /// The wrapped row, if it has been wrapped for the current widths.
    pub fn wrapped(&self, row: usize) -> Option<&WrappedRow> {
        self.cache.get(row).and_then(Option::as_ref)
    }

    /// Lines available for rows.
    pub fn viewport(&self) -> usize {
        usize::from(self.size.1.saturating_sub(layout::CHROME_LINES))
    }

    /// The rows on screen.
    pub fn visible(&self) -> Range<usize> {
        let vp = self.viewport();
        layout::visible_rows(self.top, self.skip, self.rows.len(), vp, |i| {
            self.wrapped(i).map_or(1, |w| w.height)
        })
    }

    /// The lowest confidence among the focused rendering's beads in the selected row.
    pub fn confidence(&self) -> Option<f64> {
        let r = self.focus.checked_sub(1)?;
        let row = self.rows.rows.get(self.selected)?;
        row.cells[r]
            .beads
            .iter()
            .map(|&i| self.rows.beads[r][i].get(&self.alignments[r]).confidence)
            .min_by(f64::total_cmp)
    }

    // ---- sizing and the wrap cache -------------------------------------------------------

    /// Sets the terminal size; re-wraps lazily when column widths change.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.size = (width, height);
        self.wrap_why();
        let widths: Vec<u16> = layout::columns(width, self.columns()).iter().map(|c| c.width).collect();
        if widths != self.widths {
            self.widths = widths;
            self.cache = vec![None; self.rows.len()];
        }
        self.overview = self.compute_overview();
        self.scroll_to_selection();
    }

    fn compute_overview(&self) -> Vec<Mark> {
        layout::overview(self.rows.len(), self.viewport(), self.divergences.iter().copied())
    }

    /// The height of `row`, wrapping it if needed.
    fn height(&mut self, row: usize) -> usize {
        self.ensure_wrapped(row);
        self.cache[row].as_ref().map_or(1, |w| w.height)
    }

    fn ensure_wrapped(&mut self, row: usize) {
        if self.cache.len() != self.rows.len() {
            self.cache = vec![None; self.rows.len()];
        }
        if row < self.cache.len() && self.cache[row].is_none() {
            self.cache[row] = Some(self.wrap_row(row));
        }
    }

    /// Wraps every row on screen, so that drawing only reads.
    fn prepare(&mut self) {
        let vp = self.viewport();
        let (top, skip, n) = (self.top, self.skip, self.rows.len());
        layout::visible_rows(top, skip, n, vp, |i| self.height(i));
        if n > 0 {
            // Re-wrapping may have made the top row shorter than the lines skipped.
            self.skip = self.skip.min(self.height(self.top).saturating_sub(1));
        }
    }

    fn wrap_row(&self, row: usize) -> WrappedRow {
        let mut cells: Vec<WrappedCell> = Vec::with_capacity(self.columns());
        for col in 0..self.columns() {
            let (blocks, labels) = self.cell_blocks(row, col);
            let width = usize::from(self.widths.get(col).copied().unwrap_or(1));
            let mut lines = Vec::new();
            let mut labels = labels.into_iter().peekable();
            for (b, block) in blocks.iter().enumerate() {
                // Paragraphs sharing a cell are set apart as in the files; sentences run on.
                if b > 0 && self.level == Level::Paragraph {
                    lines.push(CellLine::Blank);
                }
                while let Some((_, label)) = labels.next_if(|(before, _)| *before <= b) {
                    lines.push(CellLine::Label(label));
                }
                let text = self.block_text(block);
                lines.extend(
                    layout::wrap(text, width).into_iter().map(|range| CellLine::Text { block: b, range }),
                );
            }
            lines.extend(labels.map(|(_, l)| CellLine::Label(l)));
            let gutter = self.gutter(row, col, &blocks);
            cells.push(WrappedCell { blocks, lines, gutter });
        }
        let height = cells.iter().map(|c| c.lines.len()).max().unwrap_or(0).max(1) + 1;
        WrappedRow { cells, height }
    }

    /// The blocks of a cell, and its labels with the block index they precede.
    fn cell_blocks(&self, row: usize, col: usize) -> (Vec<Block>, Vec<(usize, Label)>) {
        let row_data = &self.rows.rows[row];
        let mut blocks = Vec::new();
        let mut labels = Vec::new();
        let push = |blocks: &mut Vec<Block>, doc: DocRef, unit: usize, style: BlockStyle| {
            let marks = self.unit_marks(doc, unit);
            let d = self.doc(doc);
            let search = self.search_matches(d.unit_text(self.level, unit));
            let paragraph = match self.level {
                Level::Paragraph => unit,
                Level::Sentence => d.sentences[unit].paragraph,
            };
            let kind = d.paragraphs[paragraph].kind;
            blocks.push(Block { doc, unit, style, marks, search, kind });
        };
        match (&row_data.kind, col) {
            (RowKind::Pivot { source }, 0) => {
                for unit in source.clone() {
                    push(&mut blocks, DocRef::Source, unit, BlockStyle::Normal);
                }
            }
            (RowKind::Extra { from_row, .. }, 0) => {
                if let Some(from) = from_row {
                    labels.push((0, Label::OriginalAt(*from)));
                }
            }
            (kind, col) => {
                let r = col - 1;
                let cell = &row_data.cells[r];
                for &i in &cell.beads {
                    let bead = self.rows.beads[r][i].get(&self.alignments[r]);
                    match bead.kind {
                        BeadKind::Omitted => {
                            labels.push((blocks.len(), Label::Omitted));
                            for &s in &bead.source {
                                push(&mut blocks, DocRef::Source, s, BlockStyle::Omitted);
                            }
                        }
                        BeadKind::Added => {
                            labels.push((blocks.len(), Label::Added));
                            for &t in &bead.target {
                                push(&mut blocks, DocRef::Target(r), t, BlockStyle::Added);
                            }
                        }
                        BeadKind::Moved => {
                            let from = match kind {
                                RowKind::Extra { from_row, .. } => *from_row,
                                RowKind::Pivot { .. } => None,
                            };
                            labels.push((blocks.len(), Label::MovedFrom(from)));
                            for &t in &bead.target {
                                push(&mut blocks, DocRef::Target(r), t, BlockStyle::Moved);
                            }
                        }
                        BeadKind::Match => {
                            for &t in &bead.target {
                                push(&mut blocks, DocRef::Target(r), t, BlockStyle::Normal);
                            }
                        }
                    }
                }
                for &to in &cell.moved_to {
                    labels.push((usize::MAX, Label::MovedTo(to)));
                }
                if cell.beads.is_empty() && cell.moved_to.is_empty() && matches!(kind, RowKind::Pivot { .. })
                {
                    labels.push((usize::MAX, Label::Unaligned));
                }
            }
        }
        (blocks, labels)
    }

    fn gutter(&self, row: usize, col: usize, blocks: &[Block]) -> Gutter {
        let finding = blocks.iter().any(|b| !b.marks.is_empty());
        let Some(r) = col.checked_sub(1) else { return Gutter { finding, ..Gutter::default() } };
        let beads: Vec<&Bead> = self.rows.rows[row].cells[r]
            .beads
            .iter()
            .map(|&i| self.rows.beads[r][i].get(&self.alignments[r]))
            .collect();
        let status = beads.first().map(|b| b.status).filter(|s| beads.iter().all(|b| b.status == *s));
        let low_confidence = beads.iter().any(|b| b.confidence < LOW_CONFIDENCE);
        Gutter { status: status.filter(|s| *s != ReviewStatus::Unreviewed), low_confidence, finding }
    }

    /// Where the current search matches `text` (case-insensitive). Texts whose
    /// lower case changes byte lengths are not highlighted (the rows still count as hits).
    fn search_matches(&self, text: &str) -> Vec<Range<usize>> {
        if self.hits.is_empty() || self.query.is_empty() {
            return Vec::new();
        }
        let lower = text.to_lowercase();
        if lower.len() != text.len() {
            return Vec::new();
        }
        let needle = self.query.to_lowercase();
        lower.match_indices(&needle).map(|(i, m)| i..i + m.len()).collect()
    }

    /// The highlights of a unit, in the unit's text.
    fn unit_marks(&self, doc: DocRef, unit: usize) -> Vec<Highlight> {
        let d = self.doc(doc);
        let (paragraph, range) = match self.level {
            Level::Paragraph => (unit, 0..d.paragraphs[unit].text.len()),
            Level::Sentence => (d.sentences[unit].paragraph, d.sentences[unit].range.clone()),
        };
        let Some(marks) = self.marks.get(&(doc, paragraph)) else { return Vec::new() };
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
    fn rebuild(&mut self) {
        self.rows = Rows::build(&self.alignments, self.level);
        self.findings = self.alignments.iter().map(self.options.compare).collect();
        self.marks.clear();
        for (r, findings) in self.findings.iter().enumerate() {
            for f in findings {
                for (occ, doc) in [(&f.source, DocRef::Source), (&f.target, DocRef::Target(r))] {
                    if let Some(o) = occ {
                        self.marks
                            .entry((doc, o.paragraph))
                            .or_default()
                            .push((o.span.clone(), f.kind.severity()));
                    }
                }
            }
        }
        let mut marks: HashMap<usize, Mark> = HashMap::new();
        let mut bump = |row: usize, mark: Mark| {
            let m = marks.entry(row).or_default();
            *m = (*m).max(mark);
        };
        for (i, row) in self.rows.rows.iter().enumerate() {
            if let RowKind::Extra { .. } = row.kind {
                bump(i, Mark::Changed);
            }
            for (r, cell) in row.cells.iter().enumerate() {
                if !cell.moved_to.is_empty() {
                    bump(i, Mark::Changed);
                }
                for &b in &cell.beads {
                    if self.rows.beads[r][b].get(&self.alignments[r]).kind == BeadKind::Omitted {
                        bump(i, Mark::Omitted);
                    }
                }
            }
        }
        self.figure_list.clear();
        self.counts = vec![Counts::default(); self.alignments.len()];
        for (r, findings) in self.findings.iter().enumerate() {
            for (k, f) in findings.iter().enumerate() {
                if let Some(row) = self.finding_row(r, f) {
                    bump(row, Mark::Figure);
                    self.figure_list.push(FigureEntry { rendering: r, finding: k, row });
                }
                match f.kind {
                    FindingKind::NameVariant | FindingKind::NameInconsistent => self.counts[r].names += 1,
                    _ => self.counts[r].figures += 1,
                }
            }
        }
        self.figure_list.sort_by_key(|e| (e.row, e.rendering, e.finding));
        for (r, addrs) in self.rows.beads.iter().enumerate() {
            for addr in addrs {
                match addr.get(&self.alignments[r]).kind {
                    BeadKind::Omitted => self.counts[r].omitted += 1,
                    BeadKind::Added => self.counts[r].added += 1,
                    BeadKind::Moved => self.counts[r].moved += 1,
                    BeadKind::Match => {}
                }
            }
        }
        let mut divergences: Vec<(usize, Mark)> = marks.into_iter().collect();
        divergences.sort_unstable();
        self.divergences = divergences;
        self.cache = vec![None; self.rows.len()];
        self.overview = self.compute_overview();
        self.hits.clear();
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
        self.top = self.top.min(self.selected);
        self.skip = 0;
    }

    /// The row where a finding shows.
    fn finding_row(&self, r: usize, f: &Finding) -> Option<usize> {
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
        if let Some(o) = &f.source
            && o.paragraph < self.doc(DocRef::Source).paragraphs.len()
        {
            return self.rows.source_row.get(unit(DocRef::Source, o.paragraph, o.span.start)).copied();
        }
        let o = f.target.as_ref()?;
        if o.paragraph >= self.doc(DocRef::Target(r)).paragraphs.len() {
            return None;
        }
        self.rows.target_row[r]
            .get(unit(DocRef::Target(r), o.paragraph, o.span.start))
            .copied()
            .filter(|&x| x != usize::MAX)
    }

    fn anchor(&self) -> Option<Anchor> {
        let row = self.rows.rows.get(self.selected)?;
        match &row.kind {
            RowKind::Pivot { source } => Some(Anchor::Source(source.start)),
            RowKind::Extra { rendering, .. } => {
                let r = *rendering;
                let i = *row.cells[r].beads.first()?;
                let t = *self.rows.beads[r][i].get(&self.alignments[r]).target.first()?;
                Some(Anchor::Target(r, t))
            }
        }
    }

    fn anchor_row(&self, anchor: Anchor) -> Option<usize> {
        match anchor {
            Anchor::Source(u) => self.rows.source_row.get(u).copied(),
            Anchor::Target(r, u) => self.rows.target_row[r].get(u).copied().filter(|&x| x != usize::MAX),
        }
    }

    /// An anchor at one level, moved to the other.
    fn convert_anchor(&self, anchor: Anchor, to: Level) -> Anchor {
        let conv = |doc: &Document, u: usize| match to {
            Level::Sentence => doc.paragraphs.get(u).map_or(0, |p| p.sentences.start),
            Level::Paragraph => doc.sentences.get(u).map_or(0, |s| s.paragraph),
        };
        match anchor {
            Anchor::Source(u) => Anchor::Source(conv(self.doc(DocRef::Source), u)),
            Anchor::Target(r, u) => Anchor::Target(r, conv(self.doc(DocRef::Target(r)), u)),
        }
    }

    // ---- moving --------------------------------------------------------------------------

    fn scroll_to_selection(&mut self) {
        let vp = self.viewport();
        let (top, sel) = (self.top, self.selected);
        let new_top = layout::scroll_top(top, sel, vp, |i| self.height(i));
        self.set_top(new_top);
        self.prepare();
    }

    /// Moves the view to start at `top`; a new top row shows from its first line.
    fn set_top(&mut self, top: usize) {
        if top != self.top {
            self.top = top;
            self.skip = 0;
        }
    }

    /// Selects `row` and brings it to a third of the way down the screen.
    pub fn jump_to(&mut self, row: usize) {
        if self.rows.is_empty() {
            return;
        }
        self.selected = row.min(self.rows.len() - 1);
        let vp = self.viewport();
        let sel = self.selected;
        if !self.visible().contains(&sel) || self.wrapped(sel).is_none() {
            let top = layout::jump_top(sel, vp, |i| self.height(i));
            self.set_top(top);
            self.skip = 0;
        }
        self.scroll_to_selection();
    }

    fn select(&mut self, row: usize) {
        let row = row.min(self.rows.len().saturating_sub(1));
        // "divergence 2/51" says where the selection is: moving elsewhere makes it untrue.
        if row != self.selected && self.message.as_deref().is_some_and(|m| m.starts_with("divergence ")) {
            self.message = None;
        }
        self.selected = row;
        self.scroll_to_selection();
    }

    /// Selects the next row.
    pub fn select_next(&mut self) {
        self.select(self.selected + 1);
    }

    /// Selects the previous row.
    pub fn select_prev(&mut self) {
        self.select(self.selected.saturating_sub(1));
    }

    /// Moves the selection half a screen down (`forward`) or up.
    pub fn half_page(&mut self, forward: bool) {
        self.page_by(self.viewport() / 2, forward);
    }

    /// Moves the selection a screen down (`forward`) or up.
    pub fn page(&mut self, forward: bool) {
        self.page_by(self.viewport().saturating_sub(2).max(1), forward);
    }

    fn page_by(&mut self, lines: usize, forward: bool) {
        let (sel, n) = (self.selected, self.rows.len());
        let to = layout::advance(sel, lines, n, forward, |i| self.height(i));
        self.select(to);
    }

    /// Selects the first row.
    pub fn select_first(&mut self) {
        self.set_top(0);
        self.skip = 0;
        self.select(0);
    }

    /// Selects the last row.
    pub fn select_last(&mut self) {
        let (n, vp) = (self.rows.len(), self.viewport());
        (self.top, self.skip) = layout::last_position(n, vp, |i| self.height(i));
        self.select(n.saturating_sub(1));
    }

    /// Scrolls the view by `lines` screen lines (mouse wheel, Ctrl-E/Ctrl-Y),
    /// through rows taller than the screen too; the selection stays on screen.
    pub fn scroll(&mut self, lines: isize) {
        let n = self.rows.len();
        if n == 0 {
            return;
        }
        let vp = self.viewport();
        let at = (self.top, self.skip);
        (self.top, self.skip) = layout::scroll_lines(at, lines, n, vp, |i| self.height(i));
        self.prepare();
        // The last row that shows whole (or the top row, when it alone fills the screen).
        let mut last = self.top;
        let mut used = 0;
        for row in self.visible() {
            let h = self.wrapped(row).map_or(1, |w| w.height);
            used += if row == self.top { h - self.skip.min(h) } else { h };
            if used > vp {
                break;
            }
            last = row;
        }
        self.selected = self.selected.clamp(self.top, last);
    }

    /// Jumps to the next (or previous) divergence: a passage omitted, added or
    /// moved, or a divergent figure.
    pub fn next_divergence(&mut self, forward: bool) {
        let rows: Vec<usize> = self.divergences.iter().map(|d| d.0).collect();
        match neighbour(&rows, self.selected, forward) {
            Some(row) => {
                let k = rows.partition_point(|&r| r < row) + 1;
                self.jump_to(row);
                self.message = Some(format!("divergence {k}/{}", rows.len()));
            }
            None => {
                self.message = Some(if rows.is_empty() {
                    "no divergences".into()
                } else {
                    "no more divergences this way".into()
                })
            }
        }
    }

    /// `n`/`N`: the next search hit while a search is on, else the next divergence.
    pub fn next(&mut self, forward: bool) {
        if self.hits.is_empty() {
            self.next_divergence(forward);
            return;
        }
        // Like vim, the search wraps around at either end and says so.
        let (row, wrapped) = match neighbour(&self.hits, self.selected, forward) {
            Some(row) => (row, ""),
            None if forward => (self.hits[0], " (wrapped to the top)"),
            None => (self.hits[self.hits.len() - 1], " (wrapped to the bottom)"),
        };
        let k = self.hits.partition_point(|&r| r < row) + 1;
        self.message = Some(format!("/{}: match {k}/{}{wrapped}", self.query, self.hits.len()));
        self.jump_to(row);
    }

    /// Moves focus to the next column.
    pub fn focus_next(&mut self) {
        self.focus = (self.focus + 1) % self.columns();
    }

    /// Moves focus to the previous column.
    pub fn focus_prev(&mut self) {
        self.focus = (self.focus + self.columns() - 1) % self.columns();
    }

    /// Switches between paragraph and sentence level, keeping the place.
    pub fn toggle_level(&mut self) {
        let to = match self.level {
            Level::Paragraph => Level::Sentence,
            Level::Sentence => Level::Paragraph,
        };
        let anchor = self.anchor().map(|a| self.convert_anchor(a, to));
        self.level = to;
        self.rebuild();
        let row = anchor.and_then(|a| self.anchor_row(a)).unwrap_or(0);
        self.message = Some(format!("{} level", level_name(to)));
        self.jump_to(row);
    }

    // ---- overlays ------------------------------------------------------------------------

    /// Sets what explaining rendering `rendering`'s beads needs: the options it was aligned
    /// with and the aligner's learned lexicon. Without it, the why panel explains with the
    /// default options and pairs re-learned from the alignment, and says so.
    pub fn set_explain(&mut self, rendering: usize, source: ExplainSource) {
        if let Some(slot) = self.explain.get_mut(rendering) {
            *slot = Some(source);
        }
    }

    /// Opens the why panel: the explanation of the focused rendering's beads in the selected
    /// row, at the level shown (as `transdiff align --explain` prints it).
    pub fn open_why(&mut self) {
        let Some(r) = self.focus.checked_sub(1) else {
            self.message = Some("focus a rendering (Tab) to see why its bead was paired".into());
            return;
        };
        let addrs: Vec<BeadAddr> = match self.rows.rows.get(self.selected) {
            Some(row) => row.cells[r].beads.iter().map(|&i| self.rows.beads[r][i]).collect(),
            None => Vec::new(),
        };
        let alignment = &self.alignments[r];
        let lang = alignment.target.lang.code();
        if addrs.is_empty() {
            self.message = Some(format!("no {lang} bead in this row"));
            return;
        }
        let source = self.explain[r].get_or_insert_with(|| {
            let options = AlignOptions::default();
            ExplainSource { learned: Learned::relearned(alignment, &options), options }
        });
        let explainer = Explainer::new(alignment, &source.options, &source.learned);
        let mut lines = Vec::new();
        for addr in addrs {
            let explanation = match addr.sentence {
                Some(s) => explainer.sentence(addr.paragraph, s),
                None => explainer.paragraph(addr.paragraph, Level::Paragraph),
            };
            if let Some(e) = explanation {
                if lines.is_empty() {
                    lines.push(e.learned_from.describe());
                }
                // A sentence bead's block is indented for nesting under its paragraph bead's.
                let indent = if addr.sentence.is_some() { 2 } else { 0 };
                lines.extend(render_bead(&e).into_iter().map(|l| l[indent.min(l.len())..].to_string()));
            }
        }
        self.why = lines;
        self.why_title = format!("{lang} {} bead, row {}", level_name(self.level), self.selected + 1);
        self.wrap_why();
        self.message = None;
        self.mode = Mode::Why(0);
    }

    /// The why panel's lines, wrapped to its width.
    pub fn why_lines(&self) -> &[String] {
        &self.why_wrapped
    }

    /// What the why panel explains: `sv paragraph bead, row 3`.
    pub fn why_title(&self) -> &str {
        &self.why_title
    }

    /// Scrolls the why panel by `delta` lines.
    pub fn why_scroll(&mut self, delta: isize) {
        if let Mode::Why(top) = self.mode {
            let last = self.why_wrapped.len().saturating_sub(1);
            self.mode = Mode::Why(top.saturating_add_signed(delta).min(last));
        }
    }

    /// Wraps the why panel's lines to its width; continuation lines are indented.
    fn wrap_why(&mut self) {
        let width = usize::from(why_panel_width(self.size.0)).max(8);
        self.why_wrapped = self
            .why
            .iter()
            .flat_map(|line| {
                // Wrapped after its own indent; continuation lines 4 cells further in.
                let text = line.trim_start();
                let indent = line.len() - text.len();
                let mut out = Vec::new();
                let mut rest = text;
                let mut room = width.saturating_sub(indent);
                let mut pad = indent;
                while !rest.is_empty() || out.is_empty() {
                    let head = layout::wrap(rest, room).into_iter().next().unwrap_or(0..rest.len());
                    out.push(format!("{:pad$}{}", "", &rest[head.clone()]));
                    rest = rest[head.end..].trim_start();
                    pad = indent + 4;
                    room = width.saturating_sub(pad);
                }
                out
            })
            .collect();
    }

    /// Opens or closes the help overlay.
    pub fn toggle_help(&mut self) {
        self.mode = if self.mode == Mode::Help { Mode::Browsing } else { Mode::Help };
    }

    /// Opens the figures panel at the finding nearest the selection.
    pub fn open_figures(&mut self) {
        if self.figure_list.is_empty() {
            self.message = Some("no divergent figures or names found".into());
            return;
        }
        let at = self.figure_list.partition_point(|e| e.row < self.selected).min(self.figure_list.len() - 1);
        self.mode = Mode::Figures(at);
    }

    /// Moves the figures panel's selection.
    pub fn figures_move(&mut self, delta: isize) {
        if let Mode::Figures(i) = self.mode {
            let last = self.figure_list.len().saturating_sub(1);
            self.mode = Mode::Figures(i.saturating_add_signed(delta).min(last));
        }
    }

    /// Jumps to the finding selected in the figures panel, and closes it.
    pub fn figures_jump(&mut self) {
        if let Mode::Figures(i) = self.mode
            && let Some(entry) = self.figure_list.get(i).copied()
        {
            self.mode = Mode::Browsing;
            self.focus = entry.rendering + 1;
            let note = &self.findings[entry.rendering][entry.finding].note;
            self.message = Some(format!("figure {}/{}: {note}", i + 1, self.figure_list.len()));
            self.jump_to(entry.row);
        }
    }

    /// Closes an overlay, or clears the search and message.
    pub fn escape(&mut self) {
        match self.mode {
            Mode::Browsing => {
                if !self.hits.is_empty() {
                    self.hits.clear();
                    self.cache = vec![None; self.rows.len()];
                    self.prepare();
                }
                self.message = None;
            }
            Mode::Quit => {}
            _ => self.mode = Mode::Browsing,
        }
        self.pending = None;
    }

    /// Starts typing a search.
    pub fn start_search(&mut self) {
        self.mode = Mode::Search(String::new());
    }

    /// Adds a character to the search being typed.
    pub fn search_push(&mut self, c: char) {
        if let Mode::Search(s) = &mut self.mode {
            s.push(c);
        }
    }

    /// Removes the last character of the search being typed.
    pub fn search_pop(&mut self) {
        if let Mode::Search(s) = &mut self.mode {
            s.pop();
        }
    }

    /// Runs the typed search (case-insensitive, in every column) and jumps to
    /// the first hit from the selection on.
    pub fn search_submit(&mut self) {
        let Mode::Search(query) = std::mem::replace(&mut self.mode, Mode::Browsing) else { return };
        if query.is_empty() {
            return;
        }
        let needle = query.to_lowercase();
        let hits: Vec<usize> = (0..self.rows.len()).filter(|&row| self.row_contains(row, &needle)).collect();
        self.query = query;
        self.hits = hits;
        // Matches are highlighted: re-wrap (lazily, what shows) with them.
        self.cache = vec![None; self.rows.len()];
        if self.hits.is_empty() {
            self.message = Some(format!("/{}: not found", self.query));
            return;
        }
        let at = self.hits.partition_point(|&r| r < self.selected) % self.hits.len();
        let row = self.hits[at];
        self.message = Some(format!("/{}: match {}/{}", self.query, at + 1, self.hits.len()));
        self.jump_to(row);
    }

    fn row_contains(&self, row: usize, needle: &str) -> bool {
        (0..self.columns()).any(|col| {
            let (blocks, _) = self.cell_blocks(row, col);
            blocks.iter().any(|b| self.block_text(b).to_lowercase().contains(needle))
        })
    }

    /// Sets a key prefix (`]` or `[`).
    pub fn set_pending(&mut self, c: Option<char>) {
        self.pending = c;
    }

    // ---- review --------------------------------------------------------------------------

    /// The focused rendering and its beads (indices in `rows.beads[r]`) in the selected row.
    fn focused(&mut self) -> Option<(usize, Vec<usize>)> {
        let Some(r) = self.focus.checked_sub(1) else {
            self.message = Some("focus a rendering's column first (Tab)".into());
            return None;
        };
        let beads =
            self.rows.rows.get(self.selected).map(|row| row.cells[r].beads.clone()).unwrap_or_default();
        if beads.is_empty() {
            self.message = Some(format!("{} has no bead in this row", self.lang_of(r)));
            return None;
        }
        Some((r, beads))
    }

    fn lang_of(&self, r: usize) -> String {
        self.alignments[r].target.lang.to_string()
    }

    /// Marks the focused beads confirmed (or back to unreviewed if they are).
    pub fn confirm(&mut self) {
        self.set_status(ReviewStatus::Confirmed);
    }

    /// Marks the focused beads wrong (or back to unreviewed if they are).
    pub fn mark_wrong(&mut self) {
        self.set_status(ReviewStatus::Wrong);
    }

    fn set_status(&mut self, status: ReviewStatus) {
        let Some((r, beads)) = self.focused() else { return };
        let all = beads.iter().all(|&i| self.rows.beads[r][i].get(&self.alignments[r]).status == status);
        let new = if all { ReviewStatus::Unreviewed } else { status };
        let splices = beads
            .iter()
            .map(|&i| {
                let addr = self.rows.beads[r][i];
                let old = addr.get(&self.alignments[r]).clone();
                let mut bead = old.clone();
                bead.status = new;
                let (parent, start) = split_addr(addr);
                Splice { rendering: r, parent, start, removed: vec![old], inserted: vec![bead] }
            })
            .collect();
        let what = match new {
            ReviewStatus::Confirmed => "confirmed",
            ReviewStatus::Wrong => "marked wrong",
            ReviewStatus::Unreviewed => "marked unreviewed",
        };
        self.commit(Step { what, splices });
        if !all && self.selected + 1 < self.rows.len() {
            // Reviewing goes down the text: move on, as a reader would.
            self.select_next();
        }
    }

    /// Merges the focused row's last bead with the next bead of the rendering.
    pub fn merge_with_next(&mut self) {
        let Some((r, beads)) = self.focused() else { return };
        let i = beads[beads.len() - 1];
        let Some(&next) = self.rows.beads[r].get(i + 1) else {
            self.message = Some("no bead after this one to merge with".into());
            return;
        };
        let addr = self.rows.beads[r][i];
        if addr.sentence.is_some() && next.paragraph != addr.paragraph {
            self.message =
                Some("the next sentence is in another paragraph bead: merge at paragraph level (s)".into());
            return;
        }
        let a = addr.get(&self.alignments[r]).clone();
        let b = next.get(&self.alignments[r]).clone();
        if a.kind == BeadKind::Moved || b.kind == BeadKind::Moved {
            self.message = Some("moved passages cannot be merged".into());
            return;
        }
        let mut merged = Bead::new(
            BeadKind::Match,
            sorted_union(&a.source, &b.source),
            sorted_union(&a.target, &b.target),
            a.confidence.min(b.confidence),
        );
        merged.kind = classify(&merged.source, &merged.target, false);
        merged.status = ReviewStatus::Confirmed;
        merged.sentences = a.sentences.iter().chain(&b.sentences).cloned().collect();
        let (parent, start) = split_addr(addr);
        self.commit(Step {
            what: "merged with the next bead",
            splices: vec![Splice {
                rendering: r,
                parent,
                start,
                removed: vec![a, b],
                inserted: vec![merged],
            }],
        });
    }

    /// Splits the focused row's first multi-unit bead into one bead per unit.
    pub fn split(&mut self) {
        let Some((r, beads)) = self.focused() else { return };
        let Some(&i) = beads.iter().find(|&&i| {
            let b = self.rows.beads[r][i].get(&self.alignments[r]);
            b.source.len() > 1 || b.target.len() > 1
        }) else {
            self.message = Some("nothing to split: each side holds one unit at most".into());
            return;
        };
        let addr = self.rows.beads[r][i];
        let old = addr.get(&self.alignments[r]).clone();
        let moved = old.kind == BeadKind::Moved;
        let n = old.source.len().max(old.target.len());
        let mut pieces: Vec<Bead> = (0..n)
            .map(|k| {
                let s: Vec<usize> = old.source.get(k).copied().into_iter().collect();
                let t: Vec<usize> = old.target.get(k).copied().into_iter().collect();
                let mut bead = Bead::new(classify(&s, &t, moved), s, t, old.confidence);
                bead.status = ReviewStatus::Confirmed;
                bead
            })
            .collect();
        if addr.sentence.is_none() {
            self.distribute_sentences(r, &old, &mut pieces);
        }
        let (parent, start) = split_addr(addr);
        self.commit(Step {
            what: "split into units",
            splices: vec![Splice { rendering: r, parent, start, removed: vec![old], inserted: pieces }],
        });
    }

    /// Gives the sentence beads of a split paragraph bead to the pieces holding
    /// their paragraphs; when one does not fit in a single piece, each piece gets
    /// one sentence bead holding all its sentences.
    fn distribute_sentences(&self, r: usize, old: &Bead, pieces: &mut [Bead]) {
        let a = &self.alignments[r];
        let para = |doc: &Document, s: usize| doc.sentences.get(s).map(|s| s.paragraph);
        let fits = |sb: &Bead, piece: &Bead| {
            sb.source.iter().all(|&s| para(&a.source, s).is_some_and(|p| piece.source.contains(&p)))
                && sb.target.iter().all(|&t| para(&a.target, t).is_some_and(|p| piece.target.contains(&p)))
        };
        let homes: Option<Vec<usize>> =
            old.sentences.iter().map(|sb| pieces.iter().position(|piece| fits(sb, piece))).collect();
        match homes {
            Some(homes) => {
                for (sb, home) in old.sentences.iter().zip(homes) {
                    pieces[home].sentences.push(sb.clone());
                }
            }
            None => {
                for piece in pieces.iter_mut() {
                    let s: Vec<usize> =
                        piece.source.iter().flat_map(|&p| a.source.paragraphs[p].sentences.clone()).collect();
                    let t: Vec<usize> =
                        piece.target.iter().flat_map(|&p| a.target.paragraphs[p].sentences.clone()).collect();
                    let kind = classify(&s, &t, piece.kind == BeadKind::Moved);
                    piece.sentences = vec![Bead::new(kind, s, t, piece.confidence)];
                }
            }
        }
    }

    /// Shifts a target unit across the edge of the focused beads: `forward`
    /// moves the last unit into the next bead, otherwise the first unit into the
    /// previous bead.
    pub fn shift(&mut self, forward: bool) {
        let Some((r, beads)) = self.focused() else { return };
        let i = if forward { beads[beads.len() - 1] } else { beads[0] };
        let j = if forward { i + 1 } else { i.wrapping_sub(1) };
        let Some(&other) = self.rows.beads[r].get(j) else {
            self.message = Some(format!("no bead {} this one", if forward { "after" } else { "before" }));
            return;
        };
        let addr = self.rows.beads[r][i];
        if addr.sentence.is_some() && other.paragraph != addr.paragraph {
            self.message = Some(
                "the neighbouring sentence is in another paragraph bead: shift at paragraph level (s)".into(),
            );
            return;
        }
        let mut a = addr.get(&self.alignments[r]).clone();
        let mut b = other.get(&self.alignments[r]).clone();
        if a.kind == BeadKind::Moved || b.kind == BeadKind::Moved {
            self.message = Some("moved passages cannot be shifted".into());
            return;
        }
        let unit = if forward { a.target.pop() } else { (!a.target.is_empty()).then(|| a.target.remove(0)) };
        let Some(unit) = unit else {
            self.message = Some("this bead has no rendering text to shift".into());
            return;
        };
        let (old_a, old_b) = (addr.get(&self.alignments[r]).clone(), other.get(&self.alignments[r]).clone());
        if forward {
            b.target.insert(0, unit);
        } else {
            b.target.push(unit);
        }
        let mut new = Vec::new();
        for bead in [&mut a, &mut b] {
            bead.kind = classify(&bead.source, &bead.target, false);
            bead.status = ReviewStatus::Confirmed;
        }
        if addr.sentence.is_none() {
            // The sentence beads of the shifted paragraph follow it.
            self.move_sentences(r, unit, &mut a, &mut b);
        }
        let (first, second) = if forward { (a, b) } else { (b, a) };
        let (old_first, old_second) = if forward { (old_a, old_b) } else { (old_b, old_a) };
        for bead in [first, second] {
            if !(bead.source.is_empty() && bead.target.is_empty()) {
                new.push(bead);
            }
        }
        let start = split_addr(if forward { addr } else { other });
        self.commit(Step {
            what: "shifted a unit",
            splices: vec![Splice {
                rendering: r,
                parent: start.0,
                start: start.1,
                removed: vec![old_first, old_second],
                inserted: new,
            }],
        });
    }

    /// Moves the sentence beads that hold target paragraph `unit` from `from` to `to`.
    fn move_sentences(&self, r: usize, unit: usize, from: &mut Bead, to: &mut Bead) {
        let doc = &self.alignments[r].target;
        let in_unit =
            |sb: &Bead| sb.target.iter().any(|&t| doc.sentences.get(t).is_some_and(|s| s.paragraph == unit));
        let (moving, staying): (Vec<Bead>, Vec<Bead>) = from.sentences.drain(..).partition(in_unit);
        from.sentences = staying;
        for mut sb in moving {
            // A sentence bead that also held source sentences leaves them behind, omitted.
            if !sb.source.is_empty() {
                from.sentences.push(Bead::new(
                    BeadKind::Omitted,
                    std::mem::take(&mut sb.source),
                    Vec::new(),
                    sb.confidence,
                ));
            }
            sb.kind = classify(&sb.source, &sb.target, false);
            to.sentences.push(sb);
        }
        from.sentences.sort_by_key(|b| (b.source.first().copied(), b.target.first().copied()));
        to.sentences.sort_by_key(|b| (b.source.first().copied(), b.target.first().copied()));
    }

    fn commit(&mut self, step: Step) {
        let anchor = self.anchor();
        for s in &step.splices {
            self.apply(s, false);
        }
        self.message = Some(format!("{} (u undoes)", step.what));
        self.undo.push((self.next_step, step));
        self.next_step += 1;
        self.redo.clear();
        self.update_dirty();
        self.after_edit(anchor);
    }

    fn apply(&mut self, s: &Splice, reverse: bool) {
        let (remove, insert) = if reverse { (&s.inserted, &s.removed) } else { (&s.removed, &s.inserted) };
        let alignment = &mut self.alignments[s.rendering];
        let list = match s.parent {
            None => &mut alignment.beads,
            Some(p) => &mut alignment.beads[p].sentences,
        };
        list.splice(s.start..s.start + remove.len(), insert.iter().cloned());
    }

    /// The ids of the applied steps that touch `rendering`, oldest first.
    fn applied_steps(&self, rendering: usize) -> Vec<u64> {
        self.undo
            .iter()
            .filter(|(_, step)| step.splices.iter().any(|s| s.rendering == rendering))
            .map(|(id, _)| *id)
            .collect()
    }

    /// A rendering is dirty when its applied steps differ from those it was saved with.
    fn update_dirty(&mut self) {
        for r in 0..self.dirty.len() {
            self.dirty[r] = self.applied_steps(r) != self.saved[r];
        }
    }

    fn after_edit(&mut self, anchor: Option<Anchor>) {
        self.rebuild();
        let row = anchor.and_then(|a| self.anchor_row(a)).unwrap_or(self.selected);
        self.select(row);
    }

    /// Undoes the last review step.
    pub fn undo(&mut self) {
        let Some((id, step)) = self.undo.pop() else {
            self.message = Some("nothing to undo".into());
            return;
        };
        let anchor = self.anchor();
        for s in step.splices.iter().rev() {
            self.apply(s, true);
        }
        self.message = Some(format!("undone: {}", step.what));
        self.redo.push((id, step));
        self.update_dirty();
        self.after_edit(anchor);
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) {
        let Some((id, step)) = self.redo.pop() else {
            self.message = Some("nothing to redo".into());
            return;
        };
        let anchor = self.anchor();
        for s in &step.splices {
            self.apply(s, false);
        }
        self.message = Some(format!("redone: {}", step.what));
        self.undo.push((id, step));
        self.update_dirty();
        self.after_edit(anchor);
    }

    // ---- saving and quitting -------------------------------------------------------------

    /// Saves every alignment through the store.
    pub fn save(&mut self) -> bool {
        let mut saved = Vec::new();
        for r in 0..self.alignments.len() {
            match self.store.save(r, &self.alignments[r]) {
                Ok(place) => {
                    self.saved[r] = self.applied_steps(r);
                    self.dirty[r] = false;
                    saved.push(place);
                }
                Err(err) => {
                    self.message = Some(format!("not saved: {err}"));
                    return false;
                }
            }
        }
        self.message = Some(format!("saved {}", saved.join(", ")));
        true
    }

    /// Quits, asking first when there are unsaved decisions.
    pub fn quit(&mut self) {
        self.mode = if self.is_dirty() { Mode::ConfirmQuit } else { Mode::Quit };
    }

    /// Answers the quit question: save (`Some(true)`), discard (`Some(false)`) or cancel.
    pub fn answer_quit(&mut self, save: Option<bool>) {
        self.mode = match save {
            Some(true) if self.save() => Mode::Quit,
            Some(true) => Mode::Browsing,
            Some(false) => {
                self.store.discard_recovery();
                Mode::Quit
            }
            None => Mode::Browsing,
        };
    }

    /// Hands every rendering with unsaved decisions to the store's recovery copy (the view is
    /// being ended by a signal); one line per such rendering: where its decisions went, or why
    /// they could not be kept.
    pub fn recover(&mut self) -> Vec<String> {
        let mut lines = Vec::new();
        for r in (0..self.alignments.len()).filter(|&r| self.dirty[r]) {
            let name = &self.alignments[r].target.path;
            lines.push(match self.store.recover(r, &self.alignments[r]) {
                Ok(place) => format!("unsaved decisions on {name} kept in {place}"),
                Err(err) => format!("unsaved decisions on {name} could not be kept: {err}"),
            });
        }
        lines
    }

    /// Marks `rendering` as holding decisions not yet saved (a recovered review), so that
    /// quitting asks to save them.
    pub fn mark_unsaved(&mut self, rendering: usize) {
        if let (Some(saved), Some(dirty)) = (self.saved.get_mut(rendering), self.dirty.get_mut(rendering)) {
            // No step ever gets this id, so the rendering stays dirty until it is saved.
            *saved = vec![u64::MAX];
            *dirty = true;
        }
    }

    /// Quits at once (Ctrl-C twice, or in the quit question).
    pub fn force_quit(&mut self) {
        self.mode = Mode::Quit;
    }

    /// Asks for an export format.
    pub fn start_export(&mut self) {
        self.mode = Mode::Export;
    }

    /// Exports every alignment at the current level.
    pub fn export(&mut self, format: ExportFormat) {
        self.mode = Mode::Browsing;
        let mut written = Vec::new();
        for r in 0..self.alignments.len() {
            match self.store.export(r, &self.alignments[r], format, self.level) {
                Ok(place) => written.push(place),
                Err(err) => {
                    self.message = Some(format!("not exported: {err}"));
                    return;
                }
            }
        }
        self.message = Some(format!("exported {}", written.join(", ")));
    }
}

/// The next (or previous) entry of sorted `rows` after (before) `from`.
fn neighbour(rows: &[usize], from: usize, forward: bool) -> Option<usize> {
    if forward {
        rows.get(rows.partition_point(|&r| r <= from)).copied()
    } else {
        rows[..rows.partition_point(|&r| r < from)].last().copied()
    }
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

fn split_addr(addr: BeadAddr) -> (Option<usize>, usize) {
    match addr.sentence {
        Some(s) => (Some(addr.paragraph), s),
        None => (None, addr.paragraph),
    }
}

fn sorted_union(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut v: Vec<usize> = a.iter().chain(b).copied().collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The kind of a bead with these units.
fn classify(source: &[usize], target: &[usize], moved: bool) -> BeadKind {
    match (source.is_empty(), target.is_empty()) {
        (false, false) if moved => BeadKind::Moved,
        (false, false) => BeadKind::Match,
        (false, true) => BeadKind::Omitted,
        (true, _) => BeadKind::Added,
    }
}

/// "paragraph" or "sentence".
pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Paragraph => "paragraph",
        Level::Sentence => "sentence",
    }
}

/// Which side a column's document is on.
pub fn side_of(doc: DocRef) -> Side {
    match doc {
        DocRef::Source => Side::Source,
        DocRef::Target(_) => Side::Target,
    }
}
