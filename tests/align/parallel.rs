//! Parallel runs give exactly the single-threaded output: paragraph groups, renderings, the
//! pair table, the two IBM Model 1 directions, and the passes after the search (similarity,
//! realignment, splits, moves, confidences, the untranslated check) run on all cores, but
//! never change a byte.

use crate::common::transdiff;
use pretty_assertions::assert_eq;

fn align(jobs: &str, args: &[&str]) -> Vec<u8> {
    align_with_notes(jobs, args).0
}

/// Standard output and standard error (the notes: untranslated passages, not a translation).
fn align_with_notes(jobs: &str, args: &[&str]) -> (Vec<u8>, String) {
    let cache = tempfile::tempdir().unwrap();
    let output = transdiff()
        .env("XDG_CACHE_HOME", cache.path())
        .args(["align", "--jobs", jobs])
        .args(args)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    (output.stdout, String::from_utf8_lossy(&output.stderr).into_owned())
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

#[test]
fn a_table_cut_into_segments_is_searched_alike_on_one_thread_and_two() {
    // Pre-split texts of more than twice the segment size (4096 sentences), so that the
    // sentence search is cut at corners of the coarse and first-pass paths and the
    // segments are searched in parallel; a sentence left out now and then moves the path.
    let sentences = |path: &str| -> Vec<String> {
        let doc = crate::common::read(path, None);
        (0..doc.sentences.len()).map(|i| doc.sentence_text(i).replace('\n', " ")).collect()
    };
    let (en, nl) = (sentences("texts/en.original.txt"), sentences("texts/nl.rendering.txt"));
    // Whole copies of each text, as many as make 9000 original sentences.
    let copies = 9000usize.div_ceil(en.len());
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, lines: &[String], skip: usize| {
        let text: String = (0..copies)
            .flat_map(|_| lines.iter())
            .enumerate()
            .filter(|(k, _)| k % skip != 5)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        std::fs::write(dir.path().join(name), text).unwrap();
        dir.path().join(name).display().to_string()
    };
    let (source, target) = (write("en.txt", &en, usize::MAX), write("nl.txt", &nl, 211));
    let args = [source.as_str(), target.as_str(), "--presplit", "--lexicon", "none", "--format", "beads"];
    let (one, two) = (align("1", &args), align("2", &args));
    assert!(one.iter().filter(|&&b| b == b'\n').count() > 8000);
    assert_eq!(String::from_utf8(one).unwrap(), String::from_utf8(two).unwrap());
    // The JSON too: every confidence, the similarity and the moves (paths this long are
    // weighed, aligned again and split by pieces on all cores), and the notes.
    let args = [source.as_str(), target.as_str(), "--presplit", "--lexicon", "none"];
    let ((one, notes_one), (two, notes_two)) = (align_with_notes("1", &args), align_with_notes("2", &args));
    let json = String::from_utf8(one).unwrap();
    assert!(json.contains("\"similarity\""), "{}", &json[..json.len().min(300)]);
    assert_eq!(json, String::from_utf8(two).unwrap());
    assert_eq!(notes_one, notes_two);
}
