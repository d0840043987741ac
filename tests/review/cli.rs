//! `transdiff review` refuses bad input with a clear message and exit code 2,
//! before the terminal is touched (no tty is needed to see these errors).

use crate::common::transdiff;
use assert_cmd::Command;
use predicates::prelude::*;

fn review() -> Command {
    transdiff()
}

#[test]
fn a_missing_alignment_file_is_named_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "nowhere.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("nowhere.json").and(predicate::str::contains("does not exist")));
}

#[test]
fn a_malformed_alignment_file_gets_its_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bad.json"), "{\n  \"source\": 3,\n").unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "bad.json"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with("transdiff: bad.json:3:1: EOF while parsing a value"));
}

#[test]
fn texts_and_alignment_files_do_not_mix() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Hello.\n").unwrap();
    std::fs::write(dir.path().join("b.json"), "{}").unwrap();
    review().current_dir(dir.path()).args(["review", "a.txt", "b.json"]).assert().code(2).stderr(
        "transdiff: give either texts (an original and its renderings) or alignment files (.json), not both\n",
    );
}

#[test]
fn one_text_alone_is_not_enough() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Hello.\n").unwrap();
    review().current_dir(dir.path()).args(["review", "a.txt"]).assert().code(2).stderr(
        "transdiff: a.txt: give the original and at least one rendering, or alignment files (.json)\n",
    );
}

#[test]
fn the_same_text_twice_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Hello.\n").unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "a.txt", "./a.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the same file is given more than once"));
}

#[test]
fn a_missing_text_is_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Hello.\n").unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "a.txt", "missing.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.txt").and(predicate::str::contains("does not exist")));
}

#[test]
fn a_stale_alignment_file_is_refused_like_align_from_does() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("orig.txt"), "The museum had 12,500 visitors.\nIt opened in 2021.\n")
        .unwrap();
    std::fs::write(dir.path().join("tr.txt"), "Museet hade 12 500 besökare.\nDet öppnade 2021.\n").unwrap();
    review().current_dir(dir.path()).args(["align", "orig.txt", "tr.txt", "--out", "."]).assert().success();
    assert!(dir.path().join("orig.tr.json").is_file());
    std::fs::write(dir.path().join("orig.txt"), "The museum had 13,000 visitors.\n").unwrap();
    review().current_dir(dir.path()).args(["review", "orig.tr.json"]).assert().code(2).stdout("").stderr(
        predicate::str::contains("orig.txt changed since it was aligned")
            .and(predicate::str::contains("hint: realign with `transdiff align`, then review again")),
    );
}

#[test]
fn without_a_terminal_review_says_it_needs_one() {
    // assert_cmd pipes standard input and output: no terminal to draw on. The
    // input is still checked first, then the missing terminal is named, not
    // "cannot set up: No such device or address".
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.txt"), "The museum opened in 2021.\n").unwrap();
    std::fs::write(dir.path().join("sv.txt"), "Museet öppnade 2021.\n").unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "en.txt", "sv.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "transdiff: review needs a terminal, but standard input and output are not a terminal (redirected or piped)\n  \
             hint: run it in a terminal; to write the alignment to a file, use `transdiff align ORIGINAL RENDERING --out DIR`\n",
        );
}

#[test]
fn save_naming_a_file_is_refused_before_the_review_starts() {
    // Found at start, not after reviewing when `w` says "cannot create directory: File exists".
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("en.txt"), "The museum opened in 2021.\n").unwrap();
    std::fs::write(dir.path().join("sv.txt"), "Museet öppnade 2021.\n").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine\n").unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "en.txt", "sv.txt", "--save", "notes.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "transdiff: notes.txt: --save names a file, not a directory\n  \
             hint: give a directory (it is created when saving)\n",
        );
    assert_eq!(std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(), "mine\n");
}

#[test]
fn save_is_refused_with_alignment_files_which_save_in_place() {
    // --save was silently ignored with .json files: the review went back into them.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.json"), "{}").unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "a.json", "--save", "elsewhere"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "transdiff: --save elsewhere: alignment files are saved in place, not into --save\n  \
             hint: leave out --save, or copy the files there and open the copies\n",
        );
}

#[test]
fn a_frame_is_printed_without_a_terminal_and_nothing_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let out = review()
        .current_dir(dir.path())
        .env("XDG_DATA_HOME", dir.path())
        .args(["review", "--lexicon", "none", "--screen", "100x12", "--keys", "n"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let frame = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = frame.lines().collect();
    assert_eq!(lines.len(), 12, "{frame}");
    assert_eq!(
        lines[0],
        "   EN · texts/en.original.txt     ▸ SV · texts/sv.rendering.txt      NL · texts/nl.rendering.txt"
    );
    assert!(lines[10].starts_with(" row 2/"), "{frame}");
    assert_eq!(lines[11], "divergence 2/57");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "a printed frame wrote files");
}

#[test]
fn a_bad_screen_size_or_key_is_refused() {
    review()
        .args(["review", "--screen", "0x5"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("expected WIDTHxHEIGHT"));
    review()
        .args(["review", "--lexicon", "none", "--screen", "80x24", "--keys", "<Nope>"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--keys: unknown key <Nope>"));
}

/// The status line of a frame printed by `review --screen`.
fn status_of(frame: &str) -> String {
    frame.lines().find(|l| l.starts_with(" row ")).unwrap_or_default().to_string()
}

#[test]
fn layout_is_chosen_per_text_as_for_align() {
    let dir = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read(root.join("tests/data/segment/wrapped.en.txt")).unwrap();
    std::fs::write(dir.path().join("a.txt"), &text).unwrap();
    std::fs::write(dir.path().join("b.txt"), &text).unwrap();
    let frame = |layout: Option<&str>| {
        let mut args = vec!["review", "a.txt", "b.txt", "--lexicon", "none", "--screen", "100x12"];
        if let Some(layout) = layout {
            args.extend(["--layout", layout]);
        }
        let out = review().current_dir(dir.path()).args(&args).assert().code(0).get_output().stdout.clone();
        status_of(&String::from_utf8(out).unwrap())
    };
    // Re-flowed (found by auto, or forced): 6 paragraphs; a line a paragraph: 17.
    assert!(frame(None).starts_with(" row 1/6 · paragraphs"), "{}", frame(None));
    assert!(frame(Some("wrapped")).starts_with(" row 1/6 · paragraphs"), "{}", frame(Some("wrapped")));
    assert!(frame(Some("lines")).starts_with(" row 1/17 · paragraphs"), "{}", frame(Some("lines")));
    // Once per text: the original's paragraphs make the rows.
    assert!(frame(Some("lines,wrapped")).starts_with(" row 1/"), "{}", frame(Some("lines,wrapped")));
}

#[test]
fn a_bad_layout_is_refused_as_align_refuses_it() {
    let dir = tempfile::tempdir().unwrap();
    review().current_dir(dir.path()).args(["review", "--layout", "bogus", "--screen", "80x20"]).assert().code(2).stderr(
        "transdiff: --layout \"bogus\": unknown layout; expected one of: auto, lines, wrapped, presplit\n",
    );
    std::fs::write(dir.path().join("a.txt"), "Hello.\n").unwrap();
    std::fs::write(dir.path().join("b.txt"), "Hallo.\n").unwrap();
    review()
        .current_dir(dir.path())
        .args(["review", "a.txt", "b.txt", "--layout", "lines,lines,lines", "--screen", "80x20"])
        .assert()
        .code(2)
        .stderr("transdiff: --layout was given 3 times for 2 files; give it once for all files, or once per file in the same order\n");
}

#[test]
fn alignment_files_keep_their_layout() {
    let root = env!("CARGO_MANIFEST_DIR");
    review()
        .current_dir(root)
        .args([
            "review",
            "alignments/en.original.sv.rendering.json",
            "--layout",
            "lines",
            "--screen",
            "80x20",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::starts_with(
            "transdiff: --layout lines: alignment files keep the paragraphs they were made with\n",
        ));
}
