//! TSV: one bead per row, for spreadsheets.
//!
//! Columns: `source`, `target`, `kind`, `score`, `status`, `source_lines`,
//! `target_lines`, after a header row. In cells, a backslash is written `\\`,
//! a tab `\t`, a newline `\n` and a carriage return `\r`, so every bead is one
//! line with exactly seven cells. Units of one bead are joined with a space
//! (sentences of one paragraph) or a newline (different paragraphs, written `\n`).
//! When either text is a document (DOCX, HTML, EPUB, PDF, ...), two more columns,
//! `source_location` and `target_location`, give the first paragraph's place ("¶ 12 under
//! “Spending”", "page 3 line 14"); plain-text alignments keep their seven columns.

use super::{joined_text, kind_name, write_error};
use crate::alignment::Alignment;
use crate::error::Result;
use crate::text::{Document, Level};
use std::io::Write;

/// The header row.
const HEADER: &str = "source\ttarget\tkind\tscore\tstatus\tsource_lines\ttarget_lines\n";

/// Writes one row per bead at `level`, as a partition ([`Alignment::partition_at`]).
pub(super) fn write<W: Write>(alignment: &Alignment, level: Level, mut out: W) -> Result<()> {
    let located = [&alignment.source, &alignment.target]
        .iter()
        .any(|d| d.paragraphs.iter().any(|p| p.location.is_some()));
    let mut text = String::from(HEADER);
    if located {
        text.pop();
        text.push_str("\tsource_location\ttarget_location\n");
    }
    for bead in &alignment.partition_at(level) {
        let cells = [
            escape(&joined_text(&alignment.source, level, bead.source(), "\n")),
            escape(&joined_text(&alignment.target, level, bead.target(), "\n")),
            kind_name(bead.kind()).to_string(),
            format!("{:.3}", bead.confidence),
            status_name(bead.status).to_string(),
            line_range(&alignment.source, level, bead.source()),
            line_range(&alignment.target, level, bead.target()),
        ];
        text.push_str(&cells.join("\t"));
        if located {
            for (doc, units) in [(&alignment.source, bead.source()), (&alignment.target, bead.target())] {
                text.push('\t');
                text.push_str(&escape(&location(doc, level, units)));
            }
        }
        text.push('\n');
    }
    out.write_all(text.as_bytes()).map_err(write_error)
}

/// `first-last` (or `first` for one line) over the units, empty when there are none.
fn line_range(doc: &Document, level: Level, units: &[usize]) -> String {
    let first = units.iter().map(|&i| doc.unit_lines(level, i).0).min();
    let last = units.iter().map(|&i| doc.unit_lines(level, i).1).max();
    match (first, last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}-{b}"),
        _ => String::new(),
    }
}

/// The place of the first of `units` in a document ("" for plain text or no units).
fn location(doc: &Document, level: Level, units: &[usize]) -> String {
    let paragraph = units.first().map(|&i| match level {
        Level::Paragraph => i,
        Level::Sentence => doc.sentences[i].paragraph,
    });
    paragraph.and_then(|p| doc.paragraphs[p].location.as_ref()).map(ToString::to_string).unwrap_or_default()
}

fn status_name(status: crate::alignment::ReviewStatus) -> &'static str {
    use crate::alignment::ReviewStatus::*;
    match status {
        Unreviewed => "unreviewed",
        Confirmed => "confirmed",
        Wrong => "wrong",
    }
}

/// Escapes a cell so it holds no tab or line break: `\` → `\\`, tab → `\t`,
/// newline → `\n`, carriage return → `\r`.
pub(super) fn escape(cell: &str) -> String {
    let mut out = String::with_capacity(cell.len());
    for c in cell.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_tabs_newlines_and_backslashes() {
        assert_eq!(escape("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
        assert_eq!(escape("plain åäö"), "plain åäö");
    }
}
