//! What the overlays show, laid out for the terminal size when they open, move or the
//! terminal resizes (never while drawing): the why panel's explanation, the figures
//! panel's lines and the help overlay's lines.

use super::input::KEYS;
use super::layout;
use super::model::Model;
use crate::compare::FindingKind;

/// The why panel: the explanation handed in by the provider, and the same wrapped.
#[derive(Debug, Default)]
pub(crate) struct WhyPanel {
    lines: Vec<String>,
    pub(crate) wrapped: Vec<String>,
    pub(crate) title: String,
}

impl WhyPanel {
    /// Shows `lines` under `title`, wrapped for a `width`-cell terminal.
    pub(crate) fn show(&mut self, title: String, lines: Vec<String>, width: u16) {
        self.title = title;
        self.lines = lines;
        self.layout(width);
    }

    /// Wraps the lines for a `width`-cell terminal.
    pub(crate) fn layout(&mut self, width: u16) {
        self.wrapped = layout::wrap_indented(&self.lines, usize::from(layout::why_panel_width(width)));
    }
}

/// The lines of the overlays that are laid out when shown.
#[derive(Debug, Default)]
pub(crate) struct Panels {
    pub(crate) why: WhyPanel,
    /// The figures panel's lines, each with the index of its entry.
    pub(crate) figures: Vec<(usize, String)>,
    /// The help overlay's box width and lines.
    pub(crate) help: (u16, Vec<String>),
}

impl Panels {
    /// Lays out the help overlay for a `width`×`height` terminal.
    pub(crate) fn layout_help(&mut self, (width, height): (u16, u16)) {
        let keys: Vec<(&str, &str)> = KEYS.iter().map(|b| (b.label, b.help)).collect();
        self.help = layout::help_lines(&keys, width, height);
    }

    /// Lays out the figures panel of `model` with entry `selected` in view.
    pub(crate) fn layout_figures(&mut self, model: &Model, selected: usize, (width, height): (u16, u16)) {
        let (w, h) = layout::figures_panel_size(width, height);
        let (inner_width, inner_height) =
            (usize::from(w.min(width).saturating_sub(2)), usize::from(h.min(height).saturating_sub(2)));
        self.figures =
            layout::figure_panel_lines(&figure_entries(model), selected, inner_width, inner_height);
    }
}

/// The figures panel's entries: (head, note).
fn figure_entries(model: &Model) -> Vec<(String, String)> {
    model
        .derived
        .figure_list
        .iter()
        .map(|e| {
            let f = &model.derived.findings[e.rendering][e.finding];
            let a = &model.alignments[e.rendering];
            let lang = a.target.lang.code();
            // The line is in the original when the finding has a source side, else in
            // the rendering: name the file's language so "l.9" is not ambiguous.
            let (side, line) = match (f.source(), f.target()) {
                (Some(o), _) => (a.source.lang.code(), o.line),
                (None, Some(o)) => (lang, o.line),
                (None, None) => (lang, 0),
            };
            let head =
                format!(" row {:>5}  {lang}  {:<18} {side} l.{line:<5} ", e.row + 1, kind_label(f.kind));
            (head, f.note())
        })
        .collect()
}

/// A finding's kind as the figures panel names it.
fn kind_label(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Mismatch => "differs",
        FindingKind::Missing => "missing",
        FindingKind::Added => "added",
        FindingKind::InOmittedPassage => "in omitted passage",
        FindingKind::InAddedPassage => "in added passage",
        FindingKind::NameVariant => "name spelled apart",
        FindingKind::NameInconsistent => "name inconsistent",
    }
}
