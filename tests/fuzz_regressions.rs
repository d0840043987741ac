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
