//! The benchmark's bead format: one sentence bead per line, `[0]:[0, 1]`.
//!
//! Indices are 0-based sentence ids (global over the document); an added
//! sentence is `[]:[5]`, an omitted one `[3]:[]`. This is what
//! `../shared/bench/score.py` reads (its `read_beads`), and the form of the gold files.

use super::write_error;
use crate::alignment::Alignment;
use crate::error::Result;
use crate::text::Level;
use std::io::Write;

/// Writes the sentence beads as a partition ([`Alignment::partition_at`]), in order, one a line.
pub(super) fn write<W: Write>(alignment: &Alignment, mut out: W) -> Result<()> {
    let mut text = String::new();
    for bead in alignment.partition_at(Level::Sentence) {
        text.push_str(&format!("{}:{}\n", list(bead.source()), list(bead.target())));
    }
    out.write_all(text.as_bytes()).map_err(write_error)
}

/// `[1, 2]`, as Python prints a list.
fn list(units: &[usize]) -> String {
    let items: Vec<String> = units.iter().map(usize::to_string).collect();
    format!("[{}]", items.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_look_like_python_lists() {
        assert_eq!(list(&[]), "[]");
        assert_eq!(list(&[3]), "[3]");
        assert_eq!(list(&[0, 1, 12]), "[0, 1, 12]");
    }
}
