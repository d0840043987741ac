//! `transdiff figures` end to end: the table, JSON, `--check`, and bad input.

use crate::common::transdiff;
use assert_cmd::Command;
use pretty_assertions::assert_eq;
use std::fs;

const EN: &str = "tests/data/figures/cli.en.txt";
const NL: &str = "tests/data/figures/cli.nl.txt";
const SV: &str = "tests/data/figures/cli.sv.txt";

fn figures() -> Command {
    let mut cmd = transdiff();
    cmd.arg("figures").env_remove("NO_COLOR");
    cmd
}

fn stdout(cmd: &mut Command) -> (String, i32) {
    let out = cmd.output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code().unwrap_or(-1))
}

#[test]
fn prints_a_plain_table_when_piped() {
    let (out, code) = stdout(figures().args([EN, NL, SV, "--lang", "en", "--lang", "nl", "--lang", "sv"]));
    assert_eq!(
        out,
        "\
tests/data/figures/cli.en.txt → tests/data/figures/cli.nl.txt: 1 mismatched, 1 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 1 errors, 1 warnings, 0 notes
  mismatch           error   en:1     nl:1     7–10000 vs 7 tot 1.000
      en  …city’s Akim today before a rally of «7–10000» oil workers and supporters had to…
      nl  …de stad moest voor een bijeenkomst van «7 tot 1.000» oliearbeiders en sympathisanten de…
  missing            warning en:3     nl:-     2011 has no counterpart in the rendering
      en  …demands, ten years after the strike of «2011».
tests/data/figures/cli.en.txt → tests/data/figures/cli.sv.txt: 1 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names
  severity: 1 errors, 0 warnings, 0 notes
  mismatch           error   en:1     sv:1     7–10000 vs 7 000–10 000
      en  …city’s Akim today before a rally of «7–10000» oil workers and supporters had to…
      sv  …stadens Akim fick inför ett möte med «7 000–10 000» oljearbetare tacka dem.
"
    );
    assert_eq!(code, 0, "without --check findings do not fail");
}

#[test]
fn json_carries_kind_sides_lines_and_values() {
    let (out, code) = stdout(figures().args([EN, NL, "--format", "json"]));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["original"], EN);
    assert_eq!(v["renderings"][0]["path"], NL);
    assert_eq!(v["renderings"][0]["lang"], "nl");
    // The aligner's verdict travels as data.
    assert!(v["renderings"][0]["similarity"].is_number());
    assert!(v["renderings"][0]["verdict"].is_string());
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    let first = &findings[0];
    assert_eq!(first["kind"], "mismatch");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["confidence"], 0.96);
    assert_eq!(findings[1]["severity"], "warning");
    assert_eq!(first["rendering"], NL);
    assert_eq!(first["source"]["line"], 1);
    assert_eq!(first["source"]["text"], "7–10000");
    assert_eq!(first["target"]["text"], "7 tot 1.000");
    assert_eq!(first["target"]["figure"]["value"]["high"], serde_json::json!([1000.0]));
    assert_eq!(findings[1]["kind"], "missing");
    assert_eq!(findings[1]["target"], serde_json::Value::Null);
    assert_eq!(findings[1]["source"]["context"], "…demands, ten years after the strike of «2011».");
}

#[test]
fn min_confidence_hides_and_unchecks_the_less_sure_findings() {
    // The mismatch (0.96) stays, the missing year (0.71) goes, and --check=warning no longer sees it.
    let args = [EN, NL, "--format", "json", "--min-confidence", "0.9"];
    let (out, code) = stdout(figures().args(args));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let kinds: Vec<&str> =
        v["findings"].as_array().unwrap().iter().filter_map(|f| f["kind"].as_str()).collect();
    assert_eq!(kinds, ["mismatch"]);
    let (_, code) = stdout(figures().args([EN, NL, "--check=warning", "--min-confidence", "0.9"]));
    assert_eq!(code, 1, "the error still fails");
    let (_, code) = stdout(figures().args([EN, NL, "--check=warning", "--min-confidence", "0.99"]));
    assert_eq!(code, 0, "nothing that sure is left");
}

#[test]
fn check_fails_on_errors_and_check_warning_on_warnings_too() {
    let (_, code) = stdout(figures().args([EN, NL, "--check"]));
    assert_eq!(code, 1);
    let (_, code) = stdout(figures().args([EN, NL, "--check=warning"]));
    assert_eq!(code, 1);
    let dir = tempfile::tempdir().unwrap();
    let same = dir.path().join("same.txt");
    fs::write(&same, fs::read(EN).unwrap()).unwrap();
    let (out, code) = stdout(figures().arg(EN).arg(&same).args(["--check", "--lang", "en", "--lang", "en"]));
    assert_eq!(code, 0);
    assert!(out.ends_with(": 0 mismatched, 0 missing, 0 added, 0 in omitted passages, 0 in added passages, 0 names\n  severity: 0 errors, 0 warnings, 0 notes\n  no divergent figures\n"), "{out}");
    // Added figures are warnings: they fail only the strict check.
    let added = dir.path().join("added.txt");
    fs::write(&added, fs::read_to_string(EN).unwrap().replace("thank them.", "thank them on January 4."))
        .unwrap();
    let (out, code) = stdout(figures().arg(EN).arg(&added).args(["--check", "--lang", "en", "--lang", "en"]));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("  added              warning "), "{out}");
    let (_, code) =
        stdout(figures().arg(EN).arg(&added).args(["--check=warning", "--lang", "en", "--lang", "en"]));
    assert_eq!(code, 1);
    let (_, code) =
        stdout(figures().arg(EN).arg(&added).args(["--check=bogus", "--lang", "en", "--lang", "en"]));
    assert_eq!(code, 2);
}

#[test]
fn bad_input_is_refused_with_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nope.txt");
    let out = figures().arg(EN).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("nope.txt") && err.contains("does not exist"), "{err}");

    let out = figures().args([EN, EN]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("more than once"));

    let out = figures().args([EN, NL, "--lang", "xx"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("unknown language code"));

    let empty = dir.path().join("empty.txt");
    fs::write(&empty, "  \n").unwrap();
    let out = figures().arg(EN).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("empty"));

    let binary = dir.path().join("binary.txt");
    fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let out = figures().arg(EN).arg(&binary).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(!String::from_utf8(out.stderr).unwrap().contains("panicked"));

    let out = figures().args([EN, NL, "--format", "xml"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn unrelated_texts_get_a_warning_naming_both_files() {
    let out = figures().args(["texts/en.original.txt", "texts/en.article-unrelated.txt"]).output().unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with(
            "transdiff: warning: texts/en.original.txt and texts/en.article-unrelated.txt do not look like an original and its translation (similarity 0."
        ),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn real_renderings_get_no_warning() {
    let out = figures()
        .args(["texts/en.original.txt", "texts/sv.rendering.txt", "texts/nl.rendering.txt"])
        .output()
        .unwrap();
    assert_eq!(without_missing_dictionary_notes(&String::from_utf8(out.stderr).unwrap()), "");
}

/// `stderr` without the note (and its hint) that a machine with no FreeDict dictionary for a
/// pair gets: that note is not a warning about the texts.
fn without_missing_dictionary_notes(stderr: &str) -> String {
    let mut kept = String::new();
    let mut in_note = false;
    for line in stderr.lines() {
        if line.contains("note: no FreeDict ") {
            in_note = true;
        } else if !(in_note && line.starts_with("  hint: a dictionary improves alignment")) {
            in_note = false;
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}

#[test]
fn the_missing_dictionary_note_is_all_that_is_dropped() {
    let note = "transdiff: note: no FreeDict eng-nld or nld-eng dictionary in /x; aligning with the self-learned lexicon only\n  hint: a dictionary improves alignment, e.g. `apt-get install dict-freedict-eng-nld`\n";
    assert_eq!(without_missing_dictionary_notes(note), "");
    assert_eq!(
        without_missing_dictionary_notes(&format!("{note}transdiff: warning: a\n  hint: b\n")),
        "transdiff: warning: a\n  hint: b\n"
    );
}

#[test]
fn a_passage_added_as_a_whole_is_one_finding_listing_its_figures() {
    // The bundled Swedish rendering adds a paragraph (sv line 9) holding three figures: one
    // finding for the passage, in the JSON (its `figures`), the table and the counts.
    let args = ["texts/en.original.txt", "texts/sv.rendering.txt", "--lexicon", "none", "--no-names"];
    let (out, code) = stdout(figures().args(args).args(["--format", "json"]));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let passages: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"] == "in-added-passage" && f["target"]["line"] == 9)
        .collect();
    assert_eq!(passages.len(), 1);
    let p = passages[0];
    assert_eq!(p["severity"], "note");
    assert_eq!(p["note"], "3 figures are in a passage the rendering adds: 10 januari, 164, tusentals");
    let listed: Vec<(String, u64, String)> = p["figures"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["side"].as_str().unwrap().into(),
                f["line"].as_u64().unwrap(),
                f["text"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("target".into(), 9, "10 januari".into()),
            ("target".into(), 9, "164".into()),
            ("target".into(), 9, "tusentals".into())
        ]
    );
    // A finding of one figure carries no `figures` list.
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["kind"] == "mismatch")
            .all(|f| f.get("figures").is_none())
    );
    let (table, _) = stdout(figures().args(args));
    assert!(
        table.contains(
            "  in added           note    en:-     sv:9     3 figures are in a passage the rendering adds: 10 januari, 164, tusentals\n"
        ),
        "{table}"
    );
    assert!(table.contains("«164»"), "{table}");
}

#[test]
fn a_localised_sample_timestamp_is_one_finding() {
    // date(1) in French gives another sample date and time than the English page: one
    // timestamp rewritten, not three missing and three added figures.
    let dir = "tests/data/figures/debian";
    let (out, code) = stdout(figures().args([
        &format!("{dir}/date.en.txt"),
        &format!("{dir}/date.fr.txt"),
        "--lang",
        "en,fr",
        "--lexicon",
        "none",
        "--no-names",
        "--format",
        "json",
    ]));
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let on = |line: u64| -> Vec<String> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["source"]["line"] == line || f["target"]["line"] == line + 8)
            .map(|f| format!("{} {} {}", f["kind"], f["severity"], f["note"]))
            .collect()
    };
    assert_eq!(
        on(72),
        [
            "\"mismatch\" \"warning\" \"the timestamp Mar  3 23:05:25 is 17 févr. 2020 14:19:06 in the rendering: a localised example, or changed\""
        ]
    );
}
