//! Pure geometry of the review view: column widths, word wrapping with display
//! widths, scroll position and the overview strip. No state, no drawing.
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
    /// A passage added or moved by a rendering.
    Changed,
    /// A passage left out by a rendering.
    Omitted,
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
}
