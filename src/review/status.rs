//! What the message line says, as data; its wording is in one place, [`Status`]'s `Display`.

use super::edit::EditRefusal;
use crate::text::Level;
use std::fmt;

/// A message for the bottom line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Status {
    /// A note handed in from outside (the opening warnings, a restored review).
    Note(String),
    /// Where a divergence jump landed: `at` of `of`.
    Divergence {
        /// 1-based.
        at: usize,
        /// How many there are.
        of: usize,
    },
    /// There are no divergences.
    NoDivergences,
    /// No divergence after (before) the selection.
    NoMoreDivergences,
    /// Where a jump to a mark of `transdiff update` landed: `at` of `of`.
    UpdateMark {
        /// 1-based.
        at: usize,
        /// How many rows have one.
        of: usize,
    },
    /// The alignments have no marks of `transdiff update`.
    NoUpdateMarks,
    /// No update mark after (before) the selection.
    NoMoreUpdateMarks,
    /// Tables and code scrolled horizontally: the first column shown (1-based), of how wide.
    Scrolled {
        /// 1-based column.
        column: usize,
        /// The widest line in the selected row, in cells.
        of: usize,
    },
    /// Horizontal scrolling needs a table or code block wider than its column in the row.
    NothingToScroll,
    /// Where a search jump landed.
    Match {
        /// The query.
        query: String,
        /// 1-based.
        at: usize,
        /// How many rows match.
        of: usize,
        /// The search wrapped around: to the top (`Some(true)`) or the bottom.
        wrapped: Option<bool>,
    },
    /// The search found nothing.
    NotFound(String),
    /// The level shown changed.
    Level(Level),
    /// The why panel needs a rendering's column focused.
    WhyNeedsFocus,
    /// The focused rendering (its language code) has no bead to explain here.
    NothingToExplain(String),
    /// The view was given no explanations (opened without a provider).
    Unexplained,
    /// The figures panel has nothing to list.
    NoFigures,
    /// Jumped to figure `at` of `of`, with the finding's note.
    Figure {
        /// 1-based.
        at: usize,
        /// How many there are.
        of: usize,
        /// The finding's note.
        note: String,
    },
    /// A review edit was refused.
    Refused(EditRefusal),
    /// A review edit was made.
    Done(&'static str),
    /// A review edit was undone.
    Undone(&'static str),
    /// A review edit was redone.
    Redone(&'static str),
    /// Undo with an empty history.
    NothingToUndo,
    /// Redo with nothing undone.
    NothingToRedo,
    /// Saving failed (the error).
    NotSaved(String),
    /// Saved, to these places.
    Saved(Vec<String>),
    /// Exporting failed (the error).
    NotExported(String),
    /// Exported, to these places.
    Exported(Vec<String>),
}

impl From<EditRefusal> for Status {
    fn from(refusal: EditRefusal) -> Status {
        Status::Refused(refusal)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Status::Note(note) => f.write_str(note),
            Status::Divergence { at, of } => write!(f, "divergence {at}/{of}"),
            Status::NoDivergences => f.write_str("no divergences"),
            Status::NoMoreDivergences => f.write_str("no more divergences this way"),
            Status::UpdateMark { at, of } => write!(f, "update mark {at}/{of}"),
            Status::NoUpdateMarks => {
                f.write_str("no update marks: open the alignment `transdiff update --out` wrote")
            }
            Status::NoMoreUpdateMarks => f.write_str("no more update marks this way"),
            Status::Scrolled { column, of } => {
                write!(f, "tables and code from column {column} of {of} (h/l scroll)")
            }
            Status::NothingToScroll => f.write_str("no table or code wider than its column in this row"),
            Status::Match { query, at, of, wrapped } => {
                let wrapped = match wrapped {
                    None => "",
                    Some(true) => " (wrapped to the top)",
                    Some(false) => " (wrapped to the bottom)",
                };
                write!(f, "/{query}: match {at}/{of}{wrapped}")
            }
            Status::NotFound(query) => write!(f, "/{query}: not found"),
            Status::Level(level) => write!(f, "{} level", level_name(*level)),
            Status::WhyNeedsFocus => f.write_str("focus a rendering (Tab) to see why its bead was paired"),
            Status::NothingToExplain(lang) => write!(f, "no {lang} bead in this row"),
            Status::Unexplained => f.write_str("no explanations in this view (opened without them)"),
            Status::NoFigures => f.write_str("no divergent figures or names found"),
            Status::Figure { at, of, note } => write!(f, "figure {at}/{of}: {note}"),
            Status::Refused(refusal) => refusal.fmt(f),
            Status::Done(what) => write!(f, "{what} (u undoes)"),
            Status::Undone(what) => write!(f, "undone: {what}"),
            Status::Redone(what) => write!(f, "redone: {what}"),
            Status::NothingToUndo => f.write_str("nothing to undo"),
            Status::NothingToRedo => f.write_str("nothing to redo"),
            Status::NotSaved(err) => write!(f, "not saved: {err}"),
            Status::Saved(places) => write!(f, "saved {}", places.join(", ")),
            Status::NotExported(err) => write!(f, "not exported: {err}"),
            Status::Exported(places) => write!(f, "exported {}", places.join(", ")),
        }
    }
}

/// The message line's content: the status, and its text (rendered once, when set).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// What it says, as data.
    pub status: Status,
    text: String,
}

impl Message {
    /// A message saying `status`.
    pub fn new(status: Status) -> Message {
        let text = status.to_string();
        Message { status, text }
    }

    /// The message as text.
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// "paragraph" or "sentence".
pub fn level_name(level: Level) -> &'static str {
    match level {
        Level::Paragraph => "paragraph",
        Level::Sentence => "sentence",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pretty_assertions::assert_eq;

    #[test]
    fn each_status_reads_as_the_message_line_always_said_it() {
        let cases = [
            (Status::Divergence { at: 2, of: 51 }, "divergence 2/51"),
            (
                Status::Match { query: "mus".into(), at: 1, of: 3, wrapped: Some(true) },
                "/mus: match 1/3 (wrapped to the top)",
            ),
            (Status::NotFound("zz".into()), "/zz: not found"),
            (Status::Level(Level::Sentence), "sentence level"),
            (Status::UpdateMark { at: 2, of: 6 }, "update mark 2/6"),
            (Status::Scrolled { column: 9, of: 70 }, "tables and code from column 9 of 70 (h/l scroll)"),
            (Status::NothingToExplain("sv".into()), "no sv bead in this row"),
            (Status::Unexplained, "no explanations in this view (opened without them)"),
            (Status::Figure { at: 1, of: 4, note: "2021 vs 2022".into() }, "figure 1/4: 2021 vs 2022"),
            (Status::Refused(EditRefusal::MovedMerge), "moved passages cannot be merged"),
            (Status::Done("split into units"), "split into units (u undoes)"),
            (Status::Undone("split into units"), "undone: split into units"),
            (Status::Saved(vec!["a.json".into(), "b.json".into()]), "saved a.json, b.json"),
            (Status::NotExported("disk full".into()), "not exported: disk full"),
        ];
        for (status, text) in cases {
            assert_eq!(Message::new(status).text(), text);
        }
    }
}
