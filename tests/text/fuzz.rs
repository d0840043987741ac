//! The fuzz targets' inputs, replayed as tests: every file of the committed corpora
//! (`fuzz/corpus/TARGET/`) goes through the same checks the fuzzer runs
//! (`fuzz/src/checks.rs`, shared by path), and each input the fuzzer found a fault with
//! is pinned below with its exact outcome. See `docs/fuzzing.md`.

#[path = "../../fuzz/src/checks.rs"]
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

/// Found while fuzzing `figures`: pairing the figures of a paragraph bead tried every
/// figure of the original against every one of the rendering (500 a side 0.5 s, 2,000 a side
/// 10 s). Pairing is now by value, near linear; its growth is printed by `transdiff bench
/// speed` (never timed here). This pins what the comparison finds on that input: every figure
/// unmatched on both sides, except the few that pair up as changed figures (a digit dropped).
#[test]
fn figure_pairing_in_one_paragraph_finds_every_unmatched_figure() {
    assert_eq!((unmatched_figures(250), unmatched_figures(1000)), (496, 1610));
}
