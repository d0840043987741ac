//! `transdiff align --explain` and [`transdiff::align::explain`]: which anchors a bead's two
//! sides share, compared whole against hand-made pairs.

use assert_cmd::Command;
use pretty_assertions::assert_eq;
use transdiff::align::explain::{Anchors, render};
use transdiff::align::{AlignOptions, align, explain};
use transdiff::lang::Lang;
use transdiff::lexicon::Lexicon;
use transdiff::segment::{SegmentOptions, segment};

const EN: &str = "Tokayev paid 3,500 dollars for the house?\nIt rained in Astana.\n";
const SV: &str = "Tokajev betalade 3 500 dollar för ett hus?\nDet regnade i Astana.\n";

fn options() -> AlignOptions {
    let mut lexicon = Lexicon::named("test");
    // Lookup forms, as the aligner's normalisers stem them (rained → rain, regnade → regn).
    lexicon.insert("rain", "regn", 1.0);
    AlignOptions { lexicon, ..AlignOptions::default() }
}

#[test]
fn a_bead_lists_its_numbers_cognates_words_dictionary_pairs_and_marks() {
    let seg = |lang, text: &str| {
        segment("case", text.as_bytes(), &SegmentOptions { lang: Some(lang), presplit: false }).unwrap()
    };
    let options = options();
    let alignment = align(&seg(Lang::EN, EN), &seg(Lang::SV, SV), &options);
    let explanations = explain(&alignment, &options);
    assert_eq!(
        explanations.iter().map(|e| e.anchors.clone()).collect::<Vec<_>>(),
        [
            Anchors {
                numbers: vec![("3,500".into(), "3 500".into())],
                words: vec![],
                cognates: vec![
                    ("tokayev".into(), "tokajev".into(), 1.0 - 1.0 / 7.0),
                    ("dollars".into(), "dollar".into(), 1.0 - 1.0 / 7.0),
                ],
                dictionary: vec![],
                marks: vec!["?".into()],
            },
            Anchors {
                words: vec!["astana".into()],
                dictionary: vec![("rained".into(), "regnade".into())],
                ..Anchors::default()
            },
        ]
    );
    assert_eq!(
        render(&explanations),
        "bead 1: match, source lines 1-1, target lines 1-1, confidence 0.73, length ratio 1.02 (texts 1.03)\n  \
         anchors: numbers 3,500=3 500; cognates tokayev~tokajev (0.86) dollars~dollar (0.86); marks ?\n\
         bead 2: match, source lines 2-2, target lines 2-2, confidence 0.84, length ratio 1.05 (texts 1.03)\n  \
         anchors: words astana; dictionary rained=regnade\n"
    );
}

#[test]
fn explain_prints_one_block_per_paragraph_bead() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    };
    let en = write("en.txt", "In 1956 they climbed Everest!\nIt rained.\nThe end.\n");
    let nl = write("nl.txt", "In 1956 beklommen zij de Everest!\nHet regende.\n");
    let output = Command::new(env!("CARGO_BIN_EXE_transdiff"))
        .args(["align", "--lang", "en,nl", "--lexicon", "none", "--explain"])
        .arg(&en)
        .arg(&nl)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "bead 1: match, source lines 1-1, target lines 1-1, confidence 0.82, length ratio 1.14 (texts 0.96)\n  \
         anchors: numbers 1956; words everest; marks !\n\
         bead 2: match, source lines 2-2, target lines 2-2, confidence 0.33, length ratio 1.20 (texts 0.96)\n  \
         anchors: none\n\
         bead 3: omitted, source lines 3-3, target lines -, confidence 0.15, length ratio - (texts 0.96)\n  \
         anchors: none\n"
    );
    assert!(output.status.success());
}

#[test]
fn explain_with_two_renderings_says_so() {
    let out = assert_cmd::Command::cargo_bin("transdiff")
        .unwrap()
        .args([
            "align",
            "texts/en.original.txt",
            "texts/sv.rendering.txt",
            "texts/nl.rendering.txt",
            "--explain",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "transdiff: --explain takes one rendering, 2 given\n  hint: run it once per rendering\n"
    );
}
