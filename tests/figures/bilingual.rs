//! `transdiff figures` on bilingual files that translate-toolkit made from the bundled English–Dutch
//! alignment (csv2po, po2xliff, po2tmx; `scripts/make-document-fixtures.sh`): each format reads,
//! finds the texts' mismatched figure with the unit it is in, and `--check` fails on it.

use crate::common::transdiff;

const DIR: &str = "tests/data/documents";

fn figures(args: &[&str]) -> (String, i32) {
    let out = transdiff().arg("figures").args(args).output().unwrap();
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status.code().unwrap_or(-1))
}

#[test]
fn every_bilingual_format_finds_the_texts_mismatch_with_its_unit() {
    for (file, unit) in [
        ("en-nl.po", "unit bead89 (line 704)"),
        ("en-nl.xlf", "unit bead89 (line 610)"),
        ("en-nl.tmx", "unit 84 (line 670)"),
        ("en-nl.tsv", "unit line 84 (line 84)"),
    ] {
        let path = format!("{DIR}/{file}");
        let (out, code) = figures(&[&path]);
        assert_eq!(code, 0, "{out}");
        let mut lines = out.lines();
        // Unit bead149 ("Total" / "0") is not an added figure: the next unit's original holds the
        // 0 (a share counter split across two units), a boundary effect.
        assert_eq!(
            lines.next(),
            Some(format!("{path}: 147 units (en → nl): 1 mismatched, 0 missing, 0 added, 4 names").as_str())
        );
        assert_eq!(
            lines.next(),
            Some(format!("  mismatch           {unit}  7–10000 vs 7 tot 1.000").as_str())
        );
        assert_eq!(
            lines.nth(1),
            Some(
                "      nl  …de stad moest voor een bijeenkomst van «7 tot 1.000» oliearbeiders en sympathisanten de…"
            )
        );
        let (_, code) = figures(&[&path, "--check"]);
        assert_eq!(code, 1, "{file} --check");
    }
}

#[test]
fn json_report_names_unit_and_line() {
    let (out, code) = figures(&[&format!("{DIR}/en-nl.xlf"), "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["source_lang"].as_str(), v["target_lang"].as_str(), v["units"].as_u64()),
        (Some("en"), Some("nl"), Some(147))
    );
    let f = &v["findings"][0];
    assert_eq!(
        (f["kind"].as_str(), f["unit"].as_str(), f["line"].as_u64()),
        (Some("mismatch"), Some("bead89"), Some(610))
    );
}

#[test]
fn one_file_that_is_not_bilingual_is_a_usage_error() {
    let out = transdiff().args(["figures", "texts/en.original.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("give the original and at least one rendering, or one bilingual file"), "{err}");
}
