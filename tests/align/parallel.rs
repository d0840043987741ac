//! Parallel runs give exactly the single-threaded output: paragraph groups, renderings, the
//! pair table and the two IBM Model 1 directions run on all cores, but never change a byte.

use crate::common::transdiff;
use pretty_assertions::assert_eq;

fn align(jobs: &str, args: &[&str]) -> Vec<u8> {
    let cache = tempfile::tempdir().unwrap();
    let output = transdiff()
        .env("XDG_CACHE_HOME", cache.path())
        .args(["align", "--jobs", jobs])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    output.stdout
}

#[test]
fn one_thread_and_four_threads_write_the_same_alignment() {
    // Paragraphs then sentences (several paragraph groups), JSON with every figure.
    let args = ["texts/en.original.txt", "texts/sv.rendering.txt", "--lexicon", "none"];
    assert_eq!(String::from_utf8(align("1", &args)).unwrap(), String::from_utf8(align("4", &args)).unwrap());
    // Pre-split input: one sentence-level table, large enough to be searched coarse-to-fine.
    let args = ["texts/en.original.txt", "texts/nl.rendering.txt", "--presplit", "--format", "tsv"];
    assert_eq!(String::from_utf8(align("1", &args)).unwrap(), String::from_utf8(align("3", &args)).unwrap());
}

#[test]
fn zero_jobs_is_bad_usage() {
    let output = transdiff()
        .args(["align", "--jobs", "0", "texts/en.original.txt", "texts/nl.rendering.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "transdiff: --jobs 0: give at least 1 thread\n");
}
