//! The review view's state, and the only code that changes it.
/*!
[`App`] is a composition of parts that each own their fields:

- the [`Model`]: the alignments and what is derived from them at the level shown;
- the [`View`]: selection, focus, scroll position and the one wrap cache;
- the [`Search`] being highlighted;
- the [`History`]: undo and redo, and which renderings are unsaved;
- the [`Mode`]: browsing or an overlay, with the overlay's own state, and the
  [`Panels`]' lines laid out for it;
- the message line ([`Message`], set only by [`App::say`]);
- the [`Store`] that saves and exports, and the [`Explain`] provider of the why panel.

Every change goes through a method here; `input` only picks the method and `ui` only reads.
Bead edits are pure functions in [`super::edit`]; wrapping is [`super::layout`]'s, done here
(on resize, on every move, when an overlay opens), never in a draw call, so drawing a
frame is O(rows on screen).
*/

use super::edit::{self, EditRefusal};
use super::history::History;
use super::layout::Mark;
use super::model::{Anchor, Model};
use super::panels::Panels;
use super::status::{Message, Status};
use super::view::{Content, View};
use super::why::{Explain, Override, Unexplained};
use super::{ExportFormat, Options, Store};
use crate::alignment::{Alignment, ReviewStatus};
use crate::compare::Finding;
use crate::error::{Error, Result};
use crate::text::{Document, Level};
use std::ops::Range;

pub use super::layout::CellLine;
pub use super::model::{
    Block, BlockStyle, CellLabel, DocRef, FigureEntry, Gutter, Highlight, LOW_CONFIDENCE, StatusCounts,
    UpdateCounts, WrappedCell, WrappedRow, side_of, update_counts, update_notes,
};
pub use super::status::level_name;

/// What the view is doing: browsing, or showing an overlay (with the overlay's state).
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

/// The search whose matches are highlighted, and the rows it hits.
#[derive(Debug, Default)]
pub(crate) struct Search {
    /// As typed.
    query: String,
    /// Lower case, as matched.
    needle: String,
    /// Rows that match, ascending.
    hits: Vec<usize>,
}

impl Search {
    /// The needle to highlight, while a search with hits is on.
    fn active(&self) -> Option<&str> {
        (!self.hits.is_empty() && !self.query.is_empty()).then_some(self.needle.as_str())
    }
}

/// The review view's state.
pub struct App {
    model: Model,
    view: View,
    search: Search,
    history: History,
    mode: Mode,
    panels: Panels,
    message: Option<Message>,
    pending: Option<char>,
    store: Box<dyn Store>,
    explain: Box<dyn Explain>,
}

impl App {
    /// Opens `alignments` (renderings of one original) for review; `store`
    /// saves and exports them. Keys go in through [`super::input::handle_key`],
    /// frames come out of [`super::ui::draw`]; [`super::run`] does both on a terminal.
    ///
    /// ```
    /// use ratatui::{Terminal, backend::TestBackend};
    /// use transdiff::alignment::Alignment;
    /// use transdiff::eval::fixture;
    /// use transdiff::review::{App, ExportFormat, Options, Store, ui};
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
    /// assert_eq!(app.message(), Some("divergence 1/5"));
    ///
    /// let mut terminal = Terminal::new(TestBackend::new(100, 20)).unwrap();
    /// terminal.draw(|frame| ui::draw(frame, &app)).unwrap();
    /// let status = (0..100).map(|x| terminal.backend().buffer()[(x, 18)].symbol()).collect::<String>();
    /// assert!(status.starts_with(" row 2/6 · paragraphs │ sv ∅0 +1 ↷1 #1 │ nl ∅0 +0 ↷0 #1"), "{status}");
    /// ```
    ///
    /// The why panel has no explanations until [`App::set_explainer`] hands in their
    /// provider.
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
            model: Model::new(alignments, options),
            view: View::new(),
            search: Search::default(),
            history: History::new(n),
            mode: Mode::Browsing,
            panels: Panels::default(),
            message: None,
            pending: None,
            store,
            explain: Box::new(Unexplained),
        };
        for r in app.store.recovered() {
            app.mark_unsaved(r);
        }
        app.rebuild();
        app.panels.layout_help(app.view.size);
        Ok(app)
    }

    /// The alignments, with the review's decisions.
    pub fn alignments(&self) -> &[Alignment] {
        &self.model.alignments
    }

    /// Takes the alignments out.
    pub fn into_alignments(self) -> Vec<Alignment> {
        self.model.alignments
    }

    /// The terminal size last given to [`App::resize`].
    pub fn size(&self) -> (u16, u16) {
        self.view.size
    }

    /// The selected row.
    pub fn selected(&self) -> usize {
        self.view.selected
    }

    /// The first row on screen.
    pub fn top(&self) -> usize {
        self.view.top
    }

    /// Lines of the top row scrolled out of view (rows taller than the screen).
    pub fn skip(&self) -> usize {
        self.view.skip
    }

    /// The number of rows.
    pub fn row_count(&self) -> usize {
        self.model.rows().len()
    }

    /// The current mode.
    pub fn mode(&self) -> &Mode {
        &self.mode
    }

    /// The level shown.
    pub fn level(&self) -> Level {
        self.model.level
    }

    /// The focused column (0 is the original).
    pub fn focus(&self) -> usize {
        self.view.focus
    }

    /// True when the view draws in colour.
    pub fn color(&self) -> bool {
        self.model.options.color
    }

    /// The message line, if any.
    pub fn message(&self) -> Option<&str> {
        self.message.as_ref().map(Message::text)
    }

    /// What the message line says, as data.
    pub fn status(&self) -> Option<&Status> {
        self.message.as_ref().map(|m| &m.status)
    }

    /// Shows `message` on the message line.
    pub fn notify(&mut self, message: impl Into<String>) {
        self.say(Status::Note(message.into()));
    }

    /// Sets the message line: the one place it is set.
    fn say(&mut self, status: impl Into<Status>) {
        self.message = Some(Message::new(status.into()));
    }

    /// The key prefix typed (`]` or `[`), if any.
    pub fn pending(&self) -> Option<char> {
        self.pending
    }

    /// The counts of the status line, per rendering.
    pub fn counts(&self) -> &[StatusCounts] {
        &self.model.derived.counts
    }

    /// The overview strip, one mark per cell.
    pub fn overview(&self) -> &[Mark] {
        &self.view.overview
    }

    /// The number of entries in the figures panel.
    pub fn figure_list_len(&self) -> usize {
        self.model.derived.figure_list.len()
    }

    /// The finding of entry `i` of the figures panel.
    pub fn finding(&self, i: usize) -> &Finding {
        let e = self.model.derived.figure_list[i];
        &self.model.derived.findings[e.rendering][e.finding]
    }

    /// The figures panel's lines as laid out for the screen, each with its entry's index.
    pub fn figure_lines(&self) -> &[(usize, String)] {
        &self.panels.figures
    }

    /// The help overlay's box width and lines, laid out for the screen.
    pub fn help_lines(&self) -> (u16, &[String]) {
        (self.panels.help.0, &self.panels.help.1)
    }

    /// True when the loop should end.
    pub fn should_quit(&self) -> bool {
        self.mode == Mode::Quit
    }

    /// True when there are decisions not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.history.any_dirty()
    }

    /// The number of columns (the original and each rendering).
    pub fn columns(&self) -> usize {
        self.model.columns()
    }

    /// The document shown by `doc`.
    pub fn doc(&self, doc: DocRef) -> &Document {
        self.model.doc(doc)
    }

    /// The text of a block.
    pub fn block_text<'a>(&'a self, block: &'a Block) -> &'a str {
        self.model.block_text(block)
    }

    /// The wrapped row, if it has been wrapped for the current widths.
    pub fn wrapped(&self, row: usize) -> Option<&WrappedRow> {
        self.view.wrapped(row)
    }

    /// Lines available for rows.
    pub fn viewport(&self) -> usize {
        self.view.viewport()
    }

    /// The rows on screen.
    pub fn visible(&self) -> Range<usize> {
        self.view.visible(self.row_count())
    }

    /// The lowest confidence among the focused rendering's beads in the selected row.
    pub fn confidence(&self) -> Option<f64> {
        let r = self.view.focus.checked_sub(1)?;
        self.model.confidence(self.view.selected, r)
    }

    // ---- the parts, together -------------------------------------------------------------

    /// Runs `f` on the view with what it wraps.
    fn with_view<T>(&mut self, f: impl FnOnce(&mut View, &Content) -> T) -> T {
        let content = Content { model: &self.model, query: self.search.active() };
        f(&mut self.view, &content)
    }

    /// Rebuilds what is derived from the alignments; the search's hits are dropped.
    fn rebuild(&mut self) {
        self.model.rebuild();
        self.search.hits.clear();
        self.view.rebuilt(&self.model);
    }

    /// Sets the terminal size; re-wraps lazily when column widths change.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.view.size = (width, height);
        self.panels.why.layout(width);
        self.panels.layout_help((width, height));
        if let Mode::Figures(i) = self.mode {
            self.panels.layout_figures(&self.model, i, (width, height));
        }
        self.with_view(|view, c| view.resize(width, height, c));
    }

    // ---- moving --------------------------------------------------------------------------

    /// Selects `row` and brings it to a third of the way down the screen.
    pub fn jump_to(&mut self, row: usize) {
        self.with_view(|view, c| view.jump_to(row, c));
    }

    fn select(&mut self, row: usize) {
        let row = row.min(self.row_count().saturating_sub(1));
        // "divergence 2/51" says where the selection is: moving elsewhere makes it untrue.
        if row != self.view.selected && matches!(self.status(), Some(Status::Divergence { .. })) {
            self.message = None;
        }
        self.with_view(|view, c| view.select(row, c));
    }

    /// Selects the next row.
    pub fn select_next(&mut self) {
        self.select(self.view.selected + 1);
    }

    /// Selects the previous row.
    pub fn select_prev(&mut self) {
        self.select(self.view.selected.saturating_sub(1));
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
        let to = self.with_view(|view, c| view.row_after(lines, forward, c));
        self.select(to);
    }

    /// Selects the first row.
    pub fn select_first(&mut self) {
        self.view.scroll_to_first();
        self.select(0);
    }

    /// Selects the last row.
    pub fn select_last(&mut self) {
        self.with_view(|view, c| view.scroll_to_last(c));
        self.select(self.row_count().saturating_sub(1));
    }

    /// Scrolls the view by `lines` screen lines (mouse wheel, Ctrl-E/Ctrl-Y),
    /// through rows taller than the screen too; the selection stays on screen.
    pub fn scroll(&mut self, lines: isize) {
        self.with_view(|view, c| view.scroll(lines, c));
    }

    /// Jumps to the next (or previous) divergence: a passage omitted, added or
    /// moved, a divergent figure, or a bead the aligner is unsure of (its calibrated
    /// confidence below [`LOW_CONFIDENCE`], so more likely wrong than right).
    pub fn next_divergence(&mut self, forward: bool) {
        let rows: Vec<usize> = self.model.derived.divergences.iter().map(|d| d.0).collect();
        match neighbour(&rows, self.view.selected, forward) {
            Some(row) => {
                let at = rows.partition_point(|&r| r < row) + 1;
                self.jump_to(row);
                self.say(Status::Divergence { at, of: rows.len() });
            }
            None if rows.is_empty() => self.say(Status::NoDivergences),
            None => self.say(Status::NoMoreDivergences),
        }
    }

    /// Jumps to the next (or previous) row with a mark of `transdiff update` (stale, new,
    /// orphaned, up to date, moved).
    pub fn next_update(&mut self, forward: bool) {
        let rows = &self.model.derived.updates;
        match neighbour(rows, self.view.selected, forward) {
            Some(row) => {
                let (at, of) = (rows.partition_point(|&r| r < row) + 1, rows.len());
                self.jump_to(row);
                self.say(Status::UpdateMark { at, of });
            }
            None if rows.is_empty() => self.say(Status::NoUpdateMarks),
            None => self.say(Status::NoMoreUpdateMarks),
        }
    }

    /// The rows with a mark of `transdiff update`, ascending.
    pub fn update_rows(&self) -> &[usize] {
        &self.model.derived.updates
    }

    /// Cells of tables and code scrolled out to the left.
    pub fn hscroll(&self) -> usize {
        self.view.hscroll
    }

    /// Scrolls tables and code (never prose) a step right (`right`) or left, as far as the
    /// widest of them in the selected row goes past its column.
    pub fn scroll_sideways(&mut self, right: bool) {
        const STEP: usize = 8;
        let widest = self.model.preformatted_width(self.view.selected);
        let room = self.view.column_width();
        let last = widest.saturating_sub(room).next_multiple_of(STEP);
        let to = match right {
            true => (self.view.hscroll + STEP).min(last),
            false => self.view.hscroll.saturating_sub(STEP),
        };
        if widest <= room && self.view.hscroll == 0 {
            return self.say(Status::NothingToScroll);
        }
        self.with_view(|view, c| view.set_hscroll(to, c));
        self.say(Status::Scrolled { column: to + 1, of: widest });
    }

    /// `n`/`N`: the next search hit while a search is on, else the next divergence.
    pub fn next(&mut self, forward: bool) {
        let hits = &self.search.hits;
        if hits.is_empty() {
            self.next_divergence(forward);
            return;
        }
        // Like vim, the search wraps around at either end and says so.
        let (row, wrapped) = match neighbour(hits, self.view.selected, forward) {
            Some(row) => (row, None),
            None if forward => (hits[0], Some(true)),
            None => (hits[hits.len() - 1], Some(false)),
        };
        let at = hits.partition_point(|&r| r < row) + 1;
        let (query, of) = (self.search.query.clone(), hits.len());
        self.say(Status::Match { query, at, of, wrapped });
        self.jump_to(row);
    }

    /// Moves focus to the next column.
    pub fn focus_next(&mut self) {
        self.view.focus = (self.view.focus + 1) % self.columns();
    }

    /// Moves focus to the previous column.
    pub fn focus_prev(&mut self) {
        self.view.focus = (self.view.focus + self.columns() - 1) % self.columns();
    }

    /// Switches between paragraph and sentence level, keeping the place.
    pub fn toggle_level(&mut self) {
        let to = match self.model.level {
            Level::Paragraph => Level::Sentence,
            Level::Sentence => Level::Paragraph,
        };
        let anchor = self.model.anchor(self.view.selected).map(|a| self.model.convert_anchor(a, to));
        self.model.level = to;
        self.rebuild();
        let row = anchor.and_then(|a| self.model.anchor_row(a)).unwrap_or(0);
        self.say(Status::Level(to));
        self.jump_to(row);
    }

    // ---- overlays ------------------------------------------------------------------------

    /// Hands in the why panel's provider of explanations.
    pub fn set_explainer(&mut self, explain: Box<dyn Explain>) {
        self.explain = explain;
    }

    /// Explains rendering `rendering`'s beads with `explain`; the other renderings keep the
    /// provider they had.
    pub fn set_explain(&mut self, rendering: usize, explain: Box<dyn Explain>) {
        let others = std::mem::replace(&mut self.explain, Box::new(Unexplained));
        self.explain = Box::new(Override { rendering, this: explain, others });
    }

    /// Opens the why panel: the explanation of the focused rendering's beads in the selected
    /// row, at the level shown (as `transdiff align --explain` prints it), from the provider.
    pub fn open_why(&mut self) {
        let Some(r) = self.view.focus.checked_sub(1) else {
            return self.say(Status::WhyNeedsFocus);
        };
        let addrs = self.model.cell_addrs(self.view.selected, r);
        let alignment = &self.model.alignments[r];
        let lang = alignment.target.lang.code();
        if addrs.is_empty() {
            return self.say(Status::NothingToExplain(lang.to_string()));
        }
        let lines = self.explain.explain(r, alignment, &addrs);
        if lines.is_empty() {
            return self.say(Status::Unexplained);
        }
        let title = format!("{lang} {} bead, row {}", level_name(self.model.level), self.view.selected + 1);
        self.panels.why.show(title, lines, self.view.size.0);
        self.message = None;
        self.mode = Mode::Why(0);
    }

    /// The why panel's lines, wrapped to its width.
    pub fn why_lines(&self) -> &[String] {
        &self.panels.why.wrapped
    }

    /// What the why panel explains: `sv paragraph bead, row 3`.
    pub fn why_title(&self) -> &str {
        &self.panels.why.title
    }

    /// Scrolls the why panel by `delta` lines.
    pub fn why_scroll(&mut self, delta: isize) {
        if let Mode::Why(top) = self.mode {
            let last = self.panels.why.wrapped.len().saturating_sub(1);
            self.mode = Mode::Why(top.saturating_add_signed(delta).min(last));
        }
    }

    /// Opens or closes the help overlay.
    pub fn toggle_help(&mut self) {
        self.mode = if self.mode == Mode::Help { Mode::Browsing } else { Mode::Help };
    }

    /// Opens the figures panel at the finding nearest the selection.
    pub fn open_figures(&mut self) {
        let list = &self.model.derived.figure_list;
        if list.is_empty() {
            return self.say(Status::NoFigures);
        }
        let at = list.partition_point(|e| e.row < self.view.selected).min(list.len() - 1);
        self.set_figures(at);
    }

    fn set_figures(&mut self, at: usize) {
        self.mode = Mode::Figures(at);
        self.panels.layout_figures(&self.model, at, self.view.size);
    }

    /// Moves the figures panel's selection.
    pub fn figures_move(&mut self, delta: isize) {
        if let Mode::Figures(i) = self.mode {
            let last = self.figure_list_len().saturating_sub(1);
            self.set_figures(i.saturating_add_signed(delta).min(last));
        }
    }

    /// Jumps to the finding selected in the figures panel, and closes it.
    pub fn figures_jump(&mut self) {
        if let Mode::Figures(i) = self.mode
            && let Some(entry) = self.model.derived.figure_list.get(i).copied()
        {
            self.mode = Mode::Browsing;
            self.view.focus = entry.rendering + 1;
            let note = self.model.derived.findings[entry.rendering][entry.finding].note();
            self.say(Status::Figure { at: i + 1, of: self.figure_list_len(), note });
            self.jump_to(entry.row);
        }
    }

    /// Closes an overlay, or clears the search and message.
    pub fn escape(&mut self) {
        match self.mode {
            Mode::Browsing => {
                if !self.search.hits.is_empty() {
                    self.search.hits.clear();
                    self.view.invalidate(self.row_count());
                    self.with_view(|view, c| view.prepare(c));
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
        let hits: Vec<usize> =
            (0..self.row_count()).filter(|&row| self.model.row_contains(row, &needle)).collect();
        self.search = Search { query, needle, hits };
        // Matches are highlighted: re-wrap (lazily, what shows) with them.
        self.view.invalidate(self.row_count());
        let (query, hits) = (self.search.query.clone(), &self.search.hits);
        if hits.is_empty() {
            return self.say(Status::NotFound(query));
        }
        let at = hits.partition_point(|&r| r < self.view.selected) % hits.len();
        let (row, of) = (hits[at], hits.len());
        self.say(Status::Match { query, at: at + 1, of, wrapped: None });
        self.jump_to(row);
    }

    /// Sets a key prefix (`]` or `[`).
    pub fn set_pending(&mut self, c: Option<char>) {
        self.pending = c;
    }

    // ---- review --------------------------------------------------------------------------

    /// The focused rendering and its beads (indices in `rows.beads[r]`) in the selected row.
    fn focused(&self) -> std::result::Result<(usize, Vec<usize>), EditRefusal> {
        let r = self.view.focus.checked_sub(1).ok_or(EditRefusal::NoFocus)?;
        let beads = self.model.cell_beads(self.view.selected, r).to_vec();
        if beads.is_empty() {
            return Err(EditRefusal::NoBead(self.model.lang_of(r)));
        }
        Ok((r, beads))
    }

    /// Makes the edit `make` computes for the focused beads, or says why it is refused.
    fn edit(
        &mut self,
        make: impl FnOnce(edit::Target) -> std::result::Result<edit::Change, EditRefusal>,
    ) -> bool {
        let made = self.focused().and_then(|(r, focused)| {
            let target = edit::Target {
                alignment: &self.model.alignments[r],
                beads: &self.model.rows().beads[r],
                focused: &focused,
            };
            make(target).map(|change| (r, change))
        });
        match made {
            Ok((r, change)) => {
                self.commit(r, change);
                true
            }
            Err(refusal) => {
                self.say(refusal);
                false
            }
        }
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
        let mut set = false;
        let made = self.edit(|target| {
            let (change, was_set) = edit::set_status(target, status);
            set = was_set;
            Ok(change)
        });
        if made && set && self.view.selected + 1 < self.row_count() {
            // Reviewing goes down the text: move on, as a reader would.
            self.select_next();
        }
    }

    /// Marks the focused rendering's stale passages in the selected row resolved (or back to
    /// unresolved): saved with the alignment like other decisions, undone with `u`.
    pub fn toggle_resolved(&mut self) {
        self.edit(|target| edit::toggle_resolved(target).map(|(change, _)| change));
    }

    /// Merges the focused row's last bead with the next bead of the rendering.
    pub fn merge_with_next(&mut self) {
        self.edit(edit::merge_with_next);
    }

    /// Splits the focused row's first multi-unit bead into one bead per unit.
    pub fn split(&mut self) {
        self.edit(edit::split);
    }

    /// Shifts a target unit across the edge of the focused beads: `forward`
    /// moves the last unit into the next bead, otherwise the first unit into the
    /// previous bead.
    pub fn shift(&mut self, forward: bool) {
        self.edit(|target| edit::shift(target, forward));
    }

    fn commit(&mut self, rendering: usize, change: edit::Change) {
        let anchor = self.model.anchor(self.view.selected);
        let what = change.what;
        self.history.commit(&mut self.model.alignments, rendering, change);
        self.say(Status::Done(what));
        self.after_edit(anchor);
    }

    fn after_edit(&mut self, anchor: Option<Anchor>) {
        self.rebuild();
        let row = anchor.and_then(|a| self.model.anchor_row(a)).unwrap_or(self.view.selected);
        self.select(row);
    }

    /// Undoes the last review step.
    pub fn undo(&mut self) {
        let anchor = self.model.anchor(self.view.selected);
        match self.history.undo(&mut self.model.alignments) {
            Some(what) => {
                self.say(Status::Undone(what));
                self.after_edit(anchor);
            }
            None => self.say(Status::NothingToUndo),
        }
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) {
        let anchor = self.model.anchor(self.view.selected);
        match self.history.redo(&mut self.model.alignments) {
            Some(what) => {
                self.say(Status::Redone(what));
                self.after_edit(anchor);
            }
            None => self.say(Status::NothingToRedo),
        }
    }

    // ---- saving and quitting -------------------------------------------------------------

    /// Saves every alignment through the store.
    pub fn save(&mut self) -> bool {
        let mut saved = Vec::new();
        for r in 0..self.model.alignments.len() {
            match self.store.save(r, &self.model.alignments[r]) {
                Ok(place) => {
                    self.history.mark_saved(r);
                    saved.push(place);
                }
                Err(err) => {
                    self.say(Status::NotSaved(err.to_string()));
                    return false;
                }
            }
        }
        self.say(Status::Saved(saved));
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
        for r in (0..self.model.alignments.len()).filter(|&r| self.history.is_dirty(r)) {
            let name = &self.model.alignments[r].target.path;
            lines.push(match self.store.recover(r, &self.model.alignments[r]) {
                Ok(place) => format!("unsaved decisions on {name} kept in {place}"),
                Err(err) => format!("unsaved decisions on {name} could not be kept: {err}"),
            });
        }
        lines
    }

    /// Marks `rendering` as holding decisions not yet saved (a recovered review), so that
    /// quitting asks to save them.
    pub fn mark_unsaved(&mut self, rendering: usize) {
        self.history.mark_unsaved(rendering);
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
        for r in 0..self.model.alignments.len() {
            match self.store.export(r, &self.model.alignments[r], format, self.model.level) {
                Ok(place) => written.push(place),
                Err(err) => return self.say(Status::NotExported(err.to_string())),
            }
        }
        self.say(Status::Exported(written));
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
