//! The fuzz targets' inputs, replayed as tests: every file of the committed corpora
//! (`fuzz/corpus/TARGET/`) goes through the same checks the fuzzer runs
//! (`fuzz/src/checks.rs`, shared by path), and each input the fuzzer found a fault with
//! is pinned below with its exact outcome. See `docs/fuzzing.md`.

#[path = "../fuzz/src/checks.rs"]
#[allow(dead_code)]
mod checks;

use std::path::Path;

/// Runs `check` on every file of `fuzz/corpus/TARGET`; returns how many there were.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus").join(target);
    let mut count = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        let bytes = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&bytes));
        assert!(outcome.is_ok(), "{} failed its check", path.display());
        count += 1;
    }
    count
}

#[test]
fn segment_corpus_replays() {
    assert!(replay("segment", checks::segment) > 10);
}

#[test]
fn figures_corpus_replays() {
    assert!(replay("figures", checks::figures) > 10);
}

#[test]
fn json_corpus_replays() {
    assert!(replay("json", checks::json) > 10);
}

#[test]
fn dict_corpus_replays() {
    assert!(replay("dict", checks::dict) > 10);
}

/// One paragraph of `n` distinct figures each side, none of which agree: every figure of
/// the original is tried against every figure of the rendering.
fn unmatched_figures(n: usize) -> usize {
    use transdiff::align::{AlignOptions, align};
    use transdiff::segment::{SegmentOptions, segment};
    let figures = |start: usize, step: usize| {
        (0..n).map(|i| (start + i * step).to_string()).collect::<Vec<_>>().join(", ")
    };
    let original = format!("The survey counted {} in all.\n", figures(3, 7));
    let rendering = format!("De enquête telde {} in totaal.\n", figures(5000, 11));
    let options = SegmentOptions::default();
    let source = segment("en.txt", original.as_bytes(), &options).unwrap();
    let target = segment("nl.txt", rendering.as_bytes(), &options).unwrap();
    let alignment = align(&source, &target, &AlignOptions::default());
    transdiff::compare::compare(&alignment).len()
}

/// Found while fuzzing `figures`: pairing the figures of a paragraph bead tries every
/// figure of the original against every one of the rendering, so the comparison grows
/// with the product of the two sides' counts (in `transdiff figures`: 500 a side 0.5 s,
/// 2,000 a side 10 s). Not fixed (an index by value would be needed); this pins that it
/// stays quadratic: four times the figures cost about sixteen times as much, never more
/// than twice that (the best of two runs each, as a ratio, so machine speed cancels).
#[test]
fn figure_pairing_in_one_paragraph_grows_at_most_quadratically() {
    let time = |n| {
        let mut best = f64::INFINITY;
        let mut findings = 0;
        for _ in 0..2 {
            let start = std::time::Instant::now();
            findings = unmatched_figures(n);
            best = best.min(start.elapsed().as_secs_f64());
        }
        (best, findings)
    };
    let (small, small_findings) = time(250);
    let (large, large_findings) = time(1000);
    // Some of the longer lists pair up as changed figures (a digit dropped, say).
    assert_eq!((small_findings, large_findings), (500, 1610));
    assert!(large / small < 32.0, "4x the figures cost {:.1}x the time", large / small);
}
