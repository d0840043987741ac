//! The "not a translation" warning end to end: silent on real translations too short or too
//! poor in anchors to judge (the verdict is `undetermined`, and the JSON says so), on a text
//! held twice, and still given for unrelated texts (see `align.rs`).

use crate::common::transdiff;
use pretty_assertions::assert_eq;
use std::path::Path;
use transdiff::alignment::Verdict;

const ORIGINAL: &str = "texts/en.original.txt";
const NL: &str = "texts/nl.rendering.txt";

/// `transdiff align SOURCE TARGET ARGS…` run in `dir`: the verdict and the similarity (to two
/// places) the JSON on standard output records, and standard error.
fn aligned(dir: &Path, source: &Path, target: &Path, args: &[&str]) -> (Verdict, f64, String) {
    let out = transdiff().current_dir(dir).arg("align").arg(source).arg(target).args(args).assert().success();
    let out = out.get_output();
    let json = std::str::from_utf8(&out.stdout).unwrap();
    let alignment = transdiff::export::load_json("stdout", json).unwrap();
    let similarity = (alignment.similarity * 100.0).round() / 100.0;
    (alignment.verdict, similarity, String::from_utf8(out.stderr.clone()).unwrap())
}

/// Paragraph `i` (blank-line separated) of the bundled text at `path`, as a file of its own.
fn paragraph(path: &str, i: usize) -> String {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    text.split("\n\n").nth(i).unwrap().to_string() + "\n"
}

#[test]
fn a_one_line_translation_gets_no_warning_and_an_undetermined_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let (de, fr) = (dir.path().join("a.de"), dir.path().join("a.fr"));
    std::fs::write(&de, "Das gibt ihnen Gelegenheit, sich an vier aufeinanderfolgenden Tagen zu widmen.\n")
        .unwrap();
    std::fs::write(&fr, "Cela leur donne un pont de vacances de quatre jours.\n").unwrap();
    // Without a dictionary (a fresh machine has none; with one, a note would say so).
    let none = ["--lexicon", "none"];
    assert_eq!(aligned(dir.path(), &de, &fr, &none), (Verdict::Undetermined, 0.0, String::new()));
    let json = transdiff()
        .current_dir(dir.path())
        .args(["align", "a.de", "a.fr"])
        .args(none)
        .output()
        .unwrap()
        .stdout;
    assert!(String::from_utf8(json).unwrap().contains("\n  \"verdict\": \"undetermined\",\n"));
    // `figures` warns alike: not at all.
    let out =
        transdiff().current_dir(dir.path()).args(["figures", "a.de", "a.fr"]).args(none).output().unwrap();
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
}

#[test]
fn one_paragraph_real_pairs_get_no_warning() {
    let dir = tempfile::tempdir().unwrap();
    let (en, nl) = (dir.path().join("en.txt"), dir.path().join("nl.txt"));
    // The first paragraph is the title, one sentence a side: nothing to judge.
    std::fs::write(&en, paragraph(ORIGINAL, 0)).unwrap();
    std::fs::write(&nl, paragraph(NL, 0)).unwrap();
    assert_eq!(
        aligned(dir.path(), &en, &nl, &["--lexicon", "none"]),
        (Verdict::Undetermined, 0.0, String::new())
    );
    // The first body paragraph, six sentences against nine: a translation.
    std::fs::write(&en, paragraph(ORIGINAL, 2)).unwrap();
    std::fs::write(&nl, paragraph(NL, 2)).unwrap();
    assert_eq!(
        aligned(dir.path(), &en, &nl, &["--lexicon", "none"]),
        (Verdict::Translation, 0.97, String::new())
    );
}

#[test]
fn a_text_paired_with_itself_held_twice_gets_no_warning() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(ORIGINAL)).unwrap();
    let (once, twice) = (dir.path().join("en.txt"), dir.path().join("en2.txt"));
    std::fs::write(&once, &text).unwrap();
    std::fs::write(&twice, format!("{text}\n{text}")).unwrap();
    let args = ["--lexicon", "none", "--lang", "en"];
    assert_eq!(aligned(dir.path(), &once, &twice, &args), (Verdict::Translation, 0.86, String::new()));
    assert_eq!(aligned(dir.path(), &twice, &once, &args), (Verdict::Translation, 0.93, String::new()));
}
