//! Two versions of one text, aligned sentence by sentence: a monolingual diff that knows
//! sentences, paragraphs, moves, splits, merges and small edits.
//!
//! 1. Sentences whose text is identical (white space aside) are anchors, found by a patience
//!    diff of the two sentence sequences (unique lines first, so a repeated "Read More" does
//!    not pull the diff astray).
//! 2. Each stretch between anchors is aligned by a small dynamic programme over the
//!    stretch's sentences (1-1, 1-2, 2-1, 1-0, 0-1), scored by word overlap: a pair must
//!    share at least [`GAP_SIMILARITY`] of its content words. Splits and merges win when the
//!    joined sentences overlap more than either alone. The programme runs in a band around
//!    the stretch's diagonal, so a long stretch costs linear time.
//! 3. What is left on both sides is paired across the whole text: identical sentences first
//!    (a moved passage), then sentences sharing at least [`MOVE_SIMILARITY`] of their words
//!    (moved and edited).
//! 4. The rest is deleted (v1 only) or inserted (v2 only).
//!
//! Before any of this, [`related`] measures how much of one version's word pairs the
//! other holds; two texts below [`RELATED`] are not versions of one text.

use crate::alignment::{DiffOp, DiffPiece};
use crate::text::Document;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use unicode_segmentation::UnicodeSegmentation;

/// Least content-word overlap (Dice) for two sentences between the same anchors to pair.
pub const GAP_SIMILARITY: f64 = 0.3;
/// Least word overlap for two sentences in different places to pair as moved.
pub const MOVE_SIMILARITY: f64 = 0.6;
/// Least share of word pairs two versions of one text have in common (see [`related`]).
pub const RELATED: f64 = 0.25;
/// How much better a split or merge must overlap than its best part alone.
const SPLIT_MARGIN: f64 = 0.05;
/// Half-width of the band the stretch programme explores around its diagonal.
const BAND: usize = 24;

/// What happened to a sentence (or a few) between the versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    /// Same text.
    Equal,
    /// Edited, split or merged.
    Edited,
    /// In v1 only.
    Deleted,
    /// In v2 only.
    Inserted,
}

/// Sentences of v1 paired with sentences of v2.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VersionBead {
    /// v1 sentence indices, ascending (empty when inserted).
    pub v1: Vec<usize>,
    /// v2 sentence indices, ascending (empty when deleted).
    pub v2: Vec<usize>,
    /// What happened.
    pub change: Change,
    /// Whether the pair lies out of the order of the anchors around it (a move).
    pub moved: bool,
    /// Word overlap of the two sides, in [0, 1] (1 for equal, 0 for one-sided).
    pub similarity: f64,
}

/// How two versions relate: the sentence beads, every sentence of each version in exactly one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Versions {
    /// Sentence beads in v2 order (a deleted one where its v1 neighbours put it).
    pub beads: Vec<VersionBead>,
    /// The share of word pairs the versions have in common ([`related`]).
    pub overlap: f64,
}

/// Words of a sentence, lower-cased, with their possessive `'s` dropped.
pub fn words(text: &str) -> Vec<String> {
    text.unicode_words()
        .map(|w| {
            let w = w.to_lowercase();
            for suffix in ["’s", "'s"] {
                if let Some(stem) = w.strip_suffix(suffix) {
                    return stem.to_string();
                }
            }
            w
        })
        .collect()
}

/// The content words: longer than three letters, or all words when none is.
fn content(words: Vec<String>) -> Vec<String> {
    let long: Vec<String> = words.iter().filter(|w| w.chars().count() > 3).cloned().collect();
    let mut chosen = if long.is_empty() { words } else { long };
    chosen.sort_unstable();
    chosen
}

/// Dice overlap of two sorted word multisets.
fn dice(a: &[&str], b: &[&str]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
}

/// The sorted content words of several sentences together.
fn joined<'a>(sets: &[&'a [String]]) -> Vec<&'a str> {
    let mut all: Vec<&str> = sets.iter().flat_map(|s| s.iter().map(String::as_str)).collect();
    all.sort_unstable();
    all
}

/// The share of word pairs (bigrams) of the smaller version that the other holds too: near 1
/// for versions of one text, near 0 for texts that only share a subject.
pub fn related(v1: &Document, v2: &Document) -> f64 {
    let bigrams = |doc: &Document| -> HashSet<(String, String)> {
        let mut set = HashSet::new();
        for i in 0..doc.sentences.len() {
            let w = words(doc.sentence_text(i));
            set.extend(w.windows(2).map(|p| (p[0].clone(), p[1].clone())));
        }
        set
    };
    let (a, b) = (bigrams(v1), bigrams(v2));
    let smaller = a.len().min(b.len());
    if smaller == 0 {
        return if a.len() == b.len() { 1.0 } else { 0.0 };
    }
    let common = a.iter().filter(|p| b.contains(*p)).count();
    common as f64 / smaller as f64
}

/// The text of a sentence with runs of white space as one space, for identity.
fn key(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Aligns the sentences of two versions of one text (see the module documentation).
pub fn align_versions(v1: &Document, v2: &Document) -> Versions {
    let keys1: Vec<String> = (0..v1.sentences.len()).map(|i| key(v1.sentence_text(i))).collect();
    let keys2: Vec<String> = (0..v2.sentences.len()).map(|i| key(v2.sentence_text(i))).collect();
    let words1: Vec<Vec<String>> =
        (0..v1.sentences.len()).map(|i| content(words(v1.sentence_text(i)))).collect();
    let words2: Vec<Vec<String>> =
        (0..v2.sentences.len()).map(|i| content(words(v2.sentence_text(i)))).collect();

    let mut beads = Vec::new();
    let mut gaps: Vec<(std::ops::Range<usize>, std::ops::Range<usize>)> = Vec::new();
    let (mut at1, mut at2) = (0, 0);
    for op in similar::capture_diff_slices(similar::Algorithm::Patience, &keys1, &keys2) {
        if let similar::DiffOp::Equal { old_index, new_index, len } = op {
            if old_index > at1 || new_index > at2 {
                gaps.push((at1..old_index, at2..new_index));
            }
            for k in 0..len {
                beads.push(equal(old_index + k, new_index + k, false));
            }
            at1 = old_index + len;
            at2 = new_index + len;
        }
    }
    if at1 < keys1.len() || at2 < keys2.len() {
        gaps.push((at1..keys1.len(), at2..keys2.len()));
    }

    let mut left1: Vec<usize> = Vec::new();
    let mut left2: Vec<usize> = Vec::new();
    let para1: Vec<usize> = v1.sentences.iter().map(|s| s.paragraph).collect();
    let para2: Vec<usize> = v2.sentences.iter().map(|s| s.paragraph).collect();
    for (g1, g2) in gaps {
        let (pairs, rest1, rest2) = align_gap([&words1, &words2], [&para1, &para2], g1, g2);
        beads.extend(pairs);
        left1.extend(rest1);
        left2.extend(rest2);
    }

    // Moves: identical text elsewhere first, then similar text elsewhere.
    let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
    for &j in left2.iter().rev() {
        by_key.entry(keys2[j].as_str()).or_default().push(j);
    }
    let mut taken2: HashSet<usize> = HashSet::new();
    let mut still1 = Vec::new();
    for &i in &left1 {
        match by_key.get_mut(keys1[i].as_str()).and_then(Vec::pop) {
            Some(j) => {
                taken2.insert(j);
                beads.push(equal(i, j, true));
            }
            None => still1.push(i),
        }
    }
    let still2: Vec<usize> = left2.into_iter().filter(|j| !taken2.contains(j)).collect();
    let mut unpaired2: HashSet<usize> = still2.iter().copied().collect();
    // Quadratic in what is left only; capped so a heavy rewrite stays fast (the rest is
    // deleted and inserted, which is what a heavy rewrite is).
    let candidates =
        if still1.len().saturating_mul(still2.len()) <= 250_000 { still2.clone() } else { Vec::new() };
    for i in still1 {
        let a = joined(&[&words1[i]]);
        let best = candidates
            .iter()
            .filter(|j| unpaired2.contains(j))
            .map(|&j| (j, dice(&a, &joined(&[&words2[j]]))))
            .filter(|&(_, s)| s >= MOVE_SIMILARITY)
            .max_by(|x, y| x.1.total_cmp(&y.1));
        match best {
            Some((j, similarity)) => {
                unpaired2.remove(&j);
                beads.push(VersionBead {
                    v1: vec![i],
                    v2: vec![j],
                    change: Change::Edited,
                    moved: true,
                    similarity,
                });
            }
            None => beads.push(VersionBead {
                v1: vec![i],
                v2: Vec::new(),
                change: Change::Deleted,
                moved: false,
                similarity: 0.0,
            }),
        }
    }
    for j in still2.into_iter().filter(|j| unpaired2.contains(j)) {
        beads.push(VersionBead {
            v1: Vec::new(),
            v2: vec![j],
            change: Change::Inserted,
            moved: false,
            similarity: 0.0,
        });
    }
    order(&mut beads, v1.sentences.len());
    Versions { beads, overlap: related(v1, v2) }
}

fn equal(i: usize, j: usize, moved: bool) -> VersionBead {
    VersionBead { v1: vec![i], v2: vec![j], change: Change::Equal, moved, similarity: 1.0 }
}

/// Puts beads in v2 order; a deleted bead goes just after the v2 image of the v1 sentence
/// before it.
fn order(beads: &mut [VersionBead], v1_len: usize) {
    let mut image: Vec<Option<usize>> = vec![None; v1_len];
    for b in beads.iter() {
        if let Some(&last) = b.v2.last() {
            for &i in &b.v1 {
                image[i] = Some(last);
            }
        }
    }
    let key = |b: &VersionBead| -> (usize, usize, usize) {
        match b.v2.first() {
            Some(&j) => (j, 1, 0),
            None => {
                let i = b.v1[0];
                let before = image[..i].iter().rev().find_map(|x| *x).map_or(0, |j| j + 1);
                (before, 0, i)
            }
        }
    };
    beads.sort_by_key(key);
}

/// Aligns the sentences of one stretch between anchors; returns the pairs and what is left.
fn align_gap(
    [words1, words2]: [&[Vec<String>]; 2],
    [para1, para2]: [&[usize]; 2],
    g1: std::ops::Range<usize>,
    g2: std::ops::Range<usize>,
) -> (Vec<VersionBead>, Vec<usize>, Vec<usize>) {
    let (n, m) = (g1.len(), g2.len());
    if n == 0 || m == 0 {
        return (Vec::new(), g1.collect(), g2.collect());
    }
    // best[i][j]: the most gain aligning the first i and j sentences; within the band only.
    let in_band = |i: usize, j: usize| {
        let diagonal = i * m / n;
        diagonal.abs_diff(j) <= BAND.max(m.abs_diff(n) / 2 + 2)
    };
    const NONE: f64 = f64::NEG_INFINITY;
    let width = m + 1;
    let mut best = vec![NONE; (n + 1) * width];
    let mut back = vec![(0u8, 0u8, 0.0f64); (n + 1) * width];
    best[0] = 0.0;
    for i in 0..=n {
        for j in 0..=m {
            if (i, j) == (0, 0) || !in_band(i, j) {
                continue;
            }
            let mut here = NONE;
            let mut step = (0u8, 0u8, 0.0);
            let mut consider = |di: usize, dj: usize, gain: f64, similarity: f64| {
                if di > i || dj > j {
                    return;
                }
                let from = best[(i - di) * width + (j - dj)];
                if from > NONE && from + gain > here {
                    here = from + gain;
                    step = (di as u8, dj as u8, similarity);
                }
            };
            consider(1, 0, 0.0, 0.0);
            consider(0, 1, 0.0, 0.0);
            let single = if i >= 1 && j >= 1 {
                dice(&joined(&[&words1[g1.start + i - 1]]), &joined(&[&words2[g2.start + j - 1]]))
            } else {
                0.0
            };
            if single >= GAP_SIMILARITY {
                consider(1, 1, single, single);
            }
            for (di, dj) in [(1, 2), (2, 1)] {
                if di > i || dj > j {
                    continue;
                }
                // A split or merge stays inside one paragraph of the side with two sentences.
                let (s1, s2) = (g1.start + i - di, g2.start + j - dj);
                if (di == 2 && para1[s1] != para1[s1 + 1]) || (dj == 2 && para2[s2] != para2[s2 + 1]) {
                    continue;
                }
                let a: Vec<&[String]> = (s1..g1.start + i).map(|k| words1[k].as_slice()).collect();
                let b: Vec<&[String]> = (s2..g2.start + j).map(|k| words2[k].as_slice()).collect();
                let similarity = dice(&joined(&a), &joined(&b));
                // Each part alone, paired with the whole other side: a split must overlap
                // clearly better joined than its best part does.
                let parts = if di == 2 { [&a[0], &a[1]] } else { [&b[0], &b[1]] };
                let whole = if di == 2 { joined(&b) } else { joined(&a) };
                let best_part = parts.iter().map(|p| dice(&joined(&[p]), &whole)).fold(0.0, f64::max);
                if similarity >= GAP_SIMILARITY && similarity >= best_part + SPLIT_MARGIN {
                    // A pair's gain grows with the sentences it covers, so a split whose joined
                    // halves overlap well beats pairing one half and leaving the other.
                    consider(di, dj, similarity * (di + dj) as f64 / 2.0, similarity);
                }
            }
            best[i * width + j] = here;
            back[i * width + j] = step;
        }
    }
    let (mut i, mut j) = (n, m);
    let mut pairs = Vec::new();
    let (mut rest1, mut rest2) = (Vec::new(), Vec::new());
    while (i, j) != (0, 0) {
        let (di, dj, similarity) = back[i * width + j];
        let (di, dj) = (di as usize, dj as usize);
        if di == 0 && dj == 0 {
            // Unreachable cell (outside the band): leave the rest unpaired.
            rest1.extend((0..i).map(|k| g1.start + k));
            rest2.extend((0..j).map(|k| g2.start + k));
            break;
        }
        match (di, dj) {
            (1, 0) => rest1.push(g1.start + i - 1),
            (0, 1) => rest2.push(g2.start + j - 1),
            _ => pairs.push(VersionBead {
                v1: (g1.start + i - di..g1.start + i).collect(),
                v2: (g2.start + j - dj..g2.start + j).collect(),
                change: Change::Edited,
                moved: false,
                similarity,
            }),
        }
        i -= di;
        j -= dj;
    }
    rest1.sort_unstable();
    rest2.sort_unstable();
    (pairs, rest1, rest2)
}

/// The word diff from `old` to `new`, runs of one kind joined.
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPiece> {
    let diff =
        similar::TextDiff::configure().algorithm(similar::Algorithm::Patience).diff_unicode_words(old, new);
    let mut pieces: Vec<DiffPiece> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            similar::ChangeTag::Equal => DiffOp::Equal,
            similar::ChangeTag::Delete => DiffOp::Delete,
            similar::ChangeTag::Insert => DiffOp::Insert,
        };
        match pieces.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => pieces.push(DiffPiece { op, text: change.value().to_string() }),
        }
    }
    pieces
}

/// A diff as one line, `[-old-]{+new+}` around what changed (readable without colour).
pub fn diff_line(pieces: &[DiffPiece]) -> String {
    let mut line = String::new();
    for piece in pieces {
        match piece.op {
            DiffOp::Equal => line.push_str(&piece.text),
            DiffOp::Delete => {
                line.push_str("[-");
                line.push_str(&piece.text);
                line.push_str("-]");
            }
            DiffOp::Insert => {
                line.push_str("{+");
                line.push_str(&piece.text);
                line.push_str("+}");
            }
        }
    }
    line
}
