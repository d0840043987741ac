//! The committed alignments of the bundled texts (alignments/) must be what
//! the current build makes of them.
//!
//! The test runs the one documented regeneration command,
//! `alignments/regenerate.sh`, into a temporary directory with this build's
//! binary and compares the bytes of every file, so the committed files and the
//! command can never drift apart. When the segmenter, aligner or a format
//! changes, refresh them with `alignments/regenerate.sh` and commit the diff.

use std::collections::BTreeSet;
use std::path::Path;

const REFRESH: &str = "alignments/regenerate.sh";

/// The alignment files in `dir` (everything but the script), by name.
fn alignment_files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| matches!(name.rsplit('.').next(), Some("json" | "tsv" | "tmx" | "beads")))
        .collect()
}

#[test]
fn committed_alignments_are_fresh() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = tempfile::tempdir().unwrap();
    let run = std::process::Command::new("bash")
        .arg(root.join(REFRESH))
        .arg(fresh.path())
        .env("TRANSDIFF", env!("CARGO_BIN_EXE_transdiff"))
        .output()
        .unwrap();
    assert!(run.status.success(), "{REFRESH} failed:\n{}", String::from_utf8_lossy(&run.stderr));

    let committed_dir = root.join("alignments");
    let committed = alignment_files(&committed_dir);
    let regenerated = alignment_files(fresh.path());
    assert!(!regenerated.is_empty(), "{REFRESH} wrote nothing");
    assert_eq!(
        committed, regenerated,
        "alignments/ does not hold the files {REFRESH} writes; run `{REFRESH}` and commit the result"
    );
    let mut stale = Vec::new();
    for name in &committed {
        let old = std::fs::read(committed_dir.join(name)).unwrap();
        let new = std::fs::read(fresh.path().join(name)).unwrap();
        if old != new {
            let old = String::from_utf8_lossy(&old);
            let new = String::from_utf8_lossy(&new);
            let line = old
                .lines()
                .zip(new.lines())
                .position(|(a, b)| a != b)
                .map_or_else(|| old.lines().count().min(new.lines().count()) + 1, |i| i + 1);
            stale.push(format!("  alignments/{name} (first difference on line {line})"));
        }
    }
    assert!(
        stale.is_empty(),
        "the committed alignments are stale:\n{}\nrefresh them with `{REFRESH}` and commit the result",
        stale.join("\n")
    );
}
