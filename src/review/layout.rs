//! Pure geometry of the review view: column widths, word wrapping with display
//! widths, preformatted lines (tables, code) clipped to the column with marks where they
//! go on, scroll position and the overview strip. No state, no drawing.
//!
//! Rows have variable heights (their wrapped text), so every function that walks
//! rows takes a `height(row)` closure and only ever walks as many rows as fit on
//! the screen: the view stays O(viewport) per frame whatever the alignment size.

use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// Width of the selection gutter at the left edge ("▌ ").
pub const SELECTION_GUTTER: u16 = 1;
/// Width of each column's mark gutter (confidence, review status).
pub const MARK_GUTTER: u16 = 2;
/// Width of the overview strip at the right edge (a blank, then the strip).
pub const OVERVIEW: u16 = 2;
/// Narrowest text column worth drawing.
pub const MIN_COLUMN: u16 = 12;
/// Lines above and below the rows: header, status line, message line.
pub const CHROME_LINES: u16 = 3;
/// Fewest text lines worth drawing.
pub const MIN_TEXT_LINES: u16 = 4;

/// Where one column sits on a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    /// x of the column's mark gutter.
    pub mark_x: u16,
    /// x of the column's first text cell.
    pub text_x: u16,
    /// Width of the text area, in cells.
    pub width: u16,
}

/// Splits `total` cells into `n` columns: selection gutter, then per column a
/// mark gutter and text, a one-cell separator between columns, and the overview
/// strip at the right. Spare cells go to the leftmost columns.
pub fn columns(total: u16, n: usize) -> Vec<Column> {
    if n == 0 {
        return Vec::new();
    }
    let n16 = n as u16;
    let fixed = SELECTION_GUTTER + n16 * MARK_GUTTER + (n16 - 1) + OVERVIEW;
    let text = total.saturating_sub(fixed);
    let (each, spare) = (text / n16, text % n16);
    let mut x = SELECTION_GUTTER;
    (0..n16)
        .map(|i| {
            let width = each + u16::from(i < spare);
            let col = Column { mark_x: x, text_x: x + MARK_GUTTER, width };
            x += MARK_GUTTER + width + 1;
            col
        })
        .collect()
}

/// True when a `width`×`height` terminal is too small to show `n` columns.
pub fn too_small(width: u16, height: u16, n: usize) -> bool {
    let n16 = n.max(1) as u16;
    let need = SELECTION_GUTTER + n16 * (MARK_GUTTER + MIN_COLUMN) + (n16 - 1) + OVERVIEW;
    width < need || height < CHROME_LINES + MIN_TEXT_LINES
}

/// The smallest size that shows `n` columns: (width, height).
pub fn min_size(n: usize) -> (u16, u16) {
    let n16 = n.max(1) as u16;
    (
        SELECTION_GUTTER + n16 * (MARK_GUTTER + MIN_COLUMN) + (n16 - 1) + OVERVIEW,
        CHROME_LINES + MIN_TEXT_LINES,
    )
}

/// Display width of `text` in terminal cells.
pub fn display_width(text: &str) -> usize {
    text.chars().map(cell_width).sum()
}

/// The cells `c` takes on screen: a tab is drawn as one space (see [`visible`]), other
/// control characters take none.
pub fn cell_width(c: char) -> usize {
    if c == '\t' { 1 } else { c.width().unwrap_or(0) }
}

/// `text` as it is drawn: tabs become spaces, so the words they separate stay apart.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\t') { text.replace('\t', " ").into() } else { text.into() }
}

/// Word-wraps `text` to lines at most `width` cells wide (by display width, so
/// wide CJK characters count two and combining marks zero). Returns each line's
/// byte range in `text`, white space at the break dropped. A word longer than
/// the width is broken inside. Empty text is one empty line.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    let mut used = 0;
    // The last break opportunity on the current line: (end of line, start of next).
    let mut brk: Option<(usize, usize)> = None;
    for (i, ch) in text.char_indices() {
        let w = cell_width(ch);
        if ch.is_whitespace() {
            if i == start {
                // White space at the start of a wrapped line is dropped.
                start = i + ch.len_utf8();
                continue;
            }
            brk = Some((i, i + ch.len_utf8()));
            used += w;
            continue;
        }
        if used + w > width && i > start {
            match brk {
                Some((end, next)) => {
                    lines.push(start..trim_end(text, start, end));
                    start = next;
                    used = display_width(&text[next..i]);
                }
                None => {
                    lines.push(start..i);
                    start = i;
                    used = 0;
                }
            }
            brk = None;
        }
        used += w;
    }
    if start < text.len() || lines.is_empty() {
        lines.push(start..trim_end(text, start, text.len()));
    }
    lines
}

/// `end` moved back over trailing white space, not before `start`.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

/// The first row to draw so that `selection` is fully visible (as far as it
/// fits), moving the view as little as possible from `top` (like gitui's
/// `calc_scroll_top`, for rows of varying height). Walks at most one screen of rows.
pub fn scroll_top(
    top: usize,
    selection: usize,
    viewport: usize,
    mut height: impl FnMut(usize) -> usize,
) -> usize {
    if selection <= top {
        return selection;
    }
    let mut first = selection;
    let mut used = height(selection);
    while first > top {
        let h = height(first - 1);
        if used + h > viewport {
            return first;
        }
        used += h;
        first -= 1;
    }
    top
}

/// The first row to draw so that `selection` shows about a third of the way
/// down the screen: where jumps (next divergence, search hit) land.
pub fn jump_top(selection: usize, viewport: usize, mut height: impl FnMut(usize) -> usize) -> usize {
    let mut first = selection;
    let mut used = 0;
    while first > 0 {
        let h = height(first - 1);
        if used + h > viewport / 3 {
            break;
        }
        used += h;
        first -= 1;
    }
    first
}

/// The rows that show, at least in part, when drawing from line `skip` of row `top`.
pub fn visible_rows(
    top: usize,
    skip: usize,
    rows: usize,
    viewport: usize,
    mut height: impl FnMut(usize) -> usize,
) -> Range<usize> {
    let mut end = top;
    let mut used = 0;
    while end < rows && used < viewport {
        let h = height(end);
        used += if end == top { h.saturating_sub(skip).max(1) } else { h };
        end += 1;
    }
    top..end
}

/// The view position (`top` row, `skip` lines of it hidden) moved `delta`
/// screen lines down (up when negative), no further than [`last_position`].
pub fn scroll_lines(
    (top, skip): (usize, usize),
    delta: isize,
    rows: usize,
    viewport: usize,
    mut height: impl FnMut(usize) -> usize,
) -> (usize, usize) {
    if rows == 0 {
        return (0, 0);
    }
    let (mut top, mut skip) = (top.min(rows - 1), skip);
    let mut n = delta.unsigned_abs();
    if delta >= 0 {
        let last = last_position(rows, viewport, &mut height);
        while n > 0 && (top, skip) < last {
            // Lines of this row below the first one shown.
            let below = height(top).saturating_sub(skip + 1);
            if n <= below {
                skip += n;
                n = 0;
            } else {
                n -= below + 1;
                top += 1;
                skip = 0;
            }
        }
        (top, skip).min(last)
    } else {
        while n > 0 {
            if n <= skip {
                skip -= n;
                n = 0;
            } else if top > 0 {
                n -= skip + 1;
                top -= 1;
                skip = height(top).saturating_sub(1);
            } else {
                skip = 0;
                n = 0;
            }
        }
        (top, skip)
    }
}

/// The furthest the view scrolls: the last row's last line at the bottom of
/// the screen, or the top when everything fits. Walks back one screen of rows.
pub fn last_position(rows: usize, viewport: usize, mut height: impl FnMut(usize) -> usize) -> (usize, usize) {
    let mut used = 0;
    for row in (0..rows).rev() {
        used += height(row);
        if used >= viewport {
            return (row, used - viewport);
        }
    }
    (0, 0)
}

/// The row `lines` screen lines after `from` (before it when `forward` is
/// false), by whole rows, staying within `0..rows`; moves at least one row.
pub fn advance(
    from: usize,
    lines: usize,
    rows: usize,
    forward: bool,
    mut height: impl FnMut(usize) -> usize,
) -> usize {
    let last = rows.saturating_sub(1);
    let mut at = from.min(last);
    let mut used = 0;
    loop {
        let next = if forward {
            if at >= last {
                return at;
            }
            at + 1
        } else {
            if at == 0 {
                return 0;
            }
            at - 1
        };
        used += height(next);
        at = next;
        if used >= lines {
            return at;
        }
    }
}

/// The last possible top row: the one from which the last rows fill the screen.
pub fn bottom_top(rows: usize, viewport: usize, height: impl FnMut(usize) -> usize) -> usize {
    scroll_top(0, rows.saturating_sub(1), viewport, height)
}

/// How bad a spot of the text is, for the overview strip; ordered by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mark {
    /// Nothing to see.
    #[default]
    None,
    /// A bead the aligner is unsure of (confidence below [`super::model::LOW_CONFIDENCE`]).
    Unsure,
    /// A passage added or moved by a rendering.
    Changed,
    /// A passage left out by a rendering.
    Omitted,
    /// A passage `transdiff update` marked (stale, orphaned, new, up to date, moved).
    Update,
    /// A divergent figure.
    Figure,
}

/// Buckets `marks` (row, mark), for `rows` rows, into `cells` cells of the
/// overview strip; each cell keeps its most severe mark.
pub fn overview(rows: usize, cells: usize, marks: impl IntoIterator<Item = (usize, Mark)>) -> Vec<Mark> {
    let mut strip = vec![Mark::None; cells];
    if rows == 0 || cells == 0 {
        return strip;
    }
    for (row, mark) in marks {
        let cell = (row * cells / rows).min(cells - 1);
        strip[cell] = strip[cell].max(mark);
    }
    strip
}

/// The cells of the overview strip that stand for `visible` rows out of `rows`.
pub fn overview_thumb(rows: usize, cells: usize, visible: Range<usize>) -> Range<usize> {
    if rows == 0 || cells == 0 {
        return 0..0;
    }
    let start = (visible.start * cells / rows).min(cells - 1);
    let end = (visible.end * cells).div_ceil(rows).clamp(start + 1, cells);
    start..end
}

// ---- the view model: cell lines and panel lines ------------------------------------------

/// One screen line of a cell.
#[derive(Clone, Debug, PartialEq)]
pub enum CellLine<L = super::model::CellLabel> {
    /// An empty line between two paragraphs of one cell.
    Blank,
    /// A label.
    Label(L),
    /// Part of a block's text: byte range in the unit's text.
    Text {
        /// Index of the block in the cell.
        block: usize,
        /// Byte range in the block's unit text.
        range: Range<usize>,
    },
    /// A line of a preformatted block (table, code), kept as it is: not wrapped, clipped.
    Pre {
        /// Index of the block in the cell.
        block: usize,
        /// What shows of the line.
        line: PreLine,
    },
}

/// What shows of one line of a preformatted block in a column: its characters that fit
/// whole between the view's horizontal offset and the column's right edge, tabs expanded to
/// the next multiple of [`TAB_STOP`]. A cell at either edge gives way to a mark ([`CUT_LEFT`],
/// [`CUT_RIGHT`]) when the line goes on beyond it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreLine {
    /// Byte range of the characters shown, in the block's text.
    pub range: Range<usize>,
    /// Display column (within its line, tabs expanded) where `range` starts.
    pub col: usize,
    /// Cells from the column's left edge to the first character shown.
    pub x: usize,
    /// The line goes on to the left (the view is scrolled past its start).
    pub left: bool,
    /// The line goes on to the right of the column.
    pub right: bool,
}

/// Tab stops of preformatted text: every 8 columns, as terminals and `expand` set them.
pub const TAB_STOP: usize = 8;
/// Drawn in the first cell of a preformatted line that goes on to the left.
pub const CUT_LEFT: &str = "←";
/// Drawn in the last cell of a preformatted line that goes on to the right.
pub const CUT_RIGHT: &str = "→";

/// The cells character `c` takes at display column `col` of a preformatted line: a tab
/// reaches the next tab stop.
fn pre_width(c: char, col: usize) -> usize {
    if c == '\t' { TAB_STOP - col % TAB_STOP } else { cell_width(c) }
}

/// Display width of a preformatted line, tabs expanded.
pub fn pre_line_width(line: &str) -> usize {
    line.chars().fold(0, |col, c| col + pre_width(c, col))
}

/// `text` as it is drawn from display column `col` of a preformatted line: tabs expanded to
/// spaces up to the next tab stop, so the columns of a table or code stay lined up.
pub fn expand_tabs(text: &str, col: usize) -> std::borrow::Cow<'_, str> {
    if !text.contains('\t') {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + TAB_STOP);
    let mut at = col;
    for c in text.chars() {
        let w = pre_width(c, at);
        if c == '\t' {
            out.extend(std::iter::repeat_n(' ', w));
        } else {
            out.push(c);
        }
        at += w;
    }
    out.into()
}

/// The line `range` of `text` as it shows in a column `width` cells wide scrolled
/// `offset` cells to the right (see [`PreLine`]).
pub fn clip_line(text: &str, range: Range<usize>, width: usize, offset: usize) -> PreLine {
    let line = &text[range.clone()];
    let total = pre_line_width(line);
    let left = offset > 0 && total > 0;
    let right = total > offset + width;
    // The columns whose characters show: the marks take an edge cell each.
    let from = offset + usize::from(left);
    let to = (offset + width).saturating_sub(usize::from(right));
    let (mut start, mut end, mut first_col) = (None, range.start, from);
    let mut col = 0;
    for (i, c) in line.char_indices() {
        let w = pre_width(c, col);
        if col >= from && col + w <= to {
            if start.is_none() {
                start = Some(range.start + i);
                first_col = col;
            }
            end = range.start + i + c.len_utf8();
        } else if col + w > to {
            break;
        }
        col += w;
    }
    match start {
        Some(start) => PreLine { range: start..end, col: first_col, x: first_col - offset, left, right },
        None => PreLine { range: range.end..range.end, col: total, x: 0, left, right },
    }
}

/// The byte ranges of the lines of `text` ("\n" between them).
pub fn line_ranges(text: &str) -> Vec<Range<usize>> {
    let mut start = 0;
    let mut lines: Vec<Range<usize>> = text
        .match_indices('\n')
        .map(|(i, _)| {
            let line = start..i;
            start = i + 1;
            line
        })
        .collect();
    lines.push(start..text.len());
    lines
}

/// The widest line of preformatted `text`, in cells (tabs expanded).
pub fn pre_width_of(text: &str) -> usize {
    text.split('\n').map(pre_line_width).max().unwrap_or(0)
}

/// One block of a cell, as [`cell_lines`] lays it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CellText<'a> {
    /// Its text.
    pub text: &'a str,
    /// Kept line by line, clipped instead of wrapped (tables, code).
    pub preformatted: bool,
    /// Set apart from the block before by a blank line (paragraphs are; sentences run on).
    pub apart: bool,
}

/// The screen lines of a cell holding `blocks`, `width` cells wide, with `labels` (each
/// with the index of the block it goes before; later than the last: after all).
/// Preformatted blocks keep their lines, clipped at the width after skipping `offset`
/// cells (the view's horizontal scroll); the rest is word-wrapped.
pub fn cell_lines<L>(
    blocks: &[CellText<'_>],
    labels: Vec<(usize, L)>,
    width: usize,
    offset: usize,
) -> Vec<CellLine<L>> {
    let mut lines = Vec::new();
    let mut labels = labels.into_iter().peekable();
    for (b, block) in blocks.iter().enumerate() {
        if b > 0 && block.apart {
            lines.push(CellLine::Blank);
        }
        while let Some((_, label)) = labels.next_if(|(before, _)| *before <= b) {
            lines.push(CellLine::Label(label));
        }
        if block.preformatted {
            lines.extend(
                line_ranges(block.text).into_iter().map(|range| CellLine::Pre {
                    block: b,
                    line: clip_line(block.text, range, width, offset),
                }),
            );
        } else {
            lines.extend(wrap(block.text, width).into_iter().map(|range| CellLine::Text { block: b, range }));
        }
    }
    lines.extend(labels.map(|(_, l)| CellLine::Label(l)));
    lines
}

/// The height of a row whose cells have `lines` lines each: the tallest (at least one),
/// and the separator line below.
pub fn row_height(lines: impl IntoIterator<Item = usize>) -> usize {
    lines.into_iter().max().unwrap_or(0).max(1) + 1
}

/// The inner width of the why panel on a terminal `width` cells wide (the panel leaves 4 cells
/// each side, and has a border).
pub fn why_panel_width(width: u16) -> u16 {
    width.saturating_sub(8).max(20).min(width).saturating_sub(2)
}

/// `lines` wrapped to `width` cells (at least 8), each after its own indent; continuation
/// lines go 4 cells further in.
pub fn wrap_indented(lines: &[String], width: usize) -> Vec<String> {
    let width = width.max(8);
    lines
        .iter()
        .flat_map(|line| {
            let text = line.trim_start();
            let indent = line.len() - text.len();
            let mut out = Vec::new();
            let mut rest = text;
            let mut room = width.saturating_sub(indent);
            let mut pad = indent;
            while !rest.is_empty() || out.is_empty() {
                let head = wrap(rest, room).into_iter().next().unwrap_or(0..rest.len());
                out.push(format!("{:pad$}{}", "", &rest[head.clone()]));
                rest = rest[head.end..].trim_start();
                pad = indent + 4;
                room = width.saturating_sub(pad);
            }
            out
        })
        .collect()
}

/// The help overlay's box width and lines for a `width`×`height` screen, listing `keys`
/// (label, help): two columns of keys when 78 cells fit (the whole list fits 80×24), else
/// one column with the legend wrapped; when the lines do not all fit the height, the last
/// one shown says so instead of the list being cut silently.
pub fn help_lines(keys: &[(&str, &str)], width: u16, height: u16) -> (u16, Vec<String>) {
    let entry =
        |i: usize| keys.get(i).map_or(String::new(), |(label, help)| format!("{label:<11} {help:<24}"));
    let legend = [
        "Gutter: ? low confidence · ✓ confirmed · ✗ wrong · # figure",
        "Text: ∅ omitted · + added · ↷ moved · ! stale · * new · - orphaned · → more",
    ];
    let (box_width, mut lines) = if width >= 78 {
        let half = keys.len().div_ceil(2);
        let mut lines: Vec<String> =
            (0..half).map(|i| format!(" {}  {}", entry(i), entry(i + half))).collect();
        lines.push(String::new());
        lines.extend(legend.iter().map(|l| format!(" {l}")));
        (78, lines)
    } else {
        let inner = usize::from(width.saturating_sub(2)).max(1);
        let mut lines: Vec<String> = (0..keys.len()).map(|i| format!(" {}", entry(i).trim_end())).collect();
        lines.push(String::new());
        for l in legend {
            for r in wrap(l, inner.saturating_sub(1)) {
                lines.push(format!(" {}", &l[r]));
            }
        }
        (width, lines)
    };
    let room = usize::from(height.saturating_sub(2));
    if lines.len() > room && room > 0 {
        lines.truncate(room - 1);
        lines.push(" … more keys: enlarge the window".to_string());
    }
    (box_width, lines)
}

/// The figures panel's box on a `width`×`height` terminal: (width, height), border included.
pub fn figures_panel_size(width: u16, height: u16) -> (u16, u16) {
    (width.saturating_sub(8).max(20), height.saturating_sub(4).max(5))
}

/// The figures panel's lines for `entries` (head, note) in a box `width`×`height`
/// inside its border: the note wraps under itself when the head and note do not
/// fit one line (so a narrow terminal still shows all of it), and the lines
/// scroll so the whole `selected` entry is in view. Each line comes with the
/// index of its entry.
pub fn figure_panel_lines(
    entries: &[(String, String)],
    selected: usize,
    width: usize,
    height: usize,
) -> Vec<(usize, String)> {
    let wrapped: Vec<Vec<String>> = entries
        .iter()
        .map(|(head, note)| {
            let head_width = display_width(head);
            // A head that leaves under 16 cells puts the note on lines of its own.
            let beside = width >= head_width + 16;
            let indent = if beside { head_width } else { 3 };
            let room = width.saturating_sub(indent).max(1);
            let parts: Vec<&str> = wrap(note, room).into_iter().map(|r| &note[r]).collect();
            let mut lines = Vec::new();
            let rest = if beside {
                lines.push(format!("{head}{}", parts.first().copied().unwrap_or("")));
                &parts[parts.len().min(1)..]
            } else {
                lines.push(head.trim_end().to_string());
                &parts[..]
            };
            lines.extend(rest.iter().map(|p| format!("{:indent$}{p}", "")));
            lines
        })
        .collect();
    // Scrolled so the selected entry ends on screen, with as many entries before
    // it as fit (from the top while everything up to it fits).
    let mut first = selected.min(entries.len().saturating_sub(1));
    let mut used = wrapped.get(first).map_or(0, Vec::len);
    while first > 0 && used + wrapped[first - 1].len() <= height {
        first -= 1;
        used += wrapped[first].len();
    }
    wrapped
        .iter()
        .enumerate()
        .skip(first)
        .flat_map(|(i, ls)| ls.iter().map(move |l| (i, l.clone())))
        .take(height)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn columns_share_the_width_and_give_spare_cells_to_the_left() {
        // 1 + 3*2 + 2 + 2 = 11 fixed cells, 109 left: 37, 36, 36.
        assert_eq!(
            columns(120, 3),
            vec![
                Column { mark_x: 1, text_x: 3, width: 37 },
                Column { mark_x: 41, text_x: 43, width: 36 },
                Column { mark_x: 80, text_x: 82, width: 36 },
            ]
        );
        // 1 + 2*2 + 1 + 2 = 8 fixed, 72 left: 36, 36.
        assert_eq!(
            columns(80, 2),
            vec![Column { mark_x: 1, text_x: 3, width: 36 }, Column { mark_x: 40, text_x: 42, width: 36 }]
        );
        assert_eq!(columns(80, 0), vec![]);
    }

    #[test]
    fn too_small_below_the_minimum_only() {
        assert_eq!(min_size(3), (1 + 3 * 14 + 2 + 2, 7));
        assert!(!too_small(47, 7, 3));
        assert!(too_small(46, 7, 3));
        assert!(too_small(47, 6, 3));
        assert!(!too_small(80, 24, 3));
    }

    #[test]
    fn wraps_at_spaces_and_drops_them() {
        assert_eq!(lines("the quick brown fox jumps", 10), vec!["the quick", "brown fox", "jumps"]);
        assert_eq!(lines("the quick", 9), vec!["the quick"]);
        assert_eq!(lines("a  b", 1), vec!["a", "b"]);
    }

    #[test]
    fn a_tab_is_one_cell_and_a_break_and_is_drawn_as_a_space() {
        assert_eq!(display_width("a\tb"), 3);
        assert_eq!(lines("ab\tcd\tef", 5), vec!["ab\tcd", "ef"]);
        assert_eq!(visible("ab\tcd"), "ab cd");
        assert!(matches!(visible("abcd"), std::borrow::Cow::Borrowed("abcd")));
    }

    #[test]
    fn breaks_words_longer_than_the_width() {
        assert_eq!(lines("abcdefghij xy", 4), vec!["abcd", "efgh", "ij", "xy"]);
    }

    #[test]
    fn counts_display_width_not_bytes() {
        // "ö" is 2 bytes, 1 cell; "日本" is 2 chars, 4 cells.
        assert_eq!(lines("öööö ööö", 4), vec!["öööö", "ööö"]);
        assert_eq!(lines("日本語の本", 4), vec!["日本", "語の", "本"]);
        assert_eq!(display_width("日本 ö"), 6);
        // A combining accent takes no cell.
        assert_eq!(lines("e\u{301}e\u{301}e\u{301} x", 3), vec!["e\u{301}e\u{301}e\u{301}", "x"]);
    }

    #[test]
    fn empty_and_blank_text_is_one_empty_line() {
        assert_eq!(wrap("", 5), vec![0..0]);
        assert_eq!(wrap("   ", 5), vec![3..3]);
    }

    #[test]
    fn byte_ranges_point_into_the_text() {
        assert_eq!(wrap("ab cd ef", 5), vec![0..5, 6..8]);
    }

    proptest::proptest! {
        #[test]
        fn wrapped_lines_fit_and_keep_every_word_in_order(
            text in "[a-zé日 ]{0,60}",
            width in 1usize..12,
        ) {
            let lines = wrap(&text, width);
            proptest::prop_assert!(!lines.is_empty());
            let mut last_end = 0;
            for r in &lines {
                proptest::prop_assert!(r.start >= last_end && r.end >= r.start);
                let line = &text[r.clone()];
                // Only a single character wider than the width may overflow it.
                proptest::prop_assert!(display_width(line) <= width || line.chars().count() == 1, "{line:?}");
                last_end = r.end;
            }
            let joined: String = lines.iter().map(|r| &text[r.clone()]).collect::<Vec<_>>().concat();
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            proptest::prop_assert_eq!(squeeze(&joined), squeeze(&text));
        }
    }

    const HEIGHTS: [usize; 6] = [3, 1, 4, 2, 5, 1];
    fn h(i: usize) -> usize {
        HEIGHTS[i]
    }

    #[test]
    fn scroll_top_moves_only_as_far_as_needed() {
        // Selection above the view: it becomes the top.
        assert_eq!(scroll_top(3, 1, 6, h), 1);
        // Rows 0..=2 take 8 lines; with 6 lines row 2 needs top 1 (1+4 = 5).
        assert_eq!(scroll_top(0, 2, 6, h), 1);
        // Already visible: the top stays.
        assert_eq!(scroll_top(1, 2, 6, h), 1);
        // A row taller than the screen becomes the top.
        assert_eq!(scroll_top(0, 4, 4, h), 4);
    }

    #[test]
    fn jump_top_leaves_a_third_of_the_screen_above() {
        // viewport 9: at most 3 lines above row 4: row 3 (2 lines), not row 2 (4 more).
        assert_eq!(jump_top(4, 9, h), 3);
        assert_eq!(jump_top(0, 9, h), 0);
    }

    #[test]
    fn visible_rows_fill_the_screen() {
        assert_eq!(visible_rows(0, 0, 6, 8, h), 0..3);
        assert_eq!(visible_rows(4, 0, 6, 8, h), 4..6);
        assert_eq!(visible_rows(0, 0, 0, 8, h), 0..0);
        // Two of row 0's three lines scrolled away: rows 0..=3 show (1 + 1 + 4 + 2 = 8).
        assert_eq!(visible_rows(0, 2, 6, 8, h), 0..4);
    }

    #[test]
    fn scrolling_by_lines_walks_through_tall_rows() {
        // Heights 3, 1, 4, 2, 5, 1 (16 lines); a 4-line screen.
        assert_eq!(scroll_lines((0, 0), 2, 6, 4, h), (0, 2));
        assert_eq!(scroll_lines((0, 0), 3, 6, 4, h), (1, 0));
        assert_eq!(scroll_lines((0, 2), 3, 6, 4, h), (2, 1));
        assert_eq!(scroll_lines((2, 1), -3, 6, 4, h), (0, 2));
        assert_eq!(scroll_lines((0, 1), -5, 6, 4, h), (0, 0));
        // The end: the last 4 lines are row 4's last 3 and row 5.
        assert_eq!(last_position(6, 4, h), (4, 2));
        assert_eq!(scroll_lines((3, 0), 100, 6, 4, h), (4, 2));
        assert_eq!(last_position(2, 10, h), (0, 0));
    }

    #[test]
    fn advance_moves_by_screen_lines_in_whole_rows() {
        assert_eq!(advance(0, 5, 6, true, h), 2);
        assert_eq!(advance(0, 1, 6, true, h), 1);
        assert_eq!(advance(5, 100, 6, true, h), 5);
        // Row 4 alone is 5 lines: one row back covers 3 lines.
        assert_eq!(advance(5, 3, 6, false, h), 4);
        assert_eq!(advance(5, 7, 6, false, h), 3);
        assert_eq!(advance(1, 100, 6, false, h), 0);
        assert_eq!(bottom_top(6, 6, h), 4);
    }

    #[test]
    fn overview_keeps_the_worst_mark_per_cell() {
        let strip = overview(10, 5, [(0, Mark::Changed), (1, Mark::Figure), (9, Mark::Omitted)]);
        assert_eq!(strip, vec![Mark::Figure, Mark::None, Mark::None, Mark::None, Mark::Omitted]);
        assert_eq!(overview(3, 6, [(2, Mark::Changed)])[4], Mark::Changed);
        assert_eq!(overview_thumb(100, 10, 20..35), 2..4);
        assert_eq!(overview_thumb(100_000, 10, 99_990..100_000), 9..10);
    }

    #[test]
    fn figure_panel_notes_wrap_under_themselves_and_the_selection_stays_in_view() {
        let e = |n: &str| (" row     2  sv  differs            l.3     ".to_string(), n.to_string());
        let entries = vec![
            e("12,500 vs 12 000"),
            e("Sotsialisticheskaya spelled Sotsialistialisticheskaya"),
            e("2023 vs 2024"),
        ];
        // Wide: one line per entry, as before.
        let wide = figure_panel_lines(&entries, 0, 120, 10);
        assert_eq!(wide.len(), 3);
        assert_eq!(
            wide[1].1,
            " row     2  sv  differs            l.3     Sotsialisticheskaya spelled Sotsialistialisticheskaya"
        );
        // Narrow (the panel of an 80-cell terminal): the long note wraps under itself.
        let narrow = figure_panel_lines(&entries, 0, 70, 10);
        let texts: Vec<&str> = narrow.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                " row     2  sv  differs            l.3     12,500 vs 12 000",
                " row     2  sv  differs            l.3     Sotsialisticheskaya spelled",
                "                                           Sotsialistialisticheskaya",
                " row     2  sv  differs            l.3     2023 vs 2024",
            ]
        );
        assert_eq!(narrow.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1, 1, 2]);
        // Very narrow: the note goes below the head.
        let tiny = figure_panel_lines(&entries, 0, 44, 10);
        assert_eq!(tiny[0].1, " row     2  sv  differs            l.3");
        assert_eq!(tiny[1].1, "   12,500 vs 12 000");
        // Short: the selected entry is shown whole at the bottom.
        let short = figure_panel_lines(&entries, 2, 70, 3);
        assert_eq!(short.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 1, 2]);
        assert!(figure_panel_lines(&[], 0, 70, 3).is_empty());
    }

    #[test]
    fn help_lines_use_two_columns_only_where_78_cells_fit() {
        let keys: Vec<(&str, &str)> = crate::review::input::KEYS.iter().map(|b| (b.label, b.help)).collect();
        let (w, wide) = help_lines(&keys, 80, 24);
        assert_eq!(w, 78);
        assert_eq!(wide.len(), keys.len().div_ceil(2) + 3);
        let (w, narrow) = help_lines(&keys, 50, 50);
        assert_eq!(w, 50);
        assert!(narrow.iter().all(|l| display_width(l) <= 48), "{narrow:#?}");
        assert_eq!(narrow.len(), keys.len() + 1 + 4);
        let (_, short) = help_lines(&keys, 50, 12);
        assert_eq!(short.len(), 10);
        assert_eq!(short[9], " … more keys: enlarge the window");
    }

    #[test]
    fn why_lines_wrap_after_their_indent_and_continue_four_cells_in() {
        let lines =
            vec!["bead 2: match, source lines 2-2".to_string(), "  anchors: numbers 2021 1956".to_string()];
        assert_eq!(
            wrap_indented(&lines, 20),
            ["bead 2: match,", "    source lines 2-2", "  anchors: numbers", "      2021 1956"]
        );
        assert_eq!(wrap_indented(&[String::new()], 20), [""]);
    }

    #[test]
    fn a_preformatted_line_is_clipped_with_a_mark_where_it_goes_on() {
        let text = "| a | bb |\n|---|----|";
        let lines = line_ranges(text);
        assert_eq!(lines, vec![0..10, 11..21]);
        // Fits: nothing cut.
        assert_eq!(
            clip_line(text, 0..10, 12, 0),
            PreLine { range: 0..10, col: 0, x: 0, left: false, right: false }
        );
        // Too wide: the last cell gives way to the mark, 5 cells of text show.
        assert_eq!(
            clip_line(text, 0..10, 6, 0),
            PreLine { range: 0..5, col: 0, x: 0, left: false, right: true }
        );
        // Scrolled 4 cells: the first cell is the left mark, columns 5..9 show.
        assert_eq!(
            clip_line(text, 0..10, 6, 4),
            PreLine { range: 5..10, col: 5, x: 1, left: true, right: false }
        );
        assert_eq!(
            clip_line(text, 0..10, 4, 2),
            PreLine { range: 3..5, col: 3, x: 1, left: true, right: true }
        );
        // Scrolled to the end: only the left mark.
        assert_eq!(
            clip_line(text, 11..21, 6, 6),
            PreLine { range: 18..21, col: 7, x: 1, left: true, right: false }
        );
        assert_eq!(
            clip_line(text, 0..10, 6, 40),
            PreLine { range: 10..10, col: 10, x: 0, left: true, right: false }
        );
        // An empty line is never marked.
        assert_eq!(
            clip_line("", 0..0, 6, 3),
            PreLine { range: 0..0, col: 0, x: 0, left: false, right: false }
        );
    }

    #[test]
    fn tabs_in_preformatted_lines_reach_the_next_tab_stop() {
        assert_eq!(pre_line_width("a\tb"), 9);
        assert_eq!(pre_line_width("\t\tx"), 17);
        assert_eq!(expand_tabs("a\tb", 0), "a       b");
        // Drawn from column 3, the tab reaches column 8.
        assert_eq!(expand_tabs("\tb", 3), "     b");
        assert_eq!(pre_width_of("ab\n\tx\nabc"), 9);
        // A tab straddling the left edge is cut whole; the text after it shows where it belongs.
        let text = "if x:\n\treturn 1";
        assert_eq!(
            clip_line(text, 6..15, 20, 2),
            PreLine { range: 7..15, col: 8, x: 6, left: true, right: false }
        );
    }

    #[test]
    fn tables_and_code_keep_their_lines_in_a_cell_and_prose_wraps() {
        let blocks = [
            CellText { text: "one two three", preformatted: false, apart: true },
            CellText { text: "a b c d e f\nx", preformatted: true, apart: true },
        ];
        assert_eq!(
            cell_lines(&blocks, Vec::<(usize, char)>::new(), 8, 0),
            [
                CellLine::Text { block: 0, range: 0..7 },
                CellLine::Text { block: 0, range: 8..13 },
                CellLine::Blank,
                CellLine::Pre {
                    block: 1,
                    line: PreLine { range: 0..7, col: 0, x: 0, left: false, right: true }
                },
                CellLine::Pre {
                    block: 1,
                    line: PreLine { range: 12..13, col: 0, x: 0, left: false, right: false }
                },
            ]
        );
    }

    #[test]
    fn cell_lines_put_labels_before_their_block_and_blanks_between_paragraphs() {
        let text = |text| CellText { text, preformatted: false, apart: true };
        let lines = cell_lines(&[text("one two"), text("three")], vec![(1, 'a'), (usize::MAX, 'z')], 4, 0);
        assert_eq!(
            lines,
            [
                CellLine::Text { block: 0, range: 0..3 },
                CellLine::Text { block: 0, range: 4..7 },
                CellLine::Blank,
                CellLine::Label('a'),
                CellLine::Text { block: 1, range: 0..4 },
                CellLine::Text { block: 1, range: 4..5 },
                CellLine::Label('z'),
            ]
        );
        assert_eq!(row_height([2, 5, 0]), 6);
        assert_eq!(row_height([]), 2);
    }
}
