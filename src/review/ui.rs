//! Drawing the review view from an [`App`]: reads state, never changes it, never wraps
//! (rows, the why panel, the figures panel and the help are laid out before, by `layout`).
//!
//! Every mark has a symbol or label as well as a colour (∅ omitted, + added,
//! ↷ moved, ? low confidence, ✓/✗ review, # figure; from `transdiff update`: `!` stale,
//! `*` new, `-` orphaned, `=` up to date, `~` moved, and the word diff as `[-old-]{+new+}`;
//! `←` `→` where a table or code line goes on past the column), so the view reads without
//! colour; colours are the terminal's named ones, which themes adapt to light
//! and dark backgrounds. With `NO_COLOR`, only bold, dim, underline,
//! strike-through and reverse remain.

use super::app::{App, Block as TextBlock, BlockStyle, CellLabel, CellLine, Mode, WrappedCell, level_name};
use super::layout::{self, Column, Mark};
use crate::alignment::{DiffOp, ReviewStatus, UpdateState, Verdict};
use crate::compare::Severity;
use crate::text::ParagraphKind;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

const HEADER: Style = Style::new().add_modifier(Modifier::BOLD);
const HEADER_FOCUS: Style = Style::new().add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED);
const SELECTION: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
const SEPARATOR: Style = Style::new().add_modifier(Modifier::DIM);
const OMITTED_TEXT: Style =
    Style::new().fg(Color::Red).add_modifier(Modifier::DIM).add_modifier(Modifier::CROSSED_OUT);
const OMITTED_LABEL: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
const ADDED_TEXT: Style = Style::new().fg(Color::Green);
const ADDED_LABEL: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
const MOVED_TEXT: Style = Style::new().fg(Color::Blue);
const MOVED_LABEL: Style = Style::new().fg(Color::Blue).add_modifier(Modifier::BOLD);
const NOTE_LABEL: Style = Style::new().add_modifier(Modifier::DIM).add_modifier(Modifier::ITALIC);
const FIGURE_HIGH: Style =
    Style::new().fg(Color::Red).add_modifier(Modifier::BOLD).add_modifier(Modifier::REVERSED);
const FIGURE_MEDIUM: Style =
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED);
const NAME_LOW: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::UNDERLINED);
const LOW_CONFIDENCE: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
const CONFIRMED: Style = Style::new().fg(Color::Green).add_modifier(Modifier::BOLD);
const WRONG: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
const FINDING_GUTTER: Style = Style::new().fg(Color::Red).add_modifier(Modifier::BOLD);
const SEARCH_MATCH: Style =
    Style::new().fg(Color::Cyan).add_modifier(Modifier::ITALIC).add_modifier(Modifier::UNDERLINED);
const STALE_LABEL: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
const RESOLVED_LABEL: Style = Style::new().fg(Color::Green);
const NEW_LABEL: Style = Style::new().fg(Color::Magenta).add_modifier(Modifier::BOLD);
const UPDATE_NOTE: Style = Style::new().add_modifier(Modifier::ITALIC);
const DIFF_DELETE: Style = Style::new().fg(Color::Red).add_modifier(Modifier::CROSSED_OUT);
const DIFF_INSERT: Style =
    Style::new().fg(Color::Green).add_modifier(Modifier::BOLD).add_modifier(Modifier::UNDERLINED);
const CUT_MARK: Style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
const STATUS: Style = Style::new().add_modifier(Modifier::REVERSED);
const MESSAGE: Style = Style::new();
const THUMB: Style = Style::new().add_modifier(Modifier::REVERSED);

/// Draws the whole view.
pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    app.render(area, frame.buffer_mut());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if layout::too_small(area.width, area.height, self.columns()) {
            render_too_small(self, area, buf);
            return;
        }
        let cols = layout::columns(area.width, self.columns());
        render_header(self, area, &cols, buf);
        render_rows(self, area, &cols, buf);
        render_overview(self, area, buf);
        render_status(self, area, buf);
        render_message(self, area, buf);
        match self.mode() {
            Mode::Help => render_help(self, area, buf),
            Mode::Figures(i) => render_figures(self, *i, area, buf),
            Mode::Why(top) => render_why(self, *top, area, buf),
            Mode::ConfirmQuit => render_question(
                self,
                area,
                " Unsaved review ",
                "There are review decisions not saved yet.\nSave them before quitting?\n\ny save and quit · n quit without saving · c cancel",
                buf,
            ),
            Mode::Export => render_question(
                self,
                area,
                " Export ",
                "Export every alignment at this level as\n\nt TSV (tab-separated) · m TMX (translation memory) · Esc cancel",
                buf,
            ),
            _ => {}
        }
    }
}

/// Drops colours when they are off (NO_COLOR), keeping bold, dim, underline and the like.
fn paint(app: &App, style: Style) -> Style {
    if app.color() { style } else { Style { fg: None, bg: None, ..style } }
}

fn render_too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let (w, h) = layout::min_size(app.columns());
    let text = format!(
        "Terminal too small: {}×{}. transdiff review needs at least {w}×{h} for {} columns. Enlarge the window, or press q to quit.",
        area.width,
        area.height,
        app.columns()
    );
    Paragraph::new(text).wrap(Wrap { trim: true }).render(area, buf);
}

fn render_header(app: &App, area: Rect, cols: &[Column], buf: &mut Buffer) {
    for (c, col) in cols.iter().enumerate() {
        let doc = if c == 0 { &app.alignments()[0].source } else { &app.alignments()[c - 1].target };
        let focused = app.focus() == c;
        let style = paint(app, if focused { HEADER_FOCUS } else { HEADER });
        let marker = if focused { "▸ " } else { "  " };
        buf.set_stringn(col.mark_x, area.y, marker, usize::from(layout::MARK_GUTTER), paint(app, SELECTION));
        let lang = format!("{} · ", doc.lang.code().to_uppercase());
        let room = usize::from(col.width).saturating_sub(layout::display_width(&lang));
        let text = format!("{lang}{}", fit_path_left(&doc.path, room));
        buf.set_stringn(col.text_x, area.y, text, usize::from(col.width), style);
    }
}

fn render_rows(app: &App, area: Rect, cols: &[Column], buf: &mut Buffer) {
    let top_y = area.y + 1;
    let bottom = top_y + area.height.saturating_sub(layout::CHROME_LINES);
    let mut y = top_y;
    for row in app.visible() {
        let Some(wrapped) = app.wrapped(row) else { break };
        let selected = row == app.selected();
        // The top row may be scrolled part way (rows taller than the screen).
        let first = if row == app.top() { app.skip().min(wrapped.height - 1) } else { 0 };
        for line in first..wrapped.height {
            let yy = y + (line - first) as u16;
            if yy >= bottom {
                break;
            }
            if selected {
                buf.set_string(area.x, yy, "▌", paint(app, SELECTION));
            }
            let separator = line + 1 == wrapped.height;
            for (cell, col) in wrapped.cells.iter().zip(cols) {
                if separator {
                    let rule = "╌".repeat(usize::from(col.width));
                    buf.set_stringn(col.text_x, yy, rule, usize::from(col.width), paint(app, SEPARATOR));
                    continue;
                }
                if line == first {
                    render_gutter(app, cell, col, yy, buf);
                }
                if let Some(l) = cell.lines.get(line) {
                    render_cell_line(app, cell, l, col, yy, buf);
                }
            }
            for col in &cols[1..] {
                buf.set_string(col.mark_x - 1, yy, "│", paint(app, SEPARATOR));
            }
        }
        y += (wrapped.height - first) as u16;
        if y >= bottom {
            break;
        }
    }
}

fn render_gutter(app: &App, cell: &WrappedCell, col: &Column, y: u16, buf: &mut Buffer) {
    let g = cell.gutter;
    let (symbol, style) = match g.status {
        Some(ReviewStatus::Confirmed) => ("✓", CONFIRMED),
        Some(ReviewStatus::Wrong) => ("✗", WRONG),
        _ if g.low_confidence => ("?", LOW_CONFIDENCE),
        _ => (" ", Style::new()),
    };
    buf.set_string(col.mark_x, y, symbol, paint(app, style));
    if g.finding {
        buf.set_string(col.mark_x + 1, y, "#", paint(app, FINDING_GUTTER));
    }
}

fn render_cell_line(app: &App, cell: &WrappedCell, line: &CellLine, col: &Column, y: u16, buf: &mut Buffer) {
    let width = col.width;
    match line {
        CellLine::Blank => {}
        CellLine::Label(label) => {
            let (text, style) = match label {
                CellLabel::Omitted => ("∅ omitted".to_string(), OMITTED_LABEL),
                CellLabel::Added => ("+ added".to_string(), ADDED_LABEL),
                CellLabel::MovedFrom(Some(row)) => {
                    (format!("↷ moved here from row {}", row + 1), MOVED_LABEL)
                }
                CellLabel::MovedFrom(None) => ("↷ moved".to_string(), MOVED_LABEL),
                CellLabel::MovedTo(row) => (format!("↷ moved to row {}", row + 1), MOVED_LABEL),
                CellLabel::RepeatedFrom(Some(row)) => {
                    (format!("⧉ repeated here from row {}", row + 1), MOVED_LABEL)
                }
                CellLabel::RepeatedFrom(None) => ("⧉ repeated".to_string(), MOVED_LABEL),
                CellLabel::RepeatedAt(row) => (format!("⧉ repeated at row {}", row + 1), MOVED_LABEL),
                CellLabel::OriginalAt(row) => (format!("(original at row {})", row + 1), NOTE_LABEL),
                CellLabel::Unaligned => ("∅ not aligned".to_string(), NOTE_LABEL),
                CellLabel::Update { state, resolved } => update_label(*state, *resolved),
            };
            buf.set_stringn(col.text_x, y, text, usize::from(width), paint(app, style));
        }
        CellLine::Text { block, range } => {
            let block = &cell.blocks[*block];
            let spans = text_spans(app, block, range.clone(), None);
            buf.set_line(col.text_x, y, &Line::from(spans), width);
        }
        CellLine::Pre { block, line } => {
            // A table or code line: as laid out (clipped, not wrapped), tabs expanded from the
            // column the shown part starts at, a mark at each edge it goes on past.
            let block = &cell.blocks[*block];
            let spans = text_spans(app, block, line.range.clone(), Some(line.col));
            let x = col.text_x + line.x as u16;
            buf.set_line(x, y, &Line::from(spans), width.saturating_sub(line.x as u16));
            let mark = paint(app, CUT_MARK);
            if line.left {
                buf.set_string(col.text_x, y, layout::CUT_LEFT, mark);
            }
            if line.right && width > 0 {
                buf.set_string(col.text_x + width - 1, y, layout::CUT_RIGHT, mark);
            }
        }
    }
}

/// How a label of `transdiff update` reads, and its style.
fn update_label(state: UpdateState, resolved: bool) -> (String, Style) {
    let (text, style) = match (state, resolved) {
        (UpdateState::Stale, false) => ("! stale: the original changed", STALE_LABEL),
        (UpdateState::Stale, true) => ("✓ stale, resolved", RESOLVED_LABEL),
        (UpdateState::UpToDate, _) => ("= up to date: has the new figures", RESOLVED_LABEL),
        (UpdateState::Orphaned, _) => ("- orphaned: deleted in the original", OMITTED_LABEL),
        (UpdateState::New, _) => ("* new in the original: translate", NEW_LABEL),
        (UpdateState::Moved, _) => ("~ moved in the original", MOVED_LABEL),
    };
    (text.to_string(), style)
}

/// The styled pieces of `range` of a block's text, cut at its highlights (findings, search,
/// diff pieces). `tab_col`: a preformatted line, its tabs expanded from that display column;
/// otherwise a tab shows as one space.
fn text_spans<'a>(
    app: &'a App,
    block: &'a TextBlock,
    range: std::ops::Range<usize>,
    tab_col: Option<usize>,
) -> Vec<Span<'a>> {
    let text = app.block_text(block);
    let base = match block.style {
        BlockStyle::Normal => Style::new(),
        BlockStyle::Omitted => OMITTED_TEXT,
        BlockStyle::Added => ADDED_TEXT,
        BlockStyle::Moved => MOVED_TEXT,
        BlockStyle::Note => UPDATE_NOTE,
    };
    let base = match block.kind {
        ParagraphKind::Heading => base.add_modifier(Modifier::BOLD),
        ParagraphKind::Caption => base.add_modifier(Modifier::ITALIC),
        ParagraphKind::Chrome => base.add_modifier(Modifier::DIM),
        ParagraphKind::Body | ParagraphKind::Bullet | ParagraphKind::Table | ParagraphKind::Code => base,
    };
    // Cut the line at highlight edges.
    let mut cuts = vec![range.start, range.end];
    let diff = block.diff.iter().map(|(s, _)| s);
    for span in block.marks.iter().map(|(s, _)| s).chain(&block.search).chain(diff) {
        cuts.extend([span.start, span.end].into_iter().filter(|c| range.contains(c)));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut col = tab_col.unwrap_or(0);
    cuts.windows(2)
        .filter(|w| text.is_char_boundary(w[0]) && text.is_char_boundary(w[1]))
        .map(|w| {
            let severity = block
                .marks
                .iter()
                .filter(|(s, _)| s.start <= w[0] && w[1] <= s.end)
                .map(|(_, sev)| *sev)
                .max();
            let mut style = match severity {
                Some(Severity::High) => base.patch(FIGURE_HIGH),
                Some(Severity::Medium) => base.patch(FIGURE_MEDIUM),
                Some(Severity::Low) => base.patch(NAME_LOW),
                None => base,
            };
            match block.diff.iter().find(|(s, _)| s.start <= w[0] && w[1] <= s.end).map(|(_, op)| op) {
                Some(DiffOp::Delete) => style = style.patch(DIFF_DELETE),
                Some(DiffOp::Insert) => style = style.patch(DIFF_INSERT),
                Some(DiffOp::Equal) | None => {}
            }
            if block.search.iter().any(|s| s.start <= w[0] && w[1] <= s.end) {
                style = style.patch(SEARCH_MATCH);
            }
            let piece = &text[w[0]..w[1]];
            let shown = match tab_col {
                Some(_) => {
                    let shown = layout::expand_tabs(piece, col);
                    col += layout::display_width(&shown);
                    shown
                }
                None => layout::visible(piece),
            };
            Span::styled(shown, paint(app, style))
        })
        .collect()
}

fn render_overview(app: &App, area: Rect, buf: &mut Buffer) {
    let x = area.x + area.width - 1;
    let top_y = area.y + 1;
    let thumb = layout::overview_thumb(app.row_count(), app.overview().len(), app.visible());
    for (i, mark) in app.overview().iter().enumerate() {
        let (symbol, style) = match mark {
            Mark::Figure => ("#", FINDING_GUTTER),
            Mark::Omitted => ("∅", OMITTED_LABEL),
            Mark::Update => ("!", STALE_LABEL),
            Mark::Changed => ("+", MOVED_LABEL),
            Mark::Unsure => ("?", LOW_CONFIDENCE),
            Mark::None => ("│", SEPARATOR),
        };
        let style = if thumb.contains(&i) { style.patch(THUMB) } else { style };
        buf.set_string(x, top_y + i as u16, symbol, paint(app, style));
    }
}

fn render_status(app: &App, area: Rect, buf: &mut Buffer) {
    let y = area.y + area.height - 2;
    // (priority, text): when the bar is too narrow, the highest numbers go first
    // (the legend, then the counts from the last rendering back); the position,
    // the confidence and the unsaved mark stay.
    let mut parts = vec![(
        0,
        format!(
            " row {}/{} · {}s",
            (app.selected() + 1).min(app.row_count()),
            app.row_count(),
            level_name(app.level())
        ),
    )];
    for (r, c) in app.counts().iter().enumerate() {
        let a = &app.alignments()[r];
        let lang = a.target.lang.code();
        if a.verdict == Verdict::NotTranslation {
            // Kept on screen, unlike the opening message: the pairing is not to be trusted.
            parts.push((1, format!("{lang} ⚠ not a translation? similarity {:.2}", a.similarity)));
        }
        let u = c.update;
        if u.any() {
            // What `transdiff update` left to do comes before the aligner's counts.
            parts.push((
                2,
                format!("{lang} !{} stale ✓{} *{} new -{} orph.", u.stale, u.resolved, u.new, u.orphaned),
            ));
        }
        parts.push((3, format!("{lang} ∅{} +{} ↷{} #{}", c.omitted, c.added, c.moved, c.figures)));
    }
    match app.confidence() {
        Some(conf) => parts.push((1, format!("conf {conf:.2}"))),
        None => parts.push((1, "conf –".to_string())),
    }
    if app.is_dirty() {
        parts.push((1, "● unsaved".to_string()));
    }
    parts.push((4, "∅ omitted + added ↷ moved # figures".to_string()));
    let width = usize::from(area.width);
    let text = fit_ranked(parts, " │ ", width);
    let text = format!("{text:<width$}");
    buf.set_stringn(area.x, y, text, width, paint(app, STATUS));
}

/// The texts of `parts` (priority, text) joined by `sep`, in their order, leaving
/// out whole parts until the line fits `width` cells: the highest priority
/// number first, and among equals the last. Priority 0 is always kept.
fn fit_ranked(mut parts: Vec<(u8, String)>, sep: &str, width: usize) -> String {
    loop {
        let line = parts.iter().map(|p| p.1.as_str()).collect::<Vec<_>>().join(sep);
        if layout::display_width(&line) <= width {
            return line;
        }
        let worst = parts.iter().map(|p| p.0).max().unwrap_or(0);
        if worst == 0 {
            return line;
        }
        match parts.iter().rposition(|p| p.0 == worst) {
            Some(i) => parts.remove(i),
            None => return line,
        };
    }
}

/// The key hints on the bottom line, most useful first.
const HINTS: [&str; 8] = [
    "? help",
    "j/k move",
    "n/N divergence",
    "f figures",
    "s sentences",
    "c/x confirm/wrong",
    "w save",
    "q quit",
];

/// `parts` joined by `sep`, leaving out whole parts from the end (keeping the
/// first) until the line fits `width` cells, so nothing is cut mid-word. The
/// first part alone is still cut to `width` if it is wider.
fn fit_parts(parts: &[String], sep: &str, width: usize) -> String {
    let mut n = parts.len();
    while n > 1 && layout::display_width(&parts[..n].join(sep)) > width {
        n -= 1;
    }
    parts[..n].join(sep)
}

/// `path` cut from the left with a leading `…` so that it fits `width` cells:
/// the file name, which tells files apart, stays visible.
fn fit_path_left(path: &str, width: usize) -> String {
    if layout::display_width(path) <= width {
        return path.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut kept = 0;
    let mut start = path.len();
    for (i, ch) in path.char_indices().rev() {
        let w = layout::display_width(&path[i..i + ch.len_utf8()]);
        if kept + w > width - 1 {
            break;
        }
        kept += w;
        start = i;
    }
    format!("…{}", &path[start..])
}

fn render_message(app: &App, area: Rect, buf: &mut Buffer) {
    let y = area.y + area.height - 1;
    let text = match app.mode() {
        Mode::Search(s) => format!("/{s}▏  (Enter search · Esc cancel)"),
        _ => match app.message() {
            Some(m) => m.lines().next().unwrap_or("").to_string(),
            None => {
                let hints: Vec<String> = HINTS.iter().map(|h| h.to_string()).collect();
                fit_parts(&hints, " · ", usize::from(area.width))
            }
        },
    };
    buf.set_stringn(area.x, y, text, usize::from(area.width), paint(app, MESSAGE));
}

/// A centred box of `width`×`height` within `area`.
fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

fn overlay_block(title: &str) -> Block<'_> {
    Block::default().borders(Borders::ALL).title(title)
}

fn render_help(app: &App, area: Rect, buf: &mut Buffer) {
    let (width, lines) = app.help_lines();
    let rect = centred(area, width, lines.len() as u16 + 2);
    Clear.render(rect, buf);
    Paragraph::new(lines.iter().map(|l| Line::raw(l.as_str())).collect::<Vec<_>>())
        .block(overlay_block(" Keys (Esc closes) "))
        .style(paint(app, Style::new()))
        .render(rect, buf);
}

/// The why panel: the lines [`App::open_why`] prepared (wrapped there), from line `top`.
fn render_why(app: &App, top: usize, area: Rect, buf: &mut Buffer) {
    let lines = app.why_lines();
    let width = layout::why_panel_width(area.width) + 2;
    let height = (lines.len() as u16 + 2).min(area.height.saturating_sub(4).max(5));
    let rect = centred(area, width, height);
    let shown: Vec<Line> = lines
        .iter()
        .skip(top)
        .take(usize::from(rect.height.saturating_sub(2)))
        .map(|l| Line::raw(l.as_str()))
        .collect();
    let title = format!(" Why: {} (j/k scroll · Esc close) ", app.why_title());
    Clear.render(rect, buf);
    Paragraph::new(shown).block(overlay_block(&title)).render(rect, buf);
}

/// The figures panel: the lines laid out when it opened or moved, entry `selected` reversed.
fn render_figures(app: &App, selected: usize, area: Rect, buf: &mut Buffer) {
    let (width, height) = layout::figures_panel_size(area.width, area.height);
    let rect = centred(area, width, height);
    let lines: Vec<Line> = app
        .figure_lines()
        .iter()
        .map(|(i, text)| {
            let style =
                if *i == selected { Style::new().add_modifier(Modifier::REVERSED) } else { Style::new() };
            Line::styled(text.as_str(), style)
        })
        .collect();
    let title = format!(" Figures and names: {} (j/k move · Enter jump · Esc close) ", app.figure_list_len());
    Clear.render(rect, buf);
    Paragraph::new(lines).block(overlay_block(&title)).render(rect, buf);
}

fn render_question(app: &App, area: Rect, title: &str, text: &str, buf: &mut Buffer) {
    let width = text.lines().map(layout::display_width).max().unwrap_or(0) as u16 + 4;
    let rect = centred(area, width, text.lines().count() as u16 + 2);
    Clear.render(rect, buf);
    Paragraph::new(text.to_string())
        .block(overlay_block(title))
        .style(paint(app, Style::new()))
        .render(rect, buf);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn fit_parts_drops_whole_parts_from_the_end() {
        let p = parts(&["row 1/9", "sv ∅1", "legend here"]);
        assert_eq!(fit_parts(&p, " │ ", 100), "row 1/9 │ sv ∅1 │ legend here");
        assert_eq!(fit_parts(&p, " │ ", 27), "row 1/9 │ sv ∅1");
        assert_eq!(fit_parts(&p, " │ ", 15), "row 1/9 │ sv ∅1");
        assert_eq!(fit_parts(&p, " │ ", 14), "row 1/9");
        // The first part is kept even when it alone is too wide (the caller cuts it).
        assert_eq!(fit_parts(&p, " │ ", 3), "row 1/9");
    }

    #[test]
    fn fit_ranked_drops_the_least_needed_parts_first() {
        let p = |v: &[(u8, &str)]| v.iter().map(|(r, t)| (*r, t.to_string())).collect::<Vec<_>>();
        let bar = p(&[(0, "row 1/9"), (3, "sv ∅1"), (3, "nl ∅2"), (1, "conf 0.5"), (4, "legend")]);
        assert_eq!(fit_ranked(bar.clone(), " │ ", 100), "row 1/9 │ sv ∅1 │ nl ∅2 │ conf 0.5 │ legend");
        assert_eq!(fit_ranked(bar.clone(), " │ ", 35), "row 1/9 │ sv ∅1 │ nl ∅2 │ conf 0.5");
        assert_eq!(fit_ranked(bar.clone(), " │ ", 34), "row 1/9 │ sv ∅1 │ nl ∅2 │ conf 0.5");
        assert_eq!(fit_ranked(bar.clone(), " │ ", 33), "row 1/9 │ sv ∅1 │ conf 0.5");
        assert_eq!(fit_ranked(bar.clone(), " │ ", 20), "row 1/9 │ conf 0.5");
        assert_eq!(fit_ranked(bar, " │ ", 5), "row 1/9");
    }

    #[test]
    fn fit_path_left_keeps_the_file_name() {
        assert_eq!(fit_path_left("texts/en.original.txt", 30), "texts/en.original.txt");
        assert_eq!(fit_path_left("texts/en.original.txt", 21), "texts/en.original.txt");
        assert_eq!(fit_path_left("texts/en.original.txt", 16), "…en.original.txt");
        assert_eq!(fit_path_left("dir/åäö.txt", 8), "…åäö.txt");
        assert_eq!(fit_path_left("abc", 1), "…");
        assert_eq!(fit_path_left("abc", 0), "");
    }
}
