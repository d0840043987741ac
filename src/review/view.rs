//! The view's place over the rows: selection, focus, scroll position (like gitui's scroll
//! state), the terminal size, and the one cache of wrapped rows.
//!
//! The cache is filled lazily for the rows on screen (so drawing a frame is O(rows on
//! screen)) and emptied in one place, [`View::invalidate`]: when the column widths, the
//! rows or the search highlights change.

use super::layout::{self, Mark};
use super::model::{Model, WrappedRow};
use std::ops::Range;

/// What the rows hold, as the view needs it: the model and the search being highlighted.
#[derive(Clone, Copy)]
pub(crate) struct Content<'a> {
    pub(crate) model: &'a Model,
    /// The search matched in the rows (lower case), while one is on.
    pub(crate) query: Option<&'a str>,
}

impl Content<'_> {
    fn rows(&self) -> usize {
        self.model.rows().len()
    }

    fn wrap(&self, row: usize, widths: &[u16], hscroll: usize) -> WrappedRow {
        self.model.wrap_row(row, self.query, widths, hscroll)
    }
}

/// Selection, focus, scroll position and wrapped rows.
pub(crate) struct View {
    pub(crate) selected: usize,
    pub(crate) top: usize,
    /// Lines of the top row scrolled out of view (rows taller than the screen).
    pub(crate) skip: usize,
    pub(crate) focus: usize,
    pub(crate) size: (u16, u16),
    /// Cells of tables and code scrolled out to the left (prose always wraps).
    pub(crate) hscroll: usize,
    widths: Vec<u16>,
    cache: Vec<Option<WrappedRow>>,
    pub(crate) overview: Vec<Mark>,
}

impl View {
    /// A view at the first row, focused on the first rendering, of an 80×24 terminal.
    pub(crate) fn new() -> View {
        View {
            selected: 0,
            top: 0,
            skip: 0,
            focus: 1,
            size: (80, 24),
            hscroll: 0,
            widths: Vec::new(),
            cache: Vec::new(),
            overview: Vec::new(),
        }
    }

    /// Forgets every wrapped row: the one place the cache is emptied.
    pub(crate) fn invalidate(&mut self, rows: usize) {
        self.cache = vec![None; rows];
    }

    /// The rows were rebuilt: nothing wrapped holds, and the place is kept in range.
    pub(crate) fn rebuilt(&mut self, model: &Model) {
        let n = model.rows().len();
        self.invalidate(n);
        self.overview = layout::overview(n, self.viewport(), model.derived.divergences.iter().copied());
        self.selected = self.selected.min(n.saturating_sub(1));
        self.top = self.top.min(self.selected);
        self.skip = 0;
    }

    /// Sets the terminal size; re-wraps lazily when column widths change.
    pub(crate) fn resize(&mut self, width: u16, height: u16, c: &Content) {
        self.size = (width, height);
        let widths: Vec<u16> = layout::columns(width, c.model.columns()).iter().map(|c| c.width).collect();
        if widths != self.widths {
            self.widths = widths;
            self.invalidate(c.rows());
        }
        self.overview =
            layout::overview(c.rows(), self.viewport(), c.model.derived.divergences.iter().copied());
        self.scroll_to_selection(c);
    }

    /// Scrolls tables and code to `hscroll` cells in; re-wraps lazily.
    pub(crate) fn set_hscroll(&mut self, hscroll: usize, c: &Content) {
        if hscroll != self.hscroll {
            self.hscroll = hscroll;
            self.invalidate(c.rows());
            self.prepare(c);
        }
    }

    /// The text width of the focused column (or the first, for the original).
    pub(crate) fn column_width(&self) -> usize {
        usize::from(self.widths.get(self.focus).or(self.widths.first()).copied().unwrap_or(1))
    }

    /// The wrapped row, if it has been wrapped for the current widths.
    pub(crate) fn wrapped(&self, row: usize) -> Option<&WrappedRow> {
        self.cache.get(row).and_then(Option::as_ref)
    }

    /// Lines available for rows.
    pub(crate) fn viewport(&self) -> usize {
        usize::from(self.size.1.saturating_sub(layout::CHROME_LINES))
    }

    /// The rows on screen.
    pub(crate) fn visible(&self, rows: usize) -> Range<usize> {
        layout::visible_rows(self.top, self.skip, rows, self.viewport(), |i| {
            self.wrapped(i).map_or(1, |w| w.height)
        })
    }

    /// The height of `row`, wrapping it if needed.
    fn height(&mut self, row: usize, c: &Content) -> usize {
        if self.cache.len() != c.rows() {
            self.invalidate(c.rows());
        }
        if row < self.cache.len() && self.cache[row].is_none() {
            self.cache[row] = Some(c.wrap(row, &self.widths, self.hscroll));
        }
        self.cache[row].as_ref().map_or(1, |w| w.height)
    }

    /// Wraps every row on screen, so that drawing only reads.
    pub(crate) fn prepare(&mut self, c: &Content) {
        let vp = self.viewport();
        let (top, skip, n) = (self.top, self.skip, c.rows());
        layout::visible_rows(top, skip, n, vp, |i| self.height(i, c));
        if n > 0 {
            // Re-wrapping may have made the top row shorter than the lines skipped.
            self.skip = self.skip.min(self.height(self.top, c).saturating_sub(1));
        }
    }

    pub(crate) fn scroll_to_selection(&mut self, c: &Content) {
        let vp = self.viewport();
        let (top, sel) = (self.top, self.selected);
        let new_top = layout::scroll_top(top, sel, vp, |i| self.height(i, c));
        self.set_top(new_top);
        self.prepare(c);
    }

    /// Moves the view to start at `top`; a new top row shows from its first line.
    fn set_top(&mut self, top: usize) {
        if top != self.top {
            self.top = top;
            self.skip = 0;
        }
    }

    /// Selects `row` and brings it to a third of the way down the screen.
    pub(crate) fn jump_to(&mut self, row: usize, c: &Content) {
        let n = c.rows();
        if n == 0 {
            return;
        }
        self.selected = row.min(n - 1);
        let vp = self.viewport();
        let sel = self.selected;
        if !self.visible(n).contains(&sel) || self.wrapped(sel).is_none() {
            let top = layout::jump_top(sel, vp, |i| self.height(i, c));
            self.set_top(top);
            self.skip = 0;
        }
        self.scroll_to_selection(c);
    }

    /// Selects `row` (kept in range), scrolling as little as needed.
    pub(crate) fn select(&mut self, row: usize, c: &Content) {
        self.selected = row.min(c.rows().saturating_sub(1));
        self.scroll_to_selection(c);
    }

    /// The row `lines` screen lines down (`forward`) or up from the selection.
    pub(crate) fn row_after(&mut self, lines: usize, forward: bool, c: &Content) -> usize {
        let (sel, n) = (self.selected, c.rows());
        layout::advance(sel, lines, n, forward, |i| self.height(i, c))
    }

    /// Shows the first row from its first line.
    pub(crate) fn scroll_to_first(&mut self) {
        self.set_top(0);
        self.skip = 0;
    }

    /// Scrolls so that the last row ends at the bottom.
    pub(crate) fn scroll_to_last(&mut self, c: &Content) {
        let (n, vp) = (c.rows(), self.viewport());
        (self.top, self.skip) = layout::last_position(n, vp, |i| self.height(i, c));
    }

    /// Scrolls the view by `lines` screen lines, through rows taller than the screen too;
    /// the selection stays on screen.
    pub(crate) fn scroll(&mut self, lines: isize, c: &Content) {
        let n = c.rows();
        if n == 0 {
            return;
        }
        let vp = self.viewport();
        let at = (self.top, self.skip);
        (self.top, self.skip) = layout::scroll_lines(at, lines, n, vp, |i| self.height(i, c));
        self.prepare(c);
        // The last row that shows whole (or the top row, when it alone fills the screen).
        let mut last = self.top;
        let mut used = 0;
        for row in self.visible(n) {
            let h = self.wrapped(row).map_or(1, |w| w.height);
            used += if row == self.top { h - self.skip.min(h) } else { h };
            if used > vp {
                break;
            }
            last = row;
        }
        self.selected = self.selected.clamp(self.top, last);
    }
}
