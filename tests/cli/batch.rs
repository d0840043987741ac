//! `transdiff batch` end to end: one record per manifest line, in order; a bad pair is an
//! error record and the run goes on; each pair's beads are those `align --format beads` gives.

use assert_cmd::Command;
use pretty_assertions::assert_eq;

const ORIGINAL: &str = "texts/en.original.txt";

/// The binary, in the project root, with a private dictionary cache and no dictionaries (so
/// the test is the same with or without FreeDict installed).
fn transdiff(cache: &std::path::Path) -> Command {
    let mut cmd = crate::common::transdiff();
    cmd.env("XDG_CACHE_HOME", cache);
    cmd
}

#[test]
fn records_come_in_order_and_a_bad_pair_does_not_stop_the_run() {
    let cache = tempfile::tempdir().unwrap();
    let manifest = [
        format!(r#"{{"id": "sv", "original": "{ORIGINAL}", "renderings": ["texts/sv.rendering.txt"]}}"#),
        r#"{"id": "gone", "original": "/nonexistent/a.txt", "rendering": "/nonexistent/b.txt"}"#.to_string(),
        r#"{"id": "typo", "original": "x", "renderngs": []}"#.to_string(),
        format!(r#"{{"id": "nl", "original": "{ORIGINAL}", "rendering": "texts/nl.rendering.txt", "languages": ["en", "nl"]}}"#),
    ]
    .join("\n");
    let output =
        transdiff(cache.path()).args(["batch", "--lexicon", "none"]).write_stdin(manifest).output().unwrap();
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let records: Vec<serde_json::Value> =
        String::from_utf8(output.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["sv", "gone", "typo", "nl"]);
    let status: Vec<&str> = records.iter().map(|r| r["status"].as_str().unwrap()).collect();
    assert_eq!(status, ["ok", "failed", "failed", "ok"]);
    assert_eq!(
        records[1]["problem"],
        "/nonexistent/a.txt: cannot read: No such file or directory (os error 2)\n  hint: check the path; it does not exist"
    );
    assert!(
        records[2]["problem"].as_str().unwrap().starts_with("manifest line 3: unknown field `renderngs`")
    );
    for (record, rendering, lang) in
        [(&records[0], "texts/sv.rendering.txt", "sv"), (&records[3], "texts/nl.rendering.txt", "nl")]
    {
        let single = transdiff(cache.path())
            .args(["align", ORIGINAL, rendering, "--format", "beads", "--lexicon", "none"])
            .output()
            .unwrap();
        let beads: Vec<String> =
            String::from_utf8(single.stdout).unwrap().lines().map(String::from).collect();
        let alignment = &record["alignments"][0];
        assert_eq!(alignment["languages"], serde_json::json!(["en", lang]));
        let got: Vec<String> =
            alignment["beads"].as_array().unwrap().iter().map(|b| b.as_str().unwrap().to_string()).collect();
        assert_eq!(got, beads);
        assert_eq!(alignment["sentence_beads"].as_u64(), Some(beads.len() as u64));
    }
}

#[test]
fn tsv_manifests_and_out_write_files_and_list_them() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let manifest = format!("# id, original, renderings\nnl\t{ORIGINAL}\ttexts/nl.rendering.txt\n");
    let output = transdiff(cache.path())
        .args(["batch", "--tsv", "--lexicon", "none", "--format", "json,beads", "--out"])
        .arg(out.path())
        .write_stdin(manifest)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let record: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let files: Vec<String> = record["alignments"][0]["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap().to_string())
        .collect();
    let dir = out.path().display();
    assert_eq!(
        files,
        [format!("{dir}/en.original.nl.rendering.json"), format!("{dir}/en.original.nl.rendering.beads")]
    );
    assert!(record["alignments"][0].get("beads").is_none());
    assert!(files.iter().all(|f| std::path::Path::new(f).is_file()));
}
