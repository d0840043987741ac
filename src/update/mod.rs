//! Update: the original changed; which parts of each rendering went stale.
//!
//! One entry point, [`update`]: given the alignments of an original's previous version (v1)
//! with its renderings and the original's new version (v2), it
//!
//! 1. aligns v1 with v2 ([`versions::align_versions`]: same language, sentence by sentence,
//!    with moves, splits, merges and edits; word diffs inside changed sentences);
//! 2. compares the figures of v1 and v2 with the figure engine ([`crate::compare`]) over that
//!    alignment, then looks for each changed figure in each rendering passage that renders it
//!    ([`crate::compare::matching::agree`]);
//! 3. carries each rendering's alignment over to v2 ([`carry`]): unchanged passages keep
//!    their pairing and review status; changed ones are **stale** (or **up to date** when the
//!    only change is figures the rendering already carries in their new form); deleted ones
//!    leave their rendering passage **orphaned**; new ones have no rendering (**new**).
//!
//! Pure functions over plain data; the command (`src/cmd/update.rs`) reads and writes files.

pub mod carry;
pub mod versions;

pub use carry::{Passage, PassageState, RenderingUpdate, StateCounts};
pub use versions::{Change, VersionBead, Versions, align_versions, diff_line, word_diff};

use crate::alignment::Alignment;
use crate::text::Document;

/// The result of [`update`].
#[derive(Clone, Debug)]
pub struct Update {
    /// v1 aligned with v2.
    pub versions: Versions,
    /// Per rendering, in the order given: the passages and the alignment carried to v2.
    pub renderings: Vec<RenderingUpdate>,
}

/// v2 does not read as a version of v1.
#[derive(Clone, Debug, PartialEq)]
pub struct Unrelated {
    /// The share of word pairs they have in common ([`versions::related`]).
    pub overlap: f64,
}

/// Carries `alignments` (of v1, each with one rendering) over to `v2`. All alignments must
/// have the same source (v1; the caller checks). Refuses a `v2` that shares less than
/// [`versions::RELATED`] of its word pairs with v1: that is another text, and calling every
/// passage changed would hide it.
pub fn update(v2: &Document, alignments: &[Alignment]) -> Result<Update, Unrelated> {
    let Some(first) = alignments.first() else {
        return Ok(Update { versions: align_versions(v2, v2), renderings: Vec::new() });
    };
    let v1 = &first.source;
    let overlap = versions::related(v1, v2);
    if overlap < versions::RELATED {
        return Err(Unrelated { overlap });
    }
    let versions = align_versions(v1, v2);
    let figures = carry::figure_changes(v1, v2, &versions);
    let renderings = alignments.iter().map(|a| carry::carry(a, v2, &versions, &figures)).collect();
    Ok(Update { versions, renderings })
}

/// One finding as the labelled files write it: `rendering kind line` (see `docs/update.md`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UpdateLabel {
    /// The rendering's short name ([`rendering_name`]).
    pub rendering: String,
    /// `stale`, `orphaned`, `new`, `moved`, `uptodate` or `figure`.
    pub kind: String,
    /// The 1-based line in v2 (in v1 for `orphaned`).
    pub line: usize,
}

/// `texts/sv.rendering.txt` → `sv`, `texts/versions/nl.rendering-25.txt` → `nl-25`.
pub fn rendering_name(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    stem.replace(".rendering", "")
}

/// Reads a labelled file: tab-separated `rendering kind line why`, `#` comments.
pub fn parse_labels(text: &str) -> Result<Vec<UpdateLabel>, String> {
    let mut labels = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let number = fields.get(2).and_then(|f| f.trim().parse::<usize>().ok());
        match (fields.first(), fields.get(1), number) {
            (Some(r), Some(k), Some(line)) => {
                labels.push(UpdateLabel { rendering: r.trim().to_string(), kind: k.trim().to_string(), line })
            }
            _ => {
                return Err(format!(
                    "line {}: expected `rendering<TAB>kind<TAB>line<TAB>why`, found {line:?}",
                    n + 1
                ));
            }
        }
    }
    labels.sort();
    labels.dedup();
    Ok(labels)
}

/// The findings of one rendering as labels, sorted, once each: a passage's state (other
/// than unchanged, not rendered and added) at its first changed line, and `figure` at the
/// same line for a passage with a figure the rendering still has in its old form.
pub fn findings(r: &RenderingUpdate) -> Vec<UpdateLabel> {
    let name = rendering_name(&r.rendering);
    let mut out = Vec::new();
    for p in &r.passages {
        let kind = match p.state {
            PassageState::Stale => "stale",
            PassageState::Orphaned => "orphaned",
            PassageState::New => "new",
            PassageState::Moved => "moved",
            PassageState::UpToDate => "uptodate",
            _ => continue,
        };
        let line = if p.state == PassageState::Orphaned { p.v1_line } else { p.v2_line };
        let Some(line) = line else { continue };
        out.push(UpdateLabel { rendering: name.clone(), kind: kind.into(), line });
        if !p.figures.is_empty() {
            out.push(UpdateLabel { rendering: name.clone(), kind: "figure".into(), line });
        }
    }
    out.sort();
    out.dedup();
    out
}
