//! `transdiff align` end to end: outputs, and bad input that gets a clear
//! error (exit 2) and leaves nothing half-written.
//!
//! These tests check what the command does with files, not how well the texts
//! are aligned: that belongs to the aligner's tests.

use crate::common::transdiff;
use predicates::prelude::*;
use pretty_assertions::assert_eq;
use std::path::{Path, PathBuf};
use transdiff::segment::sha256_hex;

const ORIGINAL: &str = "texts/en.original.txt";
const SV: &str = "texts/sv.rendering.txt";
// Only usage errors, found before any aligning, run on the bundled texts; the rest use
// short texts so the suite stays quick in debug builds.
const NL: &str = "texts/nl.rendering.txt";

/// The names of the entries of `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = match std::fs::read_dir(dir) {
        Ok(entries) => entries.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect(),
        Err(_) => return Vec::new(),
    };
    names.sort();
    names
}

/// A temporary directory with two small texts, `a.txt` (English) and `b.txt` (Dutch).
fn texts() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "The first line.\nThe second line.\n").unwrap();
    std::fs::write(&b, "De eerste regel.\nDe tweede regel.\n").unwrap();
    (dir, a, b)
}

/// Three short texts in a temporary directory: `en.txt`, `sv.txt` and `nl.txt`.
fn three_texts() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "en.txt",
        "Protests spread\n\nOn Tuesday 5 January, oil workers went on strike. By evening the protests had spread to Almaty.\n",
    );
    write(
        "sv.txt",
        "Protesterna sprids\n\nTisdagen den 5 januari strejkade oljearbetarna. På kvällen hade protesterna spridits till Almaty.\n",
    );
    write(
        "nl.txt",
        "Protesten breiden zich uit\n\nOp dinsdag 5 januari gingen de oliearbeiders in staking. Tegen de avond hadden de protesten zich verspreid naar Almaty.\n",
    );
    dir
}

#[test]
fn one_rendering_goes_to_stdout_and_matches_the_out_file() {
    let dir = three_texts();
    let run = |args: &[&str]| transdiff().current_dir(dir.path()).args(args).assert().success();
    let stdout = run(&["align", "en.txt", "nl.txt"]).get_output().stdout.clone();
    run(&["align", "en.txt", "nl.txt", "--out", "out"]);
    let file = std::fs::read(dir.path().join("out/en.nl.json")).unwrap();
    assert_eq!(String::from_utf8(stdout.clone()).unwrap(), String::from_utf8(file).unwrap());

    let alignment = transdiff::export::load_json("stdout", std::str::from_utf8(&stdout).unwrap()).unwrap();
    assert_eq!(alignment.source.path, "en.txt");
    assert_eq!(alignment.target.path, "nl.txt");
    assert_eq!(alignment.source.lang.code(), "en");
    assert_eq!(alignment.target.lang.code(), "nl");
    let bytes = std::fs::read(dir.path().join("nl.txt")).unwrap();
    assert_eq!(alignment.target.sha256, sha256_hex(&bytes));
}

#[test]
fn out_dir_gets_one_file_per_rendering_and_format() {
    let dir = three_texts();
    let out = dir.path().join("new").join("alignments");
    transdiff()
        .current_dir(dir.path())
        .args([
            "align", "en.txt", "sv.txt", "nl.txt", "--format", "json,tsv", "--format", "tmx,json", "--out",
        ])
        .arg(&out)
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("en.sv.tmx: "))
        .stderr(predicate::str::contains("paragraph beads ("));
    assert_eq!(
        listing(&out),
        ["en.nl.json", "en.nl.tmx", "en.nl.tsv", "en.sv.json", "en.sv.tmx", "en.sv.tsv"]
    );
}

#[test]
fn beads_format_lists_sentence_ids() {
    let (_dir, a, b) = texts();
    transdiff()
        .args(["align", "--presplit", "--lang", "en", "--lang", "nl", "--format", "beads"])
        .arg(&a)
        .arg(&b)
        .assert()
        .success()
        .stdout(predicate::str::is_match(r"^(\[[0-9, ]*\]:\[[0-9, ]*\]\n)+$").unwrap());
}

#[test]
fn tsv_has_a_header_and_one_row_per_bead() {
    let (_dir, a, b) = texts();
    let out = transdiff().args(["align", "--format", "tsv"]).arg(&a).arg(&b).assert().success();
    let tsv = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let rows: Vec<&str> = tsv.lines().collect();
    assert_eq!(rows[0], "source\ttarget\tkind\tscore\tstatus\tsource_lines\ttarget_lines");
    assert!(rows[1..].iter().all(|r| r.split('\t').count() == 7), "{tsv}");
}

/// Runs `transdiff ARGS` expecting exit 2, an error on stderr containing each of
/// `expected`, nothing on stdout, and nothing written into `out` (if given).
fn fails(args: &[&std::ffi::OsStr], expected: &[&str], out: Option<&Path>) {
    let before = out.map(listing);
    let assert = transdiff().args(args).assert().code(2).stdout("");
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    for e in expected {
        assert!(stderr.contains(e), "stderr lacks {e:?}:\n{stderr}");
    }
    assert!(!stderr.contains("panicked"), "{stderr}");
    if let Some(out) = out {
        assert_eq!(Some(listing(out)), before, "files were written into {}", out.display());
    }
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

#[test]
fn missing_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    fails(
        &[os("align"), os(ORIGINAL), os("texts/no-such-file.txt"), os("--out"), out.as_os_str()],
        &[
            "transdiff: texts/no-such-file.txt: cannot read: No such file or directory",
            "hint: check the path",
        ],
        Some(&out),
    );
    assert!(!out.exists(), "the output directory is created only when there is something to write");
}

#[test]
fn directory_as_input() {
    fails(
        &[os("align"), os(ORIGINAL), os("texts")],
        &["transdiff: texts: is a directory, not a text file"],
        None,
    );
}

#[test]
fn unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, a, b) = texts();
    std::fs::set_permissions(&b, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&b).is_err() {
        fails(
            &[os("align"), a.as_os_str(), b.as_os_str()],
            &["cannot read: Permission denied", "hint: check the file's permissions"],
            None,
        );
    } else if Path::new("/proc/self/mem").exists() {
        // Root reads a mode-000 file; on Linux, reading a process's memory from offset 0 still fails.
        fails(
            &[os("align"), a.as_os_str(), os("/proc/self/mem")],
            &["/proc/self/mem: cannot read: Input/output error"],
            None,
        );
    } else {
        eprintln!("skipped: running as root and no unreadable file found");
    }
}

#[test]
fn non_utf8_bytes_name_the_file_and_offset() {
    let (dir, a, _) = texts();
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"First line.\nCaf\xe9 au lait.\n").unwrap();
    fails(
        &[os("align"), a.as_os_str(), latin1.as_os_str()],
        &[&format!("{}:2: not valid UTF-8 at byte offset 15", latin1.display()), "iconv"],
        None,
    );
}

#[test]
fn empty_and_blank_files() {
    let (dir, a, _) = texts();
    for (name, content) in [("empty.txt", ""), ("blank.txt", " \n\t\n\u{a0}\n")] {
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        fails(
            &[os("align"), a.as_os_str(), path.as_os_str()],
            &[&format!("{}: the file is empty or holds only white space", path.display())],
            None,
        );
    }
}

#[test]
fn binary_file() {
    let (dir, a, _) = texts();
    let png = dir.path().join("image.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();
    fails(&[os("align"), a.as_os_str(), png.as_os_str()], &["looks like binary data"], None);
}

#[test]
fn same_file_twice() {
    let dir = tempfile::tempdir().unwrap();
    fails(
        &[
            os("align"),
            os(ORIGINAL),
            os(NL),
            os("./texts/en.original.txt"),
            os("--out"),
            dir.path().as_os_str(),
        ],
        &["./texts/en.original.txt: the same file is given more than once"],
        Some(dir.path()),
    );
}

#[test]
fn several_renderings_need_out() {
    fails(
        &[os("align"), os(ORIGINAL), os(SV), os(NL)],
        &["2 renderings given without --out", "hint: add --out DIR"],
        None,
    );
}

#[test]
fn several_formats_need_out() {
    fails(
        &[os("align"), os(ORIGINAL), os(NL), os("--format"), os("json,tsv")],
        &["several formats given without --out"],
        None,
    );
}

#[test]
fn beads_refuse_paragraph_level() {
    fails(
        &[os("align"), os(ORIGINAL), os(NL), os("--format"), os("beads"), os("--level"), os("paragraph")],
        &["--format beads lists sentence beads only"],
        None,
    );
}

#[test]
fn unknown_language_code() {
    fails(
        &[os("align"), os(ORIGINAL), os(NL), os("--lang"), os("xx")],
        &["--lang \"xx\": unknown language code"],
        None,
    );
}

#[test]
fn comma_separated_languages_are_one_per_file() {
    // `--lang en,nl` means the same as `--lang en --lang nl` (as --format takes commas).
    let out =
        transdiff().args(["align", ORIGINAL, NL, "--lang", "en,nl", "--lexicon", "none"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let alignment: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(alignment["source"]["lang"], "en");
    assert_eq!(alignment["target"]["lang"], "nl");
    // A bad code in the list is named on its own.
    fails(
        &[os("align"), os(ORIGINAL), os(NL), os("--lang"), os("en,zz")],
        &["--lang \"zz\": unknown language code"],
        None,
    );
}

#[test]
fn out_dir_under_a_file_cannot_be_made() {
    let (dir, a, b) = texts();
    let out = a.join("sub");
    fails(
        &[os("align"), a.as_os_str(), b.as_os_str(), os("--out"), out.as_os_str()],
        &["cannot create directory"],
        None,
    );
    fails(
        &[os("align"), a.as_os_str(), b.as_os_str(), os("--out"), a.as_os_str()],
        &["--out names a file, not a directory"],
        None,
    );
    assert_eq!(listing(dir.path()), ["a.txt", "b.txt"]);
}

#[test]
fn read_only_out_dir() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, a, b) = texts();
    let out = dir.path().join("ro");
    std::fs::create_dir(&out).unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = if std::fs::write(out.join("probe"), "x").is_ok() {
        // Root writes anywhere, except in sysfs (Linux).
        let sysfs = Path::new("/sys/kernel");
        if !sysfs.is_dir() || std::fs::write(sysfs.join("transdiff-probe"), "x").is_ok() {
            eprintln!("skipped: running as root and no unwritable directory found");
            return;
        }
        sysfs.to_path_buf()
    } else {
        out
    };
    fails(
        &[os("align"), a.as_os_str(), b.as_os_str(), os("--out"), out.as_os_str()],
        &["cannot create a temporary file in", "Permission denied"],
        Some(&out),
    );
}

#[test]
fn existing_output_is_replaced_whole() {
    let (dir, a, b) = texts();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("a.b.json"), "old content that is much longer than nothing at all").unwrap();
    transdiff().args(["align", "--out"]).arg(&out).arg(&a).arg(&b).assert().success();
    let json = std::fs::read_to_string(out.join("a.b.json")).unwrap();
    assert!(json.starts_with("{\n  \"format\": \"transdiff-alignment\",\n"), "{json}");
    assert!(transdiff::export::load_json("a.b.json", &json).is_ok());
    assert_eq!(listing(&out), ["a.b.json"], "no temporary files left");
}

/// Writes a JSON alignment of `a` and `b` into `dir/a.b.json` and returns its path.
fn saved(dir: &Path, a: &Path, b: &Path) -> PathBuf {
    transdiff().args(["align", "--out"]).arg(dir).arg(a).arg(b).assert().success();
    dir.join("a.b.json")
}

#[test]
fn from_reexports_a_saved_alignment() {
    let (dir, a, b) = texts();
    let json = saved(dir.path(), &a, &b);
    let direct = transdiff().args(["align", "--format", "tsv"]).arg(&a).arg(&b).assert().success();
    transdiff()
        .args(["align", "--format", "tsv", "--from"])
        .arg(&json)
        .assert()
        .success()
        .stdout(String::from_utf8(direct.get_output().stdout.clone()).unwrap());
    transdiff()
        .args(["align", "--format", "tmx,tsv", "--out"])
        .arg(dir.path())
        .arg("--from")
        .arg(&json)
        .assert()
        .success();
    assert_eq!(listing(dir.path()), ["a.b.json", "a.b.tmx", "a.b.tsv", "a.txt", "b.txt"]);
}

#[test]
fn corrupt_json_names_file_line_and_column() {
    let (dir, a, b) = texts();
    let json = saved(dir.path(), &a, &b);
    let text = std::fs::read_to_string(&json).unwrap().replacen("\"version\": 1,", "\"version\": 1", 1);
    std::fs::write(&json, text).unwrap();
    fails(
        &[os("align"), os("--from"), json.as_os_str()],
        &[&format!(
            "transdiff: {}:4:3: expected `,` or `}}`: not valid JSON (the mistake is here or just before)",
            json.display()
        )],
        None,
    );
}

#[test]
fn non_utf8_json() {
    let (dir, _, _) = texts();
    let json = dir.path().join("x.json");
    std::fs::write(&json, b"{\"format\": \"\xff\"}").unwrap();
    fails(
        &[os("align"), os("--from"), json.as_os_str()],
        &[&format!("{}:1: not valid UTF-8 at byte offset 12", json.display())],
        None,
    );
}

#[test]
fn newer_version_is_refused() {
    let (dir, a, b) = texts();
    let json = saved(dir.path(), &a, &b);
    let text = std::fs::read_to_string(&json).unwrap().replacen("\"version\": 1,", "\"version\": 7,", 1);
    std::fs::write(&json, text).unwrap();
    fails(
        &[os("align"), os("--from"), json.as_os_str()],
        &[
            "alignment format version 7 is newer than this transdiff reads (up to 1)",
            "hint: upgrade transdiff",
        ],
        None,
    );
}

#[test]
fn changed_text_is_stale_with_a_realign_hint() {
    let (dir, a, b) = texts();
    let json = saved(dir.path(), &a, &b);
    let old = sha256_hex(&std::fs::read(&b).unwrap());
    std::fs::write(&b, "De eerste regel.\nDe derde regel.\n").unwrap();
    let new = sha256_hex(&std::fs::read(&b).unwrap());
    fails(
        &[os("align"), os("--from"), json.as_os_str(), os("--out"), dir.path().as_os_str()],
        &[
            &format!(
                "{}: {} changed since it was aligned (sha256 {old} recorded, {new} now)",
                json.display(),
                b.display()
            ),
            "hint: realign with `transdiff align`",
        ],
        Some(dir.path()),
    );
}

#[test]
fn help_shows_examples() {
    transdiff().args(["align", "--help"]).assert().success().stdout(predicate::str::contains(
        "Examples:\n  transdiff align texts/en.original.txt texts/nl.rendering.txt\n",
    ));
}

#[test]
fn unrelated_texts_get_a_warning_and_the_file_anyway() {
    let assert = transdiff()
        .args(["align", ORIGINAL, "texts/en.article-unrelated.txt", "--format", "beads", "--lexicon", "none"])
        .assert()
        .success()
        .stderr(predicate::str::is_match(
            r"^transdiff: warning: texts/en.original.txt and texts/en.article-unrelated.txt do not look like an original and its translation \(similarity 0\.\d\d, where translations score 0\.55 or more; probability of a translation 0\.\d\d\); the alignment pairs passages anyway, do not trust it\n$",
        ).unwrap());
    assert!(!assert.get_output().stdout.is_empty());
}

/// `--lexicon` is parsed once, by the command line, into the same type for every command that
/// takes it: a bad value is refused before any text is read, in the same words and with the
/// same exit code, whichever command was given it (batch used to fail each pair instead).
#[test]
fn a_bad_lexicon_is_refused_alike_by_every_command_that_takes_it() {
    const EXPECTED: &str = "expected auto, none, or the PATH of a dictd .index/.dict.dz or a hunalign .dic file, several separated by commas";
    let refusals = [
        (
            "nothing.dic",
            "transdiff: nothing.dic: cannot read: No such file or directory (os error 2)\n  hint: check the path; it does not exist\n".to_string(),
        ),
        (
            "none,auto",
            "transdiff: --lexicon \"none,auto\": `none` means no dictionary, so it cannot be combined with other values\n  hint: give `none` alone, or leave it out\n".to_string(),
        ),
        ("", format!("transdiff: --lexicon \"\": no dictionary named; {EXPECTED}\n")),
    ];
    let commands: [&[&str]; 7] = [
        &["align", ORIGINAL, NL],
        &["figures", ORIGINAL, NL],
        &["review", ORIGINAL, NL, "--screen", "80x20"],
        &["batch", "--tsv"],
        &["bench", "figures"],
        &["bench", "lang"],
        &["bench", "omissions"],
    ];
    for (value, expected) in &refusals {
        for command in commands {
            let out = transdiff()
                .args(command)
                .args(["--lexicon", value])
                .write_stdin("d1\ttexts/en.original.txt\ttexts/nl.rendering.txt\n")
                .output()
                .unwrap();
            let shown = format!("transdiff {} --lexicon {value:?}", command.join(" "));
            assert_eq!(out.status.code(), Some(2), "{shown}");
            assert_eq!(String::from_utf8_lossy(&out.stderr), *expected, "{shown}");
            assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{shown}");
        }
    }
}

/// `bench lexicon` times each installed dictionary parsed, compiled into an empty cache and
/// read from the cache, and says which are not installed; without Text+Berg, learning is
/// skipped with the flag that names it.
#[test]
fn bench_lexicon_times_parse_compile_and_cache() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("freedict-eng-swe.index"), "house\tA\tR\nhorse\tR\tY\n").unwrap();
    std::fs::write(dir.path().join("freedict-eng-swe.dict"), "house /haus/\nhus\nhorse /hɔːs/\n1. häst\n")
        .unwrap();
    let out = transdiff()
        .args(["bench", "lexicon", "--runs", "2", "--textberg"])
        .arg(dir.path().join("no-textberg"))
        .env("TRANSDIFF_DICTD", dir.path())
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{stdout}");
    assert_eq!(lines[0], "dictionary load (fastest of 2, wall-clock):");
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["parse", "compile", "from", "cache", "+", "lookups", "entries"]
    );
    assert_eq!(lines[2], "  deu-fra: not installed (apt-get install dict-freedict-deu-fra)");
    let swe: Vec<&str> = lines[3].split_whitespace().collect();
    assert_eq!(swe[0], "eng-swe");
    assert_eq!(swe[2..].iter().step_by(2).take(4).collect::<Vec<_>>(), [&"ms"; 4], "{}", lines[3]);
    assert_eq!(swe[9..].join(" "), "2 (1 of 1 looked up found)");
    assert_eq!(lines[4], "  eng-nld: not installed (apt-get install dict-freedict-eng-nld)");
    assert!(lines[5].starts_with("learn: skipped, no Text+Berg gold in "), "{}", lines[5]);
    // The compile left nothing in the user's cache: the bench writes only to its own scratch folder.
    assert!(!dir.path().join("cache").exists());
}
