//! The Text+Berg dev document (../shared/bench): strict F1 must stay at its tuned level.
//!
//! The full benchmark (test0..6, scored by the benchmark's own score.py) is
//! `transdiff bench textberg`; this test keeps the dev figure from sliding unnoticed. Strict F1
//! is computed here the way score.py does: beads as sets, precision over all test beads,
//! recall over gold beads with both sides non-empty.

use std::collections::HashSet;
use std::path::PathBuf;
use transdiff::align::{AlignOptions, align};
use transdiff::eval::labels::{beads_text, parse_bead_lists};
use transdiff::lang::Lang;
use transdiff::segment::{SegmentOptions, segment};
use transdiff::text::Level;

/// Dev strict F1 measured when the costs were tuned: 0.912.
const FLOOR: f64 = 0.90;

type BeadSet = HashSet<(Vec<usize>, Vec<usize>)>;

/// The benchmark's folder, or `None` (with a note) in a clone with nothing beside it.
fn bench_dir() -> Option<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let found = root
        .ancestors()
        .map(|dir| dir.join("shared/bench/textberg"))
        .find(|dir| dir.join("dev.defr").is_file());
    if found.is_none() {
        eprintln!("skipped: needs the Text+Berg benchmark in shared/bench/textberg beside the repository");
    }
    found
}

fn parse(text: &str) -> BeadSet {
    parse_bead_lists(text).into_iter().filter(|(s, t)| !s.is_empty() || !t.is_empty()).collect()
}

fn strict_f1(gold: &BeadSet, test: &BeadSet) -> f64 {
    let full = |set: &BeadSet| -> BeadSet {
        set.iter().filter(|(s, t)| !s.is_empty() && !t.is_empty()).cloned().collect()
    };
    let precision = test.intersection(gold).count() as f64 / test.len() as f64;
    let (gold_full, test_full) = (full(gold), full(test));
    let recall = gold_full.intersection(&test_full).count() as f64 / gold_full.len() as f64;
    2.0 * precision * recall / (precision + recall)
}

#[test]
fn dev_strict_f1_stays_above_the_floor() {
    let Some(dir) = bench_dir() else { return };
    let load = |name: &str, lang: Lang| {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        segment(name, &bytes, &SegmentOptions { lang: Some(lang), presplit: true }).unwrap()
    };
    let alignment = align(&load("dev.de", Lang::DE), &load("dev.fr", Lang::FR), &AlignOptions::default());
    let test = parse(&beads_text(alignment.beads_at(Level::Sentence)));
    let gold = parse(&std::fs::read_to_string(dir.join("dev.defr")).unwrap());
    let f1 = strict_f1(&gold, &test);
    assert!(f1 >= FLOOR, "dev strict F1 {f1:.3} < {FLOOR}");
}
